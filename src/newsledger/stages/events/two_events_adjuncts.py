"""Two happenings in one sentence, one of them in a phrase of time: an attack named by an indefinite
noun in a phrase of time within which the sentence's act took place (``two_events_within_preps``: "were
injured in a blast during clashes with the rebels", "killed two soldiers amid fighting between the army
and rebels") is told as a happening beside the sentence's own act when the phrase names its parties (a
phrase of ``two_events_scene_preps`` on the noun: "with the rebels", "between X and Y"); "after attacks"
alone may be any (``timed_acts``), and an act "after fierce fighting with guerrillas" is the fighting's
outcome, one operation (measured: the PLOVER records hold one event there).
Words: ``patterns.yaml`` ``two_events_within_preps``, ``two_events_scene_preps`` (and ``timed_act_preps`` /
``timed_act_heads``)."""

from __future__ import annotations

from spacy.tokens import Token

from .types import Context


def scene_named(ctx: Context, prep: Token, n: Token) -> bool:
    """The attack noun ``n``, in the phrase of ``prep`` (one of ``two_events_within_preps``), has a phrase
    naming its parties ("during clashes with the rebels", "amid fighting between X and Y"): a prepositional
    child of ``two_events_scene_preps`` with an object."""
    lex = ctx.lex
    return prep.lower_ in lex.two_events_within_preps and any(
        c.dep_ == "prep" and c.lower_ in lex.two_events_scene_preps and any(g.dep_ == "pobj" for g in c.children)
        for c in n.children)
