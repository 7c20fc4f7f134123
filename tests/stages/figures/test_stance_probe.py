"""A probe of a figure's measure and stance on unseen text (issue 15): for each figure of an invented
news sentence, is what it counts (killed, injured, missing, displaced, detained, ...) and whether
the text asserts, denies, negates or hedges it read right?

The rows (``stance_probe_rows.py``: 137 rows, 163 figures, ids ``st-NNN``; 75 figures in the tune
half, 88 in the check half by :func:`newsledger.evaluation.metrics.half` of the row id) were all
written before reading the figures code; main a28e5819 measured on them is the held-out estimate.
One gold was widened after the first run, a vocabulary fix only: the hostages of st-024 may count
``held hostage`` (a measure of the lexicon the blind gold did not know) as well as ``detained``.
Rules were then written from the tune half's misses only (``test_stance_probe_rules.py``).

Whole / tune / check, main a28e5819 -> branch i15-stance53:

* measure right: 0.933 / 0.920 / 0.943 -> 0.951 / 0.960 / 0.943
* measure and stance right: 0.853 / 0.827 / 0.875 -> 0.914 / 0.947 / 0.886
* negated or denied figures kept as claims: 5 / 2 / 3 -> 3 / 0 / 3
* asserted figures lost as claims: 12 / 7 / 5 -> 8 / 4 / 4

Only the tune rows are tested one by one; the check half is held to its aggregate.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from newsledger.evaluation.metrics import half
from newsledger.ledger.claims import CLAIM_STANCES
from newsledger.records import Analysis, Figure
from tests.builders import assert_probe_rows, gap_params, pipeline
from tests.stages.figures.stance_probe_rows import ROWS, Gold, Row

HEADLINE = "News from the regions\n\n"


@cache
def analysis(text: str) -> Analysis:
    return pipeline().analyze_text(HEADLINE + text)


def found_figure(text: str, number: str) -> Figure | None:
    """The narrowest figure that covers the one place ``number`` is written in ``text``."""
    an = analysis(text)
    hits = [m.span() for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", an.article.text)]
    assert len(hits) == 1, (number, text)
    start, end = hits[0]
    covering = [f for f in an.figures if f.start < end and start < f.end]
    return min(covering, key=lambda f: f.end - f.start) if covering else None


def readings(accepted: str) -> list[tuple[set[str], set[str]]]:
    """The accepted (measures, stances) pairs of a gold; an empty stance set accepts any stance."""
    out = []
    for alt in accepted.split(";"):
        measures, stances = alt.split(":")
        out.append((set(measures.split("|")), set() if stances == "*" else set(stances.split("|"))))
    return out


def judge(text: str, gold: Gold) -> dict[str, bool]:
    """One gold figure read: found at all, measure right, measure and stance right, a negated or denied
    casualty figure kept as a claim (false claim), an asserted casualty figure lost as a claim."""
    fig = found_figure(text, gold[0])
    alts = readings(gold[1])
    measure = "none" if fig is None or fig.measure is None else fig.measure
    stance = "" if fig is None else fig.stance
    claims_ok = any(m != {"none"} and (not s or s & CLAIM_STANCES) for m, s in alts)
    must_claim = all(m != {"none"} and s and s <= CLAIM_STANCES for m, s in alts)
    is_claim = fig is not None and measure != "none" and stance in CLAIM_STANCES
    return {
        "found": fig is not None,
        "measure": any(measure in m for m, _ in alts),
        "right": any(measure in m and (not s or stance in s) for m, s in alts),
        "false_claim": is_claim and not claims_ok,
        "lost_claim": must_claim and not is_claim,
    }


def row_right(row: Row) -> bool:
    return all(judge(row[2], g)["right"] for g in row[3])


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """Per figure: measure accuracy, measure-and-stance accuracy, false and lost claims; by half."""
    out: dict[str, float] = {}
    for part in ("whole", "tune", "check"):
        judged = [judge(r[2], g) for r in rows if part == "whole" or half(r[0]) == part for g in r[3]]
        out[f"measure_{part}"] = round(sum(j["measure"] for j in judged) / len(judged), 3)
        out[f"right_{part}"] = round(sum(j["right"] for j in judged) / len(judged), 3)
        out[f"false_claims_{part}"] = sum(j["false_claim"] for j in judged)
        out[f"lost_claims_{part}"] = sum(j["lost_claim"] for j in judged)
        out[f"figures_{part}"] = len(judged)
    return out


# tune-half rows still read wrong, by id: strict xfails, a row that starts passing must leave this set
# (the check half is tested by its aggregate only, its rows never read one by one)
GAPS: set[str] = {"st-054", "st-080", "st-102", "st-122"}
TUNE_ROWS = [r for r in ROWS if half(r[0]) == "tune"]

FLOORS = {"right_whole": 0.9, "measure_whole": 0.95, "right_check": 0.88, "measure_check": 0.94}
CEILINGS = {"false_claims_whole": 3, "lost_claims_whole": 8}


@pytest.mark.parametrize("row", gap_params(TUNE_ROWS, lambda r: r[0], GAPS, "a gap of figure measure or stance"))
def test_tune_row(row: Row) -> None:
    assert row_right(row), row[0]


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([r[0] for r in ROWS], GAPS, 120)
    assert all(half(g) == "tune" for g in GAPS)
    assert len({r[1] for r in ROWS}) >= 60
    assert sum(r[1].startswith("near miss") for r in ROWS) >= 30
    assert {half(r[0]) for r in ROWS} == {"tune", "check"}


def test_probe_floor() -> None:
    scores = probe_scores()
    assert all(scores[k] >= v for k, v in FLOORS.items()), scores
    assert all(scores[k] <= v for k, v in CEILINGS.items()), scores
