"""A "she" or "he" does not go back to the nearest person of the other gender when the person's given
name tells it (``coref.yaml`` ``male_given_names`` / ``female_given_names``, now with common English
given names): "The head of the union is worried about what Gary Moss is doing ..., because she
thinks ..." is not Gary Moss (issue 15; seen on PolNeAR train tune text). A given name used for men
and women alike ("Terry") tells nothing, and the pronoun may still take that person. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the pronoun, the actor of its first mention: None for none)
CASES = [
    ("positive: 'she' after a man named by an English given name",
     "The head of the nurses union is worried about what Gary Moss is doing to her members, because she thinks "
     "he can win.", "she", None),
    ("positive: 'he' after a woman named by an English given name",
     "The chief of the dock workers is wary of what Carly Dunn plans for his members, because he thinks she "
     "can win.", "he", None),
    ("negative: the same gender", "Gary Moss met the union leaders on Monday. He thinks the deal can pass.",
     "He", "person:gary-moss"),
    ("near miss: a given name of either gender", "Terry Moss met the union leaders on Monday. She thinks the "
     "deal can pass.", "She", "person:terry-moss"),
]


@pytest.mark.parametrize(("name", "text", "pronoun", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_pronoun_skips_a_person_whose_given_name_tells_the_other_gender(
        name: str, text: str, pronoun: str, actor: str | None) -> None:
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == pronoun]
    assert found, (name, [(m.text, m.actor_id) for m in an.mentions])
    assert found[0].actor_id == actor, (name, [(m.text, m.actor_id) for m in an.mentions])
