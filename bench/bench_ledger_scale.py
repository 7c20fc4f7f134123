"""How the full ledger build grows with the corpus: build time, candidate checks and peak memory
at several sizes of the synthetic corpus of ``bench_ledger.py``, read all into memory at once
(before: ``build_ledger(streamed=False)``) and streamed by date window (after: the default), in
one run.

For each size it generates the database once, then builds the ledger in a new process per
variant (so that each peak RSS is that build's own), checks that both variants wrote the same
ledger tables (row for row), and reports build seconds (wall and CPU), candidate checks per
event mention, peak RSS, and the ratio of the largest size's time to the smallest's against
the ratio of their sizes (linear growth: the two ratios are equal). With ``--doc`` it writes its
section of docs/PERFORMANCE.md.

With ``--baseline SRC`` it also builds the streamed ledger with the package at ``SRC`` (an older
checkout's ``src``: variant *baseline*), for a before/after of a code change measured in one run;
``--cache DIR`` keeps the generated corpora there for the next run.

Usage: python bench/bench_ledger_scale.py [--sizes 5000 20000] [--doc docs/PERFORMANCE.md]
       [--baseline /tmp/old/src] [--cache /tmp/corpora]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def ledger_digest(path: Path) -> dict[str, str]:
    """A hash of each ledger table's rows, in a fixed order."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'ledger%' OR name LIKE"
            " 'claim%') AND name <> 'ledger_state' ORDER BY name")]
        return {t: hashlib.sha256("\n".join(sorted(repr(r) for r in con.execute(f"SELECT * FROM {t}")))
                                  .encode()).hexdigest() for t in tables}
    finally:
        con.close()


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM (of this program alone: ``ru_maxrss`` would keep
    the high-water mark of the parent it was forked from)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(db: str, streamed: bool) -> None:
    """Build the ledger of ``db`` in this process and print what it took as JSON."""
    import newsledger
    from newsledger.ledger import build_ledger, linking
    from newsledger.storage.store import Store

    checks = 0
    add = linking.Linker.add

    def counted(self: linking.Linker, m: linking.LinkMention) -> None:
        nonlocal checks
        before = self.checks
        add(self, m)
        checks += self.checks - before

    linking.Linker.add = counted  # type: ignore[method-assign]
    with Store(db) as store:
        w0, c0 = time.perf_counter(), time.process_time()
        summary = build_ledger(store, streamed=streamed)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "checks": checks, "mentions": summary.events_considered,
                      "ledger_events": summary.ledger_events, "claim_threads": summary.claim_threads,
                      "peak_rss_mb": peak_rss_mb(), "package": str(Path(newsledger.__file__).parent)}))


def measure(folder: Path, n: int, seed: int, variants: tuple[str, ...] = ("before", "after"),
            baseline: Path | None = None, cache: Path | None = None, repeat: int = 1) -> dict[str, Any]:
    from bench_ledger import populate

    base = (cache or folder) / f"corpus{n}-{seed}.db"
    if cache is None or not base.exists():
        base.parent.mkdir(parents=True, exist_ok=True)
        populate(base, n, seed)
    out: dict[str, Any] = {"articles": n}
    digests = {}
    runs = [(name, streamed, ROOT / "src") for name, streamed in (("before", False), ("after", True))
            if name in variants]
    if baseline is not None:
        runs.insert(0, ("baseline", True, baseline))
    for _ in range(repeat):  # the variants in turn, each build's least CPU time kept
        for name, streamed, src in runs:
            db = folder / f"{name}{n}.db"
            shutil.copy(base, db)
            proc = subprocess.run([sys.executable, __file__, "--child", str(db), "--streamed", str(int(streamed)),
                                   "--src", str(src)], capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(src)})
            got = json.loads(proc.stdout.strip().splitlines()[-1])
            got["cpu_runs"] = [*out.get(name, {}).get("cpu_runs", []), round(got["cpu_s"], 2)]
            if name not in out or got["cpu_s"] < out[name]["cpu_s"]:
                out[name] = got
            out[name]["cpu_runs"] = got["cpu_runs"]
            digests[name] = ledger_digest(db)
            db.unlink()
            print(f"{n:,} articles, {name}: {got}", file=sys.stderr)
    out["identical"] = len(set(map(str, digests.values()))) == 1
    if cache is None:
        base.unlink()
    return out


