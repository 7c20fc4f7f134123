"""A direct quote whose speaker a clause after it identifies (``stages/quotes/identifying.py``): a
pseudo-cleft ("“...,” is what X recounts") or the next sentence naming the quotation by a noun of
what was said ("“...” That was the message from X", "Those were the words of X", "The words were
those of X"), or saying how someone put it ("That is how X described the vote")."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

HEAD = "Voices from the flood zone\n\n"

# (kind, text, quoted words, expected speaker words; None: no speaker from these clauses)
ROWS = [
    ("positive", "\"The river took the whole street,\" is what Halima Garba recalls of that night.",
     "The river took the whole street", "Garba"),
    ("positive", "\"Nobody has come to help us.\" That was the message from Yakubu Danladi, the village head.",
     "Nobody has come to help us", "Danladi"),
    ("positive", "\"Move to higher ground before dark.\" Those were the words of the district commissioner.",
     "Move to higher ground before dark", "commissioner"),
    ("negative", "\"Move to higher ground before dark.\" That was the day the water reached the market.",
     "Move to higher ground before dark", None),
    ("near miss", "\"Move to higher ground before dark.\" That was the message the army sent to the farmers.",
     "Move to higher ground before dark", None),
    # the noun as the subject of "be", a demonstrative standing for it ("The words were those of X"), and
    # "That is how X described it"
    ("positive", "\"The dam will hold.\" The words were those of the water minister, Idris Kane, on Monday.",
     "The dam will hold", "Kane|minister"),
    ("positive", "\"A betrayal of every farmer in this country.\" That is how union leader Grace Mutua described the deal.",
     "A betrayal of every farmer", "Mutua"),
    ("negative", "\"A betrayal of every farmer in this country.\" That is how the deal was signed, in secret.",
     "A betrayal of every farmer", None),
    ("near miss", "\"The dam will hold.\" The words were painted on the wall by Idris Kane.",
     "The dam will hold", None),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_identified_speaker(row: tuple[str, str, str, str | None]) -> None:
    assert_speaker(HEAD + row[1], row[2], row[3])
