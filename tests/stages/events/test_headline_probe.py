"""A headline probe of PLOVER coding: every event type told as a news headline or a deck.

The held-out PLOVER records and many stories a user feeds in start with a headline, and the
register probe (``test_register_probe.py``) showed headlinese as the weakest register. This probe
writes every one of the 16 PLOVER types, about equally, as one-line headlines and decks, each
invented here and coded before the code was run, by the PLOVER codebook's definitions and the
manual's actor conventions (``../shared/reference``), in five styles:

* ``wr``: wire headlines, with their kickers ("UPDATE 1-", "EXCLUSIVE-", "RPT-") and a trailing
  attribution (", Kremlin says");
* ``tb``: tabloid ("boots out", "caves in", "nab", "Brit cops", "heaps praise on", "fury");
* ``bs``: broadsheet headlines and decks, verbless ("Iranian foreign minister in Riyadh for talks");
* ``sm``: state media (Xinhua, KCNA, TASS, IRNA): "X, Y hold talks via video link", "receives
  visiting", "lodges stern representations", "Zionist regime";
* ``rg``: regional English papers, numbered by region: 01 South Asian ("gherao", "lathi-charge",
  "calls on", "Dhaka keen to ...: adviser"), 02 African, 03 Gulf, 04 East Asian.

Headline grammar the rows exercise: present tense for a past event ("Iran frees two"), "to V" for a
future or intended one ("Russia to pull troops from ...": a promise, CONCEDE or AGREE), a comma for
"and" between subjects ("Xi, Lula hold talks"), verbless headlines ("Biden and Xi in ... talks"),
a colon attribution ("...: customs"), a kicker before the story's subject.

Conventions (the manual's): reciprocal events (talks, calls, summits, pacts signed, joint drills,
ties restored, exchanges of fire) code every party as the actor and no recipient; a visitor is the
actor and the host the recipient ("calls on", "receives visiting", "lands in ... for visit"); an
agentless act (gunmen, a suicide bomber, militants) has no actor and its victims' country is the
recipient; a court's sentence is SANCTION convict (codebook); lathi charges are ASSAULT
crowd-control; future withdrawals, truces declared and promised easing are CONCEDE, retreats,
releases and returns done RETREAT; a state's organs, forces, citizens and domestic groups carry its
country code; international organisations (UN, EU, AU, ECOWAS, G7, NATO, ICC, World Bank) are
``IGO``.

Scored as the PLOVER evaluation scores dev records (``evaluation/events.py``: ``score``), as the
register probe does (``tests.builders.plover_probe_scores``). A row holds when the most confident
counted event is the expected triple; rows still failing are strict xfails in ``GAPS``.

Measured on main before any rule (0243c27; 166 rows, the answers written first; the held-out
estimate): type accuracy 0.687, triple F1 0.606, actor F1 0.792, triple accuracy 0.560, no counted
event on 0.193 of the rows. By style (type / triple F1 / actor F1): wire 0.676 / 0.677 / 0.864,
tabloid 0.500 / 0.538 / 0.622, broadsheet 0.750 / 0.550 / 0.800, state media 0.750 / 0.590 / 0.800,
regional 0.688 / 0.610 / 0.780; regional by region: South Asian 0.688 / 0.667 / 0.836, African 0.750
/ 0.690 / 0.836, Gulf 0.500 / 0.571 / 0.588, East Asian 0.812 / 0.516 / 0.842.
After the rules of ``test_headline_rules.py`` and ``tests/nlp/test_headlines.py`` /
``test_prefixes.py`` (branch i16-plover-headlines, written against this probe, so no longer a
held-out estimate): type accuracy 0.765, triple F1 0.688, actor F1 0.851, triple accuracy 0.657, no
counted event on 0.133 of the rows; wire 0.794 / 0.788 / 0.940, tabloid 0.562 / 0.593 / 0.681,
broadsheet 0.800 / 0.585 / 0.849, state media 0.750 / 0.656 / 0.845, regional 0.797 / 0.705 / 0.838
(South Asian 0.812 / 0.710 / 0.897, African 0.875 / 0.774 / 0.915, Gulf 0.625 / 0.690 / 0.667, East
Asian 0.875 / 0.645 / 0.862). Left as gaps by the project's conventions (the CAMEO crosswalk and the
dev records' practice over the manual, as in ``test_codebook_probe.py``): a court's sentence is
ACCUSE (116), a future retreat AGREE (035x), a declared truce RETREAT (0871), an unnamed attacker
takes the scene's country.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import plover_probe_scores, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

AGREE: list[Row] = [
    ("agree-wr-01", "UPDATE 1-Japan, South Korea agree to resume finance dialogue", "AGREE", ("JPN", "KOR"), ()),
    ("agree-wr-02", "Brazil offers to mediate between Venezuela and Guyana", "AGREE", ("BRA",), ("VEN", "GUY")),
    ("agree-wr-03", "Kenya willing to lead multinational force in Haiti, says foreign minister", "AGREE", ("KEN",), ("HTI",)),
    ("agree-tb-01", "Starmer vows to keep helping Ukraine 'for as long as it takes'", "AGREE", ("GBR",), ("UKR",)),
    ("agree-bs-01", "Turkey ready to host new round of Russia-Ukraine peace talks, Erdogan says", "AGREE", ("TUR",), ("RUS", "UKR")),
    ("agree-sm-01", "Xi invites Lula to attend summit in Beijing", "AGREE", ("CHN",), ("BRA",)),
    ("agree-sm-02", "China, Nepal agree to speed up cross-border railway project", "AGREE", ("CHN", "NPL"), ()),
    ("agree-rg-01", "Dhaka keen to deepen trade ties with Colombo: commerce adviser", "AGREE", ("BGD",), ("LKA",)),
    ("agree-rg-02", "Nigeria, Ghana agree to end rice import row", "AGREE", ("NGA", "GHA"), ()),
    ("agree-rg-03", "Oman ready to facilitate dialogue between Tehran and Washington", "AGREE", ("OMN",), ("IRN", "USA")),
    ("agree-rg-04", "Tokyo to extend yen loans to Manila for coast guard ships", "AGREE", ("JPN",), ("PHL",)),
]

CONSULT: list[Row] = [
    ("consult-wr-01", "Blinken, Lavrov meet briefly on sidelines of G20 in New Delhi", "CONSULT", ("USA", "RUS"), ()),
    ("consult-wr-02", "Macron holds phone call with Saudi crown prince on Gaza", "CONSULT", ("FRA", "SAU"), ()),
    ("consult-tb-01", "Biden and Xi in four-hour showdown talks", "CONSULT", ("USA", "CHN"), ()),
    ("consult-bs-01", "Indian prime minister lands in Moscow for two-day visit", "CONSULT", ("IND",), ("RUS",)),
    ("consult-bs-02", "Iranian foreign minister in Riyadh for talks on regional security", "CONSULT", ("IRN",), ("SAU",)),
    ("consult-sm-01", "Xi, Lula hold talks via video link", "CONSULT", ("CHN", "BRA"), ()),
    ("consult-sm-02", "Vietnamese Party chief receives visiting Lao Prime Minister", "CONSULT", ("LAO",), ("VNM",)),
    ("consult-rg-01", "UAE President receives phone call from Egyptian President", "CONSULT", ("ARE", "EGY"), ()),
    ("consult-rg-02", "Sri Lankan President calls on Indian PM in New Delhi", "CONSULT", ("LKA",), ("IND",)),
    ("consult-rg-03", "Ruto, Museveni confer on oil pipeline in Entebbe", "CONSULT", ("KEN", "UGA"), ()),
    ("consult-rg-04", "South Korean and Japanese leaders hold summit on APEC sidelines", "CONSULT", ("KOR", "JPN"), ()),
]

SUPPORT: list[Row] = [
    ("support-wr-01", "Spain endorses Morocco's autonomy plan for Western Sahara", "SUPPORT", ("ESP",), ("MAR",)),
    ("support-wr-02", "Saudi Arabia, Iran restore diplomatic ties", "SUPPORT", ("SAU", "IRN"), ()),
    ("support-tb-01", "Trump heaps praise on 'great guy' Erdogan", "SUPPORT", ("USA",), ("TUR",)),
    ("support-bs-01", "Philippines and Japan sign reciprocal access agreement", "SUPPORT", ("PHL", "JPN"), ()),
    ("support-bs-02", "Mexico's Senate ratifies trade deal with the European Union", "SUPPORT", ("MEX",), ("IGO",)),
    ("support-sm-01", "Xi congratulates Tokayev on re-election", "SUPPORT", ("CHN",), ("KAZ",)),
    ("support-sm-02", "Russia welcomes Indonesia's accession to BRICS", "SUPPORT", ("RUS",), ("IDN",)),
    ("support-rg-01", "Colombo lauds India's support during economic crisis", "SUPPORT", ("LKA",), ("IND",)),
    ("support-rg-02", "AU commends Senegal for peaceful polls", "SUPPORT", ("IGO",), ("SEN",)),
    ("support-rg-03", "Qatar welcomes ceasefire deal between Kinshasa and Kigali", "SUPPORT", ("QAT",), ("COD", "RWA")),
    ("support-rg-04", "Seoul, Canberra ink defence industry pact", "SUPPORT", ("KOR", "AUS"), ()),
]

COOPERATE: list[Row] = [
    ("coop-wr-01", "India, U.S. navies wrap up joint exercise in Bay of Bengal", "COOPERATE", ("IND", "USA"), ()),
    ("coop-wr-02", "Spain extradites alleged Russian hacker to the United States", "COOPERATE", ("ESP",), ("USA",)),
    ("coop-tb-01", "Brit cops team up with Spanish police to smash drug gang", "COOPERATE", ("GBR", "ESP"), ()),
    ("coop-bs-01", "Poland and Ukraine open new border crossing for trucks", "COOPERATE", ("POL", "UKR"), ()),
    ("coop-sm-01", "Chinese, Pakistani air forces kick off joint training", "COOPERATE", ("CHN", "PAK"), ()),
    ("coop-sm-02", "Russia begins supplying gas to Uzbekistan via Kazakhstan", "COOPERATE", ("RUS",), ("UZB",)),
    ("coop-rg-01", "Nepal hands over five Indian fugitives to Bihar police", "COOPERATE", ("NPL",), ("IND",)),
    ("coop-rg-02", "Ethiopia starts exporting electricity to Tanzania", "COOPERATE", ("ETH",), ("TZA",)),
    ("coop-rg-03", "Saudi, Egyptian naval forces conclude joint drill in Red Sea", "COOPERATE", ("SAU", "EGY"), ()),
    ("coop-rg-04", "Malaysian, Indonesian police share intelligence on trafficking rings", "COOPERATE", ("MYS", "IDN"), ()),
]

AID: list[Row] = [
    ("aid-wr-01", "World Bank approves $1.5 billion loan for Egypt", "AID", ("IGO",), ("EGY",)),
    ("aid-wr-02", "U.S. sends more Patriot missiles to Ukraine", "AID", ("USA",), ("UKR",)),
    ("aid-tb-01", "Brit rescue heroes rush to quake-hit Turkey", "AID", ("GBR",), ("TUR",)),
    ("aid-bs-01", "Canada grants asylum to Saudi teenager who fled her family", "AID", ("CAN",), ("SAU",)),
    ("aid-sm-01", "China provides emergency aid to flood-hit Myanmar", "AID", ("CHN",), ("MMR",)),
    ("aid-sm-02", "Russia donates 25,000 tonnes of fertiliser to Malawi", "AID", ("RUS",), ("MWI",)),
    ("aid-rg-01", "India gifts 30 ambulances to Nepal", "AID", ("IND",), ("NPL",)),
    ("aid-rg-02", "Egypt dispatches medical aid convoy to Sudan", "AID", ("EGY",), ("SDN",)),
    ("aid-rg-03", "Kuwait Fund extends $30m loan to Jordan for water project", "AID", ("KWT",), ("JOR",)),
    ("aid-rg-04", "Seoul ships rice aid to drought-hit Kenya", "AID", ("KOR",), ("KEN",)),
]

RETREAT: list[Row] = [
    ("retreat-wr-01", "Russia frees U.S. journalist in prisoner swap", "RETREAT", ("RUS",), ("USA",)),
    ("retreat-wr-02", "Israeli troops pull out of Khan Younis", "RETREAT", ("ISR",), ("PSE",)),
    ("retreat-tb-01", "Embattled Nepal PM Oli quits amid deadly protests", "RETREAT", ("NPL",), ()),
    ("retreat-bs-01", "France completes withdrawal of troops from Niger", "RETREAT", ("FRA",), ("NER",)),
    ("retreat-sm-01", "Iran frees two detained French nationals", "RETREAT", ("IRN",), ("FRA",)),
    ("retreat-sm-02", "Armenia hands over four border villages to Azerbaijan", "RETREAT", ("ARM",), ("AZE",)),
    ("retreat-rg-01", "Pakistan repatriates 200 Indian fishermen", "RETREAT", ("PAK",), ("IND",)),
    ("retreat-rg-02", "Ethiopian troops pull out of Somali town: officials", "RETREAT", ("ETH",), ("SOM",)),
    ("retreat-rg-03", "Kuwaiti oil minister resigns after graft probe", "RETREAT", ("KWT",), ()),
    ("retreat-rg-04", "Beijing lifts ban on Japanese seafood imports", "RETREAT", ("CHN",), ("JPN",)),
]

CONCEDE: list[Row] = [
    ("concede-wr-01", "Russia to pull troops from Armenian border posts, Kremlin says", "CONCEDE", ("RUS",), ("ARM",)),
    ("concede-wr-02", "Georgia's ruling party backs down on media law after protests", "CONCEDE", ("GEO",), ("GEO",)),
    ("concede-tb-01", "Macron caves in to strikers and scraps pension age hike", "CONCEDE", ("FRA",), ("FRA",)),
    ("concede-bs-01", "Peru's Congress shelves controversial mining law after weeks of protest", "CONCEDE", ("PER",), ("PER",)),
    ("concede-sm-01", "Myanmar military declares temporary truce in quake-hit areas", "CONCEDE", ("MMR",), ("MMR",)),
    ("concede-sm-02", "Russia to ease visa rules for Chinese tourists", "CONCEDE", ("RUS",), ("CHN",)),
    ("concede-rg-01", "Manipur government to restore mobile internet from Monday", "CONCEDE", ("IND",), ("IND",)),
    ("concede-rg-02", "Zimbabwe accepts opposition demand for electoral reforms", "CONCEDE", ("ZWE",), ("ZWE",)),
    ("concede-rg-03", "Bahrain to allow opposition societies to contest polls", "CONCEDE", ("BHR",), ("BHR",)),
    ("concede-rg-04", "Thailand promises to drop lese-majeste cases against student leaders", "CONCEDE", ("THA",), ("THA",)),
]

REQUEST: list[Row] = [
    ("request-wr-01", "UN chief calls for immediate ceasefire in Sudan", "REQUEST", ("IGO",), ("SDN",)),
    ("request-wr-02", "Zelenskiy asks Washington for long-range missiles", "REQUEST", ("UKR",), ("USA",)),
    ("request-tb-01", "Pope begs Putin: stop the war", "REQUEST", ("VAT",), ("RUS",)),
    ("request-bs-01", "Poland demands Germany pay war reparations", "REQUEST", ("POL",), ("DEU",)),
    ("request-sm-01", "China urges U.S. to stop arming Taiwan", "REQUEST", ("CHN",), ("USA",)),
    ("request-sm-02", "Russia calls on Armenia to honour its CSTO commitments", "REQUEST", ("RUS",), ("ARM",)),
    ("request-rg-01", "Dhaka seeks Delhi's help to repatriate Rohingya", "REQUEST", ("BGD",), ("IND",)),
    ("request-rg-02", "Somalia asks AU to delay troop drawdown", "REQUEST", ("SOM",), ("IGO",)),
    ("request-rg-03", "UAE urges restraint by Iran and Pakistan", "REQUEST", ("ARE",), ("IRN", "PAK")),
    ("request-rg-04", "Manila presses Beijing to release detained fishermen", "REQUEST", ("PHL",), ("CHN",)),
]

ACCUSE: list[Row] = [
    ("accuse-wr-01", "Ukraine accuses Russia of using chemical weapons near Bakhmut", "ACCUSE", ("UKR",), ("RUS",)),
    ("accuse-wr-02", "EXCLUSIVE-Brazil police indict Bolsonaro in coup probe", "ACCUSE", ("BRA",), ("BRA",)),
    ("accuse-tb-01", "Trump blasts 'disgraceful' Canada over trade", "ACCUSE", ("USA",), ("CAN",)),
    ("accuse-bs-01", "Germany summons Russian ambassador over cyber attack", "ACCUSE", ("DEU",), ("RUS",)),
    ("accuse-bs-02", "ICC opens war crimes investigation into Myanmar's treatment of Rohingya", "ACCUSE", ("IGO",), ("MMR",)),
    ("accuse-sm-01", "China lodges stern representations with Japan over Yasukuni visit", "ACCUSE", ("CHN",), ("JPN",)),
    ("accuse-sm-02", "DPRK denounces U.S.-South Korea joint drills as war rehearsal", "ACCUSE", ("PRK",), ("USA", "KOR")),
    ("accuse-rg-01", "Pakistan blames India for train attack in Balochistan", "ACCUSE", ("PAK",), ("IND",)),
    ("accuse-rg-02", "Kinshasa accuses Kigali of backing M23 rebels", "ACCUSE", ("COD",), ("RWA",)),
    ("accuse-rg-03", "Saudi Arabia condemns Israeli raid on Al-Aqsa", "ACCUSE", ("SAU",), ("ISR",)),
    ("accuse-rg-04", "Seoul prosecutors indict ex-president over martial law", "ACCUSE", ("KOR",), ("KOR",)),
]

REJECT: list[Row] = [
    ("reject-wr-01", "Hamas rejects Israeli ceasefire proposal", "REJECT", ("PSE",), ("ISR",)),
    ("reject-wr-02", "Iran rules out direct talks with U.S.", "REJECT", ("IRN",), ("USA",)),
    ("reject-tb-01", "Kim snubs Trump's offer of summit", "REJECT", ("PRK",), ("USA",)),
    ("reject-bs-01", "Denmark rebuffs Trump's offer to buy Greenland", "REJECT", ("DNK",), ("USA",)),
    ("reject-sm-01", "China rejects G7 statement on South China Sea", "REJECT", ("CHN",), ("IGO",)),
    ("reject-sm-02", "Russia dismisses British accusations of election meddling", "REJECT", ("RUS",), ("GBR",)),
    ("reject-rg-01", "India rejects Pakistan's remarks on Kashmir as 'baseless'", "REJECT", ("IND",), ("PAK",)),
    ("reject-rg-02", "Mali junta rejects ECOWAS call for election timetable", "REJECT", ("MLI",), ("IGO",)),
    ("reject-rg-03", "UAE rejects Israeli plan to displace Gazans", "REJECT", ("ARE",), ("ISR",)),
    ("reject-rg-04", "Tokyo refuses Seoul's demand for wartime labour compensation", "REJECT", ("JPN",), ("KOR",)),
]

THREATEN: list[Row] = [
    ("threaten-wr-01", "UPDATE 2-Trump threatens 50% tariffs on EU goods", "THREATEN", ("USA",), ("IGO",)),
    ("threaten-wr-02", "Russia warns NATO against sending troops to Ukraine", "THREATEN", ("RUS",), ("IGO",)),
    ("threaten-tb-01", "Kim threatens to 'wipe out' South Korea", "THREATEN", ("PRK",), ("KOR",)),
    ("threaten-bs-01", "EU weighs sanctions on Israeli ministers over settler violence", "THREATEN", ("IGO",), ("ISR",)),
    ("threaten-sm-01", "Beijing vows 'forceful measures' if Japan meddles in Taiwan", "THREATEN", ("CHN",), ("JPN",)),
    ("threaten-sm-02", "Iran warns U.S. of 'decisive response' to any attack", "THREATEN", ("IRN",), ("USA",)),
    ("threaten-rg-01", "Taliban warn Pakistan of consequences over air strikes", "THREATEN", ("AFG",), ("PAK",)),
    ("threaten-rg-02", "Rwanda warns DR Congo of 'strong response' to border shelling", "THREATEN", ("RWA",), ("COD",)),
    ("threaten-rg-03", "Houthis threaten to target U.S. ships in Red Sea", "THREATEN", ("YEM",), ("USA",)),
    ("threaten-rg-04", "Pyongyang threatens nuclear response to Seoul-Washington drills", "THREATEN", ("PRK",), ("KOR", "USA")),
]

PROTEST: list[Row] = [
    ("protest-wr-01", "Serbia protests: Thousands march in Belgrade against government corruption", "PROTEST", ("SRB",), ("SRB",)),
    ("protest-wr-02", "Argentine unions stage general strike against Milei reforms", "PROTEST", ("ARG",), ("ARG",)),
    ("protest-tb-01", "Farmers block Paris ring road in tractor fury", "PROTEST", ("FRA",), ("FRA",)),
    ("protest-bs-01", "Kenyan youths take to the streets again over police killings", "PROTEST", ("KEN",), ("KEN",)),
    ("protest-sm-01", "Pakistanis protest outside U.S. consulate in Karachi over drone strike", "PROTEST", ("PAK",), ("USA",)),
    ("protest-sm-02", "South Korean doctors walk out over medical school quota", "PROTEST", ("KOR",), ("KOR",)),
    ("protest-rg-01", "Opposition workers gherao Dhaka police headquarters demanding leader's release", "PROTEST", ("BGD",), ("BGD",)),
    ("protest-rg-02", "Nigerian labour unions begin nationwide strike over fuel price", "PROTEST", ("NGA",), ("NGA",)),
    ("protest-rg-03", "Jordanians protest near Israeli embassy in Amman", "PROTEST", ("JOR",), ("ISR",)),
    ("protest-rg-04", "Hundreds of Taiwanese rally against nuclear plant restart", "PROTEST", ("TWN",), ("TWN",)),
]

SANCTION: list[Row] = [
    ("sanction-wr-01", "U.S. slaps sanctions on Russian oil majors", "SANCTION", ("USA",), ("RUS",)),
    ("sanction-wr-02", "Burkina Faso, Mali and Niger quit ECOWAS", "SANCTION", ("BFA", "MLI", "NER"), ("IGO",)),
    ("sanction-tb-01", "Britain boots out Russian 'spy' diplomats", "SANCTION", ("GBR",), ("RUS",)),
    ("sanction-bs-01", "Moscow court jails U.S. ballerina for 12 years over charity donation", "SANCTION", ("RUS",), ("USA",)),
    ("sanction-bs-02", "Colombia severs diplomatic relations with Israel", "SANCTION", ("COL",), ("ISR",)),
    ("sanction-sm-01", "China imposes export controls on U.S. defence firms", "SANCTION", ("CHN",), ("USA",)),
    ("sanction-sm-02", "Russia bans entry to 500 Americans", "SANCTION", ("RUS",), ("USA",)),
    ("sanction-rg-01", "Dhaka court sentences former Bangladeshi PM to death in absentia", "SANCTION", ("BGD",), ("BGD",)),
    ("sanction-rg-02", "Mali expels French ambassador", "SANCTION", ("MLI",), ("FRA",)),
    ("sanction-rg-03", "Kuwait recalls envoy from Iraq over border row", "SANCTION", ("KWT",), ("IRQ",)),
    ("sanction-rg-04", "Beijing suspends imports of Japanese seafood: customs", "SANCTION", ("CHN",), ("JPN",)),
]

MOBILIZE: list[Row] = [
    ("mobilize-wr-01", "North Korea fires ballistic missile off east coast", "MOBILIZE", ("PRK",), ()),
    ("mobilize-wr-02", "RPT-Israel calls up 60,000 reservists for Gaza offensive", "MOBILIZE", ("ISR",), ("PSE",)),
    ("mobilize-tb-01", "Chinese warships circle Taiwan in show of force", "MOBILIZE", ("CHN",), ("TWN",)),
    ("mobilize-bs-01", "Pakistan puts air force on alert after Indian threats", "MOBILIZE", ("PAK",), ("IND",)),
    ("mobilize-sm-01", "PLA stages combat drills around Taiwan", "MOBILIZE", ("CHN",), ("TWN",)),
    ("mobilize-sm-02", "Iran holds naval drills near Strait of Hormuz", "MOBILIZE", ("IRN",), ()),
    ("mobilize-rg-01", "Army deployed in Dhaka as protests spread", "MOBILIZE", ("BGD",), ("BGD",)),
    ("mobilize-rg-02", "Sudan's RSF amasses fighters around El Fasher: monitors", "MOBILIZE", ("SDN",), ("SDN",)),
    ("mobilize-rg-03", "Kuwait raises army's readiness amid regional escalation", "MOBILIZE", ("KWT",), ()),
    ("mobilize-rg-04", "Thai army sends tanks to Cambodian border", "MOBILIZE", ("THA",), ("KHM",)),
]

COERCE: list[Row] = [
    ("coerce-wr-01", "Turkish police detain dozens of opposition mayors", "COERCE", ("TUR",), ("TUR",)),
    ("coerce-wr-02", "Venezuela arrests three Americans over alleged plot", "COERCE", ("VEN",), ("USA",)),
    ("coerce-tb-01", "Dubai cops nab Brit tourist over rude WhatsApp", "COERCE", ("ARE",), ("GBR",)),
    ("coerce-bs-01", "Georgia's government bans opposition party ahead of polls", "COERCE", ("GEO",), ("GEO",)),
    ("coerce-sm-01", "Russian security service detains Ukrainian agent plotting attack in Moscow", "COERCE", ("RUS",), ("UKR",)),
    ("coerce-sm-02", "Tajikistan expels Afghan refugees", "COERCE", ("TJK",), ("AFG",)),
    ("coerce-rg-01", "Kathmandu police arrest 40 royalist protesters", "COERCE", ("NPL",), ("NPL",)),
    ("coerce-rg-02", "Uganda shuts down social media ahead of vote", "COERCE", ("UGA",), ("UGA",)),
    ("coerce-rg-03", "Bahrain revokes citizenship of 30 dissidents", "COERCE", ("BHR",), ("BHR",)),
    ("coerce-rg-04", "Vietnam detains prominent blogger", "COERCE", ("VNM",), ("VNM",)),
]

ASSAULT: list[Row] = [
    ("assault-wr-01", "Russian drone strike kills five in Kharkiv", "ASSAULT", ("RUS",), ("UKR",)),
    ("assault-wr-02", "Gunmen storm church in Burkina Faso, killing 15", "ASSAULT", (), ("BFA",)),
    ("assault-wr-03", "Indian, Pakistani troops exchange fire along LoC", "ASSAULT", ("IND", "PAK"), ()),
    ("assault-tb-01", "Israeli jets pound Beirut suburbs", "ASSAULT", ("ISR",), ("LBN",)),
    ("assault-bs-01", "Suicide bomber kills 20 at Kabul mosque", "ASSAULT", (), ("AFG",)),
    ("assault-sm-01", "Zionist regime bombs Gaza school sheltering displaced", "ASSAULT", ("ISR",), ("PSE",)),
    ("assault-sm-02", "Ukrainian drones hit oil depot in Bryansk region: governor", "ASSAULT", ("UKR",), ("RUS",)),
    ("assault-rg-01", "Militants set fire to girls' school in North Waziristan, Pakistan", "ASSAULT", (), ("PAK",)),
    ("assault-rg-02", "Police lathi-charge protesting teachers in Lahore", "ASSAULT", ("PAK",), ("PAK",)),
    ("assault-rg-03", "Houthis fire missiles at Saudi oil facility", "ASSAULT", ("YEM",), ("SAU",)),
    ("assault-rg-04", "Myanmar junta air strike hits camp for displaced", "ASSAULT", ("MMR",), ("MMR",)),
]

ROWS: list[Row] = (AGREE + CONSULT + SUPPORT + COOPERATE + AID + RETREAT + CONCEDE + REQUEST + ACCUSE + REJECT
                   + THREATEN + PROTEST + SANCTION + MOBILIZE + COERCE + ASSAULT)

STYLES = ("wr", "tb", "bs", "sm", "rg")

# main before any rule of branch i16-plover-headlines (0243c27), the held-out measurement
MEASURED: dict[str, float] = {"rows": 166, "type_accuracy": 0.687, "triple_f1": 0.606, "actor_f1": 0.792,
                             "triple_accuracy": 0.560, "no_event_rate": 0.193}

# rows the code still gets wrong, with their failure class (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "agree-wr-03": "no event: verbless 'X willing to V' (a headline's dropped copula before a readiness adjective)",
    "agree-rg-03": "type: verbless 'X ready to facilitate dialogue between Y and Z' read as the dialogue",
    "consult-tb-01": "no event: verbless 'X and Y in talks'",
    "consult-bs-02": "no event: verbless 'X in <capital> for talks' (a visit, visitor to host)",
    "consult-rg-02": "no event: 'calls on' (a courtesy visit) in a headline",
    "consult-rg-03": "no event: headline 'X, Y confer' (comma coordination)",
    "support-tb-01": "no event: 'heaps praise on' (light-verb praise)",
    "support-sm-02": "type: 'welcomes X's accession' read as a visit welcomed (CONSULT)",
    "support-rg-03": "type: 'welcomes ceasefire deal between Y and Z' read as the ceasefire",
    "coop-bs-01": "no event: 'X and Y open new border crossing' (opening exchange)",
    "coop-sm-01": "no event: headline 'X, Y air forces kick off joint training' (phrasal verb, comma coordination)",
    "coop-rg-01": "no event: 'hands over fugitives to' (handover of suspects)",
    "aid-tb-01": "no event: tabloid 'rescue heroes rush to quake-hit X'",
    "retreat-bs-01": "wrong argument: 'X completes withdrawal of troops from Y' gives no actor",
    "retreat-sm-02": "no event: 'hands over villages to' (territory returned)",
    "retreat-rg-02": "type: 'troops pull out of' with a colon attribution read as SANCTION",
    "retreat-rg-04": "no event: 'lifts ban on X imports' (sanctions eased)",
    "concede-wr-01": "convention: a headline future retreat ('X to pull troops from') is AGREE (CAMEO 0356), CONCEDE in the codebook",
    "concede-sm-01": "type: 'declares truce' (a declaration) read as RETREAT, no target",
    "concede-sm-02": "no event: headline 'X to ease visa rules for' (a future easing)",
    "concede-rg-01": "no event: headline 'X to restore internet' (a future easing)",
    "concede-rg-03": "no event: headline 'X to allow opposition to contest polls' (a future easing)",
    "concede-rg-04": "type: 'promises to drop cases' read as AGREE, not a promised concession",
    "request-tb-01": "no event: 'X begs Y: V' (an imperative after a colon)",
    "request-rg-03": "no event: 'urges restraint by X and Y' (the addressees in a 'by' phrase)",
    "accuse-wr-02": "no event: kicker 'EXCLUSIVE-' and 'police indict X'",
    "accuse-sm-02": "wrong argument: 'U.S.-South Korea drills' keeps one of the hyphen-joined parties",
    "threaten-bs-01": "type: 'weighs sanctions on' read as an agentless ASSAULT (considered sanctions are a threat)",
    "threaten-sm-01": "no event: 'vows measures if Y ...' (a conditional threat)",
    "threaten-rg-04": "wrong argument: 'response to Seoul-Washington drills' gives no target",
    "protest-wr-01": "type: a kicker 'X protests:' read as an accusation before the story's verb",
    "protest-tb-01": "no event: 'Farmers block ring road' (obstruction protest) in a headline",
    "protest-rg-04": "wrong argument: 'Hundreds of Taiwanese rally' gives the crowd no country",
    "sanction-wr-02": 'type: quitting an organisation read as RETREAT, not SANCTION withdraw',
    "sanction-tb-01": "no event: tabloid 'boots out diplomats' (expulsion)",
    "sanction-bs-01": 'convention: a court jailing someone for years (a sentence) read as COERCE arrest',
    "sanction-sm-01": "type: 'imposes export controls on' read as COERCE, not SANCTION",
    "sanction-sm-02": "type: 'bans entry to' foreigners read as COERCE, not SANCTION",
    "mobilize-wr-02": "no event: kicker 'RPT-' and 'calls up reservists'",
    "mobilize-tb-01": "no event: 'warships circle X in show of force'",
    "mobilize-bs-01": "wrong argument: 'puts forces on alert after Y threats' gives no target",
    "mobilize-sm-01": "wrong argument: 'drills around Taiwan' gives no target",
    "mobilize-rg-02": "wrong argument: 'amasses fighters around <town>' gives no target",
    "coerce-sm-01": "wrong argument: 'Russian security service' gives no actor",
    "coerce-rg-03": "no event: 'revokes citizenship of' (a sanction on a state's own citizens)",
    "assault-wr-02": "wrong argument: agentless 'Gunmen storm church in X' gives the gunmen the scene's country",
    "assault-tb-01": "wrong argument: 'pound <capital> suburbs' gives no target",
    "assault-bs-01": "wrong argument: 'Suicide bomber kills 20 at <capital> mosque' gives the bomber the scene's country",
    "assault-rg-01": "wrong argument: agentless 'Militants set fire to ...' gives the militants the scene's country",
    "assault-rg-04": "wrong argument: 'air strike hits camp for displaced' gives no target",
}


def test_probe_rows_are_unique_and_cover_every_type_and_style() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 150
    assert set(GAPS) <= set(ids)
    types = Counter(r[2] for r in ROWS)
    assert len(types) == 16 and min(types.values()) >= 10, types
    styles = Counter(r[0].split("-")[1] for r in ROWS)
    assert set(styles) == set(STYLES) and min(styles.values()) >= 15, styles
    assert all("\n" not in r[1] and not r[1].endswith((". ", "!", "?")) for r in ROWS)  # one line each


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_headline_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def test_probe_scores_hold_the_measured_figures() -> None:
    scores = plover_probe_scores(ROWS)
    assert scores["rows"] == MEASURED["rows"]
    for key in ("type_accuracy", "triple_f1", "actor_f1"):
        assert scores[key] >= MEASURED[key] - 0.005, (key, scores[key])
    assert scores["no_event_rate"] <= MEASURED["no_event_rate"] + 0.005, scores["no_event_rate"]
