"""A probe of attribution chains (issue 15): who states a figure, who speaks a quote, in invented wire
sentences and two-sentence snippets written from the constructions of news attribution: datelines and
wire credits (never a source), "N told AFP", "X quoted Y as saying", "citing", "according to", "in a
statement", spokespersons, attributions in the next or previous sentence, the outlet's own voice,
"officials said", "the report said", anonymous sources, pronouns, passive "was quoted as", posts on
social media, state media and health authorities; parties of every side and region.

Each row names its construction and kind (positive: the construction gives the source; negative: no
source, the outlet's voice; near miss: a look-alike that gives another answer), the text, the target
(a number: the figure of that value; a string: the quote whose content covers it) and the expected
source: words of which one ("|" separates them) must be in the source as written or in the name of
its resolved actor, or None for a figure in the outlet's own voice ("unattributed"). Expected answers
come from the construction; the rows the pipeline does not yet read are strict xfails in GAPS."""

from __future__ import annotations

import re

import pytest

from newsledger.records import Analysis
from tests.builders import gap_params, pipeline

HEADLINE = "What was said on the day of the news\n\n"

# (construction, kind, text, target, expected source words or None)
Row = tuple[str, str, str, "float | str", "str | None"]
ROWS: list[Row] = [
    # datelines and wire credits are never a source
    ("dateline", "positive", "GAZA (Reuters) - At least 12 people were killed in an Israeli air strike on a house "
     "in Rafah on Tuesday, the Gaza health ministry said.", 12, "health ministry"),
    ("dateline", "positive", "KYIV, Ukraine (AP) — A Russian missile strike killed nine civilians in Kharkiv "
     "overnight, regional governor Oleh Synehubov said.", 9, "Synehubov|governor"),
    ("dateline", "negative", "KHARTOUM (AFP) - More than 40 people were killed on Saturday when shells hit a "
     "market in Omdurman.", 40, None),
    ("dateline", "negative", "BEIRUT, Oct 18 (Reuters) - Israeli shelling killed three Hezbollah fighters in "
     "southern Lebanon on Wednesday.", 3, None),
    ("dateline", "positive", "WASHINGTON (CNA) - Nearly 500 people died in the hospital blast, Palestinian "
     "officials said.", 500, "officials"),
    ("dateline", "negative", "WASHINGTON (CNA) - Nearly 500 people died in the hospital blast on Tuesday night.",
     500, None),
    ("dateline", "positive", "MOSCOW, March 3 (Reuters) - Ukrainian drones killed four people in the Belgorod "
     "region, the regional governor said.", 4, "governor"),
    ("dateline", "positive", "LAGOS, Nigeria (AP) — Gunmen killed 23 villagers in Zamfara state, police "
     "spokesman Yazid Abubakar said on Sunday.", 23, "Abubakar|police"),
    ("dateline", "near miss", "Thirty people were killed in the raid on the camp, the Reuters news agency "
     "reported.", 30, "Reuters"),
    ("dateline", "negative", "Press TV - At least 60 worshippers have been killed in the attack on the mosque.",
     60, None),
    ("dateline", "positive", "JERUSALEM (AP) — \"We will hold them responsible,\" Defense Minister Yoav Gallant "
     "said on Monday.", "We will hold them responsible", "Gallant"),
    ("dateline", "positive", "NAIROBI, Kenya (Reuters) - \"Our forces are ready for the mission,\" said Colonel "
     "Zipporah Kioko, the army spokeswoman.", "Our forces are ready for the mission", "Kioko"),
    ("dateline", "positive", "TEHRAN (AFP) - \"This crime will not go unanswered,\" Foreign Minister Hossein "
     "Amir-Abdollahian said.", "This crime will not go unanswered", "Amir-Abdollahian|Abdollahian"),
    ("dateline", "positive", "KHARTOUM, Sudan — \"We buried 17 people this morning,\" said Hamid Osman, a "
     "volunteer in the Mayo district.", "We buried 17 people this morning", "Osman"),
    ("dateline", "positive", "KHARTOUM, Sudan — \"We buried 17 people this morning,\" said Hamid Osman, a "
     "volunteer in the Mayo district.", 17, "Osman"),
    ("dateline", "positive", "DONETSK, Ukraine (Reuters) - Ukrainian shelling killed 13 people at a market in "
     "the city, the Russian-installed mayor said.", 13, "mayor"),
    ("dateline", "positive", "ADEN, Yemen, Jan 12 (Reuters) - Houthi forces fired 18 drones at ships in the Red "
     "Sea, the U.S. military said.", 18, "military"),
    ("dateline", "negative", "PORT-AU-PRINCE, Haiti (AP) — Gang violence has displaced more than 300,000 people "
     "this year.", 300000, None),
    # "N told AFP": N states it, not the outlet told
    ("told outlet", "positive", "A doctor at Nasser Hospital told AFP that 18 bodies had been brought in "
     "overnight.", 18, "doctor"),
    ("told outlet", "positive", "Hospital director Marwan Sultan told Reuters 22 bodies had arrived.", 22,
     "Sultan|director"),
    ("told outlet", "positive", "Mayor Vadym Boychenko told Ukrainian television that 7 people died in the "
     "shelling.", 7, "Boychenko|mayor"),
    ("told outlet", "positive", "A Sudanese army officer told Al Jazeera that 35 RSF fighters were killed in the "
     "clashes.", 35, "officer"),
    ("told outlet", "positive", "An Israeli security official told the Times of Israel that 15 rockets were "
     "intercepted.", 15, "official"),
    ("told outlet", "positive", "Residents told the BBC that at least 20 houses were burned in the village.", 20,
     "residents"),
    ("told outlet", "positive", "\"The situation is catastrophic,\" the hospital director told the BBC.",
     "The situation is catastrophic", "director"),
    ("told outlet", "positive", "Hamas official Osama Hamdan told Al Mayadeen: \"We have not harmed any "
     "civilians.\"", "We have not harmed any civilians", "Hamdan|Hamas"),
    ("told outlet", "positive", "\"We will keep fighting,\" a Wagner commander told RIA Novosti.",
     "We will keep fighting", "commander"),
    ("told outlet", "positive", "A spokesman for the Rapid Support Forces told Reuters the group had not attacked "
     "the camp.", "the group had not attacked the camp", "Rapid Support Forces"),
    ("told outlet", "near miss", "The United Nations told the Security Council that 1.1 million people had fled.",
     1100000, "United Nations"),
    ("told outlet", "positive", "Kenyan police told reporters that 12 people were killed in the attack in Lamu.",
     12, "police"),
    ("told outlet", "positive", "Colonel Haidar Karim told the Associated Press by phone that 8 soldiers were "
     "missing.", 8, "Karim"),
    # "X quoted Y as saying": Y, the one quoted
    ("quoted as saying", "positive", "The Interfax news agency quoted Defence Minister Sergei Shoigu as saying that "
     "300 Ukrainian soldiers had been killed.", 300, "Shoigu"),
    ("quoted as saying", "positive", "State news agency IRNA quoted a provincial official as saying 14 people died "
     "in the earthquake.", 14, "official"),
    ("quoted as saying", "positive", "Al Jazeera quoted Hamas official Basem Naim as saying: \"This is a massacre "
     "of civilians.\"", "This is a massacre of civilians", "Naim"),
    ("quoted as saying", "positive", "The Times of India quoted a police officer as saying that 5 militants were "
     "killed in the gunfight in Kupwara.", 5, "officer"),
    ("quoted as saying", "positive", "Yonhap quoted a military official as saying North Korea fired 2 ballistic "
     "missiles.", 2, "official"),
    ("quoted as saying", "positive", "TASS quoted the Russian foreign ministry as saying that the talks had failed.",
     "the talks had failed", "foreign ministry"),
    ("quoted as saying", "positive", "Pakistan's Dawn newspaper quoted a senior police official as saying that 11 "
     "policemen were killed.", 11, "official"),
    ("quoted as saying", "near miss", "The agency quoted figures from the ministry showing 33 deaths.", 33,
     "ministry"),
    # passive "was quoted as"
    ("was quoted as", "positive", "Kenyan Interior Minister Kithure Kindiki was quoted as saying 40 bandits had been "
     "killed.", 40, "Kindiki"),
    ("was quoted as", "positive", "General Abdel Fattah al-Burhan was quoted by the SUNA news agency as saying that "
     "70 rebels were killed.", 70, "Burhan"),
    ("was quoted as", "positive", "Netanyahu was quoted by Channel 12 as saying: \"The war will be long.\"",
     "The war will be long", "Netanyahu"),
    ("was quoted as", "positive", "A Houthi official was quoted by Al Masirah as saying 4 American drones were shot "
     "down.", 4, "official"),
    ("was quoted as", "positive", "Colombian Defence Minister Ivan Velasquez was quoted as saying that the rebels "
     "had broken the ceasefire.", "the rebels had broken the ceasefire", "Velasquez"),
    # "citing": the one cited
    ("citing", "positive", "Al Arabiya reported 40 dead, citing medical sources.", 40, "medical sources"),
    ("citing", "positive", "The agency, citing the health ministry, said 27 people had died.", 27, "health ministry"),
    ("citing", "positive", "Citing police, the broadcaster said 6 people were wounded in the stabbing in Sydney.", 6,
     "police"),
    ("citing", "positive", "Ukrainska Pravda reported that 16 people were killed, citing the regional military "
     "administration.", 16, "administration"),
    ("citing", "positive", "Reuters, citing two security sources, said 9 soldiers were killed in the ambush in "
     "Mali.", 9, "security sources"),
    ("citing", "positive", "Citing witnesses, Myanmar Now reported that soldiers burned 200 homes in Sagaing.", 200,
     "witnesses"),
    ("citing", "positive", "The Wall Street Journal, citing U.S. officials, reported that Iran had sent 400 "
     "missiles to Russia.", 400, "officials"),
    ("citing", "near miss", "Citing the cost, the city cancelled 12 bus routes.", 12, None),
    ("citing", "near miss", "The minister resigned on Monday, citing ill health, after 30 years in office.", 30,
     None),
    # "according to"
    ("according to", "positive", "According to the United Nations, 1.4 million people have been displaced in "
     "Sudan.", 1400000, "United Nations"),
    ("according to", "positive", "At least 15 people were killed, according to local officials in Borno.", 15,
     "officials"),
    ("according to", "positive", "The death toll rose to 60, according to a hospital director in Khan Younis.", 60,
     "director"),
    ("according to", "positive", "According to Colombia's ombudsman's office, 25 social leaders have been killed "
     "this year.", 25, "ombudsman"),
    ("according to", "positive", "Some 3,000 Rohingya crossed into Bangladesh last week, according to the UNHCR.",
     3000, "UNHCR"),
    ("according to", "positive", "According to Israeli figures, about 1,200 people were killed in the attack.",
     1200, "Israeli"),
    ("according to", "positive", "According to the governor, the dam had not been inspected in years.",
     "the dam had not been inspected in years", "governor"),
    ("according to", "near miss", "Aid was distributed according to need, with 800 families served.", 800, None),
    ("according to", "positive", "According to the Ethiopian Human Rights Commission, at least 45 civilians were "
     "killed in Amhara.", 45, "Human Rights Commission"),
    ("according to", "positive", "At least 19 people, including 6 children, died in the strike on Sumy, according "
     "to the State Emergency Service.", 19, "Emergency Service"),
    # "in a statement"
    ("in a statement", "positive", "The Israeli military said in a statement that 20 militants were killed in "
     "Jenin.", 20, "military"),
    ("in a statement", "positive", "In a statement, Hamas said 50 hostages had been killed by Israeli bombardment.",
     50, "Hamas"),
    ("in a statement", "positive", "The Russian defence ministry said in a statement on Telegram that it shot down "
     "24 Ukrainian drones.", 24, "defence ministry"),
    ("in a statement", "positive", "The Nigerian army, in a statement, said its troops killed 31 bandits in "
     "Katsina.", 31, "army"),
    ("in a statement", "positive", "In a joint statement, the UN agencies said 2 million people faced famine in "
     "Gaza.", 2000000, "agencies"),
    ("in a statement", "positive", "In a statement, the Ukrainian Air Force said: \"All the drones were "
     "destroyed.\"", "All the drones were destroyed", "Air Force"),
    ("in a statement", "positive", "The Taliban said in a statement that \"the attack was carried out by "
     "criminals\".", "the attack was carried out by criminals", "Taliban"),
    ("in a statement", "negative", "The statement came after 40 people were killed in the raid.", 40, None),
    ("in a statement", "near miss", "Protesters read a statement outside parliament, where 300 people gathered.",
     300, None),
    ("in a statement", "positive", "The Houthi movement said in a statement that it had targeted 3 ships.", 3,
     "Houthi"),
    ("in a statement", "positive", "A statement from the Pakistani army said 7 soldiers were killed in North "
     "Waziristan.", 7, "army"),
    # a spokesperson for X speaks for X
    ("spokesperson for", "positive", "A spokesperson for the ministry said 34 people were being treated for "
     "burns.", 34, "ministry"),
    ("spokesperson for", "positive", "A spokesman for the Gaza health ministry said 704 people had been killed in "
     "the past day.", 704, "health ministry"),
    ("spokesperson for", "positive", "A spokeswoman for the UN refugee agency said 5,000 people crossed into Chad on "
     "Monday.", 5000, "refugee agency"),
    ("spokesperson for", "positive", "A spokesman for Ukraine's southern command said 2 civilians were killed in "
     "Kherson.", 2, "southern command"),
    ("spokesperson for", "positive", "A Burkina Faso army spokesman said 18 soldiers were killed near Djibo.", 18,
     "army"),
    ("spokesperson for", "positive", "Police spokesperson Judith Nyongesa said 9 officers were hurt.", 9,
     "Nyongesa|police"),
    ("spokesperson for", "positive", "\"No civilians were in the building,\" a spokesperson for the Israeli army "
     "said.", "No civilians were in the building", "army"),
    ("spokesperson for", "positive", "\"We have lost contact with our teams,\" said a spokeswoman for Doctors "
     "Without Borders.", "We have lost contact with our teams", "Doctors Without Borders"),
    ("spokesperson for", "positive", "A spokesman for the Kremlin, Dmitry Peskov, said: \"We are not going to "
     "comment.\"", "We are not going to comment", "Kremlin|Peskov"),
    ("spokesperson for", "negative", "The spokesman for the group was among 6 people killed in the strike.", 6,
     None),
    # "Name, the military spokesman": the person, for the institution
    ("name, the spokesman", "positive", "\"We struck a Hamas command centre,\" said Daniel Hagari, the military "
     "spokesman.", "We struck a Hamas command centre", "Hagari"),
    ("name, the spokesman", "positive", "Nabil Abu Rudeineh, the spokesman for Palestinian President Mahmoud Abbas, "
     "said 9 people were killed in Jenin.", 9, "Rudeineh"),
    ("name, the spokesman", "positive", "Yahya Saree, the Houthi military spokesman, said the group had launched 5 "
     "missiles.", 5, "Saree"),
    ("name, the spokesman", "positive", "Nabil Khoury, spokesman for the Lebanese Red Cross, said 11 ambulances "
     "were damaged.", 11, "Khoury|Red Cross"),
    ("name, the spokesman", "positive", "\"The operation is over,\" said Colonel Souleymane Dembele, a spokesman for "
     "the Malian army.", "The operation is over", "Dembele|Malian army"),
    ("name, the spokesman", "positive", "Ashraf Rahman, the ministry's spokesman, said 120 bodies were recovered.",
     120, "Rahman|ministry"),
    ("name, the spokesman", "positive", "Maria Zakharova, the foreign ministry spokeswoman, told reporters that 7 "
     "Russian diplomats had been expelled.", 7, "Zakharova|foreign ministry"),
    ("name, the spokesman", "near miss", "Karim Nasser, a 34-year-old teacher, said 9 of his neighbours died.", 9,
     "Nasser"),
    ("name, the spokesman", "positive", "\"Our troops withdrew in good order,\" said Lieutenant Colonel Nadiya "
     "Voloshyn, a spokeswoman for the Ukrainian army's eastern group.", "Our troops withdrew in good order",
     "Voloshyn|army"),
    # an attribution in the next or previous sentence
    ("neighbour sentence", "positive", "At least 30 people were killed in the shelling of Kherson. That is "
     "according to the regional governor.", 30, "governor"),
    ("neighbour sentence", "positive", "The health ministry gave new figures on Friday. It said 412 people had been "
     "killed overnight.", 412, "health ministry"),
    ("neighbour sentence", "positive", "The ministry issued a new toll on Sunday. At least 210 people have died "
     "since the floods began, it said.", 210, "ministry"),
    ("neighbour sentence", "positive", "Hagari spoke to reporters on Tuesday. \"We did not strike the hospital,\" "
     "he said.", "We did not strike the hospital", "Hagari"),
    ("neighbour sentence", "positive", "Nineteen miners were trapped underground in Balochistan. The figure was "
     "given by the provincial mines department.", 19, "mines department"),
    ("neighbour sentence", "positive", "Eight soldiers were killed in an ambush in Cabo Delgado on Monday, the "
     "defence ministry said. It said 20 insurgents also died.", 20, "defence ministry"),
    ("neighbour sentence", "negative", "Eight soldiers were killed in an ambush in Cabo Delgado on Monday. Rain fell "
     "in the afternoon.", 8, None),
    ("neighbour sentence", "positive", "The Nigerian president addressed the nation on Monday. \"We will find the "
     "girls,\" he said.", "We will find the girls", "president|Tinubu"),
    ("neighbour sentence", "positive", "\"We are running out of fuel,\" said Dr Fadel Naim. \"The generators will "
     "stop tonight.\"", "The generators will stop tonight", "Naim"),
    ("neighbour sentence", "positive", "The spokesman for the Rapid Support Forces rejected the charge. \"Our "
     "fighters did not enter the camp,\" he said.", "Our fighters did not enter the camp",
     "Rapid Support Forces|spokesman"),
    ("neighbour sentence", "positive", "Twenty-two people died in the collapse in Lagos, the emergency agency said. "
     "Rescuers were still searching on Friday.", 22, "emergency agency"),
    ("neighbour sentence", "positive", "A strike hit a school in Deir al-Balah. Eleven people were killed, the "
     "civil defence agency said.", 11, "civil defence"),
    ("neighbour sentence", "near miss", "The ministry opened a new field hospital on Friday. Forty people were killed "
     "in clashes in the north.", 40, None),
    ("neighbour sentence", "positive", "Indian police gave details of the attack on Sunday. They said 6 pilgrims "
     "were killed when gunmen fired on their bus.", 6, "police"),
    # a figure in the outlet's own voice is unattributed
    ("outlet voice", "negative", "The war in Gaza has killed more than 10,000 people since October.", 10000, None),
    ("outlet voice", "near miss", "The war in Gaza has killed more than 10,000 people since October, officials "
     "there say.", 10000, "officials"),
    ("outlet voice", "negative", "More than 500,000 people have fled Kherson since the dam collapsed.", 500000,
     None),
    ("outlet voice", "negative", "Boko Haram has killed an estimated 35,000 people since 2009.", 35000, None),
    ("outlet voice", "negative", "The attack was the deadliest since 1,400 Israelis were killed on October 7.",
     1400, None),
    ("outlet voice", "positive", "Clashes in Tigray left 12 dead last year, the newspaper Addis Standard reported.",
     12, "Addis Standard"),
    ("outlet voice", "negative", "The quake, which killed 2,000 people in Herat, was the strongest in decades.",
     2000, None),
    ("outlet voice", "near miss", "The quake killed 2,000 people in Herat, Taliban officials said.", 2000,
     "officials"),
    ("outlet voice", "negative", "Syria's civil war has killed over 500,000 people.", 500000, None),
    ("outlet voice", "negative", "Police fired tear gas at 2,000 protesters in Nairobi on Tuesday.", 2000, None),
    ("outlet voice", "negative", "Israeli troops killed 9 Palestinians in a raid on the Jenin camp on Thursday.", 9,
     None),
    ("outlet voice", "negative", "Russian forces captured 3 villages near Pokrovsk last week.", 3, None),
    # "officials said"
    ("officials said", "positive", "Two police officers were killed in the attack, officials said.", 2,
     "officials"),
    ("officials said", "positive", "Pakistani officials said 11 soldiers died in the clash in Khyber.", 11,
     "officials"),
    ("officials said", "positive", "Local officials in Hodeidah said 7 fishermen were missing.", 7, "officials"),
    ("officials said", "positive", "U.S. officials said 3 service members were killed in the drone attack in "
     "Jordan.", 3, "officials"),
    ("officials said", "positive", "Ukrainian officials say Russia fired 40 missiles overnight.", 40, "officials"),
    ("officials said", "positive", "Officials at the Indonesian search agency said 62 bodies had been recovered.",
     62, "officials|search agency"),
    ("officials said", "near miss", "Two officials were killed in the attack, police said.", 2, "police"),
    ("officials said", "negative", "The officials met 40 community leaders in Bamako.", 40, None),
    # "the report said"
    ("report said", "positive", "At least 300 people were killed in the fighting, the report said.", 300,
     "report"),
    ("report said", "positive", "The UN report said 1,200 children had been recruited by armed groups in Congo.",
     1200, "report|UN"),
    ("report said", "positive", "A declassified French intelligence assessment estimated 150 to 250 deaths.", 150,
     "intelligence|assessment"),
    ("report said", "positive", "A Human Rights Watch report found that 84 civilians were killed in the strikes in "
     "Idlib.", 84, "Human Rights Watch"),
    ("report said", "positive", "The report, released by Amnesty International, documented 40 executions in Saudi "
     "Arabia.", 40, "Amnesty|report"),
    ("report said", "positive", "The report said the strike \"was most likely caused by a rocket fired from inside "
     "the camp\".", "was most likely caused by a rocket", "report"),
    ("report said", "negative", "The reporter was among 4 journalists injured in the blast.", 4, None),
    ("report said", "positive", "The annual report of the UN secretary-general listed 2,500 grave violations "
     "against children in Ukraine.", 2500, "report|secretary-general"),
    # anonymous sources
    ("anonymous", "positive", "A senior intelligence official said between 120 and 280 people had died.", 120,
     "intelligence official"),
    ("anonymous", "positive", "A senior Western diplomat said the blast killed at most 60 people.", 60, "diplomat"),
    ("anonymous", "positive", "Two security sources said 14 soldiers were killed in the attack in Tillaberi.", 14,
     "security sources"),
    ("anonymous", "positive", "A source close to the negotiations said 50 hostages would be released.", 50,
     "source"),
    ("anonymous", "positive", "An Iranian official, speaking on condition of anonymity, said 4 Revolutionary "
     "Guards officers were killed.", 4, "official"),
    ("anonymous", "positive", "Medical sources in Khan Younis said 27 bodies were brought to the hospital.", 27,
     "medical sources"),
    ("anonymous", "positive", "\"They had no warning,\" a senior UN official said.", "They had no warning",
     "official"),
    ("anonymous", "positive", "A Ukrainian military intelligence source said 3 Russian ships had been hit.", 3,
     "source"),
    ("anonymous", "positive", "A person familiar with the matter said 12 people were detained.", 12,
     "person familiar"),
    ("anonymous", "positive", "\"The attack was planned for months,\" said an Israeli official who asked not to be "
     "named.", "The attack was planned for months", "official"),
    # pronouns
    ("pronoun", "positive", "Zelenskiy spoke in Kyiv on Sunday. He said 14 people were killed in Odesa.", 14,
     "Zelenskiy|Zelenskyy"),
    ("pronoun", "positive", "Amal Khalil lost her brother in the strike. \"It was a war crime,\" she said.",
     "It was a war crime", "Khalil"),
    ("pronoun", "positive", "The Nigerian army said it killed 31 insurgents in Borno.", 31, "army"),
    ("pronoun", "positive", "The WHO updated its toll on Monday. It said 41 health workers had died in Sudan.", 41,
     "WHO|World Health Organization"),
    ("pronoun", "positive", "The Israeli military blamed the blast on a misfired rocket. Islamic Jihad rejected the "
     "accusation. \"The occupation is lying to cover up its crime,\" it said.",
     "The occupation is lying to cover up its crime", "Islamic Jihad"),
    ("pronoun", "positive", "Moscow blamed Kyiv for the strike on the market. The Ukrainian General Staff rejected "
     "the claim. \"Our forces do not target civilians,\" it said.", "Our forces do not target civilians",
     "General Staff"),
    ("pronoun", "positive", "Sheikh Hasina addressed parliament on Tuesday. She said 150 people had died in the "
     "unrest.", 150, "Hasina"),
    ("pronoun", "positive", "President William Ruto visited the flooded area. \"We will rebuild every home,\" he told "
     "residents.", "We will rebuild every home", "Ruto"),
    ("pronoun", "positive", "Colombia's defence minister spoke after the ambush. \"The dissidents will pay for "
     "this,\" he said.", "The dissidents will pay for this", "minister"),
    ("pronoun", "positive", "The Sudanese army accused the RSF of shelling the camp. It said 25 civilians were "
     "killed.", 25, "army|Armed Forces"),
    ("pronoun", "near miss", "The RSF said the army shelled the camp. It said 25 civilians were killed.", 25,
     "RSF|Rapid Support Forces"),
    ("pronoun", "positive", "The mother of one of the hostages spoke in Tel Aviv. \"I just want him home,\" she "
     "said.", "I just want him home", "mother"),
    # posts on social media
    ("post on X", "positive", "Defence Minister Yoav Gallant said in a post on X that 200 targets were struck "
     "overnight.", 200, "Gallant"),
    ("post on X", "positive", "Houthi spokesman Mohammed Abdulsalam said in a post on X that 2 ships were hit.", 2,
     "Abdulsalam|Houthi"),
    ("post on X", "positive", "Sudan's army said in a post on Facebook that 70 fighters were killed in El Fasher.",
     70, "army"),
    ("post on X", "positive", "The Ukrainian president wrote on Telegram that 6 people had died in the strike on "
     "Dnipro.", 6, "president"),
    ("post on X", "positive", "Iranian Foreign Minister Abbas Araghchi wrote on X: \"Israel will regret this.\"",
     "Israel will regret this", "Araghchi"),
    ("post on X", "positive", "In a post on X, the Polish foreign minister said 2 Russian drones entered Polish "
     "airspace.", 2, "foreign minister"),
    ("post on X", "positive", "\"This is a crime against humanity,\" Turkish President Tayyip Erdogan posted on X.",
     "This is a crime against humanity", "Erdogan"),
    ("post on X", "positive", "The Israeli army posted on X that 30 rockets were fired from Lebanon.", 30, "army"),
    ("post on X", "positive", "A post by the Hamas armed wing on Telegram said 2 Israeli soldiers were captured.", 2,
     "armed wing|Hamas"),
    # state media
    ("state media", "positive", "Eight people were killed in the blast in Kerman, state media reported.", 8,
     "state media"),
    ("state media", "positive", "Syrian state media reported that 6 soldiers died in an Israeli strike near "
     "Damascus.", 6, "state media"),
    ("state media", "positive", "Chinese state broadcaster CCTV reported 21 deaths from the floods in Hebei.", 21,
     "CCTV|broadcaster"),
    ("state media", "positive", "Iranian state TV said 103 people were killed in the twin bombings.", 103,
     "state TV"),
    ("state media", "positive", "Russian state media said 15 people died when a Ukrainian missile hit "
     "Lysychansk.", 15, "state media"),
    ("state media", "positive", "According to state media, 9 people were killed in the Ethiopian capital.", 9,
     "state media"),
    ("state media", "positive", "Myanmar state television said the army had \"crushed the terrorists\".",
     "crushed the terrorists", "state television"),
    ("state media", "negative", "State media outlets were banned, and 40 journalists were arrested.", 40, None),
    ("state media", "positive", "North Korea's official KCNA news agency said 5 people were injured in the "
     "explosion.", 5, "KCNA"),
    # health authorities
    ("health authorities", "positive", "Health authorities in Gaza said 3,000 people had been killed since the start "
     "of the war.", 3000, "health authorities"),
    ("health authorities", "positive", "Health authorities in the Hamas-run enclave said 1,800 children were among "
     "the dead.", 1800, "health authorities"),
    ("health authorities", "positive", "Gaza's health authorities say at least 70 people were killed overnight.", 70,
     "health authorities"),
    ("health authorities", "positive", "Lebanese health authorities said 12 people were killed in strikes on the "
     "south.", 12, "health authorities"),
    ("health authorities", "positive", "The Gaza health ministry said 433 people died.", 433, "health ministry"),
    ("health authorities", "positive", "The health ministry in the Hamas-run territory said 51 people were killed.",
     51, "health ministry"),
    ("health authorities", "positive", "Health officials in Darfur said 30 children had died of malnutrition in the "
     "camp.", 30, "health officials"),
    ("health authorities", "positive", "Israeli health authorities said 260 people were treated for injuries.", 260,
     "health authorities"),
    ("health authorities", "negative", "Health authorities were overwhelmed as 300 wounded arrived.", 300, None),
    ("health authorities", "positive", "Ukraine's health ministry said 5 medics were killed.", 5, "health ministry"),
    # chains of several bodies in one sentence or snippet
    ("chain", "positive", "The ministry's spokesman, Ashraf Rahman, told Al Jazeera, citing hospital records, that "
     "86 people were killed.", 86, "hospital records|hospital"),
    ("chain", "positive", "Hamas said Israeli strikes killed 30 people in Jabalia.", 30, "Hamas"),
    ("chain", "positive", "The Israeli military said Hamas fighters had fired 150 rockets since dawn.", 150,
     "military"),
    ("chain", "positive", "Russia's defence ministry said Ukraine had lost 500 soldiers, a figure Kyiv rejected.",
     500, "defence ministry"),
    ("chain", "positive", "Kyiv said its forces had downed 18 of the 20 drones launched by Russia.", 18, "Kyiv"),
    ("chain", "positive", "The regional governor put the toll at 31, up from 25 earlier in the day.", 31,
     "governor"),
    ("chain", "positive", "The toll, which the civil defence agency put at 64, is expected to rise.", 64,
     "civil defence"),
    ("chain", "positive", "Figures released by the interior ministry showed 48 police officers were killed.", 48,
     "interior ministry"),
    ("chain", "positive", "Data from the UN humanitarian office show 900 schools have been damaged.", 900,
     "humanitarian office"),
    ("chain", "positive", "The army estimated that 300 militants remained in the town.", 300, "army"),
    ("chain", "positive", "Witnesses said troops shot 4 protesters in Mandalay.", 4, "witnesses"),
    ("chain", "positive", "The group said on its website that 12 of its members had been arrested.", 12, "group"),
    ("chain", "positive", "The Palestinian Red Crescent said 7 of its paramedics had been killed, adding that "
     "ambulances could not reach the area.", 7, "Red Crescent"),
    ("chain", "positive", "Police in Karachi said 13 people were arrested. They added that 2 officers were hurt.",
     2, "police"),
    ("chain", "positive", "A statement attributed to the Islamic State group said its fighters killed 20 "
     "soldiers.", 20, "Islamic State"),
    ("chain", "positive", "Ethiopia's government claimed its forces killed 200 Fano militiamen.", 200,
     "government"),
    ("chain", "positive", "Israel says 250 people were taken hostage on October 7.", 250, "Israel"),
    ("chain", "positive", "The Lebanese health ministry said on Tuesday that 558 people had been killed, including "
     "50 children.", 558, "health ministry"),
    ("chain", "positive", "The Lebanese health ministry said on Tuesday that 558 people had been killed, including "
     "50 children.", 50, "health ministry"),
    ("chain", "positive", "Sudan's Emergency Lawyers group documented 120 deaths in the attack on Wad Madani.", 120,
     "Emergency Lawyers"),
    # an attributed sentence does not lend its source to an unrelated figure after it
    ("no inheritance", "negative", "The army said 12 soldiers were killed on Monday. The town has 40,000 "
     "inhabitants.", 40000, None),
    ("no inheritance", "negative", "The ministry said 9 people died. The region was hit by floods in 2022 that "
     "killed 1,700 people.", 1700, None),
    ("no inheritance", "positive", "The ministry said 9 people died. It said 31 others were injured.", 31,
     "ministry"),
    # quotes: speakers before and after, in and out of the sentence
    ("quote speaker", "positive", "Ukraine's foreign minister Dmytro Kuleba said: \"Russia must be held "
     "accountable.\"", "Russia must be held accountable", "Kuleba"),
    ("quote speaker", "positive", "\"We have nothing left,\" said Fatima Bello, whose house in Maiduguri was "
     "flooded.", "We have nothing left", "Bello"),
    ("quote speaker", "positive", "\"We call on both sides to stop,\" the UN secretary-general said in New York.",
     "We call on both sides to stop", "secretary-general"),
    ("quote speaker", "positive", "\"The strike was legitimate,\" an Israeli military spokesman told CNN.",
     "The strike was legitimate", "spokesman|military"),
    ("quote speaker", "positive", "Hezbollah leader Hassan Nasrallah said in a televised speech: \"All options "
     "are open.\"", "All options are open", "Nasrallah"),
    ("quote speaker", "positive", "\"We were not consulted,\" said Aung Kyaw, a spokesman for the Arakan Army.",
     "We were not consulted", "Aung Kyaw|Arakan Army"),
    ("quote speaker", "positive", "\"The border is closed,\" Egyptian officials told reporters in Rafah.",
     "The border is closed", "officials"),
    ("quote speaker", "positive", "Iran's supreme leader, Ayatollah Ali Khamenei, said: \"The response will be "
     "firm.\"", "The response will be firm", "Khamenei"),
    ("quote speaker", "positive", "A Pentagon spokesman, Pat Ryder, said: \"We will defend our troops.\"",
     "We will defend our troops", "Ryder|Pentagon"),
    # batch 2 (written after the first fixes, measured on main too): longer wire snippets, speakers
    # named paragraphs before, offices, interviews, carriers of statements, stand-alone quotes
    ("paragraphs", "positive", "Mohammed Abu Salmiya, director of al-Shifa hospital, described the scene.\n\n\"We "
     "received 60 bodies in one hour,\" he said.", 60, "Abu Salmiya|director"),
    ("paragraphs", "positive", "\"We will not leave,\" said Umm Khaled, a 60-year-old widow in Jabalia.\n\n\"This is "
     "our land.\"", "This is our land", "Khaled"),
    ("paragraphs", "positive", "The Israeli military issued a statement on Tuesday. The statement said 30 rockets "
     "were fired from Gaza.", 30, "military|statement"),
    ("paragraphs", "positive", "Dmitry Peskov said talks had stalled. He added that 3 rounds of talks had failed.",
     3, "Peskov"),
    ("paragraphs", "positive", "Israeli officials briefed reporters on Sunday. One official said 1,500 militants had "
     "been killed.", 1500, "official"),
    ("paragraphs", "positive", "Hamas said 20 people died in the strike. Israel said it struck a command post and "
     "that 9 militants were killed.", 9, "Israel"),
    ("paragraphs", "negative", "Hamas said 20 people died in the strike. The strike came a day after 9 soldiers "
     "were killed in Khan Younis.", 9, None),
    ("paragraphs", "positive", "\"It's a massacre,\" said Ahmed Nasser, 45, a taxi driver. He said 12 members of "
     "his family had died.", 12, "Nasser"),
    ("paragraphs", "positive", "The Gaza health ministry said 700 people died overnight. The figures could not be "
     "independently verified.", 700, "health ministry"),
    ("offices", "positive", "Netanyahu's office said 240 hostages were being held in Gaza.", 240,
     "Netanyahu|office"),
    ("offices", "positive", "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 1.7 million "
     "people had been displaced.", 1700000, "OCHA|Humanitarian Affairs"),
    ("offices", "positive", "Hamas's media office said 4,000 children had been killed.", 4000,
     "media office|Hamas"),
    ("offices", "positive", "A statement from the office of President Zelenskiy said 3 people died in the attack "
     "on Odesa.", 3, "office|Zelenskiy|Zelenskyy"),
    ("offices", "positive", "The Israel Defense Forces (IDF) said 6 soldiers were wounded in the clash.", 6,
     "IDF|Israel Defense Forces"),
    ("offices", "positive", "A Russian defence ministry statement said 45 drones were downed over Crimea.", 45,
     "defence ministry"),
    ("offices", "positive", "Ukraine's General Staff reported that 1,100 Russian soldiers were killed in a day.",
     1100, "General Staff"),
    ("offices", "positive", "The Houthi-run Saba news agency said 7 people died in U.S. strikes on Hodeidah.", 7,
     "Saba"),
    ("offices", "positive", "Hezbollah's Al-Manar television reported that 4 fighters were killed.", 4,
     "Al-Manar|Hezbollah"),
    ("carriers", "positive", "In an interview with CNN, Jordan's King Abdullah said 2 million refugees live in "
     "Jordan.", 2000000, "Abdullah"),
    ("carriers", "positive", "In comments to AFP, the provincial governor said 8 people died in the landslide.", 8,
     "governor"),
    ("carriers", "positive", "Sources told Reuters that 15 fighters were killed in the Israeli strike in Syria.", 15,
     "sources"),
    ("carriers", "positive", "Iran's foreign minister said on state television that 5 people were arrested.", 5,
     "foreign minister"),
    ("carriers", "positive", "In remarks broadcast by Al Jazeera, the Hamas leader said 30 fighters had died.", 30,
     "Hamas leader|leader"),
    ("carriers", "positive", "The UN envoy told the Security Council that 4 million people in Yemen need aid.",
     4000000, "envoy"),
    ("carriers", "positive", "The Lebanese army said in a statement carried by the state news agency NNA that 3 "
     "soldiers were killed.", 3, "army"),
    ("carriers", "positive", "WHO chief Tedros Adhanom Ghebreyesus told a news conference that 16 health "
     "facilities were hit.", 16, "Tedros|Ghebreyesus|WHO"),
    ("carriers", "positive", "Reuters could not independently verify the figure of 300 given by Hamas.", 300,
     "Hamas"),
    ("carriers", "positive", "\"We need fuel now,\" said Tom White of the UN agency for Palestinian refugees, adding "
     "that 70 trucks were waiting at the crossing.", 70, "White"),
    ("carriers", "positive", "Palestinian health officials, who do not distinguish between civilians and fighters, "
     "said 9,000 people had died.", 9000, "health officials"),
    ("carriers", "positive", "The IDF's Arabic-language spokesman, Avichay Adraee, said 2 rockets had been "
     "intercepted.", 2, "Adraee"),
    ("carriers", "positive", "Residents and medics said 11 people were killed when shells hit the market in El "
     "Fasher.", 11, "residents|medics"),
    ("carriers", "positive", "The agency said, citing a hospital official, that 23 people had died.", 23,
     "hospital official"),
    ("quote speakers", "positive", "Speaking to reporters in Brussels, NATO chief Mark Rutte said: \"Russia remains "
     "the main threat.\"", "Russia remains the main threat", "Rutte"),
    ("quote speakers", "positive", "\"Nothing was left of the house,\" the 34-year-old teacher said.",
     "Nothing was left of the house", "teacher"),
    ("quote speakers", "positive", "Ukrainian President Volodymyr Zelenskiy, speaking by video link, said: \"We "
     "need more air defence.\"", "We need more air defence", "Zelenskiy|Zelenskyy"),
    ("quote speakers", "positive", "\"We are ready for a deal,\" Hamas political bureau member Ezzat al-Rishq said "
     "in a statement.", "We are ready for a deal", "Rishq"),
    ("quote speakers", "positive", "Israel's ambassador to the UN, Gilad Erdan, said: \"This council has failed.\"",
     "This council has failed", "Erdan"),
    ("quote speakers", "positive", "A Sudanese doctor who asked not to be named said: \"The children are "
     "starving.\"", "The children are starving", "doctor"),
    ("quote speakers", "positive", "According to a statement from Hezbollah, \"the resistance targeted an Israeli "
     "position\".", "the resistance targeted an Israeli position", "Hezbollah"),
    ("quote speakers", "positive", "The statement quoted the commander as saying \"our men destroyed three "
     "tanks\".", "our men destroyed three tanks", "commander"),
    ("quote speakers", "positive", "Lebanon's caretaker prime minister, Najib Mikati, said his country did not want "
     "war.", "his country did not want war", "Mikati"),
    ("quote speakers", "positive", "Chinese foreign ministry spokesperson Mao Ning told a regular briefing that "
     "Beijing opposed the sanctions.", "Beijing opposed the sanctions", "Mao Ning"),
    # batch 3 (written after the fixes above, measured on main too): speakers of quotes in longer
    # passages: alternating speakers, speakers after long appositions, quotes split by their cue
    ("quote passages", "positive", "Hamas blamed Israel for the blast. The Israeli army denied it. \"This was a "
     "failed rocket launch,\" army spokesman Richard Hecht said.", "This was a failed rocket launch", "Hecht"),
    ("quote passages", "positive", "Hamas blamed Israel for the blast, while the Israeli army denied any role. "
     "\"The enemy is lying,\" said Ismail Haniyeh, the head of the group's political bureau.",
     "The enemy is lying", "Haniyeh"),
    ("quote passages", "positive", "\"We had no warning,\" said Olena Kovalenko, 52, whose apartment in Kharkiv was "
     "destroyed. \"Everything is gone.\"", "Everything is gone", "Kovalenko"),
    ("quote passages", "positive", "\"The shelling started at dawn,\" he said, \"and did not stop until the "
     "evening.\" The speaker, Ali Hassan, is a farmer from Idlib.", "The shelling started at dawn", "he|Hassan"),
    ("quote passages", "positive", "The Russian ambassador, Vassily Nebenzia, rejected the charge. \"These are "
     "lies,\" he told the council. The U.S. envoy disagreed.", "These are lies", "Nebenzia|Nebenzya"),
    ("quote passages", "positive", "The U.S. envoy, Linda Thomas-Greenfield, answered him. \"Russia is "
     "responsible,\" she said.", "Russia is responsible", "Thomas-Greenfield"),
    ("quote passages", "positive", "Asked about the strike, the Pakistani foreign ministry spokeswoman said: \"We "
     "will respond at a time of our choosing.\"", "We will respond at a time of our choosing",
     "spokeswoman|foreign ministry"),
    ("quote passages", "positive", "\"Every day we bury children,\" said Dr. Amina Yusuf of the Sudanese Doctors "
     "Union.", "Every day we bury children", "Yusuf"),
    ("quote passages", "positive", "Human Rights Watch said the attack could amount to a war crime. \"Civilians "
     "must never be a target,\" the group said.", "Civilians must never be a target", "Human Rights Watch|group"),
    ("quote passages", "positive", "The Indian army said the militants had crossed from Pakistan. Islamabad "
     "rejected the claim. \"India offers no evidence,\" the Pakistani foreign office said.",
     "India offers no evidence", "foreign office"),
    ("quote passages", "positive", "Mexico's president, Claudia Sheinbaum, spoke at her morning news conference. "
     "\"We will not accept any intervention,\" she said.", "We will not accept any intervention", "Sheinbaum"),
    ("quote passages", "positive", "\"The militia came at night,\" a survivor told Amnesty International. \"They "
     "burned the houses.\"", "They burned the houses", "survivor"),
    ("quote passages", "positive", "Zelenskiy said Putin \"does not want peace\".", "does not want peace",
     "Zelenskiy|Zelenskyy"),
    ("quote passages", "positive", "Netanyahu said Hamas would \"pay a heavy price\" for the attack.",
     "pay a heavy price", "Netanyahu"),
    ("quote passages", "positive", "The Houthis said they would keep attacking ships \"until the aggression on Gaza "
     "stops\".", "until the aggression on Gaza stops", "Houthis"),
    # a body says, for every side
    ("body said", "positive", "Hezbollah said 3 of its fighters were killed in Israeli strikes.", 3, "Hezbollah"),
    ("body said", "positive", "The IDF said 4 soldiers were killed in southern Gaza.", 4, "IDF"),
    ("body said", "positive", "The Kurdish-led SDF said 9 Islamic State fighters were killed.", 9, "SDF"),
    ("body said", "positive", "The Indian army said 2 soldiers were killed in Manipur.", 2, "army"),
    ("body said", "positive", "Al-Shabaab claimed it had killed 40 Somali soldiers.", 40, "Shabaab"),
    ("body said", "positive", "The Myanmar junta said 18 rebels died in the fighting near Lashio.", 18, "junta"),
    ("body said", "positive", "The Colombian army reported that 6 guerrillas were killed in Cauca.", 6, "army"),
    ("body said", "positive", "Venezuela's attorney general announced that 27 people had died in the protests.", 27,
     "attorney general"),
    ("body said", "positive", "The Azerbaijani defence ministry said 2 of its servicemen had been killed by "
     "Armenian fire.", 2, "defence ministry"),
    ("body said", "positive", "\"We are committed to peace,\" Armenian Prime Minister Nikol Pashinyan said.",
     "We are committed to peace", "Pashinyan"),
    ("body said", "positive", "\"Ukraine will never surrender,\" said President Volodymyr Zelenskiy.",
     "Ukraine will never surrender", "Zelenskiy"),
    ("body said", "positive", "\"The West is waging a war against Russia,\" Putin said in a televised address.",
     "The West is waging a war against Russia", "Putin"),
]

