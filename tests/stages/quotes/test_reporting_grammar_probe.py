"""A held-out probe of the grammar of reporting (issue 15): who states a figure, who speaks a quote.

Every row was written from a construction of news attribution, before its author read the
attribution, quote or figure code, and not from any corpus: the reporting clause before, after or
inside the quote; inverted "said X"; "according to" before and after; "X told Y"; "X quoted Y as
saying"; "citing" and "X, citing Y, said"; "in a statement (posted on, carried by, released
through)"; "a statement from X said"; "X's office said"; "said on Telegram / in a video / in a
televised address"; "X put the toll at"; "X's figures show", "data from X", "X's tally", "a count by
X", "X estimates", "X has recorded"; "X reported" (an outlet and a body); the passives "were reported
killed by X", "was quoted as saying", "is reported to have said"; spokespersons, officials and
sources for an institution, named or not; appositive roles; pronoun and role-noun speakers carried
from the sentence before; attributions in the next sentence; quotes over two paragraphs; partial
quotes; headlines with a colon; datelines and wire credits (never sources); the outlet's own voice
(unattributed). The rows are in the house styles of wires, broadsheets, tabloids, state media, NGO
releases and liveblogs, with invented people and places of every region.

A row is (construction, house style, text, target, expected). The target is a figure (``Fig``:
the number as written, once in the text) or a quote (``Quo``: words once in the text, which a quote
must cover half of). The expected source is words of which one ("|" between them) must be in the
source or speaker as written or in its resolved actor's name; None: a figure in the outlet's own
voice ("unattributed").

Held out, main at 0243c27 (measured before any rule was written for these rows; 260 rows):
figure source accuracy 0.924 (133 of the 144 figures found, of 145 rows), speaker accuracy 0.929
(105 of the 113 quotes found, of 115 rows).
After the rules of branch i15-attribution-probe (headline sources, manner-of-speaking verbs, a
split name owning a count, the speaker's own people, possessive inverted speakers, a paragraph's
second word, identifying clauses): figure source accuracy 0.958 (138/144), speaker accuracy 0.965
(110/114). The rows still read wrong are strict xfails in GAPS; :func:`probe_scores` prints the measure and
``test_probe_floor`` holds a floor under it."""

from __future__ import annotations

from functools import cache

import pytest

from newsledger.records import Analysis
from tests.builders import (
    Fig,
    Quo,
    assert_probe_rows,
    fig_quo_key,
    gap_params,
    pipeline,
    probe_accuracies,
    target_result,
)

HEADLINE = "A day of news from the regions\n\n"


Row = tuple[str, str, str, "Fig | Quo", "str | None"]

