"""A probe of quote speakers' resolution (issue 15, stop 54), written before its author read the
quotes stage or nlp/collectives.py: passages of multi-outlet coverage of contested incidents (Sudan,
Ukraine, Myanmar, the Sahel, Haiti, Yemen, Colombia, Israel / Gaza / Lebanon, Pakistan and others)
where the quote's speaker is given by a pronoun, a description or a title: "it said" after two bodies
of opposing sides; "the group said" / "the movement added" / "the ministry said" for a body named
before; "the military said" when two militaries were named; "he said" / "she told reporters" after two
people (the subject of the last saying, not the last name mentioned); "the spokesman" / "the minister"
/ "the official" after the person was named with that title; "the statement said" (its issuer); a
quote paragraph continuing a named speaker's quote; a speaker named only after the quote; a
description with a body's possessive ("the group's spokesman"); and near misses: a pronoun whose
nearest candidate is the target of the statement, a quote inside another's statement, an outlet that
relays the statement, and names in quotation marks that nobody says.

Every passage is invented (two to five sentences). A row is (row id, construction, kind, text, the
quote's words, expected speaker). Expected: the speaker's identity as the text first names it (its
full name first; "|" between words of which one must be in the speaker as written, its described
antecedent, its actor's name or another mention of that actor); None: no quote over the words has a
speaker. A quote not found is wrong.

The rows are split into a tune and a check half by ``half(row id)``; rules are written from tune rows
only, so only tune rows are tests of their own (the still-wrong ones strict xfails in GAPS) and the
check half is held by a pooled floor. Held out, main at 56701810 (measured before any rule was
written for these rows; 139 rows, 72 tune, 67 check; every quote found): rows right 0.856 (119/139),
tune 0.875 (63/72), check 0.836 (56/67). Tune rows wrong: "it" for a body after a sentence whose
subject did not respond to requests for comment, "the military" after two militaries (the one that
spoke first), "the commander" after two commanders (the actor layer's title), "the warning said"
after "X issued an early warning", "the armed wing" for a body whose apposition it is, "it" for a
"foreign office" the actor layer reads as its country, "it" after "the government welcomed" (an
unplaced government), "the bureau" for "the group's political bureau", and "they" for troops met
inside the families' report.
After branch i15-spkres54 (pronouns pass over speakers met only inside another's report; a body
that said nothing is no antecedent; a description matches a speaker's apposition or the title
before its name; "the military"
is the military that spoke last; a noun issued before speaks for its issuer): rows right 0.892
(124/139), tune 0.944 (68/72), check 0.836 (56/67): the check half unchanged."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest

from newsledger.evaluation.metrics import half
from newsledger.records import Analysis
from tests.builders import Quo, described_speaker_names, names_match, pipeline, probe_accuracies

HEADLINE = "Statements from the day's fighting\n\n"

# (row id, construction, kind, text, quoted words, expected speaker words or None)
Row = tuple[str, str, str, str, Quo, "str | None"]
ROWS: list[Row] = [
    ('sres-001', 'it two bodies', 'near miss',
     'The Rapid Support Forces accused the Sudanese Armed Forces of bombing a market in Nyala. "These crimes will not go unpunished," it said in a statement on Telegram.',
     Quo('These crimes will not go unpunished'), 'Rapid Support Forces|RSF'),
    ('sres-002', 'it two bodies', 'positive',
     'The Sudanese army said it had retaken the refinery at al-Jaili from the Rapid Support Forces. "Our forces are now clearing the area of militia remnants," it said.',
     Quo('Our forces are now clearing the area'), 'Sudanese army'),
    ('sres-003', 'it two bodies', 'positive',
     'The Houthi movement said its forces had shot down an American MQ-9 drone over Marib, a claim the US Central Command did not confirm. "Our air defences will confront any aggression," it said.',
     Quo('Our air defences will confront any aggression'), 'Houthi|Houthis'),
    ('sres-004', 'it two bodies', 'positive',
     'The ELN guerrilla group blamed the army for the deaths of three farmers in Arauca. The army denied the accusation. "Our troops were not in the area at the time," it said.',
     Quo('Our troops were not in the area at the time'), 'army'),
    ('sres-005', 'it two bodies', 'positive',
     'Hamas said an Israeli strike had killed four hostages. The Israeli military rejected the claim. "This is psychological warfare aimed at the families," it said.',
     Quo('This is psychological warfare aimed at the families'), 'Israeli military'),
    ('sres-006', 'it two bodies', 'positive',
     'The Arakan Army said it had captured a junta battalion headquarters in Rakhine State. The military government did not respond to requests for comment. "More than 200 soldiers surrendered to our troops," it said.',
     Quo('More than 200 soldiers surrendered to our troops'), 'Arakan Army'),
    ('sres-007', 'it two bodies', 'positive',
     'Mali\'s army said it had killed dozens of militants near Timbuktu, while the al-Qaeda affiliate JNIM claimed it had repelled the attack. "The enemy fled leaving its dead behind," it said.',
     Quo('The enemy fled leaving its dead behind'), 'JNIM'),
    ('sres-008', 'it two bodies', 'positive',
     'The Viv Ansanm gang coalition said it had taken control of the Solino neighbourhood, and the Haitian National Police said it had sent reinforcements. "The operation will continue until order is restored," it added.',
     Quo('The operation will continue until order is restored'), 'Haitian National Police'),
    ('sres-009', 'it two bodies', 'positive',
     'The Pakistani Taliban claimed the attack on a checkpoint in North Waziristan. The Inter-Services Public Relations, the military\'s media wing, said six soldiers had been killed. "The perpetrators will be brought to justice," it said.',
     Quo('The perpetrators will be brought to justice'), 'Inter-Services Public Relations|ISPR|media wing'),
    ('sres-010', 'it two bodies', 'positive',
     'Russia\'s defence ministry said its air defences had downed 40 Ukrainian drones overnight. Ukraine\'s air force said it had shot down 30 of 45 Russian drones. "Attacks on energy facilities continue," it said on Telegram.',
     Quo('Attacks on energy facilities continue'), 'air force'),
    ('sres-011', 'group noun', 'positive',
     'The Houthis said they had targeted a commercial vessel in the Gulf of Aden. The US military said the missile missed. "We will continue our operations until the siege of Gaza is lifted," the movement said.',
     Quo('We will continue our operations until the siege'), 'Houthis|Houthi'),
    ('sres-012', 'group noun', 'positive',
     'Hamas accused Israel of blocking aid trucks at the Kerem Shalom crossing. "The occupation bears full responsibility for the starvation of our people," the group said.',
     Quo('The occupation bears full responsibility'), 'Hamas'),
    ('sres-013', 'group noun', 'positive',
     'The M23 rebels said they had withdrawn from the town of Sake, but the Congolese army said the fighting was continuing. "We have left to give peace a chance," the group said in a statement.',
     Quo('We have left to give peace a chance'), 'M23'),
    ('sres-014', 'group noun', 'positive',
     'The Taliban government rejected a report by the UN mission in Afghanistan on detentions. "The report is based on baseless claims," the movement added.',
     Quo('The report is based on baseless claims'), 'Taliban'),
    ('sres-015', 'group noun', 'positive',
     'Colombia\'s defence ministry said the FARC dissidents known as the Central General Staff had attacked a police station in Cauca. "We do not attack civilians," the armed group said in a communique.',
     Quo('We do not attack civilians'), 'Central General Staff|FARC dissidents'),
    ('sres-016', 'group noun', 'positive',
     'The Israeli military said it struck Hezbollah sites in southern Lebanon. Hezbollah said it fired rockets at a base near Safed. "This is a response to the attacks on our villages," the group said.',
     Quo('This is a response to the attacks on our villages'), 'Hezbollah'),
    ('sres-017', 'group noun', 'positive',
     'Haiti\'s transitional council named a new prime minister, and the gang coalition Viv Ansanm rejected the choice. "Nothing will change with this council," the coalition said.',
     Quo('Nothing will change with this council'), 'Viv Ansanm'),
    ('sres-018', 'group noun', 'positive',
     'Russia said Ukraine had attacked the Kursk nuclear plant with a drone, and the IAEA said it was aware of the reports. "We have no independent confirmation," the agency said.',
     Quo('We have no independent confirmation'), 'IAEA'),
    ('sres-019', 'group noun', 'positive',
     'The Islamic State\'s Sahel branch claimed the attack on soldiers in Niger, and Niger\'s defence ministry gave a toll of 29 dead. "The soldiers fought bravely," the ministry said.',
     Quo('The soldiers fought bravely'), "defence ministry|Niger's defence ministry"),
    ('sres-020', 'group noun', 'positive',
     'JNIM said it had captured a military post near Djibo. Burkina Faso\'s government denied it. "The post is still in our hands," the government said.',
     Quo('The post is still in our hands'), "Burkina Faso's government|Burkina"),
    ('sres-021', 'group noun', 'positive',
     'The Malian army said a drone strike had killed militants near Kidal, but the Tuareg-led rebel alliance said the strike had hit civilians. "Women and children were among the dead," the alliance said.',
     Quo('Women and children were among the dead'), 'rebel alliance|Tuareg-led rebel alliance'),
    ('sres-022', 'military two', 'positive',
     'The Israeli army said Hezbollah had fired 30 rockets at the Galilee, and the Lebanese army said an Israeli strike had hit one of its posts. "One soldier was wounded," the military said.',
     Quo('One soldier was wounded'), 'Lebanese army'),
    ('sres-023', 'military two', 'positive',
     'Myanmar\'s military said it had repelled an attack on Lashio by the Myanmar National Democratic Alliance Army. "The terrorists suffered heavy casualties," the military said.',
     Quo('The terrorists suffered heavy casualties'), "Myanmar's military"),
    ('sres-024', 'military two', 'positive',
     'Pakistan\'s military said Indian troops had fired across the Line of Control. The Indian army said it had responded to unprovoked firing. "We retaliated in a measured manner," the army said.',
     Quo('We retaliated in a measured manner'), 'Indian army'),
    ('sres-025', 'military two', 'positive',
     'Ukraine\'s army said its troops were holding their positions near Pokrovsk despite Russian assaults. "The enemy is suffering heavy losses," the military said.',
     Quo('The enemy is suffering heavy losses'), "Ukraine's army"),
    ('sres-026', 'military two', 'positive',
     'Burkina Faso\'s army said it had repelled jihadists in Djibo. "Dozens of terrorists were neutralised," the armed forces said.',
     Quo('Dozens of terrorists were neutralised'), "Burkina Faso's army"),
    ('sres-027', 'military two', 'positive',
     'The Sudanese army said the RSF had shelled a camp for displaced people near El Fasher, and the RSF said army jets had bombed a market in Kabkabiya. "Dozens of shoppers were killed," the paramilitary said.',
     Quo('Dozens of shoppers were killed'), 'RSF'),
    ('sres-028', 'military two', 'near miss',
     'The Russian army said it had shot down a Ukrainian jet over the Kursk region, a claim the Ukrainian military denied. "All our aircraft returned to base," the military said.',
     Quo('All our aircraft returned to base'), 'Ukrainian military'),
    ('sres-029', 'he two people', 'positive',
     'Sudan\'s army chief Abdel Fattah al-Burhan met the UN envoy Ramtane Lamamra in Port Sudan on Sunday. Burhan said the army would not negotiate with the militia. "There will be no truce while they occupy our cities," he said.',
     Quo('There will be no truce while they occupy our cities'), 'Abdel Fattah al-Burhan|Burhan'),
    ('sres-030', 'he two people', 'positive',
     'Defence Minister Avi Shaked spoke after Prime Minister Yair Dotan addressed the cabinet. Shaked told troops on the border that the operation would expand. "You will see the results soon," he said.',
     Quo('You will see the results soon'), 'Avi Shaked|Shaked'),
    ('sres-031', 'he two people', 'near miss',
     'Ukrainian President Volodymyr Zelensky said he had discussed air defences with German Chancellor Olaf Scholz. "We need more Patriot systems now," he told reporters.',
     Quo('We need more Patriot systems now'), 'Volodymyr Zelensky|Zelensky'),
    ('sres-032', 'he two people', 'positive',
     'Houthi spokesman Yahya Saree said the group had attacked a ship in the Red Sea. The US envoy Tom Hallowell condemned the attack. "These attacks endanger the lives of innocent sailors," he said.',
     Quo('These attacks endanger the lives of innocent sailors'), 'Tom Hallowell|Hallowell'),
    ('sres-033', 'he two people', 'near miss',
     'Colombian President Gustavo Petro accused the ELN commander Antonio Garcia of sabotaging the talks. "He has chosen war over peace," Petro wrote on X. "The ceasefire is over," he added.',
     Quo('The ceasefire is over'), 'Gustavo Petro|Petro'),
    ('sres-034', 'he two people', 'near miss',
     'Interior Minister Tariq Mahmood said the police had arrested Imran Khan\'s aides. "They were planning violence in the capital," he said.',
     Quo('They were planning violence in the capital'), 'Tariq Mahmood|Mahmood'),
    ('sres-035', 'he two people', 'near miss',
     'The opposition leader, Maria Delgado, said she had spoken to the defence minister, Carlos Ruiz, about the massacre. "He promised me an investigation," she said.',
     Quo('He promised me an investigation'), 'Maria Delgado|Delgado'),
    ('sres-036', 'he two people', 'near miss',
     'Aid worker Fatima Idris said her colleague Ahmed Musa had been detained at a checkpoint. "They took him at gunpoint," she told reporters.',
     Quo('They took him at gunpoint'), 'Fatima Idris|Idris'),
    ('sres-037', 'he two people', 'positive',
     'Nyan Win, a spokesman for the National Unity Government, said the junta had bombed a school. The junta\'s spokesman, Zaw Min Tun, denied the claim. "No civilian targets were hit," he said.',
     Quo('No civilian targets were hit'), 'Zaw Min Tun'),
    ('sres-038', 'he two people', 'positive',
     'Samir Haddad, the mayor of Kiryat Shmona, told Army Radio that residents had been abandoned. Cabinet minister Eli Cohen rejected the criticism. "The state is investing billions in the north," he said.',
     Quo('The state is investing billions in the north'), 'Eli Cohen|Cohen'),
    ('sres-039', 'he two people', 'near miss',
     'Abdullah Wazir told the Associated Press that his brother Khalid had been killed in the drone strike in Bannu. "He was a farmer, not a fighter," he said.',
     Quo('He was a farmer, not a fighter'), 'Abdullah Wazir|Wazir'),
    ('sres-040', 'he two people', 'near miss',
     'Olena Kovalenko, whose husband Dmytro is missing near Bakhmut, spoke at a rally in Kyiv. "I just want to know if he is alive," she said.',
     Quo('I just want to know if he is alive'), 'Olena Kovalenko|Kovalenko'),
    ('sres-041', 'he two people', 'positive',
     'Amadou Diallo, a local official in Mopti, said soldiers and foreign fighters had entered the village. A witness, Oumar Sangare, said at least 20 men were shot. "They lined them up against the wall," he said.',
     Quo('They lined them up against the wall'), 'Oumar Sangare|Sangare'),
    ('sres-042', 'he two people', 'near miss',
     'General Mohamed Hamdan Dagalo, the RSF leader known as Hemedti, said in a video that his forces would take El Obeid. "Burhan will not sleep in peace," he said.',
     Quo('Burhan will not sleep in peace'), 'Mohamed Hamdan Dagalo|Dagalo|Hemedti'),
    ('sres-043', 'he two people', 'near miss',
     'Prime Minister Yair Dotan said he had rejected a demand by the Hamas leader in Gaza, Khalil Mansour. "We will not end the war before our goals are achieved," he said.',
     Quo('We will not end the war before our goals are achieved'), 'Yair Dotan|Dotan'),
    ('sres-044', 'he two people', 'near miss',
     'Sara Mendez, a nurse at the hospital in Cali, said her supervisor, Ana Torres, had been threatened by armed men. "I stayed because the patients needed me," she said.',
     Quo('I stayed because the patients needed me'), 'Sara Mendez|Mendez'),
    ('sres-045', 'he two people', 'positive',
     'Yemeni Prime Minister Salem bin Awad met the UN envoy Henrik Lund in Aden. Lund said the talks had been constructive. "The parties must build on this momentum," he said.',
     Quo('The parties must build on this momentum'), 'Henrik Lund|Lund'),
    ('sres-046', 'he two people', 'positive',
     'The mother of a detained activist, Layla Hassan, told the BBC that her son had been beaten in custody. "I saw the bruises on his face," she said.',
     Quo('I saw the bruises on his face'), 'Layla Hassan|Hassan'),
    ('sres-047', 'he two people', 'positive',
     'Gen. Kyaw Zaw Oo, the regional commander, told state media that the rebels had been pushed back. A rebel spokesman, Ko Min Naing, said the general was lying. "We still hold all our positions," he said.',
     Quo('We still hold all our positions'), 'Ko Min Naing|Naing'),
    ('sres-048', 'he two people', 'near miss',
     'Dmytro Lubinets, Ukraine\'s human rights commissioner, accused the Russian ombudswoman Tatiana Moskalkova of blocking prisoner exchanges. "She is not fulfilling her promises," he said.',
     Quo('She is not fulfilling her promises'), 'Dmytro Lubinets|Lubinets'),
    ('sres-049', 'he two people', 'near miss',
     'Sahel analyst Ibrahim Maiga said the alliance with Russia had not ended the violence. "The attacks have doubled since 2021," he said, citing data from ACLED.',
     Quo('The attacks have doubled since 2021'), 'Ibrahim Maiga|Maiga'),
    ('sres-050', 'he two people', 'positive',
     'Nadia Qasim, a doctor at Nasser Hospital, and her colleague Omar Barakat described the night of the strike to reporters. Barakat said the generators had failed. "We operated by the light of our phones," he said.',
     Quo('We operated by the light of our phones'), 'Omar Barakat|Barakat'),
    ('sres-051', 'title anaphor', 'positive',
     'Army spokesman Nabil Abdallah said the militia had shelled residential areas of Omdurman. "The rebels are firing at random," the spokesman said.',
     Quo('The rebels are firing at random'), 'Nabil Abdallah|Abdallah'),
    ('sres-052', 'title anaphor', 'positive',
     'RSF spokesman Al-Fateh Qurashi denied the accusation. An army spokesman, Khalid Osman, said the militia had shelled a hospital. "The evidence is clear," the spokesman said.',
     Quo('The evidence is clear'), 'Khalid Osman|Osman'),
    ('sres-053', 'title anaphor', 'near miss',
     'Pakistan\'s Foreign Minister Ishaq Dar said Islamabad would respond to any aggression. India\'s foreign ministry called the remarks provocative. "Pakistan wants peace but will defend itself," the minister said.',
     Quo('Pakistan wants peace but will defend itself'), 'Ishaq Dar|Dar'),
    ('sres-054', 'title anaphor', 'positive',
     'Yemen\'s Information Minister Moammar al-Eryani said the Houthis had seized a UN compound in Sanaa. "This is a flagrant violation of international law," the minister told reporters.',
     Quo('This is a flagrant violation of international law'), 'Moammar al-Eryani|Eryani|al-Eryani'),
    ('sres-055', 'title anaphor', 'near miss',
     'The UN humanitarian coordinator for Haiti, Ulrika Richardson, said gangs controlled most of the capital. A police official said reinforcements had arrived. "We are stretched to the limit," the official said.',
     Quo('We are stretched to the limit'), 'police official'),
    ('sres-056', 'title anaphor', 'positive',
     'Colombia\'s defence minister, Ivan Velasquez, visited the army base in Cauca after the attack. "We will not allow these groups to intimidate the population," the minister said.',
     Quo('We will not allow these groups to intimidate'), 'Ivan Velasquez|Velasquez'),
    ('sres-057', 'title anaphor', 'positive',
     'A senior Ukrainian military official, who asked not to be named, said Russia was massing troops near Zaporizhzhia. "They are preparing a new offensive," the official said.',
     Quo('They are preparing a new offensive'), 'military official|Ukrainian military official'),
    ('sres-058', 'title anaphor', 'positive',
     'Israeli army spokesman Daniel Hagari said troops had found a tunnel under the hospital. A Hamas official, Basem Naim, dismissed the claim. "The occupation is lying to justify its crimes," the official said.',
     Quo('The occupation is lying to justify its crimes'), 'Basem Naim|Naim'),
    ('sres-059', 'title anaphor', 'positive',
     'Myanmar\'s junta spokesman Zaw Min Tun said the army had regained control of the town. "The situation is now stable," the spokesman added.',
     Quo('The situation is now stable'), 'Zaw Min Tun'),
    ('sres-060', 'title anaphor', 'positive',
     'Lt Col Andriy Kovalchuk, a spokesman for Ukraine\'s southern command, said Russian forces had shelled Kherson 70 times. "The city is under constant fire," the officer said.',
     Quo('The city is under constant fire'), 'Andriy Kovalchuk|Kovalchuk'),
    ('sres-061', 'title anaphor', 'positive',
     'The governor of North Darfur, Nimir Abdel Rahman, said the RSF had besieged El Fasher for months. "The people are eating animal feed," the governor said.',
     Quo('The people are eating animal feed'), 'Nimir Abdel Rahman|Abdel Rahman'),
    ('sres-062', 'title anaphor', 'positive',
     'Burkina Faso\'s junta leader, Captain Ibrahim Traore, addressed troops in Ouagadougou. "We will liberate every inch of our territory," the captain said.',
     Quo('We will liberate every inch of our territory'), 'Ibrahim Traore|Traore'),
    ('sres-063', 'title anaphor', 'near miss',
     'A senior Hezbollah commander, Ali Karaki, was killed in the strike, the group said. A Lebanese health official, Rami Haddad, said 12 people had died. "Most of the victims were civilians," the official said.',
     Quo('Most of the victims were civilians'), 'Rami Haddad|Haddad'),
    ('sres-064', 'title anaphor', 'positive',
     'The ICRC\'s head of delegation in Kyiv, Pascal Brunner, said the organisation had visited prisoners of war on both sides. "We need regular access," the official said.',
     Quo('We need regular access'), 'Pascal Brunner|Brunner'),
    ('sres-065', 'title anaphor', 'positive',
     'Haitian police chief Normil Rameau said officers had regained control of the national palace. "The gangs have been pushed out of the area," the police chief said.',
     Quo('The gangs have been pushed out of the area'), 'Normil Rameau|Rameau'),
    ('sres-066', 'title anaphor', 'near miss',
     'Sudan\'s health minister, Haitham Ibrahim, said cholera had spread to 11 states. A WHO representative, Shible Sahbani, said the outbreak was "deeply worrying". "We need access to all areas," the minister said.',
     Quo('We need access to all areas'), 'Haitham Ibrahim|Ibrahim'),
    ('sres-067', 'title anaphor', 'near miss',
     'Colombian army commander General Luis Ospina said the dissidents had used drones. The ELN commander, known by the alias Pablito, denied any role. "The general is lying," the commander said.',
     Quo('The general is lying'), 'Pablito'),
    ('sres-068', 'title anaphor', 'positive',
     'Ukraine\'s Ombudsman Dmytro Lubinets said Russia had returned the bodies of 500 soldiers. Russia\'s defence ministry confirmed the exchange. "The work continues," the ombudsman said.',
     Quo('The work continues'), 'Dmytro Lubinets|Lubinets'),
    ('sres-069', 'title anaphor', 'positive',
     'Israeli Defence Minister Avi Shaked said Hezbollah would pay a heavy price. Lebanese Prime Minister Nabil Karam called for restraint. "Lebanon does not want war," the prime minister said.',
     Quo('Lebanon does not want war'), 'Nabil Karam|Karam'),
    ('sres-070', 'statement issuer', 'positive',
     'The Sudanese foreign ministry issued a statement condemning the RSF attack on the Zamzam camp. "The militia has committed a new massacre against displaced people," the statement said.',
     Quo('The militia has committed a new massacre'), 'foreign ministry|Sudanese foreign ministry'),
    ('sres-071', 'statement issuer', 'positive',
     'Hamas and the Palestinian Islamic Jihad issued a joint statement on Tuesday. "The resistance will not accept any deal that does not end the aggression," the statement said.',
     Quo('The resistance will not accept any deal'), 'Hamas|Islamic Jihad'),
    ('sres-072', 'statement issuer', 'positive',
     'The Israeli military published a statement after the strike in Deir al-Balah, which it said targeted a Hamas command centre. "Numerous steps were taken to mitigate the risk of harming civilians," the statement said.',
     Quo('Numerous steps were taken to mitigate the risk'), 'Israeli military'),
    ('sres-073', 'statement issuer', 'positive',
     'Ukraine\'s foreign ministry said in a statement that Russia had violated the energy truce. "Moscow\'s words are worth nothing," the statement read.',
     Quo("Moscow's words are worth nothing"), "Ukraine's foreign ministry|foreign ministry"),
    ('sres-074', 'statement issuer', 'positive',
     'The Kachin Independence Army released a statement after the capture of the jade mining town of Hpakant. "The people of Kachin State are free from military oppression," the statement said.',
     Quo('The people of Kachin State are free'), 'Kachin Independence Army|KIA'),
    ('sres-075', 'statement issuer', 'positive',
     'Colombia\'s ombudsman\'s office issued an early warning about the Clan del Golfo in Choco. "Communities are confined and children are being recruited," the warning said.',
     Quo('Communities are confined and children are being recruited'), 'ombudsman'),
    ('sres-076', 'statement issuer', 'positive',
     'After the raid, the Haitian National Police posted a statement on Facebook. "Several gang members were neutralised and weapons seized," the police statement said.',
     Quo('Several gang members were neutralised'), 'Haitian National Police'),
    ('sres-077', 'statement issuer', 'near miss',
     'A statement from the Pakistani Taliban denied involvement in the bombing in Peshawar, which killed 30 people. "We do not target mosques or markets," it said.',
     Quo('We do not target mosques or markets'), 'Pakistani Taliban|Taliban'),
    ('sres-078', 'statement issuer', 'positive',
     'In a statement, the Sudanese Doctors Network said the RSF had killed 15 civilians in a village in Gezira State. "The militia executed men in front of their families," the statement added.',
     Quo('The militia executed men in front of their families'), 'Sudanese Doctors Network|Doctors Network'),
    ('sres-079', 'statement issuer', 'near miss',
     'The UN Security Council condemned the Myanmar junta over air strikes on Sagaing. The junta dismissed the statement. "It is interference in our internal affairs," it said.',
     Quo('interference in our internal affairs'), 'junta'),
    ('sres-080', 'statement issuer', 'positive',
     'The Arakan Army issued a statement on Monday after the fall of Maungdaw, saying it now controlled the border with Bangladesh. "We guarantee the safety of all communities," the statement said.',
     Quo('We guarantee the safety of all communities'), 'Arakan Army'),
    ('sres-081', 'continuation', 'positive',
     'Speaking in Khartoum, army spokesman Nabil Abdallah said: "The militia has been defeated in the capital."\n\n"Our forces will pursue them to Darfur."',
     Quo('Our forces will pursue them to Darfur'), 'Nabil Abdallah|Abdallah'),
    ('sres-082', 'continuation', 'positive',
     'Maryam Said, a teacher from Khan Younis, described the night of the strike. "The whole building shook and then the ceiling fell on us," she said.\n\n"We pulled my neighbour\'s children out of the rubble with our hands."',
     Quo("We pulled my neighbour's children out of the rubble"), 'Maryam Said'),
    ('sres-083', 'continuation', 'positive',
     '"We were told to leave within an hour," said Oksana Melnyk, a resident of Vovchansk.\n\n"There was no time to take anything. My mother is still there."',
     Quo('There was no time to take anything'), 'Oksana Melnyk|Melnyk'),
    ('sres-084', 'continuation', 'positive',
     'Colonel Diego Herrera, commander of the army brigade in Arauca, told reporters: "The ELN is using children as shields."\n\n"We have evidence of at least 40 minors in their ranks."',
     Quo('We have evidence of at least 40 minors'), 'Diego Herrera|Herrera'),
    ('sres-085', 'continuation', 'positive',
     'Houthi spokesman Yahya Saree said in a televised speech: "We targeted the ship with ballistic missiles."\n\n"Our operations will not stop until the aggression on Gaza stops."',
     Quo('Our operations will not stop until the aggression'), 'Yahya Saree|Saree'),
    ('sres-086', 'continuation', 'near miss',
     'An Israeli official said the talks had stalled. Hamas spokesman Hazem Qassem told Al Jazeera: "The occupation is obstructing every proposal."\n\n"We have shown flexibility, but we will not surrender."',
     Quo('We have shown flexibility, but we will not surrender'), 'Hazem Qassem|Qassem'),
    ('sres-087', 'continuation', 'positive',
     'Pakistani police official Imran Shah said the bomber had targeted a convoy. "The attacker rammed his car into the vehicles," Shah said.\n\n"Two of the wounded are in critical condition."',
     Quo('Two of the wounded are in critical condition'), 'Imran Shah|Shah'),
    ('sres-088', 'continuation', 'positive',
     '"The village was burned to the ground," said Aung Ko, a farmer who fled to the Thai border.\n\n"The soldiers came at night and set fire to the houses one by one."',
     Quo('The soldiers came at night and set fire'), 'Aung Ko'),
    ('sres-089', 'continuation', 'near miss',
     'The Haitian police said officers had killed a gang leader. Human rights lawyer Rosy Auguste told reporters: "Many of the dead were bystanders."\n\n"Nobody has asked their families what happened."',
     Quo('Nobody has asked their families what happened'), 'Rosy Auguste|Auguste'),
    ('sres-090', 'postposed', 'positive',
     'The RSF said its forces had taken the town of Babanusa. "The militia is lying about its gains on the ground," the army said in a statement.',
     Quo('The militia is lying about its gains'), 'army'),
    ('sres-091', 'postposed', 'positive',
     'Israeli forces raided the Jenin refugee camp on Wednesday. "Our fighters confronted the invading forces with explosive devices," the Jenin Brigade said on Telegram.',
     Quo('Our fighters confronted the invading forces'), 'Jenin Brigade'),
    ('sres-092', 'postposed', 'positive',
     '"No ceasefire has been agreed," a senior Hamas official told Reuters, after Israeli media reported a deal.',
     Quo('No ceasefire has been agreed'), 'Hamas official'),
    ('sres-093', 'postposed', 'positive',
     '"We have captured more than 50 soldiers," the Ta\'ang National Liberation Army said, after fighting with junta troops in northern Shan State.',
     Quo('We have captured more than 50 soldiers'), "Ta'ang National Liberation Army|TNLA"),
    ('sres-094', 'postposed', 'positive',
     '"The attack on the Zaporizhzhia plant is nuclear terrorism," Ukraine\'s state nuclear company Energoatom said, blaming Russian forces.',
     Quo('The attack on the Zaporizhzhia plant is nuclear terrorism'), 'Energoatom'),
    ('sres-095', 'postposed', 'near miss',
     '"This was a cowardly act of terrorism," Pakistan\'s interior ministry said after the bombing in Quetta, which the Baloch Liberation Army claimed.',
     Quo('This was a cowardly act of terrorism'), 'interior ministry'),
    ('sres-096', 'postposed', 'positive',
     '"We are running out of fuel for the generators," the director of al-Awda hospital, Dr Mohammed Salha, said on Tuesday.',
     Quo('We are running out of fuel for the generators'), 'Mohammed Salha|Salha|director'),
    ('sres-097', 'postposed', 'positive',
     '"Gangs have taken the police station in Mirebalais," the police union SPNH said in a post on X.',
     Quo('Gangs have taken the police station in Mirebalais'), 'SPNH|police union'),
    ('sres-098', 'postposed', 'near miss',
     'The Sudanese army said its jets had struck RSF positions in Nyala. "The strikes hit a hospital and a school," the Sudan Doctors Union said in a statement on Saturday.',
     Quo('The strikes hit a hospital and a school'), 'Sudan Doctors Union|Doctors Union'),
    ('sres-099', 'possessive description', 'positive',
     'The Qassam Brigades, Hamas\'s armed wing, said its fighters had ambushed a patrol in Rafah. The Israeli military said two soldiers were wounded. "The occupation\'s soldiers walked into a trap," the armed wing said.',
     Quo("The occupation's soldiers walked into a trap"), 'Qassam Brigades|Qassam'),
    ('sres-100', 'possessive description', 'positive',
     'Yahya Saree, the Houthis\' military spokesman, said the group had launched drones at Eilat. The Israeli army said it intercepted them over the Red Sea. "The operation achieved its goals," the group\'s spokesman said.',
     Quo('The operation achieved its goals'), 'Yahya Saree|Saree'),
    ('sres-101', 'possessive description', 'positive',
     'Russia\'s defence ministry said its forces had captured a village near Kurakhove. "Units of the Southern group of forces liberated the settlement," the ministry\'s statement said.',
     Quo('Units of the Southern group of forces liberated'), 'defence ministry'),
    ('sres-102', 'possessive description', 'positive',
     'The ELN said in a statement that its commander had been killed. "Our comrade fell in combat against the army," the group\'s central command said.',
     Quo('Our comrade fell in combat against the army'), 'ELN|central command'),
    ('sres-103', 'possessive description', 'positive',
     'Hezbollah said it had fired rockets at an Israeli base. The group\'s media office later said: "The strikes were a response to the assassination of our commanders."',
     Quo('The strikes were a response to the assassination'), 'Hezbollah|media office'),
    ('sres-104', 'possessive description', 'positive',
     'The World Food Programme said convoys had been looted in North Darfur. "We cannot reach people in famine areas," the agency\'s country director said.',
     Quo('We cannot reach people in famine areas'), 'country director|World Food Programme'),
    ('sres-105', 'possessive description', 'positive',
     'The Rapid Support Forces said its fighters had entered the Zamzam camp, and the army\'s allies in the Joint Force of armed movements said they had repelled the attack. "The militia was driven back," the Joint Force\'s spokesman said.',
     Quo('The militia was driven back'), 'Joint Force|spokesman'),
    ('sres-106', 'target near miss', 'near miss',
     'The army accused the RSF of looting the museum in Khartoum. "They stole the heritage of the Sudanese people," it said.',
     Quo('They stole the heritage of the Sudanese people'), 'army'),
    ('sres-107', 'target near miss', 'near miss',
     'Israel\'s foreign ministry summoned the Spanish ambassador over remarks by a minister. "Spain is rewarding terrorism," it said in a statement.',
     Quo('Spain is rewarding terrorism'), 'foreign ministry'),
    ('sres-108', 'target near miss', 'near miss',
     'The Pakistani foreign office condemned the Afghan Taliban for sheltering militants. "Kabul must act against these groups," it said.',
     Quo('Kabul must act against these groups'), 'foreign office|Pakistani foreign office'),
    ('sres-109', 'target near miss', 'near miss',
     'Ukraine\'s foreign ministry called on the UN to condemn Russia after the strike on a children\'s hospital. "The world must respond," it said.',
     Quo('The world must respond'), 'foreign ministry'),
    ('sres-110', 'target near miss', 'near miss',
     'The Haitian government criticised the Kenyan-led mission for its slow deployment. "The mission has not met expectations," it said.',
     Quo('The mission has not met expectations'), 'Haitian government'),
    ('sres-111', 'target near miss', 'near miss',
     'Colombia\'s army blamed the Clan del Golfo for the killing of two soldiers. "The criminal structure will feel the full force of the state," it said.',
     Quo('The criminal structure will feel the full force'), 'army'),
    ('sres-112', 'target near miss', 'near miss',
     'Yemen\'s government said the Houthis had shelled Taiz, killing four children. "The militia continues to target civilians," it said.',
     Quo('The militia continues to target civilians'), "government|Yemen's government"),
    ('sres-113', 'target near miss', 'near miss',
     'The Clan del Golfo said it would suspend attacks during the talks, and the government welcomed the move. "It is a first step, but we need facts," it said.',
     Quo('but we need facts'), 'government'),
    ('sres-114', 'target near miss', 'near miss',
     'The Arakan Army said its fighters had captured Maungdaw, and the junta said it had lost contact with the garrison. "The troops fought to the last," it said.',
     Quo('The troops fought to the last'), 'junta'),
    ('sres-115', 'target near miss', 'near miss',
     'Pakistan\'s military said militants from Afghanistan had attacked its border posts, and the Taliban administration in Kabul said Pakistani jets had struck Paktika. "This violates Afghanistan\'s sovereignty," it said.',
     Quo("This violates Afghanistan's sovereignty"), 'Taliban'),
    ('sres-116', 'target near miss', 'near miss',
     'The UN refugee agency said 12,000 people had fled into Chad in a week. Chad\'s government said it could not cope with the numbers. "Our camps are full," it said.',
     Quo('Our camps are full'), "Chad's government|Chad"),
    ('sres-117', 'target near miss', 'near miss',
     'Mali\'s transitional government said it had ended the 2015 peace agreement with the northern armed groups. "The signatory groups have become terrorist actors," it said.',
     Quo('The signatory groups have become terrorist actors'), 'transitional government'),
    ('sres-118', 'target near miss', 'near miss',
     'The Israeli military warned residents of Beirut\'s southern suburbs to leave before strikes on Hezbollah sites. "Stay away from these buildings for your safety," it said.',
     Quo('Stay away from these buildings for your safety'), 'Israeli military'),
    ('sres-119', 'inner quote', 'near miss',
     'The foreign ministry spokeswoman, Maria Zakharova, said the Ukrainian president had called for "a total war" against Russia. "Kyiv does not want peace," she said.',
     Quo('Kyiv does not want peace'), 'Maria Zakharova|Zakharova'),
    ('sres-120', 'inner quote', 'near miss',
     'Hamas official Osama Hamdan said an Israeli minister had vowed that no aid would enter Gaza. "This proves the occupation is using starvation as a weapon," Hamdan said.',
     Quo('This proves the occupation is using starvation'), 'Osama Hamdan|Hamdan'),
    ('sres-121', 'inner quote', 'near miss',
     'A Hezbollah lawmaker, Hassan Fadlallah, told the Lebanese parliament that the Israeli defence minister had promised to "return Lebanon to the stone age". Fadlallah said the threats would not deter the group.',
     Quo('return Lebanon to the stone age'), 'defence minister|Israeli defence minister'),
    ('sres-122', 'inner quote', 'near miss',
     'The army spokesman said RSF commanders had told their fighters to "leave no one alive" in the village, citing intercepted radio messages. "This is the language of genocide," he said.',
     Quo('This is the language of genocide'), 'army spokesman'),
    ('sres-123', 'inner quote', 'near miss',
     'Aid worker Amina Yusuf said a militia leader had told the villagers: "Leave or you will all die." She said they fled the next morning.',
     Quo('Leave or you will all die'), 'militia leader'),
    ('sres-124', 'inner quote', 'near miss',
     'Colombian Senator Paloma Valencia read out a message from a kidnapped soldier, Sergeant Luis Mora: "Please do not forget us here in the jungle."',
     Quo('Please do not forget us here in the jungle'), 'Luis Mora|Mora'),
    ('sres-125', 'outlet relays', 'near miss',
     'Reuters quoted a spokesman for the Sudanese army as saying: "The RSF shelled the hospital deliberately."',
     Quo('The RSF shelled the hospital deliberately'), 'spokesman|Sudanese army'),
    ('sres-126', 'outlet relays', 'near miss',
     'Al Arabiya aired a statement by the Rapid Support Forces. "We are committed to protecting civilians," it said.',
     Quo('We are committed to protecting civilians'), 'Rapid Support Forces|RSF'),
    ('sres-127', 'outlet relays', 'near miss',
     'Israel\'s Channel 12 reported the remarks of a senior security official. "Hamas is rebuilding its forces in the north," the official said.',
     Quo('Hamas is rebuilding its forces in the north'), 'security official|senior security official'),
    ('sres-128', 'outlet relays', 'near miss',
     'The Kyiv Independent cited Ukraine\'s military intelligence agency, the HUR, as saying the drone attack had hit a Russian airfield. "Six aircraft were damaged," the agency said.',
     Quo('Six aircraft were damaged'), 'HUR|military intelligence'),
    ('sres-129', 'outlet relays', 'near miss',
     'Pakistan\'s Dawn newspaper reported that the army\'s media wing had issued a statement on the clash in Kurram. "Eight terrorists were killed in the operation," it said.',
     Quo('Eight terrorists were killed in the operation'), 'media wing'),
    ('sres-130', 'outlet relays', 'near miss',
     'Myanmar Now quoted a resistance fighter in Sagaing, Ko Thura, who said the junta had used jet fighters. "They bombed the monastery where people were sheltering," he said.',
     Quo('They bombed the monastery where people were sheltering'), 'Ko Thura|Thura'),
    ('sres-131', 'outlet relays', 'near miss',
     'Haiti\'s Le Nouvelliste said gang leader Jimmy Cherizier, known as Barbecue, had threatened the transitional council in a video. "If they do not leave, we will fight," he said.',
     Quo('If they do not leave, we will fight'), 'Jimmy Cherizier|Cherizier|Barbecue'),
    ('sres-132', 'outlet relays', 'near miss',
     'The Yemeni news agency Saba, run by the Houthis, carried a statement from the group\'s political bureau. "The American escalation will be met with escalation," the bureau said.',
     Quo('The American escalation will be met with escalation'), 'political bureau|Houthis'),
    ('sres-133', 'outlet relays', 'near miss',
     'Sudan Tribune, citing local sources, said the RSF had seized the town of Um Kadada. "Our forces control the town completely," an RSF adviser told the paper.',
     Quo('Our forces control the town completely'), 'RSF adviser|adviser'),
    ('sres-134', 'they group', 'positive',
     'Relatives of the kidnapped students met the governor of Zamfara on Monday. "We want our children back alive," they said.',
     Quo('We want our children back alive'), 'Relatives'),
    ('sres-135', 'they group', 'positive',
     'Protesters gathered outside the UN base in Bunia after the massacre. "Where was the mission when we were being killed?" they shouted.',
     Quo('Where was the mission when we were being killed?'), 'Protesters'),
    ('sres-136', 'they group', 'near miss',
     'Displaced families in Rafah said Israeli troops had ordered them to move again. "We have nowhere left to go," they told reporters.',
     Quo('We have nowhere left to go'), 'families|Displaced families'),
    ('sres-137', 'name not quote', 'negative',
     'The operation, known as "Iron Wall", entered its third week in the Jenin camp on Sunday.',
     Quo('Iron Wall'), None),
    ('sres-138', 'name not quote', 'negative',
     'Residents of the so-called "safe zone" in al-Mawasi said tents had been hit by shrapnel.',
     Quo('safe zone'), None),
    ('sres-139', 'name not quote', 'negative',
     'The offensive, dubbed "Operation 1027" after the date it began, has cost the junta dozens of towns.',
     Quo('Operation 1027'), None),
]

GAPS: set[str] = {"sres-067", "sres-108", "sres-113", "sres-132"}


@cache
def _analysis(text: str) -> Analysis:
    return pipeline().analyze_text(HEADLINE + text)


def row_result(row: Row) -> tuple[bool, bool]:
    """(the quote was found or rightly has no speaker, its speaker is the expected one)."""
    _, _, _, text, target, expected = row
    found, names = described_speaker_names(_analysis(text), target.words)
    if expected is None:
        return True, not (found and names)
    return found, found and names_match(expected, names)


def probe_scores() -> dict[str, float]:
    """The probe's measure: whole, tune and check halves pooled, and the tune half by construction."""
    by_half: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    by_class: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row in ROWS:
        result = row_result(row)
        by_half[half(row[0])].append(result)
        if half(row[0]) == "tune":
            by_class[f"tune {row[1]}"].append(result)
    parts = [("speaker", by_half["tune"] + by_half["check"]), ("tune", by_half["tune"]),
             ("check", by_half["check"])]
    return probe_accuracies(parts + sorted(by_class.items()), "speaker resolution probe")


TUNE = [r for r in ROWS if half(r[0]) == "tune"]


@pytest.mark.parametrize("row", [
    pytest.param(r, id=f"{r[0]}:{r[1]}", marks=[pytest.mark.xfail(strict=True, reason="a gap of resolution")]
                 if r[0] in GAPS else []) for r in TUNE])
def test_tune_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_tune_rows() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 130 and GAPS <= {r[0] for r in TUNE}
    assert {r[2] for r in ROWS} == {"positive", "negative", "near miss"} and len({r[1] for r in ROWS}) >= 12
    assert all(r[3].count(r[4].words) == 1 for r in ROWS)


# the probe's floors (the share of rows right, a quote not found wrong): main 56701810 0.856 / 0.875 /
# 0.836, branch i15-spkres54 0.892 / 0.944 / 0.836
FLOORS = {"speaker_rows_right": 0.89, "tune_rows_right": 0.94, "check_rows_right": 0.83}


def test_probe_floor() -> None:
    scores = probe_scores()
    assert all(scores[k] >= v for k, v in FLOORS.items()), scores
