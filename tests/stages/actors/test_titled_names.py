"""A person's name after a body's name and a capitalised title inside one PERSON entity
("Kremlin Spokesperson Igor Malakhov") is that person, not the dictionary's holder of the title,
and so is "he" after it (stages/actors/titled_names.py). Invented sentences (issue 15)."""

from __future__ import annotations

import pytest

from tests.builders import quote_speaker_names

P, N, M = "positive", "negative", "near miss"

# (kind, text, the speaker actor of every quote)
ROWS: list[tuple[str, str, str]] = [
    (P, 'Kremlin Spokesperson Arkady Volnov said Moscow would answer. "We will answer," he said.', "Arkady Volnov"),
    (P, 'Kremlin Spokesperson Arkady Volnov called the raid "an act of terror," and he said Moscow would answer.',
     "Arkady Volnov"),
    # the title alone is the dictionary's holder of it
    (N, 'The Kremlin Spokesperson said Moscow would answer. "We will answer," he said.', "Dmitry Peskov"),
    # the holder's own name after the title stays the holder
    (M, 'Kremlin Spokesperson Dmitry Peskov said Moscow would answer. "We will answer," he said.', "Dmitry Peskov"),
]


@pytest.mark.parametrize(("kind", "text", "person"), ROWS)
def test_a_name_after_a_capitalised_title(kind: str, text: str, person: str) -> None:
    found = quote_speaker_names(text)
    assert found, (kind, text)
    assert all(who == person for who in found), (kind, text, found)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
