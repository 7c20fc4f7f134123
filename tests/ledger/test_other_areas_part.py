"""A count set apart from the story's own place by "other" before an area noun ("175 in other
parts of the east", "in other areas of the province"): the count of those areas only, a part of
the toll, as a count of the areas one side holds is (``ledger/claims.yaml`` zone words; issue 15; seen on
the tuning half of the invented derna-flood probe). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

FIRST = "The flood killed 900 people in the port city on Monday. "
P, N, M = "positive", "negative", "near miss"

# (kind, second sentence, the figure's words there, its value, whether it is a part)
ROWS: list[tuple[str, str, str, float, bool]] = [
    (P, "Officials said 120 people died in other parts of the province.", "120 people", 120, True),
    (P, "The ministry said 75 people died in other areas of the coast.", "75 people", 75, True),
    (N, "Officials said the toll in the port city had risen to 960.", "960", 960, False),
    (M, "Officials said 120 people died in remote parts of the province.", "120 people", 120, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "part"), ROWS)
def test_a_count_of_other_areas_is_a_part(tmp_path: Path, kind: str, second: str, written: str, low: float,
                                          part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2026-11-24")
    d.figure("900 people", 900)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "other.db", [d])
    assert not groups[900].endswith("(part)"), (kind, groups)
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
