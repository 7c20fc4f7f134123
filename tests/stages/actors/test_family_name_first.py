"""A one-word name that is the first word of a person named in full earlier in the article, of a country whose
names English-language news writes family name first (coref.yaml ``family_name_first_countries``), is that person
("Fu said" after "Fu Cong"), as the dictionary's aliases already make "Xi" Xi Jinping; a given name alone of a
person the dictionary knows from elsewhere stays no one's ("Donald said" after "Donald Trump"), and a family name
that no one named before bears is left alone."""

from __future__ import annotations

import pytest

from tests.builders import assert_short_name

P, N, M = "positive", "negative", "near miss"

# (kind, text, the short name, the actor it should be, or None for "none of the people named in full")
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "China's U.N. ambassador, Fu Cong, spoke on Monday. Fu said the council should wait for the agency's "
        "report.", "Fu", "person:fu-cong"),
    (P, "Chinese Foreign Minister Wang Yi met his counterpart in Jakarta. Wang said both sides opposed "
        "unilateral sanctions.", "Wang", "person:wang-yi"),
    (N, "Donald Trump spoke to reporters on Monday. Donald said nothing about the tariffs.", "Donald", None),
    (M, "Chinese Foreign Minister Wang Yi met his counterpart in Jakarta. Fu said both sides opposed "
        "unilateral sanctions.", "Fu", None),
]


@pytest.mark.parametrize(("kind", "text", "name", "actor"), ROWS)
def test_family_name_first(kind: str, text: str, name: str, actor: str | None) -> None:
    assert_short_name(kind, text, name, actor)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
