"""A word that is a person's surname in the dictionary but that the tagger reads as an adjective
opening a sentence ("Gallant troops of the army ...") is no name: the troops are not the Israeli
defence minister Yoav Gallant's, nor Israeli (actors atoms.atoms). Issue 15; seen on the tuning
half of the invented zamfara-abduction probe (a Nigerian defence headquarters' release opening
"Gallant troops of Operation ..."), where every "the troops" after it became the Israeli military.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline


def country_of(text: str, words: str) -> tuple[str | None, str | None]:
    """The name and country of the actor of the first mention that begins with ``words``."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: a for a in analysis.actors}
    for m in analysis.mentions:
        if analysis.article.text[m.start:].startswith(words) and m.actor_id in actors:
            return actors[m.actor_id].name, actors[m.actor_id].country
    return None, None


# (construction, text, the mention's first words, whether it is Israeli)
CASES = [
    ("positive: an adjective opening the article", "Gallant troops of the army have repelled the raid in Zamfara "
     "State.", "Gallant troops", False),
    ("positive: an adjective opening a later sentence", "The raid failed. Gallant soldiers of the brigade have "
     "neutralised 12 rebels near the border.", "Gallant soldiers", False),
    ("negative: the surname as a subject", "Gallant said the army would press on in Gaza.", "Gallant", True),
    ("near miss: the surname after a title", "Defence Minister Gallant visited the troops in Gaza.",
     "Defence Minister Gallant", True),
]


@pytest.mark.parametrize(("name", "text", "words", "israeli"), CASES, ids=[c[0] for c in CASES])
def test_an_adjective_opening_a_sentence_is_no_surname(name: str, text: str, words: str, israeli: bool) -> None:
    actor, country = country_of(text, words)
    assert actor is not None, name
    assert (country == "ISR") is israeli, (name, actor, country)
