"""Where a count happened: a place name at the end of a chain of "of" phrases that a place
preposition opens ("killed in the centre of the town of X", "in the village of X": X;
``context._located_of``), as well as one right after the preposition. Invented sentences and
places."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the place read for the killed count)
LOCATED: list[tuple[str, str, str | None]] = [
    (P, "Nine people were killed in the village of Kolenka on Monday, officials said.", "Kolenka"),
    (P, "Rockets killed 16 people in the centre of the border town of Pryoskolsk on Saturday.", "Pryoskolsk"),
    (N, "Six people were killed in a strike by the army of Sudan, the group said.", None),
    # the "of" chain of the counted noun is no place; the place preposition's own object is
    (M, "Six members of the family of Ahmed Saleh were killed in Rafah on Monday.", "Rafah"),
]


def _killed_place(text: str) -> str | None:
    figs = [f for f in pipeline().analyze_text(text).figures if f.measure == "killed"]
    assert len(figs) == 1, [(f.text, f.measure) for f in figs]
    return figs[0].place


@pytest.mark.parametrize(("kind", "text", "place"), LOCATED)
def test_a_place_preposition_places_the_name_its_of_chain_ends_in(kind: str, text: str, place: str | None) -> None:
    assert _killed_place(text) == place, (kind, text)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in LOCATED} == {P, N, M}
