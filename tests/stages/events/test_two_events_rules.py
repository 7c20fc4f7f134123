"""Two happenings told in one sentence (issue 16), each rule a class of construction with positive rows, negative
rows and near misses (sentences written for these tests, none from a gold set):

* ``adjunct``: an indefinite attack noun in a phrase of time whose parties a phrase on it names ("wounded in a
  blast during clashes with the rebels") is a second act beside the sentence's own
  (``stages/events/two_events_adjuncts.py``); not a bare "after attacks", nor a phrase of place or time, nor
  fighting an act came after ("retook the village after fierce fighting with the rebels": one operation);
* ``conjunct``: a coordinated verb of the same doer telling an act of another PLOVER type ("troops shot dead two
  men and arrested five others": ASSAULT and COERCE) is a second act (``stages/events/two_events_conjuncts.py``);
  a coordinated verb of the same type stays one act;
* ``listed``: two coordinated event nouns ("since the bombings and the shootings") are two happenings, kept by
  de-duplication though both name no party (``two_events_conjuncts.listed_happenings``);
* ``outcome``: an event noun that is the subject of a verb of outcome ("the blockade of the port did not work")
  names an act that took place; the negation is of its outcome (``stages/events/two_events_outcomes.py``); an act
  that "did not happen", or a negated verb of the act itself, stays negated;
* ``claim``: a claim of responsibility told on the attack's noun ("the bombing, claimed by the Front, killed
  12") is a claim of responsibility beside the attack (``stages/events/responsibility_claims.py``, no PLOVER act,
  ACLED scope ``claim_of_responsibility``), its claimant the source; not an attack condemned, nor claimed by no one.

A row (rule, kind, text, plover, count): the text has exactly ``count`` counted events of PLOVER type ``plover``
(``claim``: events of scope ``claim_of_responsibility`` named by their source's codes, ``plover`` a code or "").
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsledger.evaluation.events import actor_codes
from newsledger.records import Article
from tests.builders import counted_events, pipeline

Row = tuple[str, str, str, str, int]

ROWS: list[Row] = [
    ("adjunct", "pos", "Three policemen were wounded in a bomb blast on Monday during clashes with the rebels.", "ASSAULT", 2),
    ("adjunct", "pos", "Militants killed two soldiers on Monday amid clashes with the army.", "ASSAULT", 2),
    ("adjunct", "neg", "Three policemen were wounded in a bomb blast on Monday during the holidays.", "ASSAULT", 1),
    ("adjunct", "near", "Three policemen were wounded in a bomb blast after attacks.", "ASSAULT", 1),
    ("adjunct", "near", "Three policemen were wounded in a bomb blast during violence in the elections.", "ASSAULT", 1),
    ("adjunct", "near", "The minister resigned during talks with the rebels.", "ASSAULT", 0),
    ("adjunct", "near", "Kenyan troops retook the village after fierce fighting with the rebels.", "ASSAULT", 1),
    ("conjunct", "pos", "Israeli troops shot two Palestinians and arrested five others in the West Bank.", "COERCE", 1),
    ("conjunct", "pos", "Kenyan soldiers killed four gunmen and detained three others near the border.", "COERCE", 1),
    ("conjunct", "neg", "Israeli troops shot two Palestinians in the West Bank.", "COERCE", 0),
    ("conjunct", "near", "Israeli troops shot two Palestinians and wounded five others in the West Bank.", "ASSAULT", 1),
    ("conjunct", "near", "Israeli troops shot two Palestinians and will arrest five others in the West Bank.",
     "COERCE", 0),
    ("listed", "pos", "Senators have criticised the president since the bombings and the shootings.", "ASSAULT", 2),
    ("listed", "neg", "Senators have criticised the president since the bombings.", "ASSAULT", 1),
    ("listed", "near", "Senators have criticised the president since the bombings and the elections.", "ASSAULT", 1),
    ("outcome", "pos", "The Kenyan blockade of the port did not work, officials said.", "COERCE", 1),
    ("outcome", "pos", "The Ugandan army's offensive against the rebels did not succeed.", "ASSAULT", 1),
    ("outcome", "neg", "The Kenyan blockade of the port did not happen.", "COERCE", 0),
    ("outcome", "near", "Kenya did not blockade the port.", "COERCE", 0),
    ("claim", "pos", "The bombing, claimed by the Taliban, killed 12 people in the market.", "AFG", 1),
    ("claim", "pos", "The ambush, which the Taliban claimed, killed five soldiers.", "AFG", 1),
    ("claim", "pos", "Gunmen attacked a patrol near the capital in an attack later claimed by the Islamic State group.",
     "", 1),
    ("claim", "neg", "The bombing killed 12 people in the market.", "", 0),
    ("claim", "near", "The bombing, condemned by the Taliban, killed 12 people in the market.", "AFG", 0),
    ("claim", "near", "The bombing, claimed by no group, killed 12 people in the market.", "", 0),
]


def _count(rule: str, text: str, plover: str) -> int:
    if rule != "claim":
        return sum(p.plover == plover for p in counted_events(text))
    analysis = pipeline().analyze(Article.create(text))
    actors = {a.id: a for a in analysis.actors}
    return sum(e.scope == "claim_of_responsibility" and e.parent_id is None
               and actor_codes(e.source_actor_ids, actors) == frozenset(plover.split()) for e in analysis.events)


def test_every_rule_has_positive_negative_and_near_rows() -> None:
    kinds = Counter((r[0], r[1]) for r in ROWS)
    rules = {r[0] for r in ROWS}
    assert len(rules) == 5
    for rule in rules:
        assert all(kinds[(rule, k)] >= 1 for k in ("pos", "neg", "near")), rule


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_two_events_rule(row: Row) -> None:
    rule, _kind, text, plover, count = row
    assert _count(rule, text, plover) == count
