"""A bounded load on a real local server: concurrent clients, every request answered.

Timings are reported by bench/bench_web.py, never asserted here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_web


@pytest.mark.slow
def test_concurrent_clients_get_no_errors(tmp_path: Path) -> None:
    db = tmp_path / "load.db"
    paths = bench_web.prepare_db(db)
    port = bench_web.free_port()
    proc = bench_web.start_server(db, port)
    try:
        result = bench_web.run_load(f"http://127.0.0.1:{port}", paths, n_requests=400, clients=6,
                                    max_seconds=120)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert result["requests"] == 400
    assert result["errors"] == 0, result["error_examples"]
