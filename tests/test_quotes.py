"""Rule tests for the quote stage: direct, partial and indirect speech, speakers, marks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsledger.config import Settings
from newsledger.nlp import ParsedDoc
from newsledger.quotes import cue_lexicon, extract_quotes, find_quotations, quote_at, text_blocks
from newsledger.records import ActorLayer, Mention, Quote, Span
from newsledger.stages import actors
from newsledger.stages.actors import extract_actors
from tests.builders import write_test_dictionary

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str, actors: ActorLayer | None = None) -> list[Quote]:
    doc = parse(text)
    return extract_quotes(doc, actors or ActorLayer())


def find(quotes: list[Quote], kind: str, content: str) -> Quote | None:
    for q in quotes:
        if q.kind == kind and content in q.content.text:
            return q
    return None


def assert_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.content.start : q.content.end] == q.content.text
        assert q.start <= q.content.start and q.content.end <= q.end
        for span in (q.cue, q.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if q.cue is not None:
            assert q.start <= q.cue.start and q.cue.end <= q.end


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
    direct = [q for q in quotes_of(parse, text) if q.kind == "direct"]
    assert len(direct) == 1
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
    quotes = extract_quotes(doc, ActorLayer(mentions=(mention,)))
    q = find(quotes, "direct", "We will carry out our duty")
    assert q is not None and q.speaker is not None and q.speaker.text == "His Excellency"
    assert q.speaker_actor_id == "actor_x"


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
    quotes = extract_quotes(doc, ActorLayer(mentions=(mention,)))
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
    quotes = extract_quotes(doc, ActorLayer())
    assert_offsets(text, quotes)
    for q in quotes:
        if q.kind == "direct":
            # capped at the end of the paragraph it opens in
            first_par_end = text.find("\n\n", q.content.start)
            assert first_par_end == -1 or q.content.end <= first_par_end


def test_empty_text(parse: Parse) -> None:
    assert quotes_of(parse, "   ") == []


# --------------------------------------------------------------------------- quotation marks


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "They didn’t visit Israel’s border in the ’90s, nor the students’ union."
    assert find_quotations(text) == []


def test_quotation_nesting_and_continuation() -> None:
    text = "“He told me ‘go home now’ and left.\n\n“Then it rained,” she said.\n\nNo marks here."
    qs = find_quotations(text)
    outer = [q for q in qs if q.depth == 0]
    inner = [q for q in qs if q.depth == 1]
    assert len(outer) == 1 and outer[0].continued and outer[0].closed
    assert outer[0].text.endswith("she said.") is False and outer[0].text.endswith("rained,”")
    assert len(inner) == 1 and inner[0].text == "‘go home now’"
    for q in qs:
        assert text[q.start : q.end] == q.text


def test_unclosed_quotation_is_capped_at_paragraph_end() -> None:
    text = "He said “this never ends\n\nNext paragraph."
    qs = find_quotations(text)
    assert len(qs) == 1 and not qs[0].closed
    assert qs[0].end == text.index("\n\n")


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("A is here.\n\n\nB said so.\r\n\r\nC ends.", ["A is here.", "B said so.", "C ends."]),
        # one paragraph per line: most line breaks follow a sentence end or open a quotation
        ("One.\nTwo said.\n“Three.”\nFour", ["One.", "Two said.", "“Three.”", "Four"]),
        # hard-wrapped lines inside a paragraph are not paragraphs
        (
            "A line that wraps\nin the middle of\na sentence.\n\nNext.",
            ["A line that wraps\nin the middle of\na sentence.", "Next."],
        ),
    ],
)
def test_text_blocks(text: str, blocks: list[str]) -> None:
    b = text_blocks(text)
    assert [text[s:e] for s, e in zip(b.starts, b.ends, strict=True)] == blocks


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "yes" twice.', "yes"),
        ("He said “yes” twice.", "yes"),
        ("He said ‘yes’ twice.", "yes"),
        ("He said «yes» twice.", "yes"),
        ("He said ''yes'' twice.", "yes"),
    ],
)
def test_all_mark_styles(text: str, inner: str) -> None:
    qs = find_quotations(text)
    assert len(qs) == 1
    assert text[qs[0].inner_start : qs[0].inner_end] == inner


# --------------------------------------------------------------------------- helpers and data


def _quote(qid: str, start: int, end: int, parent: str | None = None) -> Quote:
    return Quote(
        id=qid,
        article_id="a",
        sentence=0,
        start=start,
        end=end,
        kind="indirect",
        content=Span(start, end, "x" * (end - start)),
        parent_id=parent,
    )


def test_quote_at_returns_innermost() -> None:
    outer = _quote("outer", 0, 100)
    inner = _quote("inner", 20, 40, parent="outer")
    assert quote_at([outer, inner], 25, 30) is inner
    assert quote_at([outer, inner], 50, 60) is outer
    assert quote_at([outer, inner], 90, 120) is None
    assert quote_at([], 0, 1) is None


def test_cue_lexicon_has_the_issue_verbs() -> None:
    lex = cue_lexicon()
    for verb in [
        "say",
        "tell",
        "add",
        "state",
        "underline",
        "stress",
        "warn",
        "accuse",
        "call",
        "urge",
        "claim",
        "deny",
        "announce",
        "insist",
        "argue",
        "note",
        "believe",
        "think",
    ]:
        assert verb in lex.verbs, verb
    assert ("according", "to") in lex.phrases
    assert "on" in lex.particles["call"]  # quoted in YAML: a bare `on` would read as True


# --------------------------------------------------------------------------- speakers resolved


@pytest.fixture(scope="module")
def speaker_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = write_test_dictionary(tmp_path_factory.mktemp("quotes"))
    actors.configure(Settings(actors_files=(str(path),)))
    yield path
    actors.configure(Settings())


@pytest.fixture
def analysed(speaker_dictionary: Path, parse: Parse) -> Callable[[str], list[Quote]]:
    def _run(text: str) -> list[Quote]:
        doc = parse(text)
        return extract_quotes(doc, extract_actors(doc))

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
