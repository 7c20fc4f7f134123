"""Identity disputes (``ledger/identity.py``): within one incident, a side's count of the
"terrorists" its strike killed, from a source that gives no people's count of it, joins the
incident's people thread marked as a dispute over who the dead were; a source giving both, the
injured, a lone count, a side's own losses and war-wide totals stay apart. The full, streamed
and incremental builds give the same threads. Every article here is invented."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import (
    LEDGER_TABLES,
    LedgerConfig,
    build_ledger,
    claim_threads,
    stream,
)
from newsledger.ledger.claims import (
    anchor_figures,
    claim_order,
    load_figures,
)
from newsledger.ledger.identity import mark, tally
from newsledger.ledger.places import PlaceWords
from newsledger.ledger.rethread import stored_anchors
from newsledger.ledger.rules import load_rules
from newsledger.ledger.threader import RestoreError, Threader
from newsledger.storage.store import Store
from tests.builders import Doc, side_count_doc, store_docs, toll_doc

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_ledger import generate, insert, make_world, populate, split_rows

TABLES = [t for t in LEDGER_TABLES if t != "ledger_state"]

# (the side counting, its name for the dead it says its strike killed, the incident's village)
SIDES = {
    "army": ("the Malian army", "terrorists", "Wuro Sawa"),
    "junta": ("the junta's information team", "PDF terrorists", "Kyauk Lay"),
    "RSF": ("the Rapid Support Forces", "militiamen", "Um Sayala"),
    "Israel": ("the Israeli military", "terrorists", "Beit Nahum"),
    "Russia": ("the Russian defence ministry", "Ukrainian nationalists", "Verkhnia Dolyna"),
    "Hamas": ("Hamas's armed wing", "invaders", "Nahal Ezra"),
    "JNIM": ("JNIM", "mercenaries", "Tinzawa"),
    "Ukraine": ("a Ukrainian monitoring channel", "ruscists", "Krasna Sloboda"),
    "Russia-state": ("Russian state television", "Banderites", "Zelena Balka"),
}


@dataclass(frozen=True)
class Placed:
    """Where the side's count sits: its thread's class, its ``counted_as``, and whether the
    residents' toll is in the same thread."""

    gclass: str | None
    counted_as: str | None
    with_toll: bool


def _placed(tmp_path: Path, docs: list[Doc], label: str) -> Placed:
    with store_docs(tmp_path / "ledger.db", docs) as store:
        build_ledger(store)
        for t in claim_threads(store, limit=100):
            ours = [c for c in t.claims if c.group == label and c.value_low == 31]
            if ours:
                return Placed(t.group, getattr(ours[0], "counted_as", None), any(c.group == "civilians" for c in t.claims))
    return Placed(None, None, False)


JOINED = Placed("people", "combatants", True)
APART = Placed("combatants", None, False)

ROWS = [
    # a side's count of "terrorists" from a source that gives no people's count: the same dead
    *[pytest.param(name, "joins", JOINED, id=f"{name}-joins") for name in SIDES],
    # a source that gives both counts two groups of dead (near miss: same words, one source)
    pytest.param("Israel", "both", APART, id="Israel-gives-both"),
    pytest.param("Hamas", "both", APART, id="Hamas-gives-both"),
    # the injured never join the killed
    pytest.param("JNIM", "injured", Placed("combatants", None, False), id="JNIM-injured"),
    # no people's count anywhere in the incident: the count stays where it is
    pytest.param("Russia", "lone", APART, id="Russia-lone"),
    pytest.param("army", "lone", APART, id="army-lone"),
    pytest.param("Ukraine", "lone", APART, id="Ukraine-lone"),
    pytest.param("Ukraine", "soldiers", Placed("combatants", None, False), id="Ukraine-own-soldiers"),
    # the side's own losses are other dead
    pytest.param("RSF", "soldiers", Placed("combatants", None, False), id="RSF-own-soldiers"),
    # a war-wide total is no incident's toll
    pytest.param("junta", "war-wide", APART, id="junta-war-wide"),
    # another incident (another village, days later): not the same dead
    pytest.param("army", "elsewhere", APART, id="army-another-incident"),
]


