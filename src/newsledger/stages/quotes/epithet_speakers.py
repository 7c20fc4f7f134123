"""A definite description of a person by a place or party word as speaker ("the Florida senator",
"the Texas Republican", "the former New York mayor", "the New York billionaire", "the GOP
front-runner") is the person the article named last before it, within the chain's window.

The capitalised modifier (a state, a city, a party) marks the description as another way of
naming someone the reader has met, not a new person ("a senator", "the senator from the other
party" are not read so). The head is one of ``speakers.yaml``'s ``role_nouns`` or
``epithet_nouns``; the description is singular and names no one else (no possessor, "of" phrase or
relative clause). Not when the actor layer read the description as a named person or a body, nor
for a person of another country than the one the actor layer gave the description; a
description it read as a party (``epithet_party_sectors``: "the GOP front-runner") is still a
person's. Read by
:class:`~.chain.SpeakerChain` after its own rules (a description matching an earlier speaker's head
noun, a role held by the last person who spoke)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...records import Actor, ActorLayer

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NAMING_DEPS = frozenset({"poss", "prep", "appos", "relcl", "acl"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _head_word(head: Token) -> str:
    """The description's head noun ("front-runner", split by the tokenizer into "front" "-" "runner")."""
    if head.lower_ == "runner" and any(c.lower_ == "front" for c in head.children):
        return "front-runner"
    return head.lemma_.lower()


def _proper_modifier(head: Token) -> bool:
    """A capitalised modifier of ``head`` inside the phrase ("Florida", "New York", "GOP", "Democratic")."""
    return any(c.dep_ in _MODIFIER_DEPS and c.i < head.i and c.text[:1].isupper() and not c.is_sent_start
               and c.lower_ != "front" for c in head.children)


def epithet_description(head: Token, nouns: Collection[str]) -> bool:
    """``head`` heads "the <place or party> <person noun>" (see the module)."""
    return (head.tag_ not in _PLURAL_TAGS and _head_word(head) in nouns and _proper_modifier(head)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in _NAMING_DEPS for c in head.children))


def _unnamed(a: Actor) -> bool:
    return a.id.startswith("person:unnamed:")


def epithet_antecedent(actors: ActorLayer, head: Token, sentence: int, window: int, current: str | None,
                       nouns: Collection[str], parties: Collection[str] = ()) -> str | None:
    """The named person the description ``head`` stands for, or None (``parties``: the sectors of a
    party, which the actor layer may have read the description as: "the GOP front-runner")."""
    if not epithet_description(head, nouns):
        return None
    described = actors.actor(current)
    if described is not None and described.type == "organisation" and set(described.sectors) & set(parties):
        described = None  # a party word before a person noun describes the person, not the party
    if described is not None and (described.type == "organisation"
                                  or (described.type == "person" and not _unnamed(described))):
        return None
    named = [m for m in actors.mentions if m.start < head.idx and m.kind == "name" and sentence - m.sentence <= window
             and _fits(actors.actor(m.actor_id), described)]
    if not named:
        return None
    last = max(m.sentence for m in named)
    near = sorted((m for m in named if m.sentence == last), key=lambda m: m.start)
    # the subject of that sentence before a name in its predicate ("X backed Y. The former mayor said": X)
    subject = next((m for m in near if _subject(head.doc, m.start, m.end)), None)
    return (subject or near[-1]).actor_id


def _fits(cand: Actor | None, described: Actor | None) -> bool:
    """A named person of no other country than the description's."""
    if cand is None or cand.type != "person" or _unnamed(cand):
        return False
    return described is None or not described.country or not cand.country or described.country == cand.country


def _subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
