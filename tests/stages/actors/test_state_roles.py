"""Unnamed role nouns of a state body ("a security official", "state television", "an Interior
Ministry spokesman"): the story's one country when their sentence gives none, and a name in
their own words (:mod:`newsledger.stages.actors.state_roles`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import ActorLayer
from tests.builders import mention_of

CASES = [
    # positive: a story about one country; the role noun's sentence names none
    ("Kenyan police fired tear gas at marchers in Nairobi, and Kenya's opposition said two people "
     "died. A security official said the officers had acted lawfully.",
     "A security official", "KEN", "Kenyan security official"),
    ("Peruvian troops cleared a road block near Cusco in Peru on Monday. State television showed "
     "soldiers removing rocks from the highway.",
     "State television", "PER", "Peruvian state television"),
    ("Bolivian riot police dispersed miners in the Bolivian city of Potosi. An Interior Ministry "
     "spokesman said the miners had thrown dynamite.",
     "An Interior Ministry spokesman", "BOL", "Bolivian Interior Ministry spokesman"),
    # near miss: the dateline's country alone is where the reporter is, not the story's country
    ("LIMA, Peru (Reuters) - Chilean police detained dozens of students in Santiago, and Chile's "
     "opposition called for an inquiry. A security official said the arrests were lawful.",
     "A security official", "CHL", "Chilean security official"),
    # negative: two countries named as often: no one country; the name is still in plain words
    ("Ecuadorian and Peruvian troops exchanged fire on the border between Ecuador and Peru. "
     "A security official said one soldier was hurt.",
     "A security official", None, "security official"),
]


@pytest.mark.parametrize(("text", "mention", "country", "name"), CASES)
def test_a_state_bodys_role_noun_takes_the_storys_country_and_its_own_words(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, country: str | None, name: str
) -> None:
    layer = layer_of(text)
    actor = layer.actor(mention_of(layer, mention).actor_id)
    assert actor is not None
    assert (actor.country, actor.name) == (country, name)



FRAMED = [
    # positive: a fronted "In <country>," places the bare "officials" of its clause
    ("Chilean officials said three people died in the floods. In Peru, officials said two "
     "villages were cut off.", "state:PER"),
    # positive: a place a people's country administers is that country's, for its officials
    ("Armenian officials reported shelling overnight. In Azerbaijani-controlled Lachin, "
     "officials said a school had been hit.", "state:AZE"),
    # near miss: a fronted phrase that names no place keeps the officials named before
    ("Chilean officials said three people died in the floods. In a statement, officials said "
     "two villages were cut off.", "state:CHL"),
    # negative: a place of the same country keeps them too
    ("Chilean officials said three people died in the floods. In Valparaiso, officials said "
     "two villages were cut off.", "state:CHL"),
]


@pytest.mark.parametrize(("text", "actor_id"), FRAMED)
def test_a_fronted_place_gives_bare_officials_its_country(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str
) -> None:
    layer = layer_of(text)
    second = [m for m in layer.mentions if m.text == "officials"]
    assert len(second) == 1
    assert second[0].actor_id == actor_id
