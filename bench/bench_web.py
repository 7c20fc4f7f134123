"""Load test of the web app: concurrent clients against a local server, latency percentiles,
and a burst of writes (one very long article and ten short ones at once) under reads.

Starts ``newsledger serve`` on 127.0.0.1 (a free port) over a database of the sample corpus,
sends a bounded number of GET requests (pages and API) from concurrent client threads, each
bounded in time, and reports requests per second, latency percentiles and errors. Then the
burst (issue 18): a ~190,000-character article uploaded (``POST /api/uploads``) and ten
~600-word articles POSTed (``POST /api/articles``) at the same moment, while reader threads keep
requesting list, search, article and ledger pages; for each short article it records its own
analysis time (the job's ``analysis_seconds``) and when it was stored, counted from its
submission, and every read's latency. Traffic goes to 127.0.0.1 only. With ``--doc`` it writes
its section of docs/PERFORMANCE.md.

The GET load runs twice: with the server's cache of built article pages and API entries off
(``NEWSLEDGER_PAGE_CACHE_MB=0``: every response built), then on (as served; after the warm-up
round every article page is one asked for before), and both are reported.

Usage: python bench/bench_web.py [--requests 3000] [--clients 8] [--skip-load] [--only-articles]
       [--doc docs/PERFORMANCE.md]

With ``--only-articles --skip-burst --json FILE`` and ``PYTHONPATH`` set to an older checkout's
``src``, the same load runs against that code (issue 19: article pages at 8 clients, now against
before).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from docsection import replace_section  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare_db(db: Path) -> list[str]:
    """Ingest the sample corpus; return the paths to request."""
    subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(ROOT / "data" / "samples"),
                    "--db", str(db), "--no-progress"], check=True, capture_output=True)
    from newsledger.storage.store import Store

    with Store(db, readonly=True) as s:
        ids = [r[0] for r in s.conn.execute("SELECT id FROM articles ORDER BY id")]
    paths = ["/", "/api/health", "/api/articles?limit=20", "/api/events?limit=20", "/api/quotes?limit=20",
             "/api/figures?limit=20&offset=20", "/api/actors?limit=50", "/api/search?q=market",
             "/api/ledger/events?limit=10", "/api/ledger/claims?limit=10", "/ledger", "/search?q=ministry"]
    for aid in ids:
        paths += [f"/articles/{aid}", f"/api/articles/{aid}"]
    return paths


def start_server(db: Path, port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port",
                             str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def run_load(base: str, paths: list[str], n_requests: int, clients: int, max_seconds: float) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(n_requests))
    stop_at = time.monotonic() + max_seconds

    def client() -> None:
        with httpx.Client(base_url=base, timeout=10) as c:
            for i in counter:
                if time.monotonic() > stop_at:
                    return
                path = paths[i % len(paths)]
                t = time.perf_counter()
                try:
                    r = c.get(path)
                    ok = r.status_code == 200
                    detail = f"{r.status_code} {path}"
                except httpx.HTTPError as exc:
                    ok, detail = False, f"{type(exc).__name__} {path}"
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(detail)

    # warm up once per path (the first ledger request builds the ledger)
    with httpx.Client(base_url=base, timeout=60) as c:
        for p in paths:
            c.get(p)
    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else 0.0

    return {"requests": len(lat), "clients": clients, "seconds": elapsed, "rps": len(lat) / elapsed,
            "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99), "max_ms": lat[-1] * 1000 if lat else 0,
            "mean_ms": statistics.fmean(lat) * 1000 if lat else 0, "errors": len(errors),
            "error_examples": errors[:5], "distinct_paths": len(paths)}


READ_PATHS = ["/", "/articles", "/search?q=ministry", "/api/articles?limit=20", "/ledger",
              "/ledger/events", "/api/search?q=market"]


# -- the burst: one very long article and ten short ones sent at once, reads throughout ----------
LONG_CHARS = 190_000
SHORT_WORDS = 600
SHORT_COUNT = 10
GOAL_STORED_AFTER_ANALYSIS = 5.0  # seconds: each short one stored within this of its own analysis
GOAL_READ = 1.0  # seconds: every read during the burst


def sample_paragraphs() -> list[str]:
    """The paragraphs of the sample corpus's plain-text articles, in a fixed order."""
    paras: list[str] = []
    for path in sorted((ROOT / "data" / "samples").rglob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block.split()) >= 12:
                paras.append(block)
    return paras


