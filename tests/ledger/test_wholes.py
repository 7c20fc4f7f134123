"""A whole and a town's part (thread class probe: per-town vs national): a count its clause
calls a whole country's ("nationwide", "across the country", "across Kenya", "the national
toll"), or placed at the first of a list of places ("in Nakuru, Kisumu and Eldoret"), and a
count at one town are two quantities, never one thread; two wholes of one story still join, and
a toll given with no place is the whole's. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.records import Figure
from tests.builders import Doc, claim_thread_ids

P, N, M = "positive", "negative", "near miss"
TOWN = "In Nakuru, in western Kenya, 21 people were shot dead on Tuesday, police said."

# (kind, the other report's sentence, its count's words, value and place, whether it joins the town's count)
ROWS: list[tuple[str, str, str, float, str | None, bool]] = [
    (P, "Police killed at least 23 protesters across Kenya on Tuesday, a rights group said, "
        "some of them in Nakuru.", "23 protesters", 23, "Kenya", False),
    (P, "Police killed 23 protesters nationwide on Tuesday, seven of them in Nakuru.", "23 protesters", 23,
     "Nakuru", False),
    (P, "The national toll of Tuesday's protests rose to 23, with deaths in Nakuru and Kisumu.", "23", 23,
     None, False),
    # a count placed at the first of a list of places is the whole of their counts
    (P, "Police fired on marchers in Nakuru, Kisumu and Eldoret on Tuesday, and 23 people were killed.",
     "23 people", 23, "Nakuru", False),
    (P, "Police fired on marchers in Nakuru and two other towns on Tuesday, and 23 people were killed.",
     "23 people", 23, "Nakuru", False),
    (N, "Police killed 23 protesters in Nakuru on Tuesday, a rights group said.", "23 protesters", 23,
     "Nakuru", True),
    (M, "Police fired on marchers in Nakuru and killed 23 protesters on Tuesday.", "23 protesters", 23,
     "Nakuru", True),
    (M, "Police fired across the Nakuru market on Tuesday, killing 23 protesters.", "23 protesters", 23,
     "Nakuru", True),
]


@pytest.mark.parametrize(("kind", "other", "written", "low", "place", "joins"), ROWS)
def test_a_whole_never_joins_a_towns_count(tmp_path: Path, kind: str, other: str, written: str, low: float,
                                           place: str | None, joins: bool) -> None:
    town = Doc(TOWN, "Nakuru Post", "2026-11-03T08:00:00Z")
    part = town.figure("21 people", 21, place="Nakuru", time_scope="on Tuesday")
    report = Doc(other, "Wire", "2026-11-03T12:00:00Z")
    whole = report.figure(written, low, place=place)
    threads = claim_thread_ids(tmp_path / "wholes.db", [town, report])
    assert (threads[part.id] == threads[whole.id]) is joins, (kind, other, threads)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


def whole_and_town() -> tuple[Doc, Figure, Doc, Figure]:
    """A report of a nationwide toll (placed by its reader at the town it names) and a report of
    the town's own count, and their figures."""
    first = Doc("Police killed 23 protesters nationwide on Tuesday, seven of them in Nakuru.", "Wire",
                "2026-11-03T08:00:00Z")
    whole = first.figure("23 protesters", 23, place="Nakuru")
    town = Doc(TOWN, "Nakuru Post", "2026-11-03T10:00:00Z")
    return first, whole, town, town.figure("21 people", 21, place="Nakuru")


def test_two_wholes_of_one_story_join(tmp_path: Path) -> None:
    """positive: two wholes whose reports both name Nakuru; near miss: the town's own count
    between them stays apart from both."""
    first, a, town, part = whole_and_town()
    second = Doc("A rights group said 25 people were killed across the country on Tuesday, including "
                 "several in Nakuru.", "Daily", "2026-11-03T12:00:00Z")
    b = second.figure("25 people", 25)
    threads = claim_thread_ids(tmp_path / "two.db", [first, town, second])
    assert threads[a.id] == threads[b.id], threads
    assert threads[part.id] != threads[a.id], threads


def test_a_placeless_toll_is_the_wholes_not_a_towns(tmp_path: Path) -> None:
    """positive: a toll given with no place, in a report naming the town, joins the whole's
    thread rather than the town's; near miss: a count placed at the town joins the town's."""
    first, whole, town, part = whole_and_town()
    later = Doc("A doctors' union said 24 people were killed on Tuesday. Most died in Nakuru, where "
                "police fired on a market.", "Daily", "2026-11-03T12:00:00Z")
    placeless = later.figure("24 people", 24)
    placed = Doc("In Nakuru, 22 people died on Tuesday, a local official said.", "Radio", "2026-11-03T13:00:00Z")
    at_town = placed.figure("22 people", 22, place="Nakuru")
    threads = claim_thread_ids(tmp_path / "placeless.db", [first, town, later, placed])
    assert threads[placeless.id] == threads[whole.id] != threads[part.id], threads
    assert threads[at_town.id] == threads[part.id], threads


def test_a_count_placed_by_its_dateline_is_no_towns_count(tmp_path: Path) -> None:
    """near miss: a count the reader placed at a town that its clause does not name ("NAKURU -
    21 people were shot dead", the dateline's town) may be the whole's: it joins the whole."""
    first = Doc("Police killed 23 protesters nationwide on Tuesday, seven of them in Nakuru.", "Wire",
                "2026-11-03T08:00:00Z")
    whole = first.figure("23 protesters", 23, place="Nakuru")
    datelined = Doc("NAKURU, Kenya - At least 21 people were shot dead on Tuesday, police said.", "Radio",
                    "2026-11-03T10:00:00Z")
    count = datelined.figure("21 people", 21, place="Nakuru")
    threads = claim_thread_ids(tmp_path / "dateline.db", [first, datelined])
    assert threads[count.id] == threads[whole.id], threads
