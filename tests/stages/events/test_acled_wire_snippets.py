"""A probe of the ACLED typology in the SHAPE OF CASE 2021 TASK-2 SNIPPETS, written from ACLED's
definitions of its sub-event types (and of the reports outside its scope) before any rule was written
for it, so that the code's score on it estimates how its typing holds on unseen wire copy.

Every snippet is invented, one to three sentences, as a classifier sees them: a mid-article sentence,
a headline, a sentence whose main clause is a report ("police said", "residents told AFP"), a sentence
with two events where the main one must win, and a sentence with a past event in a subordinate clause
("arrested two men who had bombed ..."). They are written in the manner of wires (AP, AFP, Reuters,
Xinhua, Anadolu) and of national papers of India, Pakistan, Nigeria, Kenya, South Africa, Brazil,
Colombia, Mexico, the Philippines, Indonesia and Iraq. Every ACLED sub-event type has six to eight
rows; the outside-ACLED categories (organised crime, natural and man-made disasters, diplomacy, claims
of responsibility) six or more each; ``NONE`` rows hold no ACLED event (a verdict, a threat, a drill, a
denied rumour). Near misses between families sit beside the rows they differ from: a protest that
turns violent and a riot, a clash and an attack on civilians, arrests and abductions, looting by a mob
and organised crime, a bomb found and a bomb that went off, threats and attacks, a lightning strike
and an air strike, a diplomatic protest and a demonstration.

A row is ``(label, "outlet/shape", text)``; the label is the sub-event type (or outside-ACLED scope,
or ``NONE``) of the snippet's main event as the ACLED evaluation picks it; its family follows from it.
Rows the code does not get right yet are in ``GAPS`` (sub-event type) and ``FAMILY_GAPS`` (family),
strict xfails: ``python -m pytest tests/stages/events/test_acled_wire_snippets.py -rx`` lists them.

Measured on main at 3410134, before any change (the held-out estimate): sub-event type
203 of 227 (0.894), family 208 of 227 (0.916), a main event found for 215 of the 221 rows with an ACLED
or outside-ACLED label (0.973).
After the rules of tests/stages/events/test_acled_wire_rules.py (branch i16-acled-defs): sub-event type 216 of 227
(0.952), family 220 of 227 (0.969), found 218 of 221 (0.986). A second batch of 40 rows (the end of ROWS), written
after those rules and measured once before any further change, a fresh held-out estimate: sub-event type 36 of 40
(0.900), family 36 of 40 (0.900), found 36 of 39 (0.923); 37 of 40 after the rule for people arrested named by the
protest they staged. Whole table now: sub-event type 253 of 267, family 257 of 267; 255 and 259 after the rule of
branch i16-acled-local that an act told as denied is no main event (incident.main_event).
"""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    AGR,
    AIR,
    ARR,
    ATK,
    CHG,
    CHM,
    CLM,
    DIP,
    DIS,
    EXF,
    GRN,
    GRT,
    HQ,
    LOO,
    MAN,
    MOB,
    NAT,
    NONE,
    NSO,
    NVT,
    ORG,
    PEA,
    PWI,
    REM,
    SEX,
    SHL,
    SUI,
    VDM,
    acled_family_holds,
    acled_probe_params,
    acled_row_holds,
)

