"""Counts a body owns across a colon, and counts owned by what happened (issue 15, sources):
"The ministry gave this breakdown: 12 children, 8 women and 20 men killed" and "The ministry's
tally, released on Friday: 312 dead and 1,100 injured" are the ministry's; "The quake's death toll
rose to 300" and "the attack's toll of 26" say what the count is of, and nobody in them states it
(the outlet's own voice when nothing else does). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

HEAD = "News in brief\n\n"

# (kind, text, value, the source as written or None for the outlet's own voice)
CASES = [
    ("positive: a breakdown given before a colon", "The ministry gave this breakdown: 12 children, 8 women and 20 "
     "men killed.", 20, "The ministry"),
    ("positive: a tally owned before a colon, second item", "The ministry's tally, released on Friday: 312 dead "
     "and 1,100 injured.", 1100, "The ministry"),
    ("positive: a quake's toll", "The quake's death toll rose to 300 on Tuesday.", 300, None),
    ("positive: an attack's toll", "The attack's toll of 26 dead made it the deadliest this year.", 26, None),
    ("negative: a body's toll", "The ministry's toll rose to 500 on Tuesday.", 500, "The ministry"),
    ("near miss: a tally no one owns before a colon", "The final tally: 312 dead and 1,100 injured.", 312, None),
    ("near miss: an event's toll before a colon", "The storm's toll was grim: 40 dead.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_count_owners(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(HEAD + text, value, source, name)
