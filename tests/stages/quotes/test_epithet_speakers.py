"""A definite description of a person by a place or party word as speaker ("the Ohio senator", "the
Texas Republican", "the former Boston mayor") is the person the article named last before it, the
subject of that sentence before a name in its predicate; an indefinite or unmodified description
("a senator", "the senator") is not read so (issue 15; seen on PolNeAR train tune text). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

# (construction, text, the actor name of the last quote's speaker)
CASES = [
    ("positive: a state and a post", "Dana Whitfield campaigned in Iowa on Monday. The Ohio senator said the farm "
     "plan would fail.", "Dana Whitfield"),
    ("positive: a state and a party", "Victor Lasko left the race on Monday. The Texas Republican said he would "
     "back the governor.", "Victor Lasko"),
    ("positive: the subject before a name in the predicate", "Gerald Banks backed Ellen Foy on Monday. The former "
     "Boston mayor said the race was close.", "Gerald Banks"),
    ("positive: a party's name the actor layer reads as the party", "Victor Lasko held a rally in Ohio on Monday. "
     "The Republican Party front-runner said the polls were rigged.", "Victor Lasko"),
    ("near miss: a body's post speaks for the body", "Victor Lasko held a rally in Ohio on Monday. The UNICEF "
     "director said the camps were full.", "UNICEF"),
    ("negative: an indefinite description", "Dana Whitfield campaigned in Iowa on Monday. A senator said the farm "
     "plan would fail.", None),
    ("near miss: no place or party word", "Dana Whitfield campaigned in Iowa on Monday. The senator said the farm "
     "plan would fail.", None),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_place_or_party_description_is_the_person_named_before(name: str, text: str, speaker: str | None) -> None:
    assert last_quote_speaker(text) == speaker, name
