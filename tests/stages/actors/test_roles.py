"""People named with a post in an organisation ("X, director at Y") and one-word "persons" of
the entity recogniser that the article names as a place or body elsewhere.

The tests use the small test dictionary (see ``conftest.py``) merged with the packaged data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import ActorLayer
from tests.builders import mention_of

# ---- a post with no sectors of its own: the person takes the employer's ----------------------


@pytest.mark.parametrize(
    ("text", "name", "code", "pronoun"),
    [
        # positive: a post in apposition, the employer in an "of"/"at" phrase or as possessor
        ("Dalia Nassar, executive director of the Palestine Red Crescent Society, said the "
         "ambulances were stopped. She asked for access.", "Dalia Nassar", "PSE NGO HLH", "She"),
        ("Avi Levin, director at Magen David Adom, said the ambulances were stopped. He asked "
         "for calm.", "Avi Levin", "ISR NGO HLH", "He"),
        ("Noa Peretz, B'Tselem's field coordinator, said the homes were razed. She gave no "
         "figure.", "Noa Peretz", "ISR NGO", "She"),
        ("Karim Aziz, a founder of Human Rights Watch, said the trial was unfair. He called "
         "for a retrial.", "Karim Aziz", "NGO", "He"),
        # near miss: a person noun with sectors of its own keeps them, the employer's country too
        ("Lina Saad, a researcher at the Palestine Red Crescent Society, said the ambulances were "
         "stopped. She asked for access.", "Lina Saad", "PSE NGO HLH", "She"),
    ],
)
def test_a_post_in_apposition_makes_a_person_of_the_employer(
        layer_of: Callable[..., ActorLayer], text: str, name: str, code: str, pronoun: str) -> None:
    layer = layer_of(text)
    m = mention_of(layer, name)
    person = layer.actor(m.actor_id)
    assert person is not None and person.type == "person"
    assert person.code == code
    assert mention_of(layer, pronoun).actor_id == m.actor_id


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # negative: a post with no name beside it stands for no organisation, state or people
        ("The director of Magen David Adom said the ambulances were stopped.", "The director"),
        ("The executive director of the Palestine Red Crescent Society said the ambulances were "
         "stopped.", "The executive director"),
        ("A Ruritanian programme manager said the aid was late.", "A Ruritanian programme manager"),
    ],
)
def test_a_post_alone_is_no_body(layer_of: Callable[..., ActorLayer], text: str, mention: str) -> None:
    layer = layer_of(text)
    m = mention_of(layer, mention)
    actor = layer.actor(m.actor_id)
    assert actor is None or actor.type == "person"


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # positive: an unnamed post with its organisation before the noun speaks for it
        ("The Magen David Adom director said the ambulances were stopped.", "The Magen David Adom director",
         "org:magen-david-adom"),
        ("The Palestine Red Crescent Society's director said the ambulances were stopped.",
         "The Palestine Red Crescent Society's director", "org:palestine-red-crescent"),
        # negative: no organisation named
        ("The director said the ambulances were stopped.", "The director", None),
        # near miss: an organisation named as a patron ("-backed") is not the employer
        ("The Hezbollah-backed director said the ambulances were stopped.", "The Hezbollah-backed director", None),
    ],
)
def test_an_unnamed_post_of_an_organisation_named_before_it_speaks_for_it(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


# ---- one-word "persons" the article names as a place or body elsewhere ----------------------


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # positive: the word begins an agreement's name elsewhere
        ("The Schengen Agreement was signed in 1985. Critics say Schengen no longer exists.",
         "Schengen", False),
        ("The Dadaab Agreement was signed in 1991. Critics say Dadaab no longer exists.",
         "Dadaab", False),
        # positive: the word names a place noun's place ("the X and Y camps", "the X prison")
        ("Residents of the Dadaab and Kakuma camps want to stay. Kakuma has no school.", "Kakuma",
         False),
        ("Guards at the Ofer prison were armed. Critics say Ofer is crowded.", "Ofer", False),
        # near miss: a name before a noun that is no place ("the X campaign") stays a person's
        ("Supporters of the Okoye campaign rallied. Okoye said he would win.", "Okoye", True),
        # negative: a surname after the full name is the person
        ("Rachel Tavor founded a school in Haifa. Tavor says the pupils are Jewish and Arab.",
         "Tavor", True),
        # near miss: the word is in a body's name too, but also in the person's full name
        ("Samir Khalidi founded the Khalidi Institute. Khalidi says the archive is safe.",
         "Khalidi", True),
        ("Rachel Tavor founded the Tavor Institute. Tavor says the archive is safe.", "Tavor", True),
    ],
)
def test_a_word_named_as_a_place_or_body_is_no_person(
        layer_of: Callable[..., ActorLayer], text: str, word: str, person: bool) -> None:
    layer = layer_of(text)
    m = next(m for m in reversed(layer.mentions) if m.text == word)  # the last, bare mention
    actor = layer.actor(m.actor_id)
    assert (actor is not None and actor.type == "person") == person


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        # an office holder as of the article's date (Kenya's deputy presidents)
        ("Gachagua denied the charges.", "Gachagua", "person:rigathi-gachagua"),
        ("Kindiki visited Mombasa.", "Kindiki", "person:kithuri-kindiki"),
    ],
)
def test_kenyan_deputy_presidents(layer_of: Callable[..., ActorLayer], text: str, name: str, actor_id: str) -> None:
    assert mention_of(layer_of(text, published="2024-12-01"), name).actor_id == actor_id


# ---- think tanks and a name's "of" phrase ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # positive: a name with an organisation in an "of" phrase belongs to it
        ("Khalil Nasser of the Palestinian Center for Policy and Survey Research said the poll "
         "was new.", "Khalil Nasser", "PSE EDU NGO"),
        ("Dana Hadar of the Institute for National Security Studies said the poll was new.",
         "Dana Hadar", "ISR EDU NGO"),
        # positive: a fellow at a think tank takes its sectors
        ("Anna Price, a senior fellow at the Atlantic Council, said the talks failed.", "Anna Price",
         "USA EDU NGO"),
        # negative: "at" after a bare name is a place, not an employer
        ("The killing of Omar Saleh at the Ruritanian embassy shocked the town.", "Omar Saleh", ""),
        # near miss: a person the dictionary knows keeps their own codes
        ("Omar Testa of the Free Hand said the line held.", "Omar Testa", "RUR GOV"),
    ],
)
def test_a_name_of_an_organisation(layer_of: Callable[..., ActorLayer], text: str, name: str, code: str) -> None:
    layer = layer_of(text)
    person = layer.actor(mention_of(layer, name).actor_id)
    assert person is not None and person.type == "person"
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # positive: an office in a body of unknown sectors is no government office
        ("Mark Hill, president of the Committee for Freedom in Tibet, said the trial was unfair.",
         "Mark Hill", ""),
        ("Yael Dor, chair of the Forum for Open Borders, said the trial was unfair.", "Yael Dor", ""),
        # negative: an office in a known body takes the body's sectors
        ("Rana Aziz, president of the Palestine Red Crescent Society, said the trial was unfair.",
         "Rana Aziz", "PSE NGO HLH"),
        # near miss: a state's office, no body named
        ("Gil Amar, the Ruritanian president, said the trial was fair.", "Gil Amar", "RUR GOV"),
    ],
)
def test_an_office_in_a_body(layer_of: Callable[..., ActorLayer], text: str, name: str, code: str) -> None:
    layer = layer_of(text)
    person = layer.actor(mention_of(layer, name).actor_id)
    assert person is not None and person.type == "person"
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "mention", "org"),
    [
        # positive: experts after a research body are people, not the body
        ("Robert Hale, a senior fellow at the Atlantic Council, spoke on Monday. Experts say the "
         "talks will fail.", "Experts", False),
        ("Dana Hadar, a fellow at the Institute for National Security Studies, spoke on Monday. "
         "Experts say the talks will fail.", "Experts", False),
        # near miss: members of a body other than commentators still stand for it
        ("The Palestine Red Crescent Society sent teams on Monday. Medics said the road was "
         "closed.", "Medics", True),
    ],
)
def test_commentators_are_not_their_institute(
        layer_of: Callable[..., ActorLayer], text: str, mention: str, org: bool) -> None:
    layer = layer_of(text)
    actor = layer.actor(mention_of(layer, mention).actor_id)
    assert actor is not None
    assert (actor.type == "organisation") == org


# ---- a post held in bodies of every kind ("secretary general"): no sector, no country of its own --
@pytest.mark.parametrize(
    ("kind", "text", "name", "code"),
    [
        # positive: an NGO's, a party's secretary general in a story about a country is not its government
        ("positive", "The head of Doctors Without Borders said his teams in Sudan saw hunger. \"It is a "
         "catastrophe,\" said Secretary General Anna Berg.", "Secretary General Anna Berg", ""),
        ("positive", "Fighting spread in Myanmar's Shan state on Monday. Secretary General Ko Aung of the "
         "rights group said the army had shelled villages.", "Secretary General Ko Aung", ""),
        # negative: a country's word says whose post it is
        ("negative", "Kenya's Secretary General for foreign affairs, John Otieno, met Chinese officials.",
         "John Otieno", "KEN GOV"),
        # near miss: a state's post in the same kind of story is still placed by the story
        ("near miss", "Fighting spread in Sudan on Monday. \"It is a catastrophe,\" said Governor Anna Berg.",
         "Governor Anna Berg", "SDN GOV"),
    ],
)
def test_a_post_of_every_kind_of_body_says_no_government(
        layer_of: Callable[..., ActorLayer], kind: str, text: str, name: str, code: str) -> None:
    person = layer_of(text).actor(mention_of(layer_of(text), name).actor_id)
    assert person is not None and person.type == "person", kind
    assert (person.code or "") == code, kind
