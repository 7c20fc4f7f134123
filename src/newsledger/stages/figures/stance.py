"""The stance of a figure: "there are not 500 dead" (negated), "the army denied that 30 were
killed" (denied), "officials could not confirm that 40 died" (uncertain); read by
:func:`newsledger.nlp.stance.stance_of` from the clauses above the figure's number."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.contrast import span_head
from ...nlp.stance import called_false
from ...nlp.stance_frames import framed_stance
from ...nlp.stance_words import StanceWords
from ...nlp.syntax import is_verb
from ...records import Figure
from .figure_stance_described import described_in_apposition
from .figure_stance_modes import figure_mode
from .refuted import answered_no, not_true
from .types import KIND_DURATION


def number_token(doc: ParsedDoc, f: Figure) -> Token | None:
    """The token of the figure's number (its first numeral), else the head of its words."""
    span = doc.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.like_num or t.pos_ == "NUM"), None) or span_head(doc, f.start, f.end)


def with_stance(doc: ParsedDoc, f: Figure, words: StanceWords,
                prospects: Mapping[str, str] | None = None, negated_states: re.Pattern[str] | None = None,
                estimate_verbs: frozenset[str] = frozenset({"be"})) -> Figure:
    """``f`` with its stance (unchanged when asserted); a casualty figure asserted under a
    modal is a prospect (``prospects``: modal -> stance; :func:`prospect`); a count whose
    measure is a failed rescue ("Two of them we could not save": ``negated_states``) is asserted,
    its negation is the death, and so is a count in an apposition on a participant (:mod:`.figure_stance_described`:
    "Tom Reyes, a veteran of 22 years, found no fault"). A figure with no casualty measure takes the mode of its clause
    (:mod:`.figure_stance_modes`: "urged the council to spend $40 million": requested)."""
    tok = number_token(doc, f)
    # a count the text finds no evidence for is no one's claim of it ("found no evidence that more
    # than 20 people were killed"): negated, not left open as a hedged claim
    stance = framed_stance(tok, words, unsupported="negated") if tok is not None else "asserted"
    failed = tok is not None and f.measure is not None and negated_states is not None \
        and negated_states.search(doc.text[f.end:tok.sent.end_char]) is not None
    if stance == "negated" and (failed or (f.kind == KIND_DURATION and tok is not None and _extent(tok, words))
                                or (tok is not None and (_reached(tok, words) or described_in_apposition(tok, words)))):
        stance = "asserted"
    if stance == "asserted" and tok is not None and (
            refuted_after(tok, words) or unsupported_after(tok, words, quoted=f.quote_id is not None)
            or superseded(tok, words) or answered_no(tok, words)):
        stance = "negated"
    if stance == "asserted" and not failed and tok is not None and f.measure is not None and prospects:
        stance = prospect(tok, prospects, estimate_verbs) or stance
    if stance == "asserted" and tok is not None and f.measure is None:
        stance = figure_mode(tok, words) or stance  # "urged it to spend $40 million", "will hire 400"
    return f if stance == f.stance else f.replace(stance=stance)


# determiners that make a noun of proposition the one just reported ("The claim is false")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def refuted_after(tok: Token, words: StanceWords) -> bool:
    """A reported count (under a verb of saying or a noun of claim in its sentence) that the next sentence calls
    false in the text's own voice, its subject the claim just reported ("Posts claim that 200
    people died. The claim is false.", "... That is untrue."): the text says it is not so. A
    sentence that reports someone calling it false ("This is a lie, the army said") is not the
    text's voice, and a count the text states itself is no one's claim to refute."""
    if not any((is_verb(a) and _lemma(a) in words.report_verbs) or _lemma(a) in words.proposition_nouns
               for a in tok.ancestors):
        return False  # not under "claim that ..." or "the claim that ..."
    doc, end = tok.doc, tok.sent.end
    if end >= len(doc):
        return False
    root = doc[end].sent.root
    for c in root.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        claim = c.lower_ in words.demonstratives or (
            _lemma(c) in words.proposition_nouns and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children))
        if claim and (called_false(c, words) or not_true(root, words)):  # "... That is not the case."
            return True
    return False


# a support noun with a clause of its own ("found no evidence that more than 45 were killed") is
# about that clause, not the count before it
_OWN_CLAUSE = frozenset({"acl", "ccomp", "relcl"})
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")


def superseded(tok: Token, words: StanceWords) -> bool:
    """A count a correction note withdraws: under a verb of saying whose subject is an earlier
    version of the text (``superseded_versions``: "An earlier version of this article said the
    commission had documented six deaths. ... We regret the error."), when the note calls it a
    mistake; not a count a report gave ("A previous report by the ministry said 30 died"), nor one
    of a version updated since."""
    verbs = words.report_verbs | words.giving_verbs
    for a in tok.ancestors:
        if not (is_verb(a) and (_lemma(a) in verbs or _misstating(a, words))):
            continue
        # the parser may make a label before the note a second subject ("Correction: A previous ...")
        if any(f"{m.lower_} {_lemma(subj)}" in words.superseded_versions
               for subj in a.children if subj.dep_ == "nsubj" for m in subj.children if m.dep_ == "amod"):
            return _called_a_mistake(a, words)
        if _own_earlier_saying(a, words):
            return _called_a_mistake(a, words)
    return False


