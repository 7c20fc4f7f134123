"""A verb of saying in its hearsay sense: "X is said to be Y", "X, said to have ...", "X is
reported to have killed 12", and the parser's active misreading of the reduced form ("The rebels,
said to be loyal to ..., killed ..." parsed as if the rebels said something). Its subject is what
is said of, not who says it, and no one speaks: the verb cues no quote and reports no figure. An
infinitive of another verb of saying after it keeps its report ("is reported to have said ...":
the inner verb speaks)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .syntax import has_to, is_passive

# subjects that make "said to be" an order reported, not hearsay ("She said to be careful")
_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they"})


def hearsay(verb: Token, speech: Collection[str]) -> bool:
    """``verb`` (a verb of saying) is in its hearsay sense: an infinitive "to be" or a perfect
    infinitive ("to have killed") of a verb that is not one of ``speech`` (lemmas) depends on it,
    no "by" names who says it, and it is passive, or bare with a subject that is no personal
    pronoun and a verb of the subject's own after the infinitive (the reduced form read as
    active)."""
    inf = next((x for x in verb.children if x.dep_ == "xcomp" and has_to(x) and _evidential(x, speech)), None)
    if inf is None or any(c.dep_ == "agent" for c in verb.children):
        return False  # "were said by witnesses to have been shot": the witnesses say it
    if is_passive(verb):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    bare = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in verb.children)
    # the reduced form read as active: the subject's own verb comes after the infinitive ("The
    # rebels, said to be loyal ..., killed 8"); with none it is the subject's claim ("The militants
    # claimed to have killed 35 soldiers")
    own_verb = any(c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > inf.i for c in verb.children)
    return bare and own_verb and subj is not None and subj.lower_ not in _PERSONAL


def _evidential(x: Token, speech: Collection[str]) -> bool:
    if x.lemma_.lower() in speech:
        return False  # "is reported to have said": a report of speech
    return x.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in x.children)


__all__ = ["hearsay"]
