"""A name the entity recogniser reads as an organisation right after (or opened by) a singular noun
for one person's role or trade is a person's name ("human rights lawyer Zeynep Arslan"), and so is
one followed by the relative pronoun of persons ("Wanida Chaiyaporn, who heads a local rights
group"), so a pronoun after it can stand for that person (issue 15, speakers; the second seen on
VOA 8006723). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

HEAD = "Reports from around the world\n\n"

# (kind, text, the name, the type of its actor)
CASES = [
    ("positive: a role noun, then a name", "Human rights lawyer Zeynep Arslan filed the complaint on Monday.",
     "Zeynep Arslan", "person"),
    ("positive: the role noun opens the name", "Lawyer Zeynep Arslan filed the complaint on Monday.",
     "Zeynep Arslan", "person"),
    ("positive: a name followed by ', who'", "Wanida Chaiyaporn, who heads a local rights group, echoed their "
     "concerns.", "Wanida Chaiyaporn", "person"),
    ("near miss: an organisation's name followed by ', who'", "The Kivu Relief Agency, who runs the camp, said 40 "
     "people died.", "Kivu Relief Agency", "organisation"),
    ("negative: a body after a preposition", "Lawyers at the Baro Legal Aid Network filed the complaint on "
     "Monday.", "Baro Legal Aid Network", "organisation"),
    ("near miss: a role noun, then 'for' and a body", "A lawyer for the Baro Legal Aid Network filed the "
     "complaint on Monday.", "Baro Legal Aid Network", "organisation"),
]


@pytest.mark.parametrize(("name", "text", "who", "kind"), CASES, ids=[c[0] for c in CASES])
def test_a_name_after_a_role_noun(name: str, text: str, who: str, kind: str) -> None:
    actors = [a for a in pipeline().analyze_text(HEAD + text).actors if a.name == who]
    assert [a.type for a in actors] == [kind], (name, actors)


def test_the_person_speaks_a_quote_by_pronoun() -> None:
    an = pipeline().analyze_text(HEAD + "Human rights lawyer Zeynep Arslan filed the complaint on Monday. "
                                 "\"The state must answer for this,\" she said.")
    names = {a.id: a.name for a in an.actors}
    assert [names.get(q.speaker_actor_id or "") for q in an.quotes] == ["Zeynep Arslan"]


def test_she_stands_for_the_person_a_who_clause_names() -> None:
    an = pipeline().analyze_text(HEAD + "\"The danger has not passed,\" agreed Nurlan Abdulla, a vice chair of the "
                                 "congress. Wanida Chaiyaporn, who heads a local rights group, echoed their concerns. "
                                 "\"They are afraid,\" she said.")
    names = {a.id: a.name for a in an.actors}
    assert [names.get(q.speaker_actor_id or "") for q in an.quotes if "afraid" in q.content.text] == ["Wanida Chaiyaporn"]
