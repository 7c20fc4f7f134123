"""The ``record`` column (migration 7): computed from a row's columns and ``extra``, it reads
back as the record itself, with the same text in SQLite (computed) and in PostgreSQL and the
batch shards (written); ``extra`` holds only what the columns do not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsledger.records import Analysis, Figure, Quote, Span
from newsledger.storage.record_json import base, extra_of, offsets_of, record_text
from newsledger.storage.rows import analysis_rows
from newsledger.storage.store import Store
from tests.builders import main_analysis

STAMP = "2024-01-01T00:00:00+00:00"


def _analysis(**records: Any) -> Analysis:
    an = main_analysis()
    return an.replace(**records) if records else an


def _quote(**kw: Any) -> Quote:
    an = main_analysis()
    return Quote(**{"id": "q_x", "article_id": an.article.id, "sentence": 0, "start": 0, "end": 30,
                    "kind": "indirect", "content": Span(15, 30, an.article.text[15:30]), **kw})


def test_every_record_reads_back_as_itself_with_the_text_the_other_backends_store(db_target: str) -> None:
    an = main_analysis()
    rows = analysis_rows(an, STAMP)
    with Store(db_target) as s:
        s.add(an)
        checked = 0
        for table, records in (("quotes", an.quotes), ("figures", an.figures), ("events", an.events)):
            stored = {r[0]: r[1] for r in s.conn.execute(f"SELECT id, record FROM {table}")}
            for rec, row in zip(records, rows[table], strict=True):
                assert json.loads(stored[rec.id]) == rec.to_dict()
                assert stored[rec.id] == row["record"] == record_text(table, row)
                checked += 1
        assert checked == len(an.quotes) + len(an.figures) + len(an.events) > 3
        assert s.get_analysis(an.article.id) == s.get_analysis(an.article.id[:8])


@pytest.mark.parametrize(("record", "extra"), [
    # positive: the columns hold everything (a cue's and speaker's offsets are columns now)
    ({"cue": Span(0, 4, "said"), "cue_lemma": "say", "confidence": 0.85}, {}),
    # a value SQLite would write with fewer digits than it has is kept, exactly
    ({"confidence": 0.8549999999999999}, {"confidence": 0.8549999999999999}),
    # near miss: 0.855 itself needs no more than 15 digits
    ({"confidence": 0.855}, {}),
])
def test_extra_holds_only_what_the_columns_do_not(record: dict[str, Any], extra: dict[str, Any]) -> None:
    q = _quote(**record)
    row = analysis_rows(_analysis(quotes=(q,)), STAMP)["quotes"][0]
    assert json.loads(row["extra"]) == extra
    assert [row[c] for c in ("cue_start", "cue_end")] == ([q.cue.start, q.cue.end] if q.cue else [None, None])


def test_what_no_column_holds_goes_to_extra() -> None:
    an = main_analysis()
    ev = an.events[0].replace(contexts=("protest",), parent_id="e_parent", source_basis="place")
    fig = Figure("f_x", an.article.id, 0, 0, 8, "12 people", 12.0, 12.0, perpetrator="rebels")
    rows = analysis_rows(an.replace(events=(ev,), figures=(fig,)), STAMP)
    extra = json.loads(rows["events"][0]["extra"])
    assert {"contexts": ["protest"], "parent_id": "e_parent", "source_basis": "place"}.items() <= extra.items()
    assert "predicate" not in extra and rows["events"][0]["predicate_start"] == ev.predicate.start
    assert json.loads(rows["figures"][0]["extra"]) == {"perpetrator": "rebels"}
    # a speaker the store does not know is left out of the column, kept in the record
    q = _quote(speaker=Span(0, 9, "Officials"), speaker_actor_id="person:unknown")
    row = analysis_rows(_analysis(quotes=(q,)), STAMP)["quotes"][0]
    assert row["speaker_actor_id"] is None and json.loads(row["extra"]) == {"speaker_actor_id": "person:unknown"}


@pytest.mark.parametrize("value", [0.1, 5.0, 1e20, 1e15, 100000.0, 123456.789, 1e-5, 0.30000000000000004,
                                   -2.5, 12345678901234567.0, 7])
def test_python_writes_a_real_as_sqlite_computes_it(value: float, tmp_path: Path) -> None:
    an = main_analysis()
    fig = Figure("f_x", an.article.id, 0, 0, 8, "12 people", value, value, confidence=value)
    row = analysis_rows(an.replace(figures=(fig,)), STAMP)["figures"][0]
    with Store(tmp_path / "x.db") as s:
        s.add(an.replace(figures=(fig,)))
        computed = s.conn.execute("SELECT record FROM figures").fetchone()[0]
    assert computed == row["record"] == record_text("figures", row)
    assert json.loads(computed) == fig.to_dict()


def test_a_shard_row_without_extra_gets_it_from_its_record(tmp_path: Path) -> None:
    """A batch shard written before migration 7 has ``record`` and no ``extra``: loaded into
    SQLite, the record is computed the same."""
    an = main_analysis()
    rows = analysis_rows(an, STAMP)
    with Store(tmp_path / "x.db") as s, s.conn:
        for table in ("articles", "actors", "sentences", "mentions"):
            s.insert_rows(table, rows[table])
        old = [{**r, "extra": None, "record": json.dumps(q.to_dict())} for r, q in zip(rows["quotes"], an.quotes,
                                                                                       strict=True)]
        assert old and s.insert_rows("quotes", old) == len(old)
    with Store(tmp_path / "x.db") as s:
        back = {r[0]: json.loads(r[1]) for r in s.conn.execute("SELECT id, record FROM quotes")}
        assert back == {q.id: q.to_dict() for q in an.quotes}


def test_offsets_and_base_of_a_record() -> None:
    q = _quote(cue=Span(10, 14, "said"), speaker=Span(0, 9, "Officials"))
    assert offsets_of("quotes", q.to_dict()) == {"cue_start": 10, "cue_end": 14, "speaker_start": 0, "speaker_end": 9}
    assert offsets_of("figures", {}) == {}
    row = analysis_rows(_analysis(quotes=(q,)), STAMP)["quotes"][0]
    assert base("quotes", row) == {**q.to_dict(), "speaker_actor_id": None}
    assert extra_of("quotes", q.to_dict(), row) == "{}"


@pytest.mark.parametrize(("change", "patch"), [
    ({}, "{}"),                                                   # nothing the columns do not give
    ({"confidence": 1}, "{}"),                                    # an int equal to the REAL column's float
    ({"stance": "denied"}, '{"stance":"denied"}'),                # a value the column does not hold
    ({"speaker": {"start": 0, "end": 9, "text": "Officers"}}, '{"speaker":{"text":"Officers"}}'),  # one field of a span
    ({"confidence": True}, '{"confidence":true}'),               # near miss: a bool is no number, though True == 1
])
def test_extra_holds_only_what_the_columns_do_not_give(change: dict[str, object], patch: str) -> None:
    q = _quote(cue=Span(10, 14, "said"), speaker=Span(0, 9, "Officials"))
    row = {**analysis_rows(_analysis(quotes=(q,)), STAMP)["quotes"][0], "confidence": 1.0}
    assert extra_of("quotes", {**q.to_dict(), "confidence": 1.0, **change}, row) == patch


def test_a_described_speaker_is_kept_in_extra_and_reads_back(tmp_path: Path) -> None:
    """``Quote.speaker_described`` (the unnamed person a pronoun speaker stands for) has no
    column: it lives in ``extra`` and the stored record reads back with it."""
    an = main_analysis()
    q = _quote(speaker=Span(0, 2, an.article.text[0:2]), speaker_described=Span(3, 9, an.article.text[3:9]))
    row = analysis_rows(_analysis(quotes=(q,)), STAMP)["quotes"][0]
    assert json.loads(row["extra"])["speaker_described"] == {"start": 3, "end": 9, "text": an.article.text[3:9]}
    with Store(tmp_path / "d.db") as s:
        s.add(_analysis(quotes=(q,)))
        stored = s.conn.execute("SELECT record FROM quotes WHERE id = ?", (q.id,)).fetchone()[0]
    assert Quote.from_dict(json.loads(stored)) == q
