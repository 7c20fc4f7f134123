"""A held-out probe of stance (issue 15): does each quote, figure and event get the stance the
language of denial, negation, doubt and condition gives it, and is a negated or denied figure
never a claim?

The rows (``tests/nlp/stance_probe_rows.py``) were written from the constructions of English
negation and denial, each class with positives and near misses, before any rule was written for
them and not from any corpus or probe: denial verbs with every complement, nouns and predicates
of denial and falsity, negated existence and quantity, the scope of a negation (qualifiers,
"none other than", "not far from", a negation in another clause), negated attribution,
correction and retraction, hedges, conditions and prospects, denials inside direct and indirect
quotes, denied acts.

Held out, main at 640b5ef (measured before any rule was written for these rows; 185 rows):
stance accuracy 0.849 (157 of the 185 records found), figure claim accuracy 0.857 (126 of the 147
figures whose expected stance settles whether it is a claim), 13 figures kept as claims that are
negated, denied or put as a prospect, 8 claims lost. (First measured as 0.843 / 0.850 with one row
mis-written: "the nine fishermen are no longer missing" counts the missing, whose state has ended, so
negated; corrected before any rule.)
After the frames of branch i15-stance (``newsledger.nlp.stance_frames``; the scope of a negation in
``newsledger.nlp.stance``; no longer held out, the rules were written for these classes): stance
accuracy 0.984 (182/185), figure claim accuracy 0.986 (145/147), 0 negated or denied figures kept as
claims, 2 claims lost.

A second batch (``SECOND``, 46 rows: the same classes in other words, tenses and word orders) was
written after those rules and before any rule for it, and measured held out: main 0.696 (32/46), the
branch 0.891 (41/46). After four more rules for what it showed (an impossible check, "it is a lie
that", "at no point", "story" as a noun of claim): 1.0 (46/46; no longer held out).
Both batches (231 rows): main stance accuracy 0.818, figure claim accuracy 0.832 (of 185), 21 negated or
denied figures kept as claims, 10 claims lost; the branch 0.991, 0.995, 0 and 1 (after the rule for
a clause juxtaposed by a semicolon, "X said 50 died; the army denied shelling").
The rows still read wrong are strict xfails in GAPS; :func:`probe_scores` prints the measure and
``test_probe_floor`` holds a floor under it."""

from __future__ import annotations

import pytest

from newsledger.ledger.claims import CLAIM_STANCES
from tests.builders import assert_probe_rows, gap_params
from tests.nlp.stance_probe_rows import ROWS, Row, found_stance, is_claim


def row_key(row: Row) -> tuple[str, str]:
    return row[0], row[2].words


def row_right(row: Row) -> bool:
    found = found_stance(row[1], row[2])
    return found is not None and found in row[3].split("|")


def probe_scores() -> dict[str, float]:
    """Stance accuracy among the records found; for figures, claim accuracy, the negated or denied
    figures kept as claims and the claims lost."""
    found = right = figs = claim_ok = false_claims = lost = 0
    for row in ROWS:
        stance = found_stance(row[1], row[2])
        if stance is None:
            continue
        found += 1
        right += stance in row[3].split("|")
        claim = is_claim(row[3])
        if row[2].kind != "fig" or claim is None:
            continue
        figs += 1
        claim_ok += (stance in CLAIM_STANCES) == claim
        false_claims += stance in CLAIM_STANCES and not claim
        lost += claim and stance not in CLAIM_STANCES
    out = {"stance_accuracy": round(right / found, 3) if found else 0.0, "found": found, "rows": len(ROWS),
           "figure_claim_accuracy": round(claim_ok / figs, 3) if figs else 0.0, "figures": figs,
           "false_claims": false_claims, "lost_claims": lost}
    print("stance probe:", out)
    return out


# rows still read wrong (main at 640b5ef read 42 of 231 wrong; these 2 after the frames of branch i15-stance),
# keyed by construction and target: strict xfails, a row that starts passing must leave this set
GAPS: set[tuple[str, str]] = {
    ('not a single one of the N', '30'),
    ('a quote: near miss, no one else', '40'),
}

# the probe's floor (raise it as rules land)
FLOORS = {"stance_accuracy": 0.98, "figure_claim_accuracy": 0.98, "false_claims": 0}


def _param_row(row: Row) -> tuple[str, str, str, Row]:
    """A row as ``gap_params`` reads it: construction, kind of target, text first."""
    return row[0], row[2].kind, row[1], row


@pytest.mark.parametrize("flat", gap_params([_param_row(r) for r in ROWS], lambda f: row_key(f[3]), GAPS,
                                            "a gap of stance"))
def test_row(flat: tuple[str, str, str, Row]) -> None:
    row = flat[3]
    assert row_right(row), (row, found_stance(row[1], row[2]))


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 230)
    assert {r[2].kind for r in ROWS} == {"fig", "quo", "ev"}
    assert sum(r[0].startswith("near miss") for r in ROWS) >= 40


def test_probe_floor() -> None:
    scores = probe_scores()
    assert scores["stance_accuracy"] >= FLOORS["stance_accuracy"]
    assert scores["figure_claim_accuracy"] >= FLOORS["figure_claim_accuracy"]
    assert scores["false_claims"] <= FLOORS["false_claims"]
