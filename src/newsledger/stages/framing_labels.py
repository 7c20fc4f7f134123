"""The words and the reading of the framing constructions built from any state or group name
(``data/framing/labels.yaml``): their rules (``LabelRules``), one article as the rules read it
(``LabelContext``), and the noun-phrase helpers they share.

Each rule names a construction, not a party, so that it covers every side of any conflict:

* labels of parties (``stages/framing_party_labels.py``): descriptors ("Hamas-run ministry",
  "Kremlin-backed separatists", "the clinic, which is run by Hezbollah", "Hamas, which runs Gaza"),
  group labels ("terror groups", "the Palestinian radical group Hamas"), act labels ("Hamas
  terror", "Israeli terrorism") and party words ("the occupation bombed", "the regime's forces");
* judged accounts, places and wars (``stages/framing_accounts.py``): the writer's own verdict on a
  party's account ("false claims", "Hamas propaganda", "falsely claimed"), places presented as
  besieged, wronged or freed ("the besieged Gaza Strip", "the liberated zones"), and a war named as
  one person's ("Putin's war");
* blame: responsibility for an attack stated in the outlet's own voice lives in
  ``stages/framing_blame.py`` (its words are here too).

A name here is a token the parser tags as a proper noun or as a nationality, place or
organisation entity, or one inside an actor mention of a state, group or organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.tokens import Token

from ..nlp import ParsedDoc
from ..records import ActorLayer, FramingKind, FramingMark, Mention, Quote, record_id
from ..resources import Resources, word_set

# the entities of a proper name of a body, work or law: a capitalised word inside one is part of the name
PROPER_NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})

LABELS_SCHEMA: Any = {
    "descriptor_suffixes": [str], "descriptor_verbs": [str], "descriptor_sectors": [str], "descriptor_note": str,
    "descriptor_nouns": [str], "descriptor_prefixes": [str], "descriptor_heads": [str],
    "group_adjectives": [str], "group_nouns": [str], "judged_nouns": [str], "group_note": str, "act_nouns": [str], "act_note": str,
    "fighter_nouns": [str], "fighter_note": str, "creed_adjectives": [str], "creed_nouns": [str],
    "party_words": [str], "party_note": str, "ruler_words": [str], "party_adjectives": [str], "party_holdings": [str],
    "party_prefixes": [str],
    "claim_adjectives": [str], "claim_nouns": [str], "account_nouns": [str], "evidence_phrases": [str],
    "claim_adverbs": [str], "evasion_verbs": [str], "evasion_nouns": [str], "claim_note": str,
    "place_adjectives": [str], "place_adverbs": [str], "place_note": str,
    "capture_adjectives": [str], "capture_nouns": [str], "capture_places": [str], "capture_note": str,
    "secession_adjectives": [str], "secession_places": [str], "secession_note": str,
    "attack_nouns": [str], "attack_verbs": [str], "responsibility_words": [str], "war_nouns": [str], "leader_war_note": str,
    "war_prepositions": [str], "impact_verbs": [str],
    "attribution_verbs": [str], "content_nouns": [str], "hedges": [str], "blame_note": str,
    "designation_verbs": [str],
}
NAME_ENTITIES = frozenset({"NORP", "GPE", "ORG", "LOC", "FAC"})
NAMED_ACTOR_PREFIXES = ("state:", "country:", "org:", "group:", "sector:")
NP_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "advmod", "case", "punct"})
HYPHENS = "\\-‐‑"  # for a character class
# a name before a descriptor's hyphen: a capitalised word, or several joined by hyphens ("Al-Qaeda-linked",
# "Al-Shabab-backed"), after a lower-case particle of a name ("al-Qaeda-linked")
_NAME_PART = rf"(?:[a-z]{{1,3}}[{HYPHENS}])?[A-Z][\w.'’]*(?:[{HYPHENS}][A-Z][\w.'’]*)*"


def _phrase_re(phrases: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives or 'a^'})\b", re.IGNORECASE)


@dataclass(frozen=True)
class LabelRules:
    """The words of each construction (``data/framing/labels.yaml``)."""

    descriptor_re: re.Pattern[str]
    descriptor_nouns: frozenset[str]
    descriptor_verbs: frozenset[str]
    descriptor_sectors: frozenset[str]
    descriptor_note: str
    descriptor_heads: frozenset[str]
    group_adjectives: frozenset[str]
    group_nouns: frozenset[str]
    judged_nouns: frozenset[str]
    group_note: str
    act_nouns: frozenset[str]
    act_note: str
    party_words: frozenset[str]
    ruler_words: frozenset[str]
    party_note: str
    party_adjectives: frozenset[str]
    party_holdings: frozenset[str]
    claim_adjectives: frozenset[str]
    claim_nouns: frozenset[str]
    account_nouns: frozenset[str]
    evidence_re: re.Pattern[str]
    claim_adverbs: frozenset[str]
    evasion_verbs: frozenset[str]
    evasion_nouns: frozenset[str]
    claim_note: str
    place_adjectives: frozenset[str]
    place_adverbs: frozenset[str]
    place_note: str
    attack_nouns: frozenset[str]
    attack_verbs: frozenset[str]
    war_nouns: frozenset[str]
    leader_war_note: str
    war_prepositions: frozenset[str]
    impact_verbs: frozenset[str]
    responsibility_words: frozenset[str]
    attribution_verbs: frozenset[str]
    content_nouns: frozenset[str]
    hedges: frozenset[str]
    blame_note: str
    designation_verbs: frozenset[str] = frozenset()  # "designated X a terrorist group": the designator's word
    # "pro-Kremlin channels", "pro-Iranian militias": a prefix of alignment before a state or group name
    descriptor_prefix_re: re.Pattern[str] = re.compile("a^")
    party_prefixes: frozenset[str] = frozenset()  # "anti-junta fighters": a side named by its enemy's label
    # "the liberated zones", "the liberation of Goma": a capture of a place presented as its freeing
    capture_adjectives: frozenset[str] = frozenset()
    capture_nouns: frozenset[str] = frozenset()
    capture_places: frozenset[str] = frozenset()
    capture_note: str = ""
    # "Hamas militants", "Polisario separatists": a name before the writer's word for a party's fighters
    fighter_nouns: frozenset[str] = frozenset()
    fighter_note: str = ""
    # "the Hindu nationalist government": a creed's adjective labels a government or force only
    creed_adjectives: frozenset[str] = frozenset()
    creed_nouns: frozenset[str] = frozenset()
    # "the breakaway province", "a renegade region": a place presented as torn from its claimant
    secession_adjectives: frozenset[str] = frozenset()
    secession_places: frozenset[str] = frozenset()
    secession_note: str = ""


def load_label_rules(resources: Resources) -> LabelRules:
    raw = resources.yaml("framing/labels.yaml", LABELS_SCHEMA) or {}
    suffixes = "|".join(sorted((re.escape(s) for s in word_set(raw, "descriptor_suffixes")), key=len, reverse=True))
    nouns = word_set(raw, "descriptor_nouns") | word_set(raw, "party_words")  # "occupation-backed settlers"
    prefixes = "|".join(sorted((re.escape(s) for s in word_set(raw, "descriptor_prefixes")), key=len, reverse=True))
    lower = "".join(f"|{re.escape(n)}" for n in sorted(nouns, key=len, reverse=True))
    return LabelRules(
        descriptor_re=re.compile(rf"(?<![\w{HYPHENS}])({_NAME_PART}{lower})[{HYPHENS}](?:{suffixes or 'a^'})(?![\w{HYPHENS}])"),
        descriptor_nouns=nouns,
        descriptor_verbs=word_set(raw, "descriptor_verbs"),
        descriptor_sectors=frozenset(str(x).upper() for x in raw.get("descriptor_sectors", []) or []),
        descriptor_note=str(raw.get("descriptor_note", "")),
        descriptor_heads=word_set(raw, "descriptor_heads"),
        group_adjectives=word_set(raw, "group_adjectives"),
        group_nouns=word_set(raw, "group_nouns"),
        judged_nouns=word_set(raw, "judged_nouns") | word_set(raw, "group_nouns"),
        group_note=str(raw.get("group_note", "")),
        act_nouns=word_set(raw, "act_nouns"),
        act_note=str(raw.get("act_note", "")),
        fighter_nouns=word_set(raw, "fighter_nouns"),
        fighter_note=str(raw.get("fighter_note", "")),
        creed_adjectives=word_set(raw, "creed_adjectives"),
        creed_nouns=word_set(raw, "creed_nouns"),
        party_words=word_set(raw, "party_words"),
        ruler_words=word_set(raw, "ruler_words"),
        party_note=str(raw.get("party_note", "")),
        party_adjectives=word_set(raw, "party_adjectives"),
        party_holdings=word_set(raw, "party_holdings"),
        party_prefixes=word_set(raw, "party_prefixes"),
        claim_adjectives=word_set(raw, "claim_adjectives"),
        claim_nouns=word_set(raw, "claim_nouns"),
        account_nouns=word_set(raw, "account_nouns"),
        evidence_re=_phrase_re(word_set(raw, "evidence_phrases")),
        claim_adverbs=word_set(raw, "claim_adverbs"),
        evasion_verbs=word_set(raw, "evasion_verbs"),
        evasion_nouns=word_set(raw, "evasion_nouns"),
        claim_note=str(raw.get("claim_note", "")),
        place_adjectives=word_set(raw, "place_adjectives"),
        place_adverbs=word_set(raw, "place_adverbs"),
        place_note=str(raw.get("place_note", "")),
        attack_nouns=word_set(raw, "attack_nouns"),
        attack_verbs=word_set(raw, "attack_verbs"),
        war_nouns=word_set(raw, "war_nouns"),
        leader_war_note=str(raw.get("leader_war_note", "")),
        war_prepositions=word_set(raw, "war_prepositions"),
        impact_verbs=word_set(raw, "impact_verbs"),
        responsibility_words=word_set(raw, "responsibility_words"),
        attribution_verbs=word_set(raw, "attribution_verbs"),
        content_nouns=word_set(raw, "content_nouns"),
        hedges=word_set(raw, "hedges"),
        blame_note=str(raw.get("blame_note", "")),
        designation_verbs=word_set(raw, "designation_verbs"),
        capture_adjectives=word_set(raw, "capture_adjectives"),
        capture_nouns=word_set(raw, "capture_nouns"),
        capture_places=word_set(raw, "capture_places"),
        capture_note=str(raw.get("capture_note", "")),
        secession_adjectives=word_set(raw, "secession_adjectives"),
        secession_places=word_set(raw, "secession_places") | word_set(raw, "capture_places"),
        secession_note=str(raw.get("secession_note", "")),
        descriptor_prefix_re=re.compile(
            rf"(?<![\w{HYPHENS}])(?i:{prefixes or 'a^'})[{HYPHENS}]([A-Z][\w.'’]*)(?![\w{HYPHENS}])"),
    )


class LabelContext:
    """One article's parse, actors and quotes, as the rules read them."""

    def __init__(self, doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.actors = actors
        self.quoted = [(q.start, q.end) for q in quotes] + [(q.content.start, q.content.end) for q in quotes]
        self.verbatim = [(q.content.start, q.content.end) for q in quotes if q.kind in ("direct", "partial")]

    @cached_property
    def tokens(self) -> list[Token]:
        """The article's tokens, made once (``ParsedDoc.tokens``): every rule walks them."""
        return self.doc.tokens

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(t.lower_ for t in self.tokens)

    def is_name(self, tok: Token) -> bool:
        """A token that names a state, group or organisation (or a nationality)."""
        if tok.ent_type_ in NAME_ENTITIES:
            return True
        if not (tok.pos_ == "PROPN" or tok.text[:1].isupper()):
            return False
        end = tok.idx + len(tok.text)
        # the longest mention over the token, or the token's own ("Houthi" in "Houthi-held Sanaa")
        own = [x for x in self.actors.mentions_in(tok.idx, end) if x.actor_id]
        return any(_names_a_party(m) for m in [self.actors.mention_overlapping(tok.idx, end), *own])

    def is_power(self, tok: Token, sectors: frozenset[str]) -> bool:
        """A name of a state, or of a body in one of ``sectors`` (government, army, armed group,
        party ...): who can be said to run or back a place or a force."""
        if not self.is_name(tok):
            return False
        if tok.ent_type_ in ("GPE", "NORP"):
            return True  # a state or a nationality ("Israeli-besieged", "US-led")
        # (a nationality the actor stage reads as its country: "Emirati-backed")
        # any mention over the token: the longest, the token's own ("Hamas" in "Hamas-ruled Gaza"),
        # or one a longer name overlaps ("the Kremlin" in "the Kremlin-controlled NTV channel")
        end = tok.idx + len(tok.text)
        ids = [m.actor_id for m in self.actors.mentions if m.start < end and tok.idx < m.end]
        if all(m.kind != "name" or m.start < tok.idx for m in self.actors.mentions if m.start < end and tok.idx < m.end):
            # swallowed into a phrase ("Prominent Kremlin-affiliated bloggers"): the name read elsewhere
            ids += [m.actor_id for m in self.actors.mentions if m.kind == "name"
                    and self.doc.text[m.start:m.end].lower().removeprefix("the ") == tok.lower_]
        actors = [a for a in map(self.actors.actor, ids) if a is not None]
        return any(a.type in ("state", "country") or bool(sectors & set(a.sectors)) for a in actors)

    def referent(self, start: int, end: int) -> str | None:
        """The actor named inside [start, end): the longest mention there with an actor."""
        inside = [m for m in self.actors.mentions_in(start, end) if m.actor_id]
        if not inside:
            m = self.actors.mention_overlapping(start, end)
            return m.actor_id if m is not None else None
        return max(inside, key=lambda m: m.end - m.start).actor_id

    def in_quote(self, start: int, end: int, verbatim: bool = False) -> bool:
        """Whether [start, end) is inside a quote record (its cue and speaker included), or with
        ``verbatim`` inside the quoted words of a direct or partial quote."""
        return any(s <= start and end <= e for s, e in (self.verbatim if verbatim else self.quoted))

    def mark(self, start: int, end: int, kind: FramingKind, note: str, refers: str | None = None) -> FramingMark:
        text = self.doc.text
        return FramingMark(
            id=record_id("fm", self.doc.article_id, start, end, kind),
            article_id=self.doc.article_id,
            sentence=self.doc.sentence_index(start),
            start=start,
            end=end,
            text=text[start:end],
            kind=kind,
            refers_to=refers if refers is not None else self.referent(start, end),
            note=note or None,
        )


def _names_a_party(m: Mention | None) -> bool:
    """A mention of a state, group or organisation; a sector of no country ("counter-terrorism
    police") names none."""
    aid = (m.actor_id or "") if m is not None and m.label != "PRONOUN" else ""
    return aid.startswith(NAMED_ACTOR_PREFIXES) and not (aid.startswith("sector:") and aid.count(":") < 2)


def names_only(doc: ParsedDoc, actors: ActorLayer, start: int, end: int,
               titles: frozenset[str] = frozenset()) -> bool:
    """Whether [start, end) holds nothing but a state or group name ("Israeli", "Hamas", "the
    Kremlin"), or one of ``titles``, the words for a state's offices and institutions ("the
    “government”", "“President” Ruiz", "the “Israeli army”"): every word a name or such a word
    (a possessive "'s" and an article aside)."""
    span = doc.span_chars(start, end)
    if span is None:
        return False
    ctx = LabelContext(doc, actors, ())
    words = [t for t in span if not t.is_punct and t.tag_ != "POS" and t.lower_ != "the"]
    return bool(words) and all((ctx.is_name(t) and t.ent_type_ != "LOC") or t.lower_ in titles or acronym(t)
                               for t in words)


def acronym(tok: Token) -> bool:
    """The initials of a body or a self-declared state ("DPR", "SADR", "TRNC"), known or not."""
    return tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.isupper() and 2 <= len(tok.text) <= 6


def phrase_end(tok: Token, limit: int = 5) -> Token:
    """The head noun a modifier belongs to (``tok`` itself when it heads no noun to its right)."""
    h = tok
    while h.dep_ in NP_DEPS | {"amod"} and h.head.i > h.i and h.head.i - tok.i <= limit:
        h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            return name_after(h)
    return h


def name_after(head: Token) -> Token:
    """A name set in apposition right after a group noun ("the radical group Hamas")."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.head.i == head.i and nxt.dep_ in ("appos", "compound") and nxt.pos_ == "PROPN":
        return max((t for t in nxt.subtree if t.i >= nxt.i and t.pos_ == "PROPN"), key=lambda t: t.i)
    return head


def noun_phrase_start(head: Token) -> Token:
    """The first modifier of ``head``'s noun phrase, articles left out."""
    first = head
    for child in head.lefts:
        if child.dep_ in NP_DEPS and child.pos_ not in ("DET", "PUNCT"):
            first = min(first, min(child.subtree, key=lambda t: t.i), key=lambda t: t.i)
    return first


__all__ = ["HYPHENS", "LABELS_SCHEMA", "NAME_ENTITIES", "NP_DEPS", "PROPER_NAME_ENTITIES", "LabelContext", "LabelRules", "acronym",
           "load_label_rules", "name_after", "names_only", "noun_phrase_start", "phrase_end"]
