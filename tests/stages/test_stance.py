"""Stance on the records of each stage (quotes, figures, events), through the whole pipeline:
each construction with a positive example, a negative example and a near miss (invented text)."""

from __future__ import annotations

import pytest

from newsledger.records import Analysis
from tests.builders import pipeline


def analyse(text: str) -> Analysis:
    return pipeline().analyze_text(text)


FIGURES = [
    # (construction, text, value, expected stance)
    ("speaker negates a number", "There are not 90 dead, the mayor said.", 90, "negated"),
    ("speaker states a number", "There are 90 dead, the mayor said.", 90, "asserted"),
    ("the correction after 'but rather'", "There are not 90 dead, but rather about 40, the mayor said.", 40,
     "asserted"),
    ("denial verb over the count", "The navy denied that 12 fishermen were killed.", 12, "denied"),
    ("doubt over the count", "Officials could not confirm that 12 fishermen were killed.", 12, "uncertain"),
    ("qualifier 'no fewer than' is no negation", "No fewer than 12 fishermen were killed.", 12, "asserted"),
    # a modal over the verb of a count: a prospect, no toll; over a copula, an estimate put as possible (seen
    # on VOA: "the death toll may be higher — up to 10 fatalities" was asserted)
    ("modal of possibility over the count's verb", "Kyiv said 40 Russian prisoners may die if the siege "
     "goes on.", 40, "hypothetical"),
    ("modal of the future over the count's verb", "Hamas warned that 30 Israeli hostages will die without "
     "a deal.", 30, "future"),
    ("modal over a copula: an estimate", "Medics said the Palestinian toll could be as high as 500.", 500,
     "uncertain"),
    ("no modal: the count asserted", "Kyiv said 40 Russian prisoners died in the siege.", 40, "asserted"),
    # a modal over another verb placing a count at a level: an estimate (seen on the mali-market probe:
    # "the toll could reach 90" was no claim in the incident's thread)
    ("modal over a verb of level: an estimate", "A Malian official said the toll could reach 90.", 90,
     "uncertain"),
    ("modal over a verb of level: an estimate", "Israeli medics said the number of dead may exceed 60.", 60,
     "uncertain"),
    ("verb of level without a modal (negative)", "A Malian official said the toll reached 90.", 90, "asserted"),
    ("modal over a verb of level that is no estimate (near miss)", "Ukrainian medics said 40 soldiers could "
     "die before help arrives.", 40, "hypothetical"),
    ("modal over a perfect is a hedge (near miss)", "Kyiv said 40 Russian prisoners may have died in the "
     "siege.", 40, "uncertain"),
    # a rescue that failed is a death: asserted, not a negated count nor a prospect
    ("a failed rescue", "The Israeli doctor said: \"Two of them we could not save.\"", 2, "asserted"),
    ("a failed rescue, other side", "Gaza medics said three of the wounded did not survive the night.", 3,
     "asserted"),
    ("a failed rescue: negative, a negated count", "Gaza medics said there were not 30 dead.", 30, "negated"),
    ("a failed rescue: near miss, a rescue that may fail", "The Russian doctor said 4 patients could die without "
     "surgery.", 4, "hypothetical"),
    # a count the text finds no evidence for is no one's claim: negated (seen on an invented Iran probe: a
    # fact-check's "We found no evidence that more than 20 people were killed" sat in the toll thread)
    ("no evidence for a count", "We found no evidence that more than 20 protesters were killed.", 20, "negated"),
    ("no evidence for a count, other side", "There is no evidence that 30 police officers died in the riots.", 30,
     "negated"),
    ("new evidence for a count (negative)", "We found new evidence that more than 20 protesters were killed.", 20,
     "asserted"),
    ("could not confirm a count stays open (near miss)", "We could not confirm that more than 20 protesters were "
     "killed.", 20, "uncertain"),
    # a verb of saying the text calls false: its count is negated
    ("falsely claimed count", "Posts on Telegram falsely claim that 50 protesters were killed.", 50, "negated"),
    ("wrongly reported count, other side", "State television wrongly reported that 12 police officers died.", 12,
     "negated"),
    ("claimed count without a falsity adverb (negative)", "Posts on Telegram claim that 50 protesters were "
     "killed.", 50, "asserted"),
    ("a falsity adverb on another verb (near miss)", "Posts that were falsely attributed to the army said 50 "
     "protesters were killed.", 50, "asserted"),
    # a count said to be made up is denied by whoever says so
    ("invented count", "\"These are the lies of channels that invented fifty dead,\" the judge said.", 50, "denied"),
    ("fabricated count, other side", "The rights group said the ministry had fabricated a toll of 12 dead "
     "policemen.", 12, "denied"),
    ("a count that made no count up (negative)", "The rights group said the ministry had reported a toll of 12 "
     "dead policemen.", 12, "asserted"),
    ("a made-up weapon, not the count (near miss)", "The army said rebels had invented a drone that killed 12 "
     "soldiers.", 12, "asserted"),
    # a reported count the next sentence calls false in the text's own voice (seen on an invented DR Congo
    # probe: a fact-check's 'Posts ... claim that "200 displaced people" died ... The claim is false.' sat
    # in the toll thread)
    ("a claim called false after it", "Posts on X claim that 200 Congolese soldiers died in the camp. The claim "
     "is false.", 200, "negated"),
    ("a claim called untrue after it, other side", "Kigali says 40 M23 fighters were killed in the raid. That is "
     "untrue.", 40, "negated"),
    ("a claim the next sentence does not call false (negative)", "Kigali says 40 M23 fighters were killed in the "
     "raid. The claim is widely shared.", 40, "asserted"),
    ("called false by another speaker (near miss)", "Kinshasa says 40 Rwandan soldiers were killed in the raid. "
     "That is untrue, the M23 said.", 40, "asserted"),
    ("the text's own count (near miss)", "At least 40 Congolese villagers were killed in the raid. That is "
     "false.", 40, "asserted"),
]


