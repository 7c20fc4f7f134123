"""A blind class probe of events told as nouns (issue 16, branch i16-event-nouns).

On the untouched VOA set 2 recall is the loss (248 gold events, 151 predicted), and the real tune halves carry
many events as nouns ("condemned the bombing of", "killed in a Russian drone strike on", "after Israel's raid on",
"the arrest of X by Y"). The rows are written for this probe (news register, parties from every region; none
copied from any gold set), the answers from the PLOVER codebook before any rule was run, in five classes of
construction:

* ``react``: the event noun as the object of a verb of reaction or report ("condemned the bombing of X by Y",
  "announced the arrest of", "welcomed the release of"): the noun's act is coded beside the reaction;
* ``casualty``: the event noun in an adjunct of a casualty or damage clause ("killed in a Russian drone strike on",
  "wounded in shelling by", "died in the attack on");
* ``doer``: a possessive or "by"-phrase doer ("Russia's invasion of", "the strike by Israeli jets");
* ``background``: "since / after / following / amid / in response to" + the event noun;
* ``subject``: the event noun as the sentence's subject ("The raid killed five", "Talks between X and Y ended").

Near misses (``-n`` rows) are no act of the row's type: a hypothetical or planned act ("a possible strike", "any
future bombing"), a generic noun ("attacks on journalists are rising"), a title ("the Defence Ministry's
spokesman"), a sports "attack", a labour strike, a disaster ("killed in a road accident").
Expected parties follow the PLOVER manual as the earlier probes read it: a state's forces, armed groups and
citizens carry its country code; an agentless attack has no source and the victims' (or the scene's) country as
target; two-sided fighting codes both sides as the source with no target; a visit codes the visitor as source.

A row of type X holds when a counted event of the sentence (``evaluation.events.predictions``: top-level, not
negated or hypothetical) is of type X with the row's source and target codes (the VOA gold counts every event of a
sentence); ``!X`` holds when no counted event is of type X. Each row is analysed as a one-sentence article. Rows
are split into halves by ``metrics.half(text)``. Rows still failing are strict xfails in ``GAPS``.

Measured on main 95ddc415 before any rule (120 rows; the held-out estimate): type 0.825, triple 0.608 (tune 0.898 /
0.633, check 0.775 / 0.592); per class type / triple: react 0.708 / 0.583, casualty 1.000 / 0.625, doer 0.708 /
0.625, background 0.875 / 0.625, subject 0.833 / 0.583. The 47 failing rows by cause: the act found with other
parties (the "on" phrase's or the scene's country not read as target, a "by" phrase or an adjective not read as
doer: 26), the noun's act read as another type only (a derived noun a reaction takes as its object is the
reaction's topic: 8), no counted event ("seizure", "coup", "offensive" with a possessor, "launch": 7), near misses
read as attacks (a sports attack, a labour strike, a generic plural, "any future bombing": 6).
After the rules of ``test_event_nouns_rules.py`` (an attack noun subject of a verb of occurrence, a casualty's doer
named on its adjunct's attack noun, an attack told by its toll in a relative clause), written from the real sets'
tune halves, not from this probe: type 0.825, triple 0.625 (tune 0.898 / 0.653, check 0.775 / 0.606); casualty
1.000 / 0.708, the other classes unchanged (rows casualty-04 and casualty-18 now hold).
"""

from __future__ import annotations

import pytest

