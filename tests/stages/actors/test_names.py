"""Actor names: codes of names and descriptions, capitals as metonyms, ambiguous names.

The tests use the small test dictionary (see ``conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import ActorLayer
from tests.builders import code_of, mention_of, pipeline

# ---- names, demonyms, nested descriptions ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Israeli troops in Gaza fired on a crowd.", "Israeli troops", "ISR MIL"),
        ("The Iranian Armed Forces held drills on Monday.", "The Iranian Armed Forces", "IRN MIL"),
        ("Israel's army said it had withdrawn from the border.", "Israel's army", "ISR MIL"),
        ("Ruritanian soldiers crossed the river.", "Ruritanian soldiers", "RUR MIL"),
        ("Palestinians marched through the town.", "Palestinians", "PSE CVL"),
        ("The Palestinian people will not forget.", "The Palestinian people", "PSE CVL"),
        ("The Ruritanian government denied the report.", "The Ruritanian government", "RUR GOV"),
        ("Egypt signed the deal on Tuesday.", "Egypt", "EGY GOV"),
    ],
)
def test_names_and_descriptions_get_codes(layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str) -> None:
    assert code_of(layer_of(text), mention) == code


def test_nested_description_keeps_the_place_apart(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Israeli troops in Gaza fired on a crowd.")
    assert mention_of(layer, "Israeli troops").actor_id == "sector:ISR:MIL"
    assert mention_of(layer, "Gaza").actor_id == "country:PSE"  # a place, not Palestine's government


def test_descriptor_and_name_make_one_mention(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The attack was claimed by the Ruritanian rebel movement Free Hand.")
    m = mention_of(layer, "the Ruritanian rebel movement Free Hand")
    assert m.actor_id == "org:free-hand"
    assert code_of(layer, "the Ruritanian rebel movement Free Hand") == "RUR REB"


def test_title_chain_before_a_name_is_one_mention(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Leader of the Revolution His Eminence Sayyed Omar Testa spoke on Sunday.")
    m = mention_of(layer, "Leader of the Revolution His Eminence Sayyed Omar Testa")
    assert m.actor_id == "person:omar-testa"
    assert code_of(layer, m.text) == "RUR GOV"


# ---- capitals as metonyms, travel sentences -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("Tehran said it would respond to the sanctions.", "Tehran", "state:IRN"),
        ("Washington's position has not changed, the spokesman said.", "Washington", "state:USA"),
        ("Washington said it would respond to the sanctions.", "Washington", "state:USA"),
        # negative: places, not governments
        ("Talks were held in Tehran on Monday.", "Tehran", "country:IRN"),
        ("The minister flew to Washington on Monday.", "Washington", "country:USA"),
    ],
)
def test_capitals(layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


# ---- names with a lower-case particle ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor_ids"),
    [
        ("The militant group al-Shabab claimed the attack.", ["org:al-shabaab"]),
        ("Airstrikes killed 50 al-Shabab fighters.", ["org:al-shabaab"]),
        ("Al-Shabab claimed the attack.", ["org:al-shabaab"]),
        # negative: a name in lower case throughout is no name
        ("The militant group al-shabab claimed the attack.", []),
        # near miss: a lower-case word that is no particle still needs its capital
        ("They said the us was wrong.", []),
    ],
)
def test_names_with_a_lower_case_particle(
    layer_of: Callable[..., ActorLayer], text: str, actor_ids: list[str]
) -> None:
    layer = layer_of(text)
    assert [m.actor_id for m in layer.mentions if m.actor_id in ("org:al-shabaab", "state:USA")] == actor_ids


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Militants attacked a passenger train near Goma.", "passenger", False),
        # negative: a force that owns the vehicle stays
        ("Rebels ambushed an army convoy near Goma.", "army", True),
        # near miss: the people carried, named as such
        ("Gunmen attacked a bus carrying passengers near Goma.", "passengers", True),
    ],
)
def test_people_classifying_a_vehicle_are_no_mention(
    layer_of: Callable[..., ActorLayer], text: str, word: str, kept: bool
) -> None:
    assert any(word in m.text for m in layer_of(text).mentions) == kept


def test_an_entity_in_lower_case_is_no_name(layer_of: Callable[..., ActorLayer]) -> None:
    text = ("Aid worker Glwadys Siopathis said about 10,000 civilians are hiding in the bush, and are "
            "hungry. She says a majority are reluctant to return.")
    layer = layer_of(text)
    assert not [m for m in layer.mentions if "bush" in m.text]  # the tagger's PERSON "bush"
    assert mention_of(layer, "She").actor_id == mention_of(layer, "Aid worker Glwadys Siopathis").actor_id
    # near miss: the name in capitals still is one
    assert next(m.text for m in layer_of("George Bush said he would veto it.").mentions) == "George Bush"


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        # positive: a common word capitalised only as the first of a quotation is no body
        ("“Coordinated airstrikes by the Kenyan army have killed 50 militants,” the statement said.",
         "Coordinated", False),
        # negative: a proper noun opening a sentence is still a name
        ("Sowarco said it would close the plant in Lagos.", "Sowarco", True),
        ("Acmetron said it would close the plant.", "Acmetron", True),  # an unknown name, tagged a noun
        # near miss: the same word written with a capital inside a sentence is a name there
        ("Coordinated raids by Israeli police ended. The report by Coordinated, a Jaffa monitoring group, was cited.",
         "Coordinated", True),
    ],
)
def test_a_capital_at_a_sentence_or_quote_start_alone_makes_no_name(
    layer_of: Callable[..., ActorLayer], text: str, word: str, named: bool
) -> None:
    assert any(m.text == word and m.actor_id for m in layer_of(text).mentions) == named


# ---- ambiguous names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expect_type", "expect_country"),
    [
        ("Michael Jordan said he would return next season.", "Michael Jordan", "person", None),
        ("Jordan said he would play again next season.", "Jordan", "person", None),
        ("Denzel Washington won an award on Sunday.", "Denzel Washington", "person", None),
        # negative: the country
        ("Jordan and Egypt signed a gas deal on Tuesday.", "Jordan", "state", "JOR"),
        ("Georgia accused Russia of moving border posts closer to Tbilisi.", "Georgia", "state", "GEO"),
        # Georgia the US state, with American context
        ("Georgia's governor campaigned in Atlanta and Savannah ahead of the U.S. election.", "Georgia", "place", "USA"),
    ],
)
def test_ambiguous_names(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, expect_type: str, expect_country: str | None
) -> None:
    layer = layer_of(text)
    a = layer.actor(mention_of(layer, mention).actor_id)
    assert a is not None
    assert a.type == expect_type
    assert a.country == expect_country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chad said he would play again next season.", True),
        # negative: spaCy may call it a PERSON, but "it" and "its" say otherwise
        ("Chad said on Monday that it would close its border.", False),
    ],
)
def test_pronouns_decide_a_country_name_tagged_person(
    layer_of: Callable[..., ActorLayer], text: str, person: bool
) -> None:
    a = mention_of(layer_of(text), "Chad").actor_id
    assert (a != "state:TCD") is person


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Victoria said the talks had failed.", None),  # a first name as much as a capital
        ("Victoria said the talks had failed, the Seychelles foreign ministry added.", "state:SYC"),
    ],
)
def test_ambiguous_capital_needs_its_country_in_the_text(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), "Victoria").actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congolese troops clashed with rebels in Kinshasa.", "COD MIL"),
        ("Congolese troops clashed with rebels in Brazzaville.", "COG MIL"),
    ],
)
def test_demonym_shared_by_two_countries_follows_the_text(
    layer_of: Callable[..., ActorLayer], text: str, code: str
) -> None:
    assert code_of(layer_of(text), "Congolese troops") == code


def test_us_state_reading_is_not_the_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Georgia's governor campaigned in Atlanta and Savannah ahead of the U.S. election.")
    assert all(m.actor_id != "state:GEO" for m in layer.mentions)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a title word that ends a person's name after a given name is a surname
        ("Bill Bishop said the talks were over.", "Bill Bishop", ""),
        ("Anna Marie King said the talks were over.", "Anna Marie King", ""),
        # negative: a title before the name is a title
        ("Bishop Anna Marie said the talks were over.", "Bishop Anna Marie", "REL"),
        # near miss: a title after a name, outside the name, describes the person
        ("Anna Marie, the bishop, said the talks were over.", "Anna Marie", "REL"),
    ],
)
def test_a_title_word_ending_a_name_is_a_surname(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "same"),
    [
        # a surname the entity recogniser missed, after the full name: the same person
        ("Senator James Risch said the deal was bad. Risch said the U.S. must take a long view.", "Risch", True),
        # ... or labelled as no kind of actor (here a work of art, after a closing quotation mark)
        ("Senator James Risch said the deal was bad. “We will all lose,” Risch told Politico.", "Risch", True),
        # negative: a capitalised word that is no earlier person's surname is no mention of one
        ("Senator James Risch said the deal was bad. Boise said the U.S. must take a long view.", "Boise", False),
        # ... or read as a date (a word of letters the recogniser labelled DATE after a year and a sum)
        ("Senator Wynter Mmolotsi spoke to Parliament. In 2023, Botswana earned $2.7 million from hunting "
         "licenses. Mmolotsi, however, says the hunts face increasing Western opposition.", "Mmolotsi", True),
    ],
)
def test_a_surname_the_recogniser_missed(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, same: bool
) -> None:
    layer = layer_of(text)
    first = next(m for m in layer.mentions if m.text.startswith("Senator"))
    assert first.actor_id
    found = [m for m in layer.mentions if m.text == mention]
    assert [m.actor_id == first.actor_id for m in found] == ([True] if same else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname shared by relatives named after the article's subject is the subject's
        ("The court fined Anna Hale. Her son, Tom Hale, was cleared. On Monday, Hale said she would appeal.",
         "Anna Hale"),
        # negative: one person with the surname
        ("The court cleared Tom Hale. On Monday, Hale said he was relieved.", "Tom Hale"),
    ],
)
def test_a_shared_surname_is_the_first_bearers(layer_of: Callable[..., ActorLayer], text: str, expected: str) -> None:
    layer = layer_of(text)
    last = [m for m in layer.mentions if m.text == "Hale"][-1]
    assert last.actor_id == mention_of(layer, expected).actor_id


@pytest.mark.parametrize(
    ("text", "she"),
    [
        # a storm named like a person is no actor, and no one "she" can be
        ("Anna Hale said Cyclone Maria had moved on. She said the threat was over.", "Anna Hale"),
        ("Anna Hale said Hurricane Maria had moved on. She said the threat was over.", "Anna Hale"),
        # near miss: a person of that name is one
        ("Maria Lopez met Anna Hale. She said the threat was over.", "Maria Lopez"),
    ],
)
def test_a_named_storm_is_no_actor(layer_of: Callable[..., ActorLayer], text: str, she: str) -> None:
    layer = layer_of(text)
    assert not [m for m in layer.mentions if m.text.startswith(("Cyclone", "Hurricane")) and m.actor_id]
    assert mention_of(layer, "She").actor_id == mention_of(layer, she).actor_id


@pytest.mark.parametrize(
    ("text", "name", "nth", "body"),
    [
        # positive: a name read once as an organisation and elsewhere as a place is the place
        ("Militants attacked a train near Sibi, Balochistan, on Tuesday. The attack marked an escalation in the "
         "separatist insurgency that has ravaged Balochistan for nearly two decades.", "Balochistan", 1, False),
        # negative: an organisation never read as a place stays a body
        ("The Sowari Front said on Tuesday it had attacked the base near Sibi.", "The Sowari Front", 0, True),
        # near miss: a longer name holding the place's name is another name, a body
        ("Militants attacked a train near Sibi, Balochistan, on Tuesday. The Balochistan Awami Party condemned "
         "the attack.", "The Balochistan Awami Party", 0, True),
    ],
)
def test_a_name_read_as_a_place_elsewhere_is_no_body(
    layer_of: Callable[..., ActorLayer], text: str, name: str, nth: int, body: bool
) -> None:
    actor_id = mention_of(layer_of(text), name, nth).actor_id
    assert (actor_id is not None and actor_id.startswith("org:")) == body  # (a known place is its country)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        # positive: a name the article describes as a vehicle names no body
        ("The Jaffar Express, a cross-country train with 450 people on board, came under attack. "
         "Officials said the Jaffar Express was travelling north.", "the Jaffar Express", False),
        ("The Marlin Luanda is an oil tanker. The Marlin Luanda sailed to Aden on Friday.", "The Marlin Luanda", False),
        # negative: a name described as a body stays a body
        ("The Sowari Front, an armed group, said it attacked the base.", "The Sowari Front", True),
        # near miss: a company whose description names a vehicle only as a modifier is a body
        ("Kelvan Transport, a bus company, said it would halt its routes.", "Kelvan Transport", True),
    ],
)
def test_a_name_described_as_a_vehicle_is_no_body(
    layer_of: Callable[..., ActorLayer], text: str, name: str, body: bool
) -> None:
    assert (mention_of(layer_of(text), name).actor_id is not None) == body


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # positive: security personnel and agents are forces of the state named with them
        ("Pakistani security personnel stormed the train.", "Pakistani security personnel", "PAK COP MIL"),
        ("Two Iranian security agents were arrested in Baku.", "Iranian security agents", "IRN COP SPY"),
        # near miss: "security" of something else names no force
        ("Israeli security experts warned of more attacks.", "Israeli security experts", "ISR EDU"),
    ],
)
def test_security_personnel_are_a_force(layer_of: Callable[..., ActorLayer], text: str, mention: str,
                                        code: str) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "is_known"),
    [
        # positive: a known person's one-word name, then another surname, is someone else (whatever
        # label the recogniser gives the whole name)
        ("Mayor Hadi Rudyatmo said the market would close.", "Mayor Hadi Rudyatmo", False),
        # negative: the known name alone is the known person
        ("President Hadi said the talks would resume.", "President Hadi", True),
        # near miss: a proper name after it outside the name (a day) leaves the known person
        ("Hadi said on Monday that the talks would resume.", "Hadi", True),
    ],
)
def test_a_known_name_followed_by_another_surname_is_someone_else(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, is_known: bool
) -> None:
    assert (mention_of(layer_of(text), mention).actor_id == "person:abdrabbuh-mansur-hadi") == is_known


@pytest.mark.parametrize(
    ("text", "mention", "one_person"),
    [
        # positive: bare singular role nouns coordinated before a name describe that one person
        ("Jakarta-based social worker and activist Ryan Febrianto said the schools were failing.",
         "Jakarta-based social worker and activist Ryan Febrianto", True),
        # negative: a plural is other people beside the person
        ("Doctors and activist Ryan Febrianto said the schools were failing.",
         "Doctors and activist Ryan Febrianto", False),
        ("The Kenyan nurse and activist Ryan Febrianto said the schools were failing.",
         "The Kenyan nurse and activist Ryan Febrianto", True),
        # near miss: plural roles with a determiner are others too
        ("The Kenyan nurses and activist Ryan Febrianto said the schools were failing.",
         "The Kenyan nurses and activist Ryan Febrianto", False),
    ],
)
def test_roles_coordinated_before_a_name_describe_one_person(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, one_person: bool
) -> None:
    actor = mention_of(layer_of(text), mention).actor_id
    assert actor is not None
    assert actor.startswith("person:") == one_person


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # positive: a name possessing a noun before another name compounded with it is a mention of its own
        ("Israel's Gaza offensive has killed thousands.", ["Israel", "Gaza"]),
        ("Russia's Ukraine war has killed thousands.", ["Russia", "Ukraine"]),
        # ... and a people's adjective before it, with the article before that ("the Israeli Gaza offensive")
        ("The Israeli Gaza offensive has killed thousands.", ["Israeli", "Gaza"]),
        ("The Iranian Basra offensive has killed thousands.", ["Iranian", "Basra"]),
        # near miss: with no other name before it, the article stays with the compounded name
        ("The Gaza offensive has killed thousands.", ["The Gaza"]),
        # negative: a possessor before an actor noun belongs to its phrase
        ("Israel's army bulldozers razed the farm.", ["Israel's army", "Israel"]),
        # near miss: a people's adjective before an actor noun used as a modifier belongs to it
        ("Israeli army bulldozers razed the farm.", ["Israeli army"]),
    ],
)
def test_another_name_before_a_compounded_name_is_no_part_of_it(
    layer_of: Callable[..., ActorLayer], text: str, mentions: list[str]
) -> None:
    assert [m.text for m in layer_of(text).mentions] == mentions


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # positive: an abbreviation the parser hangs on a surname after it is a person's initials
        ("The poet WB Yeats wrote about Ireland.", "WB Yeats", True),
        # negative: the abbreviation on its own names the body
        ("The WB approved a loan to Kenya.", "The WB", False),
        # near miss: an abbreviation before a word the recogniser reads with it as one body
        ("The EU Commission said on Monday it would fine the firm.", "The EU Commission", False),
    ],
)
def test_an_abbreviation_before_a_surname_is_a_persons_initials(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, person: bool
) -> None:
    m = next(m for m in layer_of(text).mentions if mention in m.text)
    assert m.actor_id is not None
    assert m.actor_id.startswith("person:") == person


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # a person's name that names a place or a structure (``facility_nouns``) is no person
        ("Crowds gathered at the Anna Presta Square on Friday.", "Presta", False),
        ("Flights resumed at Boris Kandel International Airport.", "Kandel", False),
        ("Fans filled the Omar Testa Stadium in Zenda.", "Testa", False),
        ("She flew out from Zenda's Kandel airport on Monday.", "Kandel", False),
        ("Traffic was blocked on the Gen. Vera Lind Way.", "Lind", False),
        # negative: the person walks to a square, no name is given to it
        ("Anna Presta walked to the square on Friday.", "Presta", True),
        # near miss: a noun of a place after the name, of another phrase ("Kandel, airport staff said")
        ("Boris Kandel praised the airport staff on Monday.", "Kandel", True),
        ("Boris Kandel's airport plan was shelved.", "Kandel", True),
    ],
)
def test_a_place_named_after_a_person_is_no_person(
    layer_of: Callable[..., ActorLayer], text: str, name: str, person: bool
) -> None:
    layer = layer_of(text)
    people = [m for m in layer.mentions if name in m.text and m.actor_id
              and (a := layer.actor(m.actor_id)) is not None and a.type == "person"]
    assert bool(people) == person, [(m.text, m.actor_id) for m in layer.mentions]


@pytest.mark.parametrize(
    ("text", "name", "organisation"),
    [
        # a person's name of the recogniser ending in a site that also acts (``site_nouns``), written
        # with a capital, is an institution named after someone: an organisation (seen on al-Ahli)
        ("Wounded were taken to Ibn Sina Hospital.", "Ibn Sina Hospital", True),
        ("The strike hit Omar Bin Abdulaziz Mosque in Gaza.", "Omar Bin Abdulaziz Mosque", True),
        ("Hamad bin Khalifa University said the talks would resume.", "Hamad bin Khalifa University", True),
        # negative: the person, with no site after the name
        ("Omar Bin Abdulaziz said the talks would resume.", "Omar Bin Abdulaziz", False),
        # near miss: a site noun after the name in another phrase is no part of it
        ("Hamad bin Khalifa praised the hospital staff on Monday.", "Hamad bin Khalifa", False),
    ],
)
def test_an_institution_named_after_a_person_is_an_organisation(
    layer_of: Callable[..., ActorLayer], text: str, name: str, organisation: bool
) -> None:
    layer = layer_of(text)
    (m,) = [m for m in layer.mentions if m.text.startswith(name)]
    a = layer.actor(m.actor_id) if m.actor_id else None
    assert a is not None, m
    assert (a.type == "organisation") == organisation, (m.text, a)


@pytest.mark.parametrize(
    ("text", "mention", "one_body"),
    [
        # positive: a name of capitalised words and its abbreviation after ", or" are one body
        ("The Kenyan Defence Forces, or KDF, said its troops had left the border.",
         "The Kenyan Defence Forces, or KDF", True),
        ("Israel's Civil Administration, or ICA, said the crossing would open.",
         "Israel's Civil Administration, or ICA", True),
        ("Russia's Federal Security Service, or FSB, said it had detained two men.",
         "Russia's Federal Security Service, or FSB", True),
        # negative: two bodies joined by "and" stay two
        ("The Kenyan Defence Forces and the Egyptian army said the border was calm.",
         "The Kenyan Defence Forces and the Egyptian army", False),
        # near miss: a name of one word before ", or" and a capitalised word is a choice of two
        ("Egypt, or NATO, will have to decide.", "Egypt, or NATO", False),
    ],
)
def test_a_name_and_its_abbreviation_are_one_body(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, one_body: bool
) -> None:
    layer = layer_of(text)
    found = [m for m in layer.mentions if m.text == mention]
    if not one_body and not found:  # the two names read apart: two bodies
        assert len([m for m in layer.mentions if m.actor_id]) >= 2
        return
    actor = mention_of(layer, mention).actor_id
    assert actor is not None
    assert (not actor.startswith("compound:")) == one_body, actor


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        # positive: a word of capitals right after a clock time is the time's zone, no actor
        ("14:10 GMT — The Ruritanian army said the road was open.", "GMT", False),
        ("14:10 GMT — The UN said markets are civilian objects.\n\n13:05 GMT — Rescuers said 40 people had "
         "died.", "GMT", False),
        ("The strike hit at 03:00 local time (0100 GMT), the Egyptian army said.", "GMT", False),
        ("At 9 a.m. EST the Egyptian army said the road was open.", "EST", False),
        # negative: the same word naming a body is a name
        ("GMT Holdings said the Egyptian army had closed the road.", "GMT Holdings", True),
        # near miss: a year is no clock time
        ("In 2020 NATO said the Egyptian army had closed the road.", "NATO", True),
    ],
)
def test_a_time_zone_is_no_actor(layer_of: Callable[..., ActorLayer], text: str, word: str, actor: bool) -> None:
    layer = layer_of(text)
    found = [m for m in layer.mentions if m.text == word and m.actor_id]
    assert bool(found) == actor, [(m.text, m.actor_id) for m in layer.mentions]
    assert any(m.actor_id for m in layer.mentions)  # the army is read: the rows were analysed


@pytest.mark.parametrize(
    ("text", "mention", "one_person"),
    [
        # positive: a description of one post and the name set off by a comma name one person
        ("On Thursday, the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan, "
         "repeated Islamabad's stance.", "the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali "
         "Khan", True),
        ("On Thursday, the spokesperson for Afghanistan's Ministry of Foreign Affairs, Abdul Qahar Balkhi, repeated "
         "Kabul's stance.", "the spokesperson for Afghanistan's Ministry of Foreign Affairs, Abdul Qahar Balkhi",
         True),
        # negative: joined by "and", the body and the person are two parties
        ("On Thursday, Pakistan's Ministry of Foreign Affairs and Shafqat Ali Khan repeated the stance.",
         "Pakistan's Ministry of Foreign Affairs and Shafqat Ali Khan", False),
    ],
)
def test_a_post_and_its_holders_name_are_one_person(text: str, mention: str, one_person: bool) -> None:
    analysis = pipeline().analyze_text(text)
    found = [m for m in analysis.mentions if m.text == mention]
    assert len(found) == 1, [m.text for m in analysis.mentions]
    actor = found[0].actor_id
    assert actor is not None
    assert actor.startswith("person:") == one_person, actor
