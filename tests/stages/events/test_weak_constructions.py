"""Known weak event constructions (issue 16), each a class of construction with invented rows, the
expected values taken from the PLOVER codebook and manual and the CAMEO crosswalk in
``../shared/reference``, never from what the code outputs.

1. Destruction of property as part of a conflict: arson, blowing up, demolition, razing, sabotage.
   The codebook's ASSAULT has the modes "destroy" ("Destroy property, demolish as part of a
   conflict") and "primitive" (fire); the manual gives "demolition of housing settlements" as an
   ASSAULT 'destroy' example; the crosswalk maps CAMEO 1712 "Destroy property" to ASSAULT. COERCE
   keeps confiscation, seizure and occupation (CAMEO 171, 1711, 192). Destruction outside a
   conflict (a fire, a flood, contraband burned, a bridge pulled down for a new one) is no
   ASSAULT.
2. Headlines whose subject is a collective noun ("Police", "Army", "Mob") and whose verb has the
   form of a plural noun ("teargas", "shells", "torches").
3. A place struck with no people named: the manual's sector table (5.2) puts "schools" in EDU,
   "religious organizations and institutions" in REL and "organizations dealing with health" in
   the health sector, so an institution struck is a recipient of its sector in the country where
   it stands; a place that is no organisation (a market, a bridge, a road) takes no sector but
   civilians. Its country is never the attacker's.
5. Visits: "In events where one side is hosting and one is visiting, the visitor will always be
   coded as the actor and the host will be the recipient" (manual 3.2.2; the CAMEO crosswalk
   codes CAMEO 043 "host a visit" as CONSULT 'visit', whose mode is "actor is visiting, recipient
   is hosting"); the same for every construction of hosting and welcoming.

A row is ``(rule, kind, text, expected)``: see ``test_definition_probe`` for the triple rows.
Rows the code does not yet get right are strict xfails (GAPS).
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, check_victim_row, counted_events, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

DESTRUCTION: list[tuple[str, str, str, Triple | None]] = [
    ("ASSAULT demolish", P, "Israeli bulldozers demolished a Palestinian school near Hebron.",
     ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT demolish", P, "A Palestinian school near Hebron was demolished by Israeli forces.",
     ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT demolish", P, "Israeli forces carried out the demolition of Palestinian homes in Silwan.",
     ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT demolish", M, "Indian engineers demolished an old railway bridge in Mumbai.", None),
    ("ASSAULT demolish", P, "Israeli army engineers demolished Palestinian homes in Jenin.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT raze", P, "Ethiopian troops razed Eritrean border posts.", ("ASSAULT", ("ETH",), ("ERI",))),
    ("ASSAULT blow up", P, "Russian troops blew up a Ukrainian dam on the Dnipro river.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("ASSAULT blow up", P, "Ukrainian saboteurs blew up a Russian railway bridge near Bryansk.",
     ("ASSAULT", ("UKR",), ("RUS",))),
    ("ASSAULT arson", P, "Azerbaijani forces set fire to Armenian houses in the village.",
     ("ASSAULT", ("AZE",), ("ARM",))),
    ("ASSAULT arson", P, "Hamas gunmen torched Israeli homes in the kibbutz.", ("ASSAULT", ("PSE",), ("ISR",))),
    ("ASSAULT arson", N, "Kenya burned five tonnes of seized ivory in Nairobi.", None),
    ("ASSAULT arson", N, "A fire destroyed the Brazilian national museum in Rio.", None),
    ("ASSAULT destroy", P, "Indian troops destroyed Pakistani bunkers along the Line of Control.",
     ("ASSAULT", ("IND",), ("PAK",))),
    ("ASSAULT destroy", N, "Floods destroyed thousands of Pakistani homes.", None),
    ("ASSAULT sabotage", P, "Armenian saboteurs damaged an Azerbaijani gas pipeline.", ("ASSAULT", ("ARM",), ("AZE",))),
    ("ASSAULT sabotage", P, "Russia sabotaged a Finnish undersea cable.", ("ASSAULT", ("RUS",), ("FIN",))),
    ("ASSAULT sabotage", M, "Russia sabotaged the peace talks with Ukraine.", None),
    ("ASSAULT destroy", M, "Turkish police confiscated the property of a Greek shipping firm.", None),
    ("COERCE seize", M, "Israeli police seized Palestinian land near Hebron.", ("COERCE", ("ISR",), ("PSE",))),
    ("COERCE seize", M, "Russian forces occupied a Ukrainian power plant.", ("COERCE", ("RUS",), ("UKR",))),
]

# (rule, kind, headline, expected types (any of them; none: no ASSAULT), expected source codes or None for any)
HEADLINES: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...] | None]] = [
    ("police teargas", P, "Police teargas striking teachers", ("ASSAULT",), None),
    ("police teargas", P, "Kenyan police teargas striking teachers in Nairobi", ("ASSAULT",), ("KEN",)),
    ("police teargas", P, "Indian police teargas protesting farmers in Delhi", ("ASSAULT",), ("IND",)),
    ("army shells", P, "Army shells rebel positions in Darfur", ("ASSAULT",), None),
    ("army shells", P, "Israeli army shells Gaza border town", ("ASSAULT",), ("ISR",)),
    ("army shells", P, "Pakistani troops shell Indian posts in Kashmir", ("ASSAULT",), ("PAK",)),
    ("army shells", M, "Army shells found near school in Kabul", (), None),
    ("mob torches", P, "Mob torches bus in Lagos", ("ASSAULT", "PROTEST"), None),
    ("mob torches", P, "Militia torches villages in Ituri", ("ASSAULT",), None),
    ("mob torches", N, "Mob justice debate returns to parliament", (), None),
    ("troops kill", P, "Nigerian troops kill 30 bandits in Zamfara", ("ASSAULT",), ("NGA",)),
    ("troops kill", P, "Ukrainian forces pound Russian positions near Kursk", ("ASSAULT",), ("UKR",)),
    ("police arrest", P, "Police arrest opposition leader in Harare", ("COERCE",), None),
    ("police arrest", N, "Police probe death of teacher in Nairobi", (), None),
    ("teachers strike", N, "Teachers strike over pay in Nairobi", (), None),
]

# (rule, kind, text, victims spec of the ASSAULT targets as test_victim_probe writes them)
PLACES: list[tuple[str, str, str, str]] = [
    ("institution", P, "Russian missiles struck a hospital in Kharkiv.", "UKR HLH"),
    ("institution", P, "RSF fighters shelled a hospital in El Obeid.", "SDN HLH"),
    ("institution", P, "Israeli jets bombed a school in Gaza City.", "PSE EDU"),
    ("institution", P, "Ukrainian drones hit a university in Belgorod.", "RUS EDU"),
    ("institution", P, "Gunmen attacked a mosque in Kano overnight.", "NGA REL"),
    ("institution", P, "Myanmar military jets bombed a monastery in Sagaing.", "MMR REL"),
    ("institution", P, "Saudi-led coalition aircraft struck a clinic in Saada.", "YEM HLH"),
    ("institution", P, "Israeli strikes destroyed a mosque in Khan Younis.", "PSE REL"),
    ("institution", P, "Hamas rockets hit a synagogue in Ashkelon.", "ISR REL"),
    ("institution", P, "Sudanese army jets bombed a church in Kadugli.", "SDN REL"),
    ("no organisation", N, "Sudanese army drones hit a market in Nyala.", "-|SDN"),
    ("no organisation", N, "Russian missiles struck a bridge in Zaporizhzhia.", "-|UKR"),
    ("no organisation", N, "Israeli jets bombed a road near Tyre.", "-|LBN"),
    ("no organisation", N, "Al-Shabaab fighters bombed a hotel in Mogadishu.", "-|SOM|SOM BUS"),
    # people named: their own sector
    ("people named", M, "Russian shelling killed three doctors at a hospital in Kherson.", "UKR HLH|- HLH"),
    ("people named", M, "Gunmen killed 12 worshippers at a mosque in Kano.", "NGA REL|NGA CVL|- CVL|- REL"),
    ("people named", M, "Israeli strikes killed four teachers at a school in Rafah.", "PSE EDU|- EDU"),
]

# (rule, kind, text, expected): visitor the source, host the target
VISITS: list[tuple[str, str, str, Triple | None]] = [
    ("CONSULT visit", P, "The Vietnamese president visited Japan on Monday.", ("CONSULT", ("VNM",), ("JPN",))),
    ("CONSULT visit", P, "The Brazilian president's visit to China ended on Friday.", ("CONSULT", ("BRA",), ("CHN",))),
    ("CONSULT host", P, "Qatar hosted the Afghan foreign minister in Doha.", ("CONSULT", ("AFG",), ("QAT",))),
    ("CONSULT host", P, "The Afghan foreign minister was hosted by Qatar in Doha.", ("CONSULT", ("AFG",), ("QAT",))),
    ("CONSULT host", P, "China played host to the Brazilian president in Beijing.", ("CONSULT", ("BRA",), ("CHN",))),
    ("CONSULT host", N, "Qatar hosted the World Cup in 2022.", None),
    ("CONSULT host", M, "Egypt played host to talks between Israel and Hamas.", ("CONSULT", ("ISR", "PSE"), ())),
    ("CONSULT welcome", P, "Kenya welcomed the Ethiopian prime minister to Nairobi.", ("CONSULT", ("ETH",), ("KEN",))),
    ("CONSULT welcome", P, "The Ethiopian prime minister was welcomed to Nairobi by Kenya's president.",
     ("CONSULT", ("ETH",), ("KEN",))),
    ("CONSULT welcome", P, "Egypt gave a warm welcome to the Sudanese leader in Cairo.", ("CONSULT", ("SDN",), ("EGY",))),
    ("CONSULT welcome", N, "Kenya welcomed the rains on Monday.", None),
    ("CONSULT welcome", M, "Kenya welcomed the Ethiopian decision to reopen the border.", ("SUPPORT", ("KEN",), ("ETH",))),
    ("CONSULT receive", P, "Japan's emperor received the Vietnamese president at the palace.",
     ("CONSULT", ("VNM",), ("JPN",))),
    ("CONSULT receive", M, "Japan received a letter from the Vietnamese president.", None),
]

# rows the code does not get right yet
GAPS: frozenset[str] = frozenset({
    # engineers demolish for armies too ("army engineers demolished homes"): no subject rule tells a
    # builder's demolition from a conflict's
    "Indian engineers demolished an old railway bridge in Mumbai.",
    # a collective noun before a verb in the base form ("Police teargas"): letting a headline's verb
    # agree with a collective noun in either number moved one CASE check-half snippet's family
    "Police teargas striking teachers",
    "Indian police teargas protesting farmers in Delhi",
})


def _rows(rows: list, key: int = 2) -> list:  # type: ignore[type-arg]
    return [pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason="gap")) if r[key] in GAPS else r
            for r in rows]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), _rows(DESTRUCTION))
def test_destruction_of_property(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), [(p.plover, sorted(p.source), sorted(p.target))
                                                  for p in counted_events(text)]


def _headline_ok(text: str, types: tuple[str, ...], sources: tuple[str, ...] | None) -> bool:
    preds = counted_events(text)
    if not types:  # no attack ("Army shells found near school": shells found, no shelling)
        return all(p.plover != "ASSAULT" for p in preds)
    top = preds[0] if preds else None
    return top is not None and top.plover in types and (sources is None or top.source == frozenset(sources))


@pytest.mark.parametrize(("rule", "kind", "text", "types", "sources"), _rows(HEADLINES))
def test_collective_headlines(rule: str, kind: str, text: str, types: tuple[str, ...],
                              sources: tuple[str, ...] | None) -> None:
    assert _headline_ok(text, types, sources), [(p.plover, sorted(p.source)) for p in counted_events(text)]


@pytest.mark.parametrize(("rule", "kind", "text", "spec"), _rows(PLACES))
def test_place_struck(rule: str, kind: str, text: str, spec: str) -> None:
    outcome = check_victim_row(text, None, spec, True)
    assert outcome == {"event": "ok"}, outcome


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), _rows(VISITS))
def test_visit_roles(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), [(p.plover, sorted(p.source), sorted(p.target))
                                                  for p in counted_events(text)]


def test_every_table_has_every_kind_of_row() -> None:
    tables = [DESTRUCTION, HEADLINES, PLACES, VISITS]
    for table in tables:
        kinds = row_kinds(table)
        assert set().union(*kinds.values()) == ROW_KINDS, table[0]
    assert len(tables) == 4
