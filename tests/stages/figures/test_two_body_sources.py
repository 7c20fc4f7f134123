"""Which of two bodies in a figure's sentence states it (issue 15, two-body figure sources): a
possessed number is about its possessor, not given by it, when the sentence reports it from
another body; an act done with a figure inside another body's report is the reporter's; a figure
set in a poll that names its owner is the owner's."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

LEAD = "The count went on late into the night.\n\n"

# (construction, text, the value, the figure's source as written)
POSSESSED = [
    # positive: possessed numbers in a comparison reported by a count of another body
    ("possessed, according to", "Smith has collected 412 votes, compared to Jones's 290 and Baker's 118, "
     "according to a Reuters count.", 118, "a Reuters count"),
    ("possessed first, according to", "Smith has collected 412 votes, compared to Jones's 290 and Baker's 118, "
     "according to a Reuters count.", 290, "a Reuters count"),
    # negative: a possessed number with no other body reporting it is its owner's
    ("possessed, nothing else", "The tally stood at 40 dead against the ministry's 231.", 231, "the ministry"),
    # near miss: a possessed number in a speaker's words, no source phrase: the owner's
    ("possessed, in a speaker's words", "The general said the ministry's 231 was far too low.", 231, "the ministry"),
    # near miss: a count noun owned by a body, relayed by an agency, stays the owner's
    ("owned toll, according to", "The ministry's toll rose to 231, according to Reuters.", 231, "The ministry"),
]

ACTS = [
    # positive: an agreement told in another body's report
    ("agreed, monitors say", "Government troops and militia fighters have agreed a truce in four villages, "
     "monitors say.", 4, "monitors"),
    # positive: a proposal told by an aide
    ("propose, according to", "The senator will propose spending $3 billion on roads, according to an aide.",
     3_000_000_000, "an aide"),
    # negative: the act alone, no report around it: the doer's as before
    ("propose alone", "The senator proposed spending $3 billion on roads.", 3_000_000_000, "The senator"),
    # near miss: a verb of saying inside the report: the inner speaker states it
    ("said inside report", "The mayor said 40 people were hurt in the storm, local media reported.", 40,
     "The mayor"),
]

POLLS = [
    # positive: the figure's phrase set in a named poll
    ("of the vote in a poll", "The mayor won 38 percent of the vote in a Marist poll released Monday.", 38,
     "a Marist poll"),
    # positive: the subject set in a named poll
    ("rating in the poll stands", "The governor's approval rating in the latest Gallup Poll stands at 41%.", 41,
     "the latest Gallup Poll"),
    # positive: topped a poll with a share
    ("topped a poll with", "The mayor topped a Marist poll with 38 percent.", 38, "a Marist poll"),
    # negative: a poll that names no owner
    ("unnamed poll", "The senator won 44 percent in a recent poll.", 44, UNATTRIBUTED),
    # near miss: a survey that is only the verb's object
    ("survey as object", "The agency is mailing its annual Housing Survey to more than 2 million homes.",
     2_000_000, UNATTRIBUTED),
]


POLLED = [
    # positive: a share of respondents "says" inside a survey's report: the survey's
    ("share said, according to", "According to a Pew survey, 51 percent of respondents said they would vote for "
     "Smith, versus 39 percent for Jones.", 39, "a Pew survey"),
    # negative: a share with no report around it keeps its own words
    ("share said alone", "51 percent of respondents said they would vote for Smith, versus 39 percent for Jones.",
     39, "51 percent of respondents"),
    # near miss: people counted, not a share, who tell something: they state it
    ("residents told", "Local officials said 40 residents told them they had lost 12 cattle.", 12, "40 residents"),
]

AMOUNTS = [
    # positive: a plan adding an amount inside a senator's words
    ("plan would add, senator said", "The plan would add 2 million jobs over a decade, the senator said.",
     2_000_000, "the senator"),
    # positive: rules adding an amount, no report at all
    ("rules would add", "The new rules would add 300 pages to the tax code.", 300, UNATTRIBUTED),
    # negative: a body adding to its count states it
    ("ministry added", "The health ministry added 20 deaths to its count.", 20, "The health ministry"),
    # near miss: "add" as a verb of saying with a clause
    ("spokesman added", "Seven people were hurt, the spokesman added.", 7, "the spokesman"),
]


TAKERS = [
    # positive: a survey given as a source, with who took it
    ("survey conducted by", "Independents made up 41 percent of voters, according to a March survey conducted by "
     "WXYZ radio.", 41, "WXYZ radio"),
    # positive: a poll taken for one body by another: the one it was taken for
    ("conducted for X by Y", "Smith leads with 48 percent, according to a poll conducted for the Daily Herald by "
     "Norton Research.", 48, "the Daily Herald"),
    # negative: a poll naming no one stays as written
    ("conducted online", "Smith leads with 48 percent, according to a recent poll conducted online.", 48,
     "a recent poll"),
    # positive: a survey that reports as a subject, with who took it
    ("poll subject, conducted by", "A survey conducted by Gallup found that 48 percent back the plan.", 48, "Gallup"),
    # near miss: a document that is no poll, with who made it: not a poll's taker
    ("audit conducted by", "Smith leads with 48 percent, according to an audit conducted by the state treasurer.",
     48, "an audit"),
]


RELATIVE = [
    # positive: a judged act's relative clause whose verb of saying the parser hangs as an auxiliary
    ("condemned, which X said killed", "The ministry condemned the strike, which the Red Cross said killed 65 people.",
     65, "the Red Cross"),
    # negative: the relative clause with no one saying anything
    ("condemned, which killed", "The ministry condemned the strike, which killed 65 people.", 65, UNATTRIBUTED),
    # near miss: an auxiliary that is no verb of saying
    ("which X had launched", "The ministry condemned the strike, which the rebels had launched with 65 fighters.",
     65, UNATTRIBUTED),
]


CLAIMS = [
    # positive: claims by a body, rejected by another
    ("claims by X, rejected", "The army rejected claims by the rebels that 50 civilians died.", 50, "the rebels"),
    # positive: a possessed claim, denied in the passive
    ("X's claim, denied", "The rebels' claim that 50 civilians died was denied by the army.", 50, "The rebels"),
    # negative: a claim naming no one stays with the body rejecting it
    ("claims, no owner", "The army rejected claims that 50 civilians died.", 50, "The army"),
    # near miss: a demand is no claim
    ("X's demand", "The army rejected the rebels' demand that 50 prisoners be freed.", 50, "The army"),
]

# each construction's table: the rule it checks
TABLES = {
    "possessed number reported by another body": POSSESSED,
    "act inside another body's report": ACTS,
    "figure set in a named poll": POLLS,
    "share of people polled is no speaker": POLLED,
    "adding an amount is no report": AMOUNTS,
    "poll's commissioner or taker": TAKERS,
    "relative clause reporter read as an auxiliary": RELATIVE,
    "claim owner": CLAIMS,
}
ROWS = [(rule, *row) for rule, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize(("rule", "name", "text", "value", "source"), ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS])
def test_which_of_two_bodies_states_a_figure(rule: str, name: str, text: str, value: float, source: str) -> None:
    figures = figures_of_value(LEAD + text, value)
    assert figures, (rule, name)
    assert figures[0].attribution == source, (rule, name, figures[0].attribution)
