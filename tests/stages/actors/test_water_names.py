"""A country's word inside the name of a sea, gulf or lake ("the Gulf of Guinea", "Lake Chad",
"the Indian Ocean", "the Persian Gulf") is no mention of the country or its people
(stages/actors/water_names.py); the country's own name elsewhere, and a lower-case water word
("Russian sea drones"), still are. Blind probe test_unseen_actors_probe (act-160) showed "the Indian"
of "the Indian Ocean" read as Indian civilians."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.builders import check_words_country

P, N, M = "positive", "negative", "near miss"

# (kind, sentence, mention words, the country of its actor; None: no mention of those words has one)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Pirates attacked a tanker in the Gulf of Guinea.", "Guinea", None),
    (P, "Fishermen on Lake Chad were attacked by gunmen.", "Chad", None),
    (P, "A storm in the Indian Ocean sank a fishing boat.", "Indian", None),
    (P, "Iranian boats seized a tanker in the Persian Gulf.", "Persian", None),
    (N, "Chad closed its border with Sudan.", "Chad", "TCD"),
    (N, "Guinea's junta postponed the vote.", "Guinea", "GIN"),
    (M, "Russian sea drones hit a warship.", "Russian sea drones", "RUS"),
    (M, "Indian coast guards rescued 12 sailors.", "Indian coast guards", "IND"),
]


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS)
def test_water_names_name_no_country(layer_of: Callable[..., Any], kind: str, text: str, words: str,
                                     country: str | None) -> None:
    check_words_country(layer_of(text), words, country, kind)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
