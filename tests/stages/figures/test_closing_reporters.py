"""A closing reporting clause whose subject the parser made an apposition of the count before it
("..., killing at least 30 people, a doctor at the hospital told AFP"): the figure is the
reporter's, not the doer's of the clause the parser hung the verb on (issue 15). Invented
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

# (construction, text, value, the source's words, or None for the outlet's own voice)
CLOSING = [
    ("positive: told", "Air strikes hit a camp holding refugees in the north overnight, killing at least 52 "
     "people, a doctor at the main hospital told AFP on Sunday.", 52, "doctor"),
    ("positive: said", "Israeli drones struck a car near the border, killing 4 people, a Palestinian medic said.",
     4, "Palestinian medic"),
    ("positive: another side", "Ukrainian shelling hit a bus stop in the city, wounding 17 people, a Russian-installed "
     "official told state media.", 17, "Russian-installed official"),
    # a coordinated reporter, which the parser makes one more item of the count (seen on an invented
    # Ethiopia probe: "..., killing at least 31 people, a hospital official and residents told AFP")
    ("positive: coordinated, told", "A drone hit a bus station in the north, killing at least 31 people, a "
     "hospital official and residents told AFP.", 31, "hospital official"),
    ("positive: coordinated, said, another side", "Rebel mortars hit a market in the town, killing 14 soldiers, "
     "army officers and local officials said.", 14, "army officers"),
    # a reporter the parser made a second object of the count's verb, or an apposition of an item
    # of a list after the count, with the trailing comma of an apposed name hung elsewhere (seen on
    # an invented Kashmir probe: "..., killing six people, the district's deputy commissioner,
    # NAME, told AFP by phone")
    ("positive: a second object, an apposed name", "Shells hit a school in the valley, killing five people, the "
     "district's police chief, Omar Khan, told Reuters by phone.", 5, "police chief"),
    ("positive: after the items of a list, an apposed name", "In the north, rockets struck a clinic and a school in "
     "the village of Dera shortly after midnight, killing nine people, among them a nurse and two children, the "
     "province's governor, Ali Rahimi, told AFP by phone.", 9, "governor"),
    ("near miss: an apposed name in a clause of its own", "Shells hit a school in the valley, killing five people, "
     "and soldiers later arrested the headmaster, Omar Khan, in the town.", 5, None),
    ("near miss: a conjunction before the item", "Rebel mortars hit a market in the town, killing 14 soldiers "
     "and two traders, the rebels said.", 14, "rebels"),
    ("negative: no reporting clause", "Saudi-led air strikes hit a camp in the north overnight, killing at least "
     "52 people.", 52, None),
    ("near miss: a verb with a subject of its own", "Houthi fighters attacked a checkpoint, killing 9 soldiers, and "
     "the army said it had repelled them.", 9, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CLOSING, ids=[c[0] for c in CLOSING])
def test_a_closing_reporter_hung_on_the_count_states_the_figure(name: str, text: str, value: float,
                                                              source: str | None) -> None:
    f = figure(f"Report\n\n{text}", value)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)
