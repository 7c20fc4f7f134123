"""An indefinite office noun of an organisation ("a Kremlin spokesman", "a UN spokesperson") names
someone speaking for the body, not the one holder of the post: it is the body
(stages/actors/nominals.organisation_people). Before, it was the office holder (Peskov, Dujarric)
with full confidence. The definite noun ("the Kremlin spokesman") is still the holder."""

from __future__ import annotations

import pytest

from tests.builders import quote_speaker_names

P, N, M = "positive", "negative", "near miss"

# (kind, text, the actor names of its quotes' speakers)
ROWS: list[tuple[str, str, list[str | None]]] = [
    (P, "A Kremlin spokesman said the talks in Geneva had failed.", ["Kremlin"]),
    (P, "A UN spokesperson said the aid convoy was blocked at the border.", ["United Nations"]),
    (N, "The Kremlin spokesman said the talks in Geneva had failed.", ["Dmitry Peskov"]),
    (M, "The UN spokesperson said the aid convoy was blocked at the border.", ["Stéphane Dujarric"]),
]


@pytest.mark.parametrize(("kind", "text", "names"), ROWS)
def test_an_indefinite_office_noun_is_the_body(kind: str, text: str, names: list[str | None]) -> None:
    assert quote_speaker_names(text) == names, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
