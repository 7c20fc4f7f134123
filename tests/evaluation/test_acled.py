"""ACLED typology evaluation: gold loading, the CASE code map, the main event and the scorer, on a
tiny invented TSV."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsledger.errors import NewsledgerError
from newsledger.evaluation.acled import (
    CASE_CODES,
    OUTSIDE,
    GoldSnippet,
    Prediction,
    evaluate,
    load_gold,
    macro_f1,
    main_event,
    predict,
    score,
    with_halves,
)
from newsledger.evaluation.metrics import half
from newsledger.records import Analysis, Article, Event, Failure, Span

TSV = (
    "id\tEventSnippet\tSubType\n"
    "1\tRebels shelled the market of Avalon.\tART_MISS_ATTACK\n"
    "2\tPolice arrested ten students in Borduria.\tARREST\n"
    "3\tA flood swept through the valley.\tNATURAL_DISASTER\n"
    "4\tThousands marched through the capital.\tPEACE_PROTEST\n"
)
TRUTH = {
    "1": ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", "acled"),
    "2": ("COERCE", "Strategic developments", "Arrests", "acled"),
    "3": ("ASSAULT", None, None, "natural_disaster"),
    "4": ("PROTEST", "Protests", "Peaceful protest", "acled"),
}


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def _event(plover: str, acled_type: str | None, subtype: str | None, scope: str | None, confidence: float = 0.9,
           **kw: object) -> Event:
    return Event(id=f"ev-{plover}-{confidence}", article_id="a", sentence=0, start=0, end=5, text="t",
                 plover=plover, predicate=Span(0, 1, "t"), confidence=confidence, acled_type=acled_type,
                 acled_subtype=subtype, scope=scope, **kw)  # type: ignore[arg-type]


def test_case_codes_cover_every_code_with_acled_names() -> None:
    assert len(CASE_CODES) == 30
    assert CASE_CODES["GRENADE"] == ("Explosions/Remote violence", "Grenade")
    assert CASE_CODES["MAN_MADE_DISASTER"] == (OUTSIDE, "man_made_disaster")
    assert sum(1 for family, _ in CASE_CODES.values() if family == OUTSIDE) == 5


def test_load_gold(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    assert [g.id for g in gold] == ["1", "2", "3", "4"]
    assert gold[0].subtype == "Shelling/artillery/missile attack" and gold[2].family == OUTSIDE


def test_load_gold_rejects_an_unknown_code(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("id\tEventSnippet\tSubType\n9\tSomething happened.\tPICNIC\n", encoding="utf-8")
    with pytest.raises(NewsledgerError, match="unknown CASE code 'PICNIC'"):
        load_gold(path)


def test_main_event_is_the_most_confident_typed_counted_event() -> None:
    art = Article.create("text")
    events = (
        _event("ASSAULT", "Battles", "Armed clash", "acled", 0.7),
        _event("CONSULT", None, None, "diplomacy", 0.95, modality="hypothetical"),  # not counted
        _event("ACCUSE", None, None, None, 0.99),  # no typology
        _event("CONSULT", None, None, "diplomacy", 0.98),  # the residual scope: only when alone
        _event("PROTEST", "Protests", "Peaceful protest", "acled", 0.8, parent_id="ev-x"),  # a child
    )
    an = Analysis(article=art, events=events)
    main = main_event(an)
    assert main is not None and main.acled_subtype == "Armed clash"
    assert predict(an) == Prediction("Battles", "Armed clash", True)
    assert predict(Analysis(article=art, events=events[2:3])) == Prediction(None, None, True)
    assert predict(Analysis(article=art, events=(_event("X", None, None, "diplomacy"),))) == Prediction(
        OUTSIDE, "diplomacy", True)


def test_score_counts_misses_and_found_rates() -> None:
    gold = [GoldSnippet("1", "t", "ARMED_CLASH"), GoldSnippet("2", "t", "ATTACK"), GoldSnippet("3", "t", "DIPLO"),
            GoldSnippet("4", "t", "ARREST")]
    preds = [Prediction("Battles", "Armed clash", True), Prediction("Battles", "Armed clash", True),
             Prediction(OUTSIDE, "diplomacy", True), Prediction(None, None, True)]
    m = score(gold, preds)
    assert m["subtype_accuracy"] == 0.5 and m["family_accuracy"] == 0.5
    assert m["event_found_rate"] == pytest.approx(2 / 3) and m["any_event_rate"] == 1.0
    # classes: Armed clash (F1 2/3), Attack (0), diplomacy (1), Arrests (0)
    assert m["subtype_macro_f1"] == pytest.approx((2 / 3 + 0 + 1 + 0) / 4)


def test_macro_f1_of_nothing_is_zero() -> None:
    assert macro_f1([], []) == 0.0
    assert macro_f1(["a"], [None]) == 0.0
    assert macro_f1(["a", "b"], ["a", "b"]) == 1.0


def test_every_metric_is_also_reported_per_half() -> None:
    ids = [str(i) for i in range(10)]
    assert {half(i) for i in ids} == {"tune", "check"}
    gold = [GoldSnippet(i, "t", "ARREST") for i in ids]
    preds = [Prediction("Strategic developments", "Arrests", True) if half(i) == "check"
             else Prediction(None, None, False) for i in ids]
    m = with_halves(gold, preds)
    assert m["subtype_accuracy_check"] == 1.0 and m["subtype_accuracy_tune"] == 0.0
    assert m["event_found_rate_tune"] == 0.0 and m["family_accuracy_check"] == 1.0
    assert all(f"{k}_tune" in m and f"{k}_check" in m for k in score(gold, preds))


class FakePipeline:
    """Types each snippet as the truth above says, except for ``fail`` (a Failure) and ``wrong``."""

    def __init__(self, fail: str | None = None, wrong: str | None = None) -> None:
        self.fail, self.wrong = fail, wrong

    def analyze_many(self, articles: Iterable[Article], n_process: int = 1) -> Iterator[Analysis | Failure]:
        for art in articles:
            if art.external_id == self.fail:
                yield Failure(str(art.external_id), "boom")
                continue
            plover, family, subtype, scope = TRUTH[str(art.external_id)]
            if art.external_id == self.wrong:
                family, subtype, scope = "Battles", "Armed clash", "acled"
            yield Analysis(article=art, events=(_event(plover, family, subtype, scope),))


def test_evaluate_end_to_end(gold_file: Path) -> None:
    result = evaluate(gold_file, FakePipeline())  # type: ignore[arg-type]
    assert result.task == "acled" and result.n_docs == 4
    assert result.metrics["subtype_accuracy"] == 1.0 and result.metrics["family_accuracy"] == 1.0
    assert result.metrics["event_found_rate"] == 1.0 and result.details["misses"] == []


def test_evaluate_counts_failures_and_wrong_types(gold_file: Path) -> None:
    result = evaluate(gold_file, FakePipeline(fail="2", wrong="1"), limit=3)  # type: ignore[arg-type]
    assert result.n_docs == 3
    assert result.metrics["subtype_accuracy"] == pytest.approx(1 / 3)
    assert result.metrics["event_found_rate"] == 0.5  # snippets 1 and 2 are ACLED types; 2 failed
    assert [(m["id"], m["predicted"]) for m in result.details["misses"]] == [("1", "Armed clash"), ("2", "NONE")]
    assert result.details["confusion"]["Arrests -> NONE"] == 1
