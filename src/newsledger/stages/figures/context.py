"""A figure's context in its sentence: time scope, place and source."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...nlp import ParsedDoc
from ...nlp.dates import YEAR_RE, with_day_before
from ...nlp.headlines import named_outside, title_cased
from ...nlp.syntax import is_verb, village_name_shape
from ...records import ActorLayer, Mention
from .types import PLACE_LABELS, TIME_LABELS, FigureLexicon, Reading


def best_mention(actors: ActorLayer, start: int, end: int) -> Mention | None:
    """The mention that names the span's people: the longest with an actor inside the span,
    else the longest overlapping it. In "five troops and six civilians" the civilians are
    the civilians, not the coordination of both."""
    best: Mention | None = None
    best_key: tuple[bool, bool, int] | None = None
    for m in actors.mentions:
        if m.start < end and start < m.end:
            key = (m.actor_id is not None, start <= m.start and m.end <= end, m.end - m.start)
            if best_key is None or key > best_key:
                best, best_key = m, key
    return best


def _clause(tok: Token) -> Token:
    """The verb heading ``tok``'s clause (the root when it has none)."""
    cur = tok
    while not is_verb(cur) and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _in_other_clause(ent: Span, anchor: Token) -> bool:
    """The place or time is said of another clause than the figure's: an adverbial, coordinated
    or complement clause beside it ("at least 500 were killed, as the president landed in Tel
    Aviv"), not a clause above the figure's ("In Gaza, officials said 500 died") nor a
    relative clause on a noun ("the strike, which hit a school in Gaza")."""
    own, where = _clause(anchor), _clause(ent.root)
    if where.i == own.i or where in own.ancestors:
        return False
    return where.dep_ not in ("relcl", "acl")


def _in_breakdown(ent: Span, r: Reading) -> bool:
    """The place is named in a breakdown after a colon that follows the count, beside another
    count there ("The combined toll stood at 590: 231 in the north ... and 17 in Tarsk"): the place
    of a part, not of the whole before the colon."""
    doc = ent.doc
    colon = next((t for t in doc[r.anchor.i + 1:ent.start] if t.text == ":" and t.idx >= r.end), None)
    return colon is not None and any(t.like_num for t in doc[colon.i + 1:ent.start])


def _not_the_counts(span: Span, anchor: Token) -> bool:
    """The place or time belongs to another phrase than the count: the subject of a clause above
    the figure's, its claimant ("media based in London claimed that 20 were killed"), or a noun
    phrase a superlative heads that does not hold the figure, a comparison ("six were killed,
    ..., in the deadliest unrest in the region this year")."""
    above = set(_clause(anchor).ancestors)
    for tok in (span.root, *span.root.ancestors):
        if anchor in tok.subtree:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head in above:
            return True
        if tok.pos_ in ("NOUN", "PROPN") and any(c.tag_ == "JJS" and c.dep_ == "amod" for c in tok.children):
            return True
    return False


def _year_of_noun(ent: Span) -> bool:
    """A bare calendar year set before a noun as its modifier ("the 2004 bombing", "the 2014
    war") or after it with "of" ("the uprising of 2022", "the war of 1967"): the time of what the
    noun names, not a count."""
    tok = ent[0]
    if len(ent) != 1 or YEAR_RE.fullmatch(tok.text) is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return True
    return tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


def _named_place(ent: Span, places: tuple[tuple[int, int], ...]) -> bool:
    """The entity is a name the actor stage reads as a place: "in Amhara" tagged as a date by the
    recogniser is where, not when."""
    return any(s <= ent.start_char and ent.end_char <= e for s, e in places)


