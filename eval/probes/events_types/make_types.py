"""Write types.json: the invented news-register event-type probe (issue 16).

Every sentence below was invented for this probe in the register of wire and broadcast news (20 to
40 words: names, titles, places, attributions); none is taken from gold data or from any article.
All rows were written before the code and data of ``stages/events/`` were read (stop 55,
i16-types55). Each row gives a text, the PLOVER 2021 type of its main event (``NONE`` for a report
outside PLOVER: accidents, disasters, forecasts), the PLOVER mode where the codebook gives one
(``""`` otherwise) and the ACLED event type (family) of the main event, or ``outside ACLED``.

Each of the 16 types is expressed by a verb, an event noun, a light-verb phrase ("held talks",
"carried out strikes"), a passive and an agentless report, with neighbours (AGREE / SUPPORT,
SUPPORT / CONSULT, CONCEDE / RETREAT, THREATEN / a forecast, COERCE / crime) and reports outside
ACLED. Conventions: the main event is the act the sentence reports, not the statement that reports
it; an accusation, condemnation or denial is itself the main event (ACCUSE) over the act it names;
a promise of a future withdrawal or release is CONCEDE, the act done is RETREAT; signing or
ratifying a treaty is SUPPORT, agreeing to cooperate later is AGREE; force used on protesters is
ASSAULT (ACLED: Protests, excessive force); a warning of harm the speaker cannot cause is no
event. ACLED families are the author's reading of ACLED's definitions: talks, statements,
sanctions and aid are outside ACLED; arrests, deployments, ceasefires and non-violent transfers
among conflict parties are strategic developments.

Usage: python eval/probes/events_types/make_types.py  (rewrites types.json beside it)
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = "outside ACLED"
SD = "Strategic developments"
BAT = "Battles"
VAC = "Violence against civilians"
ERV = "Explosions/Remote violence"
PRO = "Protests"
RIO = "Riots"

# (text, PLOVER type, mode, ACLED family)
ROWS: list[tuple[str, str, str, str]] = [
    # --- AGREE: willingness, promises, invitations (near miss: signing is SUPPORT)
    ("The governments of Ghana and Togo agreed on Tuesday to set up a joint commission on their "
     "maritime border, the foreign ministry in Accra said in a statement.", "AGREE", "", OUT),
    ("Indonesia offered on Friday to host the next round of peace talks between Myanmar's military "
     "and ethnic armed groups, a spokesman for the foreign ministry in Jakarta told reporters.",
     "AGREE", "", OUT),
    ("Chile and Peru reached an agreement in principle on Monday to cooperate on fighting wildfires "
     "along their shared border, officials in Santiago said after a meeting of ministers.", "AGREE", "", OUT),
    ("Prime Minister Kaja Lund pledged on Wednesday to sign the regional migration pact before the "
     "end of the year, her office in Oslo said in a statement.", "AGREE", "", OUT),
    ("The Kenyan president invited a delegation of Somali clan elders to visit Nairobi next month for "
     "consultations on the border dispute, State House said on Sunday.", "AGREE", "", OUT),
    ("The National Liberation Army said on Thursday it was ready to end its armed struggle and enter "
     "negotiations with the government in Bogota, according to a statement posted online.",
     "AGREE", "", OUT),
    ("Ministers from Vietnam and Cambodia signed a treaty on Tuesday settling the last disputed "
     "section of their land border, ending talks that began in 2012, state media reported.",
     "SUPPORT", "", OUT),
    # --- CONSULT: meetings, visits, calls, hosting
    ("Egypt's president met the Jordanian king in Cairo on Monday to discuss the war in Gaza and the "
     "flow of aid through the Rafah crossing, his office said.", "CONSULT", "", OUT),
    ("A visit by the Chinese foreign minister to Pretoria this week was aimed at deepening trade ties "
     "with South Africa, diplomats in the South African capital said on Wednesday.",
     "CONSULT", "visit", OUT),
    ("Officials from Serbia and Kosovo held talks in Brussels on Thursday under the mediation of the "
     "European Union, the bloc's foreign policy chief told reporters afterwards.",
     "CONSULT", "third-party", OUT),
    ("The Turkish president spoke by telephone with his Azerbaijani counterpart on Saturday about "
     "reopening transport links in the South Caucasus, the presidency in Ankara said.",
     "CONSULT", "phone", OUT),
    ("The Sudanese army chief was received in Riyadh on Tuesday by the Saudi crown prince for talks on "
     "the war, Saudi state media said, without giving details.", "CONSULT", "visit", OUT),
    ("Qatar hosted a meeting between envoys of the United States and the Taliban in Doha on Sunday, "
     "the Qatari foreign ministry said, the first such contact in a year.",
     "CONSULT", "third-party", OUT),
    ("India's foreign minister travelled to Colombo on Monday for a two-day visit during which he "
     "will discuss fishing disputes with Sri Lankan officials, New Delhi said.",
     "CONSULT", "visit", OUT),
    # --- SUPPORT: praise, approval, ratification, ties
    ("The African Union praised Senegal's peaceful presidential election on Monday and congratulated "
     "the winner, a statement from the AU commission in Addis Ababa said.", "SUPPORT", "", OUT),
    ("Washington welcomed the findings of the inquiry on Wednesday, calling them an important step "
     "towards accountability for abuses in Ethiopia's Tigray region, the State Department said.",
     "SUPPORT", "", OUT),
    ("Germany voiced strong support on Friday for Moldova's bid to join the European Union, the "
     "government spokesman in Berlin told a regular news conference.", "SUPPORT", "", OUT),
    ("The parliament of Kyrgyzstan ratified a border treaty with Tajikistan on Wednesday, ending "
     "decades of disputes that had led to deadly clashes between the two countries.",
     "SUPPORT", "", OUT),
    ("Bahrain and Qatar restored diplomatic relations on Wednesday after a six-year rift and agreed to "
     "reopen their embassies within weeks, the Bahraini news agency reported.", "SUPPORT", "", OUT),
    ("The plan to reopen the Lobito rail corridor was endorsed by the leaders of Angola, Zambia and "
     "Congo at a summit in Luanda on Thursday, officials said.", "SUPPORT", "", OUT),
    # --- CONCEDE: promised concessions, declared ceasefires
    ("The military government in Niamey promised on Sunday to lift a nighttime curfew in the capital "
     "within two weeks, a spokesman said on state television.", "CONCEDE", "", OUT),
    ("The Arakan Army declared a unilateral ceasefire on Tuesday to allow aid into areas hit by the "
     "cyclone in western Myanmar, the group said in a statement.", "CONCEDE", "", SD),
    ("Thailand's government made a concession to protest leaders on Friday, promising to amend the "
     "emergency decree that bans gatherings of more than five people.", "CONCEDE", "", OUT),
    ("Zimbabwe's ruling party pledged to ease restrictions on opposition rallies ahead of the vote, a "
     "party spokesman told a news conference in Harare on Thursday.", "CONCEDE", "", OUT),
    ("Israel will pull its troops out of two hilltop positions in southern Lebanon by the end of the "
     "month under the truce, a United States envoy said in Beirut on Monday.", "CONCEDE", "", OUT),
    # --- COOPERATE: material, military, judicial, intelligence exchange
    ("India and France began joint naval exercises off the coast of Goa on Monday, involving an "
     "aircraft carrier and several frigates, the Indian navy said.", "COOPERATE", "", OUT),
    ("Spain extradited a Colombian businessman to Bogota on Wednesday to face charges of money "
     "laundering, Spanish police said in a statement issued in Madrid.", "COOPERATE", "", OUT),
    ("Jordanian and Iraqi security services shared intelligence on Islamic State cells along their "
     "border this month, leading to several arrests, a Jordanian official said.", "COOPERATE", "", OUT),
    ("Direct flights between Riyadh and Tehran were resumed on Sunday for the first time in eight "
     "years, the Saudi civil aviation authority said in a statement.", "COOPERATE", "", OUT),
    ("Nepal and India resumed cross-border electricity trade on Monday after a six-month pause, with "
     "New Delhi buying hydropower from Nepali plants, officials in Kathmandu said.",
     "COOPERATE", "", OUT),
    ("Joint patrols by Nigerien and Beninese soldiers along the Niger river got under way on Saturday "
     "under a new security pact, the army in Niamey said.", "COOPERATE", "", OUT),
    # --- AID: humanitarian, monetary, military, asylum, rescue
    ("Japan sent 50 tonnes of emergency supplies to Turkey on Thursday after an earthquake killed "
     "thousands in the south-east of the country, the Japanese embassy in Ankara said.", "AID", "", OUT),
    ("The World Bank approved a grant of $300 million for Malawi on Tuesday to rebuild roads and "
     "bridges destroyed by the cyclone, the bank said in Washington.", "AID", "", OUT),
    ("Tents, blankets and medicine were delivered to displaced families in eastern Congo on Saturday, "
     "an aid worker with the Red Cross said by telephone from Goma.", "AID", "", OUT),
    ("Mexico granted political asylum on Monday to a former Peruvian prime minister who had taken "
     "refuge in its embassy in Lima, the Mexican foreign ministry said.", "AID", "", OUT),
    ("Washington delivered a new shipment of artillery shells to Kyiv on Friday as part of a "
     "military aid package worth $400 million, the Pentagon said.", "AID", "", OUT),
    ("Nigerian troops rescued 20 schoolgirls held by kidnappers in a forest in Zamfara state on "
     "Wednesday, an army spokesman told reporters in Abuja.", "AID", "", SD),
    ("China cancelled $200 million of Zambia's debt on Thursday, the finance ministry in Lusaka said, "
     "describing it as a gesture of friendship between the two countries.", "AID", "", OUT),
    # --- RETREAT: withdrawals, releases, resignations, access, disarmament
    ("Russian troops withdrew from the west bank of the Dnipro river on Friday, abandoning the city "
     "of Kherson after an eight-month occupation, Ukrainian officials said.", "RETREAT", "withdraw", SD),
    ("Rebels of the M23 movement released 12 captured Congolese soldiers to the Red Cross in Goma on "
     "Tuesday, a spokesman for the aid agency said.", "RETREAT", "release", SD),
    ("The resignation of Peru's interior minister was announced on Monday, two days after police "
     "killed two protesters in the southern city of Puno, the presidency said.",
     "RETREAT", "resign", OUT),
    ("Lebanon's finance minister stepped down on Thursday, saying he could no longer defend the "
     "government's handling of the banking crisis, his office in Beirut said.", "RETREAT", "resign", OUT),
    ("The Syrian government allowed a United Nations aid convoy into the besieged town of Daraa on "
     "Wednesday for the first time in months, the World Food Programme said.", "RETREAT", "access", OUT),
    ("Some 300 political prisoners were freed on Sunday under an amnesty marking the national "
     "holiday, a lawyer for several of them said in the Eritrean capital Asmara.",
     "RETREAT", "release", OUT),
    ("About 400 fighters of the Ogaden rebel group handed over their weapons to Ethiopian federal "
     "forces at a ceremony in Jijiga on Friday, the regional government said.",
     "RETREAT", "disarm", SD),
    # --- REQUEST: asks, demands, appeals, calls
    ("Somalia's president asked the African Union on Monday to delay the withdrawal of its "
     "peacekeepers by six months, saying al-Shabab could exploit any gap.", "REQUEST", "assist", OUT),
    ("Opposition leaders in Dhaka demanded the resignation of the election commission on Sunday, "
     "saying the vote had been rigged in favour of the ruling party.", "REQUEST", "change", OUT),
    ("The UN Secretary-General issued an urgent call on Tuesday for a ceasefire in Sudan's Darfur "
     "region, where fighting has forced half a million people from their homes.",
     "REQUEST", "yield", OUT),
    ("Families of the detained journalists made an appeal to the Iranian authorities on Friday to "
     "release them before the new year, a press freedom group said.", "REQUEST", "yield", OUT),
    ("Haiti's transitional council was urged by Caribbean leaders on Wednesday to set a date for "
     "elections before the end of its mandate, a CARICOM statement said.", "REQUEST", "change", OUT),
    ("Venezuela's foreign minister asked for a meeting with his Guyanese counterpart on Saturday to "
     "discuss the dispute over the Essequibo region, the ministry in Caracas said.",
     "REQUEST", "meet", OUT),
    # --- ACCUSE: accusations, condemnation, investigations, charges, lawsuits
    ("The Philippines accused China on Monday of deliberately ramming a coast guard vessel near "
     "Sabina Shoal, the latest incident in the disputed waters, officials in Manila said.",
     "ACCUSE", "allege", OUT),
    ("The Arab League condemned on Wednesday the storming of the Al-Aqsa mosque compound by Israeli "
     "police, calling it a dangerous provocation, in a statement issued in Cairo.",
     "ACCUSE", "disapprove", OUT),
    ("Kenya's police oversight authority opened an investigation on Tuesday into the deaths of three "
     "protesters in Nairobi during last week's demonstrations, its chairwoman said.",
     "ACCUSE", "investigate", OUT),
    ("Prosecutors in Guatemala charged a former interior minister with corruption on Thursday over "
     "contracts for police vehicles, the attorney general's office said.", "ACCUSE", "allege", OUT),
    ("A former Tunisian prime minister was charged on Friday with plotting against state security, "
     "his lawyer told reporters outside the court in Tunis.", "ACCUSE", "allege", OUT),
    ("Sharp criticism of the electoral reform came on Sunday from the Organization of American "
     "States, which said the changes in Ecuador would weaken judicial independence.",
     "ACCUSE", "disapprove", OUT),
    ("Nicaragua filed a lawsuit against Germany at the International Court of Justice on Friday, "
     "accusing Berlin of facilitating abuses by selling arms, the court said in The Hague.",
     "ACCUSE", "allege", OUT),
    # --- REJECT: refusals
    ("Israel rejected a proposal by Egyptian mediators on Tuesday for a six-week truce in Gaza, an "
     "Israeli official told reporters on condition of anonymity.", "REJECT", "yield", OUT),
    ("Mali's military government refused on Thursday to allow United Nations investigators into the "
     "central town of Moura, a UN spokesman said in New York.", "REJECT", "", OUT),
    ("The Pakistani government turned down a request from the IMF on Monday to raise electricity "
     "tariffs again this year, the finance minister told parliament in Islamabad.",
     "REJECT", "change", OUT),
    ("Ethiopia announced its rejection on Wednesday of a Sudanese proposal for new talks on the Grand "
     "Renaissance dam, the foreign ministry in Addis Ababa said.", "REJECT", "meet", OUT),
    ("A request by the opposition to postpone the vote was rejected by Mozambique's electoral "
     "commission on Friday, two days before polls were due to open.", "REJECT", "change", OUT),
    # --- THREATEN: threats, ultimatums, warnings the speaker can carry out (near misses: forecasts)
    ("Turkey threatened on Monday to launch a new ground offensive against Kurdish fighters in "
     "northern Syria if they did not withdraw from the border, the defence minister said.",
     "THREATEN", "violence", OUT),
    ("Beijing warned Manila on Tuesday that any further incursions near Scarborough Shoal would have "
     "dire consequences, a Chinese foreign ministry spokeswoman told a briefing.", "THREATEN", "", OUT),
    ("The World Food Programme warned on Thursday that the drought in southern Madagascar will have "
     "dire consequences for a million people unless funding arrives soon.", "NONE", "", OUT),
    ("Russia issued an ultimatum to Moldova on Friday to withdraw its border guards from the "
     "Transnistria region within 48 hours, the foreign ministry in Moscow said.", "THREATEN", "", OUT),
    ("The European Union threatened on Wednesday to impose sanctions on Georgian officials over the "
     "violent dispersal of protests in Tbilisi, diplomats in Brussels said.",
     "THREATEN", "", OUT),
    ("Bangladesh's home minister threatened on Sunday to arrest opposition leaders who called for a "
     "general strike next week, local media in Dhaka reported.", "THREATEN", "arrest", OUT),
    ("Economists in Buenos Aires warned on Monday that runaway inflation will have severe "
     "consequences for the poorest households in Argentina in the coming months.", "NONE", "", OUT),
    # --- PROTEST: demonstrations, strikes, riots, hunger strikes, blockades, boycotts
    ("Thousands of farmers protested in central Paris on Tuesday against cuts to diesel subsidies, "
     "blocking roads near the National Assembly with their tractors, police said.",
     "PROTEST", "demo", PRO),
    ("A march by several thousand students through the centre of Dhaka on Monday demanded justice "
     "for a classmate killed in a road accident, witnesses said.", "PROTEST", "demo", PRO),
    ("Teachers in Nigeria went on strike on Monday over unpaid salaries, closing public schools in 20 "
     "states, the national union of teachers said in Abuja.", "PROTEST", "strike", PRO),
    ("Rioters torched police stations and looted shops in Port Moresby on Wednesday after officers "
     "walked off the job over a pay dispute, the prime minister said.", "PROTEST", "riot", RIO),
    ("A jailed Bahraini activist began a hunger strike on Sunday against his treatment in prison, "
     "his daughter told Reuters by telephone from London.", "PROTEST", "hunger", PRO),
    ("Roads into the Kenyan capital were blocked by demonstrators on Thursday as a protest against "
     "new taxes spread from Nairobi to the port city of Mombasa.", "PROTEST", "obstruct", PRO),
    ("Opposition parties in Togo boycotted the parliamentary election on Saturday, saying the vote "
     "had been organised to keep the president in power, a coalition spokesman said.",
     "PROTEST", "boycott", OUT),
    ("Police fired tear gas and rubber bullets at thousands of protesters in Nairobi on Tuesday, "
     "killing two people, the rights group Amnesty International said.",
     "ASSAULT", "crowd-control", PRO),
    # --- SANCTION: sanctions, withdrawals, expulsions, convictions, cut ties
    ("The United States imposed sanctions on Tuesday on three Sudanese generals accused of blocking "
     "humanitarian aid to Darfur, the Treasury Department said.", "SANCTION", "", OUT),
    ("Mali, Burkina Faso and Niger announced on Sunday their withdrawal from the West African bloc "
     "ECOWAS, accusing it of serving foreign interests, in a joint statement.",
     "SANCTION", "withdraw", OUT),
    ("Zambia's ruling party expelled its former secretary-general on Friday for gross misconduct, a "
     "party spokesman told journalists at the party headquarters in Lusaka.",
     "SANCTION", "expel", OUT),
    ("A court in Dhaka sentenced an opposition leader to seven years in prison on Thursday for "
     "inciting violence during last year's protests, his lawyer said.", "SANCTION", "convict", OUT),
    ("Nicaragua broke off diplomatic relations with the Netherlands on Sunday after the Dutch "
     "government cut funding for a hospital project, the foreign ministry in Managua said.",
     "SANCTION", "discontinue", OUT),
    ("Budget support to Uganda was suspended by the World Bank on Tuesday over a new law on "
     "homosexuality, the lender said in a statement from Washington.", "SANCTION", "withdraw", OUT),
    # --- MOBILIZE: deployments, alerts, call-ups, militia moves, tests
    ("North Korea test-fired two ballistic missiles into the sea off its east coast on Thursday, "
     "the South Korean military said, the third launch this month.", "MOBILIZE", "weapons", OUT),
    ("Azerbaijan massed troops and artillery along the Armenian border on Tuesday, according to "
     "satellite images and officials in Yerevan who spoke to the French news agency.",
     "MOBILIZE", "troops", SD),
    ("Taiwan put its armed forces on high alert on Saturday as Chinese warships and aircraft gathered "
     "around the island, the defence ministry in Taipei said.", "MOBILIZE", "troops", SD),
    ("Reservists were called up across Israel on Sunday after rocket fire from Lebanon, an army "
     "spokesman said, without saying how many had been summoned.", "MOBILIZE", "troops", SD),
    ("Thousands of police officers were deployed across Lagos on Monday ahead of the governorship "
     "election, the police commissioner told reporters at a briefing.", "MOBILIZE", "police", OUT),
    ("A militia loyal to a Libyan commander moved dozens of armed vehicles towards Tripoli on "
     "Wednesday, raising fears of renewed fighting in the capital, residents said.",
     "MOBILIZE", "militia", SD),
    # --- COERCE: arrests, raids, curfews, bans, deportations, shutdowns, cyber attacks
    ("Police in Islamabad arrested dozens of supporters of the former prime minister on Tuesday as "
     "they gathered for a rally outside the parliament, officials said.", "COERCE", "arrest", SD),
    ("A prominent Cambodian opposition figure was detained at Phnom Penh airport on Saturday as he "
     "returned from exile, his party said in a statement.", "COERCE", "arrest", SD),
    ("Authorities in India's Manipur state imposed an indefinite curfew in five districts on Monday "
     "after ethnic violence flared again, a state official said.", "COERCE", "curfew", SD),
    ("Ethiopia cut off internet access in the Amhara region on Thursday as fighting between the army "
     "and local militias spread, residents and a rights group said.", "COERCE", "withhold", OUT),
    ("Security forces raided the offices of an independent newspaper in Caracas on Monday, seizing "
     "computers and documents, the paper's editor told reporters.", "COERCE", "seize", SD),
    ("The military government in Guinea banned all political demonstrations on Wednesday, saying "
     "they threatened public order, a statement read on state television said.", "COERCE", "ban", SD),
    ("Pakistan deported hundreds of Afghan refugees through the Torkham crossing on Friday as a "
     "deadline for undocumented migrants expired, border officials said.", "COERCE", "deport", OUT),
    ("Hackers linked to Iran's government broke into the computer systems of an Albanian state agency "
     "and deleted records, the prime minister in Tirana said on Thursday.", "COERCE", "cyber", OUT),
    ("Turkish police carried out a wave of arrests in Istanbul on Wednesday, detaining more than 40 "
     "journalists and lawyers accused of links to a banned group, state media said.",
     "COERCE", "arrest", SD),
    ("Customs officers at the port of Guayaquil seized four tonnes of cocaine hidden in containers of "
     "bananas bound for Belgium, Ecuador's interior ministry said on Tuesday.", "COERCE", "seize", OUT),
    # --- ASSAULT: strikes, shelling, clashes, killings, abductions, bombs, captures
    ("Saudi-led coalition warplanes carried out strikes on the port city of Hodeidah overnight, "
     "killing at least ten civilians, the Houthi-run health ministry said.", "ASSAULT", "aerial", ERV),
    ("A drone struck a military convoy near the town of Kidal in northern Mali on Sunday, killing "
     "several soldiers, a local official told the Associated Press.", "ASSAULT", "drone", ERV),
    ("Heavy shelling of residential areas in Omdurman on Tuesday killed 15 people and wounded dozens, "
     "a volunteer group of doctors in the Sudanese city said.", "ASSAULT", "heavy-weapons", ERV),
    ("Fighting broke out between the Sudanese army and the Rapid Support Forces in El Obeid on Friday, "
     "residents said, as both sides brought reinforcements to the city.", "ASSAULT", "", BAT),
    ("Pakistani troops clashed with Baloch separatists in the mountains of Kech district on Monday, "
     "leaving four soldiers and nine militants dead, the army said.", "ASSAULT", "", BAT),
    ("Gunmen killed 30 villagers in an overnight attack on the village of Mangu in Nigeria's Plateau "
     "state, a local leader said on Sunday.", "ASSAULT", "firearms", VAC),
    ("Fifteen aid workers were abducted by armed men on the road between Bunia and Mahagi in eastern "
     "Congo on Wednesday, their organisation said.", "ASSAULT", "abduct", VAC),
    ("A roadside bomb exploded under a police vehicle in Pakistan's Khyber district on Thursday, "
     "killing three officers, a district police officer said.", "ASSAULT", "explosives", ERV),
    ("A suicide bomber blew himself up inside a crowded mosque in Peshawar during Friday prayers, "
     "killing at least 50 worshippers, police and hospital officials said.",
     "ASSAULT", "suicide-attack", ERV),
    ("Government soldiers raped at least 20 women in villages around Yei in South Sudan last month, "
     "a United Nations human rights report said on Tuesday.", "ASSAULT", "sexual", VAC),
    ("Islamist militants seized the town of Mocimboa da Praia in northern Mozambique on Wednesday "
     "after government forces fled, a security source said.", "ASSAULT", "", BAT),
    ("Militiamen burned dozens of empty homes in a village in Ituri province on Saturday after the "
     "residents had fled, a local civil society leader said.", "ASSAULT", "destroy", SD),
    ("A grenade was thrown into a crowded bar in the Burundian capital Bujumbura late on Friday, "
     "wounding 12 people, the police spokesman said.", "ASSAULT", "", ERV),
    ("A mob beat to death a man accused of blasphemy in a market town in Pakistan's Punjab province "
     "on Saturday, police said, arresting 20 suspects.", "ASSAULT", "beat", RIO),
    # --- outside PLOVER and ACLED: accidents, disasters, crime, forecasts, routine politics
    ("A bus carrying pilgrims plunged into a gorge in India's Uttarakhand state on Sunday, killing 22 "
     "people, a police officer said, blaming the driver's speed.", "NONE", "", OUT),
    ("An earthquake of magnitude 6.8 struck the Atlas mountains south of Marrakesh late on Friday, "
     "killing more than 2,000 people, Morocco's interior ministry said.", "NONE", "", OUT),
    ("Floods swept through several districts of eastern Libya on Monday after a storm burst two dams "
     "above the city of Derna, local officials said.", "NONE", "", OUT),
    ("A fire at a garment factory on the outskirts of Dhaka killed 17 workers on Tuesday, the fire "
     "service said, adding that the exits had been locked.", "NONE", "", OUT),
    ("A gas tanker exploded on a highway near Lagos on Wednesday, killing 11 people, emergency "
     "officials said, blaming a brake failure for the crash.", "NONE", "", OUT),
    ("Thieves stole copper cable worth millions of rand from a railway line near Johannesburg over "
     "the weekend, halting commuter trains, the rail operator said.", "NONE", "", OUT),
    ("Voters in Mongolia elected a new parliament on Friday in a poll marked by low turnout, the "
     "election commission in Ulaanbaatar said on Saturday.", "NONE", "", OUT),
    ("A landslide buried dozens of homes in a mining village in Papua New Guinea's Enga province on "
     "Friday, aid agencies said, with hundreds feared dead.", "NONE", "", OUT),
    # --- several acts: the main (most confident) one is the gold
    ("Police arrested three men on Monday over the bombing of a bus station in the Kenyan town of "
     "Garissa last month, the interior ministry said in Nairobi.", "COERCE", "arrest", SD),
    ("Ukraine accused Russia on Sunday of shelling a hospital in Kharkiv, saying the attack killed "
     "four patients, in a statement from the foreign ministry in Kyiv.", "ACCUSE", "allege", OUT),
    ("Myanmar's junta rejected on Friday the call by regional leaders for an immediate end to air "
     "strikes on villages, the state newspaper reported.", "REJECT", "", OUT),
    ("The Congolese president urged neighbouring Rwanda on Tuesday to withdraw its troops from North "
     "Kivu, where they back M23 rebels, his spokeswoman said.", "REQUEST", "yield", OUT),
]


def main() -> None:
    rows = [
        {"id": f"types-{i:03d}", "text": text, "event": event, "mode": mode, "acled_family": family}
        for i, (text, event, mode, family) in enumerate(ROWS, 1)
    ]
    out = Path(__file__).with_name("types.json")
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
