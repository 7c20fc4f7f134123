"""Object relative clauses: a relative clause whose verb acts on the noun it modifies ("the rifles
(that) the troops seized", "the town which the rebels had overrun in May"). The noun is the verb's
object though the parse hangs it above the clause; a subject relative ("the bomb that exploded") or
a clause with an object of its own ("the men who seized the town") is none."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import is_passive
from .tree import children
from .words import RELATIVE_PRONOUNS

# relative words that open an object relative ("the town that / which the rebels took", "the
# hostage whom the gunmen seized"); "who" and "whose" open subject or possessive relatives
OBJECT_RELATIVES = frozenset({"that", "which", "whom"})


def object_relative_antecedent(verb: Token) -> Token | None:
    """The noun ``verb`` acts on when ``verb`` heads an object relative clause on it: the clause has
    a subject of its own that is no relative word, no direct object but an object relative word,
    no clause of its own after it, and is active; else None. Not a clause a relative adverb or a
    preposition opens ("the village where the army shelled", "the camp from which they fired"),
    nor one on a day or a time ("the day the rebels attacked": when, not what)."""
    head = verb.head
    if verb.dep_ != "relcl" or is_passive(verb) or head.pos_ not in ("NOUN", "PROPN") \
            or head.ent_type_ in ("DATE", "TIME"):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    if any(o.lower_ not in OBJECT_RELATIVES for o in objects):
        return None
    for c in children(verb):
        if c.tag_ == "WRB" or c.dep_ in ("ccomp", "xcomp") \
                or (c.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in children(c))):
            return None
    return head
