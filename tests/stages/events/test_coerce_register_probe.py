"""A blind class probe of COERCE, ASSAULT, SANCTION and MOBILIZE as news reports them (issue 16).

Every sentence is invented here and coded, before the code was run, by the PLOVER codebook's
definitions (``../shared/reference/PLOVER_codebook.csv``, the CAMEO crosswalk for the borders) and
the VOA gold's conventions: COERCE is repression short of violence (arrests and detentions, raids
and searches, deportations of individuals, bans and closures, curfews and emergencies, censorship
and shutdowns, seizures, sieges, blockades and occupation, cyber attacks); ASSAULT is deliberate
violence in any form (light verbs "carried out strikes", nominals "a drone attack on", passives "was
shot dead", agentless "an explosion killed", results "left five dead", "came under fire", euphemisms
"neutralised", mass expulsions); SANCTION is a cut in relations (sanctions and embargoes, as the gold
codes them, expelled diplomats, aid cut, withdrawals); MOBILIZE is a deployment or readiness short
of the use of force. Sources and targets are country codes (a state's organs, forces, citizens and
domestic groups carry its code; ``IGO`` for international bodies); an agentless act has no source
and its victims' country as target.

Near misses (type ``NOT``) hold when no counted event of the four classes is found: background
mentions of a war, weapons as a topic, accidents, disasters, anniversaries, an abstract
"crackdown", metaphors ("an attack on democracy"), sport, purposes and plans not carried out.

A typed row holds when the most confident counted event is the expected (type, source, target);
rows still failing are strict xfails in ``GAPS``.

Measured (rows right by type / by triple / rows): on main before any rule (3698d9b5; the 152 rows
written first, the held-out estimate): all 115/82/152; COERCE 37/26/55; ASSAULT 42/22/44; SANCTION 11/10/14; MOBILIZE 6/5/9; NOT 19/19/30 (type accuracy 0.757,
triple accuracy 0.539). After the rules of ``test_coerce_register_rules.py`` (branch
i16-coerce, written after reading this probe's failures, so no longer held out): all 125/89/152; COERCE 41/28/55; ASSAULT 42/22/44; SANCTION 11/10/14; MOBILIZE 7/5/9; NOT 24/24/30 (type
accuracy 0.822, triple accuracy 0.586). Merged with i16-modality's purposes of things made or got, the
purpose row not-purpose-01 holds too (126/90/152).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.builders import counted_events, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
CLASSES = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})


def _r(rid: str, text: str, plover: str, source: str = "", target: str = "") -> Row:
    return rid, text, plover, tuple(source.split()), tuple(target.split())


ARREST: list[Row] = [
    _r("coerce-arrest-01", "Kenyan police arrested at least 40 opposition supporters in Nairobi on Tuesday.", "COERCE", "KEN", "KEN"),
    _r("coerce-arrest-02", "Iranian authorities have detained a French tourist on spying charges, his family said.", "COERCE", "IRN", "FRA"),
    _r("coerce-arrest-03", "A prominent Egyptian blogger was arrested by security forces at Cairo airport.", "COERCE", "EGY", "EGY"),
    _r("coerce-arrest-04", "Belarusian security forces detained dozens of protesters in Minsk on Sunday.", "COERCE", "BLR", "BLR"),
    _r("coerce-arrest-05", "Two American journalists were taken into custody by Russian police in Moscow.", "COERCE", "RUS", "USA"),
    _r("coerce-arrest-06", "Turkish authorities rounded up 120 suspects over alleged links to the coup attempt.", "COERCE", "TUR", ""),
    _r("coerce-arrest-07", "Chinese police are holding a Canadian businessman, the foreign ministry in Ottawa said.", "COERCE", "CHN", "CAN"),
    _r("coerce-arrest-08", "Venezuela's intelligence agency detained an opposition lawmaker at his home in Caracas overnight.", "COERCE", "VEN", "VEN"),
    _r("coerce-arrest-09", "Pakistani police said they had arrested three men in connection with the attack.", "COERCE", "PAK", ""),
    _r("coerce-arrest-10", "More than 300 people have been detained since the protests began, Georgia's interior ministry said.", "COERCE", "GEO", ""),
    _r("coerce-arrest-11", "Israeli troops arrested 15 Palestinians in overnight raids across the West Bank.", "COERCE", "ISR", "PSE"),
    _r("coerce-arrest-12", "Authorities in Uganda charged the opposition leader with treason on Monday.", "COERCE", "UGA", "UGA"),
    _r("coerce-arrest-13", "The detention of the British aid worker by Iranian authorities drew protests from London.", "COERCE", "IRN", "GBR"),
    _r("coerce-arrest-14", "Saudi authorities jailed a women's rights activist for six years.", "SANCTION", "SAU", "SAU"),
]

RAID: list[Row] = [
    _r("coerce-raid-01", "Indian tax officials raided the offices of the BBC in New Delhi on Tuesday.", "COERCE", "IND", "GBR"),
    _r("coerce-raid-02", "Police in Hong Kong searched the newsroom of a pro-democracy newspaper.", "COERCE", "HKG", "HKG"),
    _r("coerce-raid-03", "FBI agents searched the home of a former U.S. national security adviser.", "COERCE", "USA", "USA"),
    _r("coerce-raid-04", "Security forces stormed the headquarters of the opposition party in Tbilisi.", "COERCE", "GEO", "GEO"),
    _r("coerce-raid-05", "A police raid on a Moscow nightclub ended with dozens of people detained.", "COERCE", "RUS", "RUS"),
]

DEPORT: list[Row] = [
    _r("coerce-deport-01", "Russia has expelled a U.S. journalist who had worked in Moscow for a decade.", "COERCE", "RUS", "USA"),
    _r("coerce-deport-02", "Thailand deported 40 Uyghurs to China despite warnings from the United Nations.", "COERCE", "THA", "CHN"),
    _r("coerce-deport-03", "Hundreds of Afghan refugees were deported from Iran last week, aid groups said.", "COERCE", "IRN", "AFG"),
    _r("coerce-deport-04", "The United States deported 80 Guatemalan migrants on a flight to Guatemala City.", "COERCE", "USA", "GTM"),
    _r("coerce-deport-05", "Egypt ordered the deportation of two Sudanese activists.", "COERCE", "EGY", "SDN"),
    _r("coerce-expel-01", "Poland expelled three Russian diplomats, accusing them of espionage.", "SANCTION", "POL", "RUS"),
    _r("coerce-expel-02", "Niger ordered the French ambassador to leave the country within 48 hours.", "SANCTION", "NER", "FRA"),
]

BAN: list[Row] = [
    _r("coerce-ban-01", "Tajikistan banned the main opposition party and seized its assets.", "COERCE", "TJK", "TJK"),
    _r("coerce-ban-02", "Nicaragua shut down more than 1,500 non-governmental organisations last year.", "COERCE", "NIC", "NIC"),
    _r("coerce-ban-03", "Authorities in Hong Kong closed a pro-democracy news website after a police raid.", "COERCE", "HKG", "HKG"),
    _r("coerce-ban-04", "The junta in Mali suspended the activities of all political parties.", "COERCE", "MLI", "MLI"),
    _r("coerce-ban-05", "Russia designated the rights group Memorial a foreign agent and ordered it dissolved.", "COERCE", "RUS", "RUS"),
    _r("coerce-ban-06", "Burkina Faso's military rulers suspended the broadcasts of Radio France Internationale.", "COERCE", "BFA", "FRA"),
    _r("coerce-ban-07", "Afghanistan's Taliban government barred women from attending universities.", "COERCE", "AFG", "AFG"),
    _r("coerce-ban-08", "Ethiopia's election board deregistered an opposition party in Tigray.", "COERCE", "ETH", "ETH"),
]

CURFEW: list[Row] = [
    _r("coerce-curfew-01", "Authorities in Bangladesh imposed a nationwide curfew after days of deadly unrest.", "COERCE", "BGD", "BGD"),
    _r("coerce-curfew-02", "Ecuador's president declared a state of emergency in seven provinces.", "COERCE", "ECU", "ECU"),
    _r("coerce-curfew-03", "Myanmar's military declared martial law in dozens of townships.", "COERCE", "MMR", "MMR"),
    _r("coerce-curfew-04", "A 24-hour curfew was imposed in the Nigerian city of Kaduna.", "COERCE", "NGA", "NGA"),
    _r("coerce-curfew-05", "Sri Lanka extended the emergency rule for another month.", "COERCE", "LKA", "LKA"),
]

CENSOR: list[Row] = [
    _r("coerce-censor-01", "Iran cut off mobile internet across the country as the protests spread.", "COERCE", "IRN", "IRN"),
    _r("coerce-censor-02", "Ethiopia has blocked access to social media in the Amhara region.", "COERCE", "ETH", "ETH"),
    _r("coerce-censor-03", "Russia blocked Instagram and restricted access to Facebook.", "COERCE", "RUS", ""),
    _r("coerce-censor-04", "Internet access was shut down in Kashmir by Indian authorities.", "COERCE", "IND", "IND"),
    _r("coerce-censor-05", "Chinese censors removed posts criticising the lockdown in Shanghai.", "COERCE", "CHN", "CHN"),
    _r("coerce-censor-06", "Pakistan suspended the licence of a private television channel for airing a speech by the former prime minister.", "COERCE", "PAK", "PAK"),
    _r("coerce-censor-07", "Gabon's government imposed an internet blackout on election night.", "COERCE", "GAB", "GAB"),
    _r("coerce-censor-08", "Vietnamese authorities blocked dozens of websites run by dissidents.", "COERCE", "VNM", "VNM"),
]

SEIZE: list[Row] = [
    _r("coerce-seize-01", "Iran seized a Greek-flagged oil tanker in the Gulf of Oman.", "COERCE", "IRN", "GRC"),
    _r("coerce-seize-02", "French authorities confiscated a yacht belonging to a Russian oligarch.", "COERCE", "FRA", "RUS"),
    _r("coerce-seize-03", "Argentine customs officers seized three tons of cocaine at the port of Rosario.", "COERCE", "ARG", ""),
    _r("coerce-seize-04", "Venezuela's government took over a Colombian-owned factory in Valencia.", "COERCE", "VEN", "COL"),
    _r("coerce-seize-05", "The assets of the Russian central bank were frozen by the European Union.", "SANCTION", "IGO", "RUS"),
    _r("coerce-siege-01", "Israeli forces have imposed a blockade on the Gaza Strip.", "COERCE", "ISR", "PSE"),
    _r("coerce-siege-02", "Houthi fighters have besieged the city of Taiz for years.", "COERCE", "YEM", "YEM"),
    _r("coerce-siege-03", "Azerbaijan blocked the only road linking Nagorno-Karabakh to Armenia.", "COERCE", "AZE", "ARM"),
    _r("coerce-siege-04", "Russian troops occupied the nuclear power plant in Zaporizhzhia.", "COERCE", "RUS", "UKR"),
    _r("coerce-siege-05", "Security forces sealed off the neighbourhood around the mosque in Srinagar.", "COERCE", "IND", "IND"),
    _r("coerce-cyber-01", "Russian hackers broke into the computer network of the German parliament.", "COERCE", "RUS", "DEU"),
    _r("coerce-cyber-02", "A cyberattack by North Korean hackers stole millions of dollars from a South Korean exchange.", "COERCE", "PRK", "KOR"),
]

SANCTION: list[Row] = [
    _r("sanction-sanc-01", "The United States imposed new sanctions on Iranian oil exports.", "SANCTION", "USA", "IRN"),
    _r("sanction-sanc-02", "The European Union slapped sanctions on five Belarusian officials.", "SANCTION", "IGO", "BLR"),
    _r("sanction-sanc-03", "Britain has sanctioned two Israeli settler groups.", "SANCTION", "GBR", "ISR"),
    _r("sanction-sanc-04", "Washington blacklisted three Chinese firms accused of supplying drone parts to Russia.", "SANCTION", "USA", "CHN"),
    _r("sanction-sanc-05", "Canada announced an arms embargo on Myanmar's military.", "SANCTION", "CAN", "MMR"),
    _r("sanction-sanc-06", "Japan froze the assets of 11 North Korean individuals.", "SANCTION", "JPN", "PRK"),
    _r("sanction-cut-01", "Germany suspended development aid to Niger after the coup.", "SANCTION", "DEU", "NER"),
    _r("sanction-cut-02", "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "SANCTION", "MLI BFA NER", "IGO"),
    _r("sanction-cut-03", "Morocco recalled its ambassador from Paris for consultations.", "SANCTION", "MAR", "FRA"),
    _r("sanction-cut-04", "Ecuador broke off diplomatic relations with Mexico.", "SANCTION", "ECU", "MEX"),
]

MOBILIZE: list[Row] = [
    _r("mobilize-troops-01", "Russia has massed tens of thousands of troops near its border with Ukraine.", "MOBILIZE", "RUS", "UKR"),
    _r("mobilize-troops-02", "The Pentagon deployed an aircraft carrier to the eastern Mediterranean.", "MOBILIZE", "USA", ""),
    _r("mobilize-troops-03", "Kenya sent 400 police officers to Haiti as part of a multinational mission.", "MOBILIZE", "KEN", "HTI"),
    _r("mobilize-troops-04", "Israel called up 300,000 reservists.", "MOBILIZE", "ISR", ""),
    _r("mobilize-troops-05", "China's military launched large-scale drills around Taiwan on Monday.", "MOBILIZE", "CHN", "TWN"),
    _r("mobilize-troops-06", "Thousands of soldiers were deployed to the streets of Lima after the protests.", "MOBILIZE", "PER", ""),
    _r("mobilize-weapons-01", "North Korea test-fired two ballistic missiles into the sea off its east coast.", "MOBILIZE", "PRK", ""),
    _r("mobilize-weapons-02", "Iran unveiled a new hypersonic missile at a ceremony in Tehran.", "MOBILIZE", "IRN", ""),
    _r("mobilize-weapons-03", "The army put its air defences on high alert after the drone sightings.", "MOBILIZE", "", ""),
]

ASSAULT: list[Row] = [
    _r("assault-light-01", "The Israeli military carried out strikes on Hezbollah positions in southern Lebanon.", "ASSAULT", "ISR", "LBN"),
    _r("assault-light-02", "Ukrainian forces launched a drone attack on an oil refinery in Russia's Ryazan region.", "ASSAULT", "UKR", "RUS"),
    _r("assault-light-03", "Turkish warplanes conducted air strikes against Kurdish militants in northern Iraq.", "ASSAULT", "TUR", "IRQ"),
    _r("assault-light-04", "Al-Shabaab militants staged an assault on a military base in Somalia.", "ASSAULT", "SOM", "SOM"),
    _r("assault-nom-01", "A Russian missile strike on Kharkiv killed seven people.", "ASSAULT", "RUS", "UKR"),
    _r("assault-nom-02", "The U.S. drone strike on a car in Kabul killed ten civilians.", "ASSAULT", "USA", "AFG"),
    _r("assault-nom-03", "An Israeli air raid on a school in Gaza killed at least 20 people.", "ASSAULT", "ISR", "PSE"),
    _r("assault-nom-04", "Saturday's attack on a police station in Pakistan's Khyber Pakhtunkhwa province left four officers dead.", "ASSAULT", "", "PAK"),
    _r("assault-pass-01", "A journalist was shot dead outside his home in Mexico's Sinaloa state.", "ASSAULT", "", "MEX"),
    _r("assault-pass-02", "Three Ukrainian soldiers were killed by Russian shelling overnight.", "ASSAULT", "RUS", "UKR"),
    _r("assault-pass-03", "The convoy was ambushed by gunmen near the Malian town of Gao.", "ASSAULT", "", "MLI"),
    _r("assault-pass-04", "Two Nigerian police officers were stabbed to death in Lagos.", "ASSAULT", "", "NGA"),
    _r("assault-pass-05", "A Colombian community leader was murdered in Cauca province.", "ASSAULT", "", "COL"),
    _r("assault-agentless-01", "An explosion killed 12 people at a market in northeastern Nigeria.", "ASSAULT", "", "NGA"),
    _r("assault-agentless-02", "A car bomb exploded outside a hotel in Mogadishu, killing five.", "ASSAULT", "", "SOM"),
    _r("assault-agentless-03", "A suicide bomber blew himself up at a mosque in Peshawar.", "ASSAULT", "", "PAK"),
    _r("assault-agentless-04", "A roadside bomb hit a military vehicle in Burkina Faso's north.", "ASSAULT", "", "BFA"),
    _r("assault-result-01", "Fighting between the army and the RSF in Khartoum left 40 dead.", "ASSAULT", "SDN", ""),
    _r("assault-result-02", "Clashes between rival militias in Tripoli left dozens of people wounded.", "ASSAULT", "LBY", ""),
    _r("assault-result-03", "The bombing left more than 100 Iraqi civilians injured.", "ASSAULT", "", "IRQ"),
    _r("assault-fire-01", "A UN peacekeeping patrol came under fire near the Lebanese village of Naqoura.", "ASSAULT", "", "IGO"),
    _r("assault-fire-02", "Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT", "IND PAK", ""),
    _r("assault-fire-03", "Israeli soldiers opened fire on Palestinians near the border fence.", "ASSAULT", "ISR", "PSE"),
    _r("assault-fire-04", "Police fired tear gas at protesters in Nairobi.", "ASSAULT", "KEN", "KEN"),
    _r("assault-fire-05", "Security forces in Iran used live ammunition against demonstrators.", "ASSAULT", "IRN", "IRN"),
    _r("assault-kill-01", "Boko Haram fighters killed 30 farmers in Borno state, Nigeria.", "ASSAULT", "NGA", "NGA"),
    _r("assault-kill-02", "Jihadists massacred dozens of villagers in central Mali.", "ASSAULT", "", "MLI"),
    _r("assault-kill-03", "The Turkish army said it had neutralised 15 PKK militants in northern Iraq.", "ASSAULT", "TUR", "TUR"),
    _r("assault-kill-04", "Iraq's counterterrorism forces eliminated a senior Islamic State commander.", "ASSAULT", "IRQ", ""),
    _r("assault-kill-05", "Gunmen assassinated the mayor of a town in Mexico's Guerrero state.", "ASSAULT", "", "MEX"),
    _r("assault-kill-06", "Saudi Arabia executed seven men convicted of terrorism.", "ASSAULT", "SAU", "SAU"),
    _r("assault-abduct-01", "Gunmen kidnapped more than 100 students from a school in Nigeria's Kaduna state.", "ASSAULT", "", "NGA"),
    _r("assault-abduct-02", "Two Italian aid workers were abducted in northern Mozambique.", "ASSAULT", "", "ITA"),
    _r("assault-abduct-03", "Somali pirates hijacked a Bangladeshi cargo ship.", "ASSAULT", "SOM", "BGD"),
    _r("assault-beat-01", "Riot police beat protesters with batons in Tbilisi.", "ASSAULT", "GEO", "GEO"),
    _r("assault-beat-02", "Detainees were tortured in Syrian government prisons, a UN report found.", "ASSAULT", "SYR", ""),
    _r("assault-destroy-01", "Israeli bulldozers demolished dozens of Palestinian homes in the West Bank.", "ASSAULT", "ISR", "PSE"),
    _r("assault-destroy-02", "Militants torched a police station in Manipur.", "ASSAULT", "", "IND"),
    _r("assault-battle-01", "Government troops clashed with rebels in eastern Congo.", "ASSAULT", "COD", "COD"),
    _r("assault-battle-02", "Heavy fighting raged between Armenian and Azerbaijani forces.", "ASSAULT", "ARM AZE", ""),
    _r("assault-battle-03", "Russian artillery pounded Ukrainian positions near Bakhmut.", "ASSAULT", "RUS", "UKR"),
    _r("assault-battle-04", "Rebels overran an army base in Myanmar's Shan state.", "ASSAULT", "MMR", "MMR"),
    _r("assault-cleanse-01", "Myanmar's army drove more than 700,000 Rohingya out of the country.", "ASSAULT", "MMR", "MMR"),
    _r("assault-wmd-01", "Syrian government forces used chlorine gas against the town of Douma.", "ASSAULT", "SYR", "SYR"),
]

NOT: list[Row] = [
    _r("not-war-01", "Since the war began in 2022, Ukraine's economy has shrunk by a third.", "NOT"),
    _r("not-war-02", "The civil war in Yemen has created one of the world's worst humanitarian crises.", "NOT"),
    _r("not-war-03", "The two countries fought a war over Kashmir in 1965.", "NOT"),
    _r("not-weapons-01", "The Pentagon's budget request includes money for new fighter jets.", "NOT"),
    _r("not-weapons-02", "Drones have become a central part of modern warfare, analysts say.", "NOT"),
    _r("not-weapons-03", "The museum displays tanks from the Second World War.", "NOT"),
    _r("not-accident-01", "A bus crashed into a ravine in Peru, killing 20 passengers.", "NOT"),
    _r("not-accident-02", "A gas explosion at a restaurant in China killed 31 people, state media said.", "NOT"),
    _r("not-accident-03", "Floods killed at least 50 people in southern Brazil.", "NOT"),
    _r("not-accident-04", "A fire at a hospital in Baghdad left 82 people dead.", "NOT"),
    _r("not-accident-05", "The earthquake left thousands of families homeless in Morocco.", "NOT"),
    _r("not-anniv-01", "Rwanda marked the 30th anniversary of the genocide on Sunday.", "NOT"),
    _r("not-anniv-02", "Americans remembered the victims of the September 11 attacks.", "NOT"),
    _r("not-crack-01", "Rights groups have long documented the government's crackdown on dissent.", "NOT"),
    _r("not-crack-02", "The crackdown has drawn criticism from Western governments.", "NOT"),
    _r("not-meta-01", "The opposition called the new law an attack on democracy.", "NOT"),
    _r("not-meta-02", "The minister said the newspaper's report was an assault on the truth.", "NOT"),
    _r("not-meta-03", "Inflation is killing small businesses, traders complained.", "NOT"),
    _r("not-meta-04", "The bill was shot down in the Senate on Thursday.", "NOT"),
    _r("not-sport-01", "Brazil beat Argentina 2-1 in a World Cup qualifier.", "NOT"),
    _r("not-sport-02", "The striker fired a shot past the goalkeeper in the 89th minute.", "NOT"),
    _r("not-sport-03", "Japan's judoka defeated her French rival to win gold.", "NOT"),
    _r("not-purpose-01", "Police said the cell was building explosives to carry out attacks in the capital.", "NOT"),
    _r("not-purpose-02", "The plan aims to mobilise resources to fight poverty.", "NOT"),
    _r("not-purpose-03", "Analysts fear the group could launch attacks during the holiday.", "NOT"),
    _r("not-topic-01", "Experts discussed the risks of cyberattacks at a conference in Geneva.", "NOT"),
    _r("not-topic-02", "The film tells the story of a soldier's return from Afghanistan.", "NOT"),
    _r("not-topic-03", "Arrests for drunk driving fell by a tenth last year, police statistics show.", "NOT"),
    _r("not-medical-01", "He died of a heart attack at the age of 74.", "NOT"),
    _r("not-econ-01", "The central bank launched an assault on inflation with a sharp rate rise.", "NOT"),
]

ROWS: list[Row] = ARREST + RAID + DEPORT + BAN + CURFEW + CENSOR + SEIZE + SANCTION + MOBILIZE + ASSAULT + NOT

GAPS: dict[str, str] = {
    "coerce-arrest-01": "wrong argument: - -> KEN",
    "coerce-arrest-07": "no event",
    "coerce-arrest-09": "wrong argument: PAK -> PAK",
    "coerce-arrest-10": "wrong argument: - -> -",
    "coerce-arrest-12": "type: read as ACCUSE",
    "coerce-arrest-14": "type: read as COERCE",
    "coerce-raid-03": "no event",
    "coerce-raid-04": "type: read as ASSAULT",
    "coerce-raid-05": "type: read as ASSAULT",
    "coerce-deport-01": "type: read as SANCTION",
    "coerce-deport-03": "wrong argument: - -> AFG",
    "coerce-ban-02": "no event",
    "coerce-ban-03": "wrong argument: HKG -> -",
    "coerce-ban-04": "type: read as SANCTION",
    "coerce-ban-05": "no event",
    "coerce-ban-06": "type: read as SANCTION",
    "coerce-ban-08": "no event",
    "coerce-curfew-04": "wrong argument: - -> NGA",
    "coerce-censor-03": "no event",
    "coerce-censor-04": "wrong argument: IND -> -",
    "coerce-censor-05": "no event",
    "coerce-censor-08": "wrong argument: VNM -> -",
    "coerce-seize-02": "wrong argument: FRA -> -",
    "coerce-seize-04": "no event",
    "coerce-seize-05": "type: read as COERCE",
    "coerce-siege-03": "wrong argument: AZE -> AZE",
    "coerce-siege-05": "wrong argument: - -> -",
    "coerce-cyber-01": "wrong argument: RUS -> -",
    "coerce-cyber-02": "wrong argument: PRK -> -",
    "sanction-sanc-06": "type: read as COERCE",
    "sanction-cut-02": "wrong argument: - -> IGO",
    "mobilize-troops-03": "type: read as AID",
    "mobilize-troops-05": "wrong argument: CHN -> -",
    "mobilize-troops-06": "wrong argument: - -> -",
    "mobilize-weapons-02": "no event",
    "assault-light-02": "wrong argument: UKR -> UKR",
    "assault-nom-04": "wrong argument: - -> -",
    "assault-pass-01": "wrong argument: MEX -> MEX",
    "assault-pass-03": "wrong argument: - -> -",
    "assault-pass-04": "wrong argument: NGA -> NGA",
    "assault-pass-05": "wrong argument: COL -> COL",
    "assault-agentless-01": "wrong argument: NGA -> NGA",
    "assault-agentless-02": "wrong argument: SOM -> -",
    "assault-agentless-03": "wrong argument: PAK -> -",
    "assault-agentless-04": "wrong argument: BFA -> BFA",
    "assault-result-01": "wrong argument: - -> -",
    "assault-result-02": "wrong argument: - -> -",
    "assault-result-03": "wrong argument: - -> -",
    "assault-fire-05": "type: read as PROTEST",
    "assault-kill-02": "wrong argument: MLI -> MLI",
    "assault-kill-05": "wrong argument: MEX -> -",
    "assault-kill-06": "wrong argument: SAU -> -",
    "assault-abduct-01": "wrong argument: NGA -> NGA",
    "assault-abduct-02": "wrong argument: MOZ -> ITA",
    "assault-destroy-02": "wrong argument: IND -> IND",
    "assault-cleanse-01": "type: read as COERCE",
    "assault-wmd-01": "wrong argument: SYR -> -",
    "not-anniv-02": "spurious ASSAULT",
    "not-crack-01": "spurious ASSAULT",
    "not-topic-03": "spurious COERCE",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) for one row: the most confident counted event's type and triple
    (``tests.builders.triple_row_result``); a ``NOT`` row holds when no counted event of the four classes
    is found."""
    if row[2] == "NOT":
        ok = all(p.plover not in CLASSES for p in counted_events(row[1]))
        return ok, ok
    return triple_row_result(row)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, Any]:
    """Type and triple accuracy over ``rows``, by kind (typed rows, near misses) and by class."""
    out: dict[str, Any] = {}
    by: dict[str, list[tuple[bool, bool]]] = {}
    for row in rows:
        res = row_result(row)
        by.setdefault(row[2], []).append(res)
        by.setdefault("all", []).append(res)
    for key, results in by.items():
        out[key] = (len(results), sum(t for t, _ in results), sum(x for _, x in results))
    return out


def test_probe_rows_are_unique_and_cover_the_classes() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 150
    assert set(GAPS) <= set(ids)
    types = Counter(r[2] for r in ROWS)
    assert set(types) == CLASSES | {"NOT"} and min(types.values()) >= 9, types


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_coerce_register_row(row: Row) -> None:
    assert row_result(row) == (True, True)
