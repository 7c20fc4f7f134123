"""Parsing: load the spaCy pipeline once and turn an article into a ``ParsedDoc``.

Every later stage works over a ``ParsedDoc``: the spaCy ``Doc`` of the article text plus the
paragraph and sentence layout, so that every record can point at its sentence and offsets.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelNotFoundError
from ..records import Article, Sentence
from . import headlines as _headlines  # (also registers the spaCy component newsledger_headlines)
from . import prefixes as _prefixes  # noqa: F401  (registers the spaCy component newsledger_prefixes)
from . import titlecase as _titlecase  # (registers the spaCy component newsledger_titlecase)
from .loglines import log_date_starts
from .subheads import subhead_ends
from .syntax import text_length
from .tree import tree

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


_LETTER_WITH_STOP = re.compile(r"[A-Z]\.")


@Language.component("newsledger_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every blank line, and never inside a paragraph break; after a
    one-letter name closing a sentence (see :func:`_letter_closes_sentence`); after a wire
    dateline opening a paragraph (:func:`.headlines.dateline_end`); and around a log line's date prefix
    (:func:`.loglines.log_date_starts`).

    Only the tokens next to a space or to a two-character token can change: they are found from
    the doc's arrays, without making a Python token of every word. The boundaries are written
    into the doc at once (``Token.is_sent_start``'s setter looks at every token of the document
    for a parse, on each write)."""
    flags = doc.to_array([IS_SPACE, LENGTH, ORTH])
    strings = doc.vocab.strings
    breaks: set[int] = set()  # whitespace tokens holding a line break
    letters: set[int] = set()  # a capital and its stop ("X."), which may be a one-letter name
    for i, orth in zip(*_where(flags[:, 0] | (flags[:, 1] == 2), flags[:, 2]), strict=True):
        if flags[i, 0]:
            if "\n" in strings[orth]:
                breaks.add(i)
        elif _LETTER_WITH_STOP.fullmatch(strings[orth]):
            letters.add(i)
    n = len(doc)
    starts = _break_starts(doc, breaks, letters)
    for story in _headlines.dateline_ends(doc, (0, *(j + 1 for j in breaks))):  # a wire dateline: its own sentence
        starts[story] = 1
    for i, mark in _headlines.kicker_starts(doc, (0, *(j + 1 for j in breaks)), breaks).items():
        starts.setdefault(i, mark)  # a wire headline after its numbered kicker ("UPDATE 2-"): one sentence
    for body in subhead_ends(doc, breaks):  # a subheading run into its paragraph
        starts.setdefault(body, 1)
    dashes = numpy.flatnonzero(numpy.isin(flags[:, 2], [strings[d] for d in _headlines.DASHES]))
    starts.update(log_date_starts(doc, dashes, breaks))  # a monitor's log line: its date a sentence of its own
    for start, colon in [*transcript_labels(doc), *capital_labels(doc)]:
        starts[start] = 1
        if colon + 1 < n:
            starts[colon + 1] = 1
    for second in _second_words(doc, breaks):
        starts.setdefault(second, -1)
    if starts:
        if doc.has_annotation("DEP"):  # what Token.is_sent_start's setter refuses
            raise ValueError(Errors.E043)
        marks = doc.to_array(SENT_START).astype(numpy.int64)
        marks[list(starts)] = list(starts.values())
        doc.from_array([SENT_START], marks.astype(numpy.uint64))  # type: ignore[arg-type]  # thinc's Ints2d
    return doc


def _break_starts(doc: Doc, breaks: set[int], letters: set[int]) -> dict[int, int]:
    """Token -> 1 (starts a sentence) or -1 (does not), in the order written: after a line break,
    never on one, and after a one-letter name that closes a sentence."""
    n = len(doc)
    starts: dict[int, int] = {}
    for i in sorted({*(j + 1 for j in breaks), *breaks, *(j + 1 for j in letters)}):
        if not 0 < i < n:
            continue
        if i - 1 in breaks:
            starts[i] = 1
        elif i in breaks:
            starts[i] = -1
        elif i - 1 in letters and _letter_closes_sentence(doc[i - 1]):
            starts[i] = 1
    return starts


def _second_words(doc: Doc, breaks: set[int]) -> list[int]:
    """The second word of each paragraph (or line) whose first is a word: it never starts a
    sentence (the parser, reading a paragraph after a headline with no stop, may cut "Security
    sources said ..." into "Security" and "sources said ...", losing the subject's first word)."""
    n = len(doc)
    out: list[int] = []
    for j in breaks:
        first, second = j + 1, j + 2
        if second < n and second not in breaks and (doc[first].is_alpha or _titles(doc[first], doc[second])) \
                and len(doc[first]) > 1 and not doc[second].is_space and not doc[second].is_punct:
            out.append(second)
    return out


