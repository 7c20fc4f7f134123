"""A class probe of PLOVER coding: the constructions behind the tuning half's type errors.

The tuning half of the PLOVER dev records (``evaluation/events.py``, ``SPLIT_BIT``) loses its type
accuracy to a handful of constructions, not to single sentences. This probe takes the commonest
classes, each with invented wire-style sentences (time phrase, attribution, parties from every
region and side), the answers written from the PLOVER codebook and manual (``../shared/reference``)
before the code was run:

* ``prep``: a force made ready for an act of force ("prepared to launch an offensive", "was
  getting ready to attack", "readied its troops for an assault"): MOBILIZE, "military moves ...
  short of the actual use of force" (CAMEO 152/154), not a THREATEN (a verbal warning); a
  readiness to talk is still AGREE, a vow still THREATEN, the attack done ASSAULT;
* ``give``: a gift told by a verb of giving with any gift ("donated ten ambulances",
  "handed over 500 tonnes of rice", "gifted two patrol boats"): AID (CAMEO 07), the giver the
  actor, the one given to the recipient; a sale, a speech delivered or suspects handed over are no
  AID;
* ``req``: a request whose verb and particle are split by the wire's time word or an adverb
  ("called Thursday on X to", "is pushing hard for X to", "pressing hard for"): REQUEST (CAMEO
  02/10); "called on X" with no request is a visit;
* ``put``: a measure told with a light verb and a state noun ("was put under investigation",
  "placed under house arrest", "put a journalist under a travel ban"): ACCUSE investigate (CAMEO
  09) or COERCE (CAMEO 17); the agentless passive names no actor (no actor is invented);
* ``cust``: harm done in someone's custody ("died of torture in Israeli custody", "beaten to death
  in Ukrainian captivity"): ASSAULT torture/beat, the custodian the actor; a death of natural
  causes in custody is no ASSAULT;
* ``ease``: a restriction eased, its object after an adjunct or with a verb of reducing
  ("shortened by two hours the curfew", "reduced the curfew", "eased on Sunday the
  restrictions"): CONCEDE (CAMEO 081); the restriction extended or tightened is COERCE;
* ``arr``: aid or peacekeepers arriving ("an aid convoy from Turkey arrived in Idlib",
  "Indonesian peacekeepers arrived in Lebanon"): AID delivered (CAMEO 07, 074); a leader's
  arrival is a visit (CONSULT), troops arriving for exercises or refugees arriving are no AID.

A row's type ``!X`` holds when the most confident counted event is not of type X (or there is
none); ``NONE`` when there is no counted event; any other row holds when the most confident
counted event is the expected (type, source, target) triple, codes as the evaluation gives them
(``IGO`` for international organisations). Rows still failing are strict xfails in ``GAPS``.

Measured on main before any rule written against it (commit 839e680, 107 rows, the answers
written first; the generalisation estimate): type accuracy 0.514, triple accuracy 0.383; rows
held per class: prep 0.37, give 0.47, req 0.53, put 0.14, cust 0.36, ease 0.47, arr 0.27 (two
time- and relative-clause arrivals, arr-n4 and arr-n5, were added with the ``foreground`` rule).
After the rules of branch i16-plover7, written against it (so no longer an estimate; 114 rows,
the added ones near misses and two rows of the clause-split parse): type 0.789, triple 0.763;
prep 0.89, give 0.79, req 0.53, put 0.71, cust 0.94, ease 0.82, arr 0.54.
"""

from __future__ import annotations

import pytest

from tests.builders import NO_EVENT, check_class_probe_rows, counted_events, plover_row_params

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

