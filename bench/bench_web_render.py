"""In-process cost of the article page and the article API, in CPU time, on real news.

Stores the analyses of the 84 PolNeAR dev articles (analysed once and cached under
``bench/results/``, as ``bench_storage.py`` does) into a new SQLite file, then requests every
article's page (``/articles/ID``) and API entry (``/api/articles/ID``) through the app's test
client, ``--rounds`` times after a first warm round, and reports the CPU time (``process_time``:
less noisy than wall time on a shared machine) and wall time per response. It also times the
parts: reading the stored analysis, and building the response from it without the HTTP layer.

``--save DIR`` writes every response body to ``DIR`` (one file per article and kind); ``--check
DIR`` compares this checkout's bodies with those, byte for byte, and fails on any difference
(run ``--save`` with the older code first, ``PYTHONPATH`` set to its ``src``). ``--profile N``
prints the N functions with the most cumulative time over one round of pages and API responses.
The app runs without its cache of rendered pages (``page_cache_bytes=0``): the numbers are the
cost of building every response. When the checkout has the cache, the same requests are timed
again with it on, under ``cached`` (every request after the first of each page is then a hit).

Usage: python bench/bench_web_render.py [--shared ../shared] [--rounds 5] [--save DIR | --check DIR]
       [--profile 30] [--json FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def cached_analyses(shared: Path, cache: Path) -> Path:
    """``bench_storage.cached_analyses``, imported without the ``src`` folder it puts first on
    the path: with ``PYTHONPATH`` set to an older checkout's ``src``, that code is measured."""
    saved = list(sys.path)
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_storage import cached_analyses as cached
    finally:
        sys.path[:] = saved
    return cached(shared, cache)


def store_analyses(analyses: Path, db: Path) -> list[str]:
    """Store the cached analyses as the storage bench does; their article ids."""
    from newsledger.records import Analysis
    from newsledger.storage.store import Store

    items = [Analysis.from_dict(json.loads(line)) for line in analyses.open(encoding="utf-8")]
    with Store(db) as store:
        if hasattr(store, "add_many"):
            for i in range(0, len(items), 16):
                store.add_many(items[i:i + 16])
        else:
            for an in items:
                store.add(an)
    return sorted(an.article.id for an in items)


def client_of(db: Path, cached: bool = False) -> Any:
    """A test client of the app over ``db``: without its page cache, or (``cached``) with it;
    None when asked for a cache this checkout does not have."""
    import inspect

    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app

    has_cache = "page_cache_bytes" in inspect.signature(create_app).parameters
    if cached and not has_cache:
        return None
    options = {} if cached or not has_cache else {"page_cache_bytes": 0}
    return TestClient(create_app(db, pipeline_factory=lambda: None, **options), base_url="http://127.0.0.1")


def paths_of(ids: list[str]) -> list[tuple[str, str, str]]:
    """(kind, article id, path) for every article's page and API entry."""
    return [(kind, aid, path) for aid in ids
            for kind, path in (("page", f"/articles/{aid}"), ("api", f"/api/articles/{aid}"))]


def timed(fn: Callable[[], Any], rounds: int) -> tuple[float, float]:
    """CPU and wall seconds of ``rounds`` calls of ``fn``."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def measure_http(client: Any, paths: list[tuple[str, str, str]], rounds: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("page", "api"):
        mine = [p for k, _, p in paths if k == kind]
        sizes = [len(client.get(p).content) for p in mine]  # the warm round

        def one_round(mine: list[str] = mine) -> None:
            for p in mine:
                r = client.get(p)
                if r.status_code != 200:
                    raise SystemExit(f"{r.status_code} for {p}")

        cpu, wall = timed(one_round, rounds)
        n = rounds * len(mine)
        out[kind] = {"responses": n, "cpu_ms": cpu / n * 1000, "wall_ms": wall / n * 1000,
                     "kb": sum(sizes) / len(sizes) / 1024}
    return out


def measure_parts(db: Path, ids: list[str], rounds: int) -> dict[str, float]:
    """CPU ms per article: reading the stored analysis, and the page's highlighter."""
    from newsledger.storage.store import Store
    from newsledger.web.charts import actor_href
    from newsledger.web.highlight import highlight

    with Store(db, readonly=True) as store:
        analyses = [store.get_analysis(aid) for aid in ids]
        cpu_read, _ = timed(lambda: [store.get_analysis(aid) for aid in ids], rounds)
    cpu_hl, _ = timed(lambda: [highlight(an, actor_href) for an in analyses if an is not None], rounds)
    n = rounds * len(ids)
    return {"read_ms": cpu_read / n * 1000, "highlight_ms": cpu_hl / n * 1000}


