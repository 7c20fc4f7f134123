"""Rules for REQUEST and THREATEN as real news tells them (issue 16, branch i16-coerce-real), written after
grouping the tune-half misses of the real event sets (sets 1, 3 and 4) by construction.

A REQUEST rule (PLOVER REQUEST: "all requests, demands, and orders"; ``stages/events/coerce_real_deontic.py``):
an obligation told by a phrase rather than a modal auxiliary, read as "must" is: "X has an obligation to V", "X is under an obligation to V", "it
is time for X to V", "the time has come for X to V". Told of another party in reported speech, a REQUEST
of that party; a time of day or an obligation of no infinitive is none. ("X needs to V" / "X has to V" as
the reported clause's own verb was tried and dropped: a set-4q check figure fell with it.)

A THREATEN rule (PLOVER THREATEN: "coercive or forceful warnings with serious potential repercussions";
``stages/events/coerce_real_warnings.py``): a fate promised in the passive under a party's warning, with
no doer of its own: "would be crushed", "would not be spared", "would be met with force"; foretold by a
speaker of no party, told done, or met with something other than force, none.

A second THREATEN rule (``stages/events/coerce_real_means.py``): threats named as a party's means, in the
"with" phrase of an active verb ("silenced his critics with lawsuits and threats") or the object of a verb
of using ("used threats and bribes"): the subject's threat; threats received, faced, or of another maker
("threats from militants"), none.

Every sentence is invented here (none from a probe or a gold file): positives, a negative and a near miss;
``tests.builders.probe_ok`` holds a row when the most confident counted event is the expected triple,
or, expecting None, when no counted event is of the rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # an obligation told by a phrase, of another party, in reported speech: a REQUEST of it (CAMEO 10)
    ("REQUEST obligation phrase", P, "The Kenyan foreign minister said the time has come for Ethiopia to withdraw its troops from Somalia.", ("REQUEST", ("KEN",), ("ETH",))),
    ("REQUEST obligation phrase", P, "Ghana's president said it is time for Togo and Benin to hold talks on the border.", ("REQUEST", ("GHA",), ("TGO", "BEN"))),
    ("REQUEST obligation phrase", P, "The Chilean president said Argentina is under an obligation to return the seized fishing boats.", ("REQUEST", ("CHL",), ("ARG",))),
    ("REQUEST obligation phrase", P, "The Kenyan foreign minister said Somalia had an obligation to protect Kenyan traders.", ("REQUEST", ("KEN",), ("SOM",))),
    ("REQUEST obligation phrase", N, "The Kenyan minister said it was time for lunch.", None),
    ("REQUEST obligation phrase", N, "It is time to go home, the Kenyan coach said.", None),
    ("REQUEST obligation phrase", M, "The Kenyan minister said Ethiopia will have to look again at its plans.", None),
    # a fate promised in the passive under a party's warning, no doer of its own: a THREATEN (CAMEO 13)
    ("THREATEN fate promised in the passive", P, "The Sudanese army warned that the rebels would be crushed.", ("THREATEN", ("SDN",), ("SDN",))),
    ("THREATEN fate promised in the passive", P, "A senior Pakistani minister warned that the attackers would not be spared.", ("THREATEN", ("PAK",), ())),
    ("THREATEN fate promised in the passive", P, "North Korea warned that any provocation would be met with a nuclear response.", ("THREATEN", ("PRK",), ())),
    ("THREATEN fate promised in the passive", N, "Analysts said the rebels would be crushed within weeks.", None),
    ("THREATEN fate promised in the passive", N, "The Kenyan minister said the new rules would be met with resistance.", None),
    ("THREATEN fate promised in the passive", M, "The Kenyan minister said the attackers had not been spared by the floods.", None),
    # threats named as a party's means ("with threats", "used threats"): the subject's THREATEN (CAMEO 13)
    ("THREATEN threats as means", P, "The Kenyan president silenced his critics with lawsuits and threats.", ("THREATEN", ("KEN",), ("KEN",))),
    ("THREATEN threats as means", P, "Ethiopia pressured Somalia with threats over the port deal.", ("THREATEN", ("ETH",), ("SOM",))),
    ("THREATEN threats as means", P, "Chinese officials used threats and bribes to win over Pacific islands.", ("THREATEN", ("CHN",), ())),
    ("THREATEN threats as means", N, "The Ugandan minister received death threats after the vote.", None),
    ("THREATEN threats as means", N, "The Kenyan president met with his critics on Monday.", None),
    ("THREATEN threats as means", M, "Kenya's president dealt with threats from militants.", None),
]


RULES = 3


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_coerce_real_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
