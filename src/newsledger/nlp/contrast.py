"""Clauses and phrases that say the opposite of the clause they stand beside: a conjunct or a
phrase negated on its own where the clause asserts ("the guards fled and that the army was not
involved", "caused by a dam, and not by a storm", "It was not a strike, it was a failed launch"),
a "that" clause asserting beside a negated one, a conjunct calling an account false beside one that
asserts ("the video is old and the number is invented"); and the head of a span of characters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .stance import called_false, negated, negator
from .stance_words import StanceWords
from .syntax import is_verb
from .tree import children

if TYPE_CHECKING:
    from . import ParsedDoc


def _negated_conjunct(tok: Token, w: StanceWords) -> bool:
    """A conjunct clause or phrase negated on its own ("and that X was not involved", ", and not
    by a rocket"): a verb by :func:`negated`, a phrase by a negator among its own children."""
    if is_verb(tok):
        return negated(tok, w)
    return any(c.dep_ in ("neg", "advmod") and c.i < tok.i and negator(c, w) for c in children(tok))


def negated_conjuncts(head: Token, w: StanceWords) -> list[Token]:
    """The conjuncts of the clause ``head`` that negate what the clause itself asserts: "(said
    that) the guards fled and that the army was not involved" → "involved"; "was caused by a
    faulty cable, and not by sabotage" → "by". Empty when ``head`` is itself negated (the
    correction after "not X but Y" is read by :func:`stance_of`) or nothing is contrasted."""
    if not is_verb(head) or negated(head, w):
        return []
    return [c for c in head.conjuncts if c.i > head.i and _negated_conjunct(c, w)]


def falsified_conjuncts(head: Token, w: StanceWords) -> list[Token]:
    """The conjuncts of the clause ``head`` that call an account false where the clause itself
    asserts: "the video is old and the number is invented" → the second "is"; "the photos are
    real, and the claims that we fled are lies" → "are". Empty when ``head`` is negated or its own
    subject is called false (the clause's stance reads that)."""
    if not is_verb(head) or negated(head, w) or _calls_subject_false(head, w):
        return []
    return [c for c in head.conjuncts if c.i > head.i and _calls_subject_false(c, w)]


def _calls_subject_false(verb: Token, w: StanceWords) -> bool:
    """The clause ``verb`` calls its subject, a noun of an account ("the number", "the claims"),
    false; a word of falsity said of anything else ("the bridge is wrong for trucks") is none."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in w.proposition_nouns
                                                     or c.lower_ in w.proposition_nouns)
               and called_false(c, w) for c in children(verb))


def asserted_conjuncts(head: Token, w: StanceWords) -> list[Token]:
    """The coordinated complement clauses, each with its own "that", that assert beside a clause
    ``head`` that is negated: "(said) that no civilians were harmed and that the strike hit a
    meeting" → "hit". Empty when ``head`` is not negated, or a conjunct shares its "that" ("that
    no one died and nobody was hurt": one negated statement)."""
    if not is_verb(head) or not negated(head, w):
        return []
    return [c for c in head.conjuncts if c.i > head.i and any(k.dep_ == "mark" and k.lower_ == "that" for k in children(c))
            and not negated(c, w)]


def negated_juxtaposed(head: Token, w: StanceWords) -> list[Token]:
    """Clauses set before the clause ``head`` with only a comma or semicolon between, negated
    where ``head`` asserts: "It was not a strike, it was a failed launch" → the first "was" (the
    parser hangs it on the second as a complement). Empty when ``head`` is itself negated or
    has no subject of its own."""
    if not is_verb(head) or negated(head, w) or not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                       for c in children(head)):
        return []
    out = []
    for c in children(head):
        if c.dep_ not in ("ccomp", "parataxis") or c.i > head.i or not is_verb(c) or not negated(c, w):
            continue
        own = min([head.i, *(k.left_edge.i for k in children(head) if k.i > c.right_edge.i and not k.is_punct)])
        between = head.doc[c.right_edge.i + 1:own]
        if len(between) and all(t.text in (",", ";") for t in between):
            out.append(c)
    return out


def negated_phrases(head: Token, tokens: list[Token], w: StanceWords) -> list[Token]:
    """Prepositional phrases among ``tokens`` (a content headed by ``head``) negated on their own
    beside what the clause asserts: "caused by a dam, and not by a storm" → "by" (wherever the
    parser hung the phrase); "not only by", "not until", "not without" are no negation. Empty
    when ``head`` is itself negated."""
    if not is_verb(head) or negated(head, w):
        return []
    return [t for t in tokens if t.dep_ in ("prep", "agent") and t.i != head.i
            and any(c.dep_ == "neg" and c.i == t.i - 1 and negator(c, w) for c in children(t))]


def span_head(doc: Doc | ParsedDoc, start: int, end: int) -> Token | None:
    """The syntactic head of the characters ``start:end`` (expanded to whole tokens; of a
    ``ParsedDoc``, found from its tokens' offsets)."""
    span = doc.char_span(start, end, alignment_mode="expand") if isinstance(doc, Doc) else doc.span_chars(start, end)
    if span is None or len(span) == 0:
        return None
    return span.root


__all__ = ["asserted_conjuncts", "negated_conjuncts", "negated_juxtaposed", "negated_phrases", "span_head"]
