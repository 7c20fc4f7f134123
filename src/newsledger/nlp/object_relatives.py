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
    and is active; else None."""
    if verb.dep_ != "relcl" or is_passive(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    if any(o.lower_ not in OBJECT_RELATIVES for o in objects):
        return None
    return verb.head
