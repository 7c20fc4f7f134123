"""Group nouns of a sector in their common compound forms ("environment groups", "conservation
groups", "schoolgirls") name that sector's people; a noun that only looks like one does not."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the phrase, the sector its actor must hold, or None for no actor)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Several environment groups accused the company of green washing.", "Several environment groups", "ENV"),
    (P, "Conservation groups sued the ministry on Monday.", "Conservation groups", "ENV"),
    (P, "The schoolgirls were taken home by bus.", "The schoolgirls", "EDU"),
    (N, "The environment suffered for years, the report said.", "The environment", None),
    (M, "Environmental groups sued the ministry on Monday.", "Environmental groups", "ENV"),
]


@pytest.mark.parametrize(("kind", "text", "phrase", "sector"), ROWS)
def test_sector_nouns(kind: str, text: str, phrase: str, sector: str | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(phrase)
    found = [m for m in an.mentions if m.start == at and m.actor_id is not None]
    if sector is None:
        assert not found, (kind, text, [(m.text, m.actor_id) for m in found])
        return
    assert found and sector in (found[0].actor_id or ""), (kind, text, [(m.text, m.actor_id) for m in an.mentions])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
