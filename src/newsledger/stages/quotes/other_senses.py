"""Verbs of saying used in another sense, which cue no quote: an attack on a building or place
("attacked the hospital"), a denial of a thing one grants ("denied them visas"), a verb that
names ("a group called Hamas"), a span of time as the subject ("the past weeks have seen ..."),
hearsay ("a man said to be the gunman's brother": :func:`newsledger.nlp.hearsay.hearsay`), a verb
that cues words only with its particle used without it ("pointed his gun at her"), a gloss of a
word ("a term referring to those who left the faith")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.hearsay import hearsay
from .types import CueLexicon

_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def other_sense(v: Token, lex: CueLexicon, places: frozenset[int]) -> bool:
    """``v`` cues no quote: it is used in one of the senses this module names."""
    return _physical(v, lex, places) or _withholding(v, lex) or _naming(v, lex) or _time_subject(v) \
        or hearsay(v, lex.verbs) or _without_particle(v, lex) or _gloss(v, lex)


def _gloss(v: Token, lex: CueLexicon) -> bool:
    """A verb that glosses a word: a participle after a noun for a word or name ("the Khawarij, a
    term referring to those who left the faith") or a verb with one as its subject ("the name
    refers to a river"). A word says nothing; whoever used it is no speaker here."""
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in lex.gloss_nouns:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.gloss_nouns for c in v.children)


def _without_particle(v: Token, lex: CueLexicon) -> bool:
    """A verb that cues words only with one of its particles, used without it: "pointed out that"
    and "pointed to the figures" say something, "pointed his gun at her" does not."""
    lemma = v.lemma_.lower()
    if lemma not in lex.particle_only_verbs:
        return False
    own = lex.particles.get(lemma, frozenset())
    return not any(c.dep_ in ("prt", "prep") and c.lower_ in own for c in v.children)


def _physical(v: Token, lex: CueLexicon, places: frozenset[int]) -> bool:
    """A verb of verbal and of physical attack used in its physical sense: its object (or, in
    the passive, its subject) is a building, place or vehicle ("attacked the hospital", "the
    convoy was hit"), or the name of a town or region (``places``: "attacked Kunduz"; a
    country's name may be attacked in words)."""
    if v.lemma_.lower() not in lex.physical_senses:
        return False
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            words = {c.lemma_.lower(), c.lower_, f"{c.doc[c.i - 1].lower_} {c.lower_}" if c.i else ""}
            if words & lex.physical_targets or c.ent_type_ in ("FAC", "LOC") or c.i in places:
                return True
    return False


def _withholding(v: Token, lex: CueLexicon) -> bool:
    """A verb of denial used in its sense of withholding: what it denies is a thing one grants
    ("denied entry to the journalists", "denied them visas", "refused bail"), no proposition."""
    if v.lemma_.lower() not in lex.withholding_senses:
        return False
    return any(c.dep_ in ("dobj", "dative", "nsubjpass") and (c.lemma_.lower() in lex.withheld_things
                                                             or c.lower_ in lex.withheld_things)
               for c in v.children)


def _time_subject(v: Token) -> bool:
    """A span of time as the subject ("The past few weeks have seen China roll out ..."): the
    verb tells when something happened, no one perceives or says it."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if subjects:
        return any(c.ent_type_ in ("DATE", "TIME") for c in subjects)
    # "Last month saw rebels seize ...": the time read as an adverb right before the verb, which has no
    # subject ("Hours after ending the siege, X said": a subject the parser hung elsewhere speaks)
    return any(c.dep_ == "npadvmod" and c.right_edge.i == v.i - 1 and c.ent_type_ in ("DATE", "TIME")
               and not any(t.is_punct for t in c.subtree) for c in v.children)


def _naming(v: Token, lex: CueLexicon) -> bool:
    """A verb that names, not speaks: a participle after the noun it names ("a group called
    Hamas"), a proper name one gives oneself ("a cell calling itself the Lions of the Caliphate";
    "calls itself a movement for justice" is a claim), or a verb whose name is followed by a verb
    of its own ("a militia called the anti-Balaka fought back", parsed as if the name's verb were
    the complement)."""
    lemma = v.lemma_.lower()
    if lemma not in lex.naming_verbs:
        return False
    names = [c for c in v.children if c.dep_ in ("oprd", "attr")]
    if any(c.dep_ == "prep" and c.lower_ in lex.particles.get(lemma, ()) for c in v.children):
        return False  # "called for", "called on": a request
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in v.children) and any(n.pos_ == "PROPN" for n in names):
        return True  # "a cell calling itself the Lions of the Caliphate": a name it took, not a claim
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return len(names) == 1  # one name; "called Oz a quack, fake": a characterisation
    return any(c.pos_ in ("VERB", "AUX") and c.tag_ in ("VBD", "VBZ", "VBP")
               and any(s.dep_ == "nsubj" for s in c.children) for c in names)
