"""A reporting clause inverted after the content it closes, with no quotation mark: "The strike was
a war crime, added the foreign ministry." The parser takes the speaker for the verb's object, and
the quote had no speaker (only "said" and a closing quotation mark were read so). The verb comes
right after a comma, its content is a clause before it, and the noun phrase after it ends the
sentence (stages/quotes/misparse.closing_inversion); where the parser joined the verb to the content's
verb as its conjunct ("..., reported the state news agency"), the noun phrase must name a speaker
(stages/quotes/inversions.joined_inversion). Not a plain object ("The army reported heavy losses"),
nor a second verb's object ("..., announced the plan"), nor a phrase that more words follow ("...,
wrote the mediator on Monday night": left unread)."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

P, N, M = "positive", "negative", "near miss"

# (kind, text, words of the content, the speaker as written)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "The strike was a war crime, added the foreign ministry.", "war crime", "the foreign ministry"),
    (P, "The strike was a war crime, announced the ministry.", "war crime", "the ministry"),
    (M, "The talks with the rebels would resume in Doha, wrote the mediator on Monday night.",
     "resume in Doha", None),
    (N, "The army reported heavy losses.", "heavy losses", "The army"),
    (M, "The talks had failed, the ministry announced.", "had failed", "the ministry"),
    # the parser joins the verb to the content's verb as its conjunct (stages/quotes/inversions)
    (P, "The talks with the rebels would resume in Doha, reported the state news agency.", "resume in Doha",
     "the state news agency"),
    (P, "Two rockets landed near the port overnight, confirmed the army spokesman.", "rockets landed",
     "the army spokesman"),
    (N, "The minister arrived in Doha and announced the plan.", "the plan", "The minister"),
    (M, "The minister arrived in Doha, announced the plan.", "the plan", "The minister"),
]


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), ROWS)
def test_an_inverted_closing_clause_names_the_speaker(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, kind)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
