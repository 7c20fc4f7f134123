"""Places within places, as the reports tell them (``ledger/within.py``): a toll placed at a
hospital a report names "in" a town, and a toll placed at that town, may be one incident's; two
places within one town are not one place by that, and "near" or "north of" is not within."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from newsledger.ledger.rules import load_rules, place_core
from tests.builders import RUS, Doc, store_docs

HOSPITAL = "At least 250 people died at the Al-Noor Hospital, officials said on Wednesday."


@pytest.mark.parametrize(("first", "joins"), [
    # positive: the first report names the hospital in the town its toll is placed at
    ("An air strike hit the Al-Noor hospital in Karmel City on Tuesday, killing 200 people.", True),
    # positive: a possessive ("Karmel's Al-Noor hospital")
    ("An air strike hit Karmel's Al-Noor hospital on Tuesday, killing 200 people.", True),
    # positive: an apposition with a kind of place ("Al-Noor, a district of Karmel")
    ("An air strike hit the Al-Noor Hospital, in the town of Karmel, on Tuesday, killing 200 people.", True),
    # negative: the first report names another hospital of the town, not this one
    ("An air strike hit the Shifa hospital in Karmel City on Tuesday, killing 200 people.", False),
    # near miss: near the hospital, or north of the town, is not within it
    ("An air strike hit the Al-Noor hospital north of Karmel on Tuesday, killing 200 people.", False),
    ("An air strike hit a school near the Al-Noor hospital on Tuesday, killing 200 people in Karmel.", False),
])
def test_a_toll_at_a_place_within_the_threads_town_joins_it(tmp_path: Path, first: str, joins: bool) -> None:
    a = Doc(first, "Wire A", "2024-05-07")
    a.event("ASSAULT", "hit", source=("An air strike", RUS), place="Karmel", date="2024-05-07")
    a.figure("200 people", 200, place="Karmel")
    b = Doc(HOSPITAL, "Wire B", "2024-05-08")
    b.figure("250 people", 250, place="Al-Noor Hospital")
    store = store_docs(tmp_path / "within.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("hospital", "joins"), [
    ("Al-Noor Hospital", False),  # positive: another hospital of the town
    ("Shifa hospital", True),  # near miss: the same hospital
])
def test_two_hospitals_of_one_town_do_not_join_by_it(tmp_path: Path, hospital: str, joins: bool) -> None:
    """A thread holding a toll at one hospital of a town and one at the town takes no toll at
    another hospital of that town only because both are in it."""
    a = Doc("An air strike hit the Shifa hospital in Karmel City on Tuesday, killing 40 people.",
            "Wire A", "2024-05-07")
    a.figure("40 people", 40, place="Shifa hospital")
    c = Doc("Officials said 45 people were killed in Karmel on Tuesday.", "Wire C", "2024-05-07T08:00")
    c.figure("45 people", 45, place="Karmel")
    b = Doc(f"A strike on the {hospital} in Karmel killed 12 people on Tuesday.", "Wire B", "2024-05-07T09:00")
    b.figure("12 people", 12, place=hospital)
    store = store_docs(tmp_path / "two.db", [a, b, c])
    build_ledger(store)
    values = sorted(sorted(x.value_low for x in t.claims) for t in claim_threads(store, measure="killed"))
    assert values == ([[12, 40, 45]] if joins else [[12], [40, 45]])


@pytest.mark.parametrize(("text", "inner", "outer", "within"), [
    ("the Al-Noor hospital in Gaza City", "Al-Noor hospital", "Gaza City", True),
    ("a market in the town of Sarov", "market", "Sarov", True),
    ("Borova, a suburb of Lomka", "Borova", "Lomka", True),
    ("Karmel's Al-Noor hospital", "Al-Noor hospital", "Karmel", True),
    ("the Al-Noor hospital near Gaza City", "Al-Noor hospital", "Gaza City", False),
    ("Borova, north of Lomka", "Borova", "Lomka", False),
    ("Nairobi, Kisumu and Mwituria", "Kisumu", "Nairobi", False),
    # a town in a region, or a place in a country, shares it with many others: not within by this
    ("the village of Tamrin in the Zarva district", "Tamrin", "Zarva", False),
    ("the Al-Noor hospital in Ukraine", "Al-Noor hospital", "Ukraine", True),
    ("the Al-Noor hospital in Gaza City", "Gaza City", "Al-Noor hospital", False),
])
def test_told_within_reads_the_constructions(text: str, inner: str, outer: str, within: bool) -> None:
    from newsledger.ledger.within import tokens, told_within

    rules = load_rules()
    assert told_within(tokens(text), place_core(inner, rules), place_core(outer, rules), rules) is within


def test_a_country_holds_no_place_within_it_for_threads(tmp_path: Path) -> None:
    """"The Al-Noor hospital in Ukraine" ties no toll at the hospital to one placed in Ukraine."""
    a = Doc("A strike hit the Al-Noor hospital in Ukraine on Tuesday, killing 20 people.", "Wire A", "2024-05-07")
    a.figure("20 people", 20, place="Al-Noor hospital")
    b = Doc("Shelling killed 9 people in Ukraine on Tuesday.", "Wire B", "2024-05-07T08:00")
    b.figure("9 people", 9, place="Ukraine")
    store = store_docs(tmp_path / "country.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == [1, 1]


# one incident told by four reports: two place it at the town, two at a hospital in it, and only
# one of those says the hospital is in the town
ONE_INCIDENT = [
    ("Shelling hit Karmel on Tuesday, killing 30 people.", "hit", "Karmel", "Karmel", 30),
    ("A strike on the Al-Noor hospital in Karmel killed 35 people on Tuesday.", "killed", "Al-Noor hospital",
     "Al-Noor hospital", 35),
    ("The toll of the strike on the Al-Noor hospital rose to 40 people on Tuesday.", "rose", "Al-Noor hospital",
     "Al-Noor hospital", 40),
    ("Officials said the shelling of Karmel killed 38 people on Tuesday.", None, None, "Karmel", 38),
]


def _incident_threads(path: Path, order: tuple[int, ...], stored: tuple[int, ...]) -> list[list[float]]:
    """The killed threads (their values) of ``ONE_INCIDENT``, its reports published in ``order``
    (an hour apart) and stored in the order ``stored`` gives."""
    docs = []
    for rank, i in enumerate(order):
        text, verb, event_place, place, value = ONE_INCIDENT[i]
        d = Doc(text, f"Wire {i}", f"2024-05-07T{8 + rank:02d}:00")
        if verb is not None:
            source = "Shelling" if "Shelling" in text else "strike"
            d.event("ASSAULT", verb, source=(source, RUS), place=event_place, date="2024-05-07")
        d.figure(f"{value} people", value, place=place)
        docs.append(d)
    store = store_docs(path, [docs[i] for i in stored])
    build_ledger(store)
    return sorted(sorted(c.value_low for c in t.claims) for t in claim_threads(store, measure="killed"))


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(ONE_INCIDENT)))))
def test_an_incidents_thread_does_not_depend_on_which_report_came_first(tmp_path: Path,
                                                                         order: tuple[int, ...]) -> None:
    """Whichever report is published first (the hospital's toll before the report tying the
    hospital to the town, or after), and whichever order the store took them in, the four tolls
    are one thread."""
    forward = _incident_threads(tmp_path / "forward.db", order, (0, 1, 2, 3))
    backward = _incident_threads(tmp_path / "backward.db", order, (3, 2, 1, 0))
    assert forward == backward == [[30, 35, 38, 40]]
