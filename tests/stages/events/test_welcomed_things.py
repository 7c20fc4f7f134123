"""A host's verb ("welcome", "receive") with what people bring or do as its object ("welcomed the
influx of foreign capital", "the contribution of Korean engineers") is approval, not a visit; with
the visitors as its object it stays a visit (host as target)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, whether a visit is coded at it)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Tokyo welcomed the contribution of Korean engineers to the bridge project.", "welcomed", False),
    (P, "Kenya welcomed the participation of Ugandan troops in the mission.", "welcomed", False),
    (N, "President Ruto welcomed the visiting Indian prime minister at State House.", "welcomed", True),
    (M, "Tokyo welcomed a delegation of Korean engineers on Monday.", "welcomed", True),
]


@pytest.mark.parametrize(("kind", "text", "verb", "visit"), ROWS)
def test_welcomed_things(kind: str, text: str, verb: str, visit: bool) -> None:
    events = pipeline().analyze_text(text).events
    at = text.index(verb)
    got = any(e.predicate.start == at and e.plover == "CONSULT" for e in events)
    assert got is visit, (kind, text, [(e.plover, e.mode, e.predicate) for e in events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
