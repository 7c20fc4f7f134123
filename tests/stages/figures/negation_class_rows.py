"""Rows of the figure negation class probe (``test_negation_class_probe.py``): invented sentences,
each with one figure in one construction class of English negation or denial of a quantity, and
the stance the figure should get. Written from the grammar of those constructions (issue 15), not
from any corpus, gold or probe.

A row is (class, text, number as written once in the text, expected stance); "a|b" when either is
right. Near misses (a class starting "near miss") keep their figure asserted."""

from __future__ import annotations

Row = tuple[str, str, str, str]

A, D, N, U, H = "asserted", "denied", "negated", "uncertain", "hypothetical"
DN = "denied|negated"  # a denial the text reports either way: no claim
DU = "denied|uncertain"  # a figure someone disputes: denied by them or left open

ROWS: list[Row] = [
    # 1. a negated existential over the count
    ("negated existential", "There were not 300 dead in Varna, the governor said.", "300", N),
    ("negated existential", "There are not 45 bodies in the morgue at Pirin, the coroner told reporters.", "45", N),
    ("negated existential", "The mayor insisted there had never been 70 wounded at the depot.", "70", N),
    ("negated existential", "\"There aren't 200 prisoners in that camp,\" the warden said.", "200", N),
    ("negated existential", "According to the council, there were not 18 casualties in the blast.", "18", N),
    ("negated existential", "There have not been 1,000 arrests since the protests began, police said.", "1,000", N),
    # 2. a negated verb whose object or subject is the count
    ("negated verb", "Police did not kill 14 protesters on Friday, the ministry said.", "14", N),
    ("negated verb", "The air strike did not kill 23 civilians, the air force said.", "23", N),
    ("negated verb", "The rebels never captured 60 soldiers at the border post, the army said.", "60", N),
    ("negated verb", "Government troops have not detained 90 students, a spokesman said.", "90", N),
    ("negated verb", "\"We did not bomb 11 schools,\" the defence minister said.", "11", N),
    ("negated verb", "The storm didn't destroy 400 homes, the province said in a correction.", "400", N),
    # 3. not N but M: N negated, M asserted
    ("not N but M: the negated", "Not 50 but five soldiers deserted the garrison, the general said.", "50", N),
    ("not N but M: the kept", "Not 50 but five soldiers deserted the garrison, the general said.", "five", A),
    ("not N but M: the negated", "The toll was not 120 but 12, the hospital said.", "120", N),
    ("not N but M: the kept", "The toll was not 120 but 12, the hospital said.", "12", A),
    ("not N but M: the negated", "Officials said not 80 but about 30 villagers had fled.", "80", N),
    ("not N but M: the kept", "Officials said not 80 but about 30 villagers had fled.", "30", A),
    ("M, not N: the negated", "The number of dead is 16, not 160, the coroner said.", "160", N),
    ("M, not N: the kept", "The number of dead is 16, not 160, the coroner said.", "16", A),
    # 4. rather than / instead of
    ("rather than", "About 40 people died, rather than the 400 first reported.", "400", N),
    ("rather than", "The clinic counted nine dead rather than 90.", "90", N),
    ("instead of", "The ministry now gives 25 dead instead of the 52 it announced on Monday.", "52", N),
    ("instead of", "Rescuers found 7 survivors instead of the 70 the radio had announced.", "70", N),
    ("rather than: the kept", "The clinic counted nine dead rather than 90.", "nine", A),
    # 5. a denial verb with a clause: that, zero that, gerund
    ("deny that", "The army denied that 35 civilians died in the shelling of Orlan.", "35", D),
    ("deny that", "The police chief denied on Sunday that officers shot 17 miners.", "17", D),
    ("deny that", "Kestria's navy has denied its ships sank 4 fishing boats.", "4", D),
    ("deny V-ing", "The militia denied kidnapping 28 pupils from the village school.", "28", D),
    ("deny V-ing", "The border guards denied pushing back 300 migrants into the river.", "300", D),
    ("deny that", "A spokeswoman for the governor denied that 65 patients had died of cholera.", "65", D),
    ("deny that", "Both ministries deny that more than 100 detainees died in custody.", "100", D),
    # 6. dismissed / rejected / refuted reports of N
    ("reject reports of N", "The army rejected reports of 200 dead in the village.", "200", D),
    ("reject reports of N", "The governor dismissed reports of 85 deaths in the flood.", "85", D),
    ("reject reports of N", "The ministry refuted claims of 300 arrests after the rally.", "300", D),
    ("reject reports of N", "Officials rebuffed allegations of 40 executions at the prison.", "40", D),
    ("reject reports of N", "The junta brushed aside accounts of 150 villagers killed by its troops.", "150", D),
    ("reject reports of N", "The company rejected the union's figure of 27 injured workers.", "27", D),
    ("reject reports of N", "The ministry has refuted reports that 19 nurses were abducted.", "19", D),
    # 7. a claim of the count called false
    ("called false", "Reports of 500 dead in Moravo are false, the interior ministry said.", "500", D),
    ("called false", "The figure of 900 casualties is baseless, a military spokesman said.", "900", D),
    ("called false", "The army said claims that 60 soldiers surrendered were fabricated.", "60", D),
    ("called false", "The government called the toll of 250 exaggerated.", "250", D),
    ("called false", "A spokesman described reports of 33 deaths as untrue.", "33", D),
    ("called false", "The ministry said the rebel figure of 75 dead was a lie.", "75", D),
    ("called false", "Claims that 110 people drowned are wildly inflated, the coastguard said.", "110", D),
    ("called false", "The governor branded as propaganda the report of 44 dead policemen.", "44", D),
    # 8. far fewer / less than the N claimed
    ("far fewer than claimed", "Far fewer than the 300 claimed by the rebels died, the army said.", "300", DN),
    ("far fewer than claimed", "The hospital said far fewer people were hurt than the 80 reported.", "80", DN),
    ("fewer than claimed: the kept", "Only 12 died, far fewer than the 120 the rebels claimed.", "12", A),
    ("fewer than claimed", "Only 12 died, far fewer than the 120 the rebels claimed.", "120", DN),
    ("nowhere near", "The toll was nowhere near the 400 the opposition gave, police said.", "400", DN),
    # 9. a figure someone disputes
    ("disputed", "The rebels say 70 fighters died, a figure the army disputes.", "70", DU),
    ("disputed", "The army disputed the figure of 95 dead.", "95", DU),
    ("disputed", "The ministry contested the toll of 38 given by the monitors.", "38", DU),
    ("disputed", "Witnesses put the toll at 210, a number the government rejects.", "210", D),
    ("disputed", "Activists counted 56 dead, a toll the police deny.", "56", D),
    # 10. could not confirm / verify
    ("could not confirm", "Reuters could not confirm that 41 people died.", "41", U),
    ("could not confirm", "The agency was unable to verify reports of 62 dead.", "62", U),
    ("could not confirm", "Officials could not say whether 29 workers were still trapped.", "29", U),
    ("could not confirm", "The BBC has not been able to confirm the figure of 130 dead.", "130", U),
    ("could not confirm", "Police declined to confirm that 8 officers were wounded.", "8", U),
    # 11. not clear whether / unknown
    ("not clear whether", "It was not clear whether 24 of the miners were alive.", "24", U),
    ("not clear whether", "It remains unclear whether 37 soldiers were captured.", "37", U),
    ("not clear whether", "It is unknown whether 300 homes were destroyed.", "300", U),
    ("not clear whether", "Whether 14 of the fishermen survived was not known on Monday.", "14", U),
    # 12. unverified claims of N
    ("unverified", "Unverified reports said 48 people were killed in the market.", "48", U),
    ("unverified", "There were unconfirmed reports of 19 dead in the north.", "19", U),
    ("unverified", "An unverified video appeared to show 12 bodies near the bridge.", "12", U),
    ("unverified", "Social media carried unconfirmed claims that 200 prisoners escaped.", "200", U),
    # 13. N, which could not be independently verified (convention: uncertain, still a claim)
    ("which could not be verified", "The rebels said they killed 50 soldiers, which could not be "
     "independently verified.", "50", U),
    ("which could not be verified", "The group said 20 of its fighters died, a claim that could not be "
     "independently verified.", "20", U),
    ("which could not be verified", "Activists say 300 people have been detained; the figure could not be "
     "verified.", "300", U),
    # 14. a denial across clauses, later in the sentence or the next one
    ("negation across clauses", "State radio reported 60 dead, but officials later said that figure was "
                                "wrong.", "60", D),
    ("negation across clauses", "The ministry first put the toll at 90, but later said that was "
                                "incorrect.", "90", DN),
    ("negation across clauses", "Local media said 40 soldiers had deserted. The army said that was "
                                "false.", "40", D),
    ("negation across clauses", "A post claimed 70 people died in the blast. The claim is untrue.", "70", DN),
    ("negation across clauses", "Early reports spoke of 500 dead. Those reports proved false.", "500", DN),
    # 15. a negation in a quote or in reported speech
    ("quoted negation", "\"No 300 people died there,\" the commander said.", "300", DN),
    ("quoted negation", "\"It is not true that 80 of our men deserted,\" the colonel said.", "80", DN),
    ("quoted negation", "The mayor said it was not true that 45 houses burned.", "45", DN),
    ("quoted negation", "\"We never had 600 troops in the town,\" the minister told the BBC.", "600", DN),
    ("quoted negation", "\"Where are the 1,000 dead they talk about? There are none,\" he said.", "1,000", DN),
    # 16. rhetorical denial
    ("rhetorical", "\"Who has seen these 400 bodies? No one,\" the spokesman said.", "400", DN),
    ("rhetorical", "\"Since when did 90 people die in a traffic accident?\" the minister asked.", "90", U),
    # 17. falsity predicates of the proposition
    ("it is false that", "It is false that 33 prisoners were tortured, the ministry said.", "33", D),
    ("it is untrue that", "It is untrue that 140 families were evicted, the council said.", "140", D),
    ("it is not true that", "It is not true that 26 guards were arrested, the prison service said.", "26", N),
    ("it is not the case that", "It is not the case that 15 refugees drowned, the coastguard said.", "15", N),
    # 18. nobody believes / no one accepts
    ("nobody believes", "Nobody believes the figure of 30 dead, the opposition leader said.", "30", DN),
    ("nobody believes", "No one in the village accepts the official toll of 7.", "7", DN),
    # 19. no evidence that N (figures: negated, no one's claim)
    ("no evidence", "Investigators found no evidence that 70 civilians were killed.", "70", N),
    ("no evidence", "There is no evidence that 25 hostages were executed, the monitor said.", "25", N),
    ("no evidence", "The UN said it had seen no sign that 400 people were buried there.", "400", N),
    # 20. a retraction or correction of the figure
    ("retracted", "The ministry withdrew its figure of 85 dead on Tuesday.", "85", D),
    ("retracted", "The channel retracted its report that 22 soldiers were captured.", "22", D),
    ("corrected", "Officials corrected the toll of 31 to 13.", "31", DN),
    ("corrected: the kept", "Officials corrected the toll of 31 to 13.", "13", A),
    ("revised down", "The ministry revised its toll of 150 down to 50.", "150", DN),
    # 21. a denial noun over the count
    ("denial noun", "The army's denial that 66 civilians died angered the families.", "66", D),
    ("denial noun", "Despite its denial of reports of 25 dead, the army withdrew.", "25", D),
    ("denial noun", "The ministry issued a denial of the 400 arrests reported by activists.", "400", D),
    # 22. calling verbs: dismissed / ridiculed / mocked / rubbished
    ("ridiculed", "The spokesman ridiculed claims of 300 dead soldiers.", "300", D),
    ("ridiculed", "The minister mocked reports that 1,200 troops had deserted.", "1,200", D),
    ("ridiculed", "The governor scoffed at reports of 60 deaths.", "60", D),
    ("ridiculed", "Officials laughed off claims that 75 police officers had resigned.", "75", D),
    ("ridiculed", "Military officials poured scorn on reports of 18 downed drones.", "18", D),
    # 23. double negatives and negated denials
    ("double negative", "It is not untrue that 30 villagers died, the mayor admitted.", "30", A),
    ("double negative", "Nobody denies that 44 people were killed in the square.", "44", A),
    ("double negative", "The army did not deny that 12 soldiers were killed.", "12", "asserted|uncertain"),
    ("double negative", "No one disputes that 20 nurses were wounded.", "20", A),
    # 24. hypothetical and counterfactual counts
    ("counterfactual", "Had the dam burst, 3,000 people would have died, the engineer said.", "3,000", H),
    ("counterfactual", "Without the warning, 200 people could have been killed.", "200", "hypothetical|uncertain"),
    # 25. near misses: qualifiers that look like negation
    ("near miss: no fewer than", "No fewer than 40 people were killed in the raid.", "40", A),
    ("near miss: not less than", "Not less than 15 fishermen drowned, the coastguard said.", "15", A),
    ("near miss: not only", "Not only 10 soldiers but also two officers were captured.", "10", A),
    ("near miss: no less than", "The blast killed no less than 60 people.", "60", A),
    ("near miss: not fewer than", "The monitor said not fewer than 130 were killed.", "130", A),
    ("near miss: none other than", "None other than the governor said 34 people had died.", "34", A),
    ("near miss: nothing short of", "The flood was nothing short of a disaster: 80 people died.", "80", A),
    ("near miss: not counting", "At least 70 died, not counting the missing.", "70", A),
    ("near miss: not counting", "Eighteen soldiers were killed, not including the 4 who died in hospital.",
     "Eighteen", A),
    ("near miss: not yet known how many", "It is not yet known how many of the 200 passengers survived.", "200", A),
    # the group is there, the harm is negated: a figure of the hurt would be no claim, of the passengers one
    ("none of the N", "None of the 45 passengers was hurt, the airline said.", "45", "negated|asserted"),
    ("not a single one of the N", "Not a single one of the 30 hostages was harmed.", "30", "negated|asserted"),
    ("near miss: no one but", "No one but the army reported 90 dead.", "90", A),
    ("near miss: until", "The 22 bodies were not recovered until Friday.", "22", A),
    ("near miss: not far from", "Shells fell not far from the 12 tents of the camp.", "12", A),
    ("near miss: not without", "The rescue of 19 miners was not without risk.", "19", A),
    ("near miss: did not survive", "Medics said 6 of the wounded did not survive.", "6", A),
    ("near miss: no longer", "The 300 families are no longer in the camp, the agency said.", "300", A),
    ("near miss: nothing but", "The raid left 70 dead and nothing but rubble.", "70", A),
    ("near miss: not only", "Not only did 50 people die, but hundreds were hurt.", "50", A),
    # 26. near misses: a denial of something else in the sentence
    ("near miss: denial of another thing", "The army denied shelling the town, where 27 people died.", "27", A),
    ("near miss: denial of another thing", "The ministry, which reported 80 deaths, denied any cover-up.", "80", A),
    ("near miss: denial of another thing", "Police said 13 people died but denied using live ammunition.", "13", A),
    ("near miss: denied then admitted", "The army at first denied it, but later said 19 soldiers had died.", "19", A),
    ("near miss: the rebuttal's own figure", "The army denied the reports and said 8 soldiers died.", "8", A),
    ("near miss: rejected a proposal", "The council rejected a plan to build 500 homes.", "500", A),
    ("near miss: dismissed officers", "The ministry dismissed 40 officers after the riot.", "40", A),
    ("near miss: reports confirmed", "Reports of 30 dead were confirmed by the hospital.", "30", A),
    ("near miss: false alarm elsewhere", "A false alarm emptied the station, hours after 12 people died there.",
     "12", A),
    ("near miss: doubt on another claim", "The army said 21 soldiers died and disputed the rebels' account of "
                                          "the battle.", "21", A),
    # 27. figures in the outlet's voice after a negated speaker
    ("near miss: not said by", "The figure of 63 dead was given by the hospital, not the army.", "63", A),
    ("near miss: not the first", "It was not the first time that 40 migrants drowned off the cape.", "40",
     "asserted|uncertain"),
    # 28. no N / zero
    ("no N", "No 500 people were killed; the real toll is 5, the ministry said.", "500", DN),
    ("no N: the kept", "No 500 people were killed; the real toll is 5, the ministry said.", "5", A),
    # 29. denied by the number's own subject or object of a noun of claim
    ("deny the figure", "The government denied the figure of 73 dead.", "73", D),
    ("deny the figure", "The police denied the toll of 42 given by the protesters.", "42", D),
    ("deny the figure", "Moravia's army has denied the death of 16 of its soldiers.", "16", D),
    ("deny the figure", "The ministry denies the arrest of 250 students.", "250", D),
    # 30. hearsay then refuted by a named body
    ("refuted by a body", "Rumours of 100 deaths at the stadium were refuted by the police.", "100", D),
    ("refuted by a body", "The claim of 35 dead was rejected by the regional health office.", "35", D),
    ("refuted by a body", "Reports of 28 abducted girls were denied by the school.", "28", D),
    # a second batch (written after the first rules, before any rule for it): the same and new classes in
    # the forms news text takes (quoted falsity words, headlines, participles, "contrary to")
    ("called false, quoted word", "The ministry rejected as \u201cbaseless\u201d reports that 40 people drowned.",
     "40", D),
    ("called false, quoted word", "Police said reports of 25 deaths were \u201cexaggerated.\u201d", "25", D),
    ("called false, quoted word", "An army spokesman told AFP the figure of 60 was \"a fabrication\".", "60", D),
    ("called false, quoted word", "The governor dismissed the toll of 50 as \"propaganda\".", "50", D),
    ("called false, quoted word", "Officials called claims of 130 dead \u201ctotally false\u201d.", "130", D),
    ("headline denial", "Army denies 30 civilians killed in drone strike", "30", D),
    ("headline denial", "Police deny claims 12 protesters shot dead", "12", D),
    ("headline denial", "Claims of 500 deaths \u2018false\u2019, says minister", "500", D),
    ("contrary to", "Contrary to reports of 300 dead, the hospital said 30 people died.", "300", DN),
    ("contrary to", "Contrary to earlier claims that 45 soldiers were captured, none were, the army said.", "45", DN),
    ("contrary to: the kept", "Contrary to reports of 300 dead, the hospital said 30 people died.", "30", A),
    ("contradicted", "The ministry said no one died, contradicting reports of 12 dead.", "12", D),
    ("contradicted", "The coroner's count contradicts the police toll of 17.", "17", D),
    ("contradicted: the kept", "The coroner counted 9 dead, contradicting the police.", "9", A),
    ("disputing participle", "The governor said only 3 died, disputing the 30 given by witnesses.", "30", D),
    ("disputing participle", "The army, rejecting reports of 90 dead, said the strike hit an empty depot.", "90", D),
    ("disputing participle: the kept", "The governor said only 3 died, disputing the 30 given by witnesses.", "3",
     A),
    ("deny with a bound", "The police denied that as many as 200 people had died.", "200", D),
    ("deny with a bound", "The ministry denied that more than 60 prisoners escaped.", "60", D),
    ("deny a claim with zero that", "Delhi denied Pakistan's claim it had killed 5 Indian soldiers.", "5", D),
    ("deny a claim with zero that", "Baku rejected Yerevan's assertion its drones killed 14 civilians.", "14", D),
    ("not correct", "The figure of 70 dead is not correct, a spokesman said.", "70", DN),
    ("not correct", "Officials said the toll of 110 was not accurate.", "110", DN),
    ("denial in a quote", "\"The reports of 20 dead are lies,\" he said.", "20", D),
    ("denial in a quote", "\"Nobody died there. The 80 deaths they report never happened,\" he said.", "80", DN),
    ("denial in a quote", "\"We categorically deny that 15 hostages were killed,\" the group said.", "15", D),
    ("true figure instead", "Witnesses said 100 died, but police said the true figure was 18.", "18", A),
    ("no information", "The army said it had no information about the reported 40 dead.", "40", U),
    ("refused to confirm", "The police refused to confirm reports of 30 dead.", "30", U),
    ("no such", "\"There were no such 200 arrests,\" the interior minister said.", "200", DN),
    ("never happened", "The killing of 24 villagers never happened, the army said.", "24", DN),
    ("did not happen", "A massacre of 60 people did not take place in Bora, officials said.", "60", DN),
    ("near miss: denial after a toll", "Medics said 14 died; the army denied firing on the crowd.", "14", A),
    ("near miss: not the 300 they fear", "Rescuers hope the toll will not reach 300.", "300",
     "hypothetical|future|uncertain|negated"),
    ("near miss: no fewer, quoted", "\"No fewer than 70 of our people died,\" the elder said.", "70", A),
    ("near miss: contrary to fears", "Contrary to fears, all 40 miners were rescued.", "40", A),
    ("near miss: disputing a border", "The army, disputing the border, said 15 soldiers died.", "15", A),
    ("near miss: reports confirmed, quoted", "The governor said reports of 22 dead were \u201caccurate\u201d.", "22",
     A),
    ("near miss: false start", "After a false start in May, the count of 55 dead was published in June.", "55",
     A),
    ("near miss: a toll not yet final", "The toll of 33 is not yet final, officials said.", "33", A),
    # a third batch (written after the rules for the second, before any rule for it): calling the givers liars,
    # a count no source gives, a figment, a count said not to be real or not to be one's own
    ("givers lying", "\"Those who say we killed 70 villagers are lying,\" the commander said.", "70", DN),
    ("givers lying", "The rebels are lying when they claim 45 soldiers surrendered, the army said.", "45", DN),
    ("givers lying", "\"The separatists lie when they say 200 civilians died,\" the minister said.", "200", DN),
    ("givers lying: the kept", "\"The separatists lie when they say 200 civilians died; eleven did,\" the "
     "minister said.", "eleven", A),
    ("figment", "Officials said reports of 60 dead were \"a figment of imagination\".", "60", D),
    ("figment", "The army called claims that 25 pilots were captured pure fiction.", "25", D),
    ("no source gives", "No official source has reported 300 deaths in the town.", "300", N),
    ("no source gives", "No hospital has recorded 90 admissions from the blast.", "90", N),
    ("no source gives: near miss", "No hospital was damaged, and 90 people were treated.", "90", A),
    ("not real", "The figure of 150 dead is not real, the governor said.", "150", DN),
    ("not ours", "The toll of 80 being shared online is not ours, the Red Crescent said.", "80", DN),
    ("not supported", "The claim of 400 dead is not supported by any evidence.", "400", DN),
    ("not supported", "The toll of 70 is not backed by any hospital record.", "70", DN),
    ("inflated by the giver", "The ministry accused the rebels of inflating the toll to 300.", "300", DN),
    ("inflated by the giver", "Activists have exaggerated the number of arrests, putting it at 900, police said.",
     "900", DN),
    ("debunked", "The police debunked reports that 120 pupils were kidnapped.", "120", D),
    ("debunked", "Fact-checkers debunked a post claiming 50 people drowned.", "50", D),
    ("such reports are false", "Reports said 300 people died. Such reports are false, the army said.", "300", DN),
    ("show me", "\"They say 60 officials died. Show me one name,\" the minister said.", "60", DN),
    ("near miss: lying on the ground", "Rescuers found 14 people lying in the rubble.", "14", A),
    ("near miss: not real estate", "The 40 victims were not real estate agents, police said.", "40", A),
    ("near miss: ours", "The toll of 80 is ours, the Red Crescent said.", "80", A),
    ("near miss: supported", "The toll of 70 is supported by hospital records.", "70", A),
    ("near miss: debunked another", "Police debunked a rumour about the mayor; 12 people died in the fire.", "12", A),
]
