"""A given name before another word of a name tells the person's gender ("Sarah Mitchell"), so a
"he" or "she" passes over a person of the other gender named nearer to it (issue 15: gender
agreement between two named people, from the second speaker probe's construction class). A name
given to both men and women, and a given name used as a surname ("Grace James"), tell nothing.
Invented sentences, names of every region."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the pronoun, the name of the actor it stands for)
CASES = [
    ("positive: 'she' passes over a man named nearer", "Ruth Brandt met Olaf Weber in the capital on Monday. She "
     "said the talks had gone well.", "She", "Ruth Brandt"),
    ("positive: 'he' passes over a woman named nearer", "Kwame Boateng introduced Fatima Sow to the delegates. He "
     "said the fund would open in May.", "He", "Kwame Boateng"),
    ("positive: a title before the given name", "Governor Amina Yusuf appointed Colonel Ibrahim Bello to lead the "
     "search. She said the roads were closed.", "She", "Amina Yusuf"),
    ("negative: names that tell no gender, the nearest", "Tendai Moyo met Chipo Dube at the clinic. She said the "
     "clinic had no power.", "She", "Chipo Dube"),
    ("near miss: a male given name as a surname", "Senator Grace James met Hugo Lenz in the hall. She said the "
     "bill would pass.", "She", "Grace James"),
]


@pytest.mark.parametrize(("name", "text", "pronoun", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_given_name_tells_the_gender(name: str, text: str, pronoun: str, actor: str) -> None:
    an = pipeline().analyze_text("Talks in the capital\n\n" + text)
    names = {a.id: a.name for a in an.actors}
    found = [m for m in an.mentions if m.text == pronoun and m.kind == "pronoun"]
    assert len(found) == 1, (name, [(m.text, m.kind) for m in an.mentions])
    assert names.get(found[0].actor_id or "") == actor, (name, found[0])
