"""Two constructions of reported speech: a proposition the speaker negates beside what they
assert ("X said A, and not B"; "X said that A and that B was not so") is a nested quote of its
own, negated; and a closing "…, X said." that the parser coordinates with the content clause
still attributes that content (invented sentences: a positive example, a negative example and
a near miss per construction)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Quote
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return list(run_stage("quotes", parse(text), actors=ActorLayer()))


# (construction, sentence, the nested negated content expected, or None for none)
CONTRASTS = [
    ("A, and not B (prepositional phrase)",
     "The flood was most likely caused by a broken dam upstream, and not by heavy rain, the governor said on Monday.",
     "not by heavy rain"),
    ("A, and not B: negative (both asserted)",
     "The flood was caused by a broken dam upstream and by heavy rain, the governor said on Monday.", None),
    ("A, and not B where the parser hangs 'not B' on the closing cue",
     "The explosion at the depot was most likely caused by a shell fired from the hills, and not by a drone "
     "from the coast, the defence minister said on Tuesday.",
     "not by a drone from the coast"),
    ("not only A but also B: near miss (a focus, not a negation)",
     "The flood was caused not only by the dam but also by the storm, Governor Ana Silva said.", None),
    ("that A and that not-B (coordinated complement clauses)",
     "A police report said that the guards had fled and that the army was not involved in the shooting.",
     "that the army was not involved in the shooting"),
    # the mirror: a negated complement first, an asserted one after with its own "that" (seen on an
    # invented Ethiopia probe: 'said ... that "no civilian casualties" had occurred and that the strike
    # hit a meeting' made the strike on a meeting a negated claim)
    ("that not-A and that B (a negated complement first)",
     "A police report said that no guard had fled and that the army fired the first shots.",
     "that no guard had fled"),
    ("that not-A and that B, other side",
     "The rebels said that none of their fighters was in the town and that the drone hit a wedding.",
     "that none of their fighters was in the town"),
    ("that not-A and B under one 'that': near miss (one negated statement)",
     "A police report said that no guard had fled and no soldier was hurt.", None),
    ("that A and that B: negative (nothing negated)",
     "A police report said that the guards had fled and that the army was involved in the shooting.", None),
    ("not A but B: near miss (the head is negated: the whole content is the speaker's negation)",
     "The mayor said the fire was not started by the workers but by a faulty cable.", None),
    ("A, not B between commas: near miss (a noun phrase, not a clause or phrase of its own)",
     "The minister said the army, not the police, fired the shots.", None),
]


@pytest.mark.parametrize(("construction", "sentence", "nested"), CONTRASTS, ids=[c[0] for c in CONTRASTS])
def test_negated_conjunct_is_a_nested_negated_quote(parse: Parse, construction: str, sentence: str,
                                                     nested: str | None) -> None:
    quotes = quotes_of(parse, sentence)
    outer = [q for q in quotes if q.parent_id is None and q.kind == "indirect"]
    assert len(outer) == 1, construction
    children = [q for q in quotes if q.parent_id == outer[0].id]
    if nested is None:
        assert children == [], construction
        return
    assert [c.content.text for c in children] == [nested]
    child = children[0]
    assert child.stance == "negated"
    # what the speaker asserts keeps its stance: asserted, or uncertain under a hedge ("most likely")
    assert outer[0].stance == ("uncertain" if "most likely" in sentence else "asserted")
    assert (child.speaker, child.cue, child.kind) == (outer[0].speaker, outer[0].cue, "indirect")
    assert outer[0].content.start <= child.content.start < child.content.end <= outer[0].content.end


# (construction, sentence, the nested negated content expected, or None for none)
JUXTAPOSED = [
    ("not A, B in a direct quote", "\u201cIt was not a shell, it was a gas leak,\u201d the fire chief said.",
     "It was not a shell"),
    ("not A; B in a direct quote", "\u201cThe depot was not shelled; it burned after a gas leak,\u201d the fire "
     "chief said.", "The depot was not shelled"),
    ("A, B: negative (both asserted)", "\u201cIt was a shell, it was no accident at all,\u201d the fire chief said.",
     None),
    ("not A and B: near miss (coordinated, no comma splice; the head itself negated)",
     "\u201cThe depot did not burn and nobody was hurt,\u201d the fire chief said.", None),
]


@pytest.mark.parametrize(("construction", "sentence", "nested"), JUXTAPOSED, ids=[c[0] for c in JUXTAPOSED])
def test_negated_clause_before_an_asserted_one_is_nested(parse: Parse, construction: str, sentence: str,
                                                         nested: str | None) -> None:
    quotes = quotes_of(parse, sentence)
    outer = [q for q in quotes if q.parent_id is None]
    assert len(outer) == 1, construction
    children = [q.content.text for q in quotes if q.parent_id == outer[0].id and q.stance == "negated"]
    assert children == ([nested] if nested else []), construction


# (construction, sentence, expected content of the quote attributed to the closing cue, or None)
POSTPOSED = [
    ("closing '…, N said' coordinated by the parser after 'not A, but B'",
     "The fire at the depot was not the result of sabotage, but likely caused by a faulty cable, "
     "the regional fire service said on Tuesday.",
     "The fire at the depot was not the result of sabotage, but likely caused by a faulty cable"),
    ("a real coordination ('…, and N said …'): negative",
     "The talks collapsed on Monday, and the minister said the country would seek other partners.",
     "the country would seek other partners"),
    ("a closing cue with an object of its own: near miss",
     "The talks collapsed on Monday, but the minister said nothing about them.", None),
]


@pytest.mark.parametrize(("construction", "sentence", "content"), POSTPOSED, ids=[c[0] for c in POSTPOSED])
def test_closing_cue_coordinated_by_the_parser(parse: Parse, construction: str, sentence: str,
                                               content: str | None) -> None:
    quotes = [q for q in quotes_of(parse, sentence) if q.parent_id is None]
    if content is None:
        assert all(q.cue_lemma != "say" for q in quotes), construction
        return
    assert [q.content.text for q in quotes] == [content], construction


def test_a_negated_closing_content_is_negated(parse: Parse) -> None:
    quotes = quotes_of(parse, POSTPOSED[0][1])
    assert [q.stance for q in quotes] == ["negated"]


# (construction, sentence, stance of the outermost quote)
REPORTED = [
    ("the content is the speaker's own statement: 'we affirm that the reports are false'",
     "“We affirm that the reports spread by the army are false and baseless,” the group said.", "denied"),
    ("the speaker's own statement of a fact: negative",
     "“We affirm that the convoy was attacked,” the group said.", "asserted"),
    ("the speaker's own statement negated: near miss ('we did not say that ...')",
     "“We did not say that the reports are false,” the group said.", "uncertain"),
]


@pytest.mark.parametrize(("construction", "sentence", "stance"), REPORTED, ids=[c[0] for c in REPORTED])
def test_stance_is_read_through_the_speakers_own_statement(parse: Parse, construction: str, sentence: str,
                                                          stance: str) -> None:
    outer = [q for q in quotes_of(parse, sentence) if q.parent_id is None]
    assert [(q.kind, q.stance) for q in outer] == [("direct", stance)], construction


def test_a_complement_clause_is_not_a_closing_attribution(parse: Parse) -> None:
    # "attacked" heads a that-clause under "affirm": not a cue closing the clause before it
    quotes = quotes_of(parse, "“We affirm that the convoy was attacked,” the group said.")
    assert [q.content.text for q in quotes] == ["“We affirm that the convoy was attacked,”"]


# (construction, direct quote of several sentences, the nested sentences and their stances)
SENTENCES = [
    ("a negated sentence in a direct quote of several",
     "“We did not fire on the convoy. Our units were far from the road that day,” the colonel said.",
     [("We did not fire on the convoy", "negated")]),
    ("no sentence denies or doubts: negative",
     "“Our units were far from the road. They stayed in the barracks,” the colonel said.", []),
    ("an open question among several sentences: near miss (uncertain, not negated)",
     "“Nobody knows who fired. We will learn more tomorrow,” the colonel said.",
     [("Nobody knows who fired", "uncertain")]),
    ("a hedged sentence among several (uncertain)",
     "“The shell probably came from the hills. Our units were far from the road,” the colonel said.",
     [("The shell probably came from the hills", "uncertain")]),
]


@pytest.mark.parametrize(("construction", "sentence", "expected"), SENTENCES, ids=[c[0] for c in SENTENCES])
def test_sentences_of_a_long_direct_quote_keep_their_stance(parse: Parse, construction: str, sentence: str,
                                                           expected: list[tuple[str, str]]) -> None:
    quotes = quotes_of(parse, sentence)
    outer = [q for q in quotes if q.parent_id is None]
    assert [(q.kind, q.stance) for q in outer] == [("direct", "asserted")], construction
    nested = [(q.content.text, q.stance) for q in quotes if q.parent_id == outer[0].id]
    assert nested == expected, construction
