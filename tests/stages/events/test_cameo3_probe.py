"""A third CAMEO-code probe of PLOVER coding: two invented sentences per CAMEO leaf code.

The held-out PLOVER records are edited CAMEO-manual examples, about one per CAMEO code. The first
two CAMEO probes (``test_cameo_probe.py``, ``test_cameo2_probe.py``) were tuned on after they were
written, so neither is a held-out estimate any more; this one was written before any rule of its
branch (i16-cameo3), from the code descriptions of ``../shared/reference/CAMEO.eventcodes.txt`` and
the 2021 CAMEO -> PLOVER crosswalk (``CAMEO2PLOVER-2021.txt``: its 256 leaf codes, 175 once; 01x
and 02x have no PLOVER type there), two sentences per code in two of the constructions the earlier
probes used least, named by the row id's suffix:

* ``nsu``: a nominal event as subject ("The signing of an accord between X and Y took place ...");
* ``nob``: a nominal event as object ("X announced its withdrawal of ...", "X's refusal to ...");
* ``sub``: the event in a subordinate clause ("After X expelled Y's envoy, ..."), the main clause
  eventless;
* ``inf``: an infinitival intention or attempt ("X moved to impose", "X threatened to", "X sought
  to rally");
* ``prp``: the target in a to/with/from/on/against phrase ("aid to", "cooperation with",
  "sanctions on", "surrendered to");
* ``lgt``: a light verb and an event noun ("X gave Y assurances", "held talks with", "carried out
  the deportation of", "issued an apology to");
* ``neg``: a negated or refused act ("would not accept", "refused to extradite"), coded REJECT as
  the crosswalk's 12x codes read;
* ``crd``: two coordinated actors or two coordinated acts;
* ``hdl``: a headline (present tense, no article, no final stop);
* ``org``: an organisation or title of any region (ministries, parliaments, courts, IGOs, rebel
  groups, security services).

Expected type is the crosswalk's (investigations are ACCUSE, sanctions imposed COERCE 163,
destroyed property ASSAULT 1712, eased curfews RETREAT 0813, halted protests CONCEDE 082). Source
and target follow the PLOVER manual as the earlier probes read it: symmetric events (talks, calls,
meetings at a third place, negotiations, signed agreements, joint operations, two-sided fighting,
a mutual truce, a prisoner exchange) code both parties as a compound source and no target; a
mediator is the source and the parties the target; a visit, told by the visitor or by the host,
has the visitor as source and the host as target; a protest's source and target are the country
where it is held; an agentless act (a bomb, a suicide bomber, gunmen, a mob) has no source and the
victims' country as target; a state's organs, forces, citizens, armed groups and domestic groups
carry its country code (so a domestic act codes the country both ways); international
organisations and NGOs are ``IGO``; a police or military alert with no adversary named has no
target.

Scored as the PLOVER evaluation scores dev records (``tests.builders.plover_probe_scores``): type
accuracy of the most confident counted event, (type, source, target) F1 and actor-code F1 over all
counted events, the main event's triple accuracy and the share of rows with no counted event. A
row holds when the most confident counted event is the expected triple; rows still failing are
strict xfails in ``GAPS``, with the failure seen.

Measured on main before any rule (640b5ef; 512 rows, the answers written first; the held-out
estimate): type accuracy 0.734, triple F1 0.656, actor F1 0.822, triple accuracy 0.611, no counted
event on 0.174 of the rows. By construction (type / triple F1 / actor F1): coordination 0.887 /
0.686 / 0.920; headline 0.769 / 0.682 / 0.829; infinitival 0.722 / 0.696 / 0.877; light verb 0.522 /
0.532 / 0.721; negated act 0.846 / 0.667 / 0.826; nominal object 0.463 / 0.441 / 0.639; nominal
subject 0.643 / 0.564 / 0.809; organisation or title 0.824 / 0.748 / 0.791; target phrase 0.782 /
0.673 / 0.833; subordinate clause 0.787 / 0.712 / 0.880.

After the rules of ``test_cameo3_rules.py`` (branch i16-cameo3, written against this probe, so no
longer a held-out estimate): type accuracy 0.793, triple F1 0.703, actor F1 0.860, triple accuracy
0.674, no counted event on 0.123 of the rows. By construction (type / triple F1 / actor F1):
coordination 0.887 / 0.724 / 0.929; headline 0.791 / 0.698 / 0.847; infinitival 0.750 / 0.771 /
0.902; light verb 0.674 / 0.667 / 0.840; negated act 0.923 / 0.720 / 0.875; nominal object 0.707 /
0.590 / 0.817; nominal subject 0.714 / 0.625 / 0.841; organisation or title 0.851 / 0.766 / 0.807;
target phrase 0.818 / 0.698 / 0.863; subordinate clause 0.820 / 0.733 / 0.900. Rows whose
expectation follows the crosswalk where the dev records follow another practice stay gaps: sanctions
imposed (163, the dev records: SANCTION), an eased curfew or state of emergency (0813, 0814:
CONCEDE), territory occupied (192: ASSAULT), and an agentless attack's source (the dev records: the
scene's country).
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
    r("030-inf", "Senegal pledged on Monday to work more closely with Gambia on fisheries and border control.", "AGREE", "SEN", "GMB"),
    r("030-hdl", "Mongolia vows closer cooperation with Kazakhstan", "AGREE", "MNG", "KAZ"),
    # 031 agree to engage in material cooperation
    r("031-nob", "Croatia announced its agreement to join Slovenia's rail upgrade programme on Thursday.", "AGREE", "HRV", "SVN"),
    r("031-crd", "Botswana and Namibia agreed on Wednesday to build a shared power line across their border.", "AGREE", "BWA NAM", ""),
    # 0311 express intent to cooperate economically
    r("0311-prp", "Indonesia signalled its readiness for closer trade ties with Chile, the trade ministry in Jakarta said on Tuesday.", "AGREE", "IDN", "CHL"),
    r("0311-org", "Ivory Coast's trade ministry said it intended to expand cross-border investment with Liberia next year.", "AGREE", "CIV", "LBR"),
    # 0312 express intent to cooperate militarily
    r("0312-inf", "Estonia offered to train Moldovan army officers at its defence college, the defence minister said.", "AGREE", "EST", "MDA"),
    r("0312-nsu", "Pakistan's offer of joint naval drills to Sri Lanka was announced in Islamabad on Monday.", "AGREE", "PAK", "LKA"),
    # 0313 express intent to cooperate on judicial matters
    r("0313-lgt", "Portugal gave Brazil assurances that it would hand over a fugitive banker wanted in Sao Paulo.", "AGREE", "PRT", "BRA"),
    r("0313-sub", "After Spain promised to extradite two suspected smugglers to Morocco, the case was adjourned in Madrid.", "AGREE", "ESP", "MAR"),
    # 0314 express intent to cooperate on intelligence
    r("0314-prp", "Kenya pledged closer intelligence cooperation with Somalia against al-Shabaab, the interior ministry said.", "AGREE", "KEN", "SOM"),
    r("0314-org", "The Nigerian State Security Service offered to share its intelligence on kidnapping gangs with Niger's police.", "AGREE", "NGA", "NER"),
    # 032 express intent to engage in diplomatic cooperation
    r("032-hdl", "Chile pledges to back Peru's bid to host Pacific trade summit", "AGREE", "CHL", "PER"),
    r("032-crd", "Latvia and Lithuania said they would support Ukraine's application to join the energy union.", "AGREE", "LVA LTU", "UKR"),
    # 033 express intent to provide material aid
    r("033-nob", "Kuwait announced on Sunday a pledge of reconstruction aid for Sudan.", "AGREE", "KWT", "SDN"),
    r("033-inf", "The Netherlands promised to send water pumps to Mozambique after the cyclone.", "AGREE", "NLD", "MOZ"),
    # 0331 express intent to provide economic aid
    r("0331-prp", "China promised a two-billion-dollar loan to Zambia on Thursday, the finance ministry in Lusaka said.", "AGREE", "CHN", "ZMB"),
    r("0331-org", "The World Bank said it would provide Malawi with budget support of 150 million dollars next year.", "AGREE", "IGO", "MWI"),
    # 0332 express intent to provide military aid
    r("0332-hdl", "Germany pledges air defence systems to Ukraine", "AGREE", "DEU", "UKR"),
    r("0332-sub", "After South Korea offered howitzers to Poland, shares in defence firms rose in Seoul.", "AGREE", "KOR", "POL"),
    # 0333 express intent to provide humanitarian aid
    r("0333-nsu", "A pledge of emergency food aid from Saudi Arabia to Yemen was announced in Riyadh on Monday.", "AGREE", "SAU", "YEM"),
    r("0333-org", "The International Committee of the Red Cross said it would deliver medical supplies to Haiti within days.", "AGREE", "IGO", "HTI"),
    # 0334 express intent to provide military protection or peacekeeping
    r("0334-inf", "Bangladesh offered to contribute an infantry battalion to the peacekeeping force in South Sudan.", "AGREE", "BGD", "SSD"),
    r("0334-crd", "Kenya and Burundi said they were ready to send troops to protect civilians in eastern Congo.", "AGREE", "KEN BDI", "COD"),
    # 034 express intent to bring political reform
    r("034-lgt", "Sierra Leone's president gave opposition leaders a promise of electoral reform before next year's vote.", "AGREE", "SLE", "SLE"),
    r("034-sub", "After Benin's president promised opposition parties a review of the electoral code, parliament resumed its session in Porto-Novo.", "AGREE", "BEN", "BEN"),
    # 0341 express intent to change leadership
    r("0341-hdl", "Nepal prime minister vows to step down after budget vote", "AGREE", "NPL", ""),
    r("0341-org", "The ruling party in Lesotho pledged to replace its leader at a special congress next month, party officials said.", "AGREE", "LSO", ""),
    # 0342 express intent to change policy
    r("0342-inf", "Egypt's government vowed to revise its bread subsidy policy after weeks of complaints from Egyptian bakers.", "AGREE", "EGY", "EGY"),
    r("0342-lgt", "Ecuador's energy ministry promised indigenous groups in the Amazon a change in its oil licensing policy.", "AGREE", "ECU", "ECU"),
    # 0343 express intent to provide rights
    r("0343-nob", "Kazakhstan's president announced his intention to grant press freedom to independent Kazakh broadcasters.", "AGREE", "KAZ", "KAZ"),
    r("0343-hdl", "Bahrain king pledges to restore rights of jailed Bahraini activists", "AGREE", "BHR", "BHR"),
    # 0344 express intent to change institutions, regime
    r("0344-sub", "After Guinea's military leader promised Guineans a new constitution, the capital Conakry was calm.", "AGREE", "GIN", "GIN"),
    r("0344-org", "Thailand's parliament committed itself to drafting a new charter with the Thai opposition by next year.", "AGREE", "THA", "THA"),
    # 035 express intent to yield
    r("035-inf", "Greece said it was prepared to give way to Turkish demands over the fishing zone.", "AGREE", "GRC", "TUR"),
    r("035-hdl", "Hungary ready to yield to EU demands on rule of law funds", "AGREE", "HUN", "IGO"),
    # 0351 express intent to ease administrative sanctions
    r("0351-prp", "Belarus promised to ease travel restrictions on Polish truck drivers, the transport ministry in Minsk said.", "AGREE", "BLR", "POL"),
    r("0351-org", "Vietnam's interior ministry said it would lift the registration ban on Australian charities next month.", "AGREE", "VNM", "AUS"),
    # 0352 express intent to ease popular dissent
    r("0352-nob", "Zimbabwe's government announced its intention to allow opposition rallies in Harare again.", "AGREE", "ZWE", "ZWE"),
    r("0352-inf", "Cameroon's government vowed to lift the ban on demonstrations by Cameroonian teachers' unions.", "AGREE", "CMR", "CMR"),
    # 0353 express intent to release persons or property
    r("0353-sub", "After Russia promised to free a jailed Estonian border guard, the case was closed, officials said.", "AGREE", "RUS", "EST"),
    r("0353-lgt", "Venezuela gave Colombia an undertaking to release twelve detained Colombian fishermen.", "AGREE", "VEN", "COL"),
    # 0354 express intent to ease economic sanctions, boycott, embargo
    r("0354-prp", "The European Union held out the prospect of sanctions relief to Syria's new government.", "AGREE", "IGO", "SYR"),
    r("0354-hdl", "Canada says it will lift trade curbs on Belarus potash", "AGREE", "CAN", "BLR"),
    # 0355 express intent to allow international involvement
    r("0355-inf", "Ethiopia agreed to let African Union observers into the Tigray region.", "AGREE", "ETH", "IGO"),
    r("0355-nob", "Sri Lanka announced its willingness to admit U.N. human rights investigators.", "AGREE", "LKA", "IGO"),
    # 0356 express intent to de-escalate military engagement
    r("0356-crd", "India and China pledged to pull back troops from two friction points along their disputed border.", "AGREE", "IND CHN", ""),
    r("0356-org", "The Azerbaijani defence ministry said it would pull artillery back from the Armenian border.", "AGREE", "AZE", "ARM"),
    # 036 express intent to meet or negotiate
    r("036-prp", "Japan expressed its readiness for talks with North Korea on the abduction issue.", "AGREE", "JPN", "PRK"),
    r("036-sub", "After Eritrea said it was willing to meet Ethiopian envoys, grain prices in Asmara fell.", "AGREE", "ERI", "ETH"),
    # 037 express intent to settle dispute
    r("037-hdl", "Belize and Guatemala vow to settle border dispute through court", "AGREE", "BLZ GTM", ""),
    r("037-inf", "Kyrgyzstan pledged to resolve its water dispute with Tajikistan through negotiation.", "AGREE", "KGZ", "TJK"),
    # 038 express intent to accept mediation
    r("038-org", "Sudan's Rapid Support Forces said they would accept Saudi mediation in talks with the army.", "AGREE", "SDN", "SAU"),
    r("038-nob", "Armenia announced its acceptance of French mediation in the dispute with Azerbaijan.", "AGREE", "ARM", "FRA"),
    # 039 express intent to mediate
    r("039-lgt", "Qatar made an offer of mediation to Congo and Rwanda on Thursday.", "AGREE", "QAT", "COD RWA"),
    r("039-hdl", "Turkey offers to mediate between Russia and Ukraine", "AGREE", "TUR", "RUS UKR"),
]

CONSULT_ROWS: list[Row] = [
    # 040 consult
    r("040-nsu", "Consultations between Chile and Argentina on the glacier border took place in Santiago on Monday.", "CONSULT", "CHL ARG", ""),
    r("040-org", "The Nigerian foreign ministry consulted Benin's government on the border closure on Tuesday.", "CONSULT", "NGA BEN", ""),
    # 041 discuss by telephone
    r("041-lgt", "Kenyan President William Ruto held a telephone call with Ethiopian Prime Minister Abiy Ahmed on Sunday.", "CONSULT", "KEN ETH", ""),
    r("041-sub", "After Egypt's president spoke by telephone with the Emir of Qatar on Sunday, no statement followed.", "CONSULT", "EGY QAT", ""),
    # 042 make a visit
    r("042-nsu", "A visit by the Indonesian foreign minister to Papua New Guinea began on Monday.", "CONSULT", "IDN", "PNG"),
    r("042-hdl", "Malaysian king arrives in Brunei for three-day state visit", "CONSULT", "MYS", "BRN"),
    # 043 host a visit
    r("043-org", "The Omani sultan received the Iranian foreign minister in Muscat on Saturday.", "CONSULT", "IRN", "OMN"),
    r("043-prp", "Mozambique played host to a delegation from Portugal's parliament last week.", "CONSULT", "PRT", "MOZ"),
    # 044 meet at a third location
    r("044-crd", "The foreign ministers of Armenia and Azerbaijan met in Almaty on Thursday.", "CONSULT", "ARM AZE", ""),
    r("044-nob", "Officials confirmed a meeting between Sudanese and Chadian envoys in Geneva on Wednesday.", "CONSULT", "SDN TCD", ""),
    # 045 engage in mediation
    r("045-lgt", "Norway carried out mediation between Colombia's government and the ELN rebels in Caracas this week.", "CONSULT", "NOR", "COL"),
    r("045-nsu", "Mediation by Algeria between Mali and its northern rebels resumed in Algiers on Tuesday.", "CONSULT", "DZA", "MLI"),
    # 046 engage in negotiation
    r("046-lgt", "Peru and Bolivia held a round of negotiations on lithium exports in La Paz.", "CONSULT", "PER BOL", ""),
    r("046-hdl", "Philippines, China hold talks on South China Sea code", "CONSULT", "PHL CHN", ""),
]

SUPPORT_ROWS: list[Row] = [
    # 050 engage in diplomatic cooperation
    r("050-lgt", "Mexico lent its diplomatic support to Cuba at the U.N. General Assembly on Tuesday.", "SUPPORT", "MEX", "CUB"),
    r("050-crd", "Brazil and South Africa backed India's call for reform of the Security Council.", "SUPPORT", "BRA ZAF", "IND"),
    # 051 praise or endorse
    r("051-nob", "Jordan's king voiced praise for Egypt's handling of the refugee crisis.", "SUPPORT", "JOR", "EGY"),
    r("051-hdl", "Fiji prime minister hails Australia as true friend of the Pacific", "SUPPORT", "FJI", "AUS"),
    # 052 defend verbally
    r("052-sub", "After Hungary's prime minister defended Serbia against criticism in Brussels, the summit went on.", "SUPPORT", "HUN", "SRB"),
    r("052-org", "China's foreign ministry spokesman defended Cambodia's government against accusations of forced labour.", "SUPPORT", "CHN", "KHM"),
    # 053 rally support on behalf of
    r("053-inf", "Senegal sought to rally African support for Gambia's candidate to lead the regional bank.", "SUPPORT", "SEN", "GMB"),
    r("053-lgt", "Pakistan mounted a diplomatic campaign on behalf of Afghanistan at the United Nations.", "SUPPORT", "PAK", "AFG"),
    # 054 grant diplomatic recognition
    r("054-nsu", "Ireland's recognition of the State of Palestine took effect on Tuesday.", "SUPPORT", "IRL", "PSE"),
    r("054-hdl", "Uruguay formally recognizes Palestine as a state", "SUPPORT", "URY", "PSE"),
    # 055 apologize
    r("055-lgt", "Belgium issued a formal apology to Congo for abuses during colonial rule.", "SUPPORT", "BEL", "COD"),
    r("055-prp", "Japan's prime minister offered an apology to South Korean forced labourers on Monday.", "SUPPORT", "JPN", "KOR"),
    # 056 forgive
    r("056-sub", "Vietnam's leader said his country had forgiven the United States for the wartime bombing.", "SUPPORT", "VNM", "USA"),
    r("056-hdl", "East Timor forgives Indonesia for occupation, leader says", "SUPPORT", "TLS", "IDN"),
    # 057 sign formal agreement
    r("057-nsu", "The signing of a border accord between Tajikistan and Kyrgyzstan took place in Bishkek on Thursday.", "SUPPORT", "TJK KGZ", ""),
    r("057-crd", "Colombia, Ecuador and Peru signed a pact on Amazon fire prevention in Lima.", "SUPPORT", "COL ECU PER", ""),
]

COOPERATE_ROWS: list[Row] = [
    # 060 engage in material cooperation
    r("060-lgt", "Greece and Cyprus carried out a joint search for missing migrants off Crete.", "COOPERATE", "GRC CYP", ""),
    r("060-prp", "Uzbekistan stepped up practical cooperation with Turkmenistan on gas pipelines this year.", "COOPERATE", "UZB", "TKM"),
    # 061 cooperate economically
    r("061-nsu", "Joint construction of a railway by Tanzania and Uganda began near Mwanza on Monday.", "COOPERATE", "TZA UGA", ""),
    r("061-hdl", "Vietnam, Cambodia open joint economic zone on border", "COOPERATE", "VNM KHM", ""),
    # 062 cooperate militarily
    r("062-crd", "French and Ivorian troops conducted joint patrols along the northern border.", "COOPERATE", "FRA CIV", ""),
    r("062-org", "The Philippine navy held joint drills with the Japanese coast guard in the South China Sea.", "COOPERATE", "PHL JPN", ""),
    # 063 engage in judicial cooperation
    r("063-prp", "Paraguay extradited a drug trafficker to Brazil on Tuesday.", "COOPERATE", "PRY", "BRA"),
    r("063-sub", "After Dubai police handed over a suspected drug lord to Belgium, the trial was set for March.", "COOPERATE", "ARE", "BEL"),
    # 064 share intelligence or information
    r("064-lgt", "Morocco gave Spain intelligence on a militant cell in Madrid.", "COOPERATE", "MAR", "ESP"),
    r("064-org", "Interpol shared data on trafficking rings with Nigeria's police.", "COOPERATE", "IGO", "NGA"),
]

AID_ROWS: list[Row] = [
    # 070 provide aid
    r("070-nob", "Saudi Arabia announced the delivery of aid to Pakistan's flood-hit provinces.", "AID", "SAU", "PAK"),
    r("070-hdl", "UAE sends aid to quake-hit Afghanistan", "AID", "ARE", "AFG"),
    # 071 provide economic aid
    r("071-prp", "The International Monetary Fund disbursed 400 million dollars to Sri Lanka on Friday.", "AID", "IGO", "LKA"),
    r("071-lgt", "China gave Laos a grant of 200 million dollars for road building.", "AID", "CHN", "LAO"),
    # 072 provide military aid
    r("072-nsu", "A delivery of Turkish drones to Somalia's army arrived in Mogadishu on Monday.", "AID", "TUR", "SOM"),
    r("072-crd", "Britain and Canada supplied anti-tank missiles to Ukraine's forces this month.", "AID", "GBR CAN", "UKR"),
    # 073 provide humanitarian aid
    r("073-sub", "After Egypt sent food and medicine to Libya's flooded east, the convoys returned to Cairo.", "AID", "EGY", "LBY"),
    r("073-org", "The World Food Programme distributed food rations to displaced families in Burkina Faso.", "AID", "IGO", "BFA"),
    # 074 provide military protection or peacekeeping
    r("074-prp", "Rwanda deployed troops to Mozambique's Cabo Delgado province to protect civilians.", "AID", "RWA", "MOZ"),
    r("074-hdl", "Kenyan police arrive in Haiti to lead security mission", "AID", "KEN", "HTI"),
    # 075 grant asylum
    r("075-lgt", "Ecuador gave asylum to a former Peruvian minister on Thursday.", "AID", "ECU", "PER"),
    r("075-nsu", "Germany's granting of asylum to a Russian dissident was confirmed on Friday.", "AID", "DEU", "RUS"),
]

CONCEDE_ROWS: list[Row] = [
    # 080 yield
    r("080-prp", "Moldova gave way to Russian pressure over the gas transit deal on Friday.", "CONCEDE", "MDA", "RUS"),
    r("080-hdl", "Panama backs down in canal dispute with United States", "CONCEDE", "PAN", "USA"),
    # 081 ease administrative sanctions
    r("081-nsu", "The lifting of a visa ban on Nigerian travellers by the United Arab Emirates took effect on Monday.", "CONCEDE", "ARE", "NGA"),
    r("081-crd", "Kuwait and Qatar eased entry restrictions for Lebanese workers on Sunday.", "CONCEDE", "KWT QAT", "LBN"),
    # 0811 ease restrictions on political freedoms
    r("0811-org", "Ethiopia's information ministry lifted restrictions on Ethiopian opposition newspapers.", "CONCEDE", "ETH", "ETH"),
    r("0811-sub", "After Uzbekistan eased its controls on Uzbek bloggers, several of them returned from exile.", "CONCEDE", "UZB", "UZB"),
    # 0812 ease ban on political parties or politicians
    r("0812-nob", "Tanzania's president announced the lifting of a ban on the opposition Chadema party.", "CONCEDE", "TZA", "TZA"),
    r("0812-hdl", "Myanmar junta lifts ban on three opposition parties", "CONCEDE", "MMR", "MMR"),
    # 082 ease political dissent (halt protests, strikes)
    r("082-lgt", "Striking Nigerian doctors called off their strike on Monday after a pay deal.", "CONCEDE", "NGA", "NGA"),
    r("082-sub", "After Sri Lankan farmers ended their hunger strike in Colombo, the square emptied.", "CONCEDE", "LKA", "LKA"),
    # 083 accede to requests or demands for political reform
    r("083-prp", "Kyrgyzstan's president bowed to opposition demands for electoral reform on Friday.", "CONCEDE", "KGZ", "KGZ"),
    r("083-org", "Jordan's parliament accepted the reform demands of Jordanian opposition parties on Sunday.", "CONCEDE", "JOR", "JOR"),
    # 0831 accede to demands for change in leadership
    r("0831-hdl", "Bolivian interior minister quits after protesters demand his exit", "CONCEDE", "BOL", "BOL"),
    r("0831-nob", "Sri Lanka's prime minister announced his resignation to protesters on Saturday.", "CONCEDE", "LKA", "LKA"),
    # 0832 accede to demands for change in policy
    r("0832-prp", "Kenya's government gave in to farmers' demands for lower fertiliser prices on Wednesday.", "CONCEDE", "KEN", "KEN"),
    r("0832-crd", "Argentina's government scrapped the fuel tax rise and met the demands of Argentine truckers.", "CONCEDE", "ARG", "ARG"),
    # 0833 accede to demands for rights
    r("0833-org", "Saudi Arabia's interior ministry granted Saudi women the right to travel without permission, meeting a long-standing demand.", "CONCEDE", "SAU", "SAU"),
    r("0833-nsu", "The restoration of voting rights to Maldivian prisoners by the Maldives parliament followed months of demands.", "CONCEDE", "MDV", "MDV"),
    # 0834 accede to demands for change in institutions, regime
    r("0834-sub", "After Madagascar's president agreed to the opposition's demand for a new electoral commission, the capital was calm.", "CONCEDE", "MDG", "MDG"),
    r("0834-hdl", "Senegal president accepts opposition demand to reform constitutional council", "CONCEDE", "SEN", "SEN"),
]

RETREAT_ROWS: list[Row] = [
    # 084 return, release
    r("084-nob", "Pakistan announced the return of Indian fishermen and their boats to India on Monday.", "RETREAT", "PAK", "IND"),
    r("084-hdl", "Azerbaijan hands back Armenian captives at border", "RETREAT", "AZE", "ARM"),
    # 0841 return, release person(s)
    r("0841-sub", "After Mali's junta freed two German hostages on Tuesday, the pair were taken to a hospital in Bamako.", "RETREAT", "MLI", "DEU"),
    r("0841-crd", "Yemen's Houthis and the Saudi-led coalition released hundreds of prisoners on Friday.", "RETREAT", "YEM SAU", ""),
    # 0842 return, release property
    r("0842-prp", "Germany returned looted bronzes to Nigeria on Tuesday.", "RETREAT", "DEU", "NGA"),
    r("0842-org", "The Dutch culture ministry returned 478 colonial-era artefacts to Indonesia.", "RETREAT", "NLD", "IDN"),
    # 085 ease economic sanctions, boycott, embargo
    r("085-nsu", "The easing of U.S. sanctions on Venezuelan oil took effect on Thursday.", "RETREAT", "USA", "VEN"),
    r("085-crd", "Britain and the European Union lifted sanctions on Syria's central bank.", "RETREAT", "GBR IGO", "SYR"),
    # 086 allow international involvement
    r("086-lgt", "Armenia gave European Union monitors access to its border villages.", "RETREAT", "ARM", "IGO"),
    r("086-sub", "After Belarus allowed Red Cross staff into its prisons, families were told on Monday.", "RETREAT", "BLR", "IGO"),
    # 0861 receive deployment of peacekeepers
    r("0861-prp", "Lebanon allowed the deployment of Irish peacekeepers to its southern border.", "RETREAT", "LBN", "IRL"),
    r("0861-hdl", "Somalia receives Egyptian peacekeepers in Mogadishu", "RETREAT", "SOM", "EGY"),
    # 0862 receive inspectors
    r("0862-org", "Iran's atomic energy organisation admitted IAEA inspectors to the Fordow site on Saturday.", "RETREAT", "IRN", "IGO"),
    r("0862-nsu", "Syria's admission of OPCW inspectors to Douma came after weeks of delay.", "RETREAT", "SYR", "IGO"),
    # 0863 allow delivery of humanitarian aid
    r("0863-inf", "Myanmar's junta allowed ASEAN aid convoys to enter Rakhine state.", "RETREAT", "MMR", "IGO"),
    r("0863-prp", "Ethiopia opened the Tigray corridor to U.N. food convoys.", "RETREAT", "ETH", "IGO"),
    # 087 de-escalate military engagement
    r("087-nob", "Venezuela ordered a drawdown of its troops on the Guyana border.", "RETREAT", "VEN", "GUY"),
    r("087-hdl", "Thailand pulls heavy weapons back from Cambodian frontier", "RETREAT", "THA", "KHM"),
    # 0871 declare truce, ceasefire
    r("0871-crd", "Sudan's army and the Rapid Support Forces declared a week-long truce on Saturday.", "RETREAT", "SDN", ""),
    r("0871-org", "The M23 rebel group declared a unilateral ceasefire against the Congolese army on Tuesday.", "RETREAT", "COD", "COD"),
    # 0872 ease military blockade
    r("0872-prp", "Azerbaijan lifted its blockade of the Lachin road to Armenian traffic on Monday.", "RETREAT", "AZE", "ARM"),
    r("0872-nsu", "The lifting of the Saudi blockade on Yemen's Hodeidah port was confirmed by port officials.", "RETREAT", "SAU", "YEM"),
    # 0873 demobilize armed forces
    r("0873-lgt", "Some 1,200 fighters of Mozambique's Renamo laid down their arms to the Mozambican government.", "RETREAT", "MOZ", "MOZ"),
    r("0873-hdl", "Ethiopia demobilises 50,000 Tigrayan fighters", "RETREAT", "ETH", "ETH"),
    # 0874 retreat or surrender militarily
    r("0874-sub", "After Ukrainian troops withdrew from Avdiivka, Russia's defence ministry said the town was under its control.", "RETREAT", "UKR", "RUS"),
    r("0874-prp", "Dozens of Somali militants surrendered to Kenyan forces near Mandera on Thursday.", "RETREAT", "SOM", "KEN"),
    # 0813 ease curfew
    r("0813-nob", "Bangladesh announced the end of the curfew imposed on residents of Dhaka.", "RETREAT", "BGD", "BGD"),
    r("0813-org", "Ecuador's interior ministry eased the night curfew on residents of Guayaquil on Monday.", "RETREAT", "ECU", "ECU"),
    # 0814 ease state of emergency or martial law
    r("0814-hdl", "Sri Lanka lifts emergency rule imposed on protesters", "RETREAT", "LKA", "LKA"),
    r("0814-inf", "Ethiopia's parliament voted to end martial law in the Amhara region.", "RETREAT", "ETH", "ETH"),
]

INVESTIGATE_ROWS: list[Row] = [
    # 090 investigate
    r("090-nob", "Ukraine's prosecutor general announced an investigation into the conduct of Russian officials at a seized nuclear plant.", "ACCUSE", "UKR", "RUS"),
    r("090-hdl", "Philippines opens probe into Chinese research vessel", "ACCUSE", "PHL", "CHN"),
    # 091 investigate crime, corruption
    r("091-org", "South Africa's anti-corruption unit opened an inquiry into a contract awarded to a Chinese firm.", "ACCUSE", "ZAF", "CHN"),
    r("091-sub", "After Malaysian police began investigating a former Malaysian prime minister for graft, the case dominated the news.", "ACCUSE", "MYS", "MYS"),
    # 092 investigate human rights abuses
    r("092-nsu", "A U.N. inquiry into abuses by Eritrean troops in Tigray began work on Monday.", "ACCUSE", "IGO", "ERI"),
    r("092-crd", "Amnesty International and Human Rights Watch investigated killings by Nicaraguan police in Managua.", "ACCUSE", "IGO", "NIC"),
    # 093 investigate military action
    r("093-prp", "India's defence ministry ordered an inquiry into the conduct of Indian troops in Manipur.", "ACCUSE", "IND", "IND"),
    r("093-lgt", "Nigeria's air force set up a board of inquiry into a mistaken air raid on Nigerian villagers.", "ACCUSE", "NGA", "NGA"),
    # 094 investigate war crimes
    r("094-org", "The International Criminal Court opened an investigation into war crimes by Russian forces in Ukraine.", "ACCUSE", "IGO", "RUS"),
    r("094-hdl", "UN panel probes Sudanese paramilitary over Darfur war crimes", "ACCUSE", "IGO", "SDN"),
]

REQUEST_ROWS: list[Row] = [
    # 100 make a request
    r("100-hdl", "Tonga asks New Zealand for help after volcanic eruption", "REQUEST", "TON", "NZL"),
    r("100-inf", "Jamaica sought to obtain Canada's support for a regional health fund.", "REQUEST", "JAM", "CAN"),
    # 101 demand material cooperation
    r("101-prp", "Chad appealed to Cameroon for cooperation in policing the fisheries of Lake Chad.", "REQUEST", "TCD", "CMR"),
    r("101-nob", "Fiji renewed its call for cooperation from Australia on ocean patrols.", "REQUEST", "FJI", "AUS"),
    # 1011 demand economic cooperation
    r("1011-org", "Zambia's finance minister asked China's export bank to restructure its loans.", "REQUEST", "ZMB", "CHN"),
    r("1011-sub", "After Laos urged Thailand to open its markets to Lao rice, traders in Vientiane waited.", "REQUEST", "LAO", "THA"),
    # 1012 demand military cooperation
    r("1012-crd", "Estonia and Latvia asked Germany to station more troops in the Baltics.", "REQUEST", "EST LVA", "DEU"),
    r("1012-hdl", "Taiwan urges US to step up joint defence planning", "REQUEST", "TWN", "USA"),
    # 1013 demand judicial cooperation
    r("1013-nob", "Brazil filed a request for the extradition of a former congressman from Italy.", "REQUEST", "BRA", "ITA"),
    r("1013-inf", "Turkey pressed Sweden to hand over Kurdish activists wanted in Ankara.", "REQUEST", "TUR", "SWE"),
    # 1014 demand intelligence cooperation
    r("1014-prp", "Iraq appealed to Syria for information on Islamic State detainees.", "REQUEST", "IRQ", "SYR"),
    r("1014-org", "Colombia's police chief asked Ecuador's intelligence service to share data on cocaine shipments.", "REQUEST", "COL", "ECU"),
    # 102 demand diplomatic cooperation
    r("102-lgt", "Ukraine made a plea to Hungary for support of its EU membership bid.", "REQUEST", "UKR", "HUN"),
    r("102-hdl", "Palestinian president urges Spain to back statehood bid", "REQUEST", "PSE", "ESP"),
    # 103 demand aid
    r("103-nsu", "Madagascar's appeal to France for aid after the cyclone was issued on Sunday.", "REQUEST", "MDG", "FRA"),
    r("103-crd", "Malawi and Zimbabwe asked the World Bank for drought relief on Friday.", "REQUEST", "MWI ZWE", "IGO"),
    # 1031 demand economic aid
    r("1031-sub", "After Pakistan asked Saudi Arabia for a fresh loan, the rupee steadied.", "REQUEST", "PAK", "SAU"),
    r("1031-prp", "Tunisia appealed to the IMF for a bailout loan on Tuesday.", "REQUEST", "TUN", "IGO"),
    # 1032 demand military aid
    r("1032-hdl", "Niger junta asks Russia for weapons to fight militants", "REQUEST", "NER", "RUS"),
    r("1032-org", "Ukraine's defence minister urged NATO allies to send more artillery shells.", "REQUEST", "UKR", "IGO"),
    # 1033 demand humanitarian aid
    r("1033-lgt", "Libya issued an appeal to the European Union for emergency medical aid after the floods.", "REQUEST", "LBY", "IGO"),
    r("1033-nob", "Somalia renewed its appeal for food aid from the United Nations.", "REQUEST", "SOM", "IGO"),
    # 1034 demand military protection or peacekeeping
    r("1034-inf", "Haiti asked the U.N. Security Council to send an armed force to protect Port-au-Prince.", "REQUEST", "HTI", "IGO"),
    r("1034-crd", "Mali and Burkina Faso requested peacekeepers from the African Union to guard their border.", "REQUEST", "MLI BFA", "IGO"),
    # 104 demand political reform
    r("104-org", "Lebanon's opposition bloc demanded electoral reform from the Lebanese government.", "REQUEST", "LBN", "LBN"),
    r("104-hdl", "EU urges Georgia to reverse judicial changes", "REQUEST", "IGO", "GEO"),
    # 1041 demand change in leadership
    r("1041-nsu", "Calls by Venezuelan opposition leaders for the Venezuelan president's resignation grew on Monday.", "REQUEST", "VEN", "VEN"),
    r("1041-prp", "Peruvian lawmakers pressed for the removal of the Peruvian interior minister.", "REQUEST", "PER", "PER"),
    # 1042 demand policy change
    r("1042-sub", "After the European Commission urged Poland to change its coal policy, ministers in Warsaw stayed silent.", "REQUEST", "IGO", "POL"),
    r("1042-lgt", "Indonesia made a demand on Australia to review its live cattle export ban.", "REQUEST", "IDN", "AUS"),
    # 1043 demand rights
    r("1043-org", "The Kenyan Human Rights Commission demanded that Kenya's police respect the right to protest.", "REQUEST", "KEN", "KEN"),
    r("1043-hdl", "Rohingya refugees call on Myanmar to restore their citizenship", "REQUEST", "MMR", "MMR"),
    # 1044 demand change in institutions, regime
    r("1044-nob", "Sudanese protest groups renewed their demand for civilian rule from the military council.", "REQUEST", "SDN", "SDN"),
    r("1044-crd", "Nigeria and Ghana urged Mali's junta to hand power to an elected government.", "REQUEST", "NGA GHA", "MLI"),
    # 105 demand that target yields
    r("105-org", "The Greek foreign ministry demanded that Turkey back down over the drilling survey.", "REQUEST", "GRC", "TUR"),
    r("105-hdl", "China tells Philippines to back off at disputed shoal", "REQUEST", "CHN", "PHL"),
    # 1051 demand easing of administrative sanctions
    r("1051-inf", "Pakistan urged Britain to remove it from its travel red list.", "REQUEST", "PAK", "GBR"),
    r("1051-nsu", "Cuba's demand that the United States lift its travel curbs was repeated in Havana on Monday.", "REQUEST", "CUB", "USA"),
    # 1052 demand easing of popular dissent
    r("1052-org", "Zimbabwe's police commissioner demanded that striking Zimbabwean nurses call off their walkout.", "REQUEST", "ZWE", "ZWE"),
    r("1052-hdl", "Panama president urges protesters to end road blockades", "REQUEST", "PAN", "PAN"),
    # 1053 demand release of persons or property
    r("1053-prp", "Norway called for the release of a Norwegian journalist held in Ethiopia.", "REQUEST", "NOR", "ETH"),
    r("1053-crd", "France and Germany demanded that Iran free their detained citizens.", "REQUEST", "FRA DEU", "IRN"),
    # 1054 demand easing of economic sanctions, boycott, or embargo
    r("1054-sub", "After Russia urged the European Union to lift its fertiliser sanctions, grain traders waited for a response.", "REQUEST", "RUS", "IGO"),
    r("1054-lgt", "Zimbabwe made a fresh appeal to Washington for the removal of sanctions.", "REQUEST", "ZWE", "USA"),
    # 1055 demand that target allows international involvement
    r("1055-nob", "The United Nations repeated its demand for access to Xinjiang from China.", "REQUEST", "IGO", "CHN"),
    r("1055-inf", "The African Union pressed Ethiopia to admit its monitors into the Tigray region.", "REQUEST", "IGO", "ETH"),
    # 1056 demand de-escalation of military engagement
    r("1056-hdl", "UN chief urges Israel and Hezbollah to halt cross-border fire", "REQUEST", "IGO", "ISR LBN"),
    r("1056-org", "Egypt's foreign minister called on Ethiopia and Sudan to pull troops back from the al-Fashaga border area.", "REQUEST", "EGY", "ETH SDN"),
    # 106 demand meeting, negotiation
    r("106-prp", "Taiwan called on China for direct talks on cross-strait flights.", "REQUEST", "TWN", "CHN"),
    r("106-sub", "After Bolivia asked Chile to reopen talks on sea access, Santiago said nothing.", "REQUEST", "BOL", "CHL"),
    # 107 demand settling of dispute
    r("107-crd", "The United States and Britain urged Sudan and South Sudan to settle their oil dispute.", "REQUEST", "USA GBR", "SDN SSD"),
    r("107-lgt", "Guatemala made a call for a settlement of its border dispute with Belize.", "REQUEST", "GTM", "BLZ"),
    # 108 demand mediation
    r("108-inf", "Congo asked Angola to mediate in its dispute with Rwanda.", "REQUEST", "COD", "AGO"),
    r("108-hdl", "Somalia seeks Turkish mediation in Ethiopia port row", "REQUEST", "SOM", "TUR"),
]

ACCUSE_ROWS: list[Row] = [
    # 110 disapprove
    r("110-nob", "Canada voiced its disapproval of India's new citizenship law.", "ACCUSE", "CAN", "IND"),
    r("110-hdl", "Norway voices displeasure with EU fishing quotas", "ACCUSE", "NOR", "IGO"),
    # 111 criticize or denounce
    r("111-crd", "Senegal and Mauritania condemned the Malian junta over its treatment of journalists.", "ACCUSE", "SEN MRT", "MLI"),
    r("111-sub", "After Bolivia's president criticised Argentina's new border rules, the border stayed open.", "ACCUSE", "BOL", "ARG"),
    # 112 accuse
    r("112-lgt", "Algeria levelled accusations at Morocco over a series of forest fires.", "ACCUSE", "DZA", "MAR"),
    r("112-org", "Venezuela's defence ministry accused Guyana of provoking the border row.", "ACCUSE", "VEN", "GUY"),
    # 1121 accuse of crime, corruption
    r("1121-prp", "Honduran prosecutors made corruption allegations against a former Honduran president.", "ACCUSE", "HND", "HND"),
    r("1121-hdl", "Paraguay accuses Brazilian officials of smuggling bribes", "ACCUSE", "PRY", "BRA"),
    # 1122 accuse of human rights abuses
    r("1122-nsu", "Accusations of torture against Egyptian police by Amnesty International were published on Tuesday.", "ACCUSE", "IGO", "EGY"),
    r("1122-sub", "After the United States accused Nicaragua of persecuting Catholic priests, the Nicaraguan embassy stayed quiet.", "ACCUSE", "USA", "NIC"),
    # 1123 accuse of aggression
    r("1123-org", "Cambodia's foreign ministry accused Thailand of an incursion into its territory.", "ACCUSE", "KHM", "THA"),
    r("1123-nob", "Guyana repeated its charge of aggression against Venezuela at the United Nations.", "ACCUSE", "GUY", "VEN"),
    # 1124 accuse of war crimes
    r("1124-crd", "Armenia and France accused Azerbaijan of war crimes in Nagorno-Karabakh.", "ACCUSE", "ARM FRA", "AZE"),
    r("1124-hdl", "Ukraine accuses Russia of executing surrendering soldiers", "ACCUSE", "UKR", "RUS"),
    # 1125 accuse of espionage, treason
    r("1125-org", "Russia's security service accused an American journalist of spying for the CIA.", "ACCUSE", "RUS", "USA"),
    r("1125-prp", "China levelled spying allegations against Japanese diplomats.", "ACCUSE", "CHN", "JPN"),
    # 113 rally opposition against
    r("113-inf", "Ukraine sought to rally Asian states against Russia at the summit.", "ACCUSE", "UKR", "RUS"),
    r("113-nob", "Israel stepped up its campaign against Iran's nuclear programme among European states.", "ACCUSE", "ISR", "IRN"),
    # 114 complain officially
    r("114-prp", "Vietnam lodged a formal protest with China over Chinese survey ships in its waters.", "ACCUSE", "VNM", "CHN"),
    r("114-hdl", "Japan files formal protest with Russia over island drills", "ACCUSE", "JPN", "RUS"),
    # 115 bring lawsuit against
    r("115-org", "Gambia's justice ministry filed a case against Myanmar at the International Court of Justice.", "ACCUSE", "GMB", "MMR"),
    r("115-crd", "Germany and Canada took Syria to the International Court of Justice over torture.", "ACCUSE", "DEU CAN", "SYR"),
    # 116 find guilty or liable (legally)
    r("116-sub", "After a Turkish court found a German journalist guilty of terrorism on Monday, the trial ended.", "ACCUSE", "TUR", "DEU"),
    r("116-nsu", "The conviction of a Russian opposition figure by a Moscow court was announced on Friday.", "ACCUSE", "RUS", "RUS"),
]

REJECT_ROWS: list[Row] = [
    # 120 reject
    r("120-neg", "Bhutan said it would not accept India's proposal for a new hydropower deal.", "REJECT", "BTN", "IND"),
    r("120-hdl", "Hungary rejects EU migration pact", "REJECT", "HUN", "IGO"),
    # 121 reject material cooperation
    r("121-nob", "Lithuania announced its refusal to join Poland's gas pipeline scheme.", "REJECT", "LTU", "POL"),
    r("121-org", "The Italian economy ministry turned down a Chinese offer to invest in Genoa port.", "REJECT", "ITA", "CHN"),
    # 1211 reject economic cooperation
    r("1211-neg", "Mexico would not sign the trade deal offered by Ecuador, its economy minister said.", "REJECT", "MEX", "ECU"),
    r("1211-hdl", "Uganda rejects Kenya's offer of joint power grid", "REJECT", "UGA", "KEN"),
    # 1212 reject military cooperation
    r("1212-sub", "After Indonesia refused to hold joint drills with Australia, Australian ships stayed in Darwin.", "REJECT", "IDN", "AUS"),
    r("1212-prp", "Austria declined a request for military cooperation from NATO.", "REJECT", "AUT", "IGO"),
    # 1213 reject judicial cooperation
    r("1213-neg", "Russia refused to extradite a murder suspect to Lithuania, prosecutors said.", "REJECT", "RUS", "LTU"),
    r("1213-org", "Britain's Home Office denied Rwanda's request for the extradition of five genocide suspects.", "REJECT", "GBR", "RWA"),
    # 1214 reject intelligence cooperation
    r("1214-crd", "France and Belgium refused to share their intelligence on the bomb plot with Hungary.", "REJECT", "FRA BEL", "HUN"),
    r("1214-nsu", "Pakistan's refusal to share intelligence with Afghanistan on border militants was confirmed on Monday.", "REJECT", "PAK", "AFG"),
    # 122 reject request or demand for material aid
    r("122-hdl", "Britain turns down Sri Lanka's request for emergency loans", "REJECT", "GBR", "LKA"),
    r("122-neg", "Brazil would not supply the aid Bolivia had requested, a spokesman said.", "REJECT", "BRA", "BOL"),
    # 1221 reject demand for economic aid
    r("1221-org", "The IMF board rejected Argentina's request for a new loan.", "REJECT", "IGO", "ARG"),
    r("1221-sub", "After Germany rejected Greece's plea for debt relief, markets in Athens fell.", "REJECT", "DEU", "GRC"),
    # 1222 reject demand for military aid
    r("1222-neg", "Israel declined to supply Ukraine with air defence systems, officials said on Tuesday.", "REJECT", "ISR", "UKR"),
    r("1222-hdl", "Switzerland refuses Germany's request to re-export tank ammunition", "REJECT", "CHE", "DEU"),
    # 1223 reject demand for humanitarian aid
    r("1223-nob", "Eritrea announced its rejection of U.N. food aid on Monday.", "REJECT", "ERI", "IGO"),
    r("1223-crd", "North Korea and Turkmenistan turned away offers of flood aid from the Red Cross.", "REJECT", "PRK TKM", "IGO"),
    # 1224 reject demand for military protection or peacekeeping
    r("1224-prp", "Burundi said no to the deployment of African Union troops on its soil.", "REJECT", "BDI", "IGO"),
    r("1224-neg", "Sudan would not accept U.N. peacekeepers in Darfur, its foreign minister said.", "REJECT", "SDN", "IGO"),
    # 123 reject request or demand for political reform
    r("123-org", "Cameroon's ruling party rejected the Cameroonian opposition's demands for electoral reform.", "REJECT", "CMR", "CMR"),
    r("123-hdl", "Egypt rejects US calls for political reform", "REJECT", "EGY", "USA"),
    # 1231 reject demand for change in leadership
    r("1231-neg", "Nicaragua's president said he would not step down despite opposition demands.", "REJECT", "NIC", "NIC"),
    r("1231-sub", "After Tunisia's president dismissed Tunisian opposition calls for his resignation, the capital remained calm.", "REJECT", "TUN", "TUN"),
    # 1232 reject demand for policy change
    r("1232-nsu", "Australia's refusal to change its climate policy at Tuvalu's request was confirmed at the Pacific forum.", "REJECT", "AUS", "TUV"),
    r("1232-crd", "The Kenyan government and the central bank rejected calls from Kenyan traders to scrap the tax.", "REJECT", "KEN", "KEN"),
    # 1233 reject demand for rights
    r("1233-org", "Iran's judiciary rejected the demands of Iranian women's groups for equal inheritance rights.", "REJECT", "IRN", "IRN"),
    r("1233-neg", "Uganda's parliament would not grant Ugandan gay activists the right to register their groups.", "REJECT", "UGA", "UGA"),
    # 1234 reject demand for change in institutions, regime
    r("1234-hdl", "Myanmar junta rejects ASEAN call to restore civilian rule", "REJECT", "MMR", "IGO"),
    r("1234-nob", "Belarus announced its rejection of opposition demands for a new constitution.", "REJECT", "BLR", "BLR"),
    # 124 decline to yield
    r("124-neg", "Spain would not give in to Britain's demands over Gibraltar, the foreign minister said.", "REJECT", "ESP", "GBR"),
    r("124-prp", "Argentina stood firm against British demands over the Falklands.", "REJECT", "ARG", "GBR"),
    # 1241 decline to ease administrative sanctions
    r("1241-sub", "After India refused to lift visa curbs on Canadian citizens, travel agents in Toronto waited.", "REJECT", "IND", "CAN"),
    r("1241-org", "Thailand's immigration bureau declined to lift its entry ban on Cambodian traders.", "REJECT", "THA", "KHM"),
    # 1242 decline to ease popular dissent
    r("1242-neg", "Striking Argentine teachers said they would not end their walkout despite the government's offer.", "REJECT", "ARG", "ARG"),
    r("1242-hdl", "French farmers refuse to lift blockades around Paris", "REJECT", "FRA", "FRA"),
    # 1243 decline to release persons or property
    r("1243-crd", "Iran and Belarus refused to free detained Polish citizens.", "REJECT", "IRN BLR", "POL"),
    r("1243-nsu", "Russia's refusal to release a jailed American veteran was repeated on Tuesday.", "REJECT", "RUS", "USA"),
    # 1244 decline to ease economic sanctions, boycott, or embargo
    r("1244-prp", "Washington rejected calls from Zimbabwe for sanctions relief.", "REJECT", "USA", "ZWE"),
    r("1244-neg", "The European Union would not lift its arms embargo on China, diplomats said.", "REJECT", "IGO", "CHN"),
    # 1245 decline to allow international involvement
    r("1245-org", "Nicaragua's foreign ministry refused entry to a U.N. human rights team.", "REJECT", "NIC", "IGO"),
    r("1245-hdl", "Ethiopia rejects AU observers in Amhara", "REJECT", "ETH", "IGO"),
    # 1246 decline to de-escalate military engagement
    r("1246-neg", "Azerbaijan would not pull its troops back from the Armenian border, Baku said.", "REJECT", "AZE", "ARM"),
    r("1246-sub", "After Russia refused to withdraw its forces from Transnistria, Chisinau remained tense.", "REJECT", "RUS", "MDA"),
    # 125 reject proposal to meet, discuss, negotiate
    r("125-lgt", "North Korea gave a flat refusal to South Korea's offer of talks.", "REJECT", "PRK", "KOR"),
    r("125-hdl", "Venezuela rejects Guyana's offer of talks at border summit", "REJECT", "VEN", "GUY"),
    # 126 reject mediation
    r("126-nob", "Ethiopia announced its rejection of Kenyan mediation in the Tigray conflict.", "REJECT", "ETH", "KEN"),
    r("126-crd", "Rwanda and Congo rejected a French offer of mediation.", "REJECT", "RWA COD", "FRA"),
    # 127 reject plan, agreement to settle dispute
    r("127-org", "Israel's cabinet rejected the Egyptian ceasefire plan for Gaza.", "REJECT", "ISR", "EGY"),
    r("127-neg", "Serbia would not accept the European plan for normalising ties with its neighbour, officials said.", "REJECT", "SRB", "IGO"),
    # 128 defy norms, law
    r("128-prp", "Hungary defied a ruling of the European Court of Justice on asylum seekers.", "REJECT", "HUN", "IGO"),
    r("128-hdl", "Poland defies EU court order on coal mine", "REJECT", "POL", "IGO"),
    # 129 veto
    r("129-lgt", "Russia cast a veto against a U.N. resolution on Syria on Tuesday.", "REJECT", "RUS", "IGO"),
    r("129-sub", "After China vetoed a Security Council resolution on Myanmar, the council adjourned.", "REJECT", "CHN", "IGO"),
]

THREATEN_ROWS: list[Row] = [
    # 130 threaten
    r("130-hdl", "Azerbaijan warns Armenia of consequences over border build-up", "THREATEN", "AZE", "ARM"),
    r("130-org", "Iran's Revolutionary Guards issued a warning to the United Arab Emirates over its island claims.", "THREATEN", "IRN", "ARE"),
    # 131 threaten non-force
    r("131-inf", "Lebanon threatened to take Cyprus to court over the maritime border.", "THREATEN", "LBN", "CYP"),
    r("131-crd", "Mali and Niger threatened France with legal action over its troop presence.", "THREATEN", "MLI NER", "FRA"),
    # 1311 threaten to reduce or stop aid
    r("1311-inf", "Sweden threatened to cut development aid to Tanzania over press curbs.", "THREATEN", "SWE", "TZA"),
    r("1311-hdl", "US threatens to halt aid to Guatemala over graft", "THREATEN", "USA", "GTM"),
    # 1312 threaten to boycott, embargo, or sanction
    r("1312-prp", "The European Union warned Georgia of sanctions over the foreign agents law.", "THREATEN", "IGO", "GEO"),
    r("1312-nsu", "China's threat of an import ban on Lithuanian goods was made public on Monday.", "THREATEN", "CHN", "LTU"),
    # 1313 threaten to reduce or break relations
    r("1313-sub", "After Paraguay threatened to break off relations with Taiwan, Taiwanese officials said little.", "THREATEN", "PRY", "TWN"),
    r("1313-org", "Morocco's foreign ministry threatened to downgrade ties with Germany over the Western Sahara dispute.", "THREATEN", "MAR", "DEU"),
    # 132 threaten with administrative sanctions
    r("132-lgt", "Kenya's communications authority gave Kenyan broadcasters a warning that their licences would be revoked.", "THREATEN", "KEN", "KEN"),
    r("132-hdl", "Uganda threatens to deregister Ugandan rights groups", "THREATEN", "UGA", "UGA"),
    # 1321 threaten to impose restrictions on freedoms of speech and expression
    r("1321-inf", "Turkey's media regulator threatened to block Greek news websites.", "THREATEN", "TUR", "GRC"),
    r("1321-nob", "Vietnam's government issued a threat to censor Vietnamese bloggers who criticise the party.", "THREATEN", "VNM", "VNM"),
    # 1322 threaten to ban political parties or politicians
    r("1322-org", "Bangladesh's election commission threatened to bar the Bangladesh Nationalist Party from the vote.", "THREATEN", "BGD", "BGD"),
    r("1322-sub", "After Cambodia's prime minister threatened to ban the Candlelight Party, its offices in Phnom Penh closed early.", "THREATEN", "KHM", "KHM"),
    # 1323 threaten to impose curfew
    r("1323-hdl", "Ecuador warns of curfew for Guayaquil residents", "THREATEN", "ECU", "ECU"),
    r("1323-prp", "Guinea's junta warned Conakry residents of a curfew if unrest continued.", "THREATEN", "GIN", "GIN"),
    # 1324 threaten to impose state of emergency or martial law
    r("1324-inf", "Peru's president threatened to impose a state of emergency on Peruvian miners in the south.", "THREATEN", "PER", "PER"),
    r("1324-crd", "The Thai army chief and the prime minister threatened martial law against Thai protest leaders.", "THREATEN", "THA", "THA"),
    # 133 threaten with political dissent, protest
    r("133-org", "Nigeria's Labour Congress threatened a nationwide protest against the Nigerian government over fuel prices.", "THREATEN", "NGA", "NGA"),
    r("133-hdl", "Chilean students threaten mass protests over tuition fees", "THREATEN", "CHL", "CHL"),
    # 134 threaten to halt negotiations
    r("134-inf", "Colombia's government threatened to suspend peace talks with the ELN rebels.", "THREATEN", "COL", "COL"),
    r("134-sub", "After Greece threatened to walk out of the talks with North Macedonia, the session ended early.", "THREATEN", "GRC", "MKD"),
    # 135 threaten to halt mediation
    r("135-org", "Qatar's foreign ministry threatened to end its mediation between Sudan's army and the Rapid Support Forces.", "THREATEN", "QAT", "SDN"),
    r("135-hdl", "Kenya threatens to pull out of South Sudan mediation", "THREATEN", "KEN", "SSD"),
    # 136 threaten to halt international involvement
    r("136-prp", "Mali threatened the expulsion of U.N. peacekeepers from the north.", "THREATEN", "MLI", "IGO"),
    r("136-crd", "Burundi and Tanzania threatened to expel Red Cross staff.", "THREATEN", "BDI TZA", "IGO"),
    # 137 threaten with violent repression
    r("137-lgt", "Iran's police chief issued a warning to Iranian protesters that they would be met with force.", "THREATEN", "IRN", "IRN"),
    r("137-hdl", "Sudan junta warns protesters of deadly force", "THREATEN", "SDN", "SDN"),
    # 138 threaten with military force
    r("138-nsu", "A threat of military action by Turkey against Kurdish militias in Syria was repeated on Friday.", "THREATEN", "TUR", "SYR"),
    r("138-sub", "After Ethiopia threatened Eritrea with military force, Asmara stayed silent.", "THREATEN", "ETH", "ERI"),
    # 1381 threaten blockade
    r("1381-inf", "China threatened to blockade Taiwan's ports.", "THREATEN", "CHN", "TWN"),
    r("1381-org", "The Houthi movement threatened a naval blockade of Saudi oil terminals.", "THREATEN", "YEM", "SAU"),
    # 1382 threaten occupation
    r("1382-hdl", "Venezuela threatens to seize disputed Essequibo region from Guyana", "THREATEN", "VEN", "GUY"),
    r("1382-prp", "Israel warned Lebanon of a lasting occupation of its southern border strip.", "THREATEN", "ISR", "LBN"),
    # 1383 threaten unconventional violence
    r("1383-crd", "Al-Shabaab and its allies threatened Kenya with suicide bombings.", "THREATEN", "SOM", "KEN"),
    r("1383-nob", "The Pakistani Taliban issued a threat of bomb attacks against Pakistani election rallies.", "THREATEN", "PAK", "PAK"),
    # 1384 threaten conventional attack
    r("1384-inf", "North Korea threatened to strike U.S. bases in Guam.", "THREATEN", "PRK", "USA"),
    r("1384-lgt", "Iran gave Israel a warning of a massive missile attack if it struck again.", "THREATEN", "IRN", "ISR"),
    # 1385 threaten attack with WMD
    r("1385-sub", "After Russia threatened the use of nuclear weapons against Ukraine, markets fell.", "THREATEN", "RUS", "UKR"),
    r("1385-hdl", "North Korea threatens nuclear strike on South Korea", "THREATEN", "PRK", "KOR"),
    # 139 give ultimatum
    r("139-lgt", "ECOWAS gave Niger's junta an ultimatum to reinstate the president.", "THREATEN", "IGO", "NER"),
    r("139-org", "The Serbian interior ministry issued an ultimatum to Serbian protesters to clear the highway by noon.", "THREATEN", "SRB", "SRB"),
]

PROTEST_ROWS: list[Row] = [
    # 140 engage in political dissent
    r("140-hdl", "Thousands rally in Tbilisi against foreign agents bill", "PROTEST", "GEO", "GEO"),
    r("140-nsu", "Opposition protests in Dhaka entered their third day on Monday.", "PROTEST", "BGD", "BGD"),
    # 141 demonstrate or rally
    r("141-crd", "Chilean students and workers marched through Santiago on Thursday.", "PROTEST", "CHL", "CHL"),
    r("141-sub", "After thousands of Serbians marched through Belgrade on Saturday, the capital's streets were cleaned.", "PROTEST", "SRB", "SRB"),
    # 1411 demonstrate for leadership change
    r("1411-inf", "Tens of thousands of Armenians gathered in Yerevan to demand the prime minister's resignation.", "PROTEST", "ARM", "ARM"),
    r("1411-hdl", "Protesters in Lima demand Peru president's resignation", "PROTEST", "PER", "PER"),
    # 1412 demonstrate for policy change
    r("1412-lgt", "Indian farmers staged a protest in New Delhi against the new farm laws.", "PROTEST", "IND", "IND"),
    r("1412-org", "Kenya's teachers' union led a march in Nairobi against the new tax law.", "PROTEST", "KEN", "KEN"),
    # 1413 demonstrate for rights
    r("1413-nob", "Thousands of Polish women joined a march for abortion rights in Warsaw.", "PROTEST", "POL", "POL"),
    r("1413-crd", "Brazilian indigenous groups and students demonstrated for land rights in Brasilia.", "PROTEST", "BRA", "BRA"),
    # 1414 demonstrate for change in institutions, regime
    r("1414-hdl", "Thai students rally for monarchy reform in Bangkok", "PROTEST", "THA", "THA"),
    r("1414-sub", "After Sudanese protesters rallied in Khartoum for civilian rule, the streets emptied by nightfall.", "PROTEST", "SDN", "SDN"),
    # 142 conduct hunger strike
    r("142-lgt", "A jailed Bahraini activist went on hunger strike in Manama on Monday.", "PROTEST", "BHR", "BHR"),
    r("142-org", "Detained members of Egypt's April 6 movement began a hunger strike in Cairo's Tora prison.", "PROTEST", "EGY", "EGY"),
    # 1421 hunger strike for leadership change
    r("1421-inf", "A Zimbabwean pastor began a hunger strike in Harare to force the president to quit.", "PROTEST", "ZWE", "ZWE"),
    r("1421-hdl", "Togo opposition leader on hunger strike demanding president's exit", "PROTEST", "TGO", "TGO"),
    # 1422 hunger strike for policy change
    r("1422-sub", "After Moroccan teachers went on hunger strike over pay reforms in Rabat, schools in the capital stayed shut.", "PROTEST", "MAR", "MAR"),
    r("1422-prp", "Kurdish prisoners in Turkey began a hunger strike against Turkish isolation rules.", "PROTEST", "TUR", "TUR"),
    # 1423 hunger strike for rights
    r("1423-crd", "Two Saudi women's rights activists and a Saudi lawyer went on hunger strike for the right to a fair trial.", "PROTEST", "SAU", "SAU"),
    r("1423-nsu", "A hunger strike by Tibetan monks for religious freedom entered its second week in Lhasa.", "PROTEST", "CHN", "CHN"),
    # 1424 hunger strike for change in institutions, regime
    r("1424-org", "Leaders of Algeria's Hirak movement began a hunger strike in Algiers demanding an end to military rule.", "PROTEST", "DZA", "DZA"),
    r("1424-hdl", "Eswatini activists on hunger strike for multiparty democracy", "PROTEST", "SWZ", "SWZ"),
    # 143 conduct strike or boycott
    r("143-nob", "Nigerian doctors announced an indefinite strike on Monday.", "PROTEST", "NGA", "NGA"),
    r("143-crd", "Chilean dock workers and truck drivers walked off the job on Wednesday.", "PROTEST", "CHL", "CHL"),
    # 1431 strike or boycott for change in leadership
    r("1431-sub", "After Bolivian unions called a general strike to oust the president, La Paz was quiet.", "PROTEST", "BOL", "BOL"),
    r("1431-hdl", "Lebanese unions strike to demand government's resignation", "PROTEST", "LBN", "LBN"),
    # 1432 strike or boycott for policy change
    r("1432-lgt", "South African miners staged a strike over pay at platinum mines in Rustenburg.", "PROTEST", "ZAF", "ZAF"),
    r("1432-org", "Greece's main public-sector union, ADEDY, held a 24-hour strike against pension cuts.", "PROTEST", "GRC", "GRC"),
    # 1433 strike or boycott for rights
    r("1433-prp", "Iranian truck drivers went on strike for the right to form a union.", "PROTEST", "IRN", "IRN"),
    r("1433-nsu", "A boycott of classes by Kurdish students in Turkey for language rights began on Monday.", "PROTEST", "TUR", "TUR"),
    # 1434 strike or boycott for change in institutions, regime
    r("1434-inf", "Opposition parties in Bangladesh boycotted the election to demand a caretaker government.", "PROTEST", "BGD", "BGD"),
    r("1434-hdl", "Venezuelan opposition boycotts vote, demands new electoral council", "PROTEST", "VEN", "VEN"),
    # 144 obstruct passage, block
    r("144-lgt", "Colombian truckers set up roadblocks on the main highway to Buenaventura.", "PROTEST", "COL", "COL"),
    r("144-sub", "After Kenyan protesters blocked the Nairobi-Mombasa highway, traffic was diverted.", "PROTEST", "KEN", "KEN"),
    # 1441 obstruct passage to demand change in leadership
    r("1441-crd", "Haitian farmers and students blocked roads to demand the prime minister's resignation.", "PROTEST", "HTI", "HTI"),
    r("1441-org", "Supporters of Pakistan's opposition party PTI blocked the motorway to Islamabad to demand the government's resignation.", "PROTEST", "PAK", "PAK"),
    # 1442 obstruct passage to demand policy change
    r("1442-hdl", "Dutch farmers block highways over nitrogen rules", "PROTEST", "NLD", "NLD"),
    r("1442-nob", "Panamanian teachers kept up their blockade of the Pan-American Highway against the mining contract.", "PROTEST", "PAN", "PAN"),
    # 1443 obstruct passage to demand rights
    r("1443-prp", "Indigenous Guatemalans blocked roads in protest for land rights.", "PROTEST", "GTM", "GTM"),
    r("1443-sub", "After Slovak Roma activists blockaded the town hall in Kosice over housing rights, the mayor left by a side door.", "PROTEST", "SVK", "SVK"),
    # 1444 obstruct passage to demand change in institutions, regime
    r("1444-inf", "Kyrgyz protesters blockaded parliament in Bishkek to demand a new constitution.", "PROTEST", "KGZ", "KGZ"),
    r("1444-nsu", "A blockade of the election commission in Kinshasa by Congolese opposition supporters continued on Tuesday.", "PROTEST", "COD", "COD"),
    # 145 protest violently, riot
    r("145-hdl", "Rioters torch police station in Senegal's Ziguinchor", "PROTEST", "SEN", "SEN"),
    r("145-crd", "Tunisian youths and football fans rioted in Tunis on Saturday night.", "PROTEST", "TUN", "TUN"),
    # 1451 violent protest for change in leadership
    r("1451-sub", "After Sri Lankan protesters stormed the president's residence in Colombo to demand his resignation, he fled the city.", "PROTEST", "LKA", "LKA"),
    r("1451-org", "Supporters of Kenya's opposition Azimio coalition hurled stones at police in Kisumu, demanding the president's resignation.", "PROTEST", "KEN", "KEN"),
    # 1452 violent protest for policy change
    r("1452-nob", "French police reported a night of rioting in Marseille over pension reform.", "PROTEST", "FRA", "FRA"),
    r("1452-lgt", "Nigerien youths set fire to tyres and hurled stones in Niamey over the fuel price rise.", "PROTEST", "NER", "NER"),
    # 1453 violent protest for rights
    r("1453-prp", "Violent protests over language rights broke out in Bamenda, Cameroon.", "PROTEST", "CMR", "CMR"),
    r("1453-hdl", "Papuan protesters riot over racism in Indonesia", "PROTEST", "IDN", "IDN"),
    # 1454 violent protest for change in institutions, regime
    r("1454-crd", "Mozambican students and opposition activists torched buses and threw stones in Maputo, demanding a new electoral system.", "PROTEST", "MOZ", "MOZ"),
    r("1454-inf", "Rioters in Nouakchott attacked government offices to demand an end to military rule.", "PROTEST", "MRT", "MRT"),
]

MOBILIZE_ROWS: list[Row] = [
    # 150 demonstrate military or police power
    r("150-lgt", "China staged a show of military force near Taiwan on Monday.", "MOBILIZE", "CHN", "TWN"),
    r("150-hdl", "Russia parades missiles near Finnish border", "MOBILIZE", "RUS", "FIN"),
    # 151 increase police alert status
    r("151-org", "France's interior ministry raised the police alert level in Paris on Sunday.", "MOBILIZE", "FRA", ""),
    r("151-sub", "After Belgium raised its police alert level to three, the Brussels metro stayed open.", "MOBILIZE", "BEL", ""),
    # 152 increase military alert status
    r("152-prp", "South Korea put its troops on high alert along the border with North Korea.", "MOBILIZE", "KOR", "PRK"),
    r("152-crd", "Armenia and Azerbaijan put their forces on alert after the border incident.", "MOBILIZE", "ARM AZE", ""),
    # 153 mobilize or increase police power
    r("153-nob", "Kenya announced the deployment of 5,000 extra police officers in Nairobi.", "MOBILIZE", "KEN", ""),
    r("153-hdl", "Ecuador sends police reinforcements to Guayaquil prisons", "MOBILIZE", "ECU", ""),
    # 154 mobilize or increase armed forces
    r("154-inf", "Venezuela moved to mobilise 25,000 troops near the Guyana border.", "MOBILIZE", "VEN", "GUY"),
    r("154-org", "Poland's defence ministry called up 40,000 reservists on Thursday.", "MOBILIZE", "POL", ""),
]

SANCTION_ROWS: list[Row] = [
    # 160 reduce relations
    r("160-hdl", "Algeria downgrades ties with Spain over Western Sahara", "SANCTION", "DZA", "ESP"),
    r("160-prp", "Niger scaled back its relations with France on Wednesday.", "SANCTION", "NER", "FRA"),
    # 161 reduce or break diplomatic relations
    r("161-nsu", "Bolivia's break in diplomatic relations with Israel was announced in La Paz.", "SANCTION", "BOL", "ISR"),
    r("161-sub", "After Nicaragua cut diplomatic ties with Taiwan, Taiwanese diplomats left Managua.", "SANCTION", "NIC", "TWN"),
    # 162 reduce or stop aid
    r("162-lgt", "Sweden put a halt to its aid to Uganda after the new law.", "SANCTION", "SWE", "UGA"),
    r("162-crd", "Denmark and the Netherlands stopped aid to Burkina Faso after the coup.", "SANCTION", "DNK NLD", "BFA"),
    # 1621 reduce or stop economic assistance
    r("1621-org", "The World Bank froze new lending to Uganda on Tuesday.", "SANCTION", "IGO", "UGA"),
    r("1621-hdl", "Germany suspends development loans to Niger", "SANCTION", "DEU", "NER"),
    # 1622 reduce or stop military assistance
    r("1622-nob", "Washington announced a suspension of military aid to Egypt.", "SANCTION", "USA", "EGY"),
    r("1622-sub", "After Britain halted arms sales to Israel, shares in British defence firms fell.", "SANCTION", "GBR", "ISR"),
    # 1623 reduce or stop humanitarian assistance
    r("1623-prp", "The United States paused humanitarian funding to Afghanistan.", "SANCTION", "USA", "AFG"),
    r("1623-nsu", "The suspension of British humanitarian aid to Ethiopia was confirmed on Friday.", "SANCTION", "GBR", "ETH"),
    # 164 halt negotiations
    r("164-org", "Colombia's government suspended peace negotiations with the ELN rebels.", "SANCTION", "COL", "COL"),
    r("164-hdl", "Guyana breaks off border talks with Venezuela", "SANCTION", "GUY", "VEN"),
    # 165 halt mediation
    r("165-lgt", "Qatar put its mediation between Sudan's warring factions on hold.", "SANCTION", "QAT", "SDN"),
    r("165-sub", "After Norway ended its mediation between Sri Lanka's government and the Tamil Tigers, the ceasefire collapsed.", "SANCTION", "NOR", "LKA"),
    # 166 expel or withdraw
    r("166-inf", "Mali moved to expel the French ambassador on Monday.", "SANCTION", "MLI", "FRA"),
    r("166-crd", "Latvia and Estonia expelled Russian diplomats on Thursday.", "SANCTION", "LVA EST", "RUS"),
    # 1661 expel or withdraw peacekeepers
    r("1661-hdl", "Congo orders UN peacekeepers to leave by year's end", "SANCTION", "COD", "IGO"),
    r("1661-nob", "Mali ordered the expulsion of the U.N. peacekeeping mission.", "SANCTION", "MLI", "IGO"),
    # 1662 expel or withdraw inspectors, observers
    r("1662-org", "Iran's atomic energy organisation expelled eight IAEA inspectors.", "SANCTION", "IRN", "IGO"),
    r("1662-sub", "After Russia expelled OSCE observers from Donetsk, the monitoring mission closed.", "SANCTION", "RUS", "IGO"),
    # 1663 expel or withdraw aid agencies
    r("1663-prp", "Burkina Faso ordered Norwegian Refugee Council staff out of the country.", "SANCTION", "BFA", "IGO"),
    r("1663-nsu", "Niger's expulsion of Medecins Sans Frontieres from Agadez was announced on Monday.", "SANCTION", "NER", "IGO"),
]

COERCE_ROWS: list[Row] = [
    # 163 impose embargo, boycott, or sanctions
    r("163-prp", "Canada imposed sanctions on Iranian officials over the crackdown.", "COERCE", "CAN", "IRN"),
    r("163-hdl", "EU slaps sanctions on Belarus potash exports", "COERCE", "IGO", "BLR"),
    # 170 coerce
    r("170-org", "China's coast guard forced Philippine fishing boats out of the shoal.", "COERCE", "CHN", "PHL"),
    r("170-sub", "After Chinese coast guard ships drove Vietnamese fishermen from the Paracels, the boats returned to Da Nang.", "COERCE", "CHN", "VNM"),
    # 171 seize or damage property
    r("171-lgt", "Iran's navy took control of a Greek oil tanker in the Gulf of Oman.", "COERCE", "IRN", "GRC"),
    r("171-crd", "Russian and Belarusian customs officers impounded Lithuanian trucks at the border.", "COERCE", "RUS BLR", "LTU"),
    # 1711 confiscate property
    r("1711-nob", "Venezuela announced the confiscation of a Colombian-owned cement plant.", "COERCE", "VEN", "COL"),
    r("1711-hdl", "Russia seizes assets of German energy firms", "COERCE", "RUS", "DEU"),
    # 1712 destroy property
    r("1712-sub", "After Israeli forces demolished Palestinian homes near Hebron, families slept in tents.", "ASSAULT", "ISR", "PSE"),
    r("1712-org", "Sudan's Rapid Support Forces burned down markets in El Geneina.", "ASSAULT", "SDN", "SDN"),
    # 172 impose administrative sanctions
    r("172-inf", "Uganda moved to revoke the operating licences of 54 Ugandan charities.", "COERCE", "UGA", "UGA"),
    r("172-prp", "Russia imposed a travel ban on British journalists.", "COERCE", "RUS", "GBR"),
    # 1721 impose restrictions on freedoms of speech and expression
    r("1721-hdl", "India blocks Pakistani news channels on YouTube", "COERCE", "IND", "PAK"),
    r("1721-lgt", "Tajikistan's government imposed a ban on criticism of the president by Tajik journalists.", "COERCE", "TJK", "TJK"),
    # 1722 ban political parties or politicians
    r("1722-nsu", "The banning of Thailand's Move Forward party by the Thai Constitutional Court was announced on Wednesday.", "COERCE", "THA", "THA"),
    r("1722-crd", "Tunisia dissolved the Ennahda party and barred its leaders from politics.", "COERCE", "TUN", "TUN"),
    # 1723 impose curfew
    r("1723-org", "Guinea's junta imposed a night curfew on residents of Conakry.", "COERCE", "GIN", "GIN"),
    r("1723-sub", "After Kenya imposed a dusk-to-dawn curfew on residents of Mombasa, the city's streets emptied.", "COERCE", "KEN", "KEN"),
    # 1724 impose state of emergency or martial law
    r("1724-hdl", "Peru declares state of emergency in three southern regions", "COERCE", "PER", "PER"),
    r("1724-prp", "Myanmar's junta imposed martial law on townships in Sagaing.", "COERCE", "MMR", "MMR"),
    # 173 arrest, detain, or charge with legal action
    r("173-nsu", "The arrest of a Chinese national by Philippine police in Manila was confirmed on Monday.", "COERCE", "PHL", "CHN"),
    r("173-crd", "Police in Zambia arrested and charged an opposition lawmaker on Friday.", "COERCE", "ZMB", "ZMB"),
    # 174 expel or deport individuals
    r("174-lgt", "Algeria carried out the deportation of hundreds of Nigerien migrants.", "COERCE", "DZA", "NER"),
    r("174-hdl", "Pakistan deports thousands of Afghans", "COERCE", "PAK", "AFG"),
    # 191 impose blockade, restrict movement
    r("191-nob", "Azerbaijan announced the closure of the Lachin road to Armenian traffic.", "COERCE", "AZE", "ARM"),
    r("191-inf", "Saudi Arabia moved to block ships bound for Yemen's Hodeidah port.", "COERCE", "SAU", "YEM"),
    # 192 occupy territory
    r("192-sub", "After Russian troops occupied the Ukrainian town of Kupiansk, residents fled.", "COERCE", "RUS", "UKR"),
    r("192-org", "Eritrea's army took control of Ethiopian border towns in Tigray.", "COERCE", "ERI", "ETH"),
]

ASSAULT_ROWS: list[Row] = [
    # 180 use unconventional violence
    r("180-hdl", "Gunmen kill 12 villagers in central Nigeria", "ASSAULT", "", "NGA"),
    r("180-nsu", "An attack by Boko Haram on a camp in Cameroon's Far North killed 15 people.", "ASSAULT", "NGA", "CMR"),
    # 181 abduct, hijack
    r("181-lgt", "Gunmen carried out the abduction of 30 pupils from a school in Nigeria's Kaduna state.", "ASSAULT", "", "NGA"),
    r("181-crd", "Somali pirates hijacked and boarded a Bangladeshi cargo ship off Somalia.", "ASSAULT", "SOM", "BGD"),
    # 182 physically assault
    r("182-prp", "Ugandan police beat opposition supporters with batons in Kampala.", "ASSAULT", "UGA", "UGA"),
    r("182-sub", "After Serbian nationalists beat a Croatian journalist in Novi Sad, the newspaper closed its office.", "ASSAULT", "SRB", "HRV"),
    # 1821 sexually assault
    r("1821-org", "Soldiers of Congo's army raped dozens of women in South Kivu, a U.N. report said.", "ASSAULT", "COD", "COD"),
    r("1821-nsu", "Sexual assaults on Rohingya women by Myanmar soldiers were documented in the report.", "ASSAULT", "MMR", "MMR"),
    # 1822 torture
    r("1822-hdl", "Syrian guards tortured Lebanese detainees, report says", "ASSAULT", "SYR", "LBN"),
    r("1822-crd", "Eritrean and Ethiopian soldiers tortured Ethiopian civilians in Tigray.", "ASSAULT", "ERI ETH", "ETH"),
    # 1823 kill by physical assault
    r("1823-sub", "After a mob in Pakistan's Punjab beat a Christian man to death, the village was sealed off.", "ASSAULT", "", "PAK"),
    r("1823-nob", "Police reported the beating to death of two Honduran migrants by Mexican gang members.", "ASSAULT", "MEX", "HND"),
    # 183 conduct suicide, car, or other non-military bombing
    r("183-sub", "After a bomb exploded at a market in Peshawar, Pakistan, killing eight, shops stayed closed.", "ASSAULT", "", "PAK"),
    r("183-org", "The Baloch Liberation Army bombed a passenger train in Pakistan's Balochistan province.", "ASSAULT", "PAK", "PAK"),
    # 1831 carry out suicide bombing
    r("1831-hdl", "Suicide bomber kills 20 at Kabul mosque", "ASSAULT", "", "AFG"),
    r("1831-nsu", "A suicide bombing by al-Shabaab at a Mogadishu hotel killed nine people on Friday.", "ASSAULT", "SOM", "SOM"),
    # 1832 carry out car bombing
    r("1832-prp", "A car bomb was detonated against a military convoy in Mali's Gao region.", "ASSAULT", "", "MLI"),
    r("1832-crd", "A car bomb exploded and killed five Colombian police officers in Cali.", "ASSAULT", "", "COL"),
    # 1833 carry out roadside bombing
    r("1833-lgt", "Insurgents planted a roadside bomb that killed four Nigerien soldiers near Tillaberi.", "ASSAULT", "", "NER"),
    r("1833-hdl", "Roadside bomb kills Syrian soldiers in Deraa", "ASSAULT", "", "SYR"),
    # 184 use as human shield
    r("184-org", "Sudan's Rapid Support Forces used civilians in El Fasher as human shields, U.N. investigators said.", "ASSAULT", "SDN", "SDN"),
    r("184-inf", "Russian troops forced Ukrainian villagers to walk ahead of their column as human shields.", "ASSAULT", "RUS", "UKR"),
    # 185 attempt to assassinate
    r("185-sub", "After gunmen tried to assassinate Haiti's interior minister, the capital was locked down.", "ASSAULT", "", "HTI"),
    r("185-nsu", "An assassination attempt by a Slovak pensioner on Slovakia's prime minister took place in Handlova.", "ASSAULT", "SVK", "SVK"),
    # 186 assassinate
    r("186-hdl", "Ecuador presidential candidate assassinated in Quito", "ASSAULT", "", "ECU"),
    r("186-prp", "Israel carried out an assassination against an Iranian nuclear scientist near Tehran.", "ASSAULT", "ISR", "IRN"),
    # 175 use tactics of violent repression
    r("175-lgt", "Bangladesh's security forces opened fire on Bangladeshi student protesters in Dhaka.", "ASSAULT", "BGD", "BGD"),
    r("175-crd", "Iranian police and Basij militiamen fired tear gas and beat protesters in Zahedan.", "ASSAULT", "IRN", "IRN"),
    # 201 engage in mass expulsion
    r("201-nsu", "The mass expulsion of Haitians by the Dominican Republic continued on Monday.", "ASSAULT", "DOM", "HTI"),
    r("201-org", "Myanmar's army drove hundreds of thousands of Rohingya into Bangladesh.", "ASSAULT", "MMR", "MMR"),
    # 190 use conventional military force
    r("190-hdl", "Thai troops attack Cambodian border posts", "ASSAULT", "THA", "KHM"),
    r("190-sub", "After Azerbaijani forces launched an offensive on Armenian positions, villagers fled.", "ASSAULT", "AZE", "ARM"),
    # 193 fight with small arms and light weapons
    r("193-crd", "Indian and Pakistani troops exchanged fire along the Line of Control.", "ASSAULT", "IND PAK", ""),
    r("193-nob", "Kenyan police reported a gun battle between Kenyan troops and al-Shabaab fighters near Lamu.", "ASSAULT", "KEN SOM", ""),
    # 194 fight with artillery and tanks
    r("194-lgt", "Russian forces carried out artillery strikes on Kharkiv overnight.", "ASSAULT", "RUS", "UKR"),
    r("194-prp", "Sudan's army fired shells at Rapid Support Forces positions in Omdurman.", "ASSAULT", "SDN", "SDN"),
    # 195 employ aerial weapons
    r("195-nsu", "Israeli air strikes on southern Lebanon killed four people on Tuesday.", "ASSAULT", "ISR", "LBN"),
    r("195-org", "The Myanmar air force bombed a village held by the Kachin Independence Army.", "ASSAULT", "MMR", "MMR"),
    # 196 violate ceasefire
    r("196-hdl", "Houthis break truce with strikes on Marib", "ASSAULT", "YEM", "YEM"),
    r("196-sub", "After Ethiopian forces broke the truce by shelling Tigrayan positions, aid flights stopped.", "ASSAULT", "ETH", "ETH"),
    # 200 use unconventional mass violence
    r("200-org", "Janjaweed militiamen massacred hundreds of Masalit civilians in West Darfur.", "ASSAULT", "SDN", "SDN"),
    r("200-crd", "Malian soldiers and allied militias killed more than 200 villagers in Moura.", "ASSAULT", "MLI", "MLI"),
    # 202 engage in mass killings
    r("202-nob", "A U.N. report described the mass killing of Tigrayan civilians by Eritrean soldiers in Axum.", "ASSAULT", "ERI", "ETH"),
    r("202-hdl", "Armed men kill 160 in Burkina Faso village massacre", "ASSAULT", "", "BFA"),
    # 203 engage in ethnic cleansing
    r("203-prp", "Bosnian Serb forces conducted ethnic cleansing against Bosniaks in Prijedor.", "ASSAULT", "BIH", "BIH"),
    r("203-sub", "After Arab militias drove Masalit families out of El Geneina, Sudan, the town was left empty.", "ASSAULT", "SDN", "SDN"),
    # 204 use weapons of mass destruction
    r("204-org", "Iraqi government forces used weapons of mass destruction against Kurdish villagers in Halabja.", "ASSAULT", "IRQ", "IRQ"),
    r("204-nsu", "The use of chemical weapons by Syrian forces against the town of Douma was confirmed by inspectors.", "ASSAULT", "SYR", "SYR"),
    # 2041 use chemical, biological, or radiological weapons
    r("2041-hdl", "Syria drops chlorine bombs on rebel-held Idlib", "ASSAULT", "SYR", "SYR"),
    r("2041-crd", "Russian troops used tear gas and chloropicrin against Ukrainian soldiers near Bakhmut.", "ASSAULT", "RUS", "UKR"),
    # 2042 detonate nuclear weapons
    r("2042-org", "The U.S. Army Air Forces detonated an atomic bomb over Nagasaki in 1945.", "ASSAULT", "USA", "JPN"),
    r("2042-sub", "After North Korea detonated a nuclear bomb underground, seismic sensors in Japan recorded a tremor.", "ASSAULT", "PRK", ""),
]

ROWS: list[Row] = (AGREE_ROWS + CONSULT_ROWS + SUPPORT_ROWS + COOPERATE_ROWS + AID_ROWS + CONCEDE_ROWS
                   + RETREAT_ROWS + INVESTIGATE_ROWS + REQUEST_ROWS + ACCUSE_ROWS + REJECT_ROWS + THREATEN_ROWS
                   + PROTEST_ROWS + MOBILIZE_ROWS + SANCTION_ROWS + COERCE_ROWS + ASSAULT_ROWS)

CONSTRUCTIONS = ("nsu", "nob", "sub", "inf", "prp", "lgt", "neg", "crd", "hdl", "org")

# the floor: the figures after the rules of test_cameo3_rules.py (the held-out figures are in the docstring)
MEASURED: dict[str, float] = {"rows": 512, "type_accuracy": 0.793, "triple_f1": 0.703, "actor_f1": 0.86,
                             "triple_accuracy": 0.674, "no_event_rate": 0.123}

# rows the code still gets wrong, with the failure seen (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "116-sub": "convention: CAMEO 116 is the codebook's SANCTION convict (i16-set3v), not the crosswalk's ACCUSE",
    "116-nsu": "convention: CAMEO 116 is the codebook's SANCTION convict (i16-set3v), not the crosswalk's ACCUSE",
    "031-nob": "wrong argument: HRV -> - for HRV -> SVN (nominal object)",
    "0311-prp": "no event (target phrase)",
    "0313-lgt": "no event (light verb)",
    "0314-org": "wrong argument: NGA -> - for NGA -> NER (organisation or title)",
    "0331-org": "no event (organisation or title)",
    "0333-nsu": "no event (nominal subject)",
    "034-sub": "no event (subordinate clause)",
    "0342-inf": "no event (infinitival)",
    "0342-lgt": "no event (light verb)",
    "0343-hdl": "no event (headline)",
    "0344-org": "no event (organisation or title)",
    "0354-prp": "wrong type: NONE - -> - for AGREE (target phrase)",
    "0354-hdl": "no event (headline)",
    "0356-org": "no event (organisation or title)",
    "036-prp": "wrong type: ASSAULT - -> - for AGREE (target phrase)",
    "038-nob": "no event (nominal object)",
    "053-inf": "wrong type: AGREE SEN -> GMB for SUPPORT (infinitival)",
    "053-lgt": "wrong type: ASSAULT PAK -> IGO for SUPPORT (light verb)",
    "055-prp": "no event (target phrase)",
    "056-sub": "wrong argument: - -> USA for VNM -> USA (subordinate clause)",
    "057-nsu": "wrong type: AGREE KGZ/TJK -> - for SUPPORT (nominal subject)",
    "060-lgt": "wrong type: COERCE CYP/GRC -> - for COOPERATE (light verb)",
    "060-prp": "wrong argument: TKM/UZB -> - for UZB -> TKM (target phrase)",
    "061-nsu": "no event (nominal subject)",
    "061-hdl": "no event (headline)",
    "064-lgt": "wrong argument: MAR -> - for MAR -> ESP (light verb)",
    "064-org": "wrong argument: IGO -> - for IGO -> NGA (organisation or title)",
    "080-hdl": "wrong argument: PAN -> - for PAN -> USA (headline)",
    "0811-sub": "no event (subordinate clause)",
    "0812-hdl": "no event (headline)",
    "082-sub": "wrong type: PROTEST LKA -> LKA for CONCEDE (subordinate clause)",
    "0831-hdl": "wrong type: RETREAT BOL -> - for CONCEDE (headline)",
    "0831-nob": "wrong type: PROTEST - -> - for CONCEDE (nominal object)",
    "0841-crd": "wrong argument: SAU/YEM -> YEM for SAU/YEM -> - (coordination)",
    "0842-prp": "wrong type: COERCE - -> - for RETREAT (target phrase)",
    "086-lgt": "no event (light verb)",
    "086-sub": "no event (subordinate clause)",
    "0862-nsu": "no event (nominal subject)",
    "0863-inf": "no event (infinitival)",
    "087-nob": "no event (nominal object)",
    "087-hdl": "no event (headline)",
    "0874-sub": "wrong argument: UKR -> UKR for UKR -> RUS (subordinate clause)",
    "0813-nob": "wrong type: COERCE - -> BGD for RETREAT (nominal object)",
    "0813-org": "wrong type: CONCEDE ECU -> ECU for RETREAT (organisation or title)",
    "0814-hdl": "wrong type: COERCE - -> - for RETREAT (headline)",
    "0814-inf": "wrong type: CONCEDE ETH -> ETH for RETREAT (infinitival)",
    "091-org": "no event (organisation or title)",
    "092-crd": "wrong argument: - -> NIC for IGO -> NIC (coordination)",
    "093-lgt": "no event (light verb)",
    "094-hdl": "no event (headline)",
    "100-inf": "wrong type: SUPPORT CAN -> - for REQUEST (infinitival)",
    "1013-nob": "no event (nominal object)",
    "1014-prp": "wrong argument: IRQ -> - for IRQ -> SYR (target phrase)",
    "1032-org": "wrong argument: UKR -> ALB/BEL/BGR/CAN/CZE/DEU/DNK/ESP/EST/FIN/FRA/GBR/GRC/HRV/HUN/ISL/ITA/LTU/LUX/LVA/MKD/MNE/NLD/NOR/POL/PRT/ROU/SVK/SVN/SWE/TUR/USA for UKR -> IGO (organisation or title)",
    "1034-crd": "no event (coordination)",
    "1041-nsu": "wrong type: RETREAT VEN -> - for REQUEST (nominal subject)",
    "1042-lgt": "no event (light verb)",
    "1043-org": "wrong argument: KEN -> - for KEN -> KEN (organisation or title)",
    "1044-nob": "wrong type: PROTEST - -> - for REQUEST (nominal object)",
    "105-org": "no event (organisation or title)",
    "1051-nsu": "no event (nominal subject)",
    "1053-prp": "wrong argument: NOR -> NOR for NOR -> ETH (target phrase)",
    "1055-nob": "no event (nominal object)",
    "106-prp": "wrong argument: TWN -> - for TWN -> CHN (target phrase)",
    "107-lgt": "no event (light verb)",
    "110-hdl": "no event (headline)",
    "1122-nsu": "wrong type: ASSAULT IGO -> - for ACCUSE (nominal subject)",
    "1123-nob": "no event (nominal object)",
    "113-inf": "wrong type: THREATEN UKR -> RUS for ACCUSE (infinitival)",
    "113-nob": "wrong type: ASSAULT ISR -> IRN for ACCUSE (nominal object)",
    "115-crd": "wrong type: ASSAULT CAN/DEU -> SYR for ACCUSE (coordination)",
    "120-hdl": "wrong type: AGREE IGO -> - for REJECT (headline)",
    "1214-crd": "wrong argument: BEL/FRA -> - for BEL/FRA -> HUN (coordination)",
    "122-neg": "wrong argument: BRA -> - for BRA -> BOL (negated act)",
    "1221-org": "no event (organisation or title)",
    "1223-crd": "no event (coordination)",
    "1224-prp": "wrong type: MOBILIZE - -> - for REJECT (target phrase)",
    "123-hdl": "wrong argument: EGY -> - for EGY -> USA (headline)",
    "1231-neg": "wrong argument: NIC -> - for NIC -> NIC (negated act)",
    "1232-nsu": "no event (nominal subject)",
    "1233-neg": "no event (negated act)",
    "1234-hdl": "wrong argument: MMR -> MMR for MMR -> IGO (headline)",
    "124-prp": "no event (target phrase)",
    "1242-hdl": "wrong argument: FRA -> - for FRA -> FRA (headline)",
    "1245-org": "no event (organisation or title)",
    "1245-hdl": "no event (headline)",
    "127-neg": "wrong argument: SRB -> SRB for SRB -> IGO (negated act)",
    "1312-nsu": "wrong argument: CHN -> - for CHN -> LTU (nominal subject)",
    "1321-nob": "wrong type: ACCUSE VNM -> VNM for THREATEN (nominal object)",
    "1323-hdl": "no event (headline)",
    "134-sub": "wrong argument: GRC -> - for GRC -> MKD (subordinate clause)",
    "1382-hdl": "wrong argument: VEN -> - for VEN -> GUY (headline)",
    "140-hdl": "wrong argument: - -> - for GEO -> GEO (headline)",
    "140-nsu": "wrong argument: - -> BGD for BGD -> BGD (nominal subject)",
    "1411-hdl": "wrong argument: - -> PER for PER -> PER (headline)",
    "1421-hdl": "no event (headline)",
    "143-crd": "no event (coordination)",
    "1431-hdl": "wrong type: REQUEST LBN -> - for PROTEST (headline)",
    "1434-hdl": "no event (headline)",
    "144-lgt": "no event (light verb)",
    "1442-nob": "wrong type: COERCE PAN -> USA for PROTEST (nominal object)",
    "1443-sub": "wrong type: COERCE - -> - for PROTEST (subordinate clause)",
    "1444-nsu": "wrong type: COERCE COD -> COD for PROTEST (nominal subject)",
    "1451-sub": "wrong type: REQUEST LKA -> - for PROTEST (subordinate clause)",
    "1451-org": "wrong type: REQUEST KEN -> KEN for PROTEST (organisation or title)",
    "1452-nob": "wrong argument: - -> - for FRA -> FRA (nominal object)",
    "1453-prp": "wrong argument: - -> - for CMR -> CMR (target phrase)",
    "1454-crd": "wrong type: ASSAULT MOZ -> MOZ for PROTEST (coordination)",
    "150-hdl": "no event (headline)",
    "151-org": "wrong argument: FRA -> FRA for FRA -> - (organisation or title)",
    "151-sub": "wrong argument: BEL -> BEL for BEL -> - (subordinate clause)",
    "152-crd": "wrong argument: ARM/AZE -> ARM for ARM/AZE -> - (coordination)",
    "153-nob": "wrong argument: KEN -> KEN for KEN -> - (nominal object)",
    "153-hdl": "no event (headline)",
    "161-nsu": "no event (nominal subject)",
    "162-lgt": "wrong type: AID SWE -> UGA for SANCTION (light verb)",
    "165-lgt": "wrong type: CONSULT QAT -> SDN for SANCTION (light verb)",
    "1662-sub": "wrong argument: RUS -> UKR for RUS -> IGO (subordinate clause)",
    "1663-nsu": "no event (nominal subject)",
    "163-prp": "wrong type: SANCTION CAN -> IRN for COERCE (target phrase)",
    "163-hdl": "wrong type: SANCTION IGO -> BLR for COERCE (headline)",
    "170-sub": "no event (subordinate clause)",
    "171-lgt": "wrong type: ASSAULT IRN -> - for COERCE (light verb)",
    "172-prp": "wrong type: SANCTION RUS -> GBR for COERCE (target phrase)",
    "1722-nsu": "wrong argument: THA -> - for THA -> THA (nominal subject)",
    "1722-crd": "wrong argument: TUN -> - for TUN -> TUN (coordination)",
    "173-crd": "wrong type: ACCUSE ZMB -> ZMB for COERCE (coordination)",
    "191-nob": "no event (nominal object)",
    "191-inf": "no event (infinitival)",
    "192-sub": "wrong type: ASSAULT RUS -> UKR for COERCE (subordinate clause)",
    "192-org": "wrong type: ASSAULT ERI -> - for COERCE (organisation or title)",
    "180-hdl": "wrong argument: NGA -> NGA for - -> NGA (headline)",
    "181-lgt": "wrong argument: NGA -> NGA for - -> NGA (light verb)",
    "181-crd": "wrong argument: SOM -> - for SOM -> BGD (coordination)",
    "182-sub": "no event (subordinate clause)",
    "1823-sub": "wrong type: PROTEST - -> PAK for ASSAULT (subordinate clause)",
    "1823-nob": "no event (nominal object)",
    "183-sub": "wrong argument: PAK -> - for - -> PAK (subordinate clause)",
    "1831-hdl": "wrong argument: AFG -> - for - -> AFG (headline)",
    "1831-nsu": "wrong argument: SOM -> - for SOM -> SOM (nominal subject)",
    "1832-prp": "wrong argument: MLI -> - for - -> MLI (target phrase)",
    "1832-crd": "wrong argument: COL -> COL for - -> COL (coordination)",
    "1833-lgt": "wrong argument: NER -> - for - -> NER (light verb)",
    "1833-hdl": "wrong argument: SYR -> SYR for - -> SYR (headline)",
    "184-org": "wrong argument: SDN -> - for SDN -> SDN (organisation or title)",
    "184-inf": "no event (infinitival)",
    "186-hdl": "wrong argument: ECU -> ECU for - -> ECU (headline)",
    "186-prp": "wrong argument: ISR -> - for ISR -> IRN (target phrase)",
    "201-org": "no event (organisation or title)",
    "193-nob": "wrong argument: KEN -> - for KEN/SOM -> - (nominal object)",
    "194-prp": "no event (target phrase)",
    "195-org": "wrong argument: MMR -> - for MMR -> MMR (organisation or title)",
    "200-crd": "wrong argument: MLI -> - for MLI -> MLI (coordination)",
    "202-hdl": "wrong argument: BFA -> BFA for - -> BFA (headline)",
    "203-prp": "wrong argument: BIH -> - for BIH -> BIH (target phrase)",
    "203-sub": "wrong type: COERCE - -> SDN for ASSAULT (subordinate clause)",
    "204-org": "wrong argument: IRQ -> - for IRQ -> IRQ (organisation or title)",
    "204-nsu": "no event (nominal subject)",
    "2041-crd": "wrong argument: RUS -> - for RUS -> UKR (coordination)",
    "2042-org": "wrong argument: USA -> - for USA -> JPN (organisation or title)",
}


def test_two_rows_per_code_in_two_constructions() -> None:
    lay = cameo_probe_layout(ROWS, GAPS, CONSTRUCTIONS)
    assert (lay["rows"], lay["max_id"], len(lay["codes"]), set(lay["codes"].values())) == (512, 1, 256, {2})
    assert lay["same_kind"] == [] and not lay["unknown_kinds"] and not lay["stray_gaps"]
    assert set(lay["kinds"]) == set(CONSTRUCTIONS) and min(lay["kinds"].values()) >= 10, lay["kinds"]
    assert len(lay["types"]) == 16


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_cameo3_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def test_cameo3_scores_hold_their_floor() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []


probe_scores = partial(plover_probe_scores, ROWS)  # the PLOVER evaluation's metrics on the rows
