"""A name in the speaker's slot right after a quotation ("“...,” Amina Diallo said") that the entity
recogniser reads as an organisation or a work is a person's name, so the pronoun of the next
quote ("she added") stands for that person; a name heading an organisation ("Kivu Relief Agency")
or followed by "it" stays a body (issue 15, speakers). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

HEAD = "Reports from around the world\n\n"

# (kind, text, the name, the type of its actor, the actor names of the quotes' speakers in order)
CASES = [
    ("positive: a name read as an organisation", "\"We have no water,\" Amina Diallo said. \"The wells are "
     "dry,\" she added.", "Amina Diallo", "person", ["Amina Diallo", "Amina Diallo"]),
    ("positive: a name read as a work", "\"The talks failed,\" Oleksandr Kubrakov said on Monday. \"We will try "
     "again next month,\" he added.", "Oleksandr Kubrakov", "person", ["Oleksandr Kubrakov", "Oleksandr Kubrakov"]),
    ("negative: an organisation's head word", "\"The roads are cut,\" Kivu Relief Agency said on Monday. \"Our "
     "trucks cannot pass,\" it added.", "Kivu Relief Agency", "organisation",
     ["Kivu Relief Agency", "Kivu Relief Agency"]),
    ("near miss: 'it' follows the name", "\"We are stretched thin,\" Sea Lantern said. It has three boats at "
     "sea.", "Sea Lantern", "organisation", ["Sea Lantern"]),
]


@pytest.mark.parametrize(("name", "text", "who", "kind", "speakers"), CASES, ids=[c[0] for c in CASES])
def test_a_name_after_a_quotation(name: str, text: str, who: str, kind: str, speakers: list[str]) -> None:
    an = pipeline().analyze_text(HEAD + text)
    assert [a.type for a in an.actors if a.name == who] == [kind], (name, an.actors)
    names = {a.id: a.name for a in an.actors}
    assert [names.get(q.speaker_actor_id or "") for q in an.quotes] == speakers, name
