"""Articles, pipelines, stage data and speaker / figure asserts shared by the stage tests."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsledger.records import (
    Figure,
    Quote,
)

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


def outlet_labels(text: str) -> list[str]:
    """The framing marks of ``text`` in the outlet's own voice, as written."""
    from newsledger.stages.framing import OUTLET_VOICE

    an = pipeline().analyze_text(text)
    return [an.article.text[m.start:m.end] for m in an.framing
            if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]


def pipeline(*data_files: str, **settings: Any) -> Any:
    """A ``Pipeline`` with default settings (plus ``settings``), shared by the tests that ask for
    the same thing: loading the model and the stages' data takes a second or two."""
    from newsledger.config import Settings
    from newsledger.pipeline import Pipeline

    key = (*data_files, *(f"{k}={v}" for k, v in sorted(settings.items())))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(Settings(data_files=tuple(data_files), **settings))
    return _PIPELINES[key]


def last_quote_speaker(text: str) -> str | None:
    """The actor name of the speaker of the last quote (by where its words start) of ``text``."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: a.name for a in analysis.actors}
    quotes = sorted(analysis.quotes, key=lambda q: q.content.start)
    assert quotes, text
    return actors.get(quotes[-1].speaker_actor_id or "")


def assert_short_name(kind: str, text: str, name: str, actor: str | None) -> None:
    """The one-word name ``name`` of ``text`` is the mention of ``actor``; with ``actor`` None, of none of the
    people named in full (several words) in the text."""
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == name]
    assert len(found) == 1, (kind, text, [(m.text, m.actor_id) for m in an.mentions])
    if actor is None:
        full = {m.actor_id for m in an.mentions if m.text != name and " " in m.text}
        assert found[0].actor_id not in full, (kind, text, found[0])
    else:
        assert found[0].actor_id == actor, (kind, text, found[0])


def quotes_holding(text: str, words: str) -> tuple[Any, list[Quote]]:
    """The analysis of ``text`` and its quotes whose content holds ``words``, in document order."""
    an = pipeline().analyze_text(text)
    return an, [q for q in an.quotes if words in q.content.text]


def written_speaker(text: str, words: str) -> str | None:
    """The speaker as written of the first quote of the analysed ``text`` whose content holds
    ``words`` (None: no such quote, or it has no speaker)."""
    _, found = quotes_holding(text, words)
    return found[0].speaker.text if found and found[0].speaker is not None else None


def assert_speaker_text(text: str, words: str, speaker: str | None, name: str) -> None:
    """The one quote of the analysed ``text`` whose content holds ``words`` has the speaker
    written ``speaker`` (None: no speaker)."""
    quotes = quotes_holding(text, words)[1]
    assert len(quotes) == 1, (name, quotes)
    found = quotes[0].speaker.text if quotes[0].speaker is not None else None
    assert found == speaker, (name, found)


def quote_speaker_names(text: str) -> list[str | None]:
    """The actor names of the speakers of the analysed ``text``'s quotes, in order (None: no actor)."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: a.name for a in analysis.actors}
    return [actors.get(q.speaker_actor_id or "") for q in analysis.quotes]


def speaker_kinds(text: str) -> list[tuple[str | None, str | None]]:
    """The actor names and types of the speakers of the analysed ``text``'s quotes, in order."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: (a.name, a.type) for a in analysis.actors}
    return [actors.get(q.speaker_actor_id or "", (None, None)) for q in analysis.quotes]


def assert_person_speakers(text: str, person: str | None, name: str) -> None:
    """The analysed ``text`` has quotes, each spoken by the person ``person`` (None: no quote's
    speaker is a person)."""
    found = speaker_kinds(text)
    assert found, name
    if person is None:
        assert all(kind != "person" for _, kind in found), (name, found)
    else:
        assert all(who == person and kind == "person" for who, kind in found), (name, found)


def assert_all_speakers(text: str, person: str, name: str) -> None:
    """Every quote of the analysed ``text`` has a speaker, and its actor is named ``person``."""
    found = quote_speaker_names(text)
    assert found, name
    assert all(who == person for who in found), (name, found)


def assert_first_source(text: str, value: float, source: str | None, name: str) -> None:
    """The first figure of ``value`` in the analysed ``text`` has the source ``source`` as written
    (:func:`assert_source`)."""
    figures = figures_of_value(text, value)
    assert figures, name
    assert_source(figures[0], source, name)


def figures_of_value(text: str, value: float, **meta: Any) -> list[Figure]:
    """The figures of the analysed ``text`` (article metadata ``meta``, such as its outlet) whose
    value starts at ``value``, in document order."""
    return [f for f in pipeline().analyze_text(text, **meta).figures if f.value_low == value]


def assert_first_figure(text: str, value: float, attr: str, expected: Any, name: str) -> None:
    """The analysed ``text`` has a figure of ``value``, and the first one's ``attr`` ("measure",
    "stance") is ``expected``."""
    figures = figures_of_value(text, value)
    assert figures, name
    assert getattr(figures[0], attr) == expected, (name, getattr(figures[0], attr))


def assert_figure_measure(text: str, figure: str, measure: str | None, name: str) -> None:
    """The analysed ``text`` has exactly one figure written ``figure``, and it counts ``measure``
    (None: no measure)."""
    found = [f for f in pipeline().analyze_text(text).figures if f.text == figure]
    assert len(found) == 1, (name, [f.text for f in pipeline().analyze_text(text).figures])
    assert found[0].measure == measure, (name, found[0].measure)


def assert_source(f: Figure, source: str | None, name: str) -> None:
    """The figure's source as written holds ``source``; None: the outlet's own voice."""
    if source is None:
        assert f.attribution == "unattributed", (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)


def stage_data(name: str) -> Any:
    """The loaded data of stage ``name`` in the default pipeline."""
    return pipeline().data[name]


def run_stage(name: str, doc: Any, **inputs: Any) -> Any:
    """Run stage ``name`` of the default pipeline over ``doc`` with the given inputs (the outputs
    of the stages it requires)."""
    p = pipeline()
    stage = next(s for s in p.stages if s.name == name)
    return stage.run(doc, p.data[name], inputs)


# -- quotes, figures, framing ------------------------------------------------------------------


def stage_outputs(doc: Any, p: Any = None) -> dict[str, Any]:
    """The output of every stage of pipeline ``p`` (default: ``pipeline()``) over ``doc``, by
    stage name."""
    p = p if p is not None else pipeline()
    outputs: dict[str, Any] = {}
    for stage in p.stages:
        outputs[stage.name] = stage.run(doc, p.data[stage.name], {n: outputs[n] for n in stage.requires})
    return outputs


def write_data_file(folder: Path, text: str, name: str = "data.yaml") -> Path:
    """A user data file (``--data``) with ``text``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@contextmanager
def schema_up_to(monkeypatch: Any, version: int) -> Iterator[None]:
    """Inside: the newsledger of schema ``version`` (a store opened here migrates only that far),
    to make a database of a version before a migration under test."""
    from newsledger.storage import migrations

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        m.setattr(migrations, "SCHEMA_VERSION", version)
        yield
