"""A fronted partitive governs the whole list it opens (issue 15): in "Of the dead, 11 were
soldiers and 20 civilians" each count of the list is a part of the toll before it, not only the
first; a count of another measure later in the sentence ("and 30 were wounded"), or one in a
clause after a semicolon, is not one of that list, and a sentence opened by no partitive lists
no parts. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

P, N, M = "positive", "negative", "near miss"
LEAD = "The ministry said the toll had risen to 31. "

# (kind, second sentence, the first count's words and value, the later count's words, its value,
# its measure, whether the later count is a part)
ROWS: list[tuple[str, str, str, float, str, float, str, bool]] = [
    (P, "Of the dead, 11 were soldiers and 20 civilians.", "11", 11, "20 civilians", 20, "killed", True),
    (P, "Of the dead, 12 were children, nine women and six elderly men.", "12", 12, "nine women", 9,
     "killed", True),
    (N, "Officials said 11 soldiers and 20 civilians were killed in Lomka.", "11 soldiers", 11, "20 civilians",
     20, "killed", False),
    (M, "Of the dead, 11 were soldiers; 20 civilians died in a second strike.", "11", 11, "20 civilians", 20,
     "killed", False),
    (M, "Of the dead, 11 were soldiers, and 30 people were wounded.", "11", 11, "30 people", 30, "injured", False),
]


@pytest.mark.parametrize(("kind", "second", "first", "first_low", "written", "low", "measure", "part"), ROWS)
def test_a_fronted_partitive_governs_its_list(tmp_path: Path, kind: str, second: str, first: str, first_low: float,
                                              written: str, low: float, measure: str, part: bool) -> None:
    d = Doc(LEAD + second, "Wire A", "2026-11-24")
    d.figure("31", 31, group=None)
    d.figure(first, first_low)
    d.figure(written, low, measure=measure)
    groups = claim_groups(tmp_path / "list.db", [d])
    assert groups[first_low].endswith("(part)") is (kind != N), (kind, second, groups)
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
