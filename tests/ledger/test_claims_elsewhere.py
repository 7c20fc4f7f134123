"""Tolls of a second town in a story of one attack (issue 15; seen on the tuning halves of the
invented belgorod and congo probes): a strike on one town and, the same day, a strike on another
town, both put in one ledger event by the linker.

* A sentence naming both towns ties a toll at one to a toll at the other only when it is a
  sentence telling a toll of the thread ("killing 40 people, as shells also fell on Borova");
  a headline or a lead naming both ("Rockets hit Lomka as bombs fall on Borova") tells only
  that the story holds both (``threader.Threader._elsewhere``, ``coplaces.SentenceWords.together``).
* A toll placed at a town its sentence's ledger event is not placed at, when that sentence does
  not name the event's place and its report's opening does not name the town, is no toll of that
  event (``coplaces.detach_elsewhere``): it neither joins nor anchors the event's thread.
* A report's tolls that name no place go on in the thread of its earlier tolls of the quantity,
  whichever of its ledger events their sentences tell (``threader.Threader._place``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import RUS, UKR, Doc, store_docs

LOMKA = "Rockets hit the centre of Lomka on Saturday, killing 40 people."


def _values(store_path: Path, docs: list[Doc]) -> list[list[float]]:
    store = store_docs(store_path, docs)
    build_ledger(store)
    events = store.conn.execute("SELECT COUNT(DISTINCT ledger_event_id) FROM ledger_event_mentions").fetchone()[0]
    assert events == 1  # one ledger event holds every report: the places decide
    return sorted(sorted(c.value_low for c in t.claims) for t in claim_threads(store, measure="killed"))


# (construction, the first report's title, its text, the second report's toll place, the threads)
NAMED_TOGETHER = [
    ("positive: a headline names both towns", "Rockets hit Lomka as bombs fall on Borova", LOMKA, "Borova",
     [[6], [40]]),
    ("negative: the second toll gives no place", "Rockets hit Lomka as bombs fall on Borova", LOMKA, None,
     [[6, 40]]),
    ("near miss: the sentence of the first toll names both", None,
     "Rockets hit the centre of Lomka on Saturday, killing 40 people, as shells also fell on Borova.", "Borova",
     [[6, 40]]),
]


@pytest.mark.parametrize(("name", "title", "text", "place", "threads"), NAMED_TOGETHER,
                         ids=[r[0] for r in NAMED_TOGETHER])
def test_only_a_sentence_telling_a_toll_ties_two_towns(tmp_path: Path, name: str, title: str | None, text: str,
                                                        place: str | None, threads: list[list[float]]) -> None:
    a = Doc(text, "Wire A", "2024-05-02", title=title)
    a.event("ASSAULT", "hit", source=("Rockets", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("Glide bombs killed 6 people on Saturday, officials said." if place is None
            else f"Glide bombs killed 6 people in {place} on Saturday, officials said.", "Wire B", "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Glide bombs", UKR), date="2024-05-02")
    b.figure("6 people", 6, place=place)
    assert _values(tmp_path / "together.db", [a, b]) == threads, name


# (construction, the first report's second sentence, the place of its toll, the threads)
SECOND_TOWN = [
    ("positive: another town struck, its place not in the sentence", "Later, shelling also hit Borova, killing "
     "four people.", "Borova", [[4], [40, 44]]),
    ("negative: the toll gives no place", "Later, shelling also hit the outskirts, killing four people.", None,
     [[4, 40, 44]]),
    ("near miss: the sentence names the event's town too", "Later, shelling also hit Borova, near Lomka, killing "
     "four people.", "Borova", [[4, 40, 44]]),
]


@pytest.mark.parametrize(("name", "second", "place", "threads"), SECOND_TOWN, ids=[r[0] for r in SECOND_TOWN])
def test_a_toll_at_a_second_town_is_no_toll_of_the_event(tmp_path: Path, name: str, second: str,
                                                         place: str | None, threads: list[list[float]]) -> None:
    a = Doc(f"Shelling hit Lomka on Saturday. {second}", "Wire A", "2024-05-02")
    a.place("Lomka")  # the story's town: a mention placed nowhere else is placed there
    a.event("ASSAULT", "hit", source=("Shelling", UKR), date="2024-05-02")
    a.event("ASSAULT", "hit", source=("shelling", UKR), date="2024-05-02", nth=1)
    a.figure("four people", 4, place=place)
    b = Doc("Shelling killed 40 people in Lomka on Saturday.", "Wire B", "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    b.figure("40 people", 40, place="Lomka")
    c = Doc("Shelling killed 44 people on Saturday, officials said.", "Wire C", "2024-05-02T12:00")
    c.event("ASSAULT", "killed", source=("Shelling", UKR), date="2024-05-02")
    c.figure("44 people", 44)
    assert _values(tmp_path / "second.db", [a, b, c]) == threads, name


# (construction, the second toll's words, in the first report or another, the threads)
SAME_REPORT = [
    ("positive: a placeless toll of the same report, another ledger event", "40 people", True, [[31, 40]]),
    ("negative: the toll names a place of its own", "40 people in Borova", True, [[31], [40]]),
    ("near miss: a placeless toll of another report", "40 people", False, [[31], [40]]),
]


@pytest.mark.parametrize(("name", "words", "same", "threads"), SAME_REPORT, ids=[r[0] for r in SAME_REPORT])
def test_a_reports_placeless_tolls_go_on_in_one_thread(tmp_path: Path, name: str, words: str, same: bool,
                                                        threads: list[list[float]]) -> None:
    later = f"Gunmen later seized the survivors, and officials said {words} had died."
    a = Doc("Shells hit the camp on Tuesday, killing 31 people." + (f" {later}" if same else ""), "Wire A",
            "2024-05-02")
    a.event("ASSAULT", "hit", source=("Shells", UKR), date="2024-05-02")
    a.figure("31 people", 31)
    docs = [a]
    if not same:
        docs.append(Doc(later, "Wire B", "2024-05-02T09:00"))
    # another ledger event: another side's act, told of the day before
    docs[-1].event("COERCE", "seized", source=("Gunmen", RUS), date="2024-05-01")
    docs[-1].figure("40 people", 40, place="Borova" if "Borova" in words else None)
    store = store_docs(tmp_path / "same.db", docs)
    build_ledger(store)
    assert store.conn.execute("SELECT COUNT(*) FROM ledger_events").fetchone()[0] == 2
    found = sorted(sorted(c.value_low for c in t.claims) for t in claim_threads(store, measure="killed"))
    assert found == threads, name
