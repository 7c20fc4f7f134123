"""A capitalised word of creed or ideology before an organisation's name describes the body named,
it is no part of a longer name: "the Islamist Hayat Tahrir al-Sham" is Hayat Tahrir al-Sham (read
on VOA, where it had become a second organisation), as the name written alone is."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, its actor)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Sharaa, once the leader of the Islamist Hayat Tahrir al-Sham, spoke in Damascus.",
     "the Islamist Hayat Tahrir al-Sham", "org:hts"),
    (P, "The Marxist Kurdistan Workers' Party said it would lay down its arms.",
     "The Marxist Kurdistan Workers' Party", "org:pkk"),
    (N, "Fighters of Hayat Tahrir al-Sham entered Aleppo on Friday.", "Hayat Tahrir al-Sham", "org:hts"),
    (M, "The Kurdistan Workers' Party said it would lay down its arms.", "The Kurdistan Workers' Party", "org:pkk"),
]


@pytest.mark.parametrize(("kind", "text", "words", "actor"), ROWS)
def test_creed_words_describe(kind: str, text: str, words: str, actor: str) -> None:
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (kind, text, [(m.text, m.actor_id) for m in an.mentions])
    assert found[0].actor_id == actor, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
