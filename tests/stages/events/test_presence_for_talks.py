"""Presence at a place for a meeting (issue 16, set 4c): a copula with a place phrase and a purpose phrase ("Putin is
in Beijing for talks with Xi", "was in Moscow for a two-day visit") carries the meeting noun's event (PLOVER CONSULT),
its subject the source; a copula of purpose with no place ("Washington is for talks with Iran") is a stance."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the meeting noun, whether a CONSULT must have it as its predicate)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "The Brazilian president is in Madrid for talks with the Spanish prime minister.", "talks", True),
    (P, "The Kenyan foreign minister was in Tokyo on Monday for a three-day visit.", "visit", True),
    (N, "The Brazilian president spoke about talks with the Spanish prime minister.", "talks", False),
    (M, "Brazil is for talks with Spain, the spokesman said.", "talks", False),
]


@pytest.mark.parametrize(("kind", "text", "noun", "told"), ROWS)
def test_presence_for_talks(kind: str, text: str, noun: str, told: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(noun)
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at and e.plover == "CONSULT"
             and e.modality == "asserted"]
    assert bool(found) == told, (kind, text, [(e.plover, e.predicate, e.modality) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
