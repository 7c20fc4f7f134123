"""Event stage: predicate patterns, argument roles, wrappers, modality, claims and the cases that
give no event.

The actor layer is built by hand (``tests.builders.event_layer``), so the rules are tested apart
from actor resolution.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Event, Quote, Span
from newsledger.stages.events import cameo_code
from tests.builders import event_layer, find_event, run_events, stage_data, top_events

Run = Callable[..., list[Event]]


@pytest.fixture
def run(parse: Callable[..., ParsedDoc]) -> Run:
    def _run(text: str, quotes: tuple[Quote, ...] = (), **meta: str) -> list[Event]:
        return run_events(parse(text, **meta), quotes=quotes)

    return _run


# --------------------------------------------------------------------------- pattern families

FAMILIES = [
    # (family, text, plover, sources, targets)
    ("active", "Russia attacked Ukraine on Monday.", "ASSAULT", ("state:RUS",), ("state:UKR",)),
    ("active", "Germany praised Iran for its restraint.", "SUPPORT", ("state:DEU",), ("state:IRN",)),
    ("passive", "Ukraine was attacked by Russia on Monday.", "ASSAULT", ("state:RUS",), ("state:UKR",)),
    ("passive", "Hamas was condemned by Germany.", "ACCUSE", ("state:DEU",), ("org:hamas",)),
    ("prepositional", "Germany imposed sanctions on Iran.", "SANCTION", ("state:DEU",), ("state:IRN",)),
    ("prepositional", "Brazil cut diplomatic ties with Peru.", "SANCTION", ("state:BRA",), ("state:PER",)),
    ("prepositional", "Norway sent humanitarian aid to Sudan.", "AID", ("state:NOR",), ("state:SDN",)),
    ("coordination", "Spain attacked France and Italy.", "ASSAULT", ("state:ESP",), ("state:FRA", "state:ITA")),
    ("coordination", "Jordan and Egypt signed a trade agreement.", "SUPPORT", ("state:JOR", "state:EGY"), ()),
    ("apposition", "The president of Kenya, William Ruto, praised Uganda.", "SUPPORT", ("person:william-ruto",), ("state:UGA",)),
    ("event noun", "Canada's sanctions against Iran took effect on Friday.", "SANCTION", ("state:CAN",), ("state:IRN",)),
    ("event noun", "Russian troops launched an offensive against Ukraine.", "ASSAULT", ("country:RUS",), ("state:UKR",)),
    ("event noun", "Egypt hosted talks between Israel and Hamas.", "CONSULT", ("state:EGY",), ("state:ISR", "org:hamas")),
]


@pytest.mark.parametrize(("family", "text", "plover", "sources", "targets"), FAMILIES)
def test_pattern_families(run: Run, family: str, text: str, plover: str, sources: tuple[str, ...], targets: tuple[str, ...]) -> None:
    ev = find_event(top_events(run(text)), plover)
    assert ev.source_actor_ids == sources, family
    assert ev.target_actor_ids == targets, family
    info = cameo_code(stage_data("events").cameo, ev.cameo or "")
    assert info is not None and ev.quad_class == info.quad_class and ev.goldstein == info.goldstein
    assert ev.text in text and text[ev.predicate.start - ev.start:ev.predicate.end - ev.start] == ev.predicate.text


def test_control_request_and_requested_action(run: Run) -> None:
    events = run("Brazil called on Chile to sever ties with Peru.")
    request = find_event(top_events(events), "REQUEST")
    assert request.source_actor_ids == ("state:BRA",) and request.target_actor_ids == ("state:CHL",)
    assert request.cameo is not None and request.cameo.startswith("02") and request.modality == "asserted"
    action = find_event([e for e in events if e.parent_id == request.id], "SANCTION")
    assert action.source_actor_ids == ("state:CHL",) and action.target_actor_ids == ("state:PER",)
    assert action.modality == "requested"


def test_deontic_reported_speech_is_a_request(run: Run) -> None:
    events = run("Kenya said Somalia must release the hostages.")
    request = find_event(top_events(events), "REQUEST")
    assert request.source_actor_ids == ("state:KEN",) and request.target_actor_ids == ("state:SOM",)
    assert request.claimed_by == "outlet"
    child = [e for e in events if e.parent_id == request.id]
    assert child and child[0].plover == "RETREAT" and child[0].modality == "requested"


def test_accusation_in_reported_speech(run: Run) -> None:
    ev = find_event(run("Iran said Israel was the epitome of racial discrimination."), "ACCUSE")
    assert ev.source_actor_ids == ("state:IRN",) and ev.target_actor_ids == ("state:ISR",)
    assert ev.claimed_by == "outlet"


# --------------------------------------------------------------------------- wrappers and modality

MODALITY = [
    ("Russia attacked Ukraine.", "ASSAULT", "asserted"),
    ("Russia did not attack Ukraine.", "ASSAULT", "negated"),
    ("Russia never attacked Ukraine.", "ASSAULT", "negated"),
    ("Russia would attack Ukraine if it could.", "ASSAULT", "hypothetical"),
    ("If Russia attacks Ukraine, Germany will respond.", "ASSAULT", "hypothetical"),
    # "can" tells an ability or a capacity, not an act that happened; "can't" is a negation
    ("The new jail can hold 300 detainees.", "COERCE", "hypothetical"),
    ("Kenyan police can now arrest protesters without a warrant.", "COERCE", "hypothetical"),
    ("Kenyan police arrested 30 protesters without a warrant.", "COERCE", "asserted"),  # negative: no modal
    ("Kenyan police could not arrest the protesters.", "COERCE", "negated"),  # near miss: a negated modal
    # a negative subject, object or pronoun negates the clause like "not" on its verb
    ("No civilians were killed in the strike.", "ASSAULT", "negated"),
    ("None of the soldiers were wounded.", "ASSAULT", "negated"),
    ("The rebels killed nobody in the raid.", "ASSAULT", "negated"),
    ("Some civilians were killed in the strike.", "ASSAULT", "asserted"),  # negative: no negator
    ("No fewer than 40 civilians were killed.", "ASSAULT", "asserted"),  # near miss: a qualifier
    # "not only X but also Y" asserts both; "not even" still negates
    ("The rebels did not only attack the village; they also burned the market.", "ASSAULT", "asserted"),
    ("Russia has not just attacked Ukraine but also threatened Germany.", "ASSAULT", "asserted"),
    ("Lawmakers are not only angry with Russia, but also with a Russian offensive against Ukraine.", "ASSAULT",
     "asserted"),
    ("The rebels did not even attack the village.", "ASSAULT", "negated"),  # near miss
    # a wrapper verb's own auxiliaries (frames.own_modals): the request is to come, or may be
    ("Egypt will ask Israel to open the crossing.", "REQUEST", "future"),
    ("The Kenyan president said he would urge Ethiopia to withdraw its troops.", "REQUEST", "future"),
    ("Ukraine could ask NATO to send more air defence systems.", "REQUEST", "hypothetical"),
    ("Egypt asked Israel to open the crossing.", "REQUEST", "asserted"),  # negative: no modal
    ("Egypt did not ask Israel to open the crossing.", "REQUEST", "negated"),  # near miss: a negator, as before
    # a verb that takes its object as done (patterns.yaml presupposing_verbs): the noun keeps its stance
    ("Qatar did not condemn Israel's strikes on Lebanon.", "ASSAULT", "asserted"),
    ("Moscow has never condemned Russia's invasion of Ukraine.", "ASSAULT", "asserted"),
    ("Ankara did not apologise for the Turkish raid on Kurdish villages.", "ASSAULT", "asserted"),
    ("Israel did not launch the strikes on Gaza.", "ASSAULT", "negated"),  # negative: the act's own light verb
    ("Kenya did not order the strike on the Somali camp.", "ASSAULT", "negated"),  # near miss: no such verb
    # "would" under a verb of speech in the present is a conditional, not a "will" reported in the
    # past (types.reported_will)
    ("Analysts say Israel would strike Iran if talks failed.", "ASSAULT", "hypothetical"),
    ("Officials say Iran would welcome Putin.", "CONSULT", "hypothetical"),
    ("The minister said Russia would attack Ukraine.", "ASSAULT", "future"),  # negative: a past verb of speech
    ("Russia would attack Ukraine if it could.", "ASSAULT", "hypothetical"),  # near miss: no speaker, as before
]


@pytest.mark.parametrize(("text", "plover", "modality"), MODALITY)
def test_modality(run: Run, text: str, plover: str, modality: str) -> None:
    ev = find_event(run(text), plover)
    assert ev.modality == modality


INTENT = [
    # future or promised action: AGREE for cooperation, THREATEN for conflict, REJECT for refusal
    ("Norway will provide aid to Sudan.", "AGREE", "AID", "future"),
    ("Norway promised to send aid to Sudan.", "AGREE", "AID", "future"),
    ("Iran threatened to attack Israel.", "THREATEN", "ASSAULT", "future"),
    ("Russia plans to attack Ukraine.", "THREATEN", "ASSAULT", "future"),
    ("Cuba refused to release the prisoners.", "REJECT", "RETREAT", "negated"),
    ("Kenya said it will not accept refugees from Somalia.", "REJECT", "AID", "negated"),
    ("The minister said Russia would attack Ukraine.", "THREATEN", "ASSAULT", "future"),
]


@pytest.mark.parametrize(("text", "plover", "inner", "inner_modality"), INTENT)
def test_intent_wrappers(run: Run, text: str, plover: str, inner: str, inner_modality: str) -> None:
    events = run(text)
    wrapper = find_event(top_events(events), plover)
    assert wrapper.source_actor_ids
    children = [e for e in events if e.parent_id == wrapper.id]
    assert [c.plover for c in children] == [inner]
    assert children[0].modality == inner_modality
    assert not [e for e in top_events(events) if e.plover == inner]  # the action is not an event of its own


def test_a_conditional_put_by_a_present_speaker_is_no_threat(run: Run) -> None:
    events = run("Analysts say Israel would strike Iran if talks failed.")
    assert [e.plover for e in top_events(events)] == ["ASSAULT"]  # no THREATEN by Israel


def test_inverted_should_is_a_condition(run: Run) -> None:
    ev = find_event(run("Should Russia attack Ukraine, Germany will respond."), "ASSAULT")
    assert ev.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Russia held military exercises near Ukraine.", "MOBILIZE"),  # one army alone: a show of force
        ("Jordan and Egypt held joint military exercises.", "COOPERATE"),
        ("William Ruto attacked Uganda over its trade policy.", "ACCUSE"),  # one person, no weapons: words
        ("Russia attacked Ukraine with missiles.", "ASSAULT"),
    ],
)
def test_reading_depends_on_the_actors(run: Run, text: str, plover: str) -> None:
    assert find_event(top_events(run(text)), plover)


@pytest.mark.parametrize(
    ("text", "mobilized"),
    [
        ("India deployed reserves along the border with China.", True),  # positive: reserves of troops
        ("Pakistan increased its troops and reserves on the border.", True),
        ("Pakistan wants to increase its foreign exchange reserves.", False),  # negative: money
        ("The Nigerian central bank increased its gold reserves.", False),
        ("Egypt increased its labour force in the Gulf.", False),  # near miss: a force of workers
    ],
)
def test_forces_of_troops_not_of_money_or_work(run: Run, text: str, mobilized: bool) -> None:
    assert any(e.plover == "MOBILIZE" for e in run(text)) is mobilized


def test_historical_event(run: Run) -> None:
    ev = find_event(run("In 1982, Israel invaded Lebanon.", published="2023-05-01"), "ASSAULT")
    assert ev.modality == "historical" and ev.date == "1982"


# --------------------------------------------------------------------------- claims

def test_reported_speech_is_claimed_by_the_speaker(run: Run) -> None:
    ev = find_event(run("Israel attacked Hamas fighters in Gaza, Iran said."), "ASSAULT")
    assert ev.claimed_by == "state:IRN" and ev.quote_id is None


def test_outlet_voice(run: Run) -> None:
    assert find_event(run("Israel attacked Hamas fighters."), "ASSAULT").claimed_by == "outlet"


def test_event_inside_a_quote(parse: Callable[..., ParsedDoc]) -> None:
    text = '"Israel attacked Hamas overnight," the minister told reporters.'
    pd = parse(text)
    start, end = 0, text.index(",") + 2
    quote = Quote(
        id="q_1", article_id=pd.article_id, sentence=0, start=0, end=len(text), kind="direct",
        content=Span(start, end, text[start:end]), speaker=Span(end + 1, end + 13, text[end + 1:end + 13]),
        speaker_actor_id="person:minister",
    )
    ev = find_event(run_events(pd, event_layer(pd), (quote,)), "ASSAULT")
    assert ev.claimed_by == "person:minister" and ev.quote_id == "q_1"


# --------------------------------------------------------------------------- negative cases

NO_EVENT = [
    "The storm destroyed the bridge on Monday.",  # no actor on either side
    "Talks resumed on Monday.",  # an event noun with no actor
    "Sanctions, talks and protests dominated the agenda.",  # cue words in a list
    "Sanctions",  # a headline keyword
    "Airstrikes and ceasefire",
    "The circumstances demonstrated the failure of the plan.",  # "demonstrate" is no protest here
    "Russia declined to comment.",  # a refusal to comment is no REJECT
    "Kenya warned that the drought would worsen.",  # a warning about others is no THREAT
    "We must not overreact, Kenya said.",  # an exhortation to oneself is no REQUEST
    "Russia's president suffered a heart attack.",  # not an attack
    "Russia agreed that the plan was sound.",  # agreeing with an opinion is no AGREE
    "Kenya released a report on Somalia.",  # releasing a report is no release of captives
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(run: Run, text: str) -> None:
    assert run(text) == []


def test_noun_in_a_headline_list_with_actor_words(run: Run) -> None:
    assert run("Russia: sanctions, talks, protests") == []


def test_negated_event_is_kept_as_negated(run: Run) -> None:
    events = run("Russia did not attack Ukraine.")
    assert [e.modality for e in events] == ["negated"]


def test_unresolved_actor_keeps_its_span(parse: Callable[..., ParsedDoc]) -> None:
    pd = parse("Rebels attacked the convoy near Goma.")
    ev = find_event(run_events(pd, ActorLayer()), "ASSAULT")
    assert ev.source is not None and ev.source.text == "Rebels" and ev.source_actor_ids == ()


# a law, measure or message that "targets" or "hits" someone uses no force; its subject is
# also the noun a participle or relative clause modifies
FORCE_BY_SUBJECT = [
    ("Russia targeted Ukraine with missiles.", True),
    ("Drones targeting Kyiv were shot down by Ukraine.", True),  # a participle's noun: a weapon
    ("The sanctions target Russian banks.", False),
    ("The Senate passed legislation targeting Turkey.", False),  # a participle's noun: a law
    ("Washington imposed tariffs that hit Chinese exporters.", False),  # a relative clause's noun
]


@pytest.mark.parametrize(("text", "assault"), FORCE_BY_SUBJECT)
def test_measures_do_not_assault(run: Run, text: str, assault: bool) -> None:
    assert any(e.plover == "ASSAULT" for e in run(text)) == assault


# verbs of a standing situation (patterns.yaml stative_verbs): in the simple present or over a long
# span they tell a state, no act of taking (for an occupier of any side)
STATIVE = [
    ("positive", "Israel occupies the West Bank.", False),
    ("positive", "Russia occupies about a fifth of Ukraine's territory.", False),
    ("positive", "The rebels have controlled the town since 2019.", False),
    ("negative", "Russian forces occupied the town on Monday.", True),
    ("negative", "Rebels controlled the town on Monday after heavy fighting.", True),
    ("near miss", "The army achieved a victory by controlling the entire area.", True),  # an act told as a means
    # a participle describing a place with no date of its own: the place's state
    ("positive", "Aid cannot reach people living in areas controlled by Boko Haram.", False),
    ("positive", "Aid workers cannot enter the territory occupied by Russian forces.", False),
    ("near miss", "The town, occupied by rebels on Monday, is now empty.", True),
]


@pytest.mark.parametrize(("kind", "text", "event"), STATIVE)
def test_a_standing_situation_is_no_act(run: Run, kind: str, text: str, event: bool) -> None:
    assert any(e.plover in ("ASSAULT", "COERCE") for e in run(text)) == event, kind


# "cease-fire" is split at its hyphen by the tokenizer: it is still one word, and no fire
CEASEFIRE = [
    ("Russia violated the cease-fire with Ukraine.", True),  # violating a truce (CAMEO 196)
    ("The cease-fire between Russia and Ukraine collapsed on Monday.", False),
    ("Russia opened fire on Ukraine.", True),  # near miss: fire is fire
]


@pytest.mark.parametrize(("text", "assault"), CEASEFIRE)
def test_a_hyphenated_ceasefire_is_one_word(run: Run, text: str, assault: bool) -> None:
    assert any(e.plover == "ASSAULT" for e in run(text)) == assault


# diplomatic recognition (CAMEO 054) is of a polity: a state, government or body, never a person
RECOGNITION = [
    ("France recognized Kenya on Monday.", ["state:KEN"]),
    ("France recognized William Ruto at the airport.", None),  # a person recognised: identified
    ("France recognized him at the airport.", None),
    ("France recognized the new government in Nairobi.", []),  # near miss: a body not resolved
]


@pytest.mark.parametrize(("text", "targets"), RECOGNITION)
def test_recognition_is_of_a_polity(run: Run, text: str, targets: list[str] | None) -> None:
    support = [e for e in run(text) if e.plover == "SUPPORT"]
    assert [list(e.target_actor_ids) for e in support] == ([] if targets is None else [targets])


# an explosive thrown or planted at a target is an attack (CAMEO 183); other things thrown are not
THROWN = [
    ("Hamas hurled a grenade at Israel's police post.", True),
    ("Hamas lobbed a hand grenade into Israel's army camp.", True),
    ("Hamas hurled insults at Israel's police.", False),
    ("Hamas threw a party for Israel's visitors.", False),  # near miss: the same verb
]


@pytest.mark.parametrize(("text", "assault"), THROWN)
def test_a_thrown_explosive_is_an_attack(run: Run, text: str, assault: bool) -> None:
    assert any(e.plover == "ASSAULT" for e in run(text)) == assault


FORCE = [
    # CAMEO 190 "use conventional military force": "used (military) force against X"
    ("Russia used military force against Ukraine.", "state:RUS", "state:UKR"),
    ("Russia threatened to use force against Ukraine.", "state:RUS", "state:UKR"),
]


@pytest.mark.parametrize(("text", "source", "target"), FORCE)
def test_use_of_force(run: Run, text: str, source: str, target: str) -> None:
    ev = find_event(run(text), "ASSAULT")
    assert (ev.source_actor_ids, ev.target_actor_ids) == ((source,), (target,))


@pytest.mark.parametrize("text", [
    "They used the force of argument.",  # negative: no one the force is used against
    "The company used its sales force in Ukraine.",  # near miss: a force, a place, no "against"
])
def test_force_without_a_target_is_no_attack(run: Run, text: str) -> None:
    assert not [e for e in run(text) if e.plover == "ASSAULT"]


def test_threat_of_force_names_its_target(run: Run) -> None:
    events = run("Iran threatened to use force against Israel.")
    assert find_event(events, "THREATEN").target_actor_ids == ("state:ISR",)
    assert find_event(events, "ASSAULT").modality == "future"  # the force threatened, not used


RELEASED = [
    # positive: a body's publication released is no release of captives
    ("According to the Global Terrorism Index released last week, attacks in Pakistan rose.", False),
    ("The Kelvan Institute's annual report, released on Monday, blamed Russia.", False),
    # negative: people released
    ("Hamas released three Israeli hostages on Monday.", True),
    # near miss: a body's staff released by an armed group
    ("The Sowari Front released the Kelvan Institute's staff on Monday.", True),
]


@pytest.mark.parametrize(("text", "release"), RELEASED)
def test_a_publication_released_is_no_release_of_captives(run: Run, text: str, release: bool) -> None:
    assert any(e.plover == "RETREAT" for e in run(text)) == release
