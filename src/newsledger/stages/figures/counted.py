"""The counted and their words, from the dependency parse: the token index of a document, the
noun a number counts and the filters that need the parse, whether the counted are people, the
measure a noun names, the subject of a verb, the perpetrator of a measure verb. What happened to
the counted is read from these by :mod:`.measures`."""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ...nlp.syntax import noun_phrase_bounds, opening_quote, plural_antecedent
from .types import (
    BREAKS_COUNTED_PHRASE,
    KIND_MEASURE,
    KIND_MONEY,
    KIND_PERCENT,
    NAME_LABELS,
    NOT_IN_COUNTED_PHRASE,
    NOUNS,
    PRONOUN_DETERMINERS,
    FigureLexicon,
    MeasureHit,
    Quantity,
)


class TokenIndex:
    """Character offset -> spaCy token, by binary search over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] = doc.to_array(IDX).tolist()  # every token's start, without a Token object each

    def covering(self, start: int, end: int) -> list[Token]:
        if not self.starts or end <= start:
            return []
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.doc[i:j] if t.idx + len(t.text) > start]


def token_filters(q: Quantity, tokens: list[Token], text: str) -> None:
    """Filters that need the parse: names (entities), pronoun "one", appositive ages. ``text`` is
    the document's as its capitals are read (``ParsedDoc.cased_text``: "Kills Seven" in a
    title-case headline is no name like "BBC One")."""
    if q.skip or not tokens:
        return
    first = tokens[0]
    if q.source == "numeral" and first.ent_type_ in NAME_LABELS and not q.currency \
            and q.unit_kind not in (KIND_PERCENT, KIND_MEASURE, KIND_MONEY):
        ent = next((e for e in first.doc.ents if e.start <= first.i < e.end), None)
        if ent is not None and not ent[0].like_num and ent[0].i < first.i \
                and ent[0].lower_ not in ("$", "the", "some", "about", "at", "more", "over", "nearly"):
            q.skip = "name"
            return
    if q.source == "word":
        word = first.lower_
        if word == "one":
            if _none_at_all(first):
                q.skip = "none"  # "not a single one of them", "not one soldier": a count of none
                return
            prev = first.doc[first.i - 1] if first.i > 0 else None
            if first.tag_ != "CD" or (prev is not None and prev.lower_ in PRONOUN_DETERMINERS):
                q.skip = "pronoun"
                return
            nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
            if nxt is not None and (nxt.lower_ in ("another", "day", "time", "way", "thing")
                                    or nxt.like_num):
                q.skip = "idiom"
                return
            if q.unit is None and counted_noun(first, tokens) is None and not _of_the_adjective(first):
                q.skip = "pronoun"  # a bare "one" ("get their hands on one")
                return
        if text[first.idx:first.idx + 1].isupper() and first.i > first.sent.start:
            prev = first.doc[first.i - 1]
            if text[prev.idx:prev.idx + 1].isupper() and prev.is_alpha:
                q.skip = "name"  # BBC One, Formula One
                return
    if q.source == "numeral" and q.integer and q.raw < 130 and q.unit is None and q.currency is None:
        if first.dep_ == "appos" and text[q.end:q.end + 1] in (",", ")") \
                and re.search(r"[,(]\s*$", text[max(0, q.start - 3):q.start]):
            q.skip = "age"


def _none_at_all(one: Token) -> bool:
    """"one" under a negation of any at all: "not one", "not a single one", "not even one"."""
    before = [t.lower_ for t in one.doc[max(0, one.i - 3):one.i]]
    return before[-1:] == ["not"] or before[-2:] == ["not", "even"] \
        or (before[-2:] in (["a", "single"], ["even", "a"]) and "not" in before)


def _of_the_adjective(one: Token) -> bool:
    """"one of the wounded", "one of the injured": one of people an adjective with an article names."""
    return any(g.dep_ == "pobj" and g.pos_ in ("ADJ", "VERB") and g.tag_ in ("JJ", "VBN")
               and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)
               for c in one.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def counted_noun(anchor: Token, tokens: list[Token]) -> Token | None:
    """The noun a number counts: "12,300 Palestinians", "dozens of people"."""
    span_ids = {t.i for t in tokens}
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    t = anchor
    breaks = after is not None and after.pos_ in BREAKS_COUNTED_PHRASE and after.dep_ not in (
        "amod", "compound", "nmod") and not opening_quote(after)  # a scare-quoted noun: 31 "terrorists"
    for _ in range(0 if after is None or breaks else 3):
        head = t.head
        if head == t or t.dep_ not in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod"):
            break
        if head.i <= anchor.i or head.i - anchor.i > _reach(anchor, t, head) or any(
                t2.lower_ in NOT_IN_COUNTED_PHRASE for t2 in anchor.doc[anchor.i + 1:head.i]):
            break
        t = head
        if head.i not in span_ids and head.pos_ in NOUNS and not head.like_num and not _takes_object(head):
            return head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for gc in child.children:
                if gc.dep_ == "pobj" and gc.pos_ in NOUNS and not gc.like_num:
                    return gc
    if anchor.i + 1 < len(doc):
        nxt = doc[anchor.i + 1]
        if opening_quote(nxt) and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
        if nxt.i not in span_ids and nxt.tag_ in ("NNS", "NNPS") and not nxt.like_num and not _takes_object(nxt):
            return nxt
    return None


def _reach(anchor: Token, t: Token, head: Token) -> int:
    """How far a number's counted noun may stand: six words, or ten when the number counts the
    noun directly and every word between modifies it ("18 off-duty military and paramilitary
    Frontier Corps personnel")."""
    between = anchor.doc[anchor.i + 1:head.i]
    if t.i == anchor.i and anchor.dep_ == "nummod" and all(w.head.i == head.i or w.head.i in range(anchor.i + 1, head.i)
                                                       for w in between):
        return 10
    return 6


def _takes_object(tok: Token) -> bool:
    """A word the parser gives a direct object is a verb the tagger misread as a plural noun ("the
    toll of 49 counts only victims whose names ..."): not what a number counts."""
    return any(c.dep_ == "dobj" for c in tok.children)


def is_people(noun: Token, lex: FigureLexicon) -> bool:
    """The noun names people: a people noun (not a form of one that counts nations: "two
    peoples"), a people's name or a plural proper noun."""
    if noun.lower_ in lex.nation_forms:
        return False
    return (noun.lemma_.lower() in lex.people_nouns or noun.lower_ in lex.people_nouns
            or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")


def counts_people(t: Token, lex: FigureLexicon) -> bool:
    """The counted are people: the token is a people noun, or a number or vague amount whose
    "of" object is one ("dozens of terrorists", "31 of the fighters"; not "the homes of 40
    families")."""
    if is_people(t, lex):
        return True
    if not (t.like_num or t.tag_ == "CD" or t.lower_ in lex.vague or t.lemma_.lower() in lex.vague):
        return False
    return any(is_people(g, lex) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj") or partitive_people(t, lex) is not None


def owner_of_counted(noun: Token | None, lex: FigureLexicon) -> Token | None:
    """The noun of the counted noun's "of" phrase when it names no people ("41 signatories of the
    peace agreement murdered", "30 residents of the village wounded"): a measure word right after
    it says what happened to the counted; after people ("12 relatives of the soldiers killed") it
    may say what happened to those, and None is returned."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None) if noun is not None else None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return None if obj is None or is_people(obj, lex) else obj


def partitive_people(t: Token, lex: FigureLexicon) -> Token | None:
    """"31 of them": the people a group pronoun of the number's "of" phrase stands for (``plural_antecedent``)."""
    pron = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in lex.group_pronouns and not any(True for _ in g.children)), None)
    ante = plural_antecedent(pron) if pron is not None else None
    return ante if ante is not None and is_people(ante, lex) else None


def measure_of_noun(tok: Token, lex: FigureLexicon) -> str | None:
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    two = f"{prev} {tok.lemma_.lower()}"
    if two in lex.measure_nouns:
        return lex.measure_nouns[two]
    for child in tok.children:
        if child.dep_ == "compound":
            key = f"{child.lower_} {tok.lemma_.lower()}"
            if key in lex.measure_nouns:
                return lex.measure_nouns[key]
    return lex.measure_nouns.get(tok.lemma_.lower()) or lex.measure_nouns.get(tok.lower_)


def measure_of_count_noun(noun: Token, lex: FigureLexicon) -> str | None:
    """"the number of dead", "the tally of the injured", "the number of people killed": the
    measure of what a counting noun counts (its "of" object, or the participle or adjective on
    it, also where the parser hung that word on the counting noun after its "of" phrase: "the
    number of people missing after the landslide", "the number of students unaccounted for")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for gc in child.children:
                # (or a measure word the parser made a gerund: "the number of missing")
                if gc.dep_ == "pobj" or (gc.dep_ == "pcomp" and gc.lower_ in lex.measure_adjectives):
                    return measure_of_noun(gc, lex) or lex.measure_adjectives.get(gc.lower_) \
                        or modifier_measure(gc, lex) or next(
                            (m for rel in subject_relatives(gc) if (m := relative_measure(rel, lex)[0])), None) \
                        or modifier_measure(noun, lex, after=child.i)
    return None


def subject_relatives(noun: Token) -> list[Token]:
    """The relative clauses on ``noun`` whose subject is their relative pronoun ("people who died",
    "those who were wounded"; not "the people whom the army killed")."""
    return [rel for rel in noun.children if rel.dep_ == "relcl"
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in rel.children)]


def reported_relatives(noun: Token, lex: FigureLexicon) -> list[Token]:
    """The clauses a relative clause of saying on ``noun`` reports with ``noun`` as their gapped
    subject ("192 servicemen it said were killed", "40 protesters whom officials say were
    wounded"): what the source says befell them, as "who were killed" would say."""
    return [c for rel in noun.children if rel.dep_ == "relcl" and rel.lemma_.lower() in lex.source_verbs
            for c in rel.children if c.dep_ == "ccomp" and c.i > rel.i
            and not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WP", "WDT") for g in c.children)]


def relative_measure(rel: Token, lex: FigureLexicon) -> tuple[str | None, bool]:
    """What a relative clause on the counted says befell them (``relative_measures``: "who died",
    "who were wounded", "who are missing"), and whether its verb says it (not an adjective after
    a copula); (None, False) for a clause of what they did ("who fled", "who guarded the square")."""
    m = lex.measure_verbs.get(rel.lemma_.lower())
    if m in lex.relative_measures:
        return m, True
    adj = next((c for c in rel.children if c.dep_ in ("acomp", "oprd") and c.lower_ in lex.measure_adjectives), None)
    if adj is not None and lex.measure_adjectives[adj.lower_] in lex.relative_measures:
        return lex.measure_adjectives[adj.lower_], False
    return None, False


def measure_of_estimate(noun: Token, lex: FigureLexicon) -> str | None:
    """"estimates of the death toll range from 40 to 60", "the ministry's estimates of the dead
    range from 40 to 60": a count hanging from a noun of estimate or range (``range_nouns``)
    measures what the estimate is of: its "of" object, a measure noun compounded on that object
    (the parser reads "the toll range" as one noun) or a participle or adjective on it."""
    if noun.lemma_.lower() not in lex.range_nouns and noun.lower_ not in lex.range_nouns:
        return None
    m = measure_of_count_noun(noun, lex)
    if m:
        return m
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for c in (c for obj in objects for c in obj.children):
        m = measure_of_noun(c, lex) if c.dep_ == "compound" and c.pos_ in NOUNS else None
        if m:
            return m
    return None


def modifier_measure(noun: Token, lex: FigureLexicon, after: int = -1) -> str | None:
    """The measure a participle or adjective on a noun gives: "people killed", "injured people"
    (only one after token ``after``, when given)."""
    for c in (c for c in noun.children if c.i > after):
        if c.dep_ == "acl" and c.lemma_.lower() in lex.measure_verbs:
            return lex.measure_verbs[c.lemma_.lower()]
        if c.dep_ in ("amod", "acl") and c.lower_ in lex.measure_adjectives:
            return lex.measure_adjectives[c.lower_]
    return None


def verb_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    return None


def perpetrator(hit: MeasureHit, np_tokens: set[int], result_measures: frozenset[str] = frozenset()) -> Token | None:
    """Who did it: the subject of an active measure verb (of the verb it is a conjunct of, or a participle of
    result of a measure of ``result_measures`` is, with none of its own), or the agent of a passive one."""
    verb = hit.verb
    if verb is None or hit.np_is_subject:
        return None
    if not hit.passive:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                                                     and hit.measure in result_measures)):
            # a conjunct's, or a participle's of result of a harm of ``result_measures`` ("police fired on a crowd,
            # killing four people"): its head verb's subject
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i not in np_tokens and subj.lower_ not in ("who", "that", "which"):
            return subj
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    return None


def phrase_bounds(tok: Token, limit: int = 10) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok`` (left modifiers, capped; see
    ``syntax.noun_phrase_bounds``)."""
    return noun_phrase_bounds(tok, limit, trim_right=False)
