"""A truce named as what an act of aim would keep up ("forming monitoring mechanisms to support the
ceasefire", "sent observers to help uphold the truce"): the object of a purpose infinitive of a verb of
keeping something up (a construction's ``aimed_by`` in ``reports.yaml``) is aimed at, not told as
having come about: its report is hypothetical (as what a thing made is for, ``Frame.aimed``), not a
ceasefire reached. Told beside no aim ("the ceasefire held", "the monitors supported the truce") it
stays a report."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to
from .tokens import lemma_of
from .types import Frame

AIM_DEPS = ("advcl", "acl", "relcl")  # an infinitive of aim on a verb or a noun ("mechanisms to support")


def upheld_aim(noun: Token, clause: Token, frame: Frame, verbs: frozenset[str]) -> bool:
    """``noun`` is the object of ``clause``, a verb of ``verbs`` in an infinitive of aim, or its bare
    infinitive after "help" ("to help sustain the truce")."""
    if not verbs or noun.dep_ != "dobj" or noun.head.i != clause.i or lemma_of(clause) not in verbs:
        return False
    verb = clause.head if clause.dep_ == "xcomp" and lemma_of(clause.head) == "help" else clause
    return frame.purpose or (verb.dep_ in AIM_DEPS and has_to(verb))


def aimed_modality(modality: str, tok: Token, clause: Token, frame: Frame, verbs: frozenset[str]) -> str:
    """``modality`` of a report on ``tok`` in ``clause``, hypothetical when ``tok`` is a noun that an infinitive
    of aim would keep up (:func:`upheld_aim`)."""
    if modality == "asserted" and tok.pos_ in ("NOUN", "PROPN") and upheld_aim(tok, clause, frame, verbs):
        return "hypothetical"  # "mechanisms to support the ceasefire": a truce aimed at keeping up, none reached
    return modality


__all__ = ["aimed_modality", "upheld_aim"]
