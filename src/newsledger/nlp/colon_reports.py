"""A report that opens a list with a colon: "The disaster authority listed the dead by district:
Swat 22, Buner 14", "OCHA's latest update gives these numbers: 1.2 million displaced, 430
schools closed". The clause before the colon has a reporting verb with a subject and no content
of its own there; the figures after the colon on the same line, up to the end of the sentence,
are its subject's, or its issuer's when the subject is a document ("OCHA's update": OCHA). Lines
after a colon are not read: in a body's own release they are its own voice ("The Commission has
documented the following:" over a dashed list), which measured worse on an incident probe's check
half."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .attribution import AttributionWords, Source, issuer, source_of, verb_subject
from .reporters import no_one, other_sense, reporting

# the dependencies of a clause's own content: a report with one of these before the colon says
# something of its own there ("Officials said the raid had one aim: ...")
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
# the punctuation that closes a sentence: a list after a colon runs up to one
_STOPS = frozenset({".", "!", "?"})


def colon_reporter(anchor: Token, verbs: Collection[str], words: AttributionWords) -> Source | None:
    """The source of a figure listed after a colon that closes a report with no content of its
    own (module doc); None when no such report opens the figure's list."""
    verb = next((v for v in map(lambda c: _listing_verb(c, verbs, words), _colons_before(anchor)) if v), None)
    if verb is None:
        return None
    subj = verb_subject(verb)
    if subj is None or subj.pos_ == "PRON" or no_one(subj, words):
        return None
    who = issuer(subj, words)
    if who.i == subj.i and (subj.lower_ in words.count_nouns or subj.lemma_.lower() in words.count_nouns):
        return None  # "The toll stood as follows:": what is counted, not who counts
    return source_of(who)


def _colons_before(anchor: Token) -> list[Token]:
    """The colons before the figure on its line with no sentence stop between them, nearest first
    (a colon that labels the figure's own item, "Nairobi: 12", comes before the one that opened
    the list)."""
    doc = anchor.doc
    colons: list[Token] = []
    for tok in reversed(doc[max(0, anchor.sent.start - 40):anchor.i]):
        if tok.text in _STOPS or "\n" in tok.text_with_ws:
            break  # a list runs on within its line: lines after a colon may be a release's own voice
        if tok.text == ":":
            colons.append(tok)
    return colons


def _listing_verb(colon: Token, verbs: Collection[str], words: AttributionWords) -> Token | None:
    """The reporting verb of the clause a colon closes: one before the colon in its clause, with
    no content of its own before the colon; a verb of ``count_verbs`` only with a count or a
    document as its object ("gives these numbers"), never one in another sense."""
    doc = colon.doc
    start = doc[colon.i - 1].sent.start if colon.i > 0 else 0
    for tok in doc[start:colon.i]:
        if tok.dep_ not in ("ROOT", "ccomp") and tok.head.i < colon.i:
            continue  # a verb inside the clause, not its head
        if not reporting(tok, verbs) or other_sense(tok, words):
            continue
        if any(c.dep_ in _CONTENT_DEPS and c.i < colon.i for c in tok.children):
            return None
        if tok.lemma_.lower() in words.count_verbs and not any(
                c.dep_ == "dobj" and (c.lower_ in words.count_nouns or c.lower_ in words.source_documents)
                for c in tok.children):
            return None
        return tok
    return None
