"""The constructions the second CAMEO probe (``test_cameo2_probe.py``) found with no event, the
wrong type or the wrong arguments: each a construction class from the CAMEO codebook's
definitions (its verbs, event nouns, light-verb phrases, passives, agentless and nominal reports)
and the PLOVER manual's actor conventions, told by words in ``data/events/patterns.yaml`` or by
the grammar of ``stages/events``. A positive row, a negative row and a near miss per rule, in
invented sentences (not the probe's) with parties of every side. A row holds as
``tests.builders.probe_ok`` reads it: with an expected triple, the most confident counted event
is that triple; with None, no counted event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # intent, refusal and threat nouns owned by a named party and told as the subject of their clause
    # ("X's pledge to V was announced", "X's refusal to V was confirmed"): the owner's promise, refusal or
    # threat of what the infinitive names, as the verbs "pledged", "refused", "threatened" would be;
    # an owned noun that another party doubts or questions (the object of a verb) tells no promise
    ("AGREE owned intent noun", P, "Chile's pledge to send rescue teams to Bolivia was announced on Monday.",
     ("AGREE", ("CHL",), ("BOL",))),
    ("AGREE owned intent noun", P, "Indonesia's offer to mediate between Thailand and Cambodia came after the clashes.",
     ("AGREE", ("IDN",), ("THA", "KHM"))),
    ("AGREE owned intent noun", N, "Lawmakers in Lima questioned Peru's pledge to send troops to Haiti.", None),
    ("AGREE owned intent noun", M, "A pledge to send troops to Haiti was discussed in Lima on Monday.", None),
    ("REJECT owned refusal noun", P, "Ghana's refusal to free two detained Togolese fishermen was confirmed on Friday.",
     ("REJECT", ("GHA",), ("TGO",))),
    ("REJECT owned refusal noun", N, "Ghana's release of the impounded Togolese trucks was confirmed on Friday.", None),
    ("REJECT owned refusal noun", M, "Togolese officials described Ghana's refusal as a misunderstanding.", None),
    ("THREATEN owned threat noun", P, "Serbia's threat to halt gas deliveries to Bosnia was repeated on Sunday.",
     ("THREATEN", ("SRB",), ("BIH",))),
    ("THREATEN owned threat noun", N, "Serbia's decision to resume gas deliveries to Bosnia was welcomed on Sunday.", None),
    ("THREATEN owned threat noun", M, "The threat of floods in Bosnia was repeated by forecasters on Sunday.", None),
    # a verb's act named by its nominalisation: the gerund of a pattern verb ("X's lifting of Y", "the
    # downgrading of ties with X") or a derived noun of ``nominalisations`` ("X's donation of Y to Z"),
    # the possessor or "by" phrase its doer and the "of" phrase what the verb would take as object; only
    # with those arguments ("a delivery van", "weightlifting" name no act), and with the verb's objects
    # the "of" phrase must be one of them ("the lifting of spirits" lifts no sanction); one a reaction takes
    # as its object is the reaction's topic ("welcomed Canada's lifting of sanctions": SUPPORT only)
    ("RETREAT gerund of a pattern verb", P, "Canada's lifting of sanctions on Belarus was confirmed on Friday.",
     ("RETREAT", ("CAN",), ("BLR",))),
    ("RETREAT gerund of a pattern verb", P, "Jordan's easing of its embargo on Syrian trucks took effect on Monday.",
     ("RETREAT", ("JOR",), ("SYR",))),
    ("RETREAT gerund of a pattern verb", N, "The lifting of spirits in Minsk after the concert was plain to see.", None),
    ("RETREAT gerund of a pattern verb", M, "Weightlifting contests in Minsk drew large crowds on Friday.", None),
    ("RETREAT gerund of a pattern verb", M, "Belarus welcomed Canada's lifting of sanctions on Friday.", None),
    ("AID derived nominalisation", P, "Japan's donation of rice to Madagascar arrived in Toamasina on Tuesday.",
     ("AID", ("JPN",), ("MDG",))),
    ("AID derived nominalisation", P, "The delivery of medicines to Sudan by Egypt was completed on Sunday.",
     ("AID", ("EGY",), ("SDN",))),
    ("AID derived nominalisation", N, "A delivery van overturned on a highway near Cairo on Sunday.", None),
    ("AID derived nominalisation", M, "Donation boxes in Tokyo railway stations were emptied on Tuesday.", None),
    # a group of no country and no body acted on by a party of one country ("relaxed restrictions on
    # independent bloggers", "pledged to grant rights to stateless residents") is that party's own
    # people, for the types PLOVER codes on the country when domestic (rules.yaml domestic_target_types);
    # a group named with its country keeps it, an international body stays IGO
    ("CONCEDE countryless group at home", P, "Egypt eased travel restrictions on independent journalists on Monday.",
     ("CONCEDE", ("EGY",), ("EGY",))),
    ("CONCEDE countryless group at home", P, "Qatar pledged on Sunday to lift restrictions on migrant workers.",
     ("AGREE", ("QAT",), ("QAT",))),
    ("CONCEDE countryless group at home", N, "Egypt eased travel restrictions on Sudanese traders on Monday.",
     ("CONCEDE", ("EGY",), ("SDN",))),
    ("CONCEDE countryless group at home", M, "Egypt eased travel restrictions on UN staff on Monday.",
     ("CONCEDE", ("EGY",), ("IGO",))),
]


RULES = 6


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_cameo2_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
