"""A topic told as having happened (issue 16, set 4c): an event noun that is what something is about names no
happening, unless its own clause tells, as a past fact, that it happened ("spoke about the raid that took place last
week"); a modal or a negation in that clause leaves it a topic."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the event noun, whether it must be an asserted ASSAULT)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "The officials spoke about the raid that took place last week in the north.", "raid", True),
    (P, "Residents talked about the bombing that happened near the market on Friday.", "bombing", True),
    (N, "The officials spoke about the raid in the north.", "raid", False),
    (M, "The officials spoke about a raid that never happened.", "raid", False),
    (M, "The officials spoke about attacks that could follow in the north.", "attacks", False),
]


@pytest.mark.parametrize(("kind", "text", "noun", "told"), ROWS)
def test_told_topics(kind: str, text: str, noun: str, told: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(noun)
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at and e.plover == "ASSAULT"
             and e.modality == "asserted"]
    assert bool(found) == told, (kind, text, [(e.plover, e.predicate, e.modality) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
