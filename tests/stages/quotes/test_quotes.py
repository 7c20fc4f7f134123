"""Rule tests for the quote stage: direct, partial and indirect speech, speakers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Mention, Quote
from tests.builders import pipeline, run_stage, stage_outputs, write_test_dictionary

Parse = Callable[..., ParsedDoc]


def extract(doc: ParsedDoc, actors: ActorLayer) -> list[Quote]:
    return list(run_stage("quotes", doc, actors=actors))


def quotes_of(parse: Parse, text: str, actors: ActorLayer | None = None) -> list[Quote]:
    return extract(parse(text), actors or ActorLayer())


def find(quotes: list[Quote], kind: str, content: str) -> Quote | None:
    for q in quotes:
        if q.kind == kind and content in q.content.text:
            return q
    return None


def _offsets_ok(text: str, q: Quote) -> bool:
    spans_ok = all(text[s.start : s.end] == s.text for s in (q.cue, q.speaker) if s is not None)
    return (
        text[q.content.start : q.content.end] == q.content.text
        and q.start <= q.content.start
        and q.content.end <= q.end
        and spans_ok
        and (q.cue is None or (q.start <= q.cue.start and q.cue.end <= q.end))
    )


def assert_offsets(text: str, quotes: list[Quote]) -> None:
    bad = [(q.kind, q.content.text) for q in quotes if not _offsets_ok(text, q)]
    assert bad == []


# --------------------------------------------------------------------------- found quotes

POSITIVE = [
    # kind, text, content that must be in the quote, speaker as written (None: no speaker)
    (
        "direct",
        'The minister spoke on Tuesday. "We will rebuild the bridge," the minister said.',
        "We will rebuild the bridge",
        "the minister",
    ),
    (
        "direct",
        "Maria Lopez said: “The harvest failed again this year.”",
        "The harvest failed again this year",
        "Maria Lopez",
    ),
    (
        "direct",
        "‘Nobody told us anything about the dam,’ said the farmer.",
        "Nobody told us anything",
        "the farmer",
    ),
    (
        "direct",
        "«We are ready to talk to anyone at any time,» the envoy said.",
        "We are ready to talk",
        "the envoy",
    ),
    (
        "direct",
        "“We tried everything,” she said, “but the river rose too fast.”",
        "but the river rose too fast",
        "she",
    ),
    (
        "direct",
        "The mayor said the city would recover.\n\n“We have done this before and we will do it again.”",
        "We have done this before",
        "The mayor",
    ),
    (
        "direct",
        "“The first part of the plan is simple.\n\n“The second part will take longer,” the engineer said.",
        "The second part will take longer",
        "the engineer",
    ),
    (
        "direct",
        "“I have never seen anything like it,” — Ana Ruiz",
        "I have never seen anything like it",
        "Ana Ruiz",
    ),
    (
        "partial",
        "The senator called the proposal a “reckless gamble” during the debate.",
        "reckless gamble",
        "The senator",
    ),
    (
        "partial",
        "It is essential, the governor stressed, to “protect every household from the flood.”",
        "protect every household",
        "the governor",
    ),
    (
        "indirect",
        "The company said that profits fell sharply in the spring.",
        "that profits fell sharply in the spring",
        "The company",
    ),
    (
        "indirect",
        "Profits fell sharply in the spring, the company said.",
        "Profits fell sharply in the spring",
        "the company",
    ),
    (
        "indirect",
        "According to the ministry, forty schools were closed after the storm.",
        "forty schools were closed",
        "the ministry",
    ),
    (
        "indirect",
        "The union accused the management of ignoring safety rules.",
        "the management of ignoring safety rules",
        "The union",
    ),
    (
        "indirect",
        "The council called on residents to conserve water this summer.",
        "residents to conserve water",
        "The council",
    ),
    (
        "indirect",
        "The general warned that the ceasefire could collapse within days.",
        "that the ceasefire could collapse",
        "The general",
    ),
    (
        "indirect",
        "It was reported that the talks had collapsed.",
        "that the talks had collapsed",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "text", "content", "speaker"), POSITIVE)
def test_quote_found(parse: Parse, kind: str, text: str, content: str, speaker: str | None) -> None:
    quotes = quotes_of(parse, text)
    q = find(quotes, kind, content)
    assert q is not None, [(x.kind, x.content.text) for x in quotes]
    assert (q.speaker.text if q.speaker else None) == speaker
    assert_offsets(text, quotes)


def test_speaker_inside_gives_one_quote_with_both_parts(parse: Parse) -> None:
    text = "“We tried everything,” she said, “but the river rose too fast.”"
    direct = [q for q in quotes_of(parse, text) if q.kind == "direct" and q.parent_id is None]
    assert len(direct) == 1  # (its two stretches are nested in it: test_stretches)
    assert direct[0].content.text.startswith("“We tried") and direct[0].content.text.endswith(
        "fast.”"
    )
    assert direct[0].cue_lemma == "say"


def test_direct_content_keeps_marks_and_inner_punctuation(parse: Parse) -> None:
    text = "“It is over,” the coach said."
    q = find(quotes_of(parse, text), "direct", "It is over")
    assert q is not None and q.content.text == "“It is over,”"


def test_indirect_cue_lemma_and_span(parse: Parse) -> None:
    text = "The ministry announced that the border would reopen on Monday."
    q = find(quotes_of(parse, text), "indirect", "the border would reopen")
    assert q is not None
    assert q.cue is not None and q.cue.text == "announced" and q.cue_lemma == "announce"


def test_partial_has_its_attribution_as_parent(parse: Parse) -> None:
    text = "The envoy said the talks were a “waste of everyone’s time” and left."
    quotes = quotes_of(parse, text)
    partial = find(quotes, "partial", "waste of everyone")
    parent = find(quotes, "indirect", "the talks were")
    assert partial is not None and parent is not None
    assert partial.parent_id == parent.id


def test_nested_attribution_keeps_both_speakers(parse: Parse) -> None:
    text = "The lawyer said the witness told him that the car was red."
    quotes = quotes_of(parse, text)
    outer = find(quotes, "indirect", "the witness told him")
    inner = next((q for q in quotes if q.content.text == "that the car was red"), None)
    assert outer is not None and inner is not None
    assert outer.speaker is not None and outer.speaker.text == "The lawyer"
    assert inner.speaker is not None and inner.speaker.text == "the witness"
    assert inner.parent_id == outer.id and outer.parent_id is None


def test_quote_inside_quote_is_nested(parse: Parse) -> None:
    text = "“Then the officer told us ‘leave the house now or you will die’,” the man said."
    quotes = quotes_of(parse, text)
    outer = find(quotes, "direct", "Then the officer told us")
    assert outer is not None and outer.speaker is not None and outer.speaker.text == "the man"
    nested = [q for q in quotes if q.parent_id == outer.id]
    assert nested and all(outer.content.start <= q.content.start for q in nested)


def test_cue_in_the_interruption_is_not_nested_in_the_quote(parse: Parse) -> None:
    text = "“We lost the vote,” she said, referring to the budget, “but we will fight on.”"
    quotes = quotes_of(parse, text)
    direct = find(quotes, "direct", "but we will fight on")
    referring = next(
        (q for q in quotes if q.cue is not None and q.cue.text.startswith("referring")), None
    )
    assert direct is not None and referring is not None
    assert referring.parent_id is None


def test_speaker_actor_id_comes_from_the_mention(parse: Parse) -> None:
    text = "“We will carry out our duty,” His Excellency stated."
    doc = parse(text)
    start = text.index("His Excellency")
    mention = Mention(
        id="m1",
        article_id=doc.article_id,
        sentence=0,
        start=start,
        end=start + len("His Excellency"),
        text="His Excellency",
        label="HONORIFIC",
        actor_id="actor_x",
        kind="honorific",
    )
    quotes = extract(doc, ActorLayer(mentions=(mention,)))
    q = find(quotes, "direct", "We will carry out our duty")
    assert q is not None and q.speaker is not None and q.speaker.text == "His Excellency"
    assert q.speaker_actor_id == "actor_x"


RELATIVES = [
    # a relative pronoun speaks for its antecedent (the speaker as written stays the pronoun)
    ("The deal angered Ruritania, which says it was forced to give up the islands.", "Ruritania", "which",
     "actor_x"),
    ("Officials met Maria Lopez, who says most farmers would accept the plan.", "Maria Lopez", "who", "actor_x"),
    # negative: a pronoun antecedent ("those who say") is no one named
    ("Those who say the war is over met Ruritania.", "Ruritania", "who", None),
    # near miss: the named speaker of a relative clause's own verb is its subject
    ("The deal angered Ruritania, where officials say it was forced to give up the islands.", "Ruritania",
     "officials", None),
]


@pytest.mark.parametrize(("text", "named", "speaker", "actor_id"), RELATIVES)
def test_a_relative_pronoun_speaks_for_its_antecedent(
    parse: Parse, text: str, named: str, speaker: str, actor_id: str | None
) -> None:
    doc = parse(text)
    start = text.index(named)
    mention = Mention(id="m1", article_id=doc.article_id, sentence=0, start=start, end=start + len(named),
                      text=named, label="GPE", actor_id="actor_x", kind="name")
    quotes = [q for q in extract(doc, ActorLayer(mentions=(mention,))) if q.cue_lemma == "say"]
    assert [(q.speaker.text if q.speaker else None, q.speaker_actor_id) for q in quotes] == [(speaker, actor_id)]


def test_standalone_paragraph_takes_previous_speaker_and_actor(parse: Parse) -> None:
    text = (
        "Imam Rahimi said the siege must end.\n\n“Nobody can defeat a people that wants to live.”"
    )
    doc = parse(text)
    mention = Mention(
        id="m1",
        article_id=doc.article_id,
        sentence=0,
        start=0,
        end=11,
        text="Imam Rahimi",
        label="PERSON",
        actor_id="rahimi",
    )
    quotes = extract(doc, ActorLayer(mentions=(mention,)))
    q = find(quotes, "direct", "Nobody can defeat")
    assert q is not None and q.speaker is not None
    assert q.speaker.text == "Imam Rahimi" and q.speaker_actor_id == "rahimi"
    assert q.cue is None


# --------------------------------------------------------------------------- not quotes


def test_scare_quotes_around_a_name_are_not_quotes(parse: Parse) -> None:
    text = "The minister said the ‘Ruritanian’ army had withdrawn from ‘Ruritania’s’ border."
    quotes = quotes_of(parse, text)
    assert not [q for q in quotes if q.kind in ("partial", "direct")]
    assert find(quotes, "indirect", "army had withdrawn") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Officials in ‘Ruritania’ met on Monday to discuss the harvest.",
        "She has read the novel “The Long Winter Road” twice this year.",
        "The reviewer said the film “Night Train To Lisbon” was far too long.",
        "Crowds gathered outside the ‘Republic’ hall before dawn.",
    ],
)
def test_scare_quotes_and_titles_are_not_quoted_speech(parse: Parse, text: str) -> None:
    quotes = quotes_of(parse, text)
    assert not [q for q in quotes if q.kind in ("partial", "direct")], [
        (q.kind, q.content.text) for q in quotes
    ]


def test_no_speaker_in_reach(parse: Parse) -> None:
    text = "“Water is life and we will defend it.”\n\nThe dam was finished in May."
    quotes = quotes_of(parse, text)
    q = find(quotes, "direct", "Water is life")
    assert q is not None and q.speaker is None and q.speaker_actor_id is None
    assert q.confidence < 0.7


def test_passive_report_has_no_speaker(parse: Parse) -> None:
    quotes = quotes_of(parse, "It is said that no one has ever returned from the valley.")
    q = find(quotes, "indirect", "no one has ever returned")
    assert q is not None and q.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will never give up and then he left the room.\n\nThe next day was calm and quiet.",
        "“Unclosed at the start of the article\n\nand a second paragraph without marks.",
        "She said ” stray closing mark here and “ stray opening.",
        "”",
        '""""',
        "‘‘‘ ’’’ “” ",
    ],
)
def test_unbalanced_marks_do_not_crash_or_run_away(parse: Parse, text: str) -> None:
    doc = parse(text)
    quotes = extract(doc, ActorLayer())
    assert_offsets(text, quotes)
    # a direct quote is capped at the end of the paragraph it opens in
    runaway = [
        q.content.text for q in quotes
        if q.kind == "direct" and -1 < text.find("\n\n", q.content.start) < q.content.end
    ]
    assert runaway == []


