"""An allegation told by its noun (PLOVER ACCUSE allege "formally or informally accuse"): a noun of
allegation with a that-clause naming the accused ("Serbia made allegations that Kosovo police had
mistreated Serbs", "Iran repeated its accusation that Israel was behind the killing", "the accusations
by Kyiv that Moscow had used chemical weapons"): its maker (the possessor, the "by" phrase, or the
subject of a verb of making or voicing it) accuses the clause's subject. An allegation nobody is
named as making ("rejected accusations that it had ...") is left to the other rules: the one who
rejects it is no accuser; nor is one told only as denied or judged by another ("rejected Kyiv's
accusations that", "described as lies the army's accusations that"): the act told is the denial.
Words: ``patterns.yaml`` ``allegation_nouns``, ``alleging_verbs``; code: ``rules.yaml`` ``codes.blame``."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from .arguments import arg
from .judgements import judged_party
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found


def alleged_in_noun(ctx: Context, n: Token) -> Found | None:
    """The ACCUSE a noun of ``allegation_nouns`` with a that-clause tells, or None when its maker or the
    accused is not named, or they are one party."""
    lex = ctx.lex
    if form_in(n, lex.allegation_nouns) is None or _disputed(ctx, n):
        return None
    clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    accused = first_child(clause, "nsubj", "nsubjpass")
    target = judged_party(ctx, accused) if accused is not None else Arg()
    source, verb = _maker(ctx, n)
    if not source.ids or not target.ids or set(source.ids) & set(target.ids):
        return None
    f = Found(cameo=ctx.rules.blame_code, pred=[n], clause=verb or n, source=source, target=target, plover="ACCUSE",
              noun=True, judgement=True)
    f.confidence = ctx.rules.confidence.accusation
    return f


def _disputed(ctx: Context, n: Token) -> bool:
    """An allegation told only as denied, rejected or judged by another ("rejected Kyiv's accusations that",
    "described as lies the army's accusations that"): the sentence's act is the denial, left to it."""
    if n.dep_ not in ("dobj", "nsubjpass"):
        return False
    st = ctx.data.stance
    words = (st.denial_verbs, st.rejection_verbs, ctx.lex.judging_verbs)
    # the verb it is the object of, or one above it by a few steps (the parser may hang it on "as lies")
    heads = list(islice(n.ancestors, 3))
    return any(form_in(h, w) is not None for h in heads for w in words)


def _maker(ctx: Context, n: Token) -> tuple[Arg, Token | None]:
    """Who makes the allegation: the noun's possessor or "by" or "from" phrase ("complaints from Washington that"), else the subject of the verb of
    ``alleging_verbs`` whose object it is (with that verb)."""
    for tok in [c for c in n.children if c.dep_ == "poss"] + prep_objects(n, "by") + prep_objects(n, "from"):
        got = arg(ctx, tok, allow_vague=False)
        if got.ids:
            return got, n.head if n.dep_ == "dobj" else None
    verb = n.head
    if n.dep_ != "dobj" or form_in(verb, ctx.lex.alleging_verbs) is None or any(c.dep_ == "neg" for c in verb.children):
        return Arg(), None
    subj = first_child(verb, "nsubj")
    return (arg(ctx, subj, allow_vague=False) if subj is not None else Arg()), verb
