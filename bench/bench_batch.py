"""Batch throughput on a local Dask cluster with 1 and 2 worker processes, in one run.

Builds JSON Lines shards from the sample corpus (repeated with a varying first line), runs
``newsledger.batch.run_batch`` with 1 and then 2 workers into fresh output directories, and
reports articles per second end to end (cluster start and model loading included) and the
ratio of the two. With ``--doc`` it writes its section of docs/PERFORMANCE.md.

Usage: python bench/bench_batch.py [--articles 480] [--shards 16] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from docsection import replace_section  # noqa: E402


def build_shards(folder: Path, n_articles: int, n_shards: int) -> int:
    from newsledger.ingest import read_paths
    from newsledger.records import Article

    base = [a for a in read_paths([ROOT / "data" / "samples"]) if isinstance(a, Article)]
    folder.mkdir(parents=True)
    words = 0
    handles = [open(folder / f"shard{i:03d}.jsonl", "w", encoding="utf-8") for i in range(n_shards)]
    try:
        for i in range(n_articles):
            a = base[i % len(base)]
            text = f"Update {i}.\n\n{a.text}"
            words += len(text.split())
            handles[i % n_shards].write(json.dumps({"id": str(i), "text": text, "title": a.title,
                                                    "outlet": a.outlet, "published": a.published}) + "\n")
    finally:
        for h in handles:
            h.close()
    return words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=480)
    ap.add_argument("--shards", type=int, default=16)
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "batch.json")
    args = ap.parse_args(argv)
    from newsledger.batch import run_batch

    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        words = build_shards(src, args.articles, args.shards)
        for n in (1, 2):
            t0 = time.perf_counter()
            report = run_batch([src], Path(tmp) / f"out{n}", n_workers=n)
            elapsed = time.perf_counter() - t0
            assert report.articles == args.articles, report
            runs[n] = {"workers": n, "seconds": elapsed, "articles": report.articles,
                       "articles_per_s": report.articles / elapsed, "words_per_s": words / elapsed}
            print(f"{n} worker(s): {elapsed:.1f} s, {runs[n]['articles_per_s']:.1f} articles/s", file=sys.stderr)
    ratio = runs[2]["articles_per_s"] / runs[1]["articles_per_s"]
    result = {"date": time.strftime("%Y-%m-%d"), "cores": os.cpu_count(), "articles": args.articles,
              "shards": args.shards, "words": words, "runs": list(runs.values()), "ratio": ratio}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    text = "\n".join([
        "## Distributed batch (Dask, local cluster)",
        "",
        f"`bench/bench_batch.py`, {result['date']}: {args.articles} articles ({words:,} words) in"
        f" {args.shards} JSON Lines shards, analysed by `newsledger batch` on a local Dask cluster of",
        f"single-threaded worker processes on this {result['cores']}-core machine; times are end to end",
        "(cluster start, model loading in each worker, Parquet writing).",
        "",
        "| workers | seconds | articles/s | words/s |",
        "| --- | --- | --- | --- |",
        *[f"| {r['workers']} | {r['seconds']:.1f} | {r['articles_per_s']:.1f} | {r['words_per_s']:,.0f} |"
          for r in runs.values()],
        "",
        f"2 workers / 1 worker throughput: **{ratio:.2f}x** (target at least 1.7x).",
        "",
    ])
    print(text)
    if args.doc:
        replace_section(args.doc, "batch", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
