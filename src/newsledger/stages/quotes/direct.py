"""Quotes found around the linked attributions: "NAME: words" lines, continuations of a direct
quote, stand-alone quotes with their speaker from the context, and partial quotes."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection

from ...nlp import ParsedDoc, transcript_labels
from ...nlp.quotation import Blocks
from ...nlp.words import PLACE_TYPES
from ...records import ActorLayer
from .closing_clauses import closing_clause_subject
from .cues import trim
from .linker import Linker, at_sentence_start, is_title, is_utterance
from .types import COLON_SOURCE, SENTENCE_END, Attribution, QuotesData

# a block that opens with a speaker's or an interviewer's label, or a bracketed note: a new turn
# ("CS LAGAT:", "QUESTION (Mlima TV):", "Q:", "[END OF TRANSCRIPT]")
TURN_LABEL = re.compile(r"\s*(?:[\[(]|[A-Z][\w.'’ -]{0,40}?(?:\s*\([^()\n]{1,40}\))?:\s)")


_SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _is_dateline(actors: ActorLayer, start: int, end: int) -> bool:
    """A place name in capitals before a colon opening one of the first paragraphs
    ("WASHINGTON: ...") is the dateline of the report, not a transcript speaker's turn."""
    mention = actors.mention_overlapping(start, end)
    actor = actors.actor(mention.actor_id) if mention is not None else None
    return actor is not None and actor.type in PLACE_TYPES


def _colon_source_ok(pd: ParsedDoc, m: re.Match[str], block: int, data: QuotesData,
                     actors: ActorLayer) -> bool:
    """The name before a colon is a source: a named source of a headline, or a name in capitals
    that is not a dateline; never a label of the page (``headline_not_sources``: "ALSO READ:",
    "PHOTO:", "UPDATE:" open a link, a caption or an entry, whose words nobody says)."""
    name = m.group("name").strip()
    filters = data.filters
    text = pd.text
    bs, be = m.pos, m.endpos
    if block == 0 and be - bs <= data.thresholds.headline_max and not SENTENCE_END.search(text, bs, be - 1):
        span = pd.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or name.lower().startswith(filters.not_sources):
            return False
        # the name's head, or its possessor, names the source: "Pence", "Iran's Khamenei", "Mum's agony";
        # not a topic that holds a name ("Israel-Hamas war: Israel attacks ...": the war is no speaker)
        heads = [span.root, *(c for c in span.root.children if c.dep_ == "poss")]
        return any(t.ent_type_ in _SOURCE_ENTITIES or t.lower_ in filters.headline_sources for t in heads) or (
            span[-1].lower_ in filters.headline_sources
        )
    capitals = name.replace(" ", "").replace(".", "").isalpha() and name.isupper() and len(name) > 1 \
        and not page_label(name, filters.not_sources)
    opening = block < data.thresholds.dateline_paragraphs
    return capitals and not (opening and _is_dateline(actors, m.start("name"), m.start("name") + len(name)))


def page_label(name: str, labels: Collection[str]) -> bool:
    """``name`` before a colon is a label of the page ("ALSO READ", "PHOTO"), word for word; a
    name that only begins like one ("PHOTOGRAPHER") is not."""
    low = " ".join(name.lower().split())
    return any(low == w or low.startswith(w + " ") for w in labels)


def colon_attributions(pd: ParsedDoc, linker: Linker, data: QuotesData, actors: ActorLayer) -> list[Attribution]:
    """ "NAME: words" lines: a transcript turn (name in capitals) or a headline whose source
    comes before a colon ("Pence: Flowers won't be at debate")."""
    text = pd.text
    blocks = linker.blocks
    out: list[Attribution] = []
    names = Counter(m.group("name").strip() for bs, be in zip(blocks.starts, blocks.ends, strict=True)
                    if (m := COLON_SOURCE.match(text, bs, be)) is not None)
    for b, (bs, be) in enumerate(zip(blocks.starts, blocks.ends, strict=True)):
        m = COLON_SOURCE.match(text, bs, be)
        if m is None or not _colon_source_ok(pd, m, b, data, actors):
            continue
        name = m.group("name").strip()
        start, end = m.start("content"), turn_run_on(text, blocks, b) if names[name] >= 2 else be
        k = linker.enclosing(m.start("name"), m.end("name"))
        if k is not None and linker.quotations[k].start == bs:
            end = min(end, linker.quotations[k].inner_end)
            linker.assigned[k] = None
        trimmed = trim(text, start, end)
        if trimmed is None:
            continue
        att = Attribution(m.start("colon"), m.end("colon"), None, data.thresholds.colon, True)
        att.speaker_start, att.speaker_end = m.start("name"), m.start("name") + len(name)
        att.speaker_head = att.speaker_start
        att.content_start, att.content_end = trimmed
        att.kind = "direct" if k is not None else "indirect"
        out.append(att)
        if k is not None:
            linker.assigned[k] = att
            att.quotations.append(linker.quotations[k])
    return out + transcript_turns(pd, data, actors, {a.cue_start for a in out}, blocks)


