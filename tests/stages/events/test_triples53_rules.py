"""Argument conventions found by the invented triples probe (``eval/probes/events/triples.json``,
issue 16) and the PLOVER dev records' tuning half: who did what to whom when the parser splits a
construction. Each rule is a class of constructions, tested on invented sentences (not the
probe's): a positive row, a negative row and a near miss.

* a consequence told by two coordinated participles ("bombed the village, killing or wounding 12")
  is one consequence of the act, folded into it like a single participle (``result_conjuncts.py``);
* a present-tense time clause on a verb with a modal ("must agree to talks before they disarm")
  tells an act that has not happened: hypothetical, not counted (``future_clauses.py``);
* a "by" phrase the parser hung on the active gerund of a passive's complement ("was accused of
  spying by Kenyan police") names the passive's agent, when it names a party (``gerund_agents.py``).

A row's expectation is about the counted events (as the PLOVER evaluation counts them) of the rule's
type, its first word: a list of (type, source codes, target codes) is exactly those events' triples;
a number is how many such events there are."""

from __future__ import annotations

import pytest

from tests.builders import Triple, counted_events, incomplete_rules, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, list[Triple] | int]] = [
    ("ASSAULT coordinated result participles", P,
     "Sudanese jets bombed a Chadian village on Monday, killing or wounding 12 people.",
     [("ASSAULT", ("SDN",), ("TCD",))]),
    ("ASSAULT coordinated result participles", P,
     "Eritrean troops shelled an Ethiopian border town, killing four civilians and wounding nine.",
     [("ASSAULT", ("ERI",), ("ETH",))]),
    # a clause of its own, with its own doer, is an event of its own
    ("ASSAULT coordinated result participles", N,
     "Sudanese jets bombed a Chadian village on Monday, and Chadian rebels killed or wounded 12 Sudanese soldiers.",
     [("ASSAULT", ("SDN",), ("TCD",)), ("ASSAULT", ("TCD",), ("SDN",))]),
    # coordinated finite verbs of one doer were one event already
    ("ASSAULT coordinated result participles", M,
     "Chadian rebels killed or wounded 12 Sudanese soldiers.",
     [("ASSAULT", ("TCD",), ("SDN",))]),
    ("RETREAT present time clause under a modal", P,
     "Rwandan rebels said the government must agree to talks before they disarm.", 0),
    ("RETREAT present time clause under a modal", P,
     "Ugandan rebels said they would lay down their arms once the army withdraws from Gulu.", 0),
    ("RETREAT present time clause under a modal", P,
     "Peru must release the Bolivian fishermen before Bolivia returns the seized boats, Bolivia said.", 0),
    # no modal: the present tells what happens (a headline's present)
    ("RETREAT present time clause under a modal", N,
     "Ugandan rebels disarm before the army withdraws from Gulu.", 1),
    # a past tense in the time clause tells what happened
    ("RETREAT present time clause under a modal", M,
     "Ugandan rebels disarmed in Gulu before the elections.", 1),
    ("ACCUSE agent hung on a gerund", P,
     "A Ugandan journalist was accused of spying by Kenyan police.",
     [("ACCUSE", ("KEN",), ("UGA",))]),
    ("ACCUSE agent hung on a gerund", P,
     "The Zambian minister has been accused of stealing state funds by Malawian prosecutors.",
     [("ACCUSE", ("MWI",), ("ZMB",))]),
    # a passive gerund keeps its own agent
    ("ACCUSE agent hung on a gerund", N,
     "Kenya was accused of being paid by Russia.",
     [("ACCUSE", (), ("KEN",))]),
    # a "by" phrase naming no party is a means
    ("ACCUSE agent hung on a gerund", M,
     "Kenya was accused of killing protesters by gunfire.",
     [("ACCUSE", (), ("KEN",))]),
]

RULES = 3


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_triples53_rule(rule: str, kind: str, text: str, expected: list[Triple] | int) -> None:
    plover = rule.split()[0]
    got = [p for p in counted_events(text) if p.plover == plover]
    if isinstance(expected, int):
        assert len(got) == expected
        return
    want = sorted((t, tuple(sorted(s)), tuple(sorted(g))) for t, s, g in expected)
    assert sorted((p.plover, tuple(sorted(p.source)), tuple(sorted(p.target))) for p in got) == want