# -- figures ---------------------------------------------------------------------------------------
FIGURES: list[Row] = [
    # the reporting clause after, before, inverted
    ("clause after", "wire", "A car bomb killed 17 people at a checkpoint outside Baidoa on Sunday, a regional "
     "police commander said.", Fig("17"), "commander"),
    ("clause after", "broadsheet", "Shells killed 23 civilians in the central market of Nyala on Monday, the "
     "Sudan Doctors Network said in a post on Facebook.", Fig("23"), "Sudan Doctors Network"),
    ("clause after", "wire", "Floodwaters have swept away 340 homes in the district, the governor says.",
     Fig("340"), "governor"),
    ("clause after", "local", "Two buses collided near Kisumu, killing 14 passengers, police confirmed on "
     "Thursday.", Fig("14"), "police"),
    ("clause before", "wire", "The Lebanese health ministry said 31 people were killed in strikes on villages "
     "near Nabatieh.", Fig("31"), "health ministry"),
    ("clause before", "state", "The Interior Ministry announced that 64 militants had been killed in operations "
     "across the province.", Fig("64"), "Interior Ministry"),
    ("clause before", "broadsheet", "Provincial authorities confirmed on Friday that 28 miners had died in the "
     "collapse.", Fig("28"), "authorities"),
    ("clause before", "wire", "The coast guard says 53 migrants are missing after the boat capsized off Lampedusa.",
     Fig("53"), "coast guard"),
    ("inverted said", "wire", "By nightfall 41 bodies had been recovered, said Colonel Ibrahim Sow, the army's "
     "regional spokesman.", Fig("41"), "Sow|spokesman"),
    ("inverted said", "wire", "Nine soldiers and 12 attackers were killed, said a statement from the defence "
     "ministry.", Fig("12"), "defence ministry"),
    ("inverted said", "broadsheet", "At least 19 people drowned, said Ana Costa, who heads the local fire "
     "brigade.", Fig("19"), "Costa"),
    # according to
    ("according to", "wire", "According to the UN refugee agency, 12,000 people have fled the district since "
     "Friday.", Fig("12,000"), "refugee agency|UNHCR"),
    ("according to", "wire", "According to local officials, 8 people were killed when the bridge collapsed.",
     Fig("8"), "officials"),
    ("according to", "broadsheet", "The death toll rose to 58, according to figures from the provincial "
     "disaster agency.", Fig("58"), "disaster agency"),
    ("according to", "wire", "At least 37 people were killed, according to hospital staff in Bunia.",
     Fig("37"), "hospital staff|staff"),
    ("according to", "tabloid", "Cops say 6 youths were stabbed - according to a Scotland Yard insider.",
     Fig("6"), "insider|cops"),
    ("according to", "ngo", "According to our teams on the ground, 210 patients were treated for gunshot "
     "wounds in the first week.", Fig("210"), "teams"),
    # X told Y
    ("told", "wire", "A hospital director in Goma told Reuters that 26 bodies had been brought in overnight.",
     Fig("26"), "director"),
    ("told", "broadsheet", "Juma Kilonzo, a local councillor, told the BBC that 33 homes had been burned and "
     "several people killed.", Fig("33"), "Kilonzo|councillor"),
    ("told", "wire", "At least 19 people were killed in the shelling of Kramatorsk, a medical source told AFP.",
     Fig("19"), "medical source|source"),
    ("told", "wire", "Police told reporters that 7 suspects had been arrested after the blast.", Fig("7"),
     "police"),
    ("told", "liveblog", "The mayor of Jableh told state television 48 people had died in the quake.",
     Fig("48"), "mayor"),
    # X quoted Y as saying
    ("quoted as saying", "state", "The state news agency quoted the provincial governor as saying 35 people had "
     "died in the floods.", Fig("35"), "governor"),
    ("quoted as saying", "wire", "Al-Masira TV quoted a Houthi official as saying 6 fishermen were killed in the "
     "strike.", Fig("6"), "Houthi official|official"),
    ("quoted as saying", "wire", "Interfax news agency quoted the emergencies ministry as saying 29 people had "
     "been rescued from the rubble.", Fig("29"), "emergencies ministry"),
    # citing
    ("citing", "wire", "State television reported 22 deaths, citing the civil defence.", Fig("22"),
     "civil defence"),
    ("citing", "broadsheet", "The Kathmandu Post, citing police, said 11 trekkers were missing after the "
     "avalanche.", Fig("11"), "police"),
    ("citing", "wire", "The UN humanitarian office, citing the Red Crescent, said 4,500 families had been "
     "displaced.", Fig("4,500"), "Red Crescent"),
    ("citing", "wire", "Two security sources said 13 police officers were killed in the ambush, Reuters "
     "reported.", Fig("13"), "security sources|sources"),
    ("citing", "wire", "Xinhua reported that 16 people had died in the landslide, citing local authorities.",
     Fig("16"), "authorities"),
    ("citing", "broadsheet", "Citing hospital records, the rights group said 92 protesters had been shot dead.",
     Fig("92"), "hospital records|records|rights group"),
    # in a statement
    ("in a statement", "wire", "In a statement posted on its website, the army said 27 insurgents were killed.",
     Fig("27"), "army"),
    ("in a statement", "wire", "Islamic State claimed the attack on the barracks in Diffa. The group said in a "
     "statement carried by its Amaq news agency that 15 soldiers died.", Fig("15"), "Islamic State|group"),
    ("in a statement", "broadsheet", "In a statement released through its lawyers, the family said 3 relatives "
     "had been detained without charge.", Fig("3"), "family"),
    ("in a statement", "wire", "The Red Cross said in a statement to reporters that 210 detainees had been "
     "released.", Fig("210"), "Red Cross"),
    ("in a statement", "wire", "A statement from the Nigerien presidency said 29 soldiers were killed near the "
     "Malian border.", Fig("29"), "presidency"),
    ("in a statement", "ngo", "The Norwegian Refugee Council said in a statement that 1,800 people had crossed "
     "the border in a single day.", Fig("1,800"), "Norwegian Refugee Council"),
    ("in a statement", "wire", "Fighting killed 44 people in the city, the ministry said in a statement on "
     "Wednesday.", Fig("44"), "ministry"),
    # X's office said
    ("office said", "wire", "The governor's office said 18 people were still missing after the landslide.",
     Fig("18"), "governor"),
    ("office said", "broadsheet", "Mayor Ana Ruiz's office said 7 people had been taken to hospital with burns.",
     Fig("7"), "Ruiz"),
    ("office said", "wire", "The prosecutor's office said 5 officers had been charged over the deaths.",
     Fig("5"), "prosecutor"),
    # said on Telegram / in a video / in a televised address
    ("said on a channel", "wire", "Regional governor Pavel Lukin said on Telegram that 5 people were wounded in "
     "the shelling.", Fig("5"), "Lukin|governor"),
    ("said on a channel", "wire", "In a video posted online, a rebel commander said his fighters had killed 33 "
     "soldiers.", Fig("33"), "commander"),
    ("said on a channel", "wire", "The president said in a televised address that 120 people had died in the "
     "floods.", Fig("120"), "president"),
    ("said on a channel", "liveblog", "Writing on X, the foreign minister said 9 citizens had been evacuated "
     "from the capital.", Fig("9"), "foreign minister|minister"),
    ("said on a channel", "broadsheet", "The militia posted on Facebook that 21 of its members had been killed.",
     Fig("21"), "militia"),
    # put the toll at
    ("put the toll at", "wire", "The health ministry put the toll at 47 on Saturday evening.", Fig("47"),
     "health ministry"),
    ("put the toll at", "wire", "Civil defence officials put the number of dead at 62.", Fig("62"),
     "civil defence|officials"),
    ("put the toll at", "broadsheet", "Rescue workers put the death toll from the collapse at 24.", Fig("24"),
     "rescue workers"),
    # figures show / data from / tally / count / estimates / has recorded
    ("figures show", "broadsheet", "The interior ministry's figures show 1,300 people were killed in road "
     "accidents last year.", Fig("1,300"), "interior ministry"),
    ("figures show", "wire", "Figures from the World Health Organization show 87 health workers were killed in "
     "the past year.", Fig("87"), "World Health Organization|WHO"),
    ("data from", "broadsheet", "Data from the Armed Conflict Location and Event Data project show 94 people "
     "were killed in the province in March.", Fig("94"), "Armed Conflict Location|ACLED"),
    ("data from", "wire", "Police data show 260 people were murdered in the city in the first half of the year.",
     Fig("260"), "police"),
    ("tally", "broadsheet", "By the Syrian Observatory for Human Rights' tally, 76 fighters died in the clashes.",
     Fig("76"), "Syrian Observatory"),
    ("tally", "wire", "A Reuters tally of official figures puts the death toll at 312.", Fig("312"), "Reuters"),
    ("tally", "broadsheet", "The monitor's tally stood at 83 dead by Sunday night.", Fig("83"), "monitor"),
    ("count", "wire", "At least 52 protesters have been killed, according to a count by the rights group Hengaw.",
     Fig("52"), "Hengaw"),
    ("count", "broadsheet", "A count by The Daily Clarion found 140 deaths in police custody since 2015.",
     Fig("140"), "Daily Clarion|Clarion"),
    ("estimates", "wire", "The International Organization for Migration estimates that 9,000 people have fled "
     "the town.", Fig("9,000"), "International Organization for Migration|IOM"),
    ("estimates", "broadsheet", "Aid agencies estimate 300,000 people are without clean water.", Fig("300,000"),
     "aid agencies"),
    ("estimates", "wire", "UNICEF estimates that 2,000 children have been separated from their parents.",
     Fig("2,000"), "UNICEF"),
    ("has recorded", "wire", "The UN human rights office has recorded 85 civilian deaths in the region since "
     "January.", Fig("85"), "human rights office"),
    ("has recorded", "ngo", "Our clinics have recorded 430 cases of cholera in the camp this month, the charity "
     "said.", Fig("430"), "charity"),
    # X reported: an outlet, a body
    ("reported", "wire", "Al Jazeera reported that 16 people were killed in the raid on Tubas.", Fig("16"),
     "Al Jazeera"),
    ("reported", "wire", "The health ministry reported 39 new deaths on Monday.", Fig("39"), "health ministry"),
    ("reported", "broadsheet", "Local media reported 10 deaths in the village of Kafr Sousa.", Fig("10"), "media"),
    ("reported", "state", "The official news agency SANA reported that 4 civilians were killed in the shelling.",
     Fig("4"), "SANA"),
    ("reported", "wire", "Israeli media reported that 2 soldiers had been seriously wounded.", Fig("2"), "media"),
    # passives
    ("passive", "wire", "Some 11 miners were reported killed by the provincial government after the collapse.",
     Fig("11"), "provincial government"),
    ("passive", "wire", "At least 30 people were said by witnesses to have been shot at the checkpoint.",
     Fig("30"), "witnesses"),
    ("passive", "broadsheet", "A toll of 45 was given by the regional health bureau on Tuesday.", Fig("45"),
     "health bureau"),
    # spokespersons, officials, sources for an institution
    ("spokesperson", "wire", "A spokesman for the ministry said 21 detainees had been freed.", Fig("21"),
     "spokesman|ministry"),
    ("spokesperson", "wire", "The ministry's spokeswoman, Leila Haddad, said 44 patients had been evacuated.",
     Fig("44"), "Haddad|spokeswoman|ministry"),
    ("spokesperson", "broadsheet", "Officials at the Kassala hospital said 13 people had died of their wounds.",
     Fig("13"), "officials|hospital"),
    ("spokesperson", "wire", "A senior security official, speaking on condition of anonymity, said 8 attackers "
     "were killed.", Fig("8"), "security official|official"),
    ("spokesperson", "wire", "Army spokesman Brigadier General Tunde Okoye said 57 bandits were killed in the "
     "air raids.", Fig("57"), "Okoye|spokesman"),
    ("spokesperson", "wire", "Sources in the interior ministry said 36 people had been detained overnight.",
     Fig("36"), "sources|interior ministry"),
    ("spokesperson", "wire", "An official with the UN mission, who asked not to be named, said 70 peacekeepers "
     "had been moved to the base.", Fig("70"), "official"),
    # appositive roles
    ("apposition", "wire", "Dr. Marwan Khalil, director of the Al-Awda hospital, said 71 wounded had been "
     "admitted.", Fig("71"), "Khalil|director"),
    ("apposition", "wire", "Ahmed Farouk, a spokesman for the Sudanese Armed Forces, said 15 militiamen were "
     "killed.", Fig("15"), "Farouk|spokesman|Sudanese Armed Forces"),
    ("apposition", "broadsheet", "The district's chief medical officer, Grace Achieng, said 22 children were "
     "among the dead.", Fig("22"), "Achieng|medical officer"),
    # carried from the sentence before
    ("carried", "wire", "The ministry said the strike hit a residential block. It said 24 people were killed.",
     Fig("24"), "ministry"),
    ("carried", "wire", "Colonel Issa Diallo briefed reporters at the base. He said 12 soldiers were missing.",
     Fig("12"), "Diallo"),
    ("carried", "ngo", "Amnesty International documented raids on three villages. The group said 57 people "
     "were killed.", Fig("57"), "Amnesty|group"),
    ("carried", "wire", "The Kenya Red Cross has sent teams to the flooded villages. The agency said 18 people "
     "had drowned.", Fig("18"), "Red Cross|agency"),
    ("carried", "broadsheet", "Police have opened an inquiry into the crash. They said 6 people were killed.",
     Fig("6"), "police"),
    ("carried", "wire", "Governor Amina Bello visited the scene on Sunday. She told reporters 31 houses had "
     "been destroyed and 9 people killed.", Fig("9"), "Bello"),
    # attribution in the next sentence
    ("next sentence", "broadsheet", "Forty bodies were pulled from the rubble overnight. That is according to "
     "the civil protection agency.", Fig("Forty"), "civil protection"),
    ("next sentence", "liveblog", "At least 63 people have now died. The figure comes from the regional health "
     "office.", Fig("63"), "health office"),
    # headlines with a colon
    ("headline colon", "wire", "Toll in Kasese bus crash rises to 27: police\n\nA bus plunged into a river near "
     "Kasese on Friday.", Fig("27"), "police"),
    ("headline colon", "tabloid", "Mine blast kills 6 soldiers, says army\n\nThe blast hit a patrol near the "
     "border on Monday.", Fig("6"), "army"),
    ("headline colon", "broadsheet", "Floods: 80 dead, says UN\n\nHeavy rain has fallen for a week.", Fig("80"),
     "UN"),
    # datelines and wire credits are never sources
    ("dateline", "wire", "NIAMEY, Niger (AP) — Gunmen killed 25 villagers in western Niger on Sunday.",
     Fig("25"), None),
    ("dateline", "wire", "ADDIS ABABA, May 3 (Reuters) - Clashes in the Amhara region killed 19 people, two "
     "residents said.", Fig("19"), "residents"),
    ("dateline", "wire", "JUBA (AFP) - Cattle raiders killed 32 people in Jonglei state, a local official said.",
     Fig("32"), "official"),
    ("dateline", "state", "DAMASCUS, (SANA) - Terrorists shelled the town, killing 3 citizens.", Fig("3"),
     None),
    ("wire credit", "wire", "Storms have killed 9 people across the region this week.\n\n(Reporting by Omar "
     "Fahmy; Editing by Jane Lee)", Fig("9"), None),
    ("wire credit", "broadsheet", "The fire destroyed 200 stalls at the market.\n\nAdditional reporting by "
     "Agence France-Presse", Fig("200"), None),
    ("wire credit", "liveblog", "More than 150 flights were cancelled on Friday. — with AFP", Fig("150"), None),
    # the outlet's own voice
    ("own voice", "wire", "The fighting has displaced 2.3 million people since April.", Fig("2.3"), None),
    ("own voice", "wire", "The attack was the deadliest in the region since 2019, when 71 soldiers were killed "
     "at a base in Inates.", Fig("71"), None),
    ("own voice", "broadsheet", "Floods have killed 88 people this month. \"We need help,\" said a farmer, "
     "Joseph Mwangi.", Fig("88"), None),
    ("own voice", "tabloid", "Horror crash leaves 4 dead on motorway.", Fig("4"), None),
    ("own voice", "ngo", "Across the Sahel, 7 million children are out of school.", Fig("7"), None),
    # near misses: another clause's speaker, a verifier, an unrelated body nearby
    ("near miss", "wire", "Strikes killed 15 people in the town, residents said. The ministry said it would "
     "open an inquiry.", Fig("15"), "residents"),
    ("near miss", "wire", "Reuters could not independently verify the toll of 20 given by the rebels.",
     Fig("20"), "rebels"),
    ("near miss", "broadsheet", "The ministry, which denies any abuse, said 14 inmates had died of natural "
     "causes.", Fig("14"), "ministry"),
    ("near miss", "wire", "The blast killed 26 people. Police said they had arrested a suspect.", Fig("26"),
     None),
    ("near miss", "wire", "Doctors said 34 of the wounded were in critical condition, while the army said "
     "it had hit only military targets.", Fig("34"), "doctors"),
    ("near miss", "broadsheet", "The UN says 500 trucks a day are needed; only 90 entered on Sunday, Egyptian "
     "officials said.", Fig("90"), "Egyptian officials|officials"),
    # house styles
    ("tabloid", "tabloid", "Horror as 12 are killed in stadium crush, cops say.", Fig("12"), "cops"),
    ("tabloid", "tabloid", "Tragic - 5 kids are among the dead in the blaze, fire chiefs revealed last night.",
     Fig("5"), "fire chiefs"),
    ("state media", "state", "According to the Syrian Arab News Agency, 4 civilians were martyred in the "
     "aggression.", Fig("4"), "Syrian Arab News Agency|SANA"),
    ("state media", "state", "KCNA said 3 enemy drones had been shot down over the border.", Fig("3"), "KCNA"),
    ("ngo release", "ngo", "Medecins Sans Frontieres said its teams in Adre treated 158 wounded in 48 hours.",
     Fig("158"), "Medecins Sans Frontieres|MSF"),
    ("ngo release", "ngo", "In a press release, Save the Children said 61 schools had been damaged.", Fig("61"),
     "Save the Children"),
    ("liveblog", "liveblog", "14:02 GMT - Health officials in Kherson say 3 people were killed in shelling.",
     Fig("3"), "health officials|officials"),
    ("liveblog", "liveblog", "09:15 BST - Ukraine's air force says it shot down 37 of 40 drones overnight.",
     Fig("37"), "air force"),
    ("liveblog", "liveblog", "Update: the coroner's office now puts the toll at 11.", Fig("11"), "coroner"),
    # longer chains: inverted reporting verbs, possessive tolls, beliefs, documents seen by an outlet,
    # a body carried over an intervening clause, figures inside a quote
    ("inverted reported", "ngo", "At least 60 people died in the raid on the camp, reported local health "
     "authorities.", Fig("60"), "health authorities|authorities"),
    ("inverted reported", "wire", "More than 20 houses were destroyed, announced the regional government.",
     Fig("20"), "regional government|government"),
    ("possessive toll", "broadsheet", "The militia blamed the army for the massacre. Its toll of 93 could not "
     "be verified.", Fig("93"), "militia"),
    ("possessive toll", "wire", "The ministry's latest toll of 212 includes 40 children.", Fig("212"), "ministry"),
    ("possessive toll", "wire", "Rebels say the army shelled the market. Their count of 74 dead is far higher "
     "than the government's.", Fig("74"), "rebels"),
    ("maintains", "broadsheet", "The junta maintains that only 12 people died in the crackdown.", Fig("12"),
     "junta"),
    ("maintains", "wire", "The opposition insists that 150 of its supporters have been detained.", Fig("150"),
     "opposition"),
    ("claimed", "wire", "The militants claimed to have killed 35 soldiers in the raid.", Fig("35"), "militants"),
    ("claimed", "broadsheet", "Hamas-run authorities claimed that 47 people were killed, a figure Israel "
     "disputes.", Fig("47"), "authorities"),
    ("believes", "wire", "The US intelligence community believes that between 80 and 120 people were killed.",
     Fig("80"), "intelligence"),
    ("believes", "broadsheet", "French intelligence thinks the toll was closer to 50.", Fig("50"),
     "French intelligence|intelligence"),
    ("document seen", "wire", "A UN report seen by Reuters said 640 civilians had been killed in the offensive.",
     Fig("640"), "UN report|report|UN"),
    ("document seen", "broadsheet", "An internal police memo obtained by The Clarion puts the number of "
     "arrests at 1,100.", Fig("1,100"), "police memo|memo|police"),
    ("carried over a clause", "wire", "The ministry, which has not said how it counted the dead, gave a toll "
     "of 39.", Fig("39"), "ministry"),
    ("carried over a clause", "wire", "French military intelligence declined to give a toll. It said the "
     "number was likely to be fewer than 300.", Fig("300"), "French military intelligence|intelligence"),
    ("carried over a clause", "wire", "The army said the blast was caused by a misfired rocket. It added that "
     "29 of its soldiers had been wounded in separate clashes.", Fig("29"), "army"),
    ("next sentence", "ngo", "At least 500 people were killed. According to Al Arabiya, the Palestinian "
     "authorities disclosed the figure.", Fig("500"), "Palestinian authorities|authorities"),
    ("figure in a quote", "wire", "\"I saw at least 30 bodies on the road,\" said Musa Danjuma, a driver.",
     Fig("30"), "Danjuma"),
    ("figure in a quote", "broadsheet", "\"We have lost 14 colleagues this year,\" the union said.", Fig("14"),
     "union"),
    ("figure in a quote", "wire", "The minister told parliament: \"Eighteen officers were injured.\"",
     Fig("Eighteen"), "minister"),
    ("speaker's clause, outlet's figure", "wire", "President Ilunga condemned the attack, which killed 41 "
     "people, as cowardly.", Fig("41"), None),
    ("speaker's clause, outlet's figure", "wire", "Prime Minister Sato said on Tuesday he would visit the "
     "region, where the quake killed 77 people.", Fig("77"), None),
    ("outlet cited", "broadsheet", "The figure of 500 dead was cited by media outlets worldwide.", Fig("500"),
     None),
    ("two bodies", "wire", "The health ministry said 90 people were killed, while the army put the toll at 30.",
     Fig("30"), "army"),
    ("two bodies", "wire", "The health ministry said 90 people were killed, while the army put the toll at 31.",
     Fig("90"), "health ministry"),
    ("two bodies", "broadsheet", "Witnesses counted 45 bodies; police said 12 people had died.", Fig("45"),
     "witnesses"),
]

