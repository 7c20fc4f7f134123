"""An acronym that opens a sentence of prose read as its verb or its root (nlp/headlines.py,
``article_reading(opening=True)``): "ECOWAS defence chiefs met in Abuja" parses "ECOWAS" as a
gerund (or a root) with the clause its complement; re-read with an article before it, the acronym
is the modifier of the subject and the clause's verb the sentence's root. Acronyms the parser reads
right, and acronyms inside the sentence, keep their parse. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.builders import ROW_KINDS, row_kinds

# (rule, kind, text, the clause's verb: whether it is the root with a subject before it and the opening word no verb)
ROWS: list[tuple[str, str, str, str, bool]] = [
    ("opening acronym read as a verb", "positive", "ECOWAS defence chiefs met in Abuja on Monday.", "met", True),
    ("opening acronym read as a verb", "positive", "ECOWAS envoys arrived in Bamako on Sunday.", "arrived", True),
    ("opening acronym read as a verb", "positive", "ECOWAS foreign ministers discussed the crisis in Niger.",
     "discussed", True),
    # (an acronym the parser reads as the subject keeps its parse; the verb is the root already)
    ("opening acronym read as a verb", "negative", "NATO said it would send more troops to Kosovo.", "said", True),
    # (an acronym that is the whole sentence stays as it is: no clause to read)
    ("opening acronym read as a verb", "near miss", "ECOWAS.", "ECOWAS", False),
]


def _root_with_subject(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return (tok.dep_ == "ROOT" and tok.tag_.startswith("VB") and not doc[0].tag_.startswith("VB")
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children))


@pytest.mark.parametrize(("rule", "kind", "text", "word", "expected"), ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in ROWS])
def test_opening_acronym(nlp: Language, rule: str, kind: str, text: str, word: str, expected: bool) -> None:
    assert _root_with_subject(nlp, text, word) == expected, (rule, kind)


def test_rows_have_every_kind() -> None:
    assert row_kinds(ROWS) == {"opening acronym read as a verb": set(ROW_KINDS)}