# (label, outlet/shape, text)
ROWS: list[tuple[str, str, str]] = [
    # --- Battles: armed clash (both sides armed and organised)
    (AC, "reuters/report", "Fighting between the army and the Rapid Support Forces raged for a third day in the "
     "streets of El Fasher on Friday, residents said."),
    (AC, "afp/report", "At least 12 soldiers and 20 jihadists were killed when militants attacked a military post "
     "near Djibo, the army said in a statement."),
    (AC, "xinhua/report", "Somali forces backed by local militia repulsed an al-Shabaab assault on a base in Hiraan "
     "region, killing 15 militants, a commander told Xinhua."),
    (AC, "colombia/mid", "Clashes between the ELN and FARC dissidents in rural Arauca left at least nine combatants "
     "dead over the weekend."),
    (AC, "philippines/mid", "A soldier was killed and two others wounded in a firefight with communist rebels in "
     "Barangay San Isidro, Samar, on Tuesday morning."),
    (AC, "india/report", "Security forces gunned down two terrorists in an encounter in Pulwama district, police "
     "said."),
    (AC, "mexico/mid", "Cartel gunmen ambushed a National Guard convoy in Michoacán, sparking a shootout that left "
     "four guardsmen dead."),
    (AC, "ap/headline", "Troops and Islamist rebels battle for control of key Mozambique port"),
    # --- Battles: government regains territory
    (GRT, "ap/report", "Iraqi forces recaptured the village of Al-Bu Hayat from Islamic State militants on Sunday "
     "after a two-day assault, the Joint Operations Command said."),
    (GRT, "anadolu/report", "The Libyan army retook the town of Gharyan from Haftar's militias, a military "
     "spokesman told Anadolu Agency."),
    (GRT, "nigeria/report", "Troops of Operation Hadin Kai have reclaimed Marte town from Boko Haram terrorists, the "
     "Defence Headquarters said."),
    (GRT, "reuters/report", "Ethiopian federal troops have taken back the town of Lalibela from Tigrayan forces, the "
     "government communication office said."),
    (GRT, "xinhua/mid", "Syrian government forces regained full control of the eastern countryside of Hama on "
     "Wednesday after expelling the rebels."),
    (GRT, "philippines/mid", "The military declared the main battle area of Marawi liberated from Maute fighters "
     "after five months of fighting."),
    (GRT, "afp/report", "Mozambican and Rwandan troops recovered the port town of Mocimboa da Praia from Islamist "
     "insurgents, Rwanda's army said."),
    # --- Battles: non-state actor overtakes territory
    (NSO, "afp/report", "Jihadists seized the town of Boni in central Mali after a battle with government troops, "
     "local officials said."),
    (NSO, "reuters/report", "Taliban fighters captured the district centre of Dand-e-Ghori in Baghlan province on "
     "Monday, a provincial council member said."),
    (NSO, "ap/report", "M23 rebels took control of the town of Bunagana on the Ugandan border after heavy fighting, "
     "Congolese officials said."),
    (NSO, "reuters/mid", "Houthi fighters stormed and seized the district of Al-Abdiya in Marib province after a "
     "weeks-long siege."),
    (NSO, "afp/mid", "Arakan Army fighters overran a junta outpost in Paletwa township and raised their flag over "
     "the hill."),
    (NSO, "nigeria/mid", "Bandits have taken over several communities in Shiroro local government area after "
     "routing vigilantes, forcing thousands of residents to flee."),
    (NSO, "afp/report", "Islamist insurgents occupied the coastal town of Macomia in Cabo Delgado for two days "
     "after overwhelming its defenders, residents told AFP."),
    # --- Explosions/Remote violence: air/drone strike
    (AIR, "anadolu/report", "Turkish drones struck a PKK hideout in the Gara region of northern Iraq, neutralising four "
     "terrorists, the National Defence Ministry said."),
    (AIR, "reuters/report", "Saudi-led coalition warplanes hit a Houthi weapons depot in Sanaa early on Tuesday, "
     "residents said."),
    (AIR, "ap/report", "A U.S. drone strike killed a senior al-Shabaab commander near Jilib, the U.S. Africa Command "
     "said."),
    (AIR, "iraq/mid", "An unidentified drone targeted a vehicle carrying PKK members near Sinjar, killing two of "
     "them."),
    (AIR, "nigeria/report", "The Nigerian Air Force bombed a terrorist enclave in the Sambisa forest, killing scores "
     "of fighters, a spokesman said."),
    (AIR, "xinhua/report", "Israeli aircraft struck a house in the southern Gaza Strip, killing five Palestinians, "
     "medical sources said."),
    (AIR, "afp/headline", "Air strikes pound rebel-held Idlib as Russian jets return"),
    # --- Explosions/Remote violence: shelling/artillery/missile attack
    (SHL, "reuters/report", "Russian forces shelled the centre of Kharkiv overnight, damaging an apartment block and "
     "injuring six people, the governor said."),
    (SHL, "afp/report", "Rockets fired from Lebanon landed near the northern Israeli town of Kiryat Shmona on "
     "Monday, the army said."),
    (SHL, "pakistan/report", "Afghan forces fired mortar shells into Chaman, wounding three civilians, the ISPR "
     "said."),
    (SHL, "anadolu/mid", "YPG/PKK terrorists fired rockets at the Turkish border district of Karkamis, injuring two "
     "civilians."),
    (SHL, "xinhua/report", "Three civilians were killed when artillery shells hit a residential neighbourhood in "
     "Omdurman, a local committee said."),
    (SHL, "iraq/report", "Katyusha rockets struck near the U.S. embassy in Baghdad's Green Zone late on Sunday, "
     "security sources said."),
    (SHL, "ap/headline", "Missile hits market in eastern Ukrainian town, killing 16"),
    # --- Explosions/Remote violence: remote explosive/landmine/IED
    (REM, "ap/report", "A roadside bomb exploded next to a police car in Kabul, wounding two officers, a police "
     "spokesman said."),
    (REM, "iraq/mid", "Two soldiers were killed when an IED struck their patrol near Tarmiyah, north of Baghdad."),
    (REM, "colombia/report", "A car bomb exploded outside a police station in Cali, injuring 14 people, authorities "
     "said."),
    (REM, "philippines/report", "A bomb planted inside a bus went off in Isulan, Sultan Kudarat, killing three "
     "passengers, police said."),
    (REM, "pakistan/mid", "A remote-controlled bomb targeted a Frontier Corps vehicle in Turbat, injuring four "
     "personnel."),
    (REM, "kenya/mid", "Four police officers died after their vehicle ran over a landmine in Mandera county."),
    (REM, "afp/headline", "Bomb blast rips through Mogadishu restaurant"),
    # --- Explosions/Remote violence: suicide bomb
    (SUI, "reuters/mid", "A suicide bomber blew himself up at a Shi'ite mosque in Kunduz during Friday prayers, "
     "killing dozens of worshippers."),
    (SUI, "xinhua/report", "At least 10 people were killed after a female suicide bomber detonated explosives at a "
     "market in Konduga, Borno state, police said."),
    (SUI, "afp/mid", "An al-Shabaab suicide bomber drove an explosives-laden vehicle into a military checkpoint in "
     "Mogadishu, killing seven soldiers."),
    (SUI, "pakistan/mid", "A suicide attacker targeted a police van in Quetta, martyring three policemen."),
    (SUI, "indonesia/report", "Two suicide bombers attacked a cathedral in Makassar on Palm Sunday, wounding at "
     "least 20 people, police said."),
    (SUI, "iraq/mid", "Twin suicide bombings tore through a crowded market in Baghdad's Tayaran Square on "
     "Thursday."),
    (SUI, "ap/report", "The attacker detonated a suicide vest at the gate of the airport, officials said."),
    # --- Explosions/Remote violence: grenade
    (GRN, "india/mid", "Terrorists hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk, injuring two jawans."),
    (GRN, "afp/report", "A grenade thrown into a bar in Bujumbura wounded eight people, police said."),
    (GRN, "philippines/mid", "An unidentified man lobbed a grenade at a house in Cotabato City, wounding a mother and "
     "her child."),
    (GRN, "kenya/mid", "Two people were injured when suspected al-Shabaab militants threw a grenade into a church "
     "in Garissa."),
    (GRN, "colombia/mid", "A grenade attack on a police post in Ciudad Bolívar left three officers wounded."),
    (GRN, "ap/headline", "Grenade blast at Mogadishu bus station kills two"),
    (GRN, "reuters/report", "Assailants tossed a hand grenade at a police patrol in the town of Sopore, police "
     "said."),
    # --- Explosions/Remote violence: chemical weapon
    (CHM, "reuters/report", "The OPCW concluded that Syrian government aircraft dropped chlorine cylinders on the "
     "town of Douma, killing 43 people."),
    (CHM, "ap/report", "Ukrainian officials accused Russian troops of using chloropicrin gas against soldiers in "
     "trenches near Bakhmut."),
    (CHM, "afp/report", "Islamic State militants fired rockets filled with mustard gas at Iraqi forces near Mosul, "
     "the coalition said."),
    (CHM, "anadolu/report", "The PKK used chemical weapons against Turkish soldiers in northern Iraq, the Defence "
     "Ministry said."),
    (CHM, "xinhua/report", "Dozens of civilians suffered breathing difficulties after a sarin attack on a village "
     "in Idlib, doctors said."),
    (CHM, "reuters/mid", "Government helicopters dropped barrel bombs containing chlorine on Kafr Zita, a "
     "monitoring group said."),
    (CHM, "ap/headline", "Nerve agent attack kills dozens in rebel-held Syrian town"),
    # --- Violence against civilians: attack (near misses of the clashes above: the target is unarmed)
    (ATK, "ap/report", "Gunmen opened fire on a bus carrying Hindu pilgrims in Reasi, killing nine people, police "
     "said."),
    (ATK, "nigeria/mid", "Suspected herdsmen attacked Yelwata village in Benue State overnight, killing 12 farmers."),
    (ATK, "pakistan/report", "Unknown gunmen shot dead a journalist outside his home in Ghotki district, police "
     "said."),
    (ATK, "brazil/report", "Military police officers shot dead a 14-year-old boy during a raid in a favela in Rio de "
     "Janeiro, his family said."),
    (ATK, "kenya/report", "Al-Shabaab militants beheaded five villagers in Lamu county, the county commissioner "
     "said."),
    (ATK, "colombia/report", "Hooded men murdered a social leader in Cauca department, the Ombudsman's office "
     "reported."),
    (ATK, "philippines/report", "A village chief was shot dead by motorcycle-riding gunmen in Maguindanao, police "
     "said."),
    (ATK, "southafrica/report", "Gunmen killed an ANC councillor outside his home in Umlazi, KwaZulu-Natal police "
     "said."),
    # --- Violence against civilians: abduction/forced disappearance (near misses of arrests)
    (ABD, "nigeria/report", "Gunmen abducted 30 students from a secondary school in Kebbi State on Thursday, police "
     "said."),
    (ABD, "afp/report", "Jihadists kidnapped about 50 women gathering wild fruit near Arbinda, local sources said."),
    (ABD, "colombia/report", "ELN guerrillas kidnapped two soldiers in Arauca, the army said."),
    (ABD, "philippines/mid", "Abu Sayyaf bandits seized three Indonesian fishermen off the coast of Sabah."),
    (ABD, "pakistan/report", "Rights groups said security agencies picked up the student activist from his home in "
     "Turbat and his whereabouts remain unknown."),
    (ABD, "mexico/mid", "Armed men took away 12 workers from a mine in Zacatecas, and their fate is unknown."),
    (ABD, "kenya/mid", "A human rights activist went missing after being bundled into a car by men believed to be "
     "police officers in Nairobi."),
    # --- Violence against civilians: sexual violence
    (SEX, "ap/report", "Soldiers raped at least 20 women during a raid on villages in Tigray, a survivor told the "
     "AP."),
    (SEX, "reuters/report", "A UN report said armed men sexually assaulted dozens of girls in South Kivu's Kalehe "
     "territory."),
    (SEX, "india/report", "Rioters gang-raped two women during communal violence in Manipur, a police complaint "
     "said."),
    (SEX, "nigeria/report", "Bandits raped several women after invading a village in Zamfara, residents said."),
    (SEX, "afp/report", "RSF fighters raped women fleeing El Geneina, a rights group said."),
    (SEX, "reuters/mid", "Junta soldiers sexually abused detained women at a police station in Mandalay, the "
     "report found."),
    (SEX, "ap/headline", "Militiamen rape women in Ituri village, UN says"),
    # --- Protests: peaceful protest
    (PEA, "ap/mid", "Thousands of people marched through Santiago on Saturday to demand pension reform."),
    (PEA, "india/mid", "Farmers staged a sit-in at the Singhu border against the new farm laws."),
    (PEA, "kenya/mid", "Doctors went on strike across Kenya on Monday over delayed salaries."),
    (PEA, "brazil/mid", "Indigenous leaders rallied outside Congress in Brasília against a bill on land "
     "demarcation."),
    (PEA, "indonesia/mid", "Hundreds of students held a demonstration outside the parliament building in Jakarta to "
     "reject the omnibus law."),
    (PEA, "southafrica/mid", "Residents of Alexandra marched to the municipal offices to hand over a memorandum "
     "demanding housing."),
    (PEA, "pakistan/mid", "Traders observed a shutter-down strike in Karachi against the new taxes."),
    (PEA, "reuters/headline", "Colombian teachers march against education reform"),
    # --- Protests: protest with intervention
    (PWI, "reuters/mid", "Police in Istanbul detained dozens of demonstrators who tried to march to Taksim Square on "
     "May Day."),
    (PWI, "afp/mid", "Riot police used batons to break up a sit-in by unemployed graduates in Rabat."),
    (PWI, "kenya/mid", "Police fired tear gas to disperse a peaceful protest by traders in Nakuru."),
    (PWI, "pakistan/mid", "Police arrested dozens of PTI workers who were protesting outside the press club in "
     "Lahore."),
    (PWI, "indonesia/mid", "Police used water cannon to break up a student rally in Makassar."),
    (PWI, "reuters/mid", "Hong Kong police arrested 20 protesters at an unauthorised assembly in Mong Kok."),
    (PWI, "brazil/mid", "Military police removed landless workers who were demonstrating on a highway in Pará."),
    # --- Protests: excessive force against protesters
    (EXF, "reuters/report", "Security forces shot dead three protesters during an anti-coup demonstration in "
     "Khartoum, medics said."),
    (EXF, "nigeria/report", "Soldiers opened fire on #EndSARS protesters at the Lekki toll gate, killing several, "
     "Amnesty International said."),
    (EXF, "kenya/report", "Police shot and killed two demonstrators during anti-tax protests in Nairobi, a rights "
     "group said."),
    (EXF, "iraq/mid", "Security forces fired live ammunition at protesters in Nasiriyah, killing 12."),
    (EXF, "indonesia/mid", "A student died after being struck by a police bullet during a protest in Kendari."),
    (EXF, "colombia/mid", "A protester lost an eye after riot police fired at demonstrators in Bogotá."),
    (EXF, "ap/headline", "Troops kill five protesters in Myanmar's Mandalay"),
    # --- Riots: violent demonstration (near misses of the peaceful protests and of mob violence)
    (VDM, "afp/mid", "Protesters torched government buildings and clashed with police in Dakar after the opposition "
     "leader's conviction."),
    (VDM, "southafrica/mid", "Residents protesting a lack of electricity barricaded roads with burning tyres and "
     "stoned passing vehicles in Soweto."),
    (VDM, "india/report", "Protesters pelted stones at police and set fire to two buses in Nuh, officials said."),
    (VDM, "kenya/mid", "Demonstrators looted shops and set a police post on fire in Kisumu during anti-government "
     "protests."),
    (VDM, "iraq/mid", "Angry protesters stormed and burned the Iranian consulate in Najaf."),
    (VDM, "indonesia/mid", "A peaceful rally turned violent when protesters threw rocks at police and burned a post "
     "in Jakarta."),
    (VDM, "brazil/mid", "Truck drivers protesting fuel prices set fire to vehicles and attacked police on a highway "
     "in Paraná."),
    # --- Riots: mob violence
    (MOB, "india/report", "A mob lynched a man suspected of cattle theft in Alwar, police said."),
    (MOB, "nigeria/mid", "An angry mob set ablaze a suspected thief in the Ikotun area of Lagos."),
    (MOB, "southafrica/mid", "Residents beat to death two men accused of housebreaking in Khayelitsha."),
    (MOB, "pakistan/mid", "A mob attacked a church and torched Christian homes in Jaranwala after blasphemy "
     "allegations."),
    (MOB, "indonesia/mid", "Supporters of rival football clubs fought with stones and sticks outside a stadium in "
     "Yogyakarta, leaving one dead."),
    (MOB, "brazil/mid", "Residents lynched a suspected kidnapper on the outskirts of São Paulo."),
    (MOB, "ap/headline", "Mob kills two in India over child-lifting rumours"),
    # --- Strategic developments: agreement (near misses: diplomacy)
    (AGR, "reuters/report", "Colombia's government and the ELN agreed to a six-month bilateral ceasefire, "
     "negotiators said in Havana."),
    (AGR, "ap/report", "Russia and Ukraine exchanged 100 prisoners of war each, the defence ministries said."),
    (AGR, "philippines/mid", "The government and the MILF signed a peace agreement in Manila on Thursday."),
    (AGR, "xinhua/mid", "South Sudan's rival parties signed a deal in Juba to unify their armed forces."),
    (AGR, "afp/mid", "Armed groups in Tripoli agreed to a truce brokered by the United Nations."),
    (AGR, "ap/headline", "Sudan's warring parties agree to humanitarian truce"),
    (AGR, "nigeria/report", "Vigilantes and bandits in Zamfara signed a peace accord under which both sides will "
     "lay down their arms, the governor said."),
    # --- Strategic developments: arrests
    (ARR, "india/mid", "The NIA arrested three men from Jammu in connection with the Pulwama attack."),
    (ARR, "pakistan/mid", "Police arrested 45 PTI activists in overnight raids across Lahore."),
    (ARR, "anadolu/mid", "Turkish police detained 28 FETO suspects in operations across 12 provinces."),
    (ARR, "nigeria/report", "The DSS arrested a separatist leader in Ibadan, a spokesman said."),
    (ARR, "kenya/mid", "Detectives arrested an opposition MP over alleged incitement to violence."),
    (ARR, "philippines/mid", "Police arrested an alleged NPA commander in a raid in Davao City."),
    (ARR, "colombia/mid", "Police captured a FARC dissident leader in Tumaco."),
    (ARR, "reuters/headline", "Egypt arrests journalist over social media posts"),
    # --- Strategic developments: change to group/activity
    (CHG, "afp/mid", "Two jihadist groups in the Sahel announced their merger under a new name."),
    (CHG, "reuters/mid", "The Islamic State named a new leader after the death of its chief."),
    (CHG, "nigeria/mid", "A faction of Boko Haram broke away and formed a new group under a former commander."),
    (CHG, "colombia/mid", "FARC dissidents announced they were taking up arms again, citing government betrayal."),
    (CHG, "philippines/mid", "The militia announced it was dissolving itself and handing its weapons to the army."),
    (CHG, "pakistan/mid", "The banned TTP called off its ceasefire with the government and ordered its fighters "
     "to resume attacks."),
    (CHG, "kenya/mid", "Authorities imposed a dusk-to-dawn curfew in Marsabit after clashes between clans."),
    # --- Strategic developments: disrupted weapons use (near misses: a bomb that went off)
    (DIS, "india/mid", "Security forces recovered a huge cache of arms and ammunition from a hideout in Poonch."),
    (DIS, "ap/report", "Police defused a bomb found outside a courthouse in Kabul, officials said."),
    (DIS, "iraq/mid", "Iraqi troops seized a weapons depot belonging to Islamic State in the Hamrin mountains."),
    (DIS, "philippines/mid", "The bomb squad safely detonated an improvised explosive device found along the "
     "national highway in Maguindanao."),
    (DIS, "kenya/mid", "Police foiled a terror attack in Mombasa, seizing explosives from a suspect."),
    (DIS, "afp/report", "The Israeli army said its air defences intercepted two rockets fired from Gaza."),
    (DIS, "nigeria/mid", "Troops destroyed an IED factory belonging to Boko Haram in the Sambisa forest."),
    (DIS, "pakistan/headline", "Police seize explosives-laden truck in Punjab"),
    # --- Strategic developments: headquarters or base established
    (HQ, "afp/report", "Jihadists have set up a base in the forest of Kodjoli near the Togolese border, a security "
     "source said."),
    (HQ, "reuters/mid", "Russian mercenaries established a new base near the airport in Timbuktu."),
    (HQ, "xinhua/report", "Al-Shabaab fighters established a camp in the village of Bula Gudud, residents said."),
    (HQ, "nigeria/report", "Bandits have set up camps in the forests of Birnin Gwari, the lawmaker said."),
    (HQ, "colombia/report", "FARC dissidents have established a command post in rural Tumaco, the Ombudsman warned."),
    (HQ, "iraq/report", "The PKK opened a new headquarters in Makhmour camp, Turkish officials said."),
    (HQ, "india/report", "Maoists have set up a new camp in the Abujhmarh forests, intelligence officials said."),
    # --- Strategic developments: looting/property destruction (near misses: organised crime)
    (LOO, "nigeria/mid", "Gunmen set fire to the INEC office in Enugu State overnight, destroying ballot boxes."),
    (LOO, "afp/mid", "Militiamen looted and burned dozens of houses in the village of Djugu."),
    (LOO, "india/mid", "Unidentified miscreants vandalised a statue of Ambedkar in Meerut."),
    (LOO, "colombia/mid", "Guerrillas torched three trucks on the road between Tibú and Cúcuta."),
    (LOO, "reuters/report", "Soldiers burned down more than 100 homes in Thantlang, residents said."),
    (LOO, "burkina/mid", "Armed men looted a health centre in Kaya, taking medicines and equipment."),
    (LOO, "philippines/mid", "NPA rebels burned heavy equipment at a road construction site in Surigao del Sur."),
    # --- Strategic developments: non-violent transfer of territory
    (NVT, "afp/mid", "The UN mission handed over its camp in Ber to the Malian army."),
    (NVT, "reuters/mid", "Taliban fighters entered the city of Jalalabad without a fight after the governor "
     "surrendered."),
    (NVT, "ap/mid", "Syrian government troops deployed in Manbij without fighting under a deal with Kurdish "
     "forces."),
    (NVT, "reuters/report", "Rebels took control of Kamanyola after government troops left without a fight, "
     "residents said."),
    (NVT, "xinhua/mid", "Militiamen withdrew from the oil field, handing it over to the army under a local "
     "agreement."),
    (NVT, "afp/mid", "French troops pulled out of their base in Gossi and handed it to the Malian army."),
    # --- Outside ACLED: organised crime (near misses: disrupted weapons, looting, remote explosive)
    (ORG, "mexico/mid", "Police seized 1.2 tonnes of cocaine hidden in a shipment of bananas in Veracruz."),
    (ORG, "brazil/mid", "Robbers blew up ATMs at two banks in a small town in Minas Gerais and fled with the cash."),
    (ORG, "southafrica/mid", "A cash-in-transit heist on the N1 left two guards wounded; the robbers fled with an "
     "undisclosed amount."),
    (ORG, "philippines/mid", "Police arrested a drug dealer and seized shabu worth 6 million pesos in a buy-bust "
     "operation in Cebu."),
    (ORG, "nigeria/mid", "Operatives of the EFCC arrested 30 suspected internet fraudsters in Ibadan."),
    (ORG, "kenya/mid", "Police smashed a car-theft ring operating between Nairobi and Mombasa."),
    (ORG, "mexico/report", "Fuel thieves tapped a Pemex pipeline in Hidalgo, causing a leak, the company said."),
    # --- Outside ACLED: natural disaster (near misses: a lightning strike, a landslide)
    (NAT, "xinhua/mid", "Floods triggered by torrential rain killed 23 people in Brazil's Bahia state."),
    (NAT, "indonesia/mid", "A 6.2-magnitude earthquake struck West Sulawesi, killing at least 34 people."),
    (NAT, "philippines/mid", "Typhoon Rai tore through the central provinces, leaving 200 people dead."),
    (NAT, "india/mid", "Lightning strikes killed 18 people across Bihar on Saturday."),
    (NAT, "pakistan/report", "A cholera outbreak has killed 11 people in Balochistan, health officials said."),
    (NAT, "kenya/mid", "Landslides buried homes in Elgeyo Marakwet, killing 10 people."),
    (NAT, "colombia/mid", "The eruption of a volcano forced thousands of villagers to flee in Nariño."),
    # --- Outside ACLED: man-made disaster (near misses: explosions that are no bombing)
    (MAN, "nigeria/mid", "A gas explosion at a filling station in Kaduna killed 10 people."),
    (MAN, "india/mid", "At least 40 people died after a bus plunged into a gorge in Himachal Pradesh."),
    (MAN, "india/report", "A fire in the intensive care unit of a hospital in Ahmednagar killed 11 patients, "
     "officials said."),
    (MAN, "indonesia/mid", "A ferry carrying 200 passengers sank off Bali, leaving 10 dead."),
    (MAN, "pakistan/mid", "A train derailed near Nawabshah, killing 30 passengers."),
    (MAN, "southafrica/mid", "A mine shaft collapse killed five illegal miners near Johannesburg."),
    (MAN, "iraq/mid", "An exploding oxygen tank set off a fire in a Baghdad hospital, killing 82 people."),
    (MAN, "mexico/mid", "A fuel tanker exploded on a highway in Puebla after colliding with a truck."),
    # --- Outside ACLED: diplomacy (near misses: an agreement, a protest)
    (DIP, "anadolu/mid", "The Turkish foreign minister met his Iraqi counterpart in Ankara to discuss security "
     "cooperation."),
    (DIP, "xinhua/mid", "China and Pakistan signed agreements on the economic corridor during the premier's visit."),
    (DIP, "india/mid", "India summoned Pakistan's envoy to protest ceasefire violations along the LoC."),
    (DIP, "kenya/mid", "Kenya and Somalia restored diplomatic relations, the foreign ministries said."),
    (DIP, "nigeria/mid", "President Tinubu received the Ghanaian president at the State House in Abuja."),
    (DIP, "indonesia/mid", "The foreign ministers of Indonesia and the Philippines held talks on maritime security "
     "in Jakarta."),
    (DIP, "colombia/mid", "Colombia expelled two Venezuelan diplomats accused of espionage."),
    # --- Outside ACLED: claim of responsibility (near misses: the attack claimed)
    (CLM, "afp/mid", "The Islamic State group claimed responsibility for the suicide bombing in Kabul through its "
     "Amaq agency."),
    (CLM, "reuters/mid", "Al-Shabaab said it was behind the attack on the hotel in Mogadishu."),
    (CLM, "pakistan/mid", "The Baloch Liberation Army claimed the attack on the Chinese consulate in Karachi."),
    (CLM, "nigeria/mid", "ISWAP claimed responsibility for the killing of 10 soldiers in Borno in a statement."),
    (CLM, "india/mid", "The Resistance Front claimed responsibility for the killing of a policeman in Srinagar."),
    (CLM, "philippines/mid", "The NPA owned up to the ambush that killed two soldiers in Samar."),
    (CLM, "colombia/mid", "The ELN admitted that it carried out the car bombing of the police academy in Bogotá."),
    # --- No ACLED event: verdicts, threats, drills, denials, security measures
    (NONE, "pakistan/mid", "A court in Lahore sentenced five men to death for the 2019 attack on a mosque."),
    (NONE, "indonesia/mid", "The army conducted a counter-terrorism drill in Jakarta on Tuesday."),
    (NONE, "kenya/report", "Police said reports of an explosion at the market in Eastleigh were false."),
    (NONE, "nigeria/mid", "Boko Haram threatened to attack polling stations in Borno if the elections go ahead."),
    (NONE, "india/mid", "Security was tightened in Srinagar ahead of Independence Day."),
    (NONE, "philippines/mid", "The military denied that its troops had shelled civilian homes in Sulu."),
    # --- Shapes: two events, the main one first; a past event in a subordinate clause; a report frame
    (ARR, "kenya/subordinate", "Police arrested two men suspected of having bombed a bus in Mandera last month."),
    (ARR, "india/subordinate", "Police arrested four men who had lynched a Muslim trader in Jharkhand last week."),
    (ABD, "nigeria/two-events", "Bandits killed a vigilante and kidnapped 14 villagers in Kajuru, residents said."),
    (AC, "afp/two-events", "Soldiers repelled an attack by jihadists on their base in Boulkessi, and the army said "
     "40 assailants were killed."),
    (VDM, "southafrica/two-events", "Police fired rubber bullets after protesters set a clinic alight in "
     "Mamelodi."),
    (EXF, "iraq/two-events", "Two protesters were killed and dozens wounded when security forces fired on a "
     "demonstration in Basra."),
    (PWI, "pakistan/two-events", "Police fired tear gas at teachers marching on parliament in Islamabad and "
     "detained 20 of them."),
    (ATK, "ap/report", "Witnesses said militiamen went from house to house executing men in the village of "
     "Solhan."),
    (LOO, "kenya/report", "Raiders torched 30 houses in a village in Marsabit, the police commander said."),
    (DIS, "xinhua/subordinate", "Police defused a bomb that had been planted near a school in Kabul, averting a "
     "disaster."),
    (REM, "iraq/near-miss", "A bomb that had been planted near a school in Mosul went off, killing two children."),
    (MOB, "kenya/near-miss", "Villagers stoned to death a man they accused of stealing a goat in Kitui."),
    (ORG, "colombia/near-miss", "Clan del Golfo gunmen killed two drug traffickers in a dispute over a cocaine "
     "shipment."),
    # --- second batch, written after the rules of test_acled_wire_rules.py and measured once before any further change
    (AC, "reuters/mid", "Government troops and Tigrayan fighters battled for hours around the town of Alamata on "
     "Sunday, a resident said."),
    (AC, "philippines/report", "Two Abu Sayyaf bandits were killed when they engaged Marines in a gunfight in Patikul, "
     "the military said."),
    (GRT, "iraq/mid", "Iraqi troops drove Islamic State fighters out of three villages near Hawija on Monday."),
    (NSO, "afp/report", "Al-Shabaab fighters seized the town of Mahas after heavy fighting with Somali troops, "
     "witnesses said."),
    (AIR, "afp/headline", "Drone strike kills three militants in northwest Pakistan"),
    (AIR, "reuters/report", "Sudanese army jets bombed RSF positions in Khartoum North, residents said."),
    (SHL, "xinhua/report", "Two children were wounded when a mortar round slammed into a house in Mogadishu, police "
     "said."),
    (SHL, "anadolu/mid", "Armenian forces shelled Azerbaijani villages along the contact line overnight."),
    (REM, "iraq/report", "A sticky bomb attached to a car exploded in Baghdad's Sadr City, killing the driver, police "
     "said."),
    (REM, "colombia/mid", "A soldier lost both legs after stepping on an anti-personnel mine in Antioquia."),
    (SUI, "nigeria/report", "Three teenage girls blew themselves up at a fish market in Konduga, killing 30 people, "
     "officials said."),
    (SUI, "afp/mid", "A suicide car bomb hit the gate of a military base in Gao, wounding ten peacekeepers."),
    (GRN, "philippines/report", "A grenade exploded outside a mosque in Cotabato City after evening prayers, wounding "
     "six people, police said."),
    (CHM, "reuters/mid", "Inspectors found that sarin was used in an attack on Khan Sheikhoun that killed more than 80 "
     "people."),
    (ATK, "mexico/report", "Gunmen killed a mayoral candidate during a campaign event in Guerrero, prosecutors said."),
    (ATK, "india/report", "Militants shot dead a Kashmiri Pandit shopkeeper in Shopian, police said."),
    (ABD, "colombia/mid", "FARC dissidents kidnapped a local councillor in Cauca and are demanding his party's "
     "withdrawal from the elections."),
    (ABD, "nigeria/mid", "Gunmen stormed a church in Kaduna during Sunday service and abducted 40 worshippers."),
    (SEX, "kenya/report", "Police officers sexually assaulted women during the post-election crackdown in Kisumu, "
     "a rights report said."),
    (PEA, "indonesia/mid", "Thousands of workers rallied peacefully in Jakarta against the new labour law."),
    (PEA, "southafrica/mid", "Members of the union picketed outside the Eskom headquarters demanding higher wages."),
    (PWI, "pakistan/mid", "Police detained several activists who staged a sit-in outside the press club in Quetta."),
    (EXF, "iraq/report", "Security forces killed four demonstrators in Nasiriyah on Friday, medical sources said."),
    (VDM, "kenya/mid", "Protesters in Nairobi hurled stones at police and set tyres ablaze on the main highway."),
    (MOB, "indonesia/mid", "Villagers beat a suspected thief to death in Bekasi after catching him stealing an "
     "amplifier."),
    (AGR, "afp/mid", "The junta and the armed groups signed a ceasefire in Doha on Thursday."),
    (ARR, "nigeria/mid", "Soldiers arrested 12 suspected Boko Haram logistics suppliers in Monguno."),
    (ARR, "kenya/report", "Police arrested an opposition senator in Nairobi over remarks deemed inflammatory, his "
     "lawyer said."),
    (CHG, "reuters/mid", "The Wagner group announced that it was pulling its fighters out of Mali."),
    (DIS, "india/mid", "Security forces recovered a cache of weapons dropped by a drone near the border in Punjab."),
    (DIS, "colombia/mid", "The army destroyed a mined field planted by the ELN near a rural school in Arauca."),
    (HQ, "afp/report", "Jihadists have established bases in the W national park straddling Benin and Niger, a "
     "security source said."),
    (LOO, "nigeria/mid", "Hoodlums vandalised the offices of the electoral commission in Akwa Ibom."),
    (NVT, "reuters/mid", "Wagner fighters handed over their positions in Bakhmut to regular Russian troops."),
    (ORG, "mexico/mid", "Authorities found a narco-tunnel under the border in Tijuana."),
    (NAT, "philippines/mid", "Flash floods swept away dozens of houses in Mindanao, killing 15 people."),
    (MAN, "nigeria/mid", "A tanker explosion on the Lagos-Ibadan expressway killed nine people."),
    (DIP, "xinhua/mid", "The Chinese foreign minister held talks with his Pakistani counterpart in Beijing."),
    (CLM, "philippines/mid", "The Dawlah Islamiyah claimed responsibility for the bombing at Mindanao State University."),
    (NONE, "kenya/mid", "Al-Shabaab warned Kenyans that attacks would continue as long as troops remained in Somalia."),
]

