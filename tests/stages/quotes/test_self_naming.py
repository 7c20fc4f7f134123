"""A proper name one gives oneself is a name, not a claim: "a cell calling itself the Lions of the
Caliphate", "the militia, which calls itself the Army of the North" cue no quote (seen on a VOA
story: a quote of "itself the Lions ..." with no speaker), while calling oneself by a common noun
("calls itself a movement for justice") characterises and stays a quote. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words a quote's content would hold, whether a quote holds them)
CASES = [
    ("positive: a participle and a quoted name", "Police broke up a cell calling itself \"the Falcons of the "
     "Desert\" on Monday.", "Falcons", False),
    ("positive: a relative clause and a name", "The militia, which calls itself the Army of the Lakes, seized "
     "the port.", "Army of the Lakes", False),
    ("negative: a common noun one calls oneself", "The militia calls itself a movement for justice.",
     "a movement for justice", True),
    ("near miss: a name given to another", "The minister called the militia a gang of thieves.",
     "a gang of thieves", True),
]


@pytest.mark.parametrize(("name", "text", "words", "quoted"), CASES, ids=[c[0] for c in CASES])
def test_a_name_one_takes_is_no_quote(name: str, text: str, words: str, quoted: bool) -> None:
    an = pipeline().analyze_text("Cells\n\n" + text)
    assert any(words in q.content.text for q in an.quotes) == quoted, (name, [q.content.text for q in an.quotes])
