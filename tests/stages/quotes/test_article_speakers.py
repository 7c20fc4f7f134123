"""A probe of speakers across whole articles (issue 15): invented short articles (five to eight
paragraphs) written from the constructions by which news stories carry a speaker over paragraphs: a
quotation continued into the next paragraph (an open mark with no closing one, the next paragraph
opening again), "he added" / "she said" / "the minister said" after a paragraph break, a speaker
named after the quote ("...," said N, a resident), two speakers alternating, a title alone ("the
spokesman said") referring back to a named spokesman, an organisation's statement quoted over
paragraphs ("the statement said", "it added"), nested quotes (a speaker quoting someone), a quote
in a figure sentence, pronouns whose nearest antecedent is no person (a country, a company, a
mission), quotes in headlines and ledes, "told reporters", interviews set as questions and answers.
Parties of every side and region.

Each check names its construction, a stretch of the quoted words, and the expected speaker: words
of which one ("|" separates them) must be in the speaker as written or in the name of its resolved
actor (a surname, or the canonical name of an organisation). Expected answers come from the
construction; the checks the pipeline does not yet read are strict xfails in GAPS."""

from __future__ import annotations

from functools import cache

import pytest

from newsledger.records import Analysis
from tests.builders import ArticleRow, ProbeArticle, names_match, pipeline, speaker_names

