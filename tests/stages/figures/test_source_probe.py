"""A class probe of figure sources (issue 15): who states a figure, written construction by
construction from English news attribution before its author changed any code, and not from any
corpus, gold or probe: the figure in a quote, in indirect speech, and in the outlet's voice after an
attributed sentence (attribution carries on only through a pronoun or "added": a new sentence in
the outlet's voice is unattributed, the claims README's "outlet"); "according to" with nested owners
("figures from the ministry", "a tally by AFP based on official figures"); possessives ("the
ministry's toll"); "X put the toll at"; "X said the toll had risen to"; passives with an agent
("were confirmed by"); list releases; "figures released by"; lead-in nouns ("Officials said",
"Medics said", "local media reported"); "the latest toll from X"; chains ("X, citing Y, said", "Y
told X", "X quoted Y as saying", "X said Y had told him"); bodies under an outlet's descriptor ("the
Hamas-run health ministry", "health authorities in X"); carriers that are never sources (datelines,
wire credits, "(CNN)", "state media reported, citing the ministry"); spokespeople; attributions in
the following sentence; headlines and captions; and near misses (the figure sits in a clause the
attribution does not govern).

A row is (construction, kind, text, Fig(number as written, once in the text), expected): expected
is words of which one ("|" between them) must be in the source as written or its resolved actor's
name, or None for the outlet's own voice ("unattributed"). Kind: positive (the construction gives
the source), negative (no source), near miss (a look-alike of the construction that gives another
answer). A text holding a blank line carries its own headline; the others get ``HEADLINE``.

Rows are split into halves by :func:`newsledger.evaluation.metrics.half` of their text; the rules
of branch i15-sources8 were written from the tune half's misses, VOA stories, incident probes'
tune halves and new sentences of their own, and the check half's figure is reported as a
held-out measure (with the exception said below).

Held out, main at 8123794 (measured before any rule was written for these rows; 168 rows):
figure source accuracy 0.887 (149 of 168 figures found, all found), tune half 0.900 (72/80), check
half 0.875 (77/88). By class (right/rows): in a quote 8/8, indirect speech 6/8, after attributed
7/8, according to nested 10/12, possessive 7/8, put the toll at 6/6, toll had risen 6/6, passive
agent 9/10, list release 1/4, figures released by 3/5, lead-in noun 8/9, latest toll from 4/5,
chain citing 6/7, chain told 6/6, chain quoted 5/5, chain nested 2/3, descriptor body 8/8, carrier
9/9, spokesperson 8/8, next sentence 4/5, headline 4/4, caption 2/2, ungoverned clause 4/6, in a
statement 6/6, clause after 5/5, own voice 4/4, own count 1/1. One row was then found misread by
its author ("The dam, according to local legend, was built 300 years ago": "according to" names the
legend as the source, as for any noun) and corrected; main reads it so: 0.893 (150/168) on the
probe as it stands (tune 0.913, 73/80; check 0.875, 77/88).
After the rules of branch i15-sources8 (a count reaching a level, "Reuters' count reached 58"; a
report opening a list on its line with a colon; a cited document named by a state organ, the
police or a named body, "citing a leaked army report"; a comma-set clause describing a reporter,
"The governor, whose province lost 40 people, said ..."; a count "from" a named body): 0.929
(156/168), tune 0.963 (77/80), check 0.898 (79/88). The two check rows gained ("The army, which
lost 12 soldiers ...", "The president, speaking to 5,000 supporters, ...") are of the class of the
reporter-describing rule, which its author knew failed there (he wrote them): that gain is not
held out; the rules written from the tune half alone moved no check row (two did, and were
narrowed when incident probes' check halves fell: see the branch's commits).

The rows still read wrong are strict xfails in GAPS; :func:`probe_scores` prints the measure and
``test_probe_floor`` holds a floor under it."""

from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import half
from tests.builders import (
    Fig,
    assert_probe_rows,
    fig_quo_key,
    figure_source_classes,
    figure_source_result,
    figure_source_scores,
    gap_params,
)

HEADLINE = "News from the regions\n\n"

