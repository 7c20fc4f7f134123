"""A number after a weekday counts the word after it when a comma follows the weekday or the
number is written in words ("On Monday, 14 people were killed", "In the events of Tuesday,
twelve Kenyans lost their lives"): it is no day of the month, which a month after it ("Monday, 14
November") or a bare numeral after the weekday ("on Thursday 14 ...") still gives (issue 15; seen
on the tuning half of the invented nairobi-protest probe, where the interior minister's toll was
lost). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Clashes in the north\n\nOfficials gave no details. "

# (construction, text, value, whether a figure of that value is found)
CASES = [
    ("positive: a numeral after a weekday and a comma", "On Monday, 14 people were killed in the clashes.", 14, True),
    ("positive: a number word after a weekday", "In the fighting of Wednesday, nineteen Sudanese lost their lives.",
     19, True),
    ("negative: a day of the month before its month", "On Monday, 14 November, the fighting stopped.", 14, False),
    ("near miss: a bare numeral after a weekday", "The vote is on Thursday 14 and the count on Friday.", 14, False),
]


@pytest.mark.parametrize(("name", "text", "value", "found"), CASES, ids=[c[0] for c in CASES])
def test_a_number_after_a_weekday(name: str, text: str, value: int, found: bool) -> None:
    assert bool(figures_of_value(OPENING + text, value)) == found, name


# A number after a month whose day is written before it and a comma after it counts the word
# after it ("On 13 November, seven soldiers were killed"): the day is given (issue 15; seen on the
# tuning half of the invented border-clash probe, where a ministry's own dead were lost).
DATED_MONTH = [
    ("positive: a number word after a dated month", "As of noon on 4 March, seven soldiers had been killed.", 7, True),
    ("positive: a numeral after a dated month", "On 21 June, 12 villagers were wounded in the shelling.", 12, True),
    ("negative: a list of dated months", "Talks were held on 4 March, 9 March and 21 March.", 9, False),
    ("near miss: a month with no day before it", "The visit is set for March, 9 and 10 being free days.", 9, False),
]


@pytest.mark.parametrize(("name", "text", "value", "found"), DATED_MONTH, ids=[c[0] for c in DATED_MONTH])
def test_a_number_after_a_dated_month(name: str, text: str, value: int, found: bool) -> None:
    assert bool(figures_of_value(OPENING + text, value)) == found, name
