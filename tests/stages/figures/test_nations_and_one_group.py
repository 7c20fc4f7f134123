"""Numbers that count no persons: nations ("two peoples", measures.yaml ``nation_forms``) and the
"one" that names which group the counted belong to ("three members of one family",
``stages/figures/same_one.py``). Invented sentences; one table per construction, each with a
positive row, a negative row and a near miss."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Figure
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def casualty_counts(parse: Parse, text: str) -> list[tuple[float, str | None]]:
    figs: list[Figure] = list(run_stage("figures", parse(text), actors=ActorLayer(), quotes=()))
    return [(f.value_low, f.measure) for f in figs if f.is_casualty]


NATIONS = [
    ("positive: two peoples", "Every week of war costs the lives of citizens of two neighbouring peoples.", []),
    ("positive: peoples counted alone", "The conflict has cost the lives of three peoples of the valley.", []),
    ("negative: people are persons", "The conflict has cost the lives of three people in the valley.", [(3.0, "killed")]),
    ("near miss: the persons of a people", "The shelling killed four villagers of the two peoples' border.",
     [(4.0, "killed")]),
]


@pytest.mark.parametrize(("construction", "text", "expected"), NATIONS, ids=[c[0] for c in NATIONS])
def test_peoples_count_nations_not_persons(parse: Parse, construction: str, text: str,
                                           expected: list[tuple[float, str | None]]) -> None:
    assert casualty_counts(parse, text) == expected, construction


ONE_GROUP = [
    ("positive: members of one family", "Four members of one family died when the roof fell in.", [(4.0, "killed")]),
    ("positive: pupils of one school", "Six pupils of one school were wounded in the shelling.", [(6.0, "injured")]),
    ("negative: two families are counted", "Five members of two families were killed.",
     [(5.0, "killed"), (2.0, "killed")]),
    ("near miss: one more person, not the group", "Three members of the family and one neighbour were killed.",
     [(3.0, "killed"), (1.0, "killed")]),
]


@pytest.mark.parametrize(("construction", "text", "expected"), ONE_GROUP, ids=[c[0] for c in ONE_GROUP])
def test_one_naming_the_group_of_a_count_is_no_count(parse: Parse, construction: str, text: str,
                                                     expected: list[tuple[float, str | None]]) -> None:
    assert casualty_counts(parse, text) == expected, construction
