"""The doer of a casualty told by the attack noun of its adjunct (issue 16, event nouns): "two paramedics were killed
in an Israeli strike on an ambulance", "three soldiers were wounded in shelling by Azerbaijani forces", "a farmer
was killed in Russia's shelling of the village". A passive verb of an act of force (PLOVER ASSAULT) with no doer
found (or only the scene's country, by PLOVER practice) has its doer named on the attack noun of its phrase of ``event_nouns_casualty_preps``: the noun's own doer
(``roles.noun_args``: a nationality adjective, a possessor or a "by" phrase, a name, not a vague noun), the
source of the casualty's act. A noun of no act ("killed in a road accident") or one naming no doer ("killed in an
airstrike") leaves the act with none."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from .lexicon import cameo_code, plover_of
from .noun_roles import noun_args
from .predicates import noun_pattern
from .tokens import children_of
from .types import Context, Found

FORCE = "ASSAULT"


def casualty_doers(ctx: Context, found: list[Found]) -> None:
    """Give each doerless passive act of force in ``found`` the doer its adjunct's attack noun names (see the
    module's doc)."""
    for f in found:
        verb = f.pred[0]
        named = bool(f.source) and not f.source_from_place  # a scene's country stands for no doer named
        if f.parent is not None or f.noun or named or not is_passive(verb) or plover_of(ctx.cameo, f) != FORCE:
            continue
        for noun in _adjunct_nouns(ctx, verb):
            pat = noun_pattern(ctx, noun)
            info = cameo_code(ctx.cameo, pat.cameo) if pat is not None else None
            if pat is None or (pat.plover or (info.plover if info else None)) != FORCE:
                continue
            source = noun_args(ctx, noun, pat)[0]
            if source.ids and source.named:
                f.source = source
                f.source_from_place = False
                break


def _adjunct_nouns(ctx: Context, verb: Token) -> list[Token]:
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ctx.lex.event_nouns_casualty_preps
            for o in children_of(p, "pobj", "pcomp")]  # "wounded in shelling by X": a gerund


__all__ = ["casualty_doers"]
