"""A second CAMEO-code probe of PLOVER coding: two invented sentences per CAMEO leaf code.

The held-out PLOVER records are edited CAMEO-manual examples, about one per CAMEO code. The first
CAMEO probe (``test_cameo_probe.py``) was tuned on after it was written, so its score is no longer
a held-out estimate; this one was written before any rule of its branch (i16-cameo2) and measured
once on main. It goes code by code through the 2021 CAMEO → PLOVER crosswalk
(``../shared/reference/CAMEO2PLOVER-2021.txt``, the 256 leaf and root codes it maps; 01x and 02x have
no PLOVER type there), two sentences per code, each written from the code's description alone, in
two different constructions named by the row id's suffix:

* ``led``: an active lede with a time phrase and a trailing attribution;
* ``pas``: a passive or an agentless report;
* ``nom``: a nominal event ("the expulsion of", "Japan's pledge of", "the signing of");
* ``quo``: a quoted act, the claimant not the doer ("officials in X said Y had ...");
* ``two``: two acts in one sentence, the main clause's the one coded;
* ``tit``: officials by title ("the Bolivian foreign minister");
* ``cap``: capitals standing for their governments ("Ankara", "Doha").

The parties come from every region and side, small states included. The expected type is the
crosswalk's (so a sentence is ACCUSE 116, a promised retreat AGREE 035x, a declared truce RETREAT
0871, sanctions imposed COERCE 163, property destroyed and mass expulsion ASSAULT). Source and
target follow the PLOVER manual as the other probes read it: symmetric events (talks, calls,
meetings at a third place, negotiations, signed agreements, joint operations, two-sided clashes,
a truce) code both parties as a compound source and no target; a mediator is the source and the
parties the target; a visit, told by the visitor or by the host, has the visitor as source and the
host as target (manual 3.2.2, ``host_visits`` in ``rules.yaml``; the dev records keep CAMEO 043's host as
source); a protest's target is the country where it is held; an agentless act (a bomb, a
suicide bomber, gunmen) has no source and the victims' country as target (the dev records give the
scene's country, a convention gap of the other probes too); a quoted act is coded for its doer; a
state's organs, forces, citizens and domestic groups carry its country code; international
organisations and NGOs are ``IGO``.

Scored as the PLOVER evaluation scores dev records (``tests.builders.plover_probe_scores``): type
accuracy of the most confident counted event, (type, source, target) F1 and actor-code F1 over all
counted events, the main event's triple accuracy and the share of rows with no counted event. A
row holds when the most confident counted event is the expected triple; rows still failing are
strict xfails in ``GAPS``, with the failure seen.

Measured on main before any rule (a2bf694; 512 rows, the answers written first; the held-out
estimate): type accuracy 0.771, triple F1 0.644, actor F1 0.809, triple accuracy 0.611, no counted
event on 0.137 of the rows. By construction (type / triple F1 / actor F1): active lede 0.857 / 0.695
/ 0.822, passive or agentless 0.833 / 0.526 / 0.788, nominal event 0.343 / 0.200 / 0.427, quoted act
0.816 / 0.723 / 0.865, two acts 0.808 / 0.655 / 0.872, official by title 0.847 / 0.732 / 0.877,
capital as government 0.818 / 0.743 / 0.892.
After the rules of ``test_cameo2_rules.py`` (branch i16-cameo2, written against this probe, so no
longer a held-out estimate): type accuracy 0.789, triple F1 0.661, actor F1 0.824, triple accuracy
0.635, no counted event on 0.119 of the rows. By construction (type / triple F1 / actor F1): active
lede 0.857 / 0.707 / 0.828, passive or agentless 0.833 / 0.526 / 0.788, nominal event 0.457 / 0.333
/ 0.586, quoted act 0.837 / 0.745 / 0.872, two acts 0.808 / 0.655 / 0.863, official by title 0.847 /
0.727 / 0.877, capital as government 0.818 / 0.743 / 0.892.
After the rules of ``test_cameo3_rules.py`` (branch i16-cameo3): type accuracy 0.801, triple F1
0.677, actor F1 0.833, triple accuracy 0.652, no counted event on 0.113 of the rows.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import (
    plover_probe_scores,
    plover_probe_shortfalls,
    plover_row_params,
    triple_row_result,
)

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def r(rid: str, text: str, plover: str, source: str, target: str) -> Row:
    """A probe row: id ``CODE-construction``, text, PLOVER type, source and target codes (spaced)."""
    return rid, text, plover, tuple(source.split()), tuple(target.split())


AGREE_ROWS: list[Row] = [
    # 030 express intent to cooperate
    r("030-led", "Ghana said on Tuesday it was ready to deepen cooperation with Togo across every field, a government spokesman told reporters.", "AGREE", "GHA", "TGO"),
    r("030-quo", "Officials in Bern said the Austrian government had offered to work more closely with Switzerland on border management.", "AGREE", "AUT", "CHE"),
    # 031 agree to engage in material cooperation
    r("031-cap", "Canberra agreed on Monday to join Wellington in a shared fisheries patrol programme, the Australian trade ministry said.", "AGREE", "AUS NZL", ""),
    r("031-nom", "Uruguay's decision to take part in a joint infrastructure scheme with Paraguay was announced in Montevideo on Friday.", "AGREE", "URY", "PRY"),
    # 0311 express intent to cooperate economically
    r("0311-tit", "The Malaysian trade minister pledged to expand economic cooperation with Brunei during a visit to Bandar Seri Begawan on Wednesday.", "AGREE", "MYS", "BRN"),
    r("0311-two", "Kazakhstan promised to boost trade with Kyrgyzstan on Thursday as officials from both countries inspected a new border crossing.", "AGREE", "KAZ", "KGZ"),
    # 0312 express intent to cooperate militarily
    r("0312-led", "Poland said on Sunday it intends to expand military cooperation with Lithuania, the Polish defence ministry said in a statement.", "AGREE", "POL", "LTU"),
    r("0312-cap", "Hanoi is willing to strengthen defence ties with New Delhi, the Vietnamese government said on Saturday.", "AGREE", "VNM", "IND"),
    # 0313 express intent to cooperate on judicial matters
    r("0313-nom", "Morocco's offer to cooperate with Spain on judicial matters, including the transfer of prisoners, was welcomed in Madrid.", "AGREE", "MAR", "ESP"),
    r("0313-tit", "The Bolivian justice minister said his country was prepared to assist Peru in prosecuting cross-border smuggling cases.", "AGREE", "BOL", "PER"),
    # 0314 express intent to cooperate on intelligence
    r("0314-led", "Jordan said on Wednesday that it would share intelligence on militant networks with Iraq, according to state television.", "AGREE", "JOR", "IRQ"),
    r("0314-quo", "A Kenyan security official said Tanzania had offered to exchange intelligence with Kenya on smuggling routes.", "AGREE", "TZA", "KEN"),
    # 032 express intent to engage in diplomatic cooperation
    r("032-cap", "Oslo said on Tuesday it would back Colombia's bid for a seat on the UN Security Council, the Norwegian foreign ministry said.", "AGREE", "NOR", "COL"),
    r("032-tit", "The Senegalese foreign minister promised to support Gambia's candidacy for the chairmanship of the regional bloc.", "AGREE", "SEN", "GMB"),
    # 033 express intent to provide material aid
    r("033-led", "Qatar pledged on Monday to send fuel and generators to Lebanon, the Qatari state news agency reported.", "AGREE", "QAT", "LBN"),
    r("033-nom", "Japan's promise of new assistance to Sri Lanka came during talks in Colombo on Thursday.", "AGREE", "JPN", "LKA"),
    # 0331 express intent to provide economic aid
    r("0331-tit", "The Saudi finance minister pledged 500 million dollars in budget support to Pakistan, officials in Islamabad said on Friday.", "AGREE", "SAU", "PAK"),
    r("0331-cap", "Beijing will provide a soft loan to Laos to help it service its debts, the Chinese embassy in Vientiane said.", "AGREE", "CHN", "LAO"),
    # 0332 express intent to provide military aid
    r("0332-led", "Turkey said on Thursday it would supply armed drones to Azerbaijan, a Turkish defence official said.", "AGREE", "TUR", "AZE"),
    r("0332-quo", "Estonian officials said Denmark had promised to send more artillery shells to Ukraine.", "AGREE", "DNK", "UKR"),
    # 0333 express intent to provide humanitarian aid
    r("0333-nom", "The European Union's pledge of emergency food assistance to Madagascar was announced after the cyclone.", "AGREE", "IGO", "MDG"),
    r("0333-two", "Ireland promised humanitarian aid to Somalia on Wednesday after UN agencies warned of famine in the south.", "AGREE", "IRL", "SOM"),
    # 0334 express intent to provide military protection or peacekeeping
    r("0334-tit", "The Rwandan defence minister said his country was ready to contribute peacekeepers to a force in the Central African Republic.", "AGREE", "RWA", "CAF"),
    r("0334-led", "Fiji offered on Tuesday to send troops to a peacekeeping mission in Lebanon, the Fijian military said.", "AGREE", "FJI", "LBN"),
    # 034 express intent to bring political reform
    r("034-tit", "The Tunisian president promised on Sunday to restore parliamentary powers within a year, state media reported.", "AGREE", "TUN", "TUN"),
    r("034-quo", "Opposition leaders in Harare said the Zimbabwean government had promised them electoral reforms before the vote.", "AGREE", "ZWE", "ZWE"),
    # 0341 express intent to change leadership
    r("0341-led", "Haiti's interim prime minister said on Friday he would step down once a transitional council is sworn in, his office said.", "AGREE", "HTI", ""),
    r("0341-nom", "The Peruvian president's announcement that he would hand power to a caretaker cabinet surprised Lima.", "AGREE", "PER", ""),
    # 0342 express intent to change policy
    r("0342-cap", "Brasilia said on Wednesday it would review its policy on forest clearance, the Brazilian environment ministry said.", "AGREE", "BRA", "BRA"),
    r("0342-tit", "The Nigerian central bank governor promised to reverse the currency policy after meeting union leaders in Abuja.", "AGREE", "NGA", "NGA"),
    # 0343 express intent to provide rights
    r("0343-led", "Kuwait pledged on Monday to grant citizenship rights to stateless residents, the Kuwaiti cabinet said in a statement.", "AGREE", "KWT", "KWT"),
    r("0343-two", "Uzbekistan promised to guarantee freedom of worship as it released a report on religious affairs on Tuesday.", "AGREE", "UZB", "UZB"),
    # 0344 express intent to change institutions, regime
    r("0344-nom", "The Thai government's pledge to draft a new constitution was welcomed by opposition parties in Bangkok.", "AGREE", "THA", "THA"),
    r("0344-quo", "Malian civil society groups said the junta in Bamako had promised to hand power to an elected civilian government.", "AGREE", "MLI", "MLI"),
    # 035 express intent to yield
    r("035-led", "Armenia said on Thursday it was prepared to cede four border villages to Azerbaijan, the Armenian prime minister's office said.", "AGREE", "ARM", "AZE"),
    r("035-cap", "Belgrade signalled it would accept the court's ruling in its dispute with Croatia, the Serbian government said.", "AGREE", "SRB", "HRV"),
    # 0351 express intent to ease administrative sanctions
    r("0351-tit", "The Egyptian interior minister said travel bans on several rights activists would be lifted next month.", "AGREE", "EGY", "EGY"),
    r("0351-nom", "Bahrain's promise to lift the ban on opposition newspapers was announced on Tuesday.", "AGREE", "BHR", "BHR"),
    # 0352 express intent to ease popular dissent
    r("0352-led", "Leaders of the striking miners in Bolivia said on Sunday they would call off their protests if the government reopened talks.", "AGREE", "BOL", "BOL"),
    r("0352-quo", "The Kenyan interior ministry said opposition leaders had agreed to suspend their weekly demonstrations.", "AGREE", "KEN", "KEN"),
    # 0353 express intent to release persons or property
    r("0353-cap", "Tehran is ready to free two detained French citizens, the Iranian foreign ministry said on Monday.", "AGREE", "IRN", "FRA"),
    r("0353-two", "Venezuela offered on Thursday to release jailed American citizens, a day after talks with US envoys in Caracas.", "AGREE", "VEN", "USA"),
    # 0354 express intent to ease economic sanctions, boycott, embargo
    r("0354-tit", "The British foreign secretary said London would lift sanctions on Syria's central bank if political reforms went ahead.", "AGREE", "GBR", "SYR"),
    r("0354-led", "Canada said on Friday it was prepared to ease its trade embargo on Belarus, according to a government statement.", "AGREE", "CAN", "BLR"),
    # 0355 express intent to allow international involvement
    r("0355-nom", "Myanmar's pledge to admit a team of UN human rights monitors was reported by state media on Wednesday.", "AGREE", "MMR", "IGO"),
    r("0355-quo", "UN officials said Eritrea had agreed to let international observers into its border areas.", "AGREE", "ERI", "IGO"),
    # 0356 express intent to de-escalate military engagement
    r("0356-led", "India said on Tuesday it was willing to pull troops back from the disputed border area with China, an army spokesman said.", "AGREE", "IND", "CHN"),
    r("0356-cap", "Kinshasa offered to halt its offensive against the M23 rebels, the Congolese government said on Saturday.", "AGREE", "COD", "COD"),
    # 036 express intent to meet or negotiate
    r("036-tit", "The Cypriot president said he was ready to meet the Turkish Cypriot leader without preconditions.", "AGREE", "CYP", "CYP"),
    r("036-led", "Ethiopia said on Monday it would hold talks with Egypt on the Nile dam next month, the Ethiopian foreign ministry said.", "AGREE", "ETH", "EGY"),
    # 037 express intent to settle dispute
    r("037-nom", "Guyana's offer to settle its border dispute with Venezuela through the world court was repeated in Georgetown.", "AGREE", "GUY", "VEN"),
    r("037-cap", "Dhaka is willing to resolve the maritime dispute with Naypyidaw peacefully, the Bangladeshi foreign ministry said on Tuesday.", "AGREE", "BGD", "MMR"),
    # 038 express intent to accept mediation
    r("038-led", "Sudan said on Wednesday it would accept mediation by the African Union in its conflict with South Sudan, state radio said.", "AGREE", "SDN", "IGO"),
    r("038-quo", "Western diplomats said Somalia had agreed to Turkish mediation in its dispute with Ethiopia.", "AGREE", "SOM", "TUR"),
    # 039 express intent to mediate
    r("039-tit", "The Omani foreign minister offered to mediate between Iran and the United States, the Omani news agency said on Sunday.", "AGREE", "OMN", "IRN USA"),
    r("039-cap", "Ankara said on Friday it was ready to mediate between Moscow and Kyiv.", "AGREE", "TUR", "RUS UKR"),
]

CONSULT_ROWS: list[Row] = [
    # 040 consult
    r("040-led", "Lebanese and Syrian officials held consultations in Beirut on Tuesday on the return of refugees, the Lebanese presidency said.", "CONSULT", "LBN SYR", ""),
    r("040-nom", "Talks between Chile and Argentina on a shared gas pipeline resumed in Mendoza on Monday.", "CONSULT", "CHL ARG", ""),
    # 041 discuss by telephone
    r("041-tit", "The Japanese prime minister spoke by telephone with the South Korean president on Thursday about North Korea's missile launches.", "CONSULT", "JPN KOR", ""),
    r("041-cap", "Riyadh and Tehran discussed the Yemen conflict in a phone call between their foreign ministers on Saturday, Saudi state media said.", "CONSULT", "SAU IRN", ""),
    # 042 make a visit
    r("042-led", "The Indonesian president arrived in Canberra on Monday for a two-day official visit, the Australian government said.", "CONSULT", "IDN", "AUS"),
    r("042-nom", "The Pope's visit to Mongolia, the first by a pontiff, began on Friday.", "CONSULT", "VAT", "MNG"),
    # 043 host a visit
    r("043-tit", "The Ghanaian president hosted his Ivorian counterpart in Accra on Wednesday for talks on cocoa prices.", "CONSULT", "CIV", "GHA"),
    r("043-cap", "Budapest welcomed a Chinese trade delegation on Tuesday, the Hungarian foreign ministry said.", "CONSULT", "CHN", "HUN"),
    # 044 meet at a third location
    r("044-led", "Serbian and Kosovar negotiators met in Brussels on Thursday, the European Union said.", "CONSULT", "SRB XKX", ""),
    r("044-two", "The leaders of Rwanda and Burundi met in Luanda on Saturday after weeks of border incidents.", "CONSULT", "RWA BDI", ""),
    # 045 engage in mediation
    r("045-cap", "Doha hosted indirect talks between Washington and the Taliban on Sunday, the Qatari foreign ministry said.", "CONSULT", "QAT", "USA AFG"),
    r("045-tit", "The Kenyan president mediated talks between the government of South Sudan and rebel leaders in Nairobi on Friday.", "CONSULT", "KEN", "SSD"),
    # 046 engage in negotiation
    r("046-led", "Greece and North Macedonia negotiated for a third day in Athens on Wednesday over the name dispute, officials said.", "CONSULT", "GRC MKD", ""),
    r("046-nom", "Negotiations between Israel and Lebanon over their maritime border continued in Naqoura on Monday.", "CONSULT", "ISR LBN", ""),
]

SUPPORT_ROWS: list[Row] = [
    # 050 engage in diplomatic cooperation
    r("050-led", "Portugal and Brazil coordinated their positions at the climate summit on Tuesday, the Portuguese foreign ministry said.", "SUPPORT", "PRT BRA", ""),
    r("050-cap", "Tashkent and Dushanbe restored diplomatic cooperation on Thursday after years of tension, officials said.", "SUPPORT", "UZB TJK", ""),
    # 051 praise or endorse
    r("051-tit", "The Chilean president praised Ecuador's handling of the election on Monday, his office said.", "SUPPORT", "CHL", "ECU"),
    r("051-quo", "Diplomats in Abuja said Ghana had commended Nigeria's peacekeeping role in the region.", "SUPPORT", "GHA", "NGA"),
    # 052 defend verbally
    r("052-led", "Russia on Wednesday defended Belarus against Western criticism of its elections, the Russian foreign ministry said.", "SUPPORT", "RUS", "BLR"),
    r("052-cap", "Beijing defended Islamabad's counter-terrorism record at the United Nations on Friday.", "SUPPORT", "CHN", "PAK"),
    # 053 rally support on behalf of
    r("053-nom", "Algeria's campaign to rally African support for the Sahrawi independence movement intensified at the summit.", "SUPPORT", "DZA", "ESH"),
    r("053-tit", "The Cuban foreign minister urged Latin American states to stand behind Venezuela on Tuesday.", "SUPPORT", "CUB", "VEN"),
    # 054 grant diplomatic recognition
    r("054-led", "Honduras recognised the People's Republic of China on Sunday, the Honduran foreign ministry announced.", "SUPPORT", "HND", "CHN"),
    r("054-pas", "Diplomatic recognition was granted to Kosovo by Kenya on Thursday, officials in Pristina said.", "SUPPORT", "KEN", "XKX"),
    # 055 apologize
    r("055-tit", "The Dutch prime minister apologised to Indonesia on Friday for violence during the colonial war.", "SUPPORT", "NLD", "IDN"),
    r("055-cap", "Tokyo apologised to Seoul on Monday over remarks by a Japanese official, the Japanese foreign ministry said.", "SUPPORT", "JPN", "KOR"),
    # 056 forgive
    r("056-led", "Rwanda said on Wednesday it had forgiven Belgium for its colonial past, a Rwandan government spokeswoman said.", "SUPPORT", "RWA", "BEL"),
    r("056-quo", "Armenian officials said the Georgian government had pardoned two Armenian truck drivers convicted of smuggling.", "SUPPORT", "GEO", "ARM"),
    # 057 sign formal agreement
    r("057-led", "Egypt and Sudan signed a defence agreement in Khartoum on Tuesday, the Egyptian presidency said.", "SUPPORT", "EGY SDN", ""),
    r("057-nom", "The signing of a free trade agreement between Singapore and Chile took place in Santiago on Friday.", "SUPPORT", "SGP CHL", ""),
]

COOPERATE_ROWS: list[Row] = [
    # 060 engage in material cooperation
    r("060-led", "Senegal and Mauritania began jointly operating a gas field off their coast on Monday, the Senegalese energy ministry said.", "COOPERATE", "SEN MRT", ""),
    r("060-two", "Peru and Ecuador worked together to rebuild a border bridge on Thursday, weeks after agreeing a reconstruction fund.", "COOPERATE", "PER ECU", ""),
    # 061 cooperate economically
    r("061-cap", "Ankara and Baku launched a joint railway project on Sunday, the Turkish transport ministry said.", "COOPERATE", "TUR AZE", ""),
    r("061-nom", "Economic cooperation between Vietnam and Laos expanded with the opening of a joint industrial zone on Wednesday.", "COOPERATE", "VNM LAO", ""),
    # 062 cooperate militarily
    r("062-led", "Philippine and Japanese coast guard vessels held joint drills in the South China Sea on Tuesday, the Philippine coast guard said.", "COOPERATE", "PHL JPN", ""),
    r("062-tit", "The Moroccan army chief and his Mauritanian counterpart launched joint border patrols on Friday.", "COOPERATE", "MAR MRT", ""),
    # 063 engage in judicial cooperation
    r("063-led", "Colombia extradited a drug trafficker to the United States on Wednesday, the Colombian attorney general's office said.", "COOPERATE", "COL", "USA"),
    r("063-pas", "A suspect in the Nairobi bombing was handed over to Kenya by Uganda on Monday, police said.", "COOPERATE", "UGA", "KEN"),
    # 064 share intelligence or information
    r("064-cap", "Amman passed intelligence on a planned attack to Paris, the Jordanian government said on Saturday.", "COOPERATE", "JOR", "FRA"),
    r("064-quo", "Malaysian police said Indonesian intelligence had shared information with Malaysia on a smuggling ring.", "COOPERATE", "IDN", "MYS"),
]

AID_ROWS: list[Row] = [
    # 070 provide aid
    r("070-led", "Norway delivered emergency supplies to Mozambique on Friday, the Norwegian embassy in Maputo said.", "AID", "NOR", "MOZ"),
    r("070-nom", "India's shipment of medicines to Myanmar arrived in Yangon on Tuesday.", "AID", "IND", "MMR"),
    # 071 provide economic aid
    r("071-tit", "The Emirati finance minister handed a 1 billion dollar deposit to Egypt's central bank on Thursday.", "AID", "ARE", "EGY"),
    r("071-pas", "Ukraine was given a 2 billion euro loan by the European Union on Wednesday, officials in Kyiv said.", "AID", "IGO", "UKR"),
    # 072 provide military aid
    r("072-led", "The United States delivered Patriot missile batteries to Poland on Monday, the Pentagon said.", "AID", "USA", "POL"),
    r("072-cap", "Moscow supplied attack helicopters to Bamako on Saturday, the Malian army said.", "AID", "RUS", "MLI"),
    # 073 provide humanitarian aid
    r("073-quo", "Aid officials in Port-au-Prince said Dominican trucks had delivered food and water to Haiti.", "AID", "DOM", "HTI"),
    r("073-two", "Turkey flew tents and blankets to Syria on Tuesday after the earthquake killed hundreds near Aleppo.", "AID", "TUR", "SYR"),
    # 074 provide military protection or peacekeeping
    r("074-led", "Kenyan troops deployed to Haiti on Tuesday to lead the multinational security mission, the Kenyan army said.", "AID", "KEN", "HTI"),
    r("074-nom", "The deployment of Bangladeshi peacekeepers to South Sudan was completed on Friday, the UN said.", "AID", "BGD", "SSD"),
    # 075 grant asylum
    r("075-tit", "The Mexican foreign minister granted asylum to a former Ecuadorian vice president on Wednesday.", "AID", "MEX", "ECU"),
    r("075-pas", "Political asylum was granted to two Belarusian journalists in Lithuania on Monday, their lawyer said.", "AID", "LTU", "BLR"),
]

CONCEDE_ROWS: list[Row] = [
    # 080 yield
    r("080-led", "Guatemala gave in to Mexican pressure on Thursday and dropped its claim to the disputed fishing grounds, officials said.", "CONCEDE", "GTM", "MEX"),
    r("080-cap", "Bucharest backed down on Monday in its dispute with Chisinau over water rights, the Romanian government said.", "CONCEDE", "ROU", "MDA"),
    # 081 ease administrative sanctions
    r("081-tit", "The Algerian interior minister lifted a ban on public gatherings in Algiers on Wednesday.", "CONCEDE", "DZA", "DZA"),
    r("081-pas", "Restrictions on foreign journalists were eased in Ethiopia on Tuesday, the Ethiopian media authority said.", "CONCEDE", "ETH", "ETH"),
    # 0811 ease restrictions on political freedoms
    r("0811-led", "Vietnam relaxed restrictions on independent bloggers on Friday, the Vietnamese information ministry said.", "CONCEDE", "VNM", "VNM"),
    r("0811-nom", "Cuba's easing of limits on public assembly was announced in Havana on Sunday.", "CONCEDE", "CUB", "CUB"),
    # 0812 ease ban on political parties or politicians
    r("0812-tit", "The Bangladeshi election commissioner lifted a ban on the Jamaat party on Monday, allowing it to contest the vote.", "CONCEDE", "BGD", "BGD"),
    r("0812-quo", "Opposition officials in Bangui said the Central African government had lifted its ban on their party.", "CONCEDE", "CAF", "CAF"),
    # 082 ease political dissent
    r("082-led", "Striking teachers in Chad called off their walkout on Tuesday, the teachers' union said.", "CONCEDE", "TCD", "TCD"),
    r("082-two", "Protesters in Lima ended their sit-in on Saturday after the Peruvian congress approved a new pension law.", "CONCEDE", "PER", "PER"),
    # 083 accede to demands for political reform
    r("083-cap", "Amman bowed to opposition demands on Wednesday and agreed to reform the electoral law, the Jordanian government said.", "CONCEDE", "JOR", "JOR"),
    r("083-tit", "The Gabonese president yielded to opposition demands for political reform on Thursday, state television said.", "CONCEDE", "GAB", "GAB"),
    # 0831 accede to demands for change in leadership
    r("0831-led", "The Sri Lankan prime minister resigned on Monday after weeks of protests demanding his departure, his office said.", "CONCEDE", "LKA", "LKA"),
    r("0831-nom", "The resignation of Burkina Faso's army chief, demanded by protesters, was announced in Ouagadougou.", "CONCEDE", "BFA", "BFA"),
    # 0832 accede to demands for change in policy
    r("0832-led", "Kenya scrapped a contested finance bill on Wednesday after protesters demanded its withdrawal, the Kenyan president said.", "CONCEDE", "KEN", "KEN"),
    r("0832-cap", "Paris gave in to farmers' demands on Friday and dropped a planned diesel tax, the French government said.", "CONCEDE", "FRA", "FRA"),
    # 0833 accede to demands for rights
    r("0833-tit", "The Saudi king granted women the right to vote in municipal elections after years of petitions, state media reported.", "CONCEDE", "SAU", "SAU"),
    r("0833-pas", "Indigenous land rights demanded by Mapuche groups were recognised by Chile on Tuesday, officials said.", "CONCEDE", "CHL", "CHL"),
    # 0834 accede to demands for change in institutions, regime
    r("0834-led", "Sudan's military council agreed on Sunday to hand power to a civilian-led council, meeting a key protester demand, state media said.", "CONCEDE", "SDN", "SDN"),
    r("0834-quo", "Opposition leaders in Lome said the Togolese government had accepted their demand to restore presidential term limits.", "CONCEDE", "TGO", "TGO"),
]

RETREAT_ROWS: list[Row] = [
    # 084 return, release
    r("084-led", "Azerbaijan returned five Armenian soldiers to Armenia on Wednesday, the Azerbaijani foreign ministry said.", "RETREAT", "AZE", "ARM"),
    r("084-nom", "Colombia's handover of two captured Venezuelan guardsmen took place at the Cucuta bridge on Friday.", "RETREAT", "COL", "VEN"),
    # 0841 return, release person(s)
    r("0841-pas", "Three Thai fishermen were freed by Myanmar on Monday, the Thai foreign ministry said.", "RETREAT", "MMR", "THA"),
    r("0841-cap", "Pyongyang released a detained Australian student on Thursday, the Australian government said.", "RETREAT", "PRK", "AUS"),
    # 0842 return, release property
    r("0842-tit", "The German culture minister returned looted bronzes to Nigeria on Tuesday at a ceremony in Abuja.", "RETREAT", "DEU", "NGA"),
    r("0842-led", "Iran released a seized British-flagged tanker on Friday, the Iranian ports authority said.", "RETREAT", "IRN", "GBR"),
    # 085 ease economic sanctions, boycott, embargo
    r("085-led", "The United States lifted sanctions on Sudan's banking sector on Monday, the US Treasury said.", "RETREAT", "USA", "SDN"),
    r("085-nom", "The European Union's lifting of its arms embargo on Liberia was approved in Brussels on Wednesday.", "RETREAT", "IGO", "LBR"),
    # 086 allow international involvement
    r("086-cap", "Caracas allowed a team of UN human rights officials to open an office in the country, the Venezuelan government said on Tuesday.", "RETREAT", "VEN", "IGO"),
    r("086-tit", "The Ethiopian prime minister allowed African Union monitors into Tigray on Sunday, his office said.", "RETREAT", "ETH", "IGO"),
    # 0861 receive deployment of peacekeepers
    r("0861-led", "Somalia received a new contingent of Burundian peacekeepers on Monday, the Somali defence ministry said.", "RETREAT", "SOM", "BDI"),
    r("0861-two", "South Sudan admitted Nepalese peacekeepers on Friday, a week after signing a status-of-forces deal with the UN.", "RETREAT", "SSD", "NPL"),
    # 0862 receive inspectors
    r("0862-led", "Iran admitted inspectors from the International Atomic Energy Agency to the Fordow site on Saturday, Iranian media said.", "RETREAT", "IRN", "IGO"),
    r("0862-quo", "IAEA officials said Syria had let their inspectors visit a suspected reactor site.", "RETREAT", "SYR", "IGO"),
    # 0863 allow delivery of humanitarian aid
    r("0863-cap", "Addis Ababa allowed aid convoys to enter Tigray on Wednesday, the Ethiopian government said.", "RETREAT", "ETH", "ETH"),
    r("0863-nom", "Israel's opening of the Kerem Shalom crossing to aid trucks for Gaza was confirmed on Thursday.", "RETREAT", "ISR", "PSE"),
    # 087 de-escalate military engagement
    r("087-led", "Russia pulled troops back from the border with Ukraine on Monday, the Russian defence ministry said.", "RETREAT", "RUS", "UKR"),
    r("087-tit", "The Pakistani army chief ordered a reduction of forces along the Line of Control with India on Tuesday.", "RETREAT", "PAK", "IND"),
    # 0871 declare truce, ceasefire
    r("0871-led", "Armenia and Azerbaijan declared a ceasefire on Saturday after three days of fighting, the Russian foreign ministry said.", "RETREAT", "ARM AZE", ""),
    r("0871-nom", "A truce between the Yemeni government and the Houthis took effect at midnight, the UN envoy said.", "RETREAT", "YEM", ""),
    # 0872 ease military blockade
    r("0872-cap", "Baku eased its blockade of the Lachin corridor to Armenia on Thursday, the Azerbaijani government said.", "RETREAT", "AZE", "ARM"),
    r("0872-pas", "The naval blockade of Yemen's Hodeidah port was partially lifted by the Saudi-led coalition on Monday.", "RETREAT", "SAU", "YEM"),
    # 0873 demobilize armed forces
    r("0873-led", "Colombia demobilised 800 former FARC fighters on Wednesday, the Colombian peace commissioner said.", "RETREAT", "COL", "COL"),
    r("0873-two", "The Central African government disbanded two militia units on Friday after a disarmament deal with the rebels.", "RETREAT", "CAF", "CAF"),
    # 0874 retreat or surrender militarily
    r("0874-led", "Ukrainian troops withdrew from the town of Avdiivka on Saturday, the Ukrainian army said.", "RETREAT", "UKR", ""),
    r("0874-pas", "Hundreds of Islamic State fighters surrendered to Kurdish forces in eastern Syria on Tuesday, a Syrian Kurdish spokesman said.", "RETREAT", "SYR", "SYR"),
    # 0813 ease curfew
    r("0813-led", "Sri Lanka lifted a nationwide curfew on Monday, the Sri Lankan police said.", "RETREAT", "LKA", "LKA"),
    r("0813-tit", "The Guinean interior minister shortened the night curfew in Conakry on Friday.", "RETREAT", "GIN", "GIN"),
    # 0814 ease state of emergency or martial law
    r("0814-cap", "Quito lifted the state of emergency in three coastal provinces on Tuesday, the Ecuadorian government said.", "RETREAT", "ECU", "ECU"),
    r("0814-nom", "The Thai government's lifting of martial law in the southern provinces was announced on Sunday.", "RETREAT", "THA", "THA"),
]

INVESTIGATE_ROWS: list[Row] = [
    # 090 investigate
    r("090-led", "Panama opened an investigation into the sinking of a Colombian cargo ship on Thursday, the Panamanian maritime authority said.", "ACCUSE", "PAN", "COL"),
    r("090-pas", "An inquiry into the collapse of the Chinese-built bridge was opened by Kenya on Tuesday.", "ACCUSE", "KEN", "CHN"),
    # 091 investigate crime, corruption
    r("091-tit", "The Nigerian anti-graft chief launched an investigation into the former oil minister on Monday.", "ACCUSE", "NGA", "NGA"),
    r("091-led", "South African prosecutors opened a corruption probe into the state power utility on Wednesday, the National Prosecuting Authority said.", "ACCUSE", "ZAF", "ZAF"),
    # 092 investigate human rights abuses
    r("092-nom", "The UN Human Rights Council's inquiry into abuses in Eritrea began on Friday.", "ACCUSE", "IGO", "ERI"),
    r("092-cap", "Bogota opened an investigation into killings of social leaders by Colombian soldiers, the Colombian government said on Saturday.", "ACCUSE", "COL", "COL"),
    # 093 investigate military action
    r("093-led", "Israel's army opened an investigation on Sunday into an air strike that killed aid workers in Gaza, the Israeli military said.", "ACCUSE", "ISR", "ISR"),
    r("093-quo", "Mexican officials said the Guatemalan army was investigating a shooting by its soldiers on the border.", "ACCUSE", "GTM", "GTM"),
    # 094 investigate war crimes
    r("094-tit", "The International Criminal Court prosecutor opened an investigation into alleged war crimes in Sudan's Darfur on Thursday.", "ACCUSE", "IGO", "SDN"),
    r("094-two", "Ukraine launched a war crimes investigation into Russian forces on Monday after bodies were found in a liberated village.", "ACCUSE", "UKR", "RUS"),
]

REQUEST_ROWS: list[Row] = [
    # 100 request
    r("100-led", "Nepal asked India on Tuesday to reopen border trade points, the Nepali foreign ministry said.", "REQUEST", "NPL", "IND"),
    r("100-nom", "Kyrgyzstan's request to Russia for a rescheduling of gas payments was discussed in Bishkek on Friday.", "REQUEST", "KGZ", "RUS"),
    # 101 demand material cooperation
    r("101-tit", "The Ugandan energy minister urged Tanzania to speed up work on the joint oil pipeline on Thursday.", "REQUEST", "UGA", "TZA"),
    r("101-cap", "Tbilisi called on Yerevan on Monday to take part in a regional railway project, the Georgian government said.", "REQUEST", "GEO", "ARM"),
    # 1011 demand economic cooperation
    r("1011-led", "Argentina urged Brazil on Wednesday to lower tariffs on Argentine wheat, the Argentine economy ministry said.", "REQUEST", "ARG", "BRA"),
    r("1011-quo", "Business leaders in Dhaka said the Bangladeshi government had asked Japan to invest in its new economic zones.", "REQUEST", "BGD", "JPN"),
    # 1012 demand military cooperation
    r("1012-tit", "The Lithuanian defence minister asked Germany on Friday to station a full brigade in Lithuania.", "REQUEST", "LTU", "DEU"),
    r("1012-nom", "Niger's request for joint military patrols with Algeria along their border was made in Niamey on Tuesday.", "REQUEST", "NER", "DZA"),
    # 1013 demand judicial cooperation
    r("1013-led", "Turkey asked Sweden on Monday to extradite 20 suspects it accuses of terrorism, the Turkish justice ministry said.", "REQUEST", "TUR", "SWE"),
    r("1013-cap", "Kyiv requested that Warsaw hand over a suspect in the pipeline sabotage, Ukrainian prosecutors said on Thursday.", "REQUEST", "UKR", "POL"),
    # 1014 demand intelligence cooperation
    r("1014-tit", "The Malian army spokesman called on Algeria to share intelligence on jihadist movements near the border.", "REQUEST", "MLI", "DZA"),
    r("1014-led", "Pakistan asked Afghanistan on Saturday to provide information on militant hideouts, the Pakistani foreign office said.", "REQUEST", "PAK", "AFG"),
    # 102 demand diplomatic cooperation
    r("102-cap", "Belgrade urged Madrid on Wednesday to keep refusing to recognise Kosovo, the Serbian foreign ministry said.", "REQUEST", "SRB", "ESP"),
    r("102-quo", "Diplomats in Addis Ababa said Somalia had asked Djibouti to back its position at the African Union.", "REQUEST", "SOM", "DJI"),
    # 103 demand aid
    r("103-led", "Malawi appealed to the World Bank for assistance on Monday after floods destroyed crops, the Malawian government said.", "REQUEST", "MWI", "IGO"),
    r("103-nom", "Tonga's appeal to Australia for help after the volcanic eruption was received in Canberra on Sunday.", "REQUEST", "TON", "AUS"),
    # 1031 demand economic aid
    r("1031-tit", "The Sri Lankan president asked China on Thursday for a new loan to cover fuel imports.", "REQUEST", "LKA", "CHN"),
    r("1031-cap", "Islamabad sought an emergency bailout from the International Monetary Fund on Tuesday, the Pakistani finance ministry said.", "REQUEST", "PAK", "IGO"),
    # 1032 demand military aid
    r("1032-led", "Moldova asked the United States on Wednesday for air defence systems, the Moldovan defence ministry said.", "REQUEST", "MDA", "USA"),
    r("1032-two", "Mozambique requested troops from Rwanda on Friday after insurgents overran a port town in Cabo Delgado.", "REQUEST", "MOZ", "RWA"),
    # 1033 demand humanitarian aid
    r("1033-nom", "Libya's appeal for international humanitarian aid after the Derna floods was issued on Monday.", "REQUEST", "LBY", ""),
    r("1033-led", "Vanuatu asked New Zealand on Thursday for emergency shelter and water after the cyclone, the Vanuatu government said.", "REQUEST", "VUT", "NZL"),
    # 1034 demand military protection or peacekeeping
    r("1034-tit", "The Haitian prime minister called on the United Nations to send an armed force to Port-au-Prince on Saturday.", "REQUEST", "HTI", "IGO"),
    r("1034-quo", "Officials in Bangui said the Central African Republic had asked Rwanda for troops to protect the capital.", "REQUEST", "CAF", "RWA"),
    # 104 demand political reform
    r("104-led", "The European Union urged Georgia on Tuesday to reform its judiciary, an EU spokesman said.", "REQUEST", "IGO", "GEO"),
    r("104-cap", "Washington pressed Phnom Penh on Friday to carry out democratic reforms, the US State Department said.", "REQUEST", "USA", "KHM"),
    # 1041 demand change in leadership
    r("1041-tit", "The Kenyan opposition leader demanded the resignation of the electoral commission chairman on Sunday.", "REQUEST", "KEN", "KEN"),
    r("1041-nom", "ECOWAS's call for Guinea's junta leader to step down was repeated at the summit in Accra on Saturday.", "REQUEST", "IGO", "GIN"),
    # 1042 demand policy change
    r("1042-led", "Mexico urged the United States on Monday to change its asylum policy, the Mexican foreign ministry said.", "REQUEST", "MEX", "USA"),
    r("1042-quo", "Brazilian diplomats said Paraguay had demanded that Brazil revise its tariff on Itaipu electricity.", "REQUEST", "PRY", "BRA"),
    # 1043 demand rights
    r("1043-led", "Tibetan exiles in India demanded religious freedom from China on Wednesday, their spokesman said.", "REQUEST", "CHN", "CHN"),
    r("1043-two", "Kurdish lawmakers in Ankara demanded language rights on Tuesday as the Turkish parliament debated the budget.", "REQUEST", "TUR", "TUR"),
    # 1044 demand change in institutions, regime
    r("1044-cap", "Brussels called on Minsk on Thursday to hold new elections under international supervision, the European Commission said.", "REQUEST", "IGO", "BLR"),
    r("1044-tit", "The Thai opposition leader demanded on Sunday that the military-appointed Senate be abolished.", "REQUEST", "THA", "THA"),
    # 105 demand that target yields
    r("105-led", "China demanded on Monday that the Philippines remove a grounded ship from the Second Thomas Shoal, the Chinese foreign ministry said.", "REQUEST", "CHN", "PHL"),
    r("105-nom", "Morocco's demand that Algeria drop its support for the Polisario Front was repeated in Rabat on Friday.", "REQUEST", "MAR", "DZA"),
    # 1051 demand easing of administrative sanctions
    r("1051-tit", "The Russian foreign minister demanded that Latvia lift restrictions on Russian-language schools.", "REQUEST", "RUS", "LVA"),
    r("1051-led", "Hungary urged Ukraine on Wednesday to scrap limits on minority-language education, the Hungarian foreign ministry said.", "REQUEST", "HUN", "UKR"),
    # 1052 demand easing of popular dissent
    r("1052-cap", "Lima called on protesters on Saturday to lift their roadblocks in the south, the Peruvian government said.", "REQUEST", "PER", "PER"),
    r("1052-quo", "The Bolivian interior minister said the government had urged coca growers to end their demonstrations.", "REQUEST", "BOL", "BOL"),
    # 1053 demand release of persons or property
    r("1053-led", "Australia demanded on Tuesday that China release a detained Australian writer, the Australian foreign minister said.", "REQUEST", "AUS", "CHN"),
    r("1053-nom", "Britain's call for Iran to free the seized tanker was issued in London on Saturday.", "REQUEST", "GBR", "IRN"),
    # 1054 demand easing of economic sanctions, boycott, embargo
    r("1054-tit", "The Cuban president demanded on Monday that the United States end its economic embargo.", "REQUEST", "CUB", "USA"),
    r("1054-cap", "Tehran urged Brussels to lift sanctions on Iranian oil exports, the Iranian foreign ministry said on Friday.", "REQUEST", "IRN", "IGO"),
    # 1055 demand that target allows international involvement
    r("1055-led", "The United Nations urged Myanmar on Thursday to allow an independent investigation team into Rakhine state, a UN spokesman said.", "REQUEST", "IGO", "MMR"),
    r("1055-two", "Norway asked Sri Lanka to admit foreign observers on Tuesday, a week after the disputed vote count.", "REQUEST", "NOR", "LKA"),
    # 1056 demand de-escalation of military engagement
    r("1056-led", "Egypt urged Israel on Sunday to halt its offensive in Rafah, the Egyptian foreign ministry said.", "REQUEST", "EGY", "ISR"),
    r("1056-quo", "African Union officials said Kenya had called on Ethiopia and Eritrea to pull their troops back from the border.", "REQUEST", "KEN", "ETH ERI"),
    # 106 demand meeting, negotiation
    r("106-cap", "Seoul called on Pyongyang on Monday to return to the negotiating table, the South Korean unification ministry said.", "REQUEST", "KOR", "PRK"),
    r("106-tit", "The Palestinian president asked Israel on Friday to resume direct negotiations.", "REQUEST", "PSE", "ISR"),
    # 107 demand settling of dispute
    r("107-led", "Slovenia urged Croatia on Wednesday to settle their border dispute by arbitration, the Slovenian government said.", "REQUEST", "SVN", "HRV"),
    r("107-nom", "Bolivia's demand that Chile negotiate an end to their sea-access dispute was repeated in La Paz on Monday.", "REQUEST", "BOL", "CHL"),
    # 108 demand mediation
    r("108-led", "Sudan's army asked Saudi Arabia on Tuesday to mediate with the Rapid Support Forces, a Sudanese military spokesman said.", "REQUEST", "SDN", "SAU"),
    r("108-quo", "Diplomats in Nairobi said Somalia had asked Kenya to mediate its dispute with the breakaway Somaliland region.", "REQUEST", "SOM", "KEN"),
]

ACCUSE_ROWS: list[Row] = [
    # 110 disapprove
    r("110-led", "Spain expressed disapproval on Thursday of Morocco's decision to expand its fishing zone, the Spanish foreign ministry said.", "ACCUSE", "ESP", "MAR"),
    r("110-cap", "Athens voiced its displeasure with Ankara on Monday over a new survey ship mission, the Greek foreign ministry said.", "ACCUSE", "GRC", "TUR"),
    # 111 criticize or denounce
    r("111-tit", "The Venezuelan foreign minister denounced Guyana on Wednesday for granting new oil concessions in the disputed region.", "ACCUSE", "VEN", "GUY"),
    r("111-nom", "Iran's condemnation of Sweden over the Koran burning was delivered in Tehran on Friday.", "ACCUSE", "IRN", "SWE"),
    # 112 accuse
    r("112-led", "Ethiopia accused Sudan on Sunday of arming rebels in its western region, an Ethiopian government spokesman said.", "ACCUSE", "ETH", "SDN"),
    r("112-quo", "Officials in Kinshasa said Burundi had accused Rwanda of backing rebels who attacked its border.", "ACCUSE", "BDI", "RWA"),
    # 1121 accuse of crime, corruption
    r("1121-cap", "Manila accused Beijing on Tuesday of illegal fishing in its waters, the Philippine foreign ministry said.", "ACCUSE", "PHL", "CHN"),
    r("1121-tit", "The Malaysian anti-corruption chief accused a former finance minister of taking bribes on Thursday.", "ACCUSE", "MYS", "MYS"),
    # 1122 accuse of human rights abuses
    r("1122-led", "Human Rights Watch accused Egypt on Monday of torturing detained protesters, the rights group said in a report.", "ACCUSE", "IGO", "EGY"),
    r("1122-nom", "Canada's accusation that Iran abuses women protesters was repeated in Ottawa on Wednesday.", "ACCUSE", "CAN", "IRN"),
    # 1123 accuse of aggression
    r("1123-led", "Azerbaijan accused Armenia on Friday of shelling its positions along the border, the Azerbaijani defence ministry said.", "ACCUSE", "AZE", "ARM"),
    r("1123-two", "Venezuela accused Colombia of aggression on Monday as it closed two border crossings.", "ACCUSE", "VEN", "COL"),
    # 1124 accuse of war crimes
    r("1124-tit", "The Ukrainian prosecutor general accused Russian troops of war crimes in Kherson on Tuesday.", "ACCUSE", "UKR", "RUS"),
    r("1124-quo", "Namibian officials said South Africa had accused Israel of genocide at the world court.", "ACCUSE", "ZAF", "ISR"),
    # 1125 accuse of espionage, treason
    r("1125-led", "Iran accused a detained Swedish citizen of spying for Israel on Saturday, the Iranian judiciary said.", "ACCUSE", "IRN", "SWE"),
    r("1125-cap", "Moscow accused an Estonian diplomat of espionage on Wednesday, the Russian security service said.", "ACCUSE", "RUS", "EST"),
    # 113 rally opposition against
    r("113-led", "Ukraine urged African states on Thursday to oppose Russia's grain blockade, the Ukrainian foreign minister said.", "ACCUSE", "UKR", "RUS"),
    r("113-nom", "Pakistan's campaign to rally Muslim countries against India's policy in Kashmir continued at the OIC meeting.", "ACCUSE", "PAK", "IND"),
    # 114 complain officially
    r("114-tit", "The Indonesian foreign minister lodged a formal protest with Australia on Tuesday over the spying allegations.", "ACCUSE", "IDN", "AUS"),
    r("114-pas", "A formal complaint was filed with the United Nations by Guyana against Venezuela on Monday.", "ACCUSE", "GUY", "VEN"),
    # 115 bring lawsuit against
    r("115-led", "Gambia filed a genocide case against Myanmar at the International Court of Justice on Monday, the Gambian justice ministry said.", "ACCUSE", "GMB", "MMR"),
    r("115-cap", "Kyiv sued Moscow at the world court on Friday over the downing of the airliner, the Ukrainian government said.", "ACCUSE", "UKR", "RUS"),
    # 116 find guilty or liable
    r("116-led", "A court in Uganda convicted an opposition lawmaker of incitement on Wednesday, his lawyer said.", "ACCUSE", "UGA", "UGA"),
    r("116-pas", "A former Guatemalan president was found guilty of corruption by a Guatemalan court on Thursday.", "ACCUSE", "GTM", "GTM"),
]

REJECT_ROWS: list[Row] = [
    # 120 reject
    r("120-led", "Serbia rejected a Croatian proposal on missing persons on Tuesday, the Serbian government said.", "REJECT", "SRB", "HRV"),
    r("120-cap", "Baghdad turned down Ankara's offer on water sharing, the Iraqi water ministry said on Friday.", "REJECT", "IRQ", "TUR"),
    # 121 reject material cooperation
    r("121-tit", "The Nicaraguan president refused on Monday to take part in a regional energy grid with Costa Rica.", "REJECT", "NIC", "CRI"),
    r("121-nom", "Bhutan's refusal to join China's infrastructure scheme was made public on Wednesday.", "REJECT", "BTN", "CHN"),
    # 1211 reject economic cooperation
    r("1211-led", "India pulled out of the regional trade pact talks with China on Monday, the Indian commerce ministry said.", "REJECT", "IND", "CHN"),
    r("1211-quo", "Officials in Bogota said Ecuador had rejected a Colombian proposal for a joint customs zone.", "REJECT", "ECU", "COL"),
    # 1212 reject military cooperation
    r("1212-cap", "Jakarta rejected a proposal from Washington for joint naval patrols on Thursday, the Indonesian military said.", "REJECT", "IDN", "USA"),
    r("1212-tit", "The Swiss defence minister refused on Tuesday to join NATO's air defence initiative.", "REJECT", "CHE", "IGO"),
    # 1213 reject judicial cooperation
    r("1213-led", "Russia refused on Wednesday to extradite a suspected hacker to the United States, the Russian justice ministry said.", "REJECT", "RUS", "USA"),
    r("1213-pas", "Extradition of the former Peruvian president was refused by the United States on Friday, officials in Lima said.", "REJECT", "USA", "PER"),
    # 1214 reject intelligence cooperation
    r("1214-tit", "The Pakistani interior minister refused to share intelligence on the bombing with Afghanistan on Sunday.", "REJECT", "PAK", "AFG"),
    r("1214-nom", "Turkey's refusal to give Sweden its files on Kurdish militants was confirmed in Ankara on Monday.", "REJECT", "TUR", "SWE"),
    # 122 reject request for material aid
    r("122-led", "Germany turned down a Polish request for more funds on Tuesday, the German finance ministry said.", "REJECT", "DEU", "POL"),
    r("122-cap", "Ottawa refused Port-au-Prince's request for patrol boats, the Canadian government said on Thursday.", "REJECT", "CAN", "HTI"),
    # 1221 reject demand for economic aid
    r("1221-tit", "The IMF managing director rejected Zambia's request for a new loan on Wednesday.", "REJECT", "IGO", "ZMB"),
    r("1221-quo", "Greek officials said the Netherlands had rejected Greece's appeal for more debt relief.", "REJECT", "NLD", "GRC"),
    # 1222 reject demand for military aid
    r("1222-led", "Israel rejected a Ukrainian request for Iron Dome batteries on Sunday, the Israeli defence ministry said.", "REJECT", "ISR", "UKR"),
    r("1222-two", "Germany refused to send tanks to Ukraine on Friday despite a plea from Kyiv's allies.", "REJECT", "DEU", "UKR"),
    # 1223 reject demand for humanitarian aid
    r("1223-nom", "Myanmar's refusal of Bangladeshi aid for cyclone victims was announced in Naypyidaw on Monday.", "REJECT", "MMR", "BGD"),
    r("1223-cap", "Pyongyang rejected Seoul's offer of flood relief, the North Korean state news agency said on Tuesday.", "REJECT", "PRK", "KOR"),
    # 1224 reject demand for military protection or peacekeeping
    r("1224-led", "Mali rejected calls for a UN peacekeeping force on Thursday, the Malian transitional government said.", "REJECT", "MLI", "IGO"),
    r("1224-tit", "The Sudanese army chief refused on Monday to accept African Union peacekeepers in Darfur.", "REJECT", "SDN", "IGO"),
    # 123 reject demand for political reform
    r("123-led", "Cambodia rejected European demands for electoral reform on Friday, the Cambodian government said.", "REJECT", "KHM", "IGO"),
    r("123-quo", "Opposition figures in Minsk said the Belarusian leader had refused their demands for constitutional reform.", "REJECT", "BLR", "BLR"),
    # 1231 reject demand for change in leadership
    r("1231-tit", "The Zimbabwean president rejected opposition calls for his resignation on Saturday.", "REJECT", "ZWE", "ZWE"),
    r("1231-cap", "Caracas dismissed Washington's call for the Venezuelan president to step down, the Venezuelan government said on Monday.", "REJECT", "VEN", "USA"),
    # 1232 reject demand for policy change
    r("1232-led", "Hungary rejected EU demands to change its asylum law on Wednesday, the Hungarian government spokesman said.", "REJECT", "HUN", "IGO"),
    r("1232-nom", "Australia's refusal to change its offshore detention policy was confirmed in Canberra on Tuesday.", "REJECT", "AUS", ""),
    # 1233 reject demand for rights
    r("1233-cap", "Tehran rejected demands from Iranian women's groups for an end to compulsory veiling, Iranian state media said.", "REJECT", "IRN", "IRN"),
    r("1233-tit", "The Bahraini justice minister refused to recognise the rights of Shiite clerics to preach freely on Tuesday.", "REJECT", "BHR", "BHR"),
    # 1234 reject demand for change in institutions, regime
    r("1234-led", "Egypt's government rejected calls by opposition parties for a new constitution on Sunday, state media said.", "REJECT", "EGY", "EGY"),
    r("1234-quo", "Opposition leaders in Kampala said Uganda's ruling party had rejected their demand to restore term limits.", "REJECT", "UGA", "UGA"),
    # 124 decline to yield
    r("124-led", "China refused on Monday to withdraw its coast guard ships from waters near the Senkaku islands, the Chinese foreign ministry said.", "REJECT", "CHN", "JPN"),
    r("124-cap", "London refused to give up sovereignty over the Chagos Islands on Tuesday, the British government said.", "REJECT", "GBR", "MUS"),
    # 1241 decline to ease administrative sanctions
    r("1241-tit", "The Ethiopian information minister refused on Friday to lift the suspension of an Ethiopian newspaper's licence.", "REJECT", "ETH", "ETH"),
    r("1241-led", "Nicaragua declined to restore the legal status of 200 charities on Monday, the Nicaraguan interior ministry said.", "REJECT", "NIC", "NIC"),
    # 1242 decline to ease popular dissent
    r("1242-led", "Striking doctors in Nigeria refused on Wednesday to call off their walkout, the Nigerian medical association said.", "REJECT", "NGA", "NGA"),
    r("1242-two", "Farmers in Punjab vowed to continue their protest on Sunday after the Indian government offered new talks.", "REJECT", "IND", "IND"),
    # 1243 decline to release persons or property
    r("1243-cap", "Moscow refused to free the jailed American reporter, the Russian foreign ministry said on Monday.", "REJECT", "RUS", "USA"),
    r("1243-nom", "Iran's refusal to release the detained French teacher was confirmed in Tehran on Tuesday.", "REJECT", "IRN", "FRA"),
    # 1244 decline to ease economic sanctions
    r("1244-led", "The United States refused on Thursday to lift sanctions on Venezuela's oil sector, the US Treasury said.", "REJECT", "USA", "VEN"),
    r("1244-tit", "The Japanese trade minister declined to ease export controls on South Korea on Friday.", "REJECT", "JPN", "KOR"),
    # 1245 decline to allow international involvement
    r("1245-led", "Eritrea refused on Monday to allow UN human rights investigators into the country, the Eritrean information ministry said.", "REJECT", "ERI", "IGO"),
    r("1245-quo", "UN officials said Syria had refused entry to inspectors from the chemical weapons watchdog.", "REJECT", "SYR", "IGO"),
    # 1246 decline to de-escalate military engagement
    r("1246-cap", "Jerusalem rejected calls from Washington to halt the Rafah operation, the Israeli prime minister's office said on Sunday.", "REJECT", "ISR", "USA"),
    r("1246-tit", "The Russian defence minister refused on Wednesday to pull troops back from the Ukrainian border.", "REJECT", "RUS", "UKR"),
    # 125 reject proposal to meet, discuss, negotiate
    r("125-led", "North Korea rejected a South Korean offer of talks on Tuesday, the North Korean state news agency said.", "REJECT", "PRK", "KOR"),
    r("125-nom", "Azerbaijan's refusal to meet Armenian negotiators in Granada was announced in Baku on Wednesday.", "REJECT", "AZE", "ARM"),
    # 126 reject mediation
    r("126-led", "India rejected an offer by the United States to mediate in Kashmir on Friday, the Indian foreign ministry said.", "REJECT", "IND", "USA"),
    r("126-cap", "Addis Ababa turned down Kenyan mediation in its dispute with Cairo, the Ethiopian government said on Monday.", "REJECT", "ETH", "KEN"),
    # 127 reject plan, agreement to settle dispute
    r("127-led", "Hamas rejected the Egyptian ceasefire proposal on Thursday, a Hamas spokesman said.", "REJECT", "PSE", "EGY"),
    r("127-quo", "Greek Cypriot officials said Turkey had rejected the UN plan to reunify Cyprus.", "REJECT", "TUR", "IGO"),
    # 128 defy norms, law
    r("128-led", "Iran defied the International Atomic Energy Agency on Monday by enriching uranium to 90 percent, Iranian media said.", "REJECT", "IRN", "IGO"),
    r("128-tit", "The Polish prime minister defied a ruling of the European Court of Justice on the judiciary on Tuesday.", "REJECT", "POL", "IGO"),
    # 129 veto
    r("129-led", "Russia vetoed a UN Security Council resolution on Mali on Wednesday, the UN said.", "REJECT", "RUS", "IGO"),
    r("129-cap", "Washington vetoed a draft resolution on Gaza at the Security Council on Friday, the US mission said.", "REJECT", "USA", "IGO"),
]

THREATEN_ROWS: list[Row] = [
    # 130 threaten
    r("130-led", "Venezuela threatened Guyana on Monday with unspecified consequences over the oil licences, the Venezuelan government said.", "THREATEN", "VEN", "GUY"),
    r("130-quo", "Officials in Chisinau said Russia had threatened Moldova over its plans to join the European Union.", "THREATEN", "RUS", "MDA"),
    # 131 threaten non-force
    r("131-cap", "Beijing threatened Vilnius with consequences on Tuesday over the Taiwanese office, the Chinese foreign ministry said.", "THREATEN", "CHN", "LTU"),
    r("131-tit", "The Turkish foreign minister warned Sweden on Thursday of consequences if it hosted the Kurdish rally.", "THREATEN", "TUR", "SWE"),
    # 1311 threaten to reduce or stop aid
    r("1311-led", "The United States threatened on Friday to cut aid to Uganda over its anti-gay law, the US State Department said.", "THREATEN", "USA", "UGA"),
    r("1311-nom", "The Netherlands' threat to halt development assistance to Burundi was announced in The Hague on Monday.", "THREATEN", "NLD", "BDI"),
    # 1312 threaten to boycott, embargo, or sanction
    r("1312-tit", "The EU foreign policy chief threatened Serbia with sanctions on Wednesday over the Kosovo violence.", "THREATEN", "IGO", "SRB"),
    r("1312-cap", "Washington threatened to impose sanctions on Ankara over its purchase of Russian missiles, the US State Department said on Tuesday.", "THREATEN", "USA", "TUR"),
    # 1313 threaten to reduce or break relations
    r("1313-led", "Morocco threatened on Sunday to cut diplomatic ties with Germany over its stance on Western Sahara, the Moroccan foreign ministry said.", "THREATEN", "MAR", "DEU"),
    r("1313-quo", "Paraguayan officials said Taiwan had warned Paraguay it would break relations if Asuncion recognised Beijing.", "THREATEN", "TWN", "PRY"),
    # 132 threaten with administrative sanctions
    r("132-led", "Russia threatened on Thursday to fine independent Russian news sites for failing to remove banned content, the Russian media regulator said.", "THREATEN", "RUS", "RUS"),
    r("132-tit", "The Kenyan interior minister warned on Monday that NGOs failing to register would be deregistered.", "THREATEN", "KEN", "KEN"),
    # 1321 threaten restrictions on freedoms of speech and expression
    r("1321-cap", "New Delhi threatened to block the online accounts of Indian farmers' unions, the Indian IT ministry said on Wednesday.", "THREATEN", "IND", "IND"),
    r("1321-led", "Tanzania warned newspapers on Friday that it would shut down outlets critical of the president, the Tanzanian information ministry said.", "THREATEN", "TZA", "TZA"),
    # 1322 threaten to ban political parties or politicians
    r("1322-tit", "The Cambodian prime minister threatened on Tuesday to ban the Candlelight Party from the elections.", "THREATEN", "KHM", "KHM"),
    r("1322-nom", "Pakistan's threat to outlaw Imran Khan's party was made by the information minister in Islamabad.", "THREATEN", "PAK", "PAK"),
    # 1323 threaten to impose curfew
    r("1323-led", "Ecuador warned on Monday that it would impose a curfew in Guayaquil if the violence continued, the Ecuadorian interior ministry said.", "THREATEN", "ECU", "ECU"),
    r("1323-quo", "Residents of Freetown said Sierra Leone's police had threatened to impose a curfew on the city.", "THREATEN", "SLE", "SLE"),
    # 1324 threaten state of emergency or martial law
    r("1324-cap", "Lima threatened to declare a state of emergency in Puno on Saturday, the Peruvian prime minister said.", "THREATEN", "PER", "PER"),
    r("1324-tit", "The Philippine president warned on Sunday that he might declare martial law in Mindanao.", "THREATEN", "PHL", "PHL"),
    # 133 threaten with political dissent, protest
    r("133-led", "Kenyan teachers threatened on Thursday to go on strike over unpaid allowances, the Kenya National Union of Teachers said.", "THREATEN", "KEN", "KEN"),
    r("133-two", "Opposition parties in Senegal threatened mass protests on Monday after the president postponed the election.", "THREATEN", "SEN", "SEN"),
    # 134 threaten to halt negotiations
    r("134-led", "Iran threatened on Wednesday to pull out of the nuclear talks in Vienna, the Iranian foreign ministry said.", "THREATEN", "IRN", ""),
    r("134-tit", "The Colombian president warned the ELN rebels on Friday that he would suspend peace talks if attacks continued.", "THREATEN", "COL", "COL"),
    # 135 threaten to halt mediation
    r("135-cap", "Doha threatened to end its mediation between Israel and Hamas, the Qatari foreign ministry said on Tuesday.", "THREATEN", "QAT", "ISR PSE"),
    r("135-nom", "Norway's threat to abandon its role as mediator in Sri Lanka was issued in Oslo on Monday.", "THREATEN", "NOR", "LKA"),
    # 136 threaten to halt international involvement
    r("136-led", "Mali threatened on Thursday to expel the UN peacekeeping mission, the Malian foreign ministry said.", "THREATEN", "MLI", "IGO"),
    r("136-quo", "Diplomats in Kinshasa said the Congolese government had threatened to expel the UN mission.", "THREATEN", "COD", "IGO"),
    # 137 threaten with violent repression
    r("137-tit", "The Iranian police chief warned protesters on Saturday that they would be crushed if they took to the streets.", "THREATEN", "IRN", "IRN"),
    r("137-led", "Zimbabwe's army warned the opposition on Monday that any protest would be met with force, the army spokesman said.", "THREATEN", "ZWE", "ZWE"),
    # 138 threaten with military force
    r("138-led", "North Korea threatened on Tuesday to use military force against South Korea over the propaganda leaflets, KCNA said.", "THREATEN", "PRK", "KOR"),
    r("138-cap", "Ankara threatened to launch a military operation against Kurdish militias in Syria, the Turkish president said on Monday.", "THREATEN", "TUR", "SYR"),
    # 1381 threaten blockade
    r("1381-tit", "The Chinese defence minister threatened on Friday to blockade Taiwan's ports.", "THREATEN", "CHN", "TWN"),
    r("1381-nom", "Azerbaijan's threat to close the Lachin corridor to Armenian traffic was issued in Baku on Wednesday.", "THREATEN", "AZE", "ARM"),
    # 1382 threaten occupation
    r("1382-led", "Israel threatened on Sunday to reoccupy the Gaza Strip, the Israeli defence minister said.", "THREATEN", "ISR", "PSE"),
    r("1382-quo", "Officials in Georgia said Russia had threatened to occupy more Georgian territory.", "THREATEN", "RUS", "GEO"),
    # 1383 threaten unconventional violence
    r("1383-led", "The Pakistani Taliban threatened on Wednesday to bomb government offices in Peshawar, a spokesman for the group said.", "THREATEN", "PAK", "PAK"),
    r("1383-two", "Al-Shabaab threatened suicide attacks in Nairobi on Monday as Kenyan troops advanced in southern Somalia.", "THREATEN", "SOM", "KEN"),
    # 1384 threaten conventional attack
    r("1384-cap", "Tehran threatened to strike Israeli cities if attacked, the Iranian army chief said on Thursday.", "THREATEN", "IRN", "ISR"),
    r("1384-tit", "The Houthi military spokesman threatened on Friday to attack Saudi oil facilities.", "THREATEN", "YEM", "SAU"),
    # 1385 threaten attack with WMD
    r("1385-led", "North Korea threatened on Saturday to use nuclear weapons against the United States, state media said.", "THREATEN", "PRK", "USA"),
    r("1385-nom", "Russia's threat to use nuclear weapons in Ukraine was repeated by the Kremlin on Monday.", "THREATEN", "RUS", "UKR"),
    # 139 give ultimatum
    r("139-led", "ECOWAS gave Niger's junta an ultimatum on Sunday to reinstate the president within a week, the bloc said.", "THREATEN", "IGO", "NER"),
    r("139-cap", "Baku gave Yerevan a 24-hour ultimatum to withdraw its forces from the border villages, the Azerbaijani defence ministry said.", "THREATEN", "AZE", "ARM"),
]

PROTEST_ROWS: list[Row] = [
    # 140 engage in political dissent
    r("140-led", "Georgian opposition activists staged a sit-in outside parliament in Tbilisi on Monday, organisers said.", "PROTEST", "GEO", "GEO"),
    r("140-nom", "Dissent against the Tunisian president grew on Friday as lawyers walked out of courts across Tunisia.", "PROTEST", "TUN", "TUN"),
    # 141 demonstrate or rally
    r("141-led", "Thousands of Serbians rallied in Belgrade on Saturday against the lithium mine, police said.", "PROTEST", "SRB", "SRB"),
    r("141-pas", "A rally against the French pension reform was held in Paris on Thursday by several trade unions.", "PROTEST", "FRA", "FRA"),
    # 1411 demonstrate for leadership change
    r("1411-led", "Protesters in Colombo demanded the president's resignation on Sunday, Sri Lankan police said.", "PROTEST", "LKA", "LKA"),
    r("1411-two", "Tens of thousands of Armenians marched in Yerevan on Wednesday to demand the prime minister quit after the border deal.", "PROTEST", "ARM", "ARM"),
    # 1412 demonstrate for policy change
    r("1412-cap", "Thousands of Israelis demonstrated in Tel Aviv on Saturday against the judicial overhaul, organisers said.", "PROTEST", "ISR", "ISR"),
    r("1412-nom", "A march by Nigerian students against fee increases took place in Lagos on Tuesday.", "PROTEST", "NGA", "NGA"),
    # 1413 demonstrate for rights
    r("1413-led", "Hundreds of Afghan women protested in Kabul on Monday to demand the right to education, witnesses said.", "PROTEST", "AFG", "AFG"),
    r("1413-tit", "The Indian opposition leader led a march in Delhi on Friday for the rights of Dalit workers.", "PROTEST", "IND", "IND"),
    # 1414 demonstrate for change in institutions, regime
    r("1414-led", "Thousands of Thais rallied in Bangkok on Sunday demanding reform of the monarchy, organisers said.", "PROTEST", "THA", "THA"),
    r("1414-quo", "Officials in Yaounde said Cameroonian opposition supporters had marched in Douala to demand an independent electoral body.", "PROTEST", "CMR", "CMR"),
    # 142 conduct hunger strike
    r("142-led", "A jailed Bahraini activist began a hunger strike on Monday, his family said.", "PROTEST", "BHR", "BHR"),
    r("142-pas", "A hunger strike was started by Palestinian prisoners in Israeli jails on Wednesday, prisoner groups said.", "PROTEST", "PSE", "ISR"),
    # 1421 hunger strike for leadership change
    r("1421-tit", "The Congolese opposition leader went on hunger strike in Kinshasa on Tuesday to demand the president step down.", "PROTEST", "COD", "COD"),
    r("1421-nom", "A hunger strike by Togolese activists calling for the president to resign entered its tenth day in Lome.", "PROTEST", "TGO", "TGO"),
    # 1422 hunger strike for policy change
    r("1422-led", "Climate activists in Germany began a hunger strike in Berlin on Thursday to demand a coal phase-out, organisers said.", "PROTEST", "DEU", "DEU"),
    r("1422-quo", "Rights groups said Egyptian detainees had launched a hunger strike against prison conditions.", "PROTEST", "EGY", "EGY"),
    # 1423 hunger strike for rights
    r("1423-led", "Kurdish prisoners in Turkey started a hunger strike on Monday demanding language rights, their lawyers said.", "PROTEST", "TUR", "TUR"),
    r("1423-cap", "Jailed journalists in Baku went on hunger strike on Friday to demand press freedom, their lawyers said.", "PROTEST", "AZE", "AZE"),
    # 1424 hunger strike for change in institutions, regime
    r("1424-tit", "The Bolivian opposition governor began a hunger strike on Sunday demanding an independent electoral court.", "PROTEST", "BOL", "BOL"),
    r("1424-nom", "The hunger strike of Cuban dissidents demanding free elections continued in Havana on Tuesday.", "PROTEST", "CUB", "CUB"),
    # 143 conduct strike or boycott
    r("143-led", "Dock workers in Chile went on strike on Wednesday, shutting the port of Valparaiso, their union said.", "PROTEST", "CHL", "CHL"),
    r("143-pas", "A general strike was called in Bangladesh by the opposition BNP on Sunday.", "PROTEST", "BGD", "BGD"),
    # 1431 strike or boycott for leadership change
    r("1431-cap", "Opposition parties in Harare boycotted parliament on Tuesday to demand the president's resignation.", "PROTEST", "ZWE", "ZWE"),
    r("1431-led", "Guinean opposition parties called a general strike on Monday demanding the junta leader step down, organisers said.", "PROTEST", "GIN", "GIN"),
    # 1432 strike or boycott for policy change
    r("1432-tit", "The South Korean doctors' association chief led a walkout of trainee doctors on Tuesday against the medical school quota.", "PROTEST", "KOR", "KOR"),
    r("1432-nom", "A strike by Argentine transport workers against the austerity measures halted buses in Buenos Aires on Thursday.", "PROTEST", "ARG", "ARG"),
    # 1433 strike or boycott for rights
    r("1433-led", "Garment workers in Cambodia went on strike on Friday to demand the right to form unions, the union said.", "PROTEST", "KHM", "KHM"),
    r("1433-quo", "Union leaders said Moroccan teachers had begun a strike to win the right to permanent contracts.", "PROTEST", "MAR", "MAR"),
    # 1434 strike or boycott for change in institutions, regime
    r("1434-led", "Venezuelan opposition parties boycotted the regional elections on Sunday, demanding a new electoral council.", "PROTEST", "VEN", "VEN"),
    r("1434-two", "Ivorian opposition parties boycotted the vote on Saturday after the president sought a third term.", "PROTEST", "CIV", "CIV"),
    # 144 obstruct passage, block
    r("144-led", "Farmers blocked roads into Brussels with tractors on Monday, Belgian police said.", "PROTEST", "BEL", "BEL"),
    r("144-pas", "The main highway between Lima and the south was blocked by Peruvian miners on Thursday.", "PROTEST", "PER", "PER"),
    # 1441 obstruct passage to demand leadership change
    r("1441-cap", "Protesters blocked the roads into Port Moresby on Tuesday demanding the prime minister's resignation, police said.", "PROTEST", "PNG", "PNG"),
    r("1441-tit", "The Haitian gang leader's supporters barricaded roads in Port-au-Prince on Friday to demand the prime minister resign.", "PROTEST", "HTI", "HTI"),
    # 1442 obstruct passage to demand policy change
    r("1442-led", "Polish truckers blocked border crossings with Ukraine on Monday to demand permit limits for Ukrainian hauliers, police said.", "PROTEST", "POL", "POL"),
    r("1442-nom", "The blockade of Panama's highways by teachers opposed to the mining contract entered its second week.", "PROTEST", "PAN", "PAN"),
    # 1443 obstruct passage to demand rights
    r("1443-led", "Indigenous groups in Ecuador blocked roads on Tuesday to demand land rights, the Ecuadorian police said.", "PROTEST", "ECU", "ECU"),
    r("1443-quo", "Police said Kurdish activists in Iraq had blocked a border road to demand language rights.", "PROTEST", "IRQ", "IRQ"),
    # 1444 obstruct passage to demand change in institutions, regime
    r("1444-tit", "The Bolivian opposition leader's supporters blocked highways on Monday to demand judicial elections.", "PROTEST", "BOL", "BOL"),
    r("1444-cap", "Protesters blockaded government buildings in Dhaka on Sunday demanding a caretaker government, police said.", "PROTEST", "BGD", "BGD"),
    # 145 protest violently, riot
    r("145-led", "Rioters set fire to shops in Honiara on Wednesday, the Solomon Islands police said.", "PROTEST", "SLB", "SLB"),
    r("145-pas", "Police stations were torched in Nouakchott on Saturday during riots over the election result.", "PROTEST", "", "MRT"),
    # 1451 violent protest for leadership change
    r("1451-led", "Protesters stormed the presidential palace in Colombo on Saturday, demanding the president quit, Sri Lankan police said.", "PROTEST", "LKA", "LKA"),
    r("1451-nom", "Rioting by Kyrgyz protesters demanding the president's resignation left government offices burned in Bishkek.", "PROTEST", "KGZ", "KGZ"),
    # 1452 violent protest for policy change
    r("1452-cap", "Rioters in Nairobi torched the parliament building on Tuesday in protest at tax increases, Kenyan police said.", "PROTEST", "KEN", "KEN"),
    r("1452-two", "French protesters clashed with police in Nanterre on Thursday, a day after officials defended the police shooting.", "PROTEST", "FRA", "FRA"),
    # 1453 violent protest for rights
    r("1453-led", "Protesters in Karachi burned vehicles on Monday demanding rights for ethnic Pashtuns, Pakistani police said.", "PROTEST", "PAK", "PAK"),
    r("1453-tit", "The Iranian police chief said rioters demanding women's rights had torched police cars in Zahedan.", "PROTEST", "IRN", "IRN"),
    # 1454 violent protest for change in institutions, regime
    r("1454-led", "Protesters stormed the parliament in Bishkek on Tuesday demanding a new constitution, Kyrgyz police said.", "PROTEST", "KGZ", "KGZ"),
    r("1454-quo", "Government officials in Antananarivo said Malagasy rioters had attacked state buildings to demand an end to the regime.", "PROTEST", "MDG", "MDG"),
]

MOBILIZE_ROWS: list[Row] = [
    # 150 demonstrate military or police power
    r("150-led", "China staged a show of naval force around Taiwan on Sunday, Chinese state media said.", "MOBILIZE", "CHN", "TWN"),
    r("150-cap", "Pyongyang paraded its intercontinental missiles on Saturday, the North Korean state news agency said.", "MOBILIZE", "PRK", ""),
    # 151 increase police alert status
    r("151-led", "Belgium raised its terror alert level on Tuesday after the shooting in Brussels, the Belgian crisis centre said.", "MOBILIZE", "BEL", "BEL"),
    r("151-pas", "Police in Sweden were put on high alert on Friday ahead of the Koran burning protests.", "MOBILIZE", "SWE", "SWE"),
    # 152 increase military alert status
    r("152-tit", "The Taiwanese defence minister put the island's armed forces on high alert on Thursday.", "MOBILIZE", "TWN", ""),
    r("152-nom", "South Korea's raising of its military alert level followed the North's missile launch on Monday.", "MOBILIZE", "KOR", "PRK"),
    # 153 mobilize or increase police power
    r("153-led", "Ecuador deployed 3,000 police officers in Guayaquil on Wednesday to curb gang violence, the Ecuadorian interior ministry said.", "MOBILIZE", "ECU", "ECU"),
    r("153-two", "France mobilised 45,000 police officers on Friday after a night of riots in the suburbs.", "MOBILIZE", "FRA", "FRA"),
    # 154 mobilize or increase armed forces
    r("154-led", "Russia called up 300,000 reservists on Wednesday, the Russian defence ministry said.", "MOBILIZE", "RUS", ""),
    r("154-cap", "Caracas deployed troops to the border with Guyana on Thursday, the Venezuelan defence ministry said.", "MOBILIZE", "VEN", "GUY"),
]

SANCTION_ROWS: list[Row] = [
    # 160 reduce relations
    r("160-led", "Niger reduced its relations with France on Monday, the Nigerien junta said.", "SANCTION", "NER", "FRA"),
    r("160-nom", "Israel's downgrading of ties with Ireland was announced in Jerusalem on Sunday.", "SANCTION", "ISR", "IRL"),
    # 161 reduce or break diplomatic relations
    r("161-tit", "The Bolivian foreign minister broke off diplomatic relations with Israel on Tuesday.", "SANCTION", "BOL", "ISR"),
    r("161-cap", "Quito cut diplomatic ties with Mexico City on Saturday, the Ecuadorian government said.", "SANCTION", "ECU", "MEX"),
    # 162 reduce or stop aid
    r("162-led", "Sweden halted aid to Zimbabwe on Thursday, the Swedish development agency said.", "SANCTION", "SWE", "ZWE"),
    r("162-pas", "Assistance to Burkina Faso was suspended by Denmark on Monday after the coup.", "SANCTION", "DNK", "BFA"),
    # 1621 reduce or stop economic assistance
    r("1621-tit", "The World Bank president suspended new lending to Uganda on Wednesday.", "SANCTION", "IGO", "UGA"),
    r("1621-led", "Germany froze development funds for Niger on Friday, the German development ministry said.", "SANCTION", "DEU", "NER"),
    # 1622 reduce or stop military assistance
    r("1622-cap", "Washington suspended military aid to Cairo on Tuesday, the US State Department said.", "SANCTION", "USA", "EGY"),
    r("1622-quo", "Officials in Manila said Canada had halted the sale of military helicopters to the Philippines.", "SANCTION", "CAN", "PHL"),
    # 1623 reduce or stop humanitarian assistance
    r("1623-led", "The World Food Programme suspended food aid to Ethiopia on Thursday, the UN agency said.", "SANCTION", "IGO", "ETH"),
    r("1623-nom", "Britain's halt of humanitarian funding to Yemen was announced in London on Monday.", "SANCTION", "GBR", "YEM"),
    # 163 impose embargo, boycott, or sanctions
    r("163-led", "The European Union imposed sanctions on Iranian drone makers on Monday, the EU council said.", "COERCE", "IGO", "IRN"),
    r("163-cap", "Ottawa slapped sanctions on 20 Russian officials on Friday, the Canadian foreign ministry said.", "COERCE", "CAN", "RUS"),
    # 164 halt negotiations
    r("164-led", "Iran suspended nuclear talks with the European Union on Sunday, the Iranian foreign ministry said.", "SANCTION", "IRN", "IGO"),
    r("164-tit", "The Colombian president suspended peace talks with the ELN rebels on Friday after a bombing.", "SANCTION", "COL", "COL"),
    # 165 halt mediation
    r("165-led", "Qatar suspended its mediation between Israel and Hamas on Saturday, the Qatari foreign ministry said.", "SANCTION", "QAT", "ISR PSE"),
    r("165-nom", "Kenya's withdrawal from mediating the Sudan conflict was announced in Nairobi on Tuesday.", "SANCTION", "KEN", "SDN"),
    # 166 expel or withdraw
    r("166-led", "Poland expelled two Belarusian diplomats on Monday, the Polish foreign ministry said.", "SANCTION", "POL", "BLR"),
    r("166-cap", "Bamako ordered the French ambassador to leave on Tuesday, the Malian government said.", "SANCTION", "MLI", "FRA"),
    # 1661 expel or withdraw peacekeepers
    r("1661-led", "Mali ordered the UN peacekeeping mission to leave the country on Friday, the Malian foreign minister said.", "SANCTION", "MLI", "IGO"),
    r("1661-two", "Congo ordered East African Community troops out of the country on Wednesday after accusing them of inaction.", "SANCTION", "COD", "IGO"),
    # 1662 expel or withdraw inspectors, observers
    r("1662-led", "Iran expelled several IAEA inspectors on Saturday, the UN nuclear watchdog said.", "SANCTION", "IRN", "IGO"),
    r("1662-pas", "OSCE election observers were expelled from Azerbaijan on Monday, the organisation said.", "SANCTION", "AZE", "IGO"),
    # 1663 expel or withdraw aid agencies
    r("1663-tit", "The Sudanese president expelled 13 foreign aid agencies from Darfur on Wednesday.", "SANCTION", "SDN", "IGO"),
    r("1663-nom", "Afghanistan's expulsion of Doctors Without Borders from Kandahar was confirmed on Tuesday.", "SANCTION", "AFG", "IGO"),
]

COERCE_ROWS: list[Row] = [
    # 170 coerce
    r("170-led", "China coerced Lithuania on Monday by blocking its exports at customs, the Lithuanian economy ministry said.", "COERCE", "CHN", "LTU"),
    r("170-quo", "Georgian officials said Russian border guards had forced Georgian farmers off their land near South Ossetia.", "COERCE", "RUS", "GEO"),
    # 171 seize or damage property
    r("171-led", "Iranian forces seized a Greek oil tanker in the Gulf of Oman on Thursday, the Greek shipping ministry said.", "COERCE", "IRN", "GRC"),
    r("171-pas", "A Chinese fishing trawler was seized by the Argentine navy on Tuesday off Patagonia.", "COERCE", "ARG", "CHN"),
    # 1711 confiscate property
    r("1711-cap", "Moscow confiscated the assets of two German companies on Friday, the Russian government said.", "COERCE", "RUS", "DEU"),
    r("1711-nom", "Nicaragua's confiscation of the Jesuit university in Managua was announced in Managua on Monday.", "COERCE", "NIC", "NIC"),
    # 1712 destroy property
    r("1712-led", "Israeli forces demolished Palestinian homes in the Jordan Valley on Wednesday, the Palestinian authorities said.", "ASSAULT", "ISR", "PSE"),
    r("1712-pas", "Ten Rohingya villages were razed in Rakhine state on Sunday, satellite images showed.", "ASSAULT", "", "MMR"),
    # 172 impose administrative sanctions
    r("172-tit", "The Russian justice minister declared Human Rights Watch an undesirable organisation on Monday.", "COERCE", "RUS", "IGO"),
    r("172-led", "Hungary froze the funding of an independent press foundation on Thursday, the Hungarian government said.", "COERCE", "HUN", "HUN"),
    # 1721 impose restrictions on freedoms of speech and expression
    r("1721-led", "Pakistan blocked access to social media across the country on Saturday, the Pakistani telecoms regulator said.", "COERCE", "PAK", "PAK"),
    r("1721-nom", "Ethiopia's shutdown of social media in the Amhara region took effect on Tuesday.", "COERCE", "ETH", "ETH"),
    # 1722 ban political parties or politicians
    r("1722-cap", "Dhaka banned the Jamaat-e-Islami party on Thursday, the Bangladeshi home ministry said.", "COERCE", "BGD", "BGD"),
    r("1722-tit", "The Thai constitutional court chief announced a ban on the Move Forward party on Wednesday.", "COERCE", "THA", "THA"),
    # 1723 impose curfew
    r("1723-led", "Sri Lanka imposed a nationwide curfew on Friday, the Sri Lankan police said.", "COERCE", "LKA", "LKA"),
    r("1723-pas", "A curfew was imposed in Manipur by Indian authorities on Sunday after ethnic clashes.", "COERCE", "IND", "IND"),
    # 1724 impose state of emergency or martial law
    r("1724-tit", "The South Korean president declared martial law on Tuesday night.", "COERCE", "KOR", "KOR"),
    r("1724-led", "Ecuador declared a state of emergency on Monday after a prison riot in Guayaquil, the Ecuadorian presidency said.", "COERCE", "ECU", "ECU"),
    # 173 arrest, detain, or charge with legal action
    r("173-led", "Turkish police detained 40 journalists in Istanbul on Tuesday, their lawyers said.", "COERCE", "TUR", "TUR"),
    r("173-pas", "A French aid worker was arrested by Nigerien police in Niamey on Friday, the French foreign ministry said.", "COERCE", "NER", "FRA"),
    # 174 expel or deport individuals
    r("174-cap", "Algiers deported 300 Malian migrants on Wednesday, the Algerian interior ministry said.", "COERCE", "DZA", "MLI"),
    r("174-nom", "The deportation of Afghan refugees by Pakistan resumed on Monday, the UN refugee agency said.", "COERCE", "PAK", "AFG"),
    # 191 impose blockade, restrict movement
    r("191-led", "Azerbaijan blocked the Lachin corridor on Monday, cutting off supplies to Nagorno-Karabakh, Armenian officials said.", "COERCE", "AZE", "ARM"),
    r("191-tit", "The Israeli defence minister ordered a complete siege of Gaza on Monday.", "COERCE", "ISR", "PSE"),
    # 192 occupy territory
    r("192-led", "Russian troops occupied the Zaporizhzhia nuclear plant on Friday, Ukrainian officials said.", "COERCE", "RUS", "UKR"),
    r("192-two", "Israeli troops took control of the Philadelphi corridor on Wednesday after days of fighting in Rafah.", "COERCE", "ISR", "PSE"),
]

ASSAULT_ROWS: list[Row] = [
    # 180 use unconventional violence
    r("180-led", "Militants attacked a police post in northern Burkina Faso on Sunday, the Burkinabe army said.", "ASSAULT", "", "BFA"),
    r("180-quo", "Pakistani officials said Baloch separatists had attacked Chinese engineers in Gwadar.", "ASSAULT", "PAK", "CHN"),
    # 181 abduct, hijack
    r("181-led", "Gunmen kidnapped 20 students from a school in northern Nigeria on Friday, police said.", "ASSAULT", "", "NGA"),
    r("181-pas", "Two Italian aid workers were abducted in Kenya on Tuesday, the Italian foreign ministry said.", "ASSAULT", "", "ITA"),
    # 182 physically assault
    r("182-tit", "The Russian ambassador's bodyguards beat a Polish journalist in Warsaw on Monday, witnesses said.", "ASSAULT", "RUS", "POL"),
    r("182-led", "Israeli settlers beat Palestinian farmers near Hebron on Saturday, Palestinian officials said.", "ASSAULT", "ISR", "PSE"),
    # 1821 sexually assault
    r("1821-led", "Sudanese soldiers raped women in a village in Darfur in March, a UN report said on Tuesday.", "ASSAULT", "SDN", "SDN"),
    r("1821-nom", "The rape of Congolese women by militiamen in Ituri was documented by UN investigators on Monday.", "ASSAULT", "COD", "COD"),
    # 1822 torture
    r("1822-led", "Eritrean guards tortured Ethiopian prisoners at a camp near the border, Amnesty International said on Wednesday.", "ASSAULT", "ERI", "ETH"),
    r("1822-pas", "Detained protesters were tortured by Belarusian police in Minsk, a UN report said on Friday.", "ASSAULT", "BLR", "BLR"),
    # 1823 kill by physical assault
    r("1823-tit", "A Mexican police commander beat a Guatemalan migrant to death in Tulum, prosecutors said on Thursday.", "ASSAULT", "MEX", "GTM"),
    r("1823-led", "A Pakistani mob killed a Christian man in Sargodha on Monday, police said.", "ASSAULT", "PAK", "PAK"),
    # 183 conduct suicide, car, or other non-military bombing
    r("183-led", "A bomb exploded at a market in Mogadishu on Wednesday, killing 12 people, Somali police said.", "ASSAULT", "", "SOM"),
    r("183-nom", "The bombing of a mosque in Peshawar killed 80 people on Monday, Pakistani officials said.", "ASSAULT", "", "PAK"),
    # 1831 carry out suicide bombing
    r("1831-led", "A suicide bomber killed 15 soldiers at a base in northern Mali on Sunday, the Malian army said.", "ASSAULT", "", "MLI"),
    r("1831-quo", "Afghan officials said a suicide bomber had attacked a Shiite mosque in Kunduz.", "ASSAULT", "", "AFG"),
    # 1832 carry out car bombing
    r("1832-led", "A car bomb exploded outside a hotel in Mogadishu on Friday, killing six people, Somali police said.", "ASSAULT", "", "SOM"),
    r("1832-tit", "The Colombian defence minister said ELN rebels had detonated a car bomb at a police academy in Bogota.", "ASSAULT", "COL", "COL"),
    # 1833 carry out roadside bombing
    r("1833-led", "A roadside bomb killed four Nigerian soldiers in Borno state on Tuesday, the army said.", "ASSAULT", "", "NGA"),
    r("1833-pas", "A convoy of Malian troops was hit by a roadside bomb near Gao on Monday.", "ASSAULT", "", "MLI"),
    # 184 use as human shield
    r("184-led", "Myanmar soldiers used villagers as human shields in Sagaing, a rights group said on Thursday.", "ASSAULT", "MMR", "MMR"),
    r("184-quo", "Israeli officials said Hamas had used civilians in Gaza as human shields.", "ASSAULT", "PSE", "PSE"),
    # 185 attempt to assassinate
    r("185-led", "Gunmen tried to assassinate the Haitian justice minister in Port-au-Prince on Wednesday, police said.", "ASSAULT", "", "HTI"),
    r("185-nom", "The attempted assassination of the Slovak prime minister in Handlova shocked Europe on Wednesday.", "ASSAULT", "", "SVK"),
    # 186 assassinate
    r("186-led", "Gunmen assassinated an Ecuadorian presidential candidate in Quito on Wednesday, the Ecuadorian police said.", "ASSAULT", "", "ECU"),
    r("186-quo", "Iranian officials said Israeli agents had assassinated a nuclear scientist near Tehran.", "ASSAULT", "ISR", "IRN"),
    # 175 use violent repression
    r("175-led", "Iranian security forces fired on protesters in Zahedan on Friday, killing dozens, rights groups said.", "ASSAULT", "IRN", "IRN"),
    r("175-cap", "Dhaka's police opened fire on student protesters on Tuesday, killing six, Bangladeshi media said.", "ASSAULT", "BGD", "BGD"),
    # 201 engage in mass expulsion
    r("201-led", "Myanmar's army drove 700,000 Rohingya from Rakhine state into Bangladesh, UN investigators said on Monday.", "ASSAULT", "MMR", "MMR"),
    r("201-nom", "Azerbaijan's expulsion of the ethnic Armenian population from Nagorno-Karabakh left the region empty within a week.", "ASSAULT", "AZE", "ARM"),
    # 190 use conventional military force
    r("190-led", "Turkish troops attacked Kurdish militias in northern Syria on Sunday, the Turkish defence ministry said.", "ASSAULT", "TUR", "SYR"),
    r("190-cap", "Kyiv launched a counter-offensive against Russian forces in Kherson, the Ukrainian army said on Monday.", "ASSAULT", "UKR", "RUS"),
    # 193 fight with small arms and light weapons
    r("193-led", "Indian and Chinese soldiers clashed in the Galwan valley on Monday, the Indian army said.", "ASSAULT", "IND CHN", ""),
    r("193-two", "Kyrgyz and Tajik border guards exchanged gunfire on Thursday, hours after talks on the border broke down.", "ASSAULT", "KGZ TJK", ""),
    # 194 fight with artillery and tanks
    r("194-led", "Russian artillery shelled Kharkiv on Tuesday, killing three civilians, the Ukrainian governor said.", "ASSAULT", "RUS", "UKR"),
    r("194-pas", "Villages near the border were shelled by Pakistani artillery on Sunday, the Indian army said.", "ASSAULT", "PAK", "IND"),
    # 195 employ aerial weapons
    r("195-tit", "The Sudanese air force bombed a market in Nyala on Saturday, killing 40 people, a local doctors' group said.", "ASSAULT", "SDN", "SDN"),
    r("195-nom", "Israeli air strikes on southern Lebanon killed five people on Tuesday, Lebanese officials said.", "ASSAULT", "ISR", "LBN"),
    # 196 violate ceasefire
    r("196-led", "Pakistani troops violated the ceasefire in Kashmir on Sunday by firing on Indian posts, the Indian army said.", "ASSAULT", "PAK", "IND"),
    r("196-quo", "Armenian officials said Azerbaijani forces had violated the truce by firing on border villages.", "ASSAULT", "AZE", "ARM"),
    # 200 use unconventional mass violence
    r("200-led", "Militants killed more than 100 villagers in northern Burkina Faso on Saturday, officials said.", "ASSAULT", "", "BFA"),
    r("200-pas", "Dozens of civilians were massacred in eastern Congo on Monday, the UN said.", "ASSAULT", "", "COD"),
    # 202 engage in mass killings
    r("202-led", "Sudanese RSF fighters killed hundreds of Masalit civilians in El Geneina, a UN report said on Friday.", "ASSAULT", "SDN", "SDN"),
    r("202-nom", "The massacre of Fulani herders in central Mali was blamed on Dogon militiamen.", "ASSAULT", "MLI", "MLI"),
    # 203 engage in ethnic cleansing
    r("203-tit", "Myanmar's army carried out the ethnic cleansing of Rohingya villages in Rakhine, the UN human rights chief said on Monday.", "ASSAULT", "MMR", "MMR"),
    r("203-led", "Serb forces drove Bosniak residents out of villages near Visegrad, a war crimes court heard on Tuesday.", "ASSAULT", "SRB", "BIH"),
    # 204 use weapons of mass destruction
    r("204-led", "Syrian government forces used sarin against civilians in Khan Sheikhoun, the chemical weapons watchdog said on Friday.", "ASSAULT", "SYR", "SYR"),
    r("204-quo", "Ukrainian officials said Russian troops had used chemical weapons against Ukrainian positions.", "ASSAULT", "RUS", "UKR"),
    # 2041 use chemical, biological, or radiological weapons
    r("2041-led", "The Syrian army dropped chlorine bombs on Douma on Saturday, the OPCW said.", "ASSAULT", "SYR", "SYR"),
    r("2041-nom", "Iraq's gassing of Kurds in Halabja was recalled at a ceremony on Thursday.", "ASSAULT", "IRQ", "IRQ"),
    # 2042 detonate nuclear weapons
    r("2042-led", "North Korea detonated a nuclear device at Punggye-ri on Sunday, South Korean officials said.", "ASSAULT", "PRK", ""),
    r("2042-nom", "India's detonation of a nuclear weapon in the Pokhran desert was confirmed by the Indian army on Monday.", "ASSAULT", "IND", ""),
]

ROWS: list[Row] = (AGREE_ROWS + CONSULT_ROWS + SUPPORT_ROWS + COOPERATE_ROWS + AID_ROWS + CONCEDE_ROWS
                   + RETREAT_ROWS + INVESTIGATE_ROWS + REQUEST_ROWS + ACCUSE_ROWS + REJECT_ROWS + THREATEN_ROWS
                   + PROTEST_ROWS + MOBILIZE_ROWS + SANCTION_ROWS + COERCE_ROWS + ASSAULT_ROWS)

CONSTRUCTIONS = ("led", "pas", "nom", "quo", "two", "tit", "cap")

# the floor: the figures after the rules of test_cameo2_rules.py and test_cameo3_rules.py (the held-out figures are in the docstring)
MEASURED: dict[str, float] = {"rows": 512, "type_accuracy": 0.801, "triple_f1": 0.677, "actor_f1": 0.833,
                             "triple_accuracy": 0.652, "no_event_rate": 0.113}

# rows the code still gets wrong, with the failure seen (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "116-led": "convention: CAMEO 116 is the codebook's SANCTION convict (i16-set3v), not the crosswalk's ACCUSE",
    "030-led": "wrong argument: - -> TGO for GHA -> TGO (active lede)",
    "031-cap": "wrong argument: AUS -> - for AUS/NZL -> - (capital as government)",
    "031-nom": "no event (nominal event)",
    "0313-tit": "wrong argument: - -> PER for BOL -> PER (official by title)",
    "0314-led": "wrong argument: JOR -> - for JOR -> IRQ (active lede)",
    "0334-tit": "wrong argument: - -> CAF for RWA -> CAF (official by title)",
    "034-tit": "wrong argument: TUN -> - for TUN -> TUN (official by title)",
    "0341-led": "wrong argument: - -> - for HTI -> - (active lede)",
    "0341-nom": "no event (nominal event)",
    "0342-cap": "no event (capital as government)",
    "0343-two": "no event (two acts)",
    "0344-nom": "type: SUPPORT for AGREE (nominal event)",
    "0344-quo": "wrong argument: MLI -> - for MLI -> MLI (quoted act)",
    "035-cap": "no event (capital as government)",
    "035-led": "type: RETREAT for AGREE (active lede)",
    "0351-nom": "wrong argument: BHR -> - for BHR -> BHR (nominal event)",
    "0351-tit": "no event (official by title)",
    "0355-nom": "no event (nominal event)",
    "0356-cap": "type: ASSAULT for AGREE (capital as government)",
    "036-tit": "wrong argument: - -> CYP for CYP -> CYP (official by title)",
    "042-nom": "wrong argument: - -> MNG for VAT -> MNG (nominal event)",
    "045-tit": "wrong argument: KEN -> KEN/SSD for KEN -> SSD (official by title)",
    "050-cap": "no event (capital as government)",
    "050-led": "type: NONE for SUPPORT (active lede)",
    "053-nom": "type: PROTEST for SUPPORT (nominal event)",
    "053-tit": "type: REQUEST for SUPPORT (official by title)",
    "057-nom": "no event (nominal event)",
    "060-led": "no event (active lede)",
    "061-nom": "no event (nominal event)",
    "064-cap": "wrong argument: JOR -> - for JOR -> FRA (capital as government)",
    "064-quo": "type: NONE for COOPERATE (quoted act)",
    "071-pas": "no event (passive or agentless)",
    "071-tit": "no event (official by title)",
    "072-led": "no event (active lede)",
    "073-quo": "no event (quoted act)",
    "073-two": "type: NONE for AID (two acts)",
    "074-led": "type: ASSAULT for AID (active lede)",
    "074-nom": "no event (nominal event)",
    "075-pas": "wrong argument: - -> BLR for LTU -> BLR (passive or agentless)",
    "080-cap": "wrong argument: ROU -> - for ROU -> MDA (capital as government)",
    "081-pas": "wrong argument: - -> - for ETH -> ETH (passive or agentless)",
    "0811-nom": "no event (nominal event)",
    "0812-tit": "no event (official by title)",
    "0813-led": "type: CONCEDE for RETREAT (active lede)",
    "0813-tit": "type: CONCEDE for RETREAT (official by title)",
    "0814-cap": "type: CONCEDE for RETREAT (capital as government)",
    "0814-nom": "type: CONCEDE for RETREAT (nominal event)",
    "0831-led": "type: RETREAT for CONCEDE (active lede)",
    "0831-nom": "no event (nominal event)",
    "0833-pas": "type: SUPPORT for CONCEDE (passive or agentless)",
    "084-nom": "no event (nominal event)",
    "0842-led": "no event (active lede)",
    "0842-tit": "type: COERCE for RETREAT (official by title)",
    "086-cap": "no event (capital as government)",
    "086-tit": "no event (official by title)",
    "0861-led": "type: CONSULT for RETREAT (active lede)",
    "0862-quo": "no event (quoted act)",
    "0863-cap": "no event (capital as government)",
    "0863-nom": "no event (nominal event)",
    "087-tit": "no event (official by title)",
    "0871-nom": "wrong argument: - -> - for YEM -> - (nominal event)",
    "0872-cap": "wrong argument: AZE -> - for AZE -> ARM (capital as government)",
    "0874-led": "wrong argument: UKR -> UKR for UKR -> - (active lede)",
    "0874-pas": "wrong argument: - -> SYR for SYR -> SYR (passive or agentless)",
    "092-cap": "wrong argument: COL -> - for COL -> COL (capital as government)",
    "093-led": "no event (active lede)",
    "093-quo": "type: ASSAULT for ACCUSE (quoted act)",
    "094-tit": "wrong argument: - -> SDN for IGO -> SDN (official by title)",
    "100-nom": "no event (nominal event)",
    "1012-nom": "no event (nominal event)",
    "102-cap": "type: REJECT for REQUEST (capital as government)",
    "103-nom": "type: NONE for REQUEST (nominal event)",
    "1031-cap": "no event (capital as government)",
    "1032-two": "type: ASSAULT for REQUEST (two acts)",
    "1041-nom": "wrong argument: IGO -> - for IGO -> GIN (nominal event)",
    "1041-tit": "wrong argument: KEN -> - for KEN -> KEN (official by title)",
    "1043-led": "no event (active lede)",
    "1043-two": "wrong argument: TUR -> - for TUR -> TUR (two acts)",
    "105-nom": "type: SUPPORT for REQUEST (nominal event)",
    "1053-nom": "no event (nominal event)",
    "110-cap": "wrong argument: GRC -> - for GRC -> TUR (capital as government)",
    "1121-tit": "wrong argument: MYS -> - for MYS -> MYS (official by title)",
    "113-led": "type: REQUEST for ACCUSE (active lede)",
    "113-nom": "type: PROTEST for ACCUSE (nominal event)",
    "116-pas": "wrong argument: - -> GTM for GTM -> GTM (passive or agentless)",
    "1211-led": "type: RETREAT for REJECT (active lede)",
    "1213-pas": "no event (passive or agentless)",
    "1214-nom": "no event (nominal event)",
    "1214-tit": "wrong argument: PAK -> - for PAK -> AFG (official by title)",
    "1221-tit": "wrong argument: - -> ZMB for IGO -> ZMB (official by title)",
    "1224-led": "wrong argument: MLI -> MLI for MLI -> IGO (active lede)",
    "123-led": "wrong argument: KHM -> - for KHM -> IGO (active lede)",
    "1232-nom": "type: COERCE for REJECT (nominal event)",
    "124-cap": "no event (capital as government)",
    "124-led": "wrong argument: CHN -> - for CHN -> JPN (active lede)",
    "1241-led": "wrong argument: NIC -> IGO for NIC -> NIC (active lede)",
    "1242-two": "type: PROTEST for REJECT (two acts)",
    "1245-quo": "no event (quoted act)",
    "1246-cap": "wrong argument: - -> USA for ISR -> USA (capital as government)",
    "128-led": "no event (active lede)",
    "129-cap": "wrong argument: USA -> PSE for USA -> IGO (capital as government)",
    "132-led": "wrong argument: RUS -> - for RUS -> RUS (active lede)",
    "132-tit": "no event (official by title)",
    "1324-cap": "no event (capital as government)",
    "1324-tit": "no event (official by title)",
    "133-led": "wrong argument: - -> KEN for KEN -> KEN (active lede)",
    "134-led": "wrong argument: IRN -> AUT for IRN -> - (active lede)",
    "135-nom": "wrong argument: NOR -> - for NOR -> LKA (nominal event)",
    "1381-nom": "wrong argument: AZE -> - for AZE -> ARM (nominal event)",
    "1385-nom": "wrong argument: RUS -> - for RUS -> UKR (nominal event)",
    "140-nom": "no event (nominal event)",
    "1411-led": "type: REQUEST for PROTEST (active lede)",
    "1412-nom": "wrong argument: - -> - for NGA -> NGA (nominal event)",
    "1424-nom": "no event (nominal event)",
    "1431-led": "type: REQUEST for PROTEST (active lede)",
    "1432-nom": "type: ASSAULT for PROTEST (nominal event)",
    "144-led": "wrong argument: BEL -> IGO for BEL -> BEL (active lede)",
    "1442-led": "no event (active lede)",
    "1442-nom": "type: COERCE for PROTEST (nominal event)",
    "145-pas": "type: ASSAULT for PROTEST (passive or agentless)",
    "1451-nom": "type: ASSAULT for PROTEST (nominal event)",
    "150-cap": "no event (capital as government)",
    "151-pas": "wrong argument: - -> SWE for SWE -> SWE (passive or agentless)",
    "152-nom": "wrong argument: KOR -> - for KOR -> PRK (nominal event)",
    "1622-quo": "no event (quoted act)",
    "1623-nom": "no event (nominal event)",
    "163-cap": "type: SANCTION for COERCE (capital as government)",
    "163-led": "type: SANCTION for COERCE (active lede)",
    "165-nom": "type: RETREAT for SANCTION (nominal event)",
    "1661-two": "wrong argument: COD -> - for COD -> IGO (two acts)",
    "1662-pas": "wrong argument: - -> AZE for AZE -> IGO (passive or agentless)",
    "1663-nom": "no event (nominal event)",
    "1663-tit": "wrong argument: SDN -> SDN for SDN -> IGO (official by title)",
    "170-quo": "no event (quoted act)",
    "171-pas": "no event (passive or agentless)",
    "1711-nom": "no event (nominal event)",
    "1712-pas": "wrong argument: MMR -> MMR for - -> MMR (passive or agentless)",
    "172-led": "type: SANCTION for COERCE (active lede)",
    "172-tit": "no event (official by title)",
    "1722-tit": "no event (official by title)",
    "175-cap": "wrong argument: BGD -> - for BGD -> BGD (capital as government)",
    "180-led": "wrong argument: BFA -> BFA for - -> BFA (active lede)",
    "181-led": "wrong argument: NGA -> NGA for - -> NGA (active lede)",
    "181-pas": "wrong argument: KEN -> ITA for - -> ITA (passive or agentless)",
    "1821-nom": "wrong argument: - -> COD for COD -> COD (nominal event)",
    "1823-led": "type: PROTEST for ASSAULT (active lede)",
    "183-led": "wrong argument: SOM -> SOM for - -> SOM (active lede)",
    "183-nom": "wrong argument: PAK -> PAK for - -> PAK (nominal event)",
    "1831-led": "wrong argument: MLI -> MLI for - -> MLI (active lede)",
    "1831-quo": "wrong argument: AFG -> AFG for - -> AFG (quoted act)",
    "1832-led": "wrong argument: SOM -> SOM for - -> SOM (active lede)",
    "1832-tit": "wrong argument: COL -> - for COL -> COL (official by title)",
    "1833-led": "wrong argument: NGA -> NGA for - -> NGA (active lede)",
    "185-led": "wrong argument: HTI -> HTI for - -> HTI (active lede)",
    "186-led": "wrong argument: ECU -> ECU for - -> ECU (active lede)",
    "186-quo": "no event (quoted act)",
    "190-cap": "no event (capital as government)",
    "191-led": "type: SANCTION for COERCE (active lede)",
    "192-two": "type: ASSAULT for COERCE (two acts)",
    "194-pas": "wrong argument: PAK -> - for PAK -> IND (passive or agentless)",
    "196-quo": "wrong argument: AZE -> - for AZE -> ARM (quoted act)",
    "200-led": "wrong argument: BFA -> BFA for - -> BFA (active lede)",
    "200-pas": "wrong argument: COD -> COD for - -> COD (passive or agentless)",
    "201-led": "no event (active lede)",
    "201-nom": "type: RETREAT for ASSAULT (nominal event)",
    "202-nom": "type: ACCUSE for ASSAULT (nominal event)",
    "203-led": "type: COERCE for ASSAULT (active lede)",
    "204-led": "wrong argument: SYR -> - for SYR -> SYR (active lede)",
    "204-quo": "wrong argument: RUS -> - for RUS -> UKR (quoted act)",
    "2041-led": "wrong argument: SYR -> - for SYR -> SYR (active lede)",
    "2041-nom": "wrong argument: IRQ -> - for IRQ -> IRQ (nominal event)",
    "2042-nom": "no event (nominal event)",
}


def test_two_rows_per_code_in_two_constructions() -> None:
    ids = Counter(row[0] for row in ROWS)
    codes = Counter(rid.split("-")[0] for rid in ids)
    kinds = Counter(rid.split("-")[1] for rid in ids)
    assert len(ROWS) == 512 and max(ids.values()) == 1 and set(GAPS) <= set(ids)
    assert len(codes) == 256 and set(codes.values()) == {2}
    assert set(kinds) == set(CONSTRUCTIONS) and min(kinds.values()) >= 25, kinds
    assert len({row[2] for row in ROWS}) == 16


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_cameo2_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def test_cameo2_scores_do_not_fall_below_the_measured_figures() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """The PLOVER evaluation's metrics on ``rows`` (:func:`tests.builders.plover_probe_scores`)."""
    return plover_probe_scores(rows)
