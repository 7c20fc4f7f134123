"""Framing constructions built from any state or group name (``data/framing/labels.yaml``).

Each rule names a construction, not a party, so that it covers every side of any conflict:

* descriptors: a name joined by a hyphen to a participle such as "run", "ruled", "backed",
  "led", "controlled" ("Hamas-run ministry", "Kremlin-backed separatists", "US-led coalition"),
  the name as the agent of such a verb ("the clinic, which is run by Hezbollah"), or its subject
  in a relative clause on the name ("Hamas, which runs Gaza");
* group labels: an evaluative word before a noun for an organised group ("terror groups",
  "the Palestinian radical group Hamas", "an extremist movement");
* act labels: a name before a noun that labels its acts ("Hamas terror", "Israeli terrorism");
* party words: a label used as a party's name ("the occupation bombed", "the regime's forces");
* account judgements: the writer's own verdict on a party's account ("false claims", "Hamas
  propaganda", "claimed, without evidence, that", "falsely claimed", "sought to deflect blame");
* place labels: a place or people presented as besieged or wronged ("the besieged Gaza Strip",
  "illegally annexed Crimea");
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
from ..nlp.headlines import headline
from ..records import ActorLayer, FramingKind, FramingMark, Mention, Quote, record_id
from ..resources import Resources, word_set

_NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})

LABELS_SCHEMA: Any = {
    "descriptor_suffixes": [str], "descriptor_verbs": [str], "descriptor_sectors": [str], "descriptor_note": str,
    "descriptor_nouns": [str], "descriptor_prefixes": [str], "descriptor_heads": [str],
    "group_adjectives": [str], "group_nouns": [str], "judged_nouns": [str], "group_note": str, "act_nouns": [str], "act_note": str,
    "party_words": [str], "party_note": str, "ruler_words": [str], "party_adjectives": [str], "party_holdings": [str],
    "party_prefixes": [str],
    "claim_adjectives": [str], "claim_nouns": [str], "account_nouns": [str], "evidence_phrases": [str],
    "claim_adverbs": [str], "evasion_verbs": [str], "evasion_nouns": [str], "claim_note": str,
    "place_adjectives": [str], "place_adverbs": [str], "place_note": str,
    "capture_adjectives": [str], "capture_nouns": [str], "capture_places": [str], "capture_note": str,
    "attack_nouns": [str], "attack_verbs": [str], "responsibility_words": [str], "war_nouns": [str], "leader_war_note": str,
    "war_prepositions": [str], "impact_verbs": [str],
    "attribution_verbs": [str], "content_nouns": [str], "hedges": [str], "blame_note": str,
    "designation_verbs": [str],
}
NAME_ENTITIES = frozenset({"NORP", "GPE", "ORG", "LOC", "FAC"})
NAMED_ACTOR_PREFIXES = ("state:", "country:", "org:", "group:", "sector:")
NP_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod", "advmod", "case", "punct"})
HYPHENS = "\\-‐‑"  # for a character class


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


def load_label_rules(resources: Resources) -> LabelRules:
    raw = resources.yaml("framing/labels.yaml", LABELS_SCHEMA) or {}
    suffixes = "|".join(sorted((re.escape(s) for s in word_set(raw, "descriptor_suffixes")), key=len, reverse=True))
    nouns = word_set(raw, "descriptor_nouns") | word_set(raw, "party_words")  # "occupation-backed settlers"
    prefixes = "|".join(sorted((re.escape(s) for s in word_set(raw, "descriptor_prefixes")), key=len, reverse=True))
    lower = "".join(f"|{re.escape(n)}" for n in sorted(nouns, key=len, reverse=True))
    return LabelRules(
        descriptor_re=re.compile(rf"(?<![\w{HYPHENS}])([A-Z][\w.'’]*{lower})[{HYPHENS}](?:{suffixes or 'a^'})(?![\w{HYPHENS}])"),
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


def _phrase_end(tok: Token, limit: int = 5) -> Token:
    """The head noun a modifier belongs to (``tok`` itself when it heads no noun to its right)."""
    h = tok
    while h.dep_ in NP_DEPS | {"amod"} and h.head.i > h.i and h.head.i - tok.i <= limit:
        h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            return _name_after(h)
    return h


def _name_after(head: Token) -> Token:
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


def descriptor_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"Hamas-run ministry", "Kremlin-backed forces", "a council run by the junta"."""
    out = []
    doc = ctx.doc
    for mt in rules.descriptor_re.finditer(doc.cased_text):  # "Iranian-Backed Militias": a title-case headline
        name = doc.token_at(mt.start(1))
        noun = mt.group(1) if not name or not name.is_sent_start else mt.group(1).lower()  # "Army-held towns"
        if name is None or not (noun in rules.descriptor_nouns or ctx.is_power(name, rules.descriptor_sectors)):
            continue
        last = doc.token_at(mt.end() - 1)
        end_tok = _phrase_end(last) if last is not None else None
        end = max(mt.end(), end_tok.idx + len(end_tok.text)) if end_tok is not None else mt.end()
        out.append(ctx.mark(mt.start(), end, "loaded_label", rules.descriptor_note,
                            ctx.referent(mt.start(1), mt.end(1))))
    for mt in rules.descriptor_prefix_re.finditer(doc.cased_text):  # "pro-Kremlin channels"
        name = doc.token_at(mt.start(1))
        if name is None or not ctx.is_name(name):  # a party's name, even read into a longer one at a sentence's start
            continue
        end_tok = _phrase_end(name)
        out.append(ctx.mark(mt.start(), max(mt.end(), end_tok.idx + len(end_tok.text)), "loaded_label",
                            rules.descriptor_note, ctx.referent(mt.start(1), mt.end(1))))
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in rules.descriptor_verbs:
            continue
        if tok.dep_ == "relcl" and not any(c.dep_ in ("auxpass", "agent") for c in tok.children):
            out.extend(_descriptor_clause(ctx, tok, rules))
            continue
        if tok.tag_ != "VBN":
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None and ctx.is_power(obj, rules.descriptor_sectors):
                start, end = tok.idx, obj.idx + len(obj.text)
                out.append(ctx.mark(start, end, "loaded_label", rules.descriptor_note,
                                    ctx.referent(obj.idx, end)))
    return out


