"""Title-case headlines re-read from a sentence-cased copy ("Israeli Strike Kills 12 in Gaza Refugee
Camp" read as "Israeli strike kills 12 in Gaza refugee camp").

Outlets write their titles in title case, every content word capitalised. Trained on prose, the
small model reads a capital as a name: "Strike Kills" a person, "Refugee Camp" a place, the verb a
plural proper noun. A headline whose content words are all capitalised (:func:`title_cased`) is
parsed again from a copy written in sentence case (:func:`sentence_cased`): every word lower-cased
except its first word, all-capital acronyms ("UN", "RSF"), the names the pipeline's actor lexicon
knows, matched as written there ("Gaza", "West Bank", "Line of Control"; an acronym written in
title case, "Un", put back in capitals), and words no English dictionary of the model knows (a
place the lexicon lacks, "Churachandpur"). The copy has the text's length, character for character,
so its tokens are the headline's at the same offsets; their tags, lemmas, parse and entities are
written over the first reading (the spaCy component ``newsledger_titlecase``, last in the
pipeline), and every record still points at the headline's own words. A sentence-case headline, a
sentence of prose, or a copy the tokenizer splits otherwise, is left as it was.

The names come with each call (``component_cfg={"newsledger_titlecase": {"names": ...}}``: the
:class:`~newsledger.pipeline.Pipeline` passes its own lexicon's, so two pipelines never share
them); without them only the first word, acronyms and unknown words keep their capitals.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .headlines import headline
from .words import MONTH_NAMES, WEEKDAYS

log = logging.getLogger(__name__)

COMPONENT = "newsledger_titlecase"
MOST_TOKENS = 30  # a longer line is no headline
LEAST_CAPITALISED = 3  # content words a title-case headline has at the least
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
INSIDE, BEGIN = 1, 3  # ENT_IOB codes: inside an entity, beginning one
PERSON_OR_NONE = frozenset({"PERSON", ""})  # what the copy may read a person's unknown word as
COMPOUND_PART = 3  # the shortest word of a compound ("air" of "airstrike")
MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)
COPIES_KEY = "newsledger.titlecase"  # doc.user_data: [(first character, sentence-cased copy), ...]


@dataclass(frozen=True)
class TitleNames:
    """The names that keep their capitals in a sentence-cased copy: each name's lower-case words
    -> the name as the lexicon writes it (forms with no capital, "army", are no names)."""

    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def build(cls, written: Iterable[str]) -> TitleNames:
        forms: dict[tuple[str, ...], str] = {}
        for form in sorted(set(written)):
            words = form.split()
            if words and any(c.isupper() for c in form):
                forms.setdefault(tuple(w.lower() for w in words), form)
        return cls(forms, max((len(k) for k in forms), default=0))


def title_cased(sent: Span, known: frozenset[str]) -> bool:
    """A headline (:func:`.headlines.headline`: a line with no final stop, not long) whose content words
    are all capitalised, at least three of them, one of them at least an English word (a line of
    names only says nothing of case). Content words: alphabetic, not stop words, not glued after a
    hyphen ("Hamas-run" in a title-case headline)."""
    if len(sent) > MOST_TOKENS or not headline(sent):
        return False
    content = [t for t in sent if t.is_alpha and not t.is_stop and not glued(t)]
    return len(content) >= LEAST_CAPITALISED and all(t.text[:1].isupper() for t in content) \
        and any(not t.is_upper and t.lower_ in known for t in content)


def glued(tok: Token) -> bool:
    """The word follows a hyphen with no space between ("run" of "Hamas-run")."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_


def sentence_cased(sent: Span, names: TitleNames, known: frozenset[str], people: Collection[int] = ()) -> str:
    """The sentence's text in sentence case, character for character as long (see the module
    docs): a known name written as the lexicon writes it (or a person's name, :func:`person_names`),
    the first word, acronyms, unknown words
    (:func:`english`), a number word after a word kept ("BBC One") and
    the names of days and dated months as they stand, every other word lower-cased."""
    base = sent.start_char
    chars = list(sent.text)
    named = name_spans(sent, names) | {i: sent.doc[i].text for i in people}
    first = next((t.i for t in sent if t.is_alpha), None)
    kept = False  # the word before keeps its capitals
    for tok in sent:
        if not tok.is_alpha or tok.i == first or tok.i in named:
            kept = tok.is_alpha
            continue
        kept = (tok.is_upper and len(tok) > 1) or not english(tok.lower_, known) or calendar(tok) \
            or (kept and tok.like_num)  # a number word naming with the name before it ("BBC One")
        if kept:
            continue
        for k in range(tok.idx - base, tok.idx - base + len(tok)):
            low = chars[k].lower()
            chars[k] = low if len(low) == 1 else chars[k]
    for i, form in named.items():
        tok = sent.doc[i]
        if len(form) == len(tok) and form.lower() == tok.lower_:
            chars[tok.idx - base:tok.idx - base + len(tok)] = form
    return "".join(chars)


