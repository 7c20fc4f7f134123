"""Word tests of the speaker chain (:mod:`.chain`): whether a speaker's head names many, the words
that tell a head noun's referent apart, a class noun's describing modifier, an unnamed office
holder, a body its quotation labels, and the nouns of a speaker's apposition."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import Actor

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# entity labels of a people's or a country's name ("the Russian ministry", "the Gaza ministry")
_LANDS = frozenset({"NORP", "GPE"})


def plural_head(head: Token) -> bool:
    """A speaker's head names many: a plural noun, but not the plural last word of one body's
    name ("the Inter-Services Public Relations said ... It said", "the United Nations": one body,
    "it"); "the Houthis" are many."""
    name_end = head.tag_ == "NNPS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
    return head.tag_ in _PLURAL_TAGS and not name_end


def distinguishing(head: Token) -> frozenset[str]:
    """The words that tell a head noun's referent apart from others of its kind: its noun and
    adjective modifiers ("the health ministry", "the foreign ministry", "the Interior Ministry"),
    not a people's or country's name ("the Russian ministry") nor a participle ("the
    Iran-backed group")."""
    return frozenset(c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.ent_type_ not in _LANDS
                     and c.pos_ in ("NOUN", "PROPN", "ADJ"))


def unnamed(a: Actor) -> bool:
    """An office holder the article does not name (the actor layer's ``person:unnamed:`` ids)."""
    return a.id.startswith("person:unnamed:")


def named_by_label(a: Actor, labelled: set[str]) -> bool:
    """Whether a quotation's loaded labels name the actor or its country (nobody calls itself
    by its opponents' label)."""
    return a.id in labelled or (a.country or "") in labelled


def describing(mod: Token) -> bool:
    """A modifier that describes a class noun without naming whose it is: an adjective
    ("the militant group") or a participle ("the Iran-backed group", "the banned group"), not a
    people's or country's adjective ("the Palestinian group")."""
    return mod.dep_ == "amod" and (mod.pos_ == "ADJ" or mod.tag_ == "VBN") and not mod.ent_type_


def appositives(pd: ParsedDoc, start: int) -> dict[str, frozenset[str]]:
    """The head nouns of the appositions on a speaker's head, the speaker written from ``start``
    ("The Qassam Brigades, Hamas's armed wing, said": {"wing": {"armed"}}), and of a title written
    before a name ("Army spokesman Ali Umar said": {"spokesman": {"army"}}), each with its
    distinguishing words."""
    tok = pd.token_at(start) if start >= 0 else None
    while tok is not None and tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return {}
    titled = tok.pos_ == "PROPN"
    return {c.lemma_.lower(): distinguishing(c) for c in tok.children
            if c.pos_ == "NOUN" and (c.dep_ == "appos" or (titled and c.dep_ == "compound" and c.i < tok.i))}



def says_nothing(verb: Token) -> bool:
    """A negated verb of saying with no clause of what is said ("did not respond to requests for
    comment", "did not comment"): its subject is no speaker; "did not say how many died" still
    tells what was left unsaid."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and not any(c.dep_ in ("ccomp", "parataxis") for c in children)


__all__ = ["appositives", "describing", "distinguishing", "named_by_label", "plural_head", "says_nothing", "unnamed"]
