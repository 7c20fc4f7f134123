"""Score the pipeline on the invented triples probe (triples.json) as the harness scores PLOVER events.

Usage: PYTHONPATH=src python eval/probes/events/run_triples.py [--out FILE] [--show tune] [--gold F --bit 1]

The metrics are those of ``evaluation/events.py`` (type accuracy, triple and actor-code P/R/F1); the
halves are split by bit 0 of sha1 of the row id (``metrics.half``). ``--show tune`` lists the
tune-half rows whose triple is missed or comes with others (rules are written from these only).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsledger.evaluation.events import load_gold, predictions, score
from newsledger.evaluation.metrics import half, with_halves
from newsledger.pipeline import Pipeline
from newsledger.records import Article, Failure

HERE = Path(__file__).parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", choices=["tune"])
    ap.add_argument("--gold", type=Path, default=HERE / "triples.json", help="another gold file of this format")
    ap.add_argument("--bit", type=int, default=0, help="the sha1 bit that splits the halves (1 for PLOVER dev)")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    pipeline = Pipeline()
    articles = [Article.create(g.text, external_id=g.id) for g in gold]
    preds = []
    for result in pipeline.analyze_many(articles, n_process=1):
        preds.append([] if isinstance(result, Failure) else predictions(result))
    metrics = with_halves(score, gold, preds, lambda g: g.id, args.bit)
    for key in ("type_accuracy", "triple_f1", "actor_f1"):
        print(f"{key:14} " + " / ".join(f"{metrics[k]:.3f}" for k in (key, key + "_tune", key + "_check")))
    if args.out:
        args.out.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if args.show == "tune":
        for g, ps in zip(gold, preds, strict=True):
            got_triples = [(p.plover, p.source, p.target) for p in ps]
            if half(g.id, args.bit) != "tune" or got_triples == [(g.plover, g.source, g.target)]:
                continue
            got = "; ".join(f"{p.plover} {sorted(p.source)}->{sorted(p.target)}" for p in ps) or "NONE"
            print(f"{g.id} {g.plover} {sorted(g.source)}->{sorted(g.target)} | got {got} | {g.text}")


if __name__ == "__main__":
    main()
