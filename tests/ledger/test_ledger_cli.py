"""The ledger commands (``newsledger ledger build|events|claims|outlets|actor``), on both backends,
and a read-only database keeping its stale ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ledger import LedgerError, build_ledger, ensure_ledger, ledger_events, ledger_status
from newsledger.storage.store import Store
from tests.builders import Doc


def test_cli_ledger_build_and_auto_build(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert any(e["n_outlets"] == 5 for e in data)  # built on first use
    res = runner.invoke(cli, ["ledger", "build", "--db", strike_db, "--window-days", "14"])
    assert res.exit_code == 0, res.output
    assert "ledger_events" in res.stdout
    with Store(strike_db) as store:
        st = ledger_status(store)
        assert st.config is not None and st.config.window_days == 14 and not st.stale


def test_cli_ledger_events_formats_and_filters(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--type", "CONSULT", "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("id,date,type") and len(lines) == 2 and "CONSULT" in lines[1]
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--actor", "Russia", "--min-outlets", "2",
                              "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2 and "Meridian Wire" in res.stdout
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--actor", "Russia", "--role", "target",
                              "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2  # the ministers' accusation
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--since", "2024-03-15"])
    assert res.exit_code == 0, res.output
    assert "ledger events (1 shown)" in res.stdout
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--mentions", "--format", "csv",
                              "--min-outlets", "2"])
    assert res.exit_code == 0
    assert len(res.stdout.strip().splitlines()) == 7  # header and six mentions


def test_cli_ledger_claims_outlets_actor(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "claims", "--db", strike_db, "--measure", "killed", "--format", "csv",
                              "--min-outlets", "2"])
    assert res.exit_code == 0, res.output
    rows = res.stdout.strip().splitlines()
    assert len(rows) == 7 and "update" in res.stdout and "Health Ministry of Ukraine" in res.stdout
    res = runner.invoke(cli, ["ledger", "outlets", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {o["outlet"] for o in json.loads(res.stdout)} >= {"Dnipro Sentinel", "Baltic Herald"}
    res = runner.invoke(cli, ["ledger", "outlets", "Dnipro", "--db", strike_db])
    assert res.exit_code == 0, res.output
    assert "occupiers" in res.stdout
    res = runner.invoke(cli, ["ledger", "actor", "Russian armed forces", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["actor"]["id"] == "RUS-MIL"
    res = runner.invoke(cli, ["ledger", "actor", "Nobody Known", "--db", strike_db])
    assert res.exit_code == 2 and "no actor" in res.stderr


def test_cli_ledger_missing_database(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["ledger", "events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "not found" in res.stderr
    assert not (tmp_path / "none.db").exists()


def test_read_only_store_keeps_its_stale_ledger(strike_db: str) -> None:
    with Store(strike_db) as store:
        build_ledger(store)
        store.add(Doc("A new report about talks in Oslo on Friday.", "Wire", "2024-04-01").analysis())
    with Store(strike_db, readonly=True) as ro:
        assert ledger_status(ro).stale
        with pytest.raises(LedgerError):
            ensure_ledger(ro)
        assert any(e.n_outlets == 5 for e in ledger_events(ro))  # still readable as it was


def test_cli_ledger_build_updates_unless_full(strike_db: str) -> None:
    runner = CliRunner()
    modes = []
    for args in (["--full"], [], ["--full"]):
        res = runner.invoke(cli, ["ledger", "build", "--db", strike_db, "--format", "json", *args])
        assert res.exit_code == 0, res.output
        modes.append(json.loads(res.stdout)["mode"])
    assert modes == ["full", "incremental", "full"]
