"""A statement pasted whole after a paragraph that names its issuer ("We publish the statement of
X in full."), one opening quotation mark before its first paragraph and one closing mark after its
last, none between: the issuer speaks every paragraph of it, and a figure in it is the issuer's
(issue 15; hospital-strike's tuning half: a partisan site pasting a group's statement). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source, written_speaker

HEAD = "Mine collapse at Velno\n\nA gallery of the Velno mine caved in on Tuesday.\n\n"
BODY = ("\"We, the miners of Velno, speak to the country.\n\nNine of our brothers are still underground. The "
        "company knew the gallery was unsafe.\n\nWe will not go back down until the inspectors come.\"\n\n"
        "The site's editors add that the company has not answered.")

# (construction, text, words of the statement, the speaker as written, or None)
CASES = [
    ("positive: 'the statement of X' announces it", HEAD + "We publish the statement of the Velno Miners' Union in "
     "full.\n\n" + BODY, "Nine of our brothers are still underground", "the Velno Miners' Union"),
    ("positive: 'a statement by X' announces it", HEAD + "Below is the full text of a statement by the Velno "
     "Miners' Union, sent to us on Wednesday.\n\n" + BODY, "Nine of our brothers are still underground",
     "the Velno Miners' Union"),
    ("negative: a paragraph naming no issuer", HEAD + "Here is what was read out at the gate.\n\n" + BODY,
     "Nine of our brothers are still underground", None),
    ("near miss: a quotation mark between the paragraphs ends the statement", HEAD + "We publish the statement of "
     "the Velno Miners' Union in full.\n\n\"We, the miners of Velno, speak to the country.\n\nThe word \"unsafe\" "
     "was theirs. Nine of our brothers are still underground.\"\n\nMore follows.",
     "Nine of our brothers are still underground", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_pasted_statement_is_its_issuers(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(text, words) == speaker, name


def test_the_statements_figure_is_the_issuers() -> None:
    assert_first_source(CASES[0][1], 9, "the Velno Miners' Union", "a figure in a pasted statement")
