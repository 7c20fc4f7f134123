"""Monitors' log lines (nlp/loglines.py): a day and a month before a dash, opening the text, a paragraph or a
sentence, is a sentence of its own, and the entry after it one sentence up to its stop; a date inside a sentence,
or a dash before a lower-case word, leaves the sentences alone. Invented lines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.loglines import date_line
from tests.builders import ROW_KINDS, row_kinds

# (rule, kind, text, the sentences expected)
ROWS: list[tuple[str, str, str, list[str]]] = [
    ("a log line's date prefix", "positive", "Fighting went on for days. 16 May – Regime forces and allied militias "
     "stormed the village of Tell Tamr.", ["Fighting went on for days.", "16 May –", "Regime forces and allied "
     "militias stormed the village of Tell Tamr."]),
    ("a log line's date prefix", "positive", "23 Dec – Junta soldiers burned 40 houses in Kani township.",
     ["23 Dec –", "Junta soldiers burned 40 houses in Kani township."]),
    ("a log line's date prefix", "positive", "Sep 4 - Unknown gunmen shot dead a teacher in Jasim.",
     ["Sep 4 -", "Unknown gunmen shot dead a teacher in Jasim."]),
    ("a log line's date prefix", "negative", "Two soldiers were killed on 14 March - a day after the talks began.",
     ["Two soldiers were killed on 14 March - a day after the talks began."]),
    ("a log line's date prefix", "near miss", "3 June - nothing was reported from the front.",
     ["3 June - nothing was reported from the front."]),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in ROWS])
def test_log_line_sentences(nlp: Language, rule: str, kind: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == expected, (rule, kind)


def test_a_date_line_holds_nothing_but_the_date(nlp: Language) -> None:
    sents = list(nlp("Fighting went on for days. 16 May – Regime forces stormed the village.").sents)
    assert [date_line(s) for s in sents] == [False, True, False]


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 1 and all(k == ROW_KINDS for k in kinds.values()), kinds
