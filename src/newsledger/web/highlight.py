"""Article text with its records highlighted, rendered server-side as escaped HTML.

Records overlap (a figure inside a quote, an actor inside an event's predicate), so the text is
cut at every record boundary into non-overlapping segments; each segment carries every record
that covers it. Each record also gets a ``RecordView`` (its type, codes, modality, claimant and
resolved actors as label/value fields) that the page shows when a highlight is clicked.

Both the highlighted text and the record panel are built here as ready HTML, in one pass each,
every piece of text escaped once (``escape_text``): an article page holds hundreds of records
with a dozen fields each, which a template loop renders several times slower.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from markupsafe import Markup

from ..records import Actor, Analysis, Event, Figure, FramingMark, Mention, Quote, Record, Span
from .charts import ASSERTED, stance_of

KINDS = ("actor", "event", "quote", "figure", "framing")
DEFAULT_ON = ("quote", "figure")  # highlighted when the reader opens; the others on demand
KIND_LABELS = {"actor": "Actors", "event": "Events", "quote": "Quotes", "figure": "Figures",
               "framing": "Framing"}


@dataclass(frozen=True)
class Mark(Record):
    """One highlighted stretch of text belonging to one record (``key`` names its view)."""

    kind: str
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment(Record):
    """A stretch of text between two record boundaries, with every record covering it."""

    start: int
    end: int
    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        return kinds_of(self.marks)

    @property
    def keys(self) -> tuple[str, ...]:
        return keys_of(self.marks)


def kinds_of(marks: Iterable[Mark]) -> tuple[str, ...]:
    """The kinds of ``marks``, in KINDS order."""
    present = {m.kind for m in marks}
    return tuple(k for k in KINDS if k in present)


def keys_of(marks: Iterable[Mark]) -> tuple[str, ...]:
    """The records' keys of ``marks``, in order, once each."""
    return tuple(dict.fromkeys(m.key for m in marks))


class FieldView(NamedTuple):
    """One label/value fact of a record's view (a named tuple: a page has a thousand or more)."""

    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True)
class RecordView(Record):
    """What the reader shows for one record."""

    key: str  # DOM id (r0, r1, ...): record ids come from the database and are not trusted
    kind: str
    record_id: str
    title: str
    fields: tuple[FieldView, ...]
    stance: str = "asserted"  # asserted, denied, negated, uncertain ...: shown when not asserted


@dataclass(frozen=True)
class Highlighted(Record):
    html: str  # escaped HTML (a markupsafe.Markup)
    records: tuple[RecordView, ...]
    counts: tuple[tuple[str, int], ...]  # (kind, number of records) in KINDS order
    panel: str = ""  # the records' views as escaped HTML (a markupsafe.Markup), see render_panel


def escape_text(text: str) -> str:
    """``text`` with ``& < > ' "`` escaped: what ``markupsafe.escape`` gives for a string, without
    building a ``Markup`` object for each of the thousands of strings of a page."""
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _cuts(n: int, marks: Iterable[Mark]) -> Iterator[tuple[int, int, tuple[Mark, ...]]]:
    """The stretches between mark boundaries of a text of length ``n``, each with the marks
    covering it (those that started earlier first); marks are clipped to the text, empty ones
    dropped."""
    valid = []
    for m in marks:
        start, end = max(0, m.start), min(n, m.end)
        if start < end:
            valid.append(m if (start, end) == (m.start, m.end) else m.replace(start=start, end=end))
    bounds = sorted({0, n, *(m.start for m in valid), *(m.end for m in valid)})
    starting: dict[int, list[Mark]] = {}
    for m in sorted(valid, key=lambda m: (m.start, -m.end)):
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    for a, b in pairwise(bounds):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        yield a, b, tuple(active)


