"""Sentence boundaries the parse is given before it runs (``newsledger.nlp``): one construction per
row, with a positive example, a negative example and a near miss (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from newsledger.nlp.syntax import text_between, text_length

# (construction, text, the sentences expected)
LETTER_NAMES = [
    ("a one-letter name after a preposition ends its sentence",
     "The ministry wrote in a post on X. Soldiers later closed the road.",
     ["The ministry wrote in a post on X.", "Soldiers later closed the road."]),
    ("the same before a determiner", "The mayor wrote on X. The army denied it.",
     ["The mayor wrote on X.", "The army denied it."]),
    ("negative: an initial inside a name", "President George W. Bush spoke in Ottawa.",
     ["President George W. Bush spoke in Ottawa."]),
    ("near miss: an initial after a preposition, before a surname", "The report by J. Smith was read aloud.",
     ["The report by J. Smith was read aloud."]),
]


@pytest.mark.parametrize(("name", "text", "sentences"), LETTER_NAMES, ids=[c[0] for c in LETTER_NAMES])
def test_a_one_letter_name_can_close_a_sentence(nlp: Language, name: str, text: str, sentences: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == sentences, name


TRANSCRIPT_LABELS = [
    ("a speaker label repeated in a transcript is a sentence of its own",
     "Radio Sud: Did you meet the envoy? Kamau: We met twice. Radio Sud: Why? Kamau: Trade.",
     ["Radio Sud:", "Did you meet the envoy?", "Kamau:", "We met twice.", "Radio Sud:", "Why?", "Kamau:", "Trade."]),
    ("the same with a description after the first label's name",
     "Ines Duarte, a former envoy to Lima: We met twice. Duarte: The talks went well.",
     ["Ines Duarte, a former envoy to Lima:", "We met twice.", "Duarte:", "The talks went well."]),
    ("negative: a name before a colon only once is a headline, not a label",
     "Ukraine: troops entered the town. Rain fell.",
     ["Ukraine: troops entered the town.", "Rain fell."]),
    ("near miss: a clause before a colon is no label, however often",
     "The minister said: we will win. The minister said: we will see.",
     ["The minister said: we will win.", "The minister said: we will see."]),
]


@pytest.mark.parametrize(("name", "text", "sentences"), TRANSCRIPT_LABELS, ids=[c[0] for c in TRANSCRIPT_LABELS])
def test_a_transcript_label_is_a_sentence(nlp: Language, name: str, text: str, sentences: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == sentences, name


def test_a_blank_line_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Rain fell on the town\n\nThe mayor spoke.")
    assert [s.text.strip() for s in doc.sents] == ["Rain fell on the town", "The mayor spoke."]


# (case, text): the document's own look-ups, found once, give what spaCy's do
LOOKUPS = [
    ("paragraphs with names, dates and places", "Rebels shelled Northtown on Monday.\n\nThe governor of Riverland, "
     "Ana Mbeki, said 12 people died.\n\n\"We will rebuild,\" she told Radio Sud on Tuesday."),
    ("a sentence holding no entity", "Rain fell. The mayor of Eastport spoke at noon."),
    ("blank lines at both ends", "\n\nTalks between Portland and the Zenith Union resumed in Lagos.\n\n"),
    ("one word", "Silence"),
]


@pytest.mark.parametrize(("name", "text"), LOOKUPS, ids=[c[0] for c in LOOKUPS])
def test_sentences_and_entities_found_once_match_spacy(parse: Any, name: str, text: str) -> None:
    pd = parse(text)
    expected = [s for s in pd.doc.sents if s.text.strip()]
    assert [s for _, s in pd.spacy_sentences()] == expected, name
    assert list(pd.spacy_sentences()) == list(pd.spacy_sentences()), name  # asked again: the same
    checked = 0
    for _, sent in pd.spacy_sentences():
        assert [(e.start, e.end, e.label_) for e in pd.ents_in(sent)] == \
            [(e.start, e.end, e.label_) for e in sent.ents], name
        checked += 1
    span = pd.doc[1:len(pd.doc) - 1]  # a span cutting through the document's edges
    assert [(e.start, e.end) for e in pd.ents_in(span)] == [(e.start, e.end) for e in span.ents], name
    assert checked == len(expected)
    assert pd.tokens == list(pd.doc) and pd.tokens is pd.tokens, name  # made once, equal to spaCy's
    assert [(e.start, e.end, e.label_) for e in pd.entities] == [(e.start, e.end, e.label_) for e in pd.doc.ents], name
    for _, sent in pd.spacy_sentences():
        assert pd.tokens_in(sent) == list(sent), name
    assert pd.tokens_in(span) == list(span) and pd.tokens_in(pd.doc[0:0]) == [], name
    assert text_length(pd.doc) == len(pd.doc.text), name
    n = len(pd.doc.text)
    ranges = [(s, e) for s in range(0, n + 1, 3) for e in range(s, min(n, s + 40) + 1, 7)] + [(0, n), (n, n)]
    for s, e in ranges:  # ranges starting and ending inside words, on spaces and at both ends
        assert text_between(pd.doc, s, e) == pd.doc.text[s:e], (name, s, e)
    assert len(ranges) > 2


# (case, text, refused): the paragraph component writes its boundaries into the doc at once; on a
# doc parsed already it refuses to write, as spaCy's ``Token.is_sent_start`` does
PARSED = [
    ("a blank line to write into a parsed doc", "Rain fell on the town\n\nThe mayor spoke.", True),
    ("negative: nothing to write, the parsed doc is left as it is", "Rain fell. The mayor spoke.", False),
    ("near miss: an initial after a preposition is no boundary to write", "The envoy wrote to J. Smith today.", False),
]


@pytest.mark.parametrize(("name", "text", "refused"), PARSED, ids=[c[0] for c in PARSED])
def test_the_paragraph_component_refuses_a_parsed_doc(nlp: Language, name: str, text: str, refused: bool) -> None:
    doc = nlp(text)
    before = [t.is_sent_start for t in doc]
    component = nlp.get_pipe("newsledger_paragraphs")
    if refused:
        with pytest.raises(ValueError, match="E043"):
            component(doc)
    else:
        assert component(doc) is doc, name
    assert [t.is_sent_start for t in doc] == before, name


@pytest.mark.parametrize(("name", "text"), LOOKUPS, ids=[c[0] for c in LOOKUPS])
def test_character_ranges_are_read_as_spacy_reads_them(parse: Any, name: str, text: str) -> None:
    """``ParsedDoc.span_chars``, ``token_range`` and ``token_at``, found from the tokens' offsets,
    give what ``Doc.char_span(..., alignment_mode="expand")`` gives, for every range of the text
    (within a token, across tokens, in the spaces and blank lines between them, past its ends)."""
    pd = parse(text)
    checked = 0
    for start in range(-1, len(pd.text) + 2):
        for end in range(start, len(pd.text) + 2):
            spacy_reads = _bounds(pd.doc.char_span(start, end, alignment_mode="expand"))
            assert _bounds(pd.span_chars(start, end)) == spacy_reads, (name, start, end)
            assert pd.token_range(start, end) == spacy_reads, (name, start, end)
            checked += 1
        one = pd.doc.char_span(start, min(start + 1, len(pd.text)), alignment_mode="expand")
        token = pd.token_at(start)
        assert (token.i if token is not None else None) == (one[0].i if one is not None and len(one) else None), name
    assert checked > len(pd.text), name


def _bounds(span: Any) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


PARAGRAPH_SECOND_WORDS = [
    ("the second word of a paragraph after a headline with no stop does not start a sentence",
     "Floods cut off the valley\n\nAid agencies estimate 3,000 people are without clean water.",
     "Aid agencies estimate 3,000 people are without clean water."),
    ("the same after a longer headline", "A day of news from the regions\n\nAid agencies estimate 300,000 people "
     "are without clean water.", "Aid agencies estimate 300,000 people are without clean water."),
    ("negative: a one-word line keeps its own sentence", "Advertisement\n\nThe ministry said the siege had ended.",
     "The ministry said the siege had ended."),
    ("near miss: a word and a stop open the paragraph", "Rain fell\n\nYes. The ministry said the siege had ended.",
     "The ministry said the siege had ended."),
]


@pytest.mark.parametrize(("name", "text", "body"), PARAGRAPH_SECOND_WORDS, ids=[c[0] for c in PARAGRAPH_SECOND_WORDS])
def test_a_paragraph_opens_with_a_sentence_of_two_words_or_more(nlp: Language, name: str, text: str,
                                                               body: str) -> None:
    assert body in [s.text.strip() for s in nlp(text).sents], name


PARAGRAPH_TITLES = [
    # (construction, text, a sentence expected): a title abbreviated with its stop opening a paragraph, before a
    # capitalised name, starts the name's sentence (after a heading in capitals the parser cut "Gov." off as a
    # sentence of its own)
    ("positive: a governor's title after a heading in capitals", "Storm hits coast\n\nThe storm hit on Monday.\n\n"
     "RELIEF EFFORTS\n\nGov. Lopez said the state would send aid to the towns.",
     "Gov. Lopez said the state would send aid to the towns."),
    ("positive: a doctor's title, other heading", "Storm hits coast\n\nNEWS\n\nDr. Ann Lee said the wards were full.",
     "Dr. Ann Lee said the wards were full."),
    ("negative: an abbreviation before a lower-case word, no name", "Storm hits coast\n\nNEWS\n\n"
     "Gov. officials said the wards were full.", "Gov. officials said the wards were full."),
    ("near miss: a word and a stop open the paragraph", "Rain fell\n\nRELIEF\n\nYes. Lopez said the siege had ended.",
     "Lopez said the siege had ended."),
]


@pytest.mark.parametrize(("name", "text", "body"), PARAGRAPH_TITLES, ids=[c[0] for c in PARAGRAPH_TITLES])
def test_a_title_opening_a_paragraph_stays_with_its_name(nlp: Language, name: str, text: str, body: str) -> None:
    assert body in [s.text.strip() for s in nlp(text).sents], name
