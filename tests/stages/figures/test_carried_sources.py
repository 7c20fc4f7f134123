"""A run of counts from one report split over the sentences of a paragraph: a casualty count in a
sentence with no source of its own goes on with the reporter of the sentence before it in the same
paragraph ("..., a police spokesman told reporters, adding that ... Thirty people were wounded.").
Not across a paragraph, not after an "according to" phrase (it reaches over its own clause) or two
sources, not in a sentence dated in another time (the outlet's background). Issue 15, attribution
carried over sentences (belgorod-shelling's and mogadishu-hotel's tuning halves). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

HEAD = "Market bombing in Dorva\n\n"

# (construction, text, value, source held in the attribution, or None: the outlet's own voice)
CASES = [
    ("positive: a count after 'told reporters, adding that'",
     "Five attackers were killed, police spokesman Ali Hassan told reporters, adding that four soldiers were "
     "among the dead. Thirty people were wounded.", 30, "Ali Hassan"),
    ("positive: a toll raised in the next sentence",
     "The toll rose to 41, the district governor said on Sunday. Later a woman died in hospital, bringing the "
     "toll to 42.", 42, "the district governor"),
    ("negative: the next paragraph",
     "The toll rose to 41, the district governor said on Sunday.\n\nThirty people were wounded in the blast.",
     30, None),
    ("near miss: after an 'according to' phrase",
     "At least 41 people were killed, according to the district governor. Thirty people were wounded.", 30, None),
    ("near miss: a sentence dated in another year",
     "The toll rose to 41, the district governor said on Sunday. In 2019, 45 people were killed in a similar "
     "attack.", 45, None),
    ("near miss: a count set before the report by 'a day after'",
     "The toll rose to 41, the district governor said on Sunday. The bombing came a day after 7 police officers "
     "were killed in Velna.", 7, None),
    ("near miss: a sentence dated 'since January'",
     "The toll rose to 41, the district governor said on Sunday. Since January, 300 people have died in such "
     "attacks.", 300, None),
    ("near miss: the count is the object of a new doer's act",
     "The toll rose to 41, the district governor said on Sunday. Police later detained 20 men near the market.",
     20, None),
    ("near miss: two sources before",
     "At least 23 people were killed, camp leaders said, while the government said nearly 40 died. Dozens "
     "were wounded.", 24, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_count_goes_on_with_the_reporter_before(name: str, text: str, value: int, source: str | None) -> None:
    figures = figures_of_value(HEAD + text, value)
    assert figures, name
    assert_source(figures[-1], source, name)
