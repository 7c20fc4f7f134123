"""A definite singular noun for a body of a sector ("the terror group", "the rebel movement") just
after an organisation of that sector is named is that organisation, as "the group" is; an
indefinite one ("a terror group") is some body of the sector, and a body of another sector is not
the one named."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the phrase, whether its actor is the Islamic State)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Islamic State claimed the attack. The terror group said it had killed 20 soldiers.", "The terror group", True),
    (P, "\"Today the leader of ISIS in Iraq was killed,\" Trump wrote, using another acronym for the terror group.",
     "the terror group", True),
    (N, "Islamic State claimed the attack. A terror group said it had killed 20 soldiers.", "A terror group", False),
    (M, "Islamic State claimed the attack. The aid group said it had treated 20 soldiers.", "The aid group", False),
]


@pytest.mark.parametrize(("kind", "text", "phrase", "named"), ROWS)
def test_body_nouns_after_names(kind: str, text: str, phrase: str, named: bool) -> None:
    an = pipeline().analyze_text(text)
    t = an.article.text
    at = t.index(phrase)
    found = [m for m in an.mentions if m.start == at]
    assert found, (kind, t, [(m.text, m.actor_id) for m in an.mentions])
    assert (found[0].actor_id == "org:islamic-state") is named, (kind, t, found[0].actor_id)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
