"""Parts of a toll (``ledger.parts``): counts that are not one incident's toll of their own.
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

FIRST = "In Lomka, 38 people were killed on Monday. "


@pytest.mark.parametrize(("second", "increment", "other", "other_low", "other_group", "part"), [
    # a count joined in one clause to an increment before it is one more part of the same revision
    ("Two more people died of their wounds and rescuers pulled four bodies from the rubble.",
     "Two more people", "four bodies", 4, "bodies", True),
    ("Three more villagers died overnight and medics found five bodies in a field.",
     "Three more villagers", "five bodies", 5, "bodies", True),
    # negative: the words between revise the toll itself (an update cue): the toll, not a part
    ("Two more people died of their wounds and the toll now stands at 40.",
     "Two more people", "40", 40, None, False),
    # near misses: a comma between (another clause), or no increment before it
    ("Two more people died of their wounds, and rescuers pulled four bodies from the rubble.",
     "Two more people", "four bodies", 4, "bodies", False),
    ("Two people died of their wounds and rescuers pulled four bodies from the rubble.",
     None, "four bodies", 4, "bodies", False),
])
def test_a_count_joined_to_an_increment_is_a_part(tmp_path: Path, second: str, increment: str | None,
                                                 other: str, other_low: float, other_group: str | None,
                                                 part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2024-05-03")
    d.figure("38 people", 38, place="Lomka")
    first_word = second.split()[0]
    low = {"Two": 2, "Three": 3}[first_word]
    d.figure(increment or f"{first_word} people", low)
    d.figure(other, other_low, group=other_group)
    store = store_docs(tmp_path / "parts.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert groups[38] == "people"
    assert groups[low].endswith("(part)") is (increment is not None)
    assert groups[other_low].endswith("(part)") is part


@pytest.mark.parametrize(("second", "first", "first_low", "other", "other_low", "part"), [
    # deaths among the wounded raise the toll given before: an increment, and so is a count joined
    # to it in its clause
    ("Four of the wounded had died in hospital and medics recovered six bodies from a well.",
     "Four of the wounded", 4, "six bodies", 6, True),
    ("Five of the injured died overnight and rescuers found two bodies near the road.",
     "Five of the injured", 5, "two bodies", 2, True),
    # negative: a partitive of the dead (a part, no increment): the count joined to it is a toll
    ("Four of the dead were children and rescuers pulled 44 bodies from the rubble.",
     "Four of the dead", 4, "44 bodies", 44, False),
    # near miss: the wounded, but the joined count is in another clause (after a comma)
    ("Four of the wounded had died in hospital, and medics recovered six bodies from a well.",
     "Four of the wounded", 4, "six bodies", 6, False),
])
def test_a_count_joined_to_deaths_among_the_wounded_is_a_part(
        tmp_path: Path, second: str, first: str, first_low: float, other: str, other_low: float,
        part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2024-05-03")
    d.figure("38 people", 38, place="Lomka")
    d.figure(first.split()[0], first_low, group=None)  # the number; the partitive follows it
    d.figure(other, other_low, group="bodies")
    store = store_docs(tmp_path / "wounded.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert groups[38] == "people" and groups[first_low].endswith("(part)")
    assert groups[other_low].endswith("(part)") is part


@pytest.mark.parametrize(("second", "written", "scope", "apart"), [
    # a plural noun of happenings as the subject of a perfect verb of killing, in a clause naming a
    # period: a running total of a series, its own thread apart from the incident's toll
    ("So far, the attacks have resulted in 40 civilian deaths.", "40 civilian deaths", "So far", True),
    ("So far, the rebels' raids have killed 40 people.", "40 people", "So far", True),
    # a war "resulted in" its dead as it "killed" them (total_verbs): a war-wide total, period or not
    ("The war has resulted in 40 civilian deaths.", "40 civilian deaths", None, True),
    # negative: no period named (one incident's several strikes): the incident's toll
    ("The strikes have killed 40 people.", "40 people", None, False),
    # near miss: a period, but one happening as the subject
    ("So far, the strike has killed 40 people.", "40 people", "So far", False),
])
def test_a_series_of_happenings_counted_over_a_period_is_a_running_total(
        tmp_path: Path, second: str, written: str, scope: str | None, apart: bool) -> None:
    d = Doc("In Lomka, 12 people were killed in a strike on Monday. " + second, "Wire", "2024-05-03")
    d.figure("12 people", 12, place="Lomka")
    d.figure(written, 40, place="Lomka", time_scope=scope)
    store = store_docs(tmp_path / "series.db", [d])
    build_ledger(store)
    threads = {c.value_low: t for t in claim_threads(store) for c in t.claims}
    assert "scope incident" in threads[12].why
    assert (threads[40].id != threads[12].id) is apart
    assert ("scope incident" not in threads[40].why) is apart


@pytest.mark.parametrize(("second", "parts"), [
    # a part predicate put first, before a copula right before the list: its counts are parts
    ("Among the dead were five children and two guards.", True),
    ("Among those killed are five children and two guards.", True),
    # negative: the list's own verb is no such predicate
    ("Later five children and two guards were killed.", False),
    # near miss: "among the" opens a phrase whose copula is not right before the list
    ("Among the villages hit was Kesta, where five children and two guards were killed.", False),
])
def test_a_list_after_a_part_predicate_put_first_is_parts(tmp_path: Path, second: str, parts: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2024-05-03")
    d.figure("38 people", 38, place="Lomka")
    d.figure("five children", 5, group="children")
    d.figure("two guards", 2, group="guards")
    store = store_docs(tmp_path / "lead.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert groups[38] == "people"
    assert [groups[5].endswith("(part)"), groups[2].endswith("(part)")] == [parts, parts]


@pytest.mark.parametrize(("second", "counted", "part"), [
    # some or each of a set of families or homes as the holder: that holder's share of the toll
    ("Some families have lost three people, the mayor said.", "three people", True),
    ("Each household in the lane buried two sons.", "two sons", True),
    # negative: one family named holds what may be the whole toll
    ("The Jaber family lost three people, the mayor said.", "three people", False),
    # near miss: the quantifier and holder in another clause before the figure
    ("Some families fled, but three people were killed in the lane.", "three people", False),
])
def test_a_count_held_by_some_of_a_set_of_families_is_a_share(tmp_path: Path, second: str, counted: str,
                                                               part: bool) -> None:
    d = Doc(FIRST + second, "Wire", "2024-05-03")
    d.figure("38 people", 38, place="Lomka")
    d.figure(counted, 3 if "three" in counted else 2, group=counted.split()[-1])
    store = store_docs(tmp_path / "holders.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert groups[38] == "people"
    assert groups[3 if "three" in counted else 2].endswith("(part)") is part


# a figure of a test text: its words, its value and Doc.figure's other fields
Counted = tuple[str, float, dict[str, str]]


def _parts_read(tmp_path: Path, text: str, counts: list[Counted], asked: dict[float, bool]) -> dict[float, bool]:
    """Whether the ledger reads each asked value of the one-article text as a part (each asked
    value must be in a claim thread)."""
    d = Doc(text, "Wire", "2024-05-03")
    for written, low, fields in counts:
        d.figure(written, low, **fields)  # type: ignore[arg-type]
    store = store_docs(tmp_path / "parts.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert set(asked) <= set(groups), (asked, groups)
    return {low: groups[low].endswith("(part)") for low in asked}


@pytest.mark.parametrize(("text", "counts", "parts"), [
    # an increment before the total it raises later in its sentence, with no count before it
    ("Medics in Dovra said two more people died of their wounds, raising the toll to 16.",
     [("two more people", 2, {}), ("16", 16, {})], {2: True, 16: False}),
    ("Another three villagers died in hospital in Dovra, bringing the number of dead to 21.",
     [("three villagers", 3, {}), ("21", 21, {})], {3: True, 21: False}),
    # negative: an increment with no count of its measure before or after it is a toll of its own
    ("Medics in Dovra said two more people died of their wounds on Monday.",
     [("two more people", 2, {})], {2: False}),
    # near miss: the count after it is of another measure (not the total it raises)
    ("Medics in Dovra said two more people were wounded, and 16 people were killed.",
     [("two more people", 2, {"measure": "injured"}), ("16 people", 16, {})], {2: False, 16: False}),
])
def test_an_increment_before_the_total_it_raises_is_a_part(tmp_path: Path, text: str, counts: list[Counted],
                                                             parts: dict[float, bool]) -> None:
    assert _parts_read(tmp_path, text, counts, parts) == parts


@pytest.mark.parametrize(("text", "counts", "parts"), [
    # a list of counts after a subject naming the dead and a copula: the dead split into groups
    ("In Dovra, the dead are 12 villagers, including three children, and four policemen.",
     [("12 villagers", 12, {"group": "villagers"}), ("three children", 3, {"group": "children"}),
      ("four policemen", 4, {"group": "policemen"})], {12: True, 4: True}),
    ("Those killed were 20 soldiers, three guards and five civilians, the army said.",
     [("20 soldiers", 20, {"group": "soldiers"}), ("three guards", 3, {"group": "guards"}),
      ("five civilians", 5, {"group": "civilians"})], {20: True, 3: True, 5: True}),
    # negative: one count there says who all the dead were: a toll
    ("In Dovra, the dead are 12 villagers, including three children and two women.",
     [("12 villagers", 12, {"group": "villagers"})], {12: False}),
    # near miss: the list follows another subject than the dead
    ("The wounded are 12 villagers and four policemen, the dead 30 people.",
     [("12 villagers", 12, {"group": "villagers"}), ("four policemen", 4, {"group": "policemen"})],
     {12: False, 4: False}),
])
def test_a_list_after_the_dead_and_a_copula_is_parts(tmp_path: Path, text: str, counts: list[Counted],
                                                     parts: dict[float, bool]) -> None:
    assert _parts_read(tmp_path, text, counts, parts) == parts
