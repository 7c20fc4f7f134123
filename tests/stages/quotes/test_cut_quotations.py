"""A quotation an indirect content opens and the parse cuts before its close is still a partial
quote of that content when the close ends the sentence ('saying the militia "invents victims to
win sympathy abroad"': the parse hung "to win" on "saying"): what the marks hold was said
(issue 15, quote recall; seen on the tuning half of the invented rawashda-market probe). The
content itself keeps the parse's bounds; a quotation that closes in a later sentence is no partial
of it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the words a partial quote must hold, or None for no partial quote)
CASES = [
    ("positive: a verb read as a noun cuts the content", "The minister denied the report on television, saying the "
     "militia \"invents victims to win sympathy abroad\".", "invents victims to win sympathy abroad"),
    ("positive: the same after 'in a post'", "The ministry denied the accusation in a post, saying the opposition "
     "\"invents crimes to hide its own\".", "invents crimes to hide its own"),
    ("negative: a content the parse did not cut", "The rebel spokesman denied the claim in a video, saying the army "
     "\"fabricates massacres to hide its defeats\".", "fabricates massacres to hide its defeats"),
    ("near miss: the quotation closes in the next sentence", "The envoy rejected the report, saying the talks \"go on "
     "to find a deal. Nobody has left the room,\" and walked out.", None),
]


@pytest.mark.parametrize(("name", "text", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_quotation_cut_by_a_content_is_its_partial(name: str, text: str, words: str | None) -> None:
    an = pipeline().analyze_text("Row over the report\n\n" + text)
    x = an.article.text
    partial = [x[q.content.start:q.content.end] for q in an.quotes if q.kind == "partial"]
    if words is None:
        assert not partial, (name, partial)
        return
    assert any(words in p for p in partial), (name, partial)
