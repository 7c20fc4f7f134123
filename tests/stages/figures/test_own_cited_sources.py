"""A body that cites its own sources states the figure itself: "The monitor said 44 fighters died,
citing its network of sources on the ground", "The Observatory, citing its sources, said ...":
the monitor and the Observatory, not "its sources"; a body citing others gives them ("citing local
doctors": the doctors) (issue 15, sources). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

HEAD = "News in brief\n\n"

# (kind, text, value, the source as written)
CASES = [
    ("positive: citing its network after the report", "The monitor said 44 fighters died, citing its network of "
     "sources on the ground.", 44, "The monitor"),
    ("positive: citing its sources between subject and verb", "The Observatory, citing its sources, said 12 "
     "soldiers died.", 12, "The Observatory"),
    ("positive: citing their own reporters", "The Nation, citing their reporters in the town, said 8 people "
     "drowned.", 8, "The Nation"),
    ("negative: citing others", "The agency, citing local doctors, said 9 people died.", 9, "local doctors"),
    ("near miss: citing a document that names no one", "The agency, citing hospital records, said 17 people "
     "died.", 17, "The agency"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_own_sources_cited(name: str, text: str, value: float, source: str) -> None:
    assert_first_source(HEAD + text, value, source, name)