def _first_words(paras: list[str], words: int) -> list[str]:
    out: list[str] = []
    total = 0
    for p in paras:
        if total >= words:
            break
        out.append(p)
        total += len(p.split())
    return out


def burst_texts() -> tuple[str, list[str]]:
    """A ~190,000-character article and ten ~600-word ones, each new to the database (a different
    order of the sample paragraphs, so that none repeats a stored text)."""
    paras = sample_paragraphs()
    rng = random.Random(18)
    long: list[str] = []
    while sum(len(p) + 2 for p in long) < LONG_CHARS:
        long.append(rng.choice(paras))
    long_text = "\n\n".join(long)[:LONG_CHARS]
    shorts = []
    for i in range(SHORT_COUNT):
        order = paras[:]
        random.Random(i).shuffle(order)
        shorts.append("\n\n".join(_first_words(order, SHORT_WORDS)))
    return long_text, shorts


def _seconds(job: dict[str, Any], start: str, end: str) -> float | None:
    from datetime import datetime

    if not job.get(start) or not job.get(end):
        return None
    a = datetime.fromisoformat(job[start].replace("Z", "+00:00"))
    b = datetime.fromisoformat(job[end].replace("Z", "+00:00"))
    return (b - a).total_seconds()


class Readers:
    """Threads requesting pages until stopped; every read's start time and latency."""

    def __init__(self, base: str, paths: list[str], clients: int) -> None:
        self.base, self.paths, self.clients = base, paths, clients
        self.stop = threading.Event()
        self.reads: list[tuple[float, float, str, str]] = []  # (start, seconds, path, outcome)
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._read, args=(i,)) for i in range(clients)]
        self.t0 = time.perf_counter()

    def _read(self, k: int) -> None:
        with httpx.Client(base_url=self.base, timeout=60) as c:
            i = k
            while not self.stop.is_set():
                path = self.paths[i % len(self.paths)]
                i += 1
                t = time.perf_counter()
                try:
                    outcome = str(c.get(path).status_code)
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                with self._lock:
                    self.reads.append((t - self.t0, time.perf_counter() - t, path, outcome))
                time.sleep(0.05)

    def __enter__(self) -> Readers:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self._threads:
            t.join()


def _submit(base: str, path: str, body: dict[str, Any], gate: threading.Barrier,
            out: dict[str, Any]) -> None:
    with httpx.Client(base_url=base, timeout=120) as c:
        gate.wait()
        out["submitted"] = time.perf_counter()
        r = c.post(path, json=body)
        out["answered"] = time.perf_counter()
        out["status_code"] = r.status_code
        out["location"] = r.headers.get("location")


def _follow(base: str, subs: list[dict[str, Any]], max_seconds: float) -> None:
    """Poll every job every 0.1 s until each is stored or failed; note when the client saw it."""
    deadline = time.perf_counter() + max_seconds
    with httpx.Client(base_url=base, timeout=60) as c:
        while time.perf_counter() < deadline:
            pending = [s for s in subs if s.get("location") and "seen_done" not in s]
            if not pending:
                return
            for s in pending:
                job = c.get(s["location"]).json()
                if job["status"] in ("stored", "failed"):
                    s["seen_done"] = time.perf_counter()
                    s["job"] = job
            time.sleep(0.1)


def wait_ready(base: str, max_seconds: float = 180) -> float:
    """Wait until the server's analysis processes have loaded their pipelines; the seconds waited."""
    start = time.perf_counter()
    with httpx.Client(base_url=base, timeout=10) as c:
        while time.perf_counter() - start < max_seconds:
            if c.get("/api/jobs").json().get("ready", True):
                break
            time.sleep(0.5)
    return time.perf_counter() - start


