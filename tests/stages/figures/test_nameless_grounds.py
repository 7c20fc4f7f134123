"""A ground named inside a speaker's quote: "“According to information we have received, 20 to 30
people were killed. ...,” the spokeswoman said" (the "according to" phrase is a quote of its own,
spoken by a document that names no issuer): the speaker, who gives the document as a ground,
states the figure; a document that names its issuer ("figures from the health ministry") gives
the issuer (issue 15; ``read._stating_quote``, ``attribution.gathered_by_speaker``, attribution.yaml
``source_documents`` and ``publisher_words``). Invented
sentences."""

from __future__ import annotations

import pytest

from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, text
    return found[-1]


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


@pytest.mark.parametrize(("name", "text", "value", "source"), GROUNDS, ids=[c[0] for c in GROUNDS])
def test_a_nameless_ground_in_a_quote_is_the_speakers(name: str, text: str, value: float, source: str) -> None:
    f = figure(f"Report\n\n{text}", value)
    assert source in f.attribution, (name, f.attribution)