@pytest.mark.parametrize(("construction", "text", "value", "expected"), FIGURES, ids=[c[0] for c in FIGURES])
def test_figure_stance(construction: str, text: str, value: float, expected: str) -> None:
    figs = [f for f in analyse(text).figures if f.value_low == value]
    assert len(figs) == 1, construction
    assert figs[0].stance == expected, construction


QUOTES = [
    ("denial cue", "The navy denied that its ship fired on the ferry.", "denied"),
    ("neutral cue", "The navy said that its ship fired on the ferry.", "asserted"),
    ("negated denial cue", "The navy did not deny that its ship fired on the ferry.", "uncertain"),
    ("negated content under a speaker", "The navy said its ship did not fire on the ferry.", "negated"),
    ("a denial verb over no proposition", "The navy rejected the request to escort the ferry.", "asserted"),
    ("a denial verb over a proposition noun", "The navy rejected the reports about the ferry.", "denied"),
    ("a claim called false", 'The navy called the ferry reports "baseless."', "denied"),
    ("a claim called true (near miss)", 'The navy called the ferry reports "accurate."', "asserted"),
    # verbs of rebuttal are verbs of saying too: their claim is a denied quote
    ("refuted the reports that", "The navy refuted reports that its ship fired on the ferry.", "denied"),
    ("rebutted the charge that", "The navy rebutted the charge that its ship fired on the ferry.", "denied"),
    ("repeated the reports (near miss)", "The navy repeated reports that its ship fired on the ferry.", "asserted"),
    # a verb of denial with its particle, and "contest", deny as the single verbs do
    ("ruled out involvement", "The navy ruled out any involvement in the ferry sinking.", "denied"),
    ("contested the account", "The navy contested the ferry company's account.", "denied"),
    ("ruled on the ferry (near miss)", "The court ruled that the navy had sunk the ferry.", "asserted"),
    # a copula's negator the parser hangs on the quoted predicate still negates the clause
    ("a quoted negated predicate", 'The navy said it was "not responsible" for the ferry sinking.', "negated"),
    ("a quoted predicate (near miss)", 'The navy said it was "fully responsible" for the ferry sinking.', "asserted"),
    ("a claim called absurd", 'The navy called the ferry reports "absurd."', "denied"),
    # a speaker's own frame of belief or a copula over a clause: the clause is the proposition
    ("we know it was not", '"We know our ship did not fire on the ferry," the admiral said.', "negated"),
    ("I am sure it was not", '"I am sure our ship did not fire on the ferry," the admiral said.', "negated"),
    ("the truth is it was not", '"The truth is that our ship did not fire on the ferry," the admiral said.',
     "negated"),
    ("we emphasise it was not (a verb of saying as the frame)",
     '"We emphasise that our ship did not fire on the ferry," the admiral said.', "negated"),
    ("we know it was (negative)", '"We know our ship fired on the ferry," the admiral said.', "asserted"),
    ("we do not know that it was (near miss: the frame negated)",
     '"We do not know that our ship fired on the ferry," the admiral said.', "uncertain"),
]


@pytest.mark.parametrize(("construction", "text", "expected"), QUOTES, ids=[c[0] for c in QUOTES])
def test_quote_stance(construction: str, text: str, expected: str) -> None:
    quotes = [q for q in analyse(text).quotes if "ferr" in q.content.text]
    assert quotes, construction
    assert quotes[0].stance == expected, construction


def test_a_denied_event_keeps_its_claimant() -> None:
    an = analyse("Moscow has denied shelling the hospital in Kherson.")
    assault = [e for e in an.events if e.plover == "ASSAULT"]
    assert len(assault) == 1
    e = assault[0]
    names = {a.id: a.name for a in an.actors}
    assert e.stance == "denied" and e.modality == "asserted"
    assert names.get(e.claimed_by) == "Russia"


def test_an_asserted_event_and_a_near_miss() -> None:
    shelled = analyse("Russian forces shelled the hospital in Kherson.")
    assert [e.stance for e in shelled.events if e.plover == "ASSAULT"] == ["asserted"]
    admitted = analyse("Moscow has admitted shelling the hospital in Kherson.")
    assert [e.stance for e in admitted.events if e.plover == "ASSAULT"] == ["asserted"]
