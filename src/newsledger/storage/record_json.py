"""The ``record`` column: a quote's, figure's or event's JSON, rebuilt from its other columns.

Until migration 7 each of these rows held its record twice: once in the typed columns and once
as JSON text in ``record`` (its largest column). Now ``record`` is computed: in SQLite it is a
virtual generated column (stored nowhere, built when read), in PostgreSQL a stored column the
store writes. What the typed columns do not hold (a cue's or speaker's offsets, an event's
actor ids and contexts, a figure's perpetrator as written, a value the columns hold differently)
is kept in the ``extra`` column: the record's difference from what its columns give, as a JSON
merge patch (RFC 7396). ``record`` is ``json_patch(<object built from the columns>, extra)``:
the same fields, in the same order, with the same values as ``Record.to_dict`` (a test reads
every record back and compares).

``FIELDS`` is written once and gives both the SQL expression and :func:`extra_of`, the Python
side that computes the patch (it mirrors how SQLite renders a REAL: 15 significant digits, so a
value that needs more is kept in the patch, exactly).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SpanOf:
    """A ``Span`` field: its text in column ``text``, its offsets in columns (or in ``extra``)."""

    text: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Const:
    """A field no column holds: its default here, any other value in ``extra``."""

    value: Any


FieldSpec = str | SpanOf | Const

_LOCATED: tuple[tuple[str, FieldSpec], ...] = tuple(
    (c, c) for c in ("id", "article_id", "sentence", "start", "end"))


def _same(*names: str) -> tuple[tuple[str, FieldSpec], ...]:
    return tuple((n, n) for n in names)


# each record's fields, in the order of the dataclass, and where their value comes from
FIELDS: dict[str, tuple[tuple[str, FieldSpec], ...]] = {
    "quotes": (*_LOCATED, *_same("kind"), ("content", SpanOf("content", "content_start", "content_end")),
               *_same("paragraph"), ("cue", SpanOf("cue", "cue_start", "cue_end")), *_same("cue_lemma"),
               ("speaker", SpanOf("speaker", "speaker_start", "speaker_end")),
               *_same("speaker_actor_id", "parent_id", "confidence", "stance")),
    "figures": (*_LOCATED, *_same("text", "value_low", "value_high", "qualifier", "unit", "measure", "kind",
                                  "group", "group_actor_id", "part_of", "time_scope", "place",
                                  "perpetrator_actor_id", "attribution", "attribution_actor_id", "quote_id",
                                  "confidence"),
                ("perpetrator", Const(None)), *_same("stance")),
    "events": (*_LOCATED, *_same("text", "plover"),
               ("predicate", SpanOf("predicate", "predicate_start", "predicate_end")), *_same("mode"),
               ("contexts", Const([])), *_same("cameo", "quad_class", "goldstein"),
               ("source_actor_ids", Const([])), ("target_actor_ids", Const([])),
               ("source", SpanOf("source_text", "source_start", "source_end")),
               ("target", SpanOf("target_text", "target_start", "target_end")),
               *_same("modality", "claimed_by", "quote_id", "date", "place", "confidence"),
               ("parent_id", Const(None)), ("source_basis", Const("text")),
               *_same("stance", "acled_type", "acled_subtype", "scope")),
}
# the REAL columns of these tables (SQLite writes them in JSON with 15 significant digits)
REAL_COLUMNS = frozenset({"confidence", "value_low", "value_high", "goldstein"})
RESERVED = frozenset({"end", "group"})


def _col(name: str | None) -> str:
    if name is None:
        return "NULL"
    return f'"{name}"' if name in RESERVED else name


# the offset columns migration 7 added (the spans' texts were columns already)
OFFSET_COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "quotes": (("cue", "cue_start", "cue_end"), ("speaker", "speaker_start", "speaker_end")),
    "events": (("predicate", "predicate_start", "predicate_end"), ("source", "source_start", "source_end"),
               ("target", "target_start", "target_end")),
}


def offsets_of(table: str, record: Mapping[str, Any]) -> dict[str, int | None]:
    """The offset columns of a row, from its record's spans."""
    out: dict[str, int | None] = {}
    for field, start, end in OFFSET_COLUMNS.get(table, ()):
        span = record.get(field)
        out[start], out[end] = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
    return out


def _sql_value(spec: FieldSpec) -> str:
    if isinstance(spec, str):
        return _col(spec)
    if isinstance(spec, SpanOf):
        return (f"json(CASE WHEN {_col(spec.text)} IS NULL THEN NULL ELSE json_object('start', {_col(spec.start)},"
                f" 'end', {_col(spec.end)}, 'text', {_col(spec.text)}) END)")
    if spec.value is None:
        return "NULL"
    if isinstance(spec.value, str):
        return "'" + spec.value.replace("'", "''") + "'"
    return f"json('{json.dumps(spec.value)}')"


