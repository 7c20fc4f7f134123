"""Institutions the news register names with no article, "Police said ...", "Authorities say
...", are as definite as "the police" and "the authorities" (coref.yaml ``bare_definite_terms``):
with no such body named before, the police of the state the story is about, the state in focus.
Seen in real VOA copy ("Authorities said no ransom was paid" had no actor). Not the word with a
qualifier of its own ("Russian police") nor a story that names no country; with no antecedent and
no story state, the word is read as any group noun is (the country its sentence names)."""

from __future__ import annotations

import pytest

from tests.builders import mention_of, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, its actor)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Gunmen kidnapped 30 pupils in Nigeria's Kaduna state on Friday. Nigeria has seen a wave of "
        "abductions. Police said two suspects were arrested.", "Police", "sector:NGA:COP"),
    (P, "Protesters marched in Georgia's capital on Sunday, a week after Georgia's parliament passed "
        "the law. Police said they detained 40 people.", "Police", "sector:GEO:COP"),
    (P, "Gunmen kidnapped 30 pupils in Nigeria's Kaduna state on Friday. Nigeria has seen a wave of "
        "abductions. Authorities said no ransom was paid.", "Authorities", "state:NGA"),
    (N, "Gunmen kidnapped 30 pupils on Friday. Police said two suspects were arrested.", "Police", "sector:COP"),
    (M, "Protesters marched in Georgia's capital on Sunday, a week after Georgia's parliament passed "
        "the law. Russian police said they detained 40 people.", "Russian police", "sector:RUS:COP"),
    (M, "The paper cited police as saying the ship would leave Greece.", "police", "sector:GRC:COP"),
]


@pytest.mark.parametrize(("kind", "text", "words", "actor"), ROWS)
def test_a_bare_institution_is_definite(kind: str, text: str, words: str, actor: str | None) -> None:
    assert mention_of(pipeline().analyze_text(text), words).actor_id == actor, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
