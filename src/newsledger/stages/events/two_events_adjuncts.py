"""Two happenings in one sentence, one of them in a phrase of time: an attack named by an indefinite
noun in a phrase of time within which the sentence's act took place (``two_events_within_preps``: "were
injured in a blast during clashes with the rebels", "killed two soldiers amid fighting between the army
and rebels") is told as a happening beside the sentence's own act when the phrase names its parties (a
phrase of ``two_events_scene_preps`` on the noun: "with the rebels", "between X and Y"); "after attacks"
alone may be any (``timed_acts``), and an act "after fierce fighting with guerrillas" is the fighting's
outcome, one operation (measured: the PLOVER records hold one event there). An event in a phrase of
time is a second happening, not a weaker reading of the clause's own act, so de-duplication keeps both
when only their (empty) parties agree ("a grenade attack was carried out during clashes").
Words: ``patterns.yaml`` ``two_events_within_preps``, ``two_events_scene_preps`` (and ``timed_act_preps`` /
``timed_act_heads``)."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import lemma_of
from .types import Context, Found


def scene_named(ctx: Context, prep: Token, n: Token) -> bool:
    """The attack noun ``n``, in the phrase of ``prep`` (one of ``two_events_within_preps``), has a phrase
    naming its parties ("during clashes with the rebels", "amid fighting between X and Y"): a prepositional
    child of ``two_events_scene_preps`` with an object."""
    return prep.lower_ in ctx.lex.two_events_within_preps and any(c.dep_ == "prep" and c.lower_ in ctx.lex.two_events_scene_preps
               and any(g.dep_ == "pobj" for g in c.children) for c in n.children)


def time_phrase(ctx: Context, tok: Token) -> Token | None:
    """The preposition of time whose phrase holds ``tok`` ("during clashes", "in the wake of the
    raid": "in"), through conjuncts and the "of" phrase of a head of ``timed_act_heads``; None outside one."""
    lex = ctx.lex
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "pobj":
        return None
    prep = cur.head
    if prep.lower_ in lex.timed_act_preps:
        return prep
    head = prep.head
    if prep.lower_ == "of" and lemma_of(head) in lex.timed_act_heads and head.dep_ == "pobj":
        return head.head
    return None


def distinct_happenings(ctx: Context, kept: Found, other: Found) -> bool:
    """``other`` lies in a phrase of time that ``kept`` is outside of (or the reverse): two happenings,
    whatever parties they share."""
    for a, b in ((kept, other), (other, kept)):
        prep = time_phrase(ctx, a.pred[0])
        if prep is None:
            continue
        inside = {t.i for t in prep.subtree}
        if not any(t.i in inside for t in [*b.pred, *b.extra]):
            return True
    return False
