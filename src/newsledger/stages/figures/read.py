"""Reading figures: each number's kind, unit, counted group and measure, subsets of a
figure before, and the figure records with their attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import (
    UNATTRIBUTED,
    UNKNOWN_SPEAKER,
    AttributionWords,
    Source,
    cited_between,
    cited_by_cue,
    cited_source,
    count_owner,
    dateline_end,
    gathered_by_speaker,
    issuer,
    names_a_source,
    names_publisher,
    noun_phrase,
    quote_at,
    source_of,
    verb_subject,
)
from ...nlp.neighbours import next_sentence_reporter, previous_sentence_reporter
from ...nlp.reporters import asked_not_told, clause_reporter, inner_reporter, inverted_reporter
from ...nlp.syntax import is_verb, opening_quote
from ...nlp.words import ACTOR_PRONOUNS, RELATIVE_PRONOUNS
from ...records import ActorLayer, Figure, Quote, Span, record_id
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
from .types import (
    KIND_COUNT,
    KIND_MEASURE,
    KIND_OTHER,
    PLACE_LABELS,
    FigureLexicon,
    MeasureHit,
    Quantity,
    Reading,
)

# the kinds of mention that name an actor (a pronoun or a label does not)
_NAMING_KINDS = frozenset({"name", "nominal", "title"})


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


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a word belongs to: the first verb on its way up the parse."""
    for _ in range(12):
        if is_verb(tok) or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _same_clause(a: Token | None, b: Token) -> bool:
    """Two words of one clause: the same first verb above each."""
    return a is not None and _clause_verb(a).i == _clause_verb(b).i


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
        perp = perpetrator(hit, np_ids)
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
        parent: int | None = None
        if same_sentence_top and lex.subset_before_re.search(gap) and not _verb_after_cue(doc, gap_start, gap, lex):
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


def _named(actors: ActorLayer, src: Source) -> tuple[str, str | None]:
    """A source as written and the actor of the mention it holds."""
    m = best_mention(actors, src.start, src.end)
    actor = m.actor_id if m is not None else None
    return written_name(actors, src.text, src.start, actor), actor


def written_name(actors: ActorLayer, text: str, start: int, actor_id: str | None,
                 content: tuple[int, int] = (0, 0)) -> str:
    """A source written as a pronoun ("it said", "he added") that stands for an actor is written
    as the actor was last named before it, by its name when it has one ("Kevin Hassett", not "the
    director"), outside what it is said to say (``content``): "The health ministry gave new
    figures. It said ...": the health ministry; not "miners" in "The union ... 21 miners died, it
    said", whom a sector actor shares with the union. Any other source as written."""
    if actor_id is None or text.lower() not in ACTOR_PRONOUNS:
        return text
    named = [m for m in actors.mentions if m.actor_id == actor_id and m.kind in _NAMING_KINDS and m.end <= start
             and not (m.start < content[1] and content[0] < m.end)]
    return max(named, key=lambda m: (m.kind == "name", m.end)).text if named else text


def _speaker(doc: ParsedDoc, quote: Quote, words: AttributionWords,
             actors: ActorLayer) -> tuple[str, str | None] | None:
    """The quote's speaker as a figure's source: whom it cites ("N, citing M, said"), the issuer
    of a document that speaks ("figures from the ministry": an actor named after the document),
    or itself; never a dateline ("WASHINGTON: ..."); None when it has none."""
    sp = quote.speaker
    if sp is None:
        return None
    dl_end = dateline_end(doc.text, sp.start, words)
    if sp.end <= dl_end:
        return None
    if quote.cue is not None and sp.end < quote.cue.start:
        # "N, citing M, said" and "Citing M, N said": M gives it
        cited = cited_between(doc.text, sp.end, quote.cue.start, words, doc.doc) or _citing_first(doc, sp.start, words)
        cited = cited if cited is not None and names_a_source(doc.doc, cited, words) else None
        cited = cited_source(doc.doc, cited, words) if cited is not None else None
        if cited is not None:
            return _named(actors, cited)
    cue = doc.token_at(quote.cue.start) if quote.cue is not None else None
    # "N reported ..., citing M": M gives it when N carries news; a body that is no carrier
    # ("the rights group said ..., citing relatives") states it on its informants' word
    cited = cited_by_cue(cue, words) if cue is not None and not _no_carrier(actors, sp.start, sp.end) else None
    cited = cited if cited is not None and names_a_source(doc.doc, cited, words) else None
    cited = cited_source(doc.doc, cited, words) if cited is not None else None
    if cited is not None:  # "N reported ..., citing M"
        return _named(actors, cited)
    span = doc.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    relative = root is not None and root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl" \
        and root.head.head.pos_ in ("NOUN", "PROPN")
    if relative and root is not None:  # "a report by X, which found that ...": what "which" stands for
        root = root.head.head
    who = issuer(root, words) if root is not None else None
    if root is not None and who is not None and (who.i != root.i or relative) and who.idx >= dl_end \
            and (relative or any(m.start <= who.idx < m.end for m in actors.mentions)):
        # "according to figures from the ministry": the ministry; "the state outlets, which spoke
        # of three dead": the outlets, whether or not they are an actor
        return source_of(who).text, quote.speaker_actor_id
    written = written_name(actors, doc.text[max(sp.start, dl_end):sp.end], sp.start, quote.speaker_actor_id,
                           (quote.content.start, quote.content.end))
    return written, quote.speaker_actor_id


