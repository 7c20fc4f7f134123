"""Company around someone is no siege: a speaker "surrounded by representatives of 50 countries"
or a minister "surrounded by aides" codes no blockade (COERCE 191); troops surrounding a town do."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, whether a blockade is coded)
ROWS: list[tuple[str, str, bool]] = [
    (P, "The envoy told reporters, surrounded by representatives of nearly 50 countries, that the pact was dangerous.",
     False),
    (P, "The minister, surrounded by aides and bodyguards, left the building.", False),
    (N, "The town was surrounded by government troops on Monday.", True),
    (M, "Troops surrounded the ministry's representatives at the border post.", True),
]


@pytest.mark.parametrize(("kind", "text", "siege"), ROWS)
def test_company_no_siege(kind: str, text: str, siege: bool) -> None:
    an = pipeline().analyze_text(text)
    assert any(e.cameo == "191" for e in an.events) is siege, (kind, text, [(e.cameo, e.predicate) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