@pytest.mark.parametrize(("name", "case", "expected"), ROWS)
def test_a_sides_count_of_fighters_joins_its_incidentstoll_doc(tmp_path: Path, name: str, case: str,
                                                           expected: Placed) -> None:
    side, label, place = SIDES[name]
    toll = [] if case == "lone" else [toll_doc(place, "2026-03-08")]
    if case == "soldiers":
        label = "soldiers"
    where, day = (("Dar Salam", "2026-03-20") if case == "elsewhere" else (place, "2026-03-08"))
    counted = side_count_doc(side, label, where, day, both=case == "both", measure="injured" if case == "injured" else "killed",
                    time_scope="since January" if case == "war-wide" else None)
    assert _placed(tmp_path, [*toll, counted], label) == expected


# the nouns that name the incident's attackers count the attackers' dead, never another account of
# the dead they attacked (groups.yaml identity_labels); a side's label for those its strike killed
# ("gunmen", "militants") still joins
ATTACKERS = [
    pytest.param("attackers", APART, id="attackers-apart"),
    pytest.param("assailants", APART, id="assailants-apart"),
    pytest.param("raiders", APART, id="raiders-apart"),
    pytest.param("gunmen", JOINED, id="gunmen-near-miss-joins"),
    pytest.param("militants", JOINED, id="militants-negative-joins"),
]


@pytest.mark.parametrize(("label", "expected"), ATTACKERS)
def test_the_attackers_dead_are_no_account_of_their_victims(tmp_path: Path, label: str, expected: Placed) -> None:
    place = "Savane Dlo"
    docs = [toll_doc(place, "2026-03-08"), side_count_doc("the national police", label, place, "2026-03-08")]
    assert _placed(tmp_path, docs, label) == expected


# a count the figure stage placed where none of the incident's people's counts is, though the
# linker put it in the same incident, is another place's dead ("In Marib, government forces said
# they killed 12 militiamen" beside the strike on Saada's toll)
PLACED = [
    pytest.param("army", "Dar Salam", APART, id="army-placed-elsewhere"),
    pytest.param("Israel", "Dar Salam", APART, id="Israel-placed-elsewhere"),
    # negative: placed where the toll is, it joins
    pytest.param("Hamas", None, JOINED, id="Hamas-placed-at-the-toll"),
    # near miss: a count with no place of its own joins
    pytest.param("JNIM", "", JOINED, id="JNIM-no-place"),
]


@pytest.mark.parametrize(("name", "where", "expected"), PLACED)
def test_a_count_placed_elsewhere_is_no_account_of_the_incident(tmp_path: Path, name: str, where: str | None,
                                                                 expected: Placed) -> None:
    side, label, place = SIDES[name]
    figure_place = place if where is None else (where or None)
    docs = [toll_doc(place, "2026-03-08", figure_place=place),
            side_count_doc(side, label, place, "2026-03-08", figure_place=figure_place)]
    assert _placed(tmp_path, docs, label) == expected


def test_the_dispute_says_who_counts_whom(tmp_path: Path) -> None:
    side, label, place = SIDES["army"]
    with store_docs(tmp_path / "ledger.db", [toll_doc(place, "2026-03-08"), side_count_doc(side, label, place, "2026-03-08")]) as st:
        build_ledger(st)
        (t,) = [t for t in claim_threads(st, limit=100) if t.measure == "killed"]
    assert t.identity_disputed and t.group == "people" and len(t.claims) == 2
    assert "the Malian army: 31 terrorists" in t.why and "residents: at least 40 civilians" in t.why
    assert "identity disputed: combatants" in t.why
    ours = next(c for c in t.claims if c.counted_as)
    assert "identity disputed" in ours.role_note


# -- every path gives the same threads ---------------------------------------------------------------


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def _incidents() -> list[Doc]:
    """Incidents whose accounts arrive in an awkward order: the side's count days before the
    residents' toll, a toll published before a side's count but stored after it, a source
    that gives both, a lone count."""
    docs = []
    for i, (side, label, place) in enumerate(SIDES.values()):
        day = f"2026-03-{1 + 3 * i:02d}"
        later = f"2026-03-{3 + 3 * i:02d}"
        docs.append(side_count_doc(side, label, place, day, outlet=f"Outlet {i}"))
        if i % 3 != 2:  # every third incident: a lone count
            docs.append(toll_doc(place, later if i % 2 else day, outlet=f"Wire {i}", value=40 + i))
        if i % 3 == 1:
            docs.append(side_count_doc(side, label, place, later, outlet=f"Paper {i}", both=True))
    return docs


