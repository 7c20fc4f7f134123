"""An event word that is a capitalised word of a body's name names the body, not an act
(stages/events/name_words.py): "Liberation" in "the Oromo Liberation Front", also when the name is
one of organisations joined ("the Baloch Liberation Army and the Pakistani Taliban"), and in the
report constructions as in the noun events; a sentence's first word only in a name the dictionary knows. The
act told beside the name is still read. Invented
sentences, with bodies from several sides."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, the (type, predicate) pairs of its events)
    ("positive", "Members of the Ulster Defence Association and the Oromo Liberation Front attended the talks.", set()),
    ("positive", "The index ranks the country second, ahead of the Baloch Liberation Army and the Pakistani Taliban.",
     set()),
    ("positive", "The Popular Mobilization Forces and the National Liberation Army were named in the report.", set()),
    ("positive", "Members of the Oromo Liberation Front attended the funeral in Addis Ababa.", set()),
    # negatives: the act is told with a common noun or a verb, and is read
    ("negative", "Russia and the Popular Mobilization Forces announced the liberation of the town.",
     {("ASSAULT", "liberation")}),
    ("negative", "Fighters of the Oromo Liberation Front attacked a police station in Oromia.", {("ASSAULT", "attacked")}),
    # near miss: a capitalised event word that is not inside an organisation's name
    ("near miss", "Troops of the Baloch Liberation Army seized two checkpoints near Quetta.", {("ASSAULT", "seized")}),
    # near miss: a sentence's first word is capitalised whatever it is; a body the text makes of it is no name
    ("near miss", "Hartal supporters vandalised buses and set a motorcycle ablaze in Feni on Sunday.",
     {("PROTEST", "Hartal"), ("ASSAULT", "vandalised")}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_word_of_a_name_is_no_event(kind: str, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(e.plover, e.predicate.text) for e in pipeline().analyze_text(text).events}
    assert got == expected, (kind, got)


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
