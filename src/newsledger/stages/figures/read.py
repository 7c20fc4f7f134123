"""Reading figures: each number's kind, unit, counted group and measure, subsets of a
figure before, and the figure records with their attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import (
    AttributionWords,
)
from ...nlp.syntax import opening_quote, verb_above
from ...records import ActorLayer, Figure, Quote, record_id
from .context import best_mention
from .counted import (
    counted_noun,
    counts_people,
    is_people,
    measure_of_noun,
    partitive_people,
    perpetrator,
    phrase_bounds,
)
from .filters import read_qualifier_after
from .measures import find_measure
from .sources import attribute
from .tallied import tally_group
from .types import (
    KIND_COUNT,
    KIND_MEASURE,
    KIND_OTHER,
    FigureLexicon,
    MeasureHit,
    Quantity,
    Reading,
)


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
            if opening_quote(noun.doc[noun.i - 1]) and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].tag_ == "''":
                r.end = noun.doc[noun.i + 1].idx + 1  # the scare quotes round the counted: 31 "terrorists"
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
    if am and sent is not None and not _same_clause(doc.token_at(sent.start + am.start()), r.anchor):
        am = None  # "three were among the dead and 64 people had been wounded": another clause's group
    if am:
        w = am.group("w").lower()
        r.measure = lex.measure_adjectives.get(w) or lex.measure_nouns.get(w)
        r.kind = KIND_COUNT


def _same_clause(a: Token | None, b: Token) -> bool:
    """Two words of one clause: the same first verb above each."""
    return a is not None and verb_above(a, 12).i == verb_above(b, 12).i


def _read_measure(doc: ParsedDoc, r: Reading, noun: Token | None, tokens: list[Token], lex: FigureLexicon) -> None:
    """What happened to the counted, who did it, and the counted group as written."""
    anchor = r.anchor
    hit = find_measure(anchor, noun, lex) if r.measure is None else None
    harm = measure_of_noun(noun, lex) if hit is not None and noun is not None and noun.i != anchor.i \
        and not counts_people(noun, lex) else None
    if harm is not None and hit is not None and harm != hit.measure:
        # a count naming its own harm beside or under a count of another ("30 deaths and 70
        # injuries", "The toll has risen to 39,929, ..., in addition to 92,240 injuries"): its own
        hit = MeasureHit(harm)  # as sure as a verb: no part of a count of another harm
    if hit is not None:
        r.measure = hit.measure
        r.measure_by_noun = hit.by_noun
        r.kind = KIND_COUNT
        np_ids = {t.i for t in tokens} | ({noun.i} if noun is not None else set())
        perp = perpetrator(hit, np_ids, lex.result_participle_measures)
        if perp is not None:
            s, e = phrase_bounds(perp)
            r.perpetrator, r.perp_start, r.perp_end = doc.text[s:e], s, e
    if noun is not None and (is_people(noun, lex) or r.measure is not None):
        if noun.i > anchor.i and noun.i - anchor.i <= 6:
            first = anchor.i + 1
            while first < noun.i and (doc.doc[first].like_num or doc.doc[first].lower_ in lex.scales
                                      or doc.doc[first].lower_ in ("of", "the", "-") or opening_quote(doc.doc[first])):
                first += 1
            gs = doc.doc[first].idx
        else:
            gs = noun.idx
        r.group, r.group_start, r.group_end = doc.text[gs:noun.idx + len(noun.text)], gs, noun.idx + len(noun.text)
    elif noun is None and r.measure is not None and (ante := partitive_people(anchor, lex)) is not None:
        r.group, r.group_start, r.group_end = ante.text, ante.idx, ante.idx + len(ante.text)  # "31 of them"
    elif noun is None and r.measure is not None and (ante := tally_group(anchor, lex)) is not None:
        r.group, r.group_start, r.group_end = ante.text, ante.idx, ante.idx + len(ante.text)  # "number of dead X rose to"


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
    if noun is not None and noun.lemma_.lower() in lex.range_nouns:
        noun = None  # "the 100-300 range": what is counted is named elsewhere in the clause
        if r.kind == KIND_COUNT and r.unit is not None:
            r.noun, r.unit = None, None  # ... and the range is not what is counted
    if r.kind in (KIND_COUNT, KIND_OTHER) and (
            noun is None or is_people(noun, lex) or measure_of_noun(noun, lex)):
        _read_measure(doc, r, noun, tokens, lex)
        if r.measure is None and noun is not None and (part := _apposed_partitive(noun, lex)) is not None:
            hit = find_measure(part, None, lex)  # the verb the parser gave the apposition as subject
            r.measure = hit.measure if hit is not None else None
    if q.source == "fraction" and r.kind == KIND_COUNT:
        r.kind = KIND_OTHER  # "half of all fatalities": a share of a group, not a number of people
    return r


def _apposed_partitive(noun: Token, lex: FigureLexicon) -> Token | None:
    """A partitive over a pronoun set off by commas right after the counted ("between 50 and 80
    people, most of them Fulani men, were killed") that the parser made the subject of the
    clause's verb, the counted hung elsewhere: its head word ("most"), standing for the counted."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    part = doc[noun.i + 2]
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pron = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if pron is None or pron.lower_ not in lex.group_pronouns or part.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return part if noun.dep_ not in ("nsubj", "nsubjpass") else None


def _verb_after_cue(doc: ParsedDoc, gap_start: int, gap: str, lex: FigureLexicon) -> bool:
    """A verb between the last subset cue of ``gap`` and the figure after it: the figure is the
    object of a clause of its own ("killed 40 people, including monks, and destroyed 400
    schools"), not a part of the count before."""
    last = next(reversed(list(lex.subset_before_re.finditer(gap))), None)
    if last is None:
        return False
    span = doc.doc.char_span(gap_start + last.end(), gap_start + len(gap), alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


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
        # the cue right after the count before is that count's ("two of them children, and the
        # injury of 14 people": "of them" makes the two a part, not the 14)
        own = lex.subset_after_re.match(gap) if prev is not None and gap_start == readings[prev].end else None
        parent: int | None = None
        if same_sentence_top and lex.subset_before_re.search(gap[own.end():] if own else gap) \
                and not _verb_after_cue(doc, gap_start, gap, lex):
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
                and r.measure != readings[parent].measure and not r.measure_by_noun:
            parent = None  # "killed 40 people, 12 of them children, and wounded 80" (not "six prisoners")
        if parent is not None and readings[parent].kind == KIND_COUNT and (
                readings[parent].measure is not None or readings[parent].group is not None):
            r.part_of = parent
        elif r.kind == KIND_COUNT:
            last_top = i
        prev = i


def doers_people(doc: ParsedDoc, r: Reading, actors: ActorLayer, group: str, perp: str | None,
                 lex: FigureLexicon) -> bool:
    """The counted victims' group is only a guess from the doer's country: a group of no one
    named ("children", "people") that the actor stage gave the perpetrator's country, though
    no word of the count names a country or a people."""
    g, p = actors.actor(group), actors.actor(perp) if perp else None
    if g is None or p is None or not g.country or g.country != p.country or not g.id.startswith("sector:"):
        return False
    span = doc.doc.char_span(r.group_start or r.start, r.group_end or r.end, alignment_mode="expand")
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in span or ()):
        return False
    return not placed_at_home(doc, r, actors, g.country, lex)


def placed_at_home(doc: ParsedDoc, r: Reading, actors: ActorLayer, country: str, lex: FigureLexicon) -> bool:
    """The nearest place named after a place preposition in the count's sentence is in
    ``country``: a state's or a group's violence at home ("Myanmar junta air strikes killed 30
    civilians in Sagaing", "militants killed five police officers in Khyber Pakhtunkhwa"), where
    the doer's country is the victims' too."""
    sent = r.anchor.sent
    best: tuple[int, str | None] | None = None
    for m in actors.mentions:
        if m.label not in ("GPE", "LOC", "FAC") or not (sent.start_char <= m.start < sent.end_char):
            continue
        span = doc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc.doc[span.start - 1].lower_ not in lex.place_prepositions:
            continue
        dist = abs(m.start - r.start)
        if best is None or dist < best[0]:
            a = actors.actor(m.actor_id)
            best = (dist, a.country if a is not None else None)
    return best is not None and best[1] == country


def build_figure(doc: ParsedDoc, r: Reading, readings: list[Reading], actors: ActorLayer,
                 quotes: Sequence[Quote], lex: FigureLexicon, words: AttributionWords) -> Figure:
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
    if group_actor is not None and doers_people(doc, r, actors, group_actor, perp_actor, lex):
        group_actor = None  # "they have massacred several thousand children": not the doer's children
    attribution, attribution_actor, quote_id = attribute(doc, r, actors, quotes, lex, words)
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
