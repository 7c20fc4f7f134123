"""A probe of the BOUNDARIES BETWEEN NEIGHBOURING ACLED SUB-EVENT TYPES, in MINIMAL-PAIR GROUPS, in the
shape of CASE 2021 task-2 snippets, written from ACLED's definitions of its sub-event types and its coding
rules for these boundaries before any rule was written for it, so that the code's score on it estimates
how its typing holds where coders and rules disagree most.

Every snippet is invented, one to three sentences. A group holds two to four snippets that tell the same
scene and differ in the one fact that moves the event across a boundary:
- protests: whether the demonstrators were violent (violent demonstration), whether anyone intervened
  (protest with intervention: dispersal, tear gas, water cannon, arrests), whether the force was lethal or
  maimed (excessive force against protesters), and whether it was a demonstration at all (mob violence: a
  lynching, a communal fight, a crowd that loots);
- armed clash / attack / abduction: whether the victims were armed (an ambush of soldiers is a clash, of
  traders an attack) and whether they were killed or taken away;
- the weapon of remote violence: shells, rockets and missiles; aircraft and drones; bombs planted or
  hidden and landmines; a bomber who blows himself up; a grenade thrown; chemical agents; and a firearm,
  which makes it an attack or a clash again;
- territory: who held it before and whether it was fought for (government regains, non-state actor
  overtakes, or a non-violent transfer: a withdrawal, a handover);
- strategic developments: arrests by the state against abductions, looting and destruction with nobody
  hurt, weapons seized, defused or intercepted, a base set up, a group's merger or split, an agreement
  between the parties, and ``Other`` (hostages released, a curfew, a mass grave found);
- sexual violence against the attack and the abduction;
- the outside-ACLED categories against their nearest ACLED type: a gas cylinder and a bomb, lightning and
  an air strike, a bus that fell into a gorge and one attacked, robbers and gunmen, talks and an agreement,
  a diplomatic protest and a demonstration, a claim of responsibility and the attack claimed.
Registers: international wire copy; the local press of South Asia, Africa, Latin America (in translation)
and the Middle East; monitors' incident logs ("12 Oct – ..."). Parties of every region and side.

A group is ``(boundary, register, ((label, text), ...))``; a row of ``ROWS`` is ``(label,
"register/boundary", text)``; the label is the sub-event type (or outside-ACLED scope, or ``NONE``) of the
snippet's main event as ACLED would code it. Rows the code does not get right are in ``GAPS`` (sub-event
type) and ``FAMILY_GAPS`` (family), strict xfails: ``python -m pytest
tests/stages/events/test_acled_boundary_snippets.py -rx`` lists them.

Measured on main at a2bf694, before any change (the held-out estimate): sub-event type 213 of 240 (0.887),
family 217 of 240 (0.904), a main event found for 233 of the 237 rows with an ACLED or outside-ACLED label
(0.983). By boundary (sub-event type): protests 29 of 35, riots 10 of 12, clash / attack / abduction 30 of 32,
weapons 43 of 48, territory 19 of 21, strategic developments 36 of 43, sexual violence 11 of 11, outside ACLED
35 of 38. One label was corrected after that first run, before any code change, as a slip against this
docstring's own reading of the codebook ("Protesters angry at fuel shortages ransacked a petrol station" had been
labelled looting; demonstrators who ransack are a violent demonstration); the figures above are with it corrected
(212, 216 and 233 before). Labels that a coder could dispute, kept as written: a hostage release ("Other"; the
code says change to group/activity, same family), an arrest on suspicion of smuggling (arrests; the code says
organised crime), rubber bullets and tear gas with no one hurt (protest with intervention; the code says
excessive force).
After the rules of tests/stages/events/test_acled_bound_rules.py (branch i16-acled-bounds): sub-event type 218 of 240
(0.908), family 222 (0.925), found 234 of 237 (0.987) (harm decides a burning, and harm told as none is none; an
unarmed victim is a civilian wherever he was; a would-be bomber stopped is disrupted weapons use; a group's statement
that its fighters carried out the attack is its claim; a place taken over under an agreement is a non-violent
transfer; drugs found are seized). Tried and dropped on the CASE 2021 check half: what a protest demands as no cue of
what it did (family -1), vigilantes who fight an armed group as an armed clash (sub-event and family -1).
A second batch of 62 rows in 25 groups (``SECOND``, the end of ROWS), written after those rules and measured once
before any further change: sub-event type 61 of 62, family 62 of 62, found 62 of 62, the same on main at a2bf694: it
does not discriminate (its pairs are the boundaries' textbook cases, the first batch's were their edges), and the
first batch's 0.887 stays the held-out estimate.
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
    OTH,
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

Group = tuple[str, str, tuple[tuple[str, str], ...]]

GROUPS: list[Group] = [
    # ---------------------------------------------------------------- protests and riots
    ("protest", "africa", (
        (PEA, "Thousands of teachers marched through Nairobi on Tuesday to demand the payment of salary arrears, "
              "and the march ended peacefully outside parliament."),
        (PWI, "Police fired tear gas to disperse thousands of teachers marching through Nairobi on Tuesday to "
              "demand the payment of salary arrears."),
        (EXF, "Police opened fire on teachers marching through Nairobi on Tuesday to demand the payment of salary "
              "arrears, killing two of them."),
        (VDM, "Teachers marching through Nairobi on Tuesday to demand the payment of salary arrears smashed shop "
              "windows and set a police car on fire."),
    )),
    ("protest", "southasia", (
        (PEA, "Farmers staged a sit-in outside the district collectorate in Sangrur on Monday, demanding "
              "compensation for crops damaged by hailstorms."),
        (PWI, "Police detained 35 farmers who were staging a sit-in outside the district collectorate in Sangrur on "
              "Monday to demand compensation for crops damaged by hailstorms."),
        (VDM, "Farmers protesting outside the district collectorate in Sangrur on Monday pelted the police with "
              "stones and ransacked the office, demanding compensation for damaged crops."),
    )),
    ("protest", "africa", (
        (PEA, "Hundreds of opposition supporters gathered in Conakry's Hamdallaye district on Thursday to protest "
              "against a third presidential term, chanting slogans."),
        (PWI, "Gendarmes used water cannon to break up a gathering of opposition supporters in Conakry's Hamdallaye "
              "district on Thursday who were protesting against a third presidential term."),
        (EXF, "Security forces shot dead three opposition supporters who had gathered in Conakry's Hamdallaye "
              "district on Thursday to protest against a third presidential term."),
    )),
    ("protest", "latam", (
        (PEA, "Students blocked the Avenida Insurgentes in Mexico City for three hours on Friday in a peaceful "
              "protest over the disappearance of a classmate."),
        (PWI, "Riot police forcibly removed students who were blocking the Avenida Insurgentes in Mexico City on "
              "Friday in protest over the disappearance of a classmate."),
        (VDM, "Students protesting over the disappearance of a classmate threw petrol bombs at riot police on the "
              "Avenida Insurgentes in Mexico City on Friday."),
    )),
    ("protest", "mideast", (
        (PEA, "Hundreds of Iraqis demonstrated in Nasiriyah on Sunday against power cuts and unemployment."),
        (EXF, "Security forces fired live rounds at hundreds of Iraqis demonstrating in Nasiriyah on Sunday against "
              "power cuts, killing four and wounding dozens."),
        (VDM, "Hundreds of Iraqis demonstrating in Nasiriyah on Sunday against power cuts stormed the provincial "
              "council building and set it ablaze."),
    )),
    ("protest", "southasia", (
        (PWI, "Police baton-charged nurses protesting outside the Punjab Assembly in Lahore and used water cannon "
              "to push them back."),
        (EXF, "Police beat nurses protesting outside the Punjab Assembly in Lahore with batons; one nurse died of "
              "head injuries in hospital."),
        (PEA, "Nurses protested outside the Punjab Assembly in Lahore for a third day against the privatisation "
              "of public hospitals."),
    )),
    ("protest", "latam", (
        (PEA, "Indigenous protesters blocked a highway near Cochabamba for a second day, demanding the resignation "
              "of the health minister."),
        (EXF, "Soldiers shot dead two indigenous protesters who were blocking a highway near Cochabamba, the "
              "Ombudsman's Office said."),
        (VDM, "Indigenous protesters blocking a highway near Cochabamba set fire to a toll booth and attacked two "
              "soldiers, the Ombudsman's Office said."),
    )),
    ("protest", "monitor", (
        (PEA, "12 Oct – About 50 relatives of detainees held a vigil in front of Adra prison demanding news of "
              "their sons."),
        (PWI, "12 Oct – Regime security forces dispersed about 50 relatives of detainees holding a vigil in front "
              "of Adra prison and detained five of them."),
    )),
    ("protest", "monitor", (
        (VDM, "3 May – Protesters angry at fuel prices burned tyres and threw rocks at the governor's office in "
              "Sweida."),
        (MOB, "3 May – A group of villagers beat a man suspected of theft and burned his car in Sweida."),
    )),
    ("riot", "africa", (
        (MOB, "A mob beat to death a man accused of stealing a goat in the village of Kibuye, police said."),
        (VDM, "Residents protesting against the arrest of a local chief blocked the main road in Kibuye with "
              "burning tyres and stoned police vehicles."),
    )),
    ("riot", "southasia", (
        (MOB, "A mob lynched a man in Alwar district on suspicion of cattle smuggling, police said on Saturday."),
        (ATK, "Unidentified gunmen shot dead a man in Alwar district who was suspected of cattle smuggling, police "
              "said on Saturday."),
        (ARR, "Police arrested a man in Alwar district on suspicion of cattle smuggling on Saturday."),
    )),
    ("riot", "southasia", (
        (MOB, "Members of two communities clashed with sticks and stones in the old city of Hyderabad on Sunday "
              "after a dispute over a procession, injuring 12 people."),
        (PEA, "Members of two communities held a joint peace march in the old city of Hyderabad on Sunday after a "
              "dispute over a procession."),
    )),
    ("riot", "africa", (
        (VDM, "Supporters of a defeated candidate protesting against the election result burnt the returning "
              "officer's office in Kano on Monday."),
        (MOB, "Supporters of two rival candidates attacked each other with machetes after the election result was "
              "announced in Kano on Monday, leaving three dead."),
        (PEA, "Supporters of a defeated candidate marched to the electoral commission's office in Kano on Monday to "
              "reject the election result."),
    )),
    ("protest", "wire", (
        (PWI, "Police in Minsk detained dozens of women who had joined a Saturday march against the government, a "
              "rights group said."),
        (ARR, "Police in Minsk detained dozens of opposition activists in raids on their homes on Saturday, a "
              "rights group said."),
    )),
    ("protest", "mideast", (
        (PEA, "Hundreds of Lebanese rallied in Beirut's Martyrs' Square on Saturday to demand justice for the "
              "victims of the port explosion."),
        (VDM, "Hundreds of Lebanese rallying in Beirut on Saturday to demand justice for the victims of the port "
              "explosion hurled stones at parliament's guards and tore down its gates."),
        (PWI, "Parliament's guards fired rubber bullets and tear gas at Lebanese rallying in Beirut on Saturday to "
              "demand justice for the victims of the port explosion."),
    )),
    ("riot", "latam", (
        (MOB, "Residents of a village in Puebla set fire to two men they accused of kidnapping children, after "
              "dragging them out of the municipal jail."),
        (VDM, "Residents of a village in Puebla protesting the release of two suspected kidnappers set fire to the "
              "municipal building."),
    )),
    # ---------------------------------------------------------------- armed clash / attack / abduction
    ("clash-attack", "wire", (
        (AC, "Taliban fighters attacked an army outpost in Kunduz overnight and battled soldiers for four hours, "
             "killing six of them."),
        (ATK, "Taliban fighters stormed a wedding party in a village in Kunduz overnight and shot dead six guests."),
        (ABD, "Taliban fighters stopped a bus in Kunduz overnight and took away six passengers, officials said."),
    )),
    ("clash-attack", "africa", (
        (AC, "Bandits engaged troops in a gun battle in Zamfara's Maru area on Sunday, leaving four soldiers dead."),
        (ATK, "Bandits killed 18 villagers in an attack on Kadawa in Zamfara's Maru area on Sunday."),
        (ABD, "Bandits kidnapped 18 villagers in a raid on Kadawa in Zamfara's Maru area on Sunday."),
    )),
    ("clash-attack", "southasia", (
        (AC, "Militants and security forces exchanged fire in Pulwama's Tral area on Wednesday; two militants were "
             "killed."),
        (ATK, "Militants shot dead a migrant labourer from Bihar in Pulwama's Tral area on Wednesday."),
    )),
    ("clash-attack", "latam", (
        (AC, "FARC dissidents and soldiers clashed in rural Tumaco on Monday, leaving two soldiers dead."),
        (ATK, "FARC dissidents murdered a social leader in rural Tumaco on Monday, the Ombudsman said."),
        (ABD, "FARC dissidents abducted a social leader in rural Tumaco on Monday, the Ombudsman said."),
    )),
    ("clash-attack", "mideast", (
        (AC, "Gunmen opened fire on an Iraqi army checkpoint near Tarmiyah and soldiers returned fire, killing two "
             "of the attackers."),
        (ATK, "Gunmen opened fire on a family picnicking near Tarmiyah, killing a father and his two sons."),
    )),
    ("clash-attack", "africa", (
        (AC, "Jihadists ambushed a Malian army convoy near Boni, killing nine soldiers, the army said."),
        (ATK, "Jihadists ambushed a bus carrying traders near Boni, killing nine passengers, local officials said."),
        (ABD, "Jihadists stopped a bus carrying traders near Boni and kidnapped nine passengers, local officials "
              "said."),
    )),
    ("clash-attack", "southasia", (
        (ABD, "Men in plain clothes bundled a human rights lawyer into an unmarked car in Islamabad on Tuesday, and "
              "his whereabouts remain unknown, his family said."),
        (ARR, "Police arrested a human rights lawyer at his home in Islamabad on Tuesday on charges of sedition, "
              "his family said."),
    )),
    ("clash-attack", "monitor", (
        (AC, "7 Jun – HTS fighters and regime forces clashed on the Kabani axis; two HTS members were killed."),
        (ATK, "7 Jun – Unidentified gunmen shot dead a civilian on the road between Daraa and Tafas."),
        (ABD, "7 Jun – Unidentified gunmen kidnapped a civilian on the road between Daraa and Tafas; his fate is "
              "unknown."),
    )),
    ("clash-attack", "africa", (
        (AC, "Insurgents attacked a Mozambican army position near Mocimboa da Praia, and the soldiers fought back "
             "for two hours."),
        (ATK, "Insurgents beheaded five villagers near Mocimboa da Praia, local sources said."),
    )),
    ("clash-attack", "wire", (
        (AC, "NPA rebels and army troops fought a firefight in the hills of Samar on Friday, leaving one soldier "
             "dead."),
        (ATK, "Suspected NPA rebels shot dead a village chief at his home in Samar on Friday."),
    )),
    ("clash-attack", "latam", (
        (ATK, "Police shot dead an unarmed motorcycle taxi driver at a checkpoint in the Rocinha favela, witnesses "
              "said."),
        (AC, "Police and drug-gang gunmen fought a shootout lasting hours in the Rocinha favela, leaving three "
             "gunmen dead."),
    )),
    ("clash-attack", "mideast", (
        (ATK, "Israeli settlers shot dead a Palestinian farmer in his olive grove near Nablus, the Palestinian "
              "health ministry said."),
        (AC, "Israeli troops and Palestinian gunmen exchanged fire in the Balata camp near Nablus, the "
             "Palestinian health ministry said, and one gunman was killed."),
    )),
    ("clash-attack", "africa", (
        (ATK, "Fulani militiamen killed 11 farmers working in their fields in the Bokkos area of Plateau state."),
        (AC, "Fulani militiamen and a local vigilante group fought for hours in the Bokkos area of Plateau state, "
             "leaving 11 dead."),
        (ABD, "Fulani militiamen abducted 11 farmers working in their fields in the Bokkos area of Plateau state."),
    )),
    # ---------------------------------------------------------------- the weapon of remote violence
    ("weapon", "wire", (
        (SUI, "A suicide bomber blew himself up inside a Shia mosque in Kunduz during Friday prayers, killing 12 "
              "worshippers."),
        (REM, "A bomb hidden in a bag exploded inside a Shia mosque in Kunduz during Friday prayers, killing 12 "
              "worshippers."),
        (ATK, "Gunmen burst into a Shia mosque in Kunduz during Friday prayers and shot dead 12 worshippers."),
        (GRN, "Attackers hurled a hand grenade into a Shia mosque in Kunduz during Friday prayers, killing 12 "
              "worshippers."),
    )),
    ("weapon", "africa", (
        (SUI, "A suicide car bomber rammed his vehicle into the gate of a hotel in Mogadishu on Sunday, killing "
              "seven people."),
        (REM, "A car bomb parked near the gate of a hotel in Mogadishu went off on Sunday, killing seven people."),
        (SHL, "Mortar rounds fired by Al-Shabaab landed near the gate of a hotel in Mogadishu on Sunday, killing "
              "seven people."),
    )),
    ("weapon", "wire", (
        (SHL, "Russian forces shelled residential areas of Kharkiv with rocket launchers overnight, killing three "
              "civilians, the regional governor said."),
        (AIR, "Russian warplanes bombed residential areas of Kharkiv overnight, killing three civilians, the "
              "regional governor said."),
        (AIR, "A Russian attack drone struck a residential building in Kharkiv overnight, killing three civilians, "
              "the regional governor said."),
        (DIS, "Ukrainian air defences shot down 14 Russian drones over Kharkiv overnight, the regional governor "
              "said."),
    )),
    ("weapon", "mideast", (
        (AIR, "Israeli aircraft struck a house in Khan Younis, killing five members of one family, medics said."),
        (SHL, "Israeli tanks fired shells at a house in Khan Younis, killing five members of one family, medics "
              "said."),
    )),
    ("weapon", "mideast", (
        (SHL, "Houthi rebels fired a ballistic missile at the city of Marib, killing two children."),
        (AIR, "Saudi-led coalition jets carried out air raids on the city of Saada, killing two children."),
        (DIS, "Saudi air defences intercepted a ballistic missile fired by the Houthis towards Jizan."),
    )),
    ("weapon", "southasia", (
        (REM, "A roadside bomb targeted a Frontier Corps vehicle in Kech district, killing two soldiers."),
        (GRN, "Unknown men lobbed a grenade at a Frontier Corps vehicle in Kech district, wounding two soldiers."),
        (AC, "Militants opened fire on a Frontier Corps patrol in Kech district, and two soldiers were killed in "
             "the exchange of fire that followed."),
    )),
    ("weapon", "africa", (
        (REM, "Two children were killed when a landmine exploded as they herded goats near the Mali-Niger border."),
        (DIS, "Soldiers defused a landmine found on a path used by herders near the Mali-Niger border."),
        (NONE, "Deminers held a landmine awareness session for herders near the Mali-Niger border."),
    )),
    ("weapon", "southasia", (
        (GRN, "Militants hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk, injuring three civilians."),
        (REM, "An IED planted near a CRPF bunker in Srinagar's Lal Chowk went off, injuring three civilians."),
        (DIS, "Police recovered two grenades and an IED from a bag left near a CRPF bunker in Srinagar's Lal "
              "Chowk."),
    )),
    ("weapon", "mideast", (
        (CHM, "Activists accused government forces of dropping barrels of chlorine gas on a rebel-held district of "
              "Douma, causing dozens of cases of suffocation."),
        (AIR, "Activists accused government forces of dropping barrel bombs from helicopters on a rebel-held "
              "district of Douma, killing dozens."),
    )),
    ("weapon", "africa", (
        (AIR, "A US drone strike killed two Al-Shabaab commanders near Jilib, the US Africa Command said."),
        (AC, "Somali special forces killed two Al-Shabaab commanders in a gun battle near Jilib, the army said."),
    )),
    ("weapon", "latam", (
        (AIR, "Gunmen of the Jalisco cartel used drones to drop explosives on a village in Aguililla, wounding two "
              "police officers."),
        (GRN, "Gunmen of the Jalisco cartel threw grenades at the police station in Aguililla, wounding two "
              "officers."),
    )),
    ("weapon", "southasia", (
        (SHL, "Pakistani troops shelled forward villages along the Line of Control in Poonch, killing a woman."),
        (AC, "Indian and Pakistani troops exchanged small-arms fire along the Line of Control in Poonch for two "
             "hours."),
    )),
    ("weapon", "mideast", (
        (SHL, "Three Katyusha rockets struck the Ain al-Asad air base in Anbar, causing no casualties."),
        (DIS, "Iraqi forces found a rocket launcher primed to fire at the Ain al-Asad air base in Anbar and "
              "dismantled it."),
    )),
    ("weapon", "africa", (
        (SUI, "A female suicide bomber detonated her explosives at a fish market in Konduga, killing four traders."),
        (REM, "An explosive device hidden in a cart went off at a fish market in Konduga, killing four traders."),
        (ATK, "Boko Haram gunmen opened fire on traders at a fish market in Konduga, killing four."),
    )),
    ("weapon", "monitor", (
        (AIR, "21 Feb – Russian jets carried out four raids on the outskirts of Maarat al-Numan; no casualties "
              "reported."),
        (SHL, "21 Feb – Regime artillery shelled the outskirts of Maarat al-Numan; no casualties reported."),
        (GRN, "21 Feb – An unknown person threw a hand grenade at a shop on the outskirts of Maarat al-Numan; no "
              "casualties reported."),
    )),
    # ---------------------------------------------------------------- territory
    ("territory", "mideast", (
        (GRT, "Syrian government forces recaptured the village of Kafr Nabudah from rebels after heavy fighting, "
              "state media said."),
        (NSO, "Rebels seized the village of Kafr Nabudah from government forces after heavy fighting, a war monitor "
              "said."),
        (NVT, "Government forces entered the village of Kafr Nabudah after rebels withdrew from it under a "
              "Russian-brokered deal."),
    )),
    ("territory", "africa", (
        (NSO, "Jihadists took control of the town of Boulkessi after overrunning its army camp, security sources "
              "said."),
        (GRT, "The Malian army retook the town of Boulkessi from jihadists after a two-day offensive, security "
              "sources said."),
        (NVT, "The Malian army pulled out of the town of Boulkessi without a fight, and jihadists moved in the next "
              "day, security sources said."),
    )),
    ("territory", "wire", (
        (NSO, "The Arakan Army captured a junta battalion headquarters in Paletwa after weeks of fighting."),
        (NVT, "Junta troops abandoned a battalion headquarters in Paletwa, and the Arakan Army occupied it without "
              "firing a shot."),
    )),
    ("territory", "mideast", (
        (GRT, "Government forces backed by coalition jets regained control of the Al-Abdiyah district from the "
              "Houthis."),
        (NSO, "Houthi fighters overran the Al-Abdiyah district after a month-long siege of government forces."),
    )),
    ("territory", "africa", (
        (GRT, "Troops dislodged Boko Haram insurgents from Malam Fatori and hoisted the national flag over the "
              "town."),
        (NSO, "Boko Haram insurgents overran the army base in Malam Fatori and hoisted their flag over the town."),
    )),
    ("territory", "wire", (
        (GRT, "Ukrainian forces recaptured the village of Robotyne after weeks of fighting, the general staff said."),
        (NVT, "Russian troops withdrew from the city of Kherson, and Ukrainian forces entered it without a fight."),
    )),
    ("territory", "monitor", (
        (NSO, "29 Aug – Tebu fighters seized the Murzuq airport after clashes with a rival militia."),
        (NVT, "29 Aug – A Tebu militia handed over the Murzuq airport to an army unit under a deal brokered by "
              "elders."),
    )),
    ("territory", "africa", (
        (NSO, "M23 rebels seized the town of Bunagana after fierce fighting with the Congolese army."),
        (GRT, "The Congolese army drove M23 rebels out of the town of Bunagana after fierce fighting."),
        (NVT, "M23 rebels handed over the town of Bunagana to East African regional forces under a withdrawal "
              "plan."),
    )),
    ("territory", "latam", (
        (NVT, "FARC guerrillas left the village of La Macarena under the peace accord, and the army took over "
              "their former camps."),
        (GRT, "The army retook the village of La Macarena from FARC dissidents after two days of combat."),
    )),
    # ---------------------------------------------------------------- strategic developments
    ("strategic", "africa", (
        (LOO, "Armed men looted shops and burned houses in the deserted village of Gidan Waya overnight; no one was "
              "hurt as residents had fled."),
        (ATK, "Armed men burned houses in the village of Gidan Waya overnight and killed seven residents who could "
              "not flee."),
        (MOB, "A crowd angered by a rumour of ritual killings looted shops and beat two traders in Gidan Waya."),
    )),
    ("strategic", "mideast", (
        (LOO, "Israeli forces demolished the family home of a Palestinian prisoner in Jenin on Thursday."),
        (ARR, "Israeli forces arrested the brother of a Palestinian prisoner in Jenin on Thursday."),
        (AC, "Israeli forces clashed with Palestinian gunmen in Jenin on Thursday."),
    )),
    ("strategic", "southasia", (
        (DIS, "Bomb disposal experts defused a pressure-cooker bomb found near a bus stand in Imphal."),
        (REM, "A pressure-cooker bomb exploded near a bus stand in Imphal, injuring four people."),
    )),
    ("strategic", "africa", (
        (DIS, "Troops seized a cache of rockets and explosives belonging to Al-Shabaab in a raid near Baidoa."),
        (AC, "Troops raided an Al-Shabaab camp near Baidoa and fought the militants for an hour, killing five."),
    )),
    ("strategic", "latam", (
        (ORG, "Police found 400 kilograms of cocaine hidden in a shipment of bananas at the port of Guayaquil."),
        (DIS, "Soldiers found 40 rifles and a rocket launcher hidden in a shipment bound for a guerrilla front at "
              "the port of Buenaventura."),
    )),
    ("strategic", "africa", (
        (HQ, "Al-Shabaab fighters have set up a new base in the forest near Bulo Fulay, from which they run "
             "checkpoints on the main road, residents said."),
        (CHG, "Two factions of the Sudan Liberation Movement announced that they had merged into a single "
              "movement under a new leadership."),
    )),
    ("strategic", "latam", (
        (AGR, "The government and the ELN signed a ceasefire agreement in Havana on Friday."),
        (DIP, "Government and ELN negotiators resumed peace talks in Havana on Friday after a two-month pause."),
    )),
    ("strategic", "wire", (
        (AGR, "Russia and Ukraine exchanged 90 prisoners of war each under a deal brokered by the United Arab "
              "Emirates."),
        (ARR, "Ukraine's security service detained 90 suspected Russian collaborators in the Kharkiv region."),
    )),
    ("strategic", "africa", (
        (OTH, "Gunmen released 15 schoolchildren they had abducted in Kebbi state last month, the state governor "
              "said."),
        (ABD, "Gunmen abducted 15 schoolchildren from a boarding school in Kebbi state on Thursday, the state "
              "governor said."),
    )),
    ("strategic", "southasia", (
        (OTH, "The district administration imposed an indefinite curfew in Kishtwar town on Sunday and suspended "
              "mobile internet services."),
        (ARR, "Police arrested 12 people in Kishtwar town on Sunday for defying the curfew."),
    )),
    ("strategic", "latam", (
        (OTH, "Forensic experts found a mass grave with 14 bodies in a ranch in Tamaulipas, prosecutors said."),
        (ATK, "Gunmen killed 14 farmworkers at a ranch in Tamaulipas, prosecutors said."),
    )),
    ("strategic", "mideast", (
        (HQ, "Iranian-backed militias have established a new headquarters in the desert near Albu Kamal, a war "
             "monitor said."),
        (AIR, "Unidentified aircraft struck a headquarters of Iranian-backed militias in the desert near Albu "
              "Kamal, a war monitor said."),
    )),
    ("strategic", "southasia", (
        (CHG, "The Pakistani Taliban announced that it was ending its ceasefire with the government and ordered "
              "its fighters to resume attacks."),
        (AGR, "The Pakistani Taliban and the government agreed to a month-long ceasefire, officials on both sides "
              "said."),
    )),
    ("strategic", "monitor", (
        (LOO, "18 Nov – Militiamen looted the property of displaced residents in the village of Tal Tamr."),
        (ARR, "18 Nov – SDF forces arrested three young men in a raid on the village of Tal Tamr."),
        (ABD, "18 Nov – Militiamen kidnapped three young men in the village of Tal Tamr and took them to an unknown "
              "location."),
    )),
    ("strategic", "africa", (
        (ARR, "Police in Kampala arrested an opposition MP at his home on Monday on charges of inciting violence."),
        (ABD, "Unidentified armed men seized an opposition MP from his home in Kampala on Monday and he has not been "
              "seen since."),
    )),
    ("strategic", "latam", (
        (LOO, "Unknown persons set fire to the offices of an indigenous organisation in Popayan overnight, causing "
              "damage but no injuries."),
        (ATK, "Unknown persons set fire to the offices of an indigenous organisation in Popayan overnight, killing "
              "a security guard."),
    )),
    # ---------------------------------------------------------------- sexual violence
    ("sexual", "africa", (
        (SEX, "Soldiers raped three women in a village near Bambari, a UN report said."),
        (ATK, "Soldiers beat three women in a village near Bambari, a UN report said."),
        (ABD, "Soldiers abducted three women from a village near Bambari, a UN report said."),
    )),
    ("sexual", "africa", (
        (SEX, "Militiamen gang-raped a 14-year-old girl who had gone to fetch water in Kalehe territory."),
        (ATK, "Militiamen hacked to death a 14-year-old girl who had gone to fetch water in Kalehe territory."),
    )),
    ("sexual", "latam", (
        (SEX, "Armed men sexually assaulted two migrant women travelling through the Darien jungle, a medical "
              "charity said."),
        (ATK, "Armed men shot dead two migrant women travelling through the Darien jungle, a medical charity said."),
    )),
    ("sexual", "mideast", (
        (SEX, "Islamic State fighters forced Yazidi women into sexual slavery in Tal Afar, survivors said."),
        (ABD, "Islamic State fighters took Yazidi women away from their villages in Sinjar, survivors said."),
    )),
    ("sexual", "southasia", (
        (SEX, "Paramilitary soldiers raped a tribal woman during a search operation in a village of Bijapur, her "
              "family alleged."),
        (ARR, "Paramilitary soldiers detained a tribal woman during a search operation in a village of Bijapur, "
              "her family said."),
    )),
    # ---------------------------------------------------------------- outside ACLED against the nearest type
    ("outside", "wire", (
        (NAT, "Lightning struck a school in Kasese district during a storm, killing three pupils."),
        (AIR, "An air strike hit a school in Kasese district, killing three pupils."),
    )),
    ("outside", "southasia", (
        (MAN, "A gas cylinder exploded in a restaurant in Karachi's Saddar area, killing five people."),
        (REM, "A bomb exploded in a restaurant in Karachi's Saddar area, killing five people."),
    )),
    ("outside", "wire", (
        (MAN, "An ammunition depot exploded after a fire broke out in a storage shed near Brazzaville, killing 20 "
              "people."),
        (SHL, "Rockets hit an ammunition depot near Donetsk, setting off a series of explosions."),
    )),
    ("outside", "southasia", (
        (MAN, "A bus plunged into a gorge in Doda district, killing 20 passengers."),
        (ATK, "Militants opened fire on a bus carrying pilgrims in Reasi district, killing nine passengers."),
    )),
    ("outside", "africa", (
        (NAT, "Floods swept away dozens of homes in Beledweyne after the Shabelle river burst its banks."),
        (PEA, "Flood victims marched to the district commissioner's office in Beledweyne, demanding food aid."),
    )),
    ("outside", "africa", (
        (ORG, "Armed robbers stole cash and phones from passengers of a bus on the Lagos-Ibadan expressway, police "
              "said."),
        (ATK, "Gunmen shot dead four passengers of a bus on the Lagos-Ibadan expressway, police said."),
        (ABD, "Gunmen kidnapped four passengers of a bus on the Lagos-Ibadan expressway, police said."),
    )),
    ("outside", "southasia", (
        (DIP, "The foreign ministers of India and China met in Moscow and discussed the border standoff."),
        (AGR, "India and China agreed to pull back their troops from the Pangong lake area, the foreign ministers "
              "said after meeting in Moscow."),
    )),
    ("outside", "southasia", (
        (DIP, "Pakistan summoned the Indian charge d'affaires to lodge a strong protest over the killing of a "
              "civilian at the Line of Control."),
        (PEA, "Hundreds of Pakistanis protested outside the Indian High Commission in Islamabad over the killing "
              "of a civilian at the Line of Control."),
    )),
    ("outside", "wire", (
        (CLM, "The Islamic State group claimed responsibility for Sunday's bombing of a cathedral in Jolo, in a "
              "statement on its Amaq news agency."),
        (REM, "A bomb exploded in a cathedral in Jolo during Sunday Mass, killing 20 people."),
        (NONE, "A court in Manila sentenced five men to life in prison for the bombing of a cathedral in Jolo."),
    )),
    ("outside", "southasia", (
        (CLM, "The Pakistani Taliban said in a statement that its fighters had carried out the attack on a police "
              "station in Bannu."),
        (AC, "Pakistani Taliban fighters attacked a police station in Bannu and fought the police for hours."),
    )),
    ("outside", "wire", (
        (NAT, "A landslide triggered by heavy rains buried a village in Guatemala's Alta Verapaz department."),
        (MAN, "A five-storey building under construction collapsed in Lagos, trapping dozens of workers."),
    )),
    ("outside", "latam", (
        (ORG, "A drug cartel smuggled methamphetamine through the port of Lazaro Cardenas hidden in containers of "
              "avocados, prosecutors said."),
        (ATK, "Cartel gunmen killed a municipal councillor in Lazaro Cardenas, prosecutors said."),
    )),
    ("outside", "mideast", (
        (DIP, "Turkey recalled its ambassador from Israel for consultations over the strikes on Gaza."),
        (AIR, "Israeli warplanes struck a crowded market in Gaza City, killing 11 people."),
    )),
    ("outside", "africa", (
        (NAT, "An outbreak of cholera has killed 40 people in camps for displaced people in Cabo Delgado."),
        (ATK, "Insurgents killed 40 people in camps for displaced people in Cabo Delgado."),
    )),
    ("outside", "mideast", (
        (MAN, "A fire in the coronavirus ward of a hospital in Nasiriyah killed 60 patients, officials said, "
              "blaming an electrical fault."),
        (LOO, "Gunmen set fire to the empty offices of a political party in Nasiriyah, officials said."),
    )),
    ("outside", "latam", (
        (ORG, "Fuel thieves tapped a pipeline of the state oil company in Hidalgo and siphoned thousands of "
              "litres."),
        (VDM, "Protesters angry at fuel shortages ransacked a petrol station of the state oil company in Hidalgo."),
    )),
    # ---------------------------------------------------------------- second look at the thin boundaries
    ("weapon", "mideast", (
        (CHM, "Rebels accused the army of firing artillery shells filled with sarin at their positions east of "
              "Hama, causing symptoms of poisoning among fighters."),
        (SHL, "Rebels accused the army of firing artillery shells at their positions east of Hama, wounding six "
              "fighters."),
    )),
    ("weapon", "wire", (
        (CHM, "Government forces used chemical agents in an attack on the Kurdish town of Sardasht, poisoning "
              "hundreds of residents, a rights group said."),
        (AIR, "Government jets dropped cluster bombs on the Kurdish town of Sardasht, killing 30 residents, a "
              "rights group said."),
    )),
    ("weapon", "southasia", (
        (SUI, "A suicide bomber on a motorcycle rammed into a police van in Quetta, killing five policemen."),
        (REM, "A bomb fitted to a parked motorcycle exploded as a police van passed in Quetta, killing five "
              "policemen."),
        (DIS, "Police shot and arrested a would-be suicide bomber on a motorcycle before he could reach a police "
              "van in Quetta."),
    )),
    ("protest", "africa", (
        (EXF, "Soldiers fired live ammunition at students demonstrating peacefully against fee increases at the "
              "university in Khartoum, killing one and wounding 20."),
        (PWI, "Soldiers fired tear gas at students demonstrating against fee increases at the university in "
              "Khartoum and arrested their leaders."),
    )),
    ("protest", "latam", (
        (EXF, "Riot police fired rubber bullets at the faces of demonstrators marching peacefully in Santiago, "
              "blinding three of them, a rights group said."),
        (VDM, "Demonstrators marching in Santiago looted supermarkets and burned a metro station, a rights group "
              "said."),
    )),
    ("strategic", "africa", (
        (HQ, "ISWAP fighters have established a permanent camp on an island of Lake Chad from which they tax "
             "fishermen, security sources said."),
        (AIR, "Nigerian Air Force jets bombed an ISWAP camp on an island of Lake Chad, security sources said."),
    )),
    ("strategic", "mideast", (
        (HQ, "The Turkish army set up a new military base near the town of Atarib in northern Syria, a war monitor "
             "said."),
        (SHL, "Regime forces shelled the Turkish military base near the town of Atarib in northern Syria, a war "
              "monitor said."),
    )),
    ("strategic", "wire", (
        (CHG, "Al-Shabaab's former deputy leader defected to the government and publicly renounced the group in "
              "Mogadishu."),
        (AC, "Al-Shabaab fighters attacked a government base in Mahaday and fought the soldiers for hours."),
    )),
    ("strategic", "latam", (
        (CHG, "The dissident FARC faction Segunda Marquetalia split into two groups after a dispute over its "
              "leadership, according to intelligence reports."),
        (AC, "Fighters of two dissident FARC factions clashed in the jungle of Guaviare, according to intelligence "
              "reports."),
    )),
    ("outside", "africa", (
        (CLM, "Al-Shabaab claimed responsibility for the bombing of a military convoy in Lower Shabelle, in a "
              "statement on a pro-group website."),
        (NONE, "Al-Shabaab denied any role in the bombing of a market in Lower Shabelle, in a statement on a "
               "pro-group website."),
    )),
    ("outside", "mideast", (
        (CLM, "A little-known group calling itself the Guardians of Blood claimed the rocket attack on the airport "
              "in Erbil."),
        (SHL, "Rockets struck the airport in Erbil late on Monday, wounding a foreign contractor."),
    )),
]

# a second batch, written after the rules of test_acled_bound_rules.py and measured once before any further change
SECOND: list[Group] = [
    ("protest", "africa", (
        (PEA, "Hundreds of nurses marched to the health ministry in Lilongwe on Wednesday to demand risk allowances."),
        (PWI, "Police in Lilongwe fired tear gas to break up a march of hundreds of nurses demanding risk allowances on "
              "Wednesday."),
        (EXF, "Police in Lilongwe shot dead a nurse as hundreds of her colleagues marched peacefully to the health "
              "ministry on Wednesday to demand risk allowances."),
        (VDM, "Hundreds of nurses marching to the health ministry in Lilongwe on Wednesday threw stones at the police "
              "and smashed the windows of the ministry."),
    )),
    ("protest", "southasia", (
        (PEA, "Opposition workers staged a dharna outside the Election Commission office in Dhaka demanding a neutral "
              "caretaker government."),
        (VDM, "Opposition workers torched two buses and clashed with police outside the Election Commission office in "
              "Dhaka, demanding a neutral caretaker government."),
        (PWI, "Police arrested 40 opposition workers staging a dharna outside the Election Commission office in "
              "Dhaka."),
    )),
    ("riot", "southasia", (
        (MOB, "Villagers in Sitamarhi beat two men to death on suspicion of being child lifters."),
        (ATK, "Unknown assailants shot dead two men in Sitamarhi, police said."),
        (VDM, "Villagers protesting the death of a child in police custody set fire to the police outpost in "
              "Sitamarhi."),
    )),
    ("riot", "latam", (
        (PEA, "Relatives of the disappeared held a silent march through the centre of Culiacan on Sunday."),
        (MOB, "A crowd broke into the municipal jail in Culiacan on Sunday and beat a suspected kidnapper to death."),
    )),
    ("clash-attack", "mideast", (
        (AC, "Houthi fighters attacked Saudi border guards in Jizan, and the two sides exchanged fire for hours."),
        (ATK, "Houthi fighters shot dead three shepherds grazing their flocks near the border in Jizan."),
        (ABD, "Houthi fighters seized three fishermen off the coast of Hodeidah and took them to an unknown place."),
    )),
    ("clash-attack", "africa", (
        (AC, "Al-Shabaab militants stormed a police station in Mandera and fought the officers for two hours."),
        (ATK, "Al-Shabaab militants stopped a bus in Mandera and executed 12 non-local passengers."),
        (ABD, "Al-Shabaab militants stopped a bus in Mandera and kidnapped two teachers."),
    )),
    ("clash-attack", "latam", (
        (AC, "Soldiers and ELN guerrillas clashed in the rural area of Arauca, leaving three guerrillas dead."),
        (ATK, "ELN guerrillas killed a community leader at his farm in Arauca."),
    )),
    ("weapon", "southasia", (
        (SUI, "A suicide bomber detonated his explosive vest at a police checkpoint in Peshawar, killing three "
              "policemen."),
        (GRN, "Militants threw a hand grenade at a police checkpoint in Peshawar, wounding three policemen."),
        (REM, "A remote-controlled bomb went off near a police checkpoint in Peshawar, killing three policemen."),
        (AC, "Militants attacked a police checkpoint in Peshawar with rifles, and the policemen returned fire, killing "
             "two of them."),
    )),
    ("weapon", "mideast", (
        (AIR, "A Turkish drone struck a car near Qamishli, killing two SDF commanders."),
        (SHL, "Turkish artillery shelled villages near Qamishli, killing two civilians."),
        (DIS, "SDF fighters shot down a Turkish drone near Qamishli."),
    )),
    ("weapon", "africa", (
        (REM, "A landmine planted on the road to Djibo destroyed a truck carrying traders, killing six."),
        (DIS, "Soldiers cleared landmines planted on the road to Djibo."),
    )),
    ("weapon", "wire", (
        (CHM, "A UN panel concluded that government forces had used chlorine in an attack on the town of Saraqib."),
        (AIR, "Government helicopters dropped barrel bombs on the town of Saraqib, killing 10 people."),
    )),
    ("territory", "africa", (
        (NSO, "Al-Shabaab fighters captured the town of Mahas after a fierce battle with government troops."),
        (GRT, "Somali forces recaptured the town of Mahas from Al-Shabaab after a fierce battle."),
        (NVT, "Ethiopian troops withdrew from the town of Mahas without a fight, and Al-Shabaab moved in hours later."),
    )),
    ("territory", "mideast", (
        (GRT, "Iraqi forces retook the district of Hawija from Islamic State militants after a two-week offensive."),
        (NSO, "Islamic State militants overran the district of Hawija after days of clashes with Iraqi troops."),
    )),
    ("strategic", "africa", (
        (ARR, "Security agents arrested a prominent blogger at his home in Harare on charges of inciting violence."),
        (ABD, "Unknown men abducted a prominent blogger from his home in Harare, and his whereabouts are unknown."),
    )),
    ("strategic", "africa", (
        (LOO, "Militiamen looted and burned the abandoned village of Kamako; its residents had fled days earlier."),
        (ATK, "Militiamen stormed the village of Kamako and hacked six residents to death."),
    )),
    ("strategic", "africa", (
        (DIS, "Police defused an improvised explosive device found under a bridge in Maiduguri."),
        (REM, "An improvised explosive device exploded under a bridge in Maiduguri as a military truck passed."),
    )),
    ("strategic", "africa", (
        (HQ, "Russian mercenaries set up a base at the airport of Menaka, local officials said."),
        (AIR, "A drone struck the mercenaries' base at the airport of Menaka, local officials said."),
    )),
    ("strategic", "wire", (
        (AGR, "The Sudanese army and the RSF agreed to a seven-day ceasefire in Jeddah."),
        (DIP, "Saudi and US mediators met army and RSF delegations in Jeddah on Saturday."),
    )),
    ("strategic", "africa", (
        (CHG, "Two Mai-Mai factions in South Kivu announced their merger into a single armed group."),
        (AC, "Two Mai-Mai factions clashed in South Kivu, leaving five fighters dead."),
    )),
    ("strategic", "africa", (
        (OTH, "The governor imposed a 24-hour curfew on the town of Jos on Sunday."),
        (ARR, "Police arrested 30 people in Jos on Sunday for breaking the curfew."),
    )),
    ("sexual", "africa", (
        (SEX, "Soldiers raped two girls during a raid on a village near Kidal, a rights group said."),
        (ATK, "Soldiers killed two girls during a raid on a village near Kidal, a rights group said."),
        (ABD, "Soldiers took away two girls during a raid on a village near Kidal, a rights group said."),
    )),
    ("outside", "southasia", (
        (NAT, "Flash floods swept through villages in Swat, killing 14 people."),
        (MAN, "A boat carrying wedding guests capsized in the Swat river, drowning 14 people."),
        (ATK, "Militants attacked a wedding party in Swat, killing 14 guests."),
    )),
    ("outside", "africa", (
        (CLM, "Boko Haram claimed responsibility for the attack on a market in Konduga in a video."),
        (REM, "Two bombs exploded in a market in Konduga, killing 10 traders."),
    )),
    ("outside", "africa", (
        (ORG, "A gang of robbers held up a bank in Onitsha and made away with cash."),
        (ATK, "Gunmen attacked worshippers at a church in Onitsha, killing three."),
    )),
    ("outside", "africa", (
        (DIP, "The presidents of Kenya and Somalia held talks in Nairobi on border security."),
        (PEA, "Hundreds of Somalis protested outside the Kenyan embassy in Mogadishu over cross-border raids."),
    )),
]
FIRST_BATCH = sum(len(pairs) for _, _, pairs in GROUPS)
GROUPS += SECOND

ROWS: list[tuple[str, str, str]] = [(label, f"{register}/{boundary}", text)
                                    for boundary, register, pairs in GROUPS for label, text in pairs]

GAPS: dict[str, str] = {
    'Farmers staged a sit-in outside the district collectorate in Sangrur on Monday, demanding compensation for crops damaged by hailstorms.':
        'coded Violent demonstration',
    'Riot police forcibly removed students who were blocking the Avenida Insurgentes in Mexico City on Friday in protest over the disappearance of a classmate.':
        'coded Violent demonstration',
    'Security forces fired live rounds at hundreds of Iraqis demonstrating in Nasiriyah on Sunday against power cuts, killing four and wounding dozens.':
        'coded Violent demonstration',
    'Indigenous protesters blocked a highway near Cochabamba for a second day, demanding the resignation of the health minister.':
        'coded Violent demonstration',
    'Police arrested a man in Alwar district on suspicion of cattle smuggling on Saturday.':
        'coded organised_crime',
    'Police in Minsk detained dozens of women who had joined a Saturday march against the government, a rights group said.':
        'coded Arrests',
    "Parliament's guards fired rubber bullets and tear gas at Lebanese rallying in Beirut on Saturday to demand justice for the victims of the port explosion.":
        'coded Excessive force against protesters',
    'Residents of a village in Puebla protesting the release of two suspected kidnappers set fire to the municipal building.':
        'coded Mob violence',
    'Fulani militiamen and a local vigilante group fought for hours in the Bokkos area of Plateau state, leaving 11 dead.':
        'coded Mob violence',
    'Gunmen of the Jalisco cartel used drones to drop explosives on a village in Aguililla, wounding two police officers.':
        'coded organised_crime',
    '29 Aug – A Tebu militia handed over the Murzuq airport to an army unit under a deal brokered by elders.':
        'coded Agreement',
    'Two factions of the Sudan Liberation Movement announced that they had merged into a single movement under a new leadership.':
        'coded Government regains territory',
    'Government and ELN negotiators resumed peace talks in Havana on Friday after a two-month pause.':
        'coded None',
    'Gunmen released 15 schoolchildren they had abducted in Kebbi state last month, the state governor said.':
        'coded Change to group/activity',
    'The Pakistani Taliban announced that it was ending its ceasefire with the government and ordered its fighters to resume attacks.':
        'coded Armed clash',
    'Unidentified armed men seized an opposition MP from his home in Kampala on Monday and he has not been seen since.':
        'coded None',
    'Unknown persons set fire to the offices of an indigenous organisation in Popayan overnight, killing a security guard.':
        'coded Armed clash',
    'India and China agreed to pull back their troops from the Pangong lake area, the foreign ministers said after meeting in Moscow.':
        'coded diplomacy',
    'Fuel thieves tapped a pipeline of the state oil company in Hidalgo and siphoned thousands of litres.':
        'coded None',
    'A crowd broke into the municipal jail in Culiacan on Sunday and beat a suspected kidnapper to death.':
        'coded Violent demonstration',
}
# rows whose family main does not get right either
FAMILY_GAP_TEXTS: frozenset[str] = frozenset({
    'Farmers staged a sit-in outside the district collectorate in Sangrur on Monday, demanding compensation for crops damaged by hailstorms.',
    'Riot police forcibly removed students who were blocking the Avenida Insurgentes in Mexico City on Friday in protest over the disappearance of a classmate.',
    'Security forces fired live rounds at hundreds of Iraqis demonstrating in Nasiriyah on Sunday against power cuts, killing four and wounding dozens.',
    'Indigenous protesters blocked a highway near Cochabamba for a second day, demanding the resignation of the health minister.',
    'Police arrested a man in Alwar district on suspicion of cattle smuggling on Saturday.',
    'Police in Minsk detained dozens of women who had joined a Saturday march against the government, a rights group said.',
    'Fulani militiamen and a local vigilante group fought for hours in the Bokkos area of Plateau state, leaving 11 dead.',
    'Gunmen of the Jalisco cartel used drones to drop explosives on a village in Aguililla, wounding two police officers.',
    'Two factions of the Sudan Liberation Movement announced that they had merged into a single movement under a new leadership.',
    'Government and ELN negotiators resumed peace talks in Havana on Friday after a two-month pause.',
    'The Pakistani Taliban announced that it was ending its ceasefire with the government and ordered its fighters to resume attacks.',
    'Unidentified armed men seized an opposition MP from his home in Kampala on Monday and he has not been seen since.',
    'Unknown persons set fire to the offices of an indigenous organisation in Popayan overnight, killing a security guard.',
    'India and China agreed to pull back their troops from the Pangong lake area, the foreign ministers said after meeting in Moscow.',
    'Fuel thieves tapped a pipeline of the state oil company in Hidalgo and siphoned thousands of litres.',
})
FAMILY_GAPS: dict[str, str] = {text: reason for text, reason in GAPS.items() if text in FAMILY_GAP_TEXTS}


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, GAPS))
def test_main_event_subtype(label: str, shape: str, text: str) -> None:
    assert acled_row_holds(label, text), (shape, text)


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, FAMILY_GAPS))
def test_main_event_family(label: str, shape: str, text: str) -> None:
    assert acled_family_holds(label, text), (shape, text)


def test_the_probe_is_minimal_pairs_along_every_boundary() -> None:
    boundaries = {"protest", "riot", "clash-attack", "weapon", "territory", "strategic", "sexual", "outside"}
    counted = 0
    for boundary, _register, pairs in GROUPS:
        assert boundary in boundaries and 2 <= len(pairs) <= 4, boundary
        assert len({label for label, _ in pairs}) >= 2 or boundary == "weapon", pairs
        counted += 1
    assert counted == len(GROUPS) >= 120 and FIRST_BATCH == 240
    assert {g[0] for g in GROUPS} == boundaries
    assert len(ROWS) == 302 and len({r[2] for r in ROWS}) == len(ROWS)
    labels = {r[0] for r in ROWS}
    assert {AC, GRT, NSO, AIR, SHL, REM, SUI, GRN, CHM, ATK, ABD, SEX, PEA, PWI, EXF, VDM, MOB, AGR, ARR, CHG,
            DIS, HQ, LOO, NVT, OTH, ORG, NAT, MAN, DIP, CLM, NONE} == labels
    assert {"wire", "southasia", "africa", "latam", "mideast", "monitor"} == {g[1] for g in GROUPS}
    assert set(GAPS) <= {r[2] for r in ROWS} and FAMILY_GAP_TEXTS <= set(GAPS)
