"""The place an act struck, for the count its participle or its "when" clause tells (issue 15;
seen on the tuning halves of the invented belgorod and congo probes: a second town struck the
same day had no place, so its toll joined the first town's thread; ``figures/struck.py``,
context.yaml ``struck_prepositions``, ``struck_clause_marks``). Invented sentences.

* "<act> X, killing N": X the act's direct object, a place (or "the town of X"), or the object of
  "against"/"on" on the act or its object;
* "N were killed (and M injured) when <act> X": the same, for the act's clause of time;
* the place of a source, of a time or of an act that is not the count's gives none;
* a name the recogniser ran on over the phrase locating it ("Kimoka near Sake") is cut there."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from newsledger.stages.figures.struck import place_name
from tests.builders import figures_of_value

# (construction, text, value, the figure's place)
CASES = [
    ("participle: positive, direct object", "Russian missiles hit Dnipro on Friday, killing 14 people.", 14, "Dnipro"),
    ("participle: positive, the town of X", "Rockets hit the border town of Kilis, which faces Aleppo, killing "
     "three people.", 3, "Kilis"),
    ("participle: positive, against X", "The army launched drones and a missile against Dnipro on Monday, "
     "killing nine civilians.", 9, "Dnipro"),
    ("when clause: positive, a verb coordinated with the count's", "Eleven civilians were killed and 20 others "
     "were injured when rebels shelled the centre of Mosul with rockets.", 11, "Mosul"),
    ("participle: negative, no place struck", "Gunmen attacked a convoy on the highway, killing five soldiers.",
     5, None),
    ("participle: near miss, the place of the source", "Shells hit a market, killing seven people, the governor "
     "of Kherson said.", 7, None),
    ("when clause: near miss, another clause of time", "Six people were killed after the president visited "
     "Odesa.", 6, None),
]


@pytest.mark.parametrize(("name", "text", "value", "place"), CASES, ids=[c[0] for c in CASES])
def test_the_place_an_act_struck(name: str, text: str, value: float, place: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].place == place, (name, found[0].place)


# (construction, the entity's words, its place name)
NAMES = [
    ("positive: a name run on over the phrase locating it", "Kimbo near Tesa", "Kimbo"),
    ("negative: one name", "Kimbo", "Kimbo"),
    ("near miss: a preposition opening the name", "At Tesa", "At Tesa"),
]


@pytest.mark.parametrize(("name", "words", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_a_struck_place_is_cut_before_the_phrase_locating_it(name: str, words: str, expected: str) -> None:
    doc = spacy.blank("en")(f"Shells hit {words}, killing four people.")
    ent = Span(doc, 2, 2 + len(words.split()), label="FAC")
    assert place_name(ent, frozenset({"near", "at", "in"})) == expected, name
