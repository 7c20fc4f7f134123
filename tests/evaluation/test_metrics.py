from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import greedy_match, multiset_prf, prf, tokens_overlap


def test_prf_gold_as_prediction_is_one() -> None:
    gold = ["a", "b", "b", "c"]
    r = multiset_prf(gold, gold)
    assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)


def test_prf_empty_prediction_has_zero_recall() -> None:
    r = multiset_prf([], ["a", "b"])
    assert (r.precision, r.recall, r.f1) == (0.0, 0.0, 0.0)


def test_prf_counts_duplicates_once_each() -> None:
    r = multiset_prf(["a", "a", "x"], ["a", "b"])
    assert (r.tp, r.n_pred, r.n_gold) == (1, 3, 2)
    assert r.precision == pytest.approx(1 / 3) and r.recall == pytest.approx(0.5)
    assert (prf(1, 3, 2) + prf(1, 1, 2)).tp == 2


TEXT = "the minister said that talks would resume next week in the capital"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 12), (0, 12), True),
    ((23, 44), (18, 44), True),  # 'that' extra: 3 of 4 tokens shared
    ((23, 28), (18, 44), False),  # one token of five: not half of the longer span
    ((0, 3), (50, 60), False),
    ((5, 5), (0, 10), False),  # empty span never matches
])
def test_token_overlap_rule(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert tokens_overlap(a, b, TEXT) is expected


def test_greedy_match_is_one_to_one() -> None:
    pairs = greedy_match([1, 1, 2], [1, 2], lambda p, g: p == g)
    assert pairs == [(0, 0), (2, 1)]
