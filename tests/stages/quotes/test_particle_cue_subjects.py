"""A verb of speaking with its own particle ("boasted of", "spoke of") that the parser read as a
reduced relative on the noun before it ("Pro-government channels first boasted of a strike on
“...”": "boasted" an acl of "channels") is spoken by that noun when it is a subject or the root:
such a verb with its particle is no passive participle (issue 15; lozova-station's tuning half).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import written_speaker

HEAD = "Bridge battle\n\nFighting went on at the Velna bridge on Monday.\n\n"


# (construction, text, words of the quote, the speaker as written, or None)
CASES = [
    ("positive: 'first boasted of', then another verb",
     "Pro-government channels first boasted of a strike on \"a rebel convoy\", then began spreading another "
     "story.", "a rebel convoy", "Pro-government channels"),
    ("positive: 'boasted of' as the sentence's only verb",
     "Rebel accounts boasted of \"a great victory\" at the bridge.", "a great victory", "Rebel accounts"),
    ("negative: a verb of speaking read as a verb", "Residents warned of \"a second wave\" of attacks.",
     "a second wave", "Residents"),
    ("near miss: the noun before it is no subject",
     "Channels loyal to the army boasted of \"a great victory\" at the bridge.", "a great victory", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_particle_cue_read_as_a_reduced_relative(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(HEAD + text, words) == speaker, name