def time_scope(doc: ParsedDoc, sent_start: int, sent_end: int, r: Reading,
               lex: FigureLexicon, cache: dict[int, list[tuple[int, int, str]]],
               places: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The time a figure is said of: the nearest time expression of its clause ("since August
    2023", "on Thursday"); ``places``: the spans of the actor stage's place names."""
    cands = cache.get(r.sentence)
    if cands is None:
        cands = []
        sent = doc.doc.char_span(sent_start, sent_end, alignment_mode="expand")
        for ent in (doc.ents_in(sent) if sent is not None else ()):
            if ent.label_ not in TIME_LABELS or re.search(r"\bold\b", ent.text) or _named_place(ent, places):
                continue
            ent = with_day_before(ent)  # "on 9 October": the day the parser left out of the entity
            start = ent.start_char
            label = ent.text
            prev = doc.doc[ent.start - 1] if ent.start > 0 else None
            if ent[0].lower_ in lex.time_prepositions:
                pass
            elif prev is not None and prev.lower_ in lex.time_prepositions:
                start = prev.idx
                label = doc.text[start:ent.end_char]
                p2 = doc.doc[prev.i - 1] if prev.i > 0 else None
                if p2 is not None and f"{p2.lower_} {prev.lower_}" in lex.time_prepositions:
                    start = p2.idx
                    label = doc.text[start:ent.end_char]
            elif _year_of_noun(ent):
                pass  # "the 2004 bombing that killed nine soldiers": the year of the happening
            elif re.match(r"[\d.,]+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", label, re.I):
                continue  # a bare duration ("15 years") is a figure, not a time scope
            cands.append((start, ent.end_char, label))
        sent_text = doc.text[sent_start:sent_end]
        for m in lex.time_scope_re.finditer(sent_text):
            s, e = sent_start + m.start(), sent_start + m.end()
            if not any(cs <= s and e <= ce for cs, ce, _ in cands):
                cands.append((s, e, m.group(0)))
        cache[r.sentence] = cands
    best: tuple[int, str] | None = None
    for s, e, label in cands:
        if s < r.end and r.start < e:
            continue  # the figure's own words ("more than 40 days")
        span = doc.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) and (_in_other_clause(span, r.anchor) or _not_the_counts(span, r.anchor)):
            continue  # "500 were killed, as the envoy arrived for talks since the attack on October 7"
        dist = r.start - e if e <= r.start else s - r.end
        if best is None or dist < best[0]:
            best = (dist, label)
    return best[1] if best else None


def _place_name(ent: Span, lex: FigureLexicon) -> bool:
    """The entity names a place: labelled one, or a name the recogniser often mistakes for
    another thing (``misread_place_labels``: "near Lafoole" as a product), or a name whose last
    word is a modifier of a place noun in lower case right after it ("in Kanthi Chak village",
    taken for an organisation); the place preposition before it is asked for by the caller."""
    if ent.label_ in PLACE_LABELS or ent.label_ in lex.misread_place_labels:
        return True
    if ent.label_ in lex.misread_village_labels and village_name_shape(ent):
        return True  # "in Kfar Sallum" read as a nationality
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    noun = doc[ent.end]
    return noun.is_lower and noun.lower_ in lex.place_head_nouns and ent[-1].head.i == noun.i


def _located_of(ent: Span, lex: FigureLexicon) -> bool:
    """The name ends a chain of "of" phrases on nouns that a place preposition opens ("in the
    centre of the border town of Pryoskolsk", "in the city of Qamishli"; not "in a strike by
    the army of Sudan"): the preposition places the name."""
    tok = ent.root
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in lex.place_prepositions:
            return True
    return False


def _bearing(ent: Span, lex: FigureLexicon) -> bool:
    """A name after a bearing or a coast word and "of" ("47 nautical miles south-west of Gavdos",
    "off the coast of Libya"; ``bearing_words``): a place, whatever the recogniser labelled it
    (an island read as an organisation or a person), unless a time or an amount."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in lex.bearing_words \
        and ent.label_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT", "MONEY")


def place(doc: ParsedDoc, r: Reading, lex: FigureLexicon, places: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The place the figure's sentence names for it; ``places``: the spans of the actor stage's
    place names (a name the recogniser took for a person that the article gives as a place: "in
    Qasr Amal" after "the city of Qasr Amal")."""
    sent = r.anchor.sent
    best: tuple[int, str] | None = None
    for ent in doc.ents_in(sent):
        bearing = _bearing(ent, lex)
        if not bearing and not _place_name(ent, lex) and not (ent.label_ == "PERSON" and _named_place(ent, places)):
            continue
        if ent.start_char < r.end and r.start < ent.end_char:
            continue
        prev = doc.doc[ent.start - 1] if ent.start > 0 else None
        located = prev is not None and (prev.lower_ in lex.place_prepositions or _located_of(ent, lex) or bearing)
        if not located or _in_other_clause(ent, r.anchor) or _not_the_counts(ent, r.anchor) or _in_breakdown(ent, r):
            continue
        if title_cased(sent) and not named_outside(ent):
            continue  # a capital in a title-case headline names nothing: "Killed in Strike on ..."
        dist = abs(ent.start_char - r.start)
        if best is None or dist < best[0]:
            best = (dist, ent.text)
    return best[1] if best else None
