"""A sentence that opens by telling another incident than the story's ("Separately, a roadside
bomb killed four people near Lomka", "In a separate attack, gunmen killed three officers")
counts that incident's dead: "<group> (another happening)", never the story's toll (thread class
probe: two incidents in one story). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

FIRST = "A car bomb killed 31 people at the market in Dovra on Friday, police said. "
P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, bool]] = [
    (P, "Separately, a roadside bomb killed four people near Lomka on Friday.", True),
    (P, "In a separate attack, gunmen killed four people at a checkpoint outside Lomka.", True),
    (P, "Elsewhere, four people died when a drone hit a bus.", True),
    (N, "A roadside bomb killed four people near the market on Friday.", False),
    (M, "Meanwhile, four people died of their wounds in hospital.", False),
    (M, "Police said separately that four people died at the market.", False),
]


@pytest.mark.parametrize(("kind", "second", "other"), ROWS)
def test_a_separate_incidents_count_is_another_happening(tmp_path: Path, kind: str, second: str,
                                                          other: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2026-11-06")
    d.figure("31 people", 31)
    d.figure("four people", 4)
    groups = claim_groups(tmp_path / "separate.db", [d])
    assert not groups[31].endswith(")"), (kind, groups)
    assert groups[4].endswith("(another happening)") is other, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
