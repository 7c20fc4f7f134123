"""A surname after a word of age ("the younger Lai", "the elder Haddad"), in an article naming
two people of that surname, is the one a kin noun before their name puts a generation below
("his son Sebastien Lai") or above ("her father, Omar Haddad") the other, not the first person
of the surname a bare surname stands for (issue 15; a known class of the speakers brief).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Family speaks after verdict\n\n"


def actor_of(text: str, written: str) -> str | None:
    """The actor name of the first mention written ``written``."""
    an = pipeline().analyze_text(OPENING + text)
    names = {a.id: a.name for a in an.actors}
    found = [m for m in an.mentions if m.text == written]
    assert found, (written, [m.text for m in an.mentions])
    return names.get(found[0].actor_id or "")


# (construction, text, the mention, its actor)
CASES = [
    ("positive: 'the younger' after 'his son'", "David Morgan, 71, was sentenced on Monday. His son Peter Morgan "
     "said the trial was unfair. The younger Morgan left the court in tears.", "The younger Morgan", "Peter Morgan"),
    ("positive: 'the elder' after 'her father', other side", "Leila Haddad, 34, was released on Friday. Her "
     "father, Omar Haddad, had campaigned for a year. The elder Haddad thanked the lawyers.", "The elder Haddad",
     "Omar Haddad"),
    ("positive: 'the elder' is the other one", "David Morgan, 71, was sentenced on Monday. His son Peter Morgan "
     "said the trial was unfair. The elder Morgan said nothing.", "The elder Morgan", "David Morgan"),
    ("negative: one person of the surname", "David Morgan, 71, was sentenced on Monday. The younger Morgan brother "
     "was not in court.", "David Morgan", "David Morgan"),
    ("near miss: no word of age", "David Morgan, 71, was sentenced on Monday. His son Peter Morgan said the trial "
     "was unfair. Morgan left the court in tears.", "Morgan", "David Morgan"),
]


@pytest.mark.parametrize(("name", "text", "written", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_word_of_age_picks_the_relative(name: str, text: str, written: str, actor: str) -> None:
    assert actor_of(text, written) == actor, name
