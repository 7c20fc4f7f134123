"""A rights monitor's report of an abuse is an allegation (issue 16, set 4c; PLOVER ACCUSE allege: "formally or
informally accuse"): a speech verb whose subject is a monitoring body (an actor of one of ``rights_monitor_sectors``:
"Human Rights Watch said Ethiopian troops killed dozens of civilians", "a rights group said police beat detainees")
and whose clause tells an act of force or repression (a verb or its object noun of an event of one of
``rights_abuse_types``) done by the clause's active subject. The monitor accuses that subject, as a critic does
(:func:`.judgements.allegation`); the act stays an event of its own. A clause that tells what was done to its
subject, or an act of another kind ("the group said the army released 20 prisoners"), accuses no one.
Words: ``rules.yaml`` ``rights_monitor_sectors``, ``rights_abuse_types``."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts, is_passive, is_verb
from .arguments import arg
from .lexicon import pattern_plover
from .predicates import noun_pattern, verb_pattern
from .tokens import children_of, first_child, form_in
from .types import Context


def rights_report_alleges(ctx: Context, v: Token, subj: Token, content: Token) -> bool:
    """``v``, a speech verb whose subject ``subj`` is a rights monitor, tells in ``content`` an abuse done by
    the content's active subject."""
    if not ctx.rules.rights_monitor_sectors or form_in(v, ctx.lex.speech_verbs) is None:
        return False
    if first_child(content, "nsubj") is None or is_passive(content):
        return False
    speaker = arg(ctx, subj)
    if not any((x := ctx.actor(i)) is not None and set(x.sectors) & ctx.rules.rights_monitor_sectors
               for i in speaker.ids):
        return False
    return _abuse(ctx, content)


def _abuse(ctx: Context, content: Token) -> bool:
    """``content`` or a verb coordinated with it ("mistreated and beat detainees"), or the noun one takes as
    its object ("committed rape"), tells an act of ``rights_abuse_types``."""
    for verb in (v for v in conjuncts(content) if is_verb(v)):
        hit = verb_pattern(ctx, verb)
        if hit is not None and pattern_plover(ctx.cameo, hit[0]) in ctx.rules.rights_abuse_types:
            return True
        for obj in children_of(verb, "dobj"):
            pat = noun_pattern(ctx, obj)
            if pat is not None and pattern_plover(ctx.cameo, pat) in ctx.rules.rights_abuse_types:
                return True
    return False


__all__ = ["rights_report_alleges"]
