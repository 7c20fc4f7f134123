"""A sector noun for a person written with a capital before a full name ("Farmer Ali Hassan said",
"Lawyer Lionel Bethune de Moro") says what the person is: it is no part of the person's name. A
noun before a surname alone is left as it is, and a capitalised word that is no such noun stays."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the name's first word in the text, the actor's name)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Farmer Ali Hassan said the crops had failed for a third year.", "Farmer", "Ali Hassan"),
    (N, "Farmer Hassan said the crops had failed for a third year.", "Farmer", "Farmer Hassan"),
    (M, "Omar Ali Hassan said the crops had failed for a third year.", "Omar", "Omar Ali Hassan"),
]


@pytest.mark.parametrize(("kind", "text", "first", "name"), ROWS)
def test_occupation_before_names(kind: str, text: str, first: str, name: str) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(first)
    found = [m for m in an.mentions if m.start == at and m.label == "PERSON"]
    assert found, (kind, text, [(m.text, m.label, m.actor_id) for m in an.mentions])
    actor = next(a for a in an.actors if a.id == found[0].actor_id)
    assert actor.name == name, (kind, text, actor.name)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
