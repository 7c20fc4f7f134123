"""The stance of a quote (``stages/quotes/stance.py``): the proposition of a content that is the
speaker's own judgement ("we assess that ..."), and the sentence of a quote of several sentences
whose verb of saying stands after its clause (“…,” said the report); invented sentences, each side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

FRAMES = [
    # (construction, text, words the quote's content starts with, expected stance)
    ("a verb of judgement frames a negated clause", "“We assess that the militia was not responsible for the "
     "blast,” the agency said.", "We assess", "negated"),
    ("another verb of judgement, other side", "“We judge that the army did not fire the shell,” the monitors "
     "said.", "We judge", "negated"),
    ("a verb of judgement over an asserted clause (negative)", "“We assess that the militia was responsible for the "
     "blast,” the agency said.", "We assess", "asserted"),
    ("a verb of wishing is no frame (near miss)", "“We hope that the army did not fire the shell,” the monitors "
     "said.", "We hope", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), FRAMES, ids=[c[0] for c in FRAMES])
def test_a_verb_of_judgement_frames_the_proposition(name: str, text: str, start: str, expected: str) -> None:
    quotes = [q for q in pipeline().analyze_text("Blast\n\n" + text).quotes
              if q.content.text.lstrip("“\"").startswith(start)]
    assert quotes, name
    assert quotes[0].stance == expected, (name, [(q.content.text, q.stance) for q in quotes])


LATE_CUE = [
    # (construction, text, [stances of the quote and the nested quotes whose content starts with the words])
    ("a negated clause before its verb of saying, in a quote of several sentences",
     "The agency published its review. “We assess that the militia was not responsible,” said the review. “The "
     "footage points elsewhere. Our analysts checked it twice.”", "We assess", {"negated"}),
    ("the same, other side", "The monitors published their review. “We conclude that the army did not fire the "
     "shell,” said the review. “The crater points elsewhere. Our staff checked it twice.”", "We conclude",
     {"negated"}),
    ("an asserted clause before its verb of saying (negative)", "The agency published its review. “We assess that "
     "the militia was responsible,” said the review. “The footage points elsewhere. Our analysts checked it "
     "twice.”", "We assess", set()),
    ("a negated clause with no verb of saying after it (near miss: its own sentence)", "The agency published its "
     "review. “We assess that the militia was responsible. The army was not involved,” said the review.",
     "We assess", set()),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), LATE_CUE, ids=[c[0] for c in LATE_CUE])
def test_a_sentence_with_its_verb_of_saying_after_the_clause(name: str, text: str, start: str,
                                                           expected: set[str]) -> None:
    quotes = pipeline().analyze_text("Review\n\n" + text).quotes
    nested = {q.stance for q in quotes if q.parent_id and q.content.text.lstrip("“\"").startswith(start)}
    assert nested == expected, (name, [(q.content.text, q.stance, q.parent_id) for q in quotes])
