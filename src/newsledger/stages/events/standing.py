"""A party told as standing accused (PLOVER ACCUSE investigate: "investigations, inquiries";
disapprove: "criticize, condemn"): its clause puts it under an inquiry or under criticism, with
a verb of state ("is under investigation", "remains under investigation", "came under
criticism from X", "fell under suspicion"), and the accuser, if any, after "from" or "by".
"Fire" and "attack" so are figurative only with a reason after "over" or "for" ("came under
fire from Brussels over the law") or said of a party's conduct ("the ministry's record came under
fire"): otherwise they are shots ("a patrol came under fire from militants"), left to the assault rules.
Words: ``patterns.yaml`` ``accused_states``, ``figurative_states``, ``state_verbs``,
``state_reason_preps``, ``standing_conduct_nouns``; code: the state noun's own pattern's (an inquiry's), else ``rules.yaml``
``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .judgements import judged_party
from .lexicon import pattern_plover
from .predicates import noun_pattern
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found


def standing_accused(ctx: Context, n: Token) -> Found | None:
    """The party a verb of state puts under ``n``, one of ``accused_states``, as an ACCUSE
    target; None unless ``n`` is the object of "under" on such a verb with a named subject."""
    lex = ctx.lex
    prep = n.head
    if n.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "under" or not form_in(n, lex.accused_states):
        return None
    verb = prep.head
    if verb.lemma_ not in lex.state_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    if form_in(n, lex.figurative_states) and not _reason(ctx, verb, n) and not _conduct_subject(ctx, verb):
        return None  # "a patrol came under fire from militants": shots, not criticism
    pat = noun_pattern(ctx, n)
    own = pattern_plover(ctx.cameo, pat) if pat is not None else None
    cameo = pat.cameo if pat is not None and own == "ACCUSE" else ctx.rules.judgement_code  # an inquiry's own code
    return subject_accused(ctx, verb, n, Found(cameo=cameo, pred=[n], clause=verb, source=Arg(), target=Arg(),
                                               plover="ACCUSE", noun=True, extra=[verb, prep]))


def subject_accused(ctx: Context, verb: Token, n: Token, f: Found) -> Found | None:
    """``f``, an ACCUSE whose word ``n`` belongs to ``verb``, completed with the subject of ``verb`` as its
    target and the :func:`accuser` as its source (also a legal accusation's, charged.py); None unless the
    subject names a party."""
    subj = first_child(verb, "nsubj", "nsubjpass")
    target = judged_party(ctx, subj) if subj is not None else None
    if target is None or not target.ids:
        return None
    f.target = target
    f.source = accuser(ctx, verb, n)
    k = ctx.rules.confidence
    f.confidence = k.accusation if f.source.ids else k.accusation_unresolved
    return f


def _conduct_subject(ctx: Context, verb: Token) -> bool:
    """The verb's subject is a party's conduct (``standing_conduct_nouns``: "the ministry's record came under
    fire"), which is criticised, not shot at."""
    subj = first_child(verb, "nsubj", "nsubjpass")
    return subj is not None and form_in(subj, ctx.lex.standing_conduct_nouns)


def _reason(ctx: Context, verb: Token, n: Token) -> bool:
    """A reason phrase of ``state_reason_preps`` on the verb or the noun, not a span of time
    ("over the law", "for its handling of"; not "for two hours")."""
    # also on a named accuser, where the parser may hang it ("came under fire from the opposition over the deal")
    heads = (verb, n, *[o for o in prep_objects(verb, "from") if arg(ctx, o, allow_vague=False).ids])
    objs = [o for p in ctx.lex.state_reason_preps for t in heads for o in prep_objects(t, p)]
    return any(o.ent_type_ not in ("DATE", "TIME") for o in objs)


def accuser(ctx: Context, verb: Token, n: Token) -> Arg:
    """The one the accusation comes from: the object of "from" or "by" on the noun or the verb (also a
    legal accusation's, charged.py)."""
    for t in (n, verb):
        for p in ("from", "by"):
            for o in prep_objects(t, p):
                got = arg(ctx, o, allow_vague=False)
                if got.ids:
                    return got
    return Arg()
