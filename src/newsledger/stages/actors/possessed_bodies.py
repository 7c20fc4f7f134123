"""The country of a government body owned by an anaphor: "The country's foreign ministry accused France of ...",
"the kingdom's interior ministry". The possessor refers back, as "the country" alone does (an anaphor of a
state, ``anaphors`` in ``data/actors/coref.yaml``): its country is a state named before the body's sentence, not
the country the body's own sentence names ("accused France": the accused, not the owner). Of the states named in
the latest earlier sentence that names one, the one in its subject ("Mali has been ruled by a junta": Mali) comes
first, else the latest (:func:`.pronouns.home_first` reading the focus).

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .state import ArticleState, recent
from .tables import norm
from .types import Phrase

_SUBJECTS = ("nsubj", "nsubjpass")


def anaphor_owner(state: ArticleState, m: Phrase, history: list[Phrase]) -> Phrase | None:
    """The earlier mention of the state an anaphor possessor of ``m``'s head refers to, or None: no such
    possessor ("the foreign ministry", "Japan's foreign ministry"), or no state named before ``m``'s sentence."""
    head = state.doc[m.head]
    poss = next((c for c in head.children if c.dep_ == "poss" and m.start <= c.i < m.head), None)
    an = state.d.anaphors.get(norm(poss.text)) if poss is not None else None
    if an is None or "state" not in an.targets or an.plural:
        return None
    cands = [h for h in recent(history, m) if h.sentence < m.sentence and state.reg.kind_of(h.actor) == "state"]
    if not cands:
        return None
    latest = [h for h in cands if h.sentence == cands[0].sentence]
    return next((h for h in latest if _in_subject(state, h)), latest[0])


def _in_subject(state: ArticleState, h: Phrase) -> bool:
    """The mention is its clause's subject or inside it ("Mali's junta", "Mali")."""
    tok = state.doc[h.head]
    for _ in range(4):
        if tok.dep_ in _SUBJECTS:
            return True
        if tok.dep_ not in ("poss", "compound", "amod", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


__all__ = ["anaphor_owner"]
