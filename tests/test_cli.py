from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.schema import analysis_schema

from .builders import article_text, write_articles


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_analyze_prints_json_matching_the_schema(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Talks in Oslo\nOutlet: Wire\n\nNorway's prime minister met the French president in Oslo on Monday.")
    res = runner.invoke(cli, ["analyze", str(p)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    jsonschema.validate(data, analysis_schema())
    assert data["article"]["title"] == "Talks in Oslo"
    assert data["article"]["outlet"] == "Wire"
    assert any(m["text"] == "Oslo" for m in data["mentions"])


def test_analyze_reads_stdin(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["analyze", "-", "--compact"], input=article_text(3))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["article"]["title"].startswith("Council in")


def test_analyze_leaves_the_garbage_collector_as_it_was_unless_the_process_ends(runner: CliRunner) -> None:
    import gc

    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    res = runner.invoke(cli, ["analyze", "-", "--compact"], input=article_text(3))
    assert res.exit_code == 0, res.output
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == frozen
    try:  # the console script (main) says the process ends: what the command made is frozen
        res = runner.invoke(cli, ["analyze", "-", "--compact"], input=article_text(3), obj={"process_ends": True})
        assert res.exit_code == 0, res.output
        assert gc.get_threshold() == thresholds and gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"", "empty input"),
    (b"\x00\x00\x00binary", "binary file"),
])
def test_analyze_bad_input_exits_2_with_the_reason(runner: CliRunner, tmp_path: Path,
                                                    content: bytes | None, message: str) -> None:
    p = tmp_path / "in.txt"
    if content is not None:
        p.write_bytes(content)
    res = runner.invoke(cli, ["analyze", str(p)])
    assert res.exit_code == 2
    assert message in res.stderr and str(p) in res.stderr


def test_ingest_query_show_export_and_exit_codes(runner: CliRunner, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    db = str(tmp_path / "x.db")
    res = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db, "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "stored 3" in res.stderr
    (tmp_path / "in" / "broken.html").write_text("<html><body></body></html>")
    res = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db, "--no-progress"])
    assert res.exit_code == 1
    assert "broken.html" in res.stderr and "already stored 3" in res.stderr

    res = runner.invoke(cli, ["query", "articles", "--db", db, "--format", "json"])
    rows = json.loads(res.stdout)
    assert len(rows) == 3
    res = runner.invoke(cli, ["query", "failures", "--db", db, "--format", "csv"])
    assert res.stdout.splitlines()[0] == "source,reason,article_id,failed_at"
    assert "broken.html" in res.stdout

    res = runner.invoke(cli, ["show", rows[0]["id"][:8], "--db", db])
    assert res.exit_code == 0 and rows[0]["title"] in res.stdout
    res = runner.invoke(cli, ["show", "nope", "--db", db])
    assert res.exit_code == 2 and "no single article" in res.stderr

    res = runner.invoke(cli, ["summary", "--db", db])
    assert res.exit_code == 0 and "articles" in res.stdout

    res = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl", "--out", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 0
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 3


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["query", "nonsense"]).exit_code == 2
    assert runner.invoke(cli, ["summary", "--db", str(tmp_path / "none.db")]).exit_code == 2
    res = runner.invoke(cli, ["--model", "no_such_model_xyz", "analyze", "-"], input=article_text(1))
    assert res.exit_code == 2 and "not installed" in res.stderr
    bad_cfg = tmp_path / "c.toml"
    bad_cfg.write_text("[newsledger]\nnot_a_setting = 1\n")
    res = runner.invoke(cli, ["--config", str(bad_cfg), "summary"])
    assert res.exit_code == 2 and "unknown setting" in res.stderr


def test_eval_acled_writes_acled_json(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "case.tsv"
    gold.write_text("id\tEventSnippet\tSubType\n"
                    "a1\tRebel fighters shelled the army base in Avalonia on Monday.\tART_MISS_ATTACK\n"
                    "a2\tThousands of teachers protested outside the parliament of Borduria.\tPEACE_PROTEST\n",
                    encoding="utf-8")
    res = runner.invoke(cli, ["eval", "acled", "--gold", str(gold), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "out" / "acled.json").read_text(encoding="utf-8"))
    assert data["n_docs"] == 2
    for name in ("subtype_accuracy", "subtype_macro_f1", "family_accuracy", "event_found_rate"):
        assert 0.0 <= data[name] <= 1.0 and f"{name}_tune" in data and f"{name}_check" in data
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tEventSnippet\tSubType\nb1\tSomething.\tPICNIC\n", encoding="utf-8")
    res = runner.invoke(cli, ["eval", "acled", "--gold", str(bad)])
    assert res.exit_code != 0 and "unknown CASE code" in res.output
