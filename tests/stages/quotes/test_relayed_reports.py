"""Three reporting clauses the parser hangs in the wrong place, read back (issue 15;
hospital-strike's tuning half: an aggregator's rewrite of wires, a translated state agency's
dispatch, a briefing transcript's question). Invented sentences.

* "N said A, W reported.": the parser makes "W reported" the content of "said" and A its
  content; N says A and W relays the whole sentence, so a figure in A is N's;
* "A, and B, N informed.": a closing cue hung on the last of coordinated clauses (as its
  conjunct, or as a modifier with no subordinating mark) reports them all, also when a paragraph
  break follows the sentence;
* "Western media report that A": the verb tagged as a noun whose compound is its subject."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

HEAD = "Dam breach in Korvel\n\nWater flooded the lower town of Korvel overnight.\n\n"

# (construction, text, value, the figure's source as written, or None: the outlet's voice)
CASES = [
    ("relayed: N said A, W reported", HEAD + "The provincial governor said 14 villagers had drowned, Tidewater "
     "Press reported.", 14, "The provincial governor"),
    ("relayed: N said A, W reported, with a later paragraph", HEAD + "The mayor's office said 30 houses "
     "collapsed and 22 residents were hurt, the Harbour Agency reported.\n\nPumps arrived at noon.", 22,
     "The mayor's office"),
    ("relayed negative: W reported that N said A keeps N", HEAD + "Tidewater Press reported that the governor "
     "said 14 villagers had drowned.", 14, "the governor"),
    ("relayed near miss: 'A, W reported' with no inner speaker is W's", HEAD + "Fourteen villagers had drowned, "
     "Tidewater Press reported.", 14, "Tidewater Press"),
    ("coordinated: the first of two clauses before a closing cue", HEAD + "The toll has risen to 17 people, among "
     "them three children, and 41 people were injured, the Head of the Regional Administration Pavel Dorn "
     "informed.\n\nRescuers are still at work.", 17, "Pavel Dorn"),
    ("coordinated: a closing cue the parser hung on the last clause as a modifier", HEAD + "The death toll has "
     "increased to 17 people, among them three children, and 41 people were injured, the Head of the Regional "
     "Military Administration Pavel Dorn informed on Telegram.\n\nRescuers are still at work.", 17, "Pavel Dorn"),
    ("coordinated: the last clause, before a paragraph break", HEAD + "The death toll from the collapse of the dam "
     "on the river Vela has increased to 17 people, among them three children, and 41 people were injured, the "
     "Head of the Korvel Regional Administration Pavel Dorn informed.\n\nRescuers are still at work.", 41,
     "Pavel Dorn"),
    ("coordinated near miss: a clause opened by 'while' is no closing cue", HEAD + "The death toll has increased "
     "to 17 people, and 41 people were injured, while the governor informed the cabinet.", 17, None),
    ("coordinated negative: a conjunction before the cue makes it a clause of its own", HEAD + "The toll has "
     "risen to 17 people, and the governor informed the cabinet.", 17, None),
    ("coordinated near miss: the last clause alone", HEAD + "The toll has risen to 17 people, and 41 people were "
     "injured, the governor informed.", 41, "the governor"),
    ("compound: 'media report that'", HEAD + "Question: Foreign media report that 60 people died in the flood. "
     "Is that true?", 60, "Foreign media"),
    ("label: a line's 'Q:' is no subject of the verb after it", HEAD + "Q: Local officials say that 12 people "
     "died. Is that so?", 12, "Local officials"),
    ("compound negative: a media report with no clause is a document giving it", HEAD + "A media report on "
     "Monday gave a toll of 60 dead.", 60, "A media report"),
    ("compound near miss: 'The report that' as a subject", HEAD + "The report that 60 people died was withdrawn "
     "by the agency.", 60, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_misplaced_reporting_clause_is_read_back(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
