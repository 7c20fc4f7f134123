"""A verb of saying that glosses a word cues no quote: a participle after a noun for a word or a
name ("the Khawarij, a term referring to those who left the faith") or such a noun as its subject
("The name refers to the river"). Seen on a VOA story, where "a derogatory term referring to X"
was a quote of X with no speaker. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words a quote's content would hold, whether a quote holds them)
CASES = [
    ("positive: a participle after 'term'", "The army shut 9 websites of the Harakat, a term referring to "
     "the rebels who split from the movement.", "the rebels who split", False),
    ("positive: 'name' as the subject", "The town is called Nahr. The name refers to the river that "
     "floods its fields every spring.", "the river that floods", False),
    ("negative: a person refers to something", "The governor referred to the rebels as bandits on "
     "Tuesday.", "the rebels", True),
    ("near miss: a participle after a person noun", "Officials referring to the rebels said the town "
     "had been retaken.", "the town had been retaken", True),
]


@pytest.mark.parametrize(("name", "text", "words", "quoted"), CASES, ids=[c[0] for c in CASES])
def test_a_gloss_is_no_quote(name: str, text: str, words: str, quoted: bool) -> None:
    an = pipeline().analyze_text("Websites shut\n\n" + text)
    assert any(words in q.content.text for q in an.quotes) == quoted, (name, [q.content.text for q in an.quotes])
