"""The constructions the third CAMEO probe (``test_cameo3_probe.py``) found with no event, the
wrong type or the wrong arguments: each a construction class from the CAMEO codebook's
definitions (event nouns under reporting and light verbs, wrapper nouns whose act is named in a
phrase, promises of an act named by its noun) told by words in ``data/events/patterns.yaml`` or by
the grammar of ``stages/events``. A positive row, a negative row and a near miss per rule, in
invented sentences (not the probe's) with parties of every side. A row holds as
``tests.builders.probe_ok`` reads it: with an expected triple, the most confident counted event
is that triple; with None, no counted event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a nominalisation as the object of a verb whose reaction reading is held to its own objects
    # ("announce" is a pardon only of an amnesty): the verb reports the act, it does not react to it;
    # a reaction verb of any object ("condemned") still takes the act as its topic
    ("COERCE nominalisation under a restricted reaction verb", P,
     "Bolivia announced the confiscation of Peruvian-owned farmland on Friday.", ("COERCE", ("BOL",), ("PER",))),
    ("COERCE nominalisation under a restricted reaction verb", N,
     "Bolivia announced an amnesty for Peruvian smugglers on Friday.", None),
    ("COERCE nominalisation under a restricted reaction verb", M,
     "Bolivia condemned the confiscation of Peruvian-owned farmland on Friday.", ("ACCUSE", ("BOL",), ("PER",))),
    # derived nouns of pattern verbs (``nominalisations``): "the suspension of aid to X", "the deportation
    # of X", "the return of X to Y", "the removal of sanctions on X"; with no "of", possessor or "by"
    # phrase they name no act ("a suspension bridge", "tax returns")
    ("SANCTION derived nominalisation", P,
     "Norway announced the suspension of development aid to Mali on Tuesday.", ("SANCTION", ("NOR",), ("MLI",))),
    ("SANCTION derived nominalisation", P,
     "Kenya ordered a drawdown of its troops from Somalia.", ("RETREAT", ("KEN",), ("SOM",))),
    ("SANCTION derived nominalisation", P,
     "Iran announced the return of 40 Afghan prisoners to Afghanistan.", ("RETREAT", ("IRN",), ("AFG",))),
    ("SANCTION derived nominalisation", N, "A suspension bridge over the Zambezi was opened by Zambia.", None),
    ("SANCTION derived nominalisation", M,
     "Norway announced the suspension of its ferry service to Denmark for repairs.", None),
    # a wrapper noun whose act is the event noun of its "for" phrase (a request) or its "of" phrase (a
    # promise, a threat), carried by a light verb or owned by a possessor: the owner's REQUEST, AGREE or
    # THREATEN of that act, the party named "to"/"on"/"from" (a request) or "for"/"to" (a promise)
    ("REQUEST wrapper noun with its act in a phrase", P,
     "Nepal issued an appeal to India for emergency food aid after the landslides.", ("REQUEST", ("NPL",), ("IND",))),
    ("REQUEST wrapper noun with its act in a phrase", P,
     "Peru made an offer of mediation to Ecuador and Colombia on Monday.", ("AGREE", ("PER",), ("ECU", "COL"))),
    ("REQUEST wrapper noun with its act in a phrase", N,
     "Nepal issued an appeal to India over the border map on Monday.", None),
    ("REQUEST wrapper noun with its act in a phrase", M,
     "Nepal issued a report to India on emergency food aid after the landslides.", None),
    # a promising verb (``intent_predicates``) whose object is an event noun: a promise of that act
    # (AGREE by the noun's code), as "pledged to cooperate" would be; a promise of no act is none
    ("AGREE promise of an act named by its noun", P,
     "Laos pledged closer cooperation with Cambodia on river transport.", ("AGREE", ("LAO",), ("KHM",))),
    ("AGREE promise of an act named by its noun", P,
     "Armenia vowed deeper cooperation with Georgia on energy.", ("AGREE", ("ARM",), ("GEO",))),
    ("AGREE promise of an act named by its noun", N, "Laos pledged its loyalty to the party congress.", None),
    ("AGREE promise of an act named by its noun", M,
     "Laos praised closer cooperation with Cambodia on river transport.", None),
    # a protest's parties as PLOVER codes them: the protesters' country as source and the country where
    # it is held as target; a protest by groups of one country that names no target is aimed at their
    # own country, one whose crowd names no country takes the country of its place as both; a crowd
    # named by a people of no country keeps no source ("Kurds rallied in Stockholm")
    ("PROTEST parties from the protesters or the place", P,
     "Ugandan teachers and nurses went on strike on Monday.", ("PROTEST", ("UGA",), ("UGA",))),
    ("PROTEST parties from the protesters or the place", P,
     "Hundreds rallied in Asuncion against the new pension law.", ("PROTEST", ("PRY",), ("PRY",))),
    ("PROTEST parties from the protesters or the place", N,
     "Mali protested to Algeria over the border incident.", None),
    ("PROTEST parties from the protesters or the place", M,
     "Kurds rallied in Stockholm against Turkey's offensive.", ("PROTEST", (), ("TUR",))),
    # an investigation noun's "by" phrase told after its "into" phrase names the doers of what is
    # investigated, not the investigator (the light verb's subject); before it, the investigator
    ("ACCUSE doer of the act investigated", P,
     "Chile launched an investigation into torture by Chilean police officers.", ("ACCUSE", ("CHL",), ("CHL",))),
    ("ACCUSE doer of the act investigated", P,
     "The ICC opened an investigation into war crimes by Israeli forces in Gaza.", ("ACCUSE", ("IGO",), ("ISR",))),
    ("ACCUSE doer of the act investigated", N, "Chile published a report on torture by Chilean police officers.", None),
    ("ACCUSE doer of the act investigated", M,
     "An investigation by Chile into the riots in Santiago began on Monday.", ("ACCUSE", ("CHL",), ("CHL",))),
]


RULES = 6


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_cameo3_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
