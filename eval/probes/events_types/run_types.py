"""Score the pipeline on the invented event-type probe (types.json).

Usage: PYTHONPATH=src python eval/probes/events_types/run_types.py [--out FILE] [--show tune]

Per row: ``type_accuracy`` (the most confident counted event's PLOVER type is the gold type; a gold
``NONE`` is right when there is no counted event or the first is ``NONE``), ``mode_accuracy`` (over
the rows whose gold gives a mode: the type is right and its mode equals the gold mode) and
``family_accuracy`` (the ACLED event type of the main event as ``evaluation/acled.py`` chooses it,
or ``outside ACLED``, equals the gold; no main event counts as outside ACLED). Halves by
``metrics.half(row_id)``. ``--show tune`` lists the tune-half rows with a wrong type or family
(rules are written from these only).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from newsledger.evaluation import acled
from newsledger.evaluation.events import SKIPPED_MODALITIES
from newsledger.evaluation.metrics import half, with_halves
from newsledger.pipeline import Pipeline
from newsledger.records import Analysis, Article, Failure

HERE = Path(__file__).parent
NONE = "NONE"


def top(res: Analysis | Failure) -> tuple[str, str | None]:
    """The most confident counted event's (type, mode); (NONE, None) when there is none."""
    if isinstance(res, Failure):
        return NONE, None
    counted = [e for e in res.events if e.parent_id is None and e.modality not in SKIPPED_MODALITIES]
    if not counted:
        return NONE, None
    first = sorted(counted, key=lambda e: -e.confidence)[0]  # as ``predictions`` orders them
    return first.plover, first.mode


def family(res: Analysis | Failure) -> str:
    if isinstance(res, Failure):
        return acled.OUTSIDE
    return acled.predict(res).family or acled.OUTSIDE


def score(rows: list[dict[str, Any]], preds: list[tuple[str, str | None, str]]) -> dict[str, float]:
    n = len(rows)
    typed = sum(p[0] == r["event"] for r, p in zip(rows, preds, strict=True))
    moded = [(r, p) for r, p in zip(rows, preds, strict=True) if r["mode"]]
    fam = sum(p[2] == r["acled_family"] for r, p in zip(rows, preds, strict=True))
    return {
        "type_accuracy": typed / n if n else 0.0,
        "mode_accuracy": sum(p[0] == r["event"] and p[1] == r["mode"] for r, p in moded) / len(moded)
        if moded else 0.0,
        "family_accuracy": fam / n if n else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", choices=["tune"])
    args = ap.parse_args()
    rows = json.loads((HERE / "types.json").read_text(encoding="utf-8"))
    pipeline = Pipeline()
    articles = [Article.create(r["text"], external_id=r["id"]) for r in rows]
    results = list(pipeline.analyze_many(articles, n_process=1))
    preds = [(*top(res), family(res)) for res in results]
    metrics = with_halves(score, rows, preds, lambda r: r["id"])
    for key in ("type_accuracy", "mode_accuracy", "family_accuracy"):
        print(f"{key:16} " + " / ".join(f"{metrics[k]:.3f}" for k in (key, key + "_tune", key + "_check")))
    if args.out:
        args.out.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if args.show == "tune":
        for row, (plover, mode, fam) in zip(rows, preds, strict=True):
            if half(row["id"]) != "tune" or (plover == row["event"] and fam == row["acled_family"]):
                continue
            print(f"{row['id']} want {row['event']}/{row['mode']}/{row['acled_family']}"
                  f"  got {plover}/{mode}/{fam}\n   {row['text']}")


if __name__ == "__main__":
    main()
