"""A people's word that names their language ("spoke fluent Burmese", "teaches French", "translated
into Portuguese", "the Portuguese language") is no mention of that people
(stages/actors/language_names.py); a plural people, one with an article and a modifier of another
noun keep their country. Blind probe test_unseen_actors_probe (act-151) showed "fluent Burmese" read
as Burmese civilians."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.builders import check_words_country

P, N, M = "positive", "negative", "near miss"

# (kind, sentence, mention words, the country of its actor; None: no mention of those words has one)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "The engineer spoke fluent Burmese.", "Burmese", None),
    (P, "She teaches French at a school in Dakar.", "French", None),
    (P, "The report was translated into Portuguese.", "Portuguese", None),
    (P, "The Portuguese language is spoken in Angola.", "Portuguese", None),
    (N, "French teachers went on strike.", "French teachers", "FRA"),
    (N, "The army trained Ukrainians.", "Ukrainians", "UKR"),
    (M, "They taught the French a lesson.", "the French", "FRA"),
    (M, "Russian-language media reported the strike.", "Russian-language media", "RUS"),
]


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS)
def test_language_words_name_no_people(layer_of: Callable[..., Any], kind: str, text: str, words: str,
                                     country: str | None) -> None:
    check_words_country(layer_of(text), words, country, kind)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