def test_empty_text(parse: Parse) -> None:
    assert quotes_of(parse, "   ") == []


# --------------------------------------------------------------------------- speakers resolved


@pytest.fixture(scope="module")
def speaker_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_test_dictionary(tmp_path_factory.mktemp("quotes"))


@pytest.fixture
def analysed(speaker_dictionary: Path, parse: Parse) -> Callable[[str], list[Quote]]:
    def _run(text: str) -> list[Quote]:
        return list(stage_outputs(parse(text), pipeline(actors_files=(str(speaker_dictionary),)))["quotes"])

    return _run


@pytest.mark.parametrize(
    ("text", "content", "actor_id"),
    [
        # the issuer named with the statement
        ("A statement by the Free Hand said the fighters would withdraw.", "the fighters would withdraw",
         "org:free-hand"),
        # "the statement": the statement named before ("X issued a statement", "X said in a statement")
        ("The Free Hand issued a statement on Monday. “We keep our word,” the statement said.",
         "We keep our word", "org:free-hand"),
        ("The Free Hand said in a statement that the fighters would withdraw. “We keep our word,” the "
         "statement said.", "We keep our word", "org:free-hand"),
        # "a statement" with no issuer: the subject of what it reports
        ("The Zenda Pact called for a ceasefire, according to a statement issued after the meeting.",
         "called for a ceasefire", "org:zenda-pact"),
        ("The Zenda Pact called for a ceasefire, according to a statement issued after the meeting. "
         "“We are concerned,” the statement said.", "We are concerned", "org:zenda-pact"),
        # negative: no statement named before, no one to give it to
        ("“We are concerned,” the statement said.", "We are concerned", None),
        # the issuer as the document's premodifier, over the last speaker met before it
        ("Ivo Marek spoke to reporters. The Free Hand joint statement said the fighters would withdraw.",
         "the fighters would withdraw", "org:free-hand"),
        # near miss: an adjective that names no one ("a joint statement"): no issuer from it
        ("“We are concerned,” a joint statement said.", "We are concerned", None),
        # a statement attributed to X (attributing_verbs): X issued it
        ("A statement attributed to the Free Hand said the fighters would withdraw.", "the fighters would withdraw",
         "org:free-hand"),
        ("A message ascribed to the Zenda Pact said the fighters would withdraw.", "the fighters would withdraw",
         "org:zenda-pact"),
        # near miss: an attributing phrase that names no actor gives no issuer
        ("“We keep our word,” a statement attributed to unnamed commanders said.", "We keep our word", None),
    ],
)
def test_a_statement_speaks_for_its_issuer(
    analysed: Callable[[str], list[Quote]], text: str, content: str, actor_id: str | None
) -> None:
    q = next(q for q in analysed(text) if content in q.content.text)
    assert q.speaker_actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The head of the district administration, Ivo Marek, said that the market was empty.",
         "person:ivo-marek"),
        # negative: a description in apposition is not a name
        ("Lebanese and Jordanian nationals living in Rome, many of them former students, said they had "
         "seen nothing.", None),
    ],
)
def test_a_name_in_apposition_to_the_speaker_is_the_speaker(
    analysed: Callable[[str], list[Quote]], text: str, actor_id: str | None
) -> None:
    q = analysed(text)[0]
    a = q.speaker_actor_id
    if actor_id is None:
        assert a is None or not a.startswith("person:")
    else:
        assert a == actor_id


