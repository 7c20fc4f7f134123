"""Article text with its records highlighted, rendered server-side as escaped HTML.

Records overlap (a figure inside a quote, an actor inside an event's predicate), so the text is
cut at every record boundary into non-overlapping segments; each segment carries every record
that covers it. Each record also gets a ``RecordView`` (its type, codes, modality, claimant and
resolved actors as label/value fields) that the page shows when a highlight is clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

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
        present = {m.kind for m in self.marks}
        return tuple(k for k in KINDS if k in present)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.key for m in self.marks))


@dataclass(frozen=True)
class FieldView(Record):
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


def segment_text(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; marks are clipped to the text, empty ones dropped."""
    n = len(text)
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
    segments = []
    for a, b in pairwise(bounds):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        segments.append(Segment(start=a, end=b, text=text[a:b], marks=tuple(active)))
    return segments


def render_segments(segments: Sequence[Segment]) -> Markup:
    """The segments as HTML: plain text escaped, marked text in ``<span class="hl ...">``."""
    parts = []
    for s in segments:
        if not s.marks:
            parts.append(escape(s.text))
            continue
        kinds = s.kinds
        parts.append(Markup(
            '<span class="hl {}" data-records="{}" data-kinds="{}" tabindex="0" role="button">{}</span>'
        ).format(" ".join(f"t-{k}" for k in kinds), " ".join(s.keys), " ".join(kinds), s.text))
    return Markup("").join(parts)


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

    def add(self, kind: str, record_id: str, title: str, spans: Iterable[tuple[int, int]],
            fields: Iterable[FieldView | None], stance: str = ASSERTED) -> None:
        key = f"r{len(self.views)}"
        self.views.append(RecordView(key=key, kind=kind, record_id=record_id, title=title,
                                     fields=tuple(f for f in fields if f is not None), stance=stance))
        for start, end in spans:
            self.marks.append(Mark(kind=kind, key=key, start=start, end=end))

    # -- field helpers ----------------------------------------------------------------------
    @staticmethod
    def field(label: str, value: object, href: str | None = None) -> FieldView | None:
        if value is None or value == "" or value == ():
            return None
        if isinstance(value, tuple | list):
            value = ", ".join(map(str, value))
        elif isinstance(value, float):
            value = _num(value)
        return FieldView(label=label, value=str(value), href=href)

    def actor_field(self, label: str, actor_id: str | None, text: str | None = None) -> FieldView | None:
        actor = self.actors.get(actor_id or "")
        if actor is None:
            if actor_id:
                return FieldView(label=label, value=actor_id, href=self.actor_href(actor_id))
            return self.field(label, text)
        shown = f"{actor.name} ({actor.code})" if actor.code else actor.name
        return FieldView(label=label, value=shown, href=self.actor_href(actor.id))

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
        actor = self.actors.get(m.actor_id or "")
        fields = [self.field("Mention", m.text), self.field("Entity label", m.label),
                  self.field("Mention kind", m.kind)]
        if actor is None:
            fields.append(FieldView("Resolved actor", "unresolved"))
        else:
            fields += [FieldView("Resolved actor", actor.name, self.actor_href(actor.id)),
                       self.field("Actor type", actor.type), self.field("Code", actor.code),
                       self.field("Country", actor.country), self.field("Sectors", actor.sectors),
                       self.field("Members", actor.members), self.field("Dictionary", actor.source),
                       self.field("Actor id", actor.id)]
        fields += [self.field("Sentence", m.sentence), self.field("Confidence", m.confidence)]
        self.add("actor", m.id, "Actor mention", [(m.start, m.end)], fields)

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
    html = render_segments(segment_text(an.article.text, b.marks))
    counts = tuple((k, sum(1 for v in b.views if v.kind == k)) for k in KINDS)
    return Highlighted(html=html, records=tuple(b.views), counts=counts)
