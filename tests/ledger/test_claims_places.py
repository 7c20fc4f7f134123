"""Claim threads and places: a toll at a named place that the thread of its ledger event does
not match is the toll of another incident ("a roadside bomb near one town" reported beside a
siege in another the same day), even when the linker put both reports in one ledger event."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import UKR, Doc, store_docs

LOMKA = "Shelling hit the market in Lomka on Thursday night, killing 40 people."


@pytest.mark.parametrize(("first", "second", "place", "joins"), [
    # positive: the same night's shelling of another named village, in a report linked to the
    # same ledger event: its toll is another incident's
    (LOMKA, "Shelling killed 6 people in Borova on Thursday night.", "Borova", False),
    (LOMKA, "Shelling killed 6 people in the village of Tamrin on Thursday night.", "Tamrin", False),
    # negative: the report gives no place of its own: its toll is its ledger event's
    (LOMKA, "Shelling killed 6 people on Thursday night, officials said.", None, True),
    # near miss: a place, but the country the incident is in, not a place apart from it
    (LOMKA, "Shelling killed 6 people in Ukraine on Thursday night.", "Ukraine", True),
    # near miss: another village, in a report that also names the first one
    (LOMKA, "Shelling killed 6 people in Borova, near Lomka, on Thursday night.", "Borova", True),
    # near miss: the first report names the other village too ("as shells also fell on Borova")
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people, as shells also fell on Borova.",
     "Shelling killed 6 people in Borova on Thursday night.", "Borova", True),
    # near miss: the same village, named again
    (LOMKA, "Shelling killed 6 people in Lomka on Thursday night.", "Lomka", True),
])
def test_a_toll_at_another_named_place_is_another_incident(
        tmp_path: Path, first: str, second: str, place: str | None, joins: bool) -> None:
    a = Doc(first, "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("Shelling", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    b = Doc(second, "Wire B", "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    b.figure("6 people", 6, place=place)
    store = store_docs(tmp_path / "places.db", [a, b])
    build_ledger(store)
    anchored = store.conn.execute("SELECT COUNT(DISTINCT ledger_event_id) FROM ledger_event_mentions").fetchone()[0]
    assert anchored == 1  # one ledger event holds both reports: the place decides
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1])


def test_a_toll_passed_over_for_its_place_does_not_hold_its_events_thread(tmp_path: Path) -> None:
    a = Doc("Shelling hit the market in Lomka on Thursday night, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("Shelling", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("Shelling killed 6 people in Borova on Thursday night.", "Wire B", "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    b.figure("6 people", 6, place="Borova")
    c = Doc("Shelling killed 44 people on Thursday night, officials said.", "Wire C", "2024-05-02T12:00")
    c.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    c.figure("44 people", 44)
    store = store_docs(tmp_path / "held.db", [a, b, c])
    build_ledger(store)
    values = sorted(sorted(c.value_low for c in t.claims) for t in claim_threads(store, measure="killed"))
    assert values == [[6], [40, 44]]  # the later report without a place joins the first toll's thread


# a story of two like incidents: one report names both places, each in its own sentences, and the
# linker put both in one ledger event; a sentence naming both ("Borova, near Lomka") ties them
TWO_PLACES = [
    # positive: the other village's toll, in sentences of its own, in the report naming both
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people. "
     "Across the river, shelling killed 6 people in Borova.", "Borova", False),
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people. "
     "Further west, a shell killed 6 people in the village of Tamrin.", "Tamrin", False),
    # negative: the second toll names no place of its own
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people. "
     "Shelling also killed 6 people, officials said.", None, True),
    # near miss: one sentence of the report names both places
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people. "
     "Shelling killed 6 people in Borova, a suburb of Lomka.", "Borova", True),
    # near miss: the same place, its name written with a letter doubled ("Lomkka")
    ("Shelling hit the market in Lomka on Thursday night, killing 40 people. "
     "A caption read: shelling killed 6 people in Lomkka.", "Lomkka", True),
]


@pytest.mark.parametrize(("text", "place", "joins"), TWO_PLACES, ids=[r[1] or "none" for r in TWO_PLACES[:3]]
                         + ["named-together", "spelled-doubled"])
def test_a_toll_at_the_other_place_of_a_story_of_two_is_another_incident(
        tmp_path: Path, text: str, place: str | None, joins: bool) -> None:
    assert _one_report_threads(tmp_path, text, "Lomka", place) == ([2] if joins else [1, 1])


def _one_report_threads(tmp_path: Path, text: str, event_place: str, place: str | None) -> list[int]:
    """The sizes of the killed threads of one report: 40 killed at Lomka, 6 at ``place``."""
    a = Doc(text, "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("Shelling", UKR), place=event_place, date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    a.figure("6 people", 6, place=place)
    store = store_docs(tmp_path / "one.db", [a])
    build_ledger(store)
    return sorted(t.n_claims for t in claim_threads(store, measure="killed"))


@pytest.mark.parametrize(("first_place", "joins"), [
    ("Lomka", False),  # positive: the thread's place is its toll's own: the reports set the two apart
    (None, True),  # near miss: only the ledger event's place (a dateline's, a story's): no evidence
])
def test_places_named_apart_part_tolls_only_at_a_tolls_own_place(
        tmp_path: Path, first_place: str | None, joins: bool) -> None:
    a = Doc("Shelling hit the market in Lomka on Thursday night, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("Shelling", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place=first_place)
    b = Doc("Shelling killed 6 people in Borova on Thursday night. Families fled to Lomka.", "Wire B",
            "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    b.figure("6 people", 6, place="Borova")
    store = store_docs(tmp_path / "own.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("second", "place", "joins"), [
    # positive: the other village named in one sentence with the region the ledger event is placed
    # at (no toll's own place): the region holds both villages, which it does not tie
    ("Across the river, in the Zarva region, shelling killed 6 people in Borova.", "Borova", False),
    # negative: the second toll names no place of its own
    ("Across the river, in the Zarva region, shelling killed 6 people.", None, True),
    # near miss: named in one sentence with the first toll's own place
    ("Shelling killed 6 people in Borova, a suburb of Lomka in the Zarva region.", "Borova", True),
])
def test_a_place_only_the_ledger_event_gives_ties_no_two_tolls(
        tmp_path: Path, second: str, place: str | None, joins: bool) -> None:
    text = "Shelling hit the market in Lomka on Thursday night, killing 40 people. " + second
    assert _one_report_threads(tmp_path, text, "the Zarva region", place) == ([2] if joins else [1, 1])
