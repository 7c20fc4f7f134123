"""A party told as facing a legal accusation (PLOVER ACCUSE allege: "charge with a crime", "criminally
indict", "bring to trial"): the subject of a verb of facing or standing whose object is a legal
accusation ("faces charges of leaking secrets", "will stand trial for fraud", "faces prosecution
over") or whose complement is an accusing participle ("two men stand accused of plotting", "remains
charged with"). The one facing it is the target; the accuser, if any, after "by" (or "from").
Words: ``patterns.yaml`` ``facing_verbs``, ``charge_nouns``, ``accused_participles``; code: ``rules.yaml``
``codes.legal_accusation``."""

from __future__ import annotations

from spacy.tokens import Token

from .standing import subject_accused
from .tokens import form_in
from .types import Arg, Context, Found


def charged_party(ctx: Context, t: Token) -> Found | None:
    """The legal accusation ``t`` names as faced by its verb's subject: ``t`` one of ``charge_nouns``
    as the object of one of ``facing_verbs``, or one of ``accused_participles`` as its complement;
    None unless that subject names a party and the verb is not negated."""
    lex = ctx.lex
    if form_in(t, lex.charge_nouns) is not None and t.dep_ in ("dobj", "npadvmod", "attr"):
        pass
    elif form_in(t, lex.accused_participles) is not None and t.dep_ in ("acomp", "oprd", "xcomp", "advcl") and t.tag_ == "VBN":
        pass
    else:
        return None
    verb = t.head
    if form_in(verb, lex.facing_verbs) is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(w.is_punct and w.tag_ != "HYPH" for w in t.doc[min(verb.i, t.i) + 1:max(verb.i, t.i)]):  # "murder-for-hire charges"
        return None  # "the team stood, accused of nothing": a participle set off, no state of accusation
    return subject_accused(ctx, verb, t, Found(cameo=ctx.rules.legal_accusation_code, pred=[t], clause=verb,
                                               source=Arg(), target=Arg(), plover="ACCUSE", mode="allege", contexts=("legal",),
                                               noun=t.pos_ in ("NOUN", "PROPN"), extra=[verb]))

