"""Hyphen-joined place names (nlp/hyphen_places.py): a place entity glued by hyphens to capitalised
words is one place ("Savane-Latour", not "Savane"); a name the article uses only as a modifier of a
noun ("the Russia-Ukraine war") stays a pair of places. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.builders import ROW_KINDS, row_kinds

RULE = "a hyphen-joined place name is one place"
# (rule, kind, text, a place entity the text must have, one it must not have)
ROWS: list[tuple[str, str, str, str, str]] = [
    (RULE, "positive", "Gunmen killed 28 people in Savane-Latour on Tuesday, police said.",
     "Savane-Latour", "Savane"),
    (RULE, "positive", "Four villagers were shot dead in Morne-Bertrand overnight, residents said.",
     "Morne-Bertrand", "Morne"),
    # (a name used only before the noun it modifies: two places, not one)
    (RULE, "negative", "Talks on the Russia-Ukraine war resumed in Geneva on Monday.", "Russia", "Russia-Ukraine"),
    # (a lower-case word after the hyphen is no part of the name)
    (RULE, "near miss", "Troops entered Savane-based camps near Gonaives on Monday.", "Gonaives", "Savane-based"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "place", "not_place"), ROWS,
                         ids=[f"{r[1]}:{r[2][:30]}" for r in ROWS])
def test_hyphen_place(nlp: Language, rule: str, kind: str, text: str, place: str, not_place: str) -> None:
    places = {e.text for e in nlp(text).ents if e.label_ in ("GPE", "LOC", "FAC")}
    assert place in places, (rule, kind, places)
    assert not_place not in places, (rule, kind, places)


def test_rows_have_every_kind() -> None:
    assert row_kinds(ROWS) == {RULE: set(ROW_KINDS)}