def markdown(runs: list[dict[str, Any]], title: str = "Ledger build as the corpus grows") -> str:
    lo, hi = runs[0], runs[-1]
    size_ratio = hi["articles"] / lo["articles"]
    lines = [
        f"## {title}",
        "",
        f"`bench/bench_ledger_scale.py`, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores shared with other"
        " work: the synthetic corpus of `bench_ledger.py` (two years of invented incidents) at each size, the",
        "full ledger built in a new process, before (`build_ledger(streamed=False)`: every mention and figure",
        "read into memory at once) and after (streamed: read a week at a time, ledger events and threads",
        "written and forgotten once nothing can join them). Same ledger: the ledger tables of all variants",
        "of a size are equal row for row. CPU seconds are less disturbed by other work than wall seconds.",
        "",
        "| articles | event mentions | variant | candidate checks | checks per mention | CPU s | wall s |"
        " peak RSS MB | same ledger |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]
    names = [n for n in ("before", "baseline", "after") if n in lo]
    if "baseline" in names:
        lines[-3:-3] = ["*Baseline*: the streamed build of the package at `--baseline` (an earlier checkout), in the same",
                        "run, on the same corpora."]
    for r in runs:
        for name in names:
            v = r[name]
            lines.append(f"| {r['articles']:,} | {v['mentions']:,} | {name} | {v['checks']:,} |"
                         f" {v['checks'] / max(v['mentions'], 1):.2f} | {v['cpu_s']:.1f} | {v['wall_s']:.1f} |"
                         f" {v['peak_rss_mb']:,.0f} | {'yes' if r['identical'] else '**no**'} |")
    lines += [""]
    for name in names:
        lines.append(f"{name.capitalize()}: {hi['articles']:,} / {lo['articles']:,} articles ({size_ratio:.0f}x) took"
                     f" **{hi[name]['cpu_s'] / lo[name]['cpu_s']:.2f}x** the CPU time and"
                     f" {hi[name]['checks'] / max(lo[name]['checks'], 1):.2f}x the candidate checks"
                     f" (linear: {size_ratio:.2f}x).")
    if "baseline" in names:
        lines += ["", f"After / baseline at {hi['articles']:,} articles: CPU time"
                  f" **{hi['after']['cpu_s'] / hi['baseline']['cpu_s']:.2f}x**; at {lo['articles']:,}:"
                  f" {lo['after']['cpu_s'] / lo['baseline']['cpu_s']:.2f}x."]
    if "before" in names and "after" in names:
        lines += ["", f"After / before at {hi['articles']:,} articles: CPU time"
                  f" **{hi['after']['cpu_s'] / hi['before']['cpu_s']:.2f}x**, candidate checks"
                  f" {hi['after']['checks'] / hi['before']['checks']:.2f}x, peak RSS"
                  f" **{hi['after']['peak_rss_mb'] / hi['before']['peak_rss_mb']:.2f}x**.", ""]
    for name in names:
        lines.append(f"Peak RSS at {hi['articles']:,} / {lo['articles']:,} articles, {name}:"
                     f" **{hi[name]['peak_rss_mb'] / lo[name]['peak_rss_mb']:.2f}x** (flat: 1.00x).")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--variants", nargs="+", choices=["before", "after"], default=["before", "after"],
                    help="Measure only these variants (before: in memory; after: streamed).")
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--section", default="ledger-scale", help="The section of --doc to write.")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "ledger_scale.json")
    ap.add_argument("--baseline", type=Path, help="Also build (streamed) with the package at this src folder.")
    ap.add_argument("--cache", type=Path, help="Keep the generated corpora in this folder (reused when there).")
    ap.add_argument("--repeat", type=int, default=1,
                    help="Build each variant this many times, in turn, and keep each one's least CPU time.")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--streamed", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        if args.src:
            sys.path.insert(0, args.src)
        child(args.child, bool(args.streamed))
        return 0
    with tempfile.TemporaryDirectory(prefix="nl-bench-scale-") as tmp:
        runs = [measure(Path(tmp), n, args.seed, tuple(args.variants), args.baseline, args.cache, args.repeat)
                for n in sorted(args.sizes)]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(runs, indent=2) + "\n")
    sizes = [f"{n:,}" for n in sorted(args.sizes)]
    title = ("Ledger build as the corpus grows" if args.section == "ledger-scale"
             else f"Full ledger build at {' and '.join([', '.join(sizes[:-1]), sizes[-1]] if sizes[1:] else sizes)}"
                  " articles")
    text = markdown(runs, title)
    print(text)
    if args.doc:
        from docsection import replace_section

        replace_section(args.doc, args.section, text)
    return 0 if all(r["identical"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
