"""Event records: dates resolved against the publication date, places linked to their country,
and a source coded from the place kept apart from a named doer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import Event
from tests.builders import find_event, pipeline, run_events

Run = Callable[..., list[Event]]


@pytest.fixture
def run(parse: Callable[..., ParsedDoc]) -> Run:
    def _run(text: str, **meta: str) -> list[Event]:
        return run_events(parse(text, **meta))

    return _run


def test_event_date_resolved_against_publication(run: Run) -> None:
    ev = find_event(run("Russia attacked Ukraine on Sunday.", published="2023-11-20"), "ASSAULT")
    assert ev.date == "2023-11-19"


def test_event_date_kept_as_written_without_publication(run: Run) -> None:
    ev = find_event(run("Since October 7, Russia has attacked Ukraine."), "ASSAULT")
    assert ev.date == "since October 7"


def test_since_gives_an_open_interval(run: Run) -> None:
    ev = find_event(run("Since October 7, Russia has attacked Ukraine.", published="2023-11-20"), "ASSAULT")
    assert ev.date == "2023-10-07/.."


def test_place_linked_to_its_country(run: Run) -> None:
    ev = find_event(run("Russia attacked Ukrainian positions in Kharkiv."), "ASSAULT")
    assert ev.place == "Kharkiv (UKR)"
    assert ev.target_actor_ids == ("country:UKR",)


def test_a_source_coded_from_the_place_is_marked_and_not_stored_as_a_doer(tmp_path: Path) -> None:
    """PLOVER practice codes an attack with no named perpetrator to the place's country; that is
    a coding convention, not a claim, so the record says so and the store keeps it apart."""
    from newsledger.storage.store import Store

    nl = pipeline()
    an = nl.analyze_text("A missile struck a market in the town of Izium in eastern Ukraine on Saturday, "
                         "killing at least 27 people, the governor said.")
    assaults = [e for e in an.events if e.plover == "ASSAULT"]
    assert assaults and all(e.source_basis == "place" and e.named_source_ids == () for e in assaults)
    named = nl.analyze_text("Russian forces struck a market in the town of Izium in eastern Ukraine on "
                            "Saturday, killing at least 27 people, the governor said.")
    assert any(e.plover == "ASSAULT" and e.source_basis == "text" and e.named_source_ids for e in named.events)
    with Store(tmp_path / "x.db") as s:
        s.add(an)
        rows = s.conn.execute("SELECT role FROM event_actors").fetchall()
        assert "source" not in {r[0] for r in rows}


# an event's stance from the clauses above it: a truth predicate that negates it, a concessive
# phrase of denial (the claimant's clause is denied by whoever the phrase names); invented, each side
STANCES = [
    ("not true that", "It is not true that Israeli soldiers attacked the village, the commander said.", "negated"),
    ("not the case that, other side", "It is not the case that Hamas fighters attacked the village.", "negated"),
    ("true that (negative)", "It is true that Israeli soldiers attacked the village, the commander said.",
     "asserted"),
    ("not surprising that (near miss: no truth word)", "It is not surprising that Hamas fighters attacked the "
     "village.", "asserted"),
    ("despite X's denials", "Russian troops shelled the market, despite Moscow's denials.", "denied"),
    ("despite X's denials, other side", "Despite Kyiv's denials, Ukrainian troops shelled the market.", "denied"),
    ("despite the rain (negative)", "Russian troops shelled the market, despite the rain.", "asserted"),
    ("after X's denials (near miss: not concessive)", "After Kyiv's denials, Ukrainian troops shelled the market.",
     "asserted"),
]


@pytest.mark.parametrize(("name", "text", "expected"), STANCES, ids=[c[0] for c in STANCES])
def test_event_stance_from_the_clauses_above(run: Run, name: str, text: str, expected: str) -> None:
    events = [e for e in run(text) if e.plover == "ASSAULT"]
    assert events, name
    assert {e.stance for e in events} == {expected}, name
