"""A state's force named as the one institution of its kind, "the army", "the military", "the
police", with no force of that kind named before: the force of the state the story is about (the
country it names at least twice and more than any other), as event coders read "the army" in a
story from one country. Read on a Colombian story where "The Army said ..." had no country. Not
a force other words qualify ("the rebel army"), nor a story that names no country twice."""

from __future__ import annotations

import pytest

from tests.builders import mention_of, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, its actor)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Guerrillas attacked a police post in Colombia on Monday. The army said three soldiers "
        "died. Colombia's president condemned the attack.", "The army", "sector:COL:MIL"),
    (P, "Nigeria has fought insurgents in the northeast for years. Gunmen abducted 30 pupils on "
        "Friday, and the military said it was searching the forest. Nigerian officials gave no "
        "figure.", "the military", "sector:NGA:MIL"),
    (P, "Protests spread across Kenya on Tuesday. The police fired tear gas at crowds in the "
        "capital. Kenya's interior minister defended them.", "The police", "sector:KEN:COP"),
    (N, "Gunmen attacked a village on Monday. The army said three soldiers died.",
     "The army", None),
    (N, "Rebels of the National Army of Liberation attacked a post in Colombia. The rebel army "
        "said it held two towns. Colombia's president condemned it.", "The rebel army", None),
    (M, "Sudan's army and the Rapid Support Forces fought in Khartoum. The army said it had "
        "retaken a bridge. Sudan has been at war since April.", "The army", "org:saf"),
]


@pytest.mark.parametrize(("kind", "text", "words", "actor"), ROWS)
def test_the_plain_force_is_the_story_state_s(kind: str, text: str, words: str, actor: str | None) -> None:
    assert mention_of(pipeline().analyze_text(text), words).actor_id == actor, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
