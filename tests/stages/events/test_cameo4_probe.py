"""A fourth CAMEO-code probe of PLOVER coding: two invented sentences per CAMEO leaf code.

The held-out PLOVER records are edited CAMEO-manual examples, about one per CAMEO code. The first
three CAMEO probes (``test_cameo_probe.py``, ``test_cameo2_probe.py``, ``test_cameo3_probe.py``)
were tuned on after they were written, so none is a held-out estimate any more; this one was written
before any rule of its branch (i16-cameo4), from the code descriptions of
``../shared/reference/CAMEO.eventcodes.txt`` and the 2021 CAMEO -> PLOVER crosswalk
(``CAMEO2PLOVER-2021.txt``, its 256 leaf codes), two sentences per code in the wire-copy register
of news agencies, in two of the constructions the earlier probes fixed least, named by the row id's
suffix:

* ``lgt``: a light verb and an event noun ("carried out a wave of arrests of", "issued a warning
  to", "lodged a complaint with", "staged a walkout", "made an offer of");
* ``nob``: the event as the object of a report or announcement ("announced the expulsion of",
  "confirmed the deployment of", "renewed its threat of");
* ``pas``: a passive, with a by-agent or agentless ("was expelled by", "were kidnapped by gunmen",
  "tortured in detention");
* ``rel``: the event in a relative clause on its doer, the main clause eventless ("the troops, who
  opened fire on ..., belong to ...");
* ``prt``: an adverbial participle (", killing three", "Arriving in X, ...");
* ``rep``: reported speech with the event in the complement ("Officials said X had ..."; the
  speaker is not the doer);
* ``mul``: two events in one sentence, the realised act first and the expected one;
* ``act``: a long actor noun phrase (titles with names, ministries of small states, rebel fronts,
  organs of international organisations, militias by region);
* ``adj``: a time or place adjunct before the subject ("In Nairobi on Tuesday, ...");
* ``hdl``: a headline in headline grammar (present tense, "to" future, no article, no final stop).

Expected type is the crosswalk's (investigations are ACCUSE, sanctions imposed COERCE 163,
destroyed property ASSAULT 1712, eased curfews and emergencies RETREAT 0813/0814, occupied territory
COERCE 192, violent repression ASSAULT 175, mass expulsion ASSAULT 201). Source and target follow
the PLOVER manual as the earlier probes read it: symmetric events (talks, calls, meetings at a
third place, negotiations, signed agreements, joint operations, two-sided fighting, a mutual truce)
code both parties as a compound source and no target; a mediator is the source and the parties the
target; a visit, told by the visitor or by the host, has the visitor as source and the host as
target; a protest's source and target are the country where it is held; an agentless act (a bomb,
a suicide bomber, gunmen, bandits) has no source and the victims' country as target; a state's
organs, forces, citizens, armed groups and domestic groups carry its country code (so a domestic
act codes the country both ways); international organisations and NGOs are ``IGO``; a police or
military alert with no adversary named has no target.

Scored as the PLOVER evaluation scores dev records (``tests.builders.plover_probe_scores``): type
accuracy of the most confident counted event, (type, source, target) F1 and actor-code F1 over all
counted events, the main event's triple accuracy and the share of rows with no counted event. A
row holds when the most confident counted event is the expected triple; rows still failing are
strict xfails in ``GAPS``, with the failure seen.

Measured on main before any rule (8123794; 512 rows, the answers written first; the held-out
estimate): type accuracy 0.729, triple F1 0.587, actor F1 0.809, triple accuracy 0.537, no counted
event on 0.170 of the rows. By construction (type / triple F1 / actor F1): fronted adjunct 0.746 /
0.589 / 0.802; headline 0.809 / 0.639 / 0.858; light verb 0.500 / 0.482 / 0.629; long actor 0.800 /
0.646 / 0.915; nominal object 0.645 / 0.442 / 0.762; participle 0.750 / 0.286 / 0.667; passive 0.850
/ 0.718 / 0.884; relative clause 0.400 / 0.609 / 0.889; reported speech 0.815 / 0.619 / 0.817; two
events 0.889 / 0.526 / 0.889.

After the rules of ``test_cameo4_rules.py`` (branch i16-cameo4, written against this probe, so no
longer a held-out estimate): type accuracy 0.777, triple F1 0.626, actor F1 0.843, triple accuracy
0.588, no counted event on 0.127 of the rows. By construction (type / triple F1 / actor F1): fronted
adjunct 0.746 / 0.589 / 0.802; headline 0.820 / 0.647 / 0.865; light verb 0.726 / 0.662 / 0.804;
long actor 0.800 / 0.646 / 0.915; nominal object 0.726 / 0.525 / 0.826; participle 0.750 / 0.429 /
0.720; passive 0.850 / 0.718 / 0.884; relative clause 0.400 / 0.609 / 0.889; reported speech 0.815 /
0.619 / 0.817; two events 0.889 / 0.526 / 0.889.
Rows whose expectation follows the crosswalk where the code follows the dev records' practice stay
gaps: sanctions imposed (163: SANCTION), eased curfews and emergencies (0813, 0814: CONCEDE), a
resignation (0831: RETREAT), occupied territory (192: ASSAULT), an agentless attack's source (the
scene's country). Five of the ten ``rel`` rows (063, 071, 1414, 1454, 175: their main clause tells
an act of its own) hold two events, so their expected one is not the only reading.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.builders import PloverRow as Row
from tests.builders import (
    cameo_probe_layout,
    plover_probe_scores,
    plover_probe_shortfalls,
    plover_row_params,
    triple_row_result,
)
from tests.builders import plover_row as r

AGREE_ROWS: list[Row] = [
    # 030 express intent to cooperate
    r("030-lgt", "Tanzania gave Burundi a pledge of closer cooperation on Lake Tanganyika shipping on Friday.", "AGREE", "TZA", "BDI"),
    r("030-adj", "In Dushanbe on Wednesday, Tajikistan vowed to cooperate with Uzbekistan on managing the Syr Darya river.", "AGREE", "TJK", "UZB"),
    # 031 agree to engage in material cooperation
    r("031-rep", "Officials in Tirana said Albania had agreed to join North Macedonia's gas pipeline project.", "AGREE", "ALB", "MKD"),
    r("031-hdl", "Ghana agrees to build joint railway with Burkina Faso", "AGREE", "GHA", "BFA"),
    # 0311 express intent to cooperate economically
    r("0311-act", "The Uruguayan Ministry of Economy and Finance pledged to expand trade cooperation with Paraguay next year.", "AGREE", "URY", "PRY"),
    r("0311-nob", "Vietnam announced plans for closer economic cooperation with Laos on Monday.", "AGREE", "VNM", "LAO"),
    # 0312 express intent to cooperate militarily
    r("0312-lgt", "Jordan made an offer of military training to Iraqi special forces during talks in Amman.", "AGREE", "JOR", "IRQ"),
    r("0312-rel", "Senegal, which pledged to hold joint border patrols with Mauritania next year, hosted a defence fair on Tuesday.", "AGREE", "SEN", "MRT"),
    # 0313 express intent to cooperate on judicial matters
    r("0313-rep", "The Colombian attorney general said Panama had promised to extradite a wanted drug trafficker.", "AGREE", "PAN", "COL"),
    r("0313-act", "Justice Minister Maria Lopez of Paraguay pledged to help Argentine prosecutors with a fraud inquiry.", "AGREE", "PRY", "ARG"),
    # 0314 express intent to cooperate on intelligence
    r("0314-hdl", "Morocco vows to share terror intelligence with Spain", "AGREE", "MAR", "ESP"),
    r("0314-nob", "Chad announced an undertaking to exchange intelligence with Niger on jihadist movements.", "AGREE", "TCD", "NER"),
    # 032 express intent to engage in diplomatic cooperation
    r("032-lgt", "Argentina gave Chile a promise of support for its candidate to lead the regional development bank.", "AGREE", "ARG", "CHL"),
    r("032-adj", "At a summit in Lusaka on Friday, Zambia pledged to back Malawi's bid for a seat on the U.N. Security Council.", "AGREE", "ZMB", "MWI"),
    # 033 express intent to provide material aid
    r("033-pas", "Two hundred tractors were pledged to Zimbabwe by Belarus during a visit to Harare.", "AGREE", "BLR", "ZWE"),
    r("033-mul", "Turkey promised to send generators to Lebanon and said more help could follow.", "AGREE", "TUR", "LBN"),
    # 0331 express intent to provide economic aid
    r("0331-nob", "Japan announced a pledge of 500 million dollars in loans to Bangladesh on Tuesday.", "AGREE", "JPN", "BGD"),
    r("0331-hdl", "IMF to lend Sri Lanka 3 billion dollars", "AGREE", "IGO", "LKA"),
    # 0332 express intent to provide military aid
    r("0332-act", "The Norwegian Ministry of Defence promised Lithuania a further batch of armoured personnel carriers.", "AGREE", "NOR", "LTU"),
    r("0332-rep", "Kyiv said Sweden had pledged to deliver fighter jets to Ukraine next year.", "AGREE", "SWE", "UKR"),
    # 0333 express intent to provide humanitarian aid
    r("0333-lgt", "The United Arab Emirates made a pledge of emergency tents to Afghanistan after the earthquake.", "AGREE", "ARE", "AFG"),
    r("0333-adj", "After the floods in Libya, Algeria promised to send field hospitals to Derna.", "AGREE", "DZA", "LBY"),
    # 0334 express intent to provide military protection or peacekeeping
    r("0334-rel", "Rwanda, which promised to send troops to protect Mozambique's gas fields, held elections on Monday.", "AGREE", "RWA", "MOZ"),
    r("0334-nob", "Nepal announced its commitment to deploy peacekeepers to the Central African Republic.", "AGREE", "NPL", "CAF"),
    # 034 express intent to bring political reform
    r("034-hdl", "Togo leader promises political reform after protests", "AGREE", "TGO", "TGO"),
    r("034-rep", "Opposition leaders in Kampala said Uganda's government had promised them a reform of the electoral commission.", "AGREE", "UGA", "UGA"),
    # 0341 express intent to change leadership
    r("0341-nob", "Mali's interim president announced his intention to hand power to an elected civilian government.", "AGREE", "MLI", "MLI"),
    r("0341-adj", "On Sunday in Bishkek, Kyrgyzstan's prime minister vowed to resign if the budget failed.", "AGREE", "KGZ", ""),
    # 0342 express intent to change policy
    r("0342-act", "The Moroccan Ministry of Agriculture and Fisheries promised local fishermen a change in its quota rules.", "AGREE", "MAR", "MAR"),
    r("0342-hdl", "Tunisia pledges to review fuel subsidy policy", "AGREE", "TUN", "TUN"),
    # 0343 express intent to provide rights
    r("0343-lgt", "Uzbekistan's president gave Uzbek journalists a promise of greater press freedom.", "AGREE", "UZB", "UZB"),
    r("0343-rep", "Activists said Kuwait's government had pledged to grant citizenship rights to stateless Kuwaiti residents.", "AGREE", "KWT", "KWT"),
    # 0344 express intent to change institutions, regime
    r("0344-nob", "Burkina Faso's junta announced plans for a new constitution to be put to Burkinabe voters.", "AGREE", "BFA", "BFA"),
    r("0344-adj", "In Bamako on Thursday, the Malian junta promised Malians a return to constitutional rule.", "AGREE", "MLI", "MLI"),
    # 035 express intent to yield
    r("035-rep", "Diplomats said Serbia had signalled its readiness to give in to Kosovo's demands on licence plates.", "AGREE", "SRB", "XKX"),
    r("035-lgt", "Sudan's army made an offer of concessions to the Rapid Support Forces in Jeddah.", "AGREE", "SDN", "SDN"),
    # 0351 express intent to ease administrative sanctions
    r("0351-hdl", "Georgia to ease visa rules for Russian tourists", "AGREE", "GEO", "RUS"),
    r("0351-act", "The Kazakh Ministry of Internal Affairs said it would lift registration curbs on Kyrgyz migrant workers.", "AGREE", "KAZ", "KGZ"),
    # 0352 express intent to ease popular dissent
    r("0352-rep", "Opposition leaders said Tanzania's government had promised to lift the ban on political rallies.", "AGREE", "TZA", "TZA"),
    r("0352-lgt", "Ethiopia's prime minister gave Ethiopian opposition groups an assurance that their rallies would be allowed.", "AGREE", "ETH", "ETH"),
    # 0353 express intent to release persons or property
    r("0353-hdl", "Iran promises to free detained French tourist", "AGREE", "IRN", "FRA"),
    r("0353-adj", "Late on Tuesday, Eritrea pledged to release fourteen Ethiopian truck drivers held at the border.", "AGREE", "ERI", "ETH"),
    # 0354 express intent to ease economic sanctions, boycott, embargo
    r("0354-nob", "The United States announced its intention to ease oil sanctions on Venezuela.", "AGREE", "USA", "VEN"),
    r("0354-rep", "Officials in Ankara said Turkey had promised to end its trade boycott of Armenia.", "AGREE", "TUR", "ARM"),
    # 0355 express intent to allow international involvement
    r("0355-hdl", "Myanmar agrees to let U.N. envoy visit Rakhine", "AGREE", "MMR", "IGO"),
    r("0355-lgt", "Nicaragua gave the Organization of American States an assurance that its observers could enter the country.", "AGREE", "NIC", "IGO"),
    # 0356 express intent to de-escalate military engagement
    r("0356-rep", "Moscow said Georgia had promised to pull its police back from the South Ossetian boundary line.", "AGREE", "GEO", "RUS"),
    r("0356-hdl", "Thailand, Cambodia vow to withdraw troops from temple area", "AGREE", "THA KHM", ""),
    # 036 express intent to meet or negotiate
    r("036-lgt", "Bolivia made an offer of talks to Chile on access to the sea.", "AGREE", "BOL", "CHL"),
    r("036-act", "The Sahrawi Arab Democratic Republic's Polisario Front said it was ready to negotiate with Morocco.", "AGREE", "ESH", "MAR"),
    # 037 express intent to settle dispute
    r("037-nob", "Guyana announced its willingness to settle the Essequibo dispute with Venezuela in court.", "AGREE", "GUY", "VEN"),
    r("037-rep", "Nairobi said Kenya and Somalia had agreed to settle their maritime quarrel through dialogue.", "AGREE", "KEN SOM", ""),
    # 038 express intent to accept mediation
    r("038-hdl", "Ethiopia accepts African Union mediation in Tigray conflict", "AGREE", "ETH", "IGO"),
    r("038-adj", "In Juba on Monday, South Sudan's government said it would accept Kenyan mediation with the rebels.", "AGREE", "SSD", "KEN"),
    # 039 express intent to mediate
    r("039-nob", "Ghana announced its readiness to mediate between Niger and Benin over the border closure.", "AGREE", "GHA", "NER BEN"),
    r("039-act", "Oman's Sultan Haitham bin Tarik offered to broker talks between Iran and Saudi Arabia.", "AGREE", "OMN", "IRN SAU"),
]

CONSULT_ROWS: list[Row] = [
    # 040 consult
    r("040-rep", "Diplomats said Poland had consulted Lithuania on the closure of the Belarus border crossings.", "CONSULT", "POL LTU", ""),
    r("040-hdl", "Japan, South Korea hold consultations on North Korea missiles", "CONSULT", "JPN KOR", ""),
    # 041 discuss by telephone
    r("041-nob", "The Kremlin confirmed a telephone conversation between Putin and Turkish President Erdogan on Tuesday.", "CONSULT", "RUS TUR", ""),
    r("041-adj", "On Friday evening, Brazil's president spoke by phone with Argentina's president about the trade bloc.", "CONSULT", "BRA ARG", ""),
    # 042 make a visit
    r("042-lgt", "Namibia's president paid a two-day state visit to Angola this week.", "CONSULT", "NAM", "AGO"),
    r("042-prt", "Arriving in Nouakchott on Monday, the Senegalese prime minister began a three-day visit to Mauritania.", "CONSULT", "SEN", "MRT"),
    # 043 host a visit
    r("043-pas", "The Rwandan foreign minister was received in Kinshasa by Congo's president on Sunday.", "CONSULT", "RWA", "COD"),
    r("043-act", "Kazakhstan's President Kassym-Jomart Tokayev hosted Azerbaijan's President Ilham Aliyev in Astana on Wednesday.", "CONSULT", "AZE", "KAZ"),
    # 044 meet at a third location
    r("044-adj", "In Doha on Saturday, envoys from Afghanistan and Pakistan met to discuss border crossings.", "CONSULT", "AFG PAK", ""),
    r("044-hdl", "Serbian, Kosovo leaders meet in Brussels", "CONSULT", "SRB XKX", ""),
    # 045 engage in mediation
    r("045-rep", "Officials said Egypt had mediated between Israel and Hamas over the release of prisoners.", "CONSULT", "EGY", "ISR PSE"),
    r("045-act", "The Intergovernmental Authority on Development mediated between South Sudan's government and the SPLM-IO rebels.", "CONSULT", "IGO", "SSD"),
    # 046 engage in negotiation
    r("046-nob", "Officials confirmed negotiations between Ethiopia and Egypt on the Nile dam in Cairo.", "CONSULT", "ETH EGY", ""),
    r("046-mul", "Armenia and Azerbaijan negotiated for six hours on Tuesday and said talks would resume next week.", "CONSULT", "ARM AZE", ""),
]

SUPPORT_ROWS: list[Row] = [
    # 050 engage in diplomatic cooperation
    r("050-rep", "Havana said Bolivia had backed Cuba at the Human Rights Council vote.", "SUPPORT", "BOL", "CUB"),
    r("050-adj", "At the U.N. General Assembly on Tuesday, Mexico sided with Nicaragua in the debate on sanctions.", "SUPPORT", "MEX", "NIC"),
    # 051 praise or endorse
    r("051-lgt", "Kenya's foreign minister paid tribute to Tanzania's role in the regional peace process.", "SUPPORT", "KEN", "TZA"),
    r("051-hdl", "Ghana praises Ivory Coast for peaceful election", "SUPPORT", "GHA", "CIV"),
    # 052 defend verbally
    r("052-rep", "Moscow said Belarus had defended Russia against Western criticism at the OSCE.", "SUPPORT", "BLR", "RUS"),
    r("052-act", "Hungarian Foreign Minister Peter Szijjarto defended Serbia's handling of the Kosovo dispute.", "SUPPORT", "HUN", "SRB"),
    # 053 rally support on behalf of
    r("053-nob", "Pakistan launched a campaign to rally support for Afghanistan's frozen central bank reserves.", "SUPPORT", "PAK", "AFG"),
    r("053-adj", "In Addis Ababa on Monday, Nigeria rallied African support for Niger's return to the regional bloc.", "SUPPORT", "NGA", "NER"),
    # 054 grant diplomatic recognition
    r("054-pas", "Kosovo was formally recognised by Kenya on Thursday, the foreign ministry in Pristina said.", "SUPPORT", "KEN", "XKX"),
    r("054-hdl", "Spain recognises Palestinian state", "SUPPORT", "ESP", "PSE"),
    # 055 apologize
    r("055-lgt", "Germany issued a formal apology to Namibia for colonial-era killings.", "SUPPORT", "DEU", "NAM"),
    r("055-rep", "Officials in Seoul said Japan had apologised to South Korea for the wartime labour scheme.", "SUPPORT", "JPN", "KOR"),
    # 056 forgive
    r("056-nob", "Ecuador announced its pardon of a Peruvian fisherman convicted of smuggling.", "SUPPORT", "ECU", "PER"),
    r("056-act", "The Rwandan President Paul Kagame said Rwanda had forgiven Burundi for harbouring rebels.", "SUPPORT", "RWA", "BDI"),
    # 057 sign formal agreement
    r("057-lgt", "Oman and Yemen put their signatures to a border trade accord in Muscat on Tuesday.", "SUPPORT", "OMN YEM", ""),
    r("057-pas", "A defence pact was signed by Greece and France in Paris on Thursday.", "SUPPORT", "GRC FRA", ""),
]

COOPERATE_ROWS: list[Row] = [
    # 060 engage in material cooperation
    r("060-rep", "Officials said Bhutan and India had jointly built a hydropower plant on the Punatsangchhu river.", "COOPERATE", "BTN IND", ""),
    r("060-hdl", "Egypt, Sudan launch joint railway link", "COOPERATE", "EGY SDN", ""),
    # 061 cooperate economically
    r("061-lgt", "Nigeria and Morocco carried out joint work on a gas pipeline along the West African coast.", "COOPERATE", "NGA MAR", ""),
    r("061-adj", "Since January, Malaysia and Singapore have operated a joint economic zone in Johor.", "COOPERATE", "MYS SGP", ""),
    # 062 cooperate militarily
    r("062-nob", "Officials confirmed joint naval exercises by India and France in the Indian Ocean.", "COOPERATE", "IND FRA", ""),
    r("062-mul", "Ivorian and Ghanaian troops patrolled the border together on Friday and arrested two suspected smugglers.", "COOPERATE", "CIV GHA", ""),
    # 063 engage in judicial cooperation
    r("063-pas", "A suspected Nigerian fraudster was extradited to the United States by Ghana on Monday.", "COOPERATE", "GHA", "USA"),
    r("063-rel", "Peru, which handed over a convicted Chilean drug lord to Chile last week, signed a fishing accord on Monday.", "COOPERATE", "PER", "CHL"),
    # 064 share intelligence or information
    r("064-rep", "Kampala said Kenya had passed intelligence on Islamic State cells to Uganda.", "COOPERATE", "KEN", "UGA"),
    r("064-act", "The Jordanian General Intelligence Directorate shared information on smuggling networks with Iraqi investigators.", "COOPERATE", "JOR", "IRQ"),
]

AID_ROWS: list[Row] = [
    # 070 provide aid
    r("070-hdl", "China sends generators to war-hit Syria", "AID", "CHN", "SYR"),
    r("070-pas", "Medical equipment was delivered to Armenia by France on Tuesday.", "AID", "FRA", "ARM"),
    # 071 provide economic aid
    r("071-nob", "Saudi Arabia announced a deposit of three billion dollars in Pakistan's central bank.", "AID", "SAU", "PAK"),
    r("071-rel", "The World Bank, which disbursed 200 million dollars to Malawi on Monday, praised the government's reforms.", "AID", "IGO", "MWI"),
    # 072 provide military aid
    r("072-lgt", "The United States made a delivery of patrol boats to the Philippine navy on Wednesday.", "AID", "USA", "PHL"),
    r("072-adj", "In the past week, Turkey has supplied armed drones to Ethiopia's air force.", "AID", "TUR", "ETH"),
    # 073 provide humanitarian aid
    r("073-prt", "A Qatari plane landed in Kabul on Sunday, bringing food and medicine to Afghanistan.", "AID", "QAT", "AFG"),
    r("073-act", "The World Food Programme's country office in Chad distributed food to Sudanese refugees near Adre.", "AID", "IGO", "SDN"),
    # 074 provide military protection or peacekeeping
    r("074-rep", "Officials in Dili said Australian troops had been deployed to protect Timor-Leste's capital.", "AID", "AUS", "TLS"),
    r("074-hdl", "Kenyan police deploy to Haiti to fight gangs", "AID", "KEN", "HTI"),
    # 075 grant asylum
    r("075-lgt", "Mexico gave asylum to a former Bolivian interior minister on Friday.", "AID", "MEX", "BOL"),
    r("075-pas", "A Belarusian opposition activist was granted asylum by Lithuania on Monday.", "AID", "LTU", "BLR"),
]


CONCEDE_ROWS: list[Row] = [
    # 080 yield
    r("080-rep", "Officials in Beijing said the Philippines had backed down over the resupply mission to the shoal.", "CONCEDE", "PHL", "CHN"),
    r("080-hdl", "Guatemala gives in to U.S. demands on migrant deportations", "CONCEDE", "GTM", "USA"),
    # 081 ease administrative sanctions
    r("081-lgt", "Azerbaijan's government carried out an easing of entry restrictions on Iranian traders.", "CONCEDE", "AZE", "IRN"),
    r("081-pas", "Travel curbs on Chinese students were relaxed by Lithuania on Monday.", "CONCEDE", "LTU", "CHN"),
    # 0811 ease restrictions on political freedoms
    r("0811-nob", "Egypt's government announced the lifting of restrictions on Egyptian independent newspapers.", "CONCEDE", "EGY", "EGY"),
    r("0811-adj", "After months of pressure, Cambodia's government eased curbs on Cambodian opposition media.", "CONCEDE", "KHM", "KHM"),
    # 0812 ease ban on political parties or politicians
    r("0812-rep", "Opposition leaders said Zambia's government had lifted its ban on the opposition party's leader.", "CONCEDE", "ZMB", "ZMB"),
    r("0812-pas", "A ban on Algeria's main Islamist party was lifted by the Algerian government on Thursday.", "CONCEDE", "DZA", "DZA"),
    # 082 ease political dissent
    r("082-hdl", "Bolivian miners call off protest after deal", "CONCEDE", "BOL", "BOL"),
    r("082-lgt", "Nigerian labour unions announced a suspension of their street protests against the fuel price rise.", "CONCEDE", "NGA", "NGA"),
    # 083 accede to requests or demands for political reform
    r("083-rep", "Protest leaders said Sri Lanka's president had bowed to their demands for constitutional reform.", "CONCEDE", "LKA", "LKA"),
    r("083-act", "Jordan's King Abdullah II agreed to demands from Jordanian parties for a new electoral law.", "CONCEDE", "JOR", "JOR"),
    # 0831 accede to demands for change in leadership
    r("0831-adj", "After weeks of protests in Dhaka, Bangladesh's prime minister resigned and fled the country.", "CONCEDE", "BGD", "BGD"),
    r("0831-pas", "The resignation of Peru's prime minister was accepted by the president after protests in Lima.", "CONCEDE", "PER", "PER"),
    # 0832 accede to demands for change in policy
    r("0832-nob", "Kenya's president announced the withdrawal of the finance bill after protests by Kenyan youths.", "CONCEDE", "KEN", "KEN"),
    r("0832-hdl", "Panama scraps mining contract after protests", "CONCEDE", "PAN", "PAN"),
    # 0833 accede to demands for rights
    r("0833-lgt", "Saudi Arabia's government gave Saudi women the right to drive after years of campaigning.", "CONCEDE", "SAU", "SAU"),
    r("0833-rep", "Union leaders said Bangladesh's government had conceded garment workers the right to organise.", "CONCEDE", "BGD", "BGD"),
    # 0834 accede to demands for change in institutions, regime
    r("0834-pas", "A referendum on a new constitution was conceded to protesters by Chile's government.", "CONCEDE", "CHL", "CHL"),
    r("0834-act", "The Transitional Military Council of Sudan agreed to share power with Sudanese civilian protest groups.", "CONCEDE", "SDN", "SDN"),
]

RETREAT_ROWS: list[Row] = [
    # 084 return, release
    r("084-hdl", "Russia returns bodies of fallen soldiers to Ukraine", "RETREAT", "RUS", "UKR"),
    r("084-mul", "Iran released a detained British-Iranian aid worker and returned her passport to Britain's embassy.", "RETREAT", "IRN", "GBR"),
    # 0841 return, release person(s)
    r("0841-pas", "Three Turkish sailors were freed by Somali pirates on Friday.", "RETREAT", "SOM", "TUR"),
    r("0841-nob", "Belarus announced the release of two jailed Lithuanian citizens on Monday.", "RETREAT", "BLR", "LTU"),
    # 0842 return, release property
    r("0842-lgt", "Iran carried out the handover of a seized Greek oil tanker to Greece on Tuesday.", "RETREAT", "IRN", "GRC"),
    r("0842-rep", "Seoul said North Korea had returned a South Korean fishing boat it seized last month.", "RETREAT", "PRK", "KOR"),
    # 085 ease economic sanctions, boycott, embargo
    r("085-nob", "The European Union announced the lifting of its arms embargo on Vietnam.", "RETREAT", "IGO", "VNM"),
    r("085-adj", "On Wednesday in Washington, the Treasury eased sanctions on Venezuelan oil exports.", "RETREAT", "USA", "VEN"),
    # 086 allow international involvement
    r("086-pas", "U.N. monitors were allowed into the Zaporizhzhia plant by Russia on Thursday.", "RETREAT", "RUS", "IGO"),
    r("086-hdl", "Venezuela lets EU election observers in", "RETREAT", "VEN", "IGO"),
    # 0861 receive deployment of peacekeepers
    r("0861-rep", "The U.N. said Somalia had received an extra battalion of African Union peacekeepers.", "RETREAT", "SOM", "IGO"),
    r("0861-adj", "In Bangui on Saturday, the Central African Republic welcomed a fresh contingent of U.N. peacekeepers.", "RETREAT", "CAF", "IGO"),
    # 0862 receive inspectors
    r("0862-lgt", "Iran gave U.N. nuclear inspectors access to its Fordow enrichment site on Monday.", "RETREAT", "IRN", "IGO"),
    r("0862-hdl", "Syria admits chemical weapons inspectors to Damascus lab", "RETREAT", "SYR", "IGO"),
    # 0863 allow delivery of humanitarian aid
    r("0863-pas", "Aid convoys were allowed into Gaza by Israel through the Kerem Shalom crossing on Sunday.", "RETREAT", "ISR", "PSE"),
    r("0863-nob", "Ethiopia's government announced the reopening of aid corridors into Tigray.", "RETREAT", "ETH", "ETH"),
    # 087 de-escalate military engagement
    r("087-rep", "Observers said Azerbaijan had scaled back its military operations along the Armenian border.", "RETREAT", "AZE", "ARM"),
    r("087-lgt", "Russia carried out a drawdown of its troops near the border with Finland.", "RETREAT", "RUS", "FIN"),
    # 0871 declare truce, ceasefire
    r("0871-hdl", "Sudan army, RSF agree seven-day truce", "RETREAT", "SDN", ""),
    r("0871-nob", "Colombia's government announced a ceasefire with the ELN guerrillas on Monday.", "RETREAT", "COL", "COL"),
    # 0872 ease military blockade
    r("0872-adj", "After a week of talks, Azerbaijan lifted its blockade of the Lachin corridor to Armenia.", "RETREAT", "AZE", "ARM"),
    r("0872-pas", "The naval blockade of Yemen's Hodeidah port was eased by the Saudi-led coalition on Friday.", "RETREAT", "SAU", "YEM"),
    # 0873 demobilize armed forces
    r("0873-act", "Fighters of the Moro Islamic Liberation Front handed in their rifles at a ceremony in Mindanao.", "RETREAT", "PHL", "PHL"),
    r("0873-rep", "Officials said Colombian rebels had disbanded two fronts in Cauca province.", "RETREAT", "COL", "COL"),
    # 0874 retreat or surrender militarily
    r("0874-lgt", "Russian forces carried out a withdrawal from the west bank of the Dnipro, Ukraine said.", "RETREAT", "RUS", "UKR"),
    r("0874-mul", "Armenian forces pulled out of four border villages on Sunday and handed them over to Azerbaijan.", "RETREAT", "ARM", "AZE"),
    # 0813 ease curfew
    r("0813-hdl", "Sri Lanka lifts nationwide curfew", "RETREAT", "LKA", "LKA"),
    r("0813-adj", "In Freetown on Monday, Sierra Leone's government eased the night curfew imposed after the unrest.", "RETREAT", "SLE", "SLE"),
    # 0814 ease state of emergency or martial law
    r("0814-pas", "The state of emergency in Ecuador was lifted by President Noboa on Thursday.", "RETREAT", "ECU", "ECU"),
    r("0814-nob", "Peru's government announced the end of the state of emergency in Lima.", "RETREAT", "PER", "PER"),
]

INVESTIGATE_ROWS: list[Row] = [
    # 090 investigate
    r("090-lgt", "Zambia's police opened an inquiry into the collapse of a copper mine.", "ACCUSE", "ZMB", "ZMB"),
    r("090-hdl", "Malawi probes missing fuel shipments", "ACCUSE", "MWI", "MWI"),
    # 091 investigate crime, corruption
    r("091-pas", "A former Malagasy finance minister was investigated by Madagascar's anti-corruption bureau for embezzlement.", "ACCUSE", "MDG", "MDG"),
    r("091-rep", "Prosecutors said Brazil's federal police were investigating a bribery ring at the port of Santos.", "ACCUSE", "BRA", "BRA"),
    # 092 investigate human rights abuses
    r("092-act", "The U.N. Human Rights Council's fact-finding mission investigated abuses by Venezuelan security forces.", "ACCUSE", "IGO", "VEN"),
    r("092-nob", "Amnesty International announced an investigation into the torture of detainees in Egyptian prisons.", "ACCUSE", "IGO", "EGY"),
    # 093 investigate military action
    r("093-adj", "On Monday in Jerusalem, Israel's army opened a probe into an air strike that killed aid workers in Gaza.", "ACCUSE", "ISR", "ISR"),
    r("093-hdl", "Ukraine investigates Russian strike on Kharkiv hospital", "ACCUSE", "UKR", "RUS"),
    # 094 investigate war crimes
    r("094-lgt", "The International Criminal Court launched an investigation into war crimes in Sudan's Darfur region.", "ACCUSE", "IGO", "SDN"),
    r("094-rep", "Kyiv said Ukrainian prosecutors were investigating Russian troops for war crimes in Bucha.", "ACCUSE", "UKR", "RUS"),
]


REQUEST_ROWS: list[Row] = [
    # 100 make a request
    r("100-hdl", "Lebanon asks France for help with port rebuilding", "REQUEST", "LBN", "FRA"),
    r("100-lgt", "Tonga made a formal request to New Zealand for help with undersea cable repairs.", "REQUEST", "TON", "NZL"),
    # 101 demand material cooperation
    r("101-rep", "Officials in Bishkek said Kyrgyzstan had asked Kazakhstan to help build a new hydropower dam.", "REQUEST", "KGZ", "KAZ"),
    r("101-act", "The Malian Ministry of Mines and Energy urged Guinea to join a cross-border power project.", "REQUEST", "MLI", "GIN"),
    # 1011 demand economic cooperation
    r("1011-nob", "Sri Lanka announced a request for a currency swap line from India.", "REQUEST", "LKA", "IND"),
    r("1011-adj", "In Tashkent on Friday, Uzbekistan urged Turkmenistan to open its markets to Uzbek cotton.", "REQUEST", "UZB", "TKM"),
    # 1012 demand military cooperation
    r("1012-lgt", "Niger made an appeal to Algeria for joint patrols along their desert frontier.", "REQUEST", "NER", "DZA"),
    r("1012-hdl", "Philippines seeks joint naval patrols with Japan", "REQUEST", "PHL", "JPN"),
    # 1013 demand judicial cooperation
    r("1013-pas", "South Africa was asked by Zimbabwe to extradite a fugitive businessman.", "REQUEST", "ZWE", "ZAF"),
    r("1013-rep", "Lagos prosecutors said Nigeria had requested Britain's help in tracing a former minister's assets.", "REQUEST", "NGA", "GBR"),
    # 1014 demand intelligence cooperation
    r("1014-act", "Pakistan's Inter-Services Intelligence asked Afghan intelligence officials to share data on Taliban fighters.", "REQUEST", "PAK", "AFG"),
    r("1014-nob", "Mozambique announced a request for intelligence from Rwanda on insurgent leaders.", "REQUEST", "MOZ", "RWA"),
    # 102 demand diplomatic cooperation
    r("102-adj", "At the Commonwealth summit on Monday, Belize urged Britain to support its claim at the world court.", "REQUEST", "BLZ", "GBR"),
    r("102-lgt", "Taiwan made an appeal to Paraguay for continued diplomatic support.", "REQUEST", "TWN", "PRY"),
    # 103 demand aid
    r("103-hdl", "Madagascar appeals for help after cyclone", "REQUEST", "MDG", ""),
    r("103-pas", "Germany was asked by Moldova for aid to cope with the energy crisis.", "REQUEST", "MDA", "DEU"),
    # 1031 demand economic aid
    r("1031-rep", "Officials in Cairo said Egypt had asked the International Monetary Fund for a larger loan.", "REQUEST", "EGY", "IGO"),
    r("1031-nob", "Ghana announced a request for debt relief from China on Wednesday.", "REQUEST", "GHA", "CHN"),
    # 1032 demand military aid
    r("1032-lgt", "Taiwan's president made a plea to Washington for more air defence missiles.", "REQUEST", "TWN", "USA"),
    r("1032-act", "Burkina Faso's transitional President Ibrahim Traore asked Russia for attack helicopters.", "REQUEST", "BFA", "RUS"),
    # 1033 demand humanitarian aid
    r("1033-adj", "After the earthquake in Herat, Afghanistan's Taliban government appealed to the U.N. for tents and medicine.", "REQUEST", "AFG", "IGO"),
    r("1033-hdl", "Libya asks neighbours for help after floods", "REQUEST", "LBY", ""),
    # 1034 demand military protection or peacekeeping
    r("1034-rep", "Officials in Port-au-Prince said Haiti had asked the U.N. Security Council for an armed force to restore order.", "REQUEST", "HTI", "IGO"),
    r("1034-nob", "Mali's government announced its request for a regional protection force from ECOWAS.", "REQUEST", "MLI", "IGO"),
    # 104 demand political reform
    r("104-act", "The Catholic Bishops' Conference of Zambia called on the Zambian government to reform the electoral law.", "REQUEST", "ZMB", "ZMB"),
    r("104-lgt", "Tunisian opposition parties issued a call for political reform on Sunday.", "REQUEST", "TUN", "TUN"),
    # 1041 demand change in leadership
    r("1041-hdl", "Peru protesters demand president's resignation", "REQUEST", "PER", "PER"),
    r("1041-adj", "In Antananarivo on Tuesday, Madagascar's opposition demanded that the president step down.", "REQUEST", "MDG", "MDG"),
    # 1042 demand policy change
    r("1042-rep", "Farmers' leaders said they had urged India's government to scrap the new farm laws.", "REQUEST", "IND", "IND"),
    r("1042-pas", "Nigeria's central bank was urged by Nigerian manufacturers to reverse its currency policy.", "REQUEST", "NGA", "NGA"),
    # 1043 demand rights
    r("1043-lgt", "Kurdish parties in Syria made a demand for language rights from the Syrian government.", "REQUEST", "SYR", "SYR"),
    r("1043-act", "The Ogoni people's movement in Nigeria's Rivers State demanded land rights from the federal government.", "REQUEST", "NGA", "NGA"),
    # 1044 demand change in institutions, regime
    r("1044-hdl", "Thai students demand new constitution", "REQUEST", "THA", "THA"),
    r("1044-rep", "Opposition leaders said they had asked Cameroon's government to create an independent electoral body.", "REQUEST", "CMR", "CMR"),
    # 105 demand that target yields
    r("105-adj", "On Sunday in Tehran, Iran demanded that Azerbaijan back down over the border corridor.", "REQUEST", "IRN", "AZE"),
    r("105-pas", "Guyana was urged by Venezuela to give up its claim to the Essequibo region.", "REQUEST", "VEN", "GUY"),
    # 1051 demand easing of administrative sanctions
    r("1051-lgt", "Kyrgyzstan made an appeal to Russia for the easing of work permit rules for Kyrgyz migrants.", "REQUEST", "KGZ", "RUS"),
    r("1051-hdl", "China urges Lithuania to lift curbs on Chinese firms", "REQUEST", "CHN", "LTU"),
    # 1052 demand easing of popular dissent
    r("1052-rep", "The ministry said it had urged Serbian student groups to end their blockade of university buildings.", "REQUEST", "SRB", "SRB"),
    r("1052-act", "Bangladesh's Home Minister Asaduzzaman Khan called on Bangladeshi opposition activists to end their street protests.", "REQUEST", "BGD", "BGD"),
    # 1053 demand release of persons or property
    r("1053-nob", "Thailand announced a demand for the release of Thai farm workers held by Hamas.", "REQUEST", "THA", "PSE"),
    r("1053-hdl", "Algeria demands France return colonial-era skulls", "REQUEST", "DZA", "FRA"),
    # 1054 demand easing of economic sanctions
    r("1054-lgt", "Zimbabwe issued a fresh call to the United States for the lifting of sanctions.", "REQUEST", "ZWE", "USA"),
    r("1054-adj", "At the U.N. on Thursday, Cuba demanded that Washington end its trade embargo.", "REQUEST", "CUB", "USA"),
    # 1055 demand that target allows international involvement
    r("1055-pas", "Myanmar was urged by the European Union to let U.N. investigators into Rakhine state.", "REQUEST", "IGO", "MMR"),
    r("1055-rep", "Diplomats said Britain had asked Ethiopia to admit African Union monitors to Tigray.", "REQUEST", "GBR", "ETH"),
    # 1056 demand de-escalation of military engagement
    r("1056-hdl", "U.N. urges Israel, Hezbollah to halt fire", "REQUEST", "IGO", "ISR LBN"),
    r("1056-act", "The Peace and Security Council of the African Union called on Rwanda to pull its troops out of eastern Congo.", "REQUEST", "IGO", "RWA"),
    # 106 demand meeting, negotiation
    r("106-nob", "Seoul renewed its request for talks with North Korea on family reunions.", "REQUEST", "KOR", "PRK"),
    r("106-lgt", "Pakistan made a proposal to India for a meeting of their foreign ministers.", "REQUEST", "PAK", "IND"),
    # 107 demand settling of dispute
    r("107-rep", "The Arab League said it had urged Algeria and Morocco to settle their dispute over Western Sahara.", "REQUEST", "IGO", "DZA MAR"),
    r("107-adj", "In Brussels on Monday, the EU pressed Serbia to resolve its quarrel with Kosovo.", "REQUEST", "IGO", "SRB"),
    # 108 demand mediation
    r("108-hdl", "Guinea-Bissau asks ECOWAS to mediate in political crisis", "REQUEST", "GNB", "IGO"),
    r("108-pas", "Qatar was asked by Eritrea to mediate its border dispute with Djibouti.", "REQUEST", "ERI", "QAT"),
]

ACCUSE_ROWS: list[Row] = [
    # 110 disapprove
    r("110-lgt", "Poland voiced its disapproval of Hungary's veto at the EU summit.", "ACCUSE", "POL", "HUN"),
    r("110-rep", "Beijing said it had expressed strong displeasure to Japan over the shrine visit.", "ACCUSE", "CHN", "JPN"),
    # 111 criticize or denounce
    r("111-hdl", "Nigeria condemns Niger coup leaders", "ACCUSE", "NGA", "NER"),
    r("111-act", "The Organisation of Islamic Cooperation's secretary-general denounced Sweden over the burning of a Koran.", "ACCUSE", "IGO", "SWE"),
    # 112 accuse
    r("112-pas", "Rwanda was accused by Congo of backing the M23 rebels.", "ACCUSE", "COD", "RWA"),
    r("112-nob", "Mali's junta renewed its accusation against France of arming jihadists.", "ACCUSE", "MLI", "FRA"),
    # 1121 accuse of crime, corruption
    r("1121-lgt", "Peru's prosecutors leveled corruption charges against Brazil's Odebrecht executives.", "ACCUSE", "PER", "BRA"),
    r("1121-adj", "In a statement on Monday, Albania accused Greece of protecting smugglers.", "ACCUSE", "ALB", "GRC"),
    # 1122 accuse of human rights abuses
    r("1122-rep", "Human Rights Watch said it had accused Saudi Arabia of abusing Ethiopian migrants at the border.", "ACCUSE", "IGO", "SAU"),
    r("1122-hdl", "Amnesty accuses Burundi of torturing opposition activists", "ACCUSE", "IGO", "BDI"),
    # 1123 accuse of aggression
    r("1123-act", "Ukraine's Foreign Minister Dmytro Kuleba accused Belarus of aiding Russian aggression.", "ACCUSE", "UKR", "BLR"),
    r("1123-pas", "Azerbaijan was accused by Armenia of shelling border villages.", "ACCUSE", "ARM", "AZE"),
    # 1124 accuse of war crimes
    r("1124-nob", "South Africa filed a complaint at the World Court accusing Israel of genocide in Gaza.", "ACCUSE", "ZAF", "ISR"),
    r("1124-lgt", "Ethiopia's rights commission made accusations of war crimes against Eritrean troops in Tigray.", "ACCUSE", "ETH", "ERI"),
    # 1125 accuse of espionage, treason
    r("1125-hdl", "Iran accuses British national of spying", "ACCUSE", "IRN", "GBR"),
    r("1125-rep", "Moscow said it had accused an American journalist of spying on Russian arms factories.", "ACCUSE", "RUS", "USA"),
    # 113 rally opposition against
    r("113-adj", "At the Arab League summit on Sunday, Egypt rallied opposition to Ethiopia's Nile dam.", "ACCUSE", "EGY", "ETH"),
    r("113-lgt", "Venezuela's opposition leader led a campaign against the Venezuelan government's election plan.", "ACCUSE", "VEN", "VEN"),
    # 114 complain officially
    r("114-lgt", "Lebanon lodged a complaint with the U.N. Security Council over Israeli overflights.", "ACCUSE", "LBN", "ISR"),
    r("114-pas", "A formal protest was lodged with Moscow by Estonia over the airspace violation.", "ACCUSE", "EST", "RUS"),
    # 115 bring lawsuit against
    r("115-nob", "Guyana announced a lawsuit against Venezuela at the International Court of Justice.", "ACCUSE", "GUY", "VEN"),
    r("115-act", "The Gambian Ministry of Justice filed a case against Myanmar at the International Court of Justice.", "ACCUSE", "GMB", "MMR"),
    # 116 find guilty or liable
    r("116-hdl", "Kenyan court convicts police officers of killing lawyer", "ACCUSE", "KEN", "KEN"),
    r("116-pas", "A former Guatemalan president was found guilty of corruption by a court in Guatemala City.", "ACCUSE", "GTM", "GTM"),
]


REJECT_ROWS: list[Row] = [
    # 120 reject
    r("120-hdl", "Kosovo rejects Serbian proposal on northern municipalities", "REJECT", "XKX", "SRB"),
    r("120-pas", "Chile's proposal for a joint border commission was turned down by Bolivia's government.", "REJECT", "BOL", "CHL"),
    # 121 reject material cooperation
    r("121-rep", "Officials said Egypt had refused to join Ethiopia's regional power grid scheme.", "REJECT", "EGY", "ETH"),
    r("121-lgt", "Ecuador gave a flat refusal to China's offer to build a deep-water port.", "REJECT", "ECU", "CHN"),
    # 1211 reject economic cooperation
    r("1211-act", "The Indonesian Ministry of Trade turned down Australia's proposal for a joint nickel processing venture.", "REJECT", "IDN", "AUS"),
    r("1211-adj", "At trade talks in Nairobi on Friday, Tanzania declined to join Kenya's single customs window.", "REJECT", "TZA", "KEN"),
    # 1212 reject military cooperation
    r("1212-hdl", "Indonesia rejects U.S. request for military base", "REJECT", "IDN", "USA"),
    r("1212-nob", "Austria announced its refusal to take part in NATO's joint air defence scheme.", "REJECT", "AUT", "IGO"),
    # 1213 reject judicial cooperation
    r("1213-pas", "Russia's request for the extradition of a Chechen exile was rejected by Austria.", "REJECT", "AUT", "RUS"),
    r("1213-rep", "Officials in Ankara said Sweden had refused to hand over Kurdish activists to Turkey.", "REJECT", "SWE", "TUR"),
    # 1214 reject intelligence cooperation
    r("1214-lgt", "Pakistan gave a refusal to India's request for intelligence on the Mumbai attackers.", "REJECT", "PAK", "IND"),
    r("1214-act", "The Afghan General Directorate of Intelligence declined to share data on militants with Tajikistan.", "REJECT", "AFG", "TJK"),
    # 122 reject request or demand for material aid
    r("122-adj", "On Tuesday in Pyongyang, North Korea rejected South Korea's offer of food aid.", "REJECT", "PRK", "KOR"),
    r("122-hdl", "Eritrea turns down aid from European Union", "REJECT", "ERI", "IGO"),
    # 1221 reject demand for economic aid
    r("1221-nob", "The IMF confirmed its refusal of Zimbabwe's request for a new loan.", "REJECT", "IGO", "ZWE"),
    r("1221-pas", "Lebanon's plea for budget support was rejected by Saudi Arabia.", "REJECT", "SAU", "LBN"),
    # 1222 reject demand for military aid
    r("1222-rep", "Kyiv said Switzerland had refused to send ammunition to Ukraine.", "REJECT", "CHE", "UKR"),
    r("1222-lgt", "Israel gave a cool response to Ukraine's request for air defence systems.", "REJECT", "ISR", "UKR"),
    # 1223 reject demand for humanitarian aid
    r("1223-act", "Myanmar's military government, the State Administration Council, refused U.N. requests to deliver aid to cyclone victims.", "REJECT", "MMR", "IGO"),
    r("1223-hdl", "Taliban reject U.N. appeal to let women aid workers return", "REJECT", "AFG", "IGO"),
    # 1224 reject demand for military protection or peacekeeping
    r("1224-adj", "At the Security Council on Wednesday, Russia vetoed Haiti's request for a U.N. stabilisation force.", "REJECT", "RUS", "HTI"),
    r("1224-nob", "The African Union announced its refusal of Somalia's request for more peacekeepers.", "REJECT", "IGO", "SOM"),
    # 123 reject request or demand for political reform
    r("123-pas", "The opposition's demand for electoral reform was rejected by Togo's government.", "REJECT", "TGO", "TGO"),
    r("123-rep", "Opposition leaders said Chad's junta had refused their calls for political reform.", "REJECT", "TCD", "TCD"),
    # 1231 reject demand for change in leadership
    r("1231-hdl", "Serbian president refuses to resign despite protests", "REJECT", "SRB", "SRB"),
    r("1231-lgt", "Haiti's prime minister gave a firm refusal to opposition demands that he step down.", "REJECT", "HTI", "HTI"),
    # 1232 reject demand for policy change
    r("1232-act", "France's Prime Minister Elisabeth Borne rejected French unions' demand to scrap the pension reform.", "REJECT", "FRA", "FRA"),
    r("1232-adj", "Despite weeks of strikes, Argentina's government refused to reverse its spending cuts.", "REJECT", "ARG", "ARG"),
    # 1233 reject demand for rights
    r("1233-rep", "Rights groups said Qatar's government had refused to give migrant workers the right to unionise.", "REJECT", "QAT", "QAT"),
    r("1233-pas", "Demands by Tibetan monks for religious freedom were rejected by China's government.", "REJECT", "CHN", "CHN"),
    # 1234 reject demand for change in institutions, regime
    r("1234-nob", "Thailand's parliament announced its rejection of proposals to reform the Thai monarchy.", "REJECT", "THA", "THA"),
    r("1234-hdl", "Belarus rejects opposition call for new constitution", "REJECT", "BLR", "BLR"),
    # 124 decline to yield
    r("124-lgt", "China gave no ground to the Philippines over the disputed shoal, officials said.", "REJECT", "CHN", "PHL"),
    r("124-rep", "Athens said Turkey had refused to back down over the drilling ship near Crete.", "REJECT", "TUR", "GRC"),
    # 1241 decline to ease administrative sanctions
    r("1241-hdl", "Russia refuses to lift ban on Georgian wine", "REJECT", "RUS", "GEO"),
    r("1241-act", "The Chinese Ministry of Commerce declined to lift its restrictions on Lithuanian imports.", "REJECT", "CHN", "LTU"),
    # 1242 decline to ease popular dissent
    r("1242-adj", "After the talks broke down on Sunday, Sri Lankan teachers refused to call off their strike.", "REJECT", "LKA", "LKA"),
    r("1242-rep", "Union leaders said Nigerian doctors would not end their walkout until their pay demands were met.", "REJECT", "NGA", "NGA"),
    # 1243 decline to release persons or property
    r("1243-pas", "Calls to free a jailed Australian journalist were rejected by China on Monday.", "REJECT", "CHN", "AUS"),
    r("1243-nob", "Iran announced its refusal to release a seized Swiss oil tanker.", "REJECT", "IRN", "CHE"),
    # 1244 decline to ease economic sanctions
    r("1244-lgt", "The European Union gave a refusal to Russia's demand for the easing of sanctions on its banks.", "REJECT", "IGO", "RUS"),
    r("1244-hdl", "U.S. refuses to lift sanctions on Iran", "REJECT", "USA", "IRN"),
    # 1245 decline to allow international involvement
    r("1245-rep", "The U.N. said Burundi had refused entry to its human rights investigators.", "REJECT", "BDI", "IGO"),
    r("1245-act", "Eritrea's Ministry of Information barred a team of U.N. rights investigators from entering the country.", "REJECT", "ERI", "IGO"),
    # 1246 decline to de-escalate military engagement
    r("1246-adj", "Despite U.N. appeals, Azerbaijan refused to pull its troops back from the Armenian border.", "REJECT", "AZE", "ARM"),
    r("1246-nob", "Russia announced its refusal to withdraw troops from Moldova's Transnistria region.", "REJECT", "RUS", "MDA"),
    # 125 reject proposal to meet, discuss, negotiate
    r("125-hdl", "North Korea rejects Japan's offer of summit", "REJECT", "PRK", "JPN"),
    r("125-pas", "Algeria's offer of talks was rejected by Morocco's government on Monday.", "REJECT", "MAR", "DZA"),
    # 126 reject mediation
    r("126-lgt", "India gave a flat refusal to Turkey's offer of mediation on Kashmir.", "REJECT", "IND", "TUR"),
    r("126-rep", "Kinshasa said Congo had rejected Kenyan mediation in its dispute with Rwanda.", "REJECT", "COD", "KEN"),
    # 127 reject plan, agreement to settle dispute
    r("127-act", "The Tigray People's Liberation Front rejected the Ethiopian government's peace plan.", "REJECT", "ETH", "ETH"),
    r("127-adj", "In Belgrade on Friday, Serbia rejected the European plan to normalise ties with Kosovo.", "REJECT", "SRB", "IGO"),
    # 128 defy norms, law
    r("128-nob", "Hungary announced its refusal to comply with a European Court ruling on asylum seekers.", "REJECT", "HUN", "IGO"),
    r("128-hdl", "Poland defies EU court order on coal mine", "REJECT", "POL", "IGO"),
    # 129 veto
    r("129-lgt", "China cast its veto against a U.S.-drafted Security Council resolution on Myanmar.", "REJECT", "CHN", "USA"),
    r("129-pas", "A French draft resolution on Syria was vetoed by Russia on Thursday.", "REJECT", "RUS", "FRA"),
]

THREATEN_ROWS: list[Row] = [
    # 130 threaten
    r("130-hdl", "Mali junta warns Algeria over border incursions", "THREATEN", "MLI", "DZA"),
    r("130-lgt", "Tajikistan issued a warning to Afghanistan's Taliban government over attacks on border posts.", "THREATEN", "TJK", "AFG"),
    # 131 threaten non-force
    r("131-rep", "Officials in Dhaka said Bangladesh had threatened to take Myanmar to an international tribunal.", "THREATEN", "BGD", "MMR"),
    r("131-act", "The Moroccan Ministry of Foreign Affairs threatened Spain with consequences over the Western Sahara visit.", "THREATEN", "MAR", "ESP"),
    # 1311 threaten to reduce or stop aid
    r("1311-adj", "On Thursday in Washington, the United States threatened to cut military aid to Egypt.", "THREATEN", "USA", "EGY"),
    r("1311-pas", "Uganda was threatened by Denmark with a cut in development aid over the anti-gay law.", "THREATEN", "DNK", "UGA"),
    # 1312 threaten to boycott, embargo, or sanction
    r("1312-nob", "Washington announced a threat of sanctions against Georgia over the foreign agents law.", "THREATEN", "USA", "GEO"),
    r("1312-hdl", "EU threatens Belarus with fresh sanctions", "THREATEN", "IGO", "BLR"),
    # 1313 threaten to reduce or break relations
    r("1313-lgt", "Morocco issued a threat to cut ties with Germany over the Western Sahara dispute.", "THREATEN", "MAR", "DEU"),
    r("1313-rep", "Diplomats said Somalia had threatened to sever relations with Ethiopia over the port deal.", "THREATEN", "SOM", "ETH"),
    # 132 threaten with administrative sanctions
    r("132-act", "Nigeria's National Broadcasting Commission threatened Nigerian radio stations with licence withdrawal.", "THREATEN", "NGA", "NGA"),
    r("132-adj", "In a letter on Monday, Turkey's interior ministry threatened Turkish mayors with dismissal.", "THREATEN", "TUR", "TUR"),
    # 1321 threaten to impose restrictions on freedoms
    r("1321-hdl", "Zimbabwe warns journalists of jail over cyclone reports", "THREATEN", "ZWE", "ZWE"),
    r("1321-nob", "Ethiopia's government renewed its threat of a social media shutdown in Amhara.", "THREATEN", "ETH", "ETH"),
    # 1322 threaten to ban political parties or politicians
    r("1322-rep", "Opposition leaders said Guinea's junta had threatened to dissolve their parties.", "THREATEN", "GIN", "GIN"),
    r("1322-pas", "Tanzania's main opposition party was threatened with a ban by the registrar of political parties.", "THREATEN", "TZA", "TZA"),
    # 1323 threaten to impose curfew
    r("1323-lgt", "Senegal's interior minister issued a warning that a curfew would be imposed in Dakar.", "THREATEN", "SEN", "SEN"),
    r("1323-hdl", "Ecuador threatens curfew in Guayaquil", "THREATEN", "ECU", "ECU"),
    # 1324 threaten to impose state of emergency or martial law
    r("1324-adj", "Amid the unrest on Saturday, Kazakhstan's president threatened to declare a state of emergency.", "THREATEN", "KAZ", "KAZ"),
    r("1324-act", "Peru's President Dina Boluarte threatened Peruvians with martial law in the southern regions.", "THREATEN", "PER", "PER"),
    # 133 threaten with political dissent, protest
    r("133-rep", "Union leaders said Kenyan teachers would go on strike next month unless pay rises were paid.", "THREATEN", "KEN", "KEN"),
    r("133-nob", "Malawi's opposition announced a threat of mass protests over the election results.", "THREATEN", "MWI", "MWI"),
    # 134 threaten to halt negotiations
    r("134-hdl", "Hamas threatens to quit truce talks with Israel", "THREATEN", "PSE", "ISR"),
    r("134-lgt", "Greece gave notice that it would walk out of talks with Turkey over the drilling row.", "THREATEN", "GRC", "TUR"),
    # 135 threaten to halt mediation
    r("135-adj", "In Doha on Monday, Qatar threatened to end its mediation between Israel and Hamas.", "THREATEN", "QAT", "ISR PSE"),
    r("135-rep", "Officials said Norway had threatened to withdraw as mediator between Colombia and the ELN rebels.", "THREATEN", "NOR", "COL"),
    # 136 threaten to halt international involvement
    r("136-pas", "U.N. peacekeepers were threatened with expulsion by Mali's junta.", "THREATEN", "MLI", "IGO"),
    r("136-hdl", "Congo threatens to expel East African regional force", "THREATEN", "COD", "IGO"),
    # 137 threaten with violent repression
    r("137-lgt", "Iran's police chief issued a warning of a crackdown to Iranian women who defy the dress code.", "THREATEN", "IRN", "IRN"),
    r("137-act", "Sudan's Rapid Support Forces commander Mohamed Hamdan Dagalo threatened Sudanese protesters with force.", "THREATEN", "SDN", "SDN"),
    # 138 threaten with military force
    r("138-rep", "Officials in Baku said Azerbaijan had threatened Armenia with military action.", "THREATEN", "AZE", "ARM"),
    r("138-hdl", "China warns Taiwan of force over independence moves", "THREATEN", "CHN", "TWN"),
    # 1381 threaten blockade
    r("1381-nob", "Beijing renewed its threat of a naval blockade of Taiwan on Monday.", "THREATEN", "CHN", "TWN"),
    r("1381-adj", "At a rally on Friday, Yemen's Houthi leader threatened to block Israeli-linked ships in the Red Sea.", "THREATEN", "YEM", "ISR"),
    # 1382 threaten occupation
    r("1382-lgt", "Venezuela issued a threat to annex the Essequibo region of Guyana.", "THREATEN", "VEN", "GUY"),
    r("1382-rep", "Officials in Kyiv said Russia had threatened to seize the Ukrainian city of Kharkiv.", "THREATEN", "RUS", "UKR"),
    # 1383 threaten unconventional violence
    r("1383-hdl", "Al-Shabaab threatens attacks on Kenyan tourist resorts", "THREATEN", "SOM", "KEN"),
    r("1383-act", "The Islamic State's West Africa Province threatened to bomb churches in northeastern Nigeria.", "THREATEN", "NGA", "NGA"),
    # 1384 threaten conventional attack
    r("1384-pas", "Lebanon was threatened with air strikes by Israel's defence minister on Sunday.", "THREATEN", "ISR", "LBN"),
    r("1384-adj", "In a televised speech, Sudan's army chief threatened to storm the capital's Rapid Support Forces bases.", "THREATEN", "SDN", "SDN"),
    # 1385 threaten attack with WMD
    r("1385-nob", "North Korea repeated its threat of a nuclear strike against South Korea.", "THREATEN", "PRK", "KOR"),
    r("1385-rep", "Western officials said Russia had threatened Ukraine with nuclear weapons.", "THREATEN", "RUS", "UKR"),
    # 139 give ultimatum
    r("139-lgt", "ECOWAS gave Niger's coup leaders an ultimatum to restore the president within a week.", "THREATEN", "IGO", "NER"),
    r("139-hdl", "ECOWAS gives Guinea junta ultimatum on return to civilian rule", "THREATEN", "IGO", "GIN"),
]


PROTEST_ROWS: list[Row] = [
    # 140 engage in political dissent
    r("140-hdl", "Georgians rally against foreign agents law", "PROTEST", "GEO", "GEO"),
    r("140-adj", "In Yerevan on Sunday, thousands of Armenians marched against the government's border deal.", "PROTEST", "ARM", "ARM"),
    # 141 demonstrate or rally
    r("141-lgt", "Opposition supporters staged a rally in central Caracas on Saturday.", "PROTEST", "VEN", "VEN"),
    r("141-pas", "A demonstration was held outside the French embassy in Niamey by Nigerien students.", "PROTEST", "NER", "NER"),
    # 1411 demonstrate for leadership change
    r("1411-rep", "Police said tens of thousands of Serbians had marched in Belgrade to demand the president's resignation.", "PROTEST", "SRB", "SRB"),
    r("1411-mul", "Protesters in Lima demanded President Boluarte's resignation and blocked the Pan-American Highway.", "PROTEST", "PER", "PER"),
    # 1412 demonstrate for policy change
    r("1412-act", "Members of the Korean Confederation of Trade Unions rallied in Seoul against the new labour rules.", "PROTEST", "KOR", "KOR"),
    r("1412-nob", "Police confirmed a march by Israeli reservists against the judicial overhaul in Tel Aviv.", "PROTEST", "ISR", "ISR"),
    # 1413 demonstrate for rights
    r("1413-hdl", "Afghan women protest in Kabul for right to work", "PROTEST", "AFG", "AFG"),
    r("1413-lgt", "Indigenous groups held a march in Brasilia for land rights on Wednesday.", "PROTEST", "BRA", "BRA"),
    # 1414 demonstrate for change in institutions, regime
    r("1414-adj", "Across Thailand on Saturday, students demonstrated for reform of the monarchy.", "PROTEST", "THA", "THA"),
    r("1414-rel", "The Algerian students, who marched in Algiers for an end to military rule, were dispersed without incident.", "PROTEST", "DZA", "DZA"),
    # 142 conduct hunger strike
    r("142-lgt", "A jailed Bahraini activist went on hunger strike in Manama this week.", "PROTEST", "BHR", "BHR"),
    r("142-rep", "His lawyer said the detained Egyptian blogger had refused food for three weeks in his cell in Cairo.", "PROTEST", "EGY", "EGY"),
    # 1421 hunger strike for leadership change
    r("1421-nob", "Opposition figures in Kinshasa announced a hunger strike to force Congo's president from office.", "PROTEST", "COD", "COD"),
    r("1421-hdl", "Georgian activists on hunger strike demand prime minister quit", "PROTEST", "GEO", "GEO"),
    # 1422 hunger strike for policy change
    r("1422-act", "Detained members of the Oromo Liberation Front began a hunger strike in Addis Ababa over prison conditions.", "PROTEST", "ETH", "ETH"),
    r("1422-adj", "Since Monday in Kathmandu, Nepali teachers have refused food to protest the new education bill.", "PROTEST", "NPL", "NPL"),
    # 1423 hunger strike for rights
    r("1423-rep", "Rights groups said jailed Moroccan journalists had begun a hunger strike for the right to a fair trial.", "PROTEST", "MAR", "MAR"),
    r("1423-lgt", "Jailed Kurdish politicians staged a hunger strike in Turkish prisons for the right to speak Kurdish in court.", "PROTEST", "TUR", "TUR"),
    # 1424 hunger strike for change in institutions, regime
    r("1424-hdl", "Jailed Belarusian opposition leader on hunger strike for free elections", "PROTEST", "BLR", "BLR"),
    r("1424-pas", "A hunger strike for an elected parliament was started by Kuwaiti activists on Sunday.", "PROTEST", "KWT", "KWT"),
    # 143 conduct strike or boycott
    r("143-lgt", "Dock workers in Mombasa staged a walkout on Monday, halting cargo operations.", "PROTEST", "KEN", "KEN"),
    r("143-hdl", "Nigerian unions begin nationwide strike", "PROTEST", "NGA", "NGA"),
    # 1431 strike or boycott for change in leadership
    r("1431-rep", "Union leaders said Bolivian truckers had struck to force the energy minister's removal.", "PROTEST", "BOL", "BOL"),
    r("1431-act", "The Congress of South African Trade Unions called a general strike to demand the police minister's dismissal.", "PROTEST", "ZAF", "ZAF"),
    # 1432 strike or boycott for policy change
    r("1432-adj", "On Thursday across France, rail workers walked out against the pension reform.", "PROTEST", "FRA", "FRA"),
    r("1432-nob", "Kenyan doctors announced a boycott of public hospitals over the new health insurance scheme.", "PROTEST", "KEN", "KEN"),
    # 1433 strike or boycott for rights
    r("1433-lgt", "Garment workers in Dhaka staged a strike for the right to form unions.", "PROTEST", "BGD", "BGD"),
    r("1433-rep", "Organisers said Indian farm labourers had stayed away from work to demand land rights.", "PROTEST", "IND", "IND"),
    # 1434 strike or boycott for change in institutions, regime
    r("1434-hdl", "Cameroon opposition boycotts vote over electoral body", "PROTEST", "CMR", "CMR"),
    r("1434-pas", "The parliamentary election was boycotted by Bangladesh's main opposition party.", "PROTEST", "BGD", "BGD"),
    # 144 obstruct passage, block
    r("144-lgt", "Farmers set up roadblocks on the main highway into Warsaw on Tuesday.", "PROTEST", "POL", "POL"),
    r("144-adj", "Near the Slovak border on Monday, Hungarian truckers blocked a motorway crossing.", "PROTEST", "HUN", "HUN"),
    # 1441 obstruct passage to demand change in leadership
    r("1441-mul", "Protesters blocked the main roads into Port Moresby and demanded the prime minister's resignation.", "PROTEST", "PNG", "PNG"),
    r("1441-rep", "Police said Bolivian opposition supporters had blocked highways to force the president out.", "PROTEST", "BOL", "BOL"),
    # 1442 obstruct passage to demand policy change
    r("1442-hdl", "Panama protesters block highways over mining deal", "PROTEST", "PAN", "PAN"),
    r("1442-act", "Members of the National Indigenous Confederation of Ecuador blocked roads to demand lower fuel prices.", "PROTEST", "ECU", "ECU"),
    # 1443 obstruct passage to demand rights
    r("1443-nob", "Police confirmed a blockade of the Bangkok ring road by Thai rubber farmers seeking land rights.", "PROTEST", "THA", "THA"),
    r("1443-lgt", "Roma families set up a blockade of the rail line near Kosice to demand housing rights.", "PROTEST", "SVK", "SVK"),
    # 1444 obstruct passage to demand change in institutions
    r("1444-adj", "In Santiago on Friday, students blocked the Alameda avenue to demand a new constitution.", "PROTEST", "CHL", "CHL"),
    r("1444-pas", "The main road to Tbilisi's parliament was blocked by Georgian protesters calling for new elections.", "PROTEST", "GEO", "GEO"),
    # 145 protest violently, riot
    r("145-hdl", "Riots erupt in Senegal after opposition leader jailed", "PROTEST", "SEN", "SEN"),
    r("145-prt", "Rioters torched shops in the Haitian town of Gonaives on Monday, forcing traders to flee.", "PROTEST", "HTI", "HTI"),
    # 1451 violent protest for change in leadership
    r("1451-rep", "Police said Malagasy rioters had set fire to government offices to force the president out.", "PROTEST", "MDG", "MDG"),
    r("1451-act", "Supporters of Pakistan's jailed former prime minister Imran Khan stormed army buildings in Lahore.", "PROTEST", "PAK", "PAK"),
    # 1452 violent protest for policy change
    r("1452-lgt", "Protesters in Nairobi went on a rampage against the tax rises, burning parts of parliament.", "PROTEST", "KEN", "KEN"),
    r("1452-adj", "In Kenya's capital on Tuesday, rioting broke out over the finance bill.", "PROTEST", "KEN", "KEN"),
    # 1453 violent protest for rights
    r("1453-hdl", "Kurdish protesters clash with police in Iran over rights", "PROTEST", "IRN", "IRN"),
    r("1453-nob", "Police confirmed violent protests by Tuareg youths demanding language rights in northern Niger.", "PROTEST", "NER", "NER"),
    # 1454 violent protest for change in institutions, regime
    r("1454-rel", "The Sri Lankan protesters, who stormed the presidential palace in Colombo, demanded an end to the presidency.", "PROTEST", "LKA", "LKA"),
    r("1454-pas", "Government buildings in Eswatini were torched by pro-democracy protesters on Tuesday.", "PROTEST", "SWZ", "SWZ"),
]

MOBILIZE_ROWS: list[Row] = [
    # 150 demonstrate military or police power
    r("150-lgt", "North Korea staged a military parade in Pyongyang on Saturday.", "MOBILIZE", "PRK", ""),
    r("150-hdl", "China holds war games around Taiwan", "MOBILIZE", "CHN", "TWN"),
    # 151 increase police alert status
    r("151-pas", "Police in Sweden were put on high alert after the Koran burning, officials said.", "MOBILIZE", "SWE", ""),
    r("151-adj", "Ahead of the election in Lusaka, Zambia's police raised their alert level.", "MOBILIZE", "ZMB", ""),
    # 152 increase military alert status
    r("152-rep", "Seoul said South Korea's army had been placed on high alert after the missile launch.", "MOBILIZE", "KOR", ""),
    r("152-act", "The Armed Forces of the Democratic Republic of Congo raised their alert level along the Rwandan border.", "MOBILIZE", "COD", "RWA"),
    # 153 mobilize or increase police power
    r("153-nob", "Ecuador's government announced the deployment of 5,000 police officers in Guayaquil.", "MOBILIZE", "ECU", ""),
    r("153-hdl", "France deploys 45,000 police for New Year's Eve", "MOBILIZE", "FRA", ""),
    # 154 mobilize or increase armed forces
    r("154-lgt", "Russia carried out a call-up of 300,000 reservists, the defence ministry said.", "MOBILIZE", "RUS", ""),
    r("154-mul", "Venezuela massed troops on the border with Guyana and announced a new military command.", "MOBILIZE", "VEN", "GUY"),
]


SANCTION_ROWS: list[Row] = [
    # 160 reduce relations
    r("160-lgt", "Peru carried out a downgrade of its diplomatic ties with Mexico on Monday.", "SANCTION", "PER", "MEX"),
    r("160-hdl", "Chad scales back ties with Sudan", "SANCTION", "TCD", "SDN"),
    # 161 reduce or break diplomatic relations
    r("161-nob", "Bolivia announced the severing of diplomatic relations with Israel on Tuesday.", "SANCTION", "BOL", "ISR"),
    r("161-rep", "Officials in Caracas said Venezuela had broken off relations with Argentina.", "SANCTION", "VEN", "ARG"),
    # 162 reduce or stop aid
    r("162-pas", "Aid to Afghanistan was cut by Germany after the ban on women aid workers.", "SANCTION", "DEU", "AFG"),
    r("162-adj", "Following the coup in Niamey, France halted all aid to Niger.", "SANCTION", "FRA", "NER"),
    # 1621 reduce or stop economic assistance
    r("1621-lgt", "The World Bank announced a suspension of its lending to Uganda over the anti-gay law.", "SANCTION", "IGO", "UGA"),
    r("1621-hdl", "IMF freezes loan to Mozambique", "SANCTION", "IGO", "MOZ"),
    # 1622 reduce or stop military assistance
    r("1622-rep", "Officials in Washington said the United States had frozen military aid to Egypt.", "SANCTION", "USA", "EGY"),
    r("1622-act", "The German Federal Ministry of Defence stopped arms deliveries to Saudi Arabia after the journalist's killing.", "SANCTION", "DEU", "SAU"),
    # 1623 reduce or stop humanitarian assistance
    r("1623-adj", "In Yemen's north on Monday, the World Food Programme halted food distribution.", "SANCTION", "IGO", "YEM"),
    r("1623-pas", "Food aid to Ethiopia was suspended by USAID after reports of theft.", "SANCTION", "USA", "ETH"),
    # 164 halt negotiations
    r("164-hdl", "Colombia suspends peace talks with ELN rebels", "SANCTION", "COL", "COL"),
    r("164-lgt", "Israel ordered a halt to its ceasefire negotiations with Hamas in Doha.", "SANCTION", "ISR", "PSE"),
    # 165 halt mediation
    r("165-rep", "Officials in Doha said Qatar had suspended its mediation between Israel and Hamas.", "SANCTION", "QAT", "ISR PSE"),
    r("165-nob", "Kenya announced the end of its mediation between Ethiopia's government and the Tigray rebels.", "SANCTION", "KEN", "ETH"),
    # 166 expel or withdraw
    r("166-lgt", "Burkina Faso ordered the expulsion of three French diplomats on Tuesday.", "SANCTION", "BFA", "FRA"),
    r("166-pas", "Russia's ambassador was expelled from Moldova on Friday, the foreign ministry in Chisinau said.", "SANCTION", "MDA", "RUS"),
    # 1661 expel or withdraw peacekeepers
    r("1661-nob", "Mali's junta demanded the immediate departure of the U.N. peacekeeping mission.", "SANCTION", "MLI", "IGO"),
    r("1661-hdl", "Congo orders East African force to leave", "SANCTION", "COD", "IGO"),
    # 1662 expel or withdraw inspectors, observers
    r("1662-rep", "The IAEA said Iran had withdrawn the accreditation of eight of its inspectors.", "SANCTION", "IRN", "IGO"),
    r("1662-adj", "After the disputed vote, Azerbaijan expelled OSCE election observers from Baku.", "SANCTION", "AZE", "IGO"),
    # 1663 expel or withdraw aid agencies
    r("1663-lgt", "Ethiopia ordered the expulsion of Doctors Without Borders from the Amhara region.", "SANCTION", "ETH", "IGO"),
    r("1663-act", "Burundi's Ministry of the Interior ordered the Norwegian Refugee Council to leave Burundi.", "SANCTION", "BDI", "IGO"),
]

COERCE_ROWS: list[Row] = [
    # 163 impose embargo, boycott, or sanctions (crosswalk: COERCE)
    r("163-lgt", "Britain imposed a fresh round of sanctions on Iranian oil firms.", "COERCE", "GBR", "IRN"),
    r("163-pas", "An arms embargo was imposed on South Sudan by the U.N. Security Council.", "COERCE", "IGO", "SSD"),
    # 170 coerce
    r("170-hdl", "Nicaragua forces Catholic radio stations off air", "COERCE", "NIC", "NIC"),
    r("170-rep", "Farmers said Zimbabwe's police had forced them off their land near Masvingo.", "COERCE", "ZWE", "ZWE"),
    # 171 seize or damage property
    r("171-lgt", "Iran's navy carried out the seizure of a Marshall Islands-flagged tanker in the Gulf of Oman.", "COERCE", "IRN", "MHL"),
    r("171-adj", "Off the coast of Guinea on Monday, the navy seized a Chinese fishing trawler.", "COERCE", "GIN", "CHN"),
    # 1711 confiscate property
    r("1711-pas", "Assets belonging to a Russian oligarch were confiscated by Italy on Wednesday.", "COERCE", "ITA", "RUS"),
    r("1711-nob", "Ukraine announced the confiscation of Russian-owned property in Kyiv.", "COERCE", "UKR", "RUS"),
    # 1712 destroy property
    r("1712-hdl", "Israeli army demolishes Palestinian homes in West Bank", "ASSAULT", "ISR", "PSE"),
    r("1712-prt", "Nigerian soldiers moved through the village near Maiduguri, burning houses and granaries.", "ASSAULT", "NGA", "NGA"),
    # 172 impose administrative sanctions
    r("172-rep", "Officials said Algeria had suspended visa issuing to French nationals.", "COERCE", "DZA", "FRA"),
    r("172-lgt", "China placed a ban on imports of Japanese seafood on Thursday.", "COERCE", "CHN", "JPN"),
    # 1721 impose restrictions on freedoms of speech and expression
    r("1721-hdl", "Burkina junta suspends French radio station", "COERCE", "BFA", "FRA"),
    r("1721-act", "Russia's media watchdog Roskomnadzor blocked access to the websites of Russian independent newspapers.", "COERCE", "RUS", "RUS"),
    # 1722 ban political parties or politicians
    r("1722-pas", "The main opposition party was banned by Cambodia's election commission on Monday.", "COERCE", "KHM", "KHM"),
    r("1722-nob", "Mali's junta announced the dissolution of all Malian political parties.", "COERCE", "MLI", "MLI"),
    # 1723 impose curfew
    r("1723-lgt", "Authorities in Niger imposed a night curfew on the city of Tahoua after the clashes.", "COERCE", "NER", "NER"),
    r("1723-adj", "After clashes in Jos on Sunday, Plateau state officials imposed a 24-hour curfew.", "COERCE", "NGA", "NGA"),
    # 1724 impose state of emergency or martial law
    r("1724-hdl", "Ecuador declares state of emergency over prison riots", "COERCE", "ECU", "ECU"),
    r("1724-rep", "Officials said Ethiopia's parliament had approved a six-month state of emergency in Amhara.", "COERCE", "ETH", "ETH"),
    # 173 arrest, detain, or charge with legal action
    r("173-lgt", "Turkish police carried out a wave of arrests of opposition journalists in Istanbul.", "COERCE", "TUR", "TUR"),
    r("173-pas", "Two Chinese nationals were detained by Philippine police on suspicion of spying.", "COERCE", "PHL", "CHN"),
    # 174 expel or deport individuals
    r("174-nob", "Tunisia announced the deportation of 200 Guinean migrants on Monday.", "COERCE", "TUN", "GIN"),
    r("174-hdl", "Pakistan deports thousands of Afghans", "COERCE", "PAK", "AFG"),
    # 191 impose blockade, restrict movement
    r("191-lgt", "Israel imposed a full siege on the Gaza Strip on Monday.", "COERCE", "ISR", "PSE"),
    r("191-rel", "Azerbaijani troops, who blocked the Lachin corridor to Armenian traffic for months, are based near Shusha.", "COERCE", "AZE", "ARM"),
    # 192 occupy territory
    r("192-rep", "Kyiv said Russian forces had occupied the Ukrainian village of Robotyne.", "COERCE", "RUS", "UKR"),
    r("192-hdl", "Turkish troops seize villages in northern Syria", "COERCE", "TUR", "SYR"),
]


ASSAULT_ROWS: list[Row] = [
    # 175 use violent repression
    r("175-lgt", "Security forces carried out a violent crackdown on protesters in Conakry, Guinea, on Thursday.", "ASSAULT", "GIN", "GIN"),
    r("175-rel", "The Iranian riot police, who beat and tear-gassed protesters in Zahedan, were deployed from Tehran.", "ASSAULT", "IRN", "IRN"),
    # 180 use unconventional violence
    r("180-prt", "Gunmen stormed a hotel in Mogadishu late on Friday, killing nine people.", "ASSAULT", "", "SOM"),
    r("180-hdl", "Militants attack police post in Pakistan's northwest", "ASSAULT", "", "PAK"),
    # 181 abduct, hijack
    r("181-pas", "Two Chinese mine workers were kidnapped by gunmen in central Mali.", "ASSAULT", "", "CHN"),
    r("181-rep", "Police said bandits had abducted forty Nigerian schoolchildren in Kaduna state.", "ASSAULT", "", "NGA"),
    # 182 physically assault
    r("182-lgt", "Police officers in Harare gave a beating to two Zimbabwean opposition activists.", "ASSAULT", "ZWE", "ZWE"),
    r("182-adj", "Outside the court in Istanbul on Monday, Turkish police beat a group of Kurdish lawyers.", "ASSAULT", "TUR", "TUR"),
    # 1821 sexually assault
    r("1821-rep", "A U.N. report said Sudanese paramilitary fighters had raped women in West Darfur.", "ASSAULT", "SDN", "SDN"),
    r("1821-pas", "Women in Tigray were sexually assaulted by Eritrean soldiers, Ethiopian investigators said.", "ASSAULT", "ERI", "ETH"),
    # 1822 torture
    r("1822-nob", "Amnesty reported the torture of Syrian detainees by Syria's military intelligence.", "ASSAULT", "SYR", "SYR"),
    r("1822-hdl", "Ugandan opposition activists tortured in detention", "ASSAULT", "UGA", "UGA"),
    # 1823 kill by physical assault
    r("1823-rel", "The Burkinabe militiamen, who hacked to death twelve villagers near Djibo, fled into the bush.", "ASSAULT", "BFA", "BFA"),
    r("1823-pas", "A Honduran environmental activist was stabbed to death by unknown assailants in Tocoa.", "ASSAULT", "", "HND"),
    # 183 conduct suicide, car, or other non-military bombing
    r("183-lgt", "Insurgents set off a bomb at a market in Maiduguri, Nigeria, on Saturday.", "ASSAULT", "", "NGA"),
    r("183-prt", "A bomb exploded on a bus in Quetta, Pakistan, killing six passengers.", "ASSAULT", "", "PAK"),
    # 1831 carry out suicide bombing
    r("1831-adj", "At a mosque in Peshawar on Friday, a suicide bomber killed at least 50 worshippers.", "ASSAULT", "", "PAK"),
    r("1831-rep", "Police said a suicide bomber had blown himself up at a checkpoint in Baghdad.", "ASSAULT", "", "IRQ"),
    # 1832 carry out car bombing
    r("1832-hdl", "Car bomb kills eleven in Mogadishu", "ASSAULT", "", "SOM"),
    r("1832-pas", "Three Colombian police officers were killed by a car bomb in Cali on Sunday.", "ASSAULT", "", "COL"),
    # 1833 carry out roadside bombing
    r("1833-prt", "A roadside bomb struck an army convoy in northern Burkina Faso, killing ten soldiers.", "ASSAULT", "", "BFA"),
    r("1833-rep", "The army said a roadside bomb had hit a Malian patrol near Timbuktu.", "ASSAULT", "", "MLI"),
    # 184 use as human shield
    r("184-rep", "Villagers said Islamist fighters had used them as human shields against Nigerian army air strikes.", "ASSAULT", "NGA", "NGA"),
    r("184-pas", "Civilians in Mosul were used as human shields by Islamic State fighters, the Iraqi army said.", "ASSAULT", "IRQ", "IRQ"),
    # 185 attempt to assassinate
    r("185-hdl", "Slovak prime minister shot in assassination attempt", "ASSAULT", "", "SVK"),
    r("185-lgt", "Gunmen made an attempt on the life of Haiti's police chief on Tuesday.", "ASSAULT", "", "HTI"),
    # 186 assassinate
    r("186-nob", "Iran confirmed the assassination of a senior nuclear scientist near Tehran.", "ASSAULT", "", "IRN"),
    r("186-adj", "Outside his home in Quito on Wednesday, an Ecuadorian presidential candidate was shot dead.", "ASSAULT", "", "ECU"),
    # 190 use conventional military force
    r("190-lgt", "Turkey carried out a military operation against Kurdish fighters in northern Iraq.", "ASSAULT", "TUR", "IRQ"),
    r("190-prt", "Israeli forces pushed into Rafah on Tuesday, attacking Hamas positions.", "ASSAULT", "ISR", "PSE"),
    # 193 fight with small arms and light weapons
    r("193-rel", "The Congolese soldiers, who opened fire on M23 rebels near Goma, belong to the army's 34th military region.", "ASSAULT", "COD", "COD"),
    r("193-hdl", "Somali troops, al-Shabaab fighters clash near Mogadishu", "ASSAULT", "SOM", ""),
    # 194 fight with artillery and tanks
    r("194-pas", "Ukrainian towns near Kharkiv were shelled by Russian artillery overnight.", "ASSAULT", "RUS", "UKR"),
    r("194-nob", "Armenia reported the shelling of border villages by Azerbaijani forces.", "ASSAULT", "AZE", "ARM"),
    # 195 employ aerial weapons
    r("195-lgt", "Myanmar's air force carried out air strikes on rebel-held villages in Sagaing.", "ASSAULT", "MMR", "MMR"),
    r("195-mul", "Sudanese warplanes bombed a market in Nyala and drones struck a hospital in El Fasher.", "ASSAULT", "SDN", "SDN"),
    # 196 violate ceasefire
    r("196-rep", "Baku said Armenian forces had violated the ceasefire by firing on Azerbaijani positions.", "ASSAULT", "ARM", "AZE"),
    r("196-act", "The Russian-backed Donetsk People's Republic militia broke the truce by shelling Ukrainian trenches.", "ASSAULT", "RUS", "UKR"),
    # 200 use unconventional mass violence
    r("200-adj", "In the Ituri province of Congo on Sunday, militiamen slaughtered more than forty displaced people.", "ASSAULT", "COD", "COD"),
    r("200-nob", "Human rights groups reported a massacre of villagers by jihadists in central Mali.", "ASSAULT", "MLI", "MLI"),
    # 201 engage in mass expulsion
    r("201-lgt", "Myanmar's army carried out the mass expulsion of Rohingya villagers into Bangladesh.", "ASSAULT", "MMR", "MMR"),
    r("201-hdl", "Dominican Republic expels thousands of Haitians in mass roundups", "ASSAULT", "DOM", "HTI"),
    # 202 engage in mass killings
    r("202-rep", "Survivors said Ethiopian soldiers had killed hundreds of civilians in Axum.", "ASSAULT", "ETH", "ETH"),
    r("202-pas", "Hundreds of Sudanese civilians were killed by Rapid Support Forces fighters in El Geneina.", "ASSAULT", "SDN", "SDN"),
    # 203 engage in ethnic cleansing
    r("203-nob", "U.N. investigators confirmed the ethnic cleansing of Masalit villages in West Darfur by Arab militias.", "ASSAULT", "SDN", "SDN"),
    r("203-act", "Bosnian Serb forces under General Ratko Mladic drove Muslims from villages in eastern Bosnia.", "ASSAULT", "BIH", "BIH"),
    # 204 use weapons of mass destruction
    r("204-hdl", "Syrian army drops sarin on rebel town of Khan Sheikhoun", "ASSAULT", "SYR", "SYR"),
    r("204-lgt", "Iraqi forces carried out a poison gas attack on the Kurdish town of Halabja.", "ASSAULT", "IRQ", "IRQ"),
    # 2041 use chemical, biological, or radiological weapons
    r("2041-pas", "Ukrainian soldiers were attacked with chloropicrin gas by Russian troops, Kyiv said.", "ASSAULT", "RUS", "UKR"),
    r("2041-rep", "Inspectors said the Syrian air force had dropped chlorine bombs on Saraqeb.", "ASSAULT", "SYR", "SYR"),
    # 2042 detonate nuclear weapons
    r("2042-nob", "Washington confirmed the detonation of a nuclear bomb over Nagasaki by U.S. forces.", "ASSAULT", "USA", "JPN"),
    r("2042-hdl", "U.S. drops atomic bomb on Hiroshima", "ASSAULT", "USA", "JPN"),
]

ROWS: list[Row] = (AGREE_ROWS + CONSULT_ROWS + SUPPORT_ROWS + COOPERATE_ROWS + AID_ROWS + CONCEDE_ROWS
                   + RETREAT_ROWS + INVESTIGATE_ROWS + REQUEST_ROWS + ACCUSE_ROWS + REJECT_ROWS + THREATEN_ROWS
                   + PROTEST_ROWS + MOBILIZE_ROWS + SANCTION_ROWS + COERCE_ROWS + ASSAULT_ROWS)

CONSTRUCTIONS = ("lgt", "nob", "pas", "rel", "prt", "rep", "mul", "act", "adj", "hdl")

# the floor: the figures measured on the code (the held-out figures are in the docstring)
MEASURED: dict[str, float] = {"rows": 512, "type_accuracy": 0.777, "triple_f1": 0.626, "actor_f1": 0.843,
                             "triple_accuracy": 0.588, "no_event_rate": 0.127}

# rows the code still gets wrong, with the failure seen (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "116-hdl": "convention: CAMEO 116 is the codebook's SANCTION convict (i16-set3v), not the crosswalk's ACCUSE",
    "0311-nob": "no event (nominal object)",
    "0313-rep": "wrong argument: PAN -> - for PAN -> COL (reported speech)",
    "033-pas": "no event (passive)",
    "0331-nob": "no event (nominal object)",
    "0332-act": "no event (long actor)",
    "0334-rel": "wrong argument: RWA -> - for RWA -> MOZ (relative clause)",
    "034-hdl": "wrong argument: TGO -> - for TGO -> TGO (headline)",
    "0341-nob": "wrong argument: MLI -> - for MLI -> MLI (nominal object)",
    "0342-act": "no event (long actor)",
    "0342-hdl": "no event (headline)",
    "0343-rep": "no event (reported speech)",
    "0344-nob": "no event (nominal object)",
    "0344-adj": "no event (fronted adjunct)",
    "035-lgt": "wrong argument: SDN -> - for SDN -> SDN (light verb)",
    "0351-hdl": "no event (headline)",
    "0351-act": "no event (long actor)",
    "0352-rep": "no event (reported speech)",
    "0352-lgt": "no event (light verb)",
    "0355-hdl": "wrong argument: MMR -> MMR for MMR -> IGO (headline)",
    "0355-lgt": "no event (light verb)",
    "0356-rep": "wrong argument: GEO -> GEO for GEO -> RUS (reported speech)",
    "044-adj": "wrong type: NONE - -> - for CONSULT (fronted adjunct)",
    "045-act": "wrong argument: IGO -> SDN/SSD for IGO -> SSD (long actor)",
    "053-nob": "wrong type: ASSAULT PAK -> - for SUPPORT (nominal object)",
    "057-lgt": "no event (light verb)",
    "060-rep": "no event (reported speech)",
    "060-hdl": "no event (headline)",
    "061-lgt": "no event (light verb)",
    "061-adj": "no event (fronted adjunct)",
    "062-mul": "wrong type: COERCE CIV/GHA -> - for COOPERATE (two events)",
    "063-rel": "wrong type: SUPPORT PER -> - for COOPERATE (relative clause)",
    "070-hdl": "no event (headline)",
    "071-nob": "no event (nominal object)",
    "071-rel": "wrong type: SUPPORT IGO -> MWI for AID (relative clause)",
    "072-lgt": "no event (light verb)",
    "073-prt": "no event (participle)",
    "074-rep": "wrong argument: - -> AUS for AUS -> TLS (reported speech)",
    "074-hdl": "wrong type: ASSAULT KEN -> - for AID (headline)",
    "075-pas": "no event (passive)",
    "080-rep": "wrong argument: PHL -> - for PHL -> CHN (reported speech)",
    "081-pas": "no event (passive)",
    "0811-adj": "no event (fronted adjunct)",
    "083-act": "wrong type: AGREE JOR -> JOR for CONCEDE (long actor)",
    "0831-adj": "wrong type: PROTEST - -> BGD for CONCEDE (fronted adjunct)",
    "0831-pas": "wrong type: PROTEST - -> PER for CONCEDE (passive)",
    "0832-nob": "wrong type: RETREAT KEN -> - for CONCEDE (nominal object)",
    "0832-hdl": "wrong type: PROTEST - -> - for CONCEDE (headline)",
    "0833-rep": "wrong argument: BGD -> - for BGD -> BGD (reported speech)",
    "0834-act": "wrong type: AGREE SDN -> SDN for CONCEDE (long actor)",
    "084-mul": "wrong argument: IRN -> IRN for IRN -> GBR (two events)",
    "0842-lgt": "no event (light verb)",
    "085-adj": "wrong argument: - -> VEN for USA -> VEN (fronted adjunct)",
    "0861-rep": "wrong type: CONSULT - -> SOM for RETREAT (reported speech)",
    "0861-adj": "wrong type: CONSULT IGO -> CAF for RETREAT (fronted adjunct)",
    "0862-lgt": "no event (light verb)",
    "0862-hdl": "wrong argument: SYR -> - for SYR -> IGO (headline)",
    "0863-nob": "no event (nominal object)",
    "087-rep": "wrong type: ASSAULT AZE -> - for RETREAT (reported speech)",
    "087-lgt": "wrong argument: RUS -> RUS for RUS -> FIN (light verb)",
    "0871-hdl": "wrong type: AGREE SDN -> - for RETREAT (headline)",
    "0871-nob": "wrong argument: COL -> - for COL -> COL (nominal object)",
    "0872-adj": "wrong argument: AZE -> - for AZE -> ARM (fronted adjunct)",
    "0873-act": "wrong argument: PHL -> - for PHL -> PHL (long actor)",
    "0874-mul": "wrong argument: ARM -> - for ARM -> AZE (two events)",
    "0813-hdl": "wrong type: CONCEDE LKA -> LKA for RETREAT (headline)",
    "0813-adj": "wrong type: CONCEDE SLE -> SLE for RETREAT (fronted adjunct)",
    "0814-pas": "wrong type: CONCEDE ECU -> ECU for RETREAT (passive)",
    "0814-nob": "no event (nominal object)",
    "090-lgt": "wrong type: NONE - -> - for ACCUSE (light verb)",
    "090-hdl": "no event (headline)",
    "091-pas": "wrong type: NONE - -> - for ACCUSE (passive)",
    "092-act": "wrong argument: - -> VEN for IGO -> VEN (long actor)",
    "092-nob": "wrong argument: IGO -> - for IGO -> EGY (nominal object)",
    "093-adj": "no event (fronted adjunct)",
    "103-hdl": "no event (headline)",
    "1031-nob": "no event (nominal object)",
    "1034-nob": "no event (nominal object)",
    "104-lgt": "no event (light verb)",
    "1041-adj": "wrong argument: MDG -> - for MDG -> MDG (fronted adjunct)",
    "1042-rep": "wrong argument: - -> IND for IND -> IND (reported speech)",
    "1043-act": "wrong argument: - -> NGA for NGA -> NGA (long actor)",
    "1044-hdl": "wrong argument: THA -> - for THA -> THA (headline)",
    "1044-rep": "wrong argument: - -> CMR for CMR -> CMR (reported speech)",
    "105-adj": "wrong argument: IRN -> - for IRN -> AZE (fronted adjunct)",
    "1053-nob": "wrong argument: THA -> - for THA -> PSE (nominal object)",
    "1056-hdl": "wrong argument: IGO -> ISR for IGO -> ISR/LBN (headline)",
    "106-nob": "wrong argument: KOR -> - for KOR -> PRK (nominal object)",
    "106-lgt": "wrong type: NONE - -> - for REQUEST (light verb)",
    "1121-lgt": "wrong argument: PER -> - for PER -> BRA (light verb)",
    "1124-nob": "wrong argument: ZAF -> - for ZAF -> ISR (nominal object)",
    "1124-lgt": "no event (light verb)",
    "113-adj": "wrong argument: EGY -> EGY for EGY -> ETH (fronted adjunct)",
    "113-lgt": "no event (light verb)",
    "114-lgt": "wrong argument: LBN -> IGO for LBN -> ISR (light verb)",
    "116-pas": "wrong argument: - -> GTM for GTM -> GTM (passive)",
    "1214-act": "wrong argument: AFG -> - for AFG -> TJK (long actor)",
    "1222-lgt": "no event (light verb)",
    "1223-hdl": "wrong argument: AFG -> - for AFG -> IGO (headline)",
    "123-rep": "wrong argument: TCD -> - for TCD -> TCD (reported speech)",
    "1231-hdl": "wrong argument: SRB -> - for SRB -> SRB (headline)",
    "1232-adj": "wrong type: ASSAULT - -> - for REJECT (fronted adjunct)",
    "1234-nob": "no event (nominal object)",
    "124-lgt": "no event (light verb)",
    "1242-rep": "wrong argument: NGA -> - for NGA -> NGA (reported speech)",
    "1243-pas": "wrong argument: CHN -> - for CHN -> AUS (passive)",
    "1243-nob": "wrong argument: IRN -> - for IRN -> CHE (nominal object)",
    "1245-rep": "no event (reported speech)",
    "1245-act": "wrong type: COERCE ERI -> IGO for REJECT (long actor)",
    "127-adj": "wrong argument: SRB -> - for SRB -> IGO (fronted adjunct)",
    "128-nob": "wrong argument: HUN -> - for HUN -> IGO (nominal object)",
    "129-lgt": "wrong argument: CHN -> IGO for CHN -> USA (light verb)",
    "1321-nob": "wrong argument: ETH -> - for ETH -> ETH (nominal object)",
    "1322-pas": "no event (passive)",
    "1323-lgt": "wrong argument: SEN -> - for SEN -> SEN (light verb)",
    "134-lgt": "no event (light verb)",
    "135-rep": "wrong argument: NOR -> - for NOR -> COL (reported speech)",
    "136-hdl": "wrong argument: COD -> - for COD -> IGO (headline)",
    "1383-act": "wrong argument: - -> NGA for NGA -> NGA (long actor)",
    "140-hdl": "wrong argument: - -> GEO for GEO -> GEO (headline)",
    "141-pas": "wrong argument: - -> NER for NER -> NER (passive)",
    "1411-mul": "wrong argument: PER -> USA for PER -> PER (two events)",
    "1414-rel": "wrong type: ASSAULT - -> DZA for PROTEST (relative clause)",
    "142-rep": "no event (reported speech)",
    "1421-hdl": "wrong type: RETREAT - -> GEO for PROTEST (headline)",
    "1422-adj": "wrong type: REJECT NPL -> NPL for PROTEST (fronted adjunct)",
    "1423-lgt": "wrong argument: - -> TUR for TUR -> TUR (light verb)",
    "1424-hdl": "no event (headline)",
    "1431-rep": "no event (reported speech)",
    "1432-nob": "wrong type: SANCTION KEN -> - for PROTEST (nominal object)",
    "1433-rep": "wrong type: REQUEST IND -> - for PROTEST (reported speech)",
    "1434-hdl": "no event (headline)",
    "144-adj": "no event (fronted adjunct)",
    "1443-nob": "wrong type: COERCE THA -> THA for PROTEST (nominal object)",
    "1443-lgt": "wrong type: REQUEST - -> - for PROTEST (light verb)",
    "1444-adj": "wrong type: REQUEST CHL -> - for PROTEST (fronted adjunct)",
    "145-hdl": "wrong argument: - -> SEN for SEN -> SEN (headline)",
    "1451-act": "wrong type: ASSAULT PAK -> PAK for PROTEST (long actor)",
    "1452-adj": "wrong argument: - -> KEN for KEN -> KEN (fronted adjunct)",
    "1454-rel": "wrong type: REQUEST LKA -> - for PROTEST (relative clause)",
    "150-lgt": "wrong argument: PRK -> PRK for PRK -> - (light verb)",
    "150-hdl": "wrong argument: CHN -> - for CHN -> TWN (headline)",
    "151-pas": "wrong argument: - -> SWE for SWE -> - (passive)",
    "152-rep": "wrong argument: - -> KOR for KOR -> - (reported speech)",
    "153-nob": "wrong argument: ECU -> ECU for ECU -> - (nominal object)",
    "153-hdl": "wrong argument: FRA -> FRA for FRA -> - (headline)",
    "154-lgt": "no event (light verb)",
    "161-nob": "wrong type: NONE BOL -> - for SANCTION (nominal object)",
    "162-pas": "no event (passive)",
    "1622-rep": "wrong type: NONE - -> - for SANCTION (reported speech)",
    "1623-adj": "no event (fronted adjunct)",
    "164-lgt": "wrong type: CONSULT ISR/PSE -> - for SANCTION (light verb)",
    "165-nob": "wrong type: CONSULT KEN -> ETH for SANCTION (nominal object)",
    "166-pas": "wrong argument: - -> MDA for MDA -> RUS (passive)",
    "1661-nob": "wrong type: REQUEST MLI -> IGO for SANCTION (nominal object)",
    "1661-hdl": "wrong argument: COD -> - for COD -> IGO (headline)",
    "1662-rep": "no event (reported speech)",
    "1662-adj": "wrong argument: AZE -> AZE for AZE -> IGO (fronted adjunct)",
    "1663-lgt": "no event (light verb)",
    "1663-act": "wrong type: REQUEST BDI -> IGO for SANCTION (long actor)",
    "163-lgt": "wrong type: SANCTION GBR -> IRN for COERCE (light verb)",
    "163-pas": "wrong type: SANCTION IGO -> SSD for COERCE (passive)",
    "170-hdl": "no event (headline)",
    "170-rep": "no event (reported speech)",
    "171-lgt": "no event (light verb)",
    "171-adj": "no event (fronted adjunct)",
    "1711-pas": "wrong argument: ITA -> - for ITA -> RUS (passive)",
    "1712-prt": "no event (participle)",
    "172-rep": "no event (reported speech)",
    "1721-act": "wrong type: PROTEST RUS -> RUS for COERCE (long actor)",
    "1722-nob": "no event (nominal object)",
    "1723-adj": "wrong argument: - -> - for NGA -> NGA (fronted adjunct)",
    "1724-rep": "no event (reported speech)",
    "191-rel": "no event (relative clause)",
    "192-rep": "wrong type: ASSAULT RUS -> - for COERCE (reported speech)",
    "192-hdl": "wrong type: ASSAULT TUR -> SYR for COERCE (headline)",
    "175-rel": "wrong type: MOBILIZE - -> IRN for ASSAULT (relative clause)",
    "180-prt": "wrong argument: SOM -> SOM for - -> SOM (participle)",
    "180-hdl": "wrong argument: PAK -> PAK for - -> PAK (headline)",
    "181-pas": "wrong argument: MLI -> CHN for - -> CHN (passive)",
    "181-rep": "wrong argument: NGA -> NGA for - -> NGA (reported speech)",
    "1822-hdl": "wrong argument: - -> UGA for UGA -> UGA (headline)",
    "183-lgt": "wrong argument: NGA -> - for - -> NGA (light verb)",
    "183-prt": "wrong argument: PAK -> PAK for - -> PAK (participle)",
    "1831-adj": "wrong argument: PAK -> PAK for - -> PAK (fronted adjunct)",
    "1831-rep": "wrong argument: IRQ -> - for - -> IRQ (reported speech)",
    "1832-hdl": "wrong argument: SOM -> SOM for - -> SOM (headline)",
    "1832-pas": "wrong argument: COL -> COL for - -> COL (passive)",
    "1833-prt": "wrong argument: BFA -> BFA for - -> BFA (participle)",
    "1833-rep": "wrong argument: MLI -> MLI for - -> MLI (reported speech)",
    "184-rep": "wrong argument: - -> - for NGA -> NGA (reported speech)",
    "184-pas": "wrong argument: - -> IRQ for IRQ -> IRQ (passive)",
    "185-lgt": "no event (light verb)",
    "186-nob": "wrong argument: IRN -> IRN for - -> IRN (nominal object)",
    "186-adj": "wrong argument: ECU -> ECU for - -> ECU (fronted adjunct)",
    "194-nob": "wrong argument: AZE -> - for AZE -> ARM (nominal object)",
    "196-act": "wrong argument: - -> - for RUS -> UKR (long actor)",
    "200-nob": "wrong argument: MLI -> - for MLI -> MLI (nominal object)",
    "201-hdl": "wrong type: COERCE DOM -> HTI for ASSAULT (headline)",
    "202-rep": "wrong argument: ETH -> - for ETH -> ETH (reported speech)",
    "203-nob": "wrong argument: - -> SDN for SDN -> SDN (nominal object)",
    "203-act": "no event (long actor)",
    "204-hdl": "wrong argument: SYR -> - for SYR -> SYR (headline)",
    "204-lgt": "wrong argument: IRQ -> - for IRQ -> IRQ (light verb)",
    "2041-rep": "wrong argument: SYR -> - for SYR -> SYR (reported speech)",
    "2042-nob": "wrong argument: USA -> - for USA -> JPN (nominal object)",
}


def test_two_rows_per_code_in_two_constructions() -> None:
    lay = cameo_probe_layout(ROWS, GAPS, CONSTRUCTIONS)
    assert (lay["rows"], lay["max_id"], len(lay["codes"]), set(lay["codes"].values())) == (512, 1, 256, {2})
    assert lay["same_kind"] == [] and not lay["unknown_kinds"] and not lay["stray_gaps"]
    assert set(lay["kinds"]) == set(CONSTRUCTIONS) and min(lay["kinds"].values()) >= 8, lay["kinds"]
    assert len(lay["types"]) == 16


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_cameo4_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def test_cameo4_scores_hold_their_floor() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []


probe_scores = partial(plover_probe_scores, ROWS)  # the PLOVER evaluation's metrics on the rows
