"""How a figure's source phrase is written, two constructions (issue 15; invented sentences):

* a ground named inside a speaker's quote: "“According to information we have received, 20 to 30
  people were killed. ...,” the spokeswoman said" (the "according to" phrase is a quote of its own,
  spoken by a document that names no issuer): the speaker, who gives the document as a ground,
  states the figure; a document that names its issuer ("figures from the health ministry") gives
  the issuer (``sources._stating_quote``, ``attribution.gathered_by_speaker``, attribution.yaml
  ``source_documents`` and ``publisher_words``);
* a source named with a description set after it as an indefinite apposition ("figures compiled
  by the Sahel Data Project, an independent monitoring group"): the source as written is the
  name, one identity whatever the outlet calls it; a description tying the name to another body
  ("a spokeswoman for the health ministry") stays (``attribution.source_of``)."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

GROUNDS = [
    ("positive: information we received", "\u201cAccording to information we have received from several witnesses, "
     "between 20 and 30 people, most of them young men, were killed near the fence. Others were detained,\u201d "
     "spokesperson Maria Okafor told reporters in Nairobi.", 20, "Maria Okafor"),
    ("positive: information gathered, another side", "\u201cAccording to information our teams have gathered, between "
     "12 and 15 soldiers, most of them conscripts, were killed in the shelling. Many more are missing,\u201d rebel "
     "commander Yusuf Dalmar said.", 12, "Yusuf Dalmar"),
    ("negative: a document that names its issuer", "\u201cAccording to figures from the health ministry, between 20 "
     "and 30 people, most of them young men, were killed near the fence. Others were detained,\u201d spokesperson "
     "Maria Okafor told reporters in Nairobi.", 20, "health ministry"),
    ("near miss: no speaker around the ground", "According to information received by the mission, between 20 and "
     "30 villagers were killed near the fence.", 20, "information"),
]


DESCRIBED = [
    ("positive: figures compiled by a monitor", "Air strikes have killed at least 900 civilians in the region since "
     "2024, according to figures compiled by the Sahel Data Project, an independent monitoring group.", 900,
     "the Sahel Data Project"),
    ("positive: a toll given by, another side", "The toll of 40 given by the Donbas Veterans Union, a pro-Russian "
     "association, was disputed by Kyiv.", 40, "the Donbas Veterans Union"),
    ("negative: a description tying the name to another body", "Air strikes have killed at least 900 civilians in "
     "the region since 2024, according to figures compiled by Amina Diallo, a spokeswoman for the health ministry.",
     900, "Amina Diallo, a spokeswoman for the health ministry"),
    ("near miss: a definite description", "The toll of 40 given by the Sahel Data Project, the main monitor in the "
     "area, was disputed.", 40, "the Sahel Data Project, the main monitor in the area"),
]



@pytest.mark.parametrize(("name", "text", "value", "source"), GROUNDS, ids=[c[0] for c in GROUNDS])
def test_a_nameless_ground_in_a_quote_is_the_speakers(name: str, text: str, value: float, source: str) -> None:
    assert source in source_of(name, text, value), name


@pytest.mark.parametrize(("name", "text", "value", "source"), DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_a_described_source_is_written_by_its_name(name: str, text: str, value: float, source: str) -> None:
    assert source_of(name, text, value) == source, name


def source_of(name: str, text: str, value: float) -> str:
    """The source as written of the last figure of ``value`` in the text."""
    found = figures_of_value(f"Report\n\n{text}", value)
    assert found, name
    return found[-1].attribution
