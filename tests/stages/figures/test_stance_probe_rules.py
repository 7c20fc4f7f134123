"""Rules written from the tune half of the figure measure and stance probe (issue 15;
``test_stance_probe.py``), one table each, of invented sentences:

* a noun of claim said to be doubtful by a linking verb leaves its count open (nlp/stance_predicates.py);
* an object shifted past "as" and its word of falsity on a verb of denial or calling is denied
  ("dismissed as exaggerated a claim that ...", nlp/stance_predicates.py);
* a verb of calling with no complement of its own, its object's phrase closing on a word of falsity, calls
  it false ("Ministry calls reports of 100 arrests fake news", nlp/stance_predicates.py);
* the definite whole of a partitive under "how many" / "which" asked of who the part are is
  presupposed ("how many of the 400 injured were children", nlp/stance_predicates.py);
* a definite counted subject whose own words give its measure keeps it asserted under a denial or
  negation of another predicate ("the 11 soldiers killed on Monday had been captured", "the 7
  hostages were not harmed", stages/figures/own_fate.py);
* the first of counts listed before one verb takes the word after it, not the later count's verb
  ("12 dead, 40 hurt as ...", stages/figures/gapped.py);
* a place of confinement after the counted says they are held ("are in jail", "remain behind bars",
  data/figures/measures.yaml).
"""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (rule: row kind, text, value, attribute, expected)
CASES = [
    # a noun of claim said to be doubtful
    ("doubted subject: positive", "The claim that 45 prisoners escaped is doubtful, the warden said.", 45, "stance",
     "uncertain"),
    ("doubted subject: positive, questionable", "The report that 90 families were displaced remains questionable.", 90,
     "stance", "uncertain"),
    ("doubted subject: negative, no claim noun", "The 45 prisoners who escaped are in poor health, the warden said.", 45,
     "stance", "asserted"),
    ("doubted subject: near miss, negated doubt", "The claim that 45 prisoners were wounded is not doubtful, the "
     "warden said.", 45, "stance", "asserted"),
    # an object shifted past its predicate of falsity
    ("shifted object: positive", "The governor rejected as baseless a report that 75 farmers had been detained.", 75,
     "stance", "denied"),
    ("shifted object: positive, adverb", "Officials dismissed as wholly invented claims that 120 villagers were "
     "killed.", 120, "stance", "denied"),
    ("shifted object: negative, a word of truth", "The governor described as accurate a report that 75 farmers had "
     "been detained.", 75, "stance", "asserted"),
    ("shifted object: near miss, no claim noun", "The agency described as tragic the deaths of 75 farmers.", 75,
     "stance", "asserted"),
    # a verb of calling whose complement the parser folded into its object
    ("folded complement: positive", "Governor calls reports of 60 arrests fake news", 60, "stance", "denied"),
    ("folded complement: positive, a noun of falsity", "Army calls claims of 35 deaths pure invention", 35, "stance",
     "denied"),
    ("folded complement: negative, no word of falsity", "Governor calls reports of 60 arrests alarming", 60, "stance",
     "asserted"),
    ("folded complement: near miss, a complement of its own", "The governor called reports of fake news about 60 "
     "arrests a distraction.", 60, "stance", "asserted"),
    # the whole of a partitive asked of who its part are
    ("asked part: positive", "Doctors could not say how many of the 250 wounded were children.", 250, "stance",
     "asserted"),
    ("asked part: positive, which", "It was not clear which of the 18 detainees are foreigners.", 18, "stance",
     "asserted"),
    ("asked part: negative, no partitive", "Doctors could not confirm that 250 people were wounded.", 250, "stance",
     "uncertain"),
    ("asked part: near miss, what happened to the part", "It is not known how many of the 250 villagers were "
     "evacuated.", 250, "stance", "uncertain"),
    # a definite counted subject whose own words give its measure
    ("own fate: positive, participle", "The police denied that the 14 miners killed in the blast had been warned.", 14,
     "stance", "asserted"),
    ("own fate: positive, noun", "The 9 hostages were not mistreated, the negotiators said.", 9, "stance", "asserted"),
    ("own fate: negative, the clause's verb gives the measure", "The 30 strikers were not arrested, the union said.",
     30, "stance", "negated"),
    ("own fate: near miss, the measure denied", "The police denied that the 14 miners trapped in the blast had been "
     "killed.", 14, "stance", "denied"),
    # the first of counts listed before one verb
    ("listed counts: positive", "12 dead, 40 hurt as bus plunges into valley", 12, "measure", "killed"),
    ("listed counts: positive, missing", "5 dead, 12 missing after storm", 5, "measure", "killed"),
    ("listed counts: negative, one count", "25 people were hurt as the ferry hit the pier.", 25, "measure", "injured"),
    ("listed counts: near miss, a participle on the subject", "140 pupils abducted in March were freed on Sunday.",
     140, "measure", "released"),
    # a place of confinement
    ("confinement: positive", "Around 350 of the party's members are in jail, its leader said.", 350, "measure",
     "detained"),
    ("confinement: positive, behind bars", "At least 70 reporters remain behind bars.", 70, "measure", "detained"),
    ("confinement: negative, a place of work", "About 350 of the party's members are in parliament.", 350, "measure",
     None),
    ("confinement: near miss, died there", "Six inmates died in prison this year.", 6, "measure", "killed"),
]


@pytest.mark.parametrize(("rule", "text", "value", "attr", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule(rule: str, text: str, value: float, attr: str, expected: str | None) -> None:
    assert_first_figure(text, value, attr, expected, rule)
