"""A framing probe by class and side (issue 15): every class of loaded language the claims gold
defines (descriptors, terror labels, delegitimising names, occupation and aggression, martyrs and
heroes, euphemisms for killing, collective blame, criminalising labels, scare quotes, accounts
judged as propaganda), written once for each side of six conflicts, so that a class one side's
lexicon knows and the other's lacks shows as a gap between sides; with near misses for each class
(the same word in a neutral sense, or quoted: someone else's word). The rows are in
``framing_side_rows.py``; they are split into halves by :func:`newsledger.evaluation.metrics.half`
of their text, and rules were written from the tune half's misses only.

Held out (120 positive rows, tune 57 / check 63, and 30 near misses; written before any rule for
them, measured on main ac437d9e): recall 101/120 = 0.842 (tune 49/57 = 0.860, check 52/63 = 0.825),
near misses read wrong 2/30; by class atrocity 1.000, criminal 0.917, descriptor 0.667, euphemism
0.667, martyr 0.917, occupation 0.917, propaganda 0.667, regime 0.917, scare 0.750, terror 1.000; by
side ru 0.8 / ua 1.0, il 0.9 / ps 0.9, ml-gov 0.9 / ml-jih 0.9, ng-gov 0.9 / ng-ins 0.4, ly-east 0.9 /
ly-west 1.0, ir-gov 0.8 / ir-prot 0.7: the largest gap between a conflict's sides 0.5 (Nigeria: the
insurgents' words for the army, a power named by a common noun, were the ones missed).
After the rules of i15-framing, written from the tune half's misses (``test_framing_side_rules.py``):
recall 112/120 = 0.933 (tune 57/57, check 55/63 = 0.873), near misses read wrong 2/30; by class
descriptor 0.917, euphemism 0.833, martyr 1.000, occupation 1.000, propaganda 0.917, regime 1.000,
the others unchanged; by side ru 0.8 / ua 1.0, il 0.9 / ps 1.0, ml-gov 0.9 / ml-jih 1.0, ng-gov 0.9 /
ng-ins 0.9, ly-east 0.9 / ly-west 1.0, ir-gov 1.0 / ir-prot 0.9: the largest gap 0.2 (Russia /
Ukraine). A second batch (``ROWS_2``: two rows for each side and 6 near misses), written by the
rules' author after the rules and before measuring them on it (so not blind to them): main 19/24
(tune 12/14, check 7/10), the branch 21/24 (tune 12/14, check 9/10; its two gains are rows of two
of the new rules), near misses read wrong 2/6 on both; then "the terror group's propaganda arm", one
of its tune misses, made the owned-account rule take a group noun as owner, and "the enemy's media
war", the other, the rule of speech presented as war: 23/24 (tune 14/14, check 9/10). The rows still
read wrong are strict xfails in GAPS.
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
from tests.stages.framing_side_rows import CONFLICTS, ROWS, ROWS_2, SIDES


def probe_scores(parse: Callable[..., ParsedDoc]) -> dict[str, float]:
    """The probe's recall whole, by half, by class and by side, near misses read wrong and the
    largest side gap (tests.builders.framing_probe_scores)."""
    out = framing_probe_scores(parse, ROWS, SIDES, CONFLICTS)
    print("framing side probe:", out)
    return out


# rows the framing stage does not read right yet (strict: a row that starts passing must leave)
GAPS: set[str] = {
    "Western-backed Ukrainian units shelled Horlivka overnight.",
    "Doctors were surprised by the aggression of the tumour.",
    "Young rebels neutralised a Basij agent in Izeh.",
    "The Hamas gang executed three residents in Khan Younis.",
    "The so-called counteroffensive stalled near Robotyne.",
    "The army's “peace” operation in the southeast left 20 dead.",
    "The “Government of National Unity” paid the militias.",
    "The separatists' fake news about the army spread online.",
    "\"It is all propaganda,\" the spokesman in Moscow said.",
    # the second batch
    "The Brotherhood-controlled council in Misrata refused the deal.",
    "Police arrested the gangsters who robbed the bank in Misrata.",
    "The church of the Holy Martyrs was restored.",
}

FLOORS = {"recall_whole": 0.93, "recall_check": 0.87, "side_gap": 0.2, "near_misses_wrong": 2}


def test_every_class_has_every_side_once_and_near_misses() -> None:
    check_side_probe_rows(ROWS, SIDES, 10)
    assert GAPS <= {r[2] for r in ROWS + ROWS_2} and len({r[2] for r in ROWS + ROWS_2}) == len(ROWS) + len(ROWS_2)
    assert sorted(r[1] for r in ROWS_2 if r[1]) == sorted([*SIDES, *SIDES])


@pytest.mark.parametrize(("cls", "side", "text", "wording", "voice"), probe_params(ROWS + ROWS_2, GAPS, "near"))
def test_side_probe_row(parse: Callable[..., ParsedDoc], cls: str, side: str, text: str,
                        wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)


def test_probe_floor(parse: Callable[..., ParsedDoc]) -> None:
    check_framing_floors(probe_scores(parse), FLOORS)