_TITLE_WITH_STOP = re.compile(r"[A-Z][a-z]{1,4}\.")


def _titles(first: Token, second: Token) -> bool:
    """A title abbreviated with its stop, kept whole by the tokenizer, before a capitalised name ("Gov. Maria
    Lopez said ...", "Sen. Hall"): the stop ends no sentence (after a heading in capitals the parser may cut
    the title off as a sentence of its own, losing it)."""
    return bool(_TITLE_WITH_STOP.fullmatch(first.text)) and second.text[:1].isupper()


def _where(mask: numpy.ndarray, values: numpy.ndarray) -> tuple[list[int], list[int]]:
    """The indices where ``mask`` is set, and the ``values`` there, as lists."""
    at = numpy.flatnonzero(mask)
    return at.tolist(), values[at].tolist()


_SENTENCE_ENDS = frozenset({".", "?", "!", "”", '"'})
_LABEL_DESCRIPTION = 12  # most words of a speaker's description after the name ("Name, former envoy:")


def transcript_labels(doc: Doc) -> list[tuple[int, int]]:
    """The speaker labels of an interview transcript ("VOA: Do you think ...? Armitage: I'm
    concerned."): at the start of a sentence, a capitalised name, maybe with its description after
    a comma, then a colon; a name that labels two sentences or more (a transcript names its
    speakers again and again; a single "Ukraine: troops attacked" is a headline, not a label).
    Each as (label start, colon index); a label is a sentence of its own, so that it is never a
    word of the sentence it introduces."""
    colons = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[":"]).tolist()
    found: list[tuple[str, int, int]] = []
    for c in colons:
        label = _label_before(doc, c)
        if label is not None:
            found.append((label[0], label[1], c))
    keys = Counter(k for k, _, _ in found)
    return [(s, c) for k, s, c in found if keys[k] >= 2]


def capital_labels(doc: Doc, most: int = 3) -> list[tuple[int, int]]:
    """The labels in capitals opening a paragraph before a colon ("CLAIM: A video shows ...",
    "VERDICT: False.", "ALSO READ: ...", "EDITOR'S NOTE: ..." in fact-checks, liveblogs and
    papers): a word or a few, each in capitals, then the colon. Each as (label start, colon
    index); a label is a sentence of its own, never the subject or verb of the sentence it
    introduces ("CLAIM" read as the verb of "A video shows ..."). A capitalised word inside a
    sentence ("the UN: ...") or a label in title case is none."""
    colons = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[":"]).tolist()
    found = []
    for c in colons:
        start = c
        while start > 0 and c - start < most and doc[start - 1].is_upper and len(doc[start - 1].text.strip("'’")) > 1 \
                and not doc[start - 1].is_space:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if start < c and (before is None or (before.is_space and "\n" in before.text)):
            found.append((start, c))
    return found


def _label_before(doc: Doc, colon: int) -> tuple[str, int] | None:
    """The name of a speaker label ending at ``colon`` (lower case) and its first token, or None."""
    comma = next((i for i in range(colon - 1, max(-1, colon - _LABEL_DESCRIPTION - 2), -1) if doc[i].text == ","), None)
    if comma is not None and any(doc[i].tag_.startswith("VB") or (doc[i].is_punct and doc[i].text != ".")
                                 for i in range(comma + 1, colon)):
        comma = None  # a clause, not a description
    end = comma if comma is not None else colon
    start = end
    while start > 0 and end - start < 4 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
            and doc[start - 1].is_alpha:
        start -= 1
    if start == end:
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text not in _SENTENCE_ENDS and not (before.is_space and "\n" in before.text):
        return None
    return doc[end - 1].lower_, start


