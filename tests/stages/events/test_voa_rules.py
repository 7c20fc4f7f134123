"""Rules written against the errors of the tuning half of a blind event gold on real news text (kept
outside the repository): construction classes read from the PLOVER codebook and manual. Words live
in ``data/events/patterns.yaml``, grammar in ``stages/events``. Every rule has invented sentences
(none from a gold file): positives, a negative and a near miss; ``tests.builders.probe_ok`` holds a
row when the most confident counted event is the expected triple, or, expecting None, when no
counted event is of the rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a to-infinitive on a ranked predicate of a copula ("was the first to", "became the latest country
    # to", "the only state to"; ``rank_words``) tells the act done by the copula's subject: being the
    # first to do a thing is doing it (stages/events/ranked.py), not a purpose or a relative clause
    ("ACCUSE ranked doer of an infinitive", P,
     "Ghana was the first to condemn Togo over the border raid.", ("ACCUSE", ("GHA",), ("TGO",))),
    ("ACCUSE ranked doer of an infinitive", P,
     "Nepal was the only neighbour to criticise Bhutan over the expulsions.", ("ACCUSE", ("NPL",), ("BTN",))),
    ("ACCUSE ranked doer of an infinitive", N,
     "Ghana was the first country in the region to hold elections.", None),
    ("ACCUSE ranked doer of an infinitive", M,
     "Ghana has the right to condemn Togo over the border raid.", None),
    ("SUPPORT ranked doer of an infinitive", P,
     "Chile was the only country to recognize Bolivia's new government.", ("SUPPORT", ("CHL",), ("BOL",))),
    ("SUPPORT ranked doer of an infinitive", P,
     "Peru became the latest country to recognize Bolivia's new government.", ("SUPPORT", ("PER",), ("BOL",))),
    ("SUPPORT ranked doer of an infinitive", N,
     "Chile was the first country to hold a census this year.", None),
    ("SUPPORT ranked doer of an infinitive", M,
     "Chile has no duty to recognize Bolivia's new government.", None),
    # PLOVER manual 3.14.1, "mobilizing supporters to demonstrate should be coded as PROTEST": so is
    # the demonstration itself mobilised ("mobilized protests against X"); told as what its organiser
    # said he would do, it is a threat to protest (CAMEO 133, PLOVER THREATEN)
    ("PROTEST demonstration mobilised", P,
     "Opposition leaders in Malawi mobilized rallies against President Chakwera.", ("PROTEST", ("MWI",), ("MWI",))),
    ("PROTEST demonstration mobilised", N,
     "The Zambian opposition leader mobilized funds for his campaign.", None),
    ("PROTEST demonstration mobilised", M,
     "The Zambian army mobilized troops along the border with Angola.", ("MOBILIZE", ("ZMB",), ("ZMB",))),
    ("THREATEN demonstration mobilised, said to come", P,
     "The Zambian opposition leader said he would mobilize demonstrations against President Hichilema.",
     ("THREATEN", (), ("ZMB",))),
    ("THREATEN demonstration mobilised, said to come", N,
     "The Zambian opposition leader said he would mobilize funds for his campaign.", None),
    ("THREATEN demonstration mobilised, said to come", M,
     "The Zambian opposition leader said he had mobilized demonstrations against President Hichilema.",
     ("PROTEST", (), ("ZMB",))),
]


RULES = 4


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_voa_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