# a force made ready for an act of force: MOBILIZE
PREP: list[Row] = [
    ("prep-01", "The Ethiopian army prepared on Monday to resume its offensive against Tigrayan forces around Mekelle, diplomats in Addis Ababa said.", "MOBILIZE", ("ETH",), ("ETH",)),
    ("prep-02", "Israeli troops were preparing on Sunday to launch a ground operation against Hamas fighters in the northern Gaza Strip, military officials said.", "MOBILIZE", ("ISR",), ("PSE",)),
    ("prep-03", "Hamas fighters prepared to fire more rockets at Israeli towns, an Israeli army spokesman said on Tuesday.", "MOBILIZE", ("PSE",), ("ISR",)),
    ("prep-04", "Russian forces were preparing to storm the Ukrainian city of Bakhmut, Ukrainian officials said on Friday.", "MOBILIZE", ("RUS",), ("UKR",)),
    ("prep-05", "Ukrainian troops are preparing to attack Russian positions near Zaporizhzhia, a Western intelligence official said.", "MOBILIZE", ("UKR",), ("RUS",)),
    ("prep-06", "The Colombian army readied its troops for an offensive against FARC dissidents in the southern jungle, the defence ministry said.", "MOBILIZE", ("COL",), ("COL",)),
    ("prep-07", "Sudan's army was getting ready to attack the rebel-held town of Nyala in Darfur, witnesses said on Monday.", "MOBILIZE", ("SDN",), ("SDN",)),
    ("prep-08", "Myanmar's military was preparing an offensive against Karen rebels near the Thai border, aid groups said on Wednesday.", "MOBILIZE", ("MMR",), ("MMR",)),
    ("prep-09", "Nigerian troops geared up for an assault on Boko Haram camps in the Sambisa forest, an army spokesman said.", "MOBILIZE", ("NGA",), ("NGA",)),
    ("prep-10", "Azerbaijani forces prepared to shell Armenian positions along the border on Tuesday, the Armenian defence ministry said.", "MOBILIZE", ("AZE",), ("ARM",)),
    ("prep-11", "The Somali army was preparing on Thursday to launch an offensive against al-Shabaab in the Lower Shabelle region, a military commander said.", "MOBILIZE", ("SOM",), ("SOM",)),
    ("prep-12", "Indian troops were preparing to bomb militant camps across the Line of Control, Pakistani officials said on Sunday.", "MOBILIZE", ("IND",), ()),
    # near misses: readiness to cooperate, a vow or warning, the act done, no act of force
    ("prep-n1", "Ethiopia said on Monday it was prepared to resume talks with Egypt over the filling of the dam.", "AGREE", ("ETH",), ("EGY",)),
    ("prep-n2", "The Israeli army launched a ground operation against Hamas fighters in northern Gaza on Sunday, military officials said.", "ASSAULT", ("ISR",), ("PSE",)),
    ("prep-n3", "Russian forces stormed the Ukrainian village of Robotyne on Friday, Ukrainian officials said.", "ASSAULT", ("RUS",), ("UKR",)),
    ("prep-n4", "Hezbollah vowed to attack Israeli positions if the strikes on southern Lebanon continued, a Hezbollah official said.", "THREATEN", ("LBN",), ("ISR",)),
    ("prep-n5", "North Korea warned on Monday that it would launch attacks on South Korea if the drills went ahead, KCNA said.", "THREATEN", ("PRK",), ("KOR",)),
    ("prep-n6", "Brazil prepared to send food and medicine to flood victims in Bolivia, the Brazilian government said on Friday.", "!MOBILIZE", (), ()),
    ("prep-n7", "The Ghanaian electoral commission prepared on Sunday for the presidential run-off, officials in Accra said.", NO_EVENT, (), ()),
]

# a gift told by a verb of giving: AID
GIVE: list[Row] = [
    ("give-01", "Doctors from two Canadian charities donated and personally delivered medicine worth $30,000 to a hospital in Haiti, the charities said.", "AID", ("CAN",), ("HTI",)),
    ("give-02", "Japan donated ten ambulances to the Ghanaian health ministry on Tuesday, the Japanese embassy in Accra said.", "AID", ("JPN",), ("GHA",)),
    ("give-03", "China handed over 500 tonnes of rice to the Sri Lankan government on Monday, the Chinese embassy in Colombo said.", "AID", ("CHN",), ("LKA",)),
    ("give-04", "The United Arab Emirates donated $5 million worth of medical equipment to Sudan, the Emirati news agency WAM said on Sunday.", "AID", ("ARE",), ("SDN",)),
    ("give-05", "Turkey gifted 50 tractors to farmers in Somalia, the Turkish aid agency said on Wednesday.", "AID", ("TUR",), ("SOM",)),
    ("give-06", "Russia donated 25,000 tonnes of wheat to Zimbabwe on Friday, the Russian ambassador in Harare said.", "AID", ("RUS",), ("ZWE",)),
    ("give-07", "India gifted two patrol boats to the Maldives coast guard, the Indian high commission said on Thursday.", "AID", ("IND",), ("MDV",)),
    ("give-08", "Qatar donated school buses and textbooks to the Palestinian education ministry in Ramallah on Monday, officials said.", "AID", ("QAT",), ("PSE",)),
    ("give-09", "Israel delivered 40 trucks of flour and cooking oil to Gaza through the Kerem Shalom crossing on Tuesday, Israeli officials said.", "AID", ("ISR",), ("PSE",)),
    ("give-10", "The European Union handed over 20 armoured vehicles to the Ukrainian border guard service on Friday, the EU delegation said.", "AID", ("IGO",), ("UKR",)),
    ("give-11", "Germany donated 100 generators to Ukrainian hospitals on Wednesday, the German foreign ministry said.", "AID", ("DEU",), ("UKR",)),
    ("give-12", "Mexico sent 30 tonnes of humanitarian supplies to Cuba after the hurricane, the Mexican navy said on Saturday.", "AID", ("MEX",), ("CUB",)),
    ("give-13", "Egypt received 20 ambulances from Saudi Arabia on Wednesday for hospitals in Sinai, Egyptian officials said.", "AID", ("SAU",), ("EGY",)),
    # near misses: a sale, a speech, suspects or bodies handed over, blood donated, a promise
    ("give-n1", "Japan sold ten ambulances to the Ghanaian health ministry on Tuesday, the Japanese embassy in Accra said.", "!AID", (), ()),
    ("give-n2", "The Ghanaian president delivered a speech to parliament on Tuesday on the state of the economy.", "!AID", (), ()),
    ("give-n3", "Thousands of Kenyans donated blood at a drive in Nairobi on Saturday after the bombing, the Red Cross said.", "!AID", (), ()),
    ("give-n4", "Chinese border officers handed over two suspected smugglers to Vietnamese police at the border on Friday.", "!AID", (), ()),
    ("give-n5", "Russia handed over the bodies of 500 fallen soldiers to Ukraine on Friday, a Ukrainian official said.", "!AID", (), ()),
    ("give-n6", "Brazil promised on Monday to donate vaccines to Paraguay, the Brazilian health ministry said.", "AGREE", ("BRA",), ("PRY",)),
]

# a request split from its particle by a time word or an adverb: REQUEST
REQ: list[Row] = [
    ("req-01", "Kenyan police called Thursday on protesters to leave the streets of Nairobi before nightfall.", "REQUEST", ("KEN",), ("KEN",)),
    ("req-02", "The Pakistani foreign ministry called Friday on India to release the fishermen held in Gujarat.", "REQUEST", ("PAK",), ("IND",)),
    ("req-03", "Ukraine's president called Monday on NATO to supply more air defence systems before the winter.", "REQUEST", ("UKR",), ("IGO",)),
    ("req-04", "The Russian foreign ministry called Tuesday on Washington to stop arming Kyiv.", "REQUEST", ("RUS",), ("USA",)),
    ("req-05", "The Palestinian Authority appealed Sunday to the United Nations to protect civilians in Gaza.", "REQUEST", ("PSE",), ("IGO",)),
    ("req-06", "Israel called Wednesday on the Red Cross to visit the hostages held in Gaza.", "REQUEST", ("ISR",), ("IGO",)),
    ("req-07", "According to reports the French government is pushing hard for the European Union to adopt a tax on digital giants.", "REQUEST", ("FRA",), ("IGO",)),
    ("req-08", "Nigeria is pushing for Britain to return the Benin bronzes, the Nigerian culture minister said on Monday.", "REQUEST", ("NGA",), ("GBR",)),
    ("req-09", "Argentina has been pressing hard for Britain to open talks on the Falkland Islands, the Argentine foreign ministry said.", "REQUEST", ("ARG",), ("GBR",)),
    ("req-10", "The Chilean government lobbied hard for Peru to extradite the former minister, officials in Santiago said on Tuesday.", "REQUEST", ("CHL",), ("PER",)),
    ("req-11", "Vietnam called Monday on China to withdraw its survey ship from the disputed waters.", "REQUEST", ("VNM",), ("CHN",)),
    ("req-12", "Indonesia's foreign minister urged Friday that Myanmar's junta free all political prisoners.", "REQUEST", ("IDN",), ("MMR",)),
    # near misses: a courtesy call, troops pushing back, a button pushed
    ("req-n1", "The Pakistani foreign minister called Friday on his Indian counterpart in New Delhi during a regional summit.", "!REQUEST", (), ()),
    ("req-n2", "Nigerian troops pushed back Boko Haram fighters from the town of Monguno on Friday, an army spokesman said.", "ASSAULT", ("NGA",), ("NGA",)),
    ("req-n3", "India's prime minister pushed the button to launch the weather satellite on Friday, state television showed.", NO_EVENT, (), ()),
]

