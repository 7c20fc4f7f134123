"""A third probe of quote speakers (issue 15, stop 53), written before its author read the quotes
stage, in the shapes of multi-outlet incident coverage: organisations' statements ("X said in a
statement", "a statement from X said", "according to a statement from X"), the group's channel
("X said on its Telegram channel", "in a post on X, Y wrote"), an organisation by pronoun ("it said")
and a group by pronoun ("they said"), a definite noun for a body named before ("the ministry added"),
spokespersons ("a spokesman for X, Y, said"; "Y, X's spokeswoman, told Reuters"), statements relayed
by outlets ("X told Al Jazeera", "state media quoted X as saying", "Y said, citing X": Y speaks),
two bodies in one passage and a pronoun or noun for one of them, a quote continued after a
paragraph break, a quote inside a quote, questions, headlines, and outlets named that are not the
speaker.

Every passage is invented (one to three sentences; a headline row's text carries its own headline
before a blank line). A row is (row id, construction, kind, text, the quote's words, expected speaker).
Kind: positive (the construction gives the speaker), negative (no speaker: a title, a question
posed by the outlet), near miss (a look-alike whose speaker is another: an outlet named that does
not speak, a second body, an inner quote's own speaker). Expected: words of which one ("|" between
them) must be in the speaker as written, its described antecedent, its actor's name or another
mention of that actor; None: no quote over the words has a speaker. A quote not found is wrong.

The rows are split into a tune and a check half by ``half(row id)``; rules are written from tune rows
only, so only tune rows are tests of their own (the still-wrong ones strict xfails in GAPS) and the
check half is held by a pooled floor. Held out, main at a28e5819 (measured before any rule was
written for these rows; 121 rows, 67 tune, 54 check): rows right 0.950 (115/121; 119 quotes found,
accuracy among them 0.966), tune 0.940 (63/67), check 0.963 (52/54). Tune rows wrong: "it" for "the
police" with no antecedent, a partial quote after "told Reuters on condition of anonymity that"
not found, a quote whose inner quote follows "They call us" read as spoken by "They", a headline's
single-quoted words after "vow" not found.
After branch i15-speakers53 ("it" for "the police", a content clause hung past a noun's "of" phrase
after the cue, "it" passing over a body met in a side clause): rows right 0.967 (117/121), tune
0.970 (65/67), check 0.963 (52/54). A fix of the headline re-read (its paragraph break kept) read
the headline row too (tune 0.985) but was dropped: PolNeAR content F1 fell by 0.0002. At the merge,
"it" for "the police" was dropped too: it took a check row of the single-source figure probe
(tests/stages/figures/test_single_source_probe.py), whose "It said" after a body the actor layer
does not know now went back past it to an earlier "Police"; without it, rows right 0.959
(116/121), tune 0.955 (64/67), check 0.963 (52/54)."""

from __future__ import annotations

from functools import cache

import pytest

from newsledger.evaluation.metrics import half
from newsledger.records import Analysis
from tests.builders import Quo, pipeline, speaker_probe_scores, speaker_row_result

HEADLINE = "Statements from the day's fighting\n\n"

