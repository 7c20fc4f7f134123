"""Whether a cue word of an ACLED rule (stages/events/acled.py) names an act only aimed at: the verb of an
infinitive of aim ("clashed with the rebels in an attempt to retake the town", "fought off militants trying to
storm the base", "launched an offensive to recapture Kidal"). ACLED codes what was done: a place regained is one
whose control passed, so an attempt to take it that ends in a fight is an armed clash, and an attack meant to
abduct that ends in killings is an attack. The aim's words (``aim_words`` of ``acled.yaml``: nouns and verbs of
trying, "attempt", "bid", "try", "seek") are data."""

from __future__ import annotations

from spacy.tokens import Token

from .acled_types import AcledData

AIM_DEPS = frozenset({"xcomp", "acl", "advcl", "relcl"})  # an infinitive clause hanging on its head
MAX_UP = 6  # tokens walked up from the cue to the infinitive's verb


def aimed_only(cue: Token, pred: Token, data: AcledData) -> bool:
    """The cue word lies in an infinitive clause of aim (a verb with "to" that hangs on a word of ``aim_words``)
    that does not hold the event's predicate: what the event's doer tried to do, not what it did."""
    if not data.aim_words:
        return False
    clause = _aim_clause(cue, data.aim_words)
    return clause is not None and not (clause.left_edge.i <= pred.i <= clause.right_edge.i)


def _aim_clause(cue: Token, aims: frozenset[str]) -> Token | None:
    """The infinitive verb above (or at) the cue whose head is a word of aim, or None."""
    cur = cue
    for _ in range(MAX_UP):
        if cur.dep_ in AIM_DEPS and _infinitive(cur) and cur.head.lemma_.lower() in aims:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("to retake")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


__all__ = ["aimed_only"]