# -- quotes ----------------------------------------------------------------------------------------
QUOTES: list[Row] = [
    # the reporting clause after, before, inside
    ("clause after", "wire", "\"We found the bodies in the river,\" said Amadou Keita, a fisherman from Mopti.",
     Quo("We found the bodies in the river"), "Keita"),
    ("clause after", "wire", "\"The roads are impassable,\" the regional governor told reporters.",
     Quo("The roads are impassable"), "governor"),
    ("clause after", "broadsheet", "\"It's over for us here,\" says Tom Berry, 61, who has farmed the valley "
     "for forty years.", Quo("It's over for us here"), "Berry"),
    ("clause after", "tabloid", "\"He was the light of my life,\" sobbed heartbroken mum Kelly Dawson.",
     Quo("He was the light of my life"), "Dawson"),
    ("clause before", "wire", "Police chief Sarah Njoroge told reporters: \"The suspects fled toward the "
     "forest.\"", Quo("The suspects fled toward the forest"), "Njoroge"),
    ("clause before", "broadsheet", "The defence minister, Rafael Ortiz, said: \"Our troops acted within the "
     "law.\"", Quo("Our troops acted within the law"), "Ortiz"),
    ("clause before", "wire", "Asked about the raid, the interior minister replied: \"No one is above the "
     "law.\"", Quo("No one is above the law"), "interior minister|minister"),
    ("clause inside", "wire", "\"The water came so fast,\" Maria Santos said, \"that we could not carry "
     "anything.\"", Quo("that we could not carry anything"), "Santos"),
    ("clause inside", "broadsheet", "\"We were told to leave,\" the elder said, \"and we had nowhere to go.\"",
     Quo("and we had nowhere to go"), "elder"),
    ("clause inside", "wire", "\"This,\" said Minister Kofi Mensah, \"is a dark day for our nation.\"",
     Quo("is a dark day for our nation"), "Mensah"),
    # inverted "said X"
    ("inverted said", "wire", "\"Nobody warned us,\" said the village head.", Quo("Nobody warned us"),
     "village head|head"),
    ("inverted said", "wire", "\"We will rebuild,\" said Prime Minister Tomas Varga.", Quo("We will rebuild"),
     "Varga"),
    ("inverted said", "ngo", "\"The needs are staggering,\" said Hilde Berg, country director of the Norwegian "
     "Refugee Council.", Quo("The needs are staggering"), "Berg"),
    ("inverted said", "broadsheet", "\"There is no food left in the camp,\" said one aid worker.",
     Quo("There is no food left in the camp"), "aid worker|worker"),
    # X told Y
    ("told", "wire", "\"They shot at everyone who ran,\" a survivor told The Guardian.",
     Quo("They shot at everyone who ran"), "survivor"),
    ("told", "wire", "Khalid Omar told Al Jazeera that the convoy \"was hit twice from the air\".",
     Quo("was hit twice from the air"), "Khalid Omar|Omar"),
    ("told", "wire", "\"We have received no orders,\" a soldier at the checkpoint told AFP.",
     Quo("We have received no orders"), "soldier"),
    ("told", "broadsheet", "\"I cannot feel safe in my own home,\" Nour Haddad, 29, told The Clarion by "
     "phone.", Quo("I cannot feel safe in my own home"), "Haddad"),
    # X quoted Y as saying; was quoted as saying; is reported to have said
    ("quoted as saying", "wire", "The agency quoted the mayor as saying: \"The city is under siege.\"",
     Quo("The city is under siege"), "mayor"),
    ("quoted as saying", "wire", "Reuters quoted a militia commander as saying the town \"will fall within "
     "days\".", Quo("will fall within days"), "commander"),
    ("quoted as saying", "state", "IRNA quoted Foreign Minister Hossein Karimi as saying: \"The aggressors will "
     "regret this.\"", Quo("The aggressors will regret this"), "Karimi"),
    ("quoted as saying", "wire", "The minister was quoted as saying the talks were \"a waste of everyone's "
     "time\".", Quo("a waste of everyone's time"), "minister"),
    ("quoted as saying", "state", "Pakistan's army chief was quoted by state media as saying \"every inch of "
     "our soil will be defended\".", Quo("every inch of our soil will be defended"), "army chief"),
    ("reported to have said", "broadsheet", "The general is reported to have said that his men \"would take no "
     "prisoners\".", Quo("would take no prisoners"), "general"),
    ("reported to have said", "wire", "Sultan Bakr reportedly told aides: \"We cannot win this war.\"",
     Quo("We cannot win this war"), "Bakr"),
    # in a statement; a statement from X said; said in a statement to
    ("in a statement", "wire", "In a statement, the rebels said: \"We did not target civilians.\"",
     Quo("We did not target civilians"), "rebels"),
    ("in a statement", "wire", "\"The airport remains closed,\" the aviation authority said in a statement "
     "posted on X.", Quo("The airport remains closed"), "aviation authority"),
    ("in a statement", "wire", "A statement from the Kenyan foreign ministry said: \"Kenya condemns this "
     "cowardly act.\"", Quo("Kenya condemns this cowardly act"), "foreign ministry"),
    ("in a statement", "broadsheet", "The company said in a statement to The Clarion: \"Safety is our first "
     "priority.\"", Quo("Safety is our first priority"), "company"),
    ("in a statement", "ngo", "\"Civilians are paying the price,\" the International Rescue Committee said in "
     "a statement released on Tuesday.", Quo("Civilians are paying the price"), "International Rescue Committee"),
    ("in a statement", "wire", "The Houthi movement, in a statement carried by its Saba news agency, said: "
     "\"Our operations will continue.\"", Quo("Our operations will continue"), "Houthi"),
    # X's office said
    ("office said", "wire", "President Joseph Ruto cut short a visit to Ghana. \"The president is following "
     "events closely,\" his office said.", Quo("The president is following events closely"), "Ruto|office"),
    ("office said", "broadsheet", "\"No decision has been taken,\" the prime minister's office said.",
     Quo("No decision has been taken"), "prime minister"),
    # said on Telegram / in a video / in a televised address / wrote
    ("said on a channel", "wire", "\"Our air defences are working,\" Mayor Oleksandr Hrytsenko said on "
     "Telegram.", Quo("Our air defences are working"), "Hrytsenko"),
    ("said on a channel", "wire", "\"We are ready to fight to the end,\" the commander said in a video posted "
     "on social media.", Quo("We are ready to fight to the end"), "commander"),
    ("said on a channel", "wire", "In a televised address, President Lina Moreau said: \"We will not be "
     "intimidated.\"", Quo("We will not be intimidated"), "Moreau"),
    ("said on a channel", "liveblog", "\"Another sleepless night in Odesa,\" the city's mayor wrote on X.",
     Quo("Another sleepless night in Odesa"), "mayor"),
    ("said on a channel", "wire", "Speaking on state radio, Defence Minister Ali Traore said: \"The terrorists "
     "are on the run.\"", Quo("The terrorists are on the run"), "Traore"),
    # spokespersons, officials, sources
    ("spokesperson", "wire", "\"These figures are fabricated,\" a spokesman for the army said.",
     Quo("These figures are fabricated"), "spokesman|army"),
    ("spokesperson", "wire", "The ministry's spokeswoman, Nadia Kabir, said: \"We have asked for an "
     "independent inquiry.\"", Quo("We have asked for an independent inquiry"), "Kabir|spokeswoman"),
    ("spokesperson", "wire", "\"Everything is being done to find them,\" a police source said.",
     Quo("Everything is being done to find them"), "police source|source"),
    ("spokesperson", "broadsheet", "Officials at the port said: \"No ship has left since Monday.\"",
     Quo("No ship has left since Monday"), "officials"),
    ("spokesperson", "wire", "\"The situation is under control,\" said Major Yusuf Adan, a spokesman for the "
     "Somali National Army.", Quo("The situation is under control"), "Adan|spokesman"),
    ("spokesperson", "wire", "\"We are not aware of any casualties,\" said a senior official in the governor's "
     "office, who asked not to be named.", Quo("We are not aware of any casualties"), "official"),
    ("spokesperson", "wire", "A UN spokesperson, Farhan Aziz, told reporters in New York: \"We are deeply "
     "alarmed.\"", Quo("We are deeply alarmed"), "Aziz|spokesperson"),
    # appositive roles
    ("apposition", "wire", "\"The wards are full,\" said Dr. Leila Mansour, the head of the emergency unit at "
     "Nasser hospital.", Quo("The wards are full"), "Mansour"),
    ("apposition", "broadsheet", "Peter Walsh, a former ambassador to the region, said: \"This will end badly "
     "for everyone.\"", Quo("This will end badly for everyone"), "Walsh"),
    ("apposition", "wire", "The head of the UN agency, Catherine Dubois, said the strike was \"an outrage\".",
     Quo("an outrage"), "Dubois"),
    ("apposition", "ngo", "\"Children are dying of preventable diseases,\" said Dr. Ayo Balogun, medical "
     "coordinator for the charity in Borno.", Quo("Children are dying of preventable diseases"), "Balogun"),
    # pronoun and role-noun speakers carried from the sentence before
    ("carried", "wire", "Maria Lopez, 34, lost her home in the fire. \"I have nothing left,\" she said.",
     Quo("I have nothing left"), "Lopez"),
    ("carried", "wire", "General Emeka Okafor said the operation would continue. \"We will not stop until the "
     "last hostage is free,\" he added.", Quo("We will not stop until the last hostage is free"), "Okafor"),
    ("carried", "wire", "The ministry condemned the attack. \"This is a crime against humanity,\" the ministry "
     "said.", Quo("This is a crime against humanity"), "ministry"),
    ("carried", "ngo", "Human rights group Vigil documented forty arrests. \"Detainees were beaten,\" the group "
     "said.", Quo("Detainees were beaten"), "Vigil|group"),
    ("carried", "wire", "The Kurdish-led Syrian Democratic Forces blamed Turkey. \"The occupation is targeting "
     "civilians,\" the SDF said.", Quo("The occupation is targeting civilians"), "SDF|Syrian Democratic Forces"),
    ("carried", "broadsheet", "Ms. Hart, who chairs the committee, was blunt. \"The ministry failed,\" she said.",
     Quo("The ministry failed"), "Hart"),
    ("carried", "wire", "Islamic Jihad denied any role in the explosion. \"The enemy is trying to evade "
     "responsibility,\" it said.", Quo("The enemy is trying to evade responsibility"), "Islamic Jihad"),
    ("carried", "wire", "The army rejected the report. \"Our soldiers did not fire on the crowd,\" it said in "
     "a statement.", Quo("Our soldiers did not fire on the crowd"), "army"),
    ("carried", "broadsheet", "Mr. Daniel Osei, the opposition leader, spoke outside parliament. \"This "
     "government has lost the trust of the people.\"", Quo("This government has lost the trust of the people"),
     "Osei"),
    ("carried", "wire", "Amina Yusuf runs a clinic in the camp. \"We see new cases every hour,\" the nurse said.",
     Quo("We see new cases every hour"), "Yusuf|nurse"),
    # attribution in the next sentence / after a quote that stands alone
    ("next sentence", "liveblog", "\"We have no more beds.\" That was the message from Dr. Samira Nasser, the "
     "hospital's director, on Wednesday.", Quo("We have no more beds"), "Nasser"),
    ("next sentence", "broadsheet", "\"Leave now or die.\" Those were the words the villagers of Tessit heard "
     "from the gunmen.", Quo("Leave now or die"), "gunmen"),
    # multi-paragraph quotes
    ("paragraphs", "wire", "\"We left at dawn,\" said Fatima Bello, a teacher from Maiduguri. \"The road was "
     "full of soldiers.\n\n\"By noon we had reached the camp, but there was no food.\"",
     Quo("By noon we had reached the camp"), "Bello"),
    ("paragraphs", "broadsheet", "Captain Rui Alves described the rescue. \"The boat was sinking fast,\" he "
     "said. \"We pulled out as many as we could.\n\n\"Some of them were already gone.\"",
     Quo("Some of them were already gone"), "Alves"),
    ("paragraphs", "wire", "The minister, Hassan Idris, spoke at length.\n\n\"We will restore order in the "
     "north. We will find those responsible.\n\n\"And we will bring them to justice,\" he said.",
     Quo("And we will bring them to justice"), "Idris"),
    # partial quotes
    ("partial", "wire", "The minister called the report \"deeply flawed\" and said it would be ignored.",
     Quo("deeply flawed"), "minister"),
    ("partial", "broadsheet", "Prime Minister Ewa Nowak said the border would stay \"firmly closed\" until "
     "further notice.", Quo("firmly closed"), "Nowak"),
    ("partial", "wire", "The rebels vowed to keep up their \"war of liberation\" until the government fell.",
     Quo("war of liberation"), "rebels"),
    ("partial", "state", "The foreign ministry spokesman described the sanctions as \"illegal and "
     "unilateral\".", Quo("illegal and unilateral"), "spokesman|foreign ministry"),
    ("partial", "wire", "Human Rights Watch said the strike was \"apparently indiscriminate\" and should be "
     "investigated.", Quo("apparently indiscriminate"), "Human Rights Watch"),
    # headlines with a colon
    ("headline colon", "broadsheet", "'We will return': Refugees vow to rebuild\n\nThousands gathered at the "
     "border on Sunday.", Quo("We will return"), "Refugees"),
    ("headline colon", "wire", "Minister: 'No talks with armed groups'\n\nThe minister spoke in the capital on "
     "Monday.", Quo("No talks with armed groups"), "Minister"),
    ("headline colon", "tabloid", "Mum's agony: 'They took my boy'\n\nA mother has spoken of her grief.",
     Quo("They took my boy"), "Mum"),
    # datelines and wire credits are never speakers
    ("dateline", "wire", "KABUL (AP) — \"The roads to the north are closed,\" a Taliban official said.",
     Quo("The roads to the north are closed"), "official|Taliban"),
    ("dateline", "wire", "GENEVA, June 4 (Reuters) - \"The funding gap is enormous,\" the UN refugee agency "
     "said on Tuesday.", Quo("The funding gap is enormous"), "refugee agency|UNHCR"),
    ("dateline", "state", "TEHRAN (IRNA) - \"The Zionist regime will be punished,\" the army commander said.",
     Quo("The Zionist regime will be punished"), "commander"),
    ("wire credit", "wire", "\"The vote was free and fair,\" said electoral commission chairman Paul Dike.\n\n"
     "(Reporting by Anna Klein; Editing by Mark Hart)", Quo("The vote was free and fair"), "Dike"),
    # alternating speakers and near misses
    ("near miss", "wire", "\"They attacked us first,\" said the rebel commander. The army disputed that. \"We "
     "responded to fire,\" an army spokesman said.", Quo("We responded to fire"), "army spokesman|spokesman"),
    ("near miss", "wire", "\"They attacked us first,\" said the rebel leader, Moussa Ag Ahmed. The army "
     "disputed that.", Quo("They attacked us first"), "Ahmed|rebel leader"),
    ("near miss", "broadsheet", "The governor, speaking to residents, quoted the president as saying: \"No one "
     "will be left behind.\"", Quo("No one will be left behind"), "president"),
    ("near miss", "wire", "Speaking to Reuters, Moses Kariuki said: \"The water took everything.\"",
     Quo("The water took everything"), "Kariuki"),
    ("near miss", "wire", "\"We are not leaving,\" said Ali, whose brother was killed, as the BBC filmed.",
     Quo("We are not leaving"), "Ali"),
    ("near miss", "wire", "Oxfam accused the government of \"starving its own people\", which the government "
     "denied.", Quo("starving its own people"), "Oxfam"),
    # house styles
    ("broadsheet", "broadsheet", "\"We have to be honest about what went wrong,\" Mr. Patel said in an "
     "interview.", Quo("We have to be honest about what went wrong"), "Patel"),
    ("broadsheet", "broadsheet", "Ms. Okonjo-Iweala added: \"The numbers do not lie.\"", Quo("The numbers do "
     "not lie"), "Okonjo-Iweala"),
    ("tabloid", "tabloid", "Devastated dad Gary Moss, 45, said: \"Our lives have been torn apart.\"",
     Quo("Our lives have been torn apart"), "Moss"),
    ("tabloid", "tabloid", "\"It was like a war zone,\" one shocked onlooker told The Sun.",
     Quo("It was like a war zone"), "onlooker"),
    ("state media", "state", "Comrade Kim Chol Su stressed: \"The enemies will face a merciless response.\"",
     Quo("The enemies will face a merciless response"), "Kim Chol Su"),
    ("state media", "state", "\"The brave army heroically repelled the attack,\" the Defence Ministry noted.",
     Quo("The brave army heroically repelled the attack"), "Defence Ministry"),
    ("ngo release", "ngo", "\"Every hour counts,\" said Jan Larsen, Secretary General of the Nordic Refugee "
     "Council.", Quo("Every hour counts"), "Larsen"),
    ("ngo release", "ngo", "MSF's emergency coordinator in Chad, Claire Dumas, said: \"Our teams are "
     "overwhelmed.\"", Quo("Our teams are overwhelmed"), "Dumas"),
    ("liveblog", "liveblog", "11:40 GMT - \"We are under heavy fire,\" a commander in the east tells "
     "Ukrainska Pravda.", Quo("We are under heavy fire"), "commander"),
    ("liveblog", "liveblog", "Zelensky: \"We need more air defence\"\n\nUkraine's president made the plea "
     "overnight.", Quo("We need more air defence"), "Zelensky"),
    ("liveblog", "liveblog", "The Kremlin has responded. \"These accusations are absurd,\" spokesman Dmitry "
     "Peskov told reporters.", Quo("These accusations are absurd"), "Peskov"),
    # verbs of reporting beyond "said"
    ("verbs", "wire", "\"We will not be silenced,\" the opposition leader insisted.",
     Quo("We will not be silenced"), "opposition leader|leader"),
    ("verbs", "wire", "\"The ceasefire has collapsed,\" warned the UN envoy, Hans Brandt.",
     Quo("The ceasefire has collapsed"), "Brandt|envoy"),
    ("verbs", "broadsheet", "\"Where is the aid?\" asked Halima Musa, standing by her ruined house.",
     Quo("Where is the aid?"), "Musa"),
    ("verbs", "wire", "The rebels claimed: \"We control the airport.\"", Quo("We control the airport"),
     "rebels"),
    ("verbs", "wire", "\"We did not order the strike,\" the general told a news conference.",
     Quo("We did not order the strike"), "general"),
    ("verbs", "wire", "Colonel Ruiz confirmed the report, saying: \"Two helicopters were lost.\"",
     Quo("Two helicopters were lost"), "Ruiz"),
    ("verbs", "broadsheet", "According to the mayor, \"the city has never seen anything like this\".",
     Quo("the city has never seen anything like this"), "mayor"),
    ("verbs", "wire", "The ministry added that \"all necessary measures\" would be taken.",
     Quo("all necessary measures"), "ministry"),
    # a pronoun after another body was named; quotes carried over a sentence
    ("pronoun after a rival", "wire", "The Israeli military blamed a misfired rocket. Islamic Jihad rejected the "
     "claim. \"The enemy is lying to the world,\" it said.", Quo("The enemy is lying to the world"),
     "Islamic Jihad"),
    ("pronoun after a rival", "wire", "Russia accused Ukraine of shelling the dam. Kyiv denied it. \"This is "
     "a Russian crime,\" the foreign ministry said.", Quo("This is a Russian crime"), "foreign ministry"),
    ("pronoun after a rival", "broadsheet", "The senator met the general in Kabul. \"He listened, but he "
     "promised nothing,\" she said afterwards.", Quo("He listened, but he promised nothing"), "senator"),
    ("pronoun after a rival", "wire", "Mr. Gomez criticised his predecessor, Mr. Reyes. \"I inherited a "
     "disaster,\" he said.", Quo("I inherited a disaster"), "Gomez"),
    ("spokesperson named later", "wire", "Ashraf Qadri, the health ministry's spokesman, said: \"The "
     "hospitals have collapsed.\"", Quo("The hospitals have collapsed"), "Qadri|spokesman|health ministry"),
    ("spokesperson named later", "wire", "\"The strike was precise,\" military spokesman Rear Admiral Avi "
     "Segal told a briefing.", Quo("The strike was precise"), "Segal|spokesman"),
    ("group statement carried", "wire", "The Houthis issued a statement on Sunday. \"Ships bound for the "
     "enemy's ports are legitimate targets.\"", Quo("legitimate targets"), "Houthis"),
    ("quote before an added verb", "wire", "\"There is no safe place,\" the president said, according to a "
     "transcript released by his office.", Quo("There is no safe place"), "president"),
    ("quoted in a report", "broadsheet", "Amnesty International's report quotes a guard as saying: \"We were "
     "ordered to shoot.\"", Quo("We were ordered to shoot"), "guard"),
    ("quoted in a report", "wire", "According to the indictment, the colonel told his men: \"Leave no "
     "witnesses.\"", Quo("Leave no witnesses"), "colonel"),
    ("spoke of", "broadsheet", "Relatives of the missing gathered at the port. \"We just want answers,\" "
     "said one, Aisha Kamara.", Quo("We just want answers"), "Kamara"),
    ("told by", "wire", "Residents were told by the army: \"Leave your homes within the hour.\"",
     Quo("Leave your homes within the hour"), "army"),
    ("second speaker's reply", "wire", "The envoy said the talks had failed. \"We will try again next "
     "month,\" replied his Qatari counterpart, Sheikh Nasser al-Thani.", Quo("We will try again next month"),
     "Nasser al-Thani|counterpart"),
    ("interview", "broadsheet", "In an interview with the paper, the commander said: \"Our men are "
     "exhausted.\"", Quo("Our men are exhausted"), "commander"),
]

