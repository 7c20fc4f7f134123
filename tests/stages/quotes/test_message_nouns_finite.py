"""A written message's noun as the subject of a finite verb of reading or saying before a colon
("Its caption reads: “Hundreds dead in Velna.”", "The banner said: “...”") cues the quotation
after it, spoken by the message, also when the parser hangs a verbless quotation on the noun as
its apposition (issue 15; the fact-checks of haiti-gangs' tuning half). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline, written_speaker

HEAD = "Viral photo\n\nA photo of bodies on a riverbank has been shared on Facebook since Wednesday.\n\n"


# (construction, text, words of the quotation, words the speaker holds, or None: no speaker)
CASES = [
    ("positive: 'Its caption reads:' before a verbless quotation", "Its caption reads: \"Hundreds dead in Velna.\"",
     "Hundreds dead", "caption"),
    ("positive: 'The caption said:' before a verbless quotation", "The caption said: \"Hundreds dead in Velna.\"",
     "Hundreds dead", "caption"),
    ("negative: a document noun, cued as before", "The army issued a statement. The statement reads: \"Our units "
     "lost no soldiers.\"", "lost no soldiers", "The statement"),
    ("near miss: a speaker after the message noun's clause", "The caption was changed on Thursday, and a "
     "spokesman said: \"We fixed the error.\"", "fixed the error", "a spokesman"),
]


@pytest.mark.parametrize(("name", "text", "words", "held"), CASES, ids=[c[0] for c in CASES])
def test_a_message_noun_reads_its_quotation(name: str, text: str, words: str, held: str) -> None:
    speaker = written_speaker(HEAD + text, words)
    assert speaker is not None and held in speaker, (name, speaker)


def test_a_figure_in_the_caption_is_the_captions() -> None:
    an = pipeline().analyze_text(HEAD + CASES[0][1])
    figures = [f for f in an.figures if f.text == "Hundreds"]
    assert figures and "caption" in figures[0].attribution