# (row id, construction, kind, text, quoted words, expected speaker words or None)
Row = tuple[str, str, str, str, Quo, "str | None"]
ROWS: list[Row] = [
    ('spk-001', 'statement', 'positive',
     'The Popular Resistance Committees said in a statement on Friday that "the occupation will pay dearly for the blood of our fighters."',
     Quo('the occupation will pay dearly'), 'Popular Resistance Committees|Committees'),
    ('spk-002', 'statement', 'positive',
     'In a statement, the Sudanese Armed Forces said: "Our troops have repelled a large attack on El Fasher and inflicted heavy losses on the militia."',
     Quo('Our troops have repelled a large attack'), 'Sudanese Armed Forces|Armed Forces'),
    ('spk-003', 'statement', 'positive',
     '"We hold the regime fully responsible for the safety of the detainees," the Syrian Observatory for Human Rights said in a statement.',
     Quo('We hold the regime fully responsible'), 'Syrian Observatory|Observatory'),
    ('spk-004', 'statement', 'positive',
     'Al-Shabaab said in a statement posted online: "The mujahideen stormed the base at dawn and took control of it."',
     Quo('The mujahideen stormed the base at dawn'), 'Shabaab|Al-Shabaab'),
    ('spk-005', 'statement', 'positive',
     'The Kataib Hezbollah militia said in a brief statement that it had "suspended military operations against the occupation forces to avoid embarrassing the government."',
     Quo('suspended military operations against the occupation forces'), 'Kataib Hezbollah|Kataib'),
    ('spk-006', 'statement', 'positive',
     'The Norwegian Refugee Council said in a statement that the shelling was "an outrageous violation of international humanitarian law."',
     Quo('an outrageous violation of international humanitarian law'), 'Norwegian Refugee Council|Refugee Council'),
    ('spk-007', 'statement', 'positive',
     'The Malian junta said in a televised statement: "Terrorist groups have been neutralised in the Kidal region."',
     Quo('Terrorist groups have been neutralised'), 'junta'),
    ('spk-008', 'statement', 'near miss',
     'The Red Crescent said in a statement that its teams had reached the site. "The roads are blocked by rubble," a volunteer at the scene told reporters.',
     Quo('The roads are blocked by rubble'), 'volunteer'),
    ('spk-009', 'statement from', 'positive',
     'A statement from the Ethiopian National Defense Force said: "The enemy suffered heavy losses in the Amhara region."',
     Quo('The enemy suffered heavy losses'), 'Ethiopian National Defense Force|Defense Force'),
    ('spk-010', 'statement from', 'positive',
     '"The strike targeted a weapons depot belonging to the terrorist organisation," a statement from the Israel Defense Forces said.',
     Quo('The strike targeted a weapons depot'), 'Israel Defense Forces|IDF|Defense Forces'),
    ('spk-011', 'statement from', 'positive',
     'A statement issued by the Rapid Support Forces said the group "will not accept any agreement that ignores the will of the Sudanese people."',
     Quo('will not accept any agreement'), 'Rapid Support Forces|RSF|Support Forces'),
    ('spk-012', 'statement from', 'positive',
     'According to a statement from the Islamic Resistance in Iraq, "our fighters targeted the Ain al-Asad base with drones."',
     Quo('our fighters targeted the Ain al-Asad base'), 'Islamic Resistance'),
    ('spk-013', 'statement from', 'positive',
     'The statement by the Palestinian Authority\'s foreign ministry said the raid was "a blatant crime against defenceless civilians."',
     Quo('a blatant crime against defenceless civilians'), 'foreign ministry|ministry|Palestinian Authority'),
    ('spk-014', 'statement from', 'positive',
     'A joint statement from Egypt and Qatar said: "Both mediators call on the parties to return to the negotiating table."',
     Quo('Both mediators call on the parties'), 'Egypt|Qatar'),
    ('spk-015', 'statement from', 'near miss',
     'A statement from the police said two suspects were arrested. "My son was not one of them," said Teresa Mwangi, whose son was detained.',
     Quo('My son was not one of them'), 'Mwangi'),
    ('spk-016', 'channel', 'positive',
     'The Houthis\' military spokesman posted on his Telegram channel: "Our naval forces targeted an American ship in the Gulf of Aden."',
     Quo('Our naval forces targeted an American ship'), 'spokesman|Houthis'),
    ('spk-017', 'channel', 'positive',
     '"The Wagner fighters will not leave Bakhmut," the group\'s Telegram channel said on Sunday. The Wagner Group had said the same a week before.',
     Quo('The Wagner fighters will not leave Bakhmut'), 'Wagner'),
    ('spk-018', 'channel', 'positive',
     'Hezbollah said on its Telegram channel that its fighters had attacked an Israeli position "with guided missiles and achieved direct hits."',
     Quo('with guided missiles and achieved direct hits'), 'Hezbollah'),
    ('spk-019', 'channel', 'positive',
     'The Jama\'at Nusrat al-Islam wal-Muslimin group said on its Telegram channel that "the apostate army" had been driven out of the town.',
     Quo('the apostate army'), "Jama'at Nusrat|Nusrat|JNIM"),
    ('spk-020', 'channel', 'positive',
     'In a post on X, the Ukrainian Air Force wrote: "All 23 drones were shot down over the Odesa and Mykolaiv regions."',
     Quo('All 23 drones were shot down'), 'Air Force'),
    ('spk-021', 'channel', 'positive',
     'The al-Qassam Brigades said on Telegram: "Our fighters blew up a tunnel entrance as an enemy force entered it."',
     Quo('Our fighters blew up a tunnel entrance'), 'Qassam|Brigades'),
    ('spk-022', 'channel', 'near miss',
     'A video shared on the group\'s Telegram channel showed the convoy burning. "The army abandoned us," said Ibrahim Diallo, a trader in the town.',
     Quo('The army abandoned us'), 'Diallo'),
    ('spk-023', 'it said', 'positive',
     'Islamic Jihad claimed responsibility for the rocket fire. "The Zionist enemy will understand that its crimes have a price," it said in a statement.',
     Quo('its crimes have a price'), 'Islamic Jihad|Jihad'),
    ('spk-024', 'it said', 'positive',
     'The World Food Programme warned that supplies were running out. "We have enough food for two more weeks," it said.',
     Quo('We have enough food for two more weeks'), 'World Food Programme|Food Programme|WFP'),
    ('spk-025', 'it said', 'positive',
     'The Kurdistan Workers\' Party denied involvement in the bombing. It said the attack was "a provocation designed to sabotage the peace process."',
     Quo('a provocation designed to sabotage'), "Kurdistan Workers' Party|Workers' Party|PKK"),
    ('spk-026', 'it said', 'positive',
     'The Colombian army said rebels had ambushed a patrol near the border. "Two soldiers were wounded and evacuated by helicopter," it added.',
     Quo('Two soldiers were wounded and evacuated'), 'army'),
    ('spk-027', 'it said', 'positive',
     'Amnesty International published its report on Tuesday. "Security forces fired live ammunition at peaceful protesters," it said.',
     Quo('Security forces fired live ammunition'), 'Amnesty'),
    ('spk-028', 'it said', 'positive',
     'The Nigerian police announced a curfew in the city. In a statement, it said: "Anyone found on the streets after 6 pm will be arrested."',
     Quo('Anyone found on the streets after 6 pm'), 'police'),
    ('spk-029', 'it said', 'positive',
     'The Myanmar junta blamed the resistance for the blast at the market. "Terrorists planted the explosives among civilians," it said in a statement read on state television.',
     Quo('Terrorists planted the explosives among civilians'), 'junta'),
    ('spk-030', 'it said', 'near miss',
     'The ministry of health said the hospital was full. It was the third time this month that doctors had run out of beds, and "we can no longer cope," said Dr Amira Haddad, the head of the emergency ward.',
     Quo('we can no longer cope'), 'Haddad'),
    ('spk-031', 'they said', 'positive',
     'Relatives of the kidnapped students gathered outside the governor\'s office. "We want our children back alive," they said.',
     Quo('We want our children back alive'), 'Relatives|relatives'),
    ('spk-032', 'they said', 'positive',
     'Residents of the camp said the shelling began at midnight. They said "nobody warned us, and nobody came to help."',
     Quo('nobody warned us, and nobody came to help'), 'Residents|residents'),
    ('spk-033', 'they said', 'positive',
     'The striking doctors marched to parliament. "We have not been paid for six months," they told reporters.',
     Quo('We have not been paid for six months'), 'doctors'),
    ('spk-034', 'they said', 'positive',
     'Two fishermen who survived the attack spoke from a hospital in Mombasa. "The men came at night with rifles," they said.',
     Quo('The men came at night with rifles'), 'fishermen'),
    ('spk-035', 'they said', 'positive',
     'The rebels released a video of the captured soldiers. In it, they said: "These men will be tried for their crimes."',
     Quo('These men will be tried for their crimes'), 'rebels'),
    ('spk-036', 'they said', 'near miss',
     'The soldiers withdrew from the village at dawn, according to farmers there. "They took everything we had," said one farmer, Musa Bello.',
     Quo('They took everything we had'), 'Bello|farmer'),
    ('spk-037', 'definite body', 'positive',
     'Iran\'s foreign ministry condemned the strike on its consulate. "This aggression will not go unanswered," the ministry added.',
     Quo('This aggression will not go unanswered'), 'ministry|foreign ministry'),
    ('spk-038', 'definite body', 'positive',
     'The Ukrainian General Staff reported heavy fighting near Avdiivka. "The enemy is trying to encircle the city from the north," the General Staff said in its evening update.',
     Quo('The enemy is trying to encircle the city'), 'General Staff'),
    ('spk-039', 'definite body', 'positive',
     'The International Committee of the Red Cross said its staff had been evacuated. "The humanitarian situation in the city is desperate," the committee added.',
     Quo('The humanitarian situation in the city is desperate'), 'committee|Red Cross'),
    ('spk-040', 'definite body', 'positive',
     'Pakistan\'s military said militants had attacked a checkpoint in North Waziristan. "Six terrorists were sent to hell in the exchange of fire," the army\'s media wing said.',
     Quo('Six terrorists were sent to hell'), 'media wing|army|military'),
    ('spk-041', 'definite body', 'positive',
     'The United Nations children\'s agency said at least 40 children had died. The agency said the deaths were "entirely preventable."',
     Quo('entirely preventable'), "agency|children's agency|UNICEF"),
    ('spk-042', 'definite body', 'positive',
     'The Indian army said three militants were killed in Kupwara. The force said: "Large quantities of arms and ammunition were recovered from the site."',
     Quo('Large quantities of arms and ammunition'), 'army|force'),
    ('spk-043', 'definite body', 'near miss',
     'The education ministry closed all schools in the province. The teachers\' union said the decision was "taken without consulting a single teacher."',
     Quo('taken without consulting a single teacher'), "union|teachers' union"),
    ('spk-044', 'spokesperson', 'positive',
     'A spokesman for the Taliban, Zabihullah Mujahid, said: "The Islamic Emirate will not allow its soil to be used against any country."',
     Quo('The Islamic Emirate will not allow its soil'), 'Mujahid|Zabihullah'),
    ('spk-045', 'spokesperson', 'positive',
     '"The ceasefire has been violated at least 40 times since midnight," said a spokeswoman for the Armenian defence ministry, Aram Torosyan.',
     Quo('The ceasefire has been violated at least 40 times'), 'Torosyan'),
    ('spk-046', 'spokesperson', 'positive',
     'Liu Qingfeng, a spokesman for the Chinese foreign ministry, said Beijing was "firmly opposed to any interference in China\'s internal affairs."',
     Quo('firmly opposed to any interference'), 'Liu|Qingfeng'),
    ('spk-047', 'spokesperson', 'positive',
     'Army spokesman Brigadier General Nabil Abdallah said: "The militia fled after losing dozens of vehicles."',
     Quo('The militia fled after losing dozens of vehicles'), 'Abdallah|Nabil'),
    ('spk-048', 'spokesperson', 'positive',
     'The spokesman for the Ethiopian government, Legesse Tulu, told reporters: "There is no fighting in the capital."',
     Quo('There is no fighting in the capital'), 'Tulu|Legesse'),
    ('spk-049', 'spokesperson', 'positive',
     'A UN spokesperson, Stephane Moreau, said the agency was "alarmed by reports of mass graves" in the region.',
     Quo('alarmed by reports of mass graves'), 'Moreau'),
    ('spk-050', 'spokesperson', 'positive',
     '"We are investigating the incident," said Lieutenant Colonel Ruth Avidan, a military spokeswoman.',
     Quo('We are investigating the incident'), 'Avidan'),
    ('spk-051', 'spokesperson', 'near miss',
     'A spokesman for the hospital declined to comment, but a nurse, Fatou Sow, said: "We have no oxygen left."',
     Quo('We have no oxygen left'), 'Sow|nurse'),
    ('spk-052', 'spokesperson told outlet', 'positive',
     'Olga Marchenko, the regional administration\'s spokeswoman, told Reuters: "Power has been restored to most of the city."',
     Quo('Power has been restored to most of the city'), 'Marchenko'),
    ('spk-053', 'spokesperson told outlet', 'positive',
     '"No aid convoy has entered the area for three weeks," Jens Laerke, OCHA\'s spokesman, told AFP.',
     Quo('No aid convoy has entered the area'), 'Laerke'),
    ('spk-054', 'spokesperson told outlet', 'positive',
     'Moussa Ag Acharatoumane, a spokesman for the armed movement, told Al Jazeera that the rebels "will defend every village in the north."',
     Quo('will defend every village in the north'), 'Acharatoumane|Moussa'),
    ('spk-055', 'spokesperson told outlet', 'positive',
     'Karim Bakri, the party\'s spokesman, told the BBC: "We will not join a government led by the militias."',
     Quo('We will not join a government led by the militias'), 'Bakri'),
    ('spk-056', 'spokesperson told outlet', 'positive',
     'Farhan Ali, spokesman for the Somali National Army, told the Associated Press that "al-Shabaab fighters fled before our troops arrived."',
     Quo('al-Shabaab fighters fled before our troops arrived'), 'Farhan|Ali'),
    ('spk-057', 'spokesperson told outlet', 'positive',
     'Speaking to CNN, Israeli military spokesman Daniel Hagai said: "We are operating against Hamas, not against the people of Gaza."',
     Quo('We are operating against Hamas, not against'), 'Hagai'),
    ('spk-058', 'spokesperson told outlet', 'near miss',
     'Leila Mansour, a spokeswoman for the ministry, told Reuters the figures were accurate. "They are lying," a Reuters reporter was told by an opposition official in Idlib.',
     Quo('They are lying'), 'official'),
    ('spk-059', 'told outlet', 'positive',
     'Hamas official Basem Naim told Al Jazeera: "There will be no exchange of prisoners while the bombing continues."',
     Quo('There will be no exchange of prisoners'), 'Naim|Basem'),
    ('spk-060', 'told outlet', 'positive',
     '"The drones came in waves, one after the other," a resident of Kherson told the Kyiv Independent.',
     Quo('The drones came in waves'), 'resident'),
    ('spk-061', 'told outlet', 'positive',
     'A senior Iraqi security official told Reuters on condition of anonymity that "the attack was launched from inside Syria."',
     Quo('the attack was launched from inside Syria'), 'official'),
    ('spk-062', 'told outlet', 'positive',
     'Speaking to Al Arabiya, Lebanon\'s caretaker prime minister said the country "does not want war, but it is being dragged into one."',
     Quo('does not want war, but it is being dragged'), 'prime minister|minister'),
    ('spk-063', 'told outlet', 'positive',
     'The commander of the 47th Brigade told the Washington Post that his men were "exhausted but holding the line."',
     Quo('exhausted but holding the line'), 'commander'),
    ('spk-064', 'told outlet', 'positive',
     'In an interview with Der Spiegel, NATO Secretary General Mark Halvorsen said: "Russia is preparing for a long war."',
     Quo('Russia is preparing for a long war'), 'Halvorsen'),
    ('spk-065', 'told outlet', 'near miss',
     'The Guardian, which obtained the letter, said the minister had written: "The contract must be signed before the elections."',
     Quo('The contract must be signed before the elections'), 'minister'),
    ('spk-066', 'told outlet', 'near miss',
     'Reuters could not verify the claim. "The drone hit the fuel depot directly," said Serhiy Lysak, the governor of Dnipropetrovsk region.',
     Quo('The drone hit the fuel depot directly'), 'Lysak'),
    ('spk-067', 'quoted as saying', 'positive',
     'State news agency IRNA quoted Foreign Minister Hossein Kazemi as saying: "Iran will respond decisively to any aggression."',
     Quo('Iran will respond decisively to any aggression'), 'Kazemi'),
    ('spk-068', 'quoted as saying', 'positive',
     'Syria\'s state news agency SANA quoted a military source as saying that "air defences confronted hostile targets over Damascus."',
     Quo('air defences confronted hostile targets'), 'source|military source'),
    ('spk-069', 'quoted as saying', 'positive',
     'The Interfax agency quoted the governor of Belgorod, Vyacheslav Orlov, as saying "the situation in the city is difficult but under control."',
     Quo('the situation in the city is difficult but under control'), 'Orlov|governor'),
    ('spk-070', 'quoted as saying', 'positive',
     'North Korea\'s KCNA news agency quoted Kim Yo Jong as saying the drills were "a dangerous provocation."',
     Quo('a dangerous provocation'), 'Kim Yo Jong|Kim'),
    ('spk-071', 'quoted as saying', 'positive',
     'Egyptian state television quoted an official at the Rafah crossing as saying: "Forty trucks of aid crossed today."',
     Quo('Forty trucks of aid crossed today'), 'official'),
    ('spk-072', 'quoted as saying', 'positive',
     'Saudi state media quoted Crown Prince Faisal as saying the kingdom "stands with the brotherly Sudanese people."',
     Quo('stands with the brotherly Sudanese people'), 'Faisal|Crown Prince'),
    ('spk-073', 'quoted as saying', 'near miss',
     'State media did not report the protests. "Nobody in the capital believes the official figures," said Nadia Karimova, a pensioner in Tashkent.',
     Quo('Nobody in the capital believes the official figures'), 'Karimova'),
    ('spk-074', 'citing', 'positive',
     'The Syrian Observatory, citing sources on the ground, said the strike "killed at least 12 fighters of pro-Iranian groups."',
     Quo('killed at least 12 fighters of pro-Iranian groups'), 'Syrian Observatory|Observatory'),
    ('spk-075', 'citing', 'positive',
     'The Palestinian Red Crescent said, citing its teams in Jenin, that "ambulances were prevented from reaching the wounded."',
     Quo('ambulances were prevented from reaching the wounded'), 'Red Crescent'),
    ('spk-076', 'citing', 'positive',
     'Ukraine\'s military intelligence said, citing intercepted calls, that Russian commanders had ordered troops "to take no prisoners."',
     Quo('to take no prisoners'), 'military intelligence|intelligence'),
    ('spk-077', 'citing', 'positive',
     'The human rights group Hengaw said, citing witnesses, that security forces "opened fire on mourners leaving the cemetery."',
     Quo('opened fire on mourners leaving the cemetery'), 'Hengaw'),
    ('spk-078', 'citing', 'positive',
     'Citing medical sources, the Lebanese health ministry said the strikes were "the deadliest since the war began."',
     Quo('the deadliest since the war began'), 'health ministry|ministry'),
    ('spk-079', 'citing', 'near miss',
     'Al Jazeera, citing the health ministry, reported 30 deaths. "We are burying people in mass graves," said Abu Yusuf, a gravedigger in Khan Younis.',
     Quo('We are burying people in mass graves'), 'Abu Yusuf|Yusuf|gravedigger'),
    ('spk-080', 'two bodies', 'positive',
     'The Israeli army said it had struck Hezbollah targets in southern Lebanon. Hezbollah said it had fired rockets at a base in the Galilee. "Our response was measured and precise," it said.',
     Quo('Our response was measured and precise'), 'Hezbollah'),
    ('spk-081', 'two bodies', 'positive',
     'Islamic Jihad said in a statement that its fighters had clashed with troops in Jenin. The Israeli army said it had arrested five suspects. "The Zionist enemy is trying to break the will of our people," the group said.',
     Quo('trying to break the will of our people'), 'Islamic Jihad|Jihad|group'),
    ('spk-082', 'two bodies', 'positive',
     'The government of Niger expelled the French ambassador. France said it "does not recognise the authority of the putschists."',
     Quo('does not recognise the authority of the putschists'), 'France'),
    ('spk-083', 'two bodies', 'positive',
     'The Sudanese army accused the RSF of shelling a hospital. The RSF denied it, saying the army "is spreading lies to cover its own crimes."',
     Quo('is spreading lies to cover its own crimes'), 'RSF'),
    ('spk-084', 'two bodies', 'positive',
     'Hamas accepted the proposal, Qatar said on Monday. In a statement, the movement said: "The ball is now in the occupation\'s court."',
     Quo("The ball is now in the occupation's court"), 'Hamas|movement'),
    ('spk-085', 'two bodies', 'positive',
     'The Azerbaijani defence ministry said Armenian forces had fired on its positions. Yerevan rejected the claim. "Azerbaijan is preparing a new provocation," the Armenian foreign ministry said.',
     Quo('Azerbaijan is preparing a new provocation'), 'Armenian|foreign ministry'),
    ('spk-086', 'two bodies', 'positive',
     'The police said the march had been banned. The organisers, the Women\'s Action Front, said they would go ahead: "No ban will silence us," they said.',
     Quo('No ban will silence us'), "Women's Action Front|organisers|Front"),
    ('spk-087', 'two bodies', 'positive',
     'Turkey\'s defence ministry said its jets had hit Kurdish militant targets in northern Iraq. The Iraqi government summoned the Turkish envoy, and it said the strikes were "a flagrant violation of Iraqi sovereignty."',
     Quo('a flagrant violation of Iraqi sovereignty'), 'Iraqi government|government|Iraq'),
    ('spk-088', 'two bodies', 'near miss',
     'The army said it had killed 20 militants, a figure the militants disputed. "Only three of our men were martyred," said a commander of the group, Abu Hamza.',
     Quo('Only three of our men were martyred'), 'Abu Hamza|Hamza|commander'),
    ('spk-089', 'continuation', 'positive',
     'The Lebanese Red Cross said on Sunday that its crews had pulled eight bodies from the rubble. "Our teams worked through the night under fire," the organisation said.\n\n"Many of the wounded are children, and the hospitals in the south cannot take them."',
     Quo('Many of the wounded are children'), 'Red Cross|organisation'),
    ('spk-090', 'continuation', 'positive',
     'Colonel Amadou Keita, the army\'s spokesman, described the fighting. "The terrorists attacked from three sides,\n\n"but our soldiers held their positions until reinforcements arrived," he said.',
     Quo('our soldiers held their positions'), 'Keita'),
    ('spk-091', 'continuation', 'positive',
     '"We lost everything in one night," said Grace Achieng, who fled the floods with her four children.\n\n"The water came into the house while we were sleeping."',
     Quo('The water came into the house while we were sleeping'), 'Achieng'),
    ('spk-092', 'continuation', 'positive',
     'In its statement, the Free Syrian Army said: "The regime\'s militias shelled the villages of Idlib countryside.\n\n"We call on the international community to protect civilians."',
     Quo('We call on the international community to protect civilians'), 'Free Syrian Army|Syrian Army'),
    ('spk-093', 'continuation', 'positive',
     'The mayor of Mariupol, Petro Andriushchenko, said the city had no water. "People are drinking from puddles," he said.\n\n"We need a humanitarian corridor now, not next week."',
     Quo('We need a humanitarian corridor now'), 'Andriushchenko|mayor'),
    ('spk-094', 'continuation', 'near miss',
     '"The bridge is destroyed," said Dmytro Koval, a local official.\n\nThe regional governor, Svitlana Hrytsenko, said: "Repairs will take months."',
     Quo('Repairs will take months'), 'Hrytsenko|governor'),
    ('spk-095', 'inner quote', 'positive',
     '"The commander told us, \'Leave the village or you will die,\' and then they burned the mosque," said Yaqub Adam, a survivor.',
     Quo('and then they burned the mosque'), 'Adam|survivor'),
    ('spk-096', 'inner quote', 'positive',
     'Rights group B\'Tselem said in a statement: "Soldiers shouted \'go back to your houses\' and then opened fire on the crowd."',
     Quo('then opened fire on the crowd'), "B'Tselem|Tselem"),
    ('spk-097', 'inner quote', 'positive',
     'The defence minister said: "When the enemy says \'humanitarian pause\', it means time to rearm."',
     Quo('it means time to rearm'), 'defence minister|minister'),
    ('spk-098', 'inner quote', 'positive',
     '"My father always said \'the sea will feed us\', but now the sea is closed," said Samir Abu Dayya, a fisherman in Gaza City.',
     Quo('but now the sea is closed'), 'Abu Dayya|Dayya|fisherman'),
    ('spk-099', 'inner quote', 'positive',
     'The movement\'s spokesman, Hussein Abdi, said: "They call us \'terrorists\' to justify bombing our markets."',
     Quo('to justify bombing our markets'), 'Abdi'),
    ('spk-100', 'inner quote', 'near miss',
     'The prisoner told his lawyer, Maryam Qasemi: "The guard said \'you will never see daylight again\'." Qasemi said she had filed a complaint.',
     Quo('you will never see daylight again'), 'guard'),
    ('spk-101', 'question', 'positive',
     '"Who will rebuild our homes when the bombs stop?" asked Nour Khalil, a teacher in Deir al-Balah.',
     Quo('Who will rebuild our homes when the bombs stop'), 'Khalil|teacher'),
    ('spk-102', 'question', 'positive',
     'Asked whether the army would enter Rafah, military spokesman Avi Shaked said: "We will go wherever Hamas is."',
     Quo('We will go wherever Hamas is'), 'Shaked'),
    ('spk-103', 'question', 'positive',
     'The Kremlin questioned the report. "Why would Russia attack a city it considers its own?" it said in a statement.',
     Quo('Why would Russia attack a city'), 'Kremlin'),
    ('spk-104', 'question', 'positive',
     '"Where is the world?" the displaced women shouted at the visiting delegation in Tawila.',
     Quo('Where is the world?'), 'women'),
    ('spk-105', 'question', 'positive',
     'Asked by a reporter if talks had failed, Qatar\'s foreign ministry spokesman Majed al-Ansari replied: "Talks have not failed, they have paused."',
     Quo('Talks have not failed, they have paused'), 'Ansari|al-Ansari'),
    ('spk-106', 'question', 'negative',
     'The debate turned on one question: "Can the ceasefire survive the winter?"',
     Quo('Can the ceasefire survive the winter'), None),
    ('spk-107', 'question', 'near miss',
     'A journalist asked the minister, "Will the troops come home by Christmas?" The minister, Helena Brandt, did not answer.',
     Quo('Will the troops come home by Christmas'), 'journalist'),
    ('spk-108', 'headline', 'positive',
     "Hamas says ceasefire deal 'within reach'\n\nGAZA - Hamas said on Tuesday that a deal was close but warned that Israel could still derail it.",
     Quo('within reach'), 'Hamas'),
    ('spk-109', 'headline', 'positive',
     "'We will not surrender': Sudan army vows to hold El Fasher\n\nThe Sudanese army said its forces would defend the city of El Fasher.",
     Quo('We will not surrender'), 'army|Sudan army'),
    ('spk-110', 'headline', 'positive',
     "Zelensky: 'Russia must pay for every destroyed home'\n\nUkrainian President Volodymyr Zelensky spoke in Kyiv on Monday after a night of drone strikes.",
     Quo('Russia must pay for every destroyed home'), 'Zelensky'),
    ('spk-111', 'headline', 'positive',
     "UN warns of 'catastrophic' famine in northern Gaza\n\nThe United Nations warned on Thursday that famine was imminent in northern Gaza.",
     Quo('catastrophic'), 'UN|United Nations'),
    ('spk-112', 'headline', 'positive',
     "Houthis vow 'more painful strikes' on Red Sea shipping\n\nSANAA - The Houthi movement said it would widen its attacks on ships linked to Israel.",
     Quo('more painful strikes'), 'Houthis|Houthi'),
    ('spk-113', 'headline', 'negative',
     "'Operation Iron Harvest' enters its second week\n\nThe offensive in the north continued on Sunday with air strikes on three towns.",
     Quo('Operation Iron Harvest'), None),
    ('spk-114', 'headline', 'near miss',
     "Reuters: Iraqi militias 'ready to escalate', officials say\n\nBAGHDAD - Iraqi officials said the armed factions were preparing for a wider conflict.",
     Quo('ready to escalate'), 'officials'),
    ('spk-115', 'outlet near miss', 'near miss',
     'The Associated Press reached Dr Yusuf Okonkwo by phone in Maiduguri. "The wards are overflowing," he said.',
     Quo('The wards are overflowing'), 'Okonkwo'),
    ('spk-116', 'outlet near miss', 'near miss',
     'In footage broadcast by Al Jazeera, a paramedic, Rami Odeh, said: "There is no safe place left in the north."',
     Quo('There is no safe place left in the north'), 'Odeh|paramedic'),
    ('spk-117', 'outlet near miss', 'near miss',
     'The BBC\'s correspondent in Khartoum said the streets were empty. "I have not left my flat in five days," said a resident, Hiba Osman.',
     Quo('I have not left my flat in five days'), 'Osman|resident'),
    ('spk-118', 'outlet near miss', 'near miss',
     'According to a report by the New York Times, Israeli officials had been warned. The army denied the report, saying: "No such warning was received."',
     Quo('No such warning was received'), 'army'),
    ('spk-119', 'outlet near miss', 'near miss',
     'Speaking on Iranian state television, Ali Rezaei, a commander of the Revolutionary Guards, said: "The Zionist regime has made a grave mistake."',
     Quo('The Zionist regime has made a grave mistake'), 'Rezaei|commander'),
    ('spk-120', 'outlet near miss', 'near miss',
     'Agence France-Presse saw the bodies of six men at the morgue. "They were shot at close range," a morgue worker told AFP.',
     Quo('They were shot at close range'), 'worker|morgue worker'),
    ('spk-121', 'outlet near miss', 'positive',
     'Reuters said in a statement: "We are deeply saddened by the death of our photographer in southern Lebanon."',
     Quo('We are deeply saddened by the death of our photographer'), 'Reuters'),
]