def _no_carrier(actors: ActorLayer, start: int, end: int) -> bool:
    """Whether the speaker written in ``[start, end)`` is a body known to carry no one's news:
    the actor layer gives its words a sector ("a Fulani rights group", "the health ministry"),
    and none of them a news medium's (MED). A name it knows nothing of may be an outlet."""
    ids = {m.actor_id for m in actors.mentions if m.actor_id and start <= m.start and m.end <= end}
    found = [a for a in actors.actors if a.id in ids]
    return any(a.sectors for a in found) and not any("MED" in a.sectors for a in found)


def _citing_body(doc: ParsedDoc, src: Source | None, actors: ActorLayer, dl_end: int,
                 words: AttributionWords) -> Source | None:
    """ "The network gave a toll of 58, citing records from two hospitals": a citing participle
    (not "according to") naming documents or counts, hanging on a clause whose subject is a
    body the actor layer knows as no news medium, gives that subject, who compiles the figure
    from them; None otherwise (a carrier's "citing M", a body's "citing officials", give M)."""
    first = doc.token_at(src.start) if src is not None else None
    cite = first.nbor(-1) if first is not None and first.i > 0 else None
    if cite is None or cite.lower_ not in words.citing_words or cite.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    span = doc.doc.char_span(src.start, src.end, alignment_mode="expand") if src is not None else None
    cited = span.root if span is not None and len(span) else None
    if cited is None or cited.lemma_.lower() not in words.source_documents | words.count_nouns:
        return None  # "citing local officials": whose words the body passes on
    subj = verb_subject(cite.head)
    if subj is None or subj.idx < dl_end or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = noun_phrase(subj)
    return Source(doc.text[start:end], start, end) if _no_carrier(actors, start, end) else None


def _citing_first(doc: ParsedDoc, speaker_start: int, words: AttributionWords) -> Source | None:
    """ "Citing M, N said ...": a sentence that opens with a carrier's participle names whom the
    speaker after it cites."""
    tok = doc.token_at(speaker_start)
    if tok is None:
        return None
    first = tok.sent[0]
    if first.lower_ not in words.citing_words or first.idx >= speaker_start:
        return None
    return cited_between(doc.text, first.idx, speaker_start, words, doc.doc)


