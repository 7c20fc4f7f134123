"""A relative clause set off by a comma inside a speaker's phrase ("A doctor at the city
hospital, who asked not to be named, said ...") is no part of the speaker as written, wherever
the parser hangs it, as a clause of the speaker's head noun already was (issue 15, speaker
naming)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the quote's content, the speaker as written)
CASES = [
    # positive: the clause hangs on the noun of a prepositional phrase in the speaker's phrase
    ("non-restrictive clause after a place", "Camp shelled\n\nA nurse at the district clinic, who asked not to "
     "be named, said 38 wounded had been admitted.", "38 wounded", "A nurse at the district clinic"),
    ("non-restrictive clause after a body", "Camp shelled\n\nThe spokesman for the ministry, which runs the "
     "clinics, said 40 people died.", "40 people died", "The spokesman for the ministry"),
    # negative: a clause of the head itself was cut before, set off or not
    ("clause of the head", "Camp shelled\n\nA nurse who treated the wounded said 38 people were admitted.",
     "38 people", "A nurse"),
    # near miss: a comma before an apposition, not a relative clause: the apposition stays
    ("apposition", "Camp shelled\n\nA nurse at the district clinic, Marie Kahindo, said 38 wounded had been "
     "admitted.", "38 wounded", "A nurse at the district clinic, Marie Kahindo"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_set_off_relative_clause_is_no_part_of_the_speaker(name: str, text: str, content: str,
                                                             speaker: str) -> None:
    _, quotes = quotes_holding(text, content)
    assert quotes, name
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker, name
