"""The constructions the readout probe (``test_readout_probe.py``) found with no event, the wrong
type or the wrong arguments, in the prose of governments, ministries, joint statements, state
agencies and military press releases: each a construction class from the PLOVER codebook's
definitions and the manual's actor conventions, told by words in ``data/events/patterns.yaml`` or
by a phrase that carries an argument away from its verb (``stages/events/arguments.py``,
``borders.py``). A positive row, a negative row and a near miss per rule, in invented sentences
(not the probe's) with parties of every side. A row holds as ``tests.builders.probe_ok`` reads it:
with an expected triple, the most confident counted event is that triple; with None, no counted
event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # compound actors (manual 2.4.2): "<Adj> <Title> <Name> and <Adj> <Title> <Name>", the second
    # party parsed inside the name apposed to the first title; each party is a source
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Iraqi Prime Minister Mohammed Shia al-Sudani spoke by telephone on Monday.",
     ("CONSULT", ("IRN", "IRQ"), ())),
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Omani Sultan Haitham bin Tariq held talks in Muscat on Tuesday.",
     ("CONSULT", ("IRN", "OMN"), ())),
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Iraqi Prime Minister Mohammed Shia al-Sudani condemned the Israeli attack.",
     ("ACCUSE", ("IRN", "IRQ"), ("ISR",))),
    ("CONSULT apposed titles", N, "Iranian President Masoud Pezeshkian and his wife attended a ceremony in Tehran.", None),
    ("CONSULT apposed titles", M, "Iranian President Masoud Pezeshkian and his delegation arrived in Baku on Monday.",
     ("CONSULT", ("IRN",), ("AZE",))),
    # MOBILIZE troops (CAMEO 154): forces sent to, along or near a border face the party across it
    # ("the border with Y", "the Y border", "to reinforce its border with Y"), not the doer's own country
    ("MOBILIZE across border", P, "The Algerian army deployed 3,000 soldiers along the border with Mali on Sunday.",
     ("MOBILIZE", ("DZA",), ("MLI",))),
    ("MOBILIZE across border", P, "Lithuania has mobilised 5,000 soldiers to reinforce its border with Belarus.",
     ("MOBILIZE", ("LTU",), ("BLR",))),
    ("MOBILIZE across border", P, "The Iranian army dispatched commando units to the Pakistani border on Thursday.",
     ("MOBILIZE", ("IRN",), ("PAK",))),
    ("MOBILIZE across border", N, "The Iranian army dispatched commando units to Syria to back the government.",
     ("AID", ("IRN",), ("SYR",))),
    ("MOBILIZE across border", M, "The Algerian army deployed 3,000 soldiers along the border on Sunday.",
     ("MOBILIZE", ("DZA",), ("DZA",))),
    # MOBILIZE troops, not AID military (CAMEO 072): forces sent "near", "along" or "around" a place,
    # with no recipient named, are a deployment facing it
    ("MOBILIZE facing deployment", P, "Belarus deployed troops near Vilnius on Friday.", ("MOBILIZE", ("BLR",), ("LTU",))),
    ("MOBILIZE facing deployment", P, "Kenya deployed troops along its border with Somalia.", ("MOBILIZE", ("KEN",), ("SOM",))),
    ("MOBILIZE facing deployment", N, "Sudan sent 2,000 troops to Chad to support the government.", None),
    ("MOBILIZE facing deployment", M, "Armenia deployed troops near Yerevan on Monday.", ("MOBILIZE", ("ARM",), ("ARM",))),
]


RULES = 3


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == RULES
    for rule, seen in kinds.items():
        assert seen == {P, N, M}, rule


@pytest.mark.parametrize("rule,kind,text,expected", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_readout_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
