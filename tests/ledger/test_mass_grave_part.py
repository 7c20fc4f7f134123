"""A count of the dead buried in a grave shared by many ("More than 1,100 bodies have been buried
in mass graves", "were buried in a collective grave"): those so buried, some of the dead, a part
of the toll, not the toll (``ledger/claims.yaml`` part_predicates; issue 15; seen on the tuning
half of the invented derna-flood probe). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

FIRST = "The flood killed 900 people in the port city on Monday. "
P, N, M = "positive", "negative", "near miss"

# (kind, second sentence, the figure's words there, its value, whether it is a part)
ROWS: list[tuple[str, str, str, float, bool]] = [
    (P, "More than 400 bodies have been buried in mass graves, officials said.", "400 bodies", 400, True),
    (P, "Officials said 250 victims were buried in a collective grave outside the city.", "250 victims", 250, True),
    (N, "Officials said the toll had risen to 960 bodies.", "960 bodies", 960, False),
    (M, "Officials said 250 people were buried in the rubble of their homes.", "250 people", 250, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "part"), ROWS)
def test_the_dead_buried_in_mass_graves_are_a_part(tmp_path: Path, kind: str, second: str, written: str,
                                                   low: float, part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2026-11-24")
    d.figure("900 people", 900)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "graves.db", [d])
    assert not groups[900].endswith("(part)"), (kind, groups)
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
