"""A plural-tagged collective of one form for one and many ("the police") may be the body an "it"
speaker stands for ("The police sealed off the market. “...,” it said"): news prose refers to it as
one body as well as many; a plural with a plural ending ("the rebels") stays many, never "it"
(issue 15; the stop-53 speaker probe's tune rows). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import described_speaker_names, names_match, pipeline

# (construction, text, words of the quote, a word of the speaker's actor or antecedent: None for not the rebels)
CASES = [
    ("positive: the police ... it said in a statement", "The state police sealed off the market on Friday. "
     "\"Nobody may enter until the search is over,\" it said in a statement.", "Nobody may enter", "police"),
    ("positive: the police ... It said:", "The border police reported two arrests at the crossing. It said: "
     "\"The suspects were carrying forged papers.\"", "carrying forged papers", "police"),
    ("negative: a plural with a plural ending", "The rebels seized the grain depot on Friday. \"The depot is "
     "ours now,\" it said.", "The depot is ours now", None),
    ("near miss: a body named after the police", "The police cordoned off the port on Monday. The interior "
     "ministry said the quay was closed. \"Tankers will wait offshore,\" it said.", "Tankers will wait offshore",
     "ministry"),
]


@pytest.mark.parametrize(("name", "text", "words", "actor"), CASES, ids=[c[0] for c in CASES])
def test_it_for_a_collective_of_one_form(name: str, text: str, words: str, actor: str | None) -> None:
    found, names = described_speaker_names(pipeline().analyze_text("Harbour news\n\n" + text), words)
    assert found, name
    if actor is None:
        assert not any("rebel" in n.lower() for n in names), (name, names)
    else:
        assert names_match(actor, names), (name, names)
