"""A party's refusal named by its noun in a prepositional phrase (PLOVER REJECT "all rejections and
refusals"): "the rift deepened because of Serbia's refusal to recognise the court", "joins Turkey in
its refusal to sign the treaty". The possessed noun tells the refusal as a fact, as the verb does
("Serbia refused to recognise the court"), when its infinitive holds no act of its own; the owner is
the possessor. Not the object of a verb ("questioned Serbia's refusal to ...": a topic), nor a refusal
to comment (``reject_ignore``). Words: ``patterns.yaml`` ``wrapper_nouns`` (kind reject)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to, is_verb
from .frames import frame_of
from .modality import confidence, modality_of
from .roles import noun_owner
from .tokens import children_of, first_child, form_in
from .types import Arg, Context, Found


def refusal_in_phrase(ctx: Context, n: Token, taken: set[int]) -> Found | None:
    """The REJECT a possessed refusal noun in a prepositional phrase tells (see the module's doc)."""
    k = form_in(n, ctx.lex.wrapper_nouns)
    wr = ctx.lex.wrapper_nouns.get(k) if k else None
    comp = next((c for c in children_of(n, "acl") if has_to(c)), None)
    if wr is None or wr.kind != "reject" or comp is None or comp.i in taken or n.dep_ != "pobj":
        return None
    if first_child(n, "poss") is None or form_in(comp, ctx.lex.reject_ignore):
        return None
    owner = noun_owner(ctx, n)
    if not owner.ids:
        return None
    clause = n.head.head
    while not is_verb(clause) and clause.head.i != clause.i:
        clause = clause.head
    fr = frame_of(ctx, clause)
    f = Found(cameo=wr.default or ctx.rules.request_code, pred=[n], clause=clause, source=owner, target=Arg(),
              plover=wr.plover, speaker=fr.speaker, speaker_token=fr.speaker_token, noun=True, extra=[comp])
    f.confidence = confidence(ctx, f, fr) - ctx.rules.confidence.bare_wrapper_penalty
    f.modality = modality_of(fr)
    return f