def person_names(sent: Span, again: Doc, known: frozenset[str], named: Collection[int] = ()) -> set[int]:
    """The tokens of each person's name of the first reading that holds a word no English dictionary
    knows ("Carla Hoffmann": "Hoffmann" is an English word too, "Carla" none) and that the copy reads
    as a name still (a headline holding one keeps its first reading: lower-cased, the name's English
    words may break it): no verb or plural noun in it, its unknown words no place, group or body
    ("Houthis Fire Missiles", "Churachandpur Raid" are none), and none of them a name of the lexicon
    (``named``: "Maduro Dictatorship" is a ruler's name before a common noun)."""
    out: set[int] = set()
    for ent in sent.ents:
        words = [t for t in ent if t.is_alpha]
        unknown = [t for t in words if not english(t.lower_, known)]
        if ent.label_ != "PERSON" or len(words) < 2 or not unknown or any(t.i in named for t in words):
            continue
        copy = [again[t.i - sent.start] for t in words]
        if any(c.tag_.startswith("VB") or c.tag_ == "NNS" for c in copy):
            continue
        if all(again[t.i - sent.start].ent_type_ in PERSON_OR_NONE for t in unknown):
            out.update(t.i for t in words)
    return out


def english(word: str, known: frozenset[str]) -> bool:
    """The model knows the word, or it joins two words it knows that are no stop words
    ("ceasefire", "airstrikes"; not "Younis")."""
    return word in known or any(
        word[:k] in known and word[k:] in known and word[:k] not in STOP_WORDS and word[k:] not in STOP_WORDS
        for k in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1))


def calendar(tok: Token) -> bool:
    """A weekday's name, or a month's next to a number ("March 3"; not "Protesters March On")."""
    if tok.lower_ in WEEKDAYS:
        return True
    doc = tok.doc
    return tok.lower_ in MONTH_WORDS and any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1))


def name_spans(sent: Span, names: TitleNames) -> dict[int, str]:
    """Token index -> its word as a known name writes it, for the longest names found from left to
    right over the sentence's words (possessive "'s" and punctuation left out); a name of one word
    only as :func:`one_word_name` allows."""
    words = [t for t in sent if not t.is_punct and t.lower_ not in ("'s", "’s")]
    out: dict[int, str] = {}
    i = 0
    while i < len(words):
        for n in range(min(names.longest, len(words) - i), 0, -1):
            key = tuple(t.lower_ for t in words[i:i + n])
            form = names.forms.get(key)
            if form is None or (n == 1 and not one_word_name(words[i], form)) or not adjacent(words[i:i + n]):
                continue
            out.update({t.i: w for t, w in zip(words[i:i + n], form.split(), strict=True)})
            i += n - 1
            break
        i += 1
    return out


def one_word_name(tok: Token, form: str) -> bool:
    """A word is the one-word name ``form`` when it is no stop word ("Us", "Who" are pronouns) and
    is written as the name is or in the name's title case ("Gaza"), or the name is an acronym
    ("Un" for "UN"); a name with capitals inside ("LeT") only as written ("Let" is the verb)."""
    if tok.is_stop:
        return False
    return tok.text == form or form.isupper() or form == form[:1].upper() + form[1:].lower()


def adjacent(tokens: list[Token]) -> bool:
    """The tokens follow one another in the text with nothing but spaces between them."""
    return all(b.i == a.i + 1 for a, b in itertools.pairwise(tokens))