def _letter_closes_sentence(tok: Token) -> bool:
    """A one-letter name with its full stop after a preposition and before a word that is no
    name ("said in a post on X. Militants attacked ...", "wrote on X. The army ..."): the stop
    ends the sentence, though the tokenizer reads "X." as an initial. An initial after a name
    ("George W. Bush") or before one ("by J. Smith": a singular proper noun, as the tagger, run
    first, reads it; a plural one, "on X. Militants attacked", is no surname) is left alone."""
    doc = tok.doc
    if len(tok.text) != 2 or tok.i == 0 or tok.i + 1 >= len(doc) or not _LETTER_WITH_STOP.fullmatch(tok.text):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return prev.tag_ == "IN" and nxt.text[:1].isupper() and nxt.tag_ != "NNP" \
        and not _LETTER_WITH_STOP.fullmatch(nxt.text)


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name, once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed. Install the default with "
            "'pip install --require-hashes -r requirements/model.txt' "
            "or set NEWSLEDGER_MODEL to an installed English pipeline."
        ) from exc
    if "parser" in nlp.pipe_names and "newsledger_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_paragraphs", before="parser")
    if "parser" in nlp.pipe_names and "newsledger_headlines" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_headlines", after="parser")  # a headline's verb read as a noun (nlp.headlines)
    if "parser" in nlp.pipe_names and "newsledger_prefixes" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_prefixes", after="newsledger_headlines")  # "lathi-charged" (nlp.prefixes)
    if "parser" in nlp.pipe_names and _titlecase.COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(_titlecase.COMPONENT, last=True)  # a title-case headline read in sentence case (nlp.titlecase)
    log.debug("loaded spaCy model %s with %s", name, nlp.pipe_names)
    return nlp


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph begins (paragraphs are split by blank lines)."""
    starts = [0]
    for m in PARAGRAPH_BREAK.finditer(text):
        starts.append(m.end())
    return starts


@dataclass
class ParsedDoc:
    """An article with its spaCy parse and layout; the input of every extraction stage."""

    article: Article
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _spacy_sents: list[tuple[int, Span]] | None = field(default=None, repr=False)
    _ents: tuple[list[Span], list[int]] | None = field(default=None, repr=False)
    _offsets: tuple[list[int], list[int], list[int]] | None = field(default=None, repr=False)
    _cased: str | None = field(default=None, repr=False)

    @classmethod
    def build(cls, article: Article, doc: Doc) -> ParsedDoc:
        para_starts = paragraph_starts(article.text)
        sentences: list[Sentence] = []
        same = text_length(doc) == len(article.text)  # the doc of this text: its words cut from it
        for sent in doc.sents:
            text = article.text[sent.start_char:sent.end_char] if same else sent.text
            if not text.strip():
                continue
            lead = len(text) - len(text.lstrip())
            start = sent.start_char + lead
            end = sent.start_char + len(text.rstrip())
            para = bisect.bisect_right(para_starts, start) - 1
            sentences.append(Sentence(index=len(sentences), paragraph=para, start=start, end=end))
        pd = cls(article=article, doc=doc, sentences=sentences, _para_starts=para_starts)
        pd._sent_starts = [s.start for s in sentences]
        return pd

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def cased_text(self) -> str:
        """The text with each title-case headline in sentence case, character for character
        (:func:`.titlecase.cased_text`): what a stage reading capitals off the text reads."""
        if self._cased is None:
            self._cased = _titlecase.cased_text(self.doc, self.article.text)
        return self._cased

    @property
    def article_id(self) -> str:
        return self.article.id

    def sentence_index(self, char: int) -> int:
        """The index of the sentence holding character offset ``char`` (nearest before it)."""
        i = bisect.bisect_right(self._sent_starts, char) - 1
        return max(i, 0)

    def paragraph_index(self, char: int) -> int:
        return max(bisect.bisect_right(self._para_starts, char) - 1, 0)

    def paragraph_span(self, index: int) -> tuple[int, int]:
        """Start and end offsets of paragraph ``index`` (trailing whitespace excluded)."""
        start = self._para_starts[index]
        end = self._para_starts[index + 1] if index + 1 < len(self._para_starts) else len(self.text)
        return start, start + len(self.text[start:end].rstrip())

    @property
    def n_paragraphs(self) -> int:
        return len(self._para_starts)

    def spacy_sentences(self) -> Iterator[tuple[int, Span]]:
        """(sentence index, spaCy span) for every non-empty sentence (found once per document:
        every stage asks)."""
        if self._spacy_sents is None:
            sents = []
            same = text_length(self.doc) == len(self.text)
            for sent in self.doc.sents:
                text = self.text[sent.start_char:sent.end_char] if same else sent.text  # without joining its tokens
                if not text.strip():
                    continue
                sents.append((self.sentence_index(sent.start_char + (len(text) - len(text.lstrip()))), sent))
            self._spacy_sents = sents
        yield from self._spacy_sents

    @property
    def tokens(self) -> list[Token]:
        """The document's tokens, made once: ``doc[i]``, and every walk over the document or a
        sentence, makes a new spaCy ``Token`` object each time, and the stages walk it many
        times. They are those of the document's :func:`~newsledger.nlp.tree.tree`, which the
        syntax helpers read. ``pd.tokens[i]`` is ``doc[i]``, ``pd.tokens[span.start:span.end]`` the tokens of
        ``span`` (equal tokens: spaCy compares tokens by document and index)."""
        return tree(self.doc).tokens

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens of ``span`` (a sentence, an entity ...), from :attr:`tokens`: what iterating
        the span gives, without making them anew."""
        return self.tokens[span.start:span.end]

    @property
    def entities(self) -> list[Span]:
        """``doc.ents``, found once (spaCy makes every entity anew on each call)."""
        return self._entities()[0]

    def _entities(self) -> tuple[list[Span], list[int]]:
        if self._ents is None:
            ents = list(self.doc.ents)
            self._ents = ents, [e.start for e in ents]
        return self._ents

    def ents_in(self, span: Span) -> list[Span]:
        """``span.ents``: the named entities wholly inside ``span``, in order, from the document's
        entities found once (spaCy's ``Span.ents`` makes every entity of the document anew)."""
        ents, starts = self._entities()
        out = []
        for ent in itertools.islice(ents, bisect.bisect_left(starts, span.start), None):
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens of the characters ``start:end``, expanded to whole tokens, as (first, past
        the last): ``doc.char_span(start, end, alignment_mode="expand")``'s, or None where it gives
        None, found from the tokens' offsets, read once (``Doc.char_span`` makes five tokens per
        call to find them)."""
        starts, ends, outer = self._token_offsets()
        first = bisect.bisect_right(starts, start) - 1  # the token whose text or trailing space holds start
        if first < 0 or start >= outer[first]:
            return None
        last = bisect.bisect_right(starts, end - 1) - 1
        if last < 0 or end - 1 >= outer[last]:
            return None
        if start == ends[first]:  # in the space after a token: not that token
            first += 1
        return first, last + 1

    def _token_offsets(self) -> tuple[list[int], list[int], list[int]]:
        """Each token's first character, end, and end with its trailing space."""
        if self._offsets is None:
            cols = self.doc.to_array([IDX, LENGTH, SPACY]).astype(numpy.int64)
            starts = cols[:, 0]
            self._offsets = starts.tolist(), (starts + cols[:, 1]).tolist(), cols.sum(axis=1).tolist()
        return self._offsets

    def span_chars(self, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``."""
        found = self.token_range(start, end)
        return None if found is None else Span(self.doc, found[0], found[1])

    def token_at(self, char: int) -> Token | None:
        found = self.token_range(char, min(char + 1, len(self.text)))
        return self.tokens[found[0]] if found is not None and found[1] > found[0] else None


def parse(article: Article, nlp: Language, names: _titlecase.TitleNames | None = None) -> ParsedDoc:
    """Parse one article; ``names`` are the names a title-case headline keeps capitalised
    (:mod:`.titlecase`)."""
    return ParsedDoc.build(article, nlp(article.text, component_cfg=component_cfg(nlp, names)))


def parse_many(
    articles: Iterable[Article], nlp: Language, batch_size: int = 16, names: _titlecase.TitleNames | None = None,
) -> Iterator[ParsedDoc]:
    """Parse articles with ``nlp.pipe``; each article travels with its text as context."""
    pairs: Iterable[tuple[str, Any]] = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, component_cfg=component_cfg(nlp, names)):
        yield ParsedDoc.build(article, doc)


def component_cfg(nlp: Language, names: _titlecase.TitleNames | None) -> dict[str, dict[str, Any]]:
    """The settings of the newsledger components for one call of ``nlp``: the names a title-case
    headline keeps (none when the model has no such component)."""
    if names is None or _titlecase.COMPONENT not in nlp.pipe_names:
        return {}
    return {_titlecase.COMPONENT: {"names": names}}


def in_prepositional_phrase(tok: Token, prepositions: Collection[str], *, lemma: bool = False) -> bool:
    """Is ``tok`` the object of one of ``prepositions``, directly ("in Baku"), through a
    coordination, apposition, compound or possessive ("near Macedonia's border"), or through
    "of" phrases ("outside of Basra", "the town of Samarra")? Prepositions are compared by
    their lower-case form, or by lemma with ``lemma=True``."""

    def word(t: Token) -> str:
        return t.lemma_.lower() if lemma else t.lower_

    t = tok
    for _ in range(4):
        while t.dep_ in ("conj", "appos", "compound", "poss") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if word(prep) in prepositions:
            return True
        if word(prep) != "of" or prep.head.i == prep.i:
            return False
        if word(prep.head) in prepositions:
            return True  # "outside of Basra"
        if prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        t = prep.head  # "the town of Samarra"
    return False
