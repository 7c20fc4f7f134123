"""A report with no content of its own that opens a list with a colon gives the figures listed
after it ("The authority listed the dead by district: Swat 22, Buner 14"; "X's update gives these
numbers: ..."): the list is what the report says (issue 15, attribution of list releases); a colon
after a report with content of its own, after a count with no issuer, or after no report at all
gives nothing."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

H = "Flood update\n\n"
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: a reporting verb with its object before the colon, the list after it (a list the
    # parser reads as a clause of its own, or as names in apposition)
    ("listed by place", H + "The state emergency agency listed the injured by district: Kano 57, Kaduna 21.",
     57, "emergency agency"),
    ("second item", H + "The state emergency agency listed the injured by district: Kano 57, Kaduna 21.",
     21, "emergency agency"),
    ("listed by city", H + "The police listed the arrests by city: Lahore 140, Karachi 96, Quetta 33.", 140,
     "police"),
    # negative: a colon after no report
    ("no report", H + "Casualties by town: Mardan 27, Charsadda 19.", 19, None),
    # near miss: the report has content of its own before the colon
    ("content before", H + "Officials warned that the river had one more surprise: 58 homes were swept away.",
     58, None),
    # near miss: a count with no issuer as the subject
    ("count subject", H + "The tally was released as follows: 81 dead, 23 missing.", 23, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_report_opening_a_list_gives_its_figures(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
