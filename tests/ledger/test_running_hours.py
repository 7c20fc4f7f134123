"""A count run from an hour of the day ("since the night, volunteers have recovered 3,000
bodies", "since dawn", "since this morning") is the running count of that day's incident: no
period of its own, so it may share the incident's thread (as "so far" does); a "since" before a
date, a weekday or a year still names a period, and an hour without "since" is a day (issue 15,
derna-flood's tuning half: a flood's running toll kept apart as a period total). Invented scopes."""

from __future__ import annotations

import pytest

from newsledger.ledger.rules import scope_key
from tests.builders import ledger_rules

# (construction, time scope, its key)
CASES = [
    ("positive: since the night", "Since the night", None),
    ("positive: since dawn", "since dawn", None),
    ("positive: since this morning", "since this morning", None),
    ("negative: since a date", "since October 7", "period:october 7"),
    ("negative: since a year", "since 2019", "period:since 2019"),
    ("near miss: since a weekday's night", "since Monday night", "period:monday night"),
    ("near miss: an hour without since", "in the night", "day"),
]


@pytest.mark.parametrize(("name", "scope", "key"), CASES, ids=[c[0] for c in CASES])
def test_running_hours(name: str, scope: str, key: str | None) -> None:
    assert scope_key(scope, ledger_rules()) == key, name


def test_table_has_positive_negative_and_near_miss() -> None:
    assert {c[0].split(":")[0] for c in CASES} == {"positive", "negative", "near miss"}
