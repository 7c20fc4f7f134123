"""A blind newswire probe of the ACLED typology (issue 16): 150 invented wire-story openings (two to four
sentences, many regions), each with the ACLED sub-event type of its main event as ACLED's coders would pick it
(the first-reported, most severe act by ACLED's definitions), written before the ACLED rules were read. The
register last stop's aggregates found weakest on CASE 2021: several acts in one story (a clash and then an air
strike, an attack and then arrests), the main event not first (a background sentence before it), background
clauses ("in a region where militants have attacked ..."), casualty counts attached to another act, officials
quoted about threats, headlines before the body; with near misses: threats, anniversaries, trials of past
attackers, defused bombs (disrupted weapons use) and protests that turned violent.

Rows are (id, label, shape, text); the shapes are ``lead`` (main act first), ``multi`` (several acts), ``late``
(the main act after a background sentence), ``background`` (a background clause), ``casualty`` (a count on another
act), ``quote``, ``headline``, ``threat``, ``anniversary``, ``trial``, ``defused`` and ``turned`` (a protest that
turned violent or was broken up). The probe is split by ``metrics.half(id)``: rules are written from tune-half rows
only; tune rows are tested one by one (the tune rows main still gets wrong are strict xfails in ``GAPS``), the
check half only by its count of rows right, which must not fall.

Measured on main before any rule (56701810; the held-out estimate; 150 rows): sub-event type 134/150 0.893, family
136/150 0.907; tune half 58/69 0.841 (family 59/69 0.855), check half 76/81 0.938 (family 77/81 0.951); by shape (whole)
lead 43/46, multi 17/17, late 16/19, casualty 10/10, headline 23/24, quote 10/11, background 3/6, anniversary 1/4,
turned 4/4, trial 2/4, defused 2/2, threat 3/3. After the branch's rules (``test_acled_newswire_rules.py``: a rally
bombed is told by its weapon; a detention whose fate is concealed is a forced disappearance): 136/150 0.907, family
138/150 0.920; tune 60/69 0.870 (family 61/69 0.884), check 76/81 0.938 (family 77/81 0.951) unchanged. The tune rows
still wrong (``GAPS``) are conventions of the CASE set the harness scores (gangs' violence as organised crime, blame as
attribution), an event-role parse of another branch's, and snippets whose only ACLED act is background (an
anniversary, a trial, a place's past) that the main-event choice takes when nothing else is told.
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import half
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
    acled_row_holds,
)

ROWS: list[tuple[str, str, str, str]] = [
    # -- Armed clash
    ("nws-001", AC, "lead", "Malian soldiers and jihadist fighters exchanged fire for three hours outside the town of Niono on Sunday, the army said. Five soldiers and an unknown number of militants were killed, according to a military statement."),
    ("nws-002", AC, "multi", "Troops fought al Shabaab militants near the village of Bariire on Friday before the insurgents withdrew into the forest. Later that night a mortar round struck the army base, wounding two soldiers, officials said."),
    ("nws-003", AC, "late", "The Sahel has seen a surge of violence since the coup. On Wednesday, Burkinabe volunteer defence fighters and militants clashed near Djibo, leaving 14 dead on both sides, local sources said."),
    ("nws-004", AC, "casualty", "Gunmen ambushed a police patrol on the highway near Birnin Gwari on Monday, sparking a gun battle that lasted into the evening. Three officers died, and residents said 11 travellers were later found dead nearby."),
    ("nws-005", AC, "headline", "Sudan: Army and RSF fight for control of key bridge in Omdurman. Heavy fighting between the Sudanese army and the paramilitary Rapid Support Forces raged around the Halfaya bridge on Thursday, witnesses said."),
    ("nws-006", AC, "lead", "Fighters of the ELN and FARC dissidents battled for control of a drug route in Arauca province over the weekend, the Colombian army said. At least nine combatants were killed."),
    ("nws-007", AC, "quote", "Myanmar junta troops and fighters of the Karen National Liberation Army clashed near Myawaddy on Saturday. \"The fighting was intense and lasted all day,\" a KNLA spokesman told reporters by telephone."),
    ("nws-008", AC, "multi", "Taliban fighters clashed with members of the National Resistance Front in the Panjshir valley on Tuesday, the front said. It said its fighters later detained two Taliban commanders."),
    ("nws-009", AC, "late", "Three weeks after a ceasefire collapsed, fighting resumed in eastern Congo. M23 rebels and Congolese troops exchanged heavy gunfire near Sake on Monday, forcing thousands of residents to flee."),
    ("nws-010", AC, "casualty", "Insurgents stormed a military outpost in Cabo Delgado province before dawn on Thursday, Mozambican officials said. Soldiers repelled the attack after a two-hour firefight; four soldiers and twelve insurgents were killed."),
    ("nws-011", AC, "lead", "Rival gangs fought a gun battle in the Croix-des-Bouquets district of Port-au-Prince on Wednesday, residents said. Police said at least six gang members were killed."),
    ("nws-012", AC, "background", "Cartel gunmen, who have fought over the region for years, engaged soldiers in a shootout in the town of Aguililla in Michoacan on Friday. The defence ministry said two soldiers were wounded."),
    ("nws-013", AC, "headline", "Philippine troops kill five communist rebels in Samar firefight. Soldiers clashed with New People's Army guerrillas in a remote village of Northern Samar on Monday, an army spokesman said."),
    # -- Attack (violence against civilians)
    ("nws-014", ATK, "lead", "Gunmen on motorcycles stormed the village of Tillia in western Niger on Saturday and shot dead 22 civilians, local officials said. The attackers also set fire to granaries before fleeing."),
    ("nws-015", ATK, "casualty", "Bandits raided a market in Zamfara state on Tuesday, killing 30 traders and shoppers, a local lawmaker said. Soldiers arrived hours later and exchanged fire with the retreating gunmen, the army said."),
    ("nws-016", ATK, "multi", "Militiamen hacked to death 17 villagers in Ituri province overnight, a local civil society leader said. The Congolese army said it had later pursued the assailants into the bush."),
    ("nws-017", ATK, "late", "The killings came days after the government declared a state of emergency. Unidentified assailants shot dead a local councillor and his wife at their home in Tumaco on Sunday, Colombian police said."),
    ("nws-018", ATK, "headline", "Pakistan: Gunmen kill nine bus passengers in Balochistan. Armed men stopped a bus on the highway near Zhob late on Tuesday, checked the identity cards of the passengers and shot nine of them dead, officials said."),
    ("nws-019", ATK, "background", "In a region where jihadists have repeatedly attacked schools, gunmen on Monday shot dead a teacher in front of his pupils in Tahoua, Niger's education ministry said."),
    ("nws-020", ATK, "lead", "Suspected Fulani herders attacked the farming community of Mangu in Plateau state on Sunday night, killing at least 40 people and burning homes, police said."),
    ("nws-021", ATK, "quote", "Gunmen killed a journalist outside his home in the Mexican state of Guerrero on Thursday. \"He was shot several times as he got out of his car,\" the state prosecutor's office said in a statement."),
    ("nws-022", ATK, "multi", "Soldiers shot dead seven civilians at a checkpoint in Sagaing region on Friday, residents said, and then burned down more than 50 houses in the neighbouring village."),
    ("nws-023", ATK, "casualty", "An armed group attacked a camp for displaced people near Djugu on Wednesday, killing 12 people, the UN said. The attack came a day after three peacekeepers were wounded in a separate ambush on the road to Bunia."),
    ("nws-024", ATK, "lead", "Gunmen shot dead four aid workers travelling in a clearly marked vehicle in Jonglei state on Thursday, the United Nations said, calling the killing a grave violation."),
    ("nws-025", ATK, "late", "Residents were still burying the dead from last month's massacre. On Saturday, Islamic State fighters beheaded three fishermen on the shores of Lake Chad, a local official said."),
    ("nws-026", ATK, "headline", "India: Militants kill two migrant labourers in Kashmir. Militants fired at two labourers from Bihar in the Pulwama district on Sunday evening, killing both, police said."),
    ("nws-027", ATK, "lead", "Police in Haiti said gang members opened fire on churchgoers in the town of Pont-Sonde on Sunday, killing at least 20 people and wounding dozens."),
    # -- Air/drone strike
    ("nws-028", AIR, "lead", "Myanmar military jets bombed a village in Sagaing region on Tuesday, killing at least 30 people including children, residents and a resistance group said."),
    ("nws-029", AIR, "multi", "A Turkish drone struck a vehicle near Qamishli in northeast Syria on Wednesday, killing two members of the Syrian Democratic Forces, a war monitor said. Clashes later broke out between Kurdish fighters and Turkish-backed groups near Manbij."),
    ("nws-030", AIR, "late", "The strike came a day after militants overran a checkpoint. Nigerian air force jets pounded Boko Haram hideouts in the Sambisa forest on Thursday, killing dozens of fighters, the military said."),
    ("nws-031", AIR, "headline", "Sudan: Air strike hits market in Nyala. A Sudanese army warplane bombed a crowded market in Nyala on Monday, killing at least 18 civilians, medics said."),
    ("nws-032", AIR, "casualty", "A US drone strike hit an al Shabaab camp near Jilib on Friday, the US Africa Command said. Separately, four soldiers died when their convoy was ambushed near Afgoye, a Somali officer said."),
    ("nws-033", AIR, "quote", "Saudi-led coalition aircraft struck a prison in Saada on Friday. \"The building was flattened and there are dozens of bodies under the rubble,\" a Houthi health official told Al Masirah television."),
    ("nws-034", AIR, "lead", "Ukrainian drones hit an oil depot in the Russian-held city of Luhansk overnight, setting it ablaze, the Russian-installed authorities said."),
    ("nws-035", AIR, "background", "Pakistani warplanes, which have struck militant bases in the area before, bombed suspected Pakistani Taliban hideouts in Afghanistan's Khost province on Saturday, Taliban officials said, killing eight people."),
    ("nws-036", AIR, "multi", "A helicopter gunship fired on a wedding party in Kachin state on Sunday, killing 11 guests, according to the Kachin Independence Army. The army denied the account and said its troops had been attacked first."),
    # -- Shelling/artillery/missile
    ("nws-037", SHL, "lead", "Russian forces shelled the centre of Kherson on Monday morning, killing three civilians and damaging a hospital, the regional governor said."),
    ("nws-038", SHL, "multi", "The Rapid Support Forces fired artillery shells into residential districts of El Fasher on Saturday, killing 12 people, activists said. The army responded with air strikes on RSF positions east of the city."),
    ("nws-039", SHL, "headline", "Ukraine: Missile strike kills 14 in Dnipro apartment block. A Russian missile slammed into a nine-storey apartment building in Dnipro on Saturday afternoon, killing at least 14 people, officials said."),
    ("nws-040", SHL, "late", "Fighting had eased in the area last week. But on Wednesday Houthi rebels fired mortar rounds at a government-held district of Taiz, killing a woman and two children, local officials said."),
    ("nws-041", SHL, "casualty", "Syrian government forces shelled villages in the Jabal al-Zawiya area of Idlib on Tuesday, a war monitor said. Earlier in the day, rebels ambushed an army post and killed four soldiers."),
    ("nws-042", SHL, "lead", "Militants fired rockets at the Ain al-Asad air base in western Iraq on Thursday, causing minor damage, the Iraqi military said. No casualties were reported."),
    ("nws-043", SHL, "quote", "Artillery fire from Azerbaijani positions hit the village of Sotk on Tuesday. \"Shells fell on houses and the school; two people were wounded,\" an Armenian regional official told reporters."),
    ("nws-044", SHL, "background", "In Donetsk, where the front line has barely moved for months, Ukrainian artillery shelled a bus stop on Sunday, killing five people, the Russian-installed mayor said."),
    ("nws-045", SHL, "lead", "Al Shabaab fighters fired several mortar shells at the presidential palace in Mogadishu on Friday night, police said, adding that one shell landed on a nearby house and wounded a child."),
    # -- Remote explosive
    ("nws-046", REM, "lead", "A roadside bomb struck a minibus carrying wedding guests in the Helmand province on Monday, killing nine people, a provincial spokesman said. No group claimed responsibility."),
    ("nws-047", REM, "multi", "A car bomb exploded outside a police station in Mogadishu on Tuesday, killing seven people, officials said. Gunmen then opened fire on the wounded as they were being carried away, witnesses said."),
    ("nws-048", REM, "casualty", "An improvised explosive device hit a military convoy near Gao on Saturday, the Malian army said. Three soldiers were killed; two civilians died in a separate attack on a village nearby."),
    ("nws-049", REM, "headline", "Colombia: Landmine kills two soldiers in Catatumbo. Two soldiers died and four were wounded when they stepped on a landmine while patrolling a rural area of Norte de Santander on Sunday, the army said."),
    ("nws-050", REM, "late", "Security had been tightened after threats from the group. A bomb hidden in a motorcycle went off near a mosque in Peshawar on Friday, wounding 14 people, police said."),
    ("nws-051", REM, "lead", "A bomb planted on a bicycle exploded in a crowded market in Maiduguri on Wednesday evening, killing four people, emergency officials said."),
    ("nws-052", REM, "quote", "An explosive device went off under a vehicle carrying a district official in Kirkuk on Monday. \"The bomb was attached to his car and detonated remotely,\" a police officer said, adding that the official survived."),
    ("nws-053", REM, "background", "Islamic State, which has waged an insurgency in the area since 2017, was blamed for a blast on Thursday in which an IED hit a truck of farm workers in Deir ez-Zor, killing six."),
    # -- Suicide bomb
    ("nws-054", SUI, "lead", "A suicide bomber blew himself up at a mosque in Kunduz during Friday prayers, killing at least 40 worshippers, Taliban officials said."),
    ("nws-055", SUI, "multi", "A suicide car bomber rammed the gate of an army base in Bulo Burde on Sunday, after which militants stormed the compound and fought soldiers for hours, Somali officials said."),
    ("nws-056", SUI, "headline", "Nigeria: Female suicide bombers kill 12 in Borno. Two women detonated explosives strapped to their bodies in a crowded fish market in Konduga on Tuesday, police said."),
    ("nws-057", SUI, "late", "Police had warned of attacks ahead of the elections. On Monday, a suicide bomber attacked an election rally in Bajaur district, killing 44 people, officials said."),
    ("nws-058", SUI, "casualty", "A suicide bomber targeted a police convoy in Quetta on Wednesday, officials said. The blast killed three officers; a bystander later died of gunshot wounds when police fired into the air."),
    ("nws-059", SUI, "quote", "An attacker wearing an explosive vest blew himself up at a checkpoint in Baghdad on Thursday. \"He came on foot and detonated himself when the soldiers stopped him,\" an army officer said."),
    # -- Grenade
    ("nws-060", GRN, "lead", "Unknown assailants hurled a grenade into a bar in the Burundian capital Bujumbura on Saturday night, wounding 12 people, police said."),
    ("nws-061", GRN, "multi", "Militants threw a grenade at a police vehicle in Srinagar on Monday, wounding two officers and five bystanders, police said. Security forces later cordoned off the area and began a search operation."),
    ("nws-062", GRN, "headline", "Philippines: Grenade blast at Cotabato market wounds nine. A man lobbed a hand grenade into a crowded market in Cotabato City on Friday before fleeing on a motorcycle, police said."),
    ("nws-063", GRN, "late", "The city has been quiet since the peace deal. On Tuesday night, however, a grenade was thrown at the house of a local politician in Manipur's Imphal, damaging a wall; no one was hurt, police said."),
    ("nws-064", GRN, "lead", "Gang members tossed a grenade at a bus in Tegucigalpa on Wednesday after its driver refused to pay extortion, killing two passengers, police said."),
    # -- Abduction
    ("nws-065", ABD, "lead", "Gunmen abducted more than 80 students from a secondary school in Kebbi state on Thursday, police said. The kidnappers also shot dead a police officer guarding the school."),
    ("nws-066", ABD, "multi", "Jihadists kidnapped about 50 women gathering firewood near Arbinda on Thursday, residents said. Soldiers later rescued some of them after a gunfight with the captors."),
    ("nws-067", ABD, "headline", "Haiti: Gang kidnaps 17 missionaries. Members of the 400 Mawozo gang seized 17 American and Canadian missionaries and family members east of Port-au-Prince on Saturday, a security source said."),
    ("nws-068", ABD, "late", "The region has seen dozens of kidnappings this year. On Monday, armed men seized a Catholic priest from his parish house in Enugu state, the diocese said."),
    ("nws-069", ABD, "lead", "Relatives said security agents detained a rights activist at his home in Khartoum and took him to an unknown location on Tuesday; his whereabouts remain unknown."),
    ("nws-070", ABD, "quote", "Al Shabaab militants seized four Kenyan construction workers near Mandera on Wednesday. \"They took them at gunpoint and drove off towards the border,\" a local chief said."),
    ("nws-071", ABD, "casualty", "Bandits abducted 30 passengers from a bus on the Kaduna-Abuja highway on Sunday, police said. In a separate raid on a nearby village the same day, gunmen shot dead two farmers."),
    # -- Sexual violence
    ("nws-072", SEX, "lead", "Armed men raped at least 20 women in a village in South Kivu over the weekend, a local health official said, describing the attack as a punishment for the villagers' support for a rival militia."),
    ("nws-073", SEX, "late", "Survivors have described a pattern of abuse in the region. On Friday, RSF fighters raped several women in a neighbourhood of El Geneina, residents told the UN."),
    ("nws-074", SEX, "headline", "Mali: Soldiers accused of raping women in Mopti village. Residents said soldiers sexually assaulted at least seven women during a search operation in the village of Nia Ouro on Monday."),
    # -- Government regains territory
    ("nws-075", GRT, "lead", "Somali forces backed by clan militias recaptured the town of Adan Yabaal from al Shabaab on Thursday after heavy fighting, the defence ministry said."),
    ("nws-076", GRT, "multi", "Ukrainian forces retook the village of Robotyne after days of fighting, the military said on Monday. Russian artillery then shelled the village, wounding two soldiers."),
    ("nws-077", GRT, "headline", "DR Congo army retakes Kitshanga from M23 rebels. Congolese troops regained control of the town of Kitshanga on Wednesday after the rebels were driven out, an army spokesman said."),
    ("nws-078", GRT, "late", "Militants seized the town in March. On Sunday, Nigerian troops recaptured Marte from Islamic State fighters after a two-day offensive, the army said."),
    ("nws-079", GRT, "quote", "Myanmar's army said it had recaptured a border post near Lashio from ethnic rebels on Friday. \"Our troops cleared the area and raised the flag,\" a junta spokesman said."),
    # -- Non-state actor overtakes territory
    ("nws-080", NSO, "lead", "Jihadist fighters seized the town of Boulkessi in Burkina Faso on Tuesday after overrunning the army base there, security sources said."),
    ("nws-081", NSO, "multi", "M23 rebels captured the town of Rubaya after fierce fighting with Congolese troops and allied militias, residents said on Thursday. The rebels then installed their own administrators in the town."),
    ("nws-082", NSO, "headline", "Myanmar rebels take town on Chinese border. The Arakan Army captured the town of Paletwa in Chin state on Monday after weeks of fighting, the group said."),
    ("nws-083", NSO, "late", "The government had pledged to hold the city at all costs. On Saturday, RSF fighters overran the army garrison in Wad Madani and took control of the city, residents said."),
    ("nws-084", NSO, "lead", "Taliban fighters took control of the district centre of Kohistanat in northern Afghanistan on Friday after government troops fled, local officials said."),
    # -- Non-violent transfer of territory
    ("nws-085", NVT, "lead", "Wagner fighters withdrew from their base in Kidal on Sunday, and Tuareg rebels moved into the camp without firing a shot, residents said."),
    ("nws-086", NVT, "headline", "Rebels hand over Rumangabo camp to regional force. M23 rebels handed control of the Rumangabo camp to East African troops on Friday under a regional agreement, officials said."),
    # -- Peaceful protest
    ("nws-087", PEA, "lead", "Thousands of people marched through Bamako on Friday to demand the withdrawal of foreign troops, chanting slogans and waving flags, witnesses said. The march ended without incident."),
    ("nws-088", PEA, "late", "The killings last week have caused outrage in the region. On Monday, hundreds of women staged a sit-in outside the governor's office in Maiduguri to demand better security."),
    ("nws-089", PEA, "headline", "Colombia: Indigenous groups march in Cali against killings. Several thousand indigenous protesters marched peacefully through Cali on Wednesday to denounce the murder of community leaders."),
    ("nws-090", PEA, "anniversary", "Hundreds gathered in Yangon on Monday to mark the anniversary of the 1988 uprising, holding a silent vigil and candles, residents said. Police watched but did not intervene."),
    ("nws-091", PEA, "quote", "Doctors in Lahore staged a strike on Thursday to protest attacks on hospital staff. \"We will not return to work until the government guarantees our safety,\" a union leader said."),
    # -- Protest with intervention
    ("nws-092", PWI, "lead", "Police fired tear gas to disperse hundreds of students protesting against fuel price increases in Conakry on Tuesday, and arrested about 20 of them, witnesses said."),
    ("nws-093", PWI, "turned", "A peaceful march against the military government in Khartoum on Sunday was broken up by security forces using tear gas and stun grenades, activists said. No deaths were reported."),
    ("nws-094", PWI, "headline", "Pakistan police detain opposition supporters at Islamabad rally. Police arrested dozens of protesters and used water cannon to disperse a sit-in near parliament on Wednesday, officials said."),
    ("nws-095", PWI, "late", "The opposition had called the rally to protest the election results. Riot police blocked the marchers in Kinshasa on Saturday and dispersed them with tear gas, a Reuters witness said."),
    # -- Excessive force against protesters
    ("nws-096", EXF, "lead", "Security forces opened fire on protesters demanding the return of civilian rule in Khartoum on Thursday, killing five people, medics said."),
    ("nws-097", EXF, "turned", "A march against a new land law in Kenya turned deadly on Tuesday when police fired live rounds into the peaceful crowd, killing three demonstrators, a rights group said."),
    ("nws-098", EXF, "headline", "Myanmar forces kill 18 protesters in bloodiest day. Police and soldiers fired on peaceful demonstrators in Yangon, Mandalay and other towns on Sunday, a UN official said."),
    ("nws-099", EXF, "casualty", "Soldiers shot dead two people when they fired on a crowd protesting against power cuts in the Iraqi city of Nasiriyah on Friday, medics said. Earlier, protesters had gathered peacefully outside the electricity office."),
    # -- Violent demonstration
    ("nws-100", VDM, "turned", "A protest over the killing of a motorcycle taxi driver in Bangui turned violent on Monday as demonstrators set fire to a police station and stoned passing cars, witnesses said."),
    ("nws-101", VDM, "lead", "Protesters angry at a fuel price rise torched tyres, blocked roads and attacked government buildings in the Nigerien city of Zinder on Wednesday, residents said."),
    ("nws-102", VDM, "multi", "Demonstrators threw stones and petrol bombs at police in Santiago on Friday, and police responded with tear gas and water cannon, officials said. Thirty people were arrested."),
    ("nws-103", VDM, "headline", "Haiti protesters burn cars in Port-au-Prince fuel protest. Hundreds of protesters set cars ablaze and looted shops in the capital on Tuesday, witnesses said."),
    ("nws-104", VDM, "late", "Tensions had been rising since the disputed vote. On Thursday, opposition supporters stormed the electoral commission office in Mozambique's Nampula province and smashed its windows, police said."),
    # -- Mob violence
    ("nws-105", MOB, "lead", "A mob beat to death a man accused of blasphemy in the Pakistani city of Sialkot on Friday and set his body on fire, police said."),
    ("nws-106", MOB, "multi", "Villagers in Uttar Pradesh lynched two men suspected of cattle theft on Sunday, police said. Officers later arrested six people over the killing."),
    ("nws-107", MOB, "headline", "Nigeria: Mob kills suspected thief in Lagos market. A crowd of traders beat and burned a man accused of stealing a phone at a market in Lagos on Wednesday, police said."),
    ("nws-108", MOB, "late", "Such reprisals are common in the area. On Monday, angry residents of a village in Ituri attacked and killed two men they suspected of helping militiamen, a local official said."),
    ("nws-109", MOB, "lead", "Hindu and Muslim groups clashed with sticks and stones in a town in Gujarat during a religious procession on Sunday, leaving two dead, police said."),
    # -- Arrests
    ("nws-110", ARR, "lead", "Kenyan police arrested five men suspected of planning attacks for al Shabaab in Mombasa on Tuesday, the interior ministry said."),
    ("nws-111", ARR, "multi", "Indian police detained 12 people over last week's grenade attack in Srinagar, officials said on Wednesday. The blast had wounded seven bystanders."),
    ("nws-112", ARR, "headline", "Ethiopia arrests journalists in Addis Ababa. Police detained three journalists on Friday on accusations of spreading false information about the conflict in Amhara, their employer said."),
    ("nws-113", ARR, "late", "The operation followed months of surveillance. On Saturday, Mexican soldiers arrested a regional leader of the Sinaloa cartel in Culiacan, the defence ministry said."),
    ("nws-114", ARR, "trial", "Police in Niamey arrested a former minister on Monday on charges of plotting against the state, a judicial source said. He is due to appear before a judge next week."),
    ("nws-115", ARR, "quote", "Turkish police detained 30 suspected Islamic State members in raids across Istanbul on Thursday. \"They were planning attacks during the holidays,\" the interior minister said."),
    # -- Disrupted weapons use
    ("nws-116", DIS, "defused", "Soldiers defused a large bomb planted under a bridge on the road between Mogadishu and Afgoye on Wednesday, the army said. The device had been packed with 50 kilograms of explosives."),
    ("nws-117", DIS, "lead", "Ukrainian air defences shot down 30 of 35 drones launched by Russia overnight, the air force said on Sunday. Debris damaged several houses near Kyiv."),
    ("nws-118", DIS, "defused", "Police bomb disposal experts safely detonated a roadside device found near a school in Kaduna on Monday, the police spokesman said. No one was hurt."),
    ("nws-119", DIS, "headline", "Saudi Arabia intercepts Houthi missile over Jazan. Saudi air defences intercepted a ballistic missile fired by Yemen's Houthis towards the southern city of Jazan on Tuesday, state media said."),
    ("nws-120", DIS, "lead", "Afghan security forces seized a truck loaded with explosives at a checkpoint near Kabul on Thursday, preventing what officials called a major attack."),
    # -- Looting / property destruction
    ("nws-121", LOO, "lead", "Militiamen burned down more than 100 houses in the village of Kalehe in eastern Congo on Tuesday after the residents fled, local officials said. No casualties were reported."),
    ("nws-122", LOO, "headline", "Sudan: Fighters loot aid warehouses in Darfur. Armed men looted World Food Programme warehouses in El Geneina on Saturday and carried off tonnes of food, the agency said."),
    ("nws-123", LOO, "late", "The school had been closed since the fighting began. On Wednesday, suspected jihadists set fire to its classrooms in the village of Ouahigouya, local sources said."),
    # -- Agreement
    ("nws-124", AGR, "lead", "The Sudanese army and the Rapid Support Forces agreed on Saturday to a seven-day ceasefire brokered by Saudi Arabia and the United States, the mediators said."),
    ("nws-125", AGR, "multi", "The Colombian government and the ELN signed a six-month ceasefire in Havana on Friday, both sides said. Hours later, a bomb exploded near a police station in Cali."),
    ("nws-126", AGR, "headline", "Ukraine and Russia swap prisoners. Ukraine and Russia exchanged 90 prisoners of war each on Wednesday in a deal mediated by the United Arab Emirates, officials said."),
    # -- Change to group/activity
    ("nws-127", CHG, "lead", "Rwanda-backed M23 rebels announced on Monday that they were forming a political alliance with several smaller armed groups in eastern Congo, the rebels said."),
    ("nws-128", CHG, "lead", "Nigeria deployed 2,000 additional troops to Zamfara state on Tuesday to fight bandits, the defence headquarters said."),
    # -- Headquarters or base established
    ("nws-129", HQ, "lead", "Islamic State militants set up a new base in the forests of the Lake Chad region, local officials and residents said on Thursday."),
    ("nws-130", HQ, "lead", "Al Shabaab fighters established a camp near the village of Jamaame and began recruiting young men there, residents said on Monday."),
    # -- Other
    ("nws-131", OTH, "lead", "Investigators discovered a mass grave with 40 bodies near the town of Izium on Friday, Ukrainian officials said."),
    # -- Chemical weapon
    ("nws-132", CHM, "lead", "Syrian government forces attacked the rebel-held town of Douma with chlorine gas on Saturday, rescuers said, leaving dozens of people with breathing problems."),
    ("nws-133", CHM, "headline", "Ukraine accuses Russia of using tear gas grenades on trenches. Russian troops dropped grenades filled with toxic chemicals on Ukrainian positions near Bakhmut on Monday, the Ukrainian army said."),
    # -- outside ACLED
    ("nws-134", CLM, "lead", "Islamic State claimed responsibility on Saturday for the bombing of a church in Jolo, in a statement published by its Amaq news agency."),
    ("nws-135", ORG, "lead", "Mexican police found 12 bodies dumped on a highway in Zacatecas on Thursday, a sign of the war between drug cartels, prosecutors said."),
    ("nws-136", MAN, "lead", "A fuel tanker exploded on a highway in Sierra Leone's capital Freetown on Friday night, killing at least 90 people, officials said."),
    ("nws-137", NAT, "lead", "Floods swept through villages in Pakistan's Sindh province on Tuesday, killing 40 people and displacing thousands, disaster officials said."),
    ("nws-138", DIP, "lead", "The foreign ministers of Ethiopia and Sudan met in Khartoum on Tuesday to discuss the border dispute, the Sudanese foreign ministry said."),
    # -- near misses with no ACLED event
    ("nws-139", NONE, "threat", "Al Shabaab threatened on Monday to attack any Kenyan school that teaches a secular curriculum, in an audio message posted online. Kenyan officials said they had increased security."),
    ("nws-140", NONE, "quote", "\"The terrorists are planning to attack our towns during the festive period,\" the Nigerian army chief warned in Abuja on Wednesday, urging residents to report suspicious movements."),
    ("nws-141", NONE, "anniversary", "Somalia on Friday marked five years since the truck bombing that killed more than 500 people in Mogadishu. The president laid a wreath at the site of the blast."),
    ("nws-142", NONE, "trial", "A court in Paris on Wednesday sentenced four men to life in prison for their role in a 2015 attack in which gunmen killed 130 people, the prosecutor's office said."),
    ("nws-143", NONE, "background", "In Borno state, where Boko Haram has killed thousands of people since 2009, the governor on Monday opened a new hospital for displaced families."),
    ("nws-144", NONE, "trial", "A military court in Kinshasa on Friday sentenced an army colonel to 20 years in prison for the killing of 50 protesters in Goma last year."),
    ("nws-145", NONE, "threat", "Pakistan's interior minister said on Thursday that militants were planning to bomb public places in Islamabad. \"We have credible information of a threat,\" he told reporters."),
    ("nws-146", NONE, "anniversary", "Iraq marked the tenth anniversary of the fall of Mosul to Islamic State on Monday, with officials recalling the thousands of people the militants had killed."),
    # -- more near misses with an event
    ("nws-147", ARR, "trial", "Philippine police arrested on Tuesday a man wanted for the 2017 bombing of a night market in Davao, which killed 15 people, officials said."),
    ("nws-148", ATK, "anniversary", "Gunmen opened fire on mourners marking the anniversary of a massacre in a village in Benue state on Saturday, killing six people, police said."),
    ("nws-149", DIS, "threat", "Police found and defused a bomb at a bus station in Kampala on Monday, days after the Allied Democratic Forces threatened new attacks in Uganda, a police spokesman said."),
    ("nws-150", VDM, "turned", "A march by opposition supporters in Dakar turned violent on Friday when youths hurled stones at police and set fire to a supermarket, witnesses said."),
]

# tune-half rows the code gets wrong: id -> why
GAPS: dict[str, str] = {
    "nws-027": "gang members' shooting of churchgoers is read as organised crime (acled.yaml's gang rules, written for "
    "CASE's organised-crime class, which the harness scores); ACLED codes such gangs' attacks on civilians as attacks",
    "nws-064": "a gang's grenade thrown at a bus over extortion is read as organised crime (the extortion cue), as CASE "
    "codes crime; ACLED codes the grenade",
    "nws-067": "a gang's kidnapping of missionaries is read as organised crime (the gang rules, as above)",
    "nws-113": "a cartel leader's arrest by soldiers is read as organised crime (the rule of arrests for crime), as CASE "
    "codes it",
    "nws-035": "the parse gives 'bombed' the province as source and the warplanes as target across the relative clause "
    "before it (event roles: i16-args54's), so the air-strike rules see no aircraft doer and 'bombed' reads as a bomb",
    "nws-053": "'was blamed for a blast' is CASE's attribution of responsibility (acled.yaml's blame rule), before the "
    "blast itself",
    "nws-141": "an anniversary: the bombing remembered is the snippet's only ACLED act, and the main event falls back on "
    "a background act when no other is told (stages/events/incident.py)",
    "nws-142": "a trial: the 2015 attack's killing, in a relative clause, is the only ACLED act, and the main event takes "
    "an ACLED act before the court's sentence (diplomacy, the residue)",
    "nws-143": "a background clause of a place ('where Boko Haram has killed thousands since 2009'): the only ACLED act, "
    "taken as the main event (the day's act, a hospital opened, is no event)",
}

# check-half rows right (sub-event type, family), as measured: the floors the check half must not fall under
CHECK_RIGHT = (76, 77)

TUNE = [r for r in ROWS if half(r[0]) == "tune"]
CHECK = [r for r in ROWS if half(r[0]) == "check"]


def _param(row: tuple[str, str, str, str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[row[0]])] if row[0] in GAPS else []
    return pytest.param(*row, id=f"{row[0]}:{row[2]}", marks=marks)


@pytest.mark.parametrize(("rid", "label", "shape", "text"), [_param(r) for r in TUNE])
def test_tune_row(rid: str, label: str, shape: str, text: str) -> None:
    assert acled_row_holds(label, text), (rid, label, shape)


def test_check_half_does_not_fall() -> None:
    subtype = sum(acled_row_holds(r[1], r[3]) for r in CHECK)
    family = sum(acled_family_holds(r[1], r[3]) for r in CHECK)
    assert subtype >= CHECK_RIGHT[0] and family >= CHECK_RIGHT[1], (subtype, family)


def test_rows_are_laid_out() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) == 150
    assert set(GAPS) <= {r[0] for r in TUNE}
