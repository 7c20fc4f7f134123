"""The side whose dead a count counts, named in its clause (issue 15: one victim group per
thread): a country's adjective before a side noun ("killed on the Armenian side"), a possessive
side after a country named before it ("Azerbaijani officials reported 12 dead on their side"), or
a country's adjective right after a count whose noun the figure stage lost; such a count never
joins the thread of the other side's dead, and a count naming no side ("on both sides" names
none, a possessive with no country before it names none) joins either."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads, load_rules
from newsledger.ledger.sides import side_of
from newsledger.records import Actor
from tests.builders import UKR_CVL, Doc, store_docs


@pytest.mark.parametrize(("clause", "after", "code"), [
    # positive: a country's adjective before the side noun
    ("the number of dead on the Armenian side has reached ", "", "ARM"),
    ("The toll on the Azerbaijani side rose to ", " on Monday", "AZE"),
    # positive: a possessive side, the country named before it
    ("Azerbaijani officials have reported   dead on their side", "", "AZE"),
    ("Yerevan counts   dead on its side", "", "ARM"),
    # positive: the adjective right after a count whose noun was lost
    ('Armenian forces killed "between ', '" Azerbaijani troops; Baku denied it', "AZE"),
    # negative: both sides, no side, a possessive with no country before it
    ("at least   have died on both sides", "", None),
    ("The health ministry said   people had died", "", None),
    ("The ministry has reported   dead on its side", "", None),
    # near miss: a country named in the clause, but no side of it
    ("Armenian officials said   people had died", " in the shelling", None),
    ("officials said   people were killed in an attack by Azerbaijan", "", None),
])
def test_side_of_reads_the_side_a_clause_names(clause: str, after: str, code: str | None) -> None:
    assert side_of(clause, after, load_rules()) == code, clause


@pytest.mark.parametrize(("second", "written", "low", "joins"), [
    # positive: the other side's dead, by a possessive side or the side noun
    ("Azerbaijani officials have reported 12 dead on their side in Lomka, a spokesman said.", "12 dead", 12, False),
    ("The death toll on the Azerbaijani side rose to 12 in Lomka, a spokesman said.", "12", 12, False),
    # negative: the same side's dead
    ("Armenian officials have reported 31 dead on their side in Lomka, a spokesman said.", "31 dead", 31, True),
    # near miss: no side named (a country named, but not as a side)
    ("Azerbaijani officials said 31 people had died in the fighting in Lomka.", "31 people", 31, True),
])
def test_one_side_dead_never_join_the_other_side_thread(tmp_path: Path, second: str, written: str, low: float,
                                                         joins: bool) -> None:
    a = Doc("The number of dead on the Armenian side of the fighting in Lomka has risen to 24, the ministry said.",
            "Wire A", "2024-05-02")
    a.figure("24", 24, attribution="the ministry", place="Lomka", group=None)
    b = Doc(second, "Wire B", "2024-05-02")
    b.figure(written, low, attribution="officials", place="Lomka", group=None)
    store = store_docs(tmp_path / "sides.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), sizes


RUS_HEALTH = Actor(id="rus-health", name="Health Ministry of Russia", type="organisation", country="RUS",
                   sectors=("GOV", "HLH"))
RUS_OFFICIALS = Actor(id="rus-officials", name="Russian officials", type="group", country="RUS", sectors=("GOV",))
UKR_HOSPITAL = Actor(id="ukr-hospital", name="Lomka City Hospital", type="organisation", country="UKR",
                     sectors=("HLH",))


@pytest.mark.parametrize(("second", "attribution", "source", "joins"), [
    # positive: a health body naming its country counts that country's dead
    ("The Russian health ministry said three people were killed in Lomka.", "The Russian health ministry",
     RUS_HEALTH, False),
    ("Russia's health ministry said three people were killed in Lomka.", "Russia's health ministry",
     RUS_HEALTH, False),
    # negative: a health body of the thread's own country
    ("The Ukrainian city hospital said three people were killed in Lomka.", "The Ukrainian city hospital",
     UKR_HOSPITAL, True),
    # near miss: a health body naming no country (whatever country the actor stage gave it), and a
    # source naming a country that is no health body
    ("The health ministry said three people were killed in Lomka.", "The health ministry", RUS_HEALTH, True),
    ("Russian officials said three people were killed in Lomka.", "Russian officials", RUS_OFFICIALS, True),
])
def test_a_health_body_counts_its_own_country_dead(tmp_path: Path, second: str, attribution: str, source: Actor,
                                                   joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing four Ukrainians, officials said.", "Wire A", "2024-05-02")
    a.figure("four Ukrainians", 4, attribution="officials", place="Lomka", group="Ukrainians", group_actor=UKR_CVL)
    b = Doc(second, "Wire B", "2024-05-02", extra_actors=(source,))
    b.figure("three people", 3, attribution=attribution, source=source, place="Lomka")
    store = store_docs(tmp_path / "health.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), (second, sizes)
