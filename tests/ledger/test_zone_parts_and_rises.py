"""Two kinds of count that are not an incident's toll (quake-toll probe, tune half): the count
of the areas one side holds, named in the figure's clause ("120 died in government-held areas",
"in the areas held by the rebels", "in areas under the army's control"), is a part of the toll of
an incident that struck both sides; and a rise by a number ("The toll rose by 12 overnight") is
an increment. Two more kinds seen on the tuning half of the derna-flood probe: a count set apart
from the story's place by "other" ("120 died in other parts of the province"), the count of those
areas; and the dead buried in a grave shared by many ("400 bodies have been buried in mass
graves"), some of the dead. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups

FIRST = "The earthquake killed 300 people across the border region on Monday. "
P, N, M = "positive", "negative", "near miss"

# (kind, second sentence, the figure's words there, its value, whether it is a part)
ROWS: list[tuple[str, str, str, float, bool]] = [
    (P, "The ministry said 120 people died in government-held areas.", "120 people", 120, True),
    (P, "Rescuers said 150 people died in the areas held by the rebels.", "150 people", 150, True),
    (P, "Rescuers said 150 people died in areas under the army's control.", "150 people", 150, True),
    (N, "Rescuers said 150 people died in remote areas of the north.", "150 people", 150, False),
    (M, "Rescuers said 150 people died in rebel-held Kawt Bein.", "150 people", 150, False),
    (M, "Officials said 150 people died in an attack in the occupied territories.", "150 people", 150, False),
    (P, "Officials said 120 people died in other parts of the province.", "120 people", 120, True),
    (P, "The ministry said 75 people died in other areas of the coast.", "75 people", 75, True),
    (M, "Officials said 120 people died in remote parts of the province.", "120 people", 120, False),
    (P, "More than 40 bodies have been buried in mass graves, officials said.", "40 bodies", 40, True),
    (P, "Officials said 25 victims were buried in a collective grave outside the town.", "25 victims", 25, True),
    (M, "Officials said 25 people were buried in the rubble of their homes.", "25 people", 25, False),
    (P, "The toll rose by 12 overnight, officials said.", "12", 12, True),
    (N, "The toll rose to 312 overnight, officials said.", "312", 312, False),
    (M, "The toll, by the ministry's count, rose to 312 overnight.", "312", 312, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "part"), ROWS)
def test_zone_counts_and_rises_are_parts(tmp_path: Path, kind: str, second: str, written: str, low: float,
                                         part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2026-11-24")
    d.figure("300 people", 300)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "zones.db", [d])
    assert not groups[300].endswith("(part)"), (kind, groups)
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


# (kind, sentence, the figures' words and values, the values that are parts)
OPENED: list[tuple[str, str, list[tuple[str, float]], set[float]]] = [
    (P, "By my tally the combined toll is 96, with the ministry's 61 and the rebels' 35.",
     [("96", 96), ("61", 61), ("35", 35)], {61, 35}),
    (P, "The toll stood at 120 on Friday: 70 in the north, 40 in the south and 10 across the border.",
     [("120", 120), ("70", 70), ("40", 40), ("10", 10)], {70, 40, 10}),
    (P, "At least 90 people died, including 60 in the capital and 30 in the port.",
     [("90 people", 90), ("60", 60), ("30", 30)], {60, 30}),
    (N, "At least 90 people died on Monday and 60 more died on Tuesday, and 30 on Wednesday.",
     [("90 people", 90), ("60", 60), ("30", 30)], {60}),
    (M, "At least 90 people died, with 60 in the capital.", [("90 people", 90), ("60", 60)], set()),
    (N, "Rockets killed 16 people, including three children, in the town on Saturday, the governor said, "
        "raising an earlier toll of 11.", [("16 people", 16), ("three children", 3), ("11", 11)], set()),
]


@pytest.mark.parametrize(("kind", "sentence", "figures", "parts"), OPENED)
def test_a_total_and_its_breakdown(tmp_path: Path, kind: str, sentence: str, figures: list[tuple[str, float]],
                                   parts: set[float]) -> None:
    d = Doc(sentence, "Wire", "2026-11-24")
    for written, low in figures:
        d.figure(written, low)
    groups = claim_groups(tmp_path / "opened.db", [d])
    assert {v for v, g in groups.items() if g.endswith("(part)")} == parts, (kind, sentence, groups)


def test_every_kind_of_breakdown_row_is_there() -> None:
    assert {k for k, *_ in OPENED} == {P, N, M}


# (kind, second sentence, the figure's words there, its value, whether it counts another happening)
LATER: list[tuple[str, str, str, float, bool]] = [
    (P, "In Thit Sein Gyi, families buried 23 people killed in Wednesday's aftershock.", "23 people", 23, True),
    (P, "The aftershock which struck the town on Wednesday has caused 23 deaths.", "23 deaths", 23, True),
    (N, "In Thit Sein Gyi, families buried 23 people killed in the earthquake.", "23 people", 23, False),
    (M, "Aftershocks rattled the town on Wednesday. Families buried 23 people killed in the earthquake.",
     "23 people", 23, False),
    (P, "A strong aftershock struck the town on Wednesday. At least 23 people were killed when the market "
        "hall collapsed.", "23 people", 23, True),
    (N, "A strong aftershock struck the town on Wednesday. The toll from Monday's quake rose to 323.",
     "323", 323, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "other"), LATER)
def test_a_later_happenings_toll_is_another_quantity(tmp_path: Path, kind: str, second: str, written: str,
                                                     low: float, other: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2026-11-26")
    d.figure("300 people", 300)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "later.db", [d])
    assert groups[low].endswith("(another happening)") is other, (kind, second, groups)
    assert not groups[300].endswith(")"), (kind, groups)


def test_every_kind_of_later_row_is_there() -> None:
    assert {k for k, *_ in LATER} == {P, N, M}


def test_a_list_of_counts_closed_by_a_zone_is_of_that_zone(tmp_path: Path) -> None:
    """positive: 231 and 884 before the list's zone; negative: a count in a sentence of its own
    before it; near miss: a count with a place of its own before the zone ("12 died in the
    port, and 9 were missing in rebel-held areas")."""
    d = Doc(FIRST + "The ministry said 40 people died in the capital. By Thursday, 231 persons had died, 884 "
            "had been injured and 37 were missing in the areas where the Government's teams work; 12 died "
            "in the port, and 9 were missing in rebel-held areas.", "Wire", "2026-11-26")
    d.figure("300 people", 300)
    d.figure("40 people", 40)
    d.figure("231 persons", 231)
    d.figure("884", 884, measure="injured")
    d.figure("37", 37, measure="missing")
    d.figure("12", 12)
    d.figure("9 were", 9, measure="missing")
    parts = {v for v, g in claim_groups(tmp_path / "listed.db", [d]).items() if g.endswith("(part)")}
    assert {231, 884, 37} <= parts, parts
    assert not parts & {300, 40}, parts
    assert 9 in parts and 12 not in parts, parts


@pytest.mark.parametrize(("kind", "text", "parts"), [
    (P, "LIVE\n\n10:15 - Six more bodies found in Lay Wah Kee\nRescuers recovered six more bodies this morning, "
        "bringing their count to 348.", {6}),
    (N, "LIVE\n\n10:15 - Six bodies found in Lay Wah Kee\nRescuers recovered six bodies this morning, "
        "bringing their count to 348.", set()),
    (M, "LIVE\n\n10:15 - Six more bodies found in Lay Wah Kee\nRescuers searched the hills this morning.", set()),
])
def test_an_increment_written_before_the_count_it_raises(tmp_path: Path, kind: str, text: str,
                                                         parts: set[float]) -> None:
    """An increment in a liveblog entry's title, told again in the entry's text, is an increment
    though no count came before it; a title with no "more" is a count; with no count after it
    the title's "more" raises nothing counted."""
    d = Doc(text, "Live", "2026-11-27")
    d.figure("Six", 6, group="bodies")
    if "348" in text:
        d.figure("six", 6, group="bodies")  # the entry's text tells the title's count again
        d.figure("348", 348)
    found = {v for v, g in claim_groups(tmp_path / "raised.db", [d]).items() if g.endswith("(part)")}
    assert found == parts, (kind, found)
