"""A name with an age in apposition between commas is a person's ("Lydia Rosasi, 29, works at ...",
seen on VOA read as an organisation), whatever the recogniser's label; one word with a number is
no person's name, and a name the dictionary knows keeps its reading. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, name, the actor id's kind prefix)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Lydia Rosasi, 29, works at the office of the government spokesperson in Nairobi.", "Lydia Rosasi", "person"),
    (P, "Amina Wekesa, 41, sells fish at the market in Kisumu.", "Amina Wekesa", "person"),
    (N, "Doctors Without Borders, 50, runs clinics in Darfur.", "Doctors Without Borders", "org"),
    (M, "The World Bank, in 2019, lent the country $300 million.", "The World Bank", "org"),
]


@pytest.mark.parametrize(("kind", "text", "name", "prefix"), ROWS)
def test_a_name_with_an_age_is_a_person(kind: str, text: str, name: str, prefix: str | None) -> None:
    an = pipeline().analyze_text(text)
    ids = [m.actor_id for m in an.mentions if an.article.text[m.start:m.end] == name]
    assert ids and all((i or "").split(":")[0] == prefix for i in ids), (kind, text, ids)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
