"""A figure in a lead with no source of its own takes the closing reporter of the next sentence
when that sentence goes on about the same happening, named again by a definite description
("Four people were killed in a shooting attack ... The attack happened shortly after noon, police
said."): the report gives the source of what the lead told of it, as broadcasters and wires
write a lead and its attribution a sentence later (issue 15, "an attribution in the next
sentence applies")."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

LEAD = "Market attack\n\nFour people were killed in a shooting attack at a market on Sunday. "
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: the happening named again, a closing reporter
    ("the attack again", LEAD + "The attack happened shortly after noon, police said.", 4, "police"),
    ("the raid again", "Village raid\n\nThree men were killed in an army raid on the village. The raid "
     "began before dawn and lasted four hours, the health ministry said.", 3, "health ministry"),
    # negative: the next sentence tells of another thing
    ("another happening", LEAD + "A second bomb exploded shortly after noon, police said.", 4, None),
    # near miss: the doer named again is no happening (the lead's subject, not its circumstance)
    ("the doer again", "Market attack\n\nThe militia shelled the market on Sunday, killing 60 people. The "
     "militia targeted the market at its busiest hour, residents said.", 60, None),
    # near miss: the happening named again, with no reporter
    ("no reporter", LEAD + "The attack happened shortly after noon.", 4, None),
    # near miss: a reporter opening the sentence reports its own clause, after it
    ("reporter first", LEAD + "Police said the attack happened shortly after noon.", 4, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_closing_report_about_the_same_happening_gives_the_source(name: str, text: str, value: float,
                                                                     source: str | None) -> None:
    assert_first_source(text, value, source, name)
