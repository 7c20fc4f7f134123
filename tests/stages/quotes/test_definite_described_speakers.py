"""A pronoun speaker ("he said", "she told reporters") that no named person of its gender stands
for, after a definite description of a person the article knows by a post only ("The fire chief
reached the warehouse ... “...,” he said", "The ferry's captain"), is spoken by that description
(issue 15; the second speaker probe's "pronoun title" class: a title-only antecedent). A person
named before keeps the pronoun, and a post named only as a possessor ("the mayor's convoy") is no
one's antecedent. Nouns of an occupation ("An owner of a printing press, who requested anonymity,
told VOA ... “...,” he said"; "A driver for the convoy") name an unnamed person as the role nouns
do (seen reading VOA stories as a fact-checker). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Storm over the coast\n\nA storm flooded the coast road on Sunday.\n\n"


def described(text: str, words: str) -> str | None:
    """The description the speaker of the quote holding ``words`` stands for."""
    an = pipeline().analyze_text(OPENING + text)
    found = [q for q in an.quotes if words in q.content.text]
    assert found, (words, [q.content.text for q in an.quotes])
    q = found[0]
    assert q.speaker is not None
    return q.speaker_described.text if q.speaker_described is not None else None


# (construction, text, the quote's words, the description the speaker stands for, or None: none)
CASES = [
    ("positive: 'he' after 'The fire chief'", "The fire chief reached the warehouse before midnight. \"The roof "
     "could collapse at any moment,\" he said.", "roof could collapse", "The fire chief"),
    ("positive: 'she' after a bare 'the commissioner', a paragraph before", "The commissioner visited the camp "
     "on Sunday.\n\n\"Tents are arriving tomorrow,\" she told reporters.", "Tents are arriving", "The commissioner"),
    ("positive: 'he' after a possessive 'the ferry's captain'", "The ferry's captain sent a distress call at "
     "dawn. \"The engine room is flooded,\" he said.", "engine room is flooded", "The ferry's captain"),
    ("negative: 'she' after a named senator called 'the senator'", "Senator Lucy Amadi returned to the capital on "
     "Friday. The senator met voters at the market. \"I will vote against it,\" she said.", "vote against it",
     None),
    ("near miss: 'he' after 'the mayor' in a possessive, no person", "Crowds blocked the mayor's convoy outside "
     "the port. \"Nobody listens to us,\" he said.", "Nobody listens", None),
]


@pytest.mark.parametrize(("name", "text", "words", "written"), CASES, ids=[c[0] for c in CASES])
def test_a_post_holder_named_by_a_definite_description_speaks(name: str, text: str, words: str,
                                                              written: str | None) -> None:
    assert described(text, words) == written, name


# (construction, text, the quote's words, the description the speaker stands for, or None: none)
OCCUPATIONS = [
    ("positive: 'he' after an owner who asked not to be named", "An owner of a bakery in the old town, who asked "
     "not to be named, told reporters that flour had run out. \"We bake half of what we baked last year,\" he said.",
     "bake half", "An owner of a bakery in the old town"),
    ("positive: 'she' after a driver", "A driver for the aid convoy described the road. \"There were craters every "
     "hundred metres,\" she said.", "craters every", "A driver for the aid convoy"),
    ("negative: a named driver", "A driver, Musa Keita, described the road. \"There were craters every hundred "
     "metres,\" he said.", "craters every", None),
    ("near miss: an owner that is a company", "The owner of the tanker, a Greek company, issued a statement. \"All "
     "crew members are safe,\" it said.", "crew members are safe", None),
]


@pytest.mark.parametrize(("name", "text", "words", "written"), OCCUPATIONS, ids=[c[0] for c in OCCUPATIONS])
def test_an_occupation_noun_names_the_speaker(name: str, text: str, words: str, written: str | None) -> None:
    assert described(text, words) == written, name


# "it" for a body the actor layer could not place (no country named), the subject of a main clause
BODIES = [
    ("positive: a force with no country", "The army said its troops had left the port. \"The blockade is over,\" it "
     "said.", "blockade is over", "The army"),
    ("positive: across a paragraph", "The army denied the report.\n\n\"No soldier was hit,\" it said in a statement.",
     "No soldier was hit", "The army"),
    ("negative: a placed body the actor layer resolves", "The Kenyan army said its troops had left the port. \"The "
     "blockade is over,\" it said.", "blockade is over", None),
    ("near miss: a person's role as the subject", "The captain said the ship had left the port. \"The blockade is "
     "over,\" it said.", "blockade is over", None),
]


@pytest.mark.parametrize(("name", "text", "words", "written"), BODIES, ids=[c[0] for c in BODIES])
def test_it_names_an_unplaced_body(name: str, text: str, words: str, written: str | None) -> None:
    assert described(text, words) == written, name