MARAWI = ("The military declared the main battle area of Marawi liberated from Maute fighters after five months of "
          "fighting.")
KIRYAT = "Rockets fired from Lebanon landed near the northern Israeli town of Kiryat Shmona on Monday, the army said."
BAKHMUT = ("Ukrainian officials accused Russian troops of using chloropicrin gas against soldiers in trenches near "
           "Bakhmut.")
BUNDLED = ("A human rights activist went missing after being bundled into a car by men believed to be police officers in "
           "Nairobi.")
PARA = "Military police removed landless workers who were demonstrating on a highway in Pará."
TTP = "The banned TTP called off its ceasefire with the government and ordered its fighters to resume attacks."
CURFEW = "Authorities imposed a dusk-to-dawn curfew in Marsabit after clashes between clans."
ATMS = "Robbers blew up ATMs at two banks in a small town in Minas Gerais and fled with the cash."
PEMEX = "Fuel thieves tapped a Pemex pipeline in Hidalgo, causing a leak, the company said."
# the second batch's misses, measured once before any further change
HAWIJA = "Iraqi troops drove Islamic State fighters out of three villages near Hawija on Monday."
WAGNER = "The Wagner group announced that it was pulling its fighters out of Mali."
TIJUANA = "Authorities found a narco-tunnel under the border in Tijuana."