def _misstating(verb: Token, words: StanceWords) -> bool:
    """A verb of saying wrongly, by its lemma or its inflected form (the lemmatiser may cut
    "misreported" to "misreporte")."""
    return _lemma(verb) in words.misstating_verbs or any(verb.lower_.startswith(v) for v in words.misstating_verbs)


# the subjects by which a text speaks of itself in a correction note ("we earlier reported", "it previously stated")
_SELF_SUBJECTS = frozenset({"we", "it"})


def _own_earlier_saying(verb: Token, words: StanceWords) -> bool:
    """The text saying what it said before: a subject "we" or "it" and an adverb of earlier-ness on
    the verb (``earlier_adverbs``: "we earlier reported that 25 had died", "It previously stated ...")."""
    return any(c.dep_ == "nsubj" and c.lower_ in _SELF_SUBJECTS for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in words.earlier_adverbs for c in verb.children)


def _called_a_mistake(verb: Token, words: StanceWords) -> bool:
    """The correction note says its earlier count was wrong: a falsity adverb on the verb
    ("incorrectly said"), or a noun of mistake in its sentence or the two after it ("We regret
    the error."); an update ("it has been updated with the fifth death") says no such thing."""
    if _misstating(verb, words) or any(
            c.dep_ == "advmod" and c.lower_ in words.falsity_adverbs for c in verb.children):
        return True  # "misstated the number as 3,000", "wrongly gave the number of dead as 40"
    doc, sent = verb.doc, verb.sent
    if sent.start > 0:  # the note's heading sentence before it: "This article has been corrected."
        sent = doc[sent.start - 1].sent
    for _ in range(4):
        if any(_lemma(t) in words.error_nouns or t.lower_ in words.error_nouns for t in sent):
            return True
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
    return False


def _extent(tok: Token, words: StanceWords) -> bool:
    """The number of a duration set by a preposition of extent ("for 10 years"): how long its
    clause's state lasts, not what the clause negates."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    return noun.dep_ == "pobj" and noun.head.lower_ in words.extent_prepositions


def _reached(tok: Token, words: StanceWords) -> bool:
    """The count is of people a noun of reach or provision reaches ("have no access to the 400,000
    people", "did not have contact with 30 crew members"): they are there, the negation is the reach's."""
    noun = tok
    for _ in range(3):
        if noun.dep_ not in ("nummod", "quantmod", "compound", "amod") or noun.head.i == noun.i:
            break
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in words.reach_prepositions \
        and prep.head.pos_ == "NOUN" and _lemma(prep.head) in words.reach_nouns


def _reported(tok: Token, words: StanceWords) -> bool:
    """Under a verb of saying or a noun of claim in its sentence ("Posts claim that 200 died")."""
    return any((is_verb(a) and _lemma(a) in words.report_verbs) or _lemma(a) in words.proposition_nouns
               for a in tok.ancestors)


def unsupported_after(tok: Token, words: StanceWords, *, quoted: bool = False) -> bool:
    """A reported count (``_reported``, or in someone's ``quoted`` words) that the next sentence in
    the text's own voice (no quotation mark in it) leaves with no support: a negative determiner on
    a noun of support (``support_nouns``) as the subject or object of an active verb, in no clause of
    saying ("A post claimed that 100 died. No official source has given a toll near that.", "...:
    "Fifty martyrs in the town. ..." The channel has given no source."). In a quote, the sentence
    after the quote's next one is read too (the quote may run on; "We have no proof of ...", still
    quoted, is the speaker's). A count the text states itself is left alone, and so is one an agentless
    passive only doubts ("No evidence has been presented") or one before a support noun with a
    clause of its own ("We found no evidence that more than 45 died": about those 45)."""
    if not words.support_nouns or not (quoted or _reported(tok, words)):
        return False
    doc, nxt = tok.doc, tok.sent.end
    for _ in range(2 if quoted else 1):
        if nxt >= len(doc):
            return False
        sent = doc[nxt].sent
        for t in () if _QUOTE_MARKS.search(sent.text) else sent:
            if t.dep_ in ("nsubj", "dobj") and _lemma(t) in words.support_nouns and any(
                    d.dep_ == "det" and d.lower_ in words.negators for d in t.children) and not any(
                    is_verb(a) and _lemma(a) in words.report_verbs for a in t.ancestors) and not any(
                    d.dep_ in _OWN_CLAUSE for d in t.children):
                return True
        nxt = sent.end
    return False


def prospect(tok: Token, prospects: Mapping[str, str], estimate_verbs: frozenset[str] = frozenset({"be"})) -> str | None:
    """The stance a modal over the verb of a count gives: "40 people may die if the siege
    goes on" (hypothetical), "hundreds will die" (future); with a copula or another verb placing
    the count at a level (``estimate_verbs``), an estimate put as possible, "the toll could be as
    high as 500", "the toll could reach 90" (uncertain). A modal over a perfect ("may have died")
    is a hedge, read by ``stance_of``."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next((prospects[c.lemma_.lower()] for c in aux if c.lemma_.lower() in prospects), None)
    if modal is None or any(c.lemma_.lower() == "have" for c in aux):
        return None
    return "uncertain" if verb.lemma_.lower() in estimate_verbs else modal
