"""Frames of doubt, denial and presupposition read off where a count sits in its sentence (issue 15),
read by :func:`newsledger.nlp.stance_frames.frame_stance` and ``framed_stance``:

* **doubted subject**: a noun of claim as the subject of a linking verb whose predicate is an
  adjective of doubt ("The claim that 70 people were wounded is doubtful", "reports of 40 dead
  remain unconfirmed", ``stance_doubt_predicates`` and ``uncertain_adjectives``): uncertain; not
  negated ("... is not doubtful") and not a noun with a count of its own that the predicate
  describes ("the 70 wounded are doubtful starters" names no claim);
* **shifted object called false**: a verb of denial or calling whose object the writer put after
  its predicate of falsity, which the parser reads as the object of "as" ("dismissed as
  exaggerated a claim that 500 fighters were killed", "rejected as baseless reports of 30 dead"):
  denied; a word other than one of falsity ("described as accurate a report that 50 died") is no
  denial;
* **folded complement called false**: a verb of calling with no complement of its own whose object's
  phrase closes on a word of falsity ("Ministry calls reports of 100 arrests fake news"): the parser
  folded the complement into the object; denied ("calls reports of 100 arrests alarming" is not);
* **asked part**: a definite count that is the whole of a partitive under a word of an open
  question about who a part are, by a linking verb ("could not say how many of the 400 injured were
  children", "it is not known which of the 30 detainees are minors"; ``stance_partitive_questions``): the
  doubt is the part's, the whole is presupposed, asserted; not a question of what happened to a part
  ("not known how many of the 300 residents were evacuated", "which of the 30 detainees were freed":
  the verb's measure is then the whole's, and left open).

The words are in ``data/nlp/stance.yaml``; the grammar is here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance import negated
from .stance_words import StanceWords

_DEFINITE = frozenset({"the", "these", "those"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _claim(tok: Token, w: StanceWords) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in w.proposition_nouns and _lemma(tok) not in w.attitude_nouns


def _doubt_word(tok: Token, w: StanceWords) -> bool:
    return tok.lower_ in w.stance_doubt_predicates or tok.lower_ in w.uncertain_adjectives


def doubted_subject(tok: Token, w: StanceWords) -> bool:
    """``tok`` is in a noun of claim that a linking verb's adjective of doubt is said of ("The claim
    that 70 people were wounded is doubtful")."""
    for a in tok.ancestors:
        if a.dep_ not in ("nsubj", "nsubjpass") or not _claim(a, w):
            continue
        verb = a.head
        return _lemma(verb) in w.linking_verbs and not negated(verb, w) and any(
            c.dep_ in ("acomp", "attr", "oprd") and _doubt_word(c, w) and not negated(c, w) for c in verb.children)
    return False


def shifted_false_object(tok: Token, w: StanceWords) -> bool:
    """``tok`` is in a noun of claim written right after "as" and a word of falsity on a verb of
    denial or calling ("dismissed as exaggerated a claim that ...", "rejected as wholly baseless
    reports of ..."): the object shifted past its predicate, read by the words, however the parser
    hung them (it may make "claim" the object of "as" or of the word of falsity)."""
    doc = tok.doc
    for a in tok.ancestors:
        if not _claim(a, w):
            continue
        i = a.left_edge.i - 1
        if i < 0 or not (_lemma(doc[i]) in w.falsity_words or doc[i].lower_ in w.falsity_words):
            return False
        i -= 1
        while i > 0 and doc[i].pos_ == "ADV" and doc[i].lower_ != "as":
            i -= 1  # "as wholly baseless"
        if i < 1 or doc[i].lower_ != "as":
            return False
        verb = doc[i - 1]
        return verb.pos_ == "VERB" and (_lemma(verb) in w.denial_verbs or _lemma(verb) in w.calling_verbs) \
            and not negated(verb, w)
    return False


def asked_part(tok: Token, w: StanceWords) -> bool:
    """``tok`` counts a definite whole ("of the 400 injured") of a partitive on a word of an open
    question ("how many", "which"): the part is in doubt, the whole is not."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.i == noun.i:
        return False
    part = prep.head
    doc = tok.doc
    words = f"{doc[part.i - 1].lower_} {part.lower_}" if part.i > 0 else part.lower_
    if part.i > prep.i or not (words in w.stance_partitive_questions or part.lower_ in w.stance_partitive_questions):
        return False
    # the question asks who the part are ("how many of the 400 injured were children"), by a linking
    # verb; a verb of what happened asks it of the whole ("how many of the 300 residents were evacuated")
    verb = part.head
    return part.dep_ in ("nsubj", "nsubjpass", "attr") and _lemma(verb) in w.linking_verbs and not any(
        c.dep_ in ("acomp", "oprd") or (c.dep_ == "attr" and c.tag_ == "VBN") for c in verb.children)


_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr", "advcl"})


def _false(tok: Token, w: StanceWords) -> bool:
    return _lemma(tok) in w.falsity_words or tok.lower_ in w.falsity_words


def folded_false_complement(noun: Token, w: StanceWords) -> bool:
    """``noun``, a noun of claim, is the object of a verb of calling that has no complement of its
    own, and the object's phrase closes on a word of falsity or a noun one qualifies ("Ministry calls
    reports of 100 arrests fake news", parsed with "fake news" inside the object's "of" phrase): a verb
    of calling says what its object is, so the closing words are that complement."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i or _lemma(verb) not in w.calling_verbs or negated(verb, w):
        return False
    if any(c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return False
    last = noun.right_edge
    while last.i > noun.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last.i > noun.i + 1 and (_false(last, w) or any(c.dep_ == "amod" and _false(c, w) for c in last.children))


__all__ = ["asked_part", "doubted_subject", "folded_false_complement", "shifted_false_object"]