def segment_text(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; marks are clipped to the text, empty ones dropped."""
    return [Segment(start=a, end=b, text=text[a:b], marks=active) for a, b, active in _cuts(len(text), marks)]


def _opening(active: tuple[Mark, ...]) -> str:
    """The ``<span>`` that opens a stretch covered by ``active``: its kinds, in KINDS order, as
    classes and its records' keys (in order, once each)."""
    kinds = kinds_of(active)
    keys = escape_text(" ".join(keys_of(active)))
    classes = " ".join(f"t-{k}" for k in kinds)
    return (f'<span class="hl {escape_text(classes)}" data-records="{keys}" '
            f'data-kinds="{escape_text(" ".join(kinds))}" tabindex="0" role="button">')


def render_text(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML, cut at every mark boundary (see ``segment_text``): plain stretches
    escaped, marked ones in ``<span class="hl ...">`` naming their kinds and records."""
    parts = []
    for a, b, active in _cuts(len(text), marks):
        if active:
            parts.append(f"{_opening(active)}{escape_text(text[a:b])}</span>")
        else:
            parts.append(escape_text(text[a:b]))
    return Markup("".join(parts))


def render_panel(views: Sequence[RecordView]) -> Markup:
    """The record panel's entries, one hidden ``<div>`` per view, as the article page shows them
    (its label/value facts, a link when a field has one, a badge for a stance other than
    asserted)."""
    out = []
    for r in views:
        kind, rid = escape_text(r.kind), escape_text(r.record_id)
        badge = ""
        if r.stance != ASSERTED:
            stance = escape_text(r.stance)
            badge = f' <span class="badge stance stance-{stance}">{stance}</span>'
        out.append(f'      <div class="record rec-{kind}" id="{escape_text(r.key)}" data-kind="{kind}" '
                   f'data-id="{rid}" hidden>\n'
                   f'        <h3><span class="swatch t-{kind}">{escape_text(r.title)}</span>{badge}</h3>\n'
                   '        <dl class="facts">\n')
        for f in r.fields:
            value = escape_text(f.value)
            if f.href:
                value = f'<a href="{escape_text(f.href)}">{value}</a>'
            out.append(f"          <dt>{escape_text(f.label)}</dt><dd>{value}</dd>\n")
        out.append(f'          <dt>Record id</dt><dd class="mono">{rid}</dd>\n        </dl>\n      </div>\n')
    return Markup("".join(out))


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _valid(span: Span | None) -> bool:
    return span is not None and span.end > span.start


class _Builder:
    """Turns one analysis into marks and record views."""

    def __init__(self, an: Analysis, actor_href: Callable[[str], str | None]) -> None:
        self.an = an
        self.actor_href = actor_href
        self.actors: dict[str, Actor] = {a.id: a for a in an.actors}
        self.marks: list[Mark] = []
        self.views: list[RecordView] = []
        # worked out once per actor, not for each of its mentions
        self._hrefs: dict[str, str | None] = {}
        self._shown: dict[str, tuple[str, str | None]] = {}
        self._resolved: dict[str, tuple[FieldView | None, ...]] = {}

    def href(self, actor_id: str) -> str | None:
        if actor_id not in self._hrefs:
            self._hrefs[actor_id] = self.actor_href(actor_id)
        return self._hrefs[actor_id]

    def add(self, kind: str, record_id: str, title: str, spans: Iterable[tuple[int, int]],
            fields: Iterable[FieldView | None], stance: str = ASSERTED) -> None:
        key = f"r{len(self.views)}"
        self.views.append(RecordView(key=key, kind=kind, record_id=record_id, title=title,
                                     fields=tuple([f for f in fields if f is not None]), stance=stance))
        for start, end in spans:
            self.marks.append(Mark(kind=kind, key=key, start=start, end=end))

    # -- field helpers ----------------------------------------------------------------------
    @staticmethod
    def field(label: str, value: object, href: str | None = None) -> FieldView | None:
        if value is None or value == "" or value == ():
            return None
        if type(value) is str:  # most values: nothing to convert
            return FieldView(label, value, href)
        if isinstance(value, (tuple, list)):
            value = ", ".join(map(str, value))
        elif isinstance(value, float):
            value = _num(value)
        return FieldView(label, str(value), href)

    def actor_field(self, label: str, actor_id: str | None, text: str | None = None) -> FieldView | None:
        actor = self.actors.get(actor_id or "")
        if actor is None:
            if actor_id:
                return FieldView(label=label, value=actor_id, href=self.href(actor_id))
            return self.field(label, text)
        if actor.id not in self._shown:
            code = actor.code
            self._shown[actor.id] = (f"{actor.name} ({code})" if code else actor.name, self.href(actor.id))
        shown, href = self._shown[actor.id]
        return FieldView(label=label, value=shown, href=href)

    def actors_field(self, label: str, ids: Sequence[str], text: str | None) -> list[FieldView | None]:
        out: list[FieldView | None] = [self.field(label, text)]
        for aid in ids:
            out.append(self.actor_field(f"{label} actor", aid))
        return out

    @staticmethod
    def stance(record: object) -> FieldView | None:
        """The record's stance when it is not a plain assertion (a denial reads as a denial)."""
        stance = stance_of(record)
        return None if stance == ASSERTED else FieldView(label="Stance", value=stance)

    def voice(self, label: str, who: str | None) -> FieldView | None:
        if who is None or who == "outlet":
            return FieldView(label=label, value="the outlet (the article's own voice)")
        return self.actor_field(label, who)

    # -- records ----------------------------------------------------------------------------
    def mention(self, m: Mention) -> None:
        fields = [self.field("Mention", m.text), self.field("Entity label", m.label),
                  self.field("Mention kind", m.kind), *self.resolved(m.actor_id),
                  self.field("Sentence", m.sentence), self.field("Confidence", m.confidence)]
        self.add("actor", m.id, "Actor mention", [(m.start, m.end)], fields)

    def resolved(self, actor_id: str | None) -> tuple[FieldView | None, ...]:
        """What a mention shows of the actor it resolves to (the same for all its mentions)."""
        actor = self.actors.get(actor_id or "")
        if actor is None:
            return (FieldView("Resolved actor", "unresolved"),)
        if actor.id not in self._resolved:
            self._resolved[actor.id] = (
                FieldView("Resolved actor", actor.name, self.href(actor.id)),
                self.field("Actor type", actor.type), self.field("Code", actor.code),
                self.field("Country", actor.country), self.field("Sectors", actor.sectors),
                self.field("Members", actor.members), self.field("Dictionary", actor.source),
                self.field("Actor id", actor.id))
        return self._resolved[actor.id]

    def event(self, e: Event) -> None:
        span = (e.predicate.start, e.predicate.end) if _valid(e.predicate) else (e.start, e.end)
        fields = [self.field("PLOVER type", e.plover), self.field("Mode", e.mode),
                  self.field("Contexts", e.contexts), self.field("CAMEO", e.cameo),
                  self.field("Quad class", e.quad_class), self.field("Goldstein", e.goldstein),
                  self.field("Predicate", e.predicate.text), self.field("Modality", e.modality),
                  self.voice("Claimed by", e.claimed_by),
                  *(self.actors_field("Source", e.source_actor_ids, e.source.text if e.source else None)
                    if e.source_basis != "place" else
                    [self.field("Source", "not named (coded from the place: "
                                + (e.source.text if e.source else "?") + ")")]),
                  *self.actors_field("Target", e.target_actor_ids, e.target.text if e.target else None),
                  self.field("Date", e.date), self.field("Place", e.place),
                  self.field("In quote", e.quote_id), self.field("Sentence", e.sentence),
                  self.field("Clause", e.text), self.field("Confidence", e.confidence)]
        self.add("event", e.id, f"Event: {e.plover}", [span], [self.stance(e), *fields],
                 stance_of(e))

    def quote(self, q: Quote) -> None:
        spans = [(q.content.start, q.content.end) if _valid(q.content) else (q.start, q.end)]
        if q.cue is not None and _valid(q.cue):
            spans.append((q.cue.start, q.cue.end))
        fields = [self.field("Kind", q.kind),
                  self.field("Speaker", q.speaker.text if q.speaker else None),
                  self.field("Speaker described", q.speaker_described.text if q.speaker_described else None),
                  self.actor_field("Claimant", q.speaker_actor_id,
                                   None if q.speaker else "unattributed"),
                  self.field("Cue", q.cue.text if q.cue else None), self.field("Cue lemma", q.cue_lemma),
                  self.field("Content", q.content.text), self.field("Nested in", q.parent_id),
                  self.field("Paragraph", q.paragraph), self.field("Sentence", q.sentence),
                  self.field("Confidence", q.confidence)]
        self.add("quote", q.id, f"Quote ({q.kind})", spans, [self.stance(q), *fields], stance_of(q))

    def figure(self, f: Figure) -> None:
        value = _num(f.value_low) if f.value_low == f.value_high else f"{_num(f.value_low)}–{_num(f.value_high)}"
        fields = [self.field("Text", f.text), self.field("Value", value),
                  self.field("Qualifier", f.qualifier), self.field("Unit", f.unit),
                  self.field("Measure", f.measure), self.field("Kind", f.kind),
                  self.field("Group", f.group), self.actor_field("Group actor", f.group_actor_id),
                  self.field("Part of", f.part_of), self.field("Time scope", f.time_scope),
                  self.field("Place", f.place),
                  self.actor_field("Perpetrator", f.perpetrator_actor_id, getattr(f, "perpetrator", None)),
                  self.field("Claimant (attribution)", f.attribution),
                  self.actor_field("Claimant actor", f.attribution_actor_id),
                  self.field("In quote", f.quote_id), self.field("Sentence", f.sentence),
                  self.field("Confidence", f.confidence)]
        title = f"Figure: {f.measure}" if f.measure else f"Figure ({f.kind})"
        self.add("figure", f.id, title, [(f.start, f.end)], [self.stance(f), *fields], stance_of(f))

    def framing(self, fr: FramingMark) -> None:
        fields = [self.field("Kind", fr.kind), self.field("Text", fr.text),
                  self.actor_field("Refers to", fr.refers_to), self.field("Note", fr.note),
                  self.voice("Voice", fr.voice), self.field("Sentence", fr.sentence)]
        self.add("framing", fr.id, f"Framing: {fr.kind}", [(fr.start, fr.end)], fields)


def highlight(an: Analysis, actor_href: Callable[[str], str | None]) -> Highlighted:
    """The article text of ``an`` as escaped HTML with every record highlighted."""
    b = _Builder(an, actor_href)
    for m in an.mentions:
        b.mention(m)
    for e in an.events:
        b.event(e)
    for q in an.quotes:
        b.quote(q)
    for f in an.figures:
        b.figure(f)
    for fr in an.framing:
        b.framing(fr)
    html = render_text(an.article.text, b.marks)
    counts = tuple((k, sum(1 for v in b.views if v.kind == k)) for k in KINDS)
    return Highlighted(html=html, records=tuple(b.views), counts=counts, panel=render_panel(b.views))