from tests.builders import (
    any_event_row_result,
    check_class_probe_rows,
    class_probe_scores,
    plover_row_params,
)

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
# react: the event noun as the object of a verb of reaction or report
REACT: list[Row] = [
    ("react-01", "Poland condemned the bombing of a hospital in Kharkiv by Russian forces on Tuesday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("react-02", "Jordan denounced Israel's raid on the Jenin refugee camp.", "ASSAULT", ("ISR",), ("PSE",)),
    ("react-03", "Germany criticised the expulsion of its diplomats by Mali.", "SANCTION", ("MLI",), ("DEU",)),
    ("react-04", "The Nigerian army confirmed the killing of five soldiers by Boko Haram fighters in Borno.", "ASSAULT", ("NGA",), ("NGA",)),
    ("react-05", "Turkey condemned the shelling of a Turkish observation post by Syrian government forces.", "ASSAULT", ("SYR",), ("TUR",)),
    ("react-06", "The United Nations denounced the bombing of a school in Khan Younis by Israeli jets.", "ASSAULT", ("ISR",), ("PSE",)),
    ("react-07", "Chad's government announced the arrest of a former army general on Monday.", "COERCE", ("TCD",), ("TCD",)),
    ("react-08", "Ukraine's foreign ministry condemned Russia's missile attack on Odesa's port.", "ASSAULT", ("RUS",), ("UKR",)),
    ("react-09", "Somalia's president praised the capture of the town of Adan Yabaal by government troops.", "ASSAULT", ("SOM",), ("SOM",)),
    ("react-10", "The European Union deplored the detention of three Georgian opposition activists by police in Tbilisi.", "COERCE", ("GEO",), ("GEO",)),
    ("react-11", "Pakistan's army denied responsibility for the drone strike on a village in Afghanistan's Khost province.", "ASSAULT", (), ("AFG",)),
    ("react-12", "The Indian government welcomed the release of its fishermen by Sri Lanka.", "RETREAT", ("LKA",), ("IND",)),
    ("react-13", "Lebanon's prime minister condemned the Israeli airstrike on a civil defence centre in Baalbek.", "ASSAULT", ("ISR",), ("LBN",)),
    ("react-14", "Washington criticized the deportation of Afghan refugees by Pakistan.", "COERCE", ("PAK",), ("AFG",)),
    ("react-15", "Sudan's army investigated the attack by the RSF on a displacement camp near El Fasher.", "ASSAULT", ("SDN",), ("SDN",)),
    ("react-16", "The Kremlin denounced the seizure of a Russian tanker by Ukrainian special forces.", "ASSAULT", ("UKR",), ("RUS",)),
    ("react-17", "Amnesty International condemned the execution of four prisoners by Iran on Saturday.", "ASSAULT", ("IRN",), ("IRN",)),
    ("react-18", "Qatar welcomed the visit of the Iranian foreign minister to Doha.", "CONSULT", ("IRN",), ("QAT",)),
    ("react-19", "Beijing protested the detention of a Chinese fishing crew by the Philippine coast guard.", "COERCE", ("PHL",), ("CHN",)),
    ("react-20", "Mali's junta condemned the killing of three Malian soldiers in an ambush by jihadists near Gao.", "ASSAULT", (), ("MLI",)),
    ("react-n1", "Kenya condemned the rising price of maize on Tuesday.", "!ASSAULT", (), ()),
    ("react-n2", "Poland condemned any future bombing of civilian sites in Ukraine.", "!ASSAULT", (), ()),
    ("react-n3", "Jordan warned against a possible raid on the Al-Aqsa compound.", "!ASSAULT", (), ()),
    ("react-n4", "France welcomed the appointment of a new Lebanese army chief.", "!ASSAULT", (), ()),
]
# casualty: the event noun in an adjunct of a casualty or damage clause
CASUALTY: list[Row] = [
    ("casualty-01", "Seven civilians were killed in a Russian drone strike on Kherson on Sunday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("casualty-02", "Three soldiers were wounded in shelling by Azerbaijani forces near the border, Armenia said.", "ASSAULT", ("AZE",), ("ARM",)),
    ("casualty-03", "Twelve people died in the attack on a market in Gao.", "ASSAULT", (), ("MLI",)),
    ("casualty-04", "Two journalists were killed in an Israeli airstrike on a car in southern Lebanon.", "ASSAULT", ("ISR",), ("LBN",)),
    ("casualty-05", "Four policemen were killed in an ambush by Shabaab fighters in Kenya's Lamu county.", "ASSAULT", ("SOM",), ("KEN",)),
    ("casualty-06", "At least nine people died in a Saudi airstrike on a prison in Saada, Yemen.", "ASSAULT", ("SAU",), ("YEM",)),
    ("casualty-07", "A Ukrainian soldier was injured in a Russian artillery attack on Kupiansk.", "ASSAULT", ("RUS",), ("UKR",)),
    ("casualty-08", "Dozens of homes were destroyed in a Myanmar military air raid on a village in Sagaing.", "ASSAULT", ("MMR",), ("MMR",)),
    ("casualty-09", "Five pilgrims lost their lives in a bomb attack on a bus in Pakistan's Kurram district.", "ASSAULT", (), ("PAK",)),
    ("casualty-10", "Eleven Syrian soldiers were killed in a Turkish drone strike near Qamishli.", "ASSAULT", ("TUR",), ("SYR",)),
    ("casualty-11", "A Palestinian teenager died of wounds sustained in an Israeli raid on Nablus.", "ASSAULT", ("ISR",), ("PSE",)),
    ("casualty-12", "Three aid workers were killed in shelling by the RSF on a convoy in Darfur.", "ASSAULT", ("SDN",), ("SDN",)),
    ("casualty-13", "Two Iraqi border guards were killed during an attack by Islamic State militants in Diyala.", "ASSAULT", (), ("IRQ",)),
    ("casualty-14", "Several civilians were wounded in a Houthi missile strike on the Saudi city of Jazan.", "ASSAULT", ("YEM",), ("SAU",)),
    ("casualty-15", "A power station was badly damaged in a Russian missile attack on the Kyiv region.", "ASSAULT", ("RUS",), ("UKR",)),
    ("casualty-16", "Six Congolese soldiers died in fighting with M23 rebels near Goma.", "ASSAULT", ("COD",), ()),
    ("casualty-17", "Eight villagers were killed in a raid by bandits on a village in Zamfara state, Nigeria.", "ASSAULT", (), ("NGA",)),
    ("casualty-18", "Two Lebanese paramedics were killed in an Israeli strike on an ambulance near Tyre.", "ASSAULT", ("ISR",), ("LBN",)),
    ("casualty-19", "A Pakistani army officer was killed in an exchange of fire with militants in North Waziristan.", "ASSAULT", ("PAK",), ()),
    ("casualty-20", "Four Ethiopian civilians were killed in a drone strike by government forces in the Amhara region.", "ASSAULT", ("ETH",), ("ETH",)),
    ("casualty-n1", "Seven people were killed in a road accident on the highway near Kherson on Sunday.", "!ASSAULT", (), ()),
    ("casualty-n2", "Twelve miners died in a landslide at a gold mine in Mali.", "!ASSAULT", (), ()),
    ("casualty-n3", "Three people were injured in a fire at a factory in Dhaka.", "!ASSAULT", (), ()),
    ("casualty-n4", "Two climbers died in an avalanche on a mountain in Nepal.", "!ASSAULT", (), ()),
]
# doer: a possessive or "by"-phrase doer of the event noun
DOER: list[Row] = [
    ("doer-01", "Russia's invasion of Ukraine has displaced millions of people.", "ASSAULT", ("RUS",), ("UKR",)),
    ("doer-02", "The strike by Israeli jets destroyed a building in Gaza City.", "ASSAULT", ("ISR",), ("PSE",)),
    ("doer-03", "The arrest of the opposition leader by Ugandan police sparked protests.", "COERCE", ("UGA",), ("UGA",)),
    ("doer-04", "Azerbaijan's offensive in Nagorno-Karabakh forced thousands of Armenians to flee.", "ASSAULT", ("AZE",), ("ARM",)),
    ("doer-05", "The expulsion of French diplomats by Niger's junta deepened the rift with Paris.", "SANCTION", ("NER",), ("FRA",)),
    ("doer-06", "Iran's seizure of a Greek tanker in the Gulf alarmed shipping companies.", "ASSAULT", ("IRN",), ("GRC",)),
    ("doer-07", "The bombardment of Aleppo by Syrian and Russian aircraft lasted for weeks.", "ASSAULT", ("RUS", "SYR"), ("SYR",)),
    ("doer-08", "China's detention of two Canadian citizens soured relations with Ottawa.", "COERCE", ("CHN",), ("CAN",)),
    ("doer-09", "The Houthis' attacks on ships in the Red Sea have disrupted world trade.", "ASSAULT", ("YEM",), ()),
    ("doer-10", "Turkey's incursion into northern Syria drew condemnation from Damascus.", "ASSAULT", ("TUR",), ("SYR",)),
    ("doer-11", "The kidnapping of 20 schoolchildren by gunmen in Kaduna state shocked Nigerians.", "ASSAULT", (), ("NGA",)),
    ("doer-12", "Ethiopia's blockade of Tigray left millions without food.", "COERCE", ("ETH",), ("ETH",)),
    ("doer-13", "The occupation of the border town by Rwandan-backed rebels continued for months.", "COERCE", (), ()),
    ("doer-14", "Venezuela's deportation of Colombian migrants angered Bogota.", "COERCE", ("VEN",), ("COL",)),
    ("doer-15", "The shooting of two protesters by Kenyan police was caught on camera.", "ASSAULT", ("KEN",), ("KEN",)),
    ("doer-16", "North Korea's launch of a ballistic missile over Japan prompted an emergency alert.", "MOBILIZE", ("PRK",), ()),
    ("doer-17", "Israel's assassination of a Hamas commander in Beirut raised fears of a wider war.", "ASSAULT", ("ISR",), ("PSE",)),
    ("doer-18", "The sanctions on Russian banks by the European Union took effect on Friday.", "SANCTION", ("IGO",), ("RUS",)),
    ("doer-19", "The storming of the presidential palace by soldiers in Niamey ended the president's rule.", "ASSAULT", ("NER",), ("NER",)),
    ("doer-20", "Morocco's recall of its ambassador to Algeria marked a new low in relations.", "SANCTION", ("MAR",), ("DZA",)),
    ("doer-n1", "The Defence Ministry's spokesman said the figures were correct.", "!ASSAULT", (), ()),
    ("doer-n2", "Arsenal's attack struggled against Chelsea on Saturday.", "!ASSAULT", (), ()),
    ("doer-n3", "Iran's possible strike on Israel is the subject of intense speculation.", "!ASSAULT", (), ()),
    ("doer-n4", "The Interior Ministry's strike force unit has a new commander.", "!ASSAULT", (), ()),
]
# background: since / after / following / amid / in response to + event noun
BACKGROUND: list[Row] = [
    ("background-01", "Prices rose sharply after Russia's attack on Ukrainian ports.", "ASSAULT", ("RUS",), ("UKR",)),
    ("background-02", "Since the start of the Sudanese army's offensive in Omdurman, thousands have fled.", "ASSAULT", ("SDN",), ("SDN",)),
    ("background-03", "Protests broke out following the arrest of a Senegalese opposition leader by police.", "COERCE", ("SEN",), ("SEN",)),
    ("background-04", "Fuel prices have doubled amid the fighting between Sudan's army and the RSF.", "ASSAULT", ("SDN",), ()),
    ("background-05", "Egypt expelled two diplomats in response to the shelling of its embassy in Khartoum.", "ASSAULT", (), ("EGY",)),
    ("background-06", "Oil prices jumped after the Houthi attack on a Saudi refinery.", "ASSAULT", ("YEM",), ("SAU",)),
    ("background-07", "Schools in Kyiv closed following the Russian missile strike on the capital.", "ASSAULT", ("RUS",), ("UKR",)),
    ("background-08", "Since Israel's invasion of Lebanon, more than a million people have been displaced.", "ASSAULT", ("ISR",), ("LBN",)),
    ("background-09", "Tensions have risen since the shooting down of a Turkish drone by Syrian forces.", "ASSAULT", ("SYR",), ("TUR",)),
    ("background-10", "Border crossings were closed after the killing of two Tajik guards by Kyrgyz troops.", "ASSAULT", ("KGZ",), ("TJK",)),
    ("background-11", "In the wake of the bombing of a church in Lahore, Pakistan tightened security.", "ASSAULT", (), ("PAK",)),
    ("background-12", "The talks resumed after the release of the Iranian diplomats by Iraq.", "RETREAT", ("IRQ",), ("IRN",)),
    ("background-13", "Hundreds fled the camp amid airstrikes by the Myanmar military on Rakhine villages.", "ASSAULT", ("MMR",), ("MMR",)),
    ("background-14", "Investors panicked after the seizure of the Red Sea cargo ship by Houthi rebels.", "ASSAULT", ("YEM",), ()),
    ("background-15", "Relations soured after Canada's expulsion of an Indian diplomat.", "SANCTION", ("CAN",), ("IND",)),
    ("background-16", "Aid deliveries stopped following the Israeli raid on the Rafah crossing.", "ASSAULT", ("ISR",), ("PSE",)),
    ("background-17", "Since the coup by Niger's presidential guard, Western troops have left the country.", "ASSAULT", ("NER",), ("NER",)),
    ("background-18", "After the abduction of a Chinese engineer by gunmen in Balochistan, Beijing demanded action.", "ASSAULT", (), ("CHN",)),
    ("background-19", "Flights to Beirut were cancelled following Israel's strike on Hezbollah's headquarters.", "ASSAULT", ("ISR",), ("LBN",)),
    ("background-20", "Amid the shelling of Donetsk by Ukrainian forces, residents sheltered in basements.", "ASSAULT", ("UKR",), ()),
    ("background-n1", "Prices rose sharply after the harvest in Ukraine.", "!ASSAULT", (), ()),
    ("background-n2", "Since the start of the rainy season in Sudan, thousands have fled floods.", "!ASSAULT", (), ()),
    ("background-n3", "Security was tightened ahead of a possible attack on the capital.", "!ASSAULT", (), ()),
    ("background-n4", "Fuel prices have doubled amid fears of a new offensive in Sudan.", "!ASSAULT", (), ()),
]
# subject: the event noun as the subject of the sentence
SUBJECT: list[Row] = [
    ("subject-01", "The raid killed five militants in the Pakistani district of Bajaur.", "ASSAULT", ("PAK",), ("PAK",)),
    ("subject-02", "Talks between Ethiopia and Egypt over the dam ended without agreement on Tuesday.", "CONSULT", ("EGY", "ETH"), ()),
    ("subject-03", "The Russian shelling of Kherson killed three civilians on Monday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("subject-04", "A Turkish airstrike on a village in northern Iraq killed four people.", "ASSAULT", ("TUR",), ("IRQ",)),
    ("subject-05", "Heavy fighting between the army and M23 rebels erupted near Goma on Sunday.", "ASSAULT", ("COD",), ()),
    ("subject-06", "An Israeli strike on a tent camp in Rafah killed dozens of Palestinians.", "ASSAULT", ("ISR",), ("PSE",)),
    ("subject-07", "The bombing of a mosque in Peshawar left 90 people dead.", "ASSAULT", (), ("PAK",)),
    ("subject-08", "A grenade attack on a police post in Beledweyne was carried out on Friday.", "ASSAULT", (), ("SOM",)),
    ("subject-09", "A battle between Somali troops and al-Shabab fighters broke out in the Hiraan region.", "ASSAULT", ("SOM",), ()),
    ("subject-10", "Clashes between Kyrgyz and Tajik border guards left at least ten dead.", "ASSAULT", ("KGZ", "TJK"), ()),
    ("subject-11", "A Russian missile strike on Dnipro wounded 20 people on Wednesday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("subject-12", "The Sudanese army's bombardment of Nyala destroyed a hospital.", "ASSAULT", ("SDN",), ("SDN",)),
    ("subject-13", "A suicide bombing at a market in Mogadishu killed 15 people.", "ASSAULT", (), ("SOM",)),
    ("subject-14", "Talks between Serbia and Kosovo in Brussels ended without a deal.", "CONSULT", ("SRB", "XKX"), ()),
    ("subject-15", "A meeting between the Chinese and Indian foreign ministers took place in Moscow.", "CONSULT", ("CHN", "IND"), ()),
    ("subject-16", "A drone attack on an oil depot in the Russian city of Bryansk caused a large fire.", "ASSAULT", (), ("RUS",)),
    ("subject-17", "The coup in Gabon ended the Bongo family's rule.", "ASSAULT", ("GAB",), ("GAB",)),
    ("subject-18", "An ambush by Boko Haram fighters on a military convoy left seven soldiers dead.", "ASSAULT", ("NGA",), ("NGA",)),
    ("subject-19", "Protests by Kenyan doctors over unpaid wages entered their third week.", "PROTEST", ("KEN",), ("KEN",)),
    ("subject-20", "Fighting between Sudan's army and the RSF spread to the city of Wad Madani.", "ASSAULT", ("SDN",), ()),
    ("subject-n1", "Attacks on journalists are rising across the Sahel, a press group said.", "!ASSAULT", (), ()),
    ("subject-n2", "A possible strike on Iran's nuclear sites would spark a regional war, analysts said.", "!ASSAULT", (), ()),
    ("subject-n3", "Arsenal's attack was the best in the league last season.", "!ASSAULT", (), ()),
    ("subject-n4", "The strike by railway workers in France entered its third day.", "!ASSAULT", (), ()),
]

CLASSES: dict[str, list[Row]] = {"react": REACT, "casualty": CASUALTY, "doer": DOER, "background": BACKGROUND,
                                 "subject": SUBJECT}
ROWS: list[Row] = [r for rows in CLASSES.values() for r in rows]

# rows the coder still gets wrong (strict: a row that starts passing must leave)
GAPS: dict[str, str] = {
    "react-03": "read as [('ACCUSE', ['DEU'], [])]",
    "react-09": "arguments: [('ASSAULT', [], [])]",
    "react-11": "read as [('NONE', ['PAK'], [])]",
    "react-12": "arguments: [('SUPPORT', ['IND'], ['LKA']), ('RETREAT', ['LKA'], ['LKA'])]",
    "react-13": "arguments: [('ACCUSE', ['LBN'], ['ISR']), ('ASSAULT', ['ISR'], [])]",
    "react-14": "read as [('ACCUSE', ['USA'], ['AFG'])]",
    "react-16": "read as [('ACCUSE', ['RUS'], ['RUS'])]",
    "react-17": "read as [('ACCUSE', ['IGO'], ['IRN'])]",
    "react-19": "read as [('ACCUSE', ['CHN'], ['CHN'])]",
    "react-n2": "a near miss read as ASSAULT",
    "casualty-02": "arguments: [('ASSAULT', [], [])]",
    "casualty-03": "arguments: [('ASSAULT', [], [])]",
    "casualty-06": "arguments: [('ASSAULT', ['SAU'], [])]",
    "casualty-09": "arguments: [('ASSAULT', [], [])]",
    "casualty-16": "arguments: [('ASSAULT', [], [])]",
    "casualty-17": "arguments: [('ASSAULT', ['NGA'], ['NGA']), ('ASSAULT', ['NGA'], ['NGA'])]",
    "casualty-19": "arguments: [('ASSAULT', [], ['PAK'])]",
    "doer-04": "read as no counted event",
    "doer-06": "read as no counted event",
    "doer-13": "read as no counted event",
    "doer-15": "arguments: [('ASSAULT', ['KEN'], [])]",
    "doer-16": "read as no counted event",
    "doer-19": "arguments: [('ASSAULT', ['NER'], [])]",
    "doer-20": "read as [('NONE', [], [])]",
    "doer-n2": "a near miss read as ASSAULT",
    "doer-n4": "a near miss read as ASSAULT",
    "background-02": "arguments: [('ASSAULT', [], ['SDN'])]",
    "background-04": "arguments: [('ASSAULT', [], [])]",
    "background-05": "read as [('SANCTION', ['EGY'], [])]",
    "background-07": "arguments: [('ASSAULT', ['RUS'], [])]",
    "background-13": "arguments: [('ASSAULT', ['MMR'], [])]",
    "background-14": "read as no counted event",
    "background-16": "arguments: [('ASSAULT', ['ISR'], [])]",
    "background-17": "read as no counted event",
    "background-18": "arguments: [('REQUEST', ['CHN'], []), ('ASSAULT', ['PAK'], ['CHN'])]",
    "subject-05": "arguments: [('ASSAULT', [], [])]",
    "subject-08": "arguments: [('ASSAULT', ['SOM'], ['SOM'])]",
    "subject-13": "arguments: [('ASSAULT', ['SOM'], ['SOM'])]",
    "subject-17": "read as no counted event",
    "subject-18": "arguments: [('ASSAULT', ['NGA'], [])]",
    "subject-19": "arguments: [('PROTEST', [], [])]",
    "subject-20": "arguments: [('ASSAULT', [], [])]",
    "subject-n1": "a near miss read as ASSAULT",
    "subject-n3": "a near miss read as ASSAULT",
    "subject-n4": "a near miss read as ASSAULT",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) of one row, over every counted event of the sentence."""
    return any_event_row_result(row)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """Type and triple accuracy over ``rows``, per half of the rows and per class."""
    return class_probe_scores(rows, CLASSES, row_result)


def test_probe_rows_are_unique_and_every_class_has_near_misses() -> None:
    check_class_probe_rows(ROWS, CLASSES, GAPS, (110, 130), 16)


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_event_noun_row(row: Row) -> None:
    assert row_result(row) == (True, True)
