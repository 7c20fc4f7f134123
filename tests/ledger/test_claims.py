"""Claim threads: casualty figures about one quantity across reports, the role of each claim,
and the normalisation rules (group classes, place cores, time scopes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import (
    build_ledger,
    claim_threads,
    group_class,
    place_core,
    places_match,
    scope_key,
)
from newsledger.storage.store import Store
from tests.builders import UKR, Doc, Strike, ledger_of, ledger_rules, store_docs


def test_casualty_figures_form_one_claim_thread(strike_on: Strike) -> None:
    store, docs = strike_on
    threads = claim_threads(store, measure="killed", limit=100)
    people = [t for t in threads if t.group == "people"
              and any(c.outlet == "Dnipro Sentinel" for c in t.claims)]
    assert len(people) == 1
    t = people[0]
    assert [(c.outlet, c.value_low, c.value_high, c.qualifier) for c in t.claims] == [
        ("Meridian Wire", 27, 27, "at least"),
        ("Pacific Dispatch", 20, 35, None),
        ("Pacific Dispatch", 31, 31, None),
        ("Dnipro Sentinel", 31, 31, None),
        ("The Northern Ledger", 34, 34, None),
        ("Baltic Herald", 30, 30, "about"),
    ]
    # "about 30" (27 to 33) is consistent with the earlier claims but not with the ministry's
    # updated 34: the officials' figure is disputed
    assert [c.role for c in t.claims] == ["first", "agrees", "agrees", "agrees", "update", "disagreement"]
    assert "34" in t.claims[5].role_note and "disputed: Baltic Herald" not in t.why
    assert [c.attribution for c in t.claims][:2] == ["the regional governor", "residents of Verkhnia Dolyna"]
    assert t.claims[4].attribution_name == "Health Ministry of Ukraine"
    assert (t.spread.low, t.spread.high) == (20, 35)
    assert t.series and t.disagreement
    assert "officials: about 30" in t.why and "Health Ministry of Ukraine: 34" in t.why
    assert t.n_outlets == 5 and t.n_claims == 6
    assert t.ledger_event_id == ledger_of(store, docs["meridian"].events[0].id)
    assert set(t.group_terms) == {"people", "civilians"}
    assert [p.date for p in t.evolution] == ["2024-03-09", "2024-03-10"]
    assert (t.evolution[1].value_low, t.evolution[1].value_high) == (30, 34)
    # the subset ("including 6 children") and the Odesa toll are other quantities
    children = [x for x in threads if x.group == "children"]
    assert len(children) == 1 and children[0].claims[0].value_low == 6
    odesa = [x for x in threads if any(c.value_low == 3 for c in x.claims)]
    assert len(odesa) == 1 and odesa[0].id != t.id and odesa[0].n_claims == 1


def _claims_store(tmp_path: Path, rows: list[dict[str, object]]) -> Store:
    """One article per claim: published, outlet, written, low/high/qualifier, source, place ..."""
    docs = []
    for i, r in enumerate(rows):
        r = dict(r)
        written = str(r.pop("written"))
        text = str(r.pop("text", f"Report {i}: {written} were killed in Khan Yunis, the source said."))
        d = Doc(text, str(r.pop("outlet")), str(r.pop("published")))
        low = float(r.pop("low"))  # type: ignore[arg-type]
        high = r.pop("high", None)
        d.figure(written, low, None if high is None else float(high), **r)  # type: ignore[arg-type]
        docs.append(d)
    store = store_docs(tmp_path / "claims.db", docs)
    build_ledger(store)
    return store


def test_different_sources_disagree(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01T08:00", "outlet": "W", "written": "500 people", "low": 500,
         "attribution": "the health ministry", "place": "Khan Yunis"},
        {"published": "2024-01-01T09:00", "outlet": "X", "written": "471 people", "low": 471,
         "attribution": "the army", "place": "Khan Yunis"},
        {"published": "2024-01-01T10:00", "outlet": "Y", "written": "about 250 people", "low": 250,
         "qualifier": "about", "attribution": "the UN", "place": "Khan Yunis"},
        {"published": "2024-01-02T10:00", "outlet": "Z", "written": "100 to 300 people", "low": 100,
         "high": 300, "attribution": "monitors", "place": "Khan Yunis"},
    ])
    (t,) = claim_threads(store)
    # 100 to 300 overlaps "about 250" but not the ministry's 500 nor the army's 471: disputed
    assert [c.role for c in t.claims] == ["first", "disagreement", "disagreement", "disagreement"]
    assert "500 (W, the health ministry, 2024-01-01)" in t.claims[3].role_note
    assert t.disagreement and not t.series
    assert "the health ministry: 500 (2024-01-01) | the army: 471 (2024-01-01)" in t.why
    assert (t.spread.low, t.spread.high) == (100, 500)
    assert t.n_sources == 4 and t.n_outlets == 4


def test_a_toll_rising_from_the_same_source_is_a_series(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "10 people", "low": 10,
         "attribution": "the ministry", "place": "Khan Yunis"},
        {"published": "2024-01-02", "outlet": "B", "written": "14 people", "low": 14,
         "attribution": "the ministry", "place": "Khan Yunis"},
        {"published": "2024-01-03T08:00", "outlet": "A", "written": "20 people", "low": 20,
         "attribution": "officials", "place": "Khan Yunis"},
        {"published": "2024-01-03T09:00", "outlet": "C", "written": "20 people", "low": 20,
         "attribution": "officials", "place": "Khan Yunis"},
    ])
    (t,) = claim_threads(store)
    assert [c.role for c in t.claims] == ["first", "update", "update", "repeat"]
    assert t.series and not t.disagreement
    assert "the ministry" in t.claims[1].role_note


@pytest.mark.parametrize(("first", "second", "same_thread"), [
    ({"written": "5 people", "group": "people"}, {"written": "5 civilians", "group": "civilians"}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 Palestinians", "group": "Palestinians"}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 were", "group": None}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 children", "group": "children"}, False),
    ({"written": "5 people", "group": "people"}, {"written": "5 soldiers", "group": "soldiers"}, False),
    ({"written": "5 people"}, {"written": "5 people", "measure": "injured"}, False),
    ({"written": "5 people", "place": "Khan Yunis"}, {"written": "5 people", "place": "Rafah"}, False),
    ({"written": "5 people", "place": "Khan Yunis"}, {"written": "5 people", "place": "Khan Yunis city"}, True),
    ({"written": "5 people", "time_scope": "since October"},
     {"written": "5 people", "time_scope": "on Monday"}, False),
    # a period total never joins an incident's thread, even one with no time scope
    ({"written": "5 people", "time_scope": "since October"}, {"written": "5 people"}, False),
    ({"written": "5 people", "time_scope": "on Sunday"}, {"written": "5 people", "time_scope": "overnight"}, True),
    ({"written": "5 people", "time_scope": "since October"},
     {"written": "5 people", "time_scope": "this year"}, False),
    ({"written": "5 people", "published": "2024-01-01"}, {"written": "5 people", "published": "2024-01-12"}, False),
])
def test_claim_grouping(tmp_path: Path, first: dict[str, object], second: dict[str, object],
                        same_thread: bool) -> None:
    rows = []
    for n, spec in enumerate((first, second)):
        row: dict[str, object] = {"published": f"2024-01-0{n + 1}", "outlet": f"Outlet {n}", "low": 5,
                                  "place": "Khan Yunis"}
        row.update(spec)
        if "text" not in row:
            row["text"] = f"Report {n}. In Khan Yunis, {row['written']} killed, a source said."
        rows.append(row)
    store = _claims_store(tmp_path, rows)
    threads = claim_threads(store)
    assert (len(threads) == 1) is same_thread


def test_a_part_counted_in_the_same_group_is_another_quantity(tmp_path: Path) -> None:
    d = Doc("The toll in Lomka rose to 34, the ministry said, after three of the wounded died overnight.",
            "Ledger", "2024-03-10")
    whole = d.figure("34", 34, group=None, attribution="the ministry", place="Lomka")
    d.figure("three", 3, group=None, attribution="the ministry", part_of=whole.id, place="Lomka")
    e = Doc("At least 31 people were killed in Lomka, officials said.", "Wire", "2024-03-09")
    e.figure("At least 31 people", 31, qualifier="at least", attribution="officials", place="Lomka")
    store = store_docs(tmp_path / "part.db", [e, d])
    build_ledger(store)
    threads = {t.group: t for t in claim_threads(store)}
    assert set(threads) == {"people", "people (part)"}
    assert [c.value_low for c in threads["people"].claims] == [31, 34]
    assert threads["people"].claims[1].role == "update"  # "rose to"


def test_one_source_giving_two_figures_in_one_report_is_not_a_series(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "40 people", "low": 40, "attribution": "residents",
         "place": "Khan Yunis", "text": "In Khan Yunis 40 people were killed, or 27 people by another count."},
    ])
    assert claim_threads(store)[0].n_claims == 1
    d = Doc("In Khan Yunis about 40 people were killed, residents said, or at least 27 people.", "B", "2024-01-02")
    d.figure("about 40 people", 40, qualifier="about", attribution="residents", place="Khan Yunis")
    d.figure("at least 27 people", 27, qualifier="at least", attribution="residents", place="Khan Yunis")
    store2 = store_docs(tmp_path / "same.db", [d])
    build_ledger(store2)
    (t,) = claim_threads(store2)
    assert [c.role for c in t.claims] == ["first", "agrees"] and not t.series


def test_figure_without_place_joins_only_a_thread_its_article_names(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "9 people", "low": 9, "place": "Rafah",
         "text": "In Rafah, 9 people were killed."},
        {"published": "2024-01-01T05:00", "outlet": "B", "written": "8 people", "low": 8,
         "text": "8 people were killed in an air strike in Rafah."},
        {"published": "2024-01-01T06:00", "outlet": "C", "written": "2 people", "low": 2,
         "text": "2 people were killed when a bus overturned in the hills."},
    ])
    threads = claim_threads(store)
    sizes = sorted(t.n_claims for t in threads)
    assert sizes == [1, 2]


@pytest.mark.parametrize(("opening", "town", "later", "later_town", "joins"), [
    # a report that gives no place is placed at its article's story place, so a later figure
    # whose article names that town joins its thread (every side's town, invented wording)
    ("In Lomka, shells hit the market on Monday, killing 40 people, officials said.", "Lomka",
     "Lomka buried its dead on Wednesday. Medics said 52 people had died.", "Lomka", True),
    ("In Sderot, shells hit the bus station on Monday, killing 40 people, officials said.", "Sderot",
     "Sderot buried its dead on Wednesday. Medics said 52 people had died.", "Sderot", True),
    # negative: the opening names no place
    ("Late on Monday, shells hit the market, killing 40 people, officials said.", None,
     "Lomka buried its dead on Wednesday. Medics said 52 people had died.", "Lomka", False),
    # near miss: the later article names another town
    ("In Lomka, shells hit the market on Monday, killing 40 people, officials said.", "Lomka",
     "Borova buried its dead on Wednesday. Medics said 52 people had died.", "Borova", False),
])
def test_a_report_without_a_place_is_placed_at_its_story_place(
        tmp_path: Path, opening: str, town: str | None, later: str, later_town: str, joins: bool) -> None:
    a = Doc(opening, "Wire A", "2024-05-06")
    if town is not None:
        a.place(town)
    a.event("ASSAULT", "hit", source=("shells", UKR))  # the event itself gives no place
    a.figure("40 people", 40, attribution="officials")
    b = Doc(later, "Wire B", "2024-05-08")
    b.place(later_town)
    b.figure("52 people", 52, attribution="Medics")
    store = store_docs(tmp_path / "story.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("group", "expected"), [
    (None, "people"), ("", "people"), ("people", "people"), ("civilians", "people"),
    ("Ukrainians", "people"), ("Palestinians", "people"), ("residents", "people"),
    ("Palestinian civilians", "people"), ("children", "children"), ("schoolchildren", "children"),
    ("women", "women"), ("soldiers", "combatants"), ("Russian troops", "combatants"),
    ("aid workers", "aid workers"), ("journalists", "journalists"), ("police officers", "police"),
    ("sheep", "sheep"), ("cows", "cow"),
    # a count named by its measure noun counts people; a near miss stays its own class
    ("martyrs", "people"), ("deaths", "people"), ("injuries", "people"), ("fatalities", "people"),
    ("ambulances", "ambulance"),
    # the crowd of a protest or a funeral march counts its people; activists stay their own class
    ("protesters", "people"), ("anti-government demonstrators", "people"), ("mourners", "people"),
    ("Kurdish protesters", "people"), ("activists", "activist"),
    # armed men named by a side's label for them are combatants, on every side; a label for the
    # dead stays people (near miss)
    ("terrorists", "combatants"), ("jihadists", "combatants"), ("occupiers", "combatants"),
    ("bandits", "combatants"), ("mujahideen", "combatants"), ("Russian invaders", "combatants"),
    ("victims", "people"),
    # irregular plurals in -men are their -man singular (seen on VOA: "gunmen" fell outside the
    # combatants and the side's labels); a near miss: "women" stays its own class, not "woman"'s other
    ("gunmen", "combatants"), ("policemen", "police"), ("fishermen", "workers"), ("women", "women"),
    ("clansmen", "clansman"),
    # the Russian-Ukrainian war's labels for the other side's soldiers
    ("ruscists", "combatants"), ("Banderites", "combatants"), ("Nazis", "combatants"),
    ("Russian civilians", "people"),  # negative
])
def test_group_class(group: str | None, expected: str) -> None:
    assert group_class(group, ledger_rules()) == expected


@pytest.mark.parametrize(("group", "measure", "expected"), [
    # a class the figure's measure names counts the measure's people (seen on VOA: "more than 100
    # passengers" taken hostage and "over 200 hostages" held were two threads of one siege)
    ("hostages", "held hostage", "people"), ("Israeli hostages", "held hostage", "people"),
    ("Palestinian prisoners", "detained", "people"), ("Sudanese refugees", "displaced", "people"),
    # the dead of a camp or a migrants' detention centre are its people (seen on an invented Yemen
    # probe: the UN's "dozens of detained migrants had been killed" sat apart from the toll)
    ("detained migrants", "killed", "people"), ("refugees", "killed", "people"),
    # negative: under another measure the class stays
    ("Ukrainian prisoners", "killed", "detainees"), ("refugees", "injured", "refugees"),
    # near miss: another class under the measure stays its own
    ("Russian soldiers", "held hostage", "combatants"), ("children", "displaced", "children"),
    ("migrant workers", "killed", "workers"),
])
def test_group_class_named_by_the_measure(group: str, measure: str, expected: str) -> None:
    assert group_class(group, ledger_rules(), measure) == expected


@pytest.mark.parametrize(("a", "b", "match"), [
    ("Verkhnia Dolyna", "the town of Verkhnia Dolyna", True),
    ("Kharkiv region", "Kharkiv", True),
    ("Ukraine's Kharkiv region", "Kharkiv", True),
    ("north-eastern Ukraine", "Ukraine", True),
    ("Kharkiv", "Odesa", False),
    ("Verkhnia Dolyna", None, False),
    ("the region", "Kharkiv", False),
])
def test_places_match(a: str | None, b: str | None, match: bool) -> None:
    assert places_match(a, b, ledger_rules()) is match


def test_place_core_drops_generic_words() -> None:
    assert place_core("in the town of Verkhnia Dolyna", ledger_rules()) == frozenset({"verkhnia", "dolyna"})
    assert place_core(None, ledger_rules()) == frozenset()


@pytest.mark.parametrize(("scope", "key"), [
    (None, None), ("", None), ("on Saturday", "day"), ("overnight", "day"), ("by the evening", "day"),
    ("since October 7", "period:october 7"), ("in the past 24 hours", "period:24 hours"),
    ("this year", "period:this year"), ("so far this year", "period:this year"),
    # a bare year is a period: a year's total, or an incident of that year, never today's toll
    ("In 2024", "period:2024"), ("during 2023", "period:2023"),
    # a day of a year stays a day (near miss)
    ("on March 9, 2024", "day"),
    # a period running from a year to the time of writing is not that year's total (seen on VOA:
    # "Since 2009, hundreds of people have been killed" had joined "the biggest attack, in 2009")
    ("Since 2009", "period:since 2009"), ("since 2015", "period:since 2015"),
    # near misses: the year itself, and a running period from a day (keyed as before)
    ("in 2009", "period:2009"), ("since October 7", "period:october 7"),
    # a peak over a period is a period, not a day (seen on VOA: "At times, the base held nearly 200
    # detainees" disputed the 40 flown out on Tuesday); a time of day stays a day (near miss)
    ("At times", "period:times"), ("at its peak", "period:its peak"), ("at one point", "period:one point"),
    ("at 3 a.m.", "day"),
    # a part of a year is a period, not the day of an incident (a UN office's half-year count had
    # joined one raid's toll); the first day of something stays a day (near miss)
    ("In the first half of 2026", "period:first half 2026"),
    ("in the first nine months of the year", "period:first nine months year"),
    ("on the first day of the siege", "day"),
    # a span of months or years is a period (a country's count of several months had joined one
    # night's toll); a span of hours or of weekdays stays a day (near misses)
    ("between January and May", "period:between january and may"),
    ("from 2019 to 2023", "period:2019 2023"),
    ("between early March and mid-April", "period:between early march and mid-april"),
    ("between 10 p.m. and midnight", "day"), ("from Monday to Wednesday", "day"),
    # a running count that names no period ("41 bodies so far") is no period total; a period named
    # after the same words is one (near miss), and so is a running period from a day (negative)
    ("so far", None), ("to date", None), ("so far this week", "period:this week"),
    ("since Tuesday", "period:tuesday"),
])
def test_scope_key(scope: str | None, key: str | None) -> None:
    assert scope_key(scope, ledger_rules()) == key


# -- incident threads: what keeps a figure out of an incident's thread, and what lets it in -------


def _two_reports(tmp_path: Path, second: str, written: str, low: float, **fig: object) -> list[int]:
    """An incident toll in one article, and ``written`` in ``second`` (another article, a day
    later); the sizes of the killed threads."""
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people, officials said.", "Wire A",
            "2024-05-02")
    a.figure("40 people", 40, attribution="officials", place="Lomka")
    b = Doc(second, "Wire B", str(fig.pop("published", "2024-05-03")))
    b.figure(written, low, **fig)  # type: ignore[arg-type]
    store = store_docs(tmp_path / "two.db", [a, b])
    build_ledger(store)
    return sorted(t.n_claims for t in claim_threads(store, measure="killed"))


@pytest.mark.parametrize(("second", "written", "low", "joins"), [
    # a war-wide total named by its words: never the incident's toll
    ("In Lomka, the total death toll of the war has passed 3,100 people.", "3,100 people", 3100, False),
    ("In Lomka, the ongoing offensive has killed 2,900 people.", "2,900 people", 2900, False),
    # a war as the subject of a perfect verb of killing: a war-wide total; a war in another phrase
    ("In Lomka, the war between the two armies, which began in 2022, has killed 3,200 people.",
     "3,200 people", 3200, False),
    ("Around Lomka, the conflict has now claimed 2,800 lives.", "2,800 lives", 2800, False),
    ("In Lomka, the deadliest strike of the war has killed 41 people.", "41 people", 41, True),  # near miss
    ("A strike on the war-torn town of Lomka has killed 41 people.", "41 people", 41, True),  # near miss
    ("In Lomka, the rocket killed 41 people.", "41 people", 41, True),  # the incident's toll
    ("In Lomka, a total of 41 people died in the rocket attack.", "41 people", 41, True),  # near miss
    # a part of another count ("of the wounded"): another quantity
    ("In Lomka, two of the wounded died in hospital.", "two", 2, False),
    ("In Lomka, two more people died in hospital.", "two more people", 2, True),  # near miss
    # a count picked out of a series ("the last two") is a part, whatever is counted nearby; a final
    # toll is a toll (near miss)
    ("In Lomka, the last two bodies were found at dawn.", "two bodies", 2, False),
    ("In Lomka, the final toll stood at two bodies.", "two bodies", 2, True),
    # a count a verb of inclusion puts in another count is a part; a count that includes others is
    # the whole (near miss)
    ("In Lomka, the medics' toll includes two people who died of their wounds.", "two people", 2, False),
    ("In Lomka, two people, including a medic, died of their wounds.", "two people", 2, True),
    # a quoted count before the partitive is a part as well; a quoted toll is a toll (near miss)
    ('In Lomka, "no more than 12" of the dead were soldiers.', "no more than 12", 12, False),
    ('In Lomka, "no more than 12" people died, the mayor said.', "no more than 12", 12, True),
    # counted said to be among a larger count, alone or first in a list (seen on VOA: "... three railway
    # staff and five civilian passengers were among those killed" were updates of the toll of 31)
    ("In Lomka, five civilians were among the dead, medics said.", "five civilians", 5, False),
    ("In Lomka, five civilians died among the ruins of the market.", "five civilians", 5, True),  # near miss
    ("In Lomka, five civilians were killed; two guards were among the dead.", "five civilians", 5, True),
    # a count restricted to a place or group by "alone" closing a phrase of its clause (seen on an invented
    # Ethiopia probe: a witness's "I counted eleven bodies near the buses alone" sat in the toll's thread)
    ("In Lomka, a medic said she had counted 11 bodies near the bus station alone.", "11 bodies", 11, False),
    ("In Lomka, 12 soldiers died in the eastern barracks alone, the rebels said.", "12 soldiers", 12, False),
    ("In Lomka, 12 people died and their children were left alone.", "12 people", 12, True),  # near miss
    ("In Lomka, a medic said she had counted 41 bodies near the bus station.", "41 bodies", 41, True),  # negative
    # a toll summed over both sides of a front or border is another quantity than one side's toll (seen on
    # an invented Kashmir probe: "killed at least 11 civilians on both sides" sat in one village's thread)
    ("In Lomka, the shelling killed at least 11 people on both sides overnight.", "11 people", 11, False),
    ("Around Lomka, 14 civilians have been killed on either side of the border.", "14 civilians", 14, False),
    ("In Lomka, the shelling killed 11 people on the northern side of the river.", "11 people", 11, True),  # near miss
    # a period named by pointing back at one just named is that period's total
    ("In the same period the region around Lomka recorded 3,400 deaths.", "3,400 deaths", 3400, False),
    ("Around Lomka, 2,700 civilians have been killed over that period.", "2,700 civilians", 2700, False),
    ("Since then, the toll in Lomka has risen to 41 people.", "41 people", 41, True),  # near miss: an update
    ("In Lomka, the same rocket killed 41 people.", "41 people", 41, True),  # near miss: no period
    ("In Lomka, 41 people were killed in the same street.", "41 people", 41, True),  # negative
])
def test_cumulative_totals_and_parts_stay_out_of_the_incident(
        tmp_path: Path, second: str, written: str, low: float, joins: bool) -> None:
    sizes = _two_reports(tmp_path, second, written, low, attribution="medics", place="Lomka")
    assert sizes == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("second", "written", "scope", "joins"), [
    # a running count that names no period ("so far") is the toll of what its clause is about
    ("In Lomka, rescuers have pulled out 41 bodies so far.", "41 bodies", "so far", True),
    # negative: the running count of the war is a war-wide total
    ("In Lomka, 3,300 bodies have been recovered in the war so far.", "3,300 bodies", "so far", False),
    # near miss: a period named after "so far" is a period's total
    ("In Lomka, 300 bodies have been recovered so far this year.", "300 bodies", "so far this year", False),
])
def test_a_running_count_naming_no_period_is_the_incidents_toll(
        tmp_path: Path, second: str, written: str, scope: str, joins: bool) -> None:
    low = float(written.split()[0].replace(",", ""))
    sizes = _two_reports(tmp_path, second, written, low, attribution="rescuers", place="Lomka", time_scope=scope)
    assert sizes == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("second", "written", "joins"), [
    # the counted said to have died in one happening: the period named dates the incident
    ("In Lomka, the number of people killed in a rocket strike this week has risen to 41.", "41", True),
    ("In Lomka, 41 people were killed in the army's raid on the market this week.", "41 people", True),
    # negative: the period's total of many strikes
    ("In Lomka, rocket strikes have killed 410 people this week.", "410 people", False),
    # near miss: the same words, in strikes (plural)
    ("In Lomka, 410 people have been killed in rocket strikes this week.", "410 people", False),
])
def test_a_period_naming_when_one_incident_happened_dates_it(
        tmp_path: Path, second: str, written: str, joins: bool) -> None:
    low = float(written.split()[0])
    sizes = _two_reports(tmp_path, second, written, low, attribution="medics", place="Lomka", time_scope="this week")
    assert sizes == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("text", "first", "second", "low", "part"), [
    # "N more", "another N" after an earlier count of the same measure: an increment, a part
    ("In Lomka, 38 people died at the scene and three more died in hospital.", "38 people", "three", 3, True),
    ("In Lomka, 38 people were killed. Six more bodies were found on Monday.", "38 people", "Six more bodies", 6,
     True),
    ("In Lomka, 38 people died at the scene; another five died overnight.", "38 people", "five", 5, True),
    # ... however many sentences after the earlier count (a live feed's later post)
    ("In Lomka, 38 people were killed. Rescuers worked all night. Roads stayed closed. Six more bodies were "
     "found on Monday.", "38 people", "Six more bodies", 6, True),
    ("In Lomka, 38 people died at the scene. Update at 6 am: the hospital is full. Doctors asked for blood. "
     "Two more died overnight.", "38 people", "Two", 2, True),
    # negative: a toll of its own
    ("In Lomka, 38 people died at the scene and 45 died in the city.", "38 people", "45", 45, False),
    # near misses: "more" after a count of another measure, or "more than" (a qualifier)
    ("In Lomka, 38 people were wounded and three more died in hospital.", "38 people wounded", "three", 3, False),
    ("In Lomka, 38 people died at the scene; more than 45 died in all.", "38 people", "more than 45", 45, False),
    # near miss: "more" in a sentence before the only count of the measure
    ("Three more bodies were found in Borova. In Lomka, 38 people died at the scene.", "38 people", "Three", 3,
     False),
])
def test_an_increment_of_an_earlier_count_is_a_part(tmp_path: Path, text: str, first: str, second: str,
                                                    low: float, part: bool) -> None:
    d = Doc(text, "Wire", "2024-05-03")
    written = first.removesuffix(" wounded")
    d.figure(written, 38, measure="injured" if first.endswith("wounded") else "killed", place="Lomka")
    d.figure(second, low, place="Lomka", qualifier="more than" if second.startswith("more") else None)
    store = store_docs(tmp_path / "inc.db", [d])
    build_ledger(store)
    groups = {c.value_low: t.group for t in claim_threads(store) for c in t.claims}
    assert groups[38] == "people" and groups[low].endswith("(part)") is part


@pytest.mark.parametrize(("text", "parts"), [
    # each counted of a list the predicate says is among a larger count is a part of it
    ("In Lomka, five Ukrainian civilians and two Russian soldiers were among those killed.", [True, True]),
    ("In Lomka, five Ukrainian civilians, two Russian soldiers and guards were among the dead.", [True, True]),
    # near miss: a list whose own verb is no such predicate
    ("In Lomka, five Ukrainian civilians and two Russian soldiers were killed.", [False, False]),
    # negative: a count before another clause's predicate
    ("In Lomka, five Ukrainian civilians died, and two Russian soldiers were among the dead.", [False, True]),
])
def test_a_list_said_to_be_among_a_larger_count_is_parts(tmp_path: Path, text: str, parts: list[bool]) -> None:
    d = Doc(text, "Wire", "2024-05-03")
    d.figure("five Ukrainian civilians", 5, group="Ukrainian civilians", place="Lomka")
    d.figure("two Russian soldiers", 2, group="Russian soldiers", place="Lomka")
    store = store_docs(tmp_path / "list.db", [d])
    build_ledger(store)
    groups = {t.claims[0].value_low: t.group for t in claim_threads(store)}
    assert [groups[5].endswith("(part)"), groups[2].endswith("(part)")] == parts
    assert len(groups) == 2


def test_a_figure_coordinated_with_a_war_wide_total_is_one_too(tmp_path: Path) -> None:
    d = Doc("In Lomka the total death toll of the war passed 900, with 2,000 more injured.", "Wire",
            "2024-05-03")
    d.figure("900", 900, group=None, place="Lomka")
    d.figure("2,000", 2000, group=None, measure="injured")
    e = Doc("A rocket hit Lomka, wounding 60 people, officials said.", "Post", "2024-05-02")
    e.figure("60 people", 60, measure="injured", place="Lomka", attribution="officials")
    store = store_docs(tmp_path / "coord.db", [e, d])
    build_ledger(store)
    injured = claim_threads(store, measure="injured")
    assert sorted(t.n_claims for t in injured) == [1, 1]
    total = next(t for t in injured if t.claims[0].value_low == 2000)
    assert "cumulative total" in total.why


@pytest.mark.parametrize(("scope", "joins"), [
    ("on 20 April", False),  # the day it counts is two weeks before the incident
    ("on Thursday", True),  # 2024-05-02, the incident's day
    (None, True),
    ("in April 2022", False),  # a month and year two years before: another incident
    ("in March", False),  # a month before the incident's, this year
    ("in May 2024", True),  # near miss: the incident's own month
])
def test_a_figure_about_another_day_is_another_incident(tmp_path: Path, scope: str | None, joins: bool) -> None:
    sizes = _two_reports(tmp_path, "In Lomka, gunmen killed 35 people.", "35 people", 35,
                         place="Lomka", time_scope=scope)
    assert sizes == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("text", "joins"), [
    ("LOMKA, May 3 (Wire B) - The rocket killed 44 people in Lomka.", True),  # dateline, no year
    ("LOMKA, May 30 (Wire B) - Shelling killed 44 people in Lomka.", False),  # four weeks later
    ("The rocket killed 44 people in Lomka.", True),  # no date at all: kept, by place
])
def test_undated_articles_join_threads_and_are_flagged(tmp_path: Path, text: str, joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people, officials said.", "Wire A",
            "2024-05-02")
    a.figure("40 people", 40, attribution="officials", place="Lomka")
    b = Doc(text, "Wire B", None)
    b.figure("44 people", 44, place="Lomka")
    store = store_docs(tmp_path / "undated.db", [b, a])
    build_ledger(store)
    threads = claim_threads(store, measure="killed")
    assert sorted(t.n_claims for t in threads) == ([2] if joins else [1, 1])
    undated = next(c for t in threads for c in t.claims if c.value_low == 44)
    assert undated.published is None and "undated article" in undated.role_note
    if joins:
        (t,) = threads
        assert [c.value_low for c in t.claims] == [40, 44]  # the undated claim comes after
        assert "1 claim(s) from undated articles" in t.why


def test_reports_linked_to_different_ledger_events_at_one_place_form_one_thread(tmp_path: Path) -> None:
    a = Doc("A rocket hit the bus station in Lomka on Thursday, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("rocket", UKR), place="Lomka")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("Lomka mourned on Friday the 52 people killed when the station was struck.", "Wire B",
            "2024-05-03")
    b.event("ASSAULT", "struck", place="Lomka")
    b.figure("52 people", 52, place="Lomka")
    c = Doc("In Odesa, a drone killed 3 people on Thursday.", "Wire C", "2024-05-02")
    c.event("ASSAULT", "killed", place="Odesa")
    c.figure("3 people", 3, place="Odesa")
    store = store_docs(tmp_path / "events.db", [a, b, c])
    build_ledger(store)
    threads = {t.claims[0].value_low: t for t in claim_threads(store, measure="killed")}
    assert sorted(t.n_claims for t in threads.values()) == [1, 2]
    lomka = threads[40]
    assert [c.value_low for c in lomka.claims] == [40, 52] and lomka.disagreement
    assert "52 (Wire B" in lomka.why or "Wire B (own voice): 52" in lomka.why


@pytest.mark.parametrize(("second_day", "joins"), [
    ("2024-05-06", False),  # another strike on the town four days later: another incident
    ("2024-05-03", True),  # a report of the same strike the next day
])
def test_strikes_on_one_place_on_different_days_are_different_incidents(
        tmp_path: Path, second_day: str, joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("rocket", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("Shelling hit a school in Lomka, killing 52 people.", "Wire B", second_day)
    b.event("ASSAULT", "hit", source=("Shelling", UKR), place="Lomka", date=second_day)
    b.figure("52 people", 52, place="Lomka")
    store = store_docs(tmp_path / "days.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1])


@pytest.mark.parametrize(("published", "stated", "joins"), [
    # a report four days later (past the linker's window) whose event gives no day of its own ("no
    # evidence that more than 90 were killed"): the publication dates the report, not the strike;
    # its count joins the strike's
    ("2024-05-06", None, True),
    # negative: the report states another day: another strike on the town
    ("2024-05-06", "2024-05-06", False),
    # near miss: no day stated, but published beyond the claims' window
    ("2024-05-12", None, False),
])
def test_an_event_dated_only_by_its_report_is_no_other_days_incident(
        tmp_path: Path, published: str, stated: str | None, joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka on Thursday, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("rocket", UKR), place="Lomka", date="2024-05-02")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("We found no evidence that more than 90 people were killed in Lomka. The city's own count is 44.",
            "Checker", published)
    b.event("ASSAULT", "killed", place="Lomka", date=stated)
    b.figure("44", 44, group=None, attribution="The city")
    store = store_docs(tmp_path / "report.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1])
