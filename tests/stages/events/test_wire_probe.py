"""A wire probe of PLOVER coding: long agency sentences, every event type, written unlike ours.

The held-out PLOVER records are long wire sentences, not the short clauses most probes are made
of: a lede with a subordinate clause, a time phrase ("on Tuesday", "late on Sunday"), an
appositive title ("Chile's foreign minister, Rosa Ibarra,"), an attribution at the end ("...,
officials said"), a quoted claim, two events in one sentence of which one is the main one, the
passive voice, nominal events ("Beijing's decision to ..."), and countries named by their
capitals ("Moscow", "Ankara"). Each row here is such a sentence, invented for this probe and
coded before the code was run, by the PLOVER codebook's definitions and the manual's
conventions (``../shared/reference``):

* every one of the 16 event types and its main modes, with the neighbours coders confuse written
  side by side: AGREE (an offer, a promise, a future act) vs COOPERATE (mutual material exchange
  done now); SUPPORT (verbal approval, a signed accord) vs CONSULT (a meeting, a visit, a call);
  REQUEST (a demand) vs THREATEN (a demand backed by a repercussion); REJECT (a refusal) vs
  ACCUSE (a complaint, charge or investigation); SANCTION (reduced relations, diplomats expelled,
  convictions) vs COERCE (arrests, bans, curfews, individual deportations); AID (benefit to the
  recipient) vs COOPERATE; MOBILIZE (forces readied) vs PROTEST (supporters rallied);
* reciprocal events (talks, calls, accords, joint exercises, two-sided fighting) code every
  party as the actor and no recipient (2.4.2); a visit has the visitor as actor and the host as
  recipient (3.2.2); one-sided violence the perpetrator as actor, the victim as recipient;
* announced future retreats are CONCEDE, future cooperation AGREE (3.1, 3.4); lifting a curfew
  or a state of emergency is CONCEDE, as in the gold records;
* domestic events code the state's country on both sides (a government and its own opposition,
  police and their own citizens); international organisations are ``IGO``.

A row holds when the most confident counted event is the expected (type, source, target) triple
(``tests.builders.triple_row_result``); rows still failing are strict xfails in ``GAPS``.
Measured on main before any change of branch i16-plover5 (02b5904), on the 180 rows written before
any rule (all but ``LATE``): type accuracy 0.767,
triple accuracy 0.656 (0.650 before coop-03 was recoded, see ``GAPS``), no counted event on 0.117 of
the rows (``MEASURED``; ``probe_scores``). After the rules of ``test_wire_rules.py`` (the same
branch): type 0.883, triple 0.772, no event 0.033. ``LATE`` (40 rows written after the rules): main type
0.600, triple 0.450; this branch type 0.850, triple 0.725. All 220 rows: main 0.736 / 0.618, branch
0.877 / 0.764.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import counted_events, triple_probe_scores, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]

AGREE: list[Row] = [
    ("agree-01", "Moscow has offered to supply Hungary with gas at a discount through the winter, the Hungarian foreign minister, Peter Szijjarto, said on Wednesday after talks in St. Petersburg.", "AGREE", ("RUS",), ("HUN",)),
    ("agree-02", "Kenya's President William Ruto said on Monday his government was ready to send police officers to Haiti to help restore order, provided the U.N. Security Council approved the mission.", "AGREE", ("KEN",), ("HTI",)),
    ("agree-03", "Armenia and Azerbaijan agreed on Friday to reopen transport links across their shared border, a statement issued by the two foreign ministries said.", "AGREE", ("ARM", "AZE"), ()),
    ("agree-04", "The Ethiopian government has promised to allow United Nations monitors into the Tigray region by the end of the month, a U.N. spokesman told reporters in Geneva.", "AGREE", ("ETH",), ("IGO",)),
    ("agree-05", "Tokyo pledged on Thursday to ratify a fisheries treaty with Seoul before the end of the year, the Japanese foreign ministry said in a statement.", "AGREE", ("JPN",), ("KOR",)),
    ("agree-06", "Colombian President Gustavo Petro invited his Venezuelan counterpart to visit Bogota next month for talks on border security, the presidency said.", "AGREE", ("COL",), ("VEN",)),
    ("agree-07", "Pakistan's prime minister said on Sunday that Islamabad was willing to resume trade with India if New Delhi restored Kashmir's special status.", "AGREE", ("PAK",), ("IND",)),
    ("agree-08", "The Philippine defence secretary, Gilberto Teodoro, said Manila would consider buying patrol boats from Japan under a new security pact.", "AGREE", ("PHL",), ("JPN",)),
    ("agree-09", "Sudan's army chief offered on Tuesday to hold direct negotiations with the Rapid Support Forces in Jeddah, according to a military statement read on state television.", "AGREE", ("SDN",), ("SDN",)),
    ("agree-10", "The European Union has agreed to extend its training mission for Malian soldiers by a further two years, EU diplomats said in Brussels on Monday.", "AGREE", ("IGO",), ("MLI",)),
    ("agree-11", "Egypt and Ethiopia committed on Wednesday to conclude a deal on the filling of the Nile dam within four months, the two leaders said in a joint statement.", "AGREE", ("EGY", "ETH"), ()),
]

CONSULT: list[Row] = [
    ("consult-01", "Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday for his first visit to Iraq in more than a decade, with water and security high on the agenda.", "CONSULT", ("TUR",), ("IRQ",)),
    ("consult-02", "Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart, Mauro Vieira, in Beijing on Friday on trade and the war in Ukraine.", "CONSULT", ("CHN", "BRA"), ()),
    ("consult-03", "Indian Prime Minister Narendra Modi spoke by telephone on Saturday with Ukrainian President Volodymyr Zelenskiy, who briefed him on the situation at the front.", "CONSULT", ("IND", "UKR"), ()),
    ("consult-04", "The Iranian foreign minister, Abbas Araqchi, met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday, in the highest-level contact between the two rivals this year.", "CONSULT", ("IRN", "SAU"), ()),
    ("consult-05", "Negotiators from Serbia and Kosovo resumed talks in Brussels on Thursday after a six-month break, the European Union's envoy said.", "CONSULT", ("SRB", "XKX"), ()),
    ("consult-06", "A delegation of Afghan Taliban officials travelled to Islamabad on Tuesday for three days of talks on border crossings and refugees, Pakistan's foreign office said.", "CONSULT", ("AFG",), ("PAK",)),
    ("consult-07", "German Chancellor Olaf Scholz paid a one-day visit to Lithuania on Monday, where he met soldiers of the German brigade being stationed there.", "CONSULT", ("DEU",), ("LTU",)),
    ("consult-08", "Representatives of the Venezuelan government and the opposition met in Mexico City on Friday to negotiate the terms of next year's election, Norwegian mediators said.", "CONSULT", ("VEN",), ()),
    ("consult-09", "Nigeria's foreign minister held consultations with the ambassadors of Niger and Benin in Abuja on Thursday over the closure of their shared border.", "CONSULT", ("NGA", "NER", "BEN"), ()),
    ("consult-10", "U.S. Secretary of State Antony Blinken discussed the crisis in Gaza with Egyptian President Abdel Fattah al-Sisi during a meeting in Cairo on Sunday, the State Department said.", "CONSULT", ("USA", "EGY"), ()),
    ("consult-11", "Vietnam's prime minister conferred with the Chinese ambassador in Hanoi on Tuesday about the fishing dispute in the South China Sea.", "CONSULT", ("VNM", "CHN"), ()),
]

SUPPORT: list[Row] = [
    ("support-01", "The African Union on Tuesday praised Senegal for holding a peaceful presidential election, calling the vote an example for the continent.", "SUPPORT", ("IGO",), ("SEN",)),
    ("support-02", "Brazil and Argentina signed a treaty of friendship and economic integration in Brasilia on Friday, the Brazilian foreign ministry said.", "SUPPORT", ("BRA", "ARG"), ()),
    ("support-03", "Washington welcomed on Monday Ankara's decision to approve Sweden's membership of NATO, saying it made the alliance stronger.", "SUPPORT", ("USA",), ("TUR",)),
    ("support-04", "Mexico formally recognised the new government of Bolivia on Wednesday, the Mexican foreign ministry announced.", "SUPPORT", ("MEX",), ("BOL",)),
    ("support-05", "Beijing expressed its firm support for Serbia's territorial integrity on Thursday, as President Aleksandar Vucic wrapped up a visit to China.", "SUPPORT", ("CHN",), ("SRB",)),
    ("support-06", "Saudi Arabia and Iran restored diplomatic relations on Friday after seven years of hostility, in an accord brokered by China, the three countries said.", "SUPPORT", ("SAU", "IRN"), ()),
    ("support-07", "The Ghanaian president, Nana Akufo-Addo, commended the Ivorian authorities for their handling of the refugee influx from Burkina Faso.", "SUPPORT", ("GHA",), ("CIV",)),
    ("support-08", "Britain on Tuesday endorsed Poland's bid to host the headquarters of a new European defence agency, a Foreign Office spokesman said.", "SUPPORT", ("GBR",), ("POL",)),
    ("support-09", "Morocco's parliament ratified a defence cooperation agreement with Israel on Wednesday, the official MAP news agency reported.", "SUPPORT", ("MAR",), ("ISR",)),
    ("support-10", "South Korean President Yoon Suk Yeol hailed Japan's decision to lift export curbs on chemicals as a turning point in relations between the two neighbours.", "SUPPORT", ("KOR",), ("JPN",)),
    ("support-11", "Indonesia voiced support on Monday for the Palestinian Authority's bid for full membership of the United Nations.", "SUPPORT", ("IDN",), ("PSE",)),
]

CONCEDE: list[Row] = [
    ("concede-01", "Bangladesh's interim government lifted the nationwide curfew on Sunday, a week after it was imposed to quell student protests that left more than 200 people dead.", "CONCEDE", ("BGD",), ("BGD",)),
    ("concede-02", "Ethiopia's prime minister announced on Tuesday that federal troops would withdraw from the Amhara region within a month, under the terms of a deal with local leaders.", "CONCEDE", ("ETH",), ("ETH",)),
    ("concede-03", "Myanmar's military government pardoned more than 3,000 prisoners on Wednesday to mark the Buddhist new year, state media said.", "CONCEDE", ("MMR",), ("MMR",)),
    ("concede-04", "The Sri Lankan government has apologised to the families of Tamil civilians killed by the army in 1990, the presidency said in a statement on Friday.", "CONCEDE", ("LKA",), ("LKA",)),
    ("concede-05", "Peru's Congress on Thursday ended the state of emergency in the southern region of Puno, imposed after weeks of deadly protests against the government.", "CONCEDE", ("PER",), ("PER",)),
    ("concede-06", "The Kenyan government dropped its plan to raise taxes on bread on Wednesday after weeks of protests, the finance minister said.", "CONCEDE", ("KEN",), ("KEN",)),
    ("concede-07", "Israel eased restrictions on Palestinian workers crossing from the West Bank on Sunday, the military body that coordinates civilian affairs in the territories said.", "CONCEDE", ("ISR",), ("PSE",)),
    ("concede-08", "Colombian ELN rebels declared a unilateral ceasefire over the Christmas holidays on Monday, saying they would suspend attacks on government forces until January.", "CONCEDE", ("COL",), ("COL",)),
    ("concede-09", "A court in Tunis acquitted a Tunisian opposition leader of charges of plotting against state security on Thursday, his lawyer said.", "CONCEDE", ("TUN",), ("TUN",)),
    ("concede-10", "The Zimbabwean government has withdrawn its demand that foreign journalists obtain new accreditation before covering the election, the information minister said.", "CONCEDE", ("ZWE",), ("ZWE",)),
]

COOPERATE: list[Row] = [
    ("coop-01", "Indian and French warships began five days of joint naval exercises in the Arabian Sea on Monday, the Indian navy said.", "COOPERATE", ("IND", "FRA"), ()),
    ("coop-02", "Spain extradited a Mexican drug trafficker wanted for money laundering to Mexico on Friday, the Spanish interior ministry said.", "COOPERATE", ("ESP",), ("MEX",)),
    ("coop-03", "Jordan has been sharing intelligence on arms smuggling with Iraq since the spring, a senior Jordanian security official said on Tuesday.", "COOPERATE", ("JOR", "IRQ"), ()),
    ("coop-04", "Russia resumed oil deliveries to Belarus on Thursday after a two-week halt over prices, the Belarusian energy ministry said.", "COOPERATE", ("RUS",), ("BLR",)),
    ("coop-05", "Kazakhstan and Uzbekistan launched a joint hydropower project on the Syr Darya river on Wednesday, the two governments said.", "COOPERATE", ("KAZ", "UZB"), ()),
    ("coop-06", "South African and Mozambican police have arrested 14 suspected poachers in a joint operation along their border, the South African police said.", "COOPERATE", ("ZAF", "MOZ"), ()),
    ("coop-07", "Thailand handed over two Cambodian opposition activists to Cambodia on Sunday under an extradition request, the Thai immigration police said.", "COOPERATE", ("THA",), ("KHM",)),
    ("coop-08", "Egyptian and Sudanese air force units began joint air drills at the Merowe air base on Saturday, the Egyptian military spokesman said.", "COOPERATE", ("EGY", "SDN"), ()),
    ("coop-09", "Chile began exporting lithium to South Korea under a new supply arrangement on Tuesday, the Chilean mining ministry said.", "COOPERATE", ("CHL",), ("KOR",)),
    ("coop-10", "Qatar and Turkey have expanded their exchange of military officers for training, Qatar's defence ministry said on Monday.", "COOPERATE", ("QAT", "TUR"), ()),
]

AID: list[Row] = [
    ("aid-01", "Saudi Arabia sent 50 tonnes of medical supplies to Sudan on Saturday to help hospitals overwhelmed by the cholera outbreak, the Saudi Press Agency said.", "AID", ("SAU",), ("SDN",)),
    ("aid-02", "Japan will provide Bangladesh with a loan of $1 billion for a railway bridge, the Japanese embassy in Dhaka said on Thursday.", "AGREE", ("JPN",), ("BGD",)),
    ("aid-03", "Germany has granted asylum to two Russian journalists who fled after criticising the war in Ukraine, their lawyer said on Wednesday.", "AID", ("DEU",), ("RUS",)),
    ("aid-04", "Turkish rescue teams pulled 12 survivors from the rubble in the Moroccan province of Al Haouz on Monday, two days after the earthquake, Ankara said.", "AID", ("TUR",), ("MAR",)),
    ("aid-05", "The World Food Programme delivered wheat and cooking oil to 200,000 Yemenis in Hodeidah on Friday, a WFP spokeswoman said.", "AID", ("IGO",), ("YEM",)),
    ("aid-06", "Washington approved on Tuesday a $500 million package of military assistance to Taiwan, including anti-tank missiles, the Pentagon said.", "AID", ("USA",), ("TWN",)),
    ("aid-07", "The International Monetary Fund has disbursed $700 million to Egypt, the second tranche of a loan meant to stabilise the pound, the Egyptian finance ministry said.", "AID", ("IGO",), ("EGY",)),
    ("aid-08", "French soldiers freed four Beninese hostages held by jihadists in northern Burkina Faso in an overnight operation, the French presidency said on Saturday.", "AID", ("FRA",), ("BEN",)),
    ("aid-09", "China cancelled $200 million of Zambia's debt on Monday, the Zambian finance ministry said, as the country restructures its loans.", "AID", ("CHN",), ("ZMB",)),
    ("aid-10", "Poland opened its border on Sunday to Belarusian opposition activists fleeing arrest, the Polish border guard said.", "AID", ("POL",), ("BLR",)),
    ("aid-11", "Italian coast guard vessels rescued 300 Libyan migrants from a sinking fishing boat south of Lampedusa on Wednesday, the coast guard said.", "AID", ("ITA",), ("LBY",)),
]

RETREAT: list[Row] = [
    ("retreat-01", "Israeli forces withdrew from the Jenin refugee camp on Wednesday after a two-day operation, the Israeli military said.", "RETREAT", ("ISR",), ("PSE",)),
    ("retreat-02", "The Houthi movement released 14 Saudi prisoners on Friday in an exchange overseen by the International Committee of the Red Cross, a Houthi official said.", "RETREAT", ("YEM",), ("SAU",)),
    ("retreat-03", "Peru's prime minister resigned on Thursday amid a corruption investigation, the presidency said in a statement.", "RETREAT", ("PER",), ()),
    ("retreat-04", "Azerbaijan allowed a convoy of the International Committee of the Red Cross into Nagorno-Karabakh on Monday, the Azerbaijani foreign ministry said.", "RETREAT", ("AZE",), ("IGO",)),
    ("retreat-05", "Russian troops pulled out of the Ukrainian city of Kherson on Friday, Kyiv said, handing Ukraine its biggest gain of the autumn.", "RETREAT", ("RUS",), ("UKR",)),
    ("retreat-06", "Some 600 Colombian FARC dissidents handed over their weapons to U.N. monitors in Cauca on Tuesday, the government's peace commissioner said.", "RETREAT", ("COL",), ("IGO",)),
    ("retreat-07", "Iran freed a French tourist who had been held in Tehran's Evin prison for two years, French President Emmanuel Macron said on Friday.", "RETREAT", ("IRN",), ("FRA",)),
    ("retreat-08", "Ethiopian troops have handed back control of the border town of Humera to Eritrea, residents and aid workers said on Sunday.", "RETREAT", ("ETH",), ("ERI",)),
    ("retreat-09", "North Korea returned the remains of 20 American soldiers to the United States on Tuesday, the Pentagon said.", "RETREAT", ("PRK",), ("USA",)),
    ("retreat-10", "The Malian junta let U.N. human rights investigators into the town of Moura on Thursday, a spokesman for the U.N. mission said.", "RETREAT", ("MLI",), ("IGO",)),
]

REQUEST: list[Row] = [
    ("request-01", "The U.N. Security Council on Friday called on the warring parties in Sudan to agree an immediate ceasefire to let aid reach the besieged city of El Fasher.", "REQUEST", ("IGO",), ("SDN",)),
    ("request-02", "Poland has asked Germany to pay reparations for the damage caused by the Nazi occupation, the Polish foreign minister said in Warsaw on Tuesday.", "REQUEST", ("POL",), ("DEU",)),
    ("request-03", "Ukraine's foreign minister, Dmytro Kuleba, urged NATO allies on Wednesday to send more air defence systems before the winter.", "REQUEST", ("UKR",), ("IGO",)),
    ("request-04", "Beijing demanded on Monday that Manila withdraw a grounded warship from the Second Thomas Shoal, saying its presence violated Chinese sovereignty.", "REQUEST", ("CHN",), ("PHL",)),
    ("request-05", "The Lebanese government appealed to the European Union on Thursday for help in dealing with the 1.5 million Syrian refugees it hosts.", "REQUEST", ("LBN",), ("IGO",)),
    ("request-06", "Amnesty International called on Egyptian authorities to release the activist Alaa Abd El-Fattah, who has been on hunger strike for six months.", "REQUEST", ("IGO",), ("EGY",)),
    ("request-07", "Nigeria's opposition candidate, Peter Obi, asked the electoral commission on Sunday to cancel the results in Lagos state, alleging widespread fraud.", "REQUEST", ("NGA",), ("NGA",)),
    ("request-08", "Tehran has requested talks with Washington on a prisoner exchange, a spokesman for the Iranian foreign ministry said on Tuesday.", "REQUEST", ("IRN",), ("USA",)),
    ("request-09", "The Guatemalan president, Bernardo Arevalo, demanded the resignation of the attorney general on Friday, accusing her of undermining the election.", "REQUEST", ("GTM",), ("GTM",)),
    ("request-10", "Armenian Prime Minister Nikol Pashinyan urged Russia on Monday to send its peacekeepers to the border with Azerbaijan after a night of shooting.", "REQUEST", ("ARM",), ("RUS",)),
    ("request-11", "Indian fishermen's unions appealed to New Delhi on Saturday to press Sri Lanka for the release of 50 fishermen held in Jaffna.", "REQUEST", ("IND",), ("IND",)),
]

ACCUSE: list[Row] = [
    ("accuse-01", "Moscow accused Washington on Tuesday of helping Kyiv plan drone attacks on Russian airfields, the Russian foreign ministry spokeswoman said.", "ACCUSE", ("RUS",), ("USA",)),
    ("accuse-02", "Human Rights Watch accused Ethiopian troops on Thursday of killing dozens of civilians in the Amhara region, in a report based on interviews with survivors.", "ACCUSE", ("IGO",), ("ETH",)),
    ("accuse-03", "Greece strongly condemned on Monday Turkey's decision to send a research ship into waters claimed by Athens, calling it a provocation.", "ACCUSE", ("GRC",), ("TUR",)),
    ("accuse-04", "Prosecutors in Buenos Aires charged former Argentine President Cristina Fernandez with fraud on Wednesday over public works contracts in Santa Cruz province.", "ACCUSE", ("ARG",), ("ARG",)),
    ("accuse-05", "South Africa has opened an investigation into alleged corruption by senior officials of the state power company, the National Prosecuting Authority said on Friday.", "ACCUSE", ("ZAF",), ("ZAF",)),
    ("accuse-06", "The Chinese foreign ministry summoned the Japanese ambassador in Beijing on Thursday to protest against a visit by Japanese lawmakers to Taiwan.", "ACCUSE", ("CHN",), ("JPN",)),
    ("accuse-07", "Venezuela filed a complaint with the International Court of Justice against Guyana over the disputed Essequibo region, Caracas said on Sunday.", "ACCUSE", ("VEN",), ("GUY",)),
    ("accuse-08", "Algerian President Abdelmadjid Tebboune criticised France on Tuesday for what he called its refusal to face its colonial past, in an interview with the newspaper Le Figaro.", "ACCUSE", ("DZA",), ("FRA",)),
    ("accuse-09", "A U.N. commission of inquiry is investigating possible war crimes by Israeli forces and Palestinian militants in Gaza, its chairwoman said in Geneva on Monday.", "ACCUSE", ("IGO",), ("ISR", "PSE")),
    ("accuse-10", "Kyiv blamed Moscow on Saturday for a missile strike on the port of Odesa that killed three dockworkers, saying it proved Russia did not want peace.", "ACCUSE", ("UKR",), ("RUS",)),
    ("accuse-11", "A Brazilian federal judge on Friday indicted a former army general for his alleged role in the coup plot against President Luiz Inacio Lula da Silva.", "ACCUSE", ("BRA",), ("BRA",)),
]

REJECT: list[Row] = [
    ("reject-01", "Israel on Monday rejected a U.N. call for an immediate ceasefire in Lebanon, saying it would keep striking Hezbollah until its fighters withdrew from the border.", "REJECT", ("ISR",), ("IGO",)),
    ("reject-02", "The Taliban government has refused to let female U.N. staff return to work in Afghanistan, the U.N. mission in Kabul said on Tuesday.", "REJECT", ("AFG",), ("IGO",)),
    ("reject-03", "Beijing dismissed as groundless on Thursday the accusations by Canberra that Chinese hackers had targeted Australian government networks.", "REJECT", ("CHN",), ("AUS",)),
    ("reject-04", "The Malian junta turned down an offer from the West African bloc ECOWAS to mediate with rebels in the north, a junta spokesman said on Wednesday.", "REJECT", ("MLI",), ("IGO",)),
    ("reject-05", "Venezuelan President Nicolas Maduro rejected on Sunday a demand from the United States that he hand power to the opposition, calling it an insult to the nation.", "REJECT", ("VEN",), ("USA",)),
    ("reject-06", "The Russian government denied a request from Norway to allow its inspectors to visit the Arctic oil spill site, the Norwegian foreign ministry said.", "REJECT", ("RUS",), ("NOR",)),
    ("reject-07", "Serbia's president, Aleksandar Vucic, vowed on Friday that Belgrade would never recognise Kosovo's independence, whatever pressure it faced from Brussels.", "REJECT", ("SRB",), ("XKX",)),
    ("reject-08", "North Korea has rebuffed Seoul's offer of talks on reuniting families separated by the Korean War, South Korea's unification ministry said on Monday.", "REJECT", ("PRK",), ("KOR",)),
    ("reject-09", "Ugandan opposition leader Bobi Wine refused on Tuesday to accept the results of the presidential election, saying the vote was rigged by the ruling party.", "REJECT", ("UGA",), ("UGA",)),
    ("reject-10", "Ankara vetoed on Wednesday a NATO plan to deploy more troops to the Baltic states, diplomats at the alliance's headquarters said.", "REJECT", ("TUR",), ("IGO",)),
]

THREATEN: list[Row] = [
    ("threaten-01", "Moscow warned Helsinki on Thursday that it would take military countermeasures if Finland allowed NATO to station troops on its territory.", "THREATEN", ("RUS",), ("FIN",)),
    ("threaten-02", "Hezbollah's leader threatened on Sunday to strike the Israeli city of Haifa if Israel attacked Beirut, in a televised speech.", "THREATEN", ("LBN",), ("ISR",)),
    ("threaten-03", "The European Union threatened on Monday to suspend trade talks with Indonesia unless Jakarta lifted its ban on nickel exports.", "THREATEN", ("IGO",), ("IDN",)),
    ("threaten-04", "Nigeria's main labour union threatened to call a nationwide strike next week if the government did not restore the fuel subsidy, its president said.", "THREATEN", ("NGA",), ("NGA",)),
    ("threaten-05", "North Korea warned on Saturday that it would respond with \"overwhelming force\" to any joint military drills by the United States and South Korea.", "THREATEN", ("PRK",), ("USA", "KOR")),
    ("threaten-06", "Iran threatened to close the Strait of Hormuz to oil shipments if Washington imposed new sanctions on its crude exports, the Iranian navy commander said.", "THREATEN", ("IRN",), ("USA",)),
    ("threaten-07", "Pakistan's interior minister warned on Tuesday that Afghan refugees who did not leave the country by November would be arrested and deported.", "THREATEN", ("PAK",), ("AFG",)),
    ("threaten-08", "Beijing threatened on Friday to cut off diplomatic ties with any country that hosted the Taiwanese president, the Chinese foreign ministry said.", "THREATEN", ("CHN",), ()),
    ("threaten-09", "The Somali militant group al-Shabaab vowed to attack Kenyan troops wherever they were found, in a statement posted on a jihadist website on Monday.", "THREATEN", ("SOM",), ("KEN",)),
    ("threaten-10", "Turkish President Recep Tayyip Erdogan said on Wednesday that Ankara would launch a new ground offensive against Kurdish militants in northern Syria if its security demands were not met.", "THREATEN", ("TUR",), ("SYR",)),
    ("threaten-11", "The Burundian government threatened to expel U.N. human rights monitors on Thursday, accusing them of spreading false reports about the country.", "THREATEN", ("BDI",), ("IGO",)),
]

PROTEST: list[Row] = [
    ("protest-01", "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to protest against the government's plan to curb the powers of the Supreme Court, police said.", "PROTEST", ("ISR",), ("ISR",)),
    ("protest-02", "Doctors at Kenya's public hospitals went on strike on Monday to demand better pay and the hiring of more staff, their union said.", "PROTEST", ("KEN",), ("KEN",)),
    ("protest-03", "A jailed Bahraini activist, Abdulhadi al-Khawaja, has been on hunger strike for three weeks in protest against his treatment in prison, his daughter said on Friday.", "PROTEST", ("BHR",), ("BHR",)),
    ("protest-04", "Angry Polish farmers blocked the main border crossing with Ukraine on Tuesday to protest against cheap Ukrainian grain imports, the Polish border guard said.", "PROTEST", ("POL",), ("POL", "UKR")),
    ("protest-05", "Hundreds of Pakistani students demonstrated outside the Afghan embassy in Islamabad on Thursday against the Taliban's ban on women's education.", "PROTEST", ("PAK",), ("AFG",)),
    ("protest-06", "Rioters in the Senegalese capital Dakar set fire to shops and a police station on Friday after the conviction of opposition leader Ousmane Sonko, witnesses said.", "PROTEST", ("SEN",), ("SEN",)),
    ("protest-07", "Chinese consumers boycotted Japanese goods on Monday after Tokyo began releasing water from the Fukushima nuclear plant into the sea, state media reported.", "PROTEST", ("CHN",), ("JPN",)),
    ("protest-08", "Thousands of Armenians marched through Yerevan on Sunday demanding the resignation of Prime Minister Nikol Pashinyan over the loss of Nagorno-Karabakh.", "PROTEST", ("ARM",), ("ARM",)),
    ("protest-09", "Opposition supporters in Georgia staged a sit-in outside parliament in Tbilisi on Wednesday against a law on foreign agents, organisers said.", "PROTEST", ("GEO",), ("GEO",)),
    ("protest-10", "Workers at Bangladesh's garment factories walked out on Tuesday to demand a higher minimum wage, the country's largest union said.", "PROTEST", ("BGD",), ("BGD",)),
    ("protest-11", "The opposition Pakistan Tehreek-e-Insaf mobilised thousands of supporters for a march on Islamabad on Sunday to demand the release of Imran Khan.", "PROTEST", ("PAK",), ("PAK",)),
]

SANCTION: list[Row] = [
    ("sanction-01", "The Czech government expelled two Russian diplomats on Thursday, accusing them of spying for Moscow, the foreign ministry in Prague said.", "SANCTION", ("CZE",), ("RUS",)),
    ("sanction-02", "Washington imposed sanctions on Monday on three Nicaraguan officials it accused of undermining democracy, the U.S. Treasury said.", "SANCTION", ("USA",), ("NIC",)),
    ("sanction-03", "Niger's military rulers ended the security agreements with France on Wednesday and ordered French troops to leave the country within a month.", "SANCTION", ("NER",), ("FRA",)),
    ("sanction-04", "The Netherlands halted development aid to Uganda on Friday over a new law that punishes homosexuality with death, the Dutch development minister said.", "SANCTION", ("NLD",), ("UGA",)),
    ("sanction-05", "Honduras broke off diplomatic relations with Taiwan on Sunday in order to establish ties with Beijing, the Honduran foreign ministry said.", "SANCTION", ("HND",), ("TWN",)),
    ("sanction-06", "The African Union suspended Gabon from all its activities on Thursday after a military coup toppled President Ali Bongo.", "SANCTION", ("IGO",), ("GAB",)),
    ("sanction-07", "A court in Moscow sentenced a Russian journalist to seven years in prison on Tuesday for spreading \"false information\" about the army.", "SANCTION", ("RUS",), ("RUS",)),
    ("sanction-08", "Rwanda recalled its ambassador from Kinshasa on Monday after Congo accused it of backing the M23 rebels, the Rwandan government said.", "SANCTION", ("RWA",), ("COD",)),
    ("sanction-09", "Burkina Faso withdrew from the International Criminal Court's founding treaty on Wednesday, the military government announced.", "SANCTION", ("BFA",), ("IGO",)),
    ("sanction-10", "India banned imports of palm oil from Malaysia on Thursday after Malaysia's prime minister criticised its citizenship law, trade sources said.", "SANCTION", ("IND",), ("MYS",)),
    ("sanction-11", "Azerbaijan cut gas supplies to Georgia on Monday in a dispute over transit fees, the Azerbaijani state energy company said.", "SANCTION", ("AZE",), ("GEO",)),
]

MOBILIZE: list[Row] = [
    ("mobilize-01", "Venezuela deployed thousands of troops to its border with Guyana on Friday, days after a referendum on annexing the disputed Essequibo region, satellite images showed.", "MOBILIZE", ("VEN",), ("GUY",)),
    ("mobilize-02", "North Korea test-fired two ballistic missiles into the sea off its east coast on Thursday, the South Korean military said.", "MOBILIZE", ("PRK",), ()),
    ("mobilize-03", "The Serbian army was put on the highest level of combat readiness on Monday after clashes in northern Kosovo, the defence minister said.", "MOBILIZE", ("SRB",), ()),
    ("mobilize-04", "Russia called up 300,000 reservists on Wednesday to reinforce its troops in Ukraine, President Vladimir Putin said in a televised address.", "MOBILIZE", ("RUS",), ("UKR",)),
    ("mobilize-05", "Chinese warships and bombers massed around Taiwan on Saturday in exercises Beijing said were a warning to \"separatist forces\", Taiwan's defence ministry said.", "MOBILIZE", ("CHN",), ("TWN",)),
    ("mobilize-06", "Iraqi security forces reinforced their positions around the Green Zone in Baghdad on Tuesday ahead of a rally called by the Shi'ite cleric Moqtada al-Sadr.", "MOBILIZE", ("IRQ",), ()),
    ("mobilize-07", "Ethiopia moved heavy artillery and tanks towards its border with Eritrea on Sunday, diplomats and residents said.", "MOBILIZE", ("ETH",), ("ERI",)),
    ("mobilize-08", "Houthi fighters mobilised around the city of Marib on Thursday, Yemeni government officials said, fearing a new offensive.", "MOBILIZE", ("YEM",), ()),
    ("mobilize-09", "India placed its air force on alert along the Line of Control on Friday after Pakistani jets were spotted near the border, military sources said.", "MOBILIZE", ("IND",), ()),
    ("mobilize-10", "Armenia has stationed additional troops and armoured vehicles near the border with Azerbaijan, the Armenian defence ministry said on Wednesday.", "MOBILIZE", ("ARM",), ("AZE",)),
]

COERCE: list[Row] = [
    ("coerce-01", "Turkish police detained 30 opposition journalists in dawn raids in Istanbul on Tuesday on suspicion of links to the Kurdish militant PKK, state media said.", "COERCE", ("TUR",), ("TUR",)),
    ("coerce-02", "The Iranian authorities shut down mobile internet across Sistan-Baluchestan province on Friday as protests spread after the death of a young woman in custody.", "COERCE", ("IRN",), ("IRN",)),
    ("coerce-03", "Russian authorities banned the independent newspaper Novaya Gazeta on Monday, saying it had failed to comply with the law on foreign agents.", "COERCE", ("RUS",), ("RUS",)),
    ("coerce-04", "Pakistan deported 2,000 Afghan migrants through the Torkham border crossing on Thursday, Afghan officials said.", "COERCE", ("PAK",), ("AFG",)),
    ("coerce-05", "Ethiopia's government imposed a six-month state of emergency in the Amhara region on Friday after fighting between the army and local militias.", "COERCE", ("ETH",), ("ETH",)),
    ("coerce-06", "Indian police raided the offices of the BBC in New Delhi and Mumbai on Tuesday, weeks after the broadcaster aired a documentary critical of the prime minister.", "COERCE", ("IND",), ("GBR",)),
    ("coerce-07", "Nicaragua stripped 94 opponents of President Daniel Ortega of their citizenship on Wednesday, declaring them traitors to the homeland.", "COERCE", ("NIC",), ("NIC",)),
    ("coerce-08", "Egyptian security forces arrested the head of a leading human rights group in Cairo on Saturday, his organisation said.", "COERCE", ("EGY",), ("EGY",)),
    ("coerce-09", "Israel cut off electricity and fuel to the Gaza Strip on Monday, the Israeli energy minister said.", "COERCE", ("ISR",), ("PSE",)),
    ("coerce-10", "Ugandan authorities confiscated the campaign vehicles of opposition candidate Bobi Wine on Sunday, his party said.", "COERCE", ("UGA",), ("UGA",)),
    ("coerce-11", "Thai police imposed a curfew on three districts of the southern province of Narathiwat on Thursday after a series of bomb attacks.", "COERCE", ("THA",), ("THA",)),
]

ASSAULT: list[Row] = [
    ("assault-01", "Russian forces launched a barrage of missiles and drones at Ukraine's energy infrastructure overnight, knocking out power to millions of people, Ukrainian officials said on Friday.", "ASSAULT", ("RUS",), ("UKR",)),
    ("assault-02", "Israeli warplanes struck targets in southern Lebanon on Tuesday after rockets were fired across the border, the Israeli military said.", "ASSAULT", ("ISR",), ("LBN",)),
    ("assault-03", "Boko Haram militants killed 37 Nigerian farmers in an attack on a village in Borno state, a local official said on Monday.", "ASSAULT", ("NGA",), ("NGA",)),
    ("assault-04", "Gunmen from the Sudanese Rapid Support Forces abducted 20 United Nations aid workers in Darfur on Sunday, a U.N. spokesman said.", "ASSAULT", ("SDN",), ("IGO",)),
    ("assault-05", "A Palestinian suicide bomber blew himself up on a bus in Jerusalem on Wednesday, killing nine Israelis, police said.", "ASSAULT", ("PSE",), ("ISR",)),
    ("assault-06", "Turkish drones bombed Kurdish militant positions in northern Iraq on Thursday, the Turkish defence ministry said.", "ASSAULT", ("TUR",), ("IRQ",)),
    ("assault-07", "Myanmar's army has burned down hundreds of homes in Rohingya villages in Rakhine state, Amnesty International said in a report on Tuesday.", "ASSAULT", ("MMR",), ("MMR",)),
    ("assault-08", "Guards at a Libyan detention centre tortured Eritrean migrants to extort ransom from their families, according to a U.N. report published on Friday.", "ASSAULT", ("LBY",), ("ERI",)),
    ("assault-09", "Indian and Pakistani troops exchanged heavy artillery fire across the Line of Control in Kashmir on Saturday, killing four civilians, officials said.", "ASSAULT", ("IND", "PAK"), ()),
    ("assault-10", "Kenyan police fired tear gas and water cannon at opposition supporters marching in Nairobi on Wednesday, witnesses said.", "ASSAULT", ("KEN",), ("KEN",)),
    ("assault-11", "Al-Shabaab fighters stormed a hotel in Mogadishu late on Friday, killing at least 12 people, a Somali security official said.", "ASSAULT", ("SOM",), ("SOM",)),
    ("assault-12", "A Ukrainian drone hit an oil refinery in Russia's Krasnodar region early on Sunday, setting it on fire, the regional governor said.", "ASSAULT", ("UKR",), ("RUS",)),
]

# two events in one sentence, one of them the main one (told as done, not as a reason or request)
MAIN: list[Row] = [
    ("main-01", "Egyptian police arrested 45 people on Friday after they blocked a highway in Cairo to protest against rising bread prices, the interior ministry said.", "COERCE", ("EGY",), ("EGY",)),
    ("main-02", "Hungary blocked on Monday an EU aid package for Ukraine that Kyiv had urgently requested, diplomats said.", "REJECT", ("HUN",), ("IGO",)),
    ("main-03", "Seoul protested to Tokyo on Tuesday after Japanese officials visited a shrine honouring war criminals, South Korea's foreign ministry said.", "ACCUSE", ("KOR",), ("JPN",)),
    ("main-04", "France recalled its ambassador to Algeria on Sunday after Algiers accused Paris of plotting to destabilise the country, the French foreign ministry said.", "SANCTION", ("FRA",), ("DZA",)),
    ("main-05", "Kenyan riot police dispersed with tear gas a march in Nairobi on Tuesday by supporters of the opposition leader, who had called for mass protests against tax rises.", "ASSAULT", ("KEN",), ("KEN",)),
    ("main-06", "The Colombian government suspended peace talks with the ELN on Thursday after the rebels kidnapped the father of a football star, the peace commissioner said.", "SANCTION", ("COL",), ("COL",)),
    ("main-07", "Qatar, which has mediated between Israel and Hamas, announced on Saturday that it had suspended its role until both sides showed willingness to negotiate.", "SANCTION", ("QAT",), ()),
    ("main-08", "Russian troops shelled the Ukrainian town of Kupiansk on Monday, a day after Kyiv rejected a Russian proposal for a local truce, the regional governor said.", "ASSAULT", ("RUS",), ("UKR",)),
]

# written after this branch's rules, in the same style, half of them in the constructions those rules
# read (rescues, disbursements, massing, walkouts, acquittals, recalls, vetoes, accords ended, time
# phrases) and half of other kinds: how far the rules carry to new wordings. Main (02b5904): type
# 0.600, triple 0.450, no event 0.175; this branch: type 0.850, triple 0.725, no event 0.050 (two rows
# are "convention" rows, see GAPS).
LATE: list[Row] = [
    ("late-01", "The Spanish navy rescued 47 Moroccan migrants from an inflatable boat off the Canary Islands late on Saturday, a Spanish maritime rescue spokesman said.", "AID", ("ESP",), ("MAR",)),
    ("late-02", "The Asian Development Bank disbursed $250 million to Pakistan on Thursday to help rebuild homes destroyed by the floods, the Pakistani finance ministry said.", "AID", ("IGO",), ("PAK",)),
    ("late-03", "Thousands of Ethiopian troops massed along the border with Sudan on Wednesday, Sudanese military sources said, raising fears of a new conflict over the al-Fashaga farmland.", "MOBILIZE", ("ETH",), ("SDN",)),
    ("late-04", "Teachers in Nigeria's public universities walked out on Monday over unpaid salaries, their union said, shutting campuses across the country.", "PROTEST", ("NGA",), ("NGA",)),
    ("late-05", "A court in Ankara acquitted four Turkish journalists of terrorism charges on Wednesday, their lawyers said, in a case that drew criticism from the European Union.", "CONCEDE", ("TUR",), ("TUR",)),
    ("late-06", "Lithuania recalled its ambassador to China on Tuesday after Beijing demanded the withdrawal of Vilnius's envoy, the Lithuanian foreign ministry said.", "SANCTION", ("LTU",), ("CHN",)),
    ("late-07", "Poland blocked on Thursday a European Union declaration on migration that had been backed by most member states, diplomats said in Brussels.", "REJECT", ("POL",), ("IGO",)),
    ("late-08", "Burkina Faso's military government terminated a military cooperation agreement with France on Monday, giving French special forces a month to leave the country.", "SANCTION", ("BFA",), ("FRA",)),
    ("late-09", "Moroccan security forces freed two French hostages held by smugglers near the Algerian border on Friday, the Moroccan interior ministry said.", "AID", ("MAR",), ("FRA",)),
    ("late-10", "Hungary's prime minister, Viktor Orban, criticised on Friday Brussels's decision to freeze funds earmarked for Budapest, calling it blackmail.", "ACCUSE", ("HUN",), ("IGO",)),
    ("late-11", "The Kremlin welcomed on Sunday Pyongyang's offer of artillery shells, a Kremlin spokesman told reporters in Moscow.", "SUPPORT", ("RUS",), ("PRK",)),
    ("late-12", "Taiwan's coast guard rescued nine Chinese fishermen from a sinking trawler near the Kinmen islands on Tuesday, Taipei said.", "AID", ("TWN",), ("CHN",)),
    ("late-13", "Israeli police detained 14 Palestinian worshippers at the Al-Aqsa mosque compound in Jerusalem early on Friday, the Palestinian Red Crescent said.", "COERCE", ("ISR",), ("PSE",)),
    ("late-14", "The Sri Lankan navy arrested 23 Indian fishermen on Sunday for fishing illegally in Sri Lankan waters, a navy spokesman said.", "COERCE", ("LKA",), ("IND",)),
    ("late-15", "Mexico's president, Andres Manuel Lopez Obrador, said on Tuesday he would not attend the Summit of the Americas in Los Angeles if Washington excluded Cuba, Venezuela and Nicaragua.", "THREATEN", ("MEX",), ("USA",)),
    ("late-16", "The Arab League called on Israel on Monday to halt its military operations in the West Bank, in a statement issued after an emergency meeting in Cairo.", "REQUEST", ("IGO",), ("ISR",)),
    ("late-17", "Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit, the first by a Japanese leader since the start of the war.", "CONSULT", ("JPN",), ("UKR",)),
    ("late-18", "Kenya and Ethiopia signed a deal on Thursday to build a power line linking their grids, the Kenyan energy ministry said.", "SUPPORT", ("KEN", "ETH"), ()),
    ("late-19", "South Africa on Friday rejected Washington's accusation that it had supplied weapons to Russia, calling it baseless.", "REJECT", ("ZAF",), ("USA",)),
    ("late-20", "Syrian government forces shelled rebel-held villages in Idlib province on Monday, killing six civilians, a war monitor said.", "ASSAULT", ("SYR",), ("SYR",)),
    ("late-21", "The U.S. Justice Department charged two Chinese intelligence officers on Wednesday with trying to obstruct an investigation into the telecoms firm Huawei.", "ACCUSE", ("USA",), ("CHN",)),
    ("late-22", "Greece expelled a Libyan ambassador on Friday over a maritime deal between Tripoli and Ankara, the Greek foreign minister said.", "SANCTION", ("GRC",), ("LBY",)),
    ("late-23", "Pakistan's army freed 16 soldiers held by Afghan Taliban fighters in a prisoner exchange on Saturday, the military's media wing said.", "RETREAT", ("AFG",), ("PAK",)),
    ("late-24", "Cuban authorities released 50 political prisoners on Thursday under a deal brokered by the Catholic Church, the Vatican said.", "RETREAT", ("CUB",), ("CUB",)),
    ("late-25", "Russian warships and submarines gathered off the Syrian coast on Tuesday, Western officials said, days before the planned air campaign.", "MOBILIZE", ("RUS",), ("SYR",)),
    ("late-26", "Hundreds of Tunisian lawyers went on strike on Monday to protest against the arrest of a colleague who criticised President Kais Saied.", "PROTEST", ("TUN",), ("TUN",)),
    ("late-27", "Algeria resumed gas exports to Morocco's neighbour Spain on Wednesday through the Medgaz pipeline, the state energy company Sonatrach said.", "COOPERATE", ("DZA",), ("ESP",)),
    ("late-28", "The Iraqi government has handed over 12 Turkish Kurdish militants to Turkey, the Turkish interior ministry said on Friday.", "COOPERATE", ("IRQ",), ("TUR",)),
    ("late-29", "Bolivian police confiscated the passports of two former ministers on Monday, a day after they were charged with corruption.", "COERCE", ("BOL",), ("BOL",)),
    ("late-30", "Houthi rebels fired a missile at a Greek-owned tanker in the Red Sea on Sunday, setting it ablaze, the British maritime agency UKMTO said.", "ASSAULT", ("YEM",), ("GRC",)),
    ("late-31", "Riyadh pledged on Monday to deposit $3 billion in Pakistan's central bank to shore up its foreign reserves, the Pakistani finance minister said.", "AGREE", ("SAU",), ("PAK",)),
    ("late-32", "China's foreign ministry summoned the Philippine ambassador in Beijing on Wednesday over a collision between their coast guard vessels near the Scarborough Shoal.", "ACCUSE", ("CHN",), ("PHL",)),
    ("late-33", "The Nigerian opposition mobilised thousands of supporters for protests in Lagos and Abuja on Saturday against the results of the presidential election.", "PROTEST", ("NGA",), ("NGA",)),
    ("late-34", "The World Health Organization delivered 40 tonnes of medical supplies to hospitals in northern Gaza on Thursday, a WHO spokesman said.", "AID", ("IGO",), ("PSE",)),
    ("late-35", "Colombia and Venezuela reopened their shared border to cargo traffic on Monday after seven years of closure, the two governments said.", "COOPERATE", ("COL", "VEN"), ()),
    ("late-36", "Eritrean forces withdrew from the Ethiopian town of Shire on Friday, residents and aid workers said.", "RETREAT", ("ERI",), ("ETH",)),
    ("late-37", "A Ugandan court sentenced an opposition activist to two years in prison on Tuesday for insulting President Yoweri Museveni online.", "SANCTION", ("UGA",), ("UGA",)),
    ("late-38", "Washington warned Beijing on Thursday that it would face consequences if it supplied lethal weapons to Russia, the U.S. national security adviser said.", "THREATEN", ("USA",), ("CHN",)),
    ("late-39", "Chadian rebels attacked an army base near the Libyan border on Sunday, killing 12 soldiers, the Chadian government said.", "ASSAULT", ("TCD",), ("TCD",)),
    ("late-40", "Kuwait's emir pardoned 35 jailed opposition figures on Wednesday in a move aimed at ending a long political standoff with parliament.", "CONCEDE", ("KWT",), ("KWT",)),
]

ROWS: list[Row] = (AGREE + CONSULT + SUPPORT + CONCEDE + COOPERATE + AID + RETREAT + REQUEST + ACCUSE + REJECT
                   + THREATEN + PROTEST + SANCTION + MOBILIZE + COERCE + ASSAULT + MAIN + LATE)

# main before any change of this branch (02b5904), filled by the first measurement
MEASURED: dict[str, float] = {"rows": 180, "type_accuracy": 0.767, "triple_accuracy": 0.656, "no_event_rate": 0.117}

# rows main still gets wrong, with their failure class (strict: a row that starts passing must leave).
# Rows marked "convention" are coded by the 2021 manual where the CAMEO -> PLOVER crosswalk the coder
# follows (cameo_plover.csv, as the gold records were made from CAMEO examples) gives another type;
# they are left failing rather than written against the gold's practice. coop-03 ("sharing
# intelligence with Y") was first coded with Y as recipient; it is reciprocal (2.4.2), as a tuning
# record codes "has been sharing expertise with" (both parties as actor), and was recoded so.
GAPS: dict[str, str] = {
    "agree-02": "wrong argument: the speaker's government ('his government was ready to') gives no actor",
    "agree-08": "no event: 'would consider buying ... from' (a future purchase)",
    "agree-09": "no event: 'offered to hold direct negotiations with'",
    "consult-08": "wrong argument: the mediators' or the venue's country joins the parties",
    "concede-02": "type: an announced future withdrawal read as AGREE, not CONCEDE (3.4)",
    "concede-03": "convention: a pardon is CONCEDE in the manual (3.3.2), SUPPORT in the CAMEO crosswalk (056)",
    "concede-04": "convention: an apology is CONCEDE in the manual (3.4.2), SUPPORT in the CAMEO crosswalk (055)",
    "concede-08": "type: a declared ceasefire read as THREATEN, not CONCEDE (3.4)",
    "concede-10": "wrong argument: a domestic demand withdrawn gets no target (the domestic rule skips it)",
    "coop-06": "type: a joint operation read by its content (arrests) as COERCE",
    "coop-09": "no event: 'began exporting lithium to'",
    "coop-10": "no event: 'expanded their exchange of military officers'",
    "aid-04": "no event: 'rescue teams pulled survivors from the rubble'",
    "aid-05": "no event: 'delivered wheat and cooking oil to'",
    "retreat-04": "wrong argument: the Red Cross let in is no recipient",
    "retreat-06": "no event: 'handed over their weapons to'",
    "retreat-08": "wrong argument: 'handed back control of X to Y' gives no recipient",
    "request-03": "wrong argument: 'NATO allies' expanded to every member state (IGO expected)",
    "request-07": "actor: 'Peter Obi' resolved to Venezuela",
    "request-09": "wrong argument: a domestic office ('the attorney general') gets no country",
    "request-11": "wrong argument: the party pressed (Sri Lanka) taken for the party asked (New Delhi)",
    "reject-04": "wrong argument: an offer 'from the West African bloc ECOWAS' gives no recipient",
    "reject-09": "wrong argument: 'the results of the presidential election' gets no country",
    "threaten-05": "wrong argument: the parties of 'joint drills by X and Y' are no recipient",
    "threaten-07": "type: 'warned that ... would be arrested and deported' read as COERCE, not THREATEN",
    "protest-04": "wrong argument: the blocked crossing's own side is no recipient",
    "protest-06": "wrong argument: rioters of the capital get no country",
    "sanction-03": "type: 'ended the security agreements' ('end' is left out of the accord-ended rule: 'talks ended without agreement')",
    "mobilize-03": "type: 'put on the highest level of combat readiness' read as ASSAULT",
    "mobilize-08": "wrong argument: a city of the forces' own country as recipient",
    "coerce-07": "no event: 'stripped opponents of their citizenship'",
    "assault-04": "wrong argument: 'United Nations aid workers' read as the scene's country",
    "assault-10": "wrong argument: 'opposition supporters' in the capital get no country",
    "main-05": "wrong argument: 'supporters of the opposition leader' get no country",
    "main-07": "type: the mediation named in a relative clause outranks 'suspended its role'",
    "late-04": "no event: 'Teachers in Nigeria's public universities' give no source",
    "late-10": "wrong argument: an appositive subject ('Hungary's prime minister, Viktor Orban,') lost; Brussels read as Hungary",
    "late-11": "type: welcoming an offer read as accepting it (AGREE, CAMEO 030), not SUPPORT",
    "late-15": "no event: a conditional refusal to attend ('would not attend ... if') as a threat",
    "late-23": "wrong argument: 'held by Afghan Taliban fighters' is not the releasing side",
    "late-27": "wrong argument: 'Morocco's neighbour Spain' read as Morocco",
    "late-35": "type: a border reopened to cargo by both sides read as AID (the gold's 'opened its borders to')",
    "late-39": "wrong argument: an army base attacked gives no target",
    "late-40": "convention: a pardon is CONCEDE in the manual (3.3.2), SUPPORT in the CAMEO crosswalk (056)",
}


def test_probe_rows_are_unique_and_cover_every_type() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 200
    assert set(GAPS) <= set(ids)
    types = Counter(r[2] for r in ROWS)
    assert len(types) == 16 and min(types.values()) >= 10, types


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_wire_row(row: Row) -> None:
    assert triple_row_result(row) == (True, True)


def probe_scores() -> dict[str, float]:
    """Type accuracy and triple accuracy of the main event over every row, and the share of rows
    with no counted event at all."""
    scores = triple_probe_scores(ROWS)
    scores["no_event_rate"] = sum(not counted_events(r[1]) for r in ROWS) / len(ROWS)
    return scores