# a light verb with a state noun: put / placed under investigation, house arrest, a ban
PUT: list[Row] = [
    ("put-01", "A U.S. national has been put under investigation in Italy for her possible role in rioting during the summit, Ansa reported.", "ACCUSE", (), ("USA",)),
    ("put-02", "A Russian journalist was placed under investigation in Georgia on Monday over her reporting from Abkhazia.", "ACCUSE", (), ("RUS",)),
    ("put-03", "A Chinese engineer was put under house arrest in Pakistan on Tuesday, police in Karachi said.", "COERCE", (), ("CHN",)),
    ("put-04", "French prosecutors placed a former Gabonese minister under formal investigation for embezzlement on Friday.", "ACCUSE", ("FRA",), ("GAB",)),
    ("put-05", "Israeli police placed a Palestinian lawmaker under house arrest in East Jerusalem on Sunday, his lawyer said.", "COERCE", ("ISR",), ("PSE",)),
    ("put-06", "Turkish authorities put a German journalist under a travel ban on Monday, his lawyer said.", "COERCE", ("TUR",), ("DEU",)),
    ("put-07", "A Ukrainian businessman came under investigation in Cyprus on Thursday for money laundering, Cypriot media reported.", "ACCUSE", (), ("UKR",)),
    ("put-08", "A former Brazilian president was put under investigation by Brazil's federal police on Tuesday for his role in the riots.", "ACCUSE", ("BRA",), ("BRA",)),
    ("put-09", "Two Israeli settlers were placed under administrative detention by Israeli authorities, the army said on Wednesday.", "COERCE", ("ISR",), ("ISR",)),
    ("put-10", "A Nigerian separatist leader was placed under house arrest in Abuja on Friday, his supporters said.", "COERCE", (), ("NGA",)),
    # near misses: an investigation with no suspect, pressure put on a party, a city put under security
    ("put-n1", "An investigation was opened in Italy on Monday into the rioting during the summit in Genoa, Ansa reported.", NO_EVENT, (), ()),
    ("put-n2", "The Italian government put pressure on the United States on Monday to extradite the suspect, Ansa reported.", "!ACCUSE", (), ()),
    ("put-n3", "Pakistani police put the city under heavy security on Tuesday ahead of the Ashura processions.", "!ACCUSE", (), ()),
    ("put-n4", "The Kenyan dam project was put under review on Monday after the collapse of a wall, officials said.", NO_EVENT, (), ()),
]