ROWS: list[Row] = FIGURES + QUOTES

# rows main (0243c27) reads wrong, keyed by construction and target: strict xfails, a row that
# starts passing must leave this set
GAPS: set[tuple[str, str]] = {
    ('according to', '210'),
    ('passive', '11'),
    ('near miss', '90'),
    ('tabloid', '5'),
    ('carried over a clause', '300'),
    ("speaker's clause, outlet's figure", '77'),
    ('outlet cited', '500'),
    ('carried', 'Our soldiers did not fire on the crowd'),
    ('next sentence', 'Leave now or die'),
    ('near miss', 'starving its own people'),
    ('pronoun after a rival', 'He listened, but he promised nothing'),
    ('group statement carried', 'legitimate targets'),
}


# the probe's floor: main's held-out measure was 0.924 / 0.929; after the rules of branch
# i15-attribution-probe 0.958 / 0.965 (raise it as rules land)
FLOORS = {"figure_source_accuracy": 0.95, "speaker_accuracy": 0.96}


row_key = fig_quo_key


@cache
def _analysis(text: str, own_headline: bool) -> Analysis:
    """The analysis of a row's text; a row of a headline is its own first paragraph."""
    return pipeline().analyze_text(text if own_headline else HEADLINE + text)


def row_result(row: Row) -> tuple[bool, bool]:
    """(the target was found, its source or speaker is the expected one)."""
    construction, _, text, target, expected = row
    an = _analysis(text, construction == "headline colon" or (construction == "liveblog" and "\n\n" in text))
    assert isinstance(target, Fig) or expected is not None, row
    return target_result(an, target, expected)


def probe_scores() -> dict[str, float]:
    """The probe's measure, printed (:func:`tests.builders.probe_accuracies`)."""
    return probe_accuracies([("figure_source", [row_result(r) for r in FIGURES]),
                             ("speaker", [row_result(r) for r in QUOTES])], "reporting grammar probe")


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of attribution"))
def test_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 200)
    assert len({r[1] for r in ROWS}) >= 6 and len({r[0] for r in ROWS}) >= 30


def test_probe_floor() -> None:
    scores = probe_scores()
    assert scores["figure_source_accuracy"] >= FLOORS["figure_source_accuracy"]
    assert scores["speaker_accuracy"] >= FLOORS["speaker_accuracy"]