@pytest.mark.parametrize("order", ["as published", "tolls last", "reversed"])
def test_full_streamed_and_incremental_builds_thread_alike(tmp_path: Path, three_builds: Any, order: str) -> None:
    docs = _incidents()
    if order == "tolls last":
        docs = [d for d in docs if "residents" not in d.text] + [d for d in docs if "residents" in d.text]
    elif order == "reversed":
        docs = docs[::-1]
    store = store_docs(tmp_path / "ledger.db", docs[:2])
    try:
        incremental, in_memory, streamed = three_builds(store, docs[2:])  # each article added updates the ledger
        named = store.conn.execute("SELECT COUNT(*) FROM claim_thread_claims WHERE counted_as IS NOT NULL")
        # the three incidents with a toll whose side gives no people's count (in two more, the
        # side's later report counts passengers too: its counts stay apart)
        assert named.fetchone()[0] == 3
    finally:
        store.close()
    for t in TABLES:
        assert incremental[t] == in_memory[t], t
        assert streamed[t] == in_memory[t], t


def _relabelled(db: Path, n: int, late: int, seed: int = 7) -> tuple[Any, Any]:
    """A synthetic corpus (bench/bench_ledger.py) whose soldiers killed are "militants" (a
    side's name for the dead), cut in two: ``late`` articles at random, and the others."""
    rng = random.Random(seed)
    world = make_world(rng)
    populate(db, 0, seed)
    rows = next(generate(n, rng, world, chunk=n))
    for i, f in enumerate(rows.figures):
        if f[9] == "soldiers":
            rows.figures[i] = (*f[:9], "militants", f[10], f[11], "militants", *f[13:])
    ids = {r[0] for r in random.Random(2).sample(rows.articles, late)}
    return split_rows(rows, ids)


def test_a_synthetic_corpus_threads_alike_on_every_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ledger.db"
    first, second = _relabelled(db, 500, 30)
    with Store(db) as store:
        insert(store.conn, first)
        build_ledger(store)
        insert(store.conn, second)
        assert build_ledger(store, incremental=True).mode == "incremental"
        incremental = _tables(store)
        build_ledger(store, streamed=False)
        in_memory = _tables(store)
        monkeypatch.setattr(stream, "STREAM_DAYS", 3)
        build_ledger(store)
        streamed = _tables(store)
        named = store.conn.execute("SELECT COUNT(*) FROM claim_thread_claims WHERE counted_as IS NOT NULL")
        assert named.fetchone()[0] > 0
    for t in TABLES:
        assert incremental[t] == in_memory[t], t
        assert streamed[t] == in_memory[t], t


def test_a_claim_restored_into_a_thread_of_another_quantity_is_refused(tmp_path: Path) -> None:
    """The incremental update's safety net: a claim whose class changed since the last build (its
    incident's tolls changed) cannot be restored into its old thread; the update then builds whole."""
    side, label, place = SIDES["Israel"]
    docs = [toll_doc(place, "2026-03-08"), side_count_doc(side, label, place, "2026-03-08")]
    with store_docs(tmp_path / "ledger.db", docs) as store:
        build_ledger(store)
        rules = load_rules()
        figs = sorted(load_figures(store.conn, rules), key=claim_order)
        anchor_figures(figs, stored_anchors(store.conn, rules, {f.article_id for f in figs}), rules)
        texts = PlaceWords(store.conn, [f.core for f in figs] + [f.event_core for f in figs])
        killed = [f for f in figs if f.measure == "killed"]
        assert [f.gclass for f in killed] == ["people", "combatants"]  # not marked: two quantities
        with pytest.raises(RestoreError):
            Threader(LedgerConfig(), texts, rules.event_day_gap).restore([killed])
        mark(killed, tally(killed, rules), rules)  # marked: one
        Threader(LedgerConfig(), texts, rules.event_day_gap).restore([killed])
