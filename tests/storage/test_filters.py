"""Query filters checked before SQL: dates, countries by code or name, plain search words."""

from __future__ import annotations

import pytest

from newsledger.errors import NewsledgerError
from newsledger.storage.filters import check_date, country_code, plain_words


@pytest.mark.parametrize(("value", "ok"), [
    ("2024-02-29", True), ("2023-12-31", True),
    ("2023-02-29", False), ("2024-13-01", False), ("2024-1-5", False), ("notadate", False), ("", False),
])
def test_check_date(value: str, ok: bool) -> None:
    if ok:
        assert check_date(value, "--since") == value
    else:
        with pytest.raises(NewsledgerError, match=r"--since: .* is not a date"):
            check_date(value, "--since")


@pytest.mark.parametrize(("value", "code"), [
    ("RUS", "RUS"), ("rus", "RUS"), ("Russia", "RUS"), ("russian federation", "RUS"), ("Russian", "RUS"),
    ("Ukraine", "UKR"), ("Ukrainians", "UKR"), ("XWV", "XWV"),  # three letters: a code (user dictionaries)
])
def test_country_code(value: str, code: str) -> None:
    assert country_code(value) == code


def test_unknown_country_is_an_error_only_when_strict() -> None:
    with pytest.raises(NewsledgerError, match="'Narnia' is neither"):
        country_code("Narnia")
    assert country_code("Narnia", strict=False) == "Narnia"


@pytest.mark.parametrize(("text", "words"), [
    ("S-300", '"S-300"'), ("U.S. aid", '"U.S." "aid"'), ('say "hi', '"say" """hi"'), ("  ", None),
])
def test_plain_words(text: str, words: str | None) -> None:
    assert plain_words(text) == words
