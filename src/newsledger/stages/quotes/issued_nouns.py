"""A definite noun as speaker that an earlier sentence introduced as what a body issued: "The
ombudsman's office issued an early warning about ... “...,” the warning said" and "The army released
a statement ... “...,” the statement said" are spoken by the subject of the issuing verb (``issue_verbs``
of ``data/quotes/speakers.yaml``), the nearest such one before the speaker within the window. A noun with
an issuer of its own ("the group's statement", "the statement by X") is left to the speaker reader.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import ActorLayer


def _bare(head: Token) -> bool:
    """``the`` and adjectives only: no possessor or phrase naming whose it is."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and all(c.dep_ in ("det", "amod", "compound") for c in head.children)


def _subject_actor(actors: ActorLayer, verb: Token) -> str | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # the subject's whole phrase: "Colombia's ombudsman's office" is named by its possessors
    m = actors.mention_overlapping(subj.left_edge.idx, subj.idx + len(subj.text))
    return m.actor_id if m is not None and m.kind != "pronoun" else None


def issuer_of_noun(pd: ParsedDoc, actors: ActorLayer, head: Token, issue_verbs: Collection[str],
                   window: int) -> str | None:
    """The actor that issued, in the last ``window`` sentences before ``head``, a thing of
    ``head``'s noun (its direct object of an issuing verb); None when none did."""
    if head.pos_ != "NOUN" or not _bare(head):
        return None
    here = pd.sentence_index(head.idx)
    lemma = head.lemma_.lower()
    for tok in reversed(list(head.doc[:head.i])):
        if here - pd.sentence_index(tok.idx) > window:
            break
        if tok.lemma_.lower() == lemma and tok.dep_ == "dobj" and tok.head.lemma_.lower() in issue_verbs:
            aid = _subject_actor(actors, tok.head)
            if aid is not None:
                return aid
    return None


__all__ = ["issuer_of_noun"]
