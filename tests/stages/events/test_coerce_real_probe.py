"""A blind class probe of COERCE, THREATEN, SANCTION and REQUEST as real news tells them (issue 16, branch
i16-coerce-real), written from the PLOVER codebook's definitions and modes and CAMEO 10x/13x/16x/17x before any rule.

Last stop's coercion class probe read 0.872 on main while the held-out VOA set 2 did not move: its sentences
were easier than real ones. These rows are written in the shapes the tune-half misses of the real sets take
(sets 1, 3 and 4): detention and its aftermath ("has remained in custody since", "were rounded up", "has been
held in pretrial detention since", "took X into custody"), restrictions and bans ("barred from", "blocked
access to", "shut down", "suspended the licence of", "imposed a curfew", "stripped X of their citizenship"),
expulsions and deportations, seizure and searches, designation; warnings with consequences ("warned X of
severe consequences", "said it would respond firmly", "vowed to retaliate", "would not be spared",
"ultimatum", "deadline"); sanctions told as lists and nouns ("added to its sanctions list", "froze the
assets of", "the entity list", "export controls", "travel ban", punitive tariffs), convictions, cut ties
and withdrawals; requests by modal and deontic phrases in reported speech ("X must / should / needs to",
"it is time for X to", "had an obligation to", "called for X to", "pressed X to", "appealed to X").
Every sentence is written here (none from a gold file or a probe). Near misses (rows ``CLASS-n-N``, no
counted event expected): a ban on a product with no party, a deontic about the speaker's own side, a
threat of weather, a generic "must" in advice, "the recipe calls for".

Row ids are ``TYPE-construction-n``; source and target are the country codes the sentence names ("" for
none). Measured on main before any rule (95ddc415, 116 rows; rows whose most confident counted event has the
expected type / rows, halves by ``half(text)``), the held-out estimate:

=========  ======  =====  =====
class      whole   tune   check
=========  ======  =====  =====
COERCE     20/27   10/15  10/12
THREATEN   15/24    4/9   11/15
SANCTION   15/22    9/11   6/11
REQUEST    17/27   13/19   4/8
near miss  12/16    5/7    7/9
all rows   79/116  41/61  38/55
=========  ======  =====  =====

type accuracy 0.586, triple F1 0.495, actor F1 0.764, triple accuracy 0.440, no counted event on 0.259.
After the rules of ``test_coerce_real_rules.py`` (written looking at the tune rows and the real sets'
tune-half misses): THREATEN 17/24 (6/9, 11/15), REQUEST 20/27 (15/19, 5/8), the others unchanged; all rows
84/116 (45/61 tune, 39/55 check); type accuracy 0.629, triple F1 0.533,
actor F1 0.804, triple accuracy 0.483, no counted event on 0.233 (``MEASURED``).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import (
    NO_EVENT,
    class_found,
    plover_probe_shortfalls,
    plover_row,
    plover_row_params,
    triple_row_result,
)

r = plover_row

COERCE_ROWS = [
    r("COERCE-custody-1", "The Egyptian activist has remained in custody since his arrest in March, his lawyers said.", "COERCE", "", "EGY"),
    r("COERCE-custody-2", "Hundreds of Uyghur men were rounded up by Chinese police in Kashgar last year.", "COERCE", "CHN", "CHN"),
    r("COERCE-custody-3", "A Russian journalist has been held in pretrial detention in Moscow since January.", "COERCE", "", "RUS"),
    r("COERCE-custody-4", "Iranian authorities took two French tourists into custody near the border.", "COERCE", "IRN", "FRA"),
    r("COERCE-custody-5", "The opposition leader was placed under house arrest by Venezuelan authorities.", "COERCE", "VEN", ""),
    r("COERCE-custody-6", "Turkey has jailed more than 40 Turkish journalists since the coup attempt, a press freedom group said.", "COERCE", "TUR", "TUR"),
    r("COERCE-custody-7", "Cambodian police have kept the union leader behind bars since the strike in May.", "COERCE", "KHM", ""),
    r("COERCE-custody-8", "Tajik authorities have held the lawyer incommunicado since his detention last spring.", "COERCE", "TJK", ""),
    r("COERCE-custody-9", "A prominent Azerbaijani economist was arrested in Baku on smuggling charges, his wife said.", "COERCE", "", "AZE"),
    r("COERCE-custody-10", "Iran has detained at least 30 Iranian women for defying the headscarf law, rights groups said.", "COERCE", "IRN", "IRN"),
    r("COERCE-restrict-1", "Uganda barred the opposition candidate from holding rallies in Kampala.", "COERCE", "UGA", ""),
    r("COERCE-restrict-2", "Ethiopian authorities blocked access to social media in the Amhara region.", "COERCE", "ETH", ""),
    r("COERCE-restrict-3", "The Pakistani government shut down mobile internet in Islamabad ahead of the protest.", "COERCE", "PAK", ""),
    r("COERCE-restrict-4", "Indian police imposed a curfew in parts of Manipur after the clashes.", "COERCE", "IND", ""),
    r("COERCE-restrict-5", "The Algerian government suspended the licence of a private Algerian television channel.", "COERCE", "DZA", "DZA"),
    r("COERCE-restrict-6", "Russian censors blocked the website of a Latvian news outlet.", "COERCE", "RUS", "LVA"),
    r("COERCE-restrict-7", "Burundi's government banned the main Burundian opposition party from contesting the election.", "COERCE", "BDI", "BDI"),
    r("COERCE-restrict-8", "Saudi Arabia imposed a travel ban on the released Saudi blogger.", "COERCE", "SAU", "SAU"),
    r("COERCE-restrict-9", "The Nicaraguan government stripped 94 Nicaraguan critics of their citizenship.", "COERCE", "NIC", "NIC"),
    r("COERCE-expel-1", "Thousands of Afghan migrants were deported from Pakistan last month.", "COERCE", "PAK", "AFG"),
    r("COERCE-expel-2", "The Dominican Republic expelled hundreds of Haitians across the border this week.", "COERCE", "DOM", "HTI"),
    r("COERCE-expel-3", "Many of the islanders were forcibly removed from their homes by the colonial administration.", "COERCE", "", ""),
    r("COERCE-seize-1", "Nigerian soldiers raided the offices of a Nigerian newspaper in Abuja and seized computers.", "COERCE", "NGA", "NGA"),
    r("COERCE-seize-2", "Georgian police searched the home of an opposition leader in Tbilisi on Thursday.", "COERCE", "GEO", ""),
    r("COERCE-seize-3", "Sri Lankan authorities confiscated the passports of two Sri Lankan activists.", "COERCE", "LKA", "LKA"),
    r("COERCE-seize-4", "Hong Kong authorities froze the bank accounts of a pro-democracy newspaper.", "COERCE", "HKG", ""),
    r("COERCE-designate-1", "The United States designated the Houthis a terrorist organisation.", "COERCE", "USA", "YEM"),
    r("COERCE-n-1", "The European Union banned single-use plastic straws from 2021.", NO_EVENT, "", ""),
    r("COERCE-n-2", "The museum shut down its east wing for repairs.", NO_EVENT, "", ""),
    r("COERCE-n-3", "The veteran striker is held in high regard by his fans.", NO_EVENT, "", ""),
    r("COERCE-n-4", "Rescuers found the missing hiker alive in the hills.", NO_EVENT, "", ""),
]

THREATEN_ROWS = [
    r("THREATEN-warn-1", "Iran warned the United States of severe consequences if it struck Iranian nuclear sites.", "THREATEN", "IRN", "USA"),
    r("THREATEN-warn-2", "China said it would respond firmly to any Japanese move on the islands.", "THREATEN", "CHN", "JPN"),
    r("THREATEN-warn-3", "Pakistan vowed to retaliate against India for the missile strikes.", "THREATEN", "PAK", "IND"),
    r("THREATEN-warn-4", "The Serbian president warned that Serbia would not stand idle if Kosovo police entered the north.", "THREATEN", "SRB", "XKX"),
    r("THREATEN-warn-5", "North Korea warned that any provocation would be met with a nuclear response.", "THREATEN", "PRK", ""),
    r("THREATEN-warn-6", "The Sudanese army chief warned the paramilitary fighters that they would be crushed.", "THREATEN", "SDN", ""),
    r("THREATEN-warn-7", "Washington warned Beijing of unspecified countermeasures over the chip export rules.", "THREATEN", "USA", "CHN"),
    r("THREATEN-warn-8", "Thai authorities warned protesters they would be arrested if they gathered in Bangkok.", "THREATEN", "THA", ""),
    r("THREATEN-warn-9", "The Chinese foreign ministry said Beijing would take all necessary measures if Taiwan's leader visited Washington.", "THREATEN", "CHN", "TWN"),
    r("THREATEN-warn-10", "The Rwandan government warned that it would defend itself against any aggression from Congo.", "THREATEN", "RWA", "COD"),
    r("THREATEN-warn-11", "Tehran warned it would close the Strait of Hormuz if its oil exports were blocked.", "THREATEN", "IRN", ""),
    r("THREATEN-warn-12", "The Kenyan interior minister warned striking doctors that they would be sacked.", "THREATEN", "KEN", "KEN"),
    r("THREATEN-warn-13", "A senior Pakistani minister warned that the attackers would not be spared.", "THREATEN", "PAK", ""),
    r("THREATEN-vow-1", "Kim Jong Un vowed to wipe out South Korea's military if it attacked.", "THREATEN", "PRK", "KOR"),
    r("THREATEN-vow-2", "Iraqi militias said they would target American troops unless they left Iraq.", "THREATEN", "IRQ", "USA"),
    r("THREATEN-vow-3", "Ethiopia's prime minister said Ethiopia was ready to use force to secure access to the sea.", "THREATEN", "ETH", ""),
    r("THREATEN-verb-1", "Russia threatened to cut gas supplies to Moldova.", "THREATEN", "RUS", "MDA"),
    r("THREATEN-verb-2", "The Venezuelan president threatened Guyana with military action over the Essequibo region.", "THREATEN", "VEN", "GUY"),
    r("THREATEN-verb-3", "The Malian junta threatened to expel the French ambassador.", "THREATEN", "MLI", "FRA"),
    r("THREATEN-noun-1", "The threat of American tariffs has unsettled Mexican exporters.", "THREATEN", "USA", "MEX"),
    r("THREATEN-noun-2", "Turkey issued an ultimatum to Sweden over the Kurdish activists.", "THREATEN", "TUR", "SWE"),
    r("THREATEN-noun-3", "Azerbaijan's threats against Armenia have raised fears of a new war.", "THREATEN", "AZE", "ARM"),
    r("THREATEN-noun-4", "The governor silenced his critics with lawsuits and threats.", "THREATEN", "", ""),
    r("THREATEN-noun-5", "Israel gave Hamas a deadline to release the hostages or face renewed strikes.", "THREATEN", "ISR", "PSE"),
    r("THREATEN-n-1", "Forecasters warned of heavy snow across northern Japan this weekend.", NO_EVENT, "", ""),
    r("THREATEN-n-2", "Doctors warned that the heat could be dangerous for elderly people.", NO_EVENT, "", ""),
    r("THREATEN-n-3", "Drought threatens the maize harvest in Zambia, aid agencies said.", NO_EVENT, "", ""),
    r("THREATEN-n-4", "The coach said his team would respond with a better performance next week.", NO_EVENT, "", ""),
]

SANCTION_ROWS = [
    r("SANCTION-list-1", "The U.S. Treasury added four Iranian shipping firms to its sanctions list.", "SANCTION", "USA", "IRN"),
    r("SANCTION-list-2", "The European Union froze the assets of 12 Russian officials on Monday.", "SANCTION", "IGO", "RUS"),
    r("SANCTION-list-3", "Washington added Chinese drone makers to the entity list.", "SANCTION", "USA", "CHN"),
    r("SANCTION-list-4", "Britain announced new sanctions on Belarusian banks.", "SANCTION", "GBR", "BLR"),
    r("SANCTION-list-5", "The United States imposed export controls on advanced chips bound for China.", "SANCTION", "USA", "CHN"),
    r("SANCTION-list-6", "Canada slapped a travel ban on senior Iranian officials.", "SANCTION", "CAN", "IRN"),
    r("SANCTION-list-7", "The U.S. blacklisted a Venezuelan state oil company.", "SANCTION", "USA", "VEN"),
    r("SANCTION-list-8", "China imposed punitive tariffs on Australian wine in 2020.", "SANCTION", "CHN", "AUS"),
    r("SANCTION-list-9", "Washington's sanctions on Russian oil have cut Moscow's revenues.", "SANCTION", "USA", "RUS"),
    r("SANCTION-list-10", "The State Department revoked the visas of Nicaraguan judges.", "SANCTION", "USA", "NIC"),
    r("SANCTION-convict-1", "A Moscow court sentenced the American reporter to 16 years in a penal colony.", "SANCTION", "RUS", "USA"),
    r("SANCTION-convict-2", "The Chinese dissident was convicted of subversion by a Chinese court and sentenced to 11 years.", "SANCTION", "CHN", "CHN"),
    r("SANCTION-convict-3", "The tribunal in The Hague found the Bosnian Serb commander guilty of genocide.", "SANCTION", "IGO", ""),
    r("SANCTION-relations-1", "Morocco recalled its ambassador from Algeria and cut diplomatic ties with Algeria.", "SANCTION", "MAR", "DZA"),
    r("SANCTION-relations-2", "Niger ordered the French ambassador to leave the country within 48 hours.", "SANCTION", "NER", "FRA"),
    r("SANCTION-relations-3", "Kuwait expelled the Lebanese ambassador over the minister's remarks.", "SANCTION", "KWT", "LBN"),
    r("SANCTION-relations-4", "Ecuador broke off relations with Mexico after the embassy raid.", "SANCTION", "ECU", "MEX"),
    r("SANCTION-withdraw-1", "Mali withdrew from the regional anti-terror force.", "SANCTION", "MLI", "IGO"),
    r("SANCTION-withdraw-2", "Germany suspended development aid to Niger after the coup.", "SANCTION", "DEU", "NER"),
    r("SANCTION-withdraw-3", "Russia was suspended from the UN Human Rights Council.", "SANCTION", "IGO", "RUS"),
    r("SANCTION-withdraw-4", "The African Union suspended Gabon after the coup.", "SANCTION", "IGO", "GAB"),
    r("SANCTION-withdraw-5", "Japan tightened restrictions on exports of chemicals to South Korea.", "SANCTION", "JPN", "KOR"),
    r("SANCTION-n-1", "The school banned mobile phones in classrooms.", NO_EVENT, "", ""),
    r("SANCTION-n-2", "Tariffs on imported cars have risen steadily since 2018.", NO_EVENT, "", ""),
    r("SANCTION-n-3", "The bank froze hiring for the rest of the year.", NO_EVENT, "", ""),
]

REQUEST_ROWS = [
    r("REQUEST-deontic-1", "Ukraine's president said Western allies must send more air defence systems to Kyiv.", "REQUEST", "UKR", ""),
    r("REQUEST-deontic-2", "The Kenyan foreign minister said it is time for Ethiopia and Eritrea to sit down and talk.", "REQUEST", "KEN", "ETH ERI"),
    r("REQUEST-deontic-3", "Brazil's president said Venezuela needs to publish the full election results.", "REQUEST", "BRA", "VEN"),
    r("REQUEST-deontic-4", "France said Israel should allow aid into Gaza without delay.", "REQUEST", "FRA", "ISR"),
    r("REQUEST-deontic-5", "South Africa's president said Russia has to return the Ukrainian children.", "REQUEST", "ZAF", "RUS"),
    r("REQUEST-deontic-6", "Egypt's foreign minister said the United States ought to press Israel for a ceasefire.", "REQUEST", "EGY", "USA"),
    r("REQUEST-deontic-7", "India said Pakistan must act against militant groups on its soil.", "REQUEST", "IND", "PAK"),
    r("REQUEST-deontic-8", "The Armenian prime minister said Azerbaijan had an obligation to withdraw from Armenian territory.", "REQUEST", "ARM", "AZE"),
    r("REQUEST-deontic-9", "Somalia's president said the time had come for Ethiopia to respect Somali sovereignty.", "REQUEST", "SOM", "ETH"),
    r("REQUEST-deontic-10", "Indonesia's foreign minister said Myanmar's generals should release all political prisoners.", "REQUEST", "IDN", "MMR"),
    r("REQUEST-deontic-11", "Hungary's prime minister said the European Union needed to end the sanctions on Russia.", "REQUEST", "HUN", "IGO"),
    r("REQUEST-deontic-12", "We expect China to use its influence on Pyongyang, the South Korean foreign minister said.", "REQUEST", "KOR", "CHN"),
    r("REQUEST-deontic-13", "The Nigerian president said he hoped Niger's junta would restore civilian rule soon.", "REQUEST", "NGA", "NER"),
    r("REQUEST-verb-1", "Germany called for Serbia to withdraw its troops from the Kosovo border.", "REQUEST", "DEU", "SRB"),
    r("REQUEST-verb-2", "The Philippine president pressed China to stop harassing Philippine fishermen.", "REQUEST", "PHL", "CHN"),
    r("REQUEST-verb-3", "Pakistan appealed to the United Nations for flood relief.", "REQUEST", "PAK", "IGO"),
    r("REQUEST-verb-4", "Japan demanded the release of two Japanese nationals held in China.", "REQUEST", "JPN", "CHN"),
    r("REQUEST-verb-5", "The Qatari emir called on both sides to return to the negotiating table.", "REQUEST", "QAT", ""),
    r("REQUEST-verb-6", "Poland wants Germany to pay war reparations, the Polish foreign minister said.", "REQUEST", "POL", "DEU"),
    r("REQUEST-verb-7", "Chile asked Peru to extradite the former army officer.", "REQUEST", "CHL", "PER"),
    r("REQUEST-verb-8", "Iraq requested that Turkey halt its strikes in northern Iraq.", "REQUEST", "IRQ", "TUR"),
    r("REQUEST-verb-9", "The Colombian government insisted that the rebels hand over their weapons.", "REQUEST", "COL", ""),
    r("REQUEST-verb-10", "Lebanon sought Saudi help to rebuild its economy.", "REQUEST", "LBN", "SAU"),
    r("REQUEST-verb-11", "Ghana pleaded with Togo to reopen the border crossing.", "REQUEST", "GHA", "TGO"),
    r("REQUEST-noun-1", "Senegal's calls for the release of the detained sailors went unanswered in Mauritania.", "REQUEST", "SEN", ""),
    r("REQUEST-noun-2", "The ceasefire was agreed at the request of the Yemeni government.", "REQUEST", "YEM", ""),
    r("REQUEST-noun-3", "The Mexican president's demand for more visas for Mexican workers was raised in Washington.", "REQUEST", "MEX", ""),
    r("REQUEST-n-1", "Travellers should drink plenty of water in the heat, the Spanish health ministry said.", NO_EVENT, "", ""),
    r("REQUEST-n-2", "The Polish prime minister said Poland must strengthen its own army.", NO_EVENT, "", ""),
    r("REQUEST-n-3", "You must try the grilled fish in Lisbon, the guidebook says.", NO_EVENT, "", ""),
    r("REQUEST-n-4", "Kenya needs more rain before the planting season, farmers said.", NO_EVENT, "", ""),
    r("REQUEST-n-5", "The recipe calls for two cups of rice.", NO_EVENT, "", ""),
]

ROWS = COERCE_ROWS + THREATEN_ROWS + SANCTION_ROWS + REQUEST_ROWS
CLASSES = ("COERCE", "THREATEN", "SANCTION", "REQUEST")

MEASURED: dict[str, float] = {"rows": 116, "type_accuracy": 0.629, "triple_f1": 0.533, "actor_f1": 0.804,
                             "triple_accuracy": 0.483, "no_event_rate": 0.233}

# rows the code still gets wrong, with the failure seen (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "COERCE-custody-7": "wrong type: ASSAULT",
    "COERCE-restrict-6": "no event",
    "COERCE-restrict-8": "wrong type: SANCTION",
    "COERCE-restrict-9": "no event",
    "COERCE-expel-3": "no event",
    "COERCE-seize-1": "wrong type: ASSAULT",
    "COERCE-designate-1": "wrong type: NONE",
    "COERCE-n-3": "wrong type: PROTEST",
    "THREATEN-warn-4": "no event",
    "THREATEN-warn-9": "no event",
    "THREATEN-warn-10": "no event",
    "THREATEN-vow-1": "no event",
    "THREATEN-noun-1": "no event",
    "THREATEN-noun-4": "no event",
    "THREATEN-noun-5": "wrong type: ASSAULT",
    "THREATEN-n-1": "wrong type: NONE",
    "THREATEN-n-3": "wrong type: THREATEN",
    "SANCTION-list-1": "wrong type: NONE",
    "SANCTION-list-2": "wrong type: COERCE",
    "SANCTION-list-3": "no event",
    "SANCTION-list-5": "wrong type: COERCE",
    "SANCTION-list-10": "no event",
    "SANCTION-withdraw-1": "wrong type: RETREAT",
    "SANCTION-withdraw-5": "wrong type: COERCE",
    "REQUEST-deontic-3": "no event",
    "REQUEST-deontic-12": "no event",
    "REQUEST-deontic-13": "no event",
    "REQUEST-verb-5": "wrong type: CONSULT",
    "REQUEST-verb-9": "wrong type: RETREAT",
    "REQUEST-noun-2": "wrong type: RETREAT",
    "REQUEST-noun-3": "no event",
    "REQUEST-n-2": "wrong type: REQUEST",
}


def test_layout() -> None:
    ids = Counter(row[0] for row in ROWS)
    assert max(ids.values()) == 1 and len(ROWS) == 116
    assert not set(GAPS) - set(ids)
    per_type = Counter(row[2] for row in ROWS)
    assert all(per_type[c] >= 20 for c in CLASSES), per_type
    near = Counter(row[0].split("-")[0] for row in ROWS if row[0].split("-")[1] == "n")
    assert all(near[c] >= 3 for c in CLASSES) and per_type[NO_EVENT] == sum(near.values()), near


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_coerce_real_row(row: tuple) -> None:
    assert triple_row_result(row)[0]


def test_coerce_real_scores_hold_their_floor() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []


# rows found with the expected type, per class, after the rules (a class may gain, never lose)
FOUND = {"COERCE": 20, "THREATEN": 17, "SANCTION": 15, "REQUEST": 20}


def test_coerce_real_classes_keep_their_found_rows() -> None:
    found = class_found(ROWS)
    assert [c for c in CLASSES if found[c][0] < FOUND[c]] == [], found
