"""A present act, place or body likened to a historical crime by a verb of naming or likening
(issue 15): "called the detention centres concentration camps", "compared the jail to a gulag",
"described the raid as Gestapo tactics", "called the new voting law Jim Crow 2.0". Each side of a
politics reaches for such names of the other's acts; the name alone ("the Nazi concentration camps
in Poland", "a history of the Gulag") is history, not a label, so the term must lie in the clause
of a verb of naming or likening ("called", "compared to"), or after "as" on a verb of portraying
("described the raid as Gestapo tactics"; not "the historian described the gulag"). Words in
``data/framing/epithets.yaml`` (``analogy_terms``, ``likening_verbs``, ``portraying_verbs``, with
``characterisation_note``). The same clauses brand a person or party by a word of ideology or
disloyalty ("called the governor a communist", "described the leader as a separatist":
``branding_nouns``, ``branding_note``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import FramingKind, FramingMark
from .framing_labels import LabelContext


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse (itself when it is one)."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _likened(root: Token, verb: Token, verbs: frozenset[str], portraying: frozenset[str]) -> bool:
    """``root`` after ``verb``, a verb of likening, or of portraying with "as" between them."""
    lemma = verb.lemma_.lower()
    if verb.i >= root.i or lemma not in verbs | portraying:
        return False
    path = [t for t in root.ancestors if t.i > verb.i]
    return lemma in verbs or any(t.lower_ == "as" and t.dep_ == "prep" for t in path)


def analogy_marks(ctx: LabelContext, terms: frozenset[str], verbs: frozenset[str], portraying: frozenset[str],
                  note: str, kind: FramingKind = "loaded_term") -> list[FramingMark]:
    """Every analogy term (``terms``) in the clause of a verb of naming or likening (``verbs``),
    or after "as" on a verb of portraying (``portraying``); also the branding of a person by a
    word of ideology or disloyalty ("called the governor a communist"), with ``kind`` "pejorative"."""
    out: list[FramingMark] = []
    if not terms or not verbs:
        return out
    text = ctx.doc.text
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, terms), key=len, reverse=True)) + r")\b", re.I)
    for found in pattern.finditer(text):
        span = ctx.doc.span_chars(found.start(), found.end())
        if span is None or len(span) == 0:
            continue
        if kind == "pejorative" and span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i > span.root.i:
            continue  # "a communist lawyer": a modifier of another noun, no branding
        verb = _clause_verb(span.root)
        if verb is not None and _likened(span.root, verb, verbs, portraying):
            out.append(ctx.mark(found.start(), found.end(), kind, note))
    return out


__all__ = ["analogy_marks"]