def run_burst(base: str, read_paths: list[str], readers: int, max_seconds: float) -> dict[str, Any]:
    ready_after = wait_ready(base)
    long_text, shorts = burst_texts()
    subs: list[dict[str, Any]] = [{"kind": "long", "chars": len(long_text)}]
    bodies: list[tuple[str, dict[str, Any]]] = [
        ("/api/uploads", {"name": "long-report.txt", "content": long_text})]
    for i, text in enumerate(shorts):
        subs.append({"kind": "short", "chars": len(text), "words": len(text.split())})
        bodies.append(("/api/articles", {"text": text, "title": f"Burst short {i + 1}",
                                         "outlet": "Bench Wire"}))
    gate = threading.Barrier(len(bodies))
    with Readers(base, read_paths, readers) as r:
        time.sleep(2.0)  # reads before the burst, for comparison
        threads = [threading.Thread(target=_submit, args=(base, p, b, gate, s))
                   for (p, b), s in zip(bodies, subs, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        _follow(base, subs, max_seconds)
        time.sleep(1.0)
        burst_start = min(s["submitted"] for s in subs) - r.t0
        burst_end = max(s.get("seen_done", time.perf_counter()) for s in subs) - r.t0
        reads = list(r.reads)
    result = summarise_burst(subs, reads, burst_start, burst_end, readers)
    result["ready_after"] = ready_after
    return result


def summarise_burst(subs: list[dict[str, Any]], reads: list[tuple[float, float, str, str]],
                    burst_start: float, burst_end: float, readers: int) -> dict[str, Any]:
    rows = []
    for s in subs:
        job = s.get("job") or {}
        analysis = job.get("analysis_seconds")
        stored_after = _seconds(job, "created", "finished")
        rows.append({
            "kind": s["kind"], "chars": s["chars"], "words": s.get("words"),
            "post_ms": (s["answered"] - s["submitted"]) * 1000, "http": s.get("status_code"),
            "status": job.get("status", "unfinished"), "reason": job.get("reason"),
            "waited": _seconds(job, "created", "started"), "analysis": analysis,
            "batch": job.get("batch"),
            "stored_after": stored_after,
            "seen_after": s["seen_done"] - s["submitted"] if "seen_done" in s else None,
            "beyond_analysis": (stored_after - analysis
                                if stored_after is not None and analysis is not None else None),
        })
    during = [x for x in reads if burst_start <= x[0] <= burst_end]
    before = [x for x in reads if x[0] < burst_start]

    def stats(xs: list[tuple[float, float, str, str]]) -> dict[str, Any]:
        lat = sorted(x[1] for x in xs)
        if not lat:
            return {"reads": 0}
        worst = max(xs, key=lambda x: x[1])
        return {"reads": len(lat), "p50_ms": lat[len(lat) // 2] * 1000,
                "p99_ms": lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000,
                "max_ms": lat[-1] * 1000, "slowest": worst[2],
                "over_1s": sum(1 for v in lat if v > GOAL_READ),
                "errors": sum(1 for x in xs if x[3] != "200")}

    shorts = [r for r in rows if r["kind"] == "short"]
    worst = max((r["beyond_analysis"] for r in shorts if r["beyond_analysis"] is not None),
                default=None)
    stored = all(r["status"] == "stored" for r in rows)
    read_stats = stats(during)
    met = (stored and worst is not None and worst <= GOAL_STORED_AFTER_ANALYSIS
           and read_stats.get("max_ms", 0) <= GOAL_READ * 1000 and not read_stats.get("errors"))
    slowest = sorted(during, key=lambda x: -x[1])[:8]
    return {"jobs": rows, "reads_before": stats(before), "reads_during": read_stats,
            "slowest_reads": [{"at_s": round(x[0] - burst_start, 2), "ms": round(x[1] * 1000),
                               "path": x[2]} for x in slowest],
            "readers": readers, "burst_seconds": burst_end - burst_start,
            "worst_short_beyond_analysis": worst, "all_stored": stored, "met": met,
            "read_paths": sorted({x[2] for x in reads})}


def render_load(r: dict[str, Any], uncached: dict[str, Any] | None = None) -> str:
    def row(label: str, r: dict[str, Any]) -> str:
        return (f"| {label} | {r['requests']:,} | {r['clients']} | {r['seconds']:.1f} | {r['rps']:.0f} |"
                f" {r['p50_ms']:.1f} | {r['p90_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {r['errors']} |")

    rows = [row("page cache on (as served)", r)]
    if uncached is not None:
        rows.append(row("page cache off (every response built)", uncached))
    return "\n".join([
        "## Web app under load",
        "",
        f"`bench/bench_web.py`, {time.strftime('%Y-%m-%d')}: `newsledger serve` (one uvicorn process) on",
        f"127.0.0.1 over the sample corpus; {r['clients']} concurrent client threads sent {r['requests']:,}",
        f"GET requests over {r['distinct_paths']} distinct pages and API endpoints (article pages, lists,",
        "search, ledger), on the same 2-core machine as the clients. The server keeps the article pages",
        "and API entries it has built (`web/pagecache.py`, dropped whenever the database changes): the",
        "second row is the same load with that cache off (`NEWSLEDGER_PAGE_CACHE_MB=0`).",
        "",
        "| server | requests | clients | seconds | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
    ])


def _f(v: float | None, fmt: str = ".1f") -> str:
    return "-" if v is None else format(v, fmt)


def _reads_row(label: str, s: dict[str, Any]) -> str:
    if not s.get("reads"):
        return f"| {label} | 0 | - | - | - | - | - | - |"
    return (f"| {label} | {s['reads']} | {s['p50_ms']:.0f} | {s['p99_ms']:.0f} | {s['max_ms']:.0f} |"
            f" `{s['slowest']}` | {s['over_1s']} | {s['errors']} |")


def render_burst(b: dict[str, Any], compare: list[tuple[str, dict[str, Any]]]) -> str:
    long = next(j for j in b["jobs"] if j["kind"] == "long")
    lines = [
        "### A burst of writes under reads (issue 18)",
        "",
        f"A {long['chars']:,}-character article uploaded (`POST /api/uploads`) and {SHORT_COUNT} articles of",
        f"about {SHORT_WORDS} words POSTed (`POST /api/articles`) at the same moment to a freshly started",
        f"`newsledger serve` (once `GET /api/jobs` said `ready`: {b.get('ready_after', 0):.1f} s after it answered),",
        f"while {b['readers']} reader threads kept requesting list, search, article and ledger pages",
        "(each pausing 50 ms between requests). Goal: every short article stored within",
        f"{GOAL_STORED_AFTER_ANALYSIS:.0f} s of its own analysis time (its job's `analysis_seconds`), counted from its",
        f"submission, and every read under {GOAL_READ:.0f} s throughout. Short articles sent together are",
        "analysed as one batch (one `nlp.pipe` call in the small lane's process): a batched article's",
        "analysis time is its batch's (`batch` articles). Times are as measured on this 2-core machine,",
        "shared with other work while it ran.",
        "",
        "| article | words | POST answered ms | waited s | batch | analysis s | stored after s |"
        " stored after - analysis s | status |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    n = 0
    for j in b["jobs"]:
        n += 1 if j["kind"] == "short" else 0
        name = "long" if j["kind"] == "long" else f"short {n}"
        words = f"{j['words']:,}" if j["words"] else f"{j['chars']:,} chars"
        lines.append(f"| {name} | {words} | {j['post_ms']:.0f} | {_f(j['waited'])} | {j.get('batch') or '-'} |"
                     f" {_f(j['analysis'])} | {_f(j['stored_after'])} | {_f(j['beyond_analysis'])} |"
                     f" {j['status']} |")
    lines += [
        "",
        "| reads | count | p50 ms | p99 ms | max ms | slowest | over 1 s | errors |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
        _reads_row("before the burst", b["reads_before"]),
        _reads_row(f"during the burst ({b['burst_seconds']:.0f} s)", b["reads_during"]),
        "",
    ]
    if compare:
        lines += burst_comparison([*compare, ("this run", b)])
        lines += [
            "Before (main at 04e0ec9), one worker thread of the server process analysed the short articles",
            "one after another, the tenth waiting for the nine before it, and its pipeline was loaded on the",
            "first article while the next submissions waited for the same lock (POSTs answered in 2-6 s).",
            "Now each lane runs in a child process started with the server (its pipeline loaded before the",
            "first article), the short articles waiting together are analysed as one batch, and the lane",
            "processes run at a lower priority than the server (short articles niced 5, long ones 10), so",
            "that reads come first, then short articles, then the long one. Without the lower priority the",
            "reads stalled behind the analyses on these busy cores; with both lanes at the same lower",
            "priority the short batch waited behind the long article.",
            "",
        ]
    worst = b["worst_short_beyond_analysis"]
    lines.append(f"This run: worst short article stored {_f(worst)} s after its own analysis time; slowest "
                 f"read {b['reads_during'].get('max_ms', 0):.0f} ms: goal **{'met' if b['met'] else 'not met'}**.")
    return "\n".join(lines) + "\n"


def burst_comparison(runs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    def row(label: str, b: dict[str, Any]) -> str:
        shorts = [j for j in b["jobs"] if j["kind"] == "short"]
        long = next(j for j in b["jobs"] if j["kind"] == "long")
        d = b["reads_during"]
        own = sum(j["analysis"] or 0 for j in shorts if (j.get("batch") or 1) == 1)
        own += sum({j["analysis"] or 0 for j in shorts if (j.get("batch") or 1) > 1})
        return (f"| {label} | {_f(max((j['stored_after'] or 0) for j in shorts))} | {_f(own)} |"
                f" {_f(b['worst_short_beyond_analysis'])} | {_f(long['analysis'])} |"
                f" {max(j['post_ms'] for j in b['jobs']):.0f} | {d.get('p99_ms', 0):.0f} |"
                f" {d.get('max_ms', 0):.0f} | {d.get('over_1s', 0)} | {'yes' if b['met'] else 'no'} |")

    return ["Runs compared (the same burst, one after another on the same machine):",
            "",
            "| run | last short stored after s | short analyses, s in all | worst stored after - analysis s |"
            " long analysis s | slowest POST ms | read p99 ms | read max ms | reads over 1 s | goal met |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
            *[row(label, b) for label, b in runs], ""]


def render(load: str, burst: dict[str, Any] | None,
           compare: list[tuple[str, dict[str, Any]]] | None = None) -> str:
    parts = [load.strip(), ""]
    if burst is not None:
        parts.append(render_burst(burst, compare or []))
    parts.append("Reproduce: `python bench/bench_web.py --doc docs/PERFORMANCE.md`.")
    return "\n".join(parts) + "\n"


def existing_load_section(doc: Path) -> str:
    """The GET load table as the doc has it (kept when ``--skip-load``)."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    if "<!-- bench:web -->" not in text:
        return "## Web app under load\n"
    section = text.split("<!-- bench:web -->", 1)[1].split("<!-- /bench:web -->", 1)[0]
    return section.split("### A burst of writes", 1)[0].split("Reproduce:", 1)[0].strip() + "\n"


# the server with its cache of rendered article pages and API entries off (issue 19: the cost of
# building every response); code from before the cache ignores it
NO_PAGE_CACHE = {"NEWSLEDGER_PAGE_CACHE_MB": "0"}


def serve_once(db: Path, work: Callable[[str], Any], env: dict[str, str] | None = None) -> Any:
    port = free_port()
    proc = start_server(db, port, env)
    try:
        return work(f"http://127.0.0.1:{port}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--readers", type=int, default=4, help="reader threads during the burst")
    ap.add_argument("--max-seconds", type=float, default=300)
    ap.add_argument("--skip-load", action="store_true", help="only the burst")
    ap.add_argument("--skip-burst", action="store_true", help="only the GET load")
    ap.add_argument("--only-articles", action="store_true",
                    help="the GET load on article pages and the article API only (issue 19's read target)")
    ap.add_argument("--compare", action="append", default=[], metavar="LABEL=JSON",
                    help="an earlier result (this script's JSON) whose burst to show beside this run's")
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--from-json", type=Path, help="write the doc from an earlier result, running nothing")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "web.json")
    args = ap.parse_args(argv)
    result: dict[str, Any] = json.loads(args.from_json.read_text()) if args.from_json else {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.db"
        paths = [] if args.from_json else prepare_db(db)
        if args.only_articles:
            paths = [p for p in paths if p.startswith(("/articles/", "/api/articles/"))]
        if not args.skip_load and not args.from_json:
            result["load_uncached"] = serve_once(db, lambda base: run_load(
                base, paths, args.requests, args.clients, args.max_seconds), NO_PAGE_CACHE)
            result["load"] = serve_once(db, lambda base: run_load(
                base, paths, args.requests, args.clients, args.max_seconds))
        if not args.skip_burst and not args.from_json:
            reads = READ_PATHS + [p for p in paths if p.startswith("/articles/")][:3]
            result["burst"] = serve_once(db, lambda base: run_burst(
                base, reads, args.readers, args.max_seconds))
    if not args.from_json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result, indent=2))
    if args.doc:
        load = (render_load(result["load"], result.get("load_uncached")) if "load" in result
                else existing_load_section(args.doc))
        compare = [(label, json.loads(Path(path).read_text())["burst"])
                   for label, path in (c.split("=", 1) for c in args.compare)]
        replace_section(args.doc, "web", render(load, result.get("burst"), compare))
    failed = (result.get("load", {}).get("errors") or result.get("load_uncached", {}).get("errors")
              or not result.get("burst", {}).get("met", True))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
