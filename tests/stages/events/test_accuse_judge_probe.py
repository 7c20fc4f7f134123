"""A blind class probe of ACCUSE told as a judgement about a named party (issue 16, branch i16-accuse-judge).

Written before reading the events code: every sentence invented here, coded from the PLOVER codebook's ACCUSE
definition and modes (disapprove: express disapproval, objections and complaints, condemn or decry a policy or
an action, criticise, defame or denigrate responsible parties; investigate; allege: accuse formally or
informally, sue, indict, charge, bring to trial) and the VOA gold conventions (bare opinions and neutral
statements are no event; a state's organs, officials and parties carry its country code; IGOs, the EU and
rights groups are ``IGO``; an unnamed party ``""``).

Construction classes (the id's first word), from the tune-half ACCUSE misses of the real sets (set 1, sets 3a /
3b / 3p / 3v, 4p / 4q / 4c): ``evalpred`` (an evaluative predicate judging a named party's act in a said clause:
"said X's decision was illegal / a provocation / a violation of"), ``described`` (a naming or framing verb:
"described X's move as", "called X's plan deeply offensive", "dismissed X's exercise as"), ``failed`` (a party's
policy told as failed: "said X's policies had failed", "X failed the farmers"), ``respons`` (responsibility:
"bears responsibility", "is to blame", "the fault lay with", "held X responsible", "was behind"), ``intent``
(hostile intent or wrongdoing in reported speech: "was trying to destabilise", "using Y as a weapon", "had
violated the ceasefire", "committing genocide"), ``attacknoun`` (verbal attack nouns with light verbs:
"launched a scathing attack on", "came under fire from", "drew criticism from", "lodged a protest"),
``charge`` (charge, investigation and rights language: "rights groups documented abuses by", "has been accused
of", "charged X with", "put X on trial"), ``quoted`` (a quoted judgement with its speaker named).

Near misses that are not ACCUSE (``-``: no counted event is ACCUSE; ``NONE``: no counted event at all):
``praise``, ``self`` (self-criticism), ``thing`` (an evaluative predicate about no party or about a thing:
"the weather was terrible", "the drought was responsible for"), ``deny`` (a denial of responsibility or of an
accusation), ``req`` (a request), ``own`` (the speaker's own side described).

Measured on main 95ddc415 before any rule (answers written first: the held-out estimate,
:func:`probe_scores`): rows right 78/120 0.650; ACCUSE rows 46/85 0.541; ACCUSE triple (or near miss held)
0.625 (75/120). Failing by class: evalpred 12/17, described 2/10, failed 1/8, respons 7/11, intent 6/13,
attacknoun 7/10, charge 7/10, quoted 4/6; near misses 32/35 (a thing judged "unacceptable" and two denials read
as ACCUSE).

After the rules of ``test_accuse_judge_rules.py`` (written against this probe, so no longer a held-out
estimate): rows right 100/120 0.833; ACCUSE rows 68/85 0.800; triple 95/120 0.792; the rows left are GAPS below
(none of the three near misses that fail was made by this branch).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import AccuseRow, accuse_probe_scores, accuse_row_holds

A = "ACCUSE"
NOT_ACCUSE = "-"

ROWS: list[AccuseRow] = [
    # --- evalpred: an evaluative predicate judging a named party's act inside a said / reported clause ---
    ("evalpred-01", "Poland's foreign minister said Belarus's decision to close the border was illegal.", A, "POL", "BLR"),
    ("evalpred-02", "The Estonian government said Russia's airspace violation was a deliberate provocation.", A, "EST", "RUS"),
    ("evalpred-03", "Jordan's king said Israel's expansion of the settlements was unacceptable.", A, "JOR", "ISR"),
    ("evalpred-04", "Canada's trade minister said the American tariffs were a serious mistake.", A, "CAN", "USA"),
    ("evalpred-05", "South Africa said Rwanda's support for the rebels was a violation of international law.", A, "ZAF", "RWA"),
    ("evalpred-06", "Algeria's foreign ministry said Morocco's purchase of the drones was a threat to regional stability.", A, "DZA", "MAR"),
    ("evalpred-07", "Cuba said the new American restrictions were cruel and unjust.", A, "CUB", "USA"),
    ("evalpred-08", "The Danish prime minister said Washington's demand for Greenland was disrespectful.", A, "DNK", "USA"),
    ("evalpred-09", "Nigeria's information minister said the report by Amnesty International was biased and misleading.", A, "NGA", "IGO"),
    ("evalpred-10", "Taiwan's defence ministry said China's drills around the island were irresponsible.", A, "TWN", "CHN"),
    ("evalpred-11", "Colombia's president said Ecuador's raid on the embassy was an outrage.", A, "COL", "ECU"),
    ("evalpred-12", "Lithuania said Minsk's new nuclear plant posed a grave danger to its citizens.", A, "LTU", "BLR"),
    ("evalpred-13", "Ghana's opposition said the government's handling of the debt talks was a disgrace.", A, "GHA", "GHA"),
    ("evalpred-14", "Vietnam said Beijing's new fishing ban in the disputed waters was invalid.", A, "VNM", "CHN"),
    ("evalpred-15", "The Swedish foreign minister said Iran's execution of the dissident was barbaric.", A, "SWE", "IRN"),
    ("evalpred-16", "Chile's senate president said Bolivia's claims at the court were an insult to the Chilean people.", A, "CHL", "BOL"),
    # --- described: a naming or framing verb giving a judgement of a named party's act ---
    ("described-01", "Ireland's prime minister described Britain's new border checks as a betrayal of the peace agreement.", A, "IRL", "GBR"),
    ("described-02", "The Indonesian foreign minister called Australia's decision to spy on his president deeply offensive.", A, "IDN", "AUS"),
    ("described-03", "Qatar's emir characterised the blockade by Saudi Arabia as collective punishment.", A, "QAT", "SAU"),
    ("described-04", "The Mexican president called Washington's plan to send troops across the border an act of aggression.", A, "MEX", "USA"),
    ("described-05", "Senegal's opposition leader described the president's decision to delay the vote as a constitutional coup.", A, "SEN", "SEN"),
    ("described-06", "Croatia's president labelled Serbia's statement about the war a shameful lie.", A, "HRV", "SRB"),
    ("described-07", "Kazakhstan's government termed the Russian lawmaker's remarks about its borders irresponsible.", A, "KAZ", "RUS"),
    ("described-08", "Peru's foreign ministry described Mexico's offer of asylum to the former premier as unfriendly interference.", A, "PER", "MEX"),
    ("described-09", "Argentina's president dismissed Britain's military exercise near the islands as a pointless provocation.", A, "ARG", "GBR"),
    ("described-10", "Uganda's president called the World Bank's suspension of loans to his country shameful.", A, "UGA", "IGO"),
    # --- failed: a party's policy or conduct told as failed or wrong ---
    ("failed-01", "Pakistan's opposition leader said the government's economic policies had failed.", A, "PAK", "PAK"),
    ("failed-02", "The French far-right leader said Macron's immigration policy had been a total failure.", A, "FRA", "FRA"),
    ("failed-03", "Kenya's former prime minister said President Ruto had failed the country's farmers.", A, "KEN", "KEN"),
    ("failed-04", "Brazil's environment minister said the previous government had failed to protect the Amazon.", A, "BRA", "BRA"),
    ("failed-05", "Egypt said the United Nations had failed the people of Gaza.", A, "EGY", "IGO"),
    ("failed-06", "Republican senators said the president's Afghanistan withdrawal was a catastrophic failure.", A, "USA", "USA"),
    ("failed-07", "Israel's opposition leader said Netanyahu had abandoned the hostages.", A, "ISR", "ISR"),
    ("failed-08", "The Philippine senator said Manila's policy toward Beijing had been naive and weak.", A, "PHL", "PHL"),
    # --- respons: blame and responsibility told of a named party ---
    ("respons-01", "Azerbaijan's foreign ministry said Armenia bears full responsibility for the escalation.", A, "AZE", "ARM"),
    ("respons-02", "The Sudanese army said the Rapid Support Forces were to blame for the massacre in the camp.", A, "SDN", "SDN"),
    ("respons-03", "Ethiopia's prime minister said the fault for the collapse of the truce lay with the Tigrayan leaders.", A, "ETH", "ETH"),
    ("respons-04", "Iran's foreign minister held Washington responsible for the consequences of the strike.", A, "IRN", "USA"),
    ("respons-05", "Kosovo's prime minister said Belgrade was responsible for the attack on the police patrol.", A, "XKX", "SRB"),
    ("respons-06", "The Lebanese president put the blame for the power cuts on Hezbollah's allies in parliament.", A, "LBN", "LBN"),
    ("respons-07", "Pakistan blamed the Afghan Taliban for a surge in attacks near the border.", A, "PAK", "AFG"),
    ("respons-08", "Syria's foreign ministry said Turkey was behind the drone strikes on the Kurdish towns.", A, "SYR", "TUR"),
    ("respons-09", "Georgia's ruling party said Ukraine bore responsibility for the protests in Tbilisi.", A, "GEO", "UKR"),
    ("respons-10", "The Somali government said al-Shabab was responsible for the bombing of the hotel.", A, "SOM", "SOM"),
    # --- intent: hostile intent or wrongdoing attributed in reported speech ---
    ("intent-01", "Moldova's president said Moscow was trying to destabilise her country before the election.", A, "MDA", "RUS"),
    ("intent-02", "Ukraine's energy minister said Russia was using winter as a weapon against civilians.", A, "UKR", "RUS"),
    ("intent-03", "The Israeli army said Hamas had violated the ceasefire by firing rockets at Sderot.", A, "ISR", "PSE"),
    ("intent-04", "South Africa told the court that Israel was committing genocide in Gaza.", A, "ZAF", "ISR"),
    ("intent-05", "The Ukrainian prosecutor general said Russian troops had committed war crimes in Bucha.", A, "UKR", "RUS"),
    ("intent-06", "Guyana's president said Venezuela was seeking to annex two thirds of his country.", A, "GUY", "VEN"),
    ("intent-07", "Serbia said Kosovo was deliberately provoking the Serb community in the north.", A, "SRB", "XKX"),
    ("intent-08", "The Chinese foreign ministry said Washington was weaponising trade to contain China's rise.", A, "CHN", "USA"),
    ("intent-09", "Finland's interior minister said Russia was sending migrants to the border to pressure Helsinki.", A, "FIN", "RUS"),
    ("intent-10", "The Armenian prime minister said Azerbaijan was preparing a new military aggression.", A, "ARM", "AZE"),
    ("intent-11", "Poland said Belarus was pushing migrants across the frontier in a hybrid attack.", A, "POL", "BLR"),
    ("intent-12", "North Korea said South Korea was plotting to overthrow its leadership with leaflets.", A, "PRK", "KOR"),
    # --- attacknoun: verbal attack told by a noun and a light verb ---
    ("attacknoun-01", "Turkey's president launched a scathing attack on Sweden over the burning of the Quran.", A, "TUR", "SWE"),
    ("attacknoun-02", "Italy's prime minister came under fire from the opposition over the migrant deal with Albania.", A, "ITA", "ITA"),
    ("attacknoun-03", "The Indian minister faced accusations of hate speech from opposition parties.", A, "IND", "IND"),
    ("attacknoun-04", "Germany's plan to cut aid drew sharp criticism from Namibia.", A, "NAM", "DEU"),
    ("attacknoun-05", "The Hungarian leader unleashed a fresh tirade against Brussels on Friday.", A, "HUN", "IGO"),
    ("attacknoun-06", "Nicaragua's president directed harsh criticism at the Catholic bishops.", A, "NIC", "NIC"),
    ("attacknoun-07", "Argentina's economy minister leveled sharp criticism at the International Monetary Fund.", A, "ARG", "IGO"),
    ("attacknoun-08", "Kyrgyzstan lodged a formal protest with Tajikistan over the shelling of border villages.", A, "KGZ", "TJK"),
    ("attacknoun-09", "Japan's ambassador made a strong protest to Beijing about the detention of the businessman.", A, "JPN", "CHN"),
    ("attacknoun-10", "The Bangladeshi government issued a strong rebuke to India over the border killings.", A, "BGD", "IND"),
    # --- charge: charge, investigation and rights language ---
    ("charge-01", "Human rights groups documented abuses by Ethiopian troops in the Amhara region.", A, "IGO", "ETH"),
    ("charge-02", "The former Peruvian president has been accused of taking bribes from a construction company.", A, "", "PER"),
    ("charge-03", "Amnesty International said Egyptian police had tortured detained protesters.", A, "IGO", "EGY"),
    ("charge-04", "Human Rights Watch accused the Burundian ruling party's youth wing of killing opponents.", A, "IGO", "BDI"),
    ("charge-05", "Bolivian prosecutors charged the former army chief with attempting a coup.", A, "BOL", "BOL"),
    ("charge-06", "United Nations investigators said Myanmar's military had carried out mass executions.", A, "IGO", "MMR"),
    ("charge-07", "The Mozambican opposition filed a lawsuit against the electoral commission over the count.", A, "MOZ", "MOZ"),
    ("charge-08", "Tanzania's anti-corruption bureau opened an inquiry into the port deal signed by ministers.", A, "TZA", "TZA"),
    ("charge-09", "A court in Paris put the former Lebanese central bank governor on trial for embezzlement.", A, "FRA", "LBN"),
    ("charge-10", "Rights groups alleged that Iranian guards had beaten the women in Evin prison.", A, "IGO", "IRN"),
    # --- quoted: a quoted judgement of a named party with its speaker named ---
    ("quoted-01", "\"Moscow's nuclear threats are reckless and irresponsible,\" the British foreign secretary said.", A, "GBR", "RUS"),
    ("quoted-02", "\"Beijing's intimidation of Taiwan is a threat to peace,\" the Japanese defense minister told reporters.", A, "JPN", "CHN"),
    ("quoted-03", "\"Washington's sanctions on our farmers are economic blackmail,\" Venezuela's vice president said.", A, "VEN", "USA"),
    ("quoted-04", "\"Kigali's aggression against our country must be condemned,\" Congo's foreign minister said.", A, "COD", "RWA"),
    ("quoted-05", "\"The junta has betrayed the hopes of the Nigerien people,\" the French foreign minister said.", A, "FRA", "NER"),
    ("quoted-06", "\"Tehran is lying to the inspectors,\" Israel's ambassador told the Security Council.", A, "ISR", "IRN"),
    # --- near misses: praise ---
    ("praise-01", "Kenya's president said Tanzania's decision to reopen the border was wise and welcome.", NOT_ACCUSE, "KEN", "TZA"),
    ("praise-02", "The German chancellor described Poland's reforms as a remarkable success.", NOT_ACCUSE, "DEU", "POL"),
    ("praise-03", "Senegal's president said Ghana's handling of the election had been exemplary.", NOT_ACCUSE, "SEN", "GHA"),
    ("praise-04", "Norway commended Colombia for its commitment to the peace process.", NOT_ACCUSE, "NOR", "COL"),
    ("praise-05", "The Qatari emir called Egypt's mediation efforts invaluable.", NOT_ACCUSE, "QAT", "EGY"),
    ("praise-06", "The minister said Japan's support had been crucial to the recovery.", NOT_ACCUSE, "", "JPN"),
    # --- near misses: self-criticism ---
    ("self-01", "Spain's prime minister said his government's response to the floods had been too slow.", NOT_ACCUSE, "ESP", "ESP"),
    ("self-02", "The Dutch minister admitted that the ministry had made serious errors in the benefits scandal.", NOT_ACCUSE, "NLD", "NLD"),
    ("self-03", "The coach said the team's performance had been a failure and took the blame himself.", NOT_ACCUSE, "", ""),
    ("self-04", "The chief executive said the company bore responsibility for the delays.", NOT_ACCUSE, "", ""),
    # --- near misses: an evaluative predicate about no party, or about a thing ---
    ("thing-01", "The farmers said the weather this spring had been terrible.", "NONE", "", ""),
    ("thing-02", "The minister said the flooding in the south was a disaster for the harvest.", NOT_ACCUSE, "", ""),
    ("thing-03", "Doctors said the heat wave was dangerous for older people.", "NONE", "", ""),
    ("thing-04", "The economist said the slowdown in exports was a serious problem.", "NONE", "", ""),
    ("thing-05", "The president said the earthquake was a tragedy for the whole nation.", NOT_ACCUSE, "", ""),
    ("thing-06", "The mayor said the traffic in the capital was unacceptable.", "NONE", "", ""),
    ("thing-07", "Analysts said the talks in Geneva had been difficult but useful.", "NONE", "", ""),
    ("thing-08", "The report said the drought was responsible for the fall in wheat output.", "NONE", "", ""),
    ("thing-09", "Experts said the virus was to blame for the rise in hospital admissions.", "NONE", "", ""),
    ("thing-10", "Engineers said the old bridge posed a danger to drivers.", "NONE", "", ""),
    # --- near misses: denials ---
    ("deny-01", "Rwanda said it bore no responsibility for the fighting in eastern Congo.", NOT_ACCUSE, "RWA", ""),
    ("deny-02", "Belgrade said it was not responsible for the unrest in the north of Kosovo.", NOT_ACCUSE, "SRB", ""),
    ("deny-03", "China's embassy said the accusations of spying were baseless.", NOT_ACCUSE, "CHN", ""),
    ("deny-04", "The ministry denied that its soldiers had violated the ceasefire.", NOT_ACCUSE, "", ""),
    # --- near misses: requests ---
    ("req-01", "The Arab League urged Israel to stop the expansion of the settlements.", NOT_ACCUSE, "IGO", "ISR"),
    ("req-02", "The European Union called on Serbia to respect the agreement with Kosovo.", NOT_ACCUSE, "IGO", "SRB"),
    ("req-03", "Mali asked the United Nations to investigate the deaths of the villagers.", NOT_ACCUSE, "MLI", "IGO"),
    ("req-04", "The minister asked Morocco to take responsibility for the border crossings.", NOT_ACCUSE, "", "MAR"),
    # --- near misses: the speaker's own side described ---
    ("own-01", "Ukraine's defense minister said Ukrainian forces were holding their positions near Kupiansk.", NOT_ACCUSE, "UKR", "UKR"),
    ("own-02", "The Israeli army said its troops had been fully prepared for the operation.", NOT_ACCUSE, "ISR", "ISR"),
    ("own-03", "China said its coast guard acted lawfully and professionally near the shoal.", NOT_ACCUSE, "CHN", "CHN"),
    ("own-04", "The Russian defence ministry said its units were responsible for the capture of the village.", NOT_ACCUSE, "RUS", "RUS"),
    ("own-05", "Kenya said its police officers in Haiti were determined to restore order.", NOT_ACCUSE, "KEN", "KEN"),
    ("own-06", "Turkey's president said his country had been a responsible member of the alliance.", NOT_ACCUSE, "TUR", "TUR"),
    ("evalpred-17", "Greece said Turkey's conversion of the old cathedral into a mosque was an insult to the world.", A, "GRC", "TUR"),
    ("intent-13", "Mali's junta said Algeria was harbouring terrorists along the border.", A, "MLI", "DZA"),
    ("respons-11", "Venezuela's government said the opposition was to blame for the blackout.", A, "VEN", "VEN"),
    ("thing-11", "The governor said the wildfires were a catastrophe for the region.", NOT_ACCUSE, "", ""),
]

# rows the code still gets wrong (strict: a row that starts passing leaves); filled from the measurement
GAPS: dict[str, str] = {
    "described-02": "no event: 'called X's decision to spy on Y deeply offensive' parsed with 'called' a clause on the subject",
    "described-03": "type: 'characterised the blockade by X as collective punishment' (the punishment word is no verdict word)",
    "described-04": "type: 'called X's plan to send troops an act of aggression' read as the plan's own acts",
    "described-05": "no event: 'described X's decision to delay the vote as a constitutional coup' (the 'as' phrase on the infinitive)",
    "described-06": "no event: 'labelled X's statement about the war a shameful lie' (the epithet hung on 'war')",
    "described-09": "type: 'dismissed X's exercise as a provocation' read as REJECT (the house's dismissal convention)",
    "described-10": "type: 'called the World Bank's suspension of loans to his country shameful' misparsed as a call",
    "failed-07": "no event: 'said Netanyahu had abandoned the hostages' (abandoning people is no verdict word)",
    "respons-04": "type: 'held X responsible for the consequences' (reports.yaml's responsibility_held, a claim of responsibility; an ACCUSE reading was dropped)",
    "respons-06": "no event: 'put the blame for Z on X' (reports.yaml's blame_placed; an ACCUSE reading was dropped)",
    "respons-09": "type: 'said Ukraine bore responsibility for the protests' parsed with 'bore' a compound noun",
    "intent-09": "no event: 'was sending migrants to the border to pressure Helsinki' (a purpose of pressure)",
    "intent-11": "type: 'was pushing migrants across the frontier in a hybrid attack' read as an assault",
    "attacknoun-10": "type: 'issued a strong rebuke to X over the killings' read as the killings (ASSAULT)",
    "charge-03": "type: 'Amnesty said Egyptian police had tortured protesters' is the act alone (a watchdog reading was dropped: the PLOVER harness codes such a record as the assault only)",
    "charge-08": "type: 'opened an inquiry into the port deal signed by ministers' read as SUPPORT",
    "quoted-04": "no ACCUSE: 'X's aggression against our country must be condemned' (a condemnation asked, read as REQUEST)",
    "thing-06": "spurious ACCUSE: 'the traffic was unacceptable' (disapproval_words judge with no party; before this branch)",
    "deny-03": "spurious ACCUSE: 'said the accusations of spying were baseless' (a denial read as a judgement; before this branch)",
    "deny-04": "spurious ACCUSE: 'denied that its soldiers had violated the ceasefire' (before this branch)",
}


def test_probe_rows_are_unique_and_cover_every_class() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 120
    assert set(GAPS) <= set(ids)
    classes = Counter(r[0].split("-")[0] for r in ROWS)
    assert len(classes) == 14, classes
    kinds = Counter(r[2] for r in ROWS)
    assert kinds[A] >= 85 and kinds["NONE"] >= 8 and kinds[NOT_ACCUSE] >= 15, kinds


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_accuse_judge_row(row: AccuseRow) -> None:
    assert accuse_row_holds(row)


def probe_scores(rows: list[AccuseRow] = ROWS) -> dict[str, float]:
    """Rows right, ACCUSE rows right and the ACCUSE triple right (tests.builders.accuse_probe_scores)."""
    return accuse_probe_scores(rows, any_accuse_triple=True)