Row = tuple[str, str, str, Fig, "str | None"]

ROWS: list[Row] = [
    # -- the figure inside a direct quote: its speaker ------------------------------------------
    ("in a quote", "positive", "\"We have counted 46 bodies so far,\" said Ibrahim Sesay, a Red Cross volunteer in "
     "Freetown.", Fig("46"), "Sesay"),
    ("in a quote", "positive", "Governor Babagana Zulum said: \"Nineteen farmers were slaughtered in their fields "
     "and 8 are still missing.\"", Fig("8"), "Zulum"),
    ("in a quote", "positive", "\"At least 31 of the dead were children,\" the head of the district hospital, "
     "Dr. Ahmad Rahimi, told reporters.", Fig("31"), "Rahimi"),
    ("in a quote", "positive", "\"We lost 14 men in that ambush,\" a militia commander in Ituri said.", Fig("14"),
     "commander"),
    ("in a quote", "positive", "The police chief of Sindh, Ghulam Memon, said the blast \"killed 27 people, most of "
     "them labourers\".", Fig("27"), "Memon"),
    ("in a quote", "negative", "\"Twelve people died here\" was scrawled on a wall near the collapsed school in "
     "Antakya, where 12 candles burned.", Fig("12"), None),
    ("in a quote", "near miss", "The mayor quoted a fire officer who said: \"There were 63 people inside when the "
     "roof fell.\"", Fig("63"), "officer"),
    ("in a quote", "positive", "\"Some 2,400 families have nowhere to go,\" UNHCR's representative in Chad, Laura "
     "Lo Castro, said on Friday.", Fig("2,400"), "Lo Castro|UNHCR"),
    # -- indirect speech ------------------------------------------------------------------------
    ("indirect speech", "positive", "Brazil's civil defence agency said 57 people had died in the floods in Rio "
     "Grande do Sul.", Fig("57"), "civil defence"),
    ("indirect speech", "positive", "The army said on Monday that its troops had killed 21 militants in North "
     "Waziristan.", Fig("21"), "army"),
    ("indirect speech", "positive", "Nepal's home ministry says 38 people were swept away by the landslides.",
     Fig("38"), "home ministry"),
    ("indirect speech", "positive", "Turkish Interior Minister Ali Yerlikaya announced that 113 suspects had been "
     "detained.", Fig("113"), "Yerlikaya"),
    ("indirect speech", "positive", "The coast guard reported that 29 migrants were pulled from the water off "
     "Lampedusa.", Fig("29"), "coast guard"),
    ("indirect speech", "near miss", "The minister denied claims by the opposition that 90 protesters had been "
     "shot.", Fig("90"), "opposition"),
    ("indirect speech", "near miss", "Police said they were investigating the fire, which destroyed 16 shops in "
     "the market.", Fig("16"), None),
    ("indirect speech", "negative", "Floods destroyed 340 homes in the Sylhet region last week.", Fig("340"), None),
    # -- the outlet's voice after an attributed sentence -----------------------------------------
    ("after attributed", "negative", "The health ministry said 19 people died in the strike. The town of 40,000 "
     "people has been shelled almost daily since June.", Fig("40,000"), None),
    ("after attributed", "negative", "Police said 6 officers were wounded. The district has seen 12 bombings this "
     "year, according to a Reuters tally.", Fig("6"), "Police"),
    ("after attributed", "negative", "Governor Kiper said two people died in the attack. Kharkiv lies about 30 "
     "kilometres from the Russian border.", Fig("30"), None),
    ("after attributed", "negative", "The UN said 200 trucks were waiting at the crossing. The war began 18 months "
     "ago.", Fig("18"), None),
    ("after attributed", "positive", "The health ministry said 19 people died in the strike. It added that 44 "
     "others were wounded.", Fig("44"), "health ministry"),
    ("after attributed", "positive", "Civil defence chief Omar Haddad said rescuers were still digging. He said 11 "
     "bodies had been recovered by nightfall.", Fig("11"), "Haddad"),
    ("after attributed", "negative", "The army said it had repelled the attack. More than 250 people have been "
     "killed in the region since January.", Fig("250"), None),
    ("after attributed", "near miss", "The army said it had repelled the attack. More than 70 people were killed "
     "in the raid, the army added.", Fig("70"), "army"),
    # -- "according to" with nested owners --------------------------------------------------------
    ("according to nested", "positive", "At least 85 people have been killed, according to figures from the "
     "Sudanese health ministry.", Fig("85"), "health ministry"),
    ("according to nested", "positive", "Some 1,200 people have been detained, according to a tally by AFP based on "
     "official figures.", Fig("1,200"), "AFP"),
    ("according to nested", "positive", "According to data compiled by the Armed Conflict Location and Event Data "
     "project, 430 civilians died in the province last year.", Fig("430"), "Armed Conflict Location|ACLED"),
    ("according to nested", "positive", "The strikes killed 17 people, according to a statement by the Syrian "
     "Observatory for Human Rights.", Fig("17"), "Syrian Observatory"),
    ("according to nested", "positive", "According to a report by the UN human rights office, 64 people were "
     "executed in the first quarter.", Fig("64"), "human rights office|UN"),
    ("according to nested", "positive", "The quake killed 2,100 people, according to the latest count by Morocco's "
     "interior ministry.", Fig("2,100"), "interior ministry"),
    ("according to nested", "positive", "According to an estimate from the International Organization for "
     "Migration, 3,500 people fled the fighting.", Fig("3,500"), "International Organization for Migration|IOM"),
    ("according to nested", "positive", "Ninety-two people were arrested, according to a statement posted by the "
     "Kenyan police on X.", Fig("Ninety-two"), "police"),
    ("according to nested", "near miss", "According to witnesses, the gunmen arrived in 4 pickup trucks.",
     Fig("4"), "witnesses"),
    ("according to nested", "near miss", "Five soldiers were killed on Sunday, a day after 23 rebels died, according "
     "to the army.", Fig("23"), "army"),
    ("according to nested", "positive", "The dam, according to local legend, was built 300 years ago.",
     Fig("300"), "legend"),
    ("according to nested", "positive", "At least 54 people died, according to a count by the Associated Press of "
     "figures from local hospitals.", Fig("54"), "Associated Press|AP"),
    # -- possessives ------------------------------------------------------------------------------
    ("possessive", "positive", "The ministry's toll rose to 143 on Wednesday.", Fig("143"), "ministry"),
    ("possessive", "positive", "Reuters' count of the dead reached 58 by Friday evening.", Fig("58"), "Reuters"),
    ("possessive", "positive", "The Red Crescent's latest figure puts the number of injured at 370.", Fig("370"),
     "Red Crescent"),
    ("possessive", "positive", "UNICEF's estimate of 12,000 displaced children was published on Monday.",
     Fig("12,000"), "UNICEF"),
    ("possessive", "positive", "Kyiv's tally of 19 dead in the strike on the station was disputed by Moscow.",
     Fig("19"), "Kyiv"),
    ("possessive", "near miss", "The village's 800 residents fled after the first shells hit.", Fig("800"), None),
    ("possessive", "near miss", "Nigeria's army said the kidnappers' 7 camps in the forest had been destroyed.",
     Fig("7"), "army"),
    ("possessive", "negative", "The hospital's 200 beds were full by noon.", Fig("200"), None),
    # -- "X put the toll at" ----------------------------------------------------------------------
    ("put the toll at", "positive", "The Philippine disaster agency put the death toll at 61 on Thursday.",
     Fig("61"), "disaster agency"),
    ("put the toll at", "positive", "Local officials put the number of missing at 27.", Fig("27"), "officials"),
    ("put the toll at", "positive", "The state news agency WAFA put the toll from the raid at 9.", Fig("9"), "WAFA"),
    ("put the toll at", "positive", "Medecins Sans Frontieres put the number of wounded treated at its clinic at 86.",
     Fig("86"), "Medecins Sans Frontieres|MSF"),
    ("put the toll at", "near miss", "Witnesses said the army put 15 suspects on a truck.", Fig("15"), "Witnesses"),
    ("put the toll at", "negative", "The storm put 32 villages under water.", Fig("32"), None),
    # -- "X said the toll had risen to" -------------------------------------------------------------
    ("toll had risen", "positive", "The Gaza health ministry said the death toll had risen to 72.", Fig("72"),
     "health ministry"),
    ("toll had risen", "positive", "Authorities in Libya said the number of dead in Derna had climbed to 5,300.",
     Fig("5,300"), "Authorities"),
    ("toll had risen", "positive", "The toll has risen to 34, the regional governor said on Tuesday.", Fig("34"),
     "governor"),
    ("toll had risen", "positive", "Pakistan's disaster agency said the toll from the monsoon rains rose to 97 "
     "overnight.", Fig("97"), "disaster agency"),
    ("toll had risen", "negative", "The death toll from the ferry sinking has risen to 48.", Fig("48"), None),
    ("toll had risen", "near miss", "The death toll rose to 26 after rescuers reached the village, officials "
     "said.", Fig("26"), "officials"),
    # -- passive with an agent --------------------------------------------------------------------
    ("passive agent", "positive", "Twenty-four deaths were confirmed by the provincial health department on "
     "Sunday.", Fig("Twenty-four"), "health department"),
    ("passive agent", "positive", "The deaths of 13 miners were reported by the state mining company.", Fig("13"),
     "mining company"),
    ("passive agent", "positive", "A toll of 88 dead was given by the civil protection agency.", Fig("88"),
     "civil protection"),
    ("passive agent", "positive", "The figure of 650 arrests was confirmed by the interior ministry.", Fig("650"),
     "interior ministry"),
    ("passive agent", "near miss", "Thirty-one people were killed by the rebels in the night raid.",
     Fig("Thirty-one"), None),
    ("passive agent", "near miss", "Nine fishermen were rescued by the navy off the coast of Kerala.", Fig("Nine"),
     None),
    ("passive agent", "negative", "Four bridges were destroyed by the floodwaters.", Fig("Four"), None),
    # -- tables and list releases ----------------------------------------------------------------
    ("list release", "positive", "The interior ministry released these figures:\n\n- Killed: 45\n- Injured: 210\n"
     "- Missing: 16", Fig("210"), "interior ministry"),
    ("list release", "positive", "The disaster management authority listed the dead by district: Swat 22, Buner "
     "14, Shangla 9.", Fig("14"), "disaster management authority"),
    ("list release", "negative", "Casualties by district:\n\n- Swat: 37\n- Buner: 18", Fig("37"), None),
    ("list release", "positive", "UN OCHA's latest update gives these numbers: 1.2 million displaced, 430 schools "
     "closed.", Fig("430"), "OCHA"),
    # -- "figures released by" -------------------------------------------------------------------
    ("figures released by", "positive", "Figures released by the Iraqi health ministry show 112 people died in "
     "the fire.", Fig("112"), "health ministry"),
    ("figures released by", "positive", "Data published by Frontex on Tuesday show 26,000 irregular crossings in "
     "the first half.", Fig("26,000"), "Frontex"),
    ("figures released by", "positive", "A report issued by Human Rights Watch documented 39 killings by security "
     "forces.", Fig("39"), "Human Rights Watch"),
    ("figures released by", "positive", "Statistics released on Friday by the Sri Lankan police showed 15 deaths in "
     "the clashes.", Fig("15"), "police"),
    ("figures released by", "near miss", "Figures released by the ministry last year showed a fall in crime, but "
     "this year 47 murders were recorded in March alone.", Fig("47"), None),
    # -- lead-in nouns ----------------------------------------------------------------------------
    ("lead-in noun", "positive", "Officials said 18 people were killed when the bus plunged into a ravine in "
     "Himachal Pradesh.", Fig("18"), "Officials"),
    ("lead-in noun", "positive", "Medics said at least 23 people were wounded in the shelling of Khan Younis.",
     Fig("23"), "Medics"),
    ("lead-in noun", "positive", "Local media reported that 10 people were killed in the crash near Kano.",
     Fig("10"), "local media"),
    ("lead-in noun", "positive", "Rescuers said they had pulled 35 survivors from the rubble.", Fig("35"),
     "Rescuers"),
    ("lead-in noun", "positive", "Hospital sources said 7 of the wounded were in critical condition.", Fig("7"),
     "Hospital sources"),
    ("lead-in noun", "positive", "Security sources told Reuters that 16 soldiers were killed in the ambush.",
     Fig("16"), "Security sources"),
    ("lead-in noun", "positive", "Residents said 42 houses had been torched by the attackers.", Fig("42"),
     "Residents"),
    ("lead-in noun", "near miss", "Officials who visited the camp on Thursday found 60 tents destroyed, aid workers "
     "said.", Fig("60"), "aid workers"),
    ("lead-in noun", "negative", "Officials from 28 countries met in Geneva on Monday.", Fig("28"), None),
    # -- "the latest toll from X" ------------------------------------------------------------------
    ("latest toll from", "positive", "The latest toll from the Indonesian disaster agency stands at 268.",
     Fig("268"), "disaster agency"),
    ("latest toll from", "positive", "A new toll from the Lebanese health ministry showed 31 killed.", Fig("31"),
     "health ministry"),
    ("latest toll from", "positive", "The latest figures from the World Health Organization show 4,100 cholera "
     "cases.", Fig("4,100"), "World Health Organization|WHO"),
    ("latest toll from", "near miss", "The latest toll from the earthquake is 380, state television reported.",
     Fig("380"), "state television"),
    ("latest toll from", "negative", "The latest toll from the cyclone stands at 57.", Fig("57"), None),
    # -- chains: citing -----------------------------------------------------------------------------
    ("chain citing", "positive", "State media reported, citing the health ministry, that 40 people were killed.",
     Fig("40"), "health ministry"),
    ("chain citing", "positive", "Al Arabiya, citing security sources, said 12 fighters died in the strike.",
     Fig("12"), "security sources"),
    ("chain citing", "positive", "Citing police, the Kathmandu Post said 5 climbers were missing.", Fig("5"),
     "police"),
    ("chain citing", "positive", "Xinhua reported 13 deaths, citing local authorities.", Fig("13"),
     "local authorities"),
    ("chain citing", "positive", "The Times, citing a leaked army report, said 70 soldiers had deserted.",
     Fig("70"), "army report|army"),
    ("chain citing", "near miss", "The agency, citing the weather, said 8 flights were cancelled.", Fig("8"),
     "agency"),
    # -- chains: told -------------------------------------------------------------------------------
    ("chain told", "positive", "A hospital director in Goma told AFP that 25 bodies had arrived.", Fig("25"),
     "director"),
    ("chain told", "positive", "An army spokesman told the BBC 3 soldiers were missing.", Fig("3"),
     "spokesman|army"),
    ("chain told", "positive", "Villagers told Amnesty International that 19 men were taken away.", Fig("19"),
     "Villagers"),
    ("chain told", "near miss", "The minister told parliament 2,000 troops would be deployed, a spokesman told "
     "reporters later.", Fig("2,000"), "minister"),
    ("chain told", "positive", "A UN official, speaking on condition of anonymity, told The Associated Press that "
     "41 aid workers had been killed.", Fig("41"), "official"),
    # -- chains: quoted as saying -------------------------------------------------------------------
    ("chain quoted", "positive", "Anadolu quoted the governor of Hatay as saying that 1,650 buildings had "
     "collapsed.", Fig("1,650"), "governor"),
    ("chain quoted", "positive", "The newspaper quoted a senior intelligence official as saying 6 drones were "
     "intercepted.", Fig("6"), "intelligence official|official"),
    ("chain quoted", "positive", "Kommersant quoted an unnamed defence source as saying 22 tanks were lost.",
     Fig("22"), "defence source|source"),
    ("chain quoted", "near miss", "The broadcaster quoted no source for its report that 9 ministers would "
     "resign.", Fig("9"), "broadcaster"),
    # -- a body described by an outlet's descriptor -----------------------------------------------------
    ("descriptor body", "positive", "The Hamas-run health ministry said 37 people were killed in the strike on "
     "Jabalia.", Fig("37"), "health ministry"),
    ("descriptor body", "positive", "The health ministry in the enclave said 28 children were among the dead.",
     Fig("28"), "health ministry"),
    ("descriptor body", "positive", "Health authorities in Darfur said 56 people died of cholera last month.",
     Fig("56"), "Health authorities"),
    ("descriptor body", "positive", "The Houthi-run Saba news agency said 14 people were killed in the air raids.",
     Fig("14"), "Saba"),
    ("descriptor body", "positive", "The Taliban-led government's disaster ministry said 2,445 people died in the "
     "quake.", Fig("2,445"), "disaster ministry"),
    ("descriptor body", "positive", "The Russian-installed governor of Zaporizhzhia said 5 people were killed.",
     Fig("5"), "governor"),
    ("descriptor body", "positive", "Iran's state-run IRNA news agency said 103 people died in the twin "
     "bombings.", Fig("103"), "IRNA"),
    ("descriptor body", "near miss", "Israeli strikes on the Hamas-run territory have killed 150 people since "
     "Friday.", Fig("150"), None),
    # -- carriers that are never sources -------------------------------------------------------------
    ("carrier", "negative", "ISLAMABAD (Reuters) - A bomb tore through a rally in northwest Pakistan on Sunday, "
     "killing 44 people.", Fig("44"), None),
    ("carrier", "positive", "KABUL (AP) — At least 26 people were killed in the blast, the Taliban police "
     "spokesman said.", Fig("26"), "police|spokesman"),
    ("carrier", "negative", "MOGADISHU, Somalia (AP) — Al-Shabab fighters stormed a hotel, killing 9 guests.",
     Fig("9"), None),
    ("carrier", "positive", "Iranian state media reported, citing the interior ministry, that 8 police officers "
     "were killed.", Fig("8"), "interior ministry"),
    ("carrier", "positive", "TEHRAN (AFP) — The judiciary said 4 people were hanged on Tuesday.", Fig("4"),
     "judiciary"),
    ("carrier", "negative", "By Reuters staff\n\nDHAKA - A fire in a garment factory killed 61 workers on "
     "Thursday.", Fig("61"), None),
    ("carrier", "negative", "(CNN) At least 75 people died when a fuel tanker exploded near the highway.",
     Fig("75"), None),
    ("carrier", "positive", "JUBA (Reuters) - 11 people were killed in cattle raids in Jonglei, a local official "
     "told Reuters.", Fig("11"), "official"),
    ("carrier", "near miss", "BAGHDAD (Reuters) - Reuters journalists counted 15 bodies at the morgue.", Fig("15"),
     "Reuters"),
    # -- spokespeople for institutions ----------------------------------------------------------------
    ("spokesperson", "positive", "A spokesman for the Nigerian army, Onyema Nwachukwu, said 120 militants were "
     "killed.", Fig("120"), "Nwachukwu|army"),
    ("spokesperson", "positive", "UN spokesman Stephane Dujarric said 300 trucks had entered the territory.",
     Fig("300"), "Dujarric|UN"),
    ("spokesperson", "positive", "The police spokeswoman in Kisumu said 3 protesters had died in hospital.",
     Fig("3"), "spokeswoman|police"),
    ("spokesperson", "positive", "Speaking for the defence ministry, Colonel Aung Kyaw said 33 insurgents were "
     "captured.", Fig("33"), "Aung Kyaw|defence ministry"),
    ("spokesperson", "near miss", "The spokesman's brother, a farmer, said 6 cows were killed in the raid.",
     Fig("6"), "farmer|brother"),
    # -- attributions in the following sentence ------------------------------------------------------
    ("next sentence", "positive", "Eighty-seven people died in the floods. That figure was given by the provincial "
     "governor on Monday.", Fig("Eighty-seven"), "governor"),
    ("next sentence", "positive", "At least 19 people were killed. The toll was announced by the regional health "
     "office.", Fig("19"), "health office"),
    ("next sentence", "positive", "Some 600 homes were damaged. The estimate came from the Red Cross.", Fig("600"),
     "Red Cross"),
    ("next sentence", "near miss", "Some 240 homes were damaged. The Red Cross sent 20 volunteers to the town.",
     Fig("240"), None),
    ("next sentence", "negative", "Fourteen people died in the landslide. Rain is expected to continue until "
     "Friday.", Fig("Fourteen"), None),
    # -- figures in headlines and captions -----------------------------------------------------------
    ("headline", "positive", "Sudan ministry says 76 killed in market shelling\n\nThe health ministry gave the toll "
     "on Sunday.", Fig("76"), "ministry"),
    ("headline", "negative", "At least 29 dead as boat capsizes off Senegal\n\nThe boat was carrying migrants.",
     Fig("29"), None),
    ("headline", "positive", "Red Crescent: 18 killed in Aleppo strike\n\nThe aid group said rescuers were still "
     "searching.", Fig("18"), "Red Crescent"),
    ("headline", "positive", "Landslide kills 44 in Papua New Guinea, officials say\n\nThe landslide buried a "
     "village.", Fig("44"), "officials"),
    ("caption", "negative", "Rescuers search the rubble in Hatay. (Photo: AFP)\n\nAt least 230 bodies have been "
     "recovered from the site.", Fig("230"), None),
    ("caption", "negative", "Mourners carry the coffins of 8 victims in Jenin. REUTERS/Raneen Sawafta",
     Fig("8"), None),
    # -- near misses: a clause the attribution does not govern ----------------------------------------
    ("ungoverned clause", "near miss", "The ministry said the hospital was overwhelmed, as 52 people were still "
     "missing after the flood.", Fig("52"), "ministry"),
    ("ungoverned clause", "near miss", "Officials said the road would reopen on Monday. Last year, 39 people died on "
     "the same pass.", Fig("39"), None),
    ("ungoverned clause", "near miss", "The army, which lost 12 soldiers in the same valley last year, said the "
     "operation was over.", Fig("12"), None),
    ("ungoverned clause", "near miss", "After 17 people died in the stampede, the governor said the stadium would "
     "close.", Fig("17"), None),
    ("ungoverned clause", "near miss", "The president, speaking to 5,000 supporters, said the country would not "
     "back down.", Fig("5,000"), None),
    ("ungoverned clause", "positive", "The governor said the stadium would close because 71 people died in the "
     "stampede.", Fig("71"), "governor"),
    # -- "in a statement", posts and releases -----------------------------------------------------
    ("in a statement", "positive", "In a statement on Telegram, the Wagner group said 40 of its fighters had died.",
     Fig("40"), "Wagner"),
    ("in a statement", "positive", "The Ethiopian Human Rights Commission said in a statement that 23 civilians were "
     "killed in Amhara.", Fig("23"), "Human Rights Commission"),
    ("in a statement", "positive", "Eleven peacekeepers were wounded, the UN mission said in a statement.",
     Fig("Eleven"), "UN mission|mission"),
    ("in a statement", "positive", "In a post on X, Pakistan's military said 4 soldiers were killed in the "
     "gunfight.", Fig("4"), "military"),
    ("in a statement", "near miss", "The statement, which was read out in 3 languages, condemned the attack.",
     Fig("3"), None),
    ("in a statement", "positive", "A statement from the Myanmar junta said 28 \"terrorists\" were killed.",
     Fig("28"), "junta"),
    # -- the reporting clause after the figure ------------------------------------------------------
    ("clause after", "positive", "More than 60 people were killed in the attack on the village, the Burkinabe army "
     "said in a statement.", Fig("60"), "army"),
    ("clause after", "positive", "Some 9,000 people have fled their homes, said Ahmed Bile, a district "
     "commissioner.", Fig("9,000"), "Bile|commissioner"),
    ("clause after", "positive", "Seven children were among the dead, according to Save the Children.",
     Fig("Seven"), "Save the Children"),
    ("clause after", "positive", "Twenty people were injured, two critically, the hospital said.", Fig("Twenty"),
     "hospital"),
    ("clause after", "near miss", "Twenty-six people were killed, and the hospital said it had run out of blood.",
     Fig("Twenty-six"), None),
    # -- the outlet's own count and voice -------------------------------------------------------------
    ("own voice", "negative", "At least 15 people were killed in clashes in Tripoli on Saturday.", Fig("15"), None),
    ("own count", "positive", "The Associated Press has counted 81 mass shootings this year.", Fig("81"),
     "Associated Press|AP"),
    ("own voice", "negative", "More than 1,000 people marched through the capital on Sunday.", Fig("1,000"), None),
    ("own voice", "near miss", "Reuters could not independently verify the claim that 90 soldiers died.",
     Fig("90"), None),
    ("own voice", "negative", "The fighting has killed an estimated 150,000 people since 2020.", Fig("150,000"),
     None),
    # -- more chains and nested reporters ---------------------------------------------------------------
    ("chain citing", "positive", "The Syrian Observatory, citing medical sources, said 21 people died.", Fig("21"),
     "medical sources"),
    ("chain told", "positive", "The governor told state television that 32 people were killed.", Fig("32"),
     "governor"),
    ("chain quoted", "positive", "Interfax quoted the emergencies ministry as saying 14 people were missing.",
     Fig("14"), "emergencies ministry"),
    ("chain nested", "positive", "The minister said doctors had told him 43 patients died overnight.", Fig("43"),
     "doctors"),
    ("chain nested", "positive", "Officials said the army had reported 27 deaths among its troops.", Fig("27"),
     "army"),
    ("chain nested", "near miss", "The minister said he did not believe reports that 38 patients died.", Fig("38"),
     "reports"),
    # -- spokespeople (more) -------------------------------------------------------------------------
    ("spokesperson", "positive", "IDF spokesman Daniel Hagari said 250 targets were struck overnight.", Fig("250"),
     "Hagari|IDF"),
    ("spokesperson", "positive", "The ministry's spokesman, Ashraf al-Qudra, said 51 people were killed.",
     Fig("51"), "Qudra|ministry"),
    ("spokesperson", "positive", "Police spokesperson Bashir Gwandu told reporters 17 gunmen were arrested.",
     Fig("17"), "Gwandu|police"),
    # -- passive (more) -------------------------------------------------------------------------------
    ("passive agent", "positive", "Sixty-three deaths have been recorded by the health ministry since the outbreak "
     "began.", Fig("Sixty-three"), "health ministry"),
    ("passive agent", "positive", "Some 45 people were reported killed by local officials.", Fig("45"),
     "officials"),
    ("passive agent", "near miss", "Some 48 people were reported killed in the raid.", Fig("48"), None),
]

