"""A person's name with a nickname in quotation marks between the given name and the surname
("Wilner "Ti Wil" Desir", "Joaquin "El Chapo" Guzman"): the entity recogniser reads the given
name as a person and the rest as something else (a work of art), and the person loses the
surname by which the rest of the article names them."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import opening_quote
from .state import ArticleState
from .types import QUOTE_CHARS

# most words of a nickname and of the surname after it
NICKNAME_WORDS = 3
SURNAME_WORDS = 2


def _title_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha


def nicknamed_names(state: ArticleState) -> list[tuple[int, int]]:
    """Token spans from a PERSON entity's first word to the surname after its nickname: the entity
    ends right before an opening quotation mark, one to three capitalised words, the closing mark,
    then one or two capitalised proper nouns (not a quoted phrase after a name: "Smith "will
    resign", they said", whose first word after the mark is no name)."""
    doc, out = state.doc, []
    for ent in state.pd.entities:
        if ent.label_ != "PERSON" or ent.end >= len(doc) or not opening_quote(doc[ent.end]):
            continue
        k = ent.end + 1
        while k < len(doc) and k - ent.end - 1 < NICKNAME_WORDS and _title_word(doc[k]):
            k += 1
        if k == ent.end + 1 or k >= len(doc) or doc[k].text not in QUOTE_CHARS:
            continue
        first = k + 1
        end = first
        while end < len(doc) and end - first < SURNAME_WORDS and _title_word(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        if end > first:
            out.append((ent.start, end))
    return out


def inside_nickname(doc_tokens: list[Token], i: int) -> bool:
    """Token ``i`` of a name's tokens is its quoted nickname or a mark around it."""
    marks = [k for k, t in enumerate(doc_tokens) if t.text in QUOTE_CHARS]
    return len(marks) == 2 and marks[0] <= i <= marks[1]