ARTICLES: list[ProbeArticle] = [
    ("gaza-school", (
        "Strike hits school shelter in central Gaza",
        "DEIR AL-BALAH, Gaza Strip (AP) — An Israeli air strike hit a school sheltering displaced families in "
        "central Gaza on Thursday, killing at least 14 people, according to hospital officials.",
        "“We heard the plane and then everything went white,” said Samira Nofal, 41, who had been living in a "
        "classroom with her four children. “I pulled my son out from under the desk.",
        "“He was breathing, but his sister was not.”",
        "The Israeli military said it had targeted a Hamas command room inside the compound. “The terrorists "
        "used the school as a shield,” the military said in a statement.",
        "Hospital director Iyad Abu Zahir said the wounded were still arriving in the evening. “We have no "
        "beds left and no fuel for the generators,” he said.",
        "The strike was the third on a school in a week.",
        "“We are choosing who to save,” he added.",
    ), (
        ("speaker after quote", "We heard the plane and then everything", "Nofal"),
        ("continued quote", "I pulled my son out from under the desk", "Nofal"),
        ("continued quote", "He was breathing, but his sister was not", "Nofal"),
        ("statement", "The terrorists used the school as a shield", "military"),
        ("he said", "We have no beds left and no fuel", "Zahir"),
        ("he added after break", "We are choosing who to save", "Zahir"),
    )),
    ("kharkiv-power", (
        "Kharkiv power plant hit again as talks stall",
        "KHARKIV, Ukraine (Reuters) - Russian missiles struck a power plant outside Kharkiv overnight, cutting "
        "electricity to about 200,000 homes, regional governor Oleh Marchenko said on Friday.",
        "\"The strike was aimed at leaving people without heat before winter,\" Marchenko told reporters at "
        "the site.",
        "Russia's defence ministry said its forces had hit \"energy facilities used by the Ukrainian "
        "military-industrial complex.\"",
        "In Moscow, Kremlin spokesman Dmitry Orlov said the talks could not resume while Kyiv \"keeps "
        "attacking Russian territory.\"",
        "\"There is nothing to discuss until they stop,\" Orlov said.",
        "\"We have heard this before,\" Marchenko replied when asked about the Kremlin's remarks. \"They say "
        "talks and they send missiles.\"",
        "Orlov, speaking on a conference call, said the Russian side was \"open to contacts at the technical "
        "level.\"",
    ), (
        ("told reporters", "The strike was aimed at leaving people", "Marchenko"),
        ("partial quote", "energy facilities used by the Ukrainian", "defence ministry|defense ministry"),
        ("partial quote", "keeps attacking Russian territory", "Orlov"),
        ("alternating", "There is nothing to discuss until they stop", "Orlov"),
        ("alternating", "We have heard this before", "Marchenko"),
        ("second sentence", "They say talks and they send missiles", "Marchenko"),
        ("partial quote", "open to contacts at the technical level", "Orlov"),
    )),
    ("fasher-market", (
        "RSF denies shelling of El Fasher market",
        "PORT SUDAN (AFP) - At least 22 people were killed when shells fell on the main market in El Fasher on "
        "Sunday, a local rescue group said.",
        "\"The shells came from the eastern side of the city, where the militia is positioned,\" said Adam "
        "Yahya, a volunteer with the El Fasher Emergency Room.",
        "The paramilitary Rapid Support Forces rejected the accusation in a statement on Monday.",
        "\"Our forces do not target civilians and have never used artillery against markets,\" the statement "
        "said. \"The army is spreading these lies to cover its own crimes.\"",
        "\"We call on the United Nations to send an independent team,\" it said.",
        "Sudan's army spokesman, Brigadier Khalid Osman, dismissed the denial. \"The militia is lying, as it "
        "always does,\" Osman said.",
    ), (
        ("speaker after quote", "The shells came from the eastern side", "Yahya"),
        ("statement", "Our forces do not target civilians", "Rapid Support|RSF"),
        ("statement", "The army is spreading these lies", "Rapid Support|RSF"),
        ("statement it said", "We call on the United Nations to send", "Rapid Support|RSF"),
        ("title and name", "The militia is lying, as it always does", "Osman"),
    )),
    ("lebanon-rockets", (
        "Hezbollah fires rockets at northern Israel after commander killed",
        "BEIRUT (Reuters) - Hezbollah fired dozens of rockets at northern Israel on Tuesday, a day after an "
        "Israeli strike killed one of its field commanders in southern Lebanon.",
        "The group said in a statement that the barrage was \"a response to the assassination of the martyr "
        "commander.\"",
        "Israeli military spokesman Lieutenant Colonel Avi Shamir said most of the rockets had been "
        "intercepted. \"We will continue to act against Hezbollah wherever it operates,\" Shamir said.",
        "Lebanon's caretaker prime minister, Walid Karam, called on both sides to show restraint.",
        "\"Lebanon does not want war, but war is being imposed on it,\" Karam said at a meeting with the "
        "French ambassador.",
        "The army spokesman said later that two soldiers had been lightly wounded. \"Our forces are prepared "
        "for every scenario,\" the spokesman said.",
    ), (
        ("the group", "a response to the assassination of the martyr", "Hezbollah"),
        ("title and name", "We will continue to act against Hezbollah", "Shamir"),
        ("name after break", "Lebanon does not want war", "Karam"),
        ("title alone", "Our forces are prepared for every scenario", "Shamir"),
    )),
    ("sagaing-strike", (
        "Myanmar junta air strike kills villagers in Sagaing",
        "YANGON (AP) — A military air strike killed at least 17 people in a village in Myanmar's Sagaing "
        "region, residents and an opposition group said Wednesday.",
        "“The jet came twice and dropped bombs on the monastery,” said a village elder who asked not to be "
        "named for fear of reprisals.",
        "The shadow National Unity Government said the attack was a war crime. Its spokesman, Kyaw Zaw Lin, "
        "said: “The junta is bombing its own people because it is losing on the ground.”",
        "Kyaw Zaw Lin said a survivor had told him: “My mother was praying when the roof fell on her.”",
        "The military government's spokesman, Major General Zaw Min Aung, denied the report. “We only target "
        "terrorist groups,” he told state television.",
        "“There were no civilians in the area,” he said.",
    ), (
        ("anonymous speaker", "The jet came twice and dropped bombs", "elder"),
        ("colon", "The junta is bombing its own people", "Kyaw Zaw Lin"),
        ("nested quote", "My mother was praying when the roof fell", "survivor"),
        ("told state television", "We only target terrorist groups", "Aung"),
        ("he said after break", "There were no civilians in the area", "Aung"),
    )),
    ("cauca-talks", (
        "Colombia suspends talks with dissident faction after attack",
        "BOGOTA (Reuters) - Colombia's government suspended peace talks with a dissident faction of the former "
        "FARC rebels on Monday after an attack on a police station in Cauca province killed four officers.",
        "Defence Minister Ana Lucia Restrepo said the faction had broken its promises. \"They cannot talk about "
        "peace in the morning and kill police officers at night,\" she said.",
        "The faction, known as the Central General Staff, said in a statement that it had not ordered the "
        "attack. It said the attack was \"the work of a unit that does not answer to the command.\"",
        "The province has seen dozens of such attacks this year. \"We live between two fires,\" said Luz Mery "
        "Quintero, a community leader in the town of Suarez.",
        "The United Nations mission in Colombia condemned the attack. \"Violence against police officers "
        "undermines the peace process,\" it said on social media.",
        "Restrepo said the army would reinforce the region. \"The state will not abandon Cauca,\" she added.",
    ), (
        ("she said", "They cannot talk about peace in the morning", "Restrepo"),
        ("it said", "the work of a unit that does not answer", "Central General Staff"),
        ("speaker after quote", "We live between two fires", "Quintero"),
        ("it said, organisation", "Violence against police officers undermines", "United Nations|UN mission"),
        ("she added", "The state will not abandon Cauca", "Restrepo"),
    )),
    ("plateau-village", (
        "Gunmen kill 12 in attack on Plateau village",
        "JOS, Nigeria (AP) — Gunmen killed at least 12 people in an overnight attack on a farming village in "
        "Nigeria's Plateau state, police said Sunday.",
        "Police spokesman Alfred Bala told reporters that the attackers arrived on motorcycles shortly after "
        "midnight. “They shot at everyone they saw and set fire to the houses,” Bala said.",
        "“We have deployed a tactical team to the area and arrests will follow,” the spokesman said.",
        "Plateau state governor Caleb Danjuma described the attack as “barbaric and senseless.”",
        "Residents said they had warned the authorities. “We told the soldiers two days ago that strangers were "
        "camping in the forest,” said Yakubu Dung, a farmer who lost two brothers. “Nobody came.”",
    ), (
        ("name", "They shot at everyone they saw", "Bala"),
        ("title alone after break", "We have deployed a tactical team", "Bala"),
        ("described as", "barbaric and senseless", "Danjuma"),
        ("speaker after quote", "We told the soldiers two days ago", "Dung"),
        ("second sentence", "Nobody came", "Dung"),
    )),
    ("red-sea-ship", (
        "Houthis claim attack on cargo ship in Red Sea",
        "DUBAI (Reuters) - Yemen's Houthis said on Saturday they had targeted a cargo ship in the Red Sea with "
        "missiles, the latest in a series of attacks on shipping.",
        "Houthi military spokesman Yahya Sarim said in a televised speech that the ship was \"linked to the "
        "Zionist entity\" and had ignored warnings.",
        "\"Our operations will continue until the aggression against Gaza stops,\" Sarim said.",
        "U.S. Central Command said in a statement that the missiles missed the ship and no one was hurt. "
        "\"This reckless behaviour endangers innocent sailors,\" the statement said.",
        "The ship's operator, a Greek company, said the vessel was continuing its voyage. \"All crew members "
        "are safe,\" a company official told Reuters.",
    ), (
        ("partial quote", "linked to the Zionist entity", "Sarim"),
        ("name", "Our operations will continue until", "Sarim"),
        ("statement", "This reckless behaviour endangers", "Central Command|CENTCOM"),
        ("told outlet", "All crew members are safe", "official|company"),
    )),
    ("islamabad-interview", (
        "Interview: Pakistan's foreign minister on the Kashmir crisis",
        "ISLAMABAD — Pakistan's foreign minister, Farah Qureshi, spoke to our correspondent on Tuesday about "
        "the tensions along the Line of Control. The interview has been edited for length.",
        "Q: Does Pakistan expect another strike from India?",
        "A: We cannot rule anything out. Our forces are on high alert and we have informed our friends in the "
        "region.",
        "Q: India says the militants came from your side of the line.",
        "A: India says this after every attack and never shows any evidence.",
        "Q: Will you meet your Indian counterpart?",
        "A: If there is a sincere offer, we will consider it.",
    ), (
        ("interview answer", "We cannot rule anything out", "Qureshi"),
        ("interview answer", "never shows any evidence", "Qureshi"),
        ("interview answer", "If there is a sincere offer", "Qureshi"),
    )),
    ("delhi-briefing", (
        "Indian minister answers questions on Pahalgam attack",
        "NEW DELHI — India's home minister, Rakesh Menon, answered questions from reporters after the attack "
        "in Pahalgam on Thursday.",
        "Reporter: Who is responsible for the attack?",
        "Menon: The evidence points across the border. We will share it with the world at the right time.",
        "Reporter: Will India respond militarily?",
        "Menon: India will respond at a time and place of its choosing.",
    ), (
        ("interview named answer", "The evidence points across the border", "Menon"),
        ("interview named answer", "India will respond at a time and place", "Menon"),
    )),
    ("goma-advance", (
        "Congo accuses Rwanda of backing M23 advance on Goma",
        "KINSHASA (Reuters) - Congo's government on Wednesday accused Rwanda of sending troops to support the "
        "M23 rebels as they advanced towards Goma.",
        "Government spokesman Patrick Mbala said Rwandan soldiers had been seen crossing the border. \"This is "
        "an act of war against the Democratic Republic of Congo,\" Mbala told a news conference.",
        "Rwanda denies backing the rebels. \"Rwanda is not a party to this conflict,\" government spokeswoman "
        "Claudine Uwase said, adding that Kigali was \"concerned about the genocidal militias\" on its border.",
        "M23 spokesman Jean-Paul Kabasha said the group was defending Congolese Tutsis. \"We will go wherever "
        "the threat is,\" he said.",
        "The country has seen years of fighting in the east. \"The people of Goma are terrified,\" said Esther "
        "Kahindo, who runs a shelter for displaced families.",
    ), (
        ("told a news conference", "This is an act of war against", "Mbala"),
        ("title and name after quote", "Rwanda is not a party to this conflict", "Uwase"),
        ("adding that", "concerned about the genocidal militias", "Uwase"),
        ("he said", "We will go wherever the threat is", "Kabasha"),
        ("speaker after quote", "The people of Goma are terrified", "Kahindo"),
    )),
    ("haiti-suburb", (
        "Gangs attack Port-au-Prince suburb",
        "PORT-AU-PRINCE, Haiti (AP) — Gang members stormed a suburb of Haiti's capital overnight, burning homes "
        "and killing at least 15 people, authorities said Friday.",
        "Police chief Rameau Joseph said officers had been outnumbered. “The gangs had more weapons than we "
        "did,” Joseph said.",
        "The violence has forced thousands of people from their homes this year. The Kenyan-led security "
        "mission said it would send more officers to the area.",
        "“We are working with the Haitian police to restore order,” the mission said in a statement.",
        "“We need helicopters and armoured vehicles, not promises,” he said.",
        "Marie-Ange Celestin, 52, said she had fled with only her documents. “They burned everything I owned,” "
        "she said.",
    ), (
        ("name", "The gangs had more weapons than we did", "Joseph"),
        ("organisation", "We are working with the Haitian police", "mission"),
        ("he said past an organisation", "We need helicopters and armoured vehicles", "Joseph"),
        ("she said", "They burned everything I owned", "Celestin"),
    )),
    ("damascus-talks", (
        "Syrian minister says talks with Kurdish-led forces will resume",
        "DAMASCUS (AFP) - Syria's foreign minister, Nizar Haddad, said on Sunday that talks with the "
        "Kurdish-led Syrian Democratic Forces would resume next week.",
        "\"We agreed in principle on the integration of their forces into the army,\" Haddad said at a news "
        "conference with his Turkish counterpart.",
        "He quoted the SDF commander as telling him: \"We want to be part of a united Syria.\"",
        "The SDF said in a statement that \"no agreement has been reached on the details.\"",
        "Turkey's foreign minister, Kemal Yildiz, said Ankara would \"not accept any terrorist structure on "
        "our border.\"",
    ), (
        ("name", "We agreed in principle on the integration", "Haddad"),
        ("quoted as telling", "We want to be part of a united Syria", "commander|SDF|Syrian Democratic"),
        ("statement", "no agreement has been reached on the details", "SDF|Syrian Democratic"),
        ("partial quote", "not accept any terrorist structure", "Yildiz"),
    )),
    ("tigray-hunger", (
        "Aid agencies say hunger deaths rising in Tigray",
        "MEKELLE, Ethiopia (Reuters) - At least 1,300 people have died of hunger in Tigray since the start of "
        "the year, the regional health bureau said on Monday.",
        "\"More than 400 of the dead were children under five,\" bureau head Dr. Hagos Gebremariam said, adding "
        "that \"the real number is likely higher.\"",
        "The federal government disputed the figures. \"The numbers given by the regional bureau are "
        "exaggerated and politically motivated,\" said Tesfaye Alemu, a spokesman for the federal health "
        "ministry.",
        "The World Food Programme said it had resumed deliveries to 600,000 people. \"We have the food, but the "
        "roads are not safe,\" a WFP official in Mekelle said.",
    ), (
        ("figure in quote", "More than 400 of the dead were children", "Gebremariam"),
        ("adding that", "the real number is likely higher", "Gebremariam"),
        ("speaker after quote", "The numbers given by the regional bureau", "Alemu"),
        ("anonymous official", "We have the food, but the roads", "WFP|World Food|official"),
    )),
    ("sinaloa-bodies", (
        "Mexican state prosecutor says 19 bodies found in Sinaloa",
        "CULIACAN, Mexico (AP) — Authorities found 19 bodies dumped on a highway in Sinaloa state, the state "
        "prosecutor's office said Monday.",
        "State prosecutor Luisa Ferrer said the victims had been shot. “We believe this is linked to the "
        "dispute between the factions of the cartel,” Ferrer said.",
        "Mexico's security secretary, Omar Villalobos, said federal forces had arrested 30 suspects in the "
        "state this month. “We will not let the criminals impose their law,” he told a morning news "
        "conference.",
        "“The families want to know who their children are,” said Reyes Castañeda, who searches for missing "
        "relatives with a volunteer group. “We have been waiting for months.”",
        "Ferrer said DNA tests would take several weeks. “We ask the families for patience,” she said.",
    ), (
        ("name", "We believe this is linked to the dispute", "Ferrer"),
        ("he told a news conference", "We will not let the criminals impose", "Villalobos"),
        ("speaker after quote", "The families want to know who their", "Castañeda|Castaneda"),
        ("second sentence", "We have been waiting for months", "Castañeda|Castaneda"),
        ("she said", "We ask the families for patience", "Ferrer"),
    )),
    ("shoal-collision", (
        "China, Philippines trade blame over collision near Second Thomas Shoal",
        "MANILA (Reuters) - The Philippines and China blamed each other on Monday for a collision between their "
        "vessels near a disputed shoal in the South China Sea.",
        "The Philippine coast guard said a Chinese ship had \"deliberately rammed\" a supply boat. Its "
        "spokesman, Commodore Jay Dizon, said: \"This was a dangerous and illegal manoeuvre.\"",
        "China's coast guard said the Philippine boat had \"illegally intruded\" into Chinese waters. \"The "
        "Philippine side bears full responsibility,\" it said in a statement.",
        "\"We will not be intimidated,\" Dizon said.",
        "The U.S. State Department said it stood with its ally. \"An armed attack on Philippine vessels would "
        "invoke our mutual defence commitments,\" spokesman Mark Ellison said.",
    ), (
        ("partial quote", "deliberately rammed", "Philippine"),
        ("colon", "This was a dangerous and illegal manoeuvre", "Dizon"),
        ("partial quote", "illegally intruded", "China|Chinese"),
        ("it said, organisation", "The Philippine side bears full responsibility", "China|Chinese"),
        ("name after break", "We will not be intimidated", "Dizon"),
        ("title and name after quote", "An armed attack on Philippine vessels", "Ellison"),
    )),
    ("kabul-soil", (
        "Taliban say Afghan soil 'will not be used against anyone'",
        "KABUL (AP) — The Taliban said Wednesday they would not allow Afghan territory to be used for attacks "
        "on neighbouring countries, after Pakistan accused them of sheltering militants.",
        "Taliban spokesman Zabihullah Rahimi said in a post on X that Pakistan should \"look at its own "
        "failures instead of blaming others.\"",
        "Pakistan's military said last week that fighters crossing from Afghanistan had killed 10 soldiers. "
        "\"The interim Afghan government must act against these groups,\" the military's media wing said.",
        "Asked by reporters whether the Taliban would meet Pakistani officials, Rahimi said: \"Our doors are "
        "open for dialogue.\"",
    ), (
        ("headline", "will not be used against anyone", "Taliban|Rahimi"),
        ("partial quote", "look at its own failures instead", "Rahimi"),
        ("media wing", "The interim Afghan government must act", "military|media wing|Pakistan"),
        ("colon", "Our doors are open for dialogue", "Rahimi"),
    )),
    ("mogadishu-hotel", (
        "Al-Shabaab claims deadly attack on Mogadishu hotel",
        "MOGADISHU (Reuters) - Al-Shabaab militants attacked a hotel in Mogadishu on Friday night, killing at "
        "least nine people before security forces ended a siege, police said.",
        "The group claimed responsibility in a statement on its radio station. \"Our fighters entered the hotel "
        "where officials of the apostate government were meeting,\" the statement said.",
        "\"The operation was successful and the mujahideen killed many of them,\" it added.",
        "Police spokesman Abdifatah Warsame said all five attackers had been killed. \"The security forces "
        "acted fast and saved many lives,\" he said.",
        "A survivor, hotel worker Hodan Ali, said she hid in a storeroom for three hours. \"I could hear them "
        "going from room to room,\" she said.",
    ), (
        ("statement of the group", "Our fighters entered the hotel", "Shabaab"),
        ("it added", "The operation was successful and the mujahideen", "Shabaab"),
        ("he said", "The security forces acted fast", "Warsame"),
        ("she said", "I could hear them going from room", "Ali"),
    )),
    ("mali-strikes", (
        "Mali junta says army killed dozens of jihadists near border",
        "BAMAKO (AFP) - Mali's army said on Tuesday it had killed \"dozens of terrorists\" in air strikes near "
        "the border with Burkina Faso.",
        "In a statement read on state television, army spokesman Colonel Souleymane Diarra said the strikes had "
        "destroyed \"several logistics bases.\"",
        "Residents of the area gave a different account. \"The drone hit a wedding, not a base,\" said a "
        "resident of the village of Sokolo, who gave only his first name, Amadou. \"Among the dead were women "
        "and children.\"",
        "The al-Qaeda-linked JNIM group said in a message that the army \"is killing civilians and calling "
        "them terrorists.\"",
        "Human Rights Watch called for an inquiry. \"Malian authorities have repeatedly failed to investigate "
        "such strikes,\" said Ilaria Conti, a Sahel researcher at the group.",
    ), (
        ("lede partial quote", "dozens of terrorists", "army|Mali"),
        ("partial quote", "several logistics bases", "Diarra"),
        ("anonymous resident", "The drone hit a wedding, not a base", "resident|Amadou"),
        ("second sentence", "Among the dead were women", "resident|Amadou"),
        ("partial quote", "is killing civilians and calling them", "JNIM"),
        ("speaker after quote", "have repeatedly failed to investigate", "Conti"),
    )),
    ("sotk-border", (
        "Armenia and Azerbaijan trade accusations over border shooting",
        "YEREVAN (Reuters) - Armenia and Azerbaijan accused each other on Thursday of opening fire along their "
        "shared border, a day before their foreign ministers were due to meet.",
        "Armenia's defence ministry said Azerbaijani forces had fired at positions near the village of Sotk. "
        "\"The Armenian side did not return fire,\" the ministry said.",
        "Azerbaijan's defence ministry said the opposite. \"Armenian units fired at our positions in the "
        "Kalbajar district,\" it said, adding that Azerbaijani troops had taken \"adequate retaliatory "
        "measures.\"",
        "A spokeswoman for the Armenian prime minister, Lusine Avetisyan, said the incident would not derail "
        "the talks. \"We remain committed to the peace agenda,\" she said.",
        "Azerbaijani presidential adviser Rauf Mammadli said Baku wanted a treaty signed this year. \"The ball "
        "is in Armenia's court,\" he said.",
    ), (
        ("the ministry said", "The Armenian side did not return fire", "Armenia|Armenian"),
        ("it said, ministry", "Armenian units fired at our positions", "Azerbaijan|Azerbaijani"),
        ("adding that", "adequate retaliatory measures", "Azerbaijan|Azerbaijani"),
        ("she said", "We remain committed to the peace agenda", "Avetisyan"),
        ("he said", "The ball is in Armenia's court", "Mammadli"),
    )),
    ("caracas-release", (
        "Venezuela frees detained Americans after envoy's visit",
        "CARACAS (AP) — “It was a long night, but we are going home,” one of six Americans released by "
        "Venezuela told reporters as he boarded a plane in Caracas on Saturday.",
        "The release followed a meeting between U.S. envoy Thomas Grell and Venezuela's foreign minister, Ramon "
        "Guerra, in the presidential palace.",
        "“We showed that dialogue produces results,” Guerra told state television.",
        "Grell told reporters on the plane that no concessions had been made. “The president wanted these men "
        "home and they are home,” he said.",
        "Venezuela's opposition criticised the meeting. “Every photo with the regime is a gift to the regime,” "
        "said opposition lawmaker Delsa Paredes.",
    ), (
        ("lede quote", "It was a long night, but we are going home", "Americans"),
        ("told television", "We showed that dialogue produces results", "Guerra"),
        ("he said", "The president wanted these men home", "Grell"),
        ("title and name after quote", "Every photo with the regime", "Paredes"),
    )),
    ("taiwan-drills", (
        "China holds drills around Taiwan after president's speech",
        "TAIPEI (Reuters) - China launched military drills around Taiwan on Monday, calling them a \"stern "
        "warning\" to separatist forces, days after Taiwan's president gave a speech on the island's "
        "sovereignty.",
        "The Eastern Theater Command of China's People's Liberation Army said the exercises tested \"joint "
        "combat readiness.\"",
        "Taiwan's defence ministry said it had detected 34 Chinese aircraft. \"We condemn this irrational "
        "provocation,\" the ministry said, adding that its forces had been put on alert.",
        "In Beijing, foreign ministry spokeswoman Lin Xiaoyun said Taiwan was \"an inalienable part of China's "
        "territory.\" \"Any attempt at independence is doomed to fail,\" she said.",
        "The spokeswoman said the drills were \"a legitimate and necessary action.\"",
    ), (
        ("lede partial quote", "stern warning", "China|Chinese"),
        ("partial quote", "joint combat readiness", "Eastern Theater|People's Liberation|China|Chinese"),
        ("the ministry said", "We condemn this irrational provocation", "Taiwan"),
        ("partial quote", "an inalienable part of China", "Lin"),
        ("she said", "Any attempt at independence is doomed", "Lin"),
        ("title alone", "a legitimate and necessary action", "Lin"),
    )),
    ("derna-floods", (
        "Derna survivors search for the missing",
        "DERNA, Libya (AFP) - Rescue teams pulled more bodies from the mud in Derna on Wednesday, three days "
        "after floods swept through the eastern Libyan city.",
        "Abdelsalam Tarhouni, a teacher, lost his parents and two sisters. \"I was on the roof when the second "
        "dam broke,\" he said. \"The water took whole streets with it.",
        "\"I saw cars and people going towards the sea.",
        "\"I have not found my sisters yet.\"",
        "The head of the Red Crescent branch in the city, Khaled Bouzid, said teams were working around the "
        "clock. \"We have recovered more than 300 bodies today alone,\" Bouzid said.",
    ), (
        ("he said", "I was on the roof when the second dam", "Tarhouni"),
        ("second sentence", "The water took whole streets with it", "Tarhouni"),
        ("continued quote", "I saw cars and people going towards", "Tarhouni"),
        ("continued quote", "I have not found my sisters yet", "Tarhouni"),
        ("figure in quote", "We have recovered more than 300 bodies", "Bouzid"),
    )),
    ("cabo-delgado", (
        "TotalEnergies delays return to Mozambique gas project after attacks",
        "MAPUTO (Reuters) - TotalEnergies said on Thursday it would delay the restart of its gas project in "
        "northern Mozambique after a new wave of insurgent attacks in Cabo Delgado province.",
        "\"Security conditions do not yet allow a safe return of our teams,\" the company said in a statement.",
        "Mozambique's interior minister, Paulo Nhantumbo, said the army and Rwandan troops controlled the area. "
        "\"The terrorists are on the run,\" he told reporters in Pemba.",
        "The Islamic State group claimed the attacks through its Amaq news agency, saying its fighters had "
        "killed \"soldiers of the Crusader army.\"",
        "Aid groups say more than 100,000 people fled their homes last month. \"Families are sleeping under "
        "trees,\" said Sofia Macuacua of the aid group Save the Children.",
    ), (
        ("the company said", "Security conditions do not yet allow", "TotalEnergies"),
        ("he told reporters", "The terrorists are on the run", "Nhantumbo"),
        ("saying", "soldiers of the Crusader army", "Islamic State|Amaq"),
        ("speaker after quote", "Families are sleeping under trees", "Macuacua"),
    )),
    ("bamenda-school", (
        "Separatists blamed for school attack in Cameroon's Northwest",
        "BAMENDA, Cameroon (AP) — Gunmen attacked a school in Cameroon's English-speaking Northwest region on "
        "Tuesday, killing a teacher and wounding three students, the regional governor said.",
        "Governor Adolphe Nkeng blamed separatist fighters. “These criminals want to keep our children out of "
        "school,” Nkeng said. “They will not succeed.”",
        "A separatist group, the Ambazonia Defence Forces, denied involvement. “We do not attack schools,” its "
        "spokesman, Eric Tanyi, told The Associated Press by phone.",
        "The school's principal, Grace Mbah, said the students were in an exam when the gunmen arrived. “The "
        "children were screaming and hiding under the benches,” she said.",
        "“We will reopen on Monday,” the governor said.",
    ), (
        ("name", "These criminals want to keep our children", "Nkeng"),
        ("second sentence", "They will not succeed", "Nkeng"),
        ("told outlet", "We do not attack schools", "Tanyi"),
        ("she said", "The children were screaming and hiding", "Mbah"),
        ("title alone", "We will reopen on Monday", "Nkeng"),
    )),
    ("kosovo-cache", (
        "Kosovo police say weapons cache found near Serbian border",
        "PRISTINA (Reuters) - Kosovo police said on Friday they had found a large weapons cache near the border "
        "with Serbia, including anti-tank rockets and explosives.",
        "Kosovo's interior minister, Arben Kelmendi, said the weapons were \"enough to equip a whole "
        "battalion.\"",
        "Serbia's foreign minister, Dragan Jovic, dismissed the claim. \"This is another fabrication by "
        "Pristina to justify its terror against Serbs,\" Jovic said.",
        "The European Union's foreign policy spokesman, Pieter de Wit, said both sides should \"refrain from "
        "any unilateral steps.\"",
        "\"We have asked KFOR to increase patrols,\" Kelmendi said.",
    ), (
        ("partial quote", "enough to equip a whole battalion", "Kelmendi"),
        ("name", "This is another fabrication by Pristina", "Jovic"),
        ("partial quote", "refrain from any unilateral steps", "Wit"),
        ("name after break", "We have asked KFOR to increase patrols", "Kelmendi"),
    )),
    ("peru-highway", (
        "Peru protests: two killed as police clear highway",
        "LIMA (AP) — Two protesters were killed on Saturday when police cleared a highway blocked by miners in "
        "southern Peru, the country's ombudsman's office said.",
        "“We demand an immediate investigation into the use of firearms,” the ombudsman's office said on X.",
        "Interior Minister Juan Carlos Salas said officers had been attacked with stones and dynamite. “The "
        "police acted within the law,” he said.",
        "Protest leader Rosa Quispe said the miners would not leave. “They killed our brothers and now they "
        "want us to go home,” Quispe said. “We will stay here.”",
        "Salas said an investigation had been opened. “If anyone broke the rules, they will be punished,” the "
        "minister said.",
    ), (
        ("office said", "We demand an immediate investigation", "ombudsman"),
        ("he said", "The police acted within the law", "Salas"),
        ("name", "They killed our brothers and now", "Quispe"),
        ("second sentence", "We will stay here", "Quispe"),
        ("the minister said", "If anyone broke the rules", "Salas"),
    )),
    ("burkina-convoy", (
        "Burkina Faso: attack on army convoy kills soldiers",
        "OUAGADOUGOU (Reuters) - Dozens of soldiers were killed when jihadists ambushed an army convoy in "
        "northern Burkina Faso, two security sources told Reuters on Monday.",
        "One of the sources said: \"The convoy was hit by explosives and then attacked from both sides. The "
        "losses are heavy.\"",
        "The government did not confirm the toll. Government spokesman Rimtalba Sawadogo said in a statement "
        "read on national television that the army had \"neutralised dozens of terrorists\" in the "
        "counter-attack.",
        "Burkina's military leaders have expelled French troops and turned to Russia for help. \"The people of "
        "Burkina have chosen their partners freely,\" Sawadogo said.",
    ), (
        ("colon, anonymous source", "The convoy was hit by explosives", "source|sources"),
        ("colon, second sentence", "The losses are heavy", "source|sources"),
        ("partial quote", "neutralised dozens of terrorists", "Sawadogo"),
        ("name", "The people of Burkina have chosen", "Sawadogo"),
    )),
    ("damascus-consulate", (
        "Iran vows response after strike on consulate",
        "TEHRAN (AFP) - Iran vowed on Tuesday to respond to a strike that destroyed its consulate in Damascus, "
        "killing seven members of the Revolutionary Guards.",
        "\"This crime will not go unanswered,\" Foreign Ministry spokesman Nasser Kazemi said in a statement.",
        "The Revolutionary Guards said in a statement that two generals were among the dead. \"The Zionist "
        "regime will regret this act,\" the statement said.",
        "Israel did not comment on the strike. It rarely comments on operations abroad.",
        "The White House said it had no advance knowledge of the strike. \"We were not involved,\" national "
        "security spokesman James Holloway told reporters.",
        "Syrian Foreign Minister Adnan Khalil condemned the attack, saying it \"violates all international "
        "laws.\"",
    ), (
        ("title and name after quote", "This crime will not go unanswered", "Kazemi"),
        ("statement", "The Zionist regime will regret this act", "Revolutionary Guard|Revolutionary Guards"),
        ("told reporters", "We were not involved", "Holloway"),
        ("saying", "violates all international laws", "Khalil"),
    )),
    ("cairo-talks", (
        "Ceasefire talks in Cairo end without deal",
        "CAIRO (Reuters) - Ceasefire talks in Cairo ended on Sunday without an agreement, with Israel and Hamas "
        "blaming each other.",
        "Senior Hamas official Khalil Mardawi said Israel had rejected the mediators' proposal. \"The occupation "
        "wants a truce without ending the war,\" he said.",
        "An Israeli official, speaking on condition of anonymity, said Hamas had refused to release the "
        "hostages in stages. \"They are playing for time,\" the official said.",
        "\"We accepted the proposal of the mediators, and the ball is now in Netanyahu's court,\" Mardawi said.",
        "\"That is simply not true,\" the Israeli official said when told of the remarks.",
        "Egypt's foreign ministry said talks would resume next week. It urged both sides to \"show flexibility "
        "for the sake of civilians.\"",
    ), (
        ("he said", "The occupation wants a truce", "Mardawi"),
        ("the official said", "They are playing for time", "Israeli|Israel"),
        ("alternating", "We accepted the proposal of the mediators", "Mardawi"),
        ("alternating", "That is simply not true", "Israeli|Israel"),
        ("it urged", "show flexibility for the sake", "Egypt|Egyptian"),
    )),
    ("volgograd-refinery", (
        "Ukraine says drones hit Russian oil refinery",
        "KYIV (Reuters) - Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, a "
        "source in Ukraine's SBU security service told Reuters.",
        "\"The SBU continues to hit legitimate military targets,\" the source said.",
        "Governor Pavel Lisitsyn said debris from a downed drone had started a fire. \"There are no "
        "casualties,\" he wrote on Telegram.",
        "Russian Foreign Ministry spokeswoman Irina Volkova said the attacks were \"terrorism sponsored by the "
        "West.\"",
        "Ukraine's foreign minister, Andriy Koval, said the strikes were a response to Russian attacks on "
        "Ukrainian cities. \"Russia brought the war to our homes; now the war is going home,\" the minister "
        "said.",
    ), (
        ("the source said", "The SBU continues to hit legitimate", "source|SBU"),
        ("he wrote", "There are no casualties", "Lisitsyn"),
        ("partial quote", "terrorism sponsored by the West", "Volkova"),
        ("the minister said", "Russia brought the war to our homes", "Koval"),
    )),
    ("amhara-town", (
        "Fano fighters seize town in Ethiopia's Amhara region",
        "ADDIS ABABA (Reuters) - Fano militia fighters took control of a town in Ethiopia's Amhara region after "
        "clashes with federal troops, residents said.",
        "The state-affiliated Fana broadcaster quoted a regional official, Getachew Worku, as saying the army "
        "had \"pushed the extremists out of most neighbourhoods.\"",
        "A Fano commander, who asked not to be named, told Reuters by phone that his fighters controlled the "
        "town centre. \"The regime's soldiers ran away,\" he said.",
        "\"We have not had electricity for a week,\" said a resident, Meseret Tadesse.",
    ), (
        ("quoted as saying", "pushed the extremists out of most", "Worku"),
        ("he said, anonymous", "The regime's soldiers ran away", "commander|Fano"),
        ("speaker after quote", "We have not had electricity for a week", "Tadesse"),
    )),
]

