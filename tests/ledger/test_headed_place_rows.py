"""A toll broken down in rows under a heading of a breakdown by place ("By town:" / "Gulu: 9
dead" / "Lira: 4 dead"): each row's count is a part of the total given before, not a toll of its
own; rows under no such heading ("Update: 13 dead") and a heading that names no place ("By
cause:") leave the counts tolls (issue 15; seen on the tuning half of the invented
nairobi-protest probe, a medical association's casualty update). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

P, N, M = "positive", "negative", "near miss"
LEAD = "Our teams have recorded 13 deaths since the storm.\n"

# (kind, text, the figures' words and values, the values that are parts)
ROWS: list[tuple[str, str, list[tuple[str, float]], set[float]]] = [
    (P, LEAD + "By town:\nGulu: 9 dead\nLira: 4 dead", [("13 deaths", 13), ("9 dead", 9), ("4 dead", 4)], {9, 4}),
    (P, LEAD + "Per district\nAmuru: 7 dead\nNwoya: 6 dead", [("13 deaths", 13), ("7 dead", 7), ("6 dead", 6)],
     {7, 6}),
    (N, LEAD + "Update: 15 dead", [("13 deaths", 13), ("15 dead", 15)], set()),
    (M, LEAD + "By cause:\nDrowning: 9 dead\nFalling trees: 4 dead", [("13 deaths", 13), ("9 dead", 9), ("4 dead", 4)],
     set()),
]


@pytest.mark.parametrize(("kind", "text", "figures", "parts"), ROWS)
def test_rows_under_a_place_heading_are_parts(tmp_path: Path, kind: str, text: str, figures: list[tuple[str, float]],
                                               parts: set[float]) -> None:
    d = Doc(text, "Relief Agency", "2026-11-24")
    for written, low in figures:
        d.figure(written, low)
    groups = claim_groups(tmp_path / "rows.db", [d])
    assert set(groups) == {low for _, low in figures}, (kind, groups)
    assert {v for v, g in groups.items() if g.endswith("(part)")} == parts, (kind, text, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
