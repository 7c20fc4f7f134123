"""A generalisation probe of the ACLED typology, written from ACLED's definitions of its event types
and sub-event types (and of the reports outside its scope: organised crime, natural and man-made
disasters, diplomacy, claims of responsibility) before reading the earlier probes' rows, so that the
code's score on it estimates how its typing holds on text nobody tuned on.

Every sentence is invented, in the styles of wire news from South Asia, Africa, Latin America, the
Middle East and Europe: active and passive reports ("were killed when"), nominal ones ("a blast at a
market"), headlines, police and medical sources, agentless reports, two acts in one sentence where
the main one must win, and longer snippets with background and reporting frames. A row is
``(label, style, text)``: the label is the sub-event type (or the outside-ACLED scope) that the
definitions give the snippet's main event, as the ACLED evaluation picks it. Each row is a positive
for its label and, read by the rules of every other label, a negative or a near miss (neighbouring
labels are written side by side: clash and attack, shelling and air strike, protest with
intervention and excessive force, violent demonstration and mob violence, looting and attack).

Rows the code does not get right yet are in ``GAPS`` and marked ``xfail`` (strict), so the table
measures coverage: ``python -m pytest tests/stages/events/test_acled_generalisation.py -rx`` lists
them. Measured on main at 47a9a35, before any rule written for it: 172 of 209 rows (150 of the 170
short ones, 22 of the 39 long ones); the second batch below, 32 of 40; the third, 24 of 30. Branch
i16-acled-bounds (tests/stages/events/test_acled_bound_rules.py) closed one more gap: the group's statement that its
fighters had carried out the ambush is its claim (256 of 279 rows).
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
    acled_probe_covers_every_label,
    acled_probe_params,
    acled_subtype,
)

# (label, style, text)
ROWS: list[tuple[str, str, str]] = [
    (AC, "passive",
     'Two soldiers and five militants were killed when security forces exchanged fire with '
     'insurgents in Kupwara district on Tuesday.'),
    (AC, "agentless",
     'Fighting broke out between the army and Ambazonian separatists near Bamenda, leaving at '
     'least seven dead.'),
    (AC, "nominal",
     'Clashes between FARC dissidents and ELN guerrillas in Arauca left 12 fighters dead, the '
     'ombudsman said.'),
    (AC, "active",
     'Houthi fighters and pro-government forces clashed overnight on the outskirts of Marib.'),
    (AC, "headline", 'Gunfight in Sukma: three Maoists killed in encounter with CRPF'),
    (AC, "police",
     'Police said officers came under fire from armed separatists and returned fire, killing '
     'two of them.'),
    (AC, "two acts",
     'Ukrainian troops repelled an assault by Russian forces near Bakhmut, the general staff '
     'said.'),
    (GRT, "active",
     'The Nigerian army said it had recaptured the town of Gwoza from Boko Haram militants '
     'after heavy fighting.'),
    (GRT, "active",
     'Iraqi forces retook the village of Albu Saif from Islamic State fighters on Sunday.'),
    (GRT, "two acts",
     'Government troops regained control of Palma, a week after insurgents seized the town.'),
    (GRT, "spokesman",
     'Afghan security forces have recaptured the district centre of Ghormach from the Taliban,'
     ' a spokesman said.'),
    (GRT, "headline", 'Colombian soldiers retake rebel-held village in Cauca'),
    (GRT, "active",
     'The Syrian army and allied militias took back the town of Khan Shaykhun from rebels.'),
    (NSO, "two acts",
     'Al-Shabaab fighters seized the town of Mahaas after a fierce battle with government '
     'troops.'),
    (NSO, "active",
     'Taliban insurgents overran a district headquarters in Badakhshan province on Friday.'),
    (NSO, "headline", 'Jihadists capture town in central Mali after clashes with army'),
    (NSO, "active",
     'M23 rebels took control of the town of Bunagana on the Ugandan border after fighting '
     'with the Congolese army.'),
    (NSO, "active",
     'Houthi rebels captured several positions held by government forces in Al-Jawf.'),
    (NSO, "agentless",
     'The town of Mocimboa da Praia fell to insurgents on Wednesday after three days of '
     'fighting.'),
    (AIR, "active",
     'A US drone strike killed four suspected militants in North Waziristan on Thursday.'),
    (AIR, "active",
     'Saudi-led coalition warplanes bombed a Houthi-held area of Saada, killing 10 people.'),
    (AIR, "passive", 'Five civilians were killed when a Turkish drone struck a car near Qamishli.'),
    (AIR, "headline", 'Airstrikes on rebel camp in Tigray kill 30'),
    (AIR, "light verb",
     'Russian aircraft carried out strikes on the outskirts of Idlib, the observatory said.'),
    (AIR, "military",
     'The Nigerian Air Force said its jets had destroyed a Boko Haram hideout in the Sambisa '
     'forest.'),
    (AIR, "nominal", 'An air raid on a market in Kachin State left 15 people dead.'),
    (SHL, "active",
     'Pakistani troops shelled villages along the Line of Control, killing two civilians.'),
    (SHL, "agentless",
     'Rockets fired from Gaza landed in the Israeli town of Sderot, wounding three people.'),
    (SHL, "passive",
     'Two people were wounded when Russian artillery shelled a residential area of Kharkiv.'),
    (SHL, "nominal", 'A mortar attack on a military base in Kidal wounded four peacekeepers.'),
    (SHL, "headline", 'Houthis fire ballistic missile at Saudi city of Jizan'),
    (SHL, "agentless", 'Heavy shelling hit the town of Ras al-Ain on Monday, residents said.'),
    (SHL, "agentless", 'Mortar rounds landed near the presidential palace in Mogadishu.'),
    (REM, "passive",
     'Three soldiers were killed when their vehicle hit a landmine in Tillaberi region.'),
    (REM, "agentless",
     'A roadside bomb exploded near a police convoy in Kandahar, wounding six officers.'),
    (REM, "nominal",
     'An IED blast killed two security personnel in Dantewada district on Saturday.'),
    (REM, "agentless",
     'A bomb planted on a motorcycle went off in a crowded market in Quetta, killing eight '
     'people.'),
    (REM, "headline", 'Car bomb kills five near checkpoint in Mogadishu'),
    (REM, "police", 'A bomb blast at a bus station in Maiduguri killed four people, police said.'),
    (REM, "active",
     'A Colombian police officer died after stepping on an explosive device planted by '
     'guerrillas in Antioquia.'),
    (SUI, "active",
     'A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.'),
    (SUI, "active",
     'Two female suicide bombers detonated their explosives at a market in Konduga, killing 12'
     ' people.'),
    (SUI, "nominal",
     'A suicide car bomb attack on a military base in Balad killed seven soldiers.'),
    (SUI, "headline", 'Suicide attack on army convoy in Helmand kills nine'),
    (SUI, "passive",
     'At least 20 people were killed when a suicide bomber struck a wedding in Kabul.'),
    (SUI, "active",
     'An attacker wearing an explosive vest detonated it at a checkpoint outside Baidoa.'),
    (GRN, "active",
     'Unknown assailants hurled a grenade at a police station in Srinagar, injuring two '
     'policemen.'),
    (GRN, "nominal", 'A grenade attack on a bar in Bujumbura wounded 10 people.'),
    (GRN, "passive",
     'Five people were injured when a hand grenade was thrown into a crowd in Mandera.'),
    (GRN, "active", 'Militants lobbed a grenade at a CRPF bunker in Pulwama.'),
    (GRN, "headline", 'Grenade blast at market in Imphal injures three'),
    (GRN, "agentless", 'A grenade was tossed at the home of a local councillor in Ngozi province.'),
    (CHM, "medics",
     'Government forces used chlorine gas in an attack on the rebel-held town of Douma, medics'
     ' said.'),
    (CHM, "nominal",
     'Dozens of people suffered breathing difficulties after a suspected chemical attack on '
     'the village of Kafr Zita.'),
    (CHM, "passive",
     'Sarin was dropped on Khan Sheikhoun, killing more than 80 people, the investigators '
     'concluded.'),
    (CHM, "headline", 'Chemical weapons attack kills 15 in northern Syria, activists say'),
    (CHM, "active",
     'Islamic State militants fired mustard gas shells at Kurdish Peshmerga positions near '
     'Makhmour.'),
    (ATK, "active", 'Gunmen shot dead a village chief in Zamfara state on Monday night.'),
    (ATK, "active", 'Armed herdsmen attacked the village of Kwall, killing 11 residents.'),
    (ATK, "active",
     'Unidentified assailants stabbed a human rights activist to death in Cauca department.'),
    (ATK, "passive",
     'Three farmers were hacked to death by suspected militants in Beni territory.'),
    (ATK, "active",
     'Soldiers opened fire on a bus carrying civilians near Mandalay, killing four passengers.'),
    (ATK, "two acts",
     'Islamists killed seven Christian villagers in an attack on a church in northern Burkina '
     'Faso.'),
    (ATK, "headline", 'Gunmen kill 12 worshippers in mosque attack in Niger'),
    (ABD, "active", 'Armed men kidnapped 40 students from a boarding school in Niger State.'),
    (ABD, "passive", 'Two Italian aid workers were abducted by gunmen in northern Kenya.'),
    (ABD, "two acts",
     'Security forces picked up a student activist from his home in Karachi, and his '
     'whereabouts remain unknown.'),
    (ABD, "headline", 'Boko Haram abducts 17 women in Borno'),
    (ABD, "passive", 'A village chief was taken hostage by jihadists near Djibo.'),
    (ABD, "active",
     'ELN guerrillas seized two soldiers in Arauca and took them to an unknown location.'),
    (SEX, "two acts",
     'Soldiers raped several women during a raid on a village in Rakhine State, witnesses '
     'said.'),
    (SEX, "passive", 'A schoolgirl was gang-raped by militiamen near Bunia.'),
    (SEX, "active",
     'Armed men sexually assaulted three women at a displacement camp in South Darfur.'),
    (SEX, "official", 'Militia fighters raped two teenage girls in Kasai, a local official said.'),
    (SEX, "family",
     'Police officers sexually abused a detained woman at a station in Assam, her family said.'),
    (PEA, "active", 'Thousands of teachers marched in Nairobi on Tuesday to demand higher pay.'),
    (PEA, "light verb",
     'Farmers staged a sit-in outside the district office in Ludhiana to protest the new laws.'),
    (PEA, "active", 'Hundreds of people rallied in Santiago against the pension reform.'),
    (PEA, "headline", 'Residents demonstrate over water shortages in Basra'),
    (PEA, "light verb",
     'Students held a peaceful demonstration at the University of Khartoum demanding civilian '
     'rule.'),
    (PEA, "active",
     'Opposition supporters gathered outside parliament in Tbilisi to protest the foreign '
     'agents bill.'),
    (PEA, "strike", 'Dock workers went on strike in Durban over unpaid wages.'),
    (PWI, "active",
     'Police fired tear gas to disperse protesters demanding the release of their leader in '
     'Dhaka.'),
    (PWI, "active",
     'Riot police arrested dozens of demonstrators who had gathered in central Minsk.'),
    (PWI, "active", 'Security forces broke up a rally by opposition supporters in Kampala.'),
    (PWI, "headline", 'Police use water cannon on protesting farmers near Delhi border'),
    (PWI, "passive",
     'Protesters were detained as police dispersed a march against the president in Caracas.'),
    (PWI, "active", 'Police baton-charged students protesting fee hikes in Lahore.'),
    (EXF, "active", 'Security forces opened fire on demonstrators in Khartoum, killing five.'),
    (EXF, "passive",
     'Three protesters were shot dead by police during a demonstration against fuel prices in '
     'Conakry.'),
    (EXF, "active", 'Soldiers killed at least 20 anti-coup protesters in Yangon on Sunday.'),
    (EXF, "headline", 'Police shoot dead two protesters in Lagos'),
    (EXF, "passive", 'A protester died after being beaten by police at a rally in Bogota.'),
    (EXF, "agentless",
     'Live ammunition was used against marchers in Baghdad, leaving 12 dead, medics said.'),
    (VDM, "active", 'Protesters set fire to tyres and threw stones at police in Port-au-Prince.'),
    (VDM, "active",
     'Angry demonstrators torched a police station in Siaya after a man died in custody.'),
    (VDM, "two acts",
     'Protesters looted shops and burned cars in Valparaiso during a demonstration against '
     'fare hikes.'),
    (VDM, "headline", 'Protesters storm government office in Kandy, smash windows'),
    (VDM, "active", 'Demonstrators clashed with police in Athens, hurling petrol bombs.'),
    (VDM, "active", 'Students protesting the exam results vandalised buses in Chittagong.'),
    (MOB, "active", 'A mob lynched a man accused of stealing a motorcycle in Kaduna.'),
    (MOB, "active", 'Villagers beat to death two men suspected of witchcraft in Mwanza region.'),
    (MOB, "nominal", 'Clashes between rival communities in Jos left five people dead.'),
    (MOB, "active", "Angry residents set ablaze a suspected thief in Nairobi's Kibera slum."),
    (MOB, "headline", 'Mob attacks mosque in Delhi suburb'),
    (MOB, "active",
     'A crowd of villagers attacked a police team that had come to arrest a suspect in Bihar.'),
    (AGR, "active",
     'The government and the rebels signed a ceasefire agreement in Juba on Sunday.'),
    (AGR, "active", 'The warring parties agreed to a prisoner exchange under UN mediation.'),
    (AGR, "headline", 'Colombian government, ELN agree to bilateral ceasefire'),
    (AGR, "active", 'Armed groups in Tripoli accepted a truce brokered by tribal elders.'),
    (AGR, "active", 'The Taliban and the United States signed a peace deal in Doha.'),
    (ARR, "active", 'Police arrested a senior Al-Shabaab commander in Mombasa on Friday.'),
    (ARR, "headline", 'Opposition leader detained by security forces in Harare'),
    (ARR, "active",
     'Security forces detained 15 suspected members of the PKK in raids across Istanbul.'),
    (ARR, "agentless", 'The opposition politician was taken into custody at his home in Dhaka.'),
    (ARR, "active", 'Soldiers arrested the rebel spokesman at a checkpoint in Goma.'),
    (ARR, "active", 'Authorities rounded up dozens of journalists in Addis Ababa.'),
    (CHG, "two acts",
     'The Islamic State in West Africa named a new leader after the death of its commander.'),
    (CHG, "active", 'Authorities imposed a curfew in Jos after days of violence.'),
    (CHG, "active",
     'Two rebel factions announced that they had merged to form a single armed group in '
     'Darfur.'),
    (CHG, "active", 'The government declared a state of emergency in the Anglophone regions.'),
    (CHG, "active", 'Militants in Cabo Delgado pledged allegiance to the Islamic State.'),
    (DIS, "active",
     'Bomb disposal experts defused an explosive device planted near a school in Imphal.'),
    (DIS, "active",
     'Security forces seized a large cache of weapons and ammunition in a raid in Cauca.'),
    (DIS, "two acts", 'Police foiled a plot to bomb a church in Lahore, arresting two suspects.'),
    (DIS, "agentless", 'An IED was recovered and safely detonated on the Srinagar-Jammu highway.'),
    (DIS, "headline", 'Troops discover arms cache in Mindanao'),
    (DIS, "active",
     'The army said it intercepted a truck carrying explosives bound for the capital.'),
    (HQ, "active", 'The army set up a new forward operating base in the Lake Chad region.'),
    (HQ, "active", 'Rebels established a camp in the forest near the border with Uganda.'),
    (HQ, "active", 'Turkish troops have built a new military outpost near Idlib.'),
    (HQ, "active", 'The jihadists set up their headquarters in a former school in Menaka.'),
    (HQ, "headline", 'Army opens new base in Ituri to counter rebel attacks'),
    (LOO, "active", 'Militants burned down a school in Nangarhar province overnight.'),
    (LOO, "two acts",
     'Armed men looted shops and torched houses in the village of Mbau, but no one was hurt.'),
    (LOO, "active", 'Gunmen set fire to a telecommunications mast in Balochistan.'),
    (LOO, "active", 'Soldiers looted livestock from herders in Ouham prefecture.'),
    (LOO, "headline", 'Rebels destroy bridge in Tigray'),
    (LOO, "passive", 'Several houses were torched by suspected militants in Manipur.'),
    (NVT, "active",
     'Government troops withdrew from the town of Bati, leaving it to the rebels without a '
     'fight.'),
    (NVT, "two acts", 'Rebels took control of the border post after soldiers abandoned it.'),
    (NVT, "active", 'French forces handed over the Gossi base to the Malian army.'),
    (NVT, "two acts",
     'The Taliban entered the provincial capital without resistance after local officials '
     'fled.'),
    (NVT, "active", 'Russian troops pulled out of the city of Kherson.'),
    (ORG, "active", 'Drug traffickers shot dead three people in a bar in Guanajuato.'),
    (ORG, "active", 'Police seized two tonnes of cocaine at the port of Guayaquil.'),
    (ORG, "active", 'Armed robbers raided a bank in Kisumu and escaped with cash.'),
    (ORG, "passive", 'A gang of people smugglers was arrested near the Torkham border crossing.'),
    (ORG, "active", 'Cartel hitmen killed a rival drug dealer in Rosario.'),
    (NAT, "active", 'Floods in Assam killed 15 people and displaced thousands.'),
    (NAT, "active", 'A magnitude 6.1 earthquake struck southern Iran, killing three.'),
    (NAT, "headline", 'Landslide buries village in Bududa district'),
    (NAT, "active", 'Cyclone Idai left more than 600 dead in Mozambique.'),
    (NAT, "active", 'Lightning killed four farmers in Bihar on Saturday.'),
    (MAN, "nominal", 'An explosion at a chemical factory in Gujarat killed eight workers.'),
    (MAN, "active", 'A bus plunged into a gorge in Himachal Pradesh, killing 20 passengers.'),
    (MAN, "nominal", 'A fire at a crowded market in Onitsha destroyed hundreds of shops.'),
    (MAN, "active", 'A building collapsed in Lagos, trapping dozens of people.'),
    (MAN, "headline", 'Gas cylinder blast kills four in Karachi restaurant'),
    (MAN, "active", 'Two trains collided near Larissa, killing dozens of passengers.'),
    (DIP, "active",
     'The Pakistani foreign minister met his Afghan counterpart in Islamabad to discuss border'
     ' security.'),
    (DIP, "active", 'The UN envoy held talks with the Houthi leadership in Sanaa.'),
    (DIP, "active", "Brazil's president arrived in Luanda on a two-day visit."),
    (DIP, "active", 'The European Union called for an immediate ceasefire in Gaza.'),
    (DIP, "active", 'Mali expelled the French ambassador on Monday.'),
    (CLM, "active",
     'The Pakistani Taliban claimed responsibility for the attack on the checkpoint.'),
    (CLM, "statement",
     'Islamic State said in a statement that it was behind the bombing in Kabul.'),
    (CLM, "active", 'Al-Shabaab claimed the killing of two Kenyan soldiers in Lamu.'),
    (CLM, "headline", 'JNIM claims responsibility for ambush on Burkina troops'),
    (CLM, "active", 'The ELN admitted that its fighters had blown up the pipeline.'),
    (AC, "long",
     'Local sources said the militants attacked an army post in Diffa late on Saturday, '
     'sparking a gun battle that lasted several hours. Four soldiers and an unknown number of '
     'assailants died.'),
    (AC, "long",
     'According to the military spokesman, troops on patrol in the Kangra forest were ambushed'
     ' by Maoist rebels; the ensuing encounter left one jawan injured.'),
    (AC, "long",
     'The Syrian Observatory for Human Rights reported intense fighting between regime forces '
     'and Hayat Tahrir al-Sham on the Latakia front, with 14 combatants killed on both sides.'),
    (GRT, "long",
     'After weeks of siege, the Ethiopian National Defence Force announced on Tuesday that the'
     ' town of Dessie was once again under its control, and that the Tigrayan forces had been '
     'driven out.'),
    (NSO, "long",
     'Residents fled as hundreds of gunmen from the armed group stormed the town of Djibasso '
     'on motorbikes, overwhelming the small army garrison and raising their flag over the '
     'police station.'),
    (AIR, "long",
     'Medical sources in Hodeidah said that at least nine people, including four children, '
     'were killed in raids carried out by coalition aircraft on a fishing village overnight.'),
    (AIR, "long",
     'Witnesses said a helicopter gunship fired on the convoy of the militia commander near '
     'Kismayo, destroying two vehicles; the government did not comment.'),
    (SHL, "long",
     'The town of Avdiivka came under heavy artillery fire throughout the night, the regional '
     'governor said, adding that at least three homes had been destroyed and one woman '
     'injured.'),
    (SHL, "long",
     'Indian and Pakistani troops traded fire along the Line of Control in Poonch, with '
     'Pakistani shelling killing a woman in the village of Degwar, officials said.'),
    (REM, "long",
     'Police in Bannu said that an improvised explosive device, apparently remote-controlled, '
     'went off as a van carrying policemen passed, killing two constables. No group has '
     'claimed the attack.'),
    (REM, "long",
     'The blast, which took place near the entrance of a busy market in Kirkuk on Thursday '
     'evening, killed three people, a security official said, without giving details on the '
     'kind of device used.'),
    (SUI, "long",
     'Police in Mogadishu said the attacker drove a vehicle laden with explosives into the '
     'gate of the hotel and detonated it, killing at least 15 people, before gunmen stormed '
     'the building.'),
    (GRN, "long",
     'The police said two motorcycle-borne assailants threw an explosive device, believed to '
     "be a grenade, at the house of the ruling party's local leader in Kishtwar late on "
     'Friday; nobody was injured.'),
    (CHM, "long",
     'Doctors in the besieged enclave said they treated dozens of patients for symptoms '
     'consistent with exposure to a toxic gas after barrel bombs hit residential buildings.'),
    (ATK, "long",
     'Unknown gunmen on Sunday night stormed the village of Tse-Ahaan in Guma local government'
     ' area and killed nine people, including a pregnant woman, the state police command said.'),
    (ATK, "long",
     'Human rights groups said the army killed at least 40 unarmed villagers in the Moura area'
     ' during a counterterrorism operation, an allegation the government denied.'),
    (ABD, "long",
     'Police said the gunmen, who were armed with AK-47 rifles, blocked the Abuja-Kaduna '
     'highway and whisked away at least 20 passengers from two buses into the nearby forest.'),
    (ABD, "long",
     'Relatives of the three activists, who were last seen being bundled into an unmarked car '
     'by men in plain clothes in Dhaka, said they had heard nothing of them for a month.'),
    (SEX, "long",
     'A woman was raped by soldiers at a checkpoint near Kalehe, according to a local civil '
     'society group, which said the same unit had harassed women in the area for weeks.'),
    (PEA, "long",
     "Several hundred traders closed their shops and marched to the governor's office in "
     'Jalalabad on Monday to protest against new taxes, before dispersing peacefully.'),
    (PEA, "long",
     'In Bogota, tens of thousands took to the streets for a third day of demonstrations '
     'against the tax reform, waving flags and banging pots.'),
    (PWI, "long",
     'Police in Kinshasa fired tear gas and arrested at least 12 people as opposition '
     'supporters tried to march to the electoral commission, according to a Reuters witness.'),
    (EXF, "long",
     'Medics said the security forces fired live rounds at the protesters in Nasiriyah, '
     'killing seven and wounding dozens, as the demonstrators tried to cross a bridge.'),
    (VDM, "long",
     'The protest over the death of a student turned violent when demonstrators pelted stones '
     'at police vehicles and set fire to a bus on the highway near Ranchi.'),
    (MOB, "long",
     'A group of men armed with machetes and clubs attacked members of a rival clan in the '
     'village, killing three people in an apparent dispute over grazing land, police said.'),
    (MOB, "long",
     'Police said a crowd dragged the suspected kidnapper from the police van and beat him to '
     'death before officers could intervene.'),
    (AGR, "long",
     'After three days of talks mediated by the African Union, the two sides agreed to a '
     'permanent cessation of hostilities and the release of prisoners of war.'),
    (ARR, "long",
     'The National Intelligence Agency said it had detained the deputy leader of the '
     'opposition party at the airport on his return from abroad, accusing him of plotting '
     'against the state.'),
    (CHG, "long",
     'In a video released on Friday, the militant group announced that it would from now on '
     'operate under the name of Ansar al-Sunna and would extend its operations to the south.'),
    (DIS, "long",
     'Acting on a tip-off, troops of the Assam Rifles recovered two rifles, 150 rounds of '
     'ammunition and a quantity of explosives hidden in a jungle hideout in Chandel district.'),
    (DIS, "long",
     'The army said a team of engineers had found and destroyed a landmine planted on the road'
     ' between Gao and Ansongo before a convoy passed.'),
    (LOO, "long",
     'Gunmen believed to be bandits invaded the village in the early hours, carting away food '
     'stuffs and livestock and setting several houses ablaze, residents said. No casualties '
     'were reported.'),
    (LOO, "long",
     'Supporters of the ruling party vandalised the office of the opposition party in '
     'Chittagong overnight, breaking furniture and tearing down posters, its spokesman said.'),
    (NVT, "long",
     'Under the terms of the deal, the rebels will withdraw from the city of Daraa and hand '
     'over their heavy weapons to the government, while the army will take control of the '
     'border crossing.'),
    (ORG, "long",
     'Police in Sinaloa said the bodies of six men were found in an abandoned car, a killing '
     'attributed to a dispute between rival factions of the drug cartel.'),
    (NAT, "long",
     "Heavy monsoon rains triggered flash floods and landslides across Nepal's hill districts,"
     ' leaving at least 30 people dead and dozens missing, officials said.'),
    (MAN, "long",
     'At least 12 workers died when a fire broke out at a garment factory on the outskirts of '
     'Dhaka; fire officials said a short circuit was the likely cause.'),
    (DIP, "long",
     'The foreign ministers of Egypt and Sudan discussed the dispute over the Nile dam by '
     'telephone on Wednesday and agreed to coordinate their positions, a statement said.'),
    (CLM, "long",
     'In a message posted on a jihadist website, the group said its fighters had carried out '
     'the ambush that killed 12 soldiers near Inates and vowed further attacks.'),
]

# a second batch, wire copy as it reaches a coder (datelines, agency tags, captions, several clauses),
# written after the first rules and measured on main before any rule for it: 32 of 40
ROWS += [
    (AC, "dateline",
     'MAIDUGURI, Nigeria (AP) — Soldiers fought off Boko Haram insurgents who attacked a '
     'military base in Borno state overnight, the army said Thursday. Two soldiers were '
     'wounded.'),
    (AC, "dateline",
     'QUETTA: Four Frontier Corps personnel were martyred and three terrorists killed in an '
     'exchange of fire in the Kech district of Balochistan, the ISPR said on Sunday.'),
    (AC, "caption",
     'Photo: Reuters. Fighting between the Sudanese army and the paramilitary Rapid Support '
     'Forces continued for a third day in Khartoum on Monday, witnesses said.'),
    (ATK, "dateline",
     'BENI, Congo (Reuters) - Suspected ADF rebels killed at least 22 civilians with machetes '
     'in an overnight raid on a village near Beni, a local official said on Friday.'),
    (ATK, "agency",
     "Kabul, Jan 12 (Xinhua) -- Unknown gunmen shot dead a tribal elder in Afghanistan's "
     'eastern Nangarhar province on Tuesday, police said.'),
    (ATK, "long",
     'Two aid workers were killed when gunmen opened fire on their vehicle on the road between'
     ' Bambari and Ippy, the UN mission said, condemning the attack.'),
    (REM, "agency",
     'Mogadishu, Somalia (Garowe Online) - At least three soldiers were killed after their '
     'vehicle struck a roadside bomb in the Lower Shabelle region on Wednesday, officials '
     'said.'),
    (REM, "long",
     'An explosion tore through a crowded bus in the city of Kirkuk on Sunday evening, killing'
     ' four passengers and wounding 11 others, police sources said. No group claimed '
     'responsibility.'),
    (SUI, "agency",
     'Baghdad (AFP) - A suicide bomber detonated his explosive belt among Shiite pilgrims '
     'south of Baghdad on Friday, killing at least 18 people, security officials said.'),
    (AIR, "agency",
     'Sanaa (AFP) - Air strikes by the Saudi-led coalition hit a Houthi military camp north of'
     ' the capital overnight, residents said, with no immediate word on casualties.'),
    (AIR, "long",
     'The Turkish military said its drones had neutralised six PKK militants in northern '
     "Iraq's Hakurk region, in an operation carried out on Tuesday."),
    (SHL, "long",
     'Russian forces shelled the town of Nikopol across the river overnight, damaging several '
     'houses and a school, the regional governor wrote on Telegram.'),
    (SHL, "agency",
     'GAZA CITY (AP) — Palestinian militants fired two rockets into southern Israel late '
     'Tuesday, the military said, one of which was intercepted. There were no reports of '
     'injuries.'),
    (GRN, "agency",
     'Srinagar, Aug 3 (PTI) Militants hurled a grenade at a security forces vehicle in '
     'Anantnag district of south Kashmir on Saturday, injuring two CRPF personnel, officials '
     'said.'),
    (ABD, "dateline",
     'KADUNA, Nigeria (Reuters) - Gunmen kidnapped dozens of worshippers from a church in '
     "northern Nigeria's Kaduna state on Sunday, residents and police said."),
    (ABD, "long",
     'Fishermen from the coastal village told reporters that armed pirates had boarded their '
     'boat off the Niger Delta and taken six crew members hostage.'),
    (SEX, "long",
     'According to a report released by the UN mission, soldiers raped at least 12 women in '
     'villages around Minova as they retreated from the front in November.'),
    (PEA, "dateline",
     'NAIROBI, Kenya (AP) — Hundreds of doctors marched through the streets of Nairobi on '
     'Wednesday demanding better pay and working conditions, as their strike entered its '
     'second month.'),
    (PEA, "agency",
     'Colombo, Oct 5 (IANS) Opposition parties staged a protest outside the parliament on '
     'Monday, demanding the resignation of the government over the economic crisis.'),
    (PWI, "dateline",
     'TBILISI, Georgia (Reuters) - Georgian police used water cannon and pepper spray early on'
     ' Friday to disperse thousands of protesters rallying outside parliament against the '
     'foreign agent bill.'),
    (EXF, "dateline",
     'KHARTOUM (Reuters) - Sudanese security forces shot dead at least five protesters on '
     'Thursday as tens of thousands marched against military rule, medics said.'),
    (VDM, "dateline",
     'PARIS (AP) — Protesters angry over the pension reform set fire to garbage bins and '
     'hurled projectiles at police in Paris on Thursday night, and officers responded with '
     'tear gas.'),
    (VDM, "long",
     'In Dhaka, supporters of the opposition party clashed with police during a march on '
     'Saturday, throwing stones and torching buses, police said.'),
    (MOB, "agency",
     "Patna, June 4 (PTI) A mob beat two men to death in Bihar's Saran district on suspicion "
     'of cattle theft, police said on Monday.'),
    (MOB, "long",
     'Violence broke out between Hindu and Muslim groups in the town after a religious '
     'procession, with members of both communities pelting each other with stones; three '
     'people were injured.'),
    (ARR, "dateline",
     'ISTANBUL (Reuters) - Turkish police detained 30 people suspected of links to Islamic '
     'State in raids across seven provinces on Tuesday, state media reported.'),
    (ARR, "long",
     'The leader of the opposition party was arrested at his home in Kampala early on Thursday'
     ' and taken to an unknown police station, his lawyer said.'),
    (AGR, "dateline",
     "JUBA (Reuters) - South Sudan's government and rebel factions signed a ceasefire "
     'agreement on Thursday in the Ethiopian capital after weeks of talks, mediators said.'),
    (DIS, "agency",
     'Imphal, July 8 (PTI) Security forces recovered a huge cache of arms and ammunition, '
     "including AK-47 rifles and hand grenades, during a search operation in Manipur's "
     'Churachandpur district.'),
    (DIS, "long",
     'A bomb disposal squad defused an improvised explosive device found near a railway track '
     'in Jharkhand on Tuesday, averting a major disaster, officials said.'),
    (LOO, "long",
     'Armed herdsmen burned down more than 40 houses in the village of Mbakunu overnight after'
     ' the residents fled, a community leader said, adding that no one was hurt.'),
    (NSO, "dateline",
     'BAMAKO (Reuters) - Jihadist fighters seized the central Malian town of Boni after '
     'soldiers withdrew from their base following repeated attacks, local officials said.'),
    (GRT, "agency",
     'Damascus (SANA) - Army units restored security and stability to the town of Khan '
     'Shaykhun after eliminating the last terrorist groups there, a military source said.'),
    (NVT, "long",
     'The last French soldiers left the Menaka base on Monday, handing it over to the Malian '
     'armed forces, the French army said.'),
    (ORG, "dateline",
     'MEXICO CITY (AP) — Gunmen believed to be linked to a drug cartel killed seven people at '
     'a party in the northern state of Sonora, prosecutors said.'),
    (NAT, "agency",
     'Kathmandu, Aug 2 (Xinhua) -- At least 19 people were killed and 13 others went missing '
     'in landslides triggered by incessant rainfall in western Nepal, police said Monday.'),
    (MAN, "dateline",
     'LAGOS (Reuters) - A tanker laden with petrol exploded on a busy highway in Lagos on '
     'Thursday, killing at least nine people and setting dozens of vehicles ablaze, emergency '
     'officials said.'),
    (DIP, "dateline",
     'BEIJING (Reuters) - Chinese President Xi Jinping met visiting Pakistani Prime Minister '
     'in Beijing on Tuesday and pledged to deepen cooperation, state media reported.'),
    (CLM, "agency",
     'Cairo (AFP) - The Islamic State group claimed responsibility on Saturday for an attack '
     "on a checkpoint in Egypt's North Sinai that killed seven soldiers, in a statement on its"
     ' Amaq news agency.'),
    (CHG, "long",
     'The Nigerian government on Friday imposed a 24-hour curfew in Kaduna after clashes '
     'between Muslim and Christian youths killed at least 20 people.'),
]

# a third batch, snippets of two sentences (the incident, then its casualties or its aftermath), written
# after the second batch's rules and measured on main before any rule for it: 24 of 30
ROWS += [
    (AC, "two sentences",
     'Troops of the 8th Division repelled an attack by jihadists on their base in Monguno on '
     'Saturday. The army said 12 attackers were killed and several rifles recovered.'),
    (AC, "two sentences",
     'Heavy clashes erupted between Kurdish forces and Turkish-backed fighters near Manbij on '
     'Sunday. A monitoring group said at least nine combatants died.'),
    (ATK, "two sentences",
     'Gunmen on motorcycles opened fire on worshippers leaving a mosque in Katsina state on '
     'Friday, killing five. Police said a manhunt had been launched.'),
    (ATK, "two sentences",
     'The body of a local journalist was found dumped by a roadside in Guerrero on Tuesday. He'
     ' had been shot several times, prosecutors said.'),
    (ATK, "background",
     'Security forces killed three unarmed farmers in a village near Kidal, relatives said on '
     'Monday, in the latest in a string of abuses blamed on the army.'),
    (ABD, "two sentences",
     'Bandits abducted 15 passengers travelling on the Kaduna-Abuja highway on Sunday night. '
     'The kidnappers have not yet contacted the families.'),
    (REM, "two sentences",
     'A bomb hidden in a cart exploded at a vegetable market in Parachinar on Friday. At least'
     ' 20 people were killed and dozens injured, officials said.'),
    (AIR, "two sentences",
     'Israeli jets struck targets in the Gaza Strip overnight, the army said. Palestinian '
     'health officials said two people were killed.'),
    (SHL, "two sentences",
     'Azerbaijani forces shelled the town of Martuni on Monday, Armenian officials said. Two '
     'civilians were wounded and a school was damaged.'),
    (SUI, "two sentences",
     'A suicide bomber struck a graduation ceremony at a university in Mogadishu on Saturday. '
     'At least 14 people died, including students.'),
    (PEA, "two sentences",
     'Thousands of women marched in Mexico City on Sunday to demand an end to gender violence.'
     ' The march passed off without incident.'),
    (PWI, "two sentences",
     'Police arrested 40 climate activists who had blocked a motorway near The Hague on '
     'Saturday. The protesters were later released.'),
    (VDM, "two sentences",
     'Angry youths burned tyres and blocked roads in Port Harcourt on Monday to protest the '
     'killing of a motorcyclist by police. Several shops were looted.'),
    (EXF, "two sentences",
     'Security forces fired live rounds at demonstrators in Conakry on Thursday. Two young men'
     ' were shot dead, an opposition coalition said.'),
    (MOB, "two sentences",
     'A mob set fire to a church in a village near Sargodha after rumours of blasphemy spread '
     'on Sunday. Police said no one was hurt but the building was destroyed.'),
    (ARR, "two sentences",
     'Police in Harare arrested the opposition spokesperson on Wednesday on charges of '
     'inciting violence. His lawyer said he was being held at the central police station.'),
    (AGR, "two sentences",
     'The Colombian government and the ELN agreed on Friday to extend their ceasefire for six '
     'months. The deal was announced in Caracas after a new round of talks.'),
    (DIS, "two sentences",
     'Soldiers discovered a large weapons cache in a forest near Beni on Thursday. The '
     'stockpile included mortars, rifles and thousands of rounds of ammunition.'),
    (CHG, "two sentences",
     'The separatist movement announced on Monday that it had chosen a new leader, following '
     'the arrest of its founder. The group vowed to continue its armed struggle.'),
    (HQ, "two sentences",
     'Russian forces have set up a new military base near the airport of Qamishli, a '
     'monitoring group said. Helicopters and armoured vehicles were seen arriving.'),
    (LOO, "two sentences",
     'Unknown people set fire to a polling station in a village in Anambra state overnight. '
     'Election materials were destroyed but no one was hurt.'),
    (NVT, "two sentences",
     "Government forces pulled out of the town of Ghazni's outskirts under a local deal, "
     'handing the area to tribal elders. No fighting was reported.'),
    (ORG, "two sentences",
     'Mexican police found the bodies of eight men in a ravine in Zacatecas on Monday. '
     'Authorities blamed a turf war between rival drug cartels.'),
    (NAT, "two sentences",
     'A powerful earthquake struck eastern Turkey on Friday, toppling buildings. At least 18 '
     'people were killed, officials said.'),
    (MAN, "two sentences",
     'A fire broke out at a crowded hospital in Baghdad on Saturday, killing at least 82 '
     'people. Officials said an oxygen cylinder had exploded.'),
    (MAN, "two sentences",
     'A passenger ferry capsized on Lake Victoria on Thursday. Rescuers pulled 40 survivors '
     'from the water but dozens remain missing.'),
    (DIP, "two sentences",
     'The foreign ministers of India and China held talks in Moscow on Thursday. They agreed '
     'that troops should disengage along the border, a joint statement said.'),
    (DIP, "two sentences",
     'The United States imposed sanctions on three Sudanese commanders on Monday. The Treasury'
     ' said they were responsible for attacks on civilians.'),
    (CLM, "two sentences",
     "The Pakistani Taliban said it carried out Monday's bombing of a police compound in "
     'Peshawar. In a statement, the group said the attack was revenge for the killing of its '
     'commander.'),
    (CLM, "two sentences",
     'Al-Shabaab has claimed responsibility for the attack on a hotel in Kismayo. The '
     "militants said their fighters had stormed the building and killed 'apostates'."),
]

# rows the code does not get right yet (by text)
GAPS: frozenset[str] = frozenset({
    'Government troops regained control of Palma, a week after insurgents seized the town.',
    'A crowd of villagers attacked a police team that had come to arrest a suspect in Bihar.',
    'The Islamic State in West Africa named a new leader after the death of its commander.',
    'Authorities imposed a curfew in Jos after days of violence.',
    'Two rebel factions announced that they had merged to form a single armed group in Darfur.',
    'The government declared a state of emergency in the Anglophone regions.',
    'Army opens new base in Ituri to counter rebel attacks',
    'After weeks of siege, the Ethiopian National Defence Force announced on Tuesday that the'
    ' town of Dessie was once again under its control, and that the Tigrayan forces had been '
    'driven out.',
    'Medical sources in Hodeidah said that at least nine people, including four children, '
    'were killed in raids carried out by coalition aircraft on a fishing village overnight.',
    'Doctors in the besieged enclave said they treated dozens of patients for symptoms '
    'consistent with exposure to a toxic gas after barrel bombs hit residential buildings.',
    'Police said the gunmen, who were armed with AK-47 rifles, blocked the Abuja-Kaduna '
    'highway and whisked away at least 20 passengers from two buses into the nearby forest.',
    'Relatives of the three activists, who were last seen being bundled into an unmarked car '
    'by men in plain clothes in Dhaka, said they had heard nothing of them for a month.',
    'A group of men armed with machetes and clubs attacked members of a rival clan in the '
    'village, killing three people in an apparent dispute over grazing land, police said.',
    'In a video released on Friday, the militant group announced that it would from now on '
    'operate under the name of Ansar al-Sunna and would extend its operations to the south.',
    'Supporters of the ruling party vandalised the office of the opposition party in '
    'Chittagong overnight, breaking furniture and tearing down posters, its spokesman said.',
    'Police in Sinaloa said the bodies of six men were found in an abandoned car, a killing '
    'attributed to a dispute between rival factions of the drug cartel.',
    'Fishermen from the coastal village told reporters that armed pirates had boarded their '
    'boat off the Niger Delta and taken six crew members hostage.',
    'BAMAKO (Reuters) - Jihadist fighters seized the central Malian town of Boni after '
    'soldiers withdrew from their base following repeated attacks, local officials said.',
    'Damascus (SANA) - Army units restored security and stability to the town of Khan '
    'Shaykhun after eliminating the last terrorist groups there, a military source said.',
    'The Nigerian government on Friday imposed a 24-hour curfew in Kaduna after clashes '
    'between Muslim and Christian youths killed at least 20 people.',
    'Police arrested 40 climate activists who had blocked a motorway near The Hague on '
    'Saturday. The protesters were later released.',
    'The United States imposed sanctions on three Sudanese commanders on Monday. The Treasury'
    ' said they were responsible for attacks on civilians.',
    "The Pakistani Taliban said it carried out Monday's bombing of a police compound in "
    'Peshawar. In a statement, the group said the attack was revenge for the killing of its '
    'commander.',
})


@pytest.mark.parametrize(("label", "style", "text"), acled_probe_params(ROWS, GAPS))
def test_main_event(label: str, style: str, text: str) -> None:
    assert acled_subtype(text) == label, (style, text)


def test_the_probe_covers_every_label_and_its_gaps_are_rows() -> None:
    assert len(ROWS) >= 5 * 29 and acled_probe_covers_every_label(ROWS, GAPS)
