"""A probe of the ACLED typology in REGISTERS THE OTHER PROBES LACK, in the shape of CASE 2021 task-2
snippets, written from ACLED's definitions of its sub-event types (and of the reports outside its scope)
before any rule was written for it, so that the code's score on it estimates how its typing holds on
text nobody tuned on.

Every snippet is invented, one to three sentences, in one of these registers:
- ``bulletin``: security-incident bulletins and police blotters ("suspected militants", "unidentified
  assailants on a motorbike", "an IED detonated", times as "at 0430 hrs", grid-like and road places);
- ``sitrep``: humanitarian situation reports ("an aid convoy was looted", "health facility attacked",
  "displacement following clashes", "partners reported");
- ``monitor``: human-rights monitors' incident logs ("12 Jan -", "the monitor documented");
- ``court``: court and prosecutors' reports of past violence (the act told is the event; a verdict that
  only names it is none);
- ``fr`` / ``es`` / ``pt``: news English translated from French, Spanish and Portuguese ("the forces of
  order", "the gendarmerie", "armed individuals", "criminal group", "explosive artefact", "deprived of
  liberty", "the demonstrators were dispersed", "claimed the authorship");
- ``incidental``: sports, festival and election-day coverage where the violence is incidental.
Every ACLED sub-event type has six to nine rows, every outside-ACLED category (organised crime, natural and
man-made disasters, diplomacy, claims of responsibility) seven or eight, and ``NONE`` rows (a verdict, a
denial, a warning, a meeting on security, an event day without incident) eight. Near misses between
families: a peaceful march and a riot, an arrest and an abduction, a clash and an attack on civilians,
shelling, an air strike and a remote explosive, a looting and a property destruction, a gas-cylinder
blast and a bomb, a lightning strike and an air strike, a diplomatic protest note and a demonstration.

A row is ``(label, "register/shape", text)``; the label is the sub-event type (or outside-ACLED scope, or
``NONE``) of the snippet's main event as the ACLED evaluation picks it; its family follows from it.
Rows the code does not get right are in ``GAPS`` (sub-event type) and ``FAMILY_GAPS`` (family), strict
xfails: ``python -m pytest tests/stages/events/test_acled_bulletin_snippets.py -rx`` lists them.

Measured on main at 0243c27, before any change (the held-out estimate): sub-event type 180 of 227
(0.793), family 189 of 227 (0.833), a main event found for 202 of the 219 rows with an ACLED or outside-ACLED
label (0.922).
After the rules of tests/stages/events/test_acled_bulletin_rules.py (branch i16-acled-bulletins): sub-event type 207 of
227 (0.912), family 213 of 227 (0.938), found 213 of 219 (0.973); CASE 2021 dev, PLOVER dev and the four older ACLED
probes unchanged or better. A second batch of 54 rows (the end of ROWS), written after those rules and measured once
before any further change, a fresh held-out estimate: sub-event type 41 of 54 (0.759), family 43 of 54 (0.796), found
46 of 52 (0.885). After the rules written from its misses (the second half of test_acled_bulletin_rules.py; no longer
held out): sub-event type 48 of 54, family 50 of 54, found 50 of 52; the first batch stays at 207, 213 and 213.
On main at 58edfcb: sub-event type 255 of 281, family 263, found 263 of 271; after the rules of
tests/stages/events/test_acled_multi_rules.py and tests/nlp/test_loglines.py (branch i16-acled-main): 258, 265 and 262
(arrests of people who gathered to demand are a protest with intervention; two log lines whose date prefix the parser
split now read as the day's act; one, "3 June - The army re-occupied ...", lost the wrong event the split date gave).
After the rules of tests/stages/events/test_acled_bound_rules.py (branch i16-acled-bounds): 259, 266 and 262 (a group's
statement that one of its fighters carried out the bombing is its claim).
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

# (label, register/shape, text)
ROWS: list[tuple[str, str, str]] = [
    # --- Battles: armed clash (two armed, organised sides; a criminal group fighting the state is one)
    (AC, "bulletin/log", "At approximately 0430 hrs, suspected militants exchanged fire with an army patrol near "
     "the Ghulam Khan crossing, wounding one soldier."),
    (AC, "sitrep/mid", "Fighting between the armed forces and the RSF on the outskirts of El Fasher continued for "
     "a third day, partners reported."),
    (AC, "fr/report", "Elements of the gendarmerie clashed with armed individuals near the village of Tin-Akof, "
     "neutralising several assailants, the army staff said in a communique."),
    (AC, "es/mid", "A confrontation between members of the National Guard and a criminal group in Aguililla left "
     "three guardsmen and five aggressors dead."),
    (AC, "pt/mid", "Military police officers and drug traffickers exchanged gunfire for two hours in the Complexo "
     "da Mare, where two suspects died."),
    (AC, "monitor/log", "14 March - Clashes between two rival factions of the Nawasi brigade in the Abu Salim "
     "district; four fighters killed."),
    (AC, "incidental/mid", "Gunfire between soldiers and rebel fighters near the stadium in Bangui interrupted the "
     "second half of the league match, and spectators fled."),
    (AC, "court/subordinate", "According to the indictment, the accused led the fighters who ambushed a UN "
     "peacekeeping patrol near Kidal in 2019, killing two peacekeepers."),
    # --- Battles: government regains territory
    (GRT, "bulletin/report", "Troops recaptured the village of Kawa from jihadist fighters following an early-morning "
     "operation, the army said."),
    (GRT, "sitrep/mid", "Government forces regained control of the eastern neighbourhoods of Kadugli on 12 May after "
     "heavy fighting, allowing partners to resume distributions."),
    (GRT, "fr/report", "The defence and security forces reconquered the locality of Djibo after several hours of "
     "combat against the terrorists, the government spokesman indicated."),
    (GRT, "es/mid", "The army retook control of the municipality of El Tambo, which had been in the hands of the "
     "ELN since January, after a week of combat."),
    (GRT, "monitor/log", "3 June - The army re-occupied Mindat town after resistance fighters withdrew under "
     "artillery fire."),
    (GRT, "bulletin/headline", "Troops recapture Mocimboa da Praia port from insurgents"),
    (GRT, "pt/two-events", "After two days of combat, the FADM expelled the insurgents from the village of Quitunda "
     "and retook control of the area."),
    # --- Battles: non-state actor overtakes territory (with fighting)
    (NSO, "bulletin/report", "Armed militants overran a police checkpoint on the Kandahar-Herat highway at 0200 hrs "
     "and took control of the district centre."),
    (NSO, "sitrep/mid", "Non-state armed groups seized the town of Bunagana on 13 June after clashes with the army, "
     "prompting thousands to cross into Uganda."),
    (NSO, "fr/report", "After fierce combat with the army, armed individuals seized control of the commune of Boni, "
     "the prefect indicated."),
    (NSO, "es/mid", "FARC dissidents took control of the village of La Macarena after driving the soldiers out in a "
     "firefight, residents reported."),
    (NSO, "pt/mid", "The insurgents occupied the town of Macomia after an assault on the positions of the army, "
     "according to local sources."),
    (NSO, "monitor/log", "22 Aug - JNIM fighters captured the Dioura military camp after a two-hour assault; the "
     "soldiers fled."),
    (NSO, "bulletin/headline", "Rebels seize border town of Rubaya after fighting with army"),
    # --- Explosions/Remote violence: air/drone strike
    (AIR, "bulletin/log", "0915 hrs: a drone strike hit a vehicle carrying suspected militants on the road between "
     "Mir Ali and Miranshah, killing three occupants."),
    (AIR, "sitrep/mid", "Airstrikes on the market in Togoga killed at least 51 civilians, according to health "
     "workers."),
    (AIR, "monitor/log", "Military aircraft bombed the village of Kyauk Pyin on 9 April; eight civilians, including "
     "two children, were killed."),
    (AIR, "fr/report", "Aircraft of the army struck a concentration of terrorists near Djibo, neutralising dozens of "
     "them, according to the army staff."),
    (AIR, "es/mid", "A bombardment by the Air Force against a camp of FARC dissidents in Guaviare left ten dead, the "
     "Ministry of Defence reported."),
    (AIR, "court/subordinate", "Investigators said the drone strike that killed seven members of one family in "
     "Kabul in August had been ordered on faulty intelligence."),
    (AIR, "incidental/mid", "A drone struck a car near Qamishli on Friday as fans gathered for the local football "
     "final, killing two fighters of the SDF."),
    (AIR, "bulletin/near-miss", "Helicopter gunships strafed rebel positions in the hills above Kalay, the military "
     "said."),
    # --- Explosions/Remote violence: shelling/artillery/missile attack
    (SHL, "bulletin/log", "At 2210 hrs, unknown armed elements fired three mortar rounds at the MINUSMA camp in "
     "Aguelhok; no casualties reported."),
    (SHL, "sitrep/mid", "Shelling of residential areas of the Saltivka district damaged a school and two health "
     "facilities."),
    (SHL, "monitor/log", "Artillery fire hit a displacement camp near Maaret al-Numan on 7 November, killing five "
     "civilians."),
    (SHL, "fr/report", "Shells fired by the rebels fell on the neighbourhood of Munigi, killing two civilians, "
     "according to the civil society."),
    (SHL, "bulletin/headline", "Missile strike hits apartment block in Dnipro, 12 dead"),
    (SHL, "incidental/near-miss", "A rocket fired by militants landed near a wedding hall in Sderot, wounding two "
     "guests."),
    (SHL, "court/report", "According to the indictment, the accused ordered his artillery units to shell the old "
     "town of Dubrovnik on 6 December 1991."),
    (SHL, "fr/near-miss", "The Russian forces bombarded the town of Kherson with multiple rocket launchers during the "
     "night, the regional administration said."),
    # --- Explosions/Remote violence: remote explosive/landmine/IED
    (REM, "bulletin/log", "An IED detonated near a Frontier Corps vehicle on the Turbat road at 0745 hrs, injuring "
     "two personnel."),
    (REM, "bulletin/headline", "Roadside bomb kills three soldiers in Kurram"),
    (REM, "sitrep/mid", "A landmine explosion killed two children herding goats near Gao, UNICEF said."),
    (REM, "monitor/log", "An explosive device placed under the car of a local councillor exploded in Sarmada, "
     "killing him."),
    (REM, "fr/report", "A military vehicle struck an improvised explosive device between Djibo and Namsiguia, "
     "causing the loss of four soldiers, the army staff said."),
    (REM, "es/mid", "An explosive artefact detonated at the entrance of the police station in Jamundi, causing "
     "material damage."),
    (REM, "incidental/near-miss", "A bomb planted in a rubbish bin went off outside the stadium after the derby, "
     "wounding four supporters."),
    (REM, "bulletin/near-miss", "An IED exploded while the bomb disposal squad was trying to defuse it, wounding two "
     "technicians."),
    # --- Explosions/Remote violence: suicide bomb
    (SUI, "bulletin/report", "A suicide bomber detonated his vest at the gate of a police training centre in "
     "Mogadishu, killing six recruits."),
    (SUI, "sitrep/mid", "A suicide attack at a displacement site in Mokolo killed 18 people, MSF teams reported."),
    (SUI, "fr/report", "A kamikaze blew himself up at the entrance of the mosque of Kouyape, killing nine faithful."),
    (SUI, "monitor/log", "5 Feb - Female suicide bombers struck a market in Konduga; at least 12 civilians killed."),
    (SUI, "bulletin/headline", "Suicide car bomb targets army base in Kismayo"),
    (SUI, "bulletin/two-events", "Guards shot dead two attackers at the gate, and a third blew himself up inside the "
     "compound, killing four of them."),
    (SUI, "court/report", "Prosecutors told the court that the two bombers blew themselves up outside the cathedral "
     "in Makassar on Palm Sunday."),
    (SUI, "incidental/mid", "A suicide bomber struck a polling centre in Kandahar as voters queued, killing eight, "
     "officials said."),
    # --- Explosions/Remote violence: grenade
    (GRN, "bulletin/log", "Unidentified assailants on a motorbike lobbed a grenade at a CRPF bunker in Sopore; two "
     "personnel were injured."),
    (GRN, "bulletin/headline", "Grenade attack on police post in Pulwama"),
    (GRN, "fr/report", "An unidentified individual threw a grenade into a bar in the commune of Mutimbuzi, wounding "
     "seven people, the police spokesman said."),
    (GRN, "es/mid", "Unknown persons threw a fragmentation grenade against the facade of a discotheque in Cucuta, "
     "leaving four injured."),
    (GRN, "monitor/log", "A hand grenade was thrown into the courtyard of the family of a journalist in Bujumbura on "
     "18 October; no one was hurt."),
    (GRN, "incidental/mid", "Militants hurled a grenade at a crowd watching a Durga Puja procession in Imphal, "
     "injuring 11 devotees."),
    (GRN, "sitrep/mid", "A grenade attack on a bus in Eastleigh killed one passenger and wounded six, police said."),
    # --- Explosions/Remote violence: chemical weapon
    (CHM, "monitor/report", "Several residents of Al-Lataminah suffered suffocation after helicopters dropped barrels "
     "containing chlorine gas, the monitor said."),
    (CHM, "court/report", "The investigators concluded that sarin was used in the attack on Khan Sheikhoun, which "
     "killed more than 80 people."),
    (CHM, "bulletin/report", "Militants fired mortar rounds filled with mustard agent at Peshmerga positions near "
     "Makhmour, a Kurdish official said."),
    (CHM, "bulletin/headline", "Chemical attack kills dozens in rebel-held town"),
    (CHM, "fr/report", "The rebels accused the army of having used toxic gas against their positions in the Jebel "
     "Marra, causing several deaths."),
    (CHM, "sitrep/mid", "Islamic State fighters attacked the village with chlorine-filled rockets, causing "
     "respiratory problems among dozens of residents."),
    # --- Violence against civilians: attack
    (ATK, "bulletin/log", "Unidentified assailants on a motorbike shot dead a shopkeeper in Orangi Town at 2030 hrs "
     "and fled."),
    (ATK, "sitrep/mid", "Armed men attacked the village of Solhan overnight, killing at least 130 civilians and "
     "burning houses."),
    (ATK, "sitrep/report", "A health facility in Djugu was attacked by members of the CODECO militia; three patients "
     "were killed in their beds."),
    (ATK, "monitor/log", "A human rights defender was shot dead by unknown gunmen outside his home in Tumaco on 3 "
     "September."),
    (ATK, "fr/report", "Armed individuals executed eleven civilians in the village of Tin-Taboradene, the governor of "
     "the region indicated."),
    (ATK, "pt/mid", "Insurgents beheaded five villagers in the district of Muidumbe, according to local sources."),
    (ATK, "incidental/near-miss", "Gunmen on motorcycles opened fire on voters queueing at a polling unit in Kogi, "
     "killing one, police said."),
    (ATK, "bulletin/near-miss", "Cattle rustlers killed four herders and drove away hundreds of cows in Pokot."),
    # --- Violence against civilians: abduction/forced disappearance
    (ABD, "bulletin/log", "Gunmen abducted a Chinese engineer from a construction site in Kogi at about 1100 hrs, "
     "police said."),
    (ABD, "sitrep/mid", "Armed men kidnapped three aid workers travelling in a marked vehicle on the Kaga Bandoro "
     "road."),
    (ABD, "monitor/log", "The journalist has not been seen since he was taken away by men in plain clothes in an "
     "unmarked car on 12 May."),
    (ABD, "es/mid", "Armed men deprived of liberty the social leader Jose Ruiz in the rural area of Tibu, his family "
     "denounced."),
    (ABD, "fr/report", "Armed individuals kidnapped the village chief of Tiabangou and two of his councillors, local "
     "sources reported."),
    (ABD, "pt/mid", "The insurgents carried off twelve women from the village of Nanjaba, according to the district "
     "administrator."),
    (ABD, "monitor/near-miss", "Security agents in plain clothes picked up the opposition activist from his home at "
     "night, and his whereabouts remain unknown."),
    (ABD, "court/subordinate", "Prosecutors said the militia leader ordered the abduction of 30 schoolgirls from "
     "Kagara in 2021."),
    # --- Violence against civilians: sexual violence
    (SEX, "sitrep/mid", "Five women were raped by armed men while collecting firewood outside the Kalma camp, "
     "protection partners reported."),
    (SEX, "monitor/log", "Soldiers sexually assaulted two girls at a checkpoint in Lubero on 7 July, the monitor "
     "documented."),
    (SEX, "fr/report", "Armed individuals raped three women on the road to Kaga-Bandoro, the gendarmerie indicated."),
    (SEX, "court/report", "The military court found that the soldiers had raped dozens of women during the operation "
     "in Minova in 2012."),
    (SEX, "es/mid", "Members of an armed group sexually abused a minor in a rural area of Buenaventura, the "
     "Ombudsman's Office denounced."),
    (SEX, "sitrep/headline", "Militiamen gang-rape displaced women near Bunia"),
    (SEX, "monitor/report", "Combatants of the armed group committed rapes against women in the village of Kigoma, "
     "the mission said."),
    # --- Protests: peaceful protest
    (PEA, "bulletin/log", "Some 300 residents staged a sit-in at the district office in Chaman from 1000 to 1400 hrs "
     "to demand the reopening of the border crossing."),
    (PEA, "sitrep/mid", "Displaced persons in Kaya marched to the town hall to denounce the suspension of food "
     "distributions."),
    (PEA, "fr/report", "Hundreds of people marched in Bamako to support the transition, at the call of civil society "
     "organisations."),
    (PEA, "es/mid", "Thousands of people mobilised in the streets of Bogota against the tax reform, in a march that "
     "passed without incidents."),
    (PEA, "pt/mid", "Teachers of the state network held a demonstration in front of the Legislative Assembly to "
     "demand a salary readjustment."),
    (PEA, "monitor/log", "12 Jan - Relatives of the disappeared held a vigil outside the prosecutor's office in "
     "Chilpancingo."),
    (PEA, "incidental/mid", "Before kick-off, fans unfurled banners and chanted slogans against the club's owners in "
     "a peaceful protest outside the stadium."),
    (PEA, "fr/near-miss", "The march of the opposition supporters ended without incident after they submitted a "
     "petition to the electoral commission."),
    # --- Protests: protest with intervention (dispersal, arrests, tear gas; no serious injury)
    (PWI, "bulletin/log", "Police dispersed a gathering of unemployed graduates outside the governorate in Gafsa and "
     "detained 14 of them."),
    (PWI, "fr/report", "The forces of order dispersed the demonstrators with tear gas in front of the Bourse du "
     "Travail in Niamey."),
    (PWI, "es/mid", "The carabineros dispersed a student march in the centre of Santiago with water cannons."),
    (PWI, "pt/mid", "Military police used pepper spray to disperse indigenous people protesting in front of the "
     "Congress."),
    (PWI, "monitor/log", "Security forces arrested 23 women taking part in a peaceful sit-in in Khartoum on 8 "
     "March."),
    (PWI, "fr/near-miss", "The demonstrators were dispersed by the gendarmerie before they could reach the "
     "presidential palace in Conakry."),
    (PWI, "bulletin/headline", "Police disperse protesting farmers in Lahore"),
    (PWI, "incidental/mid", "Stewards and police dragged climate activists off the pitch after they glued themselves "
     "to the goalposts in protest."),
    # --- Protests: excessive force against protesters
    (EXF, "fr/report", "The forces of order fired live bullets on the demonstrators in Conakry, killing two young "
     "people, the opposition said."),
    (EXF, "es/mid", "The police shot at the peaceful protesters in Popayan, leaving one dead and 20 wounded."),
    (EXF, "monitor/log", "Security forces opened fire on peaceful protesters in Bago on 9 April, killing at least 80 "
     "people."),
    (EXF, "sitrep/mid", "Three demonstrators died after soldiers fired on a crowd peacefully protesting against the "
     "closure of the market in Beni."),
    (EXF, "bulletin/report", "Troops shot dead four protesters at a peaceful sit-in against the dam project in "
     "Myitkyina."),
    (EXF, "bulletin/headline", "Police kill three anti-government protesters in Khartoum"),
    (EXF, "monitor/near-miss", "Riot police beat peaceful demonstrators with batons in Minsk, leaving dozens in "
     "hospital."),
    # --- Riots: violent demonstration
    (VDM, "bulletin/log", "Demonstrators protesting power cuts blocked the highway at Nazimabad and set tyres and a "
     "bus on fire at 1900 hrs."),
    (VDM, "fr/report", "The demonstrators erected barricades, burned tyres and threw stones at the forces of order in "
     "Ouagadougou."),
    (VDM, "es/mid", "Protesters set fire to the municipal building of Juliaca and attacked police with stones and "
     "slingshots."),
    (VDM, "pt/mid", "Protesters set fire to buses and looted shops in the south zone after the death of a resident "
     "in a police operation."),
    (VDM, "sitrep/mid", "Violent demonstrations against the UN mission in Butembo led to the looting of its "
     "warehouse."),
    (VDM, "monitor/log", "Students protesting the exam results stoned police vehicles and burned the administration "
     "building."),
    (VDM, "incidental/mid", "Protesting the results, supporters of the losing candidate stormed the collation centre "
     "in Akure and set ballot boxes ablaze."),
    (VDM, "bulletin/headline", "Rioting protesters torch police station in Nairobi slum"),
    # --- Riots: mob violence
    (MOB, "bulletin/log", "A mob lynched a suspected thief in Ikorodu market at 1600 hrs."),
    (MOB, "sitrep/mid", "Villagers set upon two men accused of witchcraft and beat them to death in Kasai."),
    (MOB, "fr/near-miss", "Residents lynched a man suspected of being a child kidnapper in Bangui, the police "
     "indicated."),
    (MOB, "es/mid", "Residents of the community burned alive a man accused of theft in Huehuetenango."),
    (MOB, "pt/mid", "A group of residents beat to death a man suspected of robbing a bakery in Sao Luis."),
    (MOB, "incidental/mid", "Rival fans fought with bottles and chairs after the derby in Belgrade, leaving 15 "
     "injured."),
    (MOB, "monitor/report", "An angry crowd set fire to the house of a man accused of blasphemy in Sargodha."),
    # --- Strategic developments: agreement
    (AGR, "sitrep/mid", "The parties agreed to a humanitarian pause to allow the evacuation of the wounded from the "
     "old city."),
    (AGR, "fr/report", "The government and the armed groups signed a ceasefire agreement in Bangui under the "
     "auspices of the African Union."),
    (AGR, "es/mid", "The Government and the ELN agreed a bilateral ceasefire of six months, announced in Havana."),
    (AGR, "monitor/log", "The warring sides exchanged 40 prisoners each at the Kalanchak crossing, the ICRC "
     "confirmed."),
    (AGR, "bulletin/report", "Tribal elders brokered a truce between the two clans at 1500 hrs, after which the "
     "firing stopped in Kurram."),
    (AGR, "bulletin/headline", "Rival militias sign peace deal in Jebel Marra"),
    (AGR, "pt/mid", "The government and the rebels of Renamo signed an accord of cessation of hostilities in "
     "Gorongosa."),
    # --- Strategic developments: arrests
    (ARR, "bulletin/log", "Police arrested three suspected militants at a checkpoint in Kupwara at 1130 hrs and "
     "recovered a pistol."),
    (ARR, "fr/report", "The gendarmerie apprehended eleven suspected jihadists in a sweep in the Boucle du "
     "Mouhoun."),
    (ARR, "es/mid", "The Attorney General's Office captured alias El Paisa, a commander of the Gulf Clan, in "
     "Antioquia."),
    (ARR, "monitor/near-miss", "Authorities detained the opposition leader and 12 of his aides in a night raid on "
     "his residence in Harare."),
    (ARR, "court/report", "The suspect was arrested in Brussels on a warrant of the International Criminal Court and "
     "will be transferred to The Hague."),
    (ARR, "bulletin/headline", "Junta arrests former ministers in Niamey"),
    (ARR, "incidental/mid", "Police detained 40 opposition supporters accused of ballot stuffing on election day in "
     "Kinshasa."),
    # --- Strategic developments: change to group/activity
    (CHG, "bulletin/log", "The district administration imposed a curfew in Jammu from 2000 to 0600 hrs following the "
     "blast."),
    (CHG, "fr/report", "The transition authorities suspended the activities of political parties until further "
     "notice."),
    (CHG, "es/mid", "A new armed group, calling itself the Autonomous Front, announced its formation in a video "
     "released in Cauca."),
    (CHG, "monitor/log", "The armed faction split into two wings after a dispute over its leadership."),
    (CHG, "sitrep/mid", "Authorities declared a state of emergency in the three northern provinces and restricted "
     "movement."),
    (CHG, "bulletin/headline", "Militant group names new leader after founder's death"),
    (CHG, "pt/mid", "Hundreds of fighters of the militia surrendered their weapons and joined the demobilisation "
     "programme in Cabo Delgado."),
    # --- Strategic developments: disrupted weapons use
    (DIS, "bulletin/log", "The bomb disposal squad defused an IED planted under a culvert on the Bannu road at 0630 "
     "hrs."),
    (DIS, "fr/report", "The defence and security forces foiled an attack plan and seized weapons and explosives in a "
     "hideout in Tillaberi."),
    (DIS, "es/mid", "The army seized 300 kilograms of explosives and 20 rifles from a cache of the ELN in Arauca."),
    (DIS, "monitor/log", "Security forces intercepted a truck carrying rockets and ammunition bound for the rebels "
     "near Kassala."),
    (DIS, "bulletin/headline", "Troops foil suicide attack, recover explosive vest in Borno"),
    (DIS, "incidental/near-miss", "Police found and safely detonated a bomb left in a bag outside the stadium before "
     "the match."),
    (DIS, "pt/mid", "The navy intercepted a boat carrying weapons and ammunition for the insurgents off the coast of "
     "Palma."),
    # --- Strategic developments: headquarters or base established
    (HQ, "bulletin/report", "Militants have set up a training camp in the forest near Sambisa, intelligence reports "
     "indicate."),
    (HQ, "fr/report", "The army installed a new military base in Tessit to secure the tri-border zone."),
    (HQ, "es/mid", "The National Guard established a barracks in the municipality of Coalcoman."),
    (HQ, "sitrep/mid", "An armed group has established a base inside the school in Djugu, preventing children from "
     "attending."),
    (HQ, "monitor/log", "Foreign military contractors set up a base at the Timbuktu airport after the departure of "
     "the French forces."),
    (HQ, "bulletin/headline", "Al-Shabaab establishes new headquarters in Jilib"),
    (HQ, "pt/mid", "The insurgents installed a base in the forest of Catupa, from which they attack nearby "
     "villages."),
    # --- Strategic developments: looting/property destruction
    (LOO, "bulletin/log", "Unknown persons set fire to a girls' school in Diamer at night; no casualties."),
    (LOO, "sitrep/mid", "An aid convoy was looted by armed men on the road to Kutum; three trucks of food were "
     "taken."),
    (LOO, "sitrep/near-miss", "Armed elements looted the health centre in Komanda, taking medicines and equipment."),
    (LOO, "fr/report", "Armed individuals burnt down the town hall and the prefecture of the locality, the governor "
     "indicated."),
    (LOO, "es/mid", "Unknown persons burned three machines of a construction company in the rural area of El "
     "Charco."),
    (LOO, "monitor/log", "Soldiers looted shops and homes in the village of Kinyinya after the fighting ended."),
    (LOO, "bulletin/near-miss", "Militants torched two trucks carrying supplies to a military camp on the Wana road."),
    # --- Strategic developments: non-violent transfer of territory
    (NVT, "fr/report", "The French forces handed over the Gossi base to the Malian armed forces."),
    (NVT, "sitrep/mid", "Armed groups withdrew from the town of Kiwanja, which is now under the control of the "
     "national army."),
    (NVT, "es/mid", "FARC dissidents withdrew from the village and left it under the control of the ELN without "
     "combat."),
    (NVT, "monitor/log", "The rebels left Bambari without fighting, and government troops entered the town the next "
     "day."),
    (NVT, "bulletin/headline", "Militia hands over control of airport to government forces"),
    (NVT, "bulletin/near-miss", "The Taliban took over the district centre without resistance after the local "
     "forces surrendered at 0400 hrs."),
    (NVT, "pt/mid", "The peacekeepers withdrew from the base of Tessalit, which passed to the control of the Malian "
     "army."),
    # --- outside ACLED: organised crime
    (ORG, "bulletin/log", "Police seized 40 kg of heroin from a truck at the Torkham checkpoint at 1400 hrs and "
     "detained the driver."),
    (ORG, "es/mid", "Agents of the Navy seized two tonnes of cocaine on a semi-submersible off the coast of "
     "Narino."),
    (ORG, "pt/mid", "Criminals robbed a cash-transport vehicle on the BR-116, firing at the guards, and fled with "
     "the money."),
    (ORG, "fr/report", "Customs officers seized a large quantity of counterfeit medicines at the Malanville border "
     "post."),
    (ORG, "court/report", "Prosecutors charged 17 members of a smuggling ring that trafficked migrants across the "
     "Darien Gap."),
    (ORG, "es/near-miss", "Members of two rival gangs shot dead three men in a dispute over control of drug sales in "
     "Rosario."),
    (ORG, "sitrep/mid", "Fuel smugglers were intercepted at the border with 12,000 litres of diesel, the customs "
     "service said."),
    # --- outside ACLED: natural disaster (near miss: a lightning strike)
    (NAT, "sitrep/mid", "Flash floods in Beledweyne displaced more than 90,000 people and destroyed crops, OCHA "
     "said."),
    (NAT, "sitrep/report", "A cholera outbreak in the camps around Maiduguri has killed 60 people since August, "
     "health partners reported."),
    (NAT, "es/mid", "A landslide buried several houses in the municipality of Rosas, Cauca, after days of intense "
     "rains."),
    (NAT, "fr/report", "Torrential rains caused the collapse of dozens of houses in Niamey, killing nine people."),
    (NAT, "pt/mid", "The floods in the south of the state left 30 dead and thousands displaced, according to the "
     "Civil Defence."),
    (NAT, "incidental/near-miss", "A lightning strike on the football pitch in Nyabihu killed two players during a "
     "training session."),
    (NAT, "bulletin/log", "A 6.1-magnitude earthquake struck the Hindu Kush region at 0320 hrs, killing at least 20 "
     "people."),
    # --- outside ACLED: man-made disaster (near misses: a gas cylinder, an arms depot, fireworks)
    (MAN, "bulletin/near-miss", "A gas cylinder exploded at a hotel on Jinnah Road at 1245 hrs, injuring seven."),
    (MAN, "sitrep/mid", "A fire in Block C of the Kutupalong camp destroyed over 2,000 shelters; no deaths were "
     "reported."),
    (MAN, "fr/report", "A boat transporting passengers capsized on the Congo River near Mbandaka, and 40 people are "
     "missing."),
    (MAN, "es/mid", "The collapse of a mine in the municipality of Sutatausa left 21 miners dead after an explosion "
     "of methane."),
    (MAN, "pt/mid", "A bus fell from a viaduct on the Fernao Dias highway, killing 12 passengers."),
    (MAN, "incidental/mid", "A stampede at the stadium gate before the final left eight fans dead and dozens "
     "injured."),
    (MAN, "monitor/near-miss", "An explosion at an arms depot in Brazzaville, caused by a short circuit, killed "
     "dozens of people."),
    (MAN, "incidental/near-miss", "Fireworks exploded in a warehouse during preparations for the festival in "
     "Tultepec, killing nine workers."),
    # --- outside ACLED: diplomacy (near miss: a protest note)
    (DIP, "fr/report", "The Minister of Foreign Affairs received the ambassador of France in audience to discuss the "
     "security situation."),
    (DIP, "es/near-miss", "The Foreign Ministry sent a protest note to the Venezuelan government over the incursion "
     "of soldiers into its territory."),
    (DIP, "sitrep/mid", "The Humanitarian Coordinator met the governor of North Darfur to discuss access for aid "
     "convoys."),
    (DIP, "monitor/report", "The UN Special Rapporteur visited the detention centre in Juba and met with the "
     "authorities."),
    (DIP, "bulletin/headline", "Kenya recalls its ambassador from Mogadishu"),
    (DIP, "sitrep/near-miss", "Talks between the military and the rebel alliance in Doha ended without an "
     "agreement."),
    (DIP, "pt/mid", "The Brazilian president received his Argentine counterpart at the Planalto Palace."),
    # --- outside ACLED: claim of responsibility
    (CLM, "bulletin/report", "Tehreek-e-Taliban Pakistan claimed responsibility for the attack on the Bannu police "
     "station in a statement."),
    (CLM, "fr/report", "The Islamic State in the Greater Sahara claimed the attack on the military post of Inates "
     "through its propaganda agency."),
    (CLM, "es/mid", "The ELN claimed the authorship of the attack against the police station in a communique "
     "published on its website."),
    (CLM, "monitor/report", "JNIM said in a statement that its fighters were behind the ambush on the convoy near "
     "Boni."),
    (CLM, "bulletin/headline", "Al-Shabaab claims deadly hotel siege in Kismayo"),
    (CLM, "pt/mid", "The Islamic State assumed the authorship of the attack against the town of Mocimboa da Praia."),
    (CLM, "sitrep/mid", "ISWAP released a video claiming the killing of 20 soldiers in Borno."),
    # --- no ACLED event: a verdict, a denial, a warning, a security meeting, an event day without incident
    (NONE, "bulletin/log", "The Deputy Commissioner chaired a security review meeting ahead of the Muharram "
     "processions."),
    (NONE, "sitrep/mid", "Humanitarian access to the eastern districts remains constrained by insecurity, partners "
     "reported."),
    (NONE, "court/report", "The court sentenced the former militia commander to 25 years in prison for war crimes "
     "committed in Ituri."),
    (NONE, "fr/report", "The gendarmerie reinforced its presence in the locality ahead of the presidential "
     "election."),
    (NONE, "es/mid", "The Ombudsman's Office warned of the risk of forced recruitment of minors in the south of "
     "Bolivar."),
    (NONE, "incidental/mid", "The Independence Day parade and the football final went ahead without security "
     "incidents, police said."),
    (NONE, "bulletin/near-miss", "The army denied that its drones had struck a wedding in Tillaberi, calling the "
     "reports propaganda."),
    (NONE, "monitor/report", "The commission called on the authorities to investigate the killings of protesters "
     "last year."),
    # --- two events in one snippet, the first the main one; a second event in a joined clause
    (AC, "bulletin/two-events", "Militants attacked a border post in Zhob at 0300 hrs, and the exchange of fire that "
     "followed lasted two hours, killing three soldiers."),
    (REM, "sitrep/two-events", "A landmine struck a WFP truck near Kadugli, and gunmen then looted its cargo."),
    (ATK, "monitor/two-events", "Gunmen shot dead two farmers in their fields near Bokkos, and a landmine later "
     "wounded a soldier sent to the scene."),
    (CHM, "monitor/two-events", "Rockets carrying chlorine hit the eastern suburbs at dawn, and shelling continued "
     "through the night, the monitor said."),
    (ABD, "bulletin/two-events", "Bandits stormed the village at 2300 hrs, abducted 15 residents and set several houses "
     "ablaze."),
    (SEX, "court/two-events", "Witnesses told the tribunal that the soldiers raped women in the village and then "
     "burned their houses."),
    # --- a second batch of 54 rows, written after the rules of test_acled_bulletin_rules.py and measured once before
    # any further change (the module docstring)
    (AC, "bulletin/log", "1530 hrs: a police picket at Mir Ali came under fire from miscreants; the attack was repulsed "
     "and two assailants were killed in the exchange."),
    (AC, "es/mid", "Members of the Army and dissidents of the Jaime Martinez front faced each other for several hours "
     "in the rural area of Jamundi."),
    (GRT, "fr/report", "The national army took back the locality of Tambao, occupied for months by armed terrorist "
     "groups, after an offensive supported by the air force."),
    (GRT, "sitrep/mid", "Following the recapture of Kidal by the armed forces on 14 November, some 3,000 people fled "
     "towards the Algerian border."),
    (NSO, "pt/mid", "Armed men seized the district headquarters of Mocimboa da Praia after fierce fighting with the "
     "defence and security forces."),
    (NSO, "monitor/log", "30 Oct - The Arakan Army overran a border guard outpost in Maungdaw after a week-long "
     "siege."),
    (AIR, "fr/report", "An aerial bombardment by the army hit the weekly market of Boulkessi, killing dozens of "
     "civilians, according to local sources."),
    (AIR, "sitrep/mid", "An airstrike hit a school sheltering displaced families in Deir al-Balah, killing at least 12 "
     "people."),
    (SHL, "es/mid", "Artisanal mortars launched by the guerrilla against the police station of Suarez destroyed "
     "three houses."),
    (SHL, "bulletin/log", "Two 107 mm rockets impacted near the airport perimeter at 0105 hrs; no injuries were "
     "reported."),
    (REM, "pt/mid", "An explosive device went off at the passage of a military convoy on the road between Mueda and "
     "Awasse, killing two soldiers."),
    (REM, "sitrep/mid", "A humanitarian vehicle struck an explosive remnant of war near Rann; the driver was seriously "
     "injured."),
    (SUI, "fr/report", "A suicide bomber triggered his explosive charge in the middle of the worshippers at the mosque "
     "of Diffa."),
    (SUI, "bulletin/headline", "Two suicide bombers hit Maiduguri mosque, 20 dead"),
    (GRN, "es/mid", "A man threw a grenade at the patrol car of the National Police in Tulua and fled on a "
     "motorcycle."),
    (GRN, "monitor/log", "A grenade was lobbed into a crowded tea stall in Bajaur on 2 July, wounding nine."),
    (CHM, "court/report", "The panel found that the helicopter dropped two cylinders of chlorine on the town of Kafr "
     "Zita."),
    (ATK, "es/mid", "Hitmen murdered a social leader at the door of his house in the village of El Placer, Putumayo."),
    (ATK, "sitrep/mid", "Armed elements attacked a site for displaced persons in Djugu, killing 22 people, most of "
     "them women and children."),
    (ABD, "fr/report", "Unidentified armed men kidnapped three teachers in the commune of Tera, the regional education "
     "director indicated."),
    (ABD, "pt/mid", "Police reported the disappearance of two activists, last seen being forced into a car by armed "
     "men in Maputo."),
    (SEX, "monitor/log", "Two displaced girls were raped by men in military uniform near the Kalma camp on 14 June."),
    (SEX, "court/report", "Prosecutors said the accused commanders ordered their fighters to rape women in the villages "
     "they captured."),
    (PEA, "es/mid", "Truckers marched peacefully through the centre of Bogota to reject the increase in the price of "
     "diesel."),
    (PEA, "bulletin/log", "A peaceful rally by lawyers against the judicial reforms took place at the district courts "
     "from 1100 to 1300 hrs."),
    (PWI, "pt/mid", "The Military Police dispersed a protest by teachers in front of the governor's palace using "
     "pepper spray and rubber bullets."),
    (PWI, "monitor/log", "Police detained 12 students who had gathered peacefully in front of the university to demand "
     "the release of their classmate."),
    (EXF, "fr/report", "The forces of order opened fire on the demonstrators in Kindia, killing three people, "
     "according to the organisers."),
    (EXF, "sitrep/mid", "Security forces used live ammunition against peaceful protesters in Omdurman, killing two."),
    (VDM, "es/mid", "Hooded demonstrators attacked the facade of the Congress with stones and set fire to a police "
     "motorcycle."),
    (VDM, "fr/report", "Angry demonstrators set fire to the police station of Kaya after the death of a young man, the "
     "prefecture indicated."),
    (MOB, "pt/mid", "Residents lynched a suspected robber in the neighbourhood of Maxaquene after he tried to steal a "
     "phone."),
    (MOB, "bulletin/log", "A mob attacked a man accused of blasphemy outside a police station in Sialkot at 1700 "
     "hrs."),
    (AGR, "fr/report", "The Government and the rebel coalition signed a peace accord in Khartoum, under the aegis of "
     "the African Union."),
    (AGR, "sitrep/mid", "Following an agreement between the parties, 250 detainees were released and exchanged at "
     "the Marib crossing."),
    (ARR, "es/mid", "The Police captured in Cali alias Pedro, a leader of the Jaime Martinez structure."),
    (ARR, "fr/report", "The gendarmerie arrested a suspected jihadist leader in the village of Koutougou."),
    (CHG, "fr/report", "The transitional authorities dissolved the former ruling party and its affiliated militia."),
    (CHG, "es/mid", "The dissidents of the 36th front announced their withdrawal from the peace process and their "
     "return to arms."),
    (DIS, "pt/mid", "The Federal Police seized 30 rifles and 5,000 rounds of ammunition destined for the faction in "
     "the port of Santos."),
    (DIS, "bulletin/log", "A bomb disposal squad defused a pressure cooker bomb found near the bus stand at 0945 hrs."),
    (HQ, "fr/report", "Terrorist groups have installed a new base in the forest of Koulpelogo, according to security "
     "sources."),
    (LOO, "sitrep/mid", "Unknown persons looted a WFP warehouse in Nyala, taking 1,200 tonnes of food."),
    (NVT, "es/mid", "Troops withdrew from the rural area of Cajibio, which was left under the control of the "
     "dissidents."),
    (ORG, "fr/report", "The customs seized 400 kilograms of cannabis resin hidden in a truck at the Kidira border "
     "post."),
    (NAT, "sitrep/mid", "Heavy rains caused the Shabelle river to overflow, flooding 40 villages and displacing "
     "some 60,000 people."),
    (MAN, "es/mid", "An explosion in a clandestine fireworks workshop in Tultitlan left five dead."),
    (MAN, "bulletin/log", "A passenger coach overturned on the Karakoram Highway near Chilas at 0500 hrs; 14 dead."),
    (DIP, "fr/report", "The Minister of Foreign Affairs summoned the charge d'affaires of Algeria to protest against "
     "the statements of his government."),
    (DIP, "sitrep/mid", "The Special Envoy held consultations with the parties in Amman on the reopening of roads to "
     "Taiz."),
    (CLM, "es/mid", "The Clan del Golfo acknowledged in a pamphlet that its men carried out the attack against the "
     "police patrol."),
    (CLM, "monitor/report", "ISIS-K said through its Amaq news agency that one of its fighters carried out the bombing "
     "at the shrine."),
    (NONE, "court/report", "The appeals court upheld the conviction of the former governor for ordering the 2012 "
     "massacre."),
    (NONE, "sitrep/mid", "Partners warned that the lean season and insecurity could push thousands into emergency "
     "levels of hunger."),
]

GAPS: dict[str, str] = {
    'The army retook control of the municipality of El Tambo, which had been in the hands of the ELN since January, after a week of combat.':
        'no event',
    '3 June - The army re-occupied Mindat town after resistance fighters withdrew under artillery fire.':
        'no event: the log line\'s date a sentence of its own (nlp/loglines.py), "re-occupied" still misparsed',
    'After two days of combat, the FADM expelled the insurgents from the village of Quitunda and retook control of the area.':
        'coded Non-state actor overtakes territory',
    'Investigators said the drone strike that killed seven members of one family in Kabul in August had been ordered on faulty intelligence.':
        'coded Armed clash',
    'Several residents of Al-Lataminah suffered suffocation after helicopters dropped barrels containing chlorine gas, the monitor said.':
        'no event',
    'Stewards and police dragged climate activists off the pitch after they glued themselves to the goalposts in protest.':
        'coded Peaceful protest',
    'Police arrested three suspected militants at a checkpoint in Kupwara at 1130 hrs and recovered a pistol.':
        'coded Disrupted weapons use',
    "The Attorney General's Office captured alias El Paisa, a commander of the Gulf Clan, in Antioquia.":
        'no event',
    'The district administration imposed a curfew in Jammu from 2000 to 0600 hrs following the blast.':
        'coded Other',
    'The transition authorities suspended the activities of political parties until further notice.':
        'coded diplomacy',
    'A new armed group, calling itself the Autonomous Front, announced its formation in a video released in Cauca.':
        'no event',
    'Authorities declared a state of emergency in the three northern provinces and restricted movement.':
        'coded Other',
    'Hundreds of fighters of the militia surrendered their weapons and joined the demobilisation programme in Cabo Delgado.':
        'coded Agreement',
    'The insurgents installed a base in the forest of Catupa, from which they attack nearby villages.':
        'coded Attack',
    'Criminals robbed a cash-transport vehicle on the BR-116, firing at the guards, and fled with the money.':
        'coded Armed clash',
    'A fire in Block C of the Kutupalong camp destroyed over 2,000 shelters; no deaths were reported.':
        'no event',
    'Talks between the military and the rebel alliance in Doha ended without an agreement.':
        'no event',
    'The gendarmerie reinforced its presence in the locality ahead of the presidential election.':
        'coded Change to group/activity',
    'Police reported the disappearance of two activists, last seen being forced into a car by armed men in Maputo.':
        'no event',
    "The Military Police dispersed a protest by teachers in front of the governor's palace using pepper spray and rubber bullets.":
        'coded Excessive force against protesters',
    'The transitional authorities dissolved the former ruling party and its affiliated militia.':
        'no event',
}
# rows whose family main did not get right either (the gaps whose wrong sub-event type is of another family)
FAMILY_GAP_TEXTS: frozenset[str] = frozenset({
    'The army retook control of the municipality of El Tambo, which had been in the hands of the ELN since January, after a week of combat.',
    '3 June - The army re-occupied Mindat town after resistance fighters withdrew under artillery fire.',
    'Investigators said the drone strike that killed seven members of one family in Kabul in August had been ordered on faulty intelligence.',
    'Several residents of Al-Lataminah suffered suffocation after helicopters dropped barrels containing chlorine gas, the monitor said.',
    "The Attorney General's Office captured alias El Paisa, a commander of the Gulf Clan, in Antioquia.",
    'The transition authorities suspended the activities of political parties until further notice.',
    'A new armed group, calling itself the Autonomous Front, announced its formation in a video released in Cauca.',
    'The insurgents installed a base in the forest of Catupa, from which they attack nearby villages.',
    'Criminals robbed a cash-transport vehicle on the BR-116, firing at the guards, and fled with the money.',
    'A fire in Block C of the Kutupalong camp destroyed over 2,000 shelters; no deaths were reported.',
    'Talks between the military and the rebel alliance in Doha ended without an agreement.',
    'The gendarmerie reinforced its presence in the locality ahead of the presidential election.',
    'Police reported the disappearance of two activists, last seen being forced into a car by armed men in Maputo.',
    'The transitional authorities dissolved the former ruling party and its affiliated militia.',
})
FAMILY_GAPS: dict[str, str] = {text: reason for text, reason in GAPS.items() if text in FAMILY_GAP_TEXTS}


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
        assert 6 <= sum(r[0] == label for r in ROWS) <= 11, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    assert len(ROWS) >= 270 and len({r[2] for r in ROWS}) == len(ROWS)
    registers = {r[1].split("/")[0] for r in ROWS}
    assert {"bulletin", "sitrep", "monitor", "court", "fr", "es", "pt", "incidental"} <= registers
    shapes = {r[1].split("/")[1] for r in ROWS}
    assert {"report", "headline", "mid", "log", "two-events", "subordinate", "near-miss"} <= shapes
    assert set(GAPS) <= {r[2] for r in ROWS} and FAMILY_GAP_TEXTS <= set(GAPS)
