"""A held-out probe of headlines in title case ("Israeli Strike Kills 12 in Gaza Refugee Camp"), as
real outlets write their titles: 80 invented headlines across conflicts and sides, each with what
an analyst would find in it: the loaded wordings marked in the outlet's voice (none in a neutral
headline), the PLOVER type of the event it reports (where it reports one) and the measure of the
count it gives (where it gives one). Rows are split into tune and check halves by
``half(text)``; rules were written looking at the tune half only.

Held out (written before any change for it, measured on main at 9548cad, tune / check): whole rows
22/39 / 15/41; labels 33/39 / 35/41, events 4/15 / 4/21, counts' measures 9/16 / 6/15. (One tune
row, "Bandits ...", was first written expecting no label and measured 32/39; it expects the label
the lexicon gives in sentence case too.) The small model reads a capitalised word as a name:
"Strike Kills" a person, the verb a plural proper noun, so the event and the count's measure are
lost. After nlp.titlecase (the headline read from a sentence-cased copy, its records still at the
headline's own words) and the stages reading capitals off that copy (``ParsedDoc.cased_text``):
whole rows 38/39 / 37/41; labels 39/39 / 38/41, events 14/15 / 21/21, measures 16/16 / 14/15. The
five rows left (``GAPS``) fail in their sentence-case twins too.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.evaluation.metrics import half
from newsledger.nlp import ParsedDoc
from tests.builders import ROW_KINDS, pipeline, row_kinds, row_result, stage_outputs

# (headline, loaded wordings marked in the outlet's voice, PLOVER type or "", (count, measure) or None)
ROWS: list[tuple[str, tuple[str, ...], str, tuple[int, str] | None]] = [
    ("Israeli Strike Kills 12 in Gaza Refugee Camp", (), "ASSAULT", (12, "killed")),
    ("Hamas-Run Health Ministry Says 500 Dead in Gaza", ("Hamas-Run",), "", (500, "killed")),
    ("Zionist Regime Bombs Homes in Southern Lebanon", ("Zionist Regime",), "ASSAULT", None),
    ("Israeli Occupation Forces Storm Jenin Camp, Arrest 15", ("Occupation Forces",), "", (15, "detained")),
    ("Hamas Terrorists Fire Rockets at Sderot", ("Hamas Terrorists",), "ASSAULT", None),
    ("Palestinian Martyrs Laid to Rest in Nablus", ("Martyrs",), "", None),
    ("Settlers Torch Cars in West Bank Village", (), "ASSAULT", None),
    ("Russian Missile Strike Kills Seven in Kharkiv", (), "ASSAULT", (7, "killed")),
    ("Kyiv Regime Shells Donetsk Market, Killing Five", ("Kyiv Regime",), "ASSAULT", (5, "killed")),
    ("Russian Invaders Loot Museum in Occupied Kherson", ("Invaders",), "", None),
    ("Ukrainian Drones Hit Oil Depot in Bryansk Region", (), "ASSAULT", None),
    ("Nazi Battalion Fighters Surrender in Mariupol", ("Nazi Battalion",), "", None),
    ("Ukraine Says 40 Soldiers Wounded in Shelling Near Bakhmut", (), "", (40, "injured")),
    ("Sudanese Army Airstrike Kills 30 Civilians in Nyala", (), "ASSAULT", (30, "killed")),
    ("RSF Militia Loots Hospital in Omdurman", ("RSF Militia",), "", None),
    ("Janjaweed Terrorists Burn Villages Near El Geneina", ("Janjaweed Terrorists",), "ASSAULT", None),
    ("Gunmen Kill 20 Villagers in Zamfara", (), "ASSAULT", (20, "killed")),
    ("Bandits Abduct 40 Students in Kaduna", ("Bandits",), "", (40, "held hostage")),
    ("Boko Haram Insurgents Attack Army Base in Borno", (), "ASSAULT", None),
    ("Islamist Terrorists Massacre Christians in Plateau State", ("Islamist Terrorists", "Massacre",), "", None),
    ("Police Arrest 200 Protesters in Nairobi", (), "", (200, "detained")),
    ("Security Forces Kill 14 PKK Terrorists in Northern Iraq", ("PKK Terrorists",), "ASSAULT", (14, "killed")),
    ("Turkish Occupation Drones Strike Power Station in Qamishli", ("Turkish Occupation",), "ASSAULT", None),
    ("Turkish Troops Neutralise 9 Militants in Syria", ("Neutralise",), "", (9, "killed")),
    ("Syrian Regime Barrel Bombs Hit Idlib Town", ("Syrian Regime",), "ASSAULT", None),
    ("Houthi Rebels Seize Cargo Ship in Red Sea", (), "", None),
    ("Saudi Aggression Coalition Strikes Sanaa", ("Aggression Coalition",), "ASSAULT", None),
    ("Iranian-Backed Militias Attack US Base in Syria", ("Iranian-Backed",), "ASSAULT", None),
    ("Taliban Regime Bans Women From Universities", ("Taliban Regime",), "", None),
    ("Pakistan Army Kills Six Terrorists in North Waziristan", ("Terrorists",), "ASSAULT", (6, "killed")),
    ("Indian Occupation Forces Martyr Three Youths in Pulwama", ("Indian Occupation Forces", "Martyr",), "", (3, "killed")),
    ("Pakistan-Backed Infiltrators Eliminated Along Line of Control", ("Pakistan-Backed", "Eliminated",), "", None),
    ("Myanmar Junta Airstrike Kills 25 in Sagaing Village", ("Junta",), "ASSAULT", (25, "killed")),
    ("Rohingya Refugees Flee Fighting in Rakhine", (), "", None),
    ("Ethiopian Troops Kill 50 Fano Militiamen in Amhara", (), "ASSAULT", (50, "killed")),
    ("TPLF Junta Attacks Kobo Town", ("TPLF Junta",), "ASSAULT", None),
    ("Al-Shabaab Militants Storm Mogadishu Hotel", (), "ASSAULT", None),
    ("Jihadist Hordes Massacre Villagers in Burkina Faso", ("Jihadist Hordes", "Massacre",), "", None),
    ("Wagner Mercenaries Execute Civilians in Central Mali", ("Mercenaries",), "", None),
    ("French Troops Withdraw From Niger Base", (), "", None),
    ("Armenian Separatists Shell Azerbaijani Positions", ("Separatists",), "ASSAULT", None),
    ("Azerbaijani Aggressors Attack Armenian Border Villages", ("Aggressors",), "ASSAULT", None),
    ("Colombian Army Kills Eight ELN Guerrillas in Arauca", (), "ASSAULT", (8, "killed")),
    ("Narco-Terrorists Ambush Soldiers in Cauca", ("Narco-Terrorists",), "ASSAULT", None),
    ("Maduro Dictatorship Arrests Opposition Leader", ("Maduro Dictatorship",), "", None),
    ("Fascist Opposition Plots Coup in Caracas", ("Fascist Opposition",), "", None),
    ("Ortega Regime Strips 94 Critics of Citizenship", ("Ortega Regime",), "", None),
    ("Chinese Authorities Detain Uyghur Scholars in Xinjiang", (), "", None),
    ("Separatist Fighters Burn School in Cameroon", ("Separatist",), "ASSAULT", None),
    ("Far-Right Thugs Attack Mosque in Southport", ("Far-Right Thugs",), "ASSAULT", None),
    ("Illegal Aliens Flood Texas Border Town", ("Illegal Aliens",), "", None),
    ("Anti-Government Protesters Clash With Police in Tbilisi", (), "", None),
    ("UN Says 300 Killed in Haiti Gang Violence", (), "", (300, "killed")),
    ("Gang Attack Kills 70 in Haitian Town", (), "ASSAULT", (70, "killed")),
    ("Israeli Army Says 3 Soldiers Killed in Gaza", (), "", (3, "killed")),
    ("Hezbollah Fires 50 Rockets Into Northern Israel", (), "ASSAULT", None),
    ("Quake Death Toll Rises to 2,000 in Herat", (), "", (2000, "killed")),
    ("Floods Displace 300,000 in Somalia", (), "", (300000, "displaced")),
    ("Airstrike on Market Kills 45 in Sudan's Darfur", (), "ASSAULT", (45, "killed")),
    ("Suicide Bomber Kills 11 at Checkpoint in Kabul", (), "ASSAULT", (11, "killed")),
    ("Militants Kidnap 12 Aid Workers in South Sudan", (), "", (12, "held hostage")),
    ("Troops Kill 20 Rebels in Eastern Congo Clash", (), "ASSAULT", (20, "killed")),
    ("M23 Rebels Seize Key Town in North Kivu", (), "", None),
    ("Tutsi Cockroaches Must Be Crushed, Says Radio Host", ("Cockroaches",), "", None),
    ("Settler Colonial State Demolishes Bedouin Homes", ("Settler Colonial State",), "", None),
    ("Apartheid Regime Expands Settlements in West Bank", ("Apartheid Regime",), "", None),
    ("Kremlin Puppets Hold Sham Referendum in Donetsk", ("Puppets", "Sham Referendum",), "", None),
    ("Russia Liberates Village Near Avdiivka", ("Liberates",), "", None),
    ("Hamas Says 40 Killed in Israeli Strike on School", (), "", (40, "killed")),
    ("Ministry of Health Reports 27 Injured in Jenin Raid", (), "", (27, "injured")),
    ("Police Say 5 Dead After Shooting in Manipur", (), "", (5, "killed")),
    ("Kuki Militants Ambush Police Convoy in Manipur", ("Kuki Militants",), "ASSAULT", None),
    ("Maoist Terrorists Kill Two Jawans in Chhattisgarh", ("Maoist Terrorists",), "ASSAULT", (2, "killed")),
    ("Baloch Insurgents Attack Passenger Train in Bolan", (), "ASSAULT", None),
    ("Occupying Army Abducts Students in Quetta", ("Occupying Army",), "", None),
    ("Indian-Sponsored Proxies Target Chinese Workers in Karachi", ("Indian-Sponsored",), "", None),
    ("Yemen's Government Forces Repel Houthi Assault on Marib", (), "", None),
    ("Protesters Storm Parliament in Nairobi", (), "", None),
    ("Rescuers Pull 17 Bodies From Rubble in Gaza City", (), "", (17, "killed")),
    ("Thousands Protest Against War in Tel Aviv", (), "PROTEST", None),
]

# rows with a part still missed (strict: a row that starts passing must leave this set), each
# missed in its sentence-case twin as well (not a matter of case)
GAPS: dict[str, str] = {
    "Houthi Rebels Seize Cargo Ship in Red Sea": "the lexicon marks a rebel group's name before \"rebels\"",
    "Indian Occupation Forces Martyr Three Youths in Pulwama": "\"martyr\" as a verb gives the count no measure",
    "Al-Shabaab Militants Storm Mogadishu Hotel": "\"storm\" as a headline's verb is read as a noun",
    "Settler Colonial State Demolishes Bedouin Homes": "\"settler colonial state\" is no label in the lexicon",
    "Kuki Militants Ambush Police Convoy in Manipur": "a people's name before \"militants\" is no label",
}


def test_the_probe_covers_both_halves_and_every_part() -> None:
    halves = {half(text) for text, *_ in ROWS}
    assert halves == {"tune", "check"}
    assert len(ROWS) >= 80 and len({row[0] for row in ROWS}) == len(ROWS)
    assert sum(1 for row in ROWS if row[1]) >= 30 and sum(1 for row in ROWS if not row[1]) >= 30
    assert sum(1 for row in ROWS if row[2]) >= 30 and sum(1 for row in ROWS if row[3]) >= 25
    for text, wording, _, _ in ROWS:
        words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
        assert all(w[:1].isupper() for w in words), text  # every headline in title case
        for w in wording:
            assert w in text, (w, text)


def row_misses(parse: Callable[..., ParsedDoc], text: str, wording: tuple[str, ...], plover: str,
               count: tuple[int, str] | None) -> list[str]:
    """What the pipeline misses of a row: its labels, its event, its count's measure."""
    out = stage_outputs(parse(text), pipeline())
    marks = [m for m in out["framing"] if m.kind not in ("unattributed_figure", "unattributed_blame")]
    found, wanted, _ = row_result(marks, text, wording, "outlet")
    misses = []
    if found != wanted or (not wording and marks):
        misses.append(f"labels {[m.text for m in marks]}")
    if plover and not any(e.plover == plover for e in out["events"]):
        misses.append(f"event {sorted({e.plover for e in out['events']})}")
    if count is not None and not any(f.value_low == count[0] and f.measure == count[1] for f in out["figures"]):
        misses.append(f"count {[(f.value_low, f.measure) for f in out['figures']]}")
    return misses