# harm done in someone's custody: ASSAULT by the custodian
CUST: list[Row] = [
    ("cust-01", "A Kenyan activist died as a result of torture while in Ugandan police custody, according to a report by a human rights group.", "ASSAULT", ("UGA",), ("KEN",)),
    ("cust-02", "Three Ugandan opposition supporters died under torture in Ugandan army custody last month, a rights group said.", "ASSAULT", ("UGA",), ("UGA",)),
    ("cust-03", "A Palestinian prisoner died of torture in an Israeli jail, the Palestinian prisoners' society said on Monday.", "ASSAULT", ("ISR",), ("PSE",)),
    ("cust-04", "An Israeli hostage was tortured in Hamas captivity, according to a medical report released on Tuesday.", "ASSAULT", ("PSE",), ("ISR",)),
    ("cust-05", "A Russian prisoner of war was beaten to death in Ukrainian custody, the Russian human rights commissioner said.", "ASSAULT", ("UKR",), ("RUS",)),
    ("cust-06", "A Ukrainian soldier died after being tortured in Russian captivity, Ukraine's ombudsman said on Friday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("cust-07", "A Kurdish woman died after being beaten in the custody of Iran's morality police, activists said.", "ASSAULT", ("IRN",), ("IRN",)),
    ("cust-08", "A Mexican migrant died of injuries from beatings while in U.S. Border Patrol custody, Mexico's foreign ministry said.", "ASSAULT", ("USA",), ("MEX",)),
    ("cust-09", "A Uighur detainee was tortured in a Chinese detention camp in Xinjiang, a former inmate told reporters.", "ASSAULT", ("CHN",), ("CHN",)),
    ("cust-10", "A Nigerian student was tortured to death in the custody of Libyan militiamen, Nigerian officials said.", "ASSAULT", ("LBY",), ("NGA",)),
    # near misses: a natural death in custody, custody taken, a release, an accusation of torture
    ("cust-n1", "A Kenyan activist died of a heart attack while in Ugandan police custody, his family said.", "!ASSAULT", (), ()),
    ("cust-n2", "A Russian prisoner of war died of natural causes in Ukrainian custody, the Ukrainian army said.", "!ASSAULT", (), ()),
    ("cust-n3", "Ugandan police took a Kenyan activist into custody on Monday, his lawyer said.", "COERCE", ("UGA",), ("KEN",)),
    ("cust-n4", "Amnesty International accused Egyptian police of torturing detainees in custody.", "ACCUSE", ("IGO",), ("EGY",)),
    ("cust-n5", "A Kenyan activist was beaten to death in custody on Monday, his family said.", "ASSAULT", (), ("KEN",)),
    ("cust-n6", "Amnesty International denounced the torture of prisoners in Syrian government jails on Monday.", "ACCUSE", ("IGO",), ("SYR",)),
    ("cust-n7", "A Congolese journalist died of malaria in a Rwandan prison, his family said.", "!ASSAULT", (), ()),
]

# a restriction eased: CONCEDE; extended or tightened: COERCE
EASE: list[Row] = [
    ("ease-01", "The Pakistani president on Thursday shortened by two hours the curfew imposed on Karachi after the riots.", "CONCEDE", ("PAK",), ("PAK",)),
    ("ease-02", "The Bolivian government reduced the curfew in La Paz to four hours on Friday as the protests calmed.", "CONCEDE", ("BOL",), ("BOL",)),
    ("ease-03", "Ecuador's president relaxed on Monday the state of emergency declared in Guayaquil last month.", "CONCEDE", ("ECU",), ("ECU",)),
    ("ease-04", "Israeli authorities eased on Sunday the restrictions imposed on Palestinian movement in Hebron.", "CONCEDE", ("ISR",), ("PSE",)),
    ("ease-05", "The Chinese authorities scaled back the lockdown in Shanghai on Wednesday, state media said.", "CONCEDE", ("CHN",), ("CHN",)),
    ("ease-06", "The Russian authorities lifted on Tuesday the ban on the opposition newspaper, its editor said.", "CONCEDE", ("RUS",), ("RUS",)),
    ("ease-07", "The Ukrainian military administration shortened the curfew in Odesa by one hour on Monday.", "CONCEDE", ("UKR",), ("UKR",)),
    ("ease-08", "Indian authorities partially relaxed the restrictions imposed in Kashmir on Saturday, officials said.", "CONCEDE", ("IND",), ("IND",)),
    ("ease-09", "Kenya's interior minister reduced the dusk-to-dawn curfew in Lamu county on Thursday after the attacks subsided.", "CONCEDE", ("KEN",), ("KEN",)),
    ("ease-10", "The Ethiopian government loosened the restrictions on internet access in the Amhara region on Friday.", "CONCEDE", ("ETH",), ("ETH",)),
    ("ease-11", "President Evo Morales on Friday shortened by one hour the nightly curfew imposed in Bolivia after a May 12 revolt toppled the regional government.", "CONCEDE", ("BOL",), ("BOL",)),
    ("ease-12", "President Hosni Mubarak on Sunday lifted by decree the state of emergency imposed in Egypt after a 1981 attack killed the president.", "CONCEDE", ("EGY",), ("EGY",)),
    # near misses: the restriction extended, imposed or tightened; something else shortened or reduced
    ("ease-n1", "The Pakistani president on Thursday extended by two hours the curfew imposed on Karachi after the riots.", "COERCE", ("PAK",), ("PAK",)),
    ("ease-n2", "The Bolivian government imposed a curfew on La Paz on Friday as the protests spread.", "COERCE", ("BOL",), ("BOL",)),
    ("ease-n3", "Israeli authorities tightened on Sunday the restrictions on Palestinian movement in Hebron.", "COERCE", ("ISR",), ("PSE",)),
    ("ease-n4", "The Kenyan central bank reduced its key lending rate on Thursday, the bank said in a statement.", NO_EVENT, (), ()),
    ("ease-n5", "The Chinese authorities shortened the school year in Shanghai on Wednesday, state media said.", NO_EVENT, (), ()),
]

# aid or peacekeepers arriving: AID; a leader's arrival is a visit
ARR: list[Row] = [
    ("arr-01", "The first contingent of African Union peacekeeping troops has arrived in Somalia, the AU said on Monday.", "AID", ("IGO",), ("SOM",)),
    ("arr-02", "Indonesian peacekeepers arrived in Lebanon on Friday to join the U.N. force, the Indonesian military said.", "AID", ("IDN",), ("LBN",)),
    ("arr-03", "An aid convoy from Turkey arrived in Idlib on Sunday with food and medicine, the Turkish Red Crescent said.", "AID", ("TUR",), ("SYR",)),
    ("arr-04", "A Russian humanitarian convoy arrived in Luhansk on Thursday, Russian state media reported.", "AID", ("RUS",), ("UKR",)),
    ("arr-05", "The first shipment of Chinese vaccines arrived in Zimbabwe on Monday, the Zimbabwean health ministry said.", "AID", ("CHN",), ("ZWE",)),
    ("arr-06", "A planeload of Emirati medical aid landed in Port Sudan on Wednesday, the UAE foreign ministry said.", "AID", ("ARE",), ("SDN",)),
    ("arr-07", "Kenyan police officers arrived in Haiti on Tuesday to lead the multinational security mission, the Kenyan government said.", "AID", ("KEN",), ("HTI",)),
    ("arr-08", "Bangladeshi peacekeepers arrived in the Central African Republic on Saturday, the Bangladeshi army said.", "AID", ("BGD",), ("CAF",)),
    # near misses: a leader's visit, troops for exercises, refugees arriving
    ("arr-n1", "The Nepalese prime minister arrived in New Delhi on Monday for a four-day official visit, the Nepalese foreign ministry said.", "CONSULT", ("NPL",), ("IND",)),
    ("arr-n2", "Russian troops arrived in Belarus on Monday for joint military exercises, the Belarusian defence ministry said.", "!AID", (), ()),
    ("arr-n3", "Thousands of Sudanese refugees arrived in Chad over the weekend, the U.N. refugee agency said.", "!AID", (), ()),
    ("arr-n4", "Bread prices fell sharply on Sunday after an aid convoy from Turkey arrived in Idlib, local traders said.", "!AID", (), ()),
    ("arr-n5", "Kenyan police officers, who arrived in Haiti in June, came under fire in Port-au-Prince on Tuesday, officials said.", "!AID", (), ()),
]

CLASSES: dict[str, list[Row]] = {"prep": PREP, "give": GIVE, "req": REQ, "put": PUT, "cust": CUST, "ease": EASE, "arr": ARR}
ROWS: list[Row] = [r for rows in CLASSES.values() for r in rows]

# rows the coder still gets wrong (strict: a row that starts passing must leave)
GAPS: dict[str, str] = {
    "prep-08": "no counted event",
    "prep-09": "type: read as ASSAULT",
    "give-01": "no counted event",
    "give-09": "no counted event",
    "give-10": "no counted event",
    "give-13": "no counted event",
    "req-01": "type: read as CONSULT",
    "req-02": "no counted event",
    "req-04": "type: read as CONSULT",
    "req-07": "no counted event",
    "req-08": "no counted event",
    "req-12": "type: read as RETREAT",
    "put-06": "no counted event",
    "put-n1": "read as PROTEST",
    "put-n4": "read as NONE",
    "ease-03": "no counted event",
    "ease-04": "arguments: ['ISR'] -> ['ISR']",
    "arr-01": "no counted event",
    "arr-02": "no counted event",
    "arr-04": "no counted event",
    "arr-05": "no counted event",
    "arr-06": "no counted event",
    "arr-08": "no counted event",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) of one row, from the most confident counted event."""
    _rid, text, plover, source, target = row
    preds = counted_events(text)
    if plover.startswith("!"):
        ok = not preds or preds[0].plover != plover[1:]
        return ok, ok
    if plover == NO_EVENT:
        return not preds, not preds
    if not preds:
        return False, False
    top = preds[0]
    type_ok = top.plover == plover
    return type_ok, type_ok and (top.source, top.target) == (frozenset(source), frozenset(target))


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """Type and triple accuracy over ``rows``, and per class the share of rows that hold."""
    results = {r[0]: row_result(r) for r in rows}
    n = len(results)
    scores = {"rows": float(n), "type_accuracy": sum(t for t, _ in results.values()) / n,
              "triple_accuracy": sum(x for _, x in results.values()) / n}
    for name, members in CLASSES.items():
        held = [results[r[0]][1] for r in members if r[0] in results]
        if held:
            scores[f"{name}_held"] = sum(held) / len(held)
    return scores


def test_probe_rows_are_unique_and_every_class_has_near_misses() -> None:
    check_class_probe_rows(ROWS, CLASSES, GAPS, (100, 150), 6)


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_class_row(row: Row) -> None:
    assert row_result(row) == (True, True)
