"""A partitive inside a figure's own words ("five of the dead" read as one figure, "19 of the
wounded") makes it a part, as one right after its number does ("five of them were children");
a figure whose own words name its group ("13 deaths", "five dead soldiers") stays a toll, and so
does one whose "of" names no group of the dead ("five of the town's doctors": no part_after
phrase); so does a partitive fronted before the figure ("Of these, five deaths were the result of
a stampede"), not a demonstrative ("These five deaths") nor "of" a noun that is no group of the
dead ("Of these reports, ...") (issue 15; seen on the tuning half of the invented nairobi-protest
probe). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

P, N, M = "positive", "negative", "near miss"
LEAD = "Our teams have recorded 13 deaths since the storm. "

# (kind, second sentence, the figure's words there, its value, whether it is a part): a partitive
# in the figure's own words, then one fronted before it
ROWS: list[tuple[str, str, str, float, bool]] = [
    (P, "The commission says five of the dead in the town had bullet wounds.", "five of the dead", 5, True),
    (P, "Doctors said four of the wounded had died overnight.", "four of the wounded", 4, True),
    (N, "The army said five dead soldiers were found.", "five dead soldiers", 5, False),
    (M, "Officials said five of the town's doctors had died.", "five of the town's doctors", 5, False),
    (P, "Of these, five deaths were the result of a stampede.", "five deaths", 5, True),
    (P, "Of the dead, four were children.", "four", 4, True),
    (N, "These five deaths were the result of a stampede.", "five deaths", 5, False),
    (M, "Of these reports, five deaths were later confirmed.", "five deaths", 5, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "part"), ROWS)
def test_a_partitive_makes_a_part(tmp_path: Path, kind: str, second: str, written: str, low: float,
                                  part: bool) -> None:
    d = Doc(LEAD + second, "Relief Agency", "2026-11-24")
    d.figure("13 deaths", 13)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "own.db", [d])
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
