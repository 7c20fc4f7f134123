"""Reading figures: each number's kind, unit, counted group and measure, subsets of a
figure before, and the figure records with their attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import UNATTRIBUTED, UNKNOWN_SPEAKER, quote_at
from ...records import ActorLayer, Figure, Quote, record_id
from .context import best_mention, source_in_sentence
from .filters import read_qualifier_after
from .measures import (
    counted_noun,
    find_measure,
    is_people,
    measure_of_noun,
    perpetrator,
    phrase_bounds,
)
from .types import KIND_COUNT, KIND_MEASURE, KIND_OTHER, FigureLexicon, Quantity, Reading


def _confidence(q: Quantity, lex: FigureLexicon) -> float:
    conf = lex.confidence
    if q.vague:
        return conf.vague
    if q.source == "fraction":
        return conf.fraction
    if q.source == "word" and q.raw == 1:
        return conf.word_one
    return conf.default


def _read_noun(r: Reading, noun: Token | None, lex: FigureLexicon) -> None:
    """The counted noun gives the unit and kind ("12,300 Palestinians", "15 years")."""
    anchor, q = r.anchor, r.q
    if noun is not None and noun.i > anchor.i and noun.idx >= q.end:
        duration = lex.units_ci.get(noun.lower_)
        r.noun = noun
        r.unit = noun.text
        if duration is not None:
            r.kind = duration.kind
            r.unit = duration.name if duration.kind != KIND_MEASURE else noun.text
        else:
            r.kind = KIND_COUNT
        if noun.i - anchor.i <= 6:
            r.end = max(r.end, noun.idx + len(noun.text))
    elif noun is not None:
        r.noun = noun
        r.unit = noun.text
        r.kind = KIND_COUNT


def _read_among(doc: ParsedDoc, r: Reading, lex: FigureLexicon) -> None:
    """"Among the dead were 12 children": the measure from the words before the number."""
    countable = (r.kind in (KIND_COUNT, KIND_OTHER) and r.unit is None) or (
        r.noun is not None and is_people(r.noun, lex))
    if r.measure is not None or not countable:
        return
    sent = doc.sentences[r.sentence] if r.sentence < len(doc.sentences) else None
    am = lex.among_measure_re.search(doc.text[sent.start:r.start]) if sent is not None else None
    if am:
        w = am.group("w").lower()
        r.measure = lex.measure_adjectives.get(w) or lex.measure_nouns.get(w)
        r.kind = KIND_COUNT


def _read_measure(doc: ParsedDoc, r: Reading, noun: Token | None, tokens: list[Token], lex: FigureLexicon) -> None:
    """What happened to the counted, who did it, and the counted group as written."""
    anchor = r.anchor
    hit = find_measure(anchor, noun, lex) if r.measure is None else None
    if hit is not None:
        r.measure = hit.measure
        r.kind = KIND_COUNT
        np_ids = {t.i for t in tokens} | ({noun.i} if noun is not None else set())
        perp = perpetrator(hit, np_ids)
        if perp is not None:
            s, e = phrase_bounds(perp)
            r.perpetrator, r.perp_start, r.perp_end = doc.text[s:e], s, e
    if noun is not None and (is_people(noun, lex) or r.measure is not None):
        if noun.i > anchor.i and noun.i - anchor.i <= 6:
            first = anchor.i + 1
            while first < noun.i and (doc.doc[first].like_num or doc.doc[first].lower_ in lex.scales
                                      or doc.doc[first].lower_ in ("of", "the", "-")):
                first += 1
            gs = doc.doc[first].idx
        else:
            gs = noun.idx
        r.group, r.group_start, r.group_end = doc.text[gs:noun.idx + len(noun.text)], gs, noun.idx + len(noun.text)


def read_figure(doc: ParsedDoc, q: Quantity, tokens: list[Token], lex: FigureLexicon) -> Reading | None:
    """Read the figure a number makes: its unit and kind, counted group and measure."""
    anchor = tokens[-1]
    r = Reading(q=q, sentence=doc.sentence_index(q.span_start), anchor=anchor)
    r.start, r.end = q.span_start, q.span_end
    r.confidence = _confidence(q, lex)
    if q.unit is not None:
        r.unit = q.unit
        r.kind = q.unit_kind or KIND_OTHER
        return r
    noun = counted_noun(anchor, tokens)
    _read_noun(r, noun, lex)
    _read_among(doc, r, lex)
    if q.qualifier is None and r.end > q.span_end:
        read_qualifier_after(doc.text, q, r.end, lex)  # "40 people or more"
    if r.kind in (KIND_COUNT, KIND_OTHER) and (
            noun is None or is_people(noun, lex) or measure_of_noun(noun, lex)):
        _read_measure(doc, r, noun, tokens, lex)
    return r


def link_subsets(doc: ParsedDoc, readings: list[Reading], lex: FigureLexicon) -> None:
    """Mark "including more than 5,000 children" as part of the figure before it."""
    text = doc.text
    last_top: int | None = None
    prev: int | None = None
    for i, r in enumerate(readings):
        if r.kind not in (KIND_COUNT, KIND_OTHER) or r.sentence >= len(doc.sentences):
            continue
        sent_start = doc.sentences[r.sentence].start
        same_sentence_top = last_top is not None and readings[last_top].sentence == r.sentence
        gap_start = readings[prev].end if prev is not None and readings[prev].sentence == r.sentence \
            else sent_start
        gap = text[gap_start:r.start]
        parent: int | None = None
        if same_sentence_top and lex.subset_before_re.search(gap):
            parent = last_top
        elif prev is not None and readings[prev].part_of is not None \
                and readings[prev].sentence == r.sentence \
                and re.fullmatch(r"\s*(?:,|and|, and|as well as|plus)\s*", gap):
            parent = readings[prev].part_of
        elif same_sentence_top and lex.subset_after_re.match(text[r.end:r.end + 20]):
            parent = last_top
        elif last_top is not None and readings[last_top].sentence == r.sentence - 1 \
                and lex.subset_before_re.match(text[sent_start:r.start].lstrip()):
            parent = last_top  # "... killed 40 people. Among the dead were 12 children."
        if parent is not None and r.measure is not None and readings[parent].measure is not None \
                and r.measure != readings[parent].measure:
            parent = None  # "killed 40 people, 12 of them children, and wounded 80"
        if parent is not None and readings[parent].kind == KIND_COUNT and (
                readings[parent].measure is not None or readings[parent].group is not None):
            r.part_of = parent
        elif r.kind == KIND_COUNT:
            last_top = i
        prev = i


def build_figure(doc: ParsedDoc, r: Reading, readings: list[Reading], actors: ActorLayer,
            quotes: Sequence[Quote], lex: FigureLexicon) -> Figure:
    q = r.q
    fid = record_id("fig", doc.article_id, r.start, r.end)
    r.id = fid
    group_actor = None
    if r.group_start is not None and r.group_end is not None:
        m = best_mention(actors, r.group_start, r.group_end)
        group_actor = m.actor_id if m is not None else None
    perp_actor = None
    if r.perp_start is not None and r.perp_end is not None:
        m = best_mention(actors, r.perp_start, r.perp_end)
        perp_actor = m.actor_id if m is not None else None
    attribution, attribution_actor, quote_id = UNATTRIBUTED, None, None
    quote = quote_at(quotes, r.start, r.end)
    if quote is not None:
        quote_id = quote.id
        attribution = quote.speaker.text if quote.speaker is not None else UNKNOWN_SPEAKER
        attribution_actor = quote.speaker_actor_id
    else:
        src = source_in_sentence(doc, r, actors, lex)
        if src is not None:
            attribution = src.text
            m = best_mention(actors, src.start, src.end)
            attribution_actor = m.actor_id if m is not None else None
    part_of = readings[r.part_of].id or record_id(
        "fig", doc.article_id, readings[r.part_of].start, readings[r.part_of].end) \
        if r.part_of is not None else None
    return Figure(
        id=fid,
        article_id=doc.article_id,
        sentence=r.sentence,
        start=r.start,
        end=r.end,
        text=doc.text[r.start:r.end],
        value_low=float(q.low),
        value_high=float(q.high),
        qualifier=q.qualifier,
        unit=r.unit,
        measure=r.measure if r.kind == KIND_COUNT else None,
        kind=r.kind,
        group=r.group,
        group_actor_id=group_actor,
        part_of=part_of,
        time_scope=r.time_scope,
        place=r.place,
        perpetrator=r.perpetrator,
        perpetrator_actor_id=perp_actor,
        attribution=attribution,
        attribution_actor_id=attribution_actor,
        quote_id=quote_id,
        confidence=r.confidence,
    )