def _descriptor_clause(ctx: LabelContext, verb: Token, rules: LabelRules) -> list[FramingMark]:
    """"Hamas, which runs Gaza", "Russia, which controls Crimea", "the group that rules the
    enclave": a relative clause saying that a state or group (or a noun for a group) runs,
    rules or controls a place or body, from the name to the object."""
    name, obj = verb.head, next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None or subj.lower_ not in ("which", "that", "who") or name.i > verb.i:
        return []
    if not (ctx.is_power(name, rules.descriptor_sectors) or name.lower_ in rules.group_nouns):
        return []
    end = obj.idx + len(obj.text)
    return [ctx.mark(noun_phrase_start(name).idx, end, "loaded_label", rules.descriptor_note,
                     ctx.referent(name.idx, name.idx + len(name.text)))]


def group_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"terror groups", "the Palestinian radical group Hamas", "a radical Palestinian movement"."""
    out = []
    nouns = rules.judged_nouns
    for tok in ctx.tokens:
        if tok.lower_ not in rules.group_adjectives or tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        head = tok.head
        while head.lower_ not in nouns and head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
        # a group noun compounded on the head between them ("the ragtag militia allies")
        compounded = any(c.dep_ == "compound" and c.lower_ in nouns and tok.i < c.i for c in head.children)
        if (head.lower_ not in nouns and not compounded) or head.i < tok.i or head.i - tok.i > 4:
            continue
        first, last = noun_phrase_start(head), _name_after(head)
        start, end = first.idx, last.idx + len(last.text)
        out.append(ctx.mark(start, end, "loaded_label", rules.group_note))
    return out


def act_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"Hamas terror", "Israeli terrorism", "Russian crimes", "Hezbollah terror tunnels": a name
    before a noun that labels its acts; "the al-Qaeda affiliate", "an Iranian proxy": a name
    before a noun that describes a body by whom it serves."""
    return [*_named_before(ctx, rules.act_nouns, rules.act_note),
            *_named_before(ctx, rules.descriptor_heads, rules.descriptor_note)]


def _named_before(ctx: LabelContext, nouns: frozenset[str], note: str) -> list[FramingMark]:
    """A state or group name modifying one of ``nouns``, from the name to the noun's phrase."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in nouns or _in_proper_name(tok):
            continue
        last = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
        lefts = [*tok.lefts, *(c for c in last.lefts if c.i < tok.i)] if last != tok else list(tok.lefts)
        name = next((c for c in lefts if c.dep_ in ("amod", "compound", "poss", "nmod") and ctx.is_name(c)), None)
        if name is None:
            continue
        start = min(name.subtree, key=lambda t: t.i).idx
        out.append(ctx.mark(start, last.idx + len(last.text), "loaded_label", note,
                            ctx.referent(name.idx, name.idx + len(name.text))))
    return out


def _in_proper_name(tok: Token) -> bool:
    """A capitalised word inside the name of a body, work or law ("the Global Terrorism Index",
    "the Prevention of Terrorism Act"): part of the name, not the writer's label."""
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ in _NAME_ENTITIES


