"""Benchmark: adding articles to a built ledger, incrementally against a full rebuild, in one run.

Generates the synthetic corpus of ``bench_ledger.py`` with ``--articles`` + ``--added``
articles (two years of invented incidents, in date order), stores the first ``--articles``,
builds their ledger, then stores the ``--added`` newest ones and, on two copies of that
database, updates the ledger incrementally (``build_ledger(store, incremental=True)``) and
rebuilds it whole. Each build runs in a new process (its peak RSS its own). The two ledgers
must be identical, table by table and row by row (else the benchmark fails). With
``--scattered`` the added articles are instead taken at random over the whole timeline (a
backfill): the update then replays the linker wherever they fall. With ``--doc`` it writes
its section of docs/PERFORMANCE.md (``ledger-incremental``).

Usage: python bench/bench_ledger_incremental.py [--articles 100000] [--added 1000] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import random
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

from bench_ledger import Rows, generate, insert, make_world, populate, split_rows  # noqa: E402
from bench_ledger_scale import ledger_digest, peak_rss_mb  # noqa: E402


def child(db: str, incremental: bool) -> None:
    """Build the ledger of ``db`` in this process and print what it took as JSON."""
    from newsledger.ledger import build_ledger
    from newsledger.storage.store import Store

    with Store(db) as store:
        w0, c0 = time.perf_counter(), time.process_time()
        summary = build_ledger(store, incremental=incremental)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "mode": summary.mode, "mentions": summary.events_considered,
                      "ledger_events": summary.ledger_events, "claim_threads": summary.claim_threads,
                      "peak_rss_mb": peak_rss_mb()}))


def build(db: Path, incremental: bool) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--child", str(db), "--incremental", str(int(incremental))],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"{db.name} {'incremental' if incremental else 'full'}: {out}", file=sys.stderr)
    return out


def _split(rows: list[Rows], added: int, scattered: bool, seed: int) -> tuple[list[Rows], Rows]:
    """The rows stored first, and those added (the newest ``added`` articles, or ``added``
    articles at random)."""
    if not scattered:
        return rows[:-1], rows[-1]
    every = Rows()
    for r in rows:
        for name in vars(every):
            getattr(every, name).extend(getattr(r, name))
    ids = {a[0] for a in random.Random(seed).sample(every.articles, added)}
    first, late = split_rows(every, ids)
    return [first], late


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()


def measure(folder: Path, n: int, added: int, seed: int, scattered: bool) -> dict[str, Any]:
    rng = random.Random(seed)
    world = make_world(rng)
    base = folder / "base.db"
    populate(base, 0, seed)  # the actors (the same world: the same seed)
    t = time.perf_counter()
    rows = list(generate(n + added, rng, world, chunk=added))
    first, late = _split(rows, added, scattered, seed)
    con = sqlite3.connect(base)
    con.execute("PRAGMA synchronous = OFF")
    for r in first:
        insert(con, r)
    con.close()
    out: dict[str, Any] = {"articles": n, "added": added, "scattered": scattered,
                           "generate_s": round(time.perf_counter() - t, 1)}
    out["base"] = build(base, incremental=False)
    late_file = folder / "late.pkl"
    late_file.write_bytes(pickle.dumps(late))
    con = sqlite3.connect(base)
    insert(con, pickle.loads(late_file.read_bytes()))
    con.close()
    inc, full = folder / "incremental.db", folder / "full.db"
    _copy(base, inc)
    _copy(base, full)
    base.unlink()
    out["incremental"] = build(inc, incremental=True)
    out["full"] = build(full, incremental=False)
    out["identical"] = ledger_digest(inc) == ledger_digest(full)
    out["ratio"] = out["incremental"]["wall_s"] / out["full"]["wall_s"]
    out["cpu_ratio"] = out["incremental"]["cpu_s"] / out["full"]["cpu_s"]
    return out


def markdown(runs: list[dict[str, Any]]) -> str:
    lines = [
        "## Adding articles to a built ledger",
        "",
        f"`bench/bench_ledger_incremental.py`, {time.strftime('%Y-%m-%d')}, {platform.machine()},"
        f" {os.cpu_count()} cores shared with other work, Python {platform.python_version()}, SQLite"
        f" {sqlite3.sqlite_version}: the synthetic corpus of `bench_ledger.py`; its ledger built on the first",
        "articles, then articles added and the ledger updated (`newsledger ledger build`, incremental) on one",
        "copy of the database and rebuilt whole (`ledger build --full`) on another, each build in a new",
        "process. Both ledgers were compared table by table, row for row. *Newest*: the added articles are",
        "the latest of the timeline (news arriving); *scattered*: taken at random over the two years.",
        "",
        "| articles | added | added where | mode | wall s | CPU s | peak RSS MB | same ledger |",
        "| ---: | ---: | --- | --- | ---: | ---: | ---: | :---: |",
    ]
    for r in runs:
        where = "scattered" if r["scattered"] else "newest"
        for name in ("incremental", "full"):
            v = r[name]
            lines.append(f"| {r['articles']:,} | {r['added']:,} | {where} | {v['mode']} | {v['wall_s']:.2f} |"
                         f" {v['cpu_s']:.2f} | {v['peak_rss_mb']:,.0f} | {'yes' if r['identical'] else '**no**'} |")
    lines.append("")
    for r in runs:
        where = "scattered" if r["scattered"] else "newest"
        lines.append(f"Adding {r['added']:,} {where} articles to {r['articles']:,}: the update took"
                     f" **{r['ratio']:.1%}** of the full rebuild's wall time ({r['cpu_ratio']:.1%} of its CPU"
                     f" time; goal for 1,000 newest articles added to 100,000: at most 5%). The first build"
                     f" of {r['articles']:,} articles took {r['base']['wall_s']:.1f} s.")
    lines += ["", "Reproduce: `python bench/bench_ledger_incremental.py --articles 100000 --added 1000"
              " --doc docs/PERFORMANCE.md`", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--added", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--scattered", action="store_true", help="Also add articles at random over the timeline.")
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "ledger_incremental.json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--incremental", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, bool(args.incremental))
        return 0
    runs = []
    for scattered in ((False, True) if args.scattered else (False,)):
        with tempfile.TemporaryDirectory(prefix="nl-bench-incremental-") as tmp:
            runs.append(measure(Path(tmp), args.articles, args.added, args.seed, scattered))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(runs, indent=2) + "\n")
    text = markdown(runs)
    print(text)
    if args.doc:
        from docsection import replace_section

        replace_section(args.doc, "ledger-incremental", text)
    ok = all(r["identical"] and r["incremental"]["mode"] == "incremental" for r in runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
