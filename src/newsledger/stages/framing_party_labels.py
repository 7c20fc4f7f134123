"""Labels of parties built from any state or group name (``data/framing/labels.yaml``, read through
``stages/framing_labels.LabelRules``):

* descriptors: a name joined by a hyphen to a participle such as "run", "ruled", "backed",
  "led", "controlled" ("Hamas-run ministry", "Kremlin-backed separatists", "US-led coalition"),
  the name as the agent of such a verb ("the clinic, which is run by Hezbollah"), or its subject
  in a relative clause on the name ("Hamas, which runs Gaza");
* group labels: an evaluative word before a noun for an organised group ("terror groups",
  "the Palestinian radical group Hamas", "an extremist movement");
* act labels: a name before a noun that labels its acts ("Hamas terror", "Israeli terrorism");
* party words: a label used as a party's name ("the occupation bombed", "the regime's forces").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp.headlines import headline
from ..nlp.syntax import HYPHENS as SYNTAX_HYPHENS
from ..records import FramingMark
from .framing_labels import (
    HYPHENS,
    PROPER_NAME_ENTITIES,
    LabelContext,
    LabelRules,
    name_after,
    noun_phrase_start,
    phrase_end,
)


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
        end_tok = phrase_end(last) if last is not None else None
        end = max(mt.end(), end_tok.idx + len(end_tok.text)) if end_tok is not None else mt.end()
        out.append(ctx.mark(mt.start(), end, "loaded_label", rules.descriptor_note,
                            ctx.referent(mt.start(1), mt.end(1))))
    for mt in rules.descriptor_prefix_re.finditer(doc.cased_text):  # "pro-Kremlin channels"
        name = doc.token_at(mt.start(1))
        if name is None or not ctx.is_name(name):  # a party's name, even read into a longer one at a sentence's start
            continue
        end_tok = phrase_end(name)
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
    for tok in ctx.tokens:
        nouns = _judged_by(tok, rules)
        # a capitalised adjective inside a body's name ("the Chinese Nationalist Party", "a Foreign
        # Terrorist Organization") is part of the name
        if tok.dep_ not in ("amod", "compound", "nmod") or not nouns or _in_proper_name(tok):
            continue
        head = tok.head
        while head.lower_ not in nouns and head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
        # a group noun compounded on the head between them ("the ragtag militia allies")
        compounded = any(c.dep_ == "compound" and c.lower_ in nouns and tok.i < c.i for c in head.children)
        if (head.lower_ not in nouns and not compounded) or head.i < tok.i or head.i - tok.i > 4:
            continue
        first, last = noun_phrase_start(head), name_after(head)
        start, end = first.idx, last.idx + len(last.text)
        out.append(ctx.mark(start, end, "loaded_label", rules.group_note))
    return out


def _judged_by(tok: Token, rules: LabelRules) -> frozenset[str]:
    """The nouns ``tok`` labels as a judging adjective: any group or judged noun for one of
    `group_adjectives`, a government or force for one of `creed_adjectives` ("the Hindu nationalist
    government"; "a nationalist party" describes a politics), none for any other word."""
    word = _hyphened(tok)
    if tok.lower_ in rules.group_adjectives or word in rules.group_adjectives:
        return rules.judged_nouns
    return rules.creed_nouns if tok.lower_ in rules.creed_adjectives or word in rules.creed_adjectives else frozenset()


def _hyphened(tok: Token) -> str:
    """The word ``tok`` ends, written with a hyphen the parser splits ("far-right", "hard-line"), or
    ``tok`` alone."""
    if tok.i < 2:
        return tok.lower_
    dash, left = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text not in SYNTAX_HYPHENS or dash.whitespace_ or left.whitespace_ or left.head.i != tok.i:
        return tok.lower_
    return f"{left.lower_}-{tok.lower_}"


def act_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"Hamas terror", "Israeli terrorism", "Russian crimes", "Hezbollah terror tunnels": a name
    before a noun that labels its acts; "the al-Qaeda affiliate", "an Iranian proxy": a name
    before a noun that describes a body by whom it serves; "Hamas militants", "Polisario separatists": a name
    before the writer's word for a party's fighters."""
    return [*_named_before(ctx, rules.act_nouns, rules.act_note),
            *_named_before(ctx, rules.descriptor_heads, rules.descriptor_note),
            *_named_before(ctx, rules.fighter_nouns, rules.fighter_note)]


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
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ in PROPER_NAME_ENTITIES


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
            out.append(ctx.mark(prefix, _described_end(tok), "loaded_label", rules.party_note))
            continue
        lefts = list(tok.lefts)
        ruler = _ruler_after(ctx, tok, rules)
        if ruler is not None and not any(c.dep_ in ("compound", "amod") for c in lefts):
            # "the regime in Tehran", "the junta of General X": a government labelled, then named
            out.append(ctx.mark(tok.idx, ruler.idx + len(ruler.text), "loaded_label", rules.party_note,
                                ctx.referent(ruler.idx, ruler.idx + len(ruler.text))))
            continue
        named = _named_ruler(ctx, tok, lefts, rules)
        if named is not None:  # "the Communist regime", "the Maduro regime", "Mali's junta"
            out.append(ctx.mark(named.idx, tok.idx + len(tok.text), "loaded_label", rules.party_note,
                                ctx.referent(named.idx, tok.idx)))
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


def _named_ruler(ctx: LabelContext, tok: Token, lefts: list[Token], rules: LabelRules) -> Token | None:
    """"the Communist regime", "the Maduro regime", "Mali's military junta": one of ``ruler_words``
    after a state, party or person's name, with nothing but names, adjectives and an article
    before it; the first word of the phrase. "The sanctions regime", "the EU's visa regime" name
    sets of rules (a common noun before the word), not a government."""
    if tok.lower_ not in rules.ruler_words:
        return None
    words = [c for c in lefts if c.dep_ not in ("det", "punct", "case")]
    if not any(ctx.is_name(c) or c.ent_type_ == "PERSON" for c in words):
        return None
    if any(not (ctx.is_name(c) or c.ent_type_ == "PERSON" or c.pos_ == "ADJ") for c in words):
        return None
    return min((min(c.subtree, key=lambda t: t.i) for c in words), key=lambda t: t.i)


def _described_end(tok: Token) -> int:
    """The end of the noun a prefixed party word describes right after it ("anti-junta rebels":
    the side named by its enemy's label is the label), else of the word."""
    head = tok.head
    if tok.dep_ in ("amod", "compound", "nmod") and head.i == tok.i + 1 and head.pos_ == "NOUN":
        return head.idx + len(head.text)
    return tok.idx + len(tok.text)


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


__all__ = ["act_marks", "descriptor_marks", "group_marks", "party_word_marks"]
