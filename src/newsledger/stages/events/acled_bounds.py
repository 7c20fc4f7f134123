"""Words of a sentence that tell no act done there, read before the ACLED rules look for their cue words
(:func:`untold_words`): where a word moves an event across the boundary between two neighbouring
sub-event types, it must be a word of what happened.

* Harm told as none (:func:`harm_told_none`): a casualty word whose subject is nobody ("no one was
  killed", "none of the guards died"), that is negated ("the residents were not hurt") or that the
  determiner "no" qualifies ("there were no deaths"). ACLED's property destruction is destruction with
  nobody hurt, and an attack on people when someone was: "militiamen torched the clinic; no one was
  killed" harms nobody.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .acled_types import AcledData

SUBJECTS = ("nsubj", "nsubjpass")


def untold_words(tokens: Iterable[Token], data: AcledData) -> frozenset[int]:
    """The indices of the tokens of a sentence that are no cue word of its acts (see the module docs)."""
    return frozenset(t.i for t in tokens if harm_told_none(t, data.casualty_words, data.nobody_words))


def harm_told_none(tok: Token, casualty: frozenset[str], nobody: frozenset[str]) -> bool:
    """A word of ``casualty`` ("killed", "hurt", "deaths") told as harm that did not happen: its subject is
    one of ``nobody`` or has the determiner "no" ("no one was killed", "none of them died", "no soldier
    was hurt"), it is negated ("were not injured"), or "no" qualifies it ("no deaths were reported"); a
    conjunct shares its first conjunct's ("nobody was killed or injured")."""
    if not ({tok.lower_, tok.lemma_.lower()} & casualty):
        return False
    cur = tok
    while not any(c.dep_ in SUBJECTS for c in cur.children) and cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # a conjunct with no subject of its own shares its first conjunct's
    if any(c.dep_ == "neg" for c in cur.children) or _no_det(cur):
        return True
    return any(c.dep_ in SUBJECTS and (c.lower_ in nobody or _no_det(c)) for c in cur.children)


def _no_det(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


__all__ = ["harm_told_none", "untold_words"]
