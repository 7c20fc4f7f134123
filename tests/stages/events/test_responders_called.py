"""Responders called out (issue 16, set 4c): a service called to a scene ("police were called to the house",
"residents called the fire brigade") is summoned, not consulted: no PLOVER CONSULT phone call; a leader calling a
counterpart still is one, whoever the caller is."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, whether a CONSULT must be told by "called")
ROWS: list[tuple[str, str, bool]] = [
    (P, "The Ghanaian president called his Nigerian counterpart on Friday.", True),
    (N, "Paramedics were called to the stadium shortly after the match.", False),
    (N, "Neighbours called the fire brigade when smoke rose from the roof.", False),
    (M, "The Ghanaian police chief called his Nigerian counterpart on Friday.", True),
]


@pytest.mark.parametrize(("kind", "text", "told"), ROWS)
def test_responders_called(kind: str, text: str, told: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index("called")
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at and e.plover == "CONSULT"]
    assert bool(found) == told, (kind, text, [(e.plover, e.predicate) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
