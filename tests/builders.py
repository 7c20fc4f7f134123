"""Small builders shared by the tests (no fixtures here: see conftest.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

PLACES = ["Lisbon", "Nairobi", "Oslo", "Lima", "Hanoi", "Accra", "Quito", "Riga", "Dakar", "Muscat"]
TOPICS = ["water prices", "a new rail line", "fishing quotas", "school reform", "port fees",
          "wind farms", "bus fares", "grain storage", "flood defences", "tax rules"]


def article_text(i: int, words: int = 120) -> str:
    """A distinct, plain English news paragraph set; ``i`` makes it unique."""
    place = PLACES[i % len(PLACES)]
    topic = TOPICS[(i // len(PLACES)) % len(TOPICS)]
    body = (
        f"Officials in {place} met on Monday to discuss {topic}, the city council said in a statement. "
        f"The mayor told reporters that the plan number {i} would be reviewed by the end of the month. "
        "Residents have protested against the changes for several weeks, and the opposition "
        "called on the government to publish its figures. "
    )
    out = body
    while len(out.split()) < words:
        out += f"According to the council, {i + 3} districts will be affected and talks will continue. "
    return f"Council in {place} weighs {topic} ({i})\n\n" + out.strip() + "\n"


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"a{i:04d}.txt"
        p.write_text(article_text(i), encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path


def count_rows(db: Path, table: str) -> int:
    """Rows in a table, read without disturbing a writer (0 when it cannot be read yet)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def article_count(db: Path) -> int:
    return count_rows(db, "articles")


# -- stages ------------------------------------------------------------------------------------

_PIPELINES: dict[tuple[str, ...], Any] = {}


def pipeline(*data_files: str, **settings: Any) -> Any:
    """A ``Pipeline`` with default settings (plus ``settings``), shared by the tests that ask for
    the same thing: loading the model and the stages' data takes a second or two."""
    from newsledger.config import Settings
    from newsledger.pipeline import Pipeline

    key = (*data_files, *(f"{k}={v}" for k, v in sorted(settings.items())))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(Settings(data_files=tuple(data_files), **settings))
    return _PIPELINES[key]


def stage_data(name: str) -> Any:
    """The loaded data of stage ``name`` in the default pipeline."""
    return pipeline().data[name]


def run_stage(name: str, doc: Any, **inputs: Any) -> Any:
    """Run stage ``name`` of the default pipeline over ``doc`` with the given inputs (the outputs
    of the stages it requires)."""
    p = pipeline()
    stage = next(s for s in p.stages if s.name == name)
    return stage.run(doc, p.data[name], inputs)