@pytest.mark.parametrize(
    ("text", "content", "actor_id"),
    [
        ("Officials in Moscow said that the talks had failed.", "the talks had failed", "state:RUS"),
        # negative: what the speaker's word is aimed at is not who speaks
        ("A report on Russia's army said that morale was low.", "morale was low", None),
        # near miss: the owner of the word speaks
        ("Russia's army said that morale was high.", "morale was high", "org:russian-armed-forces"),
    ],
)
def test_what_the_speaker_is_aimed_at_does_not_speak(
    analysed: Callable[[str], list[Quote]], text: str, content: str, actor_id: str | None
) -> None:
    q = next(q for q in analysed(text) if content in q.content.text)
    assert q.speaker_actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "speaker", "actor_id"),
    [
        ("Ivo Marek, a tractor driver, had come to look for his brother.\n\n"
         "“He went to that market every Saturday for 30 years.”", "Ivo Marek", "person:ivo-marek"),
        # negative: no one named in the paragraph before
        ("The town was quiet on Sunday.\n\n“He went to that market every Saturday for 30 years.”", None, None),
    ],
)
def test_a_stand_alone_quote_takes_the_person_introduced_before(
    analysed: Callable[[str], list[Quote]], text: str, speaker: str | None, actor_id: str | None
) -> None:
    q = find(analysed(text), "direct", "every Saturday")
    assert q is not None
    assert (q.speaker.text if q.speaker else None) == speaker
    assert q.speaker_actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council was quick to accuse the mayor of lying.", "The council"),
        ("The council was eager to deny the report.", "The council"),
    ],
)
def test_a_speaker_before_an_adjective_and_infinitive(parse: Parse, text: str, speaker: str) -> None:
    q = quotes_of(parse, text)[0]
    assert q.speaker is not None and q.speaker.text == speaker