# rows whose sub-event type (or scope) the code does not get right yet (by text), with the reason
GAPS: dict[str, str] = {
    MARAWI: "a place declared liberated (the object predicate of 'declared') is no taking; the noun 'battle' gives an "
            "armed clash",
    KIRYAT: "parse: the sentence-initial 'Rockets' is tagged a proper noun (NNPS) and read as a named actor, so the "
            "projectile report does not read it",
    BAKHMUT: "an accusation whose content is the act ('accused X of using gas') is coded as the accusation (diplomacy)",
    BUNDLED: "no event: the taking told by a passive gerund after 'after' ('after being bundled into a car') has no "
             "person acted on that the disappearance report reads",
    PARA: "no PLOVER act for people removed by a force; only the demonstration is read",
    TTP: "a ceasefire called off is not read; the order to resume attacks is read as the attack",
    CURFEW: "convention: a curfew is coded Other (COERCE curfew); this probe, like the generalisation probe, labels it a "
            "change to group/activity",
    ATMS: "no event: ATMs blown up by robbers have no PLOVER act and no report construction",
    PEMEX: "the leak's report is a man-made disaster; the thieves' own act (tapping a pipeline) is no event",
    HAWIJA: "no event: fighters driven 'out of' villages (a preposition, not the particle of 'drive out') is not read "
            "as the places cleared",
    WAGNER: "no event: a group that pulls its fighters out of a country (no place noun) is not read",
    TIJUANA: "no event: a smuggling tunnel found is not read as organised crime",
}

