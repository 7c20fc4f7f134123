"""Quote records from the finished attributions, with nested quotes pointing at their host."""

from __future__ import annotations

import bisect
import re

from ...nlp import ParsedDoc
from ...nlp.quotation import Quotation
from ...records import Quote, Span, record_id
from .types import Attribution


def _span(text: str, start: int | None, end: int | None) -> Span | None:
    if start is None or end is None or end <= start:
        return None
    return Span(start, end, text[start:end])


def build_records(pd: ParsedDoc, atts: list[Attribution], unclosed_factor: float) -> list[Quote]:
    """One quote record per distinct content, kind and speaker, in the attributions' order (the
    same words claimed by one speaker and denied by another are two records)."""
    text = pd.text
    aid = pd.article_id
    built: list[tuple[Attribution, Quote]] = []
    seen: set[tuple[int, int, str, int | None]] = set()
    for a in atts:
        content = _span(text, a.content_start, a.content_end)
        if content is None:
            continue
        key = (content.start, content.end, a.kind, a.speaker_start)
        if key in seen:
            continue
        seen.add(key)
        cue = _span(text, a.cue_start, a.cue_end)
        speaker = _span(text, a.speaker_start, a.speaker_end)
        parts = [content] + ([cue] if cue is not None and not a.standalone else [])
        if speaker is not None and not a.standalone:
            parts.append(speaker)
        start = min(p.start for p in parts)
        end = max(p.end for p in parts)
        conf = a.confidence
        if any(not q.closed for q in a.quotations):
            conf *= unclosed_factor
        qid = record_id("q", aid, content.start, content.end, a.kind, a.cue_start)
        a.quote_id = qid
        quote = Quote(
            id=qid,
            article_id=aid,
            sentence=pd.sentence_index(start),
            start=start,
            end=end,
            kind=a.kind,
            content=content,
            paragraph=pd.paragraph_index(content.start),
            cue=cue,
            cue_lemma=a.lemma,
            speaker=speaker,
            speaker_actor_id=a.speaker_actor_id,
            confidence=round(conf, 3),
            speaker_described=_span(text, *a.written_as) if a.written_as is not None else None,
        )
        built.append((a, quote))
    return _with_parents(built)


def _host_of(q: Quote, hosts: list[Quote], starts: list[int], max_len: int,
             marks: dict[str, list[Quotation]]) -> Quote | None:
    """The innermost other quote whose content holds ``q``'s cue and content."""
    best: Quote | None = None
    # the cue and content must lie inside the host's content (a speaker may be
    # inherited from outside it: "X called on Y to show they …")
    q_start = min(q.content.start, q.cue.start) if q.cue is not None else q.content.start
    q_end = max(q.content.end, q.cue.end) if q.cue is not None else q.content.end
    lo = bisect.bisect_left(starts, q_start - max_len)
    hi = bisect.bisect_right(starts, q_start)
    for o in hosts[lo:hi]:
        if o.id == q.id or q_end > o.content.end or (o.start, o.end) == (q.start, q.end):
            continue
        quoted = marks.get(o.id)
        if quoted and not any(m.start <= q_start and q_end <= m.end for m in quoted):
            continue  # “A,” he said, adding that …, “B”: outside the quoted words
        if best is None or o.content.end - o.content.start < best.content.end - best.content.start:
            best = o
    return best


def first_person_speakers(quotes: list[Quote], pronouns: frozenset[str], collective: frozenset[str] = frozenset(),
                          bodies: frozenset[str] = frozenset()) -> list[Quote]:
    """A quote nested in another's quotation whose speaker says "I" is the outer speaker's: "'...,
    I must say it is a horrible event,' Putin said"; so is one whose speaker says "we"
    (``collective``) when the outer speaker is a body (an actor of ``bodies``: "'We condemn this
    act,' the movement said"), which speaks of itself so; a person's "we" is their side."""
    by_id = {q.id: q for q in quotes}
    out = []
    for q in quotes:
        parent = by_id.get(q.parent_id or "")
        if parent is not None and parent.speaker_actor_id and q.speaker is not None and not q.speaker_actor_id:
            word = q.speaker.text.lower()
            if word in pronouns or (word in collective and parent.speaker_actor_id in bodies):
                q = q.replace(speaker_actor_id=parent.speaker_actor_id)
        out.append(q)
    return out


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MARKS_AND_SPACE = " \n\t\"'“”‘’«»"
_CLOSING = _MARKS_AND_SPACE + ".,;:"  # trimmed as the nested quotes of :mod:`.stance` are


def _stretches(text: str, marks: list[Quotation]) -> list[tuple[int, int]]:
    """The quoted stretches of a direct quote: each top-level quotation's words, one per
    paragraph it runs over, without the marks and the closing punctuation."""
    out: list[tuple[int, int]] = []
    for m in marks:
        if m.depth > 0:
            continue
        pos = m.start
        for brk in [*_PARAGRAPH_BREAK.finditer(text, m.start, m.end), None]:
            start, end = pos, (brk.start() if brk is not None else m.end)
            pos = brk.end() if brk is not None else m.end
            while start < end and text[start] in _MARKS_AND_SPACE:
                start += 1
            while end > start and text[end - 1] in _CLOSING:
                end -= 1
            if end > start:
                out.append((start, end))
    return out


def stretch_quotes(pd: ParsedDoc, atts: list[Attribution], quotes: list[Quote]) -> list[Quote]:
    """Nested quotes for the stretches of a direct quote that runs over an interrupting cue
    (“A,” he said. “B.”) or over paragraphs: the quote stays one record from its opening to its
    closing mark (PolNeAR's convention), and each stretch the speaker said is also recorded, with
    the quote's speaker and cue, so that a reader (or a claim) can point at “B” alone."""
    by_id = {q.id: q for q in quotes}
    out: dict[str, Quote] = {}  # by id: two speakers' records of the same words share their stretches
    for a in atts:
        q = by_id.get(a.quote_id or "")
        if q is None or q.kind != "direct":
            continue
        parts = _stretches(pd.text, a.quotations)
        if len(parts) < 2:
            continue
        for start, end in parts:
            qid = record_id("q", q.article_id, start, end, q.kind, q.cue.start if q.cue else None)
            out.setdefault(qid, q.replace(id=qid, content=Span(start, end, pd.text[start:end]), parent_id=q.id,
                                          paragraph=pd.paragraph_index(start)))
    return list(out.values())


def _with_parents(built: list[tuple[Attribution, Quote]]) -> list[Quote]:
    """Set ``parent_id``: a partial quote's parent is its attribution; any other quote whose
    whole attribution sits inside another quote's content is nested in the innermost one."""
    hosts = sorted((q for _, q in built if q.kind != "partial"), key=lambda q: q.content.start)
    marks = {q.id: a.quotations for a, q in built if q.kind == "direct"}
    starts = [q.content.start for q in hosts]
    max_len = max((q.content.end - q.content.start for q in hosts), default=0)
    out: list[Quote] = []
    for a, q in built:
        parent_id = None
        if a.parent is not None and a.parent.quote_id is not None:
            parent_id = a.parent.quote_id
        else:
            best = _host_of(q, hosts, starts, max_len, marks)
            parent_id = best.id if best is not None else None
        out.append(q.replace(parent_id=parent_id) if parent_id else q)
    return out
