"""A description of one kind of armed force never resolves to an earlier body of another whose
name holds its words: "the Army" or "the National Army" after the ELN (the "National Liberation
Army") is not the rebel group, and "the rebels" are no military (issue 15, figure sources and quote
speakers; seen on the tuning half of the invented colombia-base probe, where the army's statements
were the guerrilla's). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the description, the actor name it may not have, the actor name it must have)
CASES = [
    ("positive: the Army after a rebel 'Army'", "Fighters of the ELN attacked a base in Colombia. The Army said "
     "four soldiers died.", "The Army", "National Liberation Army", None),
    ("positive: the National Army", "The ELN claimed the ambush. The National Army said four soldiers died.",
     "The National Army", "National Liberation Army", None),
    ("negative: the group named again by its own words", "The ELN claimed the ambush. The National Liberation "
     "Army said four soldiers died.", "The National Liberation Army", None, "National Liberation Army"),
    ("near miss: a rebel description after the rebel group", "The ELN claimed the ambush. The rebels said four "
     "soldiers died.", "The rebels", None, "National Liberation Army"),
]


@pytest.mark.parametrize(("name", "text", "desc", "not_actor", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_force_description_keeps_its_kind(name: str, text: str, desc: str, not_actor: str | None,
                                            actor: str | None) -> None:
    an = pipeline().analyze_text("Ambush in the south\n\n" + text)
    names = {a.id: a.name for a in an.actors}
    found = [names.get(m.actor_id or "") for m in an.mentions if m.text == desc]
    assert found, (name, [(m.text, m.actor_id) for m in an.mentions])
    if not_actor is not None:
        assert found[0] != not_actor, (name, found)
    if actor is not None:
        assert found[0] == actor, (name, found)
