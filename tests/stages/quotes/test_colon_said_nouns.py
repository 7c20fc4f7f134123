"""A direct quotation after a colon, spoken by the owner of a noun of what was said ("The
embassy's statement was short: “...”", "The warning from the health ministry was stark: “...”")
or by the person a verbless label names ("Her reply to the critics: “...”", "Opposition leader
Kizza Okello: “...”"); a label of no one ("The verdict: “...”") or a noun of what was said that
no party owns ("The message of the film was clear: “...”") gives none (issue 15, speakers).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

HEAD = "Unrest after the vote\n\nProtests spread through the capital on Sunday.\n\n"

# (kind, text, words of the quotation, expected speaker words or None)
CASES = [
    ("positive: a possessor of a statement noun", "The embassy's statement was short: \"Our staff are safe and "
     "accounted for.\"", "Our staff are safe", "embassy"),
    ("positive: a warning from a body", "The warning from the health ministry was stark: \"Boil every drop of "
     "water.\"", "Boil every drop of water", "health ministry"),
    ("positive: a verbless label of a noun of what was said", "Prime Minister Kristen Michal met the "
     "protesters. His reply to the critics: \"The count was fair.\"", "The count was fair", "His"),
    ("positive: a verbless label of a name", "Opposition leader Kizza Okello: \"The elections were stolen from "
     "the people.\"", "The elections were stolen", "Okello"),
    ("negative: a label of no one", "The verdict: \"Guilty on all counts.\"", "Guilty on all counts", None),
    ("near miss: a noun of what was said no party owns", "The message of the film was clear: \"Never again, "
     "for anyone.\"", "Never again", None),
    ("near miss: a verbless label of a place", "The scene in the square: \"We have no power and no water.\"",
     "no power and no water", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_colon_after_a_noun_of_what_was_said(name: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker(HEAD + text, words, speaker)
