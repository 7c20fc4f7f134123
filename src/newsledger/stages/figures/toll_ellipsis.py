"""Counts whose measure the sentence leaves out or gives by burial (issue 15: incident threads).

* A bare count in a gapped conjunct of a time or place phrase after a counted object ("the
  ministry reported 40 dead on Monday and 52 on Tuesday"): the parser hangs "52" on "Monday",
  and the verb and the counted word are left out; the count counts what the object counts.
* A bare count as the object of a burial verb whose subject is a person or a pronoun ("they
  buried 23", "volunteers say they buried 58"): the buried are dead, as "buried 23 people" is.
* People buried, in the passive, at a settlement or a burial ground ("58 people were buried in
  the town", "40 were buried in the cemetery"; ``burial_grounds``, ``settlement_nouns``): dead;
  not people buried under anything, or alive ("buried under the rubble", "buried alive"), who
  are trapped.
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import counts_people, measure_of_noun, verb_subject
from .types import FigureLexicon, MeasureHit

# prepositions that say the buried lie beneath something (trapped, not laid to rest)
_BENEATH = frozenset({"under", "beneath", "underneath", "below"})


def gapped_object(t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The measure of the counted object of the verb when ``t`` is a bare number conjoined to
    the object of a time or place phrase of that verb ("40 dead on Monday and 52 on Tuesday")."""
    if t.dep_ != "conj" or not t.like_num or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in t.children):
        return None
    head = t.head
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.i > t.i:
        return None
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < head.i):
        if not any(n.dep_ == "nummod" and n.like_num for n in obj.children):
            continue
        m = lex.measure_adjectives.get(obj.lower_) or measure_of_noun(obj, lex)
        if m:
            return MeasureHit(m, by_noun=True)
    return None


def _laid_to_rest(verb: Token, lex: FigureLexicon) -> bool:
    """A passive burial verb placed at a settlement or burial ground, with nothing over the buried."""
    if any(c.lower_ == "alive" for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in _BENEATH for p in preps):
        return False
    grounds = lex.burial_grounds | lex.settlement_nouns
    return any(p.lower_ in ("in", "at") and g.dep_ == "pobj" and (g.lemma_.lower() in grounds or g.ent_type_ == "GPE")
               for p in preps for g in p.children)


def buried_count(verb: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """Killed, for a bare count buried by people ("they buried 23") or people buried at a
    settlement or burial ground ("58 people were buried in the town"); None otherwise."""
    if verb.lemma_.lower() not in lex.burial_verbs:
        return None
    if t.dep_ == "dobj" and t.like_num and not any(c.dep_ == "prep" for c in t.children):
        subj = verb_subject(verb) or (verb_subject(verb.head) if verb.dep_ in ("xcomp", "conj") else None)
        if subj is not None and (subj.pos_ == "PRON" or counts_people(subj, lex)):
            return MeasureHit("killed")
    if t.dep_ == "nsubjpass" and (counts_people(t, lex) or t.like_num) and _laid_to_rest(verb, lex):
        return MeasureHit("killed")
    return None


__all__ = ["buried_count", "gapped_object"]
