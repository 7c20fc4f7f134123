"""The event rules written from the tune half of set 3p (real political news sentences, annotated blind),
each a class of construction, with positive rows, negative rows and near misses (sentences written for these
tests, none from the set):

* ``idiom``: criticism told by an idiom of attack ("ripped into X", "tore into X", "took shots at X",
  "faulted X for", "cited X for"), not a bullet's or a fighter's (``patterns.yaml``, PLOVER ACCUSE disapprove);
* ``critique``: criticism named by its noun and voiced by a light verb's subject ("delivered a scathing critique
  of X", "launched a broadside against X");
* ``document``: a verbal act whose subject is a document is its makers' (``stages/events/documents.py``: "the
  report faulted the Pentagon", "a lawsuit that accuses X", "the U.N. resolution condemned X"), and a participle on
  a document named in an adjunct is the adjunct's verb's subject's ("In a statement condemning X, Japan said");
* ``complaint``: a complaint told by its noun with a that-clause, its maker after "from" or "by"
  (``stages/events/alleged.py``: "complaints from Washington that Ottawa was dumping steel");
* ``rebut``: criticism rebutted or dismissed (PLOVER REJECT): the critic is the target ("China rebuts American
  criticism", "dismissed the complaints from Berlin");
* ``quoted_i``: "I" in a direct quote is its speaker (``stages/events/arguments.py``: "'I blame Russia for the
  war,' the Ukrainian president said"), when the sentence names the speaker; outside a quote, no one;
* ``penalty``: a penalty foretold to a party by a speaker is a threat (``stages/events/foretold_penalties.py``: "Russia will
  face consequences, the minister said", "warned that any move by China would have consequences");
* ``leak``: information leaked is a disclosure, no man-made disaster (``reports.yaml`` ``disaster``
  ``objects_exclude``: "leaking confidential information to the press"); a gas or oil leak still is one.

A row (rule, kind, text, expected) with ``expected`` (type, source codes, target codes) holds when a counted
event has that triple; with ``expected`` None when no counted event is of the row's ``plover`` type.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsledger.records import Article
from tests.builders import pipeline
from tests.builders import rule_row_holds as holds

Expected = tuple[str, tuple[str, ...], tuple[str, ...]] | None
Row = tuple[str, str, str, str, Expected]

ROWS: list[Row] = [
    ("idiom", "pos", "ACCUSE", "The Turkish president ripped into Sweden over the protests in Stockholm.",
     ("ACCUSE", ("TUR",), ("SWE",))),
    ("idiom", "pos", "ACCUSE", "Brazil's president took shots at Argentina over its trade barriers.",
     ("ACCUSE", ("BRA",), ("ARG",))),
    ("idiom", "pos", "ACCUSE", "The Indian minister faulted Nepal for the delays at the border.", ("ACCUSE", ("IND",), ("NPL",))),
    ("idiom", "pos", "ACCUSE", "The Dutch inspectors cited Belgium for lapses in nuclear safety.", ("ACCUSE", ("NLD",), ("BEL",))),
    ("idiom", "neg", "ACCUSE", "The Turkish president flew into Stockholm for the summit.", None),
    ("idiom", "near", "ACCUSE", "A bullet ripped into the Turkish soldier near the border.", None),
    ("idiom", "near", "ACCUSE", "The Indian minister cited Nepal as an example of good cooperation.", None),
    ("critique", "pos", "ACCUSE", "The Iranian minister delivered a scathing critique of Saudi Arabia.", ("ACCUSE", ("IRN",), ("SAU",))),
    ("critique", "pos", "ACCUSE", "Hungary's prime minister launched a broadside against Brussels on Friday.",
     ("ACCUSE", ("HUN",), ("IGO",))),
    ("critique", "neg", "ACCUSE", "The Iranian minister delivered a speech on oil prices in Vienna.", None),
    ("critique", "near", "ACCUSE", "The Iranian minister delivered a critique of modern art in Tehran.", None),
    ("document", "pos", "ACCUSE", "The report criticized the Pentagon for the delays in Kabul.", ("ACCUSE", (), ("USA",))),
    ("document", "pos", "ACCUSE", "The lawsuit accuses the Mexican government of negligence.", ("ACCUSE", (), ("MEX",))),
    ("document", "pos", "ACCUSE", "Lawmakers released a report that faulted the Kenyan police for the deaths.",
     ("ACCUSE", (), ("KEN",))),
    ("document", "pos", "ACCUSE", "A U.N. resolution condemned Israel over the settlements.", ("ACCUSE", ("IGO",), ("ISR",))),
    ("document", "pos", "ACCUSE", "In a statement condemning North Korea's missile test, the Japanese foreign ministry called for calm.",
     ("ACCUSE", ("JPN",), ("PRK",))),
    ("document", "pos", "ACCUSE", "In a letter criticizing the Chinese plan, the Indian minister asked for talks.",
     ("ACCUSE", ("IND",), ("CHN",))),
    ("document", "neg", "ACCUSE", "The report described the weather in the Mexican capital.", None),
    ("document", "near", "ACCUSE", "In a park facing the Chinese embassy, the Kenyan president read the plan.", None),
    ("document", "near", "ACCUSE", "The circumstances criticized the Pentagon for the delays.", None),
    ("document", "near", "ACCUSE", "The report criticized the delays in the new budget.", None),
    ("complaint", "pos", "ACCUSE", "The minister answered complaints from Washington that Canada was dumping steel.",
     ("ACCUSE", ("USA",), ("CAN",))),
    ("complaint", "pos", "ACCUSE", "The Japanese minister responded to complaints by the American envoy that Japan was subsidising exports.",
     ("ACCUSE", ("USA",), ("JPN",))),
    ("complaint", "neg", "ACCUSE", "The minister answered questions from Washington about the steel trade.", None),
    ("complaint", "near", "ACCUSE", "Canada rejected complaints that it was dumping steel.", None),
    ("rebut", "pos", "REJECT", "China rebuts American criticism on overcapacity.", ("REJECT", ("CHN",), ("USA",))),
    ("rebut", "pos", "REJECT", "The Kremlin dismissed the criticism by Germany on Monday.", ("REJECT", ("RUS",), ("DEU",))),
    ("rebut", "pos", "REJECT", "Ottawa rejected complaints from Washington that Canada was dumping steel.",
     ("REJECT", ("CAN",), ("USA",))),
    ("rebut", "neg", "REJECT", "China welcomed American investment in its car industry.", None),
    ("rebut", "near", "REJECT", "China rebuts nothing and says little about the talks with America.", None),
    ("quoted_i", "pos", "ACCUSE", "\"I blame Russia for the war,\" the Ukrainian president said.", ("ACCUSE", ("UKR",), ("RUS",))),
    ("quoted_i", "pos", "ACCUSE", "\"I condemn this attack on our embassy,\" the Chinese foreign minister said.",
     ("ACCUSE", ("CHN",), ())),
    ("quoted_i", "neg", "ACCUSE", "\"I like the food in Kyiv,\" the Ukrainian president said.", None),
    ("quoted_i", "near", "ACCUSE", "I blame Russia for the war.", None),
    # the speaker named in another sentence is not one the sentence names
    ("quoted_i", "near", "ACCUSE", "The Ukrainian president spoke in Kyiv on Monday. \"I blame Russia for the war.\"", None),
    ("penalty", "pos", "THREATEN", "Russia will face serious consequences, the French foreign minister said.",
     ("THREATEN", ("FRA",), ("RUS",))),
    ("penalty", "pos", "THREATEN", "The Japanese minister warned that any landing by China on the islands would have consequences.",
     ("THREATEN", ("JPN",), ("CHN",))),
    ("penalty", "pos", "THREATEN", "Iran will pay a heavy price for the attack, the Israeli prime minister said.",
     ("THREATEN", ("ISR",), ("IRN",))),
    ("penalty", "neg", "THREATEN", "Russia will face an election in March, the French foreign minister said.", None),
    ("penalty", "near", "THREATEN", "Russia will not face consequences, the French foreign minister said.", None),
    ("penalty", "near", "THREATEN", "Russia will face consequences for its economy, analysts said.", None),
]


def test_every_rule_has_positive_negative_and_near_rows() -> None:
    kinds = Counter((r[0], r[1]) for r in ROWS)
    rules = {r[0] for r in ROWS}
    assert len(rules) == 7
    for rule in rules:
        assert all(kinds[(rule, k)] >= 1 for k in ("pos", "neg", "near")), rule


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_set3p_rule(row: Row) -> None:
    assert holds(row)


# (text, whether a man-made disaster is told)
LEAKS: list[tuple[str, str, bool]] = [
    ("pos", "A gas pipe leaked in the Indian city of Bhopal, killing twelve people.", True),
    ("neg", "The former Kenyan aide was accused of leaking confidential information to the press.", False),
    ("neg", "A leak of classified documents embarrassed the Russian government.", False),
    ("near", "The oil tanker leaked crude oil off the coast of Nigeria.", True),
]


@pytest.mark.parametrize("row", LEAKS, ids=[f"leak-{r[0]}-{i}" for i, r in enumerate(LEAKS)])
def test_set3p_leak(row: tuple[str, str, bool]) -> None:
    _kind, text, disaster = row
    scopes = [e.scope for e in pipeline().analyze(Article.create(text)).events]
    assert ("man_made_disaster" in scopes) is disaster