def record_sql(table: str) -> str:
    """The SQL expression (SQLite) of a row's ``record``: its columns as a JSON object, patched
    with ``extra``."""
    pairs = ", ".join(f"'{name}', {_sql_value(spec)}" for name, spec in FIELDS[table])
    return f"json_patch(json_object({pairs}), coalesce(extra, '{{}}'))"


def base(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The record as its columns alone give it (what ``record_sql`` builds before the patch)."""
    out: dict[str, Any] = {}
    for name, spec in FIELDS[table]:
        if isinstance(spec, str):
            value = row.get(spec)
            out[name] = float(f"{value:.15g}") if spec in REAL_COLUMNS and isinstance(value, float) else value
        elif isinstance(spec, SpanOf):
            text = row.get(spec.text)
            out[name] = None if text is None else {
                "start": row.get(spec.start) if spec.start else None,
                "end": row.get(spec.end) if spec.end else None, "text": text}
        else:
            out[name] = spec.value
    return out


_SAME = object()


def _diff(want: Any, have: Any) -> Any:
    """The merge patch turning ``have`` into ``want`` (objects field by field), or ``_SAME``."""
    kind = type(want)
    if kind is type(have) and kind is not dict:  # the common case, first: a value of the same type
        return _SAME if want == have else want
    if isinstance(want, dict) and isinstance(have, dict):
        out = {k: d for k, v in want.items() if (d := _diff(v, have.get(k))) is not _SAME}
        return out or _SAME
    numbers = all(isinstance(x, int | float) and not isinstance(x, bool) for x in (want, have))
    if want == have and (numbers or type(want) is type(have)):
        return _SAME
    return want


def extra_of(table: str, record: Mapping[str, Any], row: Mapping[str, Any]) -> str | None:
    """``extra`` of a row: what ``record`` holds that the row's columns do not give, as compact
    JSON (``{}`` if nothing)."""
    patch = _diff(dict(record), base(table, row))
    if patch is _SAME:  # "{}", not NULL: a row without ``extra`` is one written before it existed
        return "{}"
    if _has_null(patch):  # a merge patch cannot set a null: never needed by the tables' fields
        raise ValueError(f"{table} record {record.get('id')}: a null the columns do not give")
    return json.dumps(patch, separators=(",", ":"), ensure_ascii=False)


class _Real(float):
    """A REAL column's value: written as SQLite writes it in JSON."""


def _sqlite_real(x: float) -> str:
    """A REAL as SQLite's JSON writes it: 15 significant digits, always with a decimal point
    (``5.0``, ``1.0e+20``)."""
    text = f"{x:.15g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa if '.' in mantissa else mantissa + '.0'}e{exponent}"
    return text if "." in text else text + ".0"


def _render(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{_render(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list | tuple):
        return "[" + ",".join(_render(x) for x in v) + "]"
    if isinstance(v, _Real):
        return _sqlite_real(v)
    return json.dumps(v, ensure_ascii=False)


def _merge(target: Any, patch: Any) -> Any:
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        out[k] = _merge(out.get(k), v)
    return out


def record_text(table: str, row: Mapping[str, Any]) -> str:
    """``record`` of a row as SQLite computes it (``record_sql``), character for character: what
    PostgreSQL and the batch shards store, so that every backend shows the same text."""
    have = base(table, row)
    patch = json.loads(row.get("extra") or "{}")
    plain = True  # every REAL the columns give reads the same in Python's JSON (the usual case)
    for name, spec in FIELDS[table]:
        if isinstance(spec, str) and spec in REAL_COLUMNS and isinstance(have[name], int | float):
            have[name] = _Real(have[name])
            plain = plain and (name in patch or repr(float(have[name])) == _sqlite_real(have[name]))
    if plain:
        return json.dumps(_merge(have, patch), separators=(",", ":"), ensure_ascii=False)
    return _render(_merge(have, patch))


def record_of(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` of a row as SQLite computes it, read back as JSON (``json.loads`` of
    ``record_text``), without writing the text."""
    extra = row.get("extra")
    out = base(table, row)
    return out if extra is None or extra == "{}" else dict(_merge(out, json.loads(extra)))


def _has_null(patch: Any) -> bool:
    if isinstance(patch, dict):
        return any(v is None or _has_null(v) for v in patch.values())
    return False


__all__ = ["FIELDS", "OFFSET_COLUMNS", "base", "extra_of", "offsets_of", "record_of", "record_sql", "record_text"]
