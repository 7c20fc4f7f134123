"""A verb of counting in a clause coordinated with the figure's that puts a count of its own ("The
toll rose to 59, and the department put it at 100"): its subject states that count, not the
figure of the other clause, which is the outlet's (issue 15; seen on the tuning half of the
invented mosque-blast probe). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import pipeline

# (construction, text, value, the source's words, or None for the outlet's own voice)
CASES = [
    ("positive: the other clause's figure", "The toll rose to 61 by Sunday, and the health office put it at 75 "
     "late that night.", 61, None),
    ("positive: the count of its own", "The toll rose to 61 by Sunday, and the health office put it at 75 "
     "late that night.", 75, "health office"),
    ("positive: a toll named", "Forty people were killed in the raid, and a European official put the toll at 52.",
     40, None),
    ("negative: a verb of saying with the count after it", "Forty people were killed, the ministry said, putting "
     "the toll at 52 by evening.", 40, "ministry"),
    ("near miss: a verb of counting with no count of its own", "The toll rose to 61 by Sunday, and the ministry "
     "revised its figures.", 61, "ministry"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_coordinated_count_states_its_own_figure_only(name: str, text: str, value: float, source: str | None) -> None:
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert len(found) == 1, (name, [f.text for f in found])
    if source is None:
        assert found[0].attribution == UNATTRIBUTED, (name, found[0].attribution)
    else:
        assert source in found[0].attribution, (name, found[0].attribution)


def test_every_kind_of_row_is_there() -> None:
    assert {c[0].split(":")[0] for c in CASES} == {"positive", "negative", "near miss"}
