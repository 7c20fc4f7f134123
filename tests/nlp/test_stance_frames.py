"""Frames of denial, retraction, replacement, doubt, presupposition and intent over a figure, and
the scope of a negation (issue 15; ``newsledger.nlp.stance_frames`` and ``newsledger.nlp.stance``):
one construction class per table, each with positive rows, a negative and a near miss, read as
the stance of the figure of the number the row names. Invented sentences, not from any corpus or
probe (the held-out probe is ``test_stance_probe.py``)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline


def figure_stance(text: str, number: str) -> str:
    """The stance of the one figure whose text holds ``number``."""
    an = pipeline().analyze_text(f"Regional report\n\n{text}")
    found = [f for f in an.figures if number in f.text.split()]
    assert len(found) == 1, (text, [f.text for f in an.figures])
    return found[0].stance


# (construction, text, number, expected stance)
CALLED_FALSE = [  # a verb of calling or denial, its object a noun of claim, a word of falsity closing the clause
    ("positive: called reports of N fabricated", "Rostan called reports of 35 dead policemen fabricated.", "35",
     "denied"),
    ("positive: branded the reports false", "The junta branded reports of 65 burned shops false.", "65", "denied"),
    ("positive: called the claim that N died propaganda", "The rebels called the claim that 75 fighters died "
     "propaganda.", "75", "denied"),
    ("positive: called the allegation baseless (other side)", "The police chief called the allegation that officers "
     "fired on 26 marchers baseless.", "26", "denied"),
    ("positive: dismissed as lies claims that", "The governor dismissed as lies claims that 38 prisoners starved.",
     "38", "denied"),
    ("positive: the reports that ... are untrue", "Reports that 44 workers are trapped are untrue, the mine said.",
     "44", "denied"),
    ("negative: called the reports accurate", "Rostan called reports of 35 dead policemen accurate.", "35",
     "asserted"),
    ("negative: called for an inquiry", "The rebels called for an inquiry into reports that 75 fighters died.",
     "75", "asserted"),
    ("near miss: a false word on another noun", "The junta branded the reports of 65 burned shops a false "
     "start to the talks.", "65", "asserted"),
    ("near miss: did not call it false", "The rebels did not call the claim that 75 fighters died propaganda.",
     "75", "asserted"),
]

COMPLEMENT_CLAUSE = [  # a clause after a noun of claim with "that" as its complementiser is the claim, not a relative
    ("positive: rejected claims that guards beat N", "The prison service rejected claims that wardens beat 17 "
     "inmates.", "17", "denied"),
    ("positive: denied reports that ... (other side)", "The rebels denied reports that their men beat 23 "
     "villagers.", "23", "denied"),
    ("negative: accepted claims that", "The prison service accepted claims that wardens beat 17 inmates.", "17",
     "asserted"),
    ("near miss: a relative clause (that as its subject)", "The prison service rejected a report that listed 17 "
     "inmates as sick.", "17", "asserted"),
]

RETRACTED = [  # a noun of claim as the object of a verb of retraction
    ("positive: withdrew the figure of N", "The health office withdrew the figure of 140 dead it had issued.", "140",
     "denied"),
    ("positive: retracted its report that", "The weekly retracted its report that 65 pupils were detained.", "65",
     "denied"),
    ("positive: corrected its earlier report (other side)", "State radio corrected its earlier report that 230 "
     "rebels died.", "230", "denied"),
    ("negative: withdrew N troops", "The army withdrew 140 troops from the border.", "140", "asserted"),
    ("near miss: confirmed its earlier report", "State radio confirmed its earlier report that 230 rebels died.",
     "230", "asserted"),
    ("near miss: corrected a noun of no claim", "The council corrected the spelling of 65 names on the memorial.",
     "65", "asserted"),
]

REPLACED = [  # the phrase after "rather than" / "instead of" is not so
    ("positive: rather than the N first reported", "Some 20 people died, rather than the 200 first reported.",
     "200", "negated"),
    ("positive: instead of N", "The hospital now lists 45 dead instead of 450.", "450", "negated"),
    ("negative: the value kept", "Some 20 people died, rather than the 200 first reported.", "20", "asserted"),
    ("near miss: rather on its own", "Some 20 people died, rather more than the day before.", "20", "asserted"),
]

DOUBTED = [  # an adjective of doubt on a noun of claim, a negated noun of knowledge or checking, a hedged count
    ("positive: unverified reports said", "Unverified reports said 55 people were killed in the raid.", "55",
     "uncertain"),
    ("positive: an unconfirmed toll of", "An unconfirmed toll of 27 was shared by residents.", "27", "uncertain"),
    ("positive: no independent confirmation of", "There was no independent confirmation of the toll of 31.", "31",
     "uncertain"),
    ("positive: no way to verify", "There was no way to verify that 64 people drowned.", "64", "uncertain"),
    ("positive: probably N", "Probably 33 people were killed, a nurse said.", "33", "uncertain"),
    ("negative: confirmed reports said", "Confirmed reports said 55 people were killed in the raid.", "55",
     "asserted"),
    ("near miss: no one that can say (no infinitive of checking)", "“No one here can say that 58 people died,” "
     "the mayor said.", "58", "uncertain|negated"),
    ("negative: a way to verify", "There was a way to verify that 64 people drowned.", "64", "asserted"),
    ("near miss: no role in the N deaths (negated, not doubted)", "The police said they had no role in the 48 "
     "deaths.", "48", "asserted|negated"),
    ("near miss: unverified on another noun", "Unverified videos circulated after 55 people were killed.", "55",
     "asserted"),
]

SCOPE = [  # what a negation does not reach: a time limit, a negated privative, an exceptive, a question of circumstance
    ("positive: not ... until", "The 19 bodies were not recovered until Sunday.", "19", "asserted"),
    ("positive: not far from", "The rockets fell not far from the 14 farms by the river.", "14", "asserted"),
    ("positive: none other than", "None other than the governor said 52 people died.", "52", "asserted"),
    ("positive: did not say when", "The agency did not say when the 36 migrants drowned.", "36", "asserted"),
    ("negative: not recovered", "The 19 bodies were not recovered, the divers said.", "19", "negated"),
    ("negative: nobody said", "Nobody said that 52 people died.", "52", "uncertain|negated"),
    ("near miss: did not say how many", "The agency did not say how many of the migrants drowned, nor whether 36 "
     "did.", "36", "uncertain"),
    ("near miss: far from (no negator)", "Far from 300 dead, the toll was 12, the mayor said.", "300", "negated"),
]

PRESUPPOSED = [  # a count with a predicate of its own is not negated by its clause
    ("positive: never forget the N who died", "“We will never forget the 66 who died,” the mayor said.", "66",
     "asserted"),
    ("positive: none of the N dead were", "The army said none of the 29 dead were soldiers.", "29", "asserted"),
    ("positive: no children among the N killed", "There were no women among the 21 killed, police said.", "21",
     "asserted"),
    ("positive: along with the N", "The two men were not freed along with the 32 others on Monday.", "32",
     "asserted"),
    ("negative: no N died", "The army said that not 29 people died, but three.", "29", "negated"),
    ("near miss: with N, no phrase of company", "The two men were not freed with 32 others on Monday.", "32",
     "negated"),
    ("near miss: the N deaths reported", "There is no proof of the 200 deaths reported by the rebels.", "200",
     "negated"),
    ("near miss: none of the N were arrested (no predicate of its own)", "Police said none of the 90 marchers was "
     "arrested.", "90", "negated"),
]

INTENDED = [  # a count in the infinitive of a verb of threat or intent is a prospect
    ("positive: threatened to kill N", "The gunmen threatened to kill 11 hostages.", "11", "future"),
    ("positive: vowed to free N (other side)", "The army vowed to free 24 captives.", "24", "future"),
    ("negative: killed N", "The gunmen killed 11 hostages.", "11", "asserted"),
    ("near miss: did not threaten", "The gunmen did not threaten to kill 11 hostages.", "11",
     "asserted|negated|future"),
    ("near miss: tried to save N", "Medics tried to save 11 of the wounded.", "11", "asserted"),
]

FALSE_SUBJECT = [  # a noun of claim opening the sentence, its long subject split off its falsity predicate
    ("positive: allegations spread by X that ... are baseless", "The allegations spread by the militia and its "
     "radio stations that 47 villagers were killed in a raid are completely baseless.", "47", "denied"),
    ("positive: the claim that ... is a blatant lie (other side)", "The army's claim that its drones killed 13 "
     "gunmen near the well is a blatant lie.", "13", "denied"),
    ("negative: the claims ... are serious", "The allegations spread by the militia and its radio stations that 47 "
     "villagers were killed in a raid are very serious.", "47", "asserted"),
    ("near miss: is not a lie", "The army's claim that its drones killed 13 gunmen near the well is not a lie.",
     "13", "asserted"),
    ("near miss: a report that said, then another subject", "The report said 47 villagers were killed; the "
     "rumours of looting are false.", "47", "asserted"),
]

CANNOT_CHECK = [  # an infinitive of checking made impossible, over the clause or the claim it would check
    ("positive: it was not possible to confirm that", "It was not possible to confirm that 43 fishermen drowned.",
     "43", "uncertain"),
    ("positive: were not able to verify (other side)", "Reporters were not able to verify that 62 soldiers "
     "surrendered.", "62", "uncertain"),
    ("positive: a claim impossible to verify", "Their toll of 87 dead was impossible to verify.", "87",
     "uncertain"),
    ("negative: it was possible to confirm", "It was possible to confirm that 43 fishermen drowned.", "43",
     "asserted"),
    ("near miss: a toll impossible to bear (no verb of checking)", "The toll of 87 dead was impossible to bear, "
     "the mayor said.", "87", "asserted"),
]

FALSE_EXTRAPOSED = [  # "it is a lie that ...": the clause after an expletive and a word of falsity
    ("positive: it is a lie that (quoted)", "“It is a lie that 26 of our guards fled,” the warden said.", "26",
     "denied"),
    ("positive: it is false that (other side)", "It is false that 34 of the rebels surrendered, their leader "
     "said.", "34", "denied"),
    ("negative: it is a fact that", "“It is a fact that 26 of our guards fled,” the warden said.", "26",
     "asserted"),
    ("near miss: it is not a lie that", "“It is not a lie that 26 of our guards fled,” the warden said.", "26",
     "asserted"),
]

OCCASION = [  # a negative phrase of occasion negates its clause
    ("positive: at no point did X say", "At no point did the ministry say that 71 prisoners escaped.", "71",
     "uncertain|negated"),
    ("positive: at no time were N", "At no time were 300 troops stationed in the town, the general said.", "300",
     "negated"),
    ("negative: at one point X claimed", "At one point the ministry claimed that 71 prisoners escaped.", "71",
     "asserted"),
    ("near miss: with no water (not a noun of occasion)", "With no water, 71 prisoners fell ill, the ministry "
     "said.", "71", "asserted"),
]

STORY = [  # "story" is a noun of claim
    ("positive: the story that ... is fake", "The story that 67 cadets deserted is fake, the academy said.", "67",
     "denied|negated"),
    ("negative: the story that ... is true", "The story that 67 cadets deserted is true, the academy said.", "67",
     "asserted"),
    ("near miss: a story of a building", "A 67-storey tower was not damaged.", "67", "asserted|negated"),
]

JUXTAPOSED = [  # a clause before a semicolon is its own, not the complement of a verb of denial after it
    ("positive: X said N died; Y denied V-ing", "Villagers said 22 goats died; the militia denied raiding the "
     "farm.", "22", "asserted"),
    ("positive: X said N were killed; Y rejected (other side)", "The army said 31 rebels were killed; the rebels "
     "rejected claims of a rout.", "31", "asserted"),
    ("negative: Y denied that N died", "The militia denied that 22 goats died.", "22", "denied"),
    ("near miss: the semicolon after the denial", "The militia denied that 22 goats died; villagers disagreed.",
     "22", "denied"),
]

TAKEN_BACK = [  # a count called false later in its sentence by a clause coordinated with it, its giver's
    ("positive: put the toll at N, but later said that figure was wrong", "The district office first put the toll "
     "at 75, but later said that figure was wrong.", "75", "denied"),
    ("positive: gave N, and then said the figure was incorrect (other side)", "The rebels gave a toll of 140 "
     "soldiers and then said the figure was incorrect.", "140", "denied"),
    ("negative: said the figure was final", "The district office first put the toll at 75, but later said that "
     "figure was final.", "75", "asserted"),
    ("near miss: a later clause with its own count", "The district office first put the toll at 75, but later "
     "said a toll of 90 was wrong.", "75", "asserted"),
]

FALSE_REPORTS = [  # a noun with a participle of saying as a false subject; a linking "prove"; words of falsity
    ("positive: posts claiming N were fake", "Online posts claiming 350 deaths were fake, the fact-checkers found.",
     "350", "denied"),
    ("positive: initial reports proved inaccurate", "Initial reports that 85 people had been killed proved "
     "inaccurate.", "85", "denied"),
    ("positive: the toll of N was erroneous (other side)", "The army said the rebels' toll of 62 was erroneous.",
     "62", "denied|negated"),
    ("negative: posts claiming N were shared", "Online posts claiming 350 deaths were shared widely, the "
     "fact-checkers found.", "350", "asserted"),
    ("negative: initial reports proved accurate", "Initial reports that 85 people had been killed proved "
     "accurate.", "85", "asserted"),
    ("near miss: posts showing N (a participle, no falsity)", "Posts showing 350 mourners were removed, the "
     "company said.", "350", "asserted"),
]

CONTRASTED = [  # a count after a comma and a negator, set against the value before it
    ("positive: was N, not M", "The council said the number of dead was 16, not 160.", "160", "negated"),
    ("positive: a dozen, not the M claimed (other side)", "Officials said there were about a dozen deaths, not "
     "the 250 claimed by the rebels.", "250", "negated"),
    ("negative: the value kept", "The council said the number of dead was 16, not 160.", "16", "asserted"),
    ("near miss: not including", "The council said 16 people died, not including 160 wounded.", "160",
     "asserted"),
]

COUNTERFACTUAL = [  # a modal of condition over a perfect; a word of falsity over an infinitive of saying
    ("positive: would have died", "Had the rockets hit the ward, 240 patients would have died, the doctor said.",
     "240", "hypothetical"),
    ("positive: would otherwise have been killed (other side)", "The army said 95 soldiers would otherwise have "
     "been killed.", "95", "hypothetical"),
    ("positive: it would be wrong to say that", "It would be wrong to say that 130 people drowned, the captain "
     "said.", "130", "denied"),
    ("negative: have died", "The doctor said 240 patients have died in the ward.", "240", "asserted"),
    ("negative: it would be right to say that", "It would be right to say that 130 people drowned, the captain "
     "said.", "130", "asserted"),
    ("near miss: would die (a prospect, no perfect)", "Doctors warned that 240 patients would die without power.",
     "240", "hypothetical|future|asserted"),
    ("near miss: would have said (the count outside)", "The 240 patients who died would have survived elsewhere, "
     "the doctor said.", "240", "asserted"),
]

UNVERIFIED_LATER = [  # what the sentence states, said after it to be unchecked
    ("positive: though this could not be verified", "Villagers said at least 36 people died, though this could "
     "not be independently verified.", "36", "uncertain"),
    ("positive: which could not be confirmed (other side)", "The army said 48 militants were killed, which could "
     "not be confirmed.", "48", "uncertain"),
    ("positive: the next sentence, the claim", "The army said 48 militants were killed. The claim could not be "
     "verified.", "48", "uncertain"),
    ("negative: though this was later confirmed", "Villagers said at least 36 people died, though this was later "
     "confirmed.", "36", "asserted"),
    ("near miss: another count unchecked", "The army said 48 militants were killed. A toll of 20 could not be "
     "verified.", "48", "asserted"),
    ("near miss: the names unchecked", "Villagers said at least 36 people died, though the names could not be "
     "verified.", "36", "asserted"),
]

TABLES = {"unverified later": UNVERIFIED_LATER, "counterfactual": COUNTERFACTUAL, "contrasted": CONTRASTED, "taken back": TAKEN_BACK, "false reports": FALSE_REPORTS, "juxtaposed": JUXTAPOSED, "cannot check": CANNOT_CHECK, "false extraposed": FALSE_EXTRAPOSED, "occasion": OCCASION, "story": STORY,
          "false subject": FALSE_SUBJECT, "called false": CALLED_FALSE, "complement clause": COMPLEMENT_CLAUSE, "retracted": RETRACTED,
          "replaced": REPLACED, "doubted": DOUBTED, "scope": SCOPE, "presupposed": PRESUPPOSED,
          "intended": INTENDED}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize(("table", "name", "text", "number", "expected"), ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS])
def test_frame_rows(table: str, name: str, text: str, number: str, expected: str) -> None:
    assert figure_stance(text, number) in expected.split("|"), (table, name)


def test_every_table_has_positive_negative_and_near_miss() -> None:
    kinds = {table: {r[0].split(":")[0] for r in rows} for table, rows in TABLES.items()}
    assert len(kinds) == 19
    assert all(k == {"positive", "negative", "near miss"} for k in kinds.values()), kinds


# the same frames over a quote's content and an event's predicate (events and quotes read them too)
RECORDS = [
    ("positive: event under a claim called baseless", "The police chief called the allegation that officers shot "
     "the marchers baseless.", "ev", "shot", "denied"),
    ("positive: quote of a claim called baseless", "The police chief called the allegation that officers shot "
     "the marchers baseless.", "quo", "allegation", "denied"),
    ("positive: event under a retracted report", "The weekly retracted its report that police beat the students.",
     "ev", "beat", "denied"),
    ("positive: event under no way to verify", "There was no way to verify that soldiers shelled the village.",
     "ev", "shelled", "uncertain"),
    ("negative: event under a claim called credible", "The police chief called the allegation that officers shot "
     "the marchers credible.", "ev", "shot", "asserted"),
    ("negative: quote of a claim called credible", "The police chief called the allegation that officers shot "
     "the marchers credible.", "quo", "allegation", "asserted"),
    ("near miss: event under a report published", "The weekly published its report that police beat the "
     "students.", "ev", "beat", "asserted"),
]


def record_stance(text: str, kind: str, word: str) -> str | None:
    """The stance of the narrowest quote holding ``word`` or of the event whose predicate is ``word``."""
    an = pipeline().analyze_text(f"Regional report\n\n{text}")
    if kind == "quo":
        found = sorted((len(q.content.text), q.stance) for q in an.quotes if word in q.content.text)
    else:
        found = sorted((len(e.predicate.text), e.stance) for e in an.events if e.predicate.text == word)
    return found[0][1] if found else None


@pytest.mark.parametrize(("name", "text", "kind", "word", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_frames_over_quotes_and_events(name: str, text: str, kind: str, word: str, expected: str) -> None:
    assert record_stance(text, kind, word) == expected, name