# rows whose family (ACLED event type, or outside ACLED) the code does not get right yet: the same rows but those
# whose wrong sub-event type is of the right family
FAMILY_GAPS: dict[str, str] = {text: reason for text, reason in GAPS.items()
                               if text not in (MARAWI, PARA, CURFEW, PEMEX)}


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, GAPS))
def test_main_event_subtype(label: str, shape: str, text: str) -> None:
    assert acled_row_holds(label, text), (shape, text)


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, FAMILY_GAPS))
def test_main_event_family(label: str, shape: str, text: str) -> None:
    assert acled_family_holds(label, text), (shape, text)


def test_the_probe_covers_every_type_and_scope_about_equally() -> None:
    labels = (AC, GRT, NSO, AIR, SHL, REM, SUI, GRN, CHM, ATK, ABD, SEX, PEA, PWI, EXF, VDM, MOB, AGR, ARR, CHG,
              DIS, HQ, LOO, NVT, ORG, NAT, MAN, DIP, CLM, NONE)
    counted = 0
    for label in labels:
        assert 6 <= sum(r[0] == label for r in ROWS) <= 12, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    assert len(ROWS) >= 260 and len({r[2] for r in ROWS}) == len(ROWS)
    shapes = {r[1].split("/")[1] for r in ROWS}
    assert {"report", "headline", "mid", "two-events", "subordinate", "near-miss"} <= shapes
    assert set(GAPS) | set(FAMILY_GAPS) <= {r[2] for r in ROWS}
