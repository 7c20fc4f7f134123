"""A label in capitals opening a paragraph before a colon is a sentence of its own (issue 15; seen
on the tuning half of the invented qamishli-drone probe): "CLAIM: A video shows ..." in a
fact-check, "UPDATE: ..." in a liveblog, "EDITOR'S NOTE: ..." in a paper. The parser otherwise
reads the label as the verb or subject of the sentence it introduces ("CLAIM" as a verb whose
complement holds the video's sentence), and the video is no longer the subject of "shows".
Invented texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

# (construction, text, the sentences expected)
CASES = [
    ("positive: a fact-check's label", "CLAIM: A photo shared widely on Facebook shows troops burning a mosque.",
     ["CLAIM:", "A photo shared widely on Facebook shows troops burning a mosque."]),
    ("positive: two words, after a paragraph", "Officials met on Monday.\n\nEDITOR'S NOTE: The toll was corrected.",
     ["Officials met on Monday.", "EDITOR'S NOTE:", "The toll was corrected."]),
    ("negative: a label in title case", "Claim: A photo shows troops burning a mosque.",
     ["Claim: A photo shows troops burning a mosque."]),
    ("near miss: capitals inside a sentence", "The answer came from the UN: aid would resume.",
     ["The answer came from the UN: aid would resume."]),
]


@pytest.mark.parametrize(("name", "text", "sentences"), CASES, ids=[c[0] for c in CASES])
def test_a_capital_label_is_a_sentence_of_its_own(nlp: Language, name: str, text: str,
                                                 sentences: list[str]) -> None:
    got = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert got == sentences, (name, got)
