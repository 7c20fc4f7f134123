"""A count owned by "its" or "their" that no actor stands for is the count of the subject of the
clause around it ("the interior ministry has stopped updating its count, which stood at 23"): the
figure is that body's, not the pronoun's (issue 15, figure sources; seen on the tuning half of
the invented rawashda-market probe). A named owner stays the owner; a pronoun subject is no
better than the pronoun. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the source as written: its opening words)
CASES = [
    ("positive: 'its count, which stood at N'", "The interior ministry has stopped updating its count, which stood "
     "at 23 on Sunday.", 23, "The interior ministry"),
    ("positive: 'its tally, which now stands at N'", "The civil defence agency revised its tally, which now stands at "
     "17 dead.", 17, "The civil defence agency"),
    ("positive: 'their toll, which reached N'", "Local officials have not published their toll, which reached 40 on "
     "Monday, since the weekend.", 40, "Local officials"),
    ("negative: a named owner", "The agency's count, which stood at 30 on Friday, was later revised.", 30,
     "The agency"),
    ("near miss: a counted subject is passed over for the counters", "Local rescuers in the valley now say at least "
     "45 people were killed, up from 27 in their first count.", 27, "Local rescuers"),
    ("near miss: a pronoun subject", "The rescuers left the valley. They said its count stood at 9.", 9, "its"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_possessive_pronoun_count_is_its_clause_subjects(name: str, text: str, value: float, source: str) -> None:
    found = figures_of_value("Flood in the valley\n\n" + text, value)
    assert len(found) == 1, name
    assert found[0].attribution.startswith(source), (name, found[0].attribution)
