"""A readout probe of PLOVER coding: every event type in the prose of governments and state agencies.

The held-out PLOVER records include governments' and state agencies' own prose, which neither the
wire probes nor the register probe (``test_register_probe.py``, whose state-media rows are agency
ledes) cover as a register. This probe writes every one of the 16 PLOVER types, about equally, in
six official registers, each sentence invented here and coded before the code was run, by the
PLOVER codebook's definitions and the manual's actor conventions (``../shared/reference``):

* ``rd``: call and meeting readouts (White House, Downing Street, Elysee, presidencies): "spoke
  today with", "had a telephone conversation with", "reaffirmed ... commitment to", "urged";
* ``mf``: foreign ministries' press releases and spokespersons' briefings (Chinese, Russian,
  Indian, Turkish and other MFAs): "expressed firm opposition", "lodged solemn representations",
  "strongly condemns", "reaffirmed its support for", "the Chinese side", "declared persona non
  grata";
* ``js``: joint statements and communiques of summits and bilateral visits (AU, GCC, Arab League,
  OIC, ECOWAS, EU Council): "The two sides agreed", "welcomed", "called upon";
* ``sa``: translated state agencies (Xinhua, KCNA, IRNA, SANA, SPA, WAM, TASS, Anadolu, Saba):
  "Respected Comrade", "received", "held talks in a friendly atmosphere", "the Custodian of the
  Two Holy Mosques", "the Islamic Republic", "the DPRK", "the Kingdom", "martyred";
* ``ml``: military press releases (ISPR, Defence Headquarters, Ministries of Defence, CENTCOM):
  "neutralised", "conducted precision strikes", "repelled an attack", "put on high alert";
* ``un``: UN Security Council press statements and UN agencies' and missions' notes: "The members
  of the Security Council condemned / welcomed / called on", "the Secretary-General".

Conventions (the manual's): reciprocal events (calls, talks, agreements, memoranda signed, joint
patrols and exercises, exchanges of information, disengagement) code every party as the actor and
no recipient; a visit ("received", "called on", "met X in X's capital") has the visitor as actor
and the host as recipient; an agentless act (gunmen, a suicide bomber) has no actor and its
victims' country is the recipient; a quoted event is coded for its doer, not the ministry, agency
or mission that tells it; a promised future withdrawal is CONCEDE; lifting an embargo done is
RETREAT, restoring rights or accepting demands CONCEDE; a state's organs, forces, citizens and
domestic groups (the Houthis, M23, the RSF) carry its country code; international organisations
and their organs (UN, IAEA, AU, GCC, ECOWAS, EU Council, Arab League, OIC, AfDB) are ``IGO``.

Scored as the PLOVER evaluation scores dev records (``evaluation/events.py``: ``score``), as the
register and headline probes do (``tests.builders.plover_probe_scores``). A row holds when the
most confident counted event is the expected triple; rows still failing are strict xfails in
``GAPS``.

Measured on main before any rule (58edfcb; 173 rows, the answers written first; the held-out
estimate): type accuracy 0.798, triple F1 0.583, actor F1 0.792, triple accuracy 0.578, no counted
event on 0.121 of the rows. By register (type / triple F1 / actor F1): readouts 0.750 / 0.696 /
0.800, ministries 0.771 / 0.647 / 0.857, joint statements 0.818 / 0.558 / 0.783, state agencies
0.786 / 0.593 / 0.789, military 0.857 / 0.517 / 0.772, UN 0.818 / 0.468 / 0.725.
After the rules of ``test_readout_rules.py`` (branch i16-plover-readouts, written against this
probe, so no longer a held-out estimate): type accuracy 0.884, triple F1 0.693, actor F1 0.866,
triple accuracy 0.711, no counted event on 0.058 of the rows; readouts 0.917 / 0.816 / 0.891,
ministries 0.857 / 0.761 / 0.917, joint statements 0.864 / 0.682 / 0.833, state agencies 0.929 /
0.698 / 0.881, military 0.857 / 0.655 / 0.843, UN 0.864 / 0.511 / 0.790. Left as gaps by the
project's conventions (the dev records' practice over the manual): an unnamed attacker takes the
scene's country, a promised withdrawal is AGREE, a bloc's members stand for the bloc.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import plover_probe_shortfalls, plover_row_params, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

AGREE: list[Row] = [
    ("agree-rd-01", "During the call, President Macron offered France's help in organising an international conference on the reconstruction of Lebanon, the Elysee said.", "AGREE", ("FRA",), ("LBN",)),
    ("agree-rd-02", "Prime Minister Keir Starmer invited President Lula to visit London next year, a Downing Street spokesperson said.", "AGREE", ("GBR",), ("BRA",)),
    ("agree-mf-01", "India is ready to work with Sri Lanka to expand connectivity and energy cooperation, the spokesperson of the Ministry of External Affairs said at the weekly briefing.", "AGREE", ("IND",), ("LKA",)),
    ("agree-mf-02", "The Russian side expressed its readiness to assist Azerbaijan and Armenia in the delimitation of their border, the Russian Foreign Ministry said in a statement.", "AGREE", ("RUS",), ("AZE", "ARM")),
    ("agree-js-01", "Vietnam and Indonesia agreed to set up a joint working group on maritime cooperation, according to the joint statement issued after the talks.", "AGREE", ("VNM", "IDN"), ()),
    ("agree-js-02", "The two sides agreed to complete the Lamu port corridor by 2027, said the joint communique issued by Kenya and Ethiopia at the end of the state visit.", "AGREE", ("KEN", "ETH"), ()),
    ("agree-sa-01", "The Islamic Republic is prepared to expand its relations with Iraq in all fields, the Supreme Leader told the visiting Iraqi prime minister, IRNA reported.", "AGREE", ("IRN",), ("IRQ",)),
    ("agree-sa-02", "Algeria has offered to host a meeting of the rival Libyan factions to pave the way for elections, the Algeria Press Service reported.", "AGREE", ("DZA",), ("LBY",)),
    ("agree-sa-03", "Saudi Arabia pledged to invest 5 billion dollars in Pakistan's mining sector, the Saudi Press Agency reported.", "AGREE", ("SAU",), ("PAK",)),
    ("agree-ml-01", "Pakistan's Ministry of Defence said it is willing to resume military-to-military contacts with the interim government of Afghanistan.", "AGREE", ("PAK",), ("AFG",)),
    ("agree-un-01", "The members of the Security Council expressed their readiness to support the political process in Haiti.", "AGREE", ("IGO",), ("HTI",)),
]

CONSULT: list[Row] = [
    ("consult-rd-01", "President Biden spoke today with President Cyril Ramaphosa of South Africa to discuss the crisis in Sudan.", "CONSULT", ("USA", "ZAF"), ()),
    ("consult-rd-02", "Prime Minister Starmer met Chancellor Scholz in Berlin today, a Downing Street spokesperson said.", "CONSULT", ("GBR",), ("DEU",)),
    ("consult-rd-03", "President Macron had a telephone conversation with Crown Prince Mohammed bin Salman of Saudi Arabia on Monday, the Elysee said.", "CONSULT", ("FRA", "SAU"), ()),
    ("consult-mf-01", "External Affairs Minister S. Jaishankar held talks with his Malaysian counterpart on Tuesday, the Ministry of External Affairs said.", "CONSULT", ("IND", "MYS"), ()),
    ("consult-mf-02", "Turkish Foreign Minister Hakan Fidan received his Iraqi counterpart Fuad Hussein in Ankara on Wednesday, the Turkish Foreign Ministry said.", "CONSULT", ("IRQ",), ("TUR",)),
    ("consult-js-01", "The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday for their fourth tripartite summit, according to the final communique.", "CONSULT", ("EGY", "JOR", "IRQ"), ()),
    ("consult-js-02", "The foreign ministers of China, Russia and Iran held a trilateral meeting in Beijing on Friday, according to a joint statement.", "CONSULT", ("CHN", "RUS", "IRN"), ()),
    ("consult-sa-01", "Respected Comrade Kim Jong Un received Russian Defence Minister Andrei Belousov in Pyongyang, KCNA reported.", "CONSULT", ("RUS",), ("PRK",)),
    ("consult-sa-02", "President Ilham Aliyev received the visiting Foreign Minister of Hungary, Peter Szijjarto, AZERTAC reported.", "CONSULT", ("HUN",), ("AZE",)),
    ("consult-sa-03", "Iranian President Masoud Pezeshkian and Turkish President Recep Tayyip Erdogan held talks in a friendly atmosphere on the sidelines of the summit in Cairo, IRNA reported.", "CONSULT", ("IRN", "TUR"), ()),
    ("consult-ml-01", "The Chief of Army Staff of Pakistan called on the Chief of the General Staff of the Saudi armed forces in Riyadh, the ISPR said in a press release.", "CONSULT", ("PAK",), ("SAU",)),
    ("consult-un-01", "The Secretary-General met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan on Thursday, the UN spokesperson said.", "CONSULT", ("IGO",), ("SDN",)),
]

SUPPORT: list[Row] = [
    ("support-rd-01", "President Biden reaffirmed the United States' ironclad commitment to the defense of the Philippines, the White House said.", "SUPPORT", ("USA",), ("PHL",)),
    ("support-rd-02", "President Macron congratulated President Bassirou Diomaye Faye of Senegal on his election, the Elysee said.", "SUPPORT", ("FRA",), ("SEN",)),
    ("support-mf-01", "China appreciates Egypt's efforts to promote a ceasefire in Gaza, the Chinese Foreign Ministry spokesperson said at a regular press briefing.", "SUPPORT", ("CHN",), ("EGY",)),
    ("support-mf-02", "India reaffirmed its support for the sovereignty and territorial integrity of Ukraine, the Ministry of External Affairs said in a press release.", "SUPPORT", ("IND",), ("UKR",)),
    ("support-js-01", "Uzbekistan and Azerbaijan signed a memorandum of understanding on cooperation in agriculture, according to the joint statement.", "SUPPORT", ("UZB", "AZE"), ()),
    ("support-js-02", "The Arab League summit welcomed Syria's return to the organisation, the final communique said.", "SUPPORT", ("IGO",), ("SYR",)),
    ("support-sa-01", "The Custodian of the Two Holy Mosques sent a cable of congratulations to the President of the United Arab Emirates on the occasion of the UAE National Day, SPA reported.", "SUPPORT", ("SAU",), ("ARE",)),
    ("support-sa-02", "Respected Comrade Kim Jong Un expressed full support for the just cause of the Russian army and people, KCNA said.", "SUPPORT", ("PRK",), ("RUS",)),
    ("support-ml-01", "The Nigerian Army commended the Cameroonian armed forces for their role in the fight against Boko Haram, the Defence Headquarters said.", "SUPPORT", ("NGA",), ("CMR",)),
    ("support-un-01", "The members of the Security Council welcomed the formation of the new government of Lebanon.", "SUPPORT", ("IGO",), ("LBN",)),
    ("support-un-02", "The Security Council unanimously endorsed the peace agreement between the Democratic Republic of the Congo and Rwanda.", "SUPPORT", ("IGO",), ("COD", "RWA")),
]

COOPERATE: list[Row] = [
    ("coop-rd-01", "The United States and India launched a joint initiative on critical minerals, the White House said in a readout of the meeting.", "COOPERATE", ("USA", "IND"), ()),
    ("coop-mf-01", "Thailand extradited a suspect wanted for fraud to Cambodia on Friday, the Thai Foreign Ministry said.", "COOPERATE", ("THA",), ("KHM",)),
    ("coop-mf-02", "Uzbekistan handed over to Tajikistan five citizens wanted for terrorism offences, the Uzbek Foreign Ministry said.", "COOPERATE", ("UZB",), ("TJK",)),
    ("coop-js-01", "Brazil and Argentina have resumed the exchange of nuclear safeguards information, the joint communique said.", "COOPERATE", ("BRA", "ARG"), ()),
    ("coop-js-02", "Morocco and Mauritania launched a joint electricity interconnection project, according to a joint statement.", "COOPERATE", ("MAR", "MRT"), ()),
    ("coop-sa-01", "Chinese and Russian warships held a joint naval patrol in the Western Pacific, the Chinese Ministry of National Defense said.", "COOPERATE", ("CHN", "RUS"), ()),
    ("coop-sa-02", "Iran and Venezuela have started to trade in their national currencies, IRNA reported.", "COOPERATE", ("IRN", "VEN"), ()),
    ("coop-sa-03", "Qatar and Turkiye have exchanged intelligence on the activities of terrorist groups in northern Syria, Anadolu Agency reported.", "COOPERATE", ("QAT", "TUR"), ()),
    ("coop-ml-01", "Troops of the Nigerian and Beninese armies conducted joint patrols along the common border, the Defence Headquarters said in a statement.", "COOPERATE", ("NGA", "BEN"), ()),
    ("coop-ml-02", "The Egyptian and Greek navies carried out a joint passing exercise in the Mediterranean on Saturday, the Egyptian military spokesman said.", "COOPERATE", ("EGY", "GRC"), ()),
    ("coop-un-01", "The United Nations and the African Union deployed a joint mission to monitor the ceasefire, the UN spokesperson said.", "COOPERATE", ("IGO",), ()),
]

AID: list[Row] = [
    ("aid-rd-01", "President Biden announced an additional 425 million dollars in security assistance for Ukraine, the White House said.", "AID", ("USA",), ("UKR",)),
    ("aid-rd-02", "The United Kingdom has delivered 20 armoured ambulances to Ukraine, Downing Street said.", "AID", ("GBR",), ("UKR",)),
    ("aid-mf-01", "India dispatched 30 tonnes of medicines and relief material to earthquake-hit Myanmar, the Ministry of External Affairs said.", "AID", ("IND",), ("MMR",)),
    ("aid-mf-02", "The Government of Japan has decided to extend Emergency Grant Aid of 3 million dollars to Mozambique for the victims of the cyclone, the Ministry of Foreign Affairs announced.", "AID", ("JPN",), ("MOZ",)),
    ("aid-js-01", "The African Development Bank approved a grant of 50 million dollars to Chad for communities hosting refugees, according to a joint press release.", "AID", ("IGO",), ("TCD",)),
    ("aid-js-02", "Saudi Arabia and the United Arab Emirates deposited 3 billion dollars in the Central Bank of Yemen, according to a joint statement.", "AID", ("SAU", "ARE"), ("YEM",)),
    ("aid-sa-01", "The Kingdom of Saudi Arabia, represented by KSrelief, distributed 1,200 food baskets in Somalia's Banadir region, SPA reported.", "AID", ("SAU",), ("SOM",)),
    ("aid-sa-02", "The UAE has sent a plane carrying 50 tonnes of medical supplies to Sudan, WAM reported.", "AID", ("ARE",), ("SDN",)),
    ("aid-sa-03", "China handed over a batch of emergency relief supplies to the Cambodian government in Phnom Penh on Tuesday, Xinhua reported.", "AID", ("CHN",), ("KHM",)),
    ("aid-ml-01", "The Indian Navy rescued 12 Iranian fishermen held hostage by pirates off the coast of Somalia, the Navy spokesperson said.", "AID", ("IND",), ("IRN",)),
    ("aid-un-01", "The UN Central Emergency Response Fund allocated 10 million dollars to scale up the humanitarian response in Haiti.", "AID", ("IGO",), ("HTI",)),
]

RETREAT: list[Row] = [
    ("retreat-rd-01", "Azerbaijan released four Armenian servicemen as a goodwill gesture, the office of the President of Azerbaijan said.", "RETREAT", ("AZE",), ("ARM",)),
    ("retreat-rd-02", "The Prime Minister of Nepal has resigned, his office said in a statement on Sunday.", "RETREAT", ("NPL",), ()),
    ("retreat-mf-01", "Ethiopia has allowed UN humanitarian workers to access the Tigray region, the Ethiopian Ministry of Foreign Affairs said.", "RETREAT", ("ETH",), ("IGO",)),
    ("retreat-mf-02", "The Netherlands returned 119 looted Benin bronzes to Nigeria, the Nigerian Ministry of Foreign Affairs said.", "RETREAT", ("NLD",), ("NGA",)),
    ("retreat-js-01", "The United States lifted sanctions on Syria's central bank, according to a joint statement of the Treasury and the State Department.", "RETREAT", ("USA",), ("SYR",)),
    ("retreat-sa-01", "Russian troops completed their withdrawal from the village of Kolotilovka, the Russian Ministry of Defence said, TASS reported.", "RETREAT", ("RUS",), ()),
    ("retreat-sa-02", "The Houthis released the crew of the Galaxy Leader ship, the Houthi-run Saba news agency reported.", "RETREAT", ("YEM",), ()),
    ("retreat-ml-01", "Indian and Chinese troops have completed the disengagement from the friction points in eastern Ladakh, the Indian Army said.", "RETREAT", ("IND", "CHN"), ()),
    ("retreat-ml-02", "M23 rebels withdrew from the town of Walikale, the Congolese army spokesman said.", "RETREAT", ("COD",), ()),
    ("retreat-un-01", "Venezuela allowed IAEA inspectors to visit its nuclear research reactor, the UN agency said.", "RETREAT", ("VEN",), ("IGO",)),
    ("retreat-un-03", "The Security Council lifted the arms embargo on the Government of Somalia.", "RETREAT", ("IGO",), ("SOM",)),
    ("retreat-un-02", "The Libyan National Army released 12 UN staff members detained in Benghazi, the UN mission said.", "RETREAT", ("LBY",), ("IGO",)),
]

CONCEDE: list[Row] = [
    ("concede-rd-01", "The government of Bangladesh lifted the ban on the Jamaat-e-Islami party, the interim government's press wing said.", "CONCEDE", ("BGD",), ("BGD",)),
    ("concede-rd-02", "President Tinubu reversed the increase in fuel prices after weeks of protests, the Nigerian presidency said.", "CONCEDE", ("NGA",), ("NGA",)),
    ("concede-mf-01", "The Georgian government withdrew the foreign agents bill in response to the demands of the protesters, the government press office said.", "CONCEDE", ("GEO",), ("GEO",)),
    ("concede-mf-02", "The Chinese side has restored the accreditation of three Australian journalists, the Chinese Foreign Ministry spokesperson said.", "CONCEDE", ("CHN",), ("AUS",)),
    ("concede-js-01", "Armenia will withdraw its troops from the four villages in the Tavush region, according to the joint statement of the border commissions of Armenia and Azerbaijan.", "CONCEDE", ("ARM",), ("AZE",)),
    ("concede-sa-01", "Iran has restored access to WhatsApp and Google Play, the Iranian government spokeswoman said, IRNA reported.", "CONCEDE", ("IRN",), ("IRN",)),
    ("concede-sa-02", "The Pakistani government accepted the demands of the protesting traders and withdrew the new tax on retailers, the Associated Press of Pakistan reported.", "CONCEDE", ("PAK",), ("PAK",)),
    ("concede-sa-03", "The Kingdom of Bahrain lifted the travel ban on opposition figures, the Bahrain News Agency said.", "CONCEDE", ("BHR",), ("BHR",)),
    ("concede-ml-01", "The chief of the Bangladesh army accepted the demand of the protesting students for an interim government, the Inter Services Public Relations directorate said.", "CONCEDE", ("BGD",), ("BGD",)),
    ("concede-un-01", "The Taliban authorities reopened girls' secondary schools in three provinces, the UN mission in Afghanistan said.", "CONCEDE", ("AFG",), ("AFG",)),
]

REQUEST: list[Row] = [
    ("request-rd-01", "President Biden urged Prime Minister Netanyahu to allow more humanitarian aid into Gaza, the White House said.", "REQUEST", ("USA",), ("ISR",)),
    ("request-rd-02", "President Macron asked President Tshisekedi to engage in dialogue with Rwanda, the Elysee said.", "REQUEST", ("FRA",), ("COD",)),
    ("request-mf-01", "China urges the United States to stop arming Taiwan, the foreign ministry spokesperson said at a regular briefing.", "REQUEST", ("CHN",), ("USA",)),
    ("request-mf-02", "The Ministry of Foreign Affairs of Turkiye called on Greece to respect the rights of the Turkish minority in Western Thrace.", "REQUEST", ("TUR",), ("GRC",)),
    ("request-js-01", "The GCC ministers called upon Iran to respond to the UAE's efforts to resolve the issue of the three islands, the final communique said.", "REQUEST", ("IGO",), ("IRN",)),
    ("request-js-02", "The AU Peace and Security Council called on Rwanda to withdraw its forces from eastern Democratic Republic of the Congo, the communique said.", "REQUEST", ("IGO",), ("RWA",)),
    ("request-sa-01", "Russia demanded that Moldova release the detained Gagauz leader Evgenia Gutul, the Russian Foreign Ministry spokeswoman told TASS.", "REQUEST", ("RUS",), ("MDA",)),
    ("request-sa-02", "Syria called on the United Nations to force Israel to withdraw from the buffer zone in the Golan, SANA reported.", "REQUEST", ("SYR",), ("IGO",)),
    ("request-ml-01", "The Indian Army asked Pakistan to hand over the bodies of the intruders at the flag meeting, the Army spokesperson said.", "REQUEST", ("IND",), ("PAK",)),
    ("request-un-01", "The members of the Security Council called on the Houthis to immediately release the detained UN personnel.", "REQUEST", ("IGO",), ("YEM",)),
    ("request-un-02", "The UN High Commissioner for Human Rights urged Tunisia to release the lawyers and journalists detained for their views.", "REQUEST", ("IGO",), ("TUN",)),
]

ACCUSE: list[Row] = [
    ("accuse-rd-01", "President Biden condemned Russia's massive missile attack on Ukraine's energy grid, the White House said.", "ACCUSE", ("USA",), ("RUS",)),
    ("accuse-mf-01", "China expressed firm opposition to the Philippines' so-called Maritime Zones Act and lodged solemn representations with the Philippine side, the spokesperson said.", "ACCUSE", ("CHN",), ("PHL",)),
    ("accuse-mf-02", "Turkiye strongly condemns the burning of the Holy Quran in front of the Turkish embassy in Stockholm, the Ministry of Foreign Affairs said.", "ACCUSE", ("TUR",), ("SWE",)),
    ("accuse-mf-03", "The Ministry of External Affairs accused Canada of giving space to extremist and anti-India elements.", "ACCUSE", ("IND",), ("CAN",)),
    ("accuse-mf-04", "The Russian Foreign Ministry summoned the Polish ambassador to protest against the seizure of Russian diplomatic property in Warsaw.", "ACCUSE", ("RUS",), ("POL",)),
    ("accuse-js-01", "The Arab League strongly condemned the Israeli occupation's storming of the Al-Aqsa Mosque, the communique said.", "ACCUSE", ("IGO",), ("ISR",)),
    ("accuse-js-02", "The Organisation of Islamic Cooperation condemned the Indian government's actions in Jammu and Kashmir, the final communique said.", "ACCUSE", ("IGO",), ("IND",)),
    ("accuse-sa-01", "KCNA denounced the South Korean puppet military for its reckless artillery drills near the border.", "ACCUSE", ("PRK",), ("KOR",)),
    ("accuse-sa-02", "Iran's foreign ministry spokesman deplored the European Union's interventionist statement on Iran's internal affairs, IRNA reported.", "ACCUSE", ("IRN",), ("IGO",)),
    ("accuse-ml-01", "The Azerbaijani Ministry of Defence accused Armenian armed forces of firing at Azerbaijani positions in the Kalbajar district.", "ACCUSE", ("AZE",), ("ARM",)),
    ("accuse-un-01", "The members of the Security Council condemned in the strongest terms the attack by Al-Shabaab on a hotel in Mogadishu.", "ACCUSE", ("IGO",), ("SOM",)),
    ("accuse-un-02", "The members of the Security Council condemned the attack by the Rapid Support Forces on the Zamzam camp for displaced persons.", "ACCUSE", ("IGO",), ("SDN",)),
]

REJECT: list[Row] = [
    ("reject-rd-01", "The Kremlin rejected Ukraine's proposal for a ceasefire on energy infrastructure, the Kremlin spokesman said.", "REJECT", ("RUS",), ("UKR",)),
    ("reject-mf-01", "India rejected the remarks made by the Pakistani foreign minister on Jammu and Kashmir, the Ministry of External Affairs spokesperson said.", "REJECT", ("IND",), ("PAK",)),
    ("reject-mf-02", "The Chinese side firmly rejects the groundless accusations of the G7 on Xinjiang, the foreign ministry spokesperson said.", "REJECT", ("CHN",), ("IGO",)),
    ("reject-mf-03", "Morocco declined the invitation of Algeria to attend the summit in Algiers, the Moroccan Foreign Ministry said.", "REJECT", ("MAR",), ("DZA",)),
    ("reject-js-01", "The foreign ministers of the GCC states rejected the Israeli calls for the displacement of Palestinians from Gaza, the communique said.", "REJECT", ("IGO",), ("ISR",)),
    ("reject-sa-01", "The DPRK flatly rejected Japan's request for a summit meeting, KCNA said.", "REJECT", ("PRK",), ("JPN",)),
    ("reject-sa-02", "Iran rejected the IAEA Board of Governors' demand for access to the Fordow site, IRNA reported.", "REJECT", ("IRN",), ("IGO",)),
    ("reject-sa-03", "Venezuela rejected Guyana's call to accept the jurisdiction of the International Court of Justice, the Venezuelan government said.", "REJECT", ("VEN",), ("GUY",)),
    ("reject-ml-01", "The Rapid Support Forces turned down the Sudanese army's offer of a truce in El Fasher, the RSF said in a statement.", "REJECT", ("SDN",), ("SDN",)),
    ("reject-un-01", "Russia vetoed a draft resolution on Ukraine in the Security Council on Friday.", "REJECT", ("RUS",), ("IGO",)),
]

THREATEN: list[Row] = [
    ("threaten-rd-01", "The President warned that the United States would impose severe costs on Russia if it used a nuclear weapon in Ukraine, the White House said.", "THREATEN", ("USA",), ("RUS",)),
    ("threaten-mf-01", "China will take resolute countermeasures if the Philippines continues its provocations at Ren'ai Jiao, the foreign ministry spokesperson said.", "THREATEN", ("CHN",), ("PHL",)),
    ("threaten-mf-02", "Moscow warned Tokyo that it would respond to any deployment of U.S. missiles on Japanese soil, the Russian Foreign Ministry said.", "THREATEN", ("RUS",), ("JPN",)),
    ("threaten-mf-03", "Turkiye warned Syrian Kurdish militants that it would launch a new military operation if they did not leave the border area, the Turkish Foreign Ministry said.", "THREATEN", ("TUR",), ("SYR",)),
    ("threaten-js-01", "The ECOWAS leaders threatened to impose sanctions on Guinea if the junta did not release a timetable for the transition, the final communique said.", "THREATEN", ("IGO",), ("GIN",)),
    ("threaten-sa-01", "The DPRK will respond with an overwhelming nuclear force to any provocation by the United States, KCNA said.", "THREATEN", ("PRK",), ("USA",)),
    ("threaten-sa-02", "Iran's armed forces warned the Zionist regime of a crushing response to any act of aggression, IRNA reported.", "THREATEN", ("IRN",), ("ISR",)),
    ("threaten-ml-01", "The Israeli army warned Hezbollah that it would strike its positions in Beirut if the rocket fire continued, the military spokesman said.", "THREATEN", ("ISR",), ("LBN",)),
    ("threaten-ml-02", "The Pakistani military warned India that it would respond with full force to any aggression, the ISPR said.", "THREATEN", ("PAK",), ("IND",)),
    ("threaten-un-01", "The Security Council threatened targeted sanctions against South Sudanese leaders who obstruct the peace process.", "THREATEN", ("IGO",), ("SSD",)),
]

PROTEST: list[Row] = [
    ("protest-rd-01", "Thousands of Venezuelans marched in Caracas on Saturday to demand the release of political prisoners, the opposition said.", "PROTEST", ("VEN",), ("VEN",)),
    ("protest-mf-01", "The Syrian delegation walked out of the session in protest at the speech of the Israeli representative, the Syrian Foreign Ministry said.", "PROTEST", ("SYR",), ("ISR",)),
    ("protest-mf-02", "Hundreds of Kenyan doctors went on strike on Monday to press the government to honour a pay deal, the Kenya Medical Practitioners union said.", "PROTEST", ("KEN",), ("KEN",)),
    ("protest-js-01", "Saudi Arabia, the UAE and Bahrain boycotted the opening session of the conference in protest at the Iranian delegation's remarks, according to their joint statement.", "PROTEST", ("SAU", "ARE", "BHR"), ("IRN",)),
    ("protest-sa-01", "Tens of thousands of Pyongyang citizens held a mass rally denouncing the U.S. imperialists, KCNA reported.", "PROTEST", ("PRK",), ("USA",)),
    ("protest-sa-02", "Millions of Iranians took to the streets across the country to protest the crimes of the Zionist regime in Gaza, IRNA reported.", "PROTEST", ("IRN",), ("ISR",)),
    ("protest-sa-03", "Thousands of Yemenis rallied in Sanaa against the American and British aggression, the Saba news agency reported.", "PROTEST", ("YEM",), ("USA", "GBR")),
    ("protest-ml-01", "Rioters set fire to police vehicles in Port Louis after the election results were announced, the Mauritian police said.", "PROTEST", ("MUS",), ("MUS",)),
    ("protest-ml-02", "Protesters blocked the main road to the Rafah crossing in Egypt's North Sinai, the Egyptian military spokesman said.", "PROTEST", ("EGY",), ("EGY",)),
    ("protest-un-01", "Jailed Moroccan journalist Omar Radi went on a hunger strike to protest his detention, the UN human rights office said.", "PROTEST", ("MAR",), ("MAR",)),
]

SANCTION: list[Row] = [
    ("sanction-rd-01", "The United States imposed sanctions on the leaders of Sudan's Rapid Support Forces, the White House said.", "SANCTION", ("USA",), ("SDN",)),
    ("sanction-mf-01", "Mali has declared the French ambassador persona non grata and ordered him to leave the country within 72 hours, the Malian government said.", "SANCTION", ("MLI",), ("FRA",)),
    ("sanction-mf-02", "Nicaragua severed diplomatic relations with the Netherlands, the Nicaraguan Foreign Ministry said.", "SANCTION", ("NIC",), ("NLD",)),
    ("sanction-mf-03", "Algeria recalled its ambassador from Paris for consultations with immediate effect, the Algerian Foreign Ministry said.", "SANCTION", ("DZA",), ("FRA",)),
    ("sanction-js-01", "ECOWAS suspended Niger from all its decision-making bodies, the final communique of the summit said.", "SANCTION", ("IGO",), ("NER",)),
    ("sanction-js-02", "The Council of the European Union imposed restrictive measures on 12 Iranian individuals and entities, the Council said in a press release.", "SANCTION", ("IGO",), ("IRN",)),
    ("sanction-sa-01", "Russia has suspended its participation in the Black Sea Grain Initiative, the Russian Foreign Ministry said, TASS reported.", "SANCTION", ("RUS",), ("IGO",)),
    ("sanction-sa-02", "China announced countermeasures against nine U.S. defence companies over arms sales to Taiwan, Xinhua reported.", "SANCTION", ("CHN",), ("USA",)),
    ("sanction-ml-01", "Burkina Faso, Mali and Niger withdrew from the Economic Community of West African States, the military governments said in a joint statement.", "SANCTION", ("BFA", "MLI", "NER"), ("IGO",)),
    ("sanction-un-01", "The Security Council imposed an arms embargo on the gangs in Haiti.", "SANCTION", ("IGO",), ("HTI",)),
]

MOBILIZE: list[Row] = [
    ("mobilize-rd-01", "The United States deployed two aircraft carriers to the eastern Mediterranean, the White House said.", "MOBILIZE", ("USA",), ()),
    ("mobilize-mf-01", "India has moved additional troops to the border with China in eastern Ladakh, the Ministry of Defence said.", "MOBILIZE", ("IND",), ("CHN",)),
    ("mobilize-js-01", "Russia and Belarus deployed a joint regional grouping of forces on Belarusian territory, the two defence ministries said in a joint statement.", "MOBILIZE", ("RUS", "BLR"), ()),
    ("mobilize-sa-01", "The Missile General Bureau of the DPRK conducted a test-fire of a new-type hypersonic missile on Tuesday, KCNA reported.", "MOBILIZE", ("PRK",), ()),
    ("mobilize-sa-02", "The PLA Eastern Theater Command organised joint combat readiness patrols in the airspace around Taiwan island, Xinhua reported.", "MOBILIZE", ("CHN",), ("TWN",)),
    ("mobilize-sa-03", "Iran's Islamic Revolutionary Guard Corps staged large-scale drills in the Persian Gulf on Friday, IRNA reported.", "MOBILIZE", ("IRN",), ()),
    ("mobilize-ml-01", "The Russian Armed Forces put their strategic nuclear forces on high alert, the Russian Ministry of Defence said.", "MOBILIZE", ("RUS",), ()),
    ("mobilize-ml-02", "The Venezuelan armed forces deployed 5,000 troops along the border with Guyana, the Defence Ministry said.", "MOBILIZE", ("VEN",), ("GUY",)),
    ("mobilize-ml-03", "The Turkish Armed Forces dispatched commando units to the Syrian border, the Ministry of National Defence said.", "MOBILIZE", ("TUR",), ("SYR",)),
    ("mobilize-ml-04", "The Polish army has mobilised 17,000 soldiers to reinforce its border with Belarus, the Polish Ministry of National Defence said.", "MOBILIZE", ("POL",), ("BLR",)),
    ("mobilize-un-01", "Sudan's Rapid Support Forces massed fighters around El Fasher, the UN humanitarian office said.", "MOBILIZE", ("SDN",), ("SDN",)),
]

COERCE: list[Row] = [
    ("coerce-rd-01", "The Venezuelan authorities detained three American citizens in Caracas, the White House said.", "COERCE", ("VEN",), ("USA",)),
    ("coerce-mf-01", "Russia expelled two Estonian journalists for anti-Russian activities, the Russian Foreign Ministry said.", "COERCE", ("RUS",), ("EST",)),
    ("coerce-mf-02", "Chinese coast guard vessels boarded and seized Philippine supply boats near Ren'ai Jiao, the Philippine foreign ministry said.", "COERCE", ("CHN",), ("PHL",)),
    ("coerce-sa-01", "The Russian Federal Security Service arrested a Ukrainian agent who was plotting a terrorist attack in Moscow, TASS reported.", "COERCE", ("RUS",), ("UKR",)),
    ("coerce-sa-02", "Iranian security forces arrested eight members of a network linked to the Zionist regime in Khuzestan province, IRNA reported.", "COERCE", ("IRN",), ("ISR",)),
    ("coerce-sa-03", "The Turkish police detained 45 suspected members of the FETO terrorist organisation in Istanbul, Anadolu Agency reported.", "COERCE", ("TUR",), ("TUR",)),
    ("coerce-sa-04", "The Egyptian authorities declared a state of emergency in North Sinai on Sunday, the Middle East News Agency reported.", "COERCE", ("EGY",), ("EGY",)),
    ("coerce-ml-01", "The Navy intercepted a dhow carrying Iranian weapons bound for the Houthis in the Arabian Sea, U.S. Central Command said.", "COERCE", ("USA",), ("IRN",)),
    ("coerce-ml-02", "Security forces cordoned off the area and launched a search operation in the Kupwara sector, the Indian Army said.", "COERCE", ("IND",), ("IND",)),
    ("coerce-un-01", "The Taliban authorities have banned Afghan women from working for the United Nations, the UN mission said.", "COERCE", ("AFG",), ("AFG",)),
]

ASSAULT: list[Row] = [
    ("assault-rd-01", "Russia launched more than 100 missiles and drones against Ukraine's energy infrastructure overnight, the Ukrainian presidency said.", "ASSAULT", ("RUS",), ("UKR",)),
    ("assault-mf-01", "Israeli aircraft struck military positions near Damascus on Monday, the Syrian Foreign Ministry said.", "ASSAULT", ("ISR",), ("SYR",)),
    ("assault-sa-01", "Israeli occupation forces martyred two Palestinian youths in the town of Qabatiya, the WAFA news agency said.", "ASSAULT", ("ISR",), ("PSE",)),
    ("assault-sa-02", "The American-British aggression launched five raids on Hodeidah airport, the Saba news agency reported.", "ASSAULT", ("USA", "GBR"), ("YEM",)),
    ("assault-ml-01", "Turkish security forces neutralised seven terrorists in the rural area of Sirnak province, the Ministry of National Defence said.", "ASSAULT", ("TUR",), ("TUR",)),
    ("assault-ml-02", "The Pakistani security forces conducted precision strikes on hideouts of terrorists in North Waziristan, the ISPR said.", "ASSAULT", ("PAK",), ("PAK",)),
    ("assault-ml-03", "Troops of Operation Hadin Kai repelled an attack by Boko Haram terrorists on a military base in Borno State, the Defence Headquarters said.", "ASSAULT", ("NGA",), ("NGA",)),
    ("assault-ml-04", "Unidentified gunmen abducted four Chinese engineers working on a road project in Cameroon's Far North region, the army said.", "ASSAULT", (), ("CHN",)),
    ("assault-ml-05", "Russian air defence systems destroyed 30 Ukrainian drones over the Bryansk region overnight, the Russian Ministry of Defence said.", "ASSAULT", ("RUS",), ("UKR",)),
    ("assault-un-01", "Gunmen attacked a village near Bunia, killing 20 Congolese civilians, the UN mission MONUSCO said.", "ASSAULT", (), ("COD",)),
    ("assault-un-02", "A suicide bomber killed 12 Somali soldiers at a military base in Mogadishu, the UN mission in Somalia said.", "ASSAULT", (), ("SOM",)),
]

ROWS: list[Row] = (AGREE + CONSULT + SUPPORT + COOPERATE + AID + RETREAT + CONCEDE + REQUEST + ACCUSE + REJECT
                   + THREATEN + PROTEST + SANCTION + MOBILIZE + COERCE + ASSAULT)

REGISTERS = ("rd", "mf", "js", "sa", "ml", "un")

# main before any rule of this branch (58edfcb), the first measurement
# the floor: the figures after the rules of this stop (the held-out figures are in the docstring)
# (i16-realfix: no_event_rate 0.058 -> 0.064, coop-un-01's wrong RETREAT of a ceasefire to be monitored is aimed at)
MEASURED: dict[str, float] = {"rows": 173, "type_accuracy": 0.884, "triple_f1": 0.693, "actor_f1": 0.866,
                             "triple_accuracy": 0.711, "no_event_rate": 0.064}

# rows the code still gets wrong, with their failure class (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "agree-rd-01": "wrong argument: 'offered France's help in organising a conference on the reconstruction of Y' gives the actor as recipient",
    "agree-js-02": "wrong argument: 'The two sides agreed' with the parties named in the attribution gives no actor",
    "agree-ml-01": "no event: 'said it is willing to resume contacts with' (readiness adjective in a reported clause)",
    "consult-rd-02": "convention: 'met X in <X's capital>' is a visit (visitor actor, host recipient), read as a symmetric meeting",
    "consult-ml-01": "no event: 'The Chief of Army Staff of X called on the Chief of ... of Y' (call on, titled officers)",
    "consult-un-01": "wrong argument: 'The Secretary-General' (of the UN) gives no actor",
    "support-rd-01": "no event: 'reaffirmed the United States' ironclad commitment to the defense of Y' (commitment noun)",
    "support-sa-01": "wrong argument: the honorific title of a head of state ('the Custodian of the Two Holy Mosques') gives no actor",
    "support-sa-02": "wrong argument: 'the Russian army and people' adds the actor's own country to the recipient",
    "support-un-02": "wrong argument: 'the agreement between X and Y' keeps only the first party",
    "coop-mf-01": "wrong argument: 'extradited a suspect ... to Y' gives no recipient",
    "coop-mf-02": "no event: 'handed over to Y five citizens wanted for' (handover of suspects, shifted object)",
    "coop-ml-01": "type: 'armies of X and Y conducted joint patrols' read as agentless MOBILIZE",
    "coop-un-01": "no event: 'deployed a joint mission to monitor the ceasefire' (its RETREAT, read before, is aimed at: upheld.py), no joint COOPERATE",
    "aid-rd-02": "no event: 'has delivered 20 armoured ambulances to Y' (deliver goods)",
    "aid-js-02": "no event: 'deposited N dollars in the Central Bank of Y' (deposit to a bank)",
    "aid-sa-01": "wrong argument: 'distributed food baskets in Y's region' gives no recipient",
    "aid-ml-01": "type: 'rescued fishermen held hostage by pirates' read as the hostage-taking",
    "aid-un-01": "wrong argument: 'The UN Central Emergency Response Fund' and 'the response in Y' give no actor and no recipient",
    "retreat-mf-01": "no event: 'has allowed UN humanitarian workers to access' (allow access)",
    "retreat-mf-02": "type: 'returned looted bronzes to Y' read as COERCE (looting)",
    "retreat-un-01": "type: 'allowed IAEA inspectors to visit' read as the visit",
    "concede-js-01": "convention: a future withdrawal is CONCEDE in the codebook, AGREE (0356) in the crosswalk; and no recipient",
    "concede-sa-01": "no event: 'has restored access to <services>' (restore access)",
    "concede-un-01": "no event: 'reopened girls' schools' (restore a right)",
    "accuse-mf-02": "wrong argument: 'condemns the burning of the Quran in front of the embassy in <capital>' gives no target",
    "reject-js-01": "convention: 'the foreign ministers of the GCC states' read as its six members, not the IGO",
    "reject-sa-02": "no event: 'rejected the IAEA Board of Governors' demand' (possessive IGO organ)",
    "reject-un-01": "wrong argument: 'vetoed a draft resolution on Y' gives the topic as target, not the Council",
    "protest-mf-01": "wrong argument: 'The Syrian delegation walked out ... in protest at the speech of the Israeli representative' gives no parties",
    "protest-js-01": "wrong argument: 'X, the UAE and Y boycotted' keeps only the first party",
    "protest-sa-01": "wrong argument: 'held a mass rally denouncing the U.S. imperialists' gives no target",
    "sanction-js-02": "type: 'imposed restrictive measures on' read as COERCE",
    "sanction-sa-01": "wrong argument: 'suspended its participation in the <IGO initiative>' gives the actor as target",
    "mobilize-js-01": "convention: joint deployment on Y's territory gives Y as target, not a compound actor only",
    "mobilize-sa-01": "type: 'conducted a test-fire of a missile' read as ASSAULT",
    "mobilize-sa-02": "wrong argument: 'patrols in the airspace around Taiwan island' gives no target",
    "mobilize-ml-01": "wrong argument: 'put their forces on high alert' gives the actor as its own target",
    "mobilize-un-01": "wrong argument: 'massed fighters around <city>' gives no target",
    "coerce-mf-01": "type: expelling foreign journalists (COERCE deport) read as SANCTION expel",
    "coerce-sa-02": "wrong argument: 'members of a network linked to the Zionist regime' gives the arresting state as target",
    "coerce-sa-03": "wrong argument: 'suspected members of the FETO terrorist organisation' gives no target",
    "coerce-ml-01": "wrong argument: 'The Navy ..., U.S. Central Command said' gives no actor, 'Iranian weapons' no target",
    "coerce-ml-02": "wrong argument: 'Security forces ..., the Indian Army said' gives no actor and no target",
    "assault-sa-02": "wrong argument: 'raids on Hodeidah airport' gives no target",
    "assault-ml-01": "wrong argument: 'neutralised seven terrorists in the rural area of <province>' gives no target",
    "assault-ml-04": "convention: an unnamed attacker ('Unidentified gunmen') takes the scene's country (the dev records' practice)",
    "assault-un-01": "convention: an unnamed attacker ('Gunmen') takes the scene's country (the dev records' practice)",
    "assault-un-02": "convention: 'A suicide bomber' takes the scene's country (the dev records' practice)",
}


def test_rows_cover_every_type_and_register_about_equally() -> None:
    ids = Counter(r[0] for r in ROWS)
    types = Counter(r[2] for r in ROWS)
    registers = Counter(rid.split("-")[1] for rid in ids)
    assert len(ROWS) >= 150 and max(ids.values()) == 1 and set(GAPS) <= set(ids)
    assert len(types) == 16 and min(types.values()) >= 10, types
    assert set(registers) == set(REGISTERS) and min(registers.values()) >= 20, registers


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_readout_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def test_readout_scores_do_not_fall_below_the_measured_figures() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []
