"""A verb of saying in the present that the tagger reads as a plural noun after a medium's noun
("A video claims that 90 children died", "A widely shared post claims 300 soldiers were
killed": "video claims" read as one noun, the sentence's root): the medium is the speaker of the
clause after it, as fact-checks write of posts and videos; a plural noun "claims" with no clause
after it ("Insurance claims rose by 40 percent") or no medium before it cues nothing (issue 15,
speakers and sources). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source, pipeline

HEAD = "Fact check\n\nA claim about the fire spread online this week.\n\n"

# (kind, text, value, the source as written or None for the outlet's own voice)
CASES = [
    ("positive: a video claims that", "A video claims that 90 children died in the fire.", 90, "video"),
    ("positive: a shared post claims, no 'that'", "A widely shared post claims 300 soldiers were killed.", 300,
     "widely shared post"),
    ("negative: a plural noun 'claims' with no clause", "Insurance claims rose by 40 percent last year.", 40, None),
    ("near miss: 'claims' a noun with a relative clause", "The claims the group made about 30 deaths were false.",
     30, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_medium_claims(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(HEAD + text, value, source, name)


def test_the_medium_speaks_the_clause() -> None:
    an = pipeline().analyze_text(HEAD + "A video claims that soldiers burned the market.")
    assert [(q.content.text, q.speaker.text if q.speaker else None) for q in an.quotes] == \
        [("that soldiers burned the market", "video")]
