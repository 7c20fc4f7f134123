"""A Title-Case quotation right before a noun that names a work, a broadcast, an event or a
campaign is that thing's title, not quoted speech (stages/quotes/linker.is_title, data key
``title_nouns_after`` of quotes/filters.yaml): ABC's “This Week” program, a “Stop the Steal” rally.
Quoted words that end in punctuation, or that no such noun follows, stay quotes. Invented sentences,
with parties from each side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, quoted words, expected: is there a quote holding the words)
    ("positive", "Organisers said the “Bring Our Sons Home” march drew thousands in Tel Aviv.",
     "Bring Our Sons Home", False),
    ("positive", "The senator emphasized the ceasefire in remarks on the “Face The Nation” broadcast.",
     "Face The Nation", False),
    ("positive", "Activists said the “Return Home Now” campaign would go on in Ramallah.",
     "Return Home Now", False),
    ("positive", "Palestinian groups launched a “Return Home Now” campaign in Ramallah, organisers said.",
     "Return Home Now", False),
    ("positive", "The Kremlin aide stressed the point in an interview on the network’s “Weekend Review” program.",
     "Weekend Review", False),
    ("negative", "The minister told reporters, “We Will Not Retreat,” before the talks began.",
     "We Will Not Retreat", True),
    ("negative", "“We will never give up our land,” the governor said after the march.",
     "never give up our land", True),
    # near misses: a noun after the quotation, but the quotation ends in punctuation or is not in
    # Title Case
    ("near miss", "“Peace Must Come First,” campaign organisers in Gaza City said on Sunday.",
     "Peace Must Come First", True),
    ("near miss", "The spokesman said Israel was “acting in self-defence” rally after rally.",
     "acting in self-defence", True),
]


@pytest.mark.parametrize(("kind", "text", "words", "quoted"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_title_case_quotation_before_a_title_noun(kind: str, text: str, words: str, quoted: bool) -> None:
    analysis = pipeline().analyze_text(text)
    holding = [q for q in analysis.quotes if words in q.content.text and q.kind in ("direct", "partial")]
    assert bool(holding) == quoted, (kind, [(q.kind, q.content.text) for q in analysis.quotes])


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
