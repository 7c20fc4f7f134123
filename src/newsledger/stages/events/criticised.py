"""Criticism of an act whose doer the sentence does not name (PLOVER ACCUSE disapprove: "criticize, condemn ... an
action"): a verb of disapproval whose object is an act ("Germany criticized the plan", "rights groups denounced the
decision") or a noun of disapproval received by an act on a recipient light verb ("the move drew criticism from
rights groups", "the decision has faced condemnation from Human Rights Watch") stands with no one accused, as a
condemned attack does (:mod:`.condemned`): the act's doer is the target when named, and the critic's own country is
never read as the one criticised. The act is a word of ``content_nouns`` ("plan", "move", "decision", "law") or a
noun of an event pattern ("the deportations"); a thing that is no act ("criticized the book") keeps the rule that
an accusation names the party it is aimed at."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts, is_passive
from .condemned import condemns_act
from .lexicon import pattern_plover
from .noun_roles import recipient_light
from .predicates import noun_pattern, object_of
from .tokens import first_child, form_in
from .types import Context, Found


def stands_unaccused(ctx: Context, f: Found) -> bool:
    """``f`` is an accusation that stands with no party accused: a condemned attack (:func:`.condemned.condemns_act`)
    or a criticised act (:func:`criticised_act`)."""
    return condemns_act(ctx, f) or criticised_act(ctx, f)


def criticised_act(ctx: Context, f: Found) -> bool:
    """``f``, an accusation of ``condemning_types``, is told of an act: the object of its verb, or the subject of
    the recipient light verb of its noun, each of whose conjuncts is an act word."""
    if f.pattern is None or pattern_plover(ctx.cameo, f.pattern) not in ctx.rules.condemning_types:
        return False
    act: Token | None
    if f.noun:
        light = f.extra[0] if f.extra else None
        if light is None or not recipient_light(ctx, light):
            return False
        act = first_child(light, "nsubjpass") if is_passive(light) else first_child(light, "nsubj")
    else:
        act = object_of(f.pred[0])
    if act is None or (not f.noun and f.pattern.objects):
        return False  # "the groups bringing the lawsuits": the object is the pattern's own word, no act judged
    return all(_act_word(ctx, c) for c in conjuncts(act))


def _act_word(ctx: Context, n: Token) -> bool:
    return n.pos_ == "NOUN" and (form_in(n, ctx.lex.content_nouns) is not None or noun_pattern(ctx, n) is not None)


__all__ = ["criticised_act", "stands_unaccused"]