@pytest.mark.parametrize(("text", "wording", "plover", "count"), [
    pytest.param(*row, id=f"{half(row[0])}-{i}", marks=[pytest.mark.xfail(strict=True, reason=GAPS[row[0]])]
                 if row[0] in GAPS else []) for i, row in enumerate(ROWS)])
def test_title_case_headline(parse: Callable[..., ParsedDoc], text: str, wording: tuple[str, ...], plover: str,
                             count: tuple[int, str] | None) -> None:
    assert row_misses(parse, text, wording, plover, count) == []


# (rule, kind, text, what the stage finds: the count's (value, measure) or the label's words, or None)
CAPITALS_ROWS: list[tuple[str, str, str, tuple[float, str] | str | None]] = [
    # a number word after a capitalised word names nothing in a title-case headline ("Kills Seven")
    ("a count's capital read off the copy", "positive", "Russian Missile Strike Kills Seven in Kharkiv", (7.0, "killed")),
    ("a count's capital read off the copy", "positive", "Colombian Army Kills Eight Guerrillas in Arauca", (8.0, "killed")),
    ("a count's capital read off the copy", "negative", "Fans Watch BBC One Coverage of Cup Final", None),
    ("a count's capital read off the copy", "near miss", "Fans watched the final on BBC One on Saturday.", None),
    # a descriptor suffix in title case ("-Backed") as the lower-case one ("-backed")
    ("a descriptor's suffix read off the copy", "positive", "Iranian-Backed Militias Attack Base in Syria",
     "Iranian-Backed Militias"),
    ("a descriptor's suffix read off the copy", "positive", "Kremlin-Funded Channels Spread Claims About Vote",
     "Kremlin-Funded Channels"),
    ("a descriptor's suffix read off the copy", "negative", "Bank-Backed Loans Rise in Syria as Prices Soar", None),
    ("a descriptor's suffix read off the copy", "near miss", "Analysts Said Iranian-Backed Groups Hit the Base.", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "found"), CAPITALS_ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in CAPITALS_ROWS])
def test_stages_read_capitals_off_the_sentence_cased_copy(parse: Callable[..., ParsedDoc], rule: str, kind: str,
                                                          text: str, found: tuple[float, str] | str | None) -> None:
    out = stage_outputs(parse(text), pipeline())
    if rule.startswith("a count"):
        assert [(f.value_low, f.measure) for f in out["figures"]] == ([found] if found else []), kind
    else:
        labels = [m.text for m in out["framing"] if m.kind == "loaded_label"]
        assert labels == ([found] if found else []), kind


def test_capitals_rows_have_every_kind() -> None:
    assert row_kinds(CAPITALS_ROWS) == {"a count's capital read off the copy": set(ROW_KINDS),
                                        "a descriptor's suffix read off the copy": set(ROW_KINDS)}
