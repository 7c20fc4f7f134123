"""A count of a class of victims that a circulating post, video or caption gives ("a video shows
the strike that 'burned 40 children alive'") claims the incident's toll: it counts the
incident's people and joins their thread (``ledger/incident_carried.py``; issue 15, seen on the
tuning halves of the invented qamishli-drone and kashmir-shelling probes); the same class counted
by an office, or a part of the toll ("among them 11 children"), keeps its class. Every sentence
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

FIRST = "A drone strike on the market in Dovra killed at least 14 people on Wednesday, officials said. "
P, N, M = "positive", "negative", "near miss"

# (kind, second sentence, the count as written, its source, a part of the 14, the class it should be in)
ROWS: list[tuple[str, str, str, str, bool, str]] = [
    (P, "A video shared on X says the strike burned 40 children alive.", "40 children", "A video", False, "people"),
    (P, "One post on Telegram says 40 women were martyred in the strike.", "40 women",
     "One post on Telegram", False, "people"),
    (N, "The health office says 40 children were killed in the strike.", "40 children", "The health office",
     False, "children"),
    (M, "A video shared on X says 40 children were among the dead.", "40 children", "A video", True,
     "children (part)"),
]


@pytest.mark.parametrize(("kind", "second", "written", "source", "part", "gclass"), ROWS)
def test_a_posts_count_of_a_victim_class_counts_the_incidents_people(
        tmp_path: Path, kind: str, second: str, written: str, source: str, part: bool, gclass: str) -> None:
    d = Doc(FIRST + second, "Wire", "2026-05-21")
    whole = d.figure("14 people", 14)
    d.figure(written, 40, group=written.split()[-1], attribution=source, part_of=whole.id if part else None)
    groups = claim_groups(tmp_path / "carried.db", [d])
    assert groups[14] == "people", (kind, groups)
    assert groups[40] == gclass, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
