"""Literal uses of the framing lexicon's words (``data/framing/literal.yaml``).

The lexicon (``data/actors/framing.csv``, ``extra_framing.csv``) marks a word wherever it stands;
some of its words also name something that is no label, by a construction this module reads:

* a term of collective blame as a category of law, study or memory ("the genocide case",
  "charged with war crimes", "the Genocide Convention"), not the outlet's characterisation;
* a word of slaughter or rampage said of animals ("slaughtered 200 sheep", "an elephant went on
  a rampage");
* a verb of removal said of a thing ("neutralised the device", "liquidated its assets");
* a lexicon word inside a place's name ("Martyrs' Square");
* a word of struggle said of matter ("the resistance of the bacteria to antibiotics");
* a word of crime before a group of criminals, no party named ("criminal gangs seeking ransoms":
  ``organised_crime``, for the framing stage's group labels).

``literal_use`` says whether a lexicon mark is such a use; the framing stage drops those marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..records import FramingMark
from ..resources import Resources, word_set
from .framing_labels import LabelContext

LITERAL_SCHEMA: Any = {
    "legal_terms": [str], "legal_nouns": [str], "legal_verbs": [str],
    "slaughter_terms": [str], "animal_nouns": [str],
    "removal_terms": [str], "unit_nouns": [str],
    "place_name_words": [str], "struggle_terms": [str],
    "crime_words": [str], "crime_groups": [str],
}
_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "pobj")


@dataclass(frozen=True)
class LiteralRules:
    """What makes a lexicon word literal (``data/framing/literal.yaml``)."""

    legal_terms: frozenset[str]
    legal_nouns: frozenset[str]
    legal_verbs: frozenset[str]
    slaughter_terms: frozenset[str]
    animal_nouns: frozenset[str]
    removal_terms: frozenset[str]
    unit_nouns: frozenset[str]
    place_name_words: frozenset[str]
    struggle_terms: frozenset[str]
    crime_words: frozenset[str] = frozenset()
    crime_groups: frozenset[str] = frozenset()


def load_literal_rules(resources: Resources) -> LiteralRules:
    raw = resources.yaml("framing/literal.yaml", LITERAL_SCHEMA) or {}
    return LiteralRules(**{key: word_set(raw, key) for key in LITERAL_SCHEMA})


def _legal(ctx: LabelContext, toks: list[Token], rules: LiteralRules) -> bool:
    """"the genocide case", "charged with genocide", "the Genocide Convention"."""
    last = toks[-1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i and last.head.lower_ in rules.legal_nouns:
        return True
    if not last.is_sent_start and toks[0].text[:1].isupper() and last.head.text[:1].isupper() and last.head.i > last.i:
        return True  # inside a capitalised name
    head = last.head
    return last.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in rules.legal_verbs


def _said_of_animals(toks: list[Token], rules: LiteralRules) -> bool:
    """"slaughtered 200 sheep", "an elephant went on a rampage", "rampaged through the farm"."""
    tok = toks[-1]
    verb = tok if tok.pos_ == "VERB" else tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    args = [c for c in verb.children if c.dep_ in _ARGUMENTS] + [c for c in tok.children if c.dep_ in _ARGUMENTS]
    return any(a.lemma_.lower() in rules.animal_nouns or a.lower_ in rules.animal_nouns for a in args)


def behind_quantity(tok: Token, quantities: frozenset[str]) -> Token:
    """The noun a noun of number stands for ("dozens of fighters", "a group of militants",
    "hundreds of armed groups": the noun after "of"); any other token itself."""
    if tok.lower_ not in quantities:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), tok) if of is not None else tok


def _people_or_power(ctx: LabelContext, tok: Token, people: frozenset[str], rules: LiteralRules) -> bool:
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (low in people or lemma in people or low in rules.unit_nouns or tok.ent_type_ in ("PERSON", "NORP")
            or ctx.is_name(tok) or tok.pos_ in ("PRON", "PROPN"))


def _of_things(ctx: LabelContext, toks: list[Token], rules: LiteralRules, people: frozenset[str],
               quantities: frozenset[str]) -> bool:
    """"neutralised the device" (a verb of removal), "the resistance of the bacteria" (a word of
    struggle): the word's object names no people, party or armed unit (through a noun of number:
    "neutralised dozens of groups" is said of groups)."""
    tok = toks[-1]
    if tok.lower_ in rules.removal_terms:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj is not None and not _people_or_power(ctx, behind_quantity(obj, quantities), people, rules)
    objs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "to") for g in p.children
            if g.dep_ == "pobj"]
    return bool(objs) and not any(_people_or_power(ctx, o, people, rules) for o in objs)


def _in_place_name(ctx: LabelContext, m: FramingMark, rules: LiteralRules) -> bool:
    """"Martyrs' Square": a capitalised lexicon word before a capitalised word for a place."""
    after = ctx.doc.text[m.end:m.end + 30].lstrip("'’s ").split()
    return m.text[:1].isupper() and bool(after) and after[0][:1].isupper() and \
        after[0].lower().strip(".,;:") in rules.place_name_words


def organised_crime(ctx: LabelContext, m: FramingMark, rules: LiteralRules) -> bool:
    """"criminal gangs seeking ransoms", "criminal networks": a word of crime before a noun for a
    group of criminals, with no state's or group's name in the phrase, names organised crime, not a
    party ("Hamas criminal gangs", "criminal elements" label)."""
    span = ctx.doc.span_chars(m.start, m.end)
    toks = [t for t in span if t.is_alpha] if span is not None else []
    if len(toks) < 2 or toks[-1].lower_ not in rules.crime_groups:
        return False
    return any(t.lower_ in rules.crime_words for t in toks[:-1]) and not any(ctx.is_name(t) for t in toks)


def literal_use(ctx: LabelContext, m: FramingMark, rules: LiteralRules, people: frozenset[str],
                quantities: frozenset[str] = frozenset()) -> bool:
    """Whether lexicon mark ``m`` is a literal use of its word (``people``: nouns for people;
    ``quantities``: nouns of number, read through to the noun after "of")."""
    span = ctx.doc.span_chars(m.start, m.end)
    if span is None or len(span) == 0:
        return False
    toks = list(span)
    term = m.text.lower()
    if term in rules.legal_terms and _legal(ctx, toks, rules):
        return True
    if term in rules.slaughter_terms and _said_of_animals(toks, rules):
        return True
    if (term in rules.removal_terms or term in rules.struggle_terms) and _of_things(ctx, toks, rules, people, quantities):
        return True
    return _in_place_name(ctx, m, rules)


__all__ = ["LITERAL_SCHEMA", "LiteralRules", "behind_quantity", "literal_use", "load_literal_rules", "organised_crime"]
