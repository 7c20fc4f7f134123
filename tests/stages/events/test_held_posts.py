"""Posts and crossings taken by force are territory seized (CAMEO 192, PLOVER ASSAULT mode seize;
data/events/patterns.yaml): "rebels seized two checkpoints", "recaptured the bridge", "took control of
the border crossing". A checkpoint where goods are seized, or a contract for a bridge, is not. Invented
sentences, with forces of several sides."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, the (type, mode) of its events)
    ("positive", "Baloch separatists seized two checkpoints near Quetta overnight.", {("ASSAULT", "seize")}),
    ("positive", "Ukrainian forces recaptured the bridge over the Oskil river.", {("ASSAULT", "seize")}),
    ("positive", "Russian troops took control of the border crossing at Sudzha.", {("ASSAULT", "seize")}),
    ("positive", "Hamas fighters overran the police station in the settlement.", {("ASSAULT", "seize")}),
    ("negative", "Police seized 40 kilograms of heroin at a checkpoint near Peshawar.", {("COERCE", "seize")}),
    ("near miss", "The Turkish company took over the bridge contract in March.", set()),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_post_or_crossing_taken_by_force(kind: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    got = {(e.plover, e.mode) for e in pipeline().analyze_text(text).events}
    assert got == expected, (kind, got)


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
