"""Score the pipeline on the invented news-register probe (news.json) as the harness scores events.

Usage: PYTHONPATH=src python eval/probes/events_news/run_news.py [--out FILE] [--show tune]

A row may report several events, so the metrics of ``evaluation/events.py`` are taken per row over
all its gold events: type accuracy (the most confident predicted type is one of the row's types),
triple P/R/F1 (type, source codes, target codes as multisets) and actor-code P/R/F1 ((row, role,
code) pairs). The halves are split by bit 0 of sha1 of the row id (``metrics.half``). ``--show
tune`` lists the tune-half rows whose triples are not exactly the gold ones (rules are written from
these only).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsledger.evaluation.events import PredEvent, predictions
from newsledger.evaluation.metrics import PRF, half, multiset_prf, with_halves
from newsledger.pipeline import Pipeline
from newsledger.records import Article, Failure

HERE = Path(__file__).parent
Triple = tuple[str, frozenset[str], frozenset[str]]


def codes(actors: list[dict[str, str]]) -> frozenset[str]:
    return frozenset(a["code"] for a in actors if a.get("code"))


def gold_triples(row: dict[str, Any]) -> list[Triple]:
    return [(e["event"], codes(e["source"]), codes(e["target"])) for e in row["events"]]


def score(rows: list[dict[str, Any]], preds: list[list[PredEvent]]) -> dict[str, float]:
    correct = 0
    triples = PRF(0, 0, 0)
    pairs_pred: Counter[tuple[str, str, str]] = Counter()
    pairs_gold: Counter[tuple[str, str, str]] = Counter()
    for row, ps in zip(rows, preds, strict=True):
        gold = gold_triples(row)
        if ps and ps[0].plover in {g[0] for g in gold}:
            correct += 1
        triples = triples + multiset_prf([(p.plover, p.source, p.target) for p in ps], gold)
        for p in ps:
            pairs_pred.update({(row["id"], "source", c) for c in p.source})
            pairs_pred.update({(row["id"], "target", c) for c in p.target})
        for _, src, tgt in gold:
            pairs_gold.update({(row["id"], "source", c) for c in src})
            pairs_gold.update({(row["id"], "target", c) for c in tgt})
    actors = multiset_prf(set(pairs_pred), set(pairs_gold))
    n = len(rows)
    return {
        "type_accuracy": correct / n if n else 0.0,
        "triple_p": triples.precision, "triple_r": triples.recall, "triple_f1": triples.f1,
        "actor_p": actors.precision, "actor_r": actors.recall, "actor_f1": actors.f1,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", choices=["tune"])
    args = ap.parse_args()
    rows = json.loads((HERE / "news.json").read_text(encoding="utf-8"))
    pipeline = Pipeline()
    articles = [Article.create(r["text"], external_id=r["id"]) for r in rows]
    preds = [[] if isinstance(res, Failure) else predictions(res)
             for res in pipeline.analyze_many(articles, n_process=1)]
    metrics = with_halves(score, rows, preds, lambda r: r["id"])
    for key in ("type_accuracy", "triple_f1", "actor_f1"):
        print(f"{key:14} " + " / ".join(f"{metrics[k]:.3f}" for k in (key, key + "_tune", key + "_check")))
    if args.out:
        args.out.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if args.show == "tune":
        for row, ps in zip(rows, preds, strict=True):
            got = sorted((p.plover, tuple(sorted(p.source)), tuple(sorted(p.target))) for p in ps)
            want = sorted((t, tuple(sorted(s)), tuple(sorted(g))) for t, s, g in gold_triples(row))
            if half(row["id"]) != "tune" or got == want:
                continue
            print(f"{row['id']} want {want}\n   got {got}\n   {row['text']}")


if __name__ == "__main__":
    main()
