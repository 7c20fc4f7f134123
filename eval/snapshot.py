"""Record everything newsledger produces, or check that a new run produces the same.

A restructure of the code must not change its output. This script writes, to a directory
outside the repository:

* ``analysis/``: the analysis JSON of every sample-corpus article and of the seed article;
* ``gold/``: the analysis JSON of every text in the dev gold sets under ``--shared`` (PolNeAR,
  NewsQuant, PLOVER, CASE 2021, the al-Ahli claims articles) and each eval task's result JSON;
* ``ledger/``: for the sample corpus and the al-Ahli articles, the ledger JSON (build summary,
  events, claims, outlet and actor profiles) and every export format (jsonl, csv, parquet as rows,
  gdelt, plover).

Usage::

    python eval/snapshot.py record /tmp/before --shared ../shared
    python eval/snapshot.py record /tmp/after --shared ../shared
    python eval/snapshot.py compare /tmp/before /tmp/after

``compare`` exits 0 when every file is identical and 1 otherwise, listing the differences.
Values that depend on the clock or the machine (build times, paths of temporary directories,
the commit) are normalised before writing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# relative to ROOT (the script works from there), so that a record made in one checkout compares
# with one made in another
SAMPLES = Path("data") / "samples"
# keys whose values change from run to run and say nothing about the output
VOLATILE_KEYS = {"commit", "built_at", "seconds", "elapsed", "created_at", "stored_at", "generated_at",
                 "analysed_at"}
# a time stamp written during this run (today, UTC), in text exports
_NOW = re.compile(dt.datetime.now(dt.UTC).strftime("%Y-%m-%d") + r"T\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00|Z)?")


def _normalise(obj: Any, tmp: str) -> Any:
    if isinstance(obj, dict):
        return {k: ("<volatile>" if k in VOLATILE_KEYS else _normalise(v, tmp)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_normalise(v, tmp) for v in obj]
    if isinstance(obj, str):
        return _NOW.sub("<now>", obj.replace(tmp, "<tmp>") if tmp else obj)
    return obj


def _dump(path: Path, obj: Any, tmp: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(_normalise(obj, tmp), ensure_ascii=False, indent=1, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text)[:80]


def _analyses(pipeline: Any, items: list[tuple[str, Any]], out: Path) -> int:
    for name, article in items:
        _dump(out / f"{_safe_name(name)}.json", pipeline.analyze(article).to_dict())
    return len(items)


def _gold_texts(shared: Path) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
    from newsledger.ingest import read_jsonl
    from newsledger.records import Article

    gold = shared / "gold" / "dev"
    polnear = sorted((gold / "polnear" / "dev" / "text").glob("*"))
    yield "polnear", [(p.stem, Article.create(p.read_text(encoding="utf-8"), source_path=p.stem)) for p in polnear]
    quant = json.loads((gold / "newsquant_dev.json").read_text(encoding="utf-8"))
    yield "newsquant", [(f"{i:04d}", Article.create(s["text"])) for i, s in enumerate(quant)]
    plover = [r for r in json.loads((gold / "plover_gsr_dev.json").read_text(encoding="utf-8")) if r.get("text")]
    yield "plover", [(r["id"], Article.create(r["text"], external_id=r["id"])) for r in plover]
    with (gold / "case2021" / "case2021_dev.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    yield "case2021", [(r["id"], Article.create(r["EventSnippet"])) for r in rows if r["EventSnippet"].strip()]
    ahli = [a for a in read_jsonl(gold / "claims" / "ahli" / "articles.jsonl") if isinstance(a, Article)]
    yield "ahli", [(a.external_id or a.id, a) for a in ahli]


def _cli(*args: str, ok: tuple[int, ...] = (0, 1)) -> str:
    cmd = [sys.executable, "-m", "newsledger.cli", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode == 2 and 2 in ok:
        return ""
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def _parquet_rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
            for row in pq.read_table(path).to_pylist()]


def _export_files(dest: Path, out: Path, tmp: str) -> None:
    for f in sorted(p for p in dest.rglob("*") if p.is_file()):
        rel = f.relative_to(dest).as_posix()
        if f.suffix == ".parquet":
            _dump(out / f"{_safe_name(rel)}.json", _parquet_rows(f), tmp)
        else:
            text = _NOW.sub("<now>", f.read_text(encoding="utf-8").replace(tmp, "<tmp>"))
            out.mkdir(parents=True, exist_ok=True)
            (out / _safe_name(rel)).write_text(text, encoding="utf-8")


def _ledger(inputs: list[str], name: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "l.db")
        _cli("ingest", *inputs, "--db", db, "--no-progress")
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        _dump(target / "build.json", json.loads(_cli("ledger", "build", "--db", db, "--format", "json")), tmp)
        for cmd in ("events", "claims"):
            data = json.loads(_cli("ledger", cmd, "--db", db, "--format", "json", "--limit", "1000000"))
            _dump(target / f"{cmd}.json", data, tmp)
        outlets = json.loads(_cli("ledger", "outlets", "--db", db, "--format", "json", "--top", "50"))
        _dump(target / "outlets.json", outlets, tmp)
        for row in outlets[:5]:
            outlet = row["outlet"]
            _dump(target / f"outlet_{_safe_name(outlet)}.json",
                  json.loads(_cli("ledger", "outlets", outlet, "--db", db, "--format", "json")), tmp)
        for actor in ("ISR", "USA", "RUS", "UKR", "PSE"):
            text = _cli("ledger", "actor", actor, "--db", db, "--format", "json", ok=(0, 1, 2))
            _dump(target / f"actor_{actor}.json", json.loads(text) if text.strip() else None, tmp)
        for fmt in ("jsonl", "csv", "parquet", "gdelt", "plover"):
            dest = Path(tmp) / f"export_{fmt}" / ("out.jsonl" if fmt in ("jsonl", "plover") else "")
            _cli("export", "--db", db, "--format", fmt, "--out", str(dest))
            root = dest.parent if dest.suffix else dest
            _export_files(root, target / f"export_{fmt}", tmp)


def record(out: Path, shared: Path | None, only: frozenset[str] = frozenset(), ledger: bool = True) -> None:
    from newsledger.ingest import read_one, read_paths
    from newsledger.pipeline import Pipeline
    from newsledger.records import Article

    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    samples = [(a.source_path or a.id, a) for a in read_paths([SAMPLES]) if isinstance(a, Article)]
    n = _analyses(pipeline, samples, out / "analysis" / "samples")
    print(f"samples: {n} analyses", file=sys.stderr)
    ledger_inputs = [str(SAMPLES)]
    if shared is not None and shared.is_dir():
        seed = shared / "acceptance" / "seed" / "article.txt"
        _analyses(pipeline, [("seed", read_one(seed))], out / "analysis" / "seed")
        for name, items in _gold_texts(shared):
            if only and name not in only:
                continue
            n = _analyses(pipeline, items, out / "gold" / name)
            print(f"{name}: {n} analyses", file=sys.stderr)
        if not only:
            _eval_results(pipeline, shared, out / "gold" / "eval")
        if ledger:
            _ledger([str(shared / "gold" / "dev" / "claims" / "ahli" / "articles.jsonl")], "ahli", out / "ledger")
    if ledger:
        _ledger(ledger_inputs, "samples", out / "ledger")
    print(f"recorded under {out}", file=sys.stderr)


def _eval_results(pipeline: Any, shared: Path, out: Path) -> None:
    from newsledger.evaluation.runner import run_task

    gold = {"quotes": "gold/dev/polnear/dev", "figures": "gold/dev/newsquant_dev.json",
            "events": "gold/dev/plover_gsr_dev.json", "seed": "acceptance/seed"}
    for task, rel in gold.items():
        result = run_task(task, shared / rel, pipeline)
        _dump(out / f"{task}.json", result.to_json(commit=None))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compare(a: Path, b: Path, subset: bool = False) -> int:
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    if subset:  # b was recorded with --only or --no-ledger: compare what it holds
        files_a &= files_b
    problems = [f"only in {a}: {f}" for f in sorted(files_a - files_b)]
    problems += [f"only in {b}: {f}" for f in sorted(files_b - files_a)]
    same = 0
    for rel in sorted(files_a & files_b):
        if _digest(a / rel) == _digest(b / rel):
            same += 1
        else:
            problems.append(f"differs: {rel}")
    for line in problems:
        print(line)
    if not files_a or not files_b:
        problems.append("nothing to compare")
    print(f"{same} identical, {len(problems)} different or missing, of {len(files_a | files_b)} files")
    return 1 if problems or not same else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record", help="write every output under OUT")
    rec.add_argument("out", type=Path)
    rec.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    rec.add_argument("--only", default="", help="comma-separated gold sets to record (polnear, newsquant, "
                     "plover, case2021, ahli); the eval results are then left out")
    rec.add_argument("--no-ledger", action="store_true", help="leave out the ledger and exports")
    cmp_ = sub.add_parser("compare", help="compare two recorded directories")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    cmp_.add_argument("--subset", action="store_true", help="compare only the files B holds")
    args = ap.parse_args(argv)
    if args.cmd == "record":
        args.out = args.out.resolve()
        args.shared = args.shared.resolve()
        os.chdir(ROOT)
        only = frozenset(x for x in args.only.split(",") if x)
        record(args.out, args.shared, only, ledger=not args.no_ledger)
        return 0
    return compare(args.a, args.b, subset=args.subset)


if __name__ == "__main__":
    sys.exit(main())
