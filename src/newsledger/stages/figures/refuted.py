"""Counts the next sentence refutes in the registers of transcripts and interviews (issue 15): a
count in a question the next sentence answers no ("Were 50 people arrested? - Absolutely not.",
'"500 dead? That is pure propaganda," he said'): negated, the speaker says it is not so; and a
reported count the next sentence says is not the case (``not_true``). A fact-check's verdict
("Claim: ... 20 killed. Verdict: False.") is not read: the claim stays its claimant's. The words
(``negative_answers``, the words of falsity and of truth) are in ``data/nlp/stance.yaml``."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...nlp.stance import called_false, negated
from ...nlp.stance_words import StanceWords

# a speaker's name opening a line of a transcript ("A:", "GENERAL:")
_LABEL = re.compile(r"^\s*([A-Za-z][\w .'-]{0,30}?)\s*:\s*")
# what may close a question after its mark ("... arrested?" or '... dead?"')
_CLOSERS = "\"'\u201d\u2019) \n"
# punctuation after an answer word that ends it ("No.", "No, ..."; not "No one ...")
_ANSWER_END = re.compile(r"^[\s]*([.,!;:\u2014\u2013-]|$)")


def _next_sentence(tok: Token) -> Span | None:
    """The sentence after the token's, past a speaker's label the parser made a sentence ("GENERAL:")."""
    doc, end = tok.doc, tok.sent.end
    for _ in range(2):
        while end < len(doc) and doc[end].is_space:
            end += 1
        if end >= len(doc):
            return None
        sent = doc[end].sent
        m = _LABEL.match(sent.text)
        if m is None or sent.text[m.end():].strip():
            return sent
        end = sent.end
    return None


def _words(sent: Span) -> str:
    return re.sub(r"^[\s\"'\u201c\u2018]+", "", sent.text)


def answered_no(tok: Token, words: StanceWords) -> bool:
    """The count is in a question (its sentence ends with a question mark) that the next sentence,
    after a speaker's label, answers no: a negative answer opening it (``negative_answers``, ended
    by punctuation: "No.", "Absolutely not."; not "No one would say"), or a demonstrative subject
    called false or not true ("That is pure propaganda", "That is not true")."""
    if not tok.sent.text.rstrip(_CLOSERS).endswith("?"):
        return False
    sent = _next_sentence(tok)
    if sent is None:
        return False
    text = _words(sent)
    m = _LABEL.match(text)
    text = (text[m.end():] if m else text).lower()
    for answer in words.negative_answers:
        if text.startswith(answer) and _ANSWER_END.match(text[len(answer):]):
            return True
    return any(t.dep_ == "nsubj" and t.lower_ in words.demonstratives and (
        called_false(t, words) or not_true(t.head, words)) for t in sent)


def not_true(verb: Token, words: StanceWords) -> bool:
    """A negated linking verb whose predicate is a word of truth ("is not true", "is not the case")."""
    return verb.lemma_.lower() in words.linking_verbs and negated(verb, words) and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in words.truth_words for c in verb.children)


__all__ = ["answered_no", "not_true"]
