"""The event rules written from the tune half of set 4q (real political news sentences of PolNeAR train, annotated
blind; issue 16, branch i16-set4q), each a class of construction. Every sentence is invented here (none from the
set, a probe or a gold file): positives, a negative and a near miss; ``tests.builders.probe_ok`` holds a row when
the most confident counted event is the expected triple, or, expecting None, when no counted event is of the
rule's type (its first word).

* ``army grown``: an army, navy or armed force expanded or enlarged is a mobilisation (CAMEO 154 "mobilize or
  increase armed forces", PLOVER MOBILIZE troops; ``patterns.yaml``); a work force or trade expanded is none;
* ``own build-up promised``: a build-up of one's own forces pledged or vowed with no other party is the
  mobilisation to come, not a threat (PLOVER THREATEN needs someone warned; ``stages/events/own_buildup.py``);
  aimed at another party it stays a threat, and so does a show of force vowed (CAMEO 150; ``codes.own_buildup``
  "154" in ``rules.yaml``); ACLED codes no change to a group's activity for it yet
  (``acled.yaml`` ``not_modalities``);
* ``pressed to act``: a party pushed, prodded or nudged to act is asked to (PLOVER REQUEST; the ``demand``
  wrapper's verbs), only with a party pressed (``addressed_pressing_verbs``); prices or crowds pushed, or one who
  "pushes to broker a deal" (striving), are no request;
* ``clamored for``: "clamored for X" asks for X as "called for X" does (the ``appeal`` wrapper's ``for_verbs``);
* ``account disputed``: an account, claim, report or film disputed or contested is rejected (PLOVER REJECT, as a
  denied allegation is; ``patterns.yaml`` CAMEO 120), its owner the target; a border or an election disputed is none;
* ``planned act named``: an event noun that "planned", "proposed", "upcoming" ... qualifies tells no act done
  (``unrealised_noun_modifiers``, ``stages/events/unrealised_nouns.py``: modality hypothetical, as an act scheduled by
  a verb is); a light verb that tells it done keeps it ("staged the planned demonstration");
* ``met with a reaction``: a plan, pledge or statement "met with" skepticism or relief is received, not met in
  consultation (the CONSULT pattern's ``objects_exclude``); a delegation met by officials still is a meeting.
"""

from __future__ import annotations

import pytest

from newsledger.records import Article
from tests.builders import Triple, incomplete_rules, pipeline, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    ("MOBILIZE army grown", P, "France announced it is enlarging its navy for the first time in decades.", ("MOBILIZE", ("FRA",), ())),
    ("MOBILIZE army grown", P, "Poland expanded its army by two divisions last year.", ("MOBILIZE", ("POL",), ())),
    ("MOBILIZE army grown", N, "The Ohio company expanded its work force by a third.", None),
    ("MOBILIZE army grown", M, "Chile expanded its trade with Brazil last year.", None),
    ("MOBILIZE own build-up promised", P, "Poland vowed to expand its army by adding two new divisions.", ("MOBILIZE", ("POL",), ())),
    ("MOBILIZE own build-up promised", P, "Lithuania has promised to enlarge its army by 2030.", ("MOBILIZE", ("LTU",), ())),
    ("MOBILIZE own build-up promised", N, "Russia vowed to strengthen its forces near the border with Ukraine.", ("THREATEN", ("RUS",), ("UKR",))),
    ("MOBILIZE own build-up promised", M, "Iran threatened to deploy troops to the border with Iraq.", ("THREATEN", ("IRN",), ("IRQ",))),
    ("MOBILIZE own build-up promised", M, "North Korea vowed to launch more missiles.", ("THREATEN", ("PRK",), ())),
    ("REQUEST pressed to act", P, "Paris has nudged Berlin to spend more on defense.", ("REQUEST", ("FRA",), ("DEU",))),
    ("REQUEST pressed to act", P, "Tokyo pushed Seoul to resume the joint drills.", ("REQUEST", ("JPN",), ("KOR",))),
    ("REQUEST pressed to act", N, "The storm pushed oil prices to record highs.", None),
    ("REQUEST pressed to act", M, "Kenyan police pushed the crowd back from the square.", None),
    ("REQUEST pressed to act", M, "President Ruto pushes to broker a swift end to the war in Sudan.", None),
    ("REQUEST pressed to act", M, "Kenya's president pushed the button to launch the new satellite on Friday.", None),
    ("REQUEST clamored for", P, "Estonia clamoured for more sanctions against Russia.", ("REQUEST", ("EST",), ("RUS",))),
    ("REQUEST clamored for", P, "Lithuania and Latvia have clamored for a permanent deployment of NATO troops.", ("REQUEST", ("LTU", "LVA"), ("IGO",))),
    ("REQUEST clamored for", N, "Fans clamored for tickets to the final.", None),
    ("REQUEST clamored for", M, "Lithuanian voters clamored loudly at the rally.", None),
    ("REJECT account disputed", P, "Kenya disputed the Ugandan claim.", ("REJECT", ("KEN",), ("UGA",))),
    ("REJECT account disputed", P, "Egypt contested the report's findings on the prison.", ("REJECT", ("EGY",), ())),
    ("REJECT account disputed", N, "The two countries disputed the border for decades.", None),
    ("REJECT account disputed", M, "Kenyan lawyers contested the election in court.", None),
    ("PROTEST planned act named", P, "The planned demonstration in Nairobi comes as lawmakers debate the budget.", None),
    ("PROTEST planned act named", P, "A proposed boycott of the Kenyan summit worries officials.", None),
    ("PROTEST planned act named", N, "The demonstration in Nairobi drew thousands.", ("PROTEST", (), ("KEN",))),
    ("PROTEST planned act named", M, "Protesters staged the planned demonstration in Nairobi on Monday.", ("PROTEST", ("KEN",), ("KEN",))),
    ("CONSULT met with a reaction", P, "Germany's plan was met with skepticism in Warsaw.", None),
    ("CONSULT met with a reaction", P, "The Kenyan pledge was met with relief in Nairobi.", None),
    ("CONSULT met with a reaction", N, "The Chinese delegation was met by Kenyan officials at the airport.", ("CONSULT", ("KEN",), ("CHN",))),
    ("CONSULT met with a reaction", M, "Putin met Erdogan in Sochi on Monday.", ("CONSULT", ("RUS", "TUR"), ())),
]

RULES = 7


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_set4q_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)


ACLED_ROWS: list[tuple[str, str | None]] = [
    ("Poland vowed to expand its army by adding two new divisions.", None),
    ("Lithuania has promised to enlarge its army by 2030.", None),
    ("Poland expanded its army by two divisions last year.", "Change to group/activity"),
]


@pytest.mark.parametrize("text,subtype", ACLED_ROWS)
def test_promised_buildup_is_no_acled_change_yet(text: str, subtype: str | None) -> None:
    events = [e for e in pipeline().analyze(Article.create(text)).events if e.plover == "MOBILIZE"]
    assert len(events) == 1 and events[0].acled_subtype == subtype
