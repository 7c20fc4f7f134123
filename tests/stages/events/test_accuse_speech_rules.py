"""The ACCUSE rules of issue 16's reported-speech work (branch i16-accuse-speech), each a class of construction
found by the blind class probe ``test_accuse_speech_probe.py`` and the tune halves of the real sets. Every sentence
is invented here (none from a gold set, a probe or ../shared); ``tests.builders.probe_ok`` holds a row when the most
confident counted event is the expected triple, or, expecting None, when no counted event is ACCUSE.

* ``ACCUSE pushed back``: a party's plan or policy pushed back against (criticism pushed back against stays REJECT);
* ``ACCUSE frustration voiced``: frustration or disappointment voiced at a party, and a reaction told angry
  ("reacted angrily to X's remarks"; ``patterns.yaml`` CAMEO 110);
* ``ACCUSE named an epithet``: a named party called a liar, a traitor, a terrorist state, or its act described as
  hostile, the name an apposition, a dative's object or an "as" phrase on the object
  (``stages/events/accuse_speech_naming.py``, ``accuse_speech_epithets``); no party, no accusation;
* ``ACCUSE stranded predicate``: what a naming verb calls its object when the parser hung the word inside the
  object's infinitive ("called Togo's decision to close the border reckless"), read before the verb's phone-call
  pattern (``accuse_speech_naming.stranded_adjective``); a word of praise there, or a relative clause ending in a
  noun, is none;
* ``ACCUSE reported wrongdoing``: a reported clause telling that a party lied, meddled or broke a promise
  (``accuse_speech_wrong_verbs``, ``accuse_speech_broken_verbs`` / ``_objects``), or whose copula judges a
  party's conduct (``accuse_speech_conduct_words``: "said Ghana's levy was absurd");
* ``ACCUSE questioned handling``: a party's decision, handling or policy questioned (``patterns.yaml`` CAMEO 111;
  a suspect questioned, "questioned whether" are none);
* ``ACCUSE reported abuse``: a reported clause telling that a party bullies, persecutes or steals from others
  (``accuse_speech_abuse_verbs``), the clause's subject accused when it names a party;
* ``ACCUSE filing states``: a legal filing that contends, claims, argues or says what a party did alleges it, as
  "the lawsuit alleges that" does (``stages/events/accuse_speech_filings.py``, ``accuse_speech_filing_verbs``); a
  report saying so is no filing;
* ``ACCUSE displeasure that``: dismay or frustration voiced in a that-clause about a named party
  (``stages/events/accuse_speech_feelings.py``, ``accuse_speech_feeling_nouns``).
"""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    ("ACCUSE pushed back", P, "Germany pushed back against France's proposal for joint European debt.", ("ACCUSE", ("DEU",), ("FRA",))),
    ("ACCUSE pushed back", N, "The firm pushed back against the deadline.", None),
    ("ACCUSE pushed back", M, "China pushed back against Australia's criticism of its trade policy.", None),
    ("ACCUSE frustration voiced", P, "Kenya expressed frustration with Tanzania over the border delays.", ("ACCUSE", ("KEN",), ("TZA",))),
    ("ACCUSE frustration voiced", P, "Washington voiced disappointment with Islamabad's decision to free the militant.", ("ACCUSE", ("USA",), ("PAK",))),
    ("ACCUSE frustration voiced", P, "Chile reacted angrily to Bolivia's remarks on sea access.", ("ACCUSE", ("CHL",), ("BOL",))),
    ("ACCUSE frustration voiced", N, "The coach expressed frustration with the weather.", None),
    ("ACCUSE frustration voiced", M, "Chile reacted calmly to Bolivia's remarks.", None),
    ("ACCUSE frustration voiced", M, "Markets reacted sharply to the rate decision.", None),
    ("ACCUSE named an epithet", P, "Cuba's foreign minister called the American envoy a liar.", ("ACCUSE", ("CUB",), ("USA",))),
    ("ACCUSE named an epithet", P, "Armenia's prime minister branded Azerbaijan a terrorist state.", ("ACCUSE", ("ARM",), ("AZE",))),
    ("ACCUSE named an epithet", P, "Serbia's president labelled Croatia's claims a lie.", ("ACCUSE", ("SRB",), ("HRV",))),
    ("ACCUSE named an epithet", P, "The Russian ambassador described Britain's move as hostile.", ("ACCUSE", ("RUS",), ("GBR",))),
    ("ACCUSE named an epithet", N, "The coach called the referee a liar.", None),
    ("ACCUSE named an epithet", M, "The senator called the ambassador a friend.", None),
    ("ACCUSE named an epithet", M, "Officials called the blast a terrorist act.", None),
    ("ACCUSE stranded predicate", P, "Ghana called Togo's decision to close the border reckless.", ("ACCUSE", ("GHA",), ("TGO",))),
    ("ACCUSE stranded predicate", P, "China called Japan's plan to release the water selfish and irresponsible.", ("ACCUSE", ("CHN",), ("JPN",))),
    ("ACCUSE stranded predicate", N, "The president called the leaders who attended the summit.", None),
    ("ACCUSE stranded predicate", M, "The senator called the plan to build the dam ambitious.", None),
    ("ACCUSE reported wrongdoing", P, "Nicaragua's government said Costa Rica was lying about the border incident.", ("ACCUSE", ("NIC",), ("CRI",))),
    ("ACCUSE reported wrongdoing", P, "Iran said Britain had meddled in its elections.", ("ACCUSE", ("IRN",), ("GBR",))),
    ("ACCUSE reported wrongdoing", P, "Greece said Turkey had broken its promises on migration.", ("ACCUSE", ("GRC",), ("TUR",))),
    ("ACCUSE reported wrongdoing", P, "Nigeria said Ghana's new levy was absurd.", ("ACCUSE", ("NGA",), ("GHA",))),
    ("ACCUSE reported wrongdoing", N, "The athlete said she had broken the national record.", None),
    ("ACCUSE reported wrongdoing", N, "The farmer said the winter was cruel.", None),
    ("ACCUSE reported wrongdoing", M, "Iran said Britain had not meddled in its elections.", None),
    ("ACCUSE questioned handling", P, "Germany questioned Italy's handling of the migrant crisis.", ("ACCUSE", ("DEU",), ("ITA",))),
    ("ACCUSE questioned handling", N, "Police questioned the suspect for hours.", None),
    ("ACCUSE questioned handling", M, "Germany questioned whether Italy could meet the target.", None),
    ("ACCUSE reported abuse", P, "Moldova said Russia was bullying its smaller neighbours.", ("ACCUSE", ("MDA",), ("RUS",))),
    ("ACCUSE reported abuse", P, "The Venezuelan government said Guyana was stealing its oil.", ("ACCUSE", ("VEN",), ("GUY",))),
    ("ACCUSE reported abuse", N, "Police said thieves had stolen three cars.", None),
    ("ACCUSE reported abuse", M, "Moldova said Russia was not bullying its neighbours.", None),
    ("ACCUSE filing states", P, "The indictment charges that the two Russian officers bribed officials.",
     ("ACCUSE", (), ("RUS",))),
    ("ACCUSE filing states", M, "The lawsuit says that the Turkish navy arrived near the port.", None),
    ("ACCUSE filing states", P, "The lawsuit contends that Turkish officials ignored the warnings.", ("ACCUSE", (), ("TUR",))),
    ("ACCUSE filing states", N, "The report says the Turkish ministry ignored the warnings.", None),
    ("ACCUSE filing states", M, "The lawsuit does not claim that Turkish officials ignored the warnings.", None),
    ("ACCUSE displeasure that", P, "The Mexican president expressed frustration that the United States had not shared the intelligence.", ("ACCUSE", ("MEX",), ("USA",))),
    ("ACCUSE displeasure that", P, "Sweden voiced dismay that Hungary had delayed the vote again.", ("ACCUSE", ("SWE",), ("HUN",))),
    ("ACCUSE displeasure that", P, "The governor expressed frustration in an interview that federal officials had ignored the warnings.", ("ACCUSE", (), ())),
    ("ACCUSE displeasure that", M, "The minister expressed frustration that his own government had moved too slowly.", None),
    ("ACCUSE displeasure that", N, "The mayor expressed frustration that the repairs had taken so long.", None),
    ("ACCUSE displeasure that", M, "Norway expressed hope that Russia would release the fishermen.", None),
]

RULES = 9


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_accuse_speech_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
