"""A "foreign office" with a country is that country's foreign ministry, a body of its government,
not the country (issue 15, branch i15-resolve55; data/actors/sectors.csv, coref.yaml body_nouns),
of invented sentences: "the Pakistani foreign office", "the foreign office in Islamabad", and "it"
after it; not a body of another name, and the British Foreign Office stays the dictionary's."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, words of its actor's name, its country, its type)
ROWS: list[tuple[str, str, str, str, str, str]] = [
    (P, "The Pakistani foreign office condemned the drone strike near Chaman.", "The Pakistani foreign office",
     "foreign office", "PAK", "organisation"),
    (P, "The foreign office in Islamabad summoned the Afghan charge d'affaires.", "The foreign office in Islamabad",
     "foreign office", "PAK", "organisation"),
    (P, "The Bangladeshi foreign office summoned the envoy. It said the firing at the border was unacceptable.",
     "It", "foreign office", "BGD", "organisation"),
    (N, "The Pakistani government condemned the drone strike near Chaman.", "The Pakistani government",
     "Pakistan", "PAK", "state"),
    (M, "The Foreign Office in London advised against travel to the border.", "The Foreign Office",
     "Development Office", "GBR", "organisation"),
    (M, "The Pakistani election office postponed the vote in Chaman.", "Pakistani", "Pakistan", "PAK", "country"),
]


@pytest.mark.parametrize(("kind", "text", "words", "name", "country", "type_"), ROWS)
def test_foreign_office(kind: str, text: str, words: str, name: str, country: str, type_: str) -> None:
    an = pipeline().analyze_text("Headline\n\n" + text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (kind, [(m.text, m.actor_id) for m in an.mentions])
    actor = an.actor(found[0].actor_id) if found[0].actor_id else None
    assert actor is not None and name.lower() in actor.name.lower(), (kind, actor)
    assert actor.country == country and actor.type == type_, (kind, actor)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