def attribute(doc: ParsedDoc, r: Reading, actors: ActorLayer, quotes: Sequence[Quote],
              lex: FigureLexicon, words: AttributionWords) -> tuple[str, str | None, str | None]:
    """Who states a figure: (the source as written, its actor id, the quote holding it).

    In order: the owner of its count noun ("the ministry's toll of 500"); the speaker of the
    quote holding it (or whom that speaker cites); "according to X" in its sentence; the
    subject of the nearest reporting verb governing it; an inverted reporting clause ("...,
    reported local authorities."); a report in the next sentence pointing back ("Officials
    disclosed this."); a report with no content of its own just before ("The ministry said in a
    statement:"). A dateline or wire credit is never the source. Else the outlet's own voice."""
    verbs = lex.source_verbs | words.reporting_verbs
    quote = _stating_quote(doc, quotes, quote_at(quotes, r.start, r.end), words)
    qid = quote.id if quote is not None else None
    owner = count_owner(r.anchor, words, lambda s, e: any(
        m.actor_id is not None and m.start < e and s < m.end for m in actors.mentions))
    if owner is not None:
        return _published(doc, owner, quote, actors, words, qid)
    if asked_not_told(r.anchor, words):
        return UNATTRIBUTED, None, None  # "X did not explain why 40 were killed": X does not state it
    sent = r.anchor.sent
    dl_end = dateline_end(doc.text, sent.start_char, words)
    if quote is not None:  # "X reported that the ministry had put the toll at 500": the ministry
        inner = inner_reporter(r.anchor, verbs, quote.content.start, quote.content.end, words)
        # "I counted 30", "A resident said he had counted 15 bodies", "the ministry said it counted
        # 500": a pronoun reporter inside the content is the speaker
        if inner is not None and inner.text.lower() not in words.speaker_pronouns \
                and inner.text.lower() not in ACTOR_PRONOUNS:
            return (*_named(actors, _after_dateline(doc.text, inner, dl_end)), qid)
        # "X said that, according to the ministry, 500 died": a body the speaker cites (a
        # document or report that names no one stays the speaker's: "according to early reports")
        cited = _phrase_source(doc, r, lex, words, max(dl_end, quote.content.start), quote.content.end)
        cited = None if cited is not None and gathered_by_speaker(doc.doc, cited, words) else cited
        named = _named(actors, cited) if cited is not None else None
        if named is not None and named[1] is not None:
            return (*named, qid)
    spoken = _speaker(doc, quote, words, actors) if quote is not None else None
    if quote is not None and quote.speaker is not None and _cites_no_one(doc, quote.speaker, lex, words):
        return UNATTRIBUTED, None, None  # "According to initial reports, at least 30 were killed"
    if spoken is not None:
        if quote is not None and quote.kind == "indirect" and quote.speaker is not None \
                and _own_voice(doc, spoken[0], quote.speaker.start, quote.speaker.end, words):
            return UNATTRIBUTED, None, None  # "X said today" in X's own release: its own voice
        return (*spoken, qid)
    src = _phrase_source(doc, r, lex, words, dl_end)
    src = _citing_body(doc, src, actors, dl_end, words) or src
    src = src or clause_reporter(r.anchor, verbs, dl_end, words) \
        or inverted_reporter(r.anchor, verbs, words) or next_sentence_reporter(sent, verbs, words)
    if src is None:
        src = previous_sentence_reporter(sent, verbs)
    if src is not None:
        src = _after_dateline(doc.text, src, dl_end)
        chained = _chained_pronoun(actors, src, quotes)
        if chained is not None:
            return (*chained, qid)
        return _published(doc, src, quote, actors, words, qid)
    return (UNKNOWN_SPEAKER, None, qid) if quote is not None else (UNATTRIBUTED, None, None)


def _stating_quote(doc: ParsedDoc, quotes: Sequence[Quote], quote: Quote | None,
                   words: AttributionWords) -> Quote | None:
    """The quote whose speaker states what ``quote`` holds: a quote spoken by a document that
    names no issuer ("According to information we have received, 50 died. ...," the spokeswoman
    said: "information") inside another quote is the words of the outer quote's speaker, who
    gives the document as a ground; else ``quote`` itself."""
    if quote is None or quote.speaker is None:
        return quote
    span = doc.doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.lemma_.lower() not in words.source_documents or issuer(root, words).i != root.i:
        return quote
    c = quote.content
    outer = [q for q in quotes if q.id != quote.id and q.speaker is not None and q.content.start <= c.start
             and c.end <= q.content.end and not q.speaker.start <= root.idx < q.speaker.end]
    return quote_at(outer, c.start, c.end) or quote


def _chained_pronoun(actors: ActorLayer, src: Source, quotes: Sequence[Quote]) -> tuple[str, str] | None:
    """A pronoun source that is the speaker of a quote the quote stage's chain resolved ("“...,”
    it said, putting the toll at 12": the body that spoke before, not the nearest name the actor
    stage would give "it"): that speaker, written as last named."""
    if src.text.lower() not in ACTOR_PRONOUNS:
        return None
    for q in quotes:
        if q.speaker is not None and q.speaker.start == src.start and q.speaker_actor_id is not None:
            return written_name(actors, src.text, src.start, q.speaker_actor_id), q.speaker_actor_id
    return None


def _after_dateline(text: str, src: Source, dl_end: int) -> Source:
    """The source without the dateline the parser took into its phrase ("KHARKIV, Ukraine, Nov
    18 (Reuters) - Ukraine raised the toll": Ukraine)."""
    if not src.start < dl_end < src.end:
        return src
    rest = text[dl_end:src.end]
    start = dl_end + len(rest) - len(rest.lstrip())
    return Source(text[start:src.end], start, src.end)


