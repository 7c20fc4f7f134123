"""A count named in a phrase on the figure's clause ("by the ministry's count", "in a new toll
announced by the ministry") states the figure for its owner or issuer (issue 15). Invented
sentences, parties of every side."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, text
    return found[-1]

# (construction, text, the source's words, or None for the outlet's own voice); the figure is 40
IN_A_COUNT = [
    ("positive: in a toll issued by", "The toll rose on Monday to 40 dead, in a new count announced by the Gaza "
     "health ministry.", "Gaza health ministry"),
    ("positive: a trailing phrase on the last conjunct", "The number of dead rose on Monday to 40 martyrs and 75 "
     "wounded, in a new toll announced by the Houthi health ministry.", "Houthi health ministry"),
    ("positive: an owner", "At least 40 soldiers were killed in the assault, in the Ukrainian army's latest tally.",
     "Ukrainian army"),
    ("negative: a count no one issued", "At least 40 people were killed in the raid, in a toll that rose through "
     "the night.", None),
    ("near miss: no count", "At least 40 people were killed in a town held by the Sudanese army.", None),
]


@pytest.mark.parametrize(("name", "text", "source"), IN_A_COUNT, ids=[c[0] for c in IN_A_COUNT])
def test_a_count_in_a_phrase_on_the_clause_gives_its_issuer(name: str, text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 40)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)


# A verb of saying in another sense, with a preposition of that sense and no clause of its own
# ("adds to the record", attribution.yaml other_sense_phrases), states nothing: a figure below it is
# the outlet's. The verb with a clause of its own still reports it.
OTHER_SENSE = [
    ("positive: adds to", "The raid adds to the record of the occupation, whose strikes have killed more than 40 "
     "Palestinians since March.", None),
    ("positive: another side", "The shelling adds to the toll of the Russian invasion, which has killed more than 40 "
     "teachers in the region.", None),
    ("negative: added that", "The Houthi health ministry added that 40 detainees had been killed.",
     "Houthi health ministry"),
    ("near miss: added to its statement that", "The Israeli army added to its statement that 40 gunmen had been "
     "killed.", "Israeli army"),
]


@pytest.mark.parametrize(("name", "text", "source"), OTHER_SENSE, ids=[c[0] for c in OTHER_SENSE])
def test_a_verb_of_saying_in_another_sense_states_nothing(name: str, text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 40)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)
