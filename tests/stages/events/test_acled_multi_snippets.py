"""A probe of the ACLED MAIN EVENT in snippets that tell SEVERAL EVENTS, in the shape of CASE 2021 task-2
snippets, written from ACLED's definitions of its sub-event types and its coding of multi-event reports
before any rule was written for it, so that the code's score on it estimates how its choice of the main
event holds on reports nobody tuned on.

Every snippet is invented, two to four sentences (a monitor's log line may pack its events into one; eleven of
the second batch's tell their events in one sentence, "Days after ..., X did Y"),
and tells two or more events: an attack and the clash or the reprisal that followed, a protest that
turned into a riot and the arrests after it, a bombing and its claim of responsibility, a killing and
the march or the funeral after it, an abduction and a later release, a looting during a clash, a
disaster and the protest at the relief, a consequence told after the act ("..., and a landmine later
wounded two soldiers"). Registers: international wire copy; the local press of South Asia, Africa,
Latin America (in translation) and the Middle East; monitors' incident logs ("14 March – ...").

The label is the snippet's main event as ACLED codes it:
- the act the report is about, the lede's act, wins over what followed it: the casualties, the claim of
  responsibility, the condemnation, the arrests, the search operation, the protest or the funeral (ACLED
  codes a claim or an arrest after an attack as no event of its own, or as a separate later one);
- a demonstration is coded by what its demonstrators did: one that turned violent is a violent
  demonstration, whatever the police did after; a peaceful one met with force by what the force did;
- a clash in which a side takes a place is the territorial change; a suicide bombing that opens an
  assault is the suicide bomb; property destroyed in a fight is part of the fight;
- the act told first only as background, in a subordinate clause or in an earlier time ("days after
  the clashes", "three weeks after a grenade attack", "last month") is not the main event: the
  ``near-miss`` rows, where the second event told is the main one;
- the report of a claim, a diplomatic act or a court's sentence whose act is told only inside it is
  the claim, the diplomacy, or no ACLED event.

Every ACLED sub-event type and every outside-ACLED category (organised crime, natural and man-made
disasters, diplomacy, claims of responsibility) is the main event of seven rows in the first batch (nine in all), for all but one of them
(claims, whose every row tells the claimed act inside the claim) at least one a near
miss; ``NONE`` rows (a sentence, a denial, a drill, a reward, a warning, a meeting) six in the first batch (eight).

A row is ``(label, "register/shape", text)``; the label is the sub-event type (or outside-ACLED scope, or
``NONE``) of the snippet's main event as the ACLED evaluation picks it; its family follows from it.
Rows the code does not get right are in ``GAPS`` (sub-event type) and ``FAMILY_GAPS`` (family), strict
xfails: ``python -m pytest tests/stages/events/test_acled_multi_snippets.py -rx`` lists them.

Measured on main at 58edfcb, before any change (the held-out estimate): sub-event type 181 of 209
(0.866), family 182 of 209 (0.871), a main event found for 201 of the 203 rows with an ACLED or
outside-ACLED label (0.990). By shape, the near misses (the second event the main one) are the weak
class: 23 of 35 sub-event types right against 158 of 174 for the other rows; the monitors' log lines 23 of 28.
After the first rules of tests/stages/events/test_acled_multi_rules.py (commit 4a445a3): 194, 194 and 203 of 203.
A second batch of 60 rows (the end of ROWS, two per label), written after those rules and measured once before any
further change, a fresh held-out estimate: sub-event type 50 of 60 (0.833), family 51 of 60 (0.850), found 58 of 58;
near misses 17 of 26. After the rules written from its misses (spans of weeks and "this week" as the story's days, a
log line's date a sentence of its own, an act a gap of days before its sentence's act, people picked up by unnamed
men; no longer held out): 55, 55 and 58; the first batch 193, 193 and 203 (the log line "4 Apr – Residents of two
neighbouring villages ... fought ..." lost the event its misparse gave). CASE 2021 dev, PLOVER dev and the older ACLED
probes did not fall (the bulletin probe's found rate lost one row, see its docstring).
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
    # --- Battles: armed clash (the attack on an armed side and the fight after it; what followed)
    (AC, "wire/claim-after", "Taliban fighters attacked a police checkpoint in Baghlan province overnight, sparking a "
     "gunfight that lasted three hours, officials said. Four policemen and at least nine insurgents were killed. The "
     "Taliban later claimed responsibility for the assault."),
    (AC, "africa/consequence", "Troops of Operation Hadin Kai repelled an attack by ISWAP terrorists on their base in "
     "Marte on Tuesday, killing several of the attackers, and a landmine planted by the fleeing terrorists later "
     "wounded two soldiers on the Dikwa road. "
     "The base came under attack at about 5pm, the army said."),
    (AC, "southasia/two-events", "Two Maoists were gunned down in an exchange of fire with the District Reserve Guard "
     "in the forests of Narayanpur on Sunday morning. An AK-47 rifle and a cache of explosives were recovered from "
     "the spot, the SP said."),
    (AC, "monitor/log", "14 March – Clashes erupted between the SDF and Turkish-backed factions near Ain Issa; three "
     "fighters were killed. Later that day the factions shelled the outskirts of the town."),
    (AC, "latam/looting", "ELN guerrillas and FARC dissidents fought for control of the Catatumbo region on Thursday, "
     "leaving at least eight fighters dead, the Ombudsman's Office said. Fighters of both groups looted shops in the "
     "village of La Gabarra before withdrawing."),
    (AC, "mideast/two-events", "Houthi fighters clashed with government forces on the southern front of Marib on "
     "Friday, with dozens killed on both sides, military sources said. Coalition aircraft later carried out raids "
     "in support of the government forces."),
    (AC, "africa/near-miss", "A roadside bomb hit an African Union convoy on the outskirts of Afgoye last week. On "
     "Saturday, Al-Shabaab fighters and AU troops fought a fierce two-hour battle near the same road, leaving at "
     "least six dead, residents said."),
    # --- Battles: government regains territory
    (GRT, "wire/two-events", "Syrian government forces recaptured the town of Khan Sheikhoun from rebels on Wednesday "
     "after days of heavy fighting, state media said. Thousands of residents had fled northwards ahead of the "
     "advance."),
    (GRT, "africa/two-events", "Troops have recaptured Marte from Boko Haram terrorists after a fierce battle in which "
     "scores of the insurgents were neutralised, the Army said. The troops also recovered two gun trucks abandoned "
     "by the fleeing terrorists."),
    (GRT, "asia/two-events", "Government forces regained control of the last pocket of Marawi held by the Maute group "
     "after a five-hour firefight, the military said on Monday. Soldiers later found the bodies of six hostages in a "
     "mosque."),
    (GRT, "monitor/log", "3 June – The army retook the village of Kafr Nabudah from opposition factions after a night "
     "of clashes; two soldiers were killed. Residents reported the looting of homes after the troops entered."),
    (GRT, "africa/report", "Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia from the "
     "insurgents who had held it for a year, the Rwandan army said. The insurgents fled into the surrounding forest, "
     "leaving behind weapons and ammunition."),
    (GRT, "mideast/near-miss", "A suicide car bomb struck an army column on the edge of Tal Afar on Tuesday. Two days "
     "later, Iraqi forces drove Islamic State militants out of the town and raised the national flag over its "
     "citadel, the Joint Operations Command said."),
    (GRT, "latam/near-miss", "FARC dissidents had controlled the rural area of El Plateado for two years, collecting "
     "taxes from coca growers. On Saturday the army retook the area in an operation involving 1,200 soldiers, the "
     "Defence Ministry said."),
    # --- Battles: non-state actor overtakes territory
    (NSO, "africa/two-events", "Al-Shabaab militants captured the town of Bulo Burde on Sunday after government troops "
     "withdrew following a brief gunfight, residents said. The militants later hoisted their black flag over the "
     "district headquarters."),
    (NSO, "fr/two-events", "Jihadists seized control of the town of Boni after overrunning an army post, killing four "
     "soldiers, local sources said. They then set fire to the town hall and the health centre."),
    (NSO, "asia/two-events", "Resistance fighters overran a junta outpost in Kawlin township after a two-day battle and "
     "took over the town. At least 20 soldiers surrendered and were taken prisoner, the local defence force said."),
    (NSO, "wire/two-events", "The Taliban captured the district centre of Dand-e-Ghori in Baghlan province on Tuesday "
     "after heavy fighting with Afghan forces, officials said. The insurgents freed dozens of prisoners from the "
     "district jail."),
    (NSO, "africa/report", "M23 rebels took control of Bunagana, on the border with Uganda, after clashes with the "
     "Congolese army, and more than 100 soldiers crossed into Uganda. The rebels later said they had no intention of "
     "holding the town."),
    (NSO, "monitor/log", "21 May – HTS fighters seized three villages in the Sahl al-Ghab from government forces after "
     "a night assault; dozens of families fled. The next day regime artillery shelled the villages."),
    (NSO, "africa/near-miss", "The army said on Monday that it had repelled an attack on its base at Damboa last month. "
     "Meanwhile, ISWAP fighters overran the town of Malam Fatori on Sunday and hoisted their flag, residents who fled "
     "said."),
    # --- Explosions/Remote violence: air/drone strike
    (AIR, "wire/near-miss", "Israeli warplanes struck Hamas targets in the Gaza Strip early on Sunday, hours after "
     "militants fired rockets at southern Israel, the military said. There were no immediate reports of casualties."),
    (AIR, "mideast/two-events", "Saudi-led coalition aircraft struck a Houthi detention centre in Dhamar, killing more "
     "than 100 detainees, the Red Cross said. Rescue workers pulled bodies from the rubble throughout the day, and "
     "the Houthis vowed retaliation."),
    (AIR, "africa/two-events", "A US drone strike killed a senior Al-Shabaab commander near Jilib on Friday, AFRICOM "
     "said. The militants later fired mortar rounds at a government base in the area."),
    (AIR, "southasia/two-events", "Pakistani jets pounded militant hideouts in the Tirah valley overnight, killing at "
     "least 15 militants, security officials said. Hundreds of families fled the area after the strikes."),
    (AIR, "africa/reprisal", "The Nigerian Air Force bombarded a bandits' enclave in the Dansadau forest, killing scores "
     "of the bandits and destroying their logistics base, the Defence Headquarters said. Villagers later reported "
     "that gunmen had abducted ten people in a reprisal."),
    (AIR, "monitor/log", "9 February – Russian warplanes carried out at least 12 raids on the outskirts of Maarat "
     "al-Numan, killing four civilians; opposition factions shot down a helicopter over the area later in the day."),
    (AIR, "mideast/near-miss", "Hours after rebels shot down a reconnaissance drone over Marib, coalition jets carried "
     "out a series of raids on rebel positions in Sirwah, killing 14 fighters, the coalition said. The rebels' "
     "television said the raids hit a farm."),
    # --- Explosions/Remote violence: shelling/artillery/missile attack
    (SHL, "wire/two-events", "Russian forces shelled the centre of Kharkiv on Thursday, killing three civilians and "
     "wounding 12, the regional governor said. A fire broke out in a shopping centre hit by the shells and burned for "
     "hours."),
    (SHL, "southasia/reprisal", "Pakistani troops fired mortar shells on forward posts and villages along the Line of "
     "Control in Poonch, killing a woman, the army said. The Indian Army retaliated strongly, officials said."),
    (SHL, "wire/reprisal", "Militants in Gaza fired dozens of rockets at Israeli towns on Saturday, wounding two people "
     "in Sderot, police said. Israel responded with air strikes on Hamas positions."),
    (SHL, "monitor/log", "2 April – Regime artillery shelled the town of Kafranbel, killing two children, and the "
     "White Helmets said a school was hit. Later, opposition factions fired Grad rockets at Mhardeh."),
    (SHL, "africa/two-events", "Haftar's forces pounded Mitiga airport with Grad rockets on Tuesday, forcing the "
     "suspension of flights, the airport said. Two passenger aircraft were damaged."),
    (SHL, "mideast/two-events", "The Houthis fired a ballistic missile at the city of Marib on Sunday, killing a child "
     "and wounding 30 people in a residential district, local officials said. Government forces later said they had "
     "killed several Houthi fighters on the Sirwah front."),
    (SHL, "southasia/near-miss", "Militants attacked a police post in Zhob last week, and the security forces are still "
     "searching for them. On Tuesday, militants fired four rockets at the Zhob cantonment from the surrounding hills; "
     "one hit a mosque and injured three worshippers."),
    # --- Explosions/Remote violence: remote explosive/landmine/IED
    (REM, "wire/two-events", "A roadside bomb struck a minibus in Kandahar's Maiwand district on Wednesday, killing 11 "
     "passengers including women and children, officials said. No group has claimed responsibility, but officials "
     "blamed the Taliban."),
    (REM, "southasia/two-events", "Five soldiers were martyred when an IED planted by terrorists hit their vehicle in "
     "North Waziristan, the ISPR said. The security forces later cordoned off the area and launched a search "
     "operation."),
    (REM, "southasia/two-events", "An IED blast ripped through a crowded market in Imphal on Sunday, injuring seven "
     "persons, police said. Hours later, a second device was found and defused near the same spot."),
    (REM, "africa/claim-after", "A car bomb exploded outside a hotel near Mogadishu's presidential palace on Saturday, "
     "killing at least 15 people, police said. Al-Shabaab claimed responsibility in a statement on its Andalus "
     "radio."),
    (REM, "latam/two-events", "Two soldiers were killed and three wounded when they stepped on an anti-personnel mine "
     "laid by FARC dissidents in Tumaco, the army said. The troops had been carrying out a manual eradication of coca "
     "crops."),
    (REM, "monitor/log", "11 Oct – An IED detonated against a vehicle of the Popular Mobilisation Forces on the Baiji "
     "road, wounding three members; the PMF later arrested two suspects in a nearby village."),
    (REM, "southasia/near-miss", "Three weeks after an attack on a checkpoint that killed two guards, Quetta was hit "
     "again on Monday: a bomb hidden in a handcart exploded near the Sariab police station, wounding five people. "
     "Police said the bomb was detonated by remote control."),
    # --- Explosions/Remote violence: suicide bomb
    (SUI, "wire/claim-after", "A suicide bomber blew himself up at a wedding hall in western Kabul on Saturday, killing "
     "63 people, officials said. The Islamic State group claimed responsibility for the attack hours later."),
    (SUI, "africa/arrest-after", "Two female suicide bombers detonated their explosives at a mosque in Mubi during dawn "
     "prayers, killing at least 27 worshippers. Troops later arrested a third woman wearing an explosive vest at a "
     "checkpoint."),
    (SUI, "southasia/two-events", "A suicide attacker rammed an explosives-laden car into a security convoy in Bannu, "
     "martyring five soldiers, the ISPR said. The security forces then killed two terrorists in an exchange of fire "
     "nearby."),
    (SUI, "africa/assault", "Al-Shabaab fighters stormed a hotel in Kismayo after a suicide car bomb blew open its gate, "
     "and fought the security forces for 12 hours. At least 26 people were killed, officials said."),
    (SUI, "mideast/claim-after", "A suicide bomber detonated his vest among Shia pilgrims near Baghdad, killing 32 "
     "people, police said. The Islamic State group claimed the bombing through its Amaq news agency."),
    (SUI, "monitor/log", "17 Aug – A suicide bomber targeted a checkpoint of the Syrian National Army at the entrance "
     "of Azaz; four fighters and two civilians were killed. Protesters later blocked the road to demand better "
     "security."),
    (SUI, "africa/near-miss", "Security guards shot dead two would-be attackers at the gate of the ministry in January. "
     "On Tuesday, a suicide bomber got through a checkpoint in the same area and blew himself up outside the "
     "ministry, killing six people, police said."),
    # --- Explosions/Remote violence: grenade
    (GRN, "southasia/two-events", "Militants hurled a grenade at a CRPF bunker in Sopore on Monday; it missed the target "
     "and exploded on the road, injuring eight civilians. The area was cordoned off and a search launched."),
    (GRN, "southasia/report", "Unidentified men lobbed a hand grenade at a liquor shop in Ludhiana, injuring two "
     "workers, police said. A case was registered and a hunt launched for the accused."),
    (GRN, "africa/arrest-after", "Unknown assailants threw grenades at a bar in Bujumbura's Kamenge neighbourhood on "
     "Saturday night, killing two people and wounding 20, police said. Police arrested three suspects on Sunday."),
    (GRN, "asia/two-events", "A grenade was tossed at a crowd watching a boxing match in Jolo, Sulu, wounding 14 "
     "people. The military blamed the Abu Sayyaf and said troops were pursuing the suspects."),
    (GRN, "latam/two-events", "A man on a motorcycle threw a grenade at a police station in Soledad on Tuesday night, "
     "wounding four officers. Police later said the attack had been ordered by a local gang."),
    (GRN, "monitor/log", "5 Jan – An unknown person threw a grenade into the yard of a house in Daraa al-Balad, "
     "wounding a woman and her two children; later that night gunmen shot dead a former opposition commander in "
     "Tafas."),
    (GRN, "southasia/near-miss", "Following the arrest of two suspected militants in Pulwama on Friday, militants "
     "hurled a grenade at a police station in Tral on Saturday, injuring three policemen. The grenade exploded inside "
     "the compound, police said."),
    # --- Explosions/Remote violence: chemical weapon
    (CHM, "mideast/two-events", "Government helicopters dropped barrel bombs containing chlorine on the town of Saraqeb "
     "on Tuesday, causing dozens of cases of suffocation, rescuers said. Air strikes on the town later the same day "
     "killed four civilians."),
    (CHM, "wire/reprisal", "A chemical attack on the rebel-held town of Douma killed at least 40 people, medical relief "
     "groups said. The United States and its allies later launched missile strikes on Syrian chemical facilities."),
    (CHM, "mideast/report", "Rebels fired shells containing toxic gas at a neighbourhood of Aleppo, injuring 107 people "
     "with breathing difficulties, state media reported. The government accused the rebel groups of using "
     "chlorine."),
    (CHM, "mideast/two-events", "ISIS militants fired mortar rounds filled with mustard agent at Peshmerga positions "
     "near Makhmour, wounding dozens, Kurdish officials said. Coalition aircraft later struck the launch site."),
    (CHM, "monitor/log", "7 April – Regime forces used sarin gas in an attack on Khan Shaykhun, killing more than 80 "
     "people; regime jets struck a hospital treating the wounded hours later."),
    (CHM, "wire/denial-after", "Russian forces dropped grenades containing a toxic substance on Ukrainian positions "
     "near Bakhmut, poisoning several soldiers, the Ukrainian army said. Moscow denied using chemical weapons."),
    (CHM, "mideast/near-miss", "Hours after government jets bombed the area, a helicopter dropped a canister of "
     "chlorine on Latamneh, and 30 residents were treated for breathing problems. Doctors at a field hospital said two "
     "children died."),
    # --- Violence against civilians: attack
    (ATK, "africa/protest-after", "Gunmen attacked Kwatas village in Benue State overnight, killing 17 villagers and "
     "burning houses, police said. Youths of the community later blocked the highway in protest against the "
     "killings."),
    (ATK, "southasia/two-events", "Terrorists shot dead a migrant labourer from Bihar in Pulwama on Saturday evening, "
     "police said. Political parties condemned the killing, and the labourer's family demanded compensation."),
    (ATK, "latam/arrest-after", "Armed men opened fire on a family travelling in a van in the mountains of Sonora, "
     "killing three women and six children, officials said. Soldiers later arrested a suspect near the border."),
    (ATK, "fr/two-events", "Suspected jihadists killed 15 civilians in an attack on a market in the village of Kodyel "
     "and set fire to shops, the government said. The army launched a search for the attackers."),
    (ATK, "monitor/log", "23 Dec – Junta soldiers rounded up and killed at least 35 villagers, including women and "
     "children, in Mo So village and burned their bodies; residents fled to the nearby forest."),
    (ATK, "latam/march-after", "A social leader was shot dead by armed men in front of his home in Cauca on Sunday, the "
     "Ombudsman's Office said. Hundreds of residents marched on Monday to demand protection for community leaders."),
    (ATK, "africa/near-miss", "Hundreds of mourners attended the funeral of the village head of Kaltungo on Tuesday. He "
     "was killed on Sunday night when gunmen stormed his home and shot him in front of his family."),
    # --- Violence against civilians: abduction/forced disappearance
    (ABD, "africa/two-events", "Gunmen abducted 39 students from the Federal College of Forestry Mechanisation in Kaduna "
     "on Thursday night, the state government said. Troops rescued 180 other students and staff after a gun battle "
     "with the kidnappers."),
    (ABD, "africa/release", "Armed men kidnapped a Catholic priest from his parish house in Edo State on Sunday and "
     "demanded a ransom of N50 million. He was released unhurt on Wednesday, the diocese said."),
    (ABD, "africa/two-events", "Suspected Al-Shabaab militants abducted three teachers from a school in Mandera County "
     "on Tuesday and took them across the border into Somalia. Police said a rescue operation was under way."),
    (ABD, "southasia/protest-after", "Personnel in plain clothes picked up two students from their hostel in Quetta, and "
     "their whereabouts remain unknown, their families said. Relatives staged a sit-in outside the press club on "
     "Friday to demand their recovery."),
    (ABD, "africa/release", "Separatist fighters kidnapped 11 teachers in Kumbo, in the North-West region, and burned a "
     "school, the regional governor said. Seven of them were freed after their families paid a ransom."),
    (ABD, "monitor/log", "19 Sep – Unknown gunmen kidnapped a local council member in Tafas and took him to an unknown "
     "destination; he was released three days later after a ransom was paid."),
    (ABD, "africa/near-miss", "A week after troops rescued ten hostages from a bandits' den in Zamfara, bandits "
     "abducted 25 worshippers from a mosque in Maru on Friday, residents said. The bandits have demanded a ransom."),
    # --- Violence against civilians: sexual violence
    (SEX, "africa/looting", "Armed men raped at least 30 women in the village of Kalehe during a night raid, a local NGO "
     "said. The attackers also looted livestock and burned several houses."),
    (SEX, "southasia/protest-after", "A Dalit girl was gang-raped by four men in Hathras district, police said on "
     "Wednesday. Her death in a Delhi hospital two weeks later sparked protests across the state."),
    (SEX, "africa/two-events", "RSF fighters raped women and girls in El Geneina as they looted homes, survivors told a "
     "rights group. Thousands fled across the border into Chad."),
    (SEX, "asia/arrest-after", "Soldiers sexually assaulted two women at a checkpoint in Hpakant and then detained "
     "their husbands, a women's group said. "
     "The husbands were released the next day."),
    (SEX, "monitor/log", "12 Jan – Two men in military uniform raped a displaced woman who had gone to collect firewood "
     "outside the camp in Tawila, and beat her companion, the monitor said."),
    (SEX, "africa/arrest-after", "Government soldiers raped a 14-year-old girl in Yei county and beat her father when he "
     "tried to intervene, a UN report said. The army said it had arrested two soldiers over the incident."),
    (SEX, "africa/near-miss", "Days after a protest over insecurity in Kajuru, gunmen stormed a village in the area on "
     "Saturday night and raped at least five women, the community's youth leader said. The attackers fled before "
     "the police arrived."),
    # --- Protests: peaceful protest
    (PEA, "africa/two-events", "Thousands of teachers marched peacefully to parliament in Nairobi on Tuesday to demand "
     "better pay, and handed a petition to the speaker. The union said it would call a strike if the demands were not "
     "met."),
    (PEA, "southasia/two-events", "Farmers staged a dharna outside the collectorate in Bathinda on Monday to protest "
     "against the delay in paddy procurement. The protest ended peacefully after the deputy commissioner met their "
     "delegation."),
    (PEA, "latam/two-events", "Hundreds of relatives of missing persons marched through the centre of Culiacan on "
     "Sunday to demand that the authorities search for their loved ones. The march ended without incident in front "
     "of the government palace."),
    (PEA, "mideast/anniversary", "Thousands gathered in Martyrs' Square in Beirut on Saturday to mark the anniversary "
     "of the port explosion and demand justice for its victims. The protest ended peacefully by nightfall."),
    (PEA, "africa/near-miss", "Residents of Jos took to the streets peacefully on Monday to protest against the killing "
     "of 12 villagers by gunmen in Bassa last week. The protesters carried placards and the march ended at the "
     "Government House."),
    (PEA, "monitor/log", "28 Feb – Around 300 people demonstrated in Sweida's Karama square against the deterioration "
     "of living conditions; no intervention was reported. A day earlier, unknown gunmen had shot dead a shopkeeper in "
     "the city."),
    (PEA, "southasia/near-miss", "Traders observed a shutter-down strike across Quetta on Thursday against the abduction "
     "of a businessman, and held a rally at the press club. The businessman was kidnapped from Jinnah Road on "
     "Monday."),
    # --- Protests: protest with intervention
    (PWI, "africa/two-events", "Police broke up a rally by opposition supporters in Kampala on Monday with tear gas and "
     "arrested 20 people, including two MPs. The rally had been called to protest against the arrest of the "
     "opposition leader."),
    (PWI, "southasia/two-events", "The police detained over 100 Youth Congress activists who were protesting outside "
     "the BJP headquarters in Delhi. The protesters were taken to Mandir Marg police station and released in the "
     "evening."),
    (PWI, "latam/two-events", "Riot police dispersed a sit-in by teachers outside the Ministry of Education in "
     "Tegucigalpa on Tuesday using tear gas; no injuries were reported. The teachers vowed to return the next day."),
    (PWI, "mideast/two-events", "Security forces detained dozens of people who had gathered peacefully in front of "
     "parliament in Baghdad to demand jobs, witnesses said. The protest was broken up within an hour."),
    (PWI, "wire/two-events", "Police detained more than 1,000 people at rallies across Russia on Saturday in support of "
     "the jailed opposition leader, a monitoring group said. Most of the protests were peaceful."),
    (PWI, "monitor/log", "6 Nov – Police dispersed a gathering of displaced families demanding aid outside the "
     "governor's office in Baidoa and detained six of them."),
    (PWI, "africa/near-miss", "An opposition leader was arrested at his home in Harare early on Friday. When about 200 "
     "of his supporters gathered peacefully outside the central police station to demand his release, police "
     "dispersed them with tear gas and detained 14."),
    # --- Protests: excessive force against protesters
    (EXF, "fr/two-events", "Police opened fire on demonstrators protesting against fuel price rises in Conakry on "
     "Thursday, killing two young men, witnesses said. The opposition called for more protests next week."),
    (EXF, "southasia/two-events", "Three farmers were killed when police fired on a peaceful protest in Mandsaur, "
     "officials said. The state government ordered a judicial inquiry and announced compensation for each family."),
    (EXF, "asia/arrest-after", "Security forces shot dead at least 18 people as they opened fire on peaceful protesters "
     "in several cities on Sunday, the UN human rights office said. Hundreds were arrested."),
    (EXF, "latam/two-events", "Riot police fired rubber bullets at close range at students marching peacefully in "
     "Santiago, blinding two of them, a rights group said. The students had been demanding free education."),
    (EXF, "africa/riot-after", "Soldiers opened fire on peaceful protesters at the Lekki toll gate in Lagos, killing at "
     "least 12, Amnesty International said. Hoodlums later set fire to police stations across the city."),
    (EXF, "monitor/log", "2 Mar – Police fired live ammunition at a peaceful march of the families of detainees in "
     "Nasiriyah, wounding 11; the march had been called after the death of a detainee in custody."),
    (EXF, "africa/near-miss", "Protesters blocked the main road into Kisumu on Tuesday to demand the release of their "
     "MP, and the protest remained peaceful until the afternoon. Then police fired live bullets into the crowd, "
     "killing a 12-year-old boy, witnesses said."),
    # --- Riots: violent demonstration (a protest that turned violent, whatever the police did after)
    (VDM, "africa/escalation", "A protest against the killing of a trader turned violent in Onitsha on Monday as youths "
     "burned tyres and attacked a police station, police said. Officers fired tear gas to disperse them."),
    (VDM, "southasia/arrest-after", "Protesters pelted stones at the police and set fire to two buses in Howrah during "
     "a demonstration against the remarks. The police resorted to a lathi-charge and lobbed teargas shells; 35 people "
     "were arrested."),
    (VDM, "latam/arrest-after", "Demonstrators against the fuel price rise looted shops and set fire to the municipal "
     "building in southern Quito, and police responded with tear gas, the authorities said. Forty people were "
     "arrested."),
    (VDM, "mideast/two-events", "Protesters stormed the Iranian consulate in Najaf on Wednesday night and set it on "
     "fire, police said. Security forces opened fire on protesters in Nasiriyah the next day, killing 25."),
    (VDM, "africa/two-events", "Opposition supporters engaged the police in running battles in Kibera, throwing stones "
     "and burning tyres, during protests over the election results. Police used tear gas and water cannon, and two "
     "people were wounded by gunshots."),
    (VDM, "monitor/log", "10 Jun – Protesters against power cuts threw stones at the electricity company's offices in "
     "Tyre and smashed its windows; the army deployed in the area."),
    (VDM, "southasia/near-miss", "The march by students in Dhaka started peacefully on Sunday. But as it reached the "
     "Shahbagh intersection, the protesters attacked vehicles and set fire to a police box, and police fired rubber "
     "bullets in response."),
    # --- Riots: mob violence
    (MOB, "southasia/arrest-after", "A mob lynched two men suspected of stealing cattle in Jharkhand's Gumla district on "
     "Wednesday, police said. Five villagers were arrested in connection with the killing."),
    (MOB, "africa/arrest-after", "A mob set ablaze a suspected thief at a market in Lagos on Friday in an act of jungle "
     "justice, police said. The police spokesman said three suspects had been arrested."),
    (MOB, "latam/two-events", "Residents of a village in Puebla beat and burned to death two men they accused of child "
     "kidnapping, after a rumour spread on social media. Police officers were unable to stop the crowd."),
    (MOB, "africa/two-events", "Supporters of two rival candidates clashed with machetes and stones in Bawku on polling "
     "day, leaving three dead, police said. The military was deployed to restore calm."),
    (MOB, "monitor/log", "4 Apr – Residents of two neighbouring villages in the Aweil area fought over grazing land with "
     "sticks and spears; four people were killed and two huts burned."),
    (MOB, "southasia/two-events", "Two communities clashed and pelted stones at each other during a religious "
     "procession in Khargone on Sunday, and several houses were set on fire. A curfew was imposed in the town and 80 "
     "people were arrested."),
    (MOB, "africa/near-miss", "Police arrested a man in Mbale on Tuesday on suspicion of stealing a motorcycle. Before "
     "the officers arrived, a crowd of boda-boda riders had beaten him unconscious and set fire to his house."),
    # --- Strategic developments: agreement
    (AGR, "africa/two-events", "The government of South Sudan and the SPLM-IO signed a ceasefire agreement in Addis "
     "Ababa on Thursday, the mediators said. Hours later, fighting was reported in Unity State."),
    (AGR, "wire/release", "The Taliban and the Afghan government began a prisoner exchange on Sunday under the peace "
     "deal, and 100 soldiers were released from Taliban custody. The insurgents said 500 of their fighters must be "
     "freed in return."),
    (AGR, "latam/two-events", "The ELN and the Colombian government agreed on a six-month bilateral ceasefire at talks "
     "in Havana, the negotiators announced. The rebels said they would release all the hostages they hold."),
    (AGR, "africa/release", "Repentant bandits in Zamfara signed a peace accord with the state government and handed "
     "over 30 AK-47 rifles, officials said. The bandits also released 15 kidnapped villagers."),
    (AGR, "mideast/two-events", "The warring parties in Yemen agreed to a two-month nationwide truce, the UN envoy said "
     "on Friday. The Houthis released 40 detainees the following week."),
    (AGR, "monitor/log", "15 Aug – Leaders of the Misseriya and the Ngok Dinka signed a peace agreement in Abyei, after "
     "clashes earlier in the month that killed 20 people."),
    (AGR, "asia/near-miss", "Fighting between the army and the Karen National Liberation Army displaced thousands in "
     "Hpapun last month. On Monday the two sides agreed to a temporary ceasefire to allow the displaced to return, "
     "the KNU said."),
    # --- Strategic developments: arrests
    (ARR, "africa/two-events", "Police arrested five members of the opposition party in Lusaka on Monday ahead of a "
     "planned rally, a party spokesman said. The rally was cancelled."),
    (ARR, "southasia/two-events", "The NIA arrested three persons in Tamil Nadu for allegedly raising funds for a banned "
     "organisation, officials said. Laptops and mobile phones were seized during the searches."),
    (ARR, "latam/two-events", "Police in Caracas detained a retired general accused of plotting against the government, "
     "his lawyer said. He was taken to the headquarters of the military counterintelligence agency."),
    (ARR, "mideast/two-events", "Israeli forces arrested 17 Palestinians in overnight raids across the West Bank, the "
     "army said. Two of those arrested were members of Islamic Jihad, the army said."),
    (ARR, "africa/two-events", "Security forces detained a prominent human rights lawyer at his home in Cairo, his wife "
     "said. He was charged on Tuesday with joining a terrorist group."),
    (ARR, "monitor/log", "26 Oct – Security forces arrested 12 young men in a raid on Tafas and took them to the "
     "military security branch in Daraa."),
    (ARR, "southasia/near-miss", "Three weeks after a grenade attack on a church in Sargodha, police arrested four "
     "suspects in a raid on a house in the city on Friday, the CTD said. The suspects were handed over for "
     "interrogation."),
    # --- Strategic developments: change to group/activity
    (CHG, "latam/two-events", "The ELN announced it was suspending its armed operations for a week during the national "
     "elections, its central command said in a statement. The army said it would keep up its offensive."),
    (CHG, "africa/near-miss", "The army deployed additional troops to the border town of Moyale after clashes between "
     "two communities last week, the county commissioner said. The soldiers will remain there until calm is "
     "restored."),
    (CHG, "africa/two-events", "An Al-Shabaab faction in Puntland pledged allegiance to the Islamic State, according to "
     "a recording released on Friday. Its commander said the faction would fight under a new name."),
    (CHG, "africa/near-miss", "The Nigerian Army relocated its brigade headquarters from Monguno to Maiduguri, officials "
     "said, days after insurgents attacked the town. "
     "Troops and their families began moving on Saturday."),
    (CHG, "southasia/two-events", "The Centre rushed 20 more companies of central armed police forces to Manipur on "
     "Sunday after fresh violence in Churachandpur. Mobile internet services were suspended in five districts."),
    (CHG, "latam/near-miss", "The government of Ecuador deployed 3,000 soldiers to the prisons of Guayaquil, a month "
     "after a riot between rival gangs left 118 inmates dead. Soldiers took over the control of the prisons' "
     "perimeters."),
    (CHG, "monitor/log", "2 Jul – The factions of the National Front for Liberation in Jabal al-Zawiya merged into a "
     "single command, the new body announced; sporadic shelling continued in the area."),
    # --- Strategic developments: disrupted weapons use
    (DIS, "southasia/two-events", "Security forces defused a powerful IED planted under a culvert on the "
     "Bijapur-Awapalli road on Tuesday, averting a major tragedy, police said. The bomb disposal squad found a second "
     "device nearby."),
    (DIS, "southasia/two-events", "Police seized 1,500 kg of explosives and 200 detonators from a truck in Balochistan's "
     "Kachhi district, the CTD said. The driver managed to escape."),
    (DIS, "southasia/two-events", "Security forces shot down two drones carrying explosives as they approached the air "
     "base, the army said. No damage was reported."),
    (DIS, "mideast/two-events", "Saudi air defences intercepted a ballistic missile fired by the Houthis towards Jazan, "
     "the coalition said. Debris fell on a residential area but caused no casualties."),
    (DIS, "africa/two-events", "The bomb squad defused a suicide vest abandoned by a would-be bomber who fled when "
     "soldiers challenged him at a checkpoint in Konduga, the army said. Troops are searching for him."),
    (DIS, "monitor/log", "18 Jan – Army engineers removed 40 landmines from farmland near Khan Touman. The next day a "
     "mine exploded in a nearby field, wounding a shepherd."),
    (DIS, "latam/two-events", "The army destroyed an arsenal of two tons of explosives and 500 anti-personnel mines "
     "belonging to the ELN in Arauca, the Defence Ministry said. The arsenal was found after a tip-off from "
     "residents."),
    # --- Strategic developments: headquarters or base established
    (HQ, "africa/two-events", "Al-Shabaab fighters have set up a new base in the forests near Buale, from where they "
     "collect taxes from passing trucks, residents said. The militants moved in after government troops withdrew "
     "from the area last month."),
    (HQ, "southasia/two-events", "Security forces have set up a new camp in the Maoist stronghold of Abujhmarh, the "
     "police said on Sunday. It is the first camp in the area in 20 years."),
    (HQ, "mideast/two-events", "Turkey established a new military observation post in the Idlib countryside on "
     "Tuesday, opposition sources said. A convoy of 30 vehicles carrying troops and equipment entered through the "
     "Kafr Lusin crossing."),
    (HQ, "africa/two-events", "ISWAP fighters have established camps on islands of Lake Chad, where they train new "
     "recruits, a military source said. The army said it would launch air strikes on the islands."),
    (HQ, "latam/two-events", "The Jalisco cartel has set up a camp in the mountains of Michoacan from which its gunmen "
     "attack rival groups, local officials said. Residents of three villages have fled."),
    (HQ, "monitor/log", "5 May – Russian forces established a new base at Tabqa airport, a day after US forces withdrew "
     "from the area."),
    (HQ, "asia/near-miss", "After a week of fighting with the army in the hills last month, NPA rebels have set up a "
     "new camp in the forests of Barangay Hinlayagan, the military said on Monday. The rebels are recruiting "
     "villagers."),
    # --- Strategic developments: looting/property destruction (no fight, nobody hurt)
    (LOO, "southasia/two-events", "Unknown persons torched a government primary school in Shopian overnight, police "
     "said. No one was hurt, and a case has been registered."),
    (LOO, "africa/two-events", "Armed men looted a warehouse of the World Food Programme in Bentiu and made off with 300 "
     "tonnes of food, the agency said. The WFP suspended distributions in the area."),
    (LOO, "africa/two-events", "Fulani militia burned down 40 houses in the deserted village of Yelwata, days after "
     "residents fled an attack, the community said. No casualties were recorded this time."),
    (LOO, "southasia/two-events", "Maoists set ablaze three trucks and a JCB machine engaged in road construction in "
     "Dantewada, and left posters warning the contractors. Security forces launched a search operation."),
    (LOO, "monitor/log", "8 Aug – Settlers uprooted 150 olive trees and damaged a water pipeline on the lands of Burin; "
     "the army later declared the area a closed military zone."),
    (LOO, "latam/two-events", "Unknown persons set fire to the offices of a local radio station in Tumaco overnight, "
     "destroying its equipment, the station's director said. The station had been threatened after reporting on "
     "armed groups."),
    (LOO, "africa/near-miss", "Clashes between two clans in Galkayo ended on Monday after elders intervened. On "
     "Tuesday, militiamen of one of the clans returned and looted the abandoned market, carrying away goods and "
     "burning stalls, residents said."),
    # --- Strategic developments: non-violent transfer of territory
    (NVT, "wire/two-events", "US troops handed over the K1 air base near Kirkuk to Iraqi security forces on Sunday, the "
     "coalition said. The handover is part of the coalition's drawdown."),
    (NVT, "mideast/two-events", "The Syrian Democratic Forces withdrew from the town of Manbij under a Russian-brokered "
     "deal, and government troops entered the town on Tuesday without a fight, state media said. "
     "Russian military police patrolled the outskirts."),
    (NVT, "wire/looting", "Armenian forces handed the Kalbajar district to Azerbaijan on Wednesday under the ceasefire "
     "agreement, and residents burned their houses before leaving. "
     "Azerbaijani troops entered the district on Thursday."),
    (NVT, "wire/two-events", "The Taliban took over the provincial capital of Maidan Shar without a fight on Sunday "
     "after local officials surrendered, a provincial council member said. Government officials handed over their "
     "weapons."),
    (NVT, "fr/two-events", "The French army handed over its base in Gossi to the Malian army on Tuesday as part of its "
     "withdrawal from the Sahel, the General Staff said. Malian troops moved in the same day."),
    (NVT, "monitor/log", "1 Sep – Opposition fighters withdrew from the last neighbourhoods of Daraa al-Balad under the "
     "settlement, and regime forces entered without clashes."),
    (NVT, "africa/near-miss", "Heavy fighting between the army and the rebels around Kabo killed dozens in March. Under "
     "an agreement reached on Friday, the rebels left the town on Saturday and handed it over to the army without a "
     "shot being fired."),
    # --- outside ACLED: organised crime
    (ORG, "latam/arrest-after", "Police seized 500 kilograms of cocaine hidden in a shipment of bananas at the port of "
     "Guayaquil and arrested three men, officials said. The drugs were bound for Belgium."),
    (ORG, "southasia/arrest-after", "Customs officials seized 1,200 kg of heroin at Mundra port, and the DRI arrested an "
     "Afghan national, officials said. The consignment was declared as talc stones."),
    (ORG, "africa/arrest-after", "Border guards intercepted a boat carrying 60 migrants off the coast of Libya and "
     "arrested two suspected smugglers. The migrants were taken to a detention centre."),
    (ORG, "africa/two-events", "Police dismantled a human trafficking ring in Lagos that smuggled young women to Europe, "
     "rescuing 23 victims and arresting five suspects. The suspects will be charged in court."),
    (ORG, "asia/two-events", "Authorities in Bangkok raided a counterfeit goods factory and seized two million fake "
     "luxury items, police said. The owner was arrested."),
    (ORG, "monitor/log", "3 Jul – Customs officers seized four million Captagon pills hidden in a truck at the Nasib "
     "border crossing; the driver was arrested."),
    (ORG, "latam/near-miss", "Police in Tijuana arrested a man on Sunday for driving a stolen car. A search of the "
     "vehicle revealed 40 kilograms of fentanyl hidden in its doors, and investigators linked the shipment to a "
     "cartel's distribution network."),
    # --- outside ACLED: natural disaster
    (NAT, "latam/looting", "A magnitude 7.2 earthquake struck southern Haiti on Saturday, killing at least 300 people "
     "and destroying thousands of homes, officials said. Looters raided collapsed shops in Les Cayes."),
    (NAT, "southasia/protest-after", "Floods triggered by torrential rain swept through villages in Sindh, killing 25 "
     "people, the disaster management authority said. Residents blocked the highway in protest at the slow relief."),
    (NAT, "southasia/two-events", "Lightning killed 18 people across Bihar on Thursday, officials said. The chief "
     "minister announced an ex gratia of Rs 4 lakh for each family."),
    (NAT, "latam/two-events", "A landslide triggered by heavy rain buried a gold miners' camp in Bolivar state, killing "
     "12 miners, the fire service said. Rescuers were searching for survivors."),
    (NAT, "africa/two-events", "A cholera outbreak has killed 40 people in Borno's camps for the displaced, the health "
     "ministry said, as aid agencies warned of further spread. "
     "Clean water is scarce in the camps."),
    (NAT, "monitor/log", "19 Oct – Flash floods hit the displacement camps in Maarat Misrin, damaging 600 tents; no "
     "casualties were reported. A regime rocket struck the same area hours later."),
    (NAT, "southasia/near-miss", "A lightning strike hit a military post in Kokrajhar district during a storm, killing "
     "two jawans, officials said. The post had come under militant fire a week earlier."),
    # --- outside ACLED: man-made disaster
    (MAN, "africa/riot-after", "A fuel tanker overturned and exploded on the Kaduna highway, killing 30 people who had "
     "gathered to scoop petrol, police said. Angry youths later set fire to the tanker company's office."),
    (MAN, "southasia/protest-after", "A fire broke out in a garment factory in Dhaka's Ashulia, killing 17 workers, fire "
     "officials said. Workers staged a protest on Saturday demanding compensation."),
    (MAN, "southasia/two-events", "A bus carrying pilgrims plunged into a gorge in Reasi district, killing 22 people, "
     "police said. Rescue operations continued through the night."),
    (MAN, "southasia/near-miss", "A cylinder blast ripped through a restaurant in Karachi's Gulshan area, killing four "
     "people, police said. The police initially suspected a bomb, but the bomb disposal squad ruled out sabotage."),
    (MAN, "latam/arrest-after", "A dam at an iron ore mine collapsed in Minas Gerais, burying workers and houses under "
     "mud and killing at least 60, the fire service said. Police arrested three engineers of the company."),
    (MAN, "monitor/log", "30 Mar – A gas explosion at an oil field in Deir ez-Zor killed four workers, and the SDF said "
     "it was an accident. ISIS cells attacked an SDF post nearby later the same day."),
    (MAN, "africa/near-miss", "Days after an armed robbery at a gold mine in Kitgum, a tunnel at the same mine collapsed "
     "on Monday, killing 12 artisanal miners, officials said. Rescuers recovered the bodies on Tuesday."),
    # --- outside ACLED: diplomacy
    (DIP, "wire/two-events", "The United States imposed sanctions on three Iranian officials on Tuesday over the "
     "crackdown on protesters, the Treasury said. Iran's foreign ministry summoned the Swiss ambassador in "
     "response."),
    (DIP, "southasia/near-miss", "Pakistan's foreign minister arrived in Kabul on Thursday for talks with the Taliban "
     "government on border security, days after clashes at the Chaman crossing. "
     "He was received by the Taliban's acting foreign minister."),
    (DIP, "wire/two-events", "The European Union called on both sides to exercise restraint after the border clashes, "
     "and its envoy held talks with officials in Yerevan and Baku. "
     "Both capitals welcomed the visit."),
    (DIP, "africa/two-events", "Algeria recalled its ambassador from Madrid over Spain's change of position on Western "
     "Sahara, the foreign ministry said. Spain said it regretted the decision."),
    (DIP, "africa/two-events", "President Ruto met his Somali counterpart in Nairobi on Tuesday to discuss the fight "
     "against Al-Shabaab, and the two leaders signed a memorandum on trade. "
     "They also agreed to reopen the border crossing at Mandera."),
    (DIP, "mideast/near-miss", "The Arab League held an emergency meeting in Cairo on Sunday to discuss the Israeli air "
     "strikes on Gaza, and called for an immediate ceasefire. "
     "The strikes had killed 30 people, health officials in Gaza said."),
    (DIP, "southasia/near-miss", "Bangladesh summoned the Indian envoy on Monday to protest against the killing of a "
     "teenager by the BSF at the border on Friday. India said its forces had fired in self-defence."),
    # --- outside ACLED: claim of responsibility (the claim told, the act only inside it)
    (CLM, "wire/claim", "The Islamic State claimed responsibility on Monday for the bombing of a mosque in Kunduz that "
     "killed more than 50 worshippers on Friday. The group said in a statement that the bomber was a Uyghur "
     "fighter."),
    (CLM, "southasia/claim", "The Pakistani Taliban claimed the attack on a police station in Lakki Marwat on Tuesday "
     "night, in which four policemen were killed, a spokesman said. "
     "The attackers had fled after a two-hour gun battle."),
    (CLM, "africa/claim", "Al-Shabaab said it was behind Sunday's attack on a military base in Lower Shabelle, and "
     "claimed to have killed 30 soldiers. The army said only five soldiers died."),
    (CLM, "southasia/claim", "The Baloch Liberation Army claimed responsibility for the blast on a railway track near "
     "Sibi in a statement to the media. The blast had derailed six bogies of the Jaffar Express."),
    (CLM, "fr/claim", "JNIM claimed responsibility for the ambush that killed 11 soldiers in the Mopti region last week, "
     "in a message published by its propaganda arm. "
     "The group said its fighters had seized weapons and two vehicles."),
    (CLM, "monitor/log", "12 Feb – ISIS claimed via Amaq the killing of two SDF members in Shuhail, a day after they "
     "were shot dead by gunmen on a motorbike."),
    (CLM, "mideast/claim", "The Houthis claimed responsibility on Sunday for a drone attack on an oil facility in "
     "Jeddah, saying they had used eight drones. The Saudi-led coalition said it had intercepted most of them."),
    # --- no ACLED event (a sentence, a denial, a drill, a reward, a warning, a meeting)
    (NONE, "africa/court", "A court in Maiduguri sentenced 12 Boko Haram suspects to 20 years in prison over the 2014 "
     "abduction of the Chibok schoolgirls. The convicts' lawyers said they would appeal."),
    (NONE, "fr/denial", "The army denied reports that militants had overrun its post in Kidal, calling the reports "
     "false. Residents said the town was calm."),
    (NONE, "southasia/drill", "The police conducted a mock drill at the railway station in Amritsar to test their "
     "preparedness for a terror attack. Bomb disposal teams and dog squads took part in the exercise."),
    (NONE, "latam/meeting", "The families of the 43 students who disappeared in Iguala in 2014 met the president on "
     "Monday, who promised them the truth. The meeting lasted three hours."),
    (NONE, "wire/reward", "The US State Department offered a reward of $5 million for information on the leader of the "
     "Islamic State in the Sahel. The group has carried out attacks on soldiers and civilians in the region since "
     "2015."),
    (NONE, "southasia/warning", "Authorities warned of possible attacks by militants during the festival season and "
     "advised residents to avoid crowded places. No incident was reported."),
    # --- the second batch (written after the first rules, measured once before any further change)
    (AC, "southasia/claim-after", "Terrorists opened fire on an army post in Rajouri's Thanamandi area on Thursday, "
     "triggering an encounter in which a soldier and one terrorist were killed. A local outfit later claimed the "
     "attack on social media."),
    (AC, "latam/near-miss", "The bodies of three farmers were found in a ditch near Tame last month. On Wednesday, "
     "soldiers and ELN guerrillas exchanged fire for two hours on the outskirts of the town, the army said."),
    (GRT, "africa/two-events", "Ethiopian federal forces retook the town of Lalibela from Tigrayan fighters on "
     "Sunday after heavy fighting, the government said. The fighters had looted the town's health centre."),
    (GRT, "monitor/near-miss", "Rebels shelled Kafr Nabudah for weeks. 16 May – Regime forces and allied militias "
     "recaptured the village after a dawn assault; eight soldiers were killed."),
    (NSO, "asia/release", "Arakan Army fighters overran a Border Guard Police outpost in Maungdaw after a two-day "
     "battle and took control of the area. They later released 14 captured policemen to the Red Cross."),
    (NSO, "africa/near-miss", "Soldiers had repelled an attack on the town in June. On Friday, JNIM fighters took "
     "control of Djibo after the troops fled their base, residents said."),
    (AIR, "asia/two-events", "Myanmar military jets bombed a school in Let Yet Kone village, killing seven children, "
     "witnesses said. Troops then stormed the village and detained several teachers."),
    (AIR, "mideast/claim-after", "Turkish drones struck a vehicle near Qamishli on Tuesday, killing two SDF commanders, "
     "the Kurdish-led force said. The Turkish defence ministry said it had neutralised two terrorists."),
    (SHL, "wire/two-events", "Palestinian militants fired more than 40 rockets from Gaza at southern Israel overnight, "
     "the army said. Most were intercepted, but one hit a house in Ashkelon, wounding a woman."),
    (SHL, "africa/near-miss", "Three weeks after clashes with the army around the town, Al-Shabaab fighters fired "
     "mortar rounds at the Halane base in Mogadishu on Sunday, wounding two contractors."),
    (REM, "africa/two-events", "A landmine explosion killed four soldiers on patrol near the Mali border in northern "
     "Burkina Faso, and gunmen then opened fire on the survivors, the army said."),
    (REM, "latam/claim-after", "An explosive device planted on a motorcycle exploded outside a police station in "
     "Jamundi, wounding three officers. The authorities blamed the dissidents of the Jaime Martinez column."),
    (SUI, "mideast/two-events", "A suicide bomber blew himself up at a checkpoint at the entrance of Tikrit, killing "
     "five members of the security forces. Security forces later arrested two suspected accomplices."),
    (SUI, "africa/near-miss", "Days after troops killed several militants in a raid, a suicide bomber detonated his "
     "explosives in the crowded market of Konduga, killing 12 people, the police said."),
    (GRN, "southasia/two-events", "Militants lobbed a grenade at a police party in Anantnag's bus stand, injuring six "
     "civilians, and fled in the ensuing chaos. Police later arrested two overground workers."),
    (GRN, "latam/near-miss", "Gang members had extorted money from the owner for months. On Saturday, two men threw a "
     "grenade into his restaurant in Guayaquil, wounding five diners, police said."),
    (CHM, "mideast/two-events", "Residents of Zamalka were treated for poisoning after a rocket carrying chlorine hit "
     "their neighbourhood, rescuers said. Shelling continued on the town throughout the day."),
    (CHM, "asia/near-miss", "Soldiers and rebels fought near Laukkaing last month. On Tuesday, junta aircraft dropped "
     "bombs containing a toxic chemical on a rebel camp, causing breathing problems among fighters, the rebels said."),
    (ATK, "asia/two-events", "Gunmen on a motorcycle shot dead a local councillor in Maguindanao on Monday, police said. "
     "His supporters blocked the highway for hours in protest."),
    (ATK, "mideast/near-miss", "Settlers had uprooted olive trees near the village last week. On Friday, settlers "
     "attacked Palestinian farmers in Burqa with stones and clubs, wounding four, the Palestinian Red Crescent said."),
    (ABD, "latam/two-events", "Armed men abducted a social leader from his home in El Tarra on Tuesday night, "
     "community members said. Residents gathered in the square to demand his release."),
    (ABD, "southasia/near-miss", "After a week of protests over power cuts in the district, unidentified men picked up "
     "two journalists from their homes in Turbat, and their families have had no news of them since."),
    (SEX, "latam/two-events", "Three soldiers sexually abused an indigenous girl in Risaralda, the army admitted on "
     "Wednesday. Indigenous leaders held a protest march in Pueblo Rico the next day."),
    (SEX, "africa/near-miss", "Herders and farmers clashed near the village last month. On Saturday, armed herders "
     "raped two women working on a farm outside Agatu, the community leader said."),
    (PEA, "mideast/two-events", "Hundreds of teachers staged a sit-in outside the education directorate in Sulaymaniyah "
     "to demand unpaid salaries, and the protest ended without incident. The teachers announced a strike for "
     "Sunday."),
    (PEA, "latam/near-miss", "Days after the murder of an environmental activist in Honduras, hundreds of Garifuna "
     "residents marched peacefully through La Ceiba to demand justice."),
    (PWI, "asia/two-events", "Police dispersed a rally of garment workers demanding unpaid wages in Gazipur with "
     "batons, and detained 12 of them. The workers returned to the factory gates the next day."),
    (PWI, "africa/near-miss", "A journalist was abducted in Conakry on Monday. On Tuesday, gendarmes fired tear gas to "
     "disperse colleagues who had gathered peacefully outside the press house to demand his release."),
    (EXF, "asia/two-events", "Soldiers fired live rounds at residents protesting peacefully against the coup in "
     "Mandalay, killing two, including a teenager. Residents set up barricades in several neighbourhoods."),
    (EXF, "latam/near-miss", "Truckers had blocked the highway for three days. On Thursday, police opened fire on the "
     "peaceful demonstrators at the Cajamarca toll booth, killing one and wounding four, the Ombudsman said."),
    (VDM, "africa/arrest-after", "A demonstration against the rise in bread prices in Khartoum turned violent as "
     "protesters torched a police station and blocked roads with burning tyres. Security forces arrested dozens."),
    (VDM, "southasia/near-miss", "A youth was killed in a road accident on the highway on Sunday. Angry residents "
     "protesting the death pelted the police with stones and set fire to a truck, police said."),
    (MOB, "africa/two-events", "A mob lynched two suspected kidnappers in a village in Kogi State, police said. The "
     "police later rescued a third suspect from the crowd."),
    (MOB, "southasia/near-miss", "A rumour spread on WhatsApp that child lifters were active in the area. On Monday, a "
     "crowd beat to death a man from another state in Dhule district, police said."),
    (AGR, "latam/two-events", "The government and the FARC dissidents of the Estado Mayor Central signed a ceasefire "
     "decree in Bogota on Sunday, and the dissidents released two captured soldiers as a gesture of goodwill."),
    (AGR, "mideast/near-miss", "Clashes between rival factions killed six in the Ain al-Hilweh camp last week. On "
     "Monday, the factions agreed to a truce brokered by Palestinian leaders and withdrew their fighters from the "
     "streets."),
    (ARR, "southasia/two-events", "Police arrested 15 activists of a student union in Guwahati for allegedly "
     "obstructing officials, and seized banners from their office. They were released on bail on Monday."),
    (ARR, "africa/near-miss", "Unknown gunmen killed a police officer in Ihiala last month. On Friday, soldiers "
     "arrested 30 young men in a raid on the town's motor park, residents said."),
    (CHG, "africa/two-events", "The army announced the deployment of 2,000 more soldiers to Kebbi State after a spate "
     "of bandit attacks, the Defence Headquarters said. The troops will set up checkpoints on the highways."),
    (CHG, "southasia/near-miss", "Weeks after a clash with the police in Sukma, the CPI (Maoist) announced that it was "
     "dissolving its Darbha division and merging its cadres into the West Bastar division."),
    (DIS, "africa/two-events", "Troops recovered a cache of 45 AK-47 rifles and rocket-propelled grenades hidden in a "
     "cave near Gwoza, the army said. The weapons were handed over to the brigade headquarters."),
    (DIS, "mideast/near-miss", "Houthi forces launched a drone towards Abha on Tuesday. Saudi air defences shot down the "
     "drone before it reached the city, the coalition said."),
    (HQ, "africa/two-events", "Wagner mercenaries have set up a base at the airport of Tessalit after the departure of "
     "the UN peacekeepers, local sources said. Armed men have since patrolled the town."),
    (HQ, "asia/near-miss", "Clashes with the army forced the rebels out of their camp in the hills last year. This "
     "week, the rebels established a new headquarters in the forest near the Thai border, the army said."),
    (LOO, "africa/two-events", "Unidentified gunmen set fire to a primary school in Kumba overnight, destroying three "
     "classrooms; no one was hurt. Classes were suspended."),
    (LOO, "latam/near-miss", "Days after gunfights between rival gangs in the area, looters ransacked shops abandoned "
     "by their owners in the Croix-des-Bouquets market, residents said."),
    (NVT, "africa/two-events", "UN peacekeepers handed over their camp in Ber to the Malian army on Sunday as part of "
     "the mission's withdrawal. Malian soldiers raised the national flag over the camp."),
    (NVT, "asia/near-miss", "The army and the rebels fought around the town for weeks. Under a ceasefire deal, the "
     "army withdrew from the town on Saturday and handed it to the rebels without a shot being fired."),
    (ORG, "asia/two-events", "Police seized 1.2 tonnes of methamphetamine hidden in tea packets in a raid in Shan State "
     "and arrested four traffickers. The drugs were bound for Thailand."),
    (ORG, "africa/near-miss", "Customs officers at Lagos port intercepted a container on Monday. Inside, they found 300 "
     "kilograms of tramadol pills declared as spare parts, and the importer was arrested."),
    (NAT, "africa/two-events", "Heavy floods swept through the Tana River county, killing 15 people and displacing "
     "thousands, the Red Cross said. Residents of a camp blocked a road to demand food aid."),
    (NAT, "asia/near-miss", "Soldiers and rebels clashed near the town last week. On Wednesday, an earthquake of "
     "magnitude 6.1 struck the area, killing nine people and destroying hundreds of homes."),
    (MAN, "latam/two-events", "An explosion at an illegal fireworks workshop in Tultepec killed 11 people, the civil "
     "protection agency said. Police later arrested the owner of the workshop."),
    (MAN, "mideast/near-miss", "Protesters had clashed with police near the refinery in June. On Thursday, a fire "
     "caused by a fuel leak broke out at the refinery in Baiji, killing three workers."),
    (DIP, "wire/two-events", "The foreign ministers of Egypt and Sudan met in Cairo on Monday to discuss the fighting "
     "in Khartoum, and called on the warring parties to protect civilians."),
    (DIP, "africa/near-miss", "Days after clashes on the border, Kenya recalled its ambassador from Mogadishu for "
     "consultations, the foreign ministry said. Somalia expressed regret."),
    (CLM, "wire/claim", "The Islamic State group claimed responsibility on Saturday for an attack on a Shiite mosque "
     "in Oman that killed six people on Monday, in a statement on its Telegram channels."),
    (CLM, "africa/claim", "In a video released on Thursday, Boko Haram said its fighters were behind the abduction of "
     "students from a school in Kankara last week."),
    (NONE, "mideast/court", "A military court in Beirut sentenced three men to death over the 2019 bombing of a bus in "
     "Tripoli. Their lawyers said they would appeal."),
    (NONE, "africa/warning", "The police warned that gunmen were planning attacks on schools in the state and ordered "
     "the closure of boarding schools. No attack was reported."),
]

FIRST_BATCH = 209  # the rows of the first batch (held out on 58edfcb); the second batch follows them

# rows main does not get right (the held-out misses), text -> what main gave
GAPS: dict[str, str] = {
    'A suicide car bomb struck an army column on the edge of Tal Afar on Tuesday. Two days later, Iraqi forces drove Islamic State militants out of the town and raised the national flag over its citadel, the Joint Operations Command said.':
        'coded Suicide bomb',
    'Al-Shabaab fighters stormed a hotel in Kismayo after a suicide car bomb blew open its gate, and fought the security forces for 12 hours. At least 26 people were killed, officials said.':
        'coded Armed clash',
    '5 Jan – An unknown person threw a grenade into the yard of a house in Daraa al-Balad, wounding a woman and her two children; later that night gunmen shot dead a former opposition commander in Tafas.':
        'coded Attack',
    'An opposition leader was arrested at his home in Harare early on Friday. When about 200 of his supporters gathered peacefully outside the central police station to demand his release, police dispersed them with tear gas and detained 14.':
        'coded Arrests',
    '4 Apr – Residents of two neighbouring villages in the Aweil area fought over grazing land with sticks and spears; four people were killed and two huts burned.':
        'coded Armed clash',
    'Police arrested a man in Mbale on Tuesday on suspicion of stealing a motorcycle. Before the officers arrived, a crowd of boda-boda riders had beaten him unconscious and set fire to his house.':
        'coded Arrests',
    'The ELN announced it was suspending its armed operations for a week during the national elections, its central command said in a statement. The army said it would keep up its offensive.':
        'coded Attack',
    'The Nigerian Army relocated its brigade headquarters from Monguno to Maiduguri, officials said, days after insurgents attacked the town. Troops and their families began moving on Saturday.':
        'coded Attack',
    '2 Jul – The factions of the National Front for Liberation in Jabal al-Zawiya merged into a single command, the new body announced; sporadic shelling continued in the area.':
        'coded Government regains territory',
    'The Jalisco cartel has set up a camp in the mountains of Michoacan from which its gunmen attack rival groups, local officials said. Residents of three villages have fled.':
        'coded organised_crime',
    'Armenian forces handed the Kalbajar district to Azerbaijan on Wednesday under the ceasefire agreement, and residents burned their houses before leaving. Azerbaijani troops entered the district on Thursday.':
        'coded Mob violence',
    'President Ruto met his Somali counterpart in Nairobi on Tuesday to discuss the fight against Al-Shabaab, and the two leaders signed a memorandum on trade. They also agreed to reopen the border crossing at Mandera.':
        'coded Agreement',
    'The Arab League held an emergency meeting in Cairo on Sunday to discuss the Israeli air strikes on Gaza, and called for an immediate ceasefire. The strikes had killed 30 people, health officials in Gaza said.':
        'coded Agreement',
    'Bangladesh summoned the Indian envoy on Monday to protest against the killing of a teenager by the BSF at the border on Friday. India said its forces had fired in self-defence.':
        'coded Attack',
    'The US State Department offered a reward of $5 million for information on the leader of the Islamic State in the Sahel. The group has carried out attacks on soldiers and civilians in the region since 2015.':
        'coded Armed clash',
    'A journalist was abducted in Conakry on Monday. On Tuesday, gendarmes fired tear gas to disperse colleagues who had gathered peacefully outside the press house to demand his release.':
        'coded Abduction/forced disappearance',
    'A youth was killed in a road accident on the highway on Sunday. Angry residents protesting the death pelted the police with stones and set fire to a truck, police said.':
        'coded man_made_disaster',
    'Weeks after a clash with the police in Sukma, the CPI (Maoist) announced that it was dissolving its Darbha division and merging its cadres into the West Bastar division.':
        'coded Armed clash',
    'Customs officers at Lagos port intercepted a container on Monday. Inside, they found 300 kilograms of tramadol pills declared as spare parts, and the importer was arrested.':
        'coded Arrests',
    'The police warned that gunmen were planning attacks on schools in the state and ordered the closure of boarding schools. No attack was reported.':
        'coded Other',
}
# rows whose family main did not get right either (the gaps whose wrong sub-event type is of another family)
FAMILY_GAP_TEXTS: frozenset[str] = frozenset({
    'A suicide car bomb struck an army column on the edge of Tal Afar on Tuesday. Two days later, Iraqi forces drove Islamic State militants out of the town and raised the national flag over its citadel, the Joint Operations Command said.',
    'Al-Shabaab fighters stormed a hotel in Kismayo after a suicide car bomb blew open its gate, and fought the security forces for 12 hours. At least 26 people were killed, officials said.',
    '5 Jan – An unknown person threw a grenade into the yard of a house in Daraa al-Balad, wounding a woman and her two children; later that night gunmen shot dead a former opposition commander in Tafas.',
    'An opposition leader was arrested at his home in Harare early on Friday. When about 200 of his supporters gathered peacefully outside the central police station to demand his release, police dispersed them with tear gas and detained 14.',
    '4 Apr – Residents of two neighbouring villages in the Aweil area fought over grazing land with sticks and spears; four people were killed and two huts burned.',
    'Police arrested a man in Mbale on Tuesday on suspicion of stealing a motorcycle. Before the officers arrived, a crowd of boda-boda riders had beaten him unconscious and set fire to his house.',
    'The ELN announced it was suspending its armed operations for a week during the national elections, its central command said in a statement. The army said it would keep up its offensive.',
    'The Nigerian Army relocated its brigade headquarters from Monguno to Maiduguri, officials said, days after insurgents attacked the town. Troops and their families began moving on Saturday.',
    '2 Jul – The factions of the National Front for Liberation in Jabal al-Zawiya merged into a single command, the new body announced; sporadic shelling continued in the area.',
    'The Jalisco cartel has set up a camp in the mountains of Michoacan from which its gunmen attack rival groups, local officials said. Residents of three villages have fled.',
    'Armenian forces handed the Kalbajar district to Azerbaijan on Wednesday under the ceasefire agreement, and residents burned their houses before leaving. Azerbaijani troops entered the district on Thursday.',
    'President Ruto met his Somali counterpart in Nairobi on Tuesday to discuss the fight against Al-Shabaab, and the two leaders signed a memorandum on trade. They also agreed to reopen the border crossing at Mandera.',
    'The Arab League held an emergency meeting in Cairo on Sunday to discuss the Israeli air strikes on Gaza, and called for an immediate ceasefire. The strikes had killed 30 people, health officials in Gaza said.',
    'Bangladesh summoned the Indian envoy on Monday to protest against the killing of a teenager by the BSF at the border on Friday. India said its forces had fired in self-defence.',
    'The US State Department offered a reward of $5 million for information on the leader of the Islamic State in the Sahel. The group has carried out attacks on soldiers and civilians in the region since 2015.',
    'A journalist was abducted in Conakry on Monday. On Tuesday, gendarmes fired tear gas to disperse colleagues who had gathered peacefully outside the press house to demand his release.',
    'A youth was killed in a road accident on the highway on Sunday. Angry residents protesting the death pelted the police with stones and set fire to a truck, police said.',
    'Weeks after a clash with the police in Sukma, the CPI (Maoist) announced that it was dissolving its Darbha division and merging its cadres into the West Bastar division.',
    'Customs officers at Lagos port intercepted a container on Monday. Inside, they found 300 kilograms of tramadol pills declared as spare parts, and the importer was arrested.',
    'The police warned that gunmen were planning attacks on schools in the state and ordered the closure of boarding schools. No attack was reported.',
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
        assert 8 <= sum(r[0] == label for r in ROWS) <= 9, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    missed = {label for label in labels if not any(r[0] == label and r[1].endswith("/near-miss") for r in ROWS)}
    assert missed == {CLM, NONE}, missed
    assert len(ROWS) >= 260 and len({r[2] for r in ROWS}) == len(ROWS)
    registers = {r[1].split("/")[0] for r in ROWS}
    assert {"wire", "southasia", "africa", "latam", "mideast", "monitor"} <= registers
    one_sentence = [r for r in ROWS[FIRST_BATCH:] if r[2].count(". ") + r[2].count("; ") == 0 and r[1][:7] != "monitor"]
    assert all(r[2].count(". ") + r[2].count("; ") >= 1 or r[1].startswith("monitor") for r in ROWS[:FIRST_BATCH])
    assert len(one_sentence) == 11  # the second batch's events joined in one sentence ("Days after ..., X did Y")
    assert set(GAPS) <= {r[2] for r in ROWS} and FAMILY_GAP_TEXTS <= set(GAPS)
