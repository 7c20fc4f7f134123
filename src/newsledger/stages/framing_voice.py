"""Whose word a label is when the text reports it as someone's official naming: "the United
States has designated the BLA a terrorist group", "a U.S.-designated terrorist group", "was
designated a terrorist organisation by Russia", or as what someone calls another ("what it
called resistance workers"; ``data/framing/labels.yaml`` designation_verbs), or as a name whose
users a clause of naming right after it gives ("Judea and Samaria, as Israel calls the West
Bank", "“Artsakh”, as Armenians call the region"). The label is the designator's, reported by the
outlet, as a quoted word is its speaker's; when the designator is no actor the text names (a
pronoun it does not resolve), the words are still not the outlet's: their voice is unknown."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from ..nlp import ParsedDoc
from ..records import ActorLayer

HYPHEN_PARTS = ("-", "\u2010", "\u2011")


def designator_voice(doc: ParsedDoc, actors: ActorLayer, start: int, end: int, verbs: Collection[str],
                     unknown: str = "unknown", report_verbs: Collection[str] = ()) -> str | None:
    """The actor who designates what the label [start, end) calls someone, when the text names
    them; ``unknown`` when a designator is there but is no actor's mention; None otherwise. With
    ``report_verbs``, a label that is what a reported clause says someone is ("officials said the
    movement was a terrorist organisation") is the reporter's predicate, as a naming is."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not verbs:
        return None
    head = span.root
    while head.dep_ in ("amod", "compound") and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "terrorist" in "a terrorist group": the group is what is named
    joined = _hyphen_designator(head, verbs)
    if joined is not None:
        return _actor_over(actors, *joined, within=True)
    who = _clause_designator(head, verbs) or _as_clause_designator(span, verbs) or _reported_predicate(head, report_verbs)
    if who is None:
        return None
    return _actor_over(actors, who.left_edge.idx, who.right_edge.idx + len(who.right_edge)) or unknown


def _as_clause_designator(span: Span, verbs: Collection[str]) -> Token | None:
    """"Judea and Samaria, as Israel calls the West Bank": the subject of a clause of naming
    brought in by "as" right after the label (past its closing quotation mark and a comma), whose
    object is the thing named, not the label; None when the clause's verb names nothing ("..., as
    Israel expands the settlements")."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].is_quote or doc[i].text == ","):
        i += 1
    if i >= len(doc) or i == span.end or doc[i].lower_ != "as" or doc[i].dep_ != "mark":
        return None
    verb = doc[i].head
    if verb.lemma_.lower() not in verbs or verb.i <= i:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _reported_predicate(head: Token, verbs: Collection[str]) -> Token | None:
    """"Officials said the movement was a terrorist organisation", "Ankara says the fighters are
    terrorists": the label as the predicate noun of a clause reported by one of ``verbs``; the
    reporting verb's subject. Not a label elsewhere in the clause ("said the terrorist group had
    fired"), whose choice of words the outlet makes."""
    for _ in range(3):  # "a terrorist militia armed by Algeria", "a cancer and a plague": a participle
        # or a conjunct on the predicate noun (not a phrase of it: "the work of criminal elements")
        if head.dep_ not in ("acl", "conj") or head.head.pos_ not in ("NOUN", "PROPN"):
            break
        head = head.head
    if not verbs or head.dep_ != "attr" or head.head.lemma_.lower() != "be":
        return None
    clause = head.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i or verb.lemma_.lower() not in verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _hyphen_designator(head: Token, verbs: Collection[str]) -> tuple[int, int] | None:
    """"a U.S.-designated terrorist group": the characters of the name joined to the naming
    participle."""
    for c in head.children:
        if c.dep_ not in ("amod", "compound"):
            continue
        parts = c.text.replace("\u2010", "-").replace("\u2011", "-").rsplit("-", 1)
        if len(parts) == 2 and parts[0] and parts[1].lower() in _participles(verbs):
            return c.idx, c.idx + len(parts[0])  # one token: the name is its first part
        if c.lemma_.lower() in verbs and c.i >= 2 and c.doc[c.i - 1].text in HYPHEN_PARTS:
            name = c.doc[c.i - 2]
            return name.idx, name.idx + len(name)
    return None


def _participles(verbs: Collection[str]) -> set[str]:
    return {v + ("d" if v.endswith("e") else "ed") for v in verbs}


def _clause_designator(head: Token, verbs: Collection[str]) -> Token | None:
    """The label as what a naming verb calls its object ("designated BLA (as) a terrorist
    group"): the verb's subject, or its "by" agent when passive."""
    tok = head
    for _ in range(5):
        gov = tok.head
        if gov.i == tok.i:
            return None
        if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in verbs and tok.dep_ not in ("nsubj", "nsubjpass"):
            if tok.dep_ == "prep" and tok.lower_ != "as":
                return None  # "called for an end to the operation": no naming
            return _agent(gov) or next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if not _inside_naming(tok):
            return None  # named "as" a label, not a label in another phrase ("called on X ... amid the genocide")
        tok = gov
    return None


def _inside_naming(tok: Token) -> bool:
    """``tok`` is part of what a naming verb calls its object: the object itself, the "as" phrase,
    a conjunct of a label ("as a separatist and a troublemaker"), or a phrase or participle set on
    a noun inside it ("an act of naked aggression", "terrorists sponsored by Belgrade"); not a
    phrase on the verb ("called on X ... amid the genocide")."""
    dep = tok.dep_
    if dep == "prep":
        return tok.lower_ == "as" or tok.head.pos_ in ("NOUN", "PROPN")
    if dep in ("conj", "acl"):
        return tok.head.pos_ in ("NOUN", "PROPN")
    return dep in ("pobj", "appos", "dobj", "oprd", "attr")


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive naming verb; an active one has none (the "by" of "described the
    gunmen as terrorists sponsored by Belgrade" is inside what it names)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # an active verb: its subject names
    for t in verb.subtree:
        if t.dep_ in ("agent", "prep") and t.lower_ == "by" and t.head.i != t.i:
            return next((c for c in t.children if c.dep_ == "pobj"), None)
    return None


def _actor_over(actors: ActorLayer, start: int, end: int, within: bool = False) -> str | None:
    """The actor of the smallest mention holding the characters [start, end) ("The United States
    and Pakistan": the two); ``within``: of the largest mention inside them ("US" of
    "US-designated"), none when the name is no mention of its own."""
    if within:
        inside = [m for m in actors.mentions if m.actor_id and start <= m.start and m.end <= end]
        found = max(inside, key=lambda m: m.end - m.start, default=None)
    else:
        holding = [m for m in actors.mentions if m.actor_id and m.start <= start and end <= m.end]
        found = min(holding, key=lambda m: m.end - m.start, default=None)
    return found.actor_id if found is not None else None
