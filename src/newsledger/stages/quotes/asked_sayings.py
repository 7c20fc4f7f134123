"""A saying someone asks for is not one made (issue 15): a quote whose verb of saying is the
infinitive of a verb of request ("urged the council to press the parties to open the roads") or
carries a modal of obligation ("said the authorities should declare an emergency") records
words the council or the authorities have not said; what it would assert is ``requested``
(what it would deny or negate keeps that stance: ``stance.with_stance``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.stance import negated
from ...nlp.stance_words import StanceWords


def asked_saying(cue: Token, words: StanceWords) -> bool:
    """``cue`` (a verb of saying) is asked for: under a modal of obligation
    (``stance_obligation_modals``) or the infinitive of a verb of request
    (``stance_request_verbs``) that nothing negates."""
    if cue.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in words.stance_obligation_modals for c in cue.children):
        return True
    head = cue.head
    return cue.dep_ == "xcomp" and head.i != cue.i and head.lemma_.lower() in words.stance_request_verbs \
        and not negated(head, words)
