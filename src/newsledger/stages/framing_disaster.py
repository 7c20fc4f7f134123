"""Blame for a disaster, and operations named as cleaning (``data/framing/disaster.yaml``).

Each side of a flood, a famine or a deadly crackdown lays its deaths on the other in its own
voice: a calamity called a party's doing ("a man-made catastrophe", "a preventable tragedy"), a
failure of duty judged ("criminal negligence", "gross neglect"), the idiom of guilt ("blood on
their hands"), a calamity called a crime ("the famine is a crime of the state"). An operation
against people or a place named as its cleaning ("a cleansing operation") presents force as
hygiene. The words are marked only in these constructions, so that literal uses ("a man-made
lake", "a negligence case", "the crime rate", "a clean-up operation") label nothing. The marks
join the framing stage's constructions (``stages/framing.py``), which decides their voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..records import FramingMark
from ..resources import Resources, word_set
from .framing_labels import HYPHENS, LabelContext

DISASTER_SCHEMA: Any = {
    "calamity_nouns": [str], "blame_modifiers": [str], "neglect_nouns": [str], "neglect_adjectives": [str],
    "guilt_phrases": [str], "blame_note": str, "cleaning_words": [str], "operation_nouns": [str],
}


@dataclass(frozen=True)
class DisasterRules:
    """The words of the class (``data/framing/disaster.yaml``)."""

    calamity_nouns: frozenset[str] = frozenset()
    blame_re: re.Pattern[str] = re.compile("a^")  # a blame modifier ending right before a word
    neglect_nouns: frozenset[str] = frozenset()
    neglect_adjectives: frozenset[str] = frozenset()
    guilt_re: re.Pattern[str] = re.compile("a^")
    blame_note: str = ""
    cleaning_re: re.Pattern[str] = re.compile("a^")
    operation_nouns: frozenset[str] = frozenset()


def _alternation(words: frozenset[str]) -> str:
    """The words as one regular expression, a hyphen matching any hyphen and a space any space."""
    parts = sorted((re.escape(w).replace("\\-", f"[{HYPHENS}]").replace("\\ ", "\\s+") for w in words),
                   key=len, reverse=True)
    return "|".join(parts) or "a^"


def load_disaster_rules(resources: Resources) -> DisasterRules:
    raw = resources.yaml("framing/disaster.yaml", DISASTER_SCHEMA) or {}
    return DisasterRules(
        calamity_nouns=word_set(raw, "calamity_nouns"),
        blame_re=re.compile(rf"(?<![\w{HYPHENS}])(?:{_alternation(word_set(raw, 'blame_modifiers'))})\s+$",
                            re.IGNORECASE),
        neglect_nouns=word_set(raw, "neglect_nouns"), neglect_adjectives=word_set(raw, "neglect_adjectives"),
        guilt_re=re.compile(rf"\b(?:{_alternation(word_set(raw, 'guilt_phrases'))})\b", re.IGNORECASE),
        blame_note=str(raw.get("blame_note", "")),
        cleaning_re=re.compile(rf"(?<![\w{HYPHENS}])(?:{_alternation(word_set(raw, 'cleaning_words'))})\s+$",
                               re.IGNORECASE),
        operation_nouns=word_set(raw, "operation_nouns"),
    )


def _before(ctx: LabelContext, tok: Token, pattern: re.Pattern[str]) -> int | None:
    """Where a word of ``pattern`` starts when it ends right before ``tok`` in its sentence."""
    sent = tok.sent.start_char
    found = pattern.search(ctx.doc.text[max(sent, tok.idx - 40):tok.idx])
    return None if found is None else max(sent, tok.idx - 40) + found.start()


def _crime_attribute(tok: Token, crimes: frozenset[str]) -> Token | None:
    """The crime a calamity is said to be ("the famine is a crime of the state")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ != "be":
        return None
    return next((c for c in tok.head.children if c.dep_ == "attr" and c.lower_ in crimes), None)


def disaster_marks(ctx: LabelContext, rules: DisasterRules, crimes: frozenset[str],
                   cleaning_note: str) -> list[FramingMark]:
    """"a man-made catastrophe", "criminal negligence", "blood on their hands", "the drought is a
    crime of the state", "a cleansing operation"."""
    out = []
    for tok in ctx.tokens:
        word = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        end = tok.idx + len(tok.text)
        if word in rules.calamity_nouns:
            start = _before(ctx, tok, rules.blame_re)
            if start is not None:
                out.append(ctx.mark(start, end, "loaded_term", rules.blame_note))
            crime = _crime_attribute(tok, crimes)
            if crime is not None:
                last = max(crime.subtree, key=lambda t: t.i)
                out.append(ctx.mark(crime.idx, last.idx + len(last.text), "loaded_term", rules.blame_note))
        elif word in rules.neglect_nouns:
            judged = [c for c in tok.lefts if c.dep_ == "amod" and c.lower_ in rules.neglect_adjectives]
            if judged:
                out.append(ctx.mark(judged[0].idx, end, "loaded_term", rules.blame_note))
        elif word in rules.operation_nouns and tok.dep_ != "compound":
            start = _before(ctx, tok, rules.cleaning_re)
            if start is not None:
                out.append(ctx.mark(start, end, "loaded_term", cleaning_note))
    out.extend(ctx.mark(m.start(), m.end(), "loaded_term", rules.blame_note)
               for m in rules.guilt_re.finditer(ctx.doc.text))
    return out


__all__ = ["DISASTER_SCHEMA", "DisasterRules", "disaster_marks", "load_disaster_rules"]