def known_words(nlp: Language) -> frozenset[str]:
    """The English words the model's rule lemmatizer knows, with their inflected forms as its rules
    make them ("kills", "militants"), and the stop words; empty for a model without those tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    exc = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    words: set[str] = set(nlp.Defaults.stop_words)
    for pos in index:
        base = set(index[pos])
        words |= base
        words |= set(exc.get(pos, {}) or {})
        for old, new in rules.get(pos, []) or []:
            words |= {w[:len(w) - len(new)] + old for w in base if w.endswith(new) and (new or old)}
    return frozenset(w for w in words if "_" not in w)


def reread_title_case(nlp: Language, doc: Doc, names: TitleNames, known: frozenset[str]) -> Doc:
    """The doc with each title-case headline's tags, lemmas, parse and entities read from its
    sentence-cased copy (see the module docs)."""
    if not known or not doc.has_annotation("DEP"):
        return doc
    copies: list[tuple[Span, Doc]] = []
    for sent in lines(doc):
        if not title_cased(sent, known):
            continue
        text = sentence_cased(sent, names, known)
        if text == sent.text:
            continue
        again = read_copy(nlp, text)
        if person_names(sent, again, known, set(name_spans(sent, names))):
            continue  # a person's name the lexicon lacks: the first reading kept it whole
        if aligned(sent, again):
            copies.append((sent, again))
            log.debug("title-case headline re-read: %r as %r", sent.text, text)
    if copies:
        write(doc, copies)
        doc.user_data[COPIES_KEY] = [(sent.start_char, again.text) for sent, again in copies]
    return doc


def read_copy(nlp: Language, text: str) -> Doc:
    """The copy read by every component of the pipeline but this one."""
    again = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != COMPONENT:
            again = proc(again)
    return again


def cased_text(doc: Doc, text: str) -> str:
    """``text`` (the doc's, character for character) with each re-read title-case headline written
    as its sentence-cased copy: what a stage that reads words, not names, off the text's capitals
    reads ("Kills Seven" is no name like "BBC One"; "Iranian-backed")."""
    copies = doc.user_data.get(COPIES_KEY) or []
    if not copies or len(text) != len(doc.text):
        return text
    parts, at = [], 0
    for start, copy in sorted(copies):
        parts += [text[at:start], copy]
        at = start + len(copy)
    return "".join([*parts, text[at:]])


def lines(doc: Doc) -> list[Span]:
    """The doc's lines (the tokens between line breaks, spaces left out at either end): a headline
    is a line of its own, whatever sentences the first reading cut it into ("Police Say 5" and
    "Dead After Shooting in ...")."""
    out: list[Span] = []
    start: int | None = None
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if start is not None:
                out.append(doc[start:tok.i])
            start = None
            continue
        if start is None and not tok.is_space:
            start = tok.i
        if start is not None and "\n" in tok.whitespace_:
            out.append(doc[start:tok.i + 1])
            start = None
    if start is not None:
        out.append(doc[start:len(doc)])
    return [trimmed(s) for s in out if s.text.strip()]


def trimmed(span: Span) -> Span:
    """The span without the space tokens at its end."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[span.start:end]


def aligned(sent: Span, again: Doc) -> bool:
    """The copy's tokens are the sentence's, one to one, at the same offsets."""
    return len(again) == len(sent) and all(
        a.idx == t.idx - sent.start_char and len(a) == len(t) for a, t in zip(again, sent, strict=True))


def write(doc: Doc, copies: list[tuple[Span, Doc]]) -> None:
    """Write the copies' tags, lemmas, parse and entities into ``doc`` (one pass over its arrays)."""
    arr = doc.to_array(ATTRS)
    iob = ATTRS.index(ENT_IOB)
    for sent, again in copies:
        arr[sent.start:sent.end] = again.to_array(ATTRS)
        if sent.end < len(doc) and arr[sent.end, iob] == INSIDE:
            arr[sent.end, iob] = BEGIN  # an entity of the first reading running on past the headline
    doc.from_array(ATTRS, arr.astype(numpy.uint64))


class TitleCaseRereader:
    """The spaCy component (last in the pipeline) that re-reads title-case headlines; see
    :func:`reread_title_case`. The model's known words are read once, on the first call."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.known: frozenset[str] | None = None

    def __call__(self, doc: Doc, names: TitleNames | None = None) -> Doc:
        if self.known is None:
            self.known = known_words(self.nlp)
        return reread_title_case(self.nlp, doc, names or TitleNames(), self.known)


@Language.factory(COMPONENT)
def make_title_case_rereader(nlp: Language, name: str) -> TitleCaseRereader:
    return TitleCaseRereader(nlp)


__all__ = ["COMPONENT", "COPIES_KEY", "TitleCaseRereader", "TitleNames", "cased_text", "known_words", "make_title_case_rereader",
           "name_spans", "reread_title_case", "sentence_cased", "title_cased"]