# rows the pipeline does not yet read (strict xfails: a row that starts passing must leave this set);
# keyed by the row's construction, kind, the first 40 characters of its text and its target
GAPS: set[tuple[str, str, str]] = {
    ('pronoun', 'positive', "Colombia's defence minister spoke after :The dissidents will pay for this"),
    ('pronoun', 'positive', 'The mother of one of the hostages spoke :I just want him home'),
}


def row_key(row: Row) -> tuple[str, str, str]:
    return row[0], row[1], f"{row[2][:40]}:{row[3]}"


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.find(needle)
    assert i >= 0, needle
    return i, i + len(needle)


def _names_match(expected: str, names: list[str | None]) -> bool:
    words = [w.lower() for w in expected.split("|")]
    cands = [re.sub(r"\s+", " ", n).lower() for n in names if n]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", c) for w in words for c in cands)


def source_of(an: Analysis, target: float | str) -> tuple[bool, str | None, list[str | None]]:
    """(found, the attribution or None when unattributed, the names to match) of the target."""
    actors = {a.id: a.name for a in an.actors}
    if isinstance(target, str):
        start, end = _span(an.article.text, target)
        need = (end - start) / 2
        quotes = [q for q in an.quotes
                  if min(end, q.content.end) - max(start, q.content.start) >= need]
        if not quotes:
            return False, None, []
        q = quotes[0]
        names = [q.speaker.text if q.speaker else None, actors.get(q.speaker_actor_id or "")]
        return True, names[0] or names[1], names
    figs = [f for f in an.figures if f.value_low == target]
    if not figs:
        return False, None, []
    f = figs[-1]
    attribution = None if f.attribution == "unattributed" else f.attribution
    return True, attribution, [attribution, actors.get(f.attribution_actor_id or "")]


def row_passes(row: Row) -> bool:
    _, _, text, target, expected = row
    an = pipeline().analyze_text(HEADLINE + text)
    found, attribution, names = source_of(an, target)
    if not found:
        return False
    if expected is None:
        return attribution is None
    return _names_match(expected, names)


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of attribution"))
def test_source(row: Row) -> None:
    assert row_passes(row), row


def test_gaps_are_rows_and_rows_are_many() -> None:
    keys = [row_key(r) for r in ROWS]
    assert len(keys) == len(set(keys)) and len(keys) >= 150
    assert GAPS <= set(keys), GAPS - set(keys)
