"""A verb of verbal attack that is also a verb of physical attack cues a quote only in its
verbal sense (invented sentences: positive, negative, near miss)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]

CASES = [
    ("verbal sense: an idea attacked", "The senator attacked the new law in a speech.", ["the new law"]),
    ("physical sense: a building attacked", "The army denied it attacked the hospital.", []),
    ("physical sense: a vehicle hit, passive", "The convoy was hit near the border, officials said.", []),
    ("near miss: a body of people attacked verbally", "The mayor attacked the city council over the budget.",
     ["the city council over the budget"]),
    # buildings where people stay or meet are places too (read on VOA: "They attacked the hotel at dawn")
    ("physical sense: a hotel attacked", "Gunmen attacked the hotel at dawn, witnesses said.", []),
    ("physical sense: a prison attacked", "Militants attacked the prison overnight to free inmates.", []),
    # people on the move or at worship are attacked with weapons, not words (read on VOA: "charged with
    # ... attacking motorists on National Highway #1")
    ("physical sense: motorists attacked", "Gunmen attacked motorists on the coastal highway, police said.", []),
    ("physical sense: worshippers attacked", "Bandits attacked worshippers leaving a church on Sunday.", []),
    ("near miss: a politician attacked in words", "The senator attacked the governor over the highway budget.",
     ["the governor over the highway budget"]),
]

# an adjective an agentless passive cue gives its subject is its state, nothing said ("have been
# confirmed dead"); with an agent, the words are someone's ("were called baseless by the ministry")
STATES = [
    ("positive: confirmed dead", "Six people have been confirmed dead, police said.", ["Six people have been confirmed dead"]),
    ("positive: declared missing", "Two sailors were declared missing after the storm.", []),
    ("negative: a clause confirmed", "Police confirmed that six people had died.", ["that six people had died"]),
    ("near miss: with an agent", "The claims were called baseless by the ministry.", ["baseless by the ministry"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), STATES, ids=[c[0] for c in STATES])
def test_an_agentless_state_is_no_speech(parse: Parse, name: str, text: str, contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes] == contents, name


@pytest.mark.parametrize(("name", "text", "contents"), CASES, ids=[c[0] for c in CASES])
def test_attack_cues_speech_only_in_its_verbal_sense(parse: Parse, name: str, text: str, contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    attacks = [q.content.text for q in quotes if q.cue_lemma in ("attack", "hit")]
    assert attacks == contents, name


WITHHOLDING = [
    ("withholding: entry denied", "Israel denied entry to the journalists.", []),
    ("withholding: visas denied to people", "The border police denied them visas on Monday.", []),
    ("denial: an allegation denied", "Israel denied the allegations.", ["the allegations"]),
    ("near miss: a proposition denied about access", "The army denied that it blocked access to the area.",
     ["that it blocked access to the area"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), WITHHOLDING, ids=[c[0] for c in WITHHOLDING])
def test_deny_cues_speech_only_when_it_denies_a_proposition(parse: Parse, name: str, text: str,
                                                            contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes if q.cue_lemma == "deny"] == contents, name


NAMING = [
    ("speech: a characterisation", "The minister called the attack cowardly.", ["the attack cowardly"]),
    ("naming: a participle after the noun", "A group called the Lions claimed the attack.", []),
    ("naming: the name's own verb follows", "A militia called the anti-Balaka fought back.", []),
    ("near miss: a request", "The minister called for calm in the capital.", ["calm in the capital"]),
    ("near miss: a characterisation after a relative clause",
     "One of the doctors who signed the letter called Oz a quack, fake and charlatan.",
     ["Oz a quack, fake and charlatan"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), NAMING, ids=[c[0] for c in NAMING])
def test_naming_verbs_cue_speech_only_when_they_speak(
    parse: Parse, name: str, text: str, contents: list[str]
) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes if q.cue_lemma == "call"] == contents, name


def _layer(pd: ParsedDoc, surface: str, actor_id: str, kind: str) -> ActorLayer:
    from newsledger.records import Actor, Mention, record_id

    start = pd.text.index(surface)
    m = Mention(id=record_id("m", pd.article_id, start), article_id=pd.article_id, sentence=0, start=start,
                end=start + len(surface), text=surface, label="GPE", actor_id=actor_id)
    return ActorLayer(mentions=(m,), actors=(Actor(id=actor_id, name=surface, type=kind, country="RUR"),))


PLACES = [
    # a town or region is attacked physically; a country may be attacked in words
    ("a town the dictionary knows", "The rebels attacked Zenda on Monday.", "country:RUR", "country", []),
    ("a town the dictionary does not know", "Militants attacked Mosul overnight.", None, "", []),
    ("near miss: a country", "The senator attacked Ruritania on Monday.", "state:RUR", "state", ["Ruritania"]),
    # a place contested is a race, not a denial
    ("a region contested", "Both candidates contested Zenda on Monday.", "country:RUR", "country", []),
]


@pytest.mark.parametrize(("name", "text", "actor_id", "kind", "contents"), PLACES, ids=[c[0] for c in PLACES])
def test_a_town_attacked_is_no_speech(
    parse: Parse, name: str, text: str, actor_id: str | None, kind: str, contents: list[str]
) -> None:
    pd = parse(text)
    place = next(w for w in text.split()[1:] if w[0].isupper())
    layer = _layer(pd, place, actor_id, kind) if actor_id else ActorLayer()
    quotes = list(run_stage("quotes", pd, actors=layer))
    assert [q.content.text for q in quotes if q.cue_lemma in ("attack", "contest")] == contents, name


SOURCES = [
    # a verb of citing with a speaker as object names a source: no quote of that verb
    ("a body cited", "Citing the port authority, the paper said the ship had sunk.", "the port authority", []),
    ("a body quoted", "The paper, quoting the port authority, said the ship had sunk.", "the port authority", []),
    # negative: what is cited is no speaker
    ("a reason cited", "The minister cited the storm for the delay.", None, ["the storm for the delay"]),
    # a document cited names a source too ("citing hospital records")
    ("a document cited", "The paper, citing port records, said the ship had sunk.", None, []),
    ("a speaker's report cited", "The minister cited a report by the port authority.", "the port authority", []),
    # near miss: what is cited is a fear, neither a speaker nor a document; a count cited is stated
    ("near miss: a fear cited", "The minister cited fears of a storm.", None, ["fears of a storm"]),
    ("near miss: a count cited", "The minister cited the figure of 12 wrecks.", None, ["the figure of 12 wrecks"]),
]


@pytest.mark.parametrize(("name", "text", "speaker", "contents"), SOURCES, ids=[c[0] for c in SOURCES])
def test_citing_a_speaker_names_a_source(
    parse: Parse, name: str, text: str, speaker: str | None, contents: list[str]
) -> None:
    pd = parse(text)
    layer = _layer(pd, speaker, "org:port-authority", "organisation") if speaker else ActorLayer()
    quotes = list(run_stage("quotes", pd, actors=layer))
    assert [q.content.text for q in quotes if q.cue_lemma in ("cite", "quote")] == contents, name


ADDRESSED = [
    # a bare past participle opening the sentence: its subject was asked, the asker is unnamed
    ("asked whether", "Asked whether the bridge was safe, the mayor said it was.",
     [("whether the bridge was safe", None), ("it was", "the mayor")]),
    # negative: a present participle: the subject speaks
    ("speaking to", "Speaking to reporters, the mayor said the bridge was safe.", [("the bridge was safe", "the mayor")]),
    # near miss: the participle with an auxiliary and a subject of its own is a clause of its own
    ("when she was asked", "When she was asked, the mayor said the bridge was safe.",
     [("the bridge was safe", "the mayor")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), ADDRESSED, ids=[c[0] for c in ADDRESSED])
def test_who_is_asked_is_not_the_speaker_of_the_question(
    parse: Parse, name: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    got = [(q.content.text, q.speaker.text if q.speaker else None) for q in quotes if q.content]
    assert got == expected, name


PARTICIPLES = [
    # a participle of saying hung on the content clause is the first speaker's, and ends that content
    ("claiming after a that-clause", "The navy denied that the shell came from its ship, claiming that it was a mine.",
     [("that the shell came from its ship", "The navy"), ("that it was a mine", "The navy")]),
    ("calling after a clause inside the content",
     "The navy said that the toll will rise as many sailors remain missing, calling for calm in the port.",
     [("that the toll will rise as many sailors remain missing", "The navy"),
      ("calm in the port", "The navy")]),
    ("claiming after a quoted stretch's closing mark",
     "The navy denied that the shell “came from its ship,” claiming that it was a mine.",
     [("that the shell “came from its ship", "The navy"), ("“came from its ship,”", "The navy"),
      ("that it was a mine", "The navy")]),
    # negative: the participle hung on the main verb was already the speaker's
    ("adding after the main clause", "The navy said the shell came from its ship, adding that it was a mine.",
     [("the shell came from its ship", "The navy"), ("that it was a mine", "The navy")]),
    # near miss: a participle that does not speak stays in the content
    ("a participle of no saying", "The navy denied that the shell hit the ferry, leaving the port closed.",
     [("that the shell hit the ferry, leaving the port closed", "The navy")]),
]


# a conjunct of the content's verb in the tense of the cue, not of that verb, is the cue's own
# second verb: its speaker is the cue's ("X said 40 people had died and warned that ...")
CONJUNCT_CUES = [
    ("warned after a past perfect", "The health ministry said 40 people had died and warned that the hospital "
     "was full.", "warned", "The health ministry"),
    ("warns after a present perfect", "The Kordofan Doctors Network says nearly 50 people have died, and warns "
     "the hospital is full.", "warns", "The Kordofan Doctors Network"),
    ("added, other side", "The Israeli army said two soldiers had been wounded and added that the raid was over.",
     "added", "The Israeli army"),
    # negative: a cue with a subject of its own keeps it
    ("own subject", "The ministry said 40 people had died and the mayor warned that the hospital was full.",
     "warned", "the mayor"),
    # near miss: a conjunct in the tense of the content's own verb keeps the parse's reading
    ("same tense as the content", "The ministry said rebels shelled the town and warned residents that more "
     "attacks would come.", "warned", "rebels"),
]


@pytest.mark.parametrize(("name", "text", "cue", "speaker"), CONJUNCT_CUES, ids=[c[0] for c in CONJUNCT_CUES])
def test_a_conjunct_in_the_cues_tense_is_the_speakers(parse: Parse, name: str, text: str, cue: str,
                                                       speaker: str) -> None:
    quotes = [q for q in run_stage("quotes", parse(text), actors=ActorLayer()) if q.cue and q.cue.text == cue]
    assert len(quotes) == 1, name
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker, name


@pytest.mark.parametrize(("name", "text", "expected"), PARTICIPLES, ids=[c[0] for c in PARTICIPLES])
def test_a_participle_of_saying_after_a_content_clause_is_the_speakers(
    parse: Parse, name: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    got = [(q.content.text, q.speaker.text if q.speaker else None) for q in quotes if q.content]
    assert got == expected, name


# verbs of belief whose noun-phrase object is what is felt or seen, not what is held true
# (``clause_only`` in quotes/cues.yaml)
FEELING = [
    ("experience: a strain felt", "Aid programmes in Chad are feeling the strain of the cuts.", []),
    ("experience: the pain felt", "Farmers in Ukraine and Russia felt the pain of the drought.", []),
    ("belief: a clause felt", "Many voters in Ruritania feel that the vote was stolen.", ["that the vote was stolen"]),
    ("near miss: a clause without that", "The envoy felt the talks had failed.", ["the talks had failed"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), FEELING, ids=[c[0] for c in FEELING])
def test_feel_cues_a_belief_only_with_a_clause(parse: Parse, name: str, text: str, contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes if q.cue_lemma == "feel"] == contents, name


# a verb that cues words only with its particle (read on VOA: "another pointed his gun at her")
PARTICLE_ONLY = [
    ("positive: a weapon pointed", "A soldier pointed his rifle at the crowd, witnesses said.", []),
    ("positive: a way pointed", "The guide pointed the way to the border before dawn.", []),
    ("negative: pointed out a clause", "The minister pointed out that the toll had risen.", ["that the toll had risen"]),
    ("near miss: pointed to a thing as evidence", "The ministry pointed to the new casualty figures.",
     ["the new casualty figures"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), PARTICLE_ONLY, ids=[c[0] for c in PARTICLE_ONLY])
def test_point_cues_words_only_with_its_particle(parse: Parse, name: str, text: str, contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes if q.cue_lemma == "point"] == contents, name
