"""An idiom of saying ("As the minister put it: ...", cues.yaml ``idioms``) cues the clause its
"as" clause hangs on, and its subject is the speaker (issue 15); the same verb in any other use
cues nothing. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the content, the speaker's words or None for no quote of them)
IDIOMS = [
    ("positive: as X put it, colon", 'The ruling party will not bend. As the interior minister put it last week: '
     '"We will take no orders from those who armed the rebels."', "We will take no orders", "the interior minister"),
    ("positive: as X put it, after the clause", "Kenya will not pay the ransom, as one senior diplomat put it "
     "on Monday.", "Kenya will not pay the ransom", "one senior diplomat"),
    ("negative: put with another object", "As the clerk put the ballots on the table, the observers left the "
     "hall.", "the observers left the hall", None),
    ("near miss: put it, no as clause", "The clerk put it on the table before the observers left the hall.",
     "the observers left the hall", None),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), IDIOMS, ids=[c[0] for c in IDIOMS])
def test_an_idiom_of_saying_cues_the_clause_it_hangs_on(name: str, text: str, content: str,
                                                       speaker: str | None) -> None:
    _, found = quotes_holding(f"Report\n\n{text}", content)
    speakers = [q.speaker.text for q in found if q.speaker is not None]
    if speaker is None:
        assert speakers == [], (name, speakers)
    else:
        assert speaker in speakers, (name, speakers)
