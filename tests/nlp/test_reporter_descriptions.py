"""A clause set off by commas on the subject of a reporting verb says who the reporter is, not what
it reports ("The governor, whose province lost 40 people in the floods, said the dams would hold":
the 40 are the outlet's; issue 15, near misses where the figure sits in a clause the attribution
does not govern); a restrictive clause, or a figure in what is said, stays the reporter's."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

H = "Flood talks\n\n"
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive (the outlet's): a relative or participial clause describing the reporter
    ("whose clause", H + "The mayor, whose town lost 23 residents to the river, said the levee would be raised.",
     23, None),
    ("who clause", H + "The envoy, who met 35 tribal elders on Monday, said the ceasefire was holding.", 35, None),
    ("participle", H + "The general, inspecting 1,500 new recruits, said the border was secure.", 1500, None),
    # negative: the figure in what is said
    ("in the report", H + "The mayor, who visited the levee, said 23 residents had drowned.", 23, "mayor"),
    # near miss: a restrictive relative clause, no comma
    ("restrictive", H + "Medics who treated 48 wounded said the clinic had run out of blood.", 48, "Medics"),
    # near miss: a relative clause that reports
    ("reporting relative", H + "The agency, which said 52 people drowned, asked for help.", 52, "agency"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_clause_describing_the_reporter_is_not_reported(name: str, text: str, value: float,
                                                          source: str | None) -> None:
    assert_first_source(text, value, source, name)