GAPS: set[str] = {"spk-028", "spk-099", "spk-112"}


@cache
def _analysis(text: str, own_headline: bool) -> Analysis:
    return pipeline().analyze_text(text if own_headline else HEADLINE + text)


def row_result(row: Row) -> tuple[bool, bool]:
    """(the quote was found or rightly has no speaker, its speaker is the expected one)."""
    _, construction, _, text, target, expected = row
    return speaker_row_result(_analysis(text, construction == "headline"), target.words, expected)


def probe_scores() -> dict[str, float]:
    """The probe's measure: whole, tune and check halves pooled, and the tune half by construction."""
    return speaker_probe_scores(ROWS, row_result, "statement speaker probe")


TUNE = [r for r in ROWS if half(r[0]) == "tune"]


@pytest.mark.parametrize("row", [
    pytest.param(r, id=f"{r[0]}:{r[1]}", marks=[pytest.mark.xfail(strict=True, reason="a gap of speakers")]
                 if r[0] in GAPS else []) for r in TUNE])
def test_tune_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_tune_rows() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 120 and GAPS <= {r[0] for r in TUNE}
    assert {r[2] for r in ROWS} == {"positive", "negative", "near miss"} and len({r[1] for r in ROWS}) >= 15
    assert all(r[3].count(r[4].words) == 1 for r in ROWS)


# the probe's floors (the share of rows right, a quote not found wrong): main a28e5819 0.950 / 0.940 / 0.963,
# branch i15-speakers53 0.967 / 0.970 / 0.963
FLOORS = {"speaker_rows_right": 0.95, "tune_rows_right": 0.95, "check_rows_right": 0.96}


def test_probe_floor() -> None:
    scores = probe_scores()
    assert all(scores[k] >= v for k, v in FLOORS.items()), scores
