"""The counted as the passive subject of a verb of compulsion ("3,000 residents were forced to
flee", "thousands have been forced to leave their homes", "were made to leave the village"): the
infinitive it governs says what happened to them, as it does for the active verb's object
("forced a million people to flee", ``measures._controlled_verb``)."""

from __future__ import annotations

from spacy.tokens import Token

from .types import FigureLexicon, MeasureHit


def compelled_subject(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """``t`` is the passive subject of ``head``, a verb of ``compelling_verbs``, whose infinitive
    is a measure verb ("were forced to flee") or a leaving verb whose object is a settlement
    ("were forced to leave their homes": displaced); None otherwise ("were forced to wait")."""
    if t.dep_ != "nsubjpass" or head.lemma_.lower() not in lex.compelling_verbs:
        return None
    for v in (c for c in head.children if c.dep_ == "xcomp"):
        lemma = v.lemma_.lower()
        if lemma in lex.measure_verbs:
            return MeasureHit(lex.measure_verbs[lemma], v, passive=True, np_is_subject=True)
        if lemma in lex.leaving_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.settlement_nouns
                                              for c in v.children):
            return MeasureHit("displaced", v, passive=True, np_is_subject=True)
    return None
