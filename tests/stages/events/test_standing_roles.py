"""An event noun that is the object of a verb of a standing charge (``role_verbs``) in the simple present, in a
relative clause, describes an actor's role, no act done (events.predicates.standing_role): "the command, which
oversees French military operations in the Sahel" tells no operation; "which led the offensive" does."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, pipeline

# (kind, text, the event noun, whether an event of that noun is found)
ROWS: list[tuple[str, str, str, bool]] = [
    ("positive", "The French command, which oversees French military operations in the Sahel, said a soldier died.",
     "operations", False),
    ("positive", "Russia's Africa Corps, which directs Russian military operations in Mali, declined to comment.",
     "operations", False),
    ("negative", "The French command, which led French military operations in the Sahel, said a soldier died.",
     "operations", True),
    ("near miss", "The French command, which will oversee French military operations in the Sahel, said a soldier died.",
     "operations", True),
]


def _nouns(text: str) -> set[str]:
    an = pipeline().analyze_text(text)
    return {e.predicate.text for e in an.events if e.predicate is not None}


@pytest.mark.parametrize(("kind", "text", "noun", "found"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_a_standing_charge_is_no_act(kind: str, text: str, noun: str, found: bool) -> None:
    assert (noun in _nouns(text)) is found, (kind, text, _nouns(text))


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in ROWS} == ROW_KINDS
