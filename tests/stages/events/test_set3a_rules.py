"""Event rules written from the tune half of a blind set of real VOA sentences (set 3a, issue 16), each a class
of construction, with positive rows, negative rows and near misses (sentences written for these tests, none
from the set):

* ``disappointing``: a word of disappointment a naming verb gives ("called the tariffs deeply disappointing";
  ``disapproval_words``);
* ``partitive``: a reported copula whose predicate is "one of" a group a word of disapproval qualifies ("said X
  is one of the most hostile partners"; ``nlp.syntax.partitive_member``);
* ``critical``: a critical stance told by a predicate adjective with an "of" phrase ("are critical of X's
  rules"; ``stages/events/critical.py``);
* ``concern``: concern voiced at an act with no party named ("expressed concern over plans to hand the port
  to ..."; ``stages/events/concern.py``);
* ``backing``: support told from the side of what is supported ("the plan won the support of X";
  ``stages/events/backing.py``);
* ``economic_war``: an economic war waged is a SANCTION, no ASSAULT ("waged a trade war with X";
  ``patterns.yaml``);
* ``urged_act``: "urge" with the requested act as its object, or the end of one ("urged an end to the war",
  "urged the release of"; ``object_request_verbs``, ``requests._ended_act``);
* ``helped``: an act in the complement of "help" under the helper's modals ("said he will help release X" is a
  promise; ``frames.helped_act_verb``);
* ``unlawful``: a reported act told as done unlawfully accuses its doer ("said Russia had unlawfully deported
  the children"; ``stages/events/unlawful.py``);
* ``scheduled``: an act in the infinitive of a word of schedule or likelihood is neither done nor promised ("is
  due to visit Kenya", "are likely to find him guilty"; ``schedule_words``, ``likelihood_words``);
* ``unyielding``: a yielding verb told refused ("will not budge"): REJECT (``patterns.yaml`` CAMEO 080 verbs);
* ``doubt``: doubt cast on a party's good faith or standing ("questioned X's commitment to the deal";
  ``patterns.yaml`` CAMEO 111);
* ``untrue``: a claim a reported copula calls untrue ("said X's claims were unfounded"; ``disapproval_words``);
* ``free_relative``: a free relative object read through its speaker's naming ("condemned what it called a
  terrorist attack by X"; ``nlp.syntax.free_relative_object``).

A row (rule, kind, text, expected) holds when ``expected`` is a (PLOVER type, source codes, target codes)
triple that a counted event of the sentence has, or, when ``expected`` is ("no", TYPE), when no counted event
of the sentence is of that type.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import counted_events

Expected = tuple[str, tuple[str, ...], tuple[str, ...]] | tuple[str, str]
Row = tuple[str, str, str, Expected]

ROWS: list[Row] = [
    ("disappointing", "pos", "Kenya called Uganda's new tariffs deeply disappointing.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("disappointing", "neg", "Kenya called Uganda's new tariffs a surprise.", ("no", "ACCUSE")),
    ("disappointing", "near", "Kenya called Uganda's new tariffs not disappointing.", ("no", "ACCUSE")),
    ("partitive", "pos", "Germany said France is one of the most hostile trading partners in the world.", ("ACCUSE", ("DEU",), ("FRA",))),
    ("partitive", "neg", "Germany said France is one of the largest trading partners in the world.", ("no", "ACCUSE")),
    ("partitive", "near", "Germany said France is one of the partners most hostile regimes fear.", ("no", "ACCUSE")),
    ("critical", "pos", "Opposition parties in Kenya are critical of Uganda's new border rules.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("critical", "pos", "Hungary remains deeply critical of the European Union's sanctions on Russia.", ("ACCUSE", ("HUN",), ("IGO",))),
    ("critical", "neg", "Good roads are critical to Kenya's economy, the minister said.", ("no", "ACCUSE")),
    ("critical", "near", "The Kenyan opposition is not critical of Uganda's new border rules.", ("no", "ACCUSE")),
    ("critical", "near", "A critical report on Uganda's border rules was published in Kenya.", ("no", "ACCUSE")),
    ("concern", "pos", "Kenyan lawmakers expressed concern over plans to hand the port to a foreign company.", ("ACCUSE", ("KEN",), ())),
    ("concern", "pos", "The family voiced alarm about the conditions in which the reporter is being held.", ("ACCUSE", (), ())),
    ("concern", "neg", "Kenyan lawmakers expressed hope about the coming harvest.", ("no", "ACCUSE")),
    ("concern", "near", "Kenyan lawmakers expressed concern about the rising price of maize.", ("no", "ACCUSE")),
    ("backing", "pos", "The Kenyan plan won the support of France.", ("SUPPORT", ("FRA",), ("KEN",))),
    ("backing", "pos", "The proposal enjoys the backing of India and Japan.", ("SUPPORT", ("IND", "JPN"), ())),
    ("backing", "neg", "The proposal has the support of many lawmakers.", ("no", "SUPPORT")),
    ("backing", "near", "Germany has the support of its allies.", ("no", "SUPPORT")),
    ("backing", "near", "The proposal does not have the backing of India.", ("no", "SUPPORT")),
    ("economic_war", "pos", "Canada has waged a trade war with China.", ("SANCTION", ("CAN",), ("CHN",))),
    ("economic_war", "pos", "China launched a price war against Japanese carmakers.", ("no", "ASSAULT")),
    ("economic_war", "neg", "Canada has signed a trade deal with China.", ("no", "SANCTION")),
    ("economic_war", "near", "Russia has waged a war against Ukraine since 2022.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("urged_act", "pos", "Germany urged an end to the war in Sudan.", ("REQUEST", ("DEU",), ("SDN",))),
    ("urged_act", "pos", "Germany urged the release of the journalists held by Iran.", ("REQUEST", ("DEU",), ())),
    ("urged_act", "neg", "Germany urged restraint.", ("no", "REQUEST")),
    ("urged_act", "near", "The farmers sought an end to the drought.", ("no", "REQUEST")),
    ("helped", "pos", "Trump said he will help release the prisoners.", ("AGREE", ("USA",), ())),
    ("helped", "pos", "Kenya would help release the hostages if asked.", ("no", "RETREAT")),
    ("helped", "neg", "Kenya said it released the hostages.", ("no", "AGREE")),
    ("helped", "near", "Kenya said it will ask for help to release the hostages.", ("no", "RETREAT")),
    ("unlawful", "pos", "Kyiv said Russia had unlawfully deported the children.", ("ACCUSE", ("UKR",), ("RUS",))),
    ("unlawful", "pos", "Mauritius argues it was illegally forced to give up the islands.", ("ACCUSE", ("MUS",), ())),
    ("unlawful", "neg", "The lawyers said the journalists were quickly released by Iranian police.", ("no", "ACCUSE")),
    ("unlawful", "near", "Kyiv said the children had been forcibly moved by Russian soldiers.", ("no", "ACCUSE")),
    ("scheduled", "pos", "The Indian prime minister is due to visit Kenya next week.", ("no", "CONSULT")),
    ("scheduled", "pos", "The Indian prime minister is due to visit Kenya next week.", ("no", "AGREE")),
    ("scheduled", "pos", "Russia is likely to attack Kharkiv soon, the analysts said.", ("no", "ASSAULT")),
    ("scheduled", "neg", "The Indian prime minister visited Kenya last week.", ("CONSULT", ("IND",), ("KEN",))),
    ("scheduled", "near", "The Indian prime minister visited Kenya due to the crisis.", ("CONSULT", ("IND",), ("KEN",))),
    ("unyielding", "pos", "Iran said it would not budge on its nuclear program.", ("REJECT", ("IRN",), ())),
    ("unyielding", "pos", "The Kenyan president said he will not give in to pressure from Uganda.", ("REJECT", ("KEN",), ("UGA",))),
    ("unyielding", "neg", "The steel beams bent in the heat.", ("no", "CONCEDE")),
    ("unyielding", "near", "Iran said it would not comment on its nuclear program.", ("no", "REJECT")),
    ("doubt", "pos", "Kenya questioned Uganda's commitment to the peace deal.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("doubt", "neg", "Kenya questioned the witness about the accident.", ("no", "ACCUSE")),
    ("doubt", "near", "Kenya praised Uganda's commitment to the peace deal.", ("no", "ACCUSE")),
    ("untrue", "pos", "Kenya said Uganda's claims were unfounded.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("untrue", "neg", "Kenya said the report was detailed.", ("no", "ACCUSE")),
    ("untrue", "near", "Kenya said Uganda's claims were not unfounded.", ("no", "ACCUSE")),
    ("free_relative", "pos", "Russia condemned what it called a terrorist attack by Ukraine.", ("ACCUSE", ("RUS",), ("UKR",))),
    ("free_relative", "pos", "After the EU levied what it said was a nasty tariff on American whiskey, prices rose.",
     ("SANCTION", ("IGO",), ("USA",))),
    ("free_relative", "neg", "Russia said what it wanted was a deal.", ("no", "SANCTION")),
    ("free_relative", "near", "Russia condemned what happened in the village.", ("no", "ASSAULT")),
]


def holds(row: Row) -> bool:
    _rule, _kind, text, expected = row
    preds = counted_events(text)
    if expected[0] == "no":
        return all(p.plover != expected[1] for p in preds)
    plover, source, target = expected  # type: ignore[misc]
    return any((p.plover, p.source, p.target) == (plover, frozenset(source), frozenset(target)) for p in preds)


def test_every_rule_has_positive_negative_and_near_rows() -> None:
    kinds = Counter((r[0], r[1]) for r in ROWS)
    rules = {r[0] for r in ROWS}
    assert len(rules) == 14
    for rule in rules:
        assert all(kinds[(rule, k)] >= 1 for k in ("pos", "neg", "near")), rule


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_set3a_rule(row: Row) -> None:
    assert holds(row)
