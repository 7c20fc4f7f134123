"""Frames of denial bearing on a count (issue 15, branch i15-negfig; ``newsledger.nlp.stance_counts``
and the scope changes beside it), each with a positive row, a negative row and a near miss, through
the whole pipeline. Invented sentences, none from the class probe, a corpus or a gold file."""

from __future__ import annotations

import pytest

from tests.nlp.stance_probe_rows import fig, found_stance

# (rule, role, text, number, expected stance)
CASES = [
    # a definite count someone gave, after a phrase of a smaller number
    ("set against", "positive", "Far fewer than the 250 claimed by the militia were killed.", "250", "negated"),
    ("set against", "positive", "Fewer guards deserted than the 64 the rebels announced.", "64", "negated"),
    ("set against", "negative", "Fewer than 250 people were killed in the raid.", "250", "asserted"),
    ("set against", "near miss", "Far fewer than the 250 who died in the last flood were killed this time.", "250",
     "asserted"),
    # a noun of claim after the count's clause, its own clause a verb of denial
    ("disputed after", "positive", "The monitors say 64 civilians died, a figure the ministry rejects.", "64",
     "denied"),
    ("disputed after", "positive", "Medics counted 27 dead, a toll the governor disputes.", "27", "denied"),
    ("disputed after", "negative", "The monitors say 64 civilians died, a figure the ministry confirms.", "64",
     "asserted"),
    ("disputed after", "near miss", "The monitors say 64 civilians died, a figure the ministry does not dispute.",
     "64", "asserted"),
    # a noun of happening as the object of a verb of denial
    ("happening denied", "positive", "The governor denied the abduction of 31 farmers.", "31", "denied"),
    ("happening denied", "negative", "The governor condemned the abduction of 31 farmers.", "31", "asserted"),
    ("happening denied", "near miss", "The governor did not deny the abduction of 31 farmers.", "31",
     "uncertain"),
    # a count taken back by a later clause whose subject is a demonstrative
    ("taken back by that", "positive", "The agency first gave 47 dead, but later said that was wrong.", "47",
     "denied"),
    ("taken back by that", "negative", "The agency first gave 47 dead, and later said that was final.", "47",
     "asserted"),
    ("taken back by that", "near miss", "The agency gave 47 dead, but later said it was wrong to publish names.",
     "47", "asserted"),
    # a closing word of falsity the parser took for the object of the noun's "of"
    ("closing falsity word", "positive", "The minister called the toll of 600 inflated.", "600", "denied"),
    ("closing falsity word", "negative", "The minister called the toll of 600 accurate.", "600", "asserted"),
    ("closing falsity word", "near miss", "The minister called reports of 600 lies a slander.", "600", "asserted"),
    # a double negative of falsity
    ("not untrue", "positive", "It is not untrue that 21 sailors drowned off the cape.", "21", "asserted"),
    ("not untrue", "negative", "It is untrue that 21 sailors drowned off the cape.", "21", "denied"),
    ("not untrue", "near miss", "It is not true that 21 sailors drowned off the cape.", "21", "negated"),
    # a denial no one makes
    ("nobody denies", "positive", "No one denies that 38 pupils were hurt in the stampede.", "38", "asserted"),
    ("nobody denies", "negative", "The school denies that 38 pupils were hurt in the stampede.", "38", "denied"),
    ("nobody denies", "near miss", "The school does not deny that 38 pupils were hurt in the stampede.", "38",
     "uncertain"),
    # verbs of ridicule, and a verb of denial with its preposition
    ("ridicule", "positive", "The general scoffed at claims of 95 dead soldiers.", "95", "denied"),
    ("ridicule", "positive", "The spokesman mocked reports that 400 troops had deserted.", "400", "denied"),
    ("ridicule", "negative", "The spokesman repeated reports that 400 troops had deserted.", "400", "asserted"),
    ("ridicule", "near miss", "The general looked at claims of 95 dead soldiers.", "95", "asserted"),
    # a count that is itself the object of a verb of denial (or counts a happening that is)
    ("count denied", "positive", "The mayor, disputing the 41 given by medics, said nine died.", "41", "denied"),
    ("count denied", "positive", "The navy denied 23 deaths aboard the frigate.", "23", "denied"),
    ("count denied", "negative", "The mayor, citing the 41 given by medics, said the toll was high.", "41", "asserted"),
    ("count denied", "near miss", "The ministry dismissed 23 officers after the riot.", "23", "asserted"),
    ("headline reduced clause", "positive", "Navy denies 19 fishermen wounded in border clash", "19", "denied"),
    ("headline reduced clause", "positive", "Junta denies 25 monks killed in air raid", "25", "denied"),
    ("headline reduced clause", "negative", "Navy confirms 19 fishermen shot in border clash", "19", "asserted"),
    ("headline reduced clause", "near miss", "Court rejects 19 appeals filed by fishermen", "19", "asserted"),
    # a count in a definite subject of a copula with a predicate other than truth
    ("described subject", "positive", "The toll of 57 is not yet final, officials said.", "57", "asserted"),
    ("described subject", "negative", "The toll of 57 is not correct, officials said.", "57", "negated"),
    ("described subject", "near miss", "Fifty-seven people were not killed, officials said.", "Fifty-seven",
     "negated"),
    # "contrary to" a claim: the claim is not so
    ("contrary to", "positive", "Contrary to rumours of 120 arrests, only four people were held.", "120", "negated"),
    ("contrary to", "negative", "In line with rumours of 120 arrests, police held many people.", "120", "asserted"),
    ("contrary to", "near miss", "Contrary to fears, the 120 passengers were unhurt.", "120", "asserted"),
    # a verb of contradiction denies its object's claim
    ("contradict", "positive", "The coroner said no one drowned, contradicting reports of 16 dead.", "16", "denied"),
    ("contradict", "negative", "The coroner said no one drowned, echoing reports of 16 rescued.", "16", "asserted"),
    ("contradict", "near miss", "The coroner did not contradict reports of 16 dead.", "16", "uncertain"),
    # a count whose sayers the text calls liars
    ("givers lying", "positive", "The militia is lying when it says 33 guards were shot.", "33", "negated"),
    ("givers lying", "positive", "\"Those who claim we burned 60 homes are lying,\" the colonel said.", "60",
     "negated"),
    ("givers lying", "negative", "The militia is right when it says 33 guards were shot.", "33", "asserted"),
    ("givers lying", "near miss", "Rescuers found 33 guards lying in the courtyard.", "33", "asserted"),
    # a count said not to be real, or not to be the speaker's own
    ("not real or not ours", "positive", "The toll of 95 is not real, the governor said.", "95", "negated"),
    ("not real or not ours", "positive", "The figure of 95 circulating online is not ours, the agency said.", "95",
     "negated"),
    ("not real or not ours", "negative", "The figure of 95 is ours, the agency said.", "95", "asserted"),
    ("not real or not ours", "near miss", "The 95 victims were not real estate agents, police said.", "95",
     "asserted"),
    # a revised figure: the one revised is taken back
    ("revised", "positive", "The ministry revised its toll of 210 sharply downwards.", "210", "denied"),
    ("revised", "negative", "The ministry revised its toll to 210.", "210", "asserted"),
    ("revised", "near miss", "The ministry has not revised its toll of 210.", "210", "asserted"),
]


@pytest.mark.parametrize(("rule", "role", "text", "number", "stance"), CASES, ids=[f"{c[0]}:{c[1]}:{c[3]}" for c in CASES])
def test_frames_of_denial_on_a_count(rule: str, role: str, text: str, number: str, stance: str) -> None:
    assert found_stance(text, fig(number)) == stance, (rule, role, text)


def test_every_rule_has_all_three_roles() -> None:
    rules = {c[0] for c in CASES}
    assert len(rules) == 16
    for rule in rules:
        assert {c[1] for c in CASES if c[0] == rule} == {"positive", "negative", "near miss"}, rule
