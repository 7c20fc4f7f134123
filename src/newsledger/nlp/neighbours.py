"""Attribution from a neighbouring sentence: the source that the sentence after a figure's
gives for it ("Local officials disclosed this.", "That is according to the ministry."), a
report with no content of its own just before it ("The ministry said in a statement:"), or the
subject before that a pronoun source stands for ("The ministry issued a new toll. It said ...")."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from .attribution import AttributionWords, Source, source_of, verb_subject
from .reporters import reporting
from .tree import children
from .words import DEMONSTRATIVES, GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS

# the prepositions of the phrase that names the happening a figure's sentence tells of
_HAPPENING_PREPOSITIONS = frozenset({"in", "during"})
# the words a report with no content of its own has: its subject and circumstances
_CONTENTLESS_DEPS = frozenset({"nsubj", "prep", "npadvmod", "advmod", "aux", "neg", "punct", "cc", "tmod"})


def next_sentence_reporter(sent: Span, verbs: Collection[str], words: AttributionWords) -> Source | None:
    """The source a following sentence gives for the figures before it: the subject of a
    reporting verb whose object points back at them ("Local officials disclosed this.",
    "The ministry gave the figures."), or the source a sentence about them names ("That is
    according to the ministry.", "The figures come from the ministry."), or the closing reporter
    of a sentence that goes on about the happening the figure's sentence tells of, named again
    by a definite description ("... killed in a shooting operation ... The operation took place
    at a bus stop ..., Hebrew-language media reported.")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    back = _pointing_back(nxt, words) or _identified_giver(nxt, words)
    if back is not None:
        return back
    for tok in nxt:
        if not reporting(tok, verbs) or any(c.dep_ in ("ccomp", "xcomp") for c in children(tok)):
            continue
        obj = next((c for c in children(tok) if c.dep_ in ("dobj", "advmod")), None)
        if obj is None or " ".join(t.lower_ for t in obj.subtree) not in words.anaphoric_objects:
            continue
        subj = verb_subject(tok)
        if subj is not None and subj.pos_ != "PRON":
            return source_of(subj)
    return _echoing_report(sent, nxt, verbs)


def _echoing_report(sent: Span, nxt: Span, verbs: Collection[str]) -> Source | None:
    """The nominal subject of the closing reporting verb of ``nxt`` ("..., X reported") whose
    reported clause before it has as subject a definite description ("The operation", "This
    attack") of a noun the figure's sentence ``sent`` holds: the report goes on about the same
    happening, so it gives the source of what the sentence before told of it."""
    root = nxt.root
    if not reporting(root, verbs):
        return None
    said = [c for c in children(root) if c.dep_ == "ccomp" and c.i < root.i]
    subj = verb_subject(root)
    if not said or subj is None or subj.pos_ == "PRON" or subj.i < said[0].i:
        return None
    told = next((c for c in children(said[0]) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if told is None or told.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", *DEMONSTRATIVES) for c in children(told)):
        return None
    # the happening the sentence tells of: a noun in a phrase of circumstance ("killed in a
    # shooting operation"), not its doer ("The militia shelled the market, killing 60")
    nouns = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in _HAPPENING_PREPOSITIONS}
    return source_of(subj) if told.lemma_.lower() in nouns else None


def _pointing_back(sent: Span, words: AttributionWords) -> Source | None:
    """A sentence about the figures before it that names their source: "That is according to
    the ministry.", "The figures come from the ministry.", "The toll was given by the ministry."
    (its subject points back; a "from"/"by"/"according to" phrase names who gives them), or says
    what they are: "That is the count given by the ministry.", "Those are the figures from the
    ministry." (a count noun as the predicate, with its giver); also as the clause a speaker
    reports ("The figures were provided by the ministry, the spokeswoman said.": the ministry)."""
    root = sent.root
    said = next((c for c in children(root) if c.dep_ == "ccomp" and c.i < root.i), None)
    if said is not None and root.lemma_.lower() in words.reporting_verbs:
        root = said
    subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (" ".join(t.lower_ for t in subj.subtree) in words.anaphoric_objects
                            or demonstrative_count(subj, words)):
        return None
    predicate = next((c for c in children(root) if c.dep_ == "attr"), None) if root.lemma_ == "be" else None
    if predicate is not None and predicate.lemma_.lower() in words.count_nouns | {w.rstrip("s") for w in words.count_nouns}:
        return _giver(predicate, words)
    for c in children(root):
        # "The figures come from X", "The toll was given by X", "That is according to X"
        if (c.dep_ in ("prep", "agent") and c.lower_ in words.issuer_prepositions) or (
                c.dep_ == "prep" and (c.lower_ == "according" or root.lower_ == "according")):
            obj = next((g for g in c.subtree if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return source_of(obj)
    return None


def _identified_giver(sent: Span, words: AttributionWords) -> Source | None:
    """A sentence that opens by identifying the figures before it with a count or document and
    the agent of a verb of giving it out: a demonstrative subject of "be" whose attribute is a count
    noun with a reporting participle and its "by" agent ("That is the toll given on Sunday by the
    governor", "This was the figure released by the ministry"). The parser may hang the sentence
    on a clause after it, so its first word, not its root, is read. A count whose participle is no
    reporting verb ("That is the toll caused by the fire") or with no agent ("That is the highest
    toll this year") gives none."""
    first = sent[0]
    be = first.head
    if first.lower_ not in DEMONSTRATIVES or first.dep_ != "nsubj" or be.lemma_ != "be":
        return None
    attr = next((c for c in children(be) if c.dep_ == "attr"), None)
    nouns = words.count_nouns | words.source_documents
    if attr is None or (attr.lower_ not in nouns and attr.lemma_.lower() not in nouns):
        return None
    return _giver(attr, words)


def _giver(count: Token, words: AttributionWords) -> Source | None:
    """Who gives a count noun: the object of its "by"/"from" phrase, on the noun ("the toll from
    the ministry") or on a participle of giving describing it ("the count given by the ministry";
    not "the toll caused by the fire"); not an "of" phrase, which says what is counted ("the count
    of the dead"), unless its object is the name of one body with its article ("That is the count
    of the Kenya Medical Association": a body's count, as a possessive would say; not "the toll
    of Palestinians", "the count of the dead")."""
    giving = words.reporting_verbs | words.count_verbs | words.issue_verbs  # not "the toll caused by the fire"
    holders = [count] + [c for c in children(count) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in giving]
    for h in holders:
        for c in children(h):
            if c.dep_ in ("prep", "agent") and c.lower_ in words.issuer_prepositions:
                obj = next((g for g in children(c) if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and (c.lower_ != "of" or _named_body(obj)):
                    return source_of(obj)
    return None


def _named_body(tok: Token) -> bool:
    """A singular proper name with "the" ("the Kenya Medical Association", "the UN"): one body."""
    return tok.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok))


def demonstrative_count(noun: Token, words: AttributionWords) -> bool:
    """A count noun with a demonstrative and nothing else ("That estimate", "these tallies"): it
    points back at the figures just given."""
    rest = [t for t in noun.subtree if t.i != noun.i]
    return noun.lemma_.lower() in words.count_nouns | {w.rstrip("s") for w in words.count_nouns} \
        and len(rest) == 1 and rest[0].dep_ == "det" and rest[0].lower_ in DEMONSTRATIVES


def previous_sentence_reporter(sent: Span, verbs: Collection[str]) -> Source | None:
    """A report with no content of its own just before the figure's sentence: "The ministry
    said in a statement:" or "The ministry said on Tuesday." (its subject gives what follows)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    if not reporting(root, verbs):
        return None
    if any(c.dep_ not in _CONTENTLESS_DEPS for c in children(root)):
        return None  # the report has content of its own
    subj = verb_subject(root)
    return source_of(subj) if subj is not None and subj.pos_ != "PRON" else None


def previous_subject(sent: Span, pronoun: str,
                     is_person: Callable[[int, int], bool | None] | None = None) -> Source | None:
    """What a pronoun source opening onto no actor stands for: the subject of the sentence before
    ("Sheikh Hasina addressed parliament. She said 150 people had died": Sheikh Hasina; "The
    ministry issued a new toll. ..., it said": the ministry), a noun whose kind fits the pronoun
    (a person for "he"/"she", no person for "it", a plural for "they"; whether it is a person is
    the actor's type by ``is_person`` over its char range when that knows, else its entity type);
    None otherwise."""
    doc = sent.doc
    if sent.start == 0:
        return None
    subj = verb_subject(doc[sent.start - 1].sent.root)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    src = source_of(subj)
    person = is_person(src.start, src.end) if is_person is not None else None
    if person is None:
        person = subj.ent_type_ == "PERSON" or (subj.pos_ == "NOUN" and not subj.ent_type_)
    word = pronoun.lower()
    plural = subj.tag_ in ("NNS", "NNPS")
    fits = (word in PERSON_PRONOUNS and not plural and person) \
        or (word in THING_PRONOUNS and not plural and subj.ent_type_ != "PERSON") \
        or (word in GROUP_PRONOUNS and plural)
    return src if fits else None


__all__ = ["next_sentence_reporter", "previous_sentence_reporter", "previous_subject"]
