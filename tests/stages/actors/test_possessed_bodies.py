"""A government body owned by an anaphor ("the country's foreign ministry") is the body of the state named before
its sentence (the subject's first), not of the country its own sentence names (actors.possessed_bodies)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, pipeline

# (kind, text, the body's words, the country of the actor it resolves to)
ROWS: list[tuple[str, str, str, str]] = [
    ("positive", "Burkina Faso's junta expelled two French diplomats. The country's foreign ministry accused France "
                 "of spying.", "foreign ministry", "BFA"),
    ("positive", "Guinea has been ruled by soldiers since 2021. The country's foreign ministry summoned the Senegalese "
                 "ambassador.", "foreign ministry", "GIN"),
    ("negative", "Burkina Faso's junta expelled two diplomats. France's foreign ministry said it regretted the "
                 "decision.", "foreign ministry", "FRA"),
    ("near miss", "Burkina Faso's junta expelled two diplomats. The foreign ministry in Paris accused Ouagadougou of "
                  "lying.", "foreign ministry", "FRA"),
]


def _country(text: str, words: str) -> str | None:
    an = pipeline().analyze_text(text)
    actors = {a.id: a for a in an.actors}
    for m in an.mentions:
        if words in m.text.lower() and m.actor_id in actors:
            return actors[m.actor_id].country
    return None


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_the_country_s_body_is_of_the_state_named_before(kind: str, text: str, words: str, country: str) -> None:
    assert _country(text, words) == country, (kind, text, _country(text, words))


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in ROWS} == ROW_KINDS
