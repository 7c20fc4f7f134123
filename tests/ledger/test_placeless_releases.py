"""Two constructions of a casualty release (thread class probe: casualty releases without an
event, per-hospital counts). Every sentence here is invented.

* A count whose figure the reader placed nowhere, in a report whose count's own sentence names
  the place ("The ambulance service said its crews carried nine dead from the market in
  Lomka"), and the toll placed at that place in another report are one quantity, whichever of
  the two is read first.
* A care facility as the subject of a verb of intake right before a count ("Lomka Central
  Hospital received 18 bodies") counts the dead brought there: a part of the toll, when below a
  count given before it in its report (the intake of a town's only hospital is often the toll)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import Doc, claim_groups, claim_thread_ids

P, N, M = "positive", "negative", "near miss"
REPORT = "A bomb killed nine people at the market in Lomka on Tuesday, police said."

# (kind, the release's text, whether its count joins the report's toll)
RELEASES: list[tuple[str, str, bool]] = [
    (P, "The ambulance service said its crews carried nine dead from the market in Lomka.", True),
    (P, "Medics in Lomka said nine people were dead on arrival at the city hospital.", True),
    (N, "The ambulance service said its crews carried nine dead from the market.", False),
    (M, "Crews worked in Lomka all night. The ambulance service said its crews carried nine dead.", False),
]


@pytest.mark.parametrize(("kind", "release", "joins"), RELEASES)
def test_a_placeless_release_read_first_is_found_by_its_sentence_place(
        tmp_path: Path, kind: str, release: str, joins: bool) -> None:
    first = Doc(release, "Ambulance Bulletin", "2026-11-03T08:00:00Z")
    counted = first.figure("nine", 9)  # the reader placed it nowhere
    report = Doc(REPORT, "Wire", "2026-11-03T12:00:00Z")
    toll = report.figure("nine people", 9, place="Lomka", time_scope="on Tuesday")
    threads = claim_thread_ids(tmp_path / "release.db", [first, report])
    assert counted.id in threads and toll.id in threads, (kind, threads)
    assert (threads[counted.id] == threads[toll.id]) is joins, (kind, release)


def test_every_kind_of_release_row_is_there() -> None:
    assert {k for k, *_ in RELEASES} == {P, N, M}


# (kind, second sentence, the figure's words there, its value, whether it is a part)
FACILITIES: list[tuple[str, str, str, float, bool]] = [
    (P, "Lomka Central Hospital received 18 bodies, its director said.", "18 bodies", 18, True),
    (P, "The hospital in Lomka alone took in 18 bodies.", "18 bodies", 18, True),
    (P, "The city morgue has counted 18 dead so far.", "18 dead", 18, True),
    (N, "Police said 18 people were killed near the hospital.", "18 people", 18, False),
    (M, "Lomka Central Hospital said 18 people were killed.", "18 people", 18, False),
    (M, "The hospital's director, who received the minister, said 18 people died.", "18 people", 18, False),
    (M, "Lomka Central Hospital received 45 bodies, its director said.", "45 bodies", 45, False),
]


@pytest.mark.parametrize(("kind", "second", "written", "low", "part"), FACILITIES)
def test_a_facilitys_intake_is_a_part_of_the_toll(tmp_path: Path, kind: str, second: str, written: str,
                                                  low: float, part: bool) -> None:
    d = Doc("A bomb killed 40 people at the market in Lomka on Tuesday. " + second, "Wire", "2026-11-03")
    d.figure("40 people", 40)
    d.figure(written, low)
    groups = claim_groups(tmp_path / "facility.db", [d])
    assert not groups[40].endswith("(part)"), (kind, groups)
    assert groups[low].endswith("(part)") is part, (kind, second, groups)


def test_every_kind_of_facility_row_is_there() -> None:
    assert {k for k, *_ in FACILITIES} == {P, N, M}
