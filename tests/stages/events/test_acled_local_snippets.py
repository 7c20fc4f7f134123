"""A probe of the ACLED typology in the ENGLISH OF LOCAL PAPERS, in the shape of CASE 2021 task-2
snippets, written from ACLED's definitions of its sub-event types (and of the reports outside its scope)
before any rule was written for it, so that the code's score on it estimates how its typing holds on the
local press that ACLED and CASE draw on and the wire probes lack.

Every snippet is invented, one to three sentences: a mid-article sentence, a headline, a report frame
("police said"), two events where the main one must win, a past event in a subordinate clause, and near
misses between families. The vocabulary is that of English-language local papers:
- South Asia: "miscreants", "goons", "jawans", "Maoists", "Naxals", "ultras", "cadres", "bandh",
  "hartal", "dharna", "gherao", "lathi-charge", "stone-pelting", "IED blast", "encounter" (a shoot-out),
  "cross-firing", "abducted for ransom", "torched", "downed shutters", "martyring", "ex gratia";
- West and East Africa: "bandits", "herders", "unknown gunmen", "hoodlums", "thugs", "jungle justice",
  "mob action", "ambushed", "razed", "kidnappers", "whisked away", "cattle rustlers", "Al-Shabaab
  militants", "neutralising", "paid the supreme price";
- Latin America, in translation: "sicarios", "armed men", "cartel cell", "narco-blockades", "truckers'
  roadblocks", "marchers", "mobilisation", "social leader";
- Southeast Asia: "NPA rebels", "Abu Sayyaf", "ambuscade", "harassed an army detachment", "strafed",
  "buy-bust", "revolutionary tax".
In the first batch every ACLED sub-event type has seven to ten rows, every outside-ACLED category (organised crime, natural
and man-made disasters, diplomacy, claims of responsibility) seven or eight, and ``NONE`` rows (no ACLED
event: a verdict, a debunked report, a threat, a drill, a reward, compensation, a warning) eight. Near
misses: a lightning strike and an air strike, a gas cylinder blast and a bomb, a diplomatic protest over a
killing and a demonstration, a debunked attack, a protest named in an arrest, a stun grenade at a march.

A row is ``(label, "country/shape", text)``; the label is the sub-event type (or outside-ACLED scope, or
``NONE``) of the snippet's main event as the ACLED evaluation picks it; its family follows from it.
Rows the code does not get right are in ``GAPS`` (sub-event type) and ``FAMILY_GAPS`` (family), strict
xfails: ``python -m pytest tests/stages/events/test_acled_local_snippets.py -rx`` lists them.

Measured on main at 6c96c90, before any change (the held-out estimate): sub-event type 195 of 229
(0.852), family 200 of 229 (0.873), a main event found for 209 of the 221 rows with an ACLED or
outside-ACLED label (0.946).
After the rules of tests/stages/events/test_acled_local_rules.py (branch i16-acled-local): sub-event type 208 of
229 (0.908), family 210 of 229 (0.917), found 215 of 221 (0.973); CASE 2021 dev and PLOVER dev unchanged.
A second batch of 45 rows (the end of ROWS), written after those rules and measured once before any further
change, a fresh held-out estimate: sub-event type 37 of 45 (0.822), family 37 of 45 (0.822), found 40 of 43
(0.930); 38 of 45 after the rule for a rape whose doer a crowd word names ("raped by a youth"), 39 after
the one for military posts struck ("targeted forward posts ... with mortar shells"), 40 after the one that an act
told as denied is no main event.
On main at 0243c27: sub-event type 248 of 274, family 250 of 274; after the rules of
tests/stages/events/test_acled_bulletin_rules.py (branch i16-acled-bulletins): 249 and 251 (cattle rustlers who kill
herdsmen attack civilians); after those of tests/stages/events/test_acled_bound_rules.py (branch i16-acled-bounds):
250 and 252 (drugs and contraband found are seized: "soldiers found a narco-lab producing methamphetamine").
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
    # --- Battles: armed clash (both sides armed and organised; an ambush on troops is a clash)
    (AC, "india/report", "Two Maoists were killed in an encounter with CRPF jawans in the forests of Bijapur district "
     "on Saturday, police said."),
    (AC, "india/mid", "A jawan of the Assam Rifles was injured in cross-firing with NSCN-K cadres near the Indo-Myanmar "
     "border."),
    (AC, "nigeria/mid", "Troops engaged bandits in a fierce gun duel at Dansadau, neutralising seven of them while two "
     "soldiers paid the supreme price."),
    (AC, "philippines/report", "Government troops figured in a 30-minute firefight with NPA rebels in Barangay Lumbia, "
     "Bukidnon, the army's 4th Infantry Division said."),
    (AC, "philippines/mid", "Three soldiers were killed in an ambuscade staged by NPA rebels in Barangay Catubig, "
     "Northern Samar."),
    (AC, "philippines/mid", "NPA rebels harassed an army detachment in Barangay Mahaba, firing at the soldiers for ten "
     "minutes before fleeing."),
    (AC, "mexico/report", "Soldiers repelled an attack by armed men of a cartel cell in Tepalcatepec, killing five of "
     "the attackers, the Defence Ministry said."),
    (AC, "somalia/mid", "Al-Shabaab militants and Jubaland forces fought a heavy gun battle outside Afmadow on "
     "Thursday, residents said."),
    (AC, "india/headline", "Three ultras killed in Manipur gunfight with security forces"),
    # --- Battles: government regains territory
    (GRT, "india/report", "Security forces have wrested control of the Budha Pahad hills from the Maoists after a "
     "three-year operation, the Jharkhand police chief said."),
    (GRT, "nigeria/report", "Troops have dislodged Boko Haram terrorists from their stronghold at Timbuktu Triangle and "
     "taken control of the area, the army spokesman said."),
    (GRT, "somalia/mid", "Somali National Army troops liberated the town of Adan Yabaal from Al-Shabaab militants on "
     "Friday."),
    (GRT, "myanmar/report", "The junta's troops retook Kawlin town from resistance forces after a week of fighting, "
     "state media said."),
    (GRT, "mozambique/mid", "Government forces regained control of Palma after driving out the insurgents, the "
     "defence minister told reporters."),
    (GRT, "colombia/mid", "The army recovered control of the rural area of Argelia, which FARC dissidents had "
     "dominated for two years."),
    (GRT, "philippines/mid", "Soldiers overran the main NPA camp in the hinterlands of Barangay Mabini after a "
     "two-hour firefight, the brigade commander said."),
    # --- Battles: non-state actor overtakes territory
    (NSO, "nigeria/mid", "Bandits have taken over Kuyambana forest and the surrounding villages in Zamfara after a "
     "gun battle with vigilantes, a community leader said."),
    (NSO, "somalia/report", "Al-Shabaab militants captured the town of Mahas in Hiiraan after a brief gun battle with "
     "government troops, locals said."),
    (NSO, "myanmar/mid", "Resistance forces captured a junta base in Kani township after three days of fighting, the "
     "local People's Defence Force said."),
    (NSO, "burkina/mid", "Jihadists overran the gendarmerie post at Djibasso and took control of the town."),
    (NSO, "cameroon/mid", "Amba fighters seized control of Bali Nyonga and hoisted their flag after routing soldiers."),
    (NSO, "philippines/mid", "Abu Sayyaf bandits occupied a village in Patikul, Sulu, after a firefight with marines."),
    (NSO, "drc/headline", "ADF rebels seize Lubero village after clashes with FARDC"),
    # --- Explosions/Remote violence: air/drone strike
    (AIR, "pakistan/report", "Jets of the Pakistan Air Force pounded militant hideouts in North Waziristan, killing 12 "
     "terrorists, the ISPR said."),
    (AIR, "nigeria/mid", "An Alpha Jet of the Nigerian Air Force strafed a bandits' enclave in the Kuduru forest, "
     "neutralising scores of fighters."),
    (AIR, "philippines/mid", "Air Force helicopters strafed NPA positions in the mountains of Lanao del Norte during "
     "the operation."),
    (AIR, "myanmar/report", "Junta fighter jets bombed a village in Sagaing region, killing 11 civilians including "
     "children, residents said."),
    (AIR, "somalia/mid", "An unmanned aerial vehicle hit an Al-Shabaab training camp in Middle Juba on Sunday, the "
     "Somali government said."),
    (AIR, "yemen/mid", "Coalition aircraft carried out three raids on Houthi positions in Hodeidah's Durayhimi "
     "district."),
    (AIR, "burkina/mid", "Army drones struck a jihadist convoy near Djibo, destroying several motorcycles."),
    # --- Explosions/Remote violence: shelling/artillery/missile attack
    (SHL, "kashmir/report", "Pakistani troops resorted to unprovoked shelling along the Line of Control in Poonch, "
     "injuring two villagers, a defence spokesman said."),
    (SHL, "somalia/mid", "Al-Shabaab militants lobbed mortar rounds into the airport compound in Mogadishu on "
     "Wednesday evening."),
    (SHL, "nigeria/mid", "Boko Haram insurgents fired artillery shells into Monguno town from its outskirts on Sunday "
     "night."),
    (SHL, "myanmar/mid", "Junta artillery shells landed in a monastery compound in Kyaukme, killing two novice monks."),
    (SHL, "armenia/report", "Azerbaijani forces shelled the village of Sotk with mortars, the Armenian defence "
     "ministry said."),
    (SHL, "yemen/mid", "A Houthi ballistic missile struck a market in Marib city, killing six civilians."),
    (SHL, "india/headline", "Pak troops shell forward posts in Uri, violate ceasefire"),
    # --- Explosions/Remote violence: remote explosive/landmine/IED
    (REM, "india/report", "Two jawans of the District Reserve Guard were killed when Maoists triggered an IED blast "
     "under their vehicle in Dantewada, police said."),
    (REM, "pakistan/mid", "A roadside bomb went off near a police van in Bajaur, injuring four policemen."),
    (REM, "somalia/mid", "A landmine explosion hit a minibus on the road between Baidoa and Burhakaba, killing eight "
     "passengers."),
    (REM, "philippines/mid", "A landmine planted by NPA rebels exploded as an army truck passed in Barangay Hinabangan, "
     "wounding four soldiers."),
    (REM, "colombia/mid", "A motorcycle loaded with explosives blew up outside a police station in Jamundí, wounding "
     "two officers."),
    (REM, "manipur/headline", "IED explosion rocks Imphal market, two hurt"),
    (REM, "thailand/mid", "Insurgents detonated a bomb hidden in a motorcycle near a rubber plantation in Pattani, "
     "killing a ranger."),
    # --- Explosions/Remote violence: suicide bomb
    (SUI, "pakistan/report", "A suicide bomber blew himself up near a police checkpoint in Dera Ismail Khan, martyring "
     "three policemen, officials said."),
    (SUI, "somalia/mid", "An Al-Shabaab suicide bomber rammed an explosives-laden vehicle into the gate of an army base "
     "in Lower Shabelle."),
    (SUI, "nigeria/mid", "Two female suicide bombers detonated their explosives at a mosque in Konduga, killing "
     "worshippers."),
    (SUI, "afghanistan/mid", "A suicide attacker wearing an explosive vest struck a Shia mosque in Kunduz during "
     "Friday prayers."),
    (SUI, "philippines/mid", "A suicide bomber blew up at the gate of a military camp in Indanan, Sulu, killing three "
     "soldiers."),
    (SUI, "cameroon/mid", "A teenage girl strapped with explosives detonated herself in a crowded market in Mora."),
    (SUI, "pakistan/headline", "Suicide blast at Peshawar mosque kills 40 worshippers"),
    # --- Explosions/Remote violence: grenade
    (GRN, "kashmir/report", "Terrorists hurled a grenade at a CRPF bunker in Sopore, injuring two jawans and a "
     "civilian, police said."),
    (GRN, "manipur/mid", "Unidentified miscreants lobbed a hand grenade into the compound of a BJP leader's house in "
     "Imphal East."),
    (GRN, "bangladesh/mid", "Attackers threw a grenade at a rally of opposition activists in Sylhet, wounding dozens."),
    (GRN, "philippines/mid", "A grenade was tossed at a bus terminal in Cotabato City, injuring seven passengers."),
    (GRN, "kenya/mid", "Suspected Al-Shabaab militants threw a grenade into a bar in Mandera town, injuring four "
     "patrons."),
    (GRN, "thailand/mid", "A man threw a hand grenade at a police booth in Narathiwat, injuring two officers."),
    (GRN, "colombia/mid", "A grenade was hurled at a police patrol in Cúcuta's Atalaya neighbourhood, wounding three "
     "officers."),
    # --- Explosions/Remote violence: chemical weapon
    (CHM, "syria/mid", "Regime helicopters dropped barrels filled with chlorine on Saraqeb, causing cases of "
     "suffocation, the White Helmets said."),
    (CHM, "iraq/mid", "IS militants fired rockets loaded with mustard agent at Peshmerga positions near Makhmour."),
    (CHM, "syria/report", "Dozens of people suffered breathing difficulties after a suspected sarin attack on Khan "
     "Sheikhoun, doctors said."),
    (CHM, "myanmar/mid", "Resistance fighters said the army used chemical weapons against them in Kayah state, citing "
     "yellow smoke and burns."),
    (CHM, "iraq/headline", "Chlorine gas attack reported in west Mosul"),
    (CHM, "syria/mid", "Activists said a toxic gas attack by government forces killed dozens of people in Douma."),
    (CHM, "ukraine/mid", "Russian drones dropped munitions containing poison gas on Ukrainian trenches near Avdiivka, "
     "the general staff said."),
    # --- Violence against civilians: attack
    (ATK, "nigeria/report", "Unknown gunmen stormed Ngban community in Guma LGA at night and killed 11 villagers, the "
     "council chairman said."),
    (ATK, "nigeria/mid", "Suspected herders attacked farmers in Agatu, hacking down seven people with machetes."),
    (ATK, "india/mid", "Miscreants shot dead a Trinamool panchayat member near his house in Basirhat on Sunday night."),
    (ATK, "mexico/mid", "Sicarios burst into a family party in Celaya and opened fire on the guests, killing seven."),
    (ATK, "kenya/mid", "Al-Shabaab militants ambushed a bus in Lamu and killed five passengers."),
    (ATK, "drc/mid", "ADF rebels raided Mukondi village at night and killed more than 40 civilians with machetes."),
    (ATK, "colombia/mid", "Armed men murdered a social leader in front of his home in Tumaco, the Ombudsman's office "
     "said."),
    (ATK, "philippines/mid", "NPA rebels executed a barangay captain they accused of being a military informant."),
    (ATK, "nigeria/mid", "Political thugs attacked voters at a polling unit in Surulere, injuring several of them."),
    (ATK, "kenya/mid", "Cattle rustlers shot dead two herdsmen in Turkana and drove away 200 cows."),
    # --- Violence against civilians: abduction/forced disappearance
    (ABD, "nigeria/report", "Bandits abducted 30 passengers travelling on the Kaduna-Abuja highway and demanded N100 "
     "million ransom, police said."),
    (ABD, "nigeria/mid", "Kidnappers whisked away a Catholic priest from his parish residence in Kafanchan in the early "
     "hours of Monday."),
    (ABD, "india/mid", "Maoists abducted the supervisor of a road contractor from a construction site in Sukma for "
     "ransom."),
    (ABD, "somalia/mid", "Al-Shabaab militants kidnapped four aid workers from a health centre near Dhusamareb."),
    (ABD, "philippines/mid", "Abu Sayyaf gunmen seized three Indonesian fishermen off the coast of Tawi-Tawi."),
    (ABD, "mexico/mid", "Armed men took away 14 workers from a mine in Zacatecas; their whereabouts remain unknown, "
     "relatives said."),
    (ABD, "pakistan/mid", "The activist was picked up by men in plain clothes in Swabi and has not been seen since."),
    (ABD, "cameroon/mid", "Separatist fighters kidnapped 11 teachers from a school in Ekondo Titi."),
    # --- Violence against civilians: sexual violence
    (SEX, "india/report", "A Dalit teenager was gang-raped by four men in a field in Hathras district, police said."),
    (SEX, "drc/mid", "Militiamen raped at least 30 women during an attack on villages in Masisi, a local NGO said."),
    (SEX, "nigeria/mid", "Bandits sexually assaulted several women after invading a farming community in Zurmi."),
    (SEX, "southsudan/mid", "UN investigators said soldiers raped women collecting firewood near the Bentiu "
     "protection site."),
    (SEX, "myanmar/mid", "Villagers said junta troops sexually abused three women during a raid in Magway region."),
    (SEX, "colombia/mid", "Paramilitaries sexually abused two Indigenous girls in a rural area of Chocó, the Ombudsman "
     "said."),
    (SEX, "sudan/mid", "RSF militiamen raped dozens of women and girls in El Geneina, a rights monitor said."),
    # --- Protests: peaceful protest
    (PEA, "india/report", "Members of the ASHA workers' union staged a dharna in front of the district collectorate in "
     "Kozhikode, demanding a hike in their honorarium."),
    (PEA, "bangladesh/mid", "Opposition activists observed a day-long hartal across Dhaka on Sunday."),
    (PEA, "india/mid", "Students gheraoed the vice-chancellor in his office for five hours over the fee hike."),
    (PEA, "nigeria/mid", "Members of the Nigeria Labour Congress marched to the state house of assembly in Osogbo to "
     "protest unpaid salaries."),
    (PEA, "kenya/mid", "Boda boda riders held a peaceful demonstration in Kisumu against police harassment."),
    (PEA, "mexico/mid", "Relatives of the 43 missing students marched in Mexico City on the anniversary of their "
     "disappearance."),
    (PEA, "peru/mid", "Truckers set up roadblocks on the Pan-American highway in Ica to protest rising fuel prices."),
    (PEA, "colombia/mid", "A peaceful mobilisation of coca growers blocked the road between Tumaco and Pasto for a "
     "third day."),
    (PEA, "india/two-events", "Traders downed shutters in Guwahati in response to a bandh call, a day after police "
     "arrested the union leader."),
    # --- Protests: protest with intervention
    (PWI, "india/report", "Police lathi-charged Congress workers who were staging a dharna outside the BJP office in "
     "Lucknow, an official said."),
    (PWI, "kenya/mid", "Police fired teargas to disperse traders protesting the demolition of their stalls in Nakuru."),
    (PWI, "nigeria/mid", "Police teargassed protesters marching against police brutality in Ibadan and arrested several "
     "of them."),
    (PWI, "pakistan/mid", "Police baton-charged PTI workers protesting outside the election commission in Islamabad "
     "and detained a dozen."),
    (PWI, "bangladesh/mid", "Police foiled a human chain of BNP activists in front of the National Press Club, "
     "detaining 15."),
    (PWI, "colombia/mid", "Riot police broke up a march of students in Bogotá with stun grenades and water cannon."),
    (PWI, "uganda/mid", "Police arrested 12 opposition supporters who were protesting peacefully outside parliament in "
     "Kampala."),
    (PWI, "india/mid", "Farmers marching to Delhi were stopped at the Shambhu border, where police used water cannons "
     "on them."),
    # --- Protests: excessive force against protesters
    (EXF, "nigeria/report", "Soldiers opened fire on peaceful protesters at a toll gate in Lagos, killing several of "
     "them, Amnesty International said."),
    (EXF, "kenya/mid", "Police shot dead two protesters during demonstrations against the cost of living in Kisumu."),
    (EXF, "myanmar/mid", "Security forces fired live rounds at anti-coup marchers in Mandalay, killing a 19-year-old "
     "woman."),
    (EXF, "bangladesh/mid", "Police fired on students demanding quota reform in Rangpur, killing one of them."),
    (EXF, "india/mid", "Six farmers were killed when police opened fire on a farmers' agitation for fair prices in "
     "Mandsaur."),
    (EXF, "sudan/mid", "Security forces killed four protesters in Omdurman as they marched against military rule, "
     "doctors said."),
    (EXF, "peru/mid", "Police fired live ammunition at marchers in Juliaca, killing 17, the ombudsman said."),
    # --- Riots: violent demonstration
    (VDM, "india/report", "Protesters pelted stones at the police and torched two buses in Kolkata during a bandh "
     "called against the new law."),
    (VDM, "kashmir/mid", "Youths resorted to stone-pelting on security forces in Shopian after the killing of a "
     "militant."),
    (VDM, "bangladesh/mid", "Agitating garment workers vandalised factories and set fire to vehicles on the "
     "Dhaka-Mymensingh highway during a protest over wages."),
    (VDM, "nigeria/mid", "Youths protesting the killing of a commercial motorcyclist set the police divisional "
     "headquarters ablaze in Ikorodu."),
    (VDM, "kenya/mid", "Protesters barricaded roads with burning tyres and hurled stones at police in Kibera during "
     "opposition demonstrations."),
    (VDM, "southafrica/mid", "Residents demanding electricity torched the municipal offices in Tembisa during a "
     "service delivery protest."),
    (VDM, "colombia/mid", "Hooded marchers attacked a bank and a police post with petrol bombs during the national "
     "strike in Popayán."),
    (VDM, "pakistan/mid", "TLP protesters attacked policemen with sticks and blocked the GT Road in Lahore, injuring "
     "dozens of officers."),
    (VDM, "nigeria/mid", "Hoodlums who hijacked the protest looted shops and burnt a police station in Oyigbo."),
    # --- Riots: mob violence
    (MOB, "nigeria/report", "A mob set ablaze a suspected thief at Ikotun market in Lagos in an act of jungle justice, "
     "police said."),
    (MOB, "india/mid", "A mob lynched two men on suspicion of cattle smuggling in Alwar district."),
    (MOB, "kenya/mid", "Angry residents lynched two suspected robbers in Kayole in an act of mob justice."),
    (MOB, "bangladesh/mid", "A mob beat a man to death in Badda after rumours that he was a child kidnapper."),
    (MOB, "ghana/mid", "An irate mob attacked and burnt the house of a man accused of witchcraft in Tamale."),
    (MOB, "uganda/mid", "Residents of Kasese engaged in mob action and killed a suspected thief, police said."),
    (MOB, "india/mid", "Villagers attacked a team of forest officials and set their vehicle on fire in Lakhimpur."),
    (MOB, "mexico/mid", "Residents of a town in Puebla lynched and burned two men they accused of kidnapping "
     "children."),
    # --- Strategic developments: agreement
    (AGR, "india/report", "The Centre signed a peace accord with the NDFB factions in New Delhi, officials said."),
    (AGR, "philippines/mid", "The government and the MILF signed a deal on the decommissioning of rebel combatants in "
     "Cotabato."),
    (AGR, "nigeria/mid", "Herders and farmers in Benue agreed to a peace pact brokered by traditional rulers."),
    (AGR, "colombia/mid", "The government and the ELN agreed to a bilateral ceasefire at talks in Havana."),
    (AGR, "myanmar/mid", "The junta and the Brotherhood Alliance reached a ceasefire in northern Shan state mediated "
     "by China."),
    (AGR, "somalia/mid", "Clan elders in Galmudug signed a truce to end fighting over grazing land."),
    (AGR, "drc/mid", "M23 and the Congolese government agreed to a humanitarian truce starting Tuesday."),
    # --- Strategic developments: arrests
    (ARR, "india/report", "Police arrested five miscreants involved in the attack on a TMC worker in Bhangar, an "
     "officer said."),
    (ARR, "nigeria/mid", "Operatives of the DSS have arrested a suspected ISWAP commander in Kano."),
    (ARR, "pakistan/mid", "The Counter-Terrorism Department apprehended three suspected terrorists during a raid in "
     "Dera Ghazi Khan."),
    (ARR, "kenya/mid", "Detectives nabbed two suspects linked to the Mpeketoni attack in a dawn raid in Lamu."),
    (ARR, "bangladesh/mid", "Rapid Action Battalion personnel detained 12 BNP leaders from a house in Gazipur."),
    (ARR, "philippines/mid", "Police arrested a ranking Abu Sayyaf leader in a raid in Zamboanga City."),
    (ARR, "uganda/mid", "Police rounded up 40 youths in Kampala ahead of the planned demonstrations."),
    (ARR, "nigeria/subordinate", "Police in Kaduna arrested four herders who had attacked farmers in Kauru last week."),
    # --- Strategic developments: change to group/activity
    (CHG, "india/mid", "The ULFA-I announced that it was suspending its operations for three months to allow peace "
     "talks."),
    (CHG, "india/mid", "Two factions of the NSCN merged to form a single outfit at a meeting in Dimapur."),
    (CHG, "colombia/mid", "The FARC dissident commander announced the creation of a new armed front in Cauca."),
    (CHG, "burkina/mid", "The government deployed 5,000 additional troops to the eastern region to check jihadist "
     "attacks."),
    (CHG, "nigeria/mid", "The army launched Operation Hadarin Daji to flush out bandits from forests in the North-West."),
    (CHG, "nigeria/mid", "A faction of Boko Haram split from the main group and moved its fighters to islands on Lake "
     "Chad."),
    (CHG, "mali/mid", "The junta ordered the suspension of the activities of all political parties until further "
     "notice."),
    # --- Strategic developments: disrupted weapons use
    (DIS, "india/report", "Security forces recovered a huge cache of arms and explosives from a Maoist dump in the "
     "forests of Gadchiroli."),
    (DIS, "kashmir/mid", "The bomb disposal squad defused an IED planted on the Srinagar-Baramulla highway."),
    (DIS, "nigeria/mid", "Troops intercepted a truck conveying arms and ammunition to bandits in Katsina."),
    (DIS, "philippines/mid", "Soldiers found and safely detonated a landmine planted by NPA rebels along a farm road in "
     "Sorsogon."),
    (DIS, "somalia/mid", "Police foiled a planned car bomb attack in Mogadishu after seizing an explosives-laden "
     "vehicle."),
    (DIS, "pakistan/mid", "CTD personnel thwarted a terror bid by recovering suicide vests and hand grenades from a "
     "hideout in Quetta."),
    (DIS, "colombia/mid", "The army found and destroyed six anti-personnel mines planted by the ELN near a school in "
     "Norte de Santander."),
    # --- Strategic developments: headquarters or base established
    (HQ, "nigeria/mid", "The army has established a forward operating base in Kwanar Dutse to check bandit attacks."),
    (HQ, "india/mid", "The CRPF set up a new camp in the Maoist-hit Tarrem area of Bijapur."),
    (HQ, "somalia/mid", "Al-Shabaab militants have established a camp near Ceel Dheer, residents said."),
    (HQ, "philippines/mid", "The army opened a new detachment in Barangay Tagbina to protect residents from NPA "
     "harassment."),
    (HQ, "burkina/mid", "Jihadists have set up a base in the forest of Kabonga, from which they launch raids on nearby "
     "villages."),
    (HQ, "drc/mid", "M23 rebels established their headquarters in the mining town of Rubaya."),
    (HQ, "mozambique/mid", "Rwandan troops installed a new military base in Ancuabe district, the local administrator "
     "said."),
    # --- Strategic developments: looting/property destruction
    (LOO, "nigeria/report", "Bandits razed houses and looted foodstuff in Gidan Dawa village after residents fled, a "
     "resident said."),
    (LOO, "india/mid", "Miscreants torched three shops belonging to a minority community in Nadia."),
    (LOO, "india/mid", "Suspected Naxals torched four trucks and an excavator engaged in road construction in Kanker."),
    (LOO, "cameroon/mid", "Separatist fighters burnt down a government school in Kumba."),
    (LOO, "kenya/mid", "Goons vandalised the offices of a rival political party in Kisii."),
    (LOO, "philippines/mid", "NPA rebels burned the construction equipment of a contractor in Surigao del Sur for "
     "refusing to pay revolutionary tax."),
    (LOO, "somalia/mid", "Al-Shabaab militants destroyed a telecommunications mast in Bakool."),
    (LOO, "mexico/two-events", "Cartel gunmen torched buses and trucks to set up narco-blockades around Guadalajara "
     "after the capture of their leader."),
    # --- Strategic developments: non-violent transfer of territory
    (NVT, "somalia/mid", "Al-Shabaab fighters withdrew from the town of Bulo Burde without a fight, and government "
     "troops moved in."),
    (NVT, "drc/mid", "M23 rebels handed over control of Kibumba to the East African regional force."),
    (NVT, "mali/mid", "The UN mission handed over its camp in Ber to the Malian army ahead of its withdrawal."),
    (NVT, "myanmar/mid", "The junta's battalion withdrew from Hpakant, and the KIA took over the town without "
     "fighting."),
    (NVT, "colombia/mid", "FARC dissidents left the area of El Plateado, and the army entered it without resistance."),
    (NVT, "burkina/mid", "Government forces abandoned the town of Mansila without resistance, and jihadists entered it "
     "the next day."),
    (NVT, "nigeria/mid", "The Multinational Joint Task Force handed over Malam Fatori to the Nigerian Army."),
    # --- outside ACLED: organised crime
    (ORG, "india/mid", "Excise officials seized 500 litres of illicit liquor from a den in Muzaffarpur."),
    (ORG, "nigeria/mid", "NDLEA officers seized 2.3 tonnes of cannabis at a warehouse in Ikorodu."),
    (ORG, "mexico/mid", "Marines seized 800 kilograms of cocaine from a speedboat off the coast of Oaxaca."),
    (ORG, "colombia/mid", "Police dismantled a drug trafficking ring that shipped cocaine from the port of "
     "Buenaventura."),
    (ORG, "nigeria/mid", "Armed robbers raided a bank in Owo and carted away millions of naira."),
    (ORG, "philippines/mid", "Anti-drug agents seized shabu worth P68 million in a buy-bust operation in Pasig City."),
    (ORG, "brazil/mid", "Federal police dismantled an illegal gold mining operation on Yanomami land in Roraima."),
    (ORG, "india/mid", "Customs officials seized 3 kg of smuggled gold from a passenger at the Kozhikode airport."),
    # --- outside ACLED: natural disaster
    (NAT, "india/mid", "A cloudburst triggered flash floods in Kullu district, washing away houses and killing six "
     "people."),
    (NAT, "bangladesh/mid", "Cyclone Remal battered the coastal districts, leaving 16 people dead."),
    (NAT, "nepal/mid", "A landslide buried five houses in Sindhupalchok, killing 11 villagers."),
    (NAT, "philippines/mid", "Typhoon Odette flattened houses across Siargao Island."),
    (NAT, "nigeria/mid", "Floods submerged hundreds of farmlands in Kogi after the River Niger overflowed its banks."),
    (NAT, "kenya/near-miss", "A lightning strike killed three pupils at a school in Kakamega."),
    (NAT, "indonesia/mid", "A magnitude 5.6 earthquake jolted Cianjur, killing hundreds and flattening homes."),
    (NAT, "india/headline", "Heatwave claims 40 lives in Odisha"),
    # --- outside ACLED: man-made disaster
    (MAN, "india/report", "Twelve workers were charred to death when a fire broke out at a firecracker factory in "
     "Virudhunagar, police said."),
    (MAN, "nigeria/mid", "A two-storey building collapsed on Lagos Island, trapping dozens of people."),
    (MAN, "bangladesh/mid", "A launch capsized in the Meghna river after colliding with a cargo vessel, leaving 30 "
     "passengers missing."),
    (MAN, "kenya/mid", "A fuel tanker exploded after overturning in Molo, killing people who had rushed to siphon "
     "fuel."),
    (MAN, "pakistan/near-miss", "A gas cylinder blast at a restaurant in Karachi injured seven people."),
    (MAN, "ghana/near-miss", "An explosion razed several houses near a mining site in Apiate after a truck carrying "
     "explosives collided with a motorbike."),
    (MAN, "india/headline", "Bus plunges into gorge in Uttarakhand, 25 pilgrims dead"),
    (MAN, "mexico/mid", "A fire at a migrant detention centre in Ciudad Juárez killed 39 people."),
    # --- outside ACLED: diplomacy
    (DIP, "india/mid", "The External Affairs Minister held bilateral talks with his Nepali counterpart in Kathmandu."),
    (DIP, "nigeria/mid", "President Tinubu received the Ghanaian president at the State House in Abuja."),
    (DIP, "kenya/mid", "Kenya summoned the Ugandan High Commissioner over the arrest of its fishermen on Lake "
     "Victoria."),
    (DIP, "bangladesh/near-miss", "Bangladesh lodged a strong protest with India over the killing of a villager by "
     "the BSF at the border."),
    (DIP, "philippines/near-miss", "The Philippines filed a diplomatic protest against China over the water-cannoning "
     "of a resupply boat."),
    (DIP, "colombia/mid", "President Petro met his Venezuelan counterpart in Caracas to discuss border security."),
    (DIP, "pakistan/mid", "Pakistan's foreign minister arrived in Kabul on a two-day visit for talks with the Taliban "
     "government."),
    (DIP, "somalia/mid", "Somalia expelled Ethiopia's ambassador over the port deal with Somaliland."),
    # --- outside ACLED: claim of responsibility
    (CLM, "pakistan/mid", "The TTP claimed responsibility for the attack on the police station in Lakki Marwat."),
    (CLM, "nigeria/mid", "ISWAP claimed the ambush on a military convoy in a statement on its Amaq news agency."),
    (CLM, "somalia/mid", "Al-Shabaab said it was behind the bombing of a hotel in Kismayo."),
    (CLM, "india/mid", "The People's Liberation Army of Manipur owned up to the ambush that killed two Assam Rifles "
     "personnel."),
    (CLM, "kashmir/mid", "The Resistance Front took responsibility for the killing of a migrant worker in Anantnag."),
    (CLM, "philippines/mid", "The NPA admitted responsibility for the burning of a construction firm's equipment in "
     "Bukidnon."),
    (CLM, "colombia/mid", "The ELN claimed authorship of the attack on the Caño Limón oil pipeline in a communiqué."),
    # --- no ACLED event: a verdict, a debunked report, a threat, a drill, a reward, compensation, a warning
    (NONE, "india/mid", "A special court sentenced three Maoists to life imprisonment for the 2013 Jhiram valley "
     "attack."),
    (NONE, "nigeria/near-miss", "The police debunked reports of a bandit attack on a school in Kaduna, describing them "
     "as fake news."),
    (NONE, "kenya/mid", "Police warned that goons hired by politicians would be dealt with firmly."),
    (NONE, "philippines/near-miss", "The army held a simulation exercise on responding to a terror attack in Davao "
     "City."),
    (NONE, "pakistan/mid", "The government offered a reward of Rs 5 million for information on the militants behind "
     "the Peshawar blast."),
    (NONE, "india/mid", "The state government announced an ex gratia of Rs 10 lakh to the families of the jawans killed "
     "in the Sukma ambush."),
    (NONE, "bangladesh/near-miss", "The BNP threatened to enforce a fresh hartal if its leaders are not released."),
    (NONE, "colombia/mid", "The Ombudsman's office issued an early warning about the risk of displacement in "
     "Catatumbo."),
    # --- a second batch of 45 rows, written after the rules of test_acled_local_rules.py and measured once before
    # any further change (a fresh held-out estimate)
    (AC, "india/report", "Two Naxals were gunned down in an exchange of fire with the police in the Abujhmarh forests, "
     "officials said."),
    (AC, "philippines/mid", "A soldier was wounded when NPA rebels fired upon a patrol of the Special Forces Battalion in "
     "Barangay Malinao."),
    (AC, "nigeria/mid", "Vigilantes repelled bandits who invaded Gidan Goga, killing 12 of the attackers."),
    (GRT, "somalia/mid", "Government troops flushed out Al-Shabaab militants from the village of Cali Yaree after heavy "
     "fighting."),
    (NSO, "mali/mid", "JNIM fighters took control of the town of Léré after overrunning the army camp."),
    (AIR, "nigeria/report", "A Nigerian Air Force jet mistakenly bombed a village in Yobe, killing nine civilians, "
     "residents said."),
    (AIR, "pakistan/mid", "Jet fighters pounded terrorist hideouts in the Tirah valley on Sunday."),
    (SHL, "kashmir/mid", "Pakistani troops targeted forward posts and villages along the LoC in Rajouri with mortar "
     "shells."),
    (SHL, "somalia/mid", "Mortar shells fired by Al-Shabaab landed near the presidential palace in Mogadishu."),
    (REM, "india/mid", "Three jawans were injured in a pressure IED blast triggered by Maoists in Narayanpur."),
    (REM, "nigeria/mid", "An improvised explosive device planted by terrorists exploded on the Maiduguri-Damboa road, "
     "killing a truck driver."),
    (SUI, "somalia/mid", "A suicide bomber wearing a vest packed with explosives blew himself up at a tea shop in "
     "Beledweyne."),
    (GRN, "manipur/mid", "Miscreants lobbed a grenade at the residence of a police officer in Thoubal."),
    (CHM, "iraq/mid", "Peshmerga fighters suffered burns after IS militants fired shells filled with chlorine near "
     "Kirkuk."),
    (ATK, "india/mid", "Goons attacked a Dalit family with sticks and iron rods in Bhind over a land dispute."),
    (ATK, "burkina/mid", "Gunmen on motorbikes killed 20 villagers at a market in Seytenga."),
    (ATK, "philippines/mid", "Unidentified gunmen riding in tandem shot dead a barangay councilor in Cotabato."),
    (ABD, "nigeria/mid", "Gunmen abducted 15 students of the College of Forestry in Afaka, Kaduna."),
    (ABD, "mexico/mid", "Armed men forcibly took a municipal police officer from his house in Guerrero; he has not "
     "been found."),
    (SEX, "india/mid", "A minor girl was raped by a youth in a sugarcane field in Lakhimpur Kheri."),
    (SEX, "drc/report", "Women in Kalehe said soldiers had raped them during a raid on their village."),
    (PEA, "bangladesh/mid", "Garment workers formed a human chain on the Dhaka-Aricha highway demanding their arrears."),
    (PEA, "nepal/mid", "Teachers staged a sit-in in front of the education ministry in Kathmandu demanding permanent "
     "jobs."),
    (PWI, "india/mid", "Police detained AAP workers who were staging a protest outside the BJP headquarters in Delhi."),
    (PWI, "kenya/mid", "Police used teargas to disperse boda boda riders who had blocked the Kisumu-Busia road."),
    (EXF, "myanmar/mid", "Soldiers shot dead three people when they opened fire on a peaceful procession in Monywa."),
    (VDM, "india/mid", "Agitating villagers set fire to a police jeep and pelted stones at officers in Balasore."),
    (VDM, "nigeria/mid", "Angry youths protesting the killing of a tricycle rider burnt down a police station in "
     "Ajegunle."),
    (MOB, "kenya/mid", "Residents of Mathare lynched a man suspected of stealing a motorbike."),
    (MOB, "india/mid", "A mob attacked two men transporting cattle in Palamu and beat them to death."),
    (AGR, "philippines/mid", "Rival clans in Marawi signed a peace covenant ending their decades-old feud."),
    (ARR, "kashmir/mid", "The NIA arrested two overground workers of the Hizbul Mujahideen in Doda."),
    (ARR, "philippines/mid", "Police nabbed a member of the Abu Sayyaf at a checkpoint in Jolo."),
    (CHG, "nigeria/mid", "The Bakura faction of Boko Haram declared allegiance to ISWAP."),
    (DIS, "nigeria/mid", "Troops recovered two AK-47 rifles and 200 rounds of ammunition from a bandits' hideout in "
     "Zamfara."),
    (HQ, "somalia/mid", "Ethiopian troops set up a new military camp in Yeed."),
    (LOO, "india/mid", "Naxals torched a mobile tower in Bijapur."),
    (NVT, "mali/mid", "MINUSMA handed over its base in Aguelhok to the Malian authorities."),
    (ORG, "mexico/mid", "Soldiers found a narco-lab producing methamphetamine in the mountains of Sinaloa."),
    (NAT, "india/mid", "Lightning claimed 12 lives across Bihar on Tuesday."),
    (MAN, "nigeria/mid", "A tanker laden with petrol exploded in Onitsha, razing shops and vehicles."),
    (DIP, "nepal/mid", "The Indian foreign secretary called on the Nepali prime minister in Kathmandu."),
    (CLM, "india/mid", "The CPI (Maoist) owned responsibility for the IED blast in Dantewada in a press note."),
    (NONE, "kenya/headline", "Court jails three Al-Shabaab suspects for 20 years over Garissa attack"),
    (NONE, "nigeria/near-miss", "The army denied reports that bandits had overrun its base in Katsina."),
]

# rows whose sub-event type (or scope) the code did not get right when each batch was written (by text), with what
# it gave; measured once, before any rule was written for them
GAPS: dict[str, str] = {
    'Regime helicopters dropped barrels filled with chlorine on Saraqeb, causing cases of suffocation, the White Helmets said.':
        'no event',
    'Police lathi-charged Congress workers who were staging a dharna outside the BJP office in Lucknow, an official said.':
        'coded Peaceful protest',
    'Police teargassed protesters marching against police brutality in Ibadan and arrested several of them.':
        'coded Violent demonstration',
    'Police fired on students demanding quota reform in Rangpur, killing one of them.':
        'coded Attack',
    'Hoodlums who hijacked the protest looted shops and burnt a police station in Oyigbo.':
        'coded Abduction/forced disappearance',
    'The ULFA-I announced that it was suspending its operations for three months to allow peace talks.':
        'no event',
    'The army launched Operation Hadarin Daji to flush out bandits from forests in the North-West.':
        'coded Attack',
    'The junta ordered the suspension of the activities of all political parties until further notice.':
        'no event',
    'CTD personnel thwarted a terror bid by recovering suicide vests and hand grenades from a hideout in Quetta.':
        'coded diplomacy',
    'The army has established a forward operating base in Kwanar Dutse to check bandit attacks.':
        'coded Change to group/activity',
    'Jihadists have set up a base in the forest of Kabonga, from which they launch raids on nearby villages.':
        'coded Attack',
    'Cartel gunmen torched buses and trucks to set up narco-blockades around Guadalajara after the capture of their leader.':
        'coded organised_crime',
    'The Multinational Joint Task Force handed over Malam Fatori to the Nigerian Army.':
        'no event',
    'Federal police dismantled an illegal gold mining operation on Yanomami land in Roraima.':
        'no event',
    'Bus plunges into gorge in Uttarakhand, 25 pilgrims dead':
        'no event',
    'Kenya summoned the Ugandan High Commissioner over the arrest of its fishermen on Lake Victoria.':
        'coded Arrests',
    'Bangladesh lodged a strong protest with India over the killing of a villager by the BSF at the border.':
        'coded Attack',
    'The police debunked reports of a bandit attack on a school in Kaduna, describing them as fake news.':
        'coded Attack',
    'The government offered a reward of Rs 5 million for information on the militants behind the Peshawar blast.':
        'coded Remote explosive/landmine/IED',
    'The state government announced an ex gratia of Rs 10 lakh to the families of the jawans killed in the Sukma ambush.':
        'coded Armed clash',
    'Soldiers shot dead three people when they opened fire on a peaceful procession in Monywa.':
        "coded Attack: a 'procession' fired on is not read as a protest",
    'The Indian foreign secretary called on the Nepali prime minister in Kathmandu.':
        "no event: a courtesy call ('called on' a leader, no infinitive) is not read as a visit",
    'The CPI (Maoist) owned responsibility for the IED blast in Dantewada in a press note.':
        "coded Remote explosive/landmine/IED: 'owned responsibility' is not read as a claim",
    'Court jails three Al-Shabaab suspects for 20 years over Garissa attack':
        "coded Arrests: a headline's sentence ('jails') is read as an arrest",
}
# rows whose family main did not get right either (the gaps whose wrong sub-event type is of another family)
FAMILY_GAP_TEXTS: frozenset[str] = frozenset({
    'Soldiers shot dead three people when they opened fire on a peaceful procession in Monywa.',
    'The Indian foreign secretary called on the Nepali prime minister in Kathmandu.',
    'The CPI (Maoist) owned responsibility for the IED blast in Dantewada in a press note.',
    'Court jails three Al-Shabaab suspects for 20 years over Garissa attack',
    'Regime helicopters dropped barrels filled with chlorine on Saraqeb, causing cases of suffocation, the White Helmets said.',
    'Police teargassed protesters marching against police brutality in Ibadan and arrested several of them.',
    'Police fired on students demanding quota reform in Rangpur, killing one of them.',
    'Hoodlums who hijacked the protest looted shops and burnt a police station in Oyigbo.',
    'The ULFA-I announced that it was suspending its operations for three months to allow peace talks.',
    'The army launched Operation Hadarin Daji to flush out bandits from forests in the North-West.',
    'The junta ordered the suspension of the activities of all political parties until further notice.',
    'CTD personnel thwarted a terror bid by recovering suicide vests and hand grenades from a hideout in Quetta.',
    'Jihadists have set up a base in the forest of Kabonga, from which they launch raids on nearby villages.',
    'Cartel gunmen torched buses and trucks to set up narco-blockades around Guadalajara after the capture of their leader.',
    'The Multinational Joint Task Force handed over Malam Fatori to the Nigerian Army.',
    'Federal police dismantled an illegal gold mining operation on Yanomami land in Roraima.',
    'Bus plunges into gorge in Uttarakhand, 25 pilgrims dead',
    'Kenya summoned the Ugandan High Commissioner over the arrest of its fishermen on Lake Victoria.',
    'Bangladesh lodged a strong protest with India over the killing of a villager by the BSF at the border.',
    'The police debunked reports of a bandit attack on a school in Kaduna, describing them as fake news.',
    'The government offered a reward of Rs 5 million for information on the militants behind the Peshawar blast.',
    'The state government announced an ex gratia of Rs 10 lakh to the families of the jawans killed in the Sukma ambush.',
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
        assert 7 <= sum(r[0] == label for r in ROWS) <= 13, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    assert len(ROWS) >= 270 and len({r[2] for r in ROWS}) == len(ROWS)
    shapes = {r[1].split("/")[1] for r in ROWS}
    assert {"report", "headline", "mid", "two-events", "subordinate", "near-miss"} <= shapes
    assert set(GAPS) <= {r[2] for r in ROWS} and FAMILY_GAP_TEXTS <= set(GAPS)