def save_or_check(client: Any, paths: list[tuple[str, str, str]], save: Path | None,
                  check: Path | None) -> dict[str, int]:
    counts = {"compared": 0, "different": 0, "saved": 0}
    for kind, aid, path in paths:
        body = client.get(path).content
        name = f"{aid}.{'html' if kind == 'page' else 'json'}"
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / name).write_bytes(body)
            counts["saved"] += 1
        if check is not None:
            counts["compared"] += 1
            if (check / name).read_bytes() != body:
                counts["different"] += 1
                print(f"different: {path}", file=sys.stderr)
    return counts


class InThread:
    """Requests to the ASGI app run in this thread (the endpoint and serialisation too, not in a
    thread pool), so that one profiler sees all the server's work; asks for gzip, as browsers
    and the load bench's client do."""

    def __init__(self, app: Any) -> None:
        import asyncio

        self.app, self.loop = app, asyncio.new_event_loop()

    def get(self, path: str) -> bytes:
        return self.loop.run_until_complete(self._get(path))

    async def _get(self, path: str) -> bytes:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
                 "query_string": b"", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5000),
                 "headers": [(b"host", b"127.0.0.1"), (b"accept-encoding", b"gzip, deflate")]}
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] != 200:
                raise SystemExit(f"{message['status']} for {path}")
            if message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, send)
        return b"".join(chunks)


def inline_threads() -> Any:
    """While in force, ``anyio.to_thread.run_sync`` calls its function in the calling thread."""
    import contextlib

    import anyio.to_thread

    async def run_sync(func: Callable[..., Any], *args: Any, **_: Any) -> Any:
        return func(*args)

    @contextlib.contextmanager
    def patched() -> Any:
        before = anyio.to_thread.run_sync
        anyio.to_thread.run_sync = run_sync  # type: ignore[assignment]
        try:
            yield
        finally:
            anyio.to_thread.run_sync = before  # type: ignore[assignment]

    return patched()


def measure_in_thread(app: Any, paths: list[tuple[str, str, str]], rounds: int) -> dict[str, Any]:
    """CPU ms per response, the app's own work only (no HTTP client or server, gzip included)."""
    out: dict[str, Any] = {}
    direct = InThread(app)
    with inline_threads():
        for kind in ("page", "api"):
            mine = [p for k, _, p in paths if k == kind]
            for p in mine:
                direct.get(p)
            cpus, walls = zip(*(timed(lambda mine=mine: [direct.get(p) for p in mine], 1)
                                for _ in range(rounds)), strict=True)
            n = len(mine)
            out[kind] = {"responses": rounds * n, "cpu_ms": sum(cpus) / (rounds * n) * 1000,
                         "wall_ms": sum(walls) / (rounds * n) * 1000,
                         "best_round_cpu_ms": min(cpus) / n * 1000,
                         "median_round_cpu_ms": statistics.median(cpus) / n * 1000}
    return out


def profile(app: Any, paths: list[tuple[str, str, str]], top: int) -> str:
    direct = InThread(app)
    prof = cProfile.Profile()
    with inline_threads():
        for _, _, p in paths:
            direct.get(p)
        prof.enable()
        for _, _, p in paths:
            direct.get(p)
        prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "results" / "polnear_dev_analyses.jsonl")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    analyses = cached_analyses(args.shared, args.cache)
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.db"
        ids = store_analyses(analyses, db)
        paths = paths_of(ids)
        with client_of(db) as client:
            if args.save or args.check:
                result["golden"] = save_or_check(client, paths, args.save, args.check)
            if args.profile:
                print(profile(client.app, paths, args.profile))
            result["articles"] = len(ids)
            result["in_thread"] = measure_in_thread(client.app, paths, args.rounds)
            result["http"] = measure_http(client, paths, args.rounds)
        result["parts"] = measure_parts(db, ids, args.rounds)
        cached = client_of(db, cached=True)
        if cached is not None:
            with cached:
                if args.check:  # the bodies built, then the bodies kept
                    result["cached_golden"] = [save_or_check(cached, paths, None, args.check) for _ in "12"]
                result["cached"] = {"in_thread": measure_in_thread(cached.app, paths, args.rounds),
                                    "http": measure_http(cached, paths, args.rounds)}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    different = [result.get("golden", {}), *result.get("cached_golden", [])]
    return 1 if any(g.get("different") for g in different) else 0


if __name__ == "__main__":
    sys.exit(main())