def party_word_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the occupation bombed", "the regime's forces", "the enemy fired": a label used as the
    name of a party (after "the", as subject, agent or possessor, with no name of its own, with
    at most a judging adjective: "the criminal occupation"), or as the owner of a force ("regime
    aircraft", "occupation soldiers")."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.party_words:
            continue
        prefix = _prefixed(ctx, tok, rules)
        if prefix is not None:  # "anti-junta fighters", "anti-regime protests": the writer's word for the party
            out.append(ctx.mark(prefix, tok.idx + len(tok.text), "loaded_label", rules.party_note))
            continue
        lefts = list(tok.lefts)
        ruler = _ruler_after(ctx, tok, rules)
        if ruler is not None and not any(c.dep_ in ("compound", "amod") for c in lefts):
            # "the regime in Tehran", "the junta of General X": a government labelled, then named
            out.append(ctx.mark(tok.idx, ruler.idx + len(ruler.text), "loaded_label", rules.party_note,
                                ctx.referent(ruler.idx, ruler.idx + len(ruler.text))))
            continue
        if any(ctx.is_name(c) for c in lefts if c.dep_ != "det") or any(c.dep_ == "prep" for c in tok.rights):
            continue  # "the Israeli occupation", "the occupation of Crimea": named, not labelled ("The" of
            # "The regime, which ..." opening a sentence lies in the mention of what it labels: no name)
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in rules.party_holdings:
            # "Occupation aircraft struck", "regime forces advanced": the party owns the force
            out.append(ctx.mark(tok.idx, tok.idx + len(tok.text), "loaded_label", rules.party_note))
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss", "pobj") or (tok.dep_ == "pobj" and not _party_object(tok, rules)):
            continue
        if not (lefts and lefts[0].lower_ == "the") and not (headline(tok.sent) and not any(c.dep_ == "det" for c in lefts)):
            continue  # a headline drops the article: "Occupation bombs Gaza hospital"
        adjectives = [c for c in lefts if c.pos_ == "ADJ"]
        if any(c.lower_ not in rules.party_adjectives for c in adjectives):
            continue  # "the former regime": described, not named
        start = adjectives[0].idx if adjectives else tok.idx  # "the criminal occupation"
        out.append(ctx.mark(start, tok.idx + len(tok.text), "loaded_label", rules.party_note))
    return out


def _prefixed(ctx: LabelContext, tok: Token, rules: LabelRules) -> int | None:
    """The start of "anti-" (one of ``party_prefixes`` and a hyphen) joined to a party word."""
    before = ctx.doc.text[max(0, tok.idx - 12):tok.idx]
    m = re.search(rf"\b([A-Za-z]+)[{HYPHENS}]$", before)
    if m is None or m.group(1).lower() not in rules.party_prefixes:
        return None
    return tok.idx - len(before) + m.start(1)


def _party_object(tok: Token, rules: LabelRules) -> bool:
    """A party word as the object of a preposition names the party: the agent of a passive ("hit
    by the occupation"), or a word for a government after any preposition ("resistance to the
    junta", "fuel for the regime") when nothing but "the" and a judging adjective precedes it
    ("the sanctions regime" is a set of rules)."""
    if tok.head.dep_ == "agent":
        return True
    return tok.lower_ in rules.ruler_words and all(c.dep_ in ("det", "amod") for c in tok.lefts)


def _ruler_after(ctx: LabelContext, tok: Token, rules: LabelRules) -> Token | None:
    """The name after one of ``ruler_words`` ("the regime in Damascus", "the regime of Bashar
    al-Assad"): the last token of a place, state or person name in its "in"/"of" phrase."""
    if tok.lower_ not in rules.ruler_words:
        return None
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and (ctx.is_power(obj, rules.descriptor_sectors) or obj.ent_type_ == "PERSON"):
            return obj
    return None


def claim_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"false claims", "baseless allegations", "Hamas propaganda", "the Israeli narrative",
    "claimed, without evidence, that": the writer judging a party's account."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        if low in rules.claim_adjectives and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
                and tok.head.lower_ in rules.claim_nouns:
            start = noun_phrase_start(tok.head)
            out.append(ctx.mark(start.idx, tok.head.idx + len(tok.head.text), "loaded_term", rules.claim_note))
        elif low in rules.account_nouns:
            # the name may modify the noun the account word is compounded on ("Pakistani propaganda handles")
            last = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
            lefts = [*tok.lefts, *(c for c in last.lefts if c.i < tok.i and last != tok)]
            name = next((c for c in lefts if c.dep_ in ("amod", "compound", "poss") and ctx.is_name(c)), None)
            if name is not None:
                start = min(name.subtree, key=lambda t: t.i)
                out.append(ctx.mark(start.idx, last.idx + len(last.text), "loaded_term", rules.claim_note,
                                    ctx.referent(name.idx, name.idx + len(name.text))))
    for mt in rules.evidence_re.finditer(ctx.doc.text):
        out.append(ctx.mark(mt.start(), mt.end(), "loaded_term", rules.claim_note))
    return out + judged_account_marks(ctx, rules)


def judged_account_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"falsely claimed", "wrongly blamed": an adverb judging a verb of saying; "sought to deflect
    blame", "to evade responsibility": a party's account presented as an evasion."""
    out = []
    for tok in ctx.tokens:
        dep = tok.dep_
        if dep not in ("advmod", "dobj"):
            continue  # neither construction (the head is read only then: spaCy makes it anew)
        head = tok.head
        if tok.lower_ in rules.claim_adverbs and dep == "advmod" and head.pos_ == "VERB" \
                and head.lemma_.lower() in rules.attribution_verbs:
            first, last = sorted((tok, head), key=lambda t: t.i)
            out.append(ctx.mark(first.idx, last.idx + len(last.text), "loaded_term", rules.claim_note))
        elif tok.lemma_.lower() in rules.evasion_nouns and dep == "dobj" and head.i < tok.i \
                and head.lemma_.lower() in rules.evasion_verbs and not any(c.dep_ == "neg" for c in head.children):
            out.append(ctx.mark(head.idx, tok.idx + len(tok.text), "loaded_term", rules.claim_note))
    return out


def place_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the besieged Gaza Strip", "the blockaded territory", "illegally annexed Crimea"."""
    out = []
    adverbs = bool(ctx.words & rules.place_adverbs)
    for tok in ctx.tokens:
        low = tok.lower_
        adverb = next((c for c in tok.lefts if c.lower_ in rules.place_adverbs), None) if adverbs else None
        if low not in rules.place_adjectives and adverb is None:
            continue
        if tok.dep_ not in ("amod", "compound") or tok.head.i < tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        start = (adverb or tok).idx
        end_tok = tok.head
        out.append(ctx.mark(start, end_tok.idx + len(end_tok.text), "loaded_term", rules.place_note))
    return out


def held_place(ctx: LabelContext, tok: Token, rules: LabelRules) -> bool:
    """A noun for a place taken and held ("zones", "territories", "town"), or a place's name (an
    entity of place, or a name the actor layer reads as a place in a country: "Goma")."""
    if tok.lemma_.lower() in rules.capture_places or tok.lower_ in rules.capture_places \
            or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
    return m is not None and (m.actor_id or "").startswith("country:")


def capture_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the liberated zones", "newly liberated territories", "the liberation of Goma": a party's
    capture of a place presented as its freeing; not the freeing of people ("liberated hostages",
    "the liberation of the prisoners") nor a name ("the National Liberation Front")."""
    out = []
    if not ctx.words & (rules.capture_adjectives | rules.capture_nouns):
        return out
    for tok in ctx.tokens:
        low = tok.lower_
        if tok.ent_type_ in _NAME_ENTITIES or (tok.text[:1].isupper() and tok.i > tok.sent.start):
            continue
        if low in rules.capture_adjectives and tok.dep_ == "amod" and tok.head.i > tok.i and held_place(ctx, tok.head, rules):
            out.append(ctx.mark(tok.idx, tok.head.idx + len(tok.head.text), "loaded_term", rules.capture_note))
        elif low in rules.capture_nouns:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if place is not None and held_place(ctx, place, rules):
                out.append(ctx.mark(tok.idx, place.idx + len(place.text), "loaded_term", rules.capture_note))
    return out


def leader_war_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"Putin's war", "Netanyahu's war": a war (`war_nouns`) named as one person's, whoever wages it."""
    out = []
    for tok in ctx.tokens:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.lower_ in rules.war_nouns else None
        refers = ctx.referent(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
        if owner is not None and (owner.ent_type_ == "PERSON" or (refers or "").startswith("person:")):
            start = min(owner.subtree, key=lambda t: t.i)
            out.append(ctx.mark(start.idx, tok.idx + len(tok.text), "loaded_term", rules.leader_war_note, refers))
    return out


def label_marks(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], rules: LabelRules) -> list[FramingMark]:
    """Every construction's marks for one article but blame (``stages/framing_blame.py``)."""
    ctx = LabelContext(doc, actors, quotes)
    return [*descriptor_marks(ctx, rules), *group_marks(ctx, rules), *act_marks(ctx, rules),
            *party_word_marks(ctx, rules), *claim_marks(ctx, rules), *place_marks(ctx, rules),
            *capture_marks(ctx, rules), *leader_war_marks(ctx, rules)]


__all__ = ["LABELS_SCHEMA", "NAME_ENTITIES", "LabelContext", "LabelRules", "acronym", "act_marks", "capture_marks",
           "claim_marks", "descriptor_marks", "group_marks", "held_place", "judged_account_marks", "label_marks",
           "leader_war_marks", "load_label_rules", "names_only", "noun_phrase_start", "party_word_marks", "place_marks"]