ASIDES = [
    # positive: a non-restrictive relative clause on the object is the writer's aside
    ("The mayor condemned the looting, which left 30 people dead.", "the looting"),
    ("The union praised the rescuers, who worked through the night.", "the rescuers"),
    # negative: a restrictive relative clause is part of what is named
    ("The mayor condemned the looting that left 30 people dead.", "the looting that left 30 people dead"),
    # near miss: a comma before a clause that is no relative clause
    ("The mayor condemned the looting, saying it shamed the town.", "the looting"),
]


@pytest.mark.parametrize(("text", "content"), ASIDES, ids=[c[1] for c in ASIDES])
def test_an_aside_on_an_object_is_not_the_content(parse: Parse, text: str, content: str) -> None:
    objs = [q.content.text for q in quotes_of(parse, text) if q.cue is not None and q.cue.text in
            ("condemned", "praised")]
    assert objs == [content]


PARENTHETICAL = [
    # positive: an inverted cue set between commas: the subject after it speaks, the one before
    # it opens the content
    ("The decision, said the minister, was final.", "The decision, said the minister, was final", "the minister"),
    ("One question, say some analysts, is how long the truce holds.",
     "One question, say some analysts, is how long the truce holds", "some analysts"),
    # negative: the cue after its subject
    ("The decision, the minister said, was final.", "The decision, the minister said, was final", "the minister"),
    # near miss: no comma parts the subject before the cue: it is the speaker
    ("The minister said the decision was final.", "the decision was final", "The minister"),
    # near miss: a dateline before the speaker is no part of the content
    ("Port Town, Coastland: The ministry says the decision was final.", "the decision was final", "The ministry"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PARENTHETICAL, ids=[c[0][:30] for c in PARENTHETICAL])
def test_an_inverted_parenthetical_cue(parse: Parse, text: str, content: str, speaker: str) -> None:
    got = [(q.content.text, q.speaker.text if q.speaker else None) for q in quotes_of(parse, text)]
    assert got == [(content, speaker)]


MEDIUM_CLAUSES = [
    # positive: a content clause the parser hangs on the medium of the saying ("in a statement")
    ("The Taliban said in a statement that the attack was carried out by criminals.",
     "that the attack was carried out by criminals", "The Taliban"),
    ("The Israeli army said in a post on X that the raid had ended.", "that the raid had ended",
     "The Israeli army"),
    ("Kenyan police said in a statement that \"the suspects were armed\".", "the suspects were armed",
     "Kenyan police"),
    ("The Nigerian minister told a news briefing that the army had freed the girls.",
     "that the army had freed the girls", "The Nigerian minister"),
    ("The Indian minister told a weekly briefing that Delhi rejected the offer.", "that Delhi rejected the offer",
     "The Indian minister"),
    # negative: a clause on a noun that is no medium of saying is no content
    ("The Ukrainian mayor spoke in the hope that the strike would end.", None, None),
    # near miss: a relative clause on the medium ("that" its subject) is no content
    ("The Hamas leader spoke at a rally that drew thousands of farmers in Doha.", None, None),
    ("The Ukrainian general told a rally that was held in Lviv about the offensive.", None, None),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MEDIUM_CLAUSES, ids=[c[0][:30] for c in MEDIUM_CLAUSES])
def test_a_clause_on_the_medium_of_a_saying_is_its_content(parse: Parse, text: str, content: str | None,
                                                           speaker: str | None) -> None:
    quotes = quotes_of(parse, text)
    if content is None:
        assert quotes == []
        return
    q = next((q for q in quotes if content in q.content.text), None)
    assert q is not None and q.speaker is not None and q.speaker.text == speaker, [
        (x.content.text, x.speaker) for x in quotes]


# "boasted of" / "bragged about": what is boasted of is the content, as with "spoke of"
BOASTS = [
    ("Hamas boasted of an attack on \"a Zionist convoy\".", "an attack on", "Hamas"),
    ("The Ukrainian brigade bragged about a raid on \"the orc nest\".", "a raid on", "The Ukrainian brigade"),
    # negative: a verb of no saying with the same phrase
    ("The Russian unit withdrew from a strike on \"a military echelon\".", None, None),
    # near miss: the boast's clause is the content, as before
    ("The Israeli unit boasted that \"the launcher was destroyed\".", "the launcher was destroyed", "The Israeli unit"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), BOASTS, ids=[b[0][:24] for b in BOASTS])
def test_what_is_boasted_of_is_the_content(parse: Parse, text: str, content: str | None, speaker: str | None) -> None:
    quotes = [q for q in quotes_of(parse, text) if q.kind != "partial"]
    if content is None:
        assert not quotes, [q.content.text for q in quotes]
        return
    q = next((q for q in quotes if content in q.content.text), None)
    assert q is not None, [q.content.text for q in quotes]
    assert (q.speaker.text if q.speaker else None) == speaker


# "X said in a statement published by its media arm": an issuer named through a possessive pronoun
# is one of the clause's speaker's own organs, so the clause's speaker issued the statement (seen
# on the mali-market probe: a group's statement "published by its media foundation" had been
# spoken by "Malian non-governmental organisation"); a body named without one issues it
OWN_ORGANS = [
    ("JNIM said in a statement published by its media foundation that it had no fighters there. "
     "“We keep our word,” the statement said.", "org:jnim"),
    ("The Rapid Support Forces said in a statement posted by their media foundation that they had left. "
     "“We keep our word,” the statement said.", "org:rsf-sudan"),
    ("Hamas said in a statement released by its foundation that the fighters had left. "
     "“We keep our word,” the statement said.", "org:hamas"),
    # negative: a body named without a pronoun is the issuer the phrase gives
    ("The Ukrainian army said in a statement published by the Red Cross that the fighters had left. "
     "“We keep our word,” the statement said.", "org:icrc"),
    # near miss: the pronoun's owner is no speaker of the clause: the phrase's body stays
    ("A statement published by its media foundation said the fighters had left in Mali. "
     "“We keep our word,” the statement said.", "sector:MLI:NGO"),
]


@pytest.mark.parametrize(("text", "actor_id"), OWN_ORGANS)
def test_a_statement_published_by_the_speakers_own_organ_is_the_speakers(parse: Parse, text: str,
                                                                        actor_id: str) -> None:
    quotes = list(stage_outputs(parse(text), pipeline())["quotes"])
    q = next(q for q in quotes if "We keep our word" in q.content.text)
    assert q.speaker_actor_id == actor_id


# a prepositional phrase between the speaker and a coordinated cue that the parser read as a
# second subject ("for his part" with no comma after it): the speaker is the subject before it
PHRASE_SUBJECTS = [
    ("The Russian envoy, Igor Petrov, for his part thanked the hosts and said the talks had failed.",
     "the talks had failed", "The Russian envoy, Igor Petrov"),
    ("The Israeli minister, Eli Cohen, for his part saluted the soldiers and said the talks had failed.",
     "the talks had failed", "The Israeli minister, Eli Cohen"),
    ("The rebel spokesman, Ali Haroun, for his part thanked the villagers and said the army had fled.",
     "the army had fled", "The rebel spokesman, Ali Haroun"),
    # negative: the phrase set off by commas, parsed right
    ("The Ukrainian minister, for her part, thanked the hosts and said the talks had failed.",
     "the talks had failed", "The Ukrainian minister"),
    # near miss: a prepositional phrase with its object kept
    ("The minister, in Kyiv, thanked the hosts and said the talks had failed.", "the talks had failed",
     "The minister"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PHRASE_SUBJECTS)
def test_a_phrase_read_as_a_second_subject_is_not_the_speaker(parse: Parse, text: str, content: str,
                                                              speaker: str) -> None:
    quotes = list(stage_outputs(parse(text), pipeline())["quotes"])
    q = next(q for q in quotes if content in q.content.text)
    assert q.speaker is not None and q.speaker.text == speaker


# a clause before a cue and a semicolon is no content of the cue: the semicolon closes it, whatever
# the parser hung across it
SEMICOLON_CLAUSES = [
    ("Kyiv says 40 Russian soldiers died; Moscow says 12 Ukrainians were killed.", "Moscow", "40 Russian"),
    ("The army says 30 fighters were killed; residents say the dead were civilians.", "residents", "30 fighters"),
    # negative: the cue's own clause after it
    ("Moscow says 12 Ukrainians were killed.", "Moscow", "Kyiv"),
    # near miss: a clause before the cue set off by a comma is its content
    ("40 Russian soldiers died, Kyiv says.", "Kyiv", None),
]


# ... nor is the clause after a semicolon the content of the cue before it, when the parser hung
# that clause's own cue inside the first content
SEMICOLON_AFTER = [
    ("The army says about 30 \"terrorists\" were neutralised; residents and a herders' group say dozens of "
     "civilians were killed.", "The army", "residents"),
    ("Hamas says about 30 \"Zionist soldiers\" were killed; the Israeli army and the police say two were "
     "wounded.", "Hamas", "police"),
    # negative: with no semicolon the one clause is the content
    ("The army says 30 fighters were killed.", "The army", "residents"),
    # near miss: a second clause joined by "and" is still the cue's own content
    ("The army says 30 fighters were killed and 12 were captured.", "The army", None),
]


@pytest.mark.parametrize(("text", "speaker", "not_in_content"), SEMICOLON_AFTER)
def test_a_clause_after_a_semicolon_with_its_own_cue_is_no_content(parse: Parse, text: str, speaker: str,
                                                                  not_in_content: str | None) -> None:
    quotes = [q for q in stage_outputs(parse(text), pipeline())["quotes"]
              if q.speaker and q.speaker.text == speaker and q.kind == "indirect"]
    assert len(quotes) == 1
    if not_in_content is not None:
        assert not_in_content not in quotes[0].content.text
    else:
        assert "12 were captured" in quotes[0].content.text


@pytest.mark.parametrize(("text", "speaker", "not_in_content"), SEMICOLON_CLAUSES)
def test_a_clause_before_a_semicolon_is_no_content_of_the_cue_after_it(parse: Parse, text: str, speaker: str,
                                                                       not_in_content: str | None) -> None:
    quotes = [q for q in stage_outputs(parse(text), pipeline())["quotes"] if q.speaker and q.speaker.text == speaker]
    assert len(quotes) == 1
    if not_in_content is not None:
        assert not_in_content not in quotes[0].content.text
    else:
        assert "40 Russian soldiers died" in quotes[0].content.text


# a gerund complement of a cue is what is said, so a denial of it is a denial ("denied having
# fighters in the market": the quote stage had made no record of it)
GERUNDS = [
    ("Hamas denied having fighters in the hospital.", "having fighters in the hospital", "denied"),
    ("The Malian army denied targeting civilians at the market.", "targeting civilians at the market", "denied"),
    ("The Russian embassy denied sending instructors to the village.", "sending instructors to the village",
     "denied"),
    ("The rebel group admitted killing two soldiers.", "killing two soldiers", "asserted"),
    # negative: a gerund after a verb that is no cue
    ("The minister stopped talking to reporters.", None, None),
    # near miss: an infinitive after a cue is its own frame, as before
    ("The army refused to comment on the raid.", "to comment on the raid", None),
]


@pytest.mark.parametrize(("text", "content", "stance"), GERUNDS)
def test_a_gerund_after_a_cue_is_its_content(parse: Parse, text: str, content: str | None,
                                              stance: str | None) -> None:
    quotes = list(stage_outputs(parse(text), pipeline())["quotes"])
    if content is None:
        assert quotes == []
        return
    q = next((q for q in quotes if content in q.content.text), None)
    assert q is not None, [x.content.text for x in quotes]
    if stance is not None:
        assert q.stance == stance
