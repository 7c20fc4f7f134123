"""A denied or negated clause about a count whose own words say what befell it (issue 15): "The army
denied that the 11 soldiers killed on Monday had been captured first" denies the capture, not the
deaths; "The 7 hostages were not harmed" negates the harm, not the hostage-taking. A definite counted
subject whose own words give the figure's measure (a participle, relative clause or adjective after
it: "the 11 soldiers killed on Monday", "the 40 people who died"; or its noun: "the 7 hostages", "the
40 detainees") keeps that measure asserted when the verb of its clause gives another measure or none;
"denied that the 11 soldiers captured on Monday had been killed" and "the 30 protesters were not
arrested" (the clause's verb gives the measure) stay as they are."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import Figure
from .types import FigureLexicon

_DEFINITE = frozenset({"the", "these", "those"})


def _measure_of_word(tok: Token, lex: FigureLexicon) -> str | None:
    """The measure a verb (by lemma) or an adjective (as written) names, or None."""
    return lex.measure_verbs.get(tok.lemma_.lower()) or lex.measure_adjectives.get(tok.lower_)


def _own_measure(noun: Token, lex: FigureLexicon) -> str | None:
    """The measure a participle, relative clause or predicate adjective after ``noun`` names, or the
    noun itself when it names people ("hostages", "detainees", "the 25 dead"; not a noun of the happening,
    "the 80 deaths never happened", whose clause is about the count)."""
    lemma = noun.lemma_.lower()
    own = (lex.measure_nouns.get(lemma) if lemma in lex.people_nouns else None) or lex.measure_adjectives.get(noun.lower_)
    if own:
        return own
    for c in noun.children:
        if c.i < noun.i or c.dep_ not in ("acl", "relcl", "amod"):
            continue
        m = _measure_of_word(c, lex) or next(
            (_measure_of_word(g, lex) for g in c.children if g.dep_ in ("acomp", "oprd") and _measure_of_word(g, lex)), None)
        if m:
            return m
    return None


def own_fate_kept(doc: ParsedDoc, f: Figure, tok: Token | None, lex: FigureLexicon) -> Figure:
    """``f`` asserted when it is denied or negated only by a clause about its counted subject's other doings."""
    if f.stance not in ("denied", "negated") or f.measure is None or tok is None:
        return f
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in (*noun.children, *tok.children)):  # "The 25 dead"
        return f
    verb = noun.head
    clause_measure = _measure_of_word(verb, lex) or next(
        (_measure_of_word(c, lex) for c in verb.children if c.dep_ in ("acomp", "oprd") and _measure_of_word(c, lex)), None)
    if _own_measure(noun, lex) == f.measure and clause_measure != f.measure:
        return f.replace(stance="asserted")
    return f