# rows main (8123794) reads wrong, keyed by construction and number: strict xfails, a row that
# starts passing must leave this set
GAPS: set[tuple[str, str]] = {
    ('indirect speech', '16'),
    ('after attributed', '11'),
    ('list release', '210'),
    ('figures released by', '112'),
    ('figures released by', '47'),
    ('lead-in noun', '60'),
    ('latest toll from', '268'),
    ('next sentence', '600'),
    ('chain nested', '38'),
    ('passive agent', '45'),
}

# the probe's floor: main 8123794 0.893 (whole; held out), branch i15-sources8 0.929
FLOORS = {"figure_source_accuracy": 0.92}

row_key = fig_quo_key


def row_result(row: Row) -> tuple[bool, bool]:
    """(the figure was found, its source is the expected one)."""
    return figure_source_result(HEADLINE, row)


def probe_scores() -> dict[str, float]:
    """The probe's measure, printed, whole and by half (:func:`tests.builders.figure_source_scores`)."""
    return figure_source_scores(ROWS, HEADLINE, "figure source probe")


def class_scores() -> dict[str, tuple[int, int]]:
    """(right, rows) per construction class."""
    return figure_source_classes(ROWS, HEADLINE)


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of figure sources"))
def test_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 150)
    assert {r[1] for r in ROWS} == {"positive", "negative", "near miss"} and len({r[0] for r in ROWS}) >= 25
    halves = {half(r[2]) for r in ROWS}
    assert halves == {"tune", "check"}, halves


def test_probe_floor() -> None:
    assert probe_scores()["figure_source_accuracy"] >= FLOORS["figure_source_accuracy"]
