"""Event evaluation: gold loading, code mapping and the scorer, on tiny hand-made records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsledger.evaluation.events import (
    SPLIT_BIT,
    GoldEvent,
    PredEvent,
    actor_codes,
    evaluate,
    load_gold,
    predictions,
    score,
    with_halves,
)
from newsledger.evaluation.metrics import half
from newsledger.records import Actor, Analysis, Article, Event, Failure, Span

RECORDS = [
    {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "header"},
    {
        "id": "R1", "event": "DEMAND", "text": "Avalonia demanded that Borduria free the sailors.",
        "source": [{"actorText": "Avalonia", "code": "AVA"}],
        "target": [{"actorText": "Borduria", "code": "BOR"}],
    },
    {
        "id": "R2", "event": "AGREE", "text": "Avalonia and Borduria agreed to a truce.",
        "source": [{"actorText": "Avalonia", "code": "AVA"}, {"actorText": "Borduria", "code": "BOR"}],
        "target": "",
    },
    {
        "id": "R3", "event": "FIGHT", "text": "Syldavian troops shelled the UN compound.",
        "source": [{"actorText": "Syldavian troops", "code": "SYL", "sector": "MIL"}],
        "target": [{"actorText": "the UN compound", "code": "IGO"}],
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_load_gold_skips_header_and_maps_old_names(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    assert [g.id for g in gold] == ["R1", "R2", "R3"]
    assert [g.plover for g in gold] == ["REQUEST", "AGREE", "ASSAULT"]
    assert gold[1].source == frozenset({"AVA", "BOR"}) and gold[1].target == frozenset()
    assert gold[2].target == frozenset({"IGO"})


def as_predictions(gold: list[GoldEvent]) -> list[list[PredEvent]]:
    return [[PredEvent(g.plover, g.source, g.target, 0.9)] for g in gold]


def test_gold_as_prediction_scores_one(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    metrics = score(gold, as_predictions(gold))
    assert set(metrics) == {
        "type_accuracy", "type_p", "type_r", "type_f1", "triple_p", "triple_r", "triple_f1",
        "actor_p", "actor_r", "actor_f1",
    }
    assert all(v == 1.0 for v in metrics.values()), metrics


def test_empty_predictions_score_zero_recall(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    metrics = score(gold, [[] for _ in gold])
    assert metrics["type_accuracy"] == 0.0
    assert metrics["type_r"] == metrics["triple_r"] == metrics["actor_r"] == 0.0


def test_most_confident_event_decides_type_accuracy(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    preds = as_predictions(gold)
    preds[0] = [PredEvent("ACCUSE", frozenset(), frozenset(), 0.9), *preds[0]]  # wrong one first
    metrics = score(gold, preds)
    assert metrics["type_accuracy"] == pytest.approx(2 / 3)
    assert metrics["type_r"] == 1.0 and metrics["type_p"] == pytest.approx(3 / 4)


def test_wrong_actor_breaks_the_triple_only(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    preds = as_predictions(gold)
    preds[2] = [PredEvent("ASSAULT", frozenset({"SYL"}), frozenset({"BOR"}), 0.9)]
    metrics = score(gold, preds)
    assert metrics["type_f1"] == 1.0
    assert metrics["triple_f1"] == pytest.approx(2 / 3)
    assert metrics["actor_p"] < 1.0 and metrics["actor_r"] < 1.0


ACTORS = {
    "state:AVA": Actor("state:AVA", "Avalonia", "state", country="AVA", sectors=("GOV",)),
    "sector:BOR:MIL": Actor("sector:BOR:MIL", "Bordurian army", "group", country="BOR", sectors=("MIL",)),
    "org:un": Actor("org:un", "United Nations", "organisation", sectors=("IGO",)),
    "org:ngo": Actor("org:ngo", "Aid Watch", "organisation", sectors=("NGO",)),
    "person:x": Actor("person:x", "Someone", "person"),
    "compound:a+b": Actor("compound:a+b", "A and B", "group", members=("state:AVA", "sector:BOR:MIL")),
}


@pytest.mark.parametrize(
    ("ids", "codes"),
    [
        (("state:AVA",), {"AVA"}),
        (("sector:BOR:MIL",), {"BOR"}),
        (("org:un",), {"IGO"}),
        (("org:ngo",), {"IGO"}),  # the gold codes Red Cross, Amnesty as IGO
        (("person:x",), set()),  # no country known: no code
        (("compound:a+b",), {"AVA", "BOR"}),
        (("missing",), set()),
    ],
)
def test_actor_codes(ids: tuple[str, ...], codes: set[str]) -> None:
    assert actor_codes(ids, ACTORS) == frozenset(codes)


def _event(plover: str, src: tuple[str, ...], tgt: tuple[str, ...], conf: float, **kw: object) -> Event:
    return Event(
        id=f"ev_{plover}_{conf}", article_id="a", sentence=0, start=0, end=1, text="x", plover=plover,
        predicate=Span(0, 1, "x"), source_actor_ids=src, target_actor_ids=tgt, confidence=conf, **kw,  # type: ignore[arg-type]
    )


def test_predictions_skip_child_negated_and_hypothetical_events() -> None:
    an = Analysis(
        article=Article.create("x"),
        actors=tuple(ACTORS.values()),
        events=(
            _event("REQUEST", ("state:AVA",), ("sector:BOR:MIL",), 0.8),
            _event("RETREAT", ("sector:BOR:MIL",), (), 0.5, parent_id="ev_REQUEST_0.8", modality="requested"),
            _event("ASSAULT", ("state:AVA",), (), 0.9, modality="negated"),
            _event("ASSAULT", ("state:AVA",), (), 0.7, modality="hypothetical"),
            _event("ACCUSE", ("org:un",), ("state:AVA",), 0.6),
        ),
    )
    preds = predictions(an)
    assert [p.plover for p in preds] == ["REQUEST", "ACCUSE"]
    assert preds[0].target == frozenset({"BOR"}) and preds[1].source == frozenset({"IGO"})


class FakePipeline:
    """Answers each gold text with its gold event (or a failure), without spaCy."""

    def __init__(self, fail: str | None = None) -> None:
        self.fail = fail

    def analyze_many(self, articles: Iterable[Article], n_process: int | None = None) -> Iterator[Analysis | Failure]:
        for art in articles:
            if art.external_id == self.fail:
                yield Failure(source=art.external_id or "?", reason="boom")
                continue
            rec = next(r for r in RECORDS if r.get("text") == art.text)
            codes = [a["code"] for a in rec["source"]], [a["code"] for a in rec.get("target") or []]
            actors = {c: Actor(f"x:{c}", c, "state", country=c if c != "IGO" else None,
                               sectors=("IGO",) if c == "IGO" else ()) for c in codes[0] + codes[1]}
            plover = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT"}.get(rec["event"], rec["event"])
            ev = _event(plover, tuple(f"x:{c}" for c in codes[0]), tuple(f"x:{c}" for c in codes[1]), 0.9)
            yield Analysis(article=art, actors=tuple(actors.values()), events=(ev,))


def test_evaluate_end_to_end(gold_file: Path) -> None:
    result = evaluate(gold_file, FakePipeline())  # type: ignore[arg-type]
    assert result.task == "events" and result.n_docs == 3
    assert result.metrics["type_accuracy"] == 1.0 and result.metrics["triple_f1"] == 1.0
    assert result.details["misses"] == []


def test_evaluate_counts_a_failure_as_a_miss(gold_file: Path) -> None:
    result = evaluate(gold_file, FakePipeline(fail="R2"), limit=2)  # type: ignore[arg-type]
    assert result.n_docs == 2
    assert result.metrics["type_accuracy"] == 0.5 and result.metrics["type_r"] == 0.5
    assert result.details["misses"] == [{"id": "R2", "gold": "AGREE", "predicted": "NONE"}]


def test_every_metric_is_also_reported_per_half() -> None:
    ids = [f"R{i}" for i in range(12)]
    tune = [i for i in ids if half(i, SPLIT_BIT) == "tune"]
    check = [i for i in ids if half(i, SPLIT_BIT) == "check"]
    assert len(tune) >= 2 and check  # the ids fall in both halves
    gold = [GoldEvent(i, "text", "ASSAULT", frozenset({"AVA"}), frozenset()) for i in ids]
    preds = as_predictions(gold)
    preds[ids.index(tune[0])] = []  # one miss, in the tuning half
    metrics = with_halves(gold, preds)
    names = list(score(gold, preds))
    assert names and all(f"{k}_tune" in metrics and f"{k}_check" in metrics for k in names)
    assert metrics["type_accuracy_tune"] == pytest.approx((len(tune) - 1) / len(tune))
    assert metrics["type_accuracy_check"] == 1.0
    assert metrics["type_accuracy"] == pytest.approx((len(ids) - 1) / len(ids))


def test_half_splits_by_one_bit_of_the_hash() -> None:
    ids = [f"doc-{i}" for i in range(40)]
    for bit in (0, 1):
        halves = {half(i, bit) for i in ids}
        assert halves == {"tune", "check"}
    assert half("doc-1") == half("doc-1", 0)
    assert any(half(i, 0) != half(i, 1) for i in ids)
