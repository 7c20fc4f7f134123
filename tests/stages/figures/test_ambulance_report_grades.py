"""An ambulance service's or a hospital's casualty report, as Israeli and other emergency services
write it (issue 15, measures): the wounded by grade ("two people in moderate condition", "five in
light condition") are injured, as those "in serious condition" are; people "treated for anxiety"
or "for shock" are counted apart from the wounded, no injury; "treated for gunshot wounds" stays
injured."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

LEAD = "Bus stop attack\n\nParamedics evacuated the casualties to two hospitals. "
# (construction, text, value, the measure: None for none)
CASES = [
    # positive: the grades of a report
    ("moderate condition", LEAD + "Among them were two people in moderate condition.", 2, "injured"),
    ("light condition", LEAD + "Among them were five people in light condition.", 5, "injured"),
    # positive: treated for what is no harm to the body
    ("treated for anxiety", LEAD + "In addition, 6 people were treated for anxiety.", 6, None),
    ("treated for shock", LEAD + "Nine residents were treated for shock.", 9, None),
    # negative: a grade and a treatment of the hurt
    ("serious condition", LEAD + "Among them were three people in serious condition.", 3, "injured"),
    ("treated for wounds", LEAD + "Seven people were treated for gunshot wounds.", 7, "injured"),
    # near miss: treated in hospital, with no "for"
    ("treated in hospital", LEAD + "Eight people were treated in hospital.", 8, "injured"),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_an_ambulance_report_grades_its_casualties(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(text, value)
    assert found, name
    assert found[-1].measure == measure, (name, found[-1].measure)
