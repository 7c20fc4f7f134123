"""The CLI's contract on bad or unusual input: one clear line and exit 2 for a filter that can
match nothing, plain words searched as words, the database from the environment or the config
file, wide tables when piped, a foreign SQLite file left alone, and a fast start."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli

from .builders import write_articles


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("contract")
    write_articles(folder / "in", 3)  # Lisbon, Nairobi, Oslo
    path = str(folder / "x.db")
    res = CliRunner().invoke(cli, ["ingest", str(folder / "in"), "--db", path, "--no-progress"])
    assert res.exit_code == 0, res.output
    return path


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "notadate"], "'notadate' is not a date"),
    (["--since", "2024-13-45"], "'2024-13-45' is not a date"),
    (["--until", "2024-02-30"], "'2024-02-30' is not a date"),
    (["--country", "Narnia"], "'Narnia' is neither"),
])
def test_a_filter_that_cannot_match_is_an_error(db: str, args: list[str], message: str) -> None:
    res = CliRunner().invoke(cli, ["query", "events", "--db", db, *args])
    assert res.exit_code == 2
    assert message in res.stderr and f"'{args[0]}'" in res.stderr and "Traceback" not in res.output


def test_a_real_date_is_accepted(db: str) -> None:
    res = CliRunner().invoke(cli, ["query", "articles", "--db", db, "--since", "2024-02-29", "--format", "csv"])
    assert res.exit_code == 0, res.output


def _csv_rows(db: str, *args: str) -> list[str]:
    res = CliRunner().invoke(cli, ["query", *args, "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    return res.stdout.splitlines()[1:]


@pytest.mark.parametrize(("name", "code"), [("Norway", "NOR"), ("norway", "NOR"), ("Norwegian", "NOR"),
                                            ("Kenya", "KEN"), ("nor", "NOR")])
def test_countries_by_name_or_code(db: str, name: str, code: str) -> None:
    by_code = _csv_rows(db, "actors", "--country", code)
    assert by_code, f"the sample articles mention {code}"
    assert _csv_rows(db, "actors", "--country", name) == by_code
    assert _csv_rows(db, "actors", "--country", "Peru") != by_code  # near miss: another country


@pytest.mark.parametrize("text", ["S-300", "Russia's", "12,000", "U.S.", '"unbalanced', "(open"])
def test_search_input_that_is_not_fts_syntax_is_read_as_words(db: str, text: str) -> None:
    res = CliRunner().invoke(cli, ["query", "articles", "--db", db, "--text", text, "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("id,")


def test_search_words_still_find_and_syntax_still_works(db: str) -> None:
    assert len(_csv_rows(db, "articles", "--text", "Oslo,")) == 1  # read as the word "Oslo"
    assert len(_csv_rows(db, "articles", "--text", "Oslo OR Lisbon")) == 2
    assert _csv_rows(db, "articles", "--text", "Oslo AND Lisbon") == []


def test_database_from_the_environment_and_the_config_file(db: str, tmp_path: Path) -> None:
    res = CliRunner(env={"NEWSLEDGER_DB": db}).invoke(cli, ["summary"])
    assert res.exit_code == 0 and Path(db).name in res.stdout
    cfg = tmp_path / "nl.toml"
    cfg.write_text(f'db = "{db}"\n')
    res = CliRunner().invoke(cli, ["--config", str(cfg), "summary"])
    assert res.exit_code == 0 and Path(db).name in res.stdout
    res = CliRunner(env={"NEWSLEDGER_DB": str(tmp_path / "none.db")}).invoke(cli, ["summary", "--db", db])
    assert res.exit_code == 0 and Path(db).name in res.stdout  # --db wins


@pytest.mark.parametrize(("line", "message"), [
    ('max_article_chars = "abc"', "setting 'max_article_chars' must be an integer"),
    ("min_english_ratio = true", "setting 'min_english_ratio' must be a number"),
    ('actors_files = "one.csv"', "setting 'actors_files' must be a list of strings"),
])
def test_a_config_value_of_the_wrong_type_is_one_line_and_exit_2(tmp_path: Path, line: str, message: str) -> None:
    cfg = tmp_path / "nl.toml"
    cfg.write_text(line + "\n")
    res = CliRunner().invoke(cli, ["--config", str(cfg), "summary", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2
    assert message in res.stderr and "Traceback" not in res.output


def test_piped_tables_are_not_cut_to_80_columns(db: str) -> None:
    res = CliRunner().invoke(cli, ["query", "quotes", "--db", db])  # CliRunner's output is not a terminal
    assert res.exit_code == 0
    widest = max(len(line) for line in res.stdout.splitlines())
    assert widest > 120
    assert "speaker_actor" in res.stdout  # a header on one line, not folded


def test_ingest_leaves_another_applications_database_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes(name TEXT)")
    write_articles(tmp_path / "in", 1)
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(other), "--no-progress"])
    assert res.exit_code == 2
    assert "another application's tables (recipes)" in res.stderr
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]


def test_help_does_not_import_spacy() -> None:
    code = "import sys; from newsledger.cli import cli; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    from newsledger import Pipeline  # still there, on first use
    assert Pipeline.__name__ == "Pipeline"


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "polecat"])
def test_export_to_standard_output(db: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "--out", "-"])
    assert res.exit_code == 0, res.output
    rows = int(res.stderr.split("wrote ", 1)[1].split(" rows to standard output")[0].replace(",", ""))
    header = 1 if fmt == "polecat" else 0
    assert len(res.stdout.splitlines()) == rows + header, fmt  # every row on standard output
    assert not (tmp_path / "-").exists()  # no file named "-"
    if fmt == "jsonl":
        assert rows == 3  # one analysis per article


def test_export_of_several_files_to_standard_output_is_a_usage_error(db: str) -> None:
    res = CliRunner().invoke(cli, ["export", "--db", db, "--format", "csv", "--out", "-"])
    assert res.exit_code == 2 and "give a directory" in res.stderr
