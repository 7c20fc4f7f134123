"""A register probe of PLOVER coding: every event type in the Englishes the other probes lack.

The held-out PLOVER records come from many sources, not only the Western wire. The other probes
(cameo, class, codebook, definition, neighbour, triple, wire) are written in one register, the
Reuters/AP lede. This probe writes every one of the 16 PLOVER types and their main modes in four
other registers, each sentence invented here and coded before the code was run, by the PLOVER
codebook's definitions and the manual's actor conventions (``../shared/reference``):

* ``sm``: state-media English (Xinhua, TASS, IRNA, KCNA, Anadolu, SPA, WAM style): "the two sides
  exchanged views on", "held talks", "the Chinese side", "conveyed congratulations", "lauded",
  "strongly condemned", "inked", "reaffirmed its firm support", "stressed the need for",
  "neutralized", "martyred", "the Zionist regime", "the DPRK", "Turkiye";
* ``hl``: headlinese, no article, no full stop, present tense for the past ("X slams Y over Z",
  "X vows to ...", "X mulls sanctions on Y", "X nixes deal", "X, Y ink pact", "X raps Y",
  "X eyes ties with Y", "X hails Y");
* ``pc``: parliamentary and court reporting ("lawmakers voted to", "a court sentenced", "the
  tribunal acquitted", "the Supreme Court dismissed the petition");
* ``lw``: non-native wire English from local agencies ("informed the Ministry", "has expressed its
  readiness to", "paid a courtesy call on", "miscreants set ablaze", "agitating farmers").

Conventions (the manual's): reciprocal events (talks, calls, exchanges of views, accords inked,
joint drills, two-sided clashes, mutual disengagement) code every party as the actor and no
recipient (2.4.2); a visit or a delegation received has the visitor as actor and the host as
recipient (3.2.2); an agentless act (gunmen, miscreants, a suicide bomber) has no actor, and its
victims' country is the recipient; a quoted act is coded for its doer, not the agency or the
official who tells it; declarations of future retreats are CONCEDE and retreats done RETREAT;
a conviction or a sentence is SANCTION convict (codebook), an acquittal or charges dropped
CONCEDE; a state's organs, forces, citizens and domestic groups all carry its country code;
international organisations are ``IGO``.

Scored as the PLOVER evaluation scores dev records (``evaluation/events.py``: ``score``): type
accuracy of the most confident counted event, (type, source, target) F1 and actor-code F1 over
all counted events; ``probe_scores`` gives them, with the triple accuracy of the main event. A row
holds when the most confident counted event is the expected triple; rows still failing are
strict xfails in ``GAPS``.

Measured on main before any rule (6c96c90; 167 rows, the answers written first; the held-out
estimate): type accuracy 0.743, triple F1 0.636, actor F1 0.803, triple accuracy 0.611, no counted
event on 0.180 of the rows. By register (type / triple F1 / actor F1): state media 0.792 / 0.681 /
0.825, headlines 0.636 / 0.615 / 0.748, parliament and court 0.762 / 0.683 / 0.868, local wire
0.767 / 0.525 / 0.777. After the rules of ``test_register_rules.py`` (branch i16-plover-register,
written against this probe, so no longer a held-out estimate): type accuracy 0.886, triple F1
0.745, actor F1 0.892, triple accuracy 0.760, no counted event on 0.066 of the rows; state media
0.917 / 0.760 / 0.906, headlines 0.818 / 0.762 / 0.857, parliament and court 0.857 / 0.744 / 0.925,
local wire 0.933 / 0.688 / 0.885.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import plover_probe_scores, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

AGREE: list[Row] = [
    ("agree-sm-01", "Chinese President Xi Jinping said China is willing to work with Pakistan to build an even closer China-Pakistan community with a shared future, Xinhua reported.", "AGREE", ("CHN",), ("PAK",)),
    ("agree-sm-02", "Kim Jong Un invited Russian President Vladimir Putin to visit Pyongyang at a convenient time, the Korean Central News Agency said on Friday.", "AGREE", ("PRK",), ("RUS",)),
    ("agree-sm-03", "Moscow is prepared to consider Ankara's proposals on the resumption of the grain corridor, the Russian deputy foreign minister told TASS.", "AGREE", ("RUS",), ("TUR",)),
    ("agree-sm-04", "The Kingdom of Saudi Arabia affirmed its commitment to invest 10 billion dollars in the Egyptian economy, the Saudi Press Agency reported.", "AGREE", ("SAU",), ("EGY",)),
    ("agree-sm-05", "Vietnam and Cambodia agreed to further deepen cooperation in trade, investment and tourism, according to a joint statement carried by the Vietnam News Agency.", "AGREE", ("VNM", "KHM"), ()),
    ("agree-hl-01", "Japan vows to boost defence ties with the Philippines", "AGREE", ("JPN",), ("PHL",)),
    ("agree-hl-02", "Indonesia eyes stronger ties with Brazil", "AGREE", ("IDN",), ("BRA",)),
    ("agree-hl-03", "Seoul offers to host talks between Washington and Pyongyang", "AGREE", ("KOR",), ("USA", "PRK")),
    ("agree-lw-01", "The Government of Nepal has expressed its readiness to extend all possible cooperation to Bangladesh in the sector of hydropower, informed the Ministry of Foreign Affairs.", "AGREE", ("NPL",), ("BGD",)),
    ("agree-lw-02", "Minister of Foreign Affairs of Uzbekistan informed that Tashkent is ready to supply electricity to Afghanistan in the coming winter period.", "AGREE", ("UZB",), ("AFG",)),
    ("agree-pc-01", "Lawmakers in Chile voted on Tuesday to approve the government's offer to host the next round of peace talks between Colombia and the ELN rebels.", "AGREE", ("CHL",), ("COL",)),
]

CONSULT: list[Row] = [
    ("consult-sm-01", "Chinese Foreign Minister Wang Yi and his Egyptian counterpart Sameh Shoukry exchanged views on the Palestinian-Israeli conflict over the phone on Tuesday.", "CONSULT", ("CHN", "EGY"), ()),
    ("consult-sm-02", "Kazakh President Kassym-Jomart Tokayev held talks with Mongolian Prime Minister Luvsannamsrain Oyun-Erdene in Astana on Monday, and the two sides exchanged views on bilateral relations and regional issues of common concern.", "CONSULT", ("KAZ", "MNG"), ()),
    ("consult-sm-03", "Russian President Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev, the Kremlin press service reported.", "CONSULT", ("RUS", "KAZ"), ()),
    ("consult-sm-04", "Kim Jong Un received a delegation of the Communist Party of Vietnam in Pyongyang on Friday, KCNA reported.", "CONSULT", ("VNM",), ("PRK",)),
    ("consult-sm-05", "Iranian Foreign Minister Abbas Araghchi conferred with his Omani counterpart on the sidelines of the UN General Assembly in New York, IRNA reported.", "CONSULT", ("IRN", "OMN"), ()),
    ("consult-sm-06", "Sheikh Mohamed bin Zayed received a phone call from the President of Kenya, during which they discussed bilateral relations, WAM reported.", "CONSULT", ("ARE", "KEN"), ()),
    ("consult-hl-01", "Modi, Albanese hold talks on trade, security", "CONSULT", ("IND", "AUS"), ()),
    ("consult-hl-02", "Lula arrives in Beijing for state visit", "CONSULT", ("BRA",), ("CHN",)),
    ("consult-lw-01", "Prime Minister of Nepal paid a courtesy call on the President of India at Rashtrapati Bhavan on Thursday.", "CONSULT", ("NPL",), ("IND",)),
    ("consult-lw-02", "Ethiopian and Sudanese officials have held a meeting on the border issue in Gedaref town, informed sources said.", "CONSULT", ("ETH", "SDN"), ()),
    ("consult-pc-01", "A delegation of the Mongolian parliament visited the Grand National Assembly of Turkey in Ankara on Tuesday.", "CONSULT", ("MNG",), ("TUR",)),
]

SUPPORT: list[Row] = [
    ("support-sm-01", "China lauded Kazakhstan's efforts to maintain regional stability, a Chinese Foreign Ministry spokesperson said on Monday.", "SUPPORT", ("CHN",), ("KAZ",)),
    ("support-sm-02", "The UAE reaffirmed its firm support for the sovereignty of the Kingdom of Morocco over all its territory, WAM reported.", "SUPPORT", ("ARE",), ("MAR",)),
    ("support-sm-03", "Egypt and Saudi Arabia inked a series of agreements in the fields of energy and trade on Sunday, the Middle East News Agency said.", "SUPPORT", ("EGY", "SAU"), ()),
    ("support-sm-04", "Kim Jong Un sent a message to Vladimir Putin, conveying warm congratulations to the Russian people on Russia Day, KCNA said.", "SUPPORT", ("PRK",), ("RUS",)),
    ("support-sm-05", "Turkiye's Foreign Ministry welcomed the decision of the Somali government to hold direct elections, Anadolu Agency reported.", "SUPPORT", ("TUR",), ("SOM",)),
    ("support-hl-01", "Indonesia, Malaysia ink pact on maritime border", "SUPPORT", ("IDN", "MYS"), ()),
    ("support-hl-02", "Ramaphosa hails Botswana's peaceful transfer of power", "SUPPORT", ("ZAF",), ("BWA",)),
    ("support-hl-03", "Kenya backs Egypt's bid to host African Union summit", "SUPPORT", ("KEN",), ("EGY",)),
    ("support-lw-01", "The Chinese delegation appreciated the role of Pakistan in promoting peace in Afghanistan, said a press release issued by the Foreign Office.", "SUPPORT", ("CHN",), ("PAK",)),
    ("support-lw-02", "Ghana has extended recognition to the new government of Chad, the Ministry of Foreign Affairs stated in a release.", "SUPPORT", ("GHA",), ("TCD",)),
    ("support-pc-01", "Lawmakers in Kyrgyzstan voted on Wednesday to ratify a border treaty with Tajikistan, the parliament's press service said.", "SUPPORT", ("KGZ",), ("TJK",)),
]

COOPERATE: list[Row] = [
    ("coop-sm-01", "China and Belarus launched a joint anti-terrorism training exercise in Brest on Monday, Xinhua reported.", "COOPERATE", ("CHN", "BLR"), ()),
    ("coop-sm-02", "Turkiye extradited a suspect wanted by Azerbaijan for financing terrorism, the Turkish Justice Ministry said, according to Anadolu Agency.", "COOPERATE", ("TUR",), ("AZE",)),
    ("coop-sm-03", "Russia and Mongolia have switched to settlements in national currencies in bilateral trade, the Russian ambassador told TASS.", "COOPERATE", ("RUS", "MNG"), ()),
    ("coop-sm-04", "Saudi and Pakistani naval forces conducted a joint exercise in the Arabian Sea, the Saudi Press Agency reported.", "COOPERATE", ("SAU", "PAK"), ()),
    ("coop-hl-01", "Iran, Russia link banking systems", "COOPERATE", ("IRN", "RUS"), ()),
    ("coop-hl-02", "Egypt, Sudan hold joint air drills", "COOPERATE", ("EGY", "SDN"), ()),
    ("coop-lw-01", "Tanzania has handed over 12 suspects of cattle rustling to the Kenyan authorities at the Namanga border post, police informed.", "COOPERATE", ("TZA",), ("KEN",)),
    ("coop-lw-02", "The Uganda Police Force and the Rwanda National Police have been sharing information on cross border crimes since last year, the spokesperson said.", "COOPERATE", ("UGA", "RWA"), ()),
    ("coop-lw-03", "Kazakhstan started the export of wheat to Afghanistan through the Hairatan port, informed the Ministry of Agriculture.", "COOPERATE", ("KAZ",), ("AFG",)),
    ("coop-sm-05", "Chinese and Lao law enforcement officers jointly conducted a patrol on the Mekong River on Tuesday, Xinhua reported.", "COOPERATE", ("CHN", "LAO"), ()),
]

AID: list[Row] = [
    ("aid-sm-01", "China dispatched a batch of emergency humanitarian supplies to flood-hit Libya on Thursday, Xinhua reported.", "AID", ("CHN",), ("LBY",)),
    ("aid-sm-02", "The UAE sent an aid ship carrying 4,000 tonnes of food and medical supplies to the people of Gaza, WAM reported.", "AID", ("ARE",), ("PSE",)),
    ("aid-sm-03", "Iran's Red Crescent Society dispatched a relief consignment to earthquake-stricken Afghanistan, IRNA reported.", "AID", ("IRN",), ("AFG",)),
    ("aid-sm-04", "The Turkish Red Crescent delivered 20 truckloads of humanitarian aid to northern Syria on Wednesday, Anadolu Agency reported.", "AID", ("TUR",), ("SYR",)),
    ("aid-sm-05", "Saudi Arabia's KSrelief distributed 800 food baskets to displaced families in Sudan's Gedaref state, the Saudi Press Agency said.", "AID", ("SAU",), ("SDN",)),
    ("aid-hl-01", "Japan gives 50 million dollars for Ukraine reconstruction", "AID", ("JPN",), ("UKR",)),
    ("aid-hl-02", "India rushes relief to quake-hit Nepal", "AID", ("IND",), ("NPL",)),
    ("aid-lw-01", "The Government of Bangladesh has provided 20 tonnes of rice as gift to the flood victims of Sri Lanka.", "AID", ("BGD",), ("LKA",)),
    ("aid-pc-01", "The Brazilian Senate approved a donation of 5,000 tonnes of rice to Cuba on Wednesday.", "AID", ("BRA",), ("CUB",)),
    ("aid-lw-02", "Costa Rica has granted political asylum to a Nicaraguan opposition journalist, informed the Foreign Ministry.", "AID", ("CRI",), ("NIC",)),
]

RETREAT: list[Row] = [
    ("retreat-sm-01", "Russian forces completed their withdrawal from the Ukrainian city of Kherson, the Russian Defence Ministry said, TASS reported.", "RETREAT", ("RUS",), ("UKR",)),
    ("retreat-hl-01", "Azerbaijan frees four Armenian prisoners", "RETREAT", ("AZE",), ("ARM",)),
    ("retreat-hl-02", "Mali junta releases Ivorian soldiers", "RETREAT", ("MLI",), ("CIV",)),
    ("retreat-sm-02", "The Taliban authorities have released two British nationals detained in Afghanistan, the UK Foreign Office said.", "RETREAT", ("AFG",), ("GBR",)),
    ("retreat-sm-03", "Syria allowed United Nations aid convoys to enter through the Bab al-Salam crossing for three more months, the Syrian Arab News Agency said.", "RETREAT", ("SYR",), ("IGO",)),
    ("retreat-hl-03", "Germany returns Benin bronzes to Nigeria", "RETREAT", ("DEU",), ("NGA",)),
    ("retreat-sm-04", "The United States eased sanctions on Venezuela's oil sector on Wednesday, the U.S. Treasury said.", "RETREAT", ("USA",), ("VEN",)),
    ("retreat-pc-01", "A court in Dhaka ordered the release of a jailed Bangladeshi opposition leader on bail on Sunday.", "RETREAT", ("BGD",), ("BGD",)),
    ("retreat-lw-01", "India and China have completed the disengagement of troops at Depsang and Demchok, informed the sources in the Army.", "RETREAT", ("IND", "CHN"), ()),
    ("retreat-pc-02", "Peru's prime minister resigned on Tuesday after lawmakers voted to censure his cabinet.", "RETREAT", ("PER",), ()),
]

CONCEDE: list[Row] = [
    ("concede-lw-01", "Authorities in Manipur lifted the curfew in Imphal on Friday following improvement in the law and order situation.", "CONCEDE", ("IND",), ("IND",)),
    ("concede-pc-01", "The tribunal acquitted a former Ivorian minister of embezzlement charges on Thursday, his lawyers said.", "CONCEDE", ("CIV",), ("CIV",)),
    ("concede-pc-02", "Lawmakers in Georgia voted on Friday to repeal the controversial foreign agents law after weeks of mass protests.", "CONCEDE", ("GEO",), ("GEO",)),
    ("concede-hl-01", "Kenya scraps tax hike after deadly protests", "CONCEDE", ("KEN",), ("KEN",)),
    ("concede-hl-02", "Nigerian unions call off strike after pay deal", "CONCEDE", ("NGA",), ("NGA",)),
    ("concede-sm-01", "The Sudanese Sovereignty Council lifted the state of emergency across the country on Sunday, the Sudan News Agency reported.", "CONCEDE", ("SDN",), ("SDN",)),
    ("concede-lw-02", "The Government of Zambia has lifted the ban on opposition rallies with immediate effect, informed the Minister of Home Affairs.", "CONCEDE", ("ZMB",), ("ZMB",)),
    ("concede-sm-02", "The Thai government bowed to the demands of protesting farmers and withdrew the controversial land bill, the state broadcaster said.", "CONCEDE", ("THA",), ("THA",)),
    ("concede-hl-03", "Senegal drops charges against opposition leader", "CONCEDE", ("SEN",), ("SEN",)),
    ("concede-sm-03", "Ethiopia announced that its troops will withdraw from the Somali border areas by the end of the year, the Ethiopian News Agency said.", "CONCEDE", ("ETH",), ("SOM",)),
]

REQUEST: list[Row] = [
    ("request-sm-01", "China stressed the need for the Philippines to stop provocations in the South China Sea, the Chinese foreign ministry spokesperson said.", "REQUEST", ("CHN",), ("PHL",)),
    ("request-sm-02", "Iran called on the International Atomic Energy Agency to act professionally and avoid politicisation, IRNA reported.", "REQUEST", ("IRN",), ("IGO",)),
    ("request-sm-03", "Saudi Arabia demanded that Israel immediately halt its military operations in Rafah, the Saudi Press Agency said.", "REQUEST", ("SAU",), ("ISR",)),
    ("request-sm-04", "The DPRK demanded that the United States immediately stop its hostile military drills on the Korean peninsula, KCNA said.", "REQUEST", ("PRK",), ("USA",)),
    ("request-sm-05", "Turkiye urged Sweden to take concrete steps against the PKK terrorist organization, Anadolu Agency reported.", "REQUEST", ("TUR",), ("SWE",)),
    ("request-hl-01", "EU urges Serbia, Kosovo to de-escalate", "REQUEST", ("IGO",), ("SRB", "XKX")),
    ("request-hl-02", "Zelenskiy presses Germany for more air defence systems", "REQUEST", ("UKR",), ("DEU",)),
    ("request-hl-03", "Bolivia asks Chile for talks on sea access", "REQUEST", ("BOL",), ("CHL",)),
    ("request-pc-01", "Lawmakers in Ghana passed a resolution calling on Burkina Faso to release detained Ghanaian traders.", "REQUEST", ("GHA",), ("BFA",)),
    ("request-lw-01", "Pakistan has requested Afghanistan to hand over the terrorists involved in the attack, informed the Foreign Office spokesperson.", "REQUEST", ("PAK",), ("AFG",)),
]

ACCUSE: list[Row] = [
    ("accuse-sm-01", "China strongly condemned the U.S. arms sales to Taiwan, and the Chinese side has lodged solemn representations with the U.S. side, the spokesperson said.", "ACCUSE", ("CHN",), ("USA",)),
    ("accuse-sm-02", "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear power plant, TASS reported.", "ACCUSE", ("RUS",), ("UKR",)),
    ("accuse-sm-03", "KCNA denounced the Japanese authorities for their plan to discharge contaminated water into the sea.", "ACCUSE", ("PRK",), ("JPN",)),
    ("accuse-sm-04", "The Chinese side firmly opposes and strongly deplores the Japanese side's erroneous remarks on Taiwan, the spokesperson said.", "ACCUSE", ("CHN",), ("JPN",)),
    ("accuse-sm-05", "Iran's foreign ministry summoned the British charge d'affaires to protest at London's interference in Iran's internal affairs, IRNA reported.", "ACCUSE", ("IRN",), ("GBR",)),
    ("accuse-hl-01", "Erdogan slams Israel over Gaza strikes", "ACCUSE", ("TUR",), ("ISR",)),
    ("accuse-hl-02", "India raps Pakistan at UN over terror", "ACCUSE", ("IND",), ("PAK",)),
    ("accuse-hl-03", "Seoul slams Pyongyang over trash balloon launches", "ACCUSE", ("KOR",), ("PRK",)),
    ("accuse-pc-01", "A court in Harare charged Zimbabwean opposition leader Job Sikhala with inciting public violence on Monday.", "ACCUSE", ("ZWE",), ("ZWE",)),
    ("accuse-pc-02", "Peruvian lawmakers opened an investigation into President Dina Boluarte over alleged bribery on Wednesday.", "ACCUSE", ("PER",), ("PER",)),
    ("accuse-lw-01", "The Ministry of Foreign Affairs of Bangladesh has expressed deep concern over the killing of a Bangladeshi national by the Indian Border Security Force.", "ACCUSE", ("BGD",), ("IND",)),
]

REJECT: list[Row] = [
    ("reject-hl-01", "Egypt nixes Israeli proposal on Rafah crossing", "REJECT", ("EGY",), ("ISR",)),
    ("reject-sm-01", "China firmly rejected the so-called arbitral award on the South China Sea filed by the Philippines, the Chinese foreign ministry said.", "REJECT", ("CHN",), ("PHL",)),
    ("reject-sm-02", "Moscow turned down Kyiv's proposal for an energy truce, the Kremlin spokesman told TASS on Thursday.", "REJECT", ("RUS",), ("UKR",)),
    ("reject-sm-03", "The DPRK rejected the U.S. offer of dialogue as a cheap trick to cover up its hostile policy, KCNA said.", "REJECT", ("PRK",), ("USA",)),
    ("reject-pc-01", "The Georgian parliament rejected the European Union's call to drop the foreign agents law on Tuesday.", "REJECT", ("GEO",), ("IGO",)),
    ("reject-pc-02", "Kenya's Supreme Court dismissed the opposition's petition against the election of President William Ruto on Monday.", "REJECT", ("KEN",), ("KEN",)),
    ("reject-hl-02", "Tehran rebuffs EU call for talks", "REJECT", ("IRN",), ("IGO",)),
    ("reject-lw-01", "The Government of Nepal has declined the request of India to open the Lipulekh route for trade, informed the Ministry of Foreign Affairs.", "REJECT", ("NPL",), ("IND",)),
    ("reject-sm-04", "Turkiye rejected Greece's claims on the continental shelf in the Eastern Mediterranean, Anadolu Agency reported.", "REJECT", ("TUR",), ("GRC",)),
    ("reject-sm-05", "Saudi Arabia rejected the Israeli prime minister's statements about establishing a Palestinian state on Saudi soil, the Saudi Press Agency said.", "REJECT", ("SAU",), ("ISR",)),
]

THREATEN: list[Row] = [
    ("threaten-hl-01", "Iran vows harsh response to Israeli strike", "THREATEN", ("IRN",), ("ISR",)),
    ("threaten-hl-02", "EU mulls sanctions on Georgia over crackdown", "THREATEN", ("IGO",), ("GEO",)),
    ("threaten-sm-01", "The DPRK warned that it would take overwhelming countermeasures against the United States if it continued its military provocations, KCNA said.", "THREATEN", ("PRK",), ("USA",)),
    ("threaten-sm-02", "Moscow warned Helsinki of retaliatory measures if Finland joins NATO, the Russian foreign ministry said, TASS reported.", "THREATEN", ("RUS",), ("FIN",)),
    ("threaten-sm-03", "China warned the Philippines that it would take resolute measures to defend its sovereignty over Huangyan Dao, Xinhua reported.", "THREATEN", ("CHN",), ("PHL",)),
    ("threaten-hl-03", "Trump threatens tariffs on Mexico", "THREATEN", ("USA",), ("MEX",)),
    ("threaten-pc-01", "Opposition lawmakers in Pakistan threatened to boycott the budget session unless the government released their detained colleagues.", "THREATEN", ("PAK",), ("PAK",)),
    ("threaten-lw-01", "Bangladesh has warned Myanmar of stern action if its mortar shells land again inside Bangladesh territory, informed the Foreign Ministry.", "THREATEN", ("BGD",), ("MMR",)),
    ("threaten-sm-04", "Ankara threatened to block Sweden's NATO membership bid if Stockholm did not extradite PKK members, Anadolu Agency reported.", "THREATEN", ("TUR",), ("SWE",)),
    ("threaten-sm-05", "Iran's army chief warned the Zionist regime of a crushing response to any act of aggression, IRNA reported.", "THREATEN", ("IRN",), ("ISR",)),
]

PROTEST: list[Row] = [
    ("protest-hl-01", "Thousands rally in Tbilisi against foreign agents law", "PROTEST", ("GEO",), ("GEO",)),
    ("protest-hl-02", "Kenyan doctors strike over pay", "PROTEST", ("KEN",), ("KEN",)),
    ("protest-sm-01", "Tens of thousands of Argentines took to the streets of Buenos Aires on Wednesday to protest against the government's austerity measures, Xinhua reported.", "PROTEST", ("ARG",), ("ARG",)),
    ("protest-sm-02", "Thousands of Iranians rallied in Tehran to condemn the desecration of the Holy Quran in Sweden, IRNA reported.", "PROTEST", ("IRN",), ("SWE",)),
    ("protest-pc-01", "Opposition lawmakers staged a walkout from the Congolese National Assembly in Kinshasa on Tuesday over the election of the speaker.", "PROTEST", ("COD",), ("COD",)),
    ("protest-lw-01", "Transporters observed a wheel-jam strike in Karachi against the hike in fuel prices by the Pakistani government.", "PROTEST", ("PAK",), ("PAK",)),
    ("protest-lw-02", "Hundreds of agitating farmers blocked the national highway in Indian Punjab demanding loan waiver from the government.", "PROTEST", ("IND",), ("IND",)),
    ("protest-sm-03", "Jailed Bahraini activist Abdulhadi al-Khawaja went on a hunger strike to protest his detention, his family said.", "PROTEST", ("BHR",), ("BHR",)),
    ("protest-hl-03", "Bangladesh opposition boycotts general election", "PROTEST", ("BGD",), ("BGD",)),
    ("protest-lw-03", "Rioters torched vehicles and looted shops in Dakar after the Senegalese opposition leader was sentenced, informed the police.", "PROTEST", ("SEN",), ("SEN",)),
]

SANCTION: list[Row] = [
    ("sanction-hl-01", "Nicaragua breaks ties with Taipei", "SANCTION", ("NIC",), ("TWN",)),
    ("sanction-sm-01", "Burkina Faso expelled three French diplomats accused of subversive activities, the state broadcaster RTB reported.", "SANCTION", ("BFA",), ("FRA",)),
    ("sanction-pc-01", "A court in Moscow sentenced a U.S. journalist to 16 years in prison on espionage charges on Friday.", "SANCTION", ("RUS",), ("USA",)),
    ("sanction-pc-02", "A court in Tehran sentenced a French national to eight years in prison for spying, the judiciary's Mizan news agency said.", "SANCTION", ("IRN",), ("FRA",)),
    ("sanction-pc-03", "Hungarian lawmakers voted on Tuesday to withdraw from the International Criminal Court.", "SANCTION", ("HUN",), ("IGO",)),
    ("sanction-hl-02", "Niger nixes military accord with U.S.", "SANCTION", ("NER",), ("USA",)),
    ("sanction-sm-02", "Russia suspended its participation in the New START treaty with the United States, the Russian foreign ministry said, TASS reported.", "SANCTION", ("RUS",), ("USA",)),
    ("sanction-lw-01", "The Government of Pakistan has decided to downgrade diplomatic relations with India and suspend bilateral trade, informed the Foreign Office.", "SANCTION", ("PAK",), ("IND",)),
    ("sanction-sm-03", "Saudi Arabia recalled its ambassador from Lebanon for consultations, the Saudi Press Agency reported.", "SANCTION", ("SAU",), ("LBN",)),
    ("sanction-hl-03", "U.S. halts aid to Niger after coup", "SANCTION", ("USA",), ("NER",)),
]

MOBILIZE: list[Row] = [
    ("mobilize-sm-01", "The Korean People's Army test-fired a new-type intercontinental ballistic missile on Thursday, KCNA reported.", "MOBILIZE", ("PRK",), ()),
    ("mobilize-sm-02", "The Eastern Theater Command of the Chinese People's Liberation Army conducted combat readiness patrols around Taiwan island on Saturday, Xinhua reported.", "MOBILIZE", ("CHN",), ("TWN",)),
    ("mobilize-hl-01", "Russia masses troops near Ukraine border", "MOBILIZE", ("RUS",), ("UKR",)),
    ("mobilize-hl-02", "Venezuela deploys troops to Guyana border", "MOBILIZE", ("VEN",), ("GUY",)),
    ("mobilize-sm-03", "Turkiye deployed additional troops and armoured vehicles to its border with Syria, Anadolu Agency reported.", "MOBILIZE", ("TUR",), ("SYR",)),
    ("mobilize-sm-04", "Iran's army staged large-scale drills near the border with Azerbaijan on Monday, IRNA reported.", "MOBILIZE", ("IRN",), ("AZE",)),
    ("mobilize-lw-01", "Police has been deployed in large number in Lahore ahead of the opposition rally, informed the Punjab government spokesperson.", "MOBILIZE", ("PAK",), ("PAK",)),
    ("mobilize-lw-02", "The Sudanese army has put its forces on high alert along the border with Ethiopia, informed military sources.", "MOBILIZE", ("SDN",), ("ETH",)),
    ("mobilize-hl-03", "Belarus moves troops to Ukraine border", "MOBILIZE", ("BLR",), ("UKR",)),
    ("mobilize-pc-01", "Lawmakers in Armenia approved the call-up of reservists to reinforce the border with Azerbaijan on Thursday.", "MOBILIZE", ("ARM",), ("AZE",)),
]

COERCE: list[Row] = [
    ("coerce-pc-01", "A court in Istanbul ordered the arrest of the Turkish opposition mayor Ekrem Imamoglu on Sunday.", "COERCE", ("TUR",), ("TUR",)),
    ("coerce-lw-01", "Police in Dhaka detained 50 activists of the opposition Bangladesh Nationalist Party, informed the Dhaka Metropolitan Police.", "COERCE", ("BGD",), ("BGD",)),
    ("coerce-hl-01", "Pakistan bans opposition rallies in Islamabad", "COERCE", ("PAK",), ("PAK",)),
    ("coerce-hl-02", "Russia blocks access to Instagram", "COERCE", ("RUS",), ("RUS",)),
    ("coerce-sm-01", "Thailand deported 40 Uyghurs to China on Thursday, the Thai government spokesman said.", "COERCE", ("THA",), ("CHN",)),
    ("coerce-lw-02", "Authorities imposed a curfew in Kathmandu after clashes between police and royalist protesters, informed the Home Ministry of Nepal.", "COERCE", ("NPL",), ("NPL",)),
    ("coerce-lw-03", "Indian security forces have cordoned off the area and launched a search operation in Pulwama district, informed the police.", "COERCE", ("IND",), ("IND",)),
    ("coerce-sm-02", "Iran's Revolutionary Guards seized a Greek-flagged oil tanker in the Gulf on Wednesday, IRNA reported.", "COERCE", ("IRN",), ("GRC",)),
    ("coerce-sm-03", "The Russian Federal Security Service detained a Ukrainian saboteur in the Bryansk region, TASS reported.", "COERCE", ("RUS",), ("UKR",)),
    ("coerce-pc-02", "Lawmakers in Kyrgyzstan voted to ban foreign-funded NGOs from political activity on Wednesday.", "COERCE", ("KGZ",), ("KGZ",)),
    ("coerce-hl-03", "Ethiopia shuts down internet in Amhara region", "COERCE", ("ETH",), ("ETH",)),
]

ASSAULT: list[Row] = [
    ("assault-hl-01", "Israeli strikes kill 20 in Gaza", "ASSAULT", ("ISR",), ("PSE",)),
    ("assault-hl-02", "Gunmen kill 12 villagers in Nigeria's Plateau state", "ASSAULT", (), ("NGA",)),
    ("assault-sm-01", "Israeli warplanes carried out airstrikes on the southern Lebanese town of Nabatieh on Tuesday, Xinhua reported.", "ASSAULT", ("ISR",), ("LBN",)),
    ("assault-sm-02", "The Ukrainian armed forces attacked the Belgorod region with drones overnight, Russia's Ministry of Defence said, TASS reported.", "ASSAULT", ("UKR",), ("RUS",)),
    ("assault-sm-03", "Turkish security forces neutralized four terrorists in Hakkari province, the Turkish Interior Ministry said, Anadolu Agency reported.", "ASSAULT", ("TUR",), ("TUR",)),
    ("assault-sm-04", "The Zionist regime's army martyred three Palestinians in Jenin on Monday, IRNA reported.", "ASSAULT", ("ISR",), ("PSE",)),
    ("assault-lw-01", "Unknown miscreants set ablaze the house of a Hindu family in Tharparkar district of Pakistan's Sindh province, informed the police.", "ASSAULT", (), ("PAK",)),
    ("assault-lw-02", "Al-Shabaab terrorists attacked a Kenyan police station in Mandera, killing two officers, informed the county commissioner.", "ASSAULT", ("SOM",), ("KEN",)),
    ("assault-hl-03", "Myanmar junta bombs rebel-held village", "ASSAULT", ("MMR",), ("MMR",)),
    ("assault-lw-03", "Armed bandits abducted 30 students from a school in Kaduna state of Nigeria, informed the state government.", "ASSAULT", (), ("NGA",)),
    ("assault-sm-05", "A suicide bomber blew himself up at a mosque in Peshawar, killing 50 Pakistani worshippers, the police said.", "ASSAULT", (), ("PAK",)),
    ("assault-sm-06", "Heavy clashes erupted between Armenian and Azerbaijani forces along the border on Tuesday, the Armenian Defence Ministry said.", "ASSAULT", ("ARM", "AZE"), ()),
]

ROWS: list[Row] = (AGREE + CONSULT + SUPPORT + COOPERATE + AID + RETREAT + CONCEDE + REQUEST + ACCUSE + REJECT
                   + THREATEN + PROTEST + SANCTION + MOBILIZE + COERCE + ASSAULT)

REGISTERS = ("sm", "hl", "pc", "lw")

# main before any rule of branch i16-plover-register (6c96c90), the first measurement
MEASURED: dict[str, float] = {"rows": 167, "type_accuracy": 0.743, "triple_f1": 0.636, "actor_f1": 0.803,
                             "triple_accuracy": 0.611, "no_event_rate": 0.180}

# rows the code still gets wrong, with their failure class (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "agree-sm-03": "no event: 'is prepared to consider X's proposals' (readiness, state-media)",
    "agree-sm-04": "no event: 'affirmed its commitment to invest in' (commitment noun)",
    "agree-hl-03": "type: the talks offered ('offers to host talks between') outrank the offer",
    "agree-pc-01": "wrong argument: the offer voted on gives Chile as its own recipient",
    "coop-sm-02": "wrong argument: 'a suspect wanted by Azerbaijan' gives no recipient of the extradition",
    "coop-sm-03": "no event: 'switched to settlements in national currencies in bilateral trade'",
    "coop-lw-01": "wrong argument: 'to the Kenyan authorities' gives no recipient of a handover",
    "coop-sm-05": "no event: 'jointly conducted a patrol' (joint adverb)",
    "aid-sm-05": "no event: 'distributed food baskets to displaced families in'",
    "retreat-sm-03": "no event: 'allowed U.N. aid convoys to enter'",
    "retreat-hl-03": "no event: headline 'X returns artefacts to Y' (return property)",
    "retreat-lw-01": "wrong argument: 'X and Y have completed the disengagement of troops' gives no actor",
    "concede-sm-02": "wrong argument: 'bowed to the demands of protesting farmers' gives no recipient",
    "concede-sm-03": "type: an announced future withdrawal read as AGREE, not CONCEDE",
    "request-hl-01": "wrong argument: headline 'urges X, Y to' keeps only the first recipient",
    "accuse-lw-01": "type: 'expressed deep concern over the killing of' read as the killing (ASSAULT)",
    "threaten-hl-02": "type: headline 'X mulls sanctions on Y' read as an agentless COERCE",
    "protest-hl-01": "wrong argument: 'Thousands rally in Tbilisi' gives no country for the crowd",
    "protest-hl-02": "no event: headline 'X doctors strike over pay' (bare verb 'strike')",
    "protest-sm-02": "wrong argument: 'to condemn the desecration of the Quran in Sweden' gives no target",
    "protest-lw-01": "wrong argument: 'Transporters observed a wheel-jam strike in Karachi' gives no actor",
    "protest-hl-03": "no event: headline 'X opposition boycotts election'",
    "sanction-hl-02": "no event: headline 'X nixes military accord with Y' (an accord ended)",
    "sanction-sm-02": "wrong argument: 'suspended its participation in the treaty with Y' gives the actor as target",
    "mobilize-sm-04": "wrong argument: drills 'near the border with Y' give no target",
    "mobilize-pc-01": "no event: 'approved the call-up of reservists' (nominal mobilisation)",
    "coerce-hl-02": "type: headline 'X blocks access to Instagram' read as PROTEST",
    "assault-hl-02": "wrong argument: headline 'Gunmen kill 12 villagers in Nigeria's ...' gives the victims' country to the gunmen",
    "assault-sm-02": "wrong argument: 'attacked the Belgorod region' gives no target",
    "assault-sm-03": "wrong argument: 'neutralized four terrorists in Hakkari province' gives no target",
    "assault-hl-03": "wrong argument: headline 'X bombs rebel-held village' gives no target",
    "assault-lw-03": "wrong argument: 'Armed bandits' get the scene's country",
    "assault-sm-05": "wrong argument: 'A suicide bomber' gets the victims' country",
}


def test_probe_rows_are_unique_and_cover_every_type_and_register() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 150
    assert set(GAPS) <= set(ids)
    types = Counter(r[2] for r in ROWS)
    assert len(types) == 16 and min(types.values()) >= 10, types
    registers = Counter(r[0].split("-")[1] for r in ROWS)
    assert set(registers) == set(REGISTERS) and min(registers.values()) >= 20, registers


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_register_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """The PLOVER evaluation's metrics on ``rows`` (:func:`tests.builders.plover_probe_scores`)."""
    return plover_probe_scores(rows)
