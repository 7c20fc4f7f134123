"""Checks that an analysis is internally sound: every record's evidence points into the text.

``problems(analysis)`` lists what is wrong (empty when all is well). The property tests and the
fuzzer use it as their invariant, and ``Pipeline`` can be asked to enforce it.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator

from .records import Analysis, Record, Span


def enumerated_fields(cls: type[Record]) -> dict[str, frozenset[str]]:
    """The fields of ``cls`` typed with ``Literal`` and the values each allows."""
    out: dict[str, frozenset[str]] = {}
    for name, tp in typing.get_type_hints(cls).items():
        args = [a for a in typing.get_args(tp) if a is not type(None)] if typing.get_origin(tp) is not typing.Literal else [tp]
        for arg in args:
            if typing.get_origin(arg) is typing.Literal:
                out[name] = frozenset(typing.get_args(arg))
    return out


def _enum_problems(kind: str, rec: Record) -> Iterator[str]:
    for name, allowed in enumerated_fields(type(rec)).items():
        value = getattr(rec, name)
        if value is not None and value not in allowed:
            yield f"{kind} {getattr(rec, 'id', '?')}: {name} {value!r} is not one of {', '.join(sorted(allowed))}"


def _span_problems(name: str, span: Span | None, text: str) -> Iterator[str]:
    if span is None:
        return
    if not (0 <= span.start <= span.end <= len(text)):
        yield f"{name}: offsets {span.start}-{span.end} outside the text (length {len(text)})"
    elif text[span.start:span.end] != span.text:
        yield f"{name}: text {span.text!r} does not match the text at {span.start}-{span.end}"


def problems(an: Analysis) -> list[str]:
    """Everything inconsistent in ``an``: offsets, span texts, sentence indices, dangling ids."""
    text = an.article.text
    n_sent = len(an.sentences)
    out: list[str] = []
    actor_ids = {a.id for a in an.actors}
    ids: set[str] = set()

    def check_record(kind: str, rec: object, span_text: str | None = None) -> None:
        rid = getattr(rec, "id", "?")
        if rid in ids:
            out.append(f"{kind} {rid}: duplicate id")
        ids.add(rid)
        if isinstance(rec, Record):
            out.extend(_enum_problems(kind, rec))
        if getattr(rec, "article_id", an.article.id) != an.article.id:
            out.append(f"{kind} {rid}: wrong article id")
        start, end = getattr(rec, "start", 0), getattr(rec, "end", 0)
        if not (0 <= start <= end <= len(text)):
            out.append(f"{kind} {rid}: offsets {start}-{end} outside the text (length {len(text)})")
        elif span_text is not None and text[start:end] != span_text:
            out.append(f"{kind} {rid}: text {span_text!r} does not match the text at {start}-{end}")
        sent = getattr(rec, "sentence", 0)
        if n_sent and not (0 <= sent < n_sent):
            out.append(f"{kind} {rid}: sentence {sent} out of range (0-{n_sent - 1})")

    prev_end = 0
    for s in an.sentences:
        if not (prev_end <= s.start <= s.end <= len(text)):
            out.append(f"sentence {s.index}: offsets {s.start}-{s.end} out of order or outside the text")
        prev_end = s.end
    for m in an.mentions:
        check_record("mention", m, m.text)
        if m.actor_id is not None and m.actor_id not in actor_ids:
            out.append(f"mention {m.id}: actor {m.actor_id} not among the actors")
    for q in an.quotes:
        check_record("quote", q)
        out += _span_problems(f"quote {q.id} content", q.content, text)
        out += _span_problems(f"quote {q.id} cue", q.cue, text)
        out += _span_problems(f"quote {q.id} speaker", q.speaker, text)
    for f in an.figures:
        check_record("figure", f, f.text)
        if f.value_low > f.value_high:
            out.append(f"figure {f.id}: value_low {f.value_low} above value_high {f.value_high}")
    for e in an.events:
        check_record("event", e, e.text)
        out += _span_problems(f"event {e.id} predicate", e.predicate, text)
        out += _span_problems(f"event {e.id} source", e.source, text)
        out += _span_problems(f"event {e.id} target", e.target, text)
        for aid in (*e.source_actor_ids, *e.target_actor_ids):
            if aid not in actor_ids:
                out.append(f"event {e.id}: actor {aid} not among the actors")
    for fr in an.framing:
        check_record("framing", fr, fr.text)
    for a in an.actors:
        out.extend(_enum_problems("actor", a))
    return out
