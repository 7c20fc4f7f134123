"""A third held-out probe of attribution (issue 15), written class by class from the constructions of
English news attribution before its author read the quote, figure or attribution code, and not from
any corpus or gold: the reporting verb before, inside and after the quote or figure, and inverted
("said X"); "according to" at the front, in the middle and at the end; "X told Y" and "told Y on
condition of anonymity"; "X quoted Y as saying"; "citing"; "in a statement"; "in a post on
X/Telegram"; "a statement from"; "X's office said"; "a spokesperson for X, Y, said"; titles and roles
before and after names; unnamed officials and "people familiar with"; pronoun speakers across a
sentence and a paragraph ("it said", "he added", "she said"); attributions in the following
sentence; colon introducers; partial quotes inside indirect speech; nested attribution ("X said Y
had told him"); carriers that are not the source (datelines, "(Reuters)", "told AFP", "state media
reported"); institutions speaking through spokespeople; translated statements ("said in Arabic");
figures in the outlet's own voice; and near misses (a name as the subject of a verb that is not
one of speech, "said to be", "so-called", a relative clause of saying about someone else).

A row is (construction class, kind, text, target, expected). Kind: positive (the construction gives
the source), negative (no source: the outlet's own voice, or no quote), near miss (a look-alike of
the construction that gives another answer). The target is ``Fig`` (a number as written, once in
the text) or ``Quo`` (words once in the text, which a quote must cover half of). Expected: words of
which one ("|" between them) must be in the source or speaker as written or in its resolved actor's
name; None: a figure in the outlet's own voice ("unattributed"), or words no quote speaks.

Held out, main at 640b5ef (measured before any rule was written for these rows; 204 rows):
figure source accuracy 0.932 (124 of the 133 figures found, of 133 rows), speaker accuracy 0.871
(61 of the 70 quotes found or rightly speakerless, of 71 rows). One row was then found ambiguous
("Forty soldiers were reported killed by the army": the army may be the killer) and replaced by
"The deaths of 40 soldiers ... were reported by the army", which main reads right: main 0.940
(125/133) on the probe as it stands.
After the rules of branch i15-speakers6 (colon introducers of nouns of what was said, names after a
role noun or a quotation or before ", who" read as persons, hearsay and relative clauses of saying,
identifying clauses of origin, a body's own cited sources, counts owned across a colon, events
owning counts): figure source accuracy 0.977 (130/133), speaker accuracy 0.943 (66/70).
The rows still read wrong are strict xfails in GAPS; :func:`probe_scores` prints the measure and
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

HEADLINE = "Reports from around the world\n\n"

Row = tuple[str, str, str, "Fig | Quo", "str | None"]

ROWS: list[Row] = [
    # -- the reporting verb before the content -------------------------------------------------
    ("verb before", "positive", "Governor Amara Okonkwo said: \"The bridge will reopen next week.\"",
     Quo("The bridge will reopen next week"), "Okonkwo"),
    ("verb before", "positive", "Provincial police chief Rustam Nazarov said that 14 people had been detained "
     "after the riot.", Fig("14"), "Nazarov"),
    ("verb before", "positive", "The Bolivian interior ministry said 6 miners were trapped underground after the "
     "tunnel flooded.", Fig("6"), "interior ministry"),
    ("verb before", "positive", "Aid worker Leila Haddad says the camp \"cannot take one more family\".",
     Quo("cannot take one more family"), "Haddad"),
    ("verb before", "positive", "The regional health office announced on Friday that 38 people had died of "
     "cholera.", Fig("38"), "health office"),
    ("verb before", "positive", "Senator Marisol Vega warned that \"the river will rise again tonight\".",
     Quo("the river will rise again tonight"), "Vega"),
    ("verb before", "positive", "Red Crescent paramedic Omar Saleh recalled: \"The children were under the "
     "stairs.\"", Quo("The children were under the stairs"), "Saleh"),
    # -- the reporting verb inside a split quote ------------------------------------------------
    ("verb inside", "positive", "\"We were not warned,\" said the farmer, Tomas Reyes, \"and the water came in "
     "minutes.\"", Quo("and the water came in minutes"), "Reyes"),
    ("verb inside", "positive", "\"The convoy was hit twice,\" the Red Cross delegate, Ingrid Solberg, said, "
     "\"and the driver could not get out.\"", Quo("and the driver could not get out"), "Solberg"),
    ("verb inside", "positive", "\"At least 27 bodies,\" the coroner said, \"have been recovered from the "
     "river.\"", Fig("27"), "coroner"),
    ("verb inside", "positive", "\"There are 45 families still without shelter,\" Mayor Luis Andrade added, "
     "\"and winter is coming.\"", Fig("45"), "Andrade"),
    ("verb inside", "positive", "\"The first shell fell at six,\" Hiba Mansour recalled. \"The second fell on the "
     "school.\"", Quo("The second fell on the school"), "Mansour"),
    # -- the reporting verb after the content ----------------------------------------------------
    ("verb after", "positive", "\"We did everything we could,\" the fire chief said.",
     Quo("We did everything we could"), "fire chief|chief"),
    ("verb after", "positive", "Nineteen fishermen are still missing, the coast guard said on Monday.",
     Fig("Nineteen"), "coast guard"),
    ("verb after", "positive", "Floodwater swept away 13 people in the district, local officials said.",
     Fig("13"), "officials"),
    ("verb after", "positive", "Two of the hostages were freed overnight, Qatar's foreign ministry said.",
     Fig("Two"), "foreign ministry"),
    ("verb after", "positive", "The strike killed 17 members of one family, relatives told reporters.",
     Fig("17"), "relatives"),
    ("verb after", "positive", "\"The border is closed until further notice,\" the immigration service announced.",
     Quo("The border is closed until further notice"), "immigration service"),
    ("verb after", "positive", "Some 70 prisoners escaped during the attack on the jail, the justice ministry "
     "confirmed.", Fig("70"), "justice ministry"),
    # -- inverted "said X" -----------------------------------------------------------------------
    ("inverted", "positive", "\"The dam held,\" said engineer Paolo Ferri.", Quo("The dam held"), "Ferri"),
    ("inverted", "positive", "Fifty-two patients were evacuated from the ward, said Dr. Nadia Rahimi, the "
     "hospital's director.", Fig("Fifty-two"), "Rahimi"),
    ("inverted", "positive", "\"Nobody came to help us,\" says Fatuma Ali, 63, whose house collapsed.",
     Quo("Nobody came to help us"), "Fatuma Ali|Ali"),
    ("inverted", "positive", "At least 11 soldiers died in the ambush, said a statement from the army of "
     "Burkina Faso.", Fig("11"), "army"),
    ("inverted", "positive", "\"We are rebuilding street by street,\" said the town's mayor, Park Ji-woo.",
     Quo("We are rebuilding street by street"), "Park Ji-woo|mayor"),
    ("inverted", "positive", "\"We need tents, not promises,\" pleaded Aziz Karimi, a teacher from Herat.",
     Quo("We need tents, not promises"), "Karimi"),
    # -- "according to" ----------------------------------------------------------------------------
    ("according to front", "positive", "According to the Iraqi health ministry, 23 pilgrims died in the "
     "stampede.", Fig("23"), "health ministry"),
    ("according to front", "positive", "According to Ana Lucia Torres, a spokeswoman for the prosecutor's "
     "office, 9 suspects were arrested.", Fig("9"), "Torres|prosecutor"),
    ("according to front", "positive", "According to witnesses, the soldiers \"fired without any warning\".",
     Quo("fired without any warning"), "witnesses"),
    ("according to front", "positive", "According to a hospital source, 16 of the wounded were children.",
     Fig("16"), "source|hospital"),
    ("according to mid", "positive", "The storm, according to the disaster agency, killed 37 people along the "
     "coast.", Fig("37"), "disaster agency"),
    ("according to mid", "positive", "Some 4,000 people, according to the UN migration agency, crossed the border "
     "in a single day.", Fig("4,000"), "migration agency|UN"),
    ("according to mid", "positive", "The ceasefire, according to the mediators, \"remains fragile but "
     "intact\".", Quo("remains fragile but intact"), "mediators"),
    ("according to end", "positive", "The fire killed 8 traders in the market, according to the city's fire "
     "brigade.", Fig("8"), "fire brigade"),
    ("according to end", "positive", "Militants abducted 3 teachers last week, according to a local education "
     "official.", Fig("3"), "official"),
    ("according to end", "positive", "Nearly 900 people have been displaced by the fighting, according to "
     "figures from the International Organization for Migration.", Fig("900"),
     "International Organization for Migration|IOM"),
    ("according to end", "near miss", "The vote went ahead according to plan, and 12 candidates were arrested "
     "on the eve of it.", Fig("12"), None),
    # -- "X told Y" ----------------------------------------------------------------------------------
    ("told outlet", "positive", "Village chief Moussa Traore told Radio France Internationale that 13 herders "
     "were killed.", Fig("13"), "Traore"),
    ("told outlet", "positive", "An aid worker in El Fasher told the Associated Press that 70 people had been "
     "buried in one day.", Fig("70"), "aid worker|worker"),
    ("told outlet", "positive", "Police spokesperson Charlotte Mbeki told journalists 8 suspects had been "
     "arrested.", Fig("8"), "Mbeki"),
    ("told outlet", "positive", "The labour minister told parliament that 1,250 workers had been injured at "
     "building sites this year.", Fig("1,250"), "minister"),
    ("told outlet", "positive", "\"We have nothing left,\" a displaced woman told Al Jazeera.",
     Quo("We have nothing left"), "woman"),
    ("told outlet", "positive", "A fisherman told AFP that 15 of his colleagues drowned when the storm hit.",
     Fig("15"), "fisherman"),
    ("told outlet", "positive", "\"The hotel is under our control,\" police commander Abdi Hassan told AFP.",
     Quo("The hotel is under our control"), "Hassan"),
    ("told anonymously", "positive", "A senior Lebanese security official told Reuters on condition of anonymity "
     "that 5 fighters were killed.", Fig("5"), "official"),
    ("told anonymously", "positive", "A commander of the Fano militia, speaking on condition of anonymity, told "
     "AFP that 60 federal troops were captured.", Fig("60"), "commander"),
    ("told anonymously", "positive", "\"They shot at anything that moved,\" a resident told The Guardian on "
     "condition of anonymity.", Quo("They shot at anything that moved"), "resident"),
    ("told anonymously", "positive", "A Pakistani intelligence officer, who requested anonymity because he was "
     "not authorised to brief the media, told Reuters that 4 militants were killed.", Fig("4"), "officer"),
    ("told anonymously", "positive", "A nurse, who asked not to be named for fear of reprisals, told the BBC: "
     "\"We are stitching wounds by torchlight.\"", Quo("We are stitching wounds by torchlight"), "nurse"),
    # -- "X quoted Y as saying" ------------------------------------------------------------------------
    ("quoted as saying", "positive", "The Anadolu news agency quoted a Turkish defence official as saying 17 "
     "militants had been killed in northern Iraq.", Fig("17"), "official"),
    ("quoted as saying", "positive", "Xinhua quoted the county government as saying 25 people were still "
     "missing.", Fig("25"), "county government|government"),
    ("quoted as saying", "positive", "Kyodo quoted a coast guard officer as saying: \"The ship sank within "
     "minutes.\"", Quo("The ship sank within minutes"), "officer"),
    ("quoted as saying", "positive", "Sputnik quoted Deputy Foreign Minister Sergei Ryabkov as saying that the "
     "treaty \"no longer exists\".", Quo("no longer exists"), "Ryabkov"),
    ("quoted as saying", "positive", "The BBC quoted a local doctor as saying that 31 people had been treated "
     "for gas inhalation.", Fig("31"), "doctor"),
    ("quoted as saying", "positive", "Le Monde quoted an adviser to the president as saying the summit "
     "\"achieved nothing at all\".", Quo("achieved nothing at all"), "adviser"),
    ("quoted as saying", "near miss", "The newspaper quoted heavily from the 40-page verdict, in which 6 officers "
     "were convicted.", Fig("6"), None),
    # -- "citing" ----------------------------------------------------------------------------------------
    ("citing", "positive", "Al Arabiya, citing sources in the Sudanese army, reported that 48 fighters were "
     "killed.", Fig("48"), "sources|army"),
    ("citing", "positive", "The Kathmandu Post reported 21 deaths, citing district officials.", Fig("21"),
     "officials"),
    ("citing", "positive", "Citing the police, the Nation newspaper said 7 people drowned in the flash flood.",
     Fig("7"), "police"),
    ("citing", "positive", "Broadcaster NHK, citing the fire department, said 9 people were injured.", Fig("9"),
     "fire department"),
    ("citing", "positive", "Bloomberg reported, citing people familiar with the matter, that 3 sailors were "
     "detained.", Fig("3"), "people familiar"),
    ("citing", "positive", "State-run Press TV, citing a provincial governor, reported that 26 people died in "
     "the blast.", Fig("26"), "governor"),
    ("citing", "positive", "The monitor said 44 fighters died, citing its network of sources on the ground.",
     Fig("44"), "monitor"),
    # -- "in a statement" --------------------------------------------------------------------------------
    ("in a statement", "positive", "In a statement, the Ethiopian army said it had killed 200 militants in the "
     "Oromia region.", Fig("200"), "army"),
    ("in a statement", "positive", "The Kenya Red Cross said in a statement that 34 people had been rescued "
     "from the rubble.", Fig("34"), "Red Cross"),
    ("in a statement", "positive", "The militia said in a statement on its website that 6 of its members had "
     "been killed.", Fig("6"), "militia"),
    ("in a statement", "positive", "\"We will not be intimidated,\" the newspaper's editors said in a joint "
     "statement.", Quo("We will not be intimidated"), "editors"),
    ("in a statement", "positive", "In a written statement, Nigeria's presidency said 400 troops had been "
     "sent to Benue after 19 villagers were killed.", Fig("19"), "presidency"),
    ("in a statement", "positive", "The embassy said in a statement: \"Our citizens should leave the country "
     "now.\"", Quo("Our citizens should leave the country now"), "embassy"),
    # -- posts ---------------------------------------------------------------------------------------------
    ("post", "positive", "The pro-Kremlin channel said in a post on Telegram that 30 Ukrainian soldiers were "
     "captured.", Fig("30"), "channel"),
    ("post", "positive", "In a post on X, Colombian President Gustavo Petro said 12 soldiers had been killed by "
     "dissidents.", Fig("12"), "Petro"),
    ("post", "positive", "The governor of Sumy region wrote on Telegram that 3 people were killed in a drone "
     "attack.", Fig("3"), "governor"),
    ("post", "positive", "\"The city held,\" Mayor Ihor Terekhov wrote in a Facebook post.", Quo("The city held"),
     "Terekhov"),
    ("post", "positive", "Hamas's armed wing said on its Telegram channel that its fighters had killed 5 Israeli "
     "soldiers.", Fig("5"), "armed wing|Hamas"),
    ("post", "positive", "Posting on X, the Pakistani military's media wing said 9 militants were killed in "
     "North Waziristan.", Fig("9"), "media wing|military"),
    ("post", "positive", "The senator posted on Instagram: \"Praying for every family in Uvalde.\"",
     Quo("Praying for every family in Uvalde"), "senator"),
    # -- "a statement from" ---------------------------------------------------------------------------------
    ("statement from", "positive", "A statement from the Malian junta said 47 jihadists were killed in air "
     "strikes.", Fig("47"), "junta"),
    ("statement from", "positive", "A statement from the office of the UN Secretary-General said the attack "
     "\"must be investigated without delay\".", Quo("must be investigated without delay"),
     "Secretary-General|office"),
    ("statement from", "positive", "A joint statement from the three ministries put the death toll at 61.",
     Fig("61"), "ministries"),
    ("statement from", "positive", "A statement from Doctors Without Borders said its clinic had treated 90 "
     "wounded people.", Fig("90"),
     "Doctors Without Borders|MSF|Médecins Sans Frontières"),
    # -- "X's office said" -----------------------------------------------------------------------------------
    ("office said", "positive", "The prime minister's office said 4 hostages had been returned.", Fig("4"),
     "office|prime minister"),
    ("office said", "positive", "Zelensky's office said the talks were \"constructive and frank\".",
     Quo("constructive and frank"), "office|Zelensky"),
    ("office said", "positive", "The governor's office said 15 bodies had been recovered from the landslide.",
     Fig("15"), "governor"),
    ("office said", "positive", "The UN human rights office said it had documented 58 killings in the region.",
     Fig("58"), "human rights office|office"),
    # -- "a spokesperson for X, Y, said" ------------------------------------------------------------------------
    ("spokesperson for", "positive", "A spokesman for the Sudanese army, Nabil Abdallah, said 33 rebels were "
     "killed.", Fig("33"), "Abdallah|army"),
    ("spokesperson for", "positive", "A spokeswoman for the World Food Programme, Shaza Moghraby, said: \"People "
     "are eating leaves.\"", Quo("People are eating leaves"), "Moghraby|World Food Programme"),
    ("spokesperson for", "positive", "The spokesperson for the Nigerian police, Olumuyiwa Adejobi, said 10 "
     "kidnappers were arrested.", Fig("10"), "Adejobi|police"),
    ("spokesperson for", "positive", "Spokesperson for the Philippine army Colonel Louie Dema-ala said 6 rebels "
     "were killed.", Fig("6"), "Dema-ala|army"),
    ("spokesperson for", "positive", "A spokesperson for the hospital said 14 patients were in critical "
     "condition.", Fig("14"), "hospital|spokesperson"),
    # -- titles and roles before and after names -------------------------------------------------------------------
    ("apposition", "positive", "Brigadier General Kofi Mensah, the commander of the operation, said 22 "
     "insurgents were killed.", Fig("22"), "Mensah"),
    ("apposition", "positive", "Dr. Ghassan Abu Hamad, a surgeon at the hospital, said: \"We operate without "
     "anaesthesia.\"", Quo("We operate without anaesthesia"), "Abu Hamad"),
    ("apposition", "positive", "The head of the village council, Hassan Darwish, said 7 residents were "
     "arrested.", Fig("7"), "Darwish"),
    ("apposition", "positive", "Election commission chairman Mahmood Yakubu said 14 polling officers were "
     "abducted.", Fig("14"), "Yakubu"),
    ("apposition", "positive", "\"The evidence is clear,\" said Karim Hamdan, the chief prosecutor.",
     Quo("The evidence is clear"), "Hamdan"),
    ("apposition", "positive", "Sergio Ramirez, mayor of the border town of Tapachula, said 11 migrants "
     "drowned in the river this week.", Fig("11"), "Ramirez|mayor"),
    ("apposition", "positive", "Former defence minister Avi Lerner said: \"This is a total failure.\"",
     Quo("This is a total failure"), "Lerner"),
    ("apposition", "positive", "The UN envoy for Libya, Hanna Tetteh, told the council that 56 civilians were "
     "killed in Tripoli.", Fig("56"), "Tetteh|envoy"),
    # -- unnamed officials and sources ------------------------------------------------------------------------------
    ("unnamed", "positive", "A senior official in the Afghan interior ministry said 19 people died in the "
     "mosque blast.", Fig("19"), "official"),
    ("unnamed", "positive", "Two people familiar with the negotiations said 50 prisoners would be released in "
     "the first phase.", Fig("50"), "people familiar"),
    ("unnamed", "positive", "A diplomat briefed on the talks said the sides \"are still very far apart\".",
     Quo("are still very far apart"), "diplomat"),
    ("unnamed", "positive", "Security sources in Quetta said 13 passengers were pulled off the bus and shot.",
     Fig("13"), "security sources|sources"),
    ("unnamed", "positive", "One Western official, who declined to be named, said 35 Iranian advisers had "
     "been killed.", Fig("35"), "official"),
    ("unnamed", "positive", "An official at the morgue said 28 bodies had been identified.", Fig("28"),
     "official"),
    ("unnamed", "positive", "Sources close to the presidency said the minister \"had lost the president's "
     "trust\".", Quo("had lost the president's trust"), "sources"),
    ("unnamed", "positive", "A police officer at the scene, who asked not to be identified, said 5 attackers "
     "were shot dead.", Fig("5"), "officer"),
    # -- pronoun speakers ------------------------------------------------------------------------------------------
    ("pronoun next sentence", "positive", "The Taliban's chief spokesman, Zabihullah Mujahid, spoke to "
     "reporters in Kabul. He said 12 Islamic State members were arrested.", Fig("12"), "Mujahid"),
    ("pronoun next sentence", "positive", "The Sudanese Doctors Network accused the paramilitary of shelling "
     "the hospital. It said 9 patients were killed.", Fig("9"), "Doctors Network"),
    ("pronoun next paragraph", "positive", "Chilean President Gabriel Boric visited the burned hills on "
     "Sunday.\n\n\"We will rebuild every neighbourhood,\" he said.", Quo("We will rebuild every neighbourhood"),
     "Boric"),
    ("pronoun next sentence", "positive", "Human rights lawyer Zeynep Arslan filed the complaint on Monday. "
     "\"The state must answer for this,\" she said.", Quo("The state must answer for this"), "Arslan"),
    ("pronoun added", "positive", "\"We have received 140 wounded since dawn,\" said Dr. Yusuf Abdi. \"Most are "
     "women,\" he added.", Quo("Most are women"), "Abdi"),
    ("pronoun next sentence", "positive", "The Houthis claimed responsibility for the attack on the tanker. They "
     "said the ship was \"burning and sinking\".", Quo("burning and sinking"), "Houthis"),
    ("pronoun added", "positive", "Israel's military said it had struck a rocket launcher in Lebanon. It added "
     "that 3 Hezbollah operatives were killed.", Fig("3"), "military"),
    ("pronoun next paragraph", "positive", "The UN refugee agency released new data on Thursday.\n\nIt said "
     "8,500 Rohingya had fled by boat this year, and 569 had died or gone missing at sea.", Fig("569"),
     "refugee agency|UNHCR"),
    ("pronoun after a rival", "positive", "The Kremlin accused Kyiv of shelling a market in Donetsk. \"This is "
     "an act of terrorism,\" it said.", Quo("This is an act of terrorism"), "Kremlin"),
    ("pronoun after a rival", "positive", "Nigeria's army said bandits had killed 20 villagers. The bandits' "
     "leader denied it. \"We never touched that village,\" he said in a video.",
     Quo("We never touched that village"), "leader"),
    ("pronoun next paragraph", "positive", "Judge Amina Diallo read the verdict aloud.\n\n\"The court finds the "
     "accused guilty on all counts,\" she said.\n\nThe defence said it would appeal.",
     Quo("The court finds the accused guilty on all counts"), "Diallo"),
    ("pronoun went on", "positive", "Foreign Minister Penny Wong spoke after the meeting. \"We are deeply "
     "concerned,\" she said. \"Both sides must show restraint,\" she went on.",
     Quo("Both sides must show restraint"), "Wong"),
    # -- attribution in the following sentence ---------------------------------------------------------------------
    ("following sentence", "positive", "At least 61 bodies have been recovered from the mine. The figure was "
     "given by the provincial governor, Rahmat Hakimi.", Fig("61"), "Hakimi|governor"),
    ("following sentence", "positive", "\"Not one more child should die here.\" So said Sister Mary Okafor, who "
     "runs the clinic.", Quo("Not one more child should die here"), "Okafor"),
    ("following sentence", "positive", "Thirty-eight people died in the flood. The toll was announced by the "
     "national disaster agency on Tuesday.", Fig("Thirty-eight"), "disaster agency"),
    ("following sentence", "positive", "\"We are running out of everything.\" The plea came from UNICEF's "
     "representative in Yemen, Peter Hawkins.", Quo("We are running out of everything"), "Hawkins|UNICEF"),
    ("following sentence", "positive", "\"The port is closed to all traffic.\" That was the announcement of the "
     "Greek coast guard on Sunday.", Quo("The port is closed to all traffic"), "coast guard"),
    ("following sentence", "near miss", "Twenty-four people were killed in the quake. Officials had warned for "
     "years that the old town would not survive a large one.", Fig("Twenty-four"), None),
    # -- colon introducers -----------------------------------------------------------------------------------------
    ("colon", "positive", "The army's statement was blunt: \"All positions have been retaken.\"",
     Quo("All positions have been retaken"), "army"),
    ("colon", "positive", "Nkechi Eze lost two sons in the attack. Her message to the government: \"Bring our "
     "sons home.\"", Quo("Bring our sons home"), "Eze"),
    ("colon", "positive", "Finance minister Ishaq Dar was asked about the budget. He put it simply: \"We have "
     "no money left.\"", Quo("We have no money left"), "Dar"),
    ("colon", "positive", "Opposition leader Kizza Okello: \"The elections were stolen.\"",
     Quo("The elections were stolen"), "Okello"),
    ("colon", "positive", "The ministry's tally, released on Friday: 312 dead and 1,100 injured.", Fig("312"),
     "ministry"),
    ("colon", "positive", "The warning from the meteorological office was stark: \"Leave the coast tonight.\"",
     Quo("Leave the coast tonight"), "meteorological office"),
    # -- partial quotes inside indirect speech ---------------------------------------------------------------------------
    ("partial quote", "positive", "The general said his troops had \"broken the back\" of the insurgency.",
     Quo("broken the back"), "general"),
    ("partial quote", "positive", "Amnesty International said the killings were \"a deliberate campaign of "
     "terror\" against the community.", Quo("a deliberate campaign of terror"), "Amnesty"),
    ("partial quote", "positive", "Tanzania's president, Samia Hassan, said the protesters had been \"misled "
     "by foreigners\".", Quo("misled by foreigners"), "Hassan|Samia"),
    ("partial quote", "positive", "The Chinese foreign ministry said the sanctions were \"illegal and "
     "unilateral\" and vowed to respond.", Quo("illegal and unilateral"), "foreign ministry"),
    ("partial quote", "positive", "Moldova's prime minister accused Moscow of trying to \"destabilise our "
     "democracy\".", Quo("destabilise our democracy"), "prime minister"),
    ("partial quote", "positive", "The Haitian police said \"at least 19\" gang members were killed in the "
     "operation.", Fig("19"), "police"),
    # -- nested attribution ----------------------------------------------------------------------------------------
    ("nested", "positive", "The mayor said the colonel had told him: \"We will leave at dawn.\"",
     Quo("We will leave at dawn"), "colonel"),
    ("nested", "positive", "The opposition leader said the army chief had told her that 300 prisoners would "
     "be freed.", Fig("300"), "army chief"),
    ("nested", "positive", "The mayor said police had informed him that 6 of the victims were foreigners.",
     Fig("6"), "police"),
    ("nested", "positive", "The governor said on Tuesday, quoting rescue teams, that 41 people had been pulled "
     "alive from the rubble.", Fig("41"), "rescue teams"),
    # -- carriers that are not the source --------------------------------------------------------------------------
    ("carrier dateline", "positive", "ISLAMABAD (Reuters) - At least 17 people were killed when a bus plunged "
     "into a ravine in Gilgit-Baltistan, police said.", Fig("17"), "police"),
    ("carrier dateline", "negative", "LIMA, Peru (AP) - Landslides killed at least 8 people in the Andes on "
     "Sunday.", Fig("8"), None),
    ("carrier dateline", "positive", "DHAKA, Bangladesh - Fire tore through a garment factory, killing 24 "
     "workers, the fire service said.", Fig("24"), "fire service"),
    ("carrier dateline", "negative", "BAMAKO, Mali (AFP) - Jihadists killed 31 civilians in an attack on a "
     "village in the Mopti region.", Fig("31"), None),
    ("carrier dateline", "positive", "CARACAS (Reuters) - \"We will defend the vote,\" opposition leader Maria "
     "Corina Machado told supporters.", Quo("We will defend the vote"), "Machado"),
    ("carrier state media", "positive", "The governor said 14 miners were trapped, the state news agency SANA "
     "reported.", Fig("14"), "governor"),
    ("carrier state media", "positive", "The health ministry said 33 people were killed, according to a report "
     "by state broadcaster ORTM.", Fig("33"), "health ministry"),
    ("carrier state media", "positive", "Nine people died in the attack, the interior ministry said, according "
     "to state media.", Fig("Nine"), "interior ministry"),
    ("carrier outlet", "positive", "According to a report by the Times of Israel, citing the military, 6 "
     "soldiers were wounded.", Fig("6"), "military"),
    ("carrier outlet", "positive", "Some 130 people were killed in the stampede, officials said, as quoted by "
     "the Press Trust of India.", Fig("130"), "officials"),
    ("carrier wire", "positive", "(Reuters) - The Sri Lankan navy said on Saturday it had arrested 12 fishermen "
     "for crossing the maritime border.", Fig("12"), "navy"),
    ("carrier outlet", "near miss", "The Daily Nation reported that 29 people were killed in the clashes.",
     Fig("29"), "Daily Nation|Nation"),
    # -- institutions speaking through spokespeople ---------------------------------------------------------------------
    ("through spokesperson", "positive", "The Ugandan army said, through its spokesman Felix Kulayigye, that 11 "
     "rebels were killed.", Fig("11"), "army|Kulayigye"),
    ("through spokesperson", "positive", "Speaking for the ministry, undersecretary Rodrigo Lima said 72 "
     "prisoners had escaped.", Fig("72"), "Lima|ministry"),
    ("through spokesperson", "positive", "The WHO's spokesman Tarik Jasarevic said 5 health workers were killed "
     "this week.", Fig("5"), "Jasarevic|WHO"),
    ("through spokesperson", "positive", "Lieutenant Colonel Nadav Shani, a military spokesman, said 2 soldiers "
     "were wounded.", Fig("2"), "Shani"),
    ("through spokesperson", "positive", "The Kremlin, via spokesman Dmitry Peskov, said the attack was \"a grave "
     "provocation by Kyiv\".", Quo("a grave provocation by Kyiv"), "Peskov|Kremlin"),
    ("through spokesperson", "positive", "Hezbollah's media office said 4 of its fighters had been killed.",
     Fig("4"), "Hezbollah|media office"),
    # -- translated statements -----------------------------------------------------------------------------------------
    ("translated", "positive", "\"We will take revenge,\" the commander said in Arabic.",
     Quo("We will take revenge"), "commander"),
    ("translated", "positive", "Speaking in Pashto, the district governor said 27 people were buried under the "
     "mud.", Fig("27"), "governor"),
    ("translated", "positive", "\"Nobody is safe here,\" Claudine Mukamana said in Kinyarwanda, through an "
     "interpreter.", Quo("Nobody is safe here"), "Mukamana"),
    ("translated", "positive", "In a statement in French, the Burkinabe government said 70 civilians had been "
     "killed in Barsalogho.", Fig("70"), "government"),
    ("translated", "positive", "The minister, speaking through a translator, said 450 prisoners of war had been "
     "killed in captivity.", Fig("450"), "minister"),
    ("translated", "positive", "\"Our children are hungry,\" a mother said in Urdu, her words translated by an aid "
     "worker.", Quo("Our children are hungry"), "mother"),
    ("translated", "positive", "\"The water took everything,\" Mohammed Barakzai said, speaking in Dari.",
     Quo("The water took everything"), "Barakzai"),
    # -- the outlet's own voice ----------------------------------------------------------------------------------------
    ("own voice", "negative", "More than 600 migrants have drowned in the central Mediterranean this year.",
     Fig("600"), None),
    ("own voice", "negative", "The attack was the deadliest in the region since 2019, when 48 soldiers died at "
     "a base in Indelimane.", Fig("48"), None),
    ("own voice", "negative", "At least 13 people were killed in the shooting, the latest in a string of attacks "
     "on the town.", Fig("13"), None),
    ("own voice", "negative", "Clashes between herders and farmers killed 35 people in the state in January.",
     Fig("35"), None),
    ("own voice", "negative", "The two-day battle left 90 fighters dead on both sides.", Fig("90"), None),
    ("own voice", "near miss", "Eleven journalists have been killed covering the conflict. Reporters Without "
     "Borders has called for an inquiry.", Fig("Eleven"), None),
    ("own voice", "negative", "The minister spoke at the funeral.\n\nThe ambush killed 16 soldiers, the army's "
     "worst loss this year.", Fig("16"), None),
    # -- near misses -----------------------------------------------------------------------------------------------------
    ("non-speech verb", "near miss", "Colonel Ahmed Wali led the raid in which 16 militants were killed.",
     Fig("16"), None),
    ("non-speech verb", "near miss", "Health minister Majed Abu Karim visited 25 wounded children at the "
     "hospital.", Fig("25"), None),
    ("non-speech verb", "near miss", "Police arrested 30 protesters outside the parliament.", Fig("30"), None),
    ("non-speech verb", "near miss", "The minister attended the funerals of 7 soldiers killed in the ambush.",
     Fig("7"), None),
    ("non-speech verb", "near miss", "The governor flew to the district where 22 villagers had been killed.",
     Fig("22"), None),
    ("said to be", "near miss", "The rebels, said to be loyal to a former general, killed 8 villagers.",
     Fig("8"), None),
    ("said to be", "near miss", "A man said to be the gunman's brother was among 3 people arrested.", Fig("3"),
     None),
    ("so-called", "near miss", "The so-called Islamic State killed 19 shepherds in the desert.", Fig("19"), None),
    ("so-called", "near miss", "Lawmakers debated the so-called \"foreign agents\" bill for six hours.",
     Quo("foreign agents"), None),
    ("relative of saying", "near miss", "Hamas, which Israel says started the war, freed 4 hostages on Sunday.",
     Fig("4"), None),
    ("relative of saying", "near miss", "The commander, who has said little in public, lost 40 men in the "
     "assault.", Fig("40"), None),
    ("said of someone else", "near miss", "Police said the gunman had fired on the crowd. Witnesses said 10 "
     "people fell.", Fig("10"), "witnesses"),
    ("said of someone else", "near miss", "The ministry confirmed the strike. Residents, however, said 15 people "
     "died, not the 5 the ministry reported.", Fig("15"), "residents"),
    ("said of someone else", "near miss", "The ministry confirmed the strike. Residents, however, said 15 people "
     "died, not the 5 the ministry reported.", Fig("5"), "ministry"),
    # -- more reporting verbs and bodies of every side -------------------------------------------------------------------
    ("reporting verb", "positive", "The Syrian Observatory for Human Rights reported that 27 fighters were "
     "killed in the clashes.", Fig("27"), "Syrian Observatory|Observatory"),
    ("reporting verb", "positive", "The Israeli military estimated that 60 militants were killed in the raid.",
     Fig("60"), "military"),
    ("reporting verb", "positive", "Ukraine's general staff claimed that 1,200 Russian troops were killed in a "
     "single day.", Fig("1,200"), "general staff"),
    ("reporting verb", "positive", "The Palestinian Red Crescent counted 17 dead in Tulkarm.", Fig("17"),
     "Red Crescent"),
    ("reporting verb", "positive", "Hospital officials put the number of dead at 46.", Fig("46"), "officials"),
    ("reporting verb", "positive", "The Venezuelan prosecutor's office confirmed that 25 protesters had died.",
     Fig("25"), "prosecutor"),
    ("reporting verb", "positive", "\"We did not fire first,\" insisted Captain Daniel Okoth.",
     Quo("We did not fire first"), "Okoth"),
    ("reporting verb", "positive", "\"The lights went out and then the roof fell,\" recounted Rosa Delgado, 41.",
     Quo("The lights went out and then the roof fell"), "Delgado"),
    ("reporting verb", "positive", "The governor of Kherson, Oleksandr Prokudin, reported 3 dead after "
     "overnight shelling.", Fig("3"), "Prokudin|governor"),
    ("reporting verb", "positive", "Colombia's ombudsman's office has recorded 38 killings of social leaders "
     "this year.", Fig("38"), "ombudsman"),
    ("passive", "positive", "The deaths of 40 soldiers in the border clash were reported by the army on "
     "Monday.", Fig("40"), "army"),
    ("passive", "positive", "The toll was given as 14 by the Turkish disaster agency AFAD.", Fig("14"),
     "AFAD|disaster agency"),
    ("passive", "positive", "Bishop Matthew Kukah was quoted as saying that 200 Christians had been killed in "
     "the state this year.", Fig("200"), "Kukah"),
    # -- quotes over paragraphs and after quotes --------------------------------------------------------------------
    ("two paragraphs", "positive", "\"We arrived at the school before noon,\" said Samir Nassar, a rescuer. "
     "\"The roof had fallen on the classrooms.\n\n\"We dug with our hands until night.\"",
     Quo("We dug with our hands until night"), "Nassar"),
    ("second quote", "positive", "\"The ceasefire is holding,\" the mediator, Sheikh Tamim Khalifa, said. \"We "
     "expect more prisoners to be freed on Sunday.\"", Quo("We expect more prisoners to be freed on Sunday"),
     "Khalifa"),
    ("second quote", "positive", "Opposition leader Rahul Mehta spoke at the rally. \"The government has failed "
     "the farmers,\" he said. \"It must go.\"", Quo("It must go"), "Mehta"),
    ("quote then said", "positive", "\"There was blood everywhere\", said Ahmed Qasim, a shopkeeper.",
     Quo("There was blood everywhere"), "Qasim"),
    ("curly quote", "positive", "“The soldiers came at dawn,” said Mariam Bello, who fled to Maiduguri.",
     Quo("The soldiers came at dawn"), "Bello"),
    ("curly quote", "positive", "Mexico’s security minister, Omar Garcia, said 26 cartel members were arrested.",
     Fig("26"), "Garcia"),
    ("single quotes", "positive", "Police chief Dan Morris said: 'We found the car abandoned near the lake.'",
     Quo("We found the car abandoned near the lake"), "Morris"),
]

# rows main (640b5ef) reads wrong, keyed by construction and target: strict xfails, a row that starts
# passing must leave this set
GAPS: set[tuple[str, str]] = {
    ('according to mid', 'remains fragile but intact'),
    ('quoted as saying', '6'),
    ('pronoun next sentence', '9'),
    ('pronoun after a rival', 'We never touched that village'),
    ('colon', 'Bring our sons home'),
    ('colon', 'Leave the coast tonight'),
    ('carrier outlet', '6'),
    ('so-called', 'foreign agents'),
}

# the probe's floor: main 640b5ef 0.940 / 0.871 (held out), branch i15-speakers6 0.977 / 0.943
FLOORS = {"figure_source_accuracy": 0.97, "speaker_accuracy": 0.94}


row_key = fig_quo_key


@cache
def _analysis(text: str) -> Analysis:
    return pipeline().analyze_text(HEADLINE + text)


def row_result(row: Row) -> tuple[bool, bool]:
    """(the target was found, its source or speaker is the expected one)."""
    return target_result(_analysis(row[2]), row[3], row[4])


def probe_scores() -> dict[str, float]:
    """The probe's measure, printed (:func:`tests.builders.probe_accuracies`)."""
    return probe_accuracies([(name, [row_result(r) for r in ROWS if isinstance(r[3], kind)])
                             for name, kind in (("figure_source", Fig), ("speaker", Quo))], "attribution classes probe")


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of attribution"))
def test_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 150)
    kinds = {r[1] for r in ROWS}
    assert kinds == {"positive", "negative", "near miss"} and len({r[0] for r in ROWS}) >= 30


def test_probe_floor() -> None:
    scores = probe_scores()
    assert scores["figure_source_accuracy"] >= FLOORS["figure_source_accuracy"]
    assert scores["speaker_accuracy"] >= FLOORS["speaker_accuracy"]
