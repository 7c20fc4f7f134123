"""Two predicates that say what happened to the counted without a measure verb over them: a
tally word used as the verb of its subject ("the dead recovered now number 40", "the missing
total 300": the subject names the measure), and people carried to a hospital ("of whom 27 were
transferred to the General Hospital of Chania": the hurt, however the hospital is named); and
the people a counting noun counts when the count is its level ("the number of dead peacekeepers
rose to six": the count's group)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct
from .counted import is_people, measure_of_noun, verb_subject
from .types import FigureLexicon, MeasureHit

# words a tally verb's subject may end in before the verb: an adverb ("now number 40") is skipped
_SKIPPED_BEFORE_VERB = frozenset({"ADV", "PART"})
# words that end the subject of a tally verb, read leftwards from the verb
_SUBJECT_STOPS = frozenset({"PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "ADP", "PRON"})


def tally_verb(anchor: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A tally noun used as a verb right before the count ("the dead recovered number 38", "the
    rescued persons number 104 and not 108", "The missing number at least 300"; the parser reads
    "number" as a noun the count modifies): the measure its subject names. Not a tally noun with
    its own determiner ("the number 38") or an "of" phrase ("the number of dead is 40")."""
    doc = anchor.doc
    verb = _tally_before(anchor, lex)
    if verb is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    i = verb.i - 1
    while i >= anchor.sent.start and doc[i].pos_ in _SKIPPED_BEFORE_VERB:
        i -= 1
    if i < anchor.sent.start or doc[i].pos_ == "DET" or doc[i].like_num:
        return None  # "the number 38", "a figure of", or no subject before the verb
    subject = []
    # a participle after the subject's noun belongs to it, however the parser tags it ("the dead
    # recovered now number 40", "recovered" read as the clause's past-tense verb)
    while i >= anchor.sent.start and (doc[i].pos_ not in _SUBJECT_STOPS or doc[i].tag_ in ("VBN", "VBD")
                                      or (doc[i].tag_ == "VBG" and doc[i].dep_ == "amod")):  # "The missing"
        subject.append(doc[i])
        i -= 1
    if not any(t.pos_ == "DET" for t in subject):
        return None  # a subject is a definite noun phrase: "the dead", "the rescued persons"
    for tok in reversed(subject):  # its first measure word: "the dead recovered" are the dead
        m = lex.measure_adjectives.get(tok.lower_) or (measure_of_noun(tok, lex) if tok.pos_ in ("NOUN", "ADJ") else None)
        if m:
            return MeasureHit(m)
    return None


def _tally_before(anchor: Token, lex: FigureLexicon) -> Token | None:
    """The tally word right before the count, past its qualifier words ("number at least 300")."""
    doc = anchor.doc
    for i in range(anchor.i - 1, max(anchor.sent.start, anchor.i - 4) - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() in lex.tally_nouns or tok.lower_ in lex.tally_nouns:
            return tok
        if tok.is_punct or tok.pos_ not in ("ADV", "ADJ", "ADP"):
            return None
    return None


def carried_to_hospital(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted as the subject (or object) of a verb that carries them to a hospital, however
    it is named ("27 were transferred to the General Hospital of Chania", "flew 12 to a military
    hospital in Haifa"; measures.yaml hospital_verbs, hospital_nouns): injured."""
    # "12 soldiers and three guards were flown to ..." (not a breakdown set off after a count, "three
    # people - two teachers and a student -", whose whole is the count)
    counted = first_conjunct(counted)
    return carried_to(counted, lex.hospital_verbs, lex.hospital_nouns, "injured", compounds=True)


def carried_to(counted: Token, verbs: frozenset[str], nouns: frozenset[str], measure: str, *,
               compounds: bool) -> MeasureHit | None:
    """The counted as the passive subject (or object) of a verb of ``verbs`` whose "to" or "into"
    object is a noun of ``nouns`` (with ``compounds``, or a compound of it: "a military hospital",
    "the General Hospital"): ``measure``, what being taken there says happened to them."""
    verb = counted.head
    if counted.dep_ not in ("nsubjpass", "dobj") or verb.i == counted.i or verb.lemma_.lower() not in verbs:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            words = [place, *(c for c in place.children if c.dep_ == "compound")] if compounds else [place]
            if any(w.lemma_.lower() in nouns or w.lower_ in nouns for w in words):
                return MeasureHit(measure, verb, passive=True, np_is_subject=counted.dep_ == "nsubjpass")
    return None


def tally_group(anchor: Token, lex: FigureLexicon) -> Token | None:
    """The people a counting noun names in its "of" or "among" phrase when the count is that
    noun's level ("the number of dead peacekeepers rose to six", "the death toll among soldiers
    stands at 12"): the count's group, as in "six peacekeepers". Not a phrase of a measure noun
    alone ("the number of dead rose to 40")."""
    verb = anchor
    for _ in range(3):  # up through "to" / "at" to the verb
        if verb.head.i == verb.i or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.level_verbs:
        return None
    # the subject ("the number ... rose to six") or the object ("raising the number ... to six")
    subj = verb_subject(verb) or next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or subj.lemma_.lower() not in lex.tally_nouns:
        return None
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
            noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if noun is not None and is_people(noun, lex) and not measure_of_noun(noun, lex):
                return noun
    return None


def unknown_fate(noun: Token, lex: FigureLexicon) -> str | None:
    """The counted are in the "of" phrase of a noun of their fate or whereabouts that a copula or
    "remain" calls unknown ("the fate of dozens of people remains unknown", "the whereabouts of
    12 crew members are unclear"): missing. Not a fate told ("the fate of 40 hostages was
    sealed")."""
    if noun.lemma_.lower() not in lex.fate_nouns or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in lex.unknown_words for c in verb.children):
        return "missing"
    return None
