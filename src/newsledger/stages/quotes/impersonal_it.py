"""An impersonal "it" is no speaker: the subject of an evaluative frame with an extraposed
infinitive of a cue verb ("It's easy to see why ...", "It is fair to say that ...", "it's
important to remember that ...", "makes it hard to see how ...", "It's one thing to say ...").

The "it" there stands for the infinitive clause itself, not for anyone earlier in the text, so
the cue's content is kept (PolNeAR codes such a content as an attribution with no source) but
"it" is not its speaker and no earlier speaker is looked for. The frame's predicate, an adjective
or a noun ("easy", "fair", "thing"), is one of ``cues.yaml``'s ``impersonal_it_predicates``; a
predicate whose subject does the act ("It is ready to announce that ...", "It was the first to
report that ...") is not listed, and "it" keeps its speaker.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp.syntax import has_to

_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})


def _predicate_of(head: Token) -> Token | None:
    """The adjective or noun ``head``'s "it" is said to be: ``head`` itself, an adjective read as
    a clause ("makes it hard to see"), or its complement ("It's easy", "It's one thing")."""
    if head.pos_ == "ADJ":
        return head
    return next((c for c in head.children if c.dep_ in _PREDICATE_DEPS), None)


def impersonal_it(subject: Token, head: Token, cue: Token, predicates: Collection[str]) -> bool:
    """``subject`` of ``head`` is an impersonal "it" whose frame holds cue ``cue`` as an infinitive."""
    if subject.lower_ != "it" or not has_to(cue) or cue.i < head.i:
        return False
    predicate = _predicate_of(head)
    if predicate is None or predicate.lemma_.lower() not in predicates:
        return False
    return cue.i in {t.i for t in head.subtree} and predicate.i < cue.i


def impersonal_it_noun(noun: Token, cue: Token, predicates: Collection[str]) -> bool:
    """``noun`` is the noun of an impersonal "it" frame that ``cue``, an infinitive, modifies ("It's
    one thing to say ...", "It's a silly thing to say"): neither the noun nor "it" is the speaker."""
    if noun.dep_ not in _PREDICATE_DEPS or noun.lemma_.lower() not in predicates or not has_to(cue):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in noun.head.children)