def turn_run_on(text: str, blocks: Blocks, b: int) -> int:
    """Where a transcript turn that opens block ``b`` ends: with the blocks after it that open
    with no speaker label, when another label's block follows them (a speaker's answer over
    several paragraphs: "CS X: ... / Ninety-one officers were injured ... / QUESTION (TV): ...");
    the last turn, with no label after it, ends with its own block (what follows may be the
    page's, not the speaker's)."""
    j = b
    while j + 1 < len(blocks.starts) and not TURN_LABEL.match(text, blocks.starts[j + 1], blocks.ends[j + 1]):
        j += 1
    return blocks.ends[j] if j + 1 < len(blocks.starts) else blocks.ends[b]


def transcript_turns(pd: ParsedDoc, data: QuotesData, actors: ActorLayer, taken: set[int | None],
                     blocks: Blocks | None = None) -> list[Attribution]:
    """The turns of an interview transcript whose speaker labels open sentences, not paragraphs
    ("VOA: ...? Armitage: I'm concerned. ..."; :func:`newsledger.nlp.transcript_labels`): each
    turn, up to the next label or the end of its paragraph, is its speaker's words; a news
    outlet's turn, or one a question label opens ("Question: ..."), is the interviewer's question
    and claims nothing (what it reports others say stays theirs)."""
    doc, text = pd.doc, pd.text
    labels = transcript_labels(doc)
    out: list[Attribution] = []
    for n, (start, colon) in enumerate(labels):
        c = doc[colon]
        if c.idx in taken or colon + 1 >= len(doc):
            continue
        name_end = next((t for t in doc[start:colon] if t.text == ","), c)
        label = text[doc[start].idx:name_end.idx]
        if _outlet(actors, doc[start].idx, name_end.idx) or label.strip().lower() in data.speakers.question_labels \
                or page_label(label, data.filters.not_sources):
            continue
        first = doc[colon + 1].idx
        _, block_end = pd.paragraph_span(pd.paragraph_index(first))
        if blocks is not None:
            block_end = turn_run_on(text, blocks, blocks.index(first))
        end = min(block_end, doc[labels[n + 1][0]].idx if n + 1 < len(labels) else block_end)
        trimmed = trim(text, first, end)
        if trimmed is None:
            continue
        att = Attribution(c.idx, c.idx + 1, None, data.thresholds.colon, True)
        att.speaker_start, att.speaker_end = doc[start].idx, len(text[:name_end.idx].rstrip())
        att.speaker_head = att.speaker_start
        att.speaker_actor_id = _label_actor(actors, doc[start].idx, name_end.idx, doc[name_end.i - 1].text)
        att.content_start, att.content_end = trimmed
        att.kind = "indirect"
        out.append(att)
    return out


