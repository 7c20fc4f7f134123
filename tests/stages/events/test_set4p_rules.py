"""The event rules written from the tune half of set 4p (real 2015-16 political news sentences of PolNeAR train,
annotated blind), each a class of construction, with positive rows, negative rows and near misses (sentences
written for these tests, none from the set):

* ``timed``: an attack named in a phrase of time is an act told as done beside the sentence's own act
  (``stages/events/timed_acts.py``, PLOVER ASSAULT: "have criticised the president since the shootings in
  Dallas", "in the wake of the Madrid bombings"), a definite one (a determiner, possessor or name before it);
  not "after an attack" (it may be any), nor one that is only a topic ("during the debate on the shootings");
* ``conduct``: a party's conduct that comes under fire or under attack is criticised, not shot at
  (``stages/events/standing.py`` ``standing_conduct_nouns``, PLOVER ACCUSE: "the ministry's record came under
  fire"), and so is one that comes under scrutiny; a patrol that comes under fire is still shot at;
* ``blame``: what a verb of blame blames (its object or "for" phrase) is a happening told as done, as a
  condemned one is (``reports.yaml`` ``reaction_verbs``: "blamed Somalia for the attack on the mall" tells the
  attack, PLOVER ASSAULT); not a crisis, nor an attack planned or threatened;
* ``doubt``: doubt raised or cast on what a party says or is ("raised doubts about Uganda's honesty", "cast doubt on
  Germany's commitment"), or a party's fitness called into question ("called into question the president's
  leadership abilities"), is criticism (``patterns.yaml``, PLOVER ACCUSE disapprove), a party being named.

A row (rule, kind, plover, text, expected) with ``expected`` (type, source codes, target codes) holds when a
counted event has that triple; with ``expected`` None when no counted event is of the row's ``plover`` type.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import RuleRow as Row
from tests.builders import rule_row_holds as holds

ROWS: list[Row] = [
    ("timed", "pos", "ASSAULT", "Senators have criticised the president since the shootings in Dallas.",
     ("ASSAULT", (), ())),
    ("timed", "pos", "ASSAULT", "In the wake of the Madrid bombings, Italy criticised Spain.", ("ASSAULT", (), ("ESP",))),
    ("timed", "pos", "ASSAULT", "Italy recalled its ambassador to Spain following the bombings in Madrid.",
     ("ASSAULT", (), ())),
    ("timed", "pos", "ASSAULT", "Italy criticised Spain in the aftermath of Monday's raid.", ("ASSAULT", (), ())),
    ("timed", "neg", "ASSAULT", "Senators have criticised the president since the election in Dallas.", None),
    ("timed", "near", "ASSAULT", "Senators criticised the president after talks on the shootings.", None),
    ("timed", "near", "ASSAULT", "Senators criticised the president after an attack.", None),
    ("timed", "near", "ASSAULT", "Senators criticised the president during the debate on the shootings.", None),
    ("conduct", "pos", "ACCUSE", "The Kenyan government's record came under fire last week.", ("ACCUSE", (), ("KEN",))),
    ("conduct", "pos", "ACCUSE", "Germany's handling of the crisis came under attack.", ("ACCUSE", (), ("DEU",))),
    ("conduct", "pos", "ACCUSE", "The Kenyan minister's decisions have come under intense scrutiny.", ("ACCUSE", (), ("KEN",))),
    ("conduct", "neg", "ACCUSE", "The Kenyan government's record was praised last week.", None),
    ("conduct", "near", "ACCUSE", "A Kenyan patrol came under fire near the border.", None),
    ("conduct", "near", "ACCUSE", "The Kenyan minister's decisions have come under review.", None),
    ("blame", "pos", "ASSAULT", "The Kenyan minister blamed Somalia for the attack on the mall.", ("ASSAULT", (), ())),
    ("blame", "pos", "ASSAULT", "The Kenyan minister blamed the bombing on Somalia.", ("ASSAULT", (), ())),
    ("blame", "neg", "ASSAULT", "The Kenyan minister blamed Somalia for the economic crisis.", None),
    ("blame", "near", "ASSAULT", "The Kenyan minister blamed Somalia for planning the attack.", None),
    ("blame", "near", "ASSAULT", "The Kenyan minister blamed Somalia for the threat of an attack.", None),
    ("doubt", "pos", "ACCUSE", "The Kenyan opposition raised doubts about the Ugandan president's honesty.",
     ("ACCUSE", ("KEN",), ("UGA",))),
    ("doubt", "pos", "ACCUSE", "Italy cast doubt on Germany's commitment.", ("ACCUSE", ("ITA",), ("DEU",))),
    ("doubt", "pos", "ACCUSE", "Kenyan lawmakers called into question the Ugandan president's leadership abilities.",
     ("ACCUSE", ("KEN",), ("UGA",))),
    ("doubt", "neg", "ACCUSE", "The Kenyan opposition raised funds for the Ugandan president.", None),
    ("doubt", "near", "ACCUSE", "The Kenyan opposition raised doubts about the weather forecast.", None),
    ("doubt", "near", "ACCUSE", "Kenyan lawmakers questioned the abilities of the new machines.", None),
]


def test_every_rule_has_positive_negative_and_near_rows() -> None:
    kinds = Counter((r[0], r[1]) for r in ROWS)
    rules = {r[0] for r in ROWS}
    assert len(rules) == 4
    for rule in rules:
        assert all(kinds[(rule, k)] >= 1 for k in ("pos", "neg", "near")), rule


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_set4p_rule(row: Row) -> None:
    assert holds(row)
