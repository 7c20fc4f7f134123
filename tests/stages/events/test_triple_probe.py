"""A triple probe of PLOVER coding: who is the actor and who the recipient, by construction.

The held-out PLOVER records lose most of their triples on the arguments, not the type: symmetric
events, compound parties, agentless and quoted reports. This probe goes construction by
construction through the argument conventions of the PLOVER manual (``../shared/reference``),
each sentence invented here as a short wire sentence, the parties spread over every region and
side, the expected answers written from the manual before the code was run:

* compound entities give one actor or recipient with several members (2.4.2): "X and Y accused Z"
  has the actor {X, Y}; "X accused Y and Z" the recipient {Y, Z};
* reciprocal events (talks, meetings, telephone calls, agreements reached or signed between
  parties, joint exercises, two-sided fighting) code every party as the actor and no recipient
  (2.4.2, 3.2.2, 3.16.1), whether told as "X and Y met", "X met Y", "talks between X and Y" or
  "X and Y agreed";
* a visit has the visitor as actor and the host as recipient (3.2.2); a meeting hosted by a third
  party has the parties as actor (3.2.3, mode third-party);
* an act told in the passive ("was attacked by Y", "the arrest of X by Y") has the agent of "by"
  as actor and the patient as recipient; an agentless act has no actor (UNK carries no country);
* a reported act is done by its doer, not by whoever tells it: "X said Y shelled Z" is Y's
  ASSAULT on Z, and statements themselves are no PLOVER event (CAMEO 01 is dropped, 7.2);
* in a sentence with several events, the event told as done outranks one embedded under it
  (alleged, requested, threatened, given as a reason);
* requests, demands, threats and warnings have as recipient the party asked or threatened (3.8,
  3.11), not the party their content is about;
* one-sided violence has the perpetrator as actor and the victim as recipient (3.16.1).

Codes are compared as the evaluation codes them (``evaluation/events.py``): a state's country
code for its government, forces, citizens and domestic groups alike; ``IGO`` for international
organisations (the U.N., the EU, NATO, the African Union, Amnesty International, the Red Cross);
an actor with no country (gunmen, a mob, unnamed attackers) adds no code.

A row holds when the most confident counted event is the expected (type, source, target) triple;
rows still failing are strict xfails in ``GAPS`` with their failure class. ``probe_scores`` gives
the type accuracy and the triple accuracy over all rows. Measured on main before any rule written
against it (commit f9c2ebc, 167 rows): type accuracy 0.880, triple accuracy 0.737; after the
argument rules of branch i16-triples: type 0.886, triple 0.784.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import triple_probe_scores, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

# compound actors and recipients (2.4.2)
COMPOUND: list[Row] = [
    ("cmp-src-01", "The United States and Britain accused Iran of seizing a tanker in the Gulf.", "ACCUSE", ("USA", "GBR"), ("IRN",)),
    ("cmp-src-02", "Kenya and Uganda condemned the coup in Niger.", "ACCUSE", ("KEN", "UGA"), ("NER",)),
    ("cmp-src-03", "France and Germany urged Serbia to recognise Kosovo's passports.", "REQUEST", ("FRA", "DEU"), ("SRB",)),
    ("cmp-src-04", "Saudi Arabia and the United Arab Emirates sent food aid to Sudan.", "AID", ("SAU", "ARE"), ("SDN",)),
    ("cmp-src-05", "Argentina and Chile rejected Britain's claim to the disputed waters.", "REJECT", ("ARG", "CHL"), ("GBR",)),
    ("cmp-src-06", "Japan and South Korea imposed new sanctions on North Korea.", "SANCTION", ("JPN", "KOR"), ("PRK",)),
    ("cmp-src-07", "Nigeria and Ghana praised Senegal for the peaceful handover of power.", "SUPPORT", ("NGA", "GHA"), ("SEN",)),
    ("cmp-src-08", "Russia and China voiced support for the Syrian government.", "SUPPORT", ("RUS", "CHN"), ("SYR",)),
    ("cmp-src-09", "Indian and Bangladeshi officials called on Myanmar to take back the Rohingya refugees.", "REQUEST", ("IND", "BGD"), ("MMR",)),
    ("cmp-src-10", "Egypt and Jordan threatened to cut ties with Israel if it annexed the West Bank.", "THREATEN", ("EGY", "JOR"), ("ISR",)),
    ("cmp-tar-01", "Canada expelled diplomats from Russia and Belarus.", "SANCTION", ("CAN",), ("RUS", "BLR")),
    ("cmp-tar-02", "Turkey accused Greece and Cyprus of violating its maritime borders.", "ACCUSE", ("TUR",), ("GRC", "CYP")),
    ("cmp-tar-03", "Brazil sent firefighters to Bolivia and Paraguay to fight forest fires.", "AID", ("BRA",), ("BOL", "PRY")),
    ("cmp-tar-04", "The European Union imposed sanctions on Iran and Belarus.", "SANCTION", ("IGO",), ("IRN", "BLR")),
    ("cmp-tar-05", "Pakistan urged India and Afghanistan to respect the ceasefire.", "REQUEST", ("PAK",), ("IND", "AFG")),
    ("cmp-tar-06", "Australia praised Fiji and Tonga for their response to the cyclone.", "SUPPORT", ("AUS",), ("FJI", "TON")),
    ("cmp-tar-07", "China criticised the United States and Japan over their joint naval patrols.", "ACCUSE", ("CHN",), ("USA", "JPN")),
    ("cmp-tar-08", "Morocco banned flights from Algeria and Tunisia.", "SANCTION", ("MAR",), ("DZA", "TUN")),
    ("cmp-both-01", "Sweden and Finland accused Russia and Belarus of jamming aircraft signals.", "ACCUSE", ("SWE", "FIN"), ("RUS", "BLR")),
    ("cmp-both-02", "Rwanda and Uganda called on Congo and Burundi to disarm the militias.", "REQUEST", ("RWA", "UGA"), ("COD", "BDI")),
]

# reciprocal events: every party is the actor and there is no recipient (2.4.2, 3.2.2, 3.16.1)
SYMMETRIC: list[Row] = [
    ("sym-talks-01", "Iran and Saudi Arabia held talks in Baghdad on Thursday.", "CONSULT", ("IRN", "SAU"), ()),
    ("sym-talks-02", "Sudan held talks with South Sudan on oil transit fees.", "CONSULT", ("SDN", "SSD"), ()),
    ("sym-talks-03", "Talks between Serbia and Kosovo ended without agreement in Brussels.", "CONSULT", ("SRB", "XKX"), ()),
    ("sym-talks-04", "Thailand and Cambodia began negotiations on their maritime boundary.", "CONSULT", ("THA", "KHM"), ()),
    ("sym-talks-05", "The Venezuelan government and the opposition resumed talks in Mexico City.", "CONSULT", ("VEN",), ()),
    ("sym-talks-06", "Chinese and Indian army commanders held a fresh round of border talks.", "CONSULT", ("CHN", "IND"), ()),
    ("sym-talks-07", "Negotiators from Ethiopia and Egypt discussed the dam dispute in Cairo.", "CONSULT", ("ETH", "EGY"), ()),
    ("sym-meet-01", "The Nigerian president met with the Ghanaian president in Abuja on Monday.", "CONSULT", ("NGA", "GHA"), ()),
    ("sym-meet-02", "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi.", "CONSULT", ("TUR", "RUS"), ()),
    ("sym-meet-03", "The defence ministers of Greece and Turkey met on the sidelines of the NATO summit.", "CONSULT", ("GRC", "TUR"), ()),
    ("sym-meet-04", "Mexico's foreign minister met his Guatemalan counterpart to discuss migration.", "CONSULT", ("MEX", "GTM"), ()),
    ("sym-meet-05", "A meeting between the Pakistani and Afghan interior ministers took place in Islamabad.", "CONSULT", ("PAK", "AFG"), ()),
    ("sym-phone-01", "French President Emmanuel Macron spoke by telephone with Iranian President Masoud Pezeshkian.", "CONSULT", ("FRA", "IRN"), ()),
    ("sym-phone-02", "The leaders of Kenya and Tanzania discussed trade in a phone call on Sunday.", "CONSULT", ("KEN", "TZA"), ()),
    ("sym-phone-03", "Japan's prime minister held a telephone conversation with the Philippine president.", "CONSULT", ("JPN", "PHL"), ()),
    ("sym-agree-01", "Armenia and Azerbaijan agreed to start demarcating their border.", "AGREE", ("ARM", "AZE"), ()),
    ("sym-agree-02", "Colombia agreed with Venezuela to reopen their border crossings.", "AGREE", ("COL", "VEN"), ()),
    ("sym-agree-03", "Somalia and Kenya reached an agreement to restore diplomatic ties.", "AGREE", ("SOM", "KEN"), ()),
    ("sym-agree-04", "Moldova and Romania agreed to build a new gas pipeline.", "AGREE", ("MDA", "ROU"), ()),
    ("sym-agree-05", "Israel and Hamas agreed to hold indirect talks in Cairo.", "AGREE", ("ISR", "PSE"), ()),
    ("sym-sign-01", "Vietnam and the Philippines signed an accord on coast guard cooperation.", "SUPPORT", ("VNM", "PHL"), ()),
    ("sym-sign-02", "Peru signed a free trade agreement with Indonesia in Lima.", "SUPPORT", ("PER", "IDN"), ()),
    ("sym-sign-03", "Kazakhstan and Uzbekistan signed a treaty on water sharing.", "SUPPORT", ("KAZ", "UZB"), ()),
    ("sym-sign-04", "Tanzania and Mozambique established diplomatic relations at ambassador level.", "SUPPORT", ("TZA", "MOZ"), ()),
    ("sym-joint-01", "Russian and Chinese bombers conducted joint patrols over the Sea of Japan.", "COOPERATE", ("RUS", "CHN"), ()),
    ("sym-joint-02", "Moroccan and American troops held joint military exercises near Agadir.", "COOPERATE", ("MAR", "USA"), ()),
    ("sym-joint-03", "Egypt and Saudi Arabia launched joint naval drills in the Red Sea.", "COOPERATE", ("EGY", "SAU"), ()),
    ("sym-joint-04", "Brazil and Argentina exchanged intelligence on arms smuggling.", "COOPERATE", ("BRA", "ARG"), ()),
    ("sym-fight-01", "Indian and Chinese troops clashed in the Tawang sector.", "ASSAULT", ("IND", "CHN"), ()),
    ("sym-fight-02", "Clashes between Kyrgyz and Tajik border guards killed at least ten people.", "ASSAULT", ("KGZ", "TJK"), ()),
    ("sym-fight-03", "Sudanese army and RSF fighters exchanged heavy fire in Omdurman.", "ASSAULT", ("SDN",), ()),
    ("sym-fight-04", "Fighting between Armenian and Azerbaijani forces broke out near Lachin.", "ASSAULT", ("ARM", "AZE"), ()),
]

# visits: the visitor is the actor, the host the recipient (3.2.2); third-party meetings (3.2.3)
VISITS: list[Row] = [
    ("visit-01", "South African President Cyril Ramaphosa visited Zimbabwe on Wednesday.", "CONSULT", ("ZAF",), ("ZWE",)),
    ("visit-02", "The Indian foreign minister arrived in Dhaka for a two-day official visit.", "CONSULT", ("IND",), ("BGD",)),
    ("visit-03", "Chinese Premier Li Qiang flew to Wellington on Tuesday for talks with New Zealand leaders.", "CONSULT", ("CHN",), ("NZL",)),
    ("visit-04", "A Polish delegation visited Kyiv on Friday.", "CONSULT", ("POL",), ("UKR",)),
    ("visit-05", "The Emir of Qatar paid a state visit to Tehran.", "CONSULT", ("QAT",), ("IRN",)),
    ("visit-06", "The visit of the Ethiopian prime minister to Eritrea ended on Saturday.", "CONSULT", ("ETH",), ("ERI",)),
    ("visit-07", "The Malaysian king was received in Riyadh by the Saudi crown prince.", "CONSULT", ("MYS",), ("SAU",)),
    ("visit-08", "Colombia's president travelled to Quito to meet Ecuadorian officials.", "CONSULT", ("COL",), ("ECU",)),
    ("host-01", "Norway hosted talks between the Colombian government and ELN rebels in Oslo.", "CONSULT", ("COL",), ()),
    ("host-02", "Qatar hosted a meeting between American and Taliban officials in Doha.", "CONSULT", ("USA", "AFG"), ()),
    ("host-03", "Talks between Sudan's warring generals opened in Jeddah under Saudi auspices.", "CONSULT", ("SDN",), ()),
    ("host-04", "Kenyan and Somali delegates met in Addis Ababa at an African Union summit.", "CONSULT", ("KEN", "SOM"), ()),
]

# passives: the agent of "by" is the actor, the patient the recipient
PASSIVES: list[Row] = [
    ("pass-01", "Two Malian villages were attacked by Burkinabe soldiers on Tuesday.", "ASSAULT", ("BFA",), ("MLI",)),
    ("pass-02", "A Ukrainian grain ship was struck by a Russian missile off Odesa.", "ASSAULT", ("RUS",), ("UKR",)),
    ("pass-03", "The Georgian ambassador was expelled by Russia on Monday.", "SANCTION", ("RUS",), ("GEO",)),
    ("pass-04", "Three Swedish activists were detained by Israeli police in Jerusalem.", "COERCE", ("ISR",), ("SWE",)),
    ("pass-05", "Zambia's election was praised by the African Union.", "SUPPORT", ("IGO",), ("ZMB",)),
    ("pass-06", "The Pakistani proposal was rejected by India on Thursday.", "REJECT", ("IND",), ("PAK",)),
    ("pass-07", "Nicaragua was accused by the United Nations of torturing political prisoners.", "ACCUSE", ("IGO",), ("NIC",)),
    ("pass-08", "Four Bangladeshi fishermen were shot dead by Indian border guards.", "ASSAULT", ("IND",), ("BGD",)),
    ("pass-09", "A Chinese diplomat was summoned by the Lithuanian foreign ministry.", "ACCUSE", ("LTU",), ("CHN",)),
    ("pass-10", "Ethiopian refugees were given food and shelter by Sudan.", "AID", ("SDN",), ("ETH",)),
    ("pass-11", "An Egyptian opposition leader was found guilty of insulting the president by a Cairo court.", "SANCTION", ("EGY",), ("EGY",)),
    ("pass-12", "The Lebanese town of Khiam was shelled by Israeli artillery overnight.", "ASSAULT", ("ISR",), ("LBN",)),
    ("pass-13", "Venezuela was hit with new sanctions by the United States.", "SANCTION", ("USA",), ("VEN",)),
    ("pass-14", "Two American journalists were kidnapped by gunmen in Haiti.", "ASSAULT", (), ("USA",)),
    ("pass-15", "The Serbian request was turned down by the European Union.", "REJECT", ("IGO",), ("SRB",)),
]

# nominal events: "the arrest of X by Y", "Y's attack on X"
NOMINALS: list[Row] = [
    ("nom-01", "The arrest of a Turkish journalist by Azerbaijani police drew criticism.", "COERCE", ("AZE",), ("TUR",)),
    ("nom-02", "The shelling of Syrian villages by Turkish artillery continued on Friday.", "ASSAULT", ("TUR",), ("SYR",)),
    ("nom-03", "The expulsion of two Dutch diplomats by Iran was announced on Wednesday.", "SANCTION", ("IRN",), ("NLD",)),
    ("nom-04", "Russia's invasion of Ukraine began in February 2022.", "ASSAULT", ("RUS",), ("UKR",)),
    ("nom-05", "The Chadian army's attack on rebel positions near the Libyan border killed dozens.", "ASSAULT", ("TCD",), ("TCD",)),
    ("nom-06", "Beijing's donation of vaccines to Cambodia arrived on Monday.", "AID", ("CHN",), ("KHM",)),
    ("nom-07", "The kidnapping of six Chinese engineers by gunmen in Nigeria's Niger state was confirmed.", "ASSAULT", (), ("CHN",)),
    ("nom-08", "Angola's release of 40 Congolese prisoners was welcomed in Kinshasa.", "RETREAT", ("AGO",), ("COD",)),
    ("nom-09", "The withdrawal of French troops from Niger was completed in December.", "RETREAT", ("FRA",), ("NER",)),
    ("nom-10", "Uganda's deportation of 50 Kenyan traders angered Nairobi.", "COERCE", ("UGA",), ("KEN",)),
]

# agentless reports: no actor is invented (UNK has no country)
AGENTLESS: list[Row] = [
    ("agl-01", "Five Kenyan police officers were killed when a bomb exploded near Mandera.", "ASSAULT", (), ("KEN",)),
    ("agl-02", "A Colombian human rights activist was shot dead in Cauca.", "ASSAULT", (), ("COL",)),
    ("agl-03", "Two Nepali workers were abducted in southern Israel.", "ASSAULT", (), ("NPL",)),
    ("agl-04", "A rocket hit a residential building in the Ukrainian city of Kharkiv.", "ASSAULT", (), ("UKR",)),
    ("agl-05", "Unidentified gunmen killed a Mexican mayor in Guerrero state.", "ASSAULT", (), ("MEX",)),
    ("agl-06", "An Indian oil tanker was seized in the Strait of Hormuz.", "COERCE", (), ("IND",)),
    ("agl-07", "A mosque was set on fire in central Sri Lanka overnight.", "ASSAULT", (), ("LKA",)),
    ("agl-08", "Attackers stabbed a Jewish man outside a synagogue in Melbourne.", "ASSAULT", (), ("AUS",)),
    ("agl-09", "A grenade was thrown at the Algerian embassy in Paris on Saturday.", "ASSAULT", (), ("DZA",)),
    ("agl-10", "A Filipino priest was kidnapped on the island of Mindanao.", "ASSAULT", (), ("PHL",)),
    ("agl-11", "A roadside bomb hit a Nigerien army convoy near Tillaberi.", "ASSAULT", (), ("NER",)),
    ("agl-12", "Masked men torched three buses belonging to a Chilean transport company.", "ASSAULT", (), ("CHL",)),
]

# reported acts: the doer is the actor, not the teller; statements are no event (7.2)
REPORTED: list[Row] = [
    ("rep-01", "Pakistan said Indian troops had shelled its posts in Kashmir.", "ASSAULT", ("IND",), ("PAK",)),
    ("rep-02", "Police said gunmen killed three Afghan soldiers in Kandahar.", "ASSAULT", (), ("AFG",)),
    ("rep-03", "Syrian state media reported that Israeli jets struck an airport near Damascus.", "ASSAULT", ("ISR",), ("SYR",)),
    ("rep-04", "Officials in Kinshasa said Rwanda had deployed troops inside Congo.", "MOBILIZE", ("RWA",), ("COD",)),
    ("rep-05", "The Philippine coast guard said Chinese ships rammed a Philippine supply boat near the shoal.", "ASSAULT", ("CHN",), ("PHL",)),
    ("rep-06", "According to the Red Cross, Yemeni authorities freed 300 Saudi prisoners.", "RETREAT", ("YEM",), ("SAU",)),
    ("rep-07", "Ukraine's foreign ministry said Hungary had rejected Ukraine's proposal for talks.", "REJECT", ("HUN",), ("UKR",)),
    ("rep-08", "Witnesses said Guinean security forces fired tear gas at protesters in Conakry.", "ASSAULT", ("GIN",), ("GIN",)),
    ("rep-09", "A Kremlin spokesman said Putin had spoken by phone with the Turkish president.", "CONSULT", ("RUS", "TUR"), ()),
    ("rep-10", "Human rights groups said Eritrean soldiers had raped women in Tigray.", "ASSAULT", ("ERI",), ("ETH",)),
    ("rep-11", "Venezuelan officials reported that Colombian paramilitaries attacked a border post.", "ASSAULT", ("COL",), ("VEN",)),
    ("rep-12", "A Lebanese security source said an Israeli drone killed two Hezbollah members.", "ASSAULT", ("ISR",), ("LBN",)),
    ("rep-13", "The Thai army said Cambodian soldiers opened fire on a Thai patrol.", "ASSAULT", ("KHM",), ("THA",)),
    ("rep-14", "Cuban state television said the United States had tightened its embargo on the island.", "SANCTION", ("USA",), ("CUB",)),
]

# direct speech: the quoted act is coded; the attribution is not an event
QUOTES: list[Row] = [
    ("quote-01", "\"We will not accept these demands,\" Turkish President Erdogan told Sweden.", "REJECT", ("TUR",), ("SWE",)),
    ("quote-02", "\"Our forces destroyed two Russian tanks near Bakhmut,\" a Ukrainian commander said.", "ASSAULT", ("UKR",), ("RUS",)),
    ("quote-03", "\"Ireland condemns Russia's attack on Kyiv,\" the Irish prime minister said.", "ACCUSE", ("IRL",), ("RUS",)),
    ("quote-04", "\"We have arrested twelve Nigerian smugglers,\" a Beninese police spokesman said.", "COERCE", ("BEN",), ("NGA",)),
    ("quote-05", "\"Bolivia will send aid to Peru,\" Bolivia's president told reporters.", "AGREE", ("BOL",), ("PER",)),
    ("quote-06", "\"We demand that Azerbaijan release our prisoners,\" the Armenian prime minister said.", "REQUEST", ("ARM",), ("AZE",)),
    ("quote-07", "The Polish president said: \"Poland fully supports Moldova's bid to join the European Union.\"", "SUPPORT", ("POL",), ("MDA",)),
    ("quote-08", "\"We had a very productive meeting with the Vietnamese delegation,\" the Laotian minister said.", "CONSULT", ("LAO", "VNM"), ()),
]

# several events: the one told as done outranks those embedded under it
MAIN_EVENT: list[Row] = [
    ("main-01", "Iraq accused Turkey of bombing Kurdish villages in the north.", "ACCUSE", ("IRQ",), ("TUR",)),
    ("main-02", "Kenya condemned al-Shabaab's attack on its peacekeepers.", "ACCUSE", ("KEN",), ("SOM",)),
    ("main-03", "Bolivia demanded that Chile return the seized fishing boats.", "REQUEST", ("BOL",), ("CHL",)),
    ("main-04", "Serbia threatened to expel Croatian diplomats after the border incident.", "THREATEN", ("SRB",), ("HRV",)),
    ("main-05", "Indonesia denied Australia's request to extradite the suspect.", "REJECT", ("IDN",), ("AUS",)),
    ("main-06", "Lithuania protested to Belarus over the arrest of a Lithuanian citizen in Minsk.", "ACCUSE", ("LTU",), ("BLR",)),
    ("main-07", "Ghana offered to help Burkina Faso fight jihadist groups.", "AGREE", ("GHA",), ("BFA",)),
    ("main-08", "Mexico asked the United States to stop deporting Mexican children.", "REQUEST", ("MEX",), ("USA",)),
    ("main-09", "Ecuador expelled the Mexican ambassador after Mexico criticised its election.", "SANCTION", ("ECU",), ("MEX",)),
    ("main-10", "Tanzania welcomed Burundi's decision to release opposition activists.", "SUPPORT", ("TZA",), ("BDI",)),
    ("main-11", "Moroccan police arrested Spanish activists who tried to enter Western Sahara.", "COERCE", ("MAR",), ("ESP",)),
    ("main-12", "South Korea warned North Korea that it would retaliate for any missile test.", "THREATEN", ("KOR",), ("PRK",)),
    ("main-13", "Estonia summoned the Russian ambassador to protest against airspace violations.", "ACCUSE", ("EST",), ("RUS",)),
    ("main-14", "Kuwait rejected Iraqi calls to renegotiate the maritime border.", "REJECT", ("KWT",), ("IRQ",)),
]

# requests, demands, threats: the recipient is the party asked or threatened (3.8, 3.11)
REQUESTS: list[Row] = [
    ("req-01", "Germany urged Hungary to lift its veto on aid for Ukraine.", "REQUEST", ("DEU",), ("HUN",)),
    ("req-02", "Niger asked Algeria for help in securing its northern border.", "REQUEST", ("NER",), ("DZA",)),
    ("req-03", "The United Nations called on Myanmar's junta to free Aung San Suu Kyi.", "REQUEST", ("IGO",), ("MMR",)),
    ("req-04", "Brazil appealed to Venezuela to hold free elections.", "REQUEST", ("BRA",), ("VEN",)),
    ("req-05", "Somalia demanded that Ethiopia withdraw its troops from Somali territory.", "REQUEST", ("SOM",), ("ETH",)),
    ("req-06", "Japan asked China to lift its ban on Japanese seafood.", "REQUEST", ("JPN",), ("CHN",)),
    ("req-07", "The Czech government requested weapons from Israel.", "REQUEST", ("CZE",), ("ISR",)),
    ("req-08", "Peru called for Bolivia to hand over the fugitive former minister.", "REQUEST", ("PER",), ("BOL",)),
    ("req-09", "Kiribati appealed to Australia for emergency water supplies.", "REQUEST", ("KIR",), ("AUS",)),
    ("req-10", "Libya's government asked the European Union to lift the arms embargo.", "REQUEST", ("LBY",), ("IGO",)),
    ("thr-01", "Iran threatened Israel with a crushing response.", "THREATEN", ("IRN",), ("ISR",)),
    ("thr-02", "China threatened to impose sanctions on Lithuania over Taiwan.", "THREATEN", ("CHN",), ("LTU",)),
    ("thr-03", "North Korea warned the United States of a nuclear strike.", "THREATEN", ("PRK",), ("USA",)),
    ("thr-04", "Eritrea threatened to close its border with Djibouti.", "THREATEN", ("ERI",), ("DJI",)),
    ("thr-05", "Venezuela threatened to annex the Essequibo region of Guyana.", "THREATEN", ("VEN",), ("GUY",)),
    ("thr-06", "Al-Shabaab threatened to attack Kenyan schools.", "THREATEN", ("SOM",), ("KEN",)),
    ("thr-07", "The Philippines warned China that it would take the dispute to court.", "THREATEN", ("PHL",), ("CHN",)),
    ("thr-08", "Azerbaijan threatened Armenia with military action over the corridor.", "THREATEN", ("AZE",), ("ARM",)),
]

# one-sided and domestic acts: the perpetrator is the actor, the victim the recipient (3.16.1)
ONE_SIDED: list[Row] = [
    ("dom-01", "Zimbabwean police arrested twenty opposition supporters in Harare.", "COERCE", ("ZWE",), ("ZWE",)),
    ("dom-02", "Iranian security forces beat protesters in Tehran.", "ASSAULT", ("IRN",), ("IRN",)),
    ("dom-03", "The Ugandan army killed five Congolese rebels near the border.", "ASSAULT", ("UGA",), ("COD",)),
    ("dom-04", "Saudi Arabia executed three Pakistani nationals for drug smuggling.", "ASSAULT", ("SAU",), ("PAK",)),
    ("dom-05", "Nicaragua stripped 94 opponents of their citizenship.", "COERCE", ("NIC",), ("NIC",)),
    ("dom-06", "Bangladeshi police fired tear gas at striking garment workers in Dhaka.", "ASSAULT", ("BGD",), ("BGD",)),
    ("dom-07", "The Russian navy seized a Ukrainian ship in the Black Sea.", "COERCE", ("RUS",), ("UKR",)),
    ("dom-08", "Houthi rebels fired a missile at a Greek tanker in the Red Sea.", "ASSAULT", ("YEM",), ("GRC",)),
    ("dom-09", "Egyptian authorities deported 30 Sudanese refugees.", "COERCE", ("EGY",), ("SDN",)),
    ("dom-10", "Libyan coast guards intercepted a boat carrying Eritrean migrants.", "COERCE", ("LBY",), ("ERI",)),
    ("dom-11", "Israeli troops demolished the home of a Palestinian attacker in Jenin.", "ASSAULT", ("ISR",), ("PSE",)),
    ("dom-12", "Belarusian authorities jailed a Polish journalist for eight years.", "COERCE", ("BLR",), ("POL",)),
]

ROWS: list[Row] = COMPOUND + SYMMETRIC + VISITS + PASSIVES + NOMINALS + AGENTLESS + REPORTED + QUOTES + MAIN_EVENT + REQUESTS + ONE_SIDED

# rows the coder still gets wrong, with their class (strict: a row that starts passing must leave).
# Two classes are where the manual and the PLOVER gold records (edited CAMEO-manual examples, the
# kind of the held-out set) differ, and the coder follows the records: an agentless act gets the
# country of its place as source (places.scene; the manual's actor is UNK, no country, 5.2; the
# records' readme says actor codes were sometimes inferred from locations; dropping the rule took
# the PLOVER check half's triple F1 from 0.721 to 0.674), and a host is the source of a meeting it
# hosts between others (the host of a visit is now its target, as the manual makes the visitor the
# actor, 3.2.2, though a tuning record codes "Yeltsin hosted Hashimoto" RUS -> JAP).
GAPS: dict[str, str] = {
    "cmp-tar-08": "type: flights banned from two states read as COERCE, not SANCTION",
    "sym-talks-05": "wrong argument: the venue's country (Mexico City) made a party",
    "sym-talks-06": "no event: 'held a fresh round of border talks'",
    "sym-agree-03": "type: 'reached an agreement to' read as SUPPORT, not AGREE",
    "sym-fight-04": "wrong argument: 'fighting between X and Y' gives no actor",
    "host-01": "host as actor: a third-party host, the parties as recipient (the GSR records' practice; see above)",
    "host-02": "host as actor: a third-party host, the parties as recipient (the GSR records' practice; see above)",
    "host-03": "no event: 'talks between X opened'",
    "pass-11": "type: 'found guilty by a court' read as ACCUSE",
    "pass-14": "agentless: the scene's country as source (places.scene, kept: see above)",
    "nom-05": "wrong argument: target missing (rebel positions)",
    "agl-01": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-02": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-03": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-04": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-05": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-07": "type: arson read as COERCE",
    "agl-09": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-11": "agentless: the scene's country as source (places.scene, kept: see above)",
    "agl-12": "type: arson read as COERCE",
    "rep-02": "agentless: the scene's country as source (places.scene, kept: see above)",
    "rep-04": "type: troops deployed inside another state read as AID",
    "rep-11": "wrong argument: target missing (the teller's border post)",
    "quote-01": "no event: 'will not accept these demands' told to Y",
    "req-08": "no event: handing over a fugitive former minister is no extradition",
    "dom-05": "no event: stripping of citizenship",
    "dom-06": "wrong argument: target missing (striking workers in a capital)",
    "dom-10": "no event: 'intercepted a boat carrying migrants'",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) for one probe row (tests.builders.triple_row_result)."""
    return triple_row_result(row)


def probe_scores() -> dict[str, float]:
    """Type accuracy and (type, source, target) accuracy of the main event over every row."""
    return triple_probe_scores(ROWS)


def test_probe_rows_are_unique_and_cover_every_construction() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 150
    assert set(GAPS) <= set(ids)
    classes = Counter(rid.split("-")[0] for rid in ids)
    assert len(classes) >= 10, classes


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_triple_row(row: Row) -> None:
    assert row_result(row) == (True, True)
