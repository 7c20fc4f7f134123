"""Load test of the web app: concurrent clients against a local server, latency percentiles.

Starts ``newsledger serve`` on 127.0.0.1 (a free port) over a database of the sample corpus,
sends a bounded number of GET requests (pages and API) from concurrent client threads, each
bounded in time, and reports requests per second, latency percentiles and errors. Traffic goes
to 127.0.0.1 only. With ``--doc`` it writes its section of docs/PERFORMANCE.md.

Usage: python bench/bench_web.py [--requests 3000] [--clients 8] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
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


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port",
                             str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def render(r: dict[str, Any]) -> str:
    return "\n".join([
        "## Web app under load",
        "",
        f"`bench/bench_web.py`, {time.strftime('%Y-%m-%d')}: `newsledger serve` (one uvicorn process) on",
        f"127.0.0.1 over the sample corpus; {r['clients']} concurrent client threads sent {r['requests']:,}",
        f"GET requests over {r['distinct_paths']} distinct pages and API endpoints (article pages, lists,",
        "search, ledger), on the same 2-core machine as the clients.",
        "",
        "| requests | clients | seconds | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {r['requests']:,} | {r['clients']} | {r['seconds']:.1f} | {r['rps']:.0f} | {r['p50_ms']:.1f} |"
        f" {r['p90_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {r['errors']} |",
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--max-seconds", type=float, default=300)
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "web.json")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.db"
        paths = prepare_db(db)
        port = free_port()
        proc = start_server(db, port)
        try:
            result = run_load(f"http://127.0.0.1:{port}", paths, args.requests, args.clients, args.max_seconds)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    if args.doc:
        replace_section(args.doc, "web", render(result))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
