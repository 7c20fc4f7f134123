"""Event nouns of a report construction that name a kind (issue 16, set 4c): a riot or protest noun qualifying a noun
after it ("riot police", "police in riot gear") tells no riot, as a threat noun so used tells no threat
(``kind_modifier_types``); the noun at the head of its phrase ("a riot broke out") still does."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the noun, whether a PROTEST event must have it as its predicate)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "A riot broke out in the prison on Sunday night.", "riot", True),
    (N, "Police in riot gear guarded the bridge on Saturday.", "riot", False),
    (M, "Several students were led away by riot police on Saturday.", "riot", False),
]


@pytest.mark.parametrize(("kind", "text", "noun", "told"), ROWS)
def test_kind_modifier_reports(kind: str, text: str, noun: str, told: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(noun)
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at and e.plover == "PROTEST"]
    assert bool(found) == told, (kind, text, [(e.plover, e.predicate) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
