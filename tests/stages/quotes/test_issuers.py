"""A speaker that is a document or message whose issuer a participle names by its agent ("A letter
signed by 40 lawmakers says ...", "A series of posts, circulated by accounts supporting the rebels,
claims ...") stands for that agent (``stages/quotes/issuers.py``; issue 15, the body that states a
claim, not its carrier; seen on the tuning half of the invented congo-camp probe, a fact-check).
A participle with no agent, a carrier's or reader's ("seen by reporters"), or an agent on a noun
that is no document names no issuer. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Claims about the town\n\nFighting reached the town of Velna on Monday.\n\n"

# (construction, text, the quote's words, the issuer the speaker stands for, or None)
CASES = [
    ("positive: a letter signed by its authors", "A letter signed by 40 lawmakers says the deal is \"a betrayal of "
     "the voters\".", "a betrayal of the voters", "40 lawmakers"),
    ("positive: posts of a set, circulated by accounts", "A series of posts, circulated by accounts supporting the "
     "rebels, claims that the town was \"liberated without a shot\".", "liberated without a shot",
     "accounts supporting the rebels"),
    ("negative: a letter with no participle", "A letter from the governor says the deal is \"a betrayal of the "
     "voters\".", "a betrayal of the voters", None),
    ("near miss: a participle with no agent", "A letter signed last week says the deal is \"a betrayal of the "
     "voters\".", "a betrayal of the voters", None),
    ("near miss: a carrier's participle", "A report seen by reporters says the deal is \"a betrayal of the "
     "voters\".", "a betrayal of the voters", None),
    ("near miss: an agent on a noun that is no document", "Families displaced by the fighting said the camp was "
     "\"full beyond its capacity\".", "full beyond its capacity", None),
]


@pytest.mark.parametrize(("name", "text", "words", "issuer"), CASES, ids=[c[0] for c in CASES])
def test_a_documents_issuer_speaks(name: str, text: str, words: str, issuer: str | None) -> None:
    an = pipeline().analyze_text(OPENING + text)
    found = [q for q in an.quotes if words in q.content.text and q.kind == "partial"]
    assert found, (name, [(q.kind, q.content.text) for q in an.quotes])
    described = found[0].speaker_described.text if found[0].speaker_described is not None else None
    assert described == issuer, (name, described)
