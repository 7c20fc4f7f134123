"""A name in the speaker's slot after a quotation ("“We have no water,” Amina Diallo said",
"“The talks failed,” Oleksandr Kubrakov told reporters") that the entity recogniser read as an
organisation or a work: the subject of a verb of reporting right after the quotation's closing
comma, written as two to four capitalised proper nouns that no dictionary name covers and whose
last word heads no organisation's name ("Council", "Agency"), is a person's name, unless "it" or
"its" follows it (a body: "“...,” Sea Lantern said. It ...")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from .countries import pronoun_evidence
from .state import ArticleState
from .types import QUOTE_CHARS, Atom

_MISREAD = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
_CLOSING = frozenset({",", "?", "!"})


def speaker_slot_names(state: ArticleState, at: Sequence[Atom | None]) -> list[tuple[int, int]]:
    """The token spans of such names (``at``: the atoms placed so far, by token)."""
    return [(ent.start, ent.end) for ent in state.pd.entities if _speaker_slot_name(state, ent, at)]


def _speaker_slot_name(state: ArticleState, ent: Span, at: Sequence[Atom | None]) -> bool:
    doc, s = state.doc, ent.start
    if ent.label_ not in _MISREAD or not 2 <= len(ent) <= 4 or s < 2:
        return False
    if doc[s - 1].text not in QUOTE_CHARS or doc[s - 2].text not in _CLOSING:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent) or ent[-1].lower_ in state.rules.organisation_heads:
        return False
    if any(a is not None and a.cat != "E" for a in at[ent.start:ent.end]):
        return False  # a name the dictionary knows
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in state.rules.reporting_verbs:
        return False
    return pronoun_evidence(state, s) != "thing"
