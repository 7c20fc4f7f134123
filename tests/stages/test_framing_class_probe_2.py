"""A second framing class probe (issue 15): six classes of loaded language that the first probe
(``test_framing_side_probe.py``) lacked, blame for a disaster, labels of unrest and policing,
labels of armed groups and rulers, euphemisms for killing and force, hyphenated descriptors and
scare quotes around a party's own word, each written once for each side of five conflicts, with
near misses. The rows are in ``framing_class_rows_2.py``; they are split into halves by
:func:`newsledger.evaluation.metrics.half` of their text, and rules were written from the tune
half's misses only.

Held out (60 positive rows, tune 33 / check 27, and 18 near misses; written before any rule for
them, measured on main d2fb4256): recall 33/60 = 0.550 (tune 24/33 = 0.727, check 9/27 = 0.333), near
misses read wrong 3/18; by class disaster 0.0, unrest 0.7, armed 0.7, euphemism 0.6, hyphen 0.8, scare
0.5; by side ke-gov 0.167 / ke-prot 0.5, ng-gov 0.667 / ng-com 0.333, ml-gov 0.667 / ml-jih 0.667,
ly-east 0.5 / ly-west 0.5, co-gov 0.667 / co-left 0.833: the largest gap between a conflict's sides
0.334. After the rules of i15-framing2, written from the tune half's misses
(``test_framing_disaster.py``): recall 47/60 = 0.783 (tune 32/33 = 0.970, check 15/27 = 0.556), near
misses read wrong 2/18; by class disaster 0.9, unrest 0.8, armed 0.9, euphemism 0.8, hyphen 0.8,
scare 0.5; by side ke-gov 0.5 / ke-prot 0.667, ng-gov 0.833 / ng-com 0.667, ml-gov 0.833 / ml-jih 1.0,
ly-east 0.833 / ly-west 0.833, co-gov 0.667 / co-left 1.0: the largest gap 0.333 (co, ml, ke). Two near
misses were first written expecting a quoted-voice mark where the stage rightly marks nothing (a
quoted "threat was neutralised": no people removed; a partial quote "fully restored": no scare
quote); the lead corrected them to expect nothing, and both are read right. The tune half's one miss left, "Wagner-protected" at a
sentence's start, is the name's recognition there ("Wagner-backed" is missed the same way). The
scare-quote class gained nothing: its tune rows were all read right before any rule. The rows
still read wrong are strict xfails in GAPS.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import (
    check_framing_floors,
    check_row,
    check_side_probe_rows,
    framing_probe_scores,
    probe_params,
)
from tests.stages.framing_class_rows_2 import CONFLICTS_2, ROWS_3, SIDES_2


def probe_scores(parse: Callable[..., ParsedDoc]) -> dict[str, float]:
    """The probe's recall whole, by half, by class and by side, near misses read wrong and the
    largest side gap (tests.builders.framing_probe_scores)."""
    out = framing_probe_scores(parse, ROWS_3, SIDES_2, CONFLICTS_2)
    print("framing class probe 2:", out)
    return out


# rows the framing stage does not read right yet (strict: a row that starts passing must leave)
GAPS: set[str] = {
    "The landslide in Mocoa was a tragedy foretold, caused by the guerrilla's illegal mining.",
    'Looters and hooligans hijacked the march in Nairobi on Tuesday.',
    'Trigger-happy soldiers opened fire on mourners in Tsafe.',
    'Criminal gangs posing as protesters set fire to shops in Githurai.',
    "Police 'dealt with' the student leaders, as the minister had promised.",
    "The army neutralised the dissident commander alias 'Jhon' in Guaviare.",
    "Opposition-hired youths stoned the governor's convoy in Kisumu.",
    'Wagner-protected oil fields in the south stopped pumping.',
    'The police "restored order" by shooting into the crowd in Kibera.',
    'The bandits\' "repentance" lasted until the ransom was paid.',
    'The army\'s "precision" strike hit a wedding party in Tsafe.',
    'The jihadists\' "zakat" is theft of the herders\' cattle.',
    'The "unity" cabinet in Tripoli paid the militias again.',
}

FLOORS = {"recall_whole": 0.78, "recall_check": 0.55, "side_gap": 0.34, "near_misses_wrong": 0}


def test_every_class_has_every_side_once_and_near_misses() -> None:
    check_side_probe_rows(ROWS_3, SIDES_2, 6)
    assert GAPS <= {r[2] for r in ROWS_3}


@pytest.mark.parametrize(("cls", "side", "text", "wording", "voice"), probe_params(ROWS_3, GAPS, "near"))
def test_class_probe_row(parse: Callable[..., ParsedDoc], cls: str, side: str, text: str,
                         wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)


def test_probe_floor(parse: Callable[..., ParsedDoc]) -> None:
    check_framing_floors(probe_scores(parse), FLOORS)
