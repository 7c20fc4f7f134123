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


class _Checker:
    """Collects the problems of one analysis, record by record."""

    def __init__(self, an: Analysis) -> None:
        self.an = an
        self.text = an.article.text
        self.n_sent = len(an.sentences)
        self.actor_ids = {a.id for a in an.actors}
        self.ids: set[str] = set()
        self.out: list[str] = []

    def record(self, kind: str, rec: Record, span_text: str | None = None) -> None:
        rid = getattr(rec, "id", "?")
        if rid in self.ids:
            self.out.append(f"{kind} {rid}: duplicate id")
        self.ids.add(rid)
        self.out.extend(_enum_problems(kind, rec))
        if getattr(rec, "article_id", self.an.article.id) != self.an.article.id:
            self.out.append(f"{kind} {rid}: wrong article id")
        self._offsets(kind, rid, rec, span_text)
        sent = getattr(rec, "sentence", 0)
        if self.n_sent and not (0 <= sent < self.n_sent):
            self.out.append(f"{kind} {rid}: sentence {sent} out of range (0-{self.n_sent - 1})")

    def _offsets(self, kind: str, rid: str, rec: Record, span_text: str | None) -> None:
        start, end = getattr(rec, "start", 0), getattr(rec, "end", 0)
        if not (0 <= start <= end <= len(self.text)):
            self.out.append(f"{kind} {rid}: offsets {start}-{end} outside the text (length {len(self.text)})")
        elif span_text is not None and self.text[start:end] != span_text:
            self.out.append(f"{kind} {rid}: text {span_text!r} does not match the text at {start}-{end}")

    def spans(self, name: str, *spans: tuple[str, Span | None]) -> None:
        for part, span in spans:
            self.out.extend(_span_problems(f"{name} {part}", span, self.text))

    def actors_known(self, name: str, actor_ids: tuple[str | None, ...]) -> None:
        self.out.extend(f"{name}: actor {aid} not among the actors"
                        for aid in actor_ids if aid is not None and aid not in self.actor_ids)


def _sentence_problems(an: Analysis) -> Iterator[str]:
    prev_end = 0
    for s in an.sentences:
        if not (prev_end <= s.start <= s.end <= len(an.article.text)):
            yield f"sentence {s.index}: offsets {s.start}-{s.end} out of order or outside the text"
        prev_end = s.end


def problems(an: Analysis) -> list[str]:
    """Everything inconsistent in ``an``: offsets, span texts, sentence indices, dangling ids,
    enumerated values outside their types."""
    c = _Checker(an)
    c.out.extend(_sentence_problems(an))
    for m in an.mentions:
        c.record("mention", m, m.text)
        c.actors_known(f"mention {m.id}", (m.actor_id,))
    for q in an.quotes:
        c.record("quote", q)
        c.spans(f"quote {q.id}", ("content", q.content), ("cue", q.cue), ("speaker", q.speaker))
    for f in an.figures:
        c.record("figure", f, f.text)
        if f.value_low > f.value_high:
            c.out.append(f"figure {f.id}: value_low {f.value_low} above value_high {f.value_high}")
    for e in an.events:
        c.record("event", e, e.text)
        c.spans(f"event {e.id}", ("predicate", e.predicate), ("source", e.source), ("target", e.target))
        c.actors_known(f"event {e.id}", (*e.source_actor_ids, *e.target_actor_ids))
    for fr in an.framing:
        c.record("framing", fr, fr.text)
    for a in an.actors:
        c.out.extend(_enum_problems("actor", a))
    return c.out
