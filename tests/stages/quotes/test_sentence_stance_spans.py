"""A sentence of a quotation of several sentences that negates or denies is nested with its own
stance, and holds only the quoted words: “A,” she said. “B.” gives “A” negated, not “A,” she
said (seen on VOA stories: a second record of the same words with the cue and speaker inside,
beside the stretch “A”). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words of the negated nested quote)
CASES = [
    ("positive: the sentence runs on into the cue", "\"The strikes do not end with the truce,\" she said. "
     "\"They will need care for years.\"", "The strikes do not end with the truce"),
    ("positive: a denial before a named speaker", "\"We never fired on the convoy,\" Colonel Ruto said. "
     "\"Our units were far away.\"", "We never fired on the convoy"),
    ("positive: a closing cue with a long speaker after it", "\"They were buying bread. There were no soldiers "
     "here,\" said Omar Salem, 44, who sells phone cards on the street.", "There were no soldiers here"),
    ("near miss: the cue before the quotation", "She said: \"The strikes do not end with the truce. They "
     "will need care for years.\"", "The strikes do not end with the truce"),
]


@pytest.mark.parametrize(("name", "text", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_negated_sentence_holds_only_the_quoted_words(name: str, text: str, words: str) -> None:
    an = pipeline().analyze_text("Convoy\n\n" + text)
    nested = [q for q in an.quotes if q.parent_id is not None]
    assert nested, name
    assert any(q.content.text == words and q.stance in ("negated", "denied") for q in nested), \
        (name, [(q.content.text, q.stance) for q in nested])
    assert not any(q.cue is not None and q.content.start <= q.cue.start < q.content.end for q in nested), \
        (name, [q.content.text for q in nested])


def test_a_single_negated_sentence_is_not_split() -> None:
    """Negative: a quotation of one sentence has no nested stretch; it is negated itself."""
    an = pipeline().analyze_text("Convoy\n\n\"We never fired on the convoy,\" Colonel Ruto said.")
    assert [(q.content.text, q.stance, q.parent_id) for q in an.quotes] == \
        [("\"We never fired on the convoy,\"", "negated", None)]
