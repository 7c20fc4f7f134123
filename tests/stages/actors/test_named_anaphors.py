"""An anaphor noun ("the movement", "the group") given a name of its own before it, an
abbreviation in brackets or capitalised words that name no place or people, names a body of its
own: it does not point back to the organisation named before."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the phrase's first words, the actor it must not take, the actor it must take or None)
ROWS: list[tuple[str, str, str, str, str | None]] = [
    (P, "The girls were taken to Government House in Gusau. The leader of the Bring Back Our Girls (BBOG) "
        "movement said the battle is not won.", "The leader", "org:government-house", None),
    (N, "Hamas fired rockets on Monday. The movement said it would go on.", "The movement", "", "org:hamas"),
    (M, "Hamas fired rockets on Monday. The Palestinian movement said it would go on.", "The Palestinian", "org:hamas",
     None),
]


@pytest.mark.parametrize(("kind", "text", "phrase", "wrong", "right"), ROWS)
def test_named_anaphors(kind: str, text: str, phrase: str, wrong: str, right: str | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(phrase)
    found = [m for m in an.mentions if m.start == at]
    assert found, (kind, text, [(m.text, m.start) for m in an.mentions])
    assert found[0].actor_id != wrong, (kind, text, found[0].actor_id)
    if right is not None:
        assert found[0].actor_id == right, (kind, text, found[0].actor_id)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
