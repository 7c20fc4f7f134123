"""A new entity, branch, wing or unit of an armed group set up, formed or founded is ACLED's "Change to
group/activity" (data/events/reports.yaml ``group_branch``, acled.yaml): "a Kurdish branch of the militia
network has been set up", "the rebels formed a new unit". A company's branch, or a cyclone that formed,
is not. Invented sentences, with groups of several sides."""

from __future__ import annotations

import pytest

from tests.builders import acled_subtype

CHG = "Change to group/activity"
ROWS = [
    ("positive", "A Kurdish branch of the militia network has been set up in Kirkuk province.", CHG),
    ("positive", "The rebels formed a new unit in the northern hills, a militia spokesman said.", CHG),
    ("positive", "Jihadist fighters have established a new cell in the border district, officials said.", CHG),
    ("negative", "The company set up a new branch in Kirkuk.", None),
    ("near miss", "A cyclone formed over the bay on Monday, forecasters said.", "natural_disaster"),
]


@pytest.mark.parametrize(("kind", "text", "subtype"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_new_branch_of_an_armed_group(kind: str, text: str, subtype: str | None) -> None:
    assert acled_subtype(text) == subtype, kind


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