def _outlet(actors: ActorLayer, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` is a news outlet's (the interviewer)."""
    ids = {m.actor_id for m in actors.mentions if m.actor_id and start <= m.start < end}
    return any(a.id in ids and "MED" in a.sectors for a in actors.actors)


def _label_actor(actors: ActorLayer, start: int, end: int, last: str) -> str | None:
    """The actor of a speaker label: of a mention inside it, else of the latest person named
    before it with the same last word ("Richard Armitage, ...: ... Armitage: ...")."""
    inside = next((m.actor_id for m in actors.mentions if m.actor_id and start <= m.start < end), None)
    if inside is not None:
        return inside
    people = {a.id for a in actors.actors if a.type == "person"}
    before = [m for m in actors.mentions if m.start < start and m.actor_id in people and m.text.split()[-1:] == [last]]
    return before[-1].actor_id if before else None


def standalone_and_continuations(
    pd: ParsedDoc, linker: Linker, atts: list[Attribution], data: QuotesData
) -> list[Attribution]:
    """Unattributed whole-utterance quotations: continuations of the direct quote before them
    in the paragraph, or stand-alone quotes whose speaker comes from the context."""
    out: list[Attribution] = []
    text = pd.text
    blocks = linker.blocks
    cue_starts = sorted(
        a.cue_start
        for a in atts
        if a.cue_start is not None and (a.has_content or a.speech) and not a.inside_quote
    )
    last_direct: Attribution | None = None
    for k, q in enumerate(linker.quotations):
        if q.depth > 0:
            continue
        owner = linker.assigned[k]
        if owner is not None:
            last_direct = owner
            continue
        if linker.partial_of[k] is not None or is_title(pd, q, linker.infos[k], data.filters):
            continue
        block = blocks.index(q.start)
        bs, _ = blocks.span(block)
        sentence_like = (
            q.closed and linker.infos[k].words > 0 and at_sentence_start(text, q.start, bs)
        )
        if (
            last_direct is not None
            and last_direct.content_end is not None
            and (sentence_like or is_utterance(linker.infos[k]))
            and _continues(last_direct, k, blocks, cue_starts, linker)
            and closing_clause_subject(pd, q.start, q.end) is None  # "“...,” Y barked.": Y's own
        ):
            linker.assigned[k] = last_direct
            last_direct.quotations.append(q)
            last_direct.content_end = q.end
            continue
        if (
            not q.closed
            or not at_sentence_start(text, q.start, bs)
            or not is_utterance(linker.infos[k])
        ):
            continue
        att = Attribution(None, None, None, data.thresholds.standalone, True, kind="direct", standalone=True)
        att.quotations.append(q)
        att.content_start, att.content_end = q.start, q.end
        linker.assigned[k] = att
        last_direct = att
        out.append(att)
    return out


def _continues(
    d: Attribution, k: int, blocks: Blocks, cue_starts: list[int], linker: Linker
) -> bool:
    """Quotation ``q`` continues direct quote ``d``: later in the same paragraph, or opening the
    next paragraph, with nothing attributed between."""
    q = linker.quotations[k]
    end = d.content_end
    assert end is not None
    if q.start < end:
        return False
    d_block, q_block = blocks.index(end - 1), blocks.index(q.start)
    if q_block == d_block + 1:
        if q.start != blocks.starts[q_block] or not q.closed or not is_utterance(linker.infos[k]):
            return False
    elif q_block != d_block:
        return False
    i = bisect.bisect_left(cue_starts, end)
    if i < len(cue_starts) and cue_starts[i] < q.start and cue_starts[i] != d.cue_start:
        return False  # another attribution between the two
    # between the two quotations only the quote's own cue and speaker and a few words
    gap = q.start - end
    for a, b in ((d.cue_start, d.cue_end), (d.speaker_start, d.speaker_end)):
        if a is not None and b is not None and end <= a < q.start:
            gap -= b - a
    if gap > linker.th.continuation_gap:
        return False
    text = linker.text
    before = text[blocks.starts[q_block] : q.start].rstrip()
    if (
        gap > linker.th.continuation_gap_mid
        and not at_sentence_start(text, q.start, blocks.starts[q_block])
        and not before.endswith((",", ":"))
    ):
        return False  # “A,” she said, but … about “B”: a quotation inside another clause
    return all(
        linker.quotations[j].depth > 0 or linker.assigned[j] is d
        for j in linker.overlapping(end, q.start)
    )


def partials(pd: ParsedDoc, linker: Linker, data: QuotesData) -> list[Attribution]:
    """Quoted words inside reported speech, as partial quotes of that attribution."""
    out: list[Attribution] = []
    filters = data.filters
    for k, q in enumerate(linker.quotations):
        parent = linker.partial_of[k]
        if parent is None or linker.assigned[k] is not None:
            continue
        info = linker.infos[k]
        if info.words == 0 or is_title(pd, q, info, filters):
            continue
        if info.name_like and info.words <= filters.max_scare_words:
            continue  # scare quotes around a name: framing, not speech
        att = Attribution(
            parent.cue_start,
            parent.cue_end,
            parent.lemma,
            min(parent.confidence, data.thresholds.partial_max),
            parent.speech,
            kind="partial",
        )
        att.speaker_start, att.speaker_end, att.speaker_head = (
            parent.speaker_start,
            parent.speaker_end,
            parent.speaker_head,
        )
        att.content_start, att.content_end = q.start, q.end
        att.quotations.append(q)
        att.parent = parent
        out.append(att)
    return out


def message_quotes(pd: ParsedDoc, linker: Linker, data: QuotesData) -> list[Attribution]:
    """Quotations that are what a written message says, cued by the message's noun right before
    them ('shared with the caption "200 killed ..."', 'a banner reading "..."'; speakers.yaml
    ``message_nouns``, ``message_participles``): the message is their speaker."""
    words = data.speakers
    if not words.message_nouns:
        return []
    nouns = "|".join(re.escape(w) for w in sorted(words.message_nouns, key=len, reverse=True))
    parts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.message_participles, key=len,
                                                                          reverse=True))
    cue = re.compile(rf"\b(?P<noun>{nouns})(?:\s+(?:{parts}))?\s*[:,]?\s*$" if parts
                     else rf"\b(?P<noun>{nouns})\s*[:,]?\s*$", re.I)
    out: list[Attribution] = []
    for k, q in enumerate(linker.quotations):
        if q.depth > 0 or linker.assigned[k] is not None \
                or linker.infos[k].words == 0 or is_title(pd, q, linker.infos[k], data.filters):
            continue
        m = cue.search(pd.text, max(0, q.start - 40), q.start)
        # a thing's words quoted inside reported speech are still the thing's ('A video,
        # captioned "...", was filmed in 2006, the team found'), not a partial quote of the report
        carrier = message_carrier(pd, q.start, words.message_verbs) if m is None else None
        if (m is None and carrier is None) or (linker.partial_of[k] is not None and carrier is None):
            continue
        linker.partial_of[k] = None
        att = Attribution(None, None, None, data.thresholds.standalone, True, kind="direct")
        att.speaker_start, att.speaker_end, att.speaker_head = \
            carrier or (m.start("noun"), m.end("noun"), m.start("noun"))
        att.content_start, att.content_end = q.start, q.end
        att.quotations.append(q)
        linker.assigned[k] = att
        out.append(att)
    return out


def message_carrier(pd: ParsedDoc, start: int, verbs: frozenset[str]) -> tuple[int, int, int] | None:
    """The thing a participle of ``verbs`` right before ``start`` describes ('A video shared on
    Telegram, captioned "..."': the video), as (start, end, head offset) of its words up to its
    head noun; None when no such participle is there or it describes no noun."""
    if not verbs:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(verbs, key=len, reverse=True))
    m = re.search(rf"\b(?:{alts})\s*[:,]?\s*$", pd.text[max(0, start - 40):start], re.I)
    tok = pd.token_at(max(0, start - 40) + m.start()) if m is not None else None
    if tok is None:
        return None
    # the noun it describes, or its subject where the parse made it the clause's verb
    nouns = [tok.head] if tok.dep_ in ("acl", "amod") else [c for c in tok.children if c.dep_ == "nsubj"]
    noun = nouns[0] if nouns and nouns[0].pos_ in ("NOUN", "PROPN") else None
    return (noun.left_edge.idx, noun.idx + len(noun.text), noun.idx) if noun is not None else None


def assign_context_speakers(blocks: Blocks, atts: list[Attribution], data: QuotesData) -> None:
    """Stand-alone quotes take the speaker of the nearest attribution in the paragraph before
    (or earlier in their own paragraph), not one reported inside it; a run of stand-alone
    paragraphs keeps that speaker."""
    last: Attribution | None = None
    last_block = -10
    for a in atts:
        if a.content_start is None:
            continue
        block = blocks.index(a.content_start)
        if a.standalone:
            if last is not None and block - last_block <= 1:
                a.speaker_start, a.speaker_end, a.speaker_head = (
                    last.speaker_start,
                    last.speaker_end,
                    last.speaker_head,
                )
                a.speaker_actor_id = last.speaker_actor_id
                a.confidence = data.thresholds.context_speaker
                last_block = block
            else:
                a.confidence = data.thresholds.no_context_speaker
            continue
        nested = last is not None and a.cue_start is not None and last.content_start is not None \
            and last.content_end is not None and last.content_start <= a.cue_start < last.content_end
        if a.has_speaker and a.parent is None and not a.inside_quote and not nested:
            last = a  # "X said that it rejected ...": X, not the "it" of the reported clause
            last_block = blocks.index(max(a.content_end or 0, a.speaker_end or 0) - 1)