def _published(doc: ParsedDoc, src: Source, quote: Quote | None, actors: ActorLayer, words: AttributionWords,
               qid: str | None) -> tuple[str, str | None, str | None]:
    """``src`` as the figure's source, unless (outside a quote) it is the article's publisher:
    then the figure is in the outlet's own voice (``names_publisher``)."""
    if quote is None and _own_voice(doc, src.text, src.start, src.end, words):
        return UNATTRIBUTED, None, None
    return (*_named(actors, src), qid)


def _own_voice(doc: ParsedDoc, source: str, start: int, end: int, words: AttributionWords) -> bool:
    """Whether ``source``, written at ``[start, end)``, is the article's publisher
    (``names_publisher``), by its full name or, in a text that gives the full name, its short
    form ("Hawar has documented ..." in the Hawar Rights Monitor's release); a source naming a
    place is never a short form ("Israel said" in "Israel Hayom")."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    place = span is not None and any(e.label_ in PLACE_LABELS or e.label_ == "NORP" for e in span.ents)
    return names_publisher(source, doc.article.outlet, words, None if place else doc.text)


def _phrase_source(doc: ParsedDoc, r: Reading, lex: FigureLexicon, words: AttributionWords, not_before: int,
                   before: int | None = None) -> Source | None:
    """ "according to the UN", "citing officials", "figures from X" in the figure's sentence
    (from ``not_before``, and starting before ``before`` when given: inside a quote's content);
    not a reason or a norm ("citing the cost", "according to plan": ``reason_nouns``)."""
    sent = r.anchor.sent
    m = _governing_phrase(doc, r.anchor, list(lex.source_phrase_re.finditer(sent.text)))
    if m is None:
        return None
    s = sent.start_char + m.end()
    span = doc.doc.char_span(s, s + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0]
    while head.head != head and head.i <= head.head.i < sent.end \
            and head.dep_ in ("det", "compound", "amod", "poss", "nmod", "case"):
        head = head.head
    end_tok = head.right_edge
    for t in doc.doc[head.i:head.right_edge.i + 1]:
        if t.text in (",", ";", "(", "\u2014", "\u2013") or t.is_sent_end:
            end_tok = doc.doc[max(t.i - 1, head.i)]
            break
    start, end = span[0].idx, end_tok.idx + len(end_tok.text)
    if end <= start or start < not_before or (start < r.end and r.start < end):
        return None
    if before is not None and start >= before:
        return None
    text = doc.text[start:end].rstrip(" .,")
    src = Source(text, start, start + len(text))
    return src if names_a_source(doc.doc, src, words) else None


def _cites_no_one(doc: ParsedDoc, sp: Span, lex: FigureLexicon, words: AttributionWords) -> bool:
    """A speaker that is a document naming no one, cited by a source phrase right before it
    ("According to initial reports, ...": ``source_phrases``, :func:`_ownerless`)."""
    before = doc.text[max(0, sp.start - 30):sp.start]
    cue = list(lex.source_phrase_re.finditer(before))
    return bool(cue) and cue[-1].end() == len(before) and _ownerless(doc, Source(sp.text, sp.start, sp.end), lex, words)


def _ownerless(doc: ParsedDoc, src: Source, lex: FigureLexicon, words: AttributionWords) -> bool:
    """A cited document that names no one ("according to initial reports", "according to early
    figures"): a document noun (``source_documents``) with only words that name no one on it
    (``unowned_report_words``), no issuer ("figures from the ministry"), no owner or name
    ("hospital records", "Israeli figures", "official figures") and no definite article ("the
    report" is one named before). It is no
    source: the figure is the outlet's, or the reporter's, as inside a quote it stays the
    speaker's."""
    span = doc.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lemma_.lower() not in words.source_documents and root.lower_ not in words.source_documents:
        return False
    if issuer(root, words).i != root.i:
        return False
    return all((c.dep_ == "det" and c.lower_ in ("a", "an", "some")) or c.lower_ in lex.unowned_report_words
               for c in root.children)


def _governing_phrase(doc: ParsedDoc, anchor: Token, found: list[re.Match[str]]) -> re.Match[str] | None:
    """Of the source phrases of a sentence, the one hung on the nearest word above the figure
    ("6,000 were killed since the coup, according to A, and 3.5 million displaced, according to
    B": A for the first, B for the second, whose own verb B's phrase hangs on), else the first."""
    if len(found) < 2:
        return found[0] if found else None
    above = [t.i for t in anchor.ancestors]
    start = anchor.sent.start_char

    def rank(m: re.Match[str]) -> int:
        tok = doc.token_at(start + m.start())
        gov = tok.head.i if tok is not None else -1
        return above.index(gov) if gov in above else len(above)

    return min(found, key=rank)


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