# checks the pipeline does not yet read (strict xfails: a check that starts passing must leave this
# set); keyed by the article id and the first 40 characters of the quoted words
GAPS: set[tuple[str, str]] = {
    ('cauca-talks', 'the work of a unit that does not answer'),
    ('tigray-hunger', 'More than 400 of the dead were children'),
    ('cabo-delgado', 'Security conditions do not yet allow'),
}



def rows() -> list[ArticleRow]:
    return [(aid, c, words, expected) for aid, _, checks in ARTICLES for c, words, expected in checks]


def row_key(row: ArticleRow) -> tuple[str, str]:
    return row[0], row[2][:40]


def article_text(aid: str) -> str:
    paragraphs = next(p for a, p, _ in ARTICLES if a == aid)
    return "\n\n".join(paragraphs)


@cache
def analysis(aid: str) -> Analysis:
    return pipeline().analyze_text(article_text(aid))


def row_passes(row: ArticleRow) -> bool:
    aid, _, words, expected = row
    found, names = speaker_names(analysis(aid), words)
    return found and names_match(expected, names)


def _params() -> list[object]:
    return [pytest.param(r, id=f"{r[0]}:{r[2][:30]}",
                         marks=[pytest.mark.xfail(strict=True, reason="a gap of article speakers")]
                         if row_key(r) in GAPS else [])
            for r in rows()]


@pytest.mark.parametrize("row", _params())
def test_speaker(row: ArticleRow) -> None:
    assert row_passes(row), row


def test_gaps_are_rows_and_rows_are_many() -> None:
    keys = [row_key(r) for r in rows()]
    assert len(keys) == len(set(keys)) and len(keys) >= 120 and len(ARTICLES) >= 25
    assert GAPS <= set(keys), GAPS - set(keys)
