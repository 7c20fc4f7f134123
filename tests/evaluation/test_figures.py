"""The NewsQuant figure scorer, on tiny hand-made gold written in a temporary directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsledger.evaluation import figures as ev
from newsledger.records import Analysis, Article, Figure

GOLD = [
    {"text": "The storm killed 40 people and cost $2 million.",
     "quantities": [
         {"change": "=", "value": "40", "unit": "people", "normalized_unit": "people",
          "referred_concepts": "storm"},
         {"change": "=", "value": "2000000.0", "unit": "$", "normalized_unit": "dollar",
          "referred_concepts": "storm"}]},
    {"text": "Dozens of homes burned while rents rose 5.5 per cent.",
     "quantities": [
         {"change": "=", "value": "12-120", "unit": "homes", "normalized_unit": "home",
          "referred_concepts": "-"},
         {"change": "up", "value": "5.5", "unit": "per cent", "normalized_unit": "percentage",
          "referred_concepts": "rents"}]},
    {"text": "The bridge is between 3.0 - 4.0 km long.",
     "quantities": [
         {"change": "=", "value": "3.0 - 4.0", "unit": "km", "normalized_unit": "kilometre",
          "referred_concepts": "bridge"}]},
    {"text": "Nothing is counted here.", "quantities": []},
]


def _fig(article: Article, i: int, low: float, high: float, unit: str | None, text: str) -> Figure:
    return Figure(id=f"f{i}", article_id=article.id, sentence=0, start=0, end=len(text), text=text,
                  value_low=low, value_high=high, unit=unit)


class StubPipeline:
    """Stands in for ``Pipeline``: returns the figures given for each text."""

    def __init__(self, answers: dict[str, list[tuple[float, float, str | None, str]]]) -> None:
        self.answers = answers

    def analyze(self, article: Article) -> Analysis:
        rows = self.answers.get(article.text, [])
        figs = tuple(_fig(article, i, *row) for i, row in enumerate(rows))
        return Analysis(article=article, figures=figs)


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    path = tmp_path / "newsquant_tiny.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def _as_predictions() -> dict[str, list[tuple[float, float, str | None, str]]]:
    """The gold itself, written as figures (vague amounts in newsledger's own convention)."""
    return {
        GOLD[0]["text"]: [(40, 40, "people", "40 people"), (2e6, 2e6, "dollars", "$2 million")],
        GOLD[1]["text"]: [(24, 99, "homes", "Dozens of homes"), (5.5, 5.5, "percent", "5.5 per cent")],
        GOLD[2]["text"]: [(3, 4, "km", "3.0 - 4.0 km")],
    }


def test_gold_as_prediction_scores_one(gold_path: Path) -> None:
    result = ev.evaluate(gold_path, StubPipeline(_as_predictions()))  # type: ignore[arg-type]
    assert result.task == "figures"
    assert result.n_docs == 4
    names = ("value_p", "value_r", "value_f1", "value_unit_p", "value_unit_r", "value_unit_f1")
    assert {n: result.metrics[n] for n in names} == pytest.approx(dict.fromkeys(names, 1.0))


def test_empty_predictions_recall_zero(gold_path: Path) -> None:
    result = ev.evaluate(gold_path, StubPipeline({}))  # type: ignore[arg-type]
    assert result.metrics["value_r"] == 0.0
    assert result.metrics["value_unit_r"] == 0.0
    assert result.metrics["value_f1"] == 0.0
    assert result.details["counts"]["value"]["n_gold"] == 5


def test_wrong_units_and_values(gold_path: Path) -> None:
    answers = {
        GOLD[0]["text"]: [(40, 40, "homes", "40 homes"), (3e6, 3e6, "dollars", "$3 million")],
    }
    result = ev.evaluate(gold_path, StubPipeline(answers))  # type: ignore[arg-type]
    counts = result.details["counts"]
    assert counts["value"] == {"tp": 1, "n_pred": 2, "n_gold": 5}
    assert counts["value_unit"]["tp"] == 0


def test_limit(gold_path: Path) -> None:
    result = ev.evaluate(gold_path, StubPipeline(_as_predictions()), limit=1)  # type: ignore[arg-type]
    assert result.n_docs == 1
    assert result.details["counts"]["value"]["n_gold"] == 2


@pytest.mark.parametrize(("raw", "low", "high"), [
    ("12", 12, 12),
    ("12-120", 12, 120),
    ("3.0 - 4.0", 3, 4),
    ("-5.0", -5, -5),
    ("208.0-193.0", 193, 208),
    ("1.99E-29", 1.99e-29, 1.99e-29),
])
def test_parse_value(raw: str, low: float, high: float) -> None:
    b = ev.parse_value(raw)
    assert b is not None
    assert (b.low, b.high) == pytest.approx((low, high))


def test_parse_value_unreadable() -> None:
    assert ev.parse_value("a few") is None


def _gold(unit: str, normalized: str) -> ev.GoldQuantity:
    return ev.GoldQuantity(ev.Bounds(1, 1), unit, normalized)


@pytest.mark.parametrize(("pred", "unit", "normalized", "ok"), [
    ("dollars", "$", "dollar", True),
    ("dollars per barrel", "$ per barrel", "dollar per barrel", True),
    ("percent", "%", "percentage", True),
    ("percent", "per cent", "percentage", True),
    ("km", "kilometers", "kilometre", True),
    ("vehicles", "Kia and Hyundai vehicles", "Kia Hyundai vehicle", True),
    ("barrels", "barrels of oil", "barrel of oil", True),
    ("pounds", "PS", "pound sterling", True),
    ("children", "children", "child", True),
    (None, "-", "-", True),
    ("cents", "$", "dollar", False),
    ("people", "-", "-", False),
    (None, "people", "people", False),
    ("days", "weeks", "week", False),
])
def test_unit_matching(pred: str | None, unit: str, normalized: str, ok: bool) -> None:
    assert ev.units_match(pred, _gold(unit, normalized)) is ok


def test_vague_mapping() -> None:
    art = Article.create("Dozens of homes burned.")
    fig = _fig(art, 0, 24, 99, "homes", "Dozens of homes")
    assert ev.predicted_bounds(fig) == ev.Bounds(12, 120)
    exact = _fig(art, 1, 24, 99, "homes", "24-99 homes")
    assert ev.predicted_bounds(exact) == ev.Bounds(24, 99)


def test_values_match_tolerance() -> None:
    assert ev.values_match(ev.Bounds(1 / 3, 1 / 3), ev.Bounds(0.3333333, 0.3333333))
    assert not ev.values_match(ev.Bounds(12, 12), ev.Bounds(12, 120))
    assert not ev.values_match(ev.Bounds(100, 100), ev.Bounds(101, 101))


def test_score_sentence_one_to_one() -> None:
    art = Article.create("x")
    gold = ev.GoldSentence("x", (ev.GoldQuantity(ev.Bounds(5, 5), "-", "-"),))
    figs = [_fig(art, 0, 5, 5, None, "5"), _fig(art, 1, 5, 5, None, "5")]
    s = ev.score_sentence(figs, gold)
    assert (s.value.tp, s.value.n_pred, s.value.n_gold) == (1, 2, 1)


def test_details_hold_no_text(gold_path: Path) -> None:
    result = ev.evaluate(gold_path, StubPipeline(_as_predictions()))  # type: ignore[arg-type]
    dumped: Any = json.dumps(result.to_json())
    assert "storm" not in dumped and "Dozens" not in dumped
