"""Counts the text or a speaker says are not so, in the registers of corrections, fact-checks,
transcripts and statements (issue 15; classes the blind negation register probe found unread):

* a noun of claim or of doubt opening its sentence capitalised, which the parser reads as a name
  ("Accusations that ... are slander", "Unconfirmed reports said ...", nlp/stance_frames.py);
* a noun of claim as the subject of a passive verb of denial ("the claim that ... has been debunked");
* the counted noun as the subject of a predicate of falsity ("These 500 deaths are an invention",
  nlp/stance_counts.py);
* a count a verb of making up raises "to" ("accused the rebels of inflating the toll to 700", nlp/stance.py);
* correction notes: a verb of saying wrongly ("misstated"), a verb of giving with a falsity adverb, and
  the text's own earlier saying ("we earlier reported", "It previously stated") beside a word of mistake
  (stages/figures/stance.py);
* a negated subject corrected after it ("Not 12, but 120 prisoners were freed": the 120 asserted,
  nlp/stance.py) and a relative clause of denial on the count ("..., which the government denies",
  nlp/stance_counts.py);
* a question holding the count answered no in the next turn, and a reported count the next sentence
  says is "not the case" (stages/figures/refuted.py).

Invented sentences, parties of every side. Expected: ``denied`` (denied or negated), ``uncertain``,
``asserted`` (asserted or historical), ``not denied`` (any stance but denied or negated)."""

from __future__ import annotations

import pytest

from newsledger.records import ASSERTING_STANCES
from tests.builders import figures_of_value

DENIAL = frozenset({"denied", "negated"})

# (construction, text, value, expected)
CASES = [
    # capitalised nouns of claim and doubt opening the sentence
    ("positive: capitalised claim noun called lies", "Allegations that the guards beat 45 inmates are lies, "
     "the prison service said.", 45, "denied"),
    ("positive: capitalised doubt adjective", "Unconfirmed reports said 70 people had drowned off the island.", 70,
     "uncertain"),
    ("negative: capitalised claim noun called true", "Allegations that the guards beat 45 inmates are true, the "
     "inspectors said.", 45, "asserted"),
    ("near miss: capitalised claim noun under review", "Allegations that the guards beat 45 inmates are under "
     "review.", 45, "asserted"),
    # a noun of claim as the subject of a passive verb of denial
    ("positive: passive debunked", "The allegation that 25 villagers were shot has been debunked by the "
     "garrison.", 25, "denied"),
    ("positive: passive debunked, plural", "Reports that 60 prisoners escaped were debunked by the inspectors.",
     60, "denied"),
    ("negative: passive confirmed", "The allegation that 25 villagers were shot has been confirmed by the "
     "garrison.", 25, "asserted"),
    ("near miss: passive denial negated", "The allegation that 25 villagers were shot has not been refuted.", 25,
     "not denied"),
    # the counted noun as the subject of a predicate of falsity
    ("positive: deaths are fiction", "The 400 deaths are pure fiction, the minister said.", 400, "denied"),
    ("negative: deaths are a tragedy", "The 400 deaths are a tragedy, the minister said.", 400, "asserted"),
    ("near miss: a falsity word elsewhere", "The 400 deaths were blamed on a false alarm, the minister said.",
     400, "asserted"),
    ("near miss: falsity word with an infinitive", "The 30 deaths were impossible to prevent, the report found.",
     30, "asserted"),
    # a verb of retraction with its particle
    ("positive: walked back", "The police walked back their statement that 33 protesters were arrested.", 33,
     "denied"),
    ("positive: took back", "The agency took back its claim that 18 sailors had drowned.", 18, "denied"),
    ("negative: repeated", "The police repeated their statement that 33 protesters were arrested.", 33,
     "asserted"),
    ("near miss: walked back to the station", "The police walked back to the station, where 33 protesters were "
     "held.", 33, "asserted"),
    # a verb of making up raising a count "to" it
    ("positive: exaggerating the toll to", "The ministry accused the militia of exaggerating the toll to 90.",
     90, "denied"),
    ("negative: raising the toll to", "The ministry raised the toll to 90 on Sunday.", 90, "asserted"),
    ("near miss: accused of raising the toll", "The ministry accused the militia of killing 90 villagers.", 90,
     "asserted"),
    # correction notes
    ("positive: misreported", "A previous version of this story misreported the number of injured as 60.", 60,
     "denied"),
    ("positive: we earlier reported, correction label", "Correction: we earlier reported that 14 people died. The "
     "toll is 11.", 14, "denied"),
    ("positive: it originally said, after corrected", "This story has been corrected. It originally said that 9 "
     "workers were killed.", 9, "denied"),
    ("negative: we earlier reported, an update", "We earlier reported that 14 people died; the toll has since "
     "risen to 20.", 14, "asserted"),
    ("near miss: a body's earlier saying beside a correction", "The ministry previously stated that 14 people "
     "died, in a correction to its first toll.", 14, "asserted"),
    # a negated subject with its correction: the clause holds of the corrected count
    ("positive: not N, but M", "Not 40, but 400 people were detained, the lawyers said.", 400, "asserted"),
    ("negative: not N alone", "Not 400 people were detained, the lawyers said.", 400, "denied"),
    ("near miss: the corrected count itself", "Not 40, but 400 people were detained, the lawyers said.", 40,
     "denied"),
    # the count's own relative clause denies it
    ("positive: which the government denies", "Activists put the toll at 64, which the government denies.", 64,
     "denied"),
    ("negative: which the government confirms", "Activists put the toll at 64, which the government confirms.",
     64, "asserted"),
    ("near miss: who deny the charges", "Police detained 64 students, who deny the charges.", 64, "asserted"),
    ("near miss: which the government does not deny", "Activists put the toll at 64, which the government does "
     "not deny.", 64, "not denied"),
    # questions answered no
    ("positive: transcript answer no", "Q: Did 40 people die in the fire?\n\nA: No.", 40, "denied"),
    ("positive: question called a lie", "\"Were 70 fighters killed? That is a lie,\" the commander said.", 70,
     "denied"),
    ("positive: question not the case", "Were 70 fighters killed in the raid? That is not the case.", 70, "denied"),
    ("negative: transcript answer yes", "Q: Did 40 people die in the fire?\n\nA: Yes, sadly.", 40, "asserted"),
    ("near miss: no one would say", "Were 70 fighters killed in the raid? No one would say.", 70, "not denied"),
    # a reported count the next sentence says is not the case
    ("positive: not true after a report", "A post claimed that 150 soldiers were killed. That is not true.", 150,
     "denied"),
    ("negative: true after a report", "A post claimed that 150 soldiers were killed. That is true.", 150,
     "asserted"),
    ("near miss: not new after a report", "A post claimed that 150 soldiers were killed. That is not new.", 150,
     "asserted"),
]


def _right(stance: str, expected: str) -> bool:
    if expected == "denied":
        return stance in DENIAL
    if expected == "asserted":
        return stance in ASSERTING_STANCES
    if expected == "not denied":
        return stance not in DENIAL
    return stance == expected


@pytest.mark.parametrize(("name", "text", "value", "expected"), CASES, ids=[c[0] for c in CASES])
def test_refuted_counts(name: str, text: str, value: float, expected: str) -> None:
    found = figures_of_value(text if "\n\n" in text else f"Report\n\n{text}", value)
    assert found, name
    assert _right(found[0].stance, expected), (name, found[0].stance)
