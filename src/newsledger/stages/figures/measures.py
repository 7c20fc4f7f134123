"""What happened to the counted, from the dependency parse: the measure (killed, injured, ...)
a verb, a state, a relative clause, a group or a partitive gives them. The counted noun and the
words it is read from are in :mod:`.counted`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct, has_to, is_passive
from .compelled import compelled_subject
from .counted import (
    counts_people,
    measure_of_count_noun,
    measure_of_estimate,
    measure_of_noun,
    modifier_measure,
    owner_of_counted,
    relative_measure,
    reported_relatives,
    subject_relatives,
    verb_subject,
)
from .gapped import gapped_subject, verb_of_later_count
from .sheltered import moved_to_shelter
from .tallied import carried_to_hospital, tally_verb, unknown_fate
from .toll_ellipsis import buried_count, gapped_object
from .types import NOUNS, FigureLexicon, MeasureHit

# pronouns that stand for a measure noun named before them ("the toll ... it was 40")
PRONOUN_SUBJECTS = frozenset({"it", "this", "that"})


def _is_more(tok: Token) -> bool:
    """A comparative or "others" between a number and its measure: "12,500 more injured",
    "20 others wounded"."""
    return tok.tag_ in ("JJR", "RBR") or (tok.tag_ == "NNS" and tok.lemma_.lower() == "other")


def _is_hedge(tok: Token, lex: FigureLexicon) -> bool:
    """An adverb or a participle between the counted and their measure: "500 people reportedly
    killed", "500 people believed dead", "30 found dead" (not itself a measure word)."""
    return (tok.tag_ == "RB" or tok.tag_ == "VBN") and tok.lower_ not in lex.measure_adjectives


def _measure_after(anchor: Token, noun: Token | None, lex: FigureLexicon) -> MeasureHit | None:
    """The word right after the number or the counted noun: "31 dead", "30,000 injured",
    also past a comparative: "12,500 more injured", and past the closing mark of a counted noun
    in scare quotes: '17 "terrorists" killed'."""
    doc = anchor.doc
    for tok in (noun, anchor, owner_of_counted(noun, lex)):  # and past the noun's "of" phrase
        if tok is None or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_quote and tok.i > 0 and doc[tok.i - 1].is_quote and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
        if (_is_more(nxt) or _is_hedge(nxt, lex)) and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
        m = lex.measure_adjectives.get(nxt.lower_)
        if m and nxt.sent.start == tok.sent.start:
            return MeasureHit(m, nxt if nxt.pos_ == "VERB" else None, passive=True)
    return None


def _shares_object(first: Token, lex: FigureLexicon) -> str | None:
    """The measure of the first of two coordinated measure verbs that share their object
    ("killing and injuring hundreds": the counted are named once, by the first verb)."""
    if first.lemma_.lower() not in lex.measure_verbs:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "attr") for c in first.children):
        return None  # "killed 5 and injured 20": each verb has its own count
    return lex.measure_verbs[first.lemma_.lower()]


def _pronoun_level(head: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A level verb whose subject is "it" (or that has none, as in "said it was likely to be
    fewer than 40"): the measure noun named before it in the sentence ("the death toll")."""
    verb = head
    subj = verb_subject(verb)
    for _ in range(3):
        if subj is not None or verb.dep_ not in ("xcomp", "acomp") or verb.head == verb:
            break
        verb = verb.head
        subj = verb_subject(verb)
    if subj is None or subj.lower_ not in PRONOUN_SUBJECTS:
        return None
    return _named_before(head, lex)


def _named_before(head: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The measure of the nearest measure noun before ``head`` in its sentence, which "it" stands
    for: "the death toll", or a tally noun and what it counts ("The number of people still
    missing is not known, but it could be as high as 600"; "The toll rose to 59, and the
    department put it at 100")."""
    for tok in reversed(list(head.doc[head.sent.start:head.i])):
        m = (measure_of_noun(tok, lex) or _tally_of(tok, lex)) if tok.pos_ in NOUNS else None
        if m:
            return MeasureHit(m)
    return None


def _tally_of(noun: Token, lex: FigureLexicon) -> str | None:
    """The measure of what a tally noun counts: its "of" phrase ("the number of dead"), or a
    measure word closing that phrase that the parser made a verb ("the number of people still
    missing is not known": "missing" read as the clause's verb)."""
    if noun.lemma_.lower() not in lex.tally_nouns:
        return None
    m = measure_of_count_noun(noun, lex)
    if m or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return m
    for tok in noun.doc[noun.i + 1:min(noun.i + 7, noun.sent.end)]:
        if tok.is_punct or tok.pos_ == "AUX":
            break
        if tok.lower_ in lex.measure_adjectives:
            return lex.measure_adjectives[tok.lower_]
    return None


def _object_level(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """"put the toll at 50", "estimated the death toll at 100-300", "put it at 100" after the toll:
    the count hangs from a preposition of a verb whose direct object is a measure noun; "the toll, which X put at 50":
    the object is a relative pronoun standing for the noun its clause hangs on."""
    # (or a particle of direction carrying it: "revised the toll down to 84")
    if t.dep_ != "prep" and not (t.dep_ in ("advmod", "prt") and any(c.dep_ == "prep" for c in t.children)):
        return None
    for child in head.children:
        noun = child
        if child.dep_ == "dobj" and child.lower_ in PRONOUN_SUBJECTS:
            return _named_before(head, lex)  # "put it at 100": "it" is the toll named before
        if child.dep_ == "dobj" and child.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
            noun = head.head
        elif child.dep_ == "dobj" and head.dep_ == "relcl" and _whose_tally(child, lex):
            noun = head.head  # "the missing, whose number it put at 900": the missing are counted
        if child.dep_ == "dobj" and noun.pos_ in NOUNS:
            m = measure_of_noun(noun, lex) or measure_of_count_noun(noun, lex)
            if m:
                return MeasureHit(m)
    return None


def _whose_tally(noun: Token, lex: FigureLexicon) -> bool:
    """A tally noun owned by "whose" ("whose number", "whose toll"): it counts what the relative
    clause hangs on."""
    return noun.lemma_.lower() in lex.tally_nouns and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children)


def _measure_of_state(anchor: Token, noun: Token | None, lex: FigureLexicon) -> MeasureHit | None:
    """A state named after the counted in their clause: "28 people are said to be in critical
    condition", "19 of them in a serious condition", or in the predicate of the counted as
    subject ("31 people, including 23 soldiers, lost their lives"; ``states`` in measures.yaml)."""
    if lex.state_re is None:
        return None
    doc = anchor.doc
    start = (noun if noun is not None and noun.i > anchor.i else anchor).i + 1
    end = start
    while end < anchor.sent.end and not (doc[end].is_punct and doc[end].text in ",;:") \
            and not doc[end].like_num:
        end += 1
    own = doc[start:end].text if end > start else ""
    m = lex.state_re.search(own) if own else None
    counted = noun if noun is not None and noun.head.head != anchor else anchor  # "three of his children": three
    while counted.dep_ in ("conj", "appos") and counted.head.i < counted.i:
        counted = counted.head  # "18 soldiers, three guards and five passengers were among those killed"
    group = ""
    if counted.dep_ in ("nsubj", "nsubjpass") and counted.head.i > counted.i:
        # the predicate of the counted, past a phrase set off between commas: "31 people,
        # including 23 soldiers, lost their lives"
        # or a predicate coordinated with it, sharing its subject ("two soldiers fought gallantly
        # and embraced shahadat")
        preds = [counted.head, *(c for c in counted.head.conjuncts if c.i > counted.head.i and c.pos_ in ("VERB", "AUX")
                                 and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children))]
        m = m or next((x for x in (lex.state_re.search(_own_predicate(v)) for v in preds) if x), None)
        among = next((c for c in counted.head.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        group = doc[among.i:among.right_edge.i + 1].text if among is not None else ""
    m = m or _split_state(counted, own, lex.state_re)
    measure = lex.measure_states.get(" ".join(m.group(0).lower().split())) if m else None
    if measure is None:
        # a group the counted are among: "five civilians were among the dead", "... among those killed"
        among_m = lex.among_state_re.search(own) or lex.among_state_re.search(group)
        w = among_m.group("w").lower() if among_m else ""
        measure = lex.measure_adjectives.get(w) or lex.measure_nouns.get(w)
    return MeasureHit(measure) if measure else None


def _split_state(counted: Token, own: str, state_re: re.Pattern[str]) -> re.Match[str] | None:
    """A state of a verb and its complement with the counted as the verb's object between them
    ("burned 40 children alive", "beat two men to death": "burned alive", "beat to death"); the
    complement must follow the counted ("burned 40 cars" names no state)."""
    if counted.dep_ != "dobj" or not own:
        return None
    m = state_re.search(f"{counted.head.text} {own}")
    return m if m is not None and m.start() == 0 and m.end() > len(counted.head.text) else None


_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "xcomp", "parataxis"})


def _own_predicate(verb: Token) -> str:
    """The words of a verb's phrase from the verb on, without the clauses inside it ("attended
    the funerals of those who lost their lives" is no loss of life of the subject)."""
    inside = [t for t in verb.subtree if t.i >= verb.i and not any(
        a.dep_ in _CLAUSE_DEPS for a in _path(t, verb))]
    return " ".join(t.text for t in inside)


def _path(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _measure_of_verb(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The measure a verb over the counted gives ("were killed", "are missing", "rose to")."""
    dep = t.dep_
    lemma = head.lemma_.lower()
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == head.i + 1)),
                    None)
    if particle is not None and f"{lemma} {particle}" in lex.measure_verbs and counts_people(_companion(t), lex):
        lemma = f"{lemma} {particle}"  # a phrasal verb, of people: "took away 23 men" (not "40 boxes")
    if lemma in lex.measure_verbs:
        passive = dep == "nsubjpass" or is_passive(head, adjectival=True)
        first = _shares_object(head.head, lex) if head.dep_ == "conj" and dep == "dobj" else None
        return MeasureHit(first or lex.measure_verbs[lemma], head, passive=passive,
                          np_is_subject=dep == "nsubj")
    # a subject and neither auxiliary nor object: a reduced passive ('31 of them "neutralised"')
    bare = dep == "nsubj" and head.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "dobj") for c in head.children)
    if lemma in lex.people_killing_verbs and (dep in ("dobj", "nsubjpass") or bare) and counts_people(t, lex):
        # "destroying up to 40 militants", "30 fighters were eliminated", "neutralised dozens of
        # terrorists" (not "destroyed 40 tanks")
        return MeasureHit("killed", head, passive=dep == "nsubjpass", np_is_subject=False)
    hit = _lost_or_left(head, t, lex)
    if hit is not None:
        return hit
    if dep == "nsubj" and lemma in lex.dying_verbs and _dies_of_harm(head, lex):
        return MeasureHit("killed", head, passive=True, np_is_subject=True)  # "two of the wounded succumbed"
    if dep == "nsubj" and lemma in lex.undergo_verbs:  # "150 people sustained injuries"
        m = next((measure_of_noun(c, lex) for c in head.children if c.dep_ == "dobj" and c.pos_ in NOUNS), None)
        if m:
            return MeasureHit(m, head, passive=True, np_is_subject=True)
    if head.lower_ in lex.measure_adjectives:  # "are still missing"
        return MeasureHit(lex.measure_adjectives[head.lower_], head, passive=True, np_is_subject=True)
    adjective = _adjective_of_verb(head, t, lex) or _object_predicate(head, t, lex)
    if adjective is not None:
        return adjective
    if lemma in lex.level_verbs:
        subj = verb_subject(head)
        if subj is not None and subj != t:
            m = measure_of_noun(subj, lex) or measure_of_count_noun(subj, lex)  # "the number of dead rose to"
            if m:
                return MeasureHit(m)
        hit = _pronoun_level(head, lex)
        if hit is not None:
            return hit
    hit = _controlled_verb(head, t, lex) or compelled_subject(head, t, lex)
    if hit is not None:
        return hit
    return _object_level(head, t, lex)


def _companion(t: Token) -> Token:
    """The object of a companion phrase on the verb ("whisked away 121 boys, along with four
    teachers", "together with their driver"): the people counted with the verb's object."""
    while t.dep_ == "prep" and t.lower_ in ("along", "together", "with"):
        t = next((c for c in t.children if c.dep_ in ("prep", "pobj")), t)
        if t.dep_ == "pobj":
            break
    return t


def _object_predicate(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A measure noun the verb predicates of its object ("taking hundreds hostage": the parser makes
    the count an indirect object and the noun the direct one; "took 12 passengers captive": the
    noun after the counted): the counted are what the noun says."""
    if t.dep_ == "dative":
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in NOUNS]
    elif t.dep_ == "dobj":
        nouns = [c for c in t.children if c.dep_ == "amod" and c.i == t.i + 1]
    else:
        return None
    m = next((m for c in nouns if (m := measure_of_noun(c, lex)) is not None), None)
    return MeasureHit(m, head, passive=True, np_is_subject=False) if m is not None else None


def _treated_unharmed(verb: Token, lex: FigureLexicon) -> bool:
    """A verb of harm with a "for" phrase naming no harm to the body: "treated for anxiety"."""
    return verb.lemma_.lower() in lex.measure_verbs and any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.unharmed_conditions for g in c.children) for c in verb.children)


def _adjective_of_verb(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A measure adjective the verb gives the counted: its complement ("were left homeless", "are
    dead"), a depictive ("were brought in wounded"), or a resultative right after the verb that the
    parser hung on the object ("shot dead two militants")."""
    dep = t.dep_
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if dep == "dobj" and after is not None and after.dep_ == "amod" and after.head.i == t.i \
            and after.lower_ in lex.measure_adjectives:
        return MeasureHit(lex.measure_adjectives[after.lower_], None)
    for child in head.children:
        depictive = child.dep_ == "advcl" and child.pos_ == "ADJ" and dep in ("nsubj", "nsubjpass", "dobj")
        if (child.dep_ in ("acomp", "oprd") or depictive) and child.lower_ in lex.measure_adjectives:
            return MeasureHit(lex.measure_adjectives[child.lower_], None)
    return None


def _lost_or_left(verb: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """People buried (a burial verb's object: "helped bury 38 people") or lost (a losing verb's
    object: "some families have lost three people"): killed;
    people who left their homes or settlements (a leaving verb's subject, its object a settlement
    noun: "400 families had left villages"): displaced."""
    lemma = verb.lemma_.lower()
    if lemma in lex.burial_verbs and t.dep_ == "dobj" and counts_people(t, lex) and _buried_by_people(verb, lex):
        # "helped bury 38 people": dead, and whoever buried them did not kill them (no verb)
        return MeasureHit("killed")
    if lemma in lex.losing_verbs and t.dep_ == "dobj" and counts_people(t, lex) \
            and t.lemma_.lower() not in lex.lost_not_dead:
        return MeasureHit("killed", verb, passive=True)  # the loser is no perpetrator
    if lemma in lex.leaving_verbs and t.dep_ == "nsubj" and counts_people(t, lex) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.settlement_nouns for c in verb.children):
        return MeasureHit("displaced", verb, passive=True, np_is_subject=True)
    return None


def _dies_of_harm(verb: Token, lex: FigureLexicon) -> bool:
    """A verb of dying with no "to" after it, or one whose object is a harm ("succumbed in
    hospital", "succumbed to their wounds"; not "succumbed to the pressure")."""
    to = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return all(lex.measure_nouns.get(g.lemma_.lower()) == "injured" for g in to)


def _buried_by_people(verb: Token, lex: FigureLexicon) -> bool:
    """People bury the dead; a landslide or a quake that "buried 30 villagers" trapped them: the
    burying verb's subject (or the subject of the verb it completes, "helped bury") is not a
    noun for a thing."""
    subj = verb_subject(verb) or (verb_subject(verb.head) if verb.dep_ in ("xcomp", "conj") else None)
    return subj is None or subj.pos_ != "NOUN" or counts_people(subj, lex)


def _controlled_verb(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted as the object of a verb that makes them do something: the infinitive says
    what happened to them ("forced a million people to flee", "drove 300 families to flee")."""
    if t.dep_ != "dobj":
        return None
    infinitives = [c for c in head.children if c.dep_ == "xcomp"] + [
        c for c in t.children if c.dep_ == "relcl" and has_to(c)]
    for v in infinitives:
        lemma = v.lemma_.lower()
        if lemma in lex.measure_verbs:
            return MeasureHit(lex.measure_verbs[lemma], v, np_is_subject=True)
    return None


def _raised_subject(head: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted as the subject of a verb of belief or report in the passive with a perfect
    infinitive after it: the infinitive says what happened to them ("40 people are believed to
    have died", "150,000 are estimated to have been killed")."""
    if t.dep_ not in ("nsubjpass", "nsubj") or head.lemma_.lower() not in lex.raising_verbs:
        return None
    for v in (c for c in head.children if c.dep_ == "xcomp"):
        lemma = v.lemma_.lower()
        if lemma in lex.measure_verbs and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in v.children):
            return MeasureHit(lex.measure_verbs[lemma], v, np_is_subject=True)
    return None


def find_measure(anchor: Token, noun: Token | None, lex: FigureLexicon) -> MeasureHit | None:
    """What happened to the counted: the word after them, the verb over them, or the noun."""
    hit = _measure_after(anchor, noun, lex) or tally_verb(anchor, lex)
    if hit is not None:
        # the clause's own measure verb says what happened to them; the participle after them
        # says who they are ("270 schoolgirls kidnapped in May were freed": released)
        return _subject_measure(noun if noun is not None else anchor, lex) or hit
    # climb from the noun phrase to the verb that governs it
    t = noun if noun is not None and anchor in noun.subtree else anchor
    if freed(t, lex):
        return None  # "200 prisoners remain at large": not people held
    for _ in range(5):
        head = t.head
        if head == t or _partitive_whole(t, head, anchor):
            break  # "lost 11 of her 34 pupils": the whole the part is taken from, not what happened to it
        copular = False
        if head.dep_ in ("aux", "auxpass") and head.head.i > head.i and t.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "21 others were missing" with the subject hung on "were": the verb is "missing"
            # or a measure adjective the copula was hung on ("6,000 people were unaccounted for")
            copular = head.pos_ == "ADJ" and head.lower_ in lex.measure_adjectives
        dep = t.dep_
        if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB") or copular:
            if (dep == "dobj" and capacity(head, lex)) or _treated_unharmed(head, lex):
                return None  # room, not people held ("can hold 130"); no harm ("treated for anxiety")
            hit = _measure_of_verb(head, t, lex) or _raised_subject(head, t, lex) or gapped_subject(head, t, lex) \
                or buried_count(head, t, lex)
            if hit is not None:
                return hit
            if dep in ("conj", "xcomp") and head.head != head:
                t = head
                continue
            break
        if head.pos_ in NOUNS and dep in ("pobj", "prep", "appos", "conj", "nummod", "compound", "attr"):
            m = measure_of_noun(head, lex) or measure_of_estimate(head, lex) or _killing_noun(head, noun or anchor, lex) \
                or unknown_fate(head, lex)  # "the fate of 40 people remains unknown"
            if m:
                return MeasureHit(m, by_noun=True)
        t = head
    # what a relative clause on the counted says happened to them comes before what their noun
    # names ("three protesters who died", "two detainees who were killed")
    hit = _relative_measure(noun, lex) or _among_group(noun if noun is not None else anchor, lex)
    if hit is not None:
        return hit
    if noun is not None:
        m = measure_of_noun(noun, lex)
        if m:
            return MeasureHit(m, by_noun=True)
    # what the predicate says happened to a part comes before what the whole was ("Two of the
    # wounded later succumbed to their injuries": dead, not hurt)
    return _measure_of_subject(anchor, lex) or _measure_of_state(anchor, noun, lex) or _partitive(noun or anchor, lex) \
        or _participle_before(noun if noun is not None else anchor, lex) \
        or _adjective_on_counted(anchor, noun, lex) or _measure_with(noun if noun is not None else anchor, lex) \
        or carried_to_hospital(noun if noun is not None else anchor, lex) \
        or moved_to_shelter(noun if noun is not None else anchor, lex) \
        or gapped_object(anchor, lex)  # "40 dead on Monday and 52 on Tuesday"


def _partitive_whole(t: Token, head: Token, anchor: Token) -> bool:
    """``t`` is the "of" of a partitive on a number before the count ("11 of her 34 pupils"): the
    count is the whole the part is taken from."""
    return t.dep_ == "prep" and t.lower_ == "of" and head.like_num and anchor.i > head.i


def _relative_measure(counted: Token | None, lex: FigureLexicon) -> MeasureHit | None:
    """No verb over the counted says what happened to them: a relative clause on them whose
    subject is its relative pronoun does ("includes three people who died of their wounds", "the
    names of 11 protesters who were shot dead": ``relative_measures``); not one about something else
    they did ("12 officers who guarded the square", "thousands of residents who fled their homes")."""
    if counted is None:
        return None
    for rel in subject_relatives(counted) + reported_relatives(counted, lex):  # "who died"; "it said died"
        if rel.lemma_.lower() in lex.people_killing_verbs and is_passive(rel) and counts_people(counted, lex):
            return MeasureHit("killed", rel, passive=True, np_is_subject=True)  # "9 terrorists who were eliminated"
        m, by_verb = relative_measure(rel, lex)
        if m is not None and by_verb:
            return MeasureHit(m, rel, passive=is_passive(rel, adjectival=True), np_is_subject=True)
        if m is not None:
            return MeasureHit(m, None)
    return None


def _among_group(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A group the counted, subject or inverted complement of their verb, are placed among
    (``group_prepositions``) names what happened to them: "eight prisoners were among the dead",
    "Among the martyrs are 47 migrants and 8 prisoners", "were among those killed"; a pronoun
    (``group_pronouns``: "were among them") stands for the latest noun of a measure before the
    counted in the sentence. None for a group of no measure ("among the crowd", "among the first")."""
    while counted.dep_ in ("conj", "appos") and counted.head.i < counted.i:
        counted = counted.head
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass", "attr") or verb.i == counted.i:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.group_prepositions), None)
    group = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or group is None:
        return None
    m = measure_of_noun(group, lex) or lex.measure_adjectives.get(group.lower_) or modifier_measure(group, lex)
    if m is None and group.lower_ in lex.group_pronouns and not any(True for _ in group.children):
        before = group.doc[group.sent.start:min(prep.i, counted.left_edge.i)]
        named = (measure_of_noun(t, lex) for t in reversed(before) if t.pos_ in ("NOUN", "ADJ"))
        m = next((found for found in named if found), None)
    return MeasureHit(m) if m else None


def _killing_noun(head: Token, counted: Token, lex: FigureLexicon) -> str | None:
    """A count of people hanging on the noun of a verb of destroying a target ("the
    neutralisation of thousands of terrorists"; measures.yaml people_killing_nouns): killed."""
    if head.lemma_.lower() not in lex.people_killing_nouns and head.lower_ not in lex.people_killing_nouns:
        return None
    return "killed" if counts_people(counted, lex) else None


def _measure_with(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The counted "with" what a measure noun names: "11 people with gunshot wounds" (injured;
    measures.yaml with_measures), also as the last of coordinated nouns the parser makes
    conjuncts of the first modifier ("patients with head and chest injuries")."""
    for prep in (c for c in counted.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (o for g in prep.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)):
            m = measure_of_noun(obj, lex)
            if m in lex.with_measures:
                return MeasureHit(m, by_noun=True)
    return None


def _adjective_on_counted(anchor: Token, noun: Token | None, lex: FigureLexicon) -> MeasureHit | None:
    """No verb or state says what happened to the counted: an adjective of measure between the
    number and the counted noun does ("figures of 20 or more dead civilians")."""
    first = anchor
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head  # "20 or more": the number the noun hangs on
    counted = noun if noun is not None else (first.head if first.dep_ == "nummod" else None)
    if counted is None or counted.i <= anchor.i:
        return None
    m = next((lex.measure_adjectives[c.lower_] for c in counted.children
              if c.dep_ == "amod" and anchor.i < c.i < counted.i and c.lower_ in lex.measure_adjectives), None)
    return MeasureHit(m) if m else None


def _participle_before(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A measure participle right before the count that the parser cut from it ("..., killing at
    least 30 people, an official said", read with the people as the subject of "said")."""
    left = counted.left_edge
    prev = counted.doc[left.i - 1] if left.i > 0 else None
    if prev is None or prev.tag_ != "VBG" or prev.lemma_.lower() not in lex.measure_verbs or counted.head.i == prev.i:
        return None
    return MeasureHit(lex.measure_verbs[prev.lemma_.lower()], prev)


def _partitive(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A part of a counted group named by its measure: "dozens of the dead", "two of the
    wounded", "ten of the missing" (a measure noun after "of the")."""
    for prep in (c for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and any(d.lower_ == "the" for d in obj.lefts):
            m = measure_of_noun(obj, lex)
            if m:
                return MeasureHit(m, by_noun=True)
    return None


def freed(counted: Token, lex: FigureLexicon) -> bool:
    """Captives (a noun of a captive measure: prisoners, hostages) whose own verb frees them or
    whom it has leave ("freed 40 hostages", "40 inmates escaped"), or whose predicate says they
    are free ("200 prisoners remain at large")."""
    if measure_of_noun(counted, lex) not in lex.captive_measures:
        return False
    counted = first_conjunct(counted)
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.i == counted.i:
        return False
    if verb.lemma_.lower() in lex.freed_verbs:
        return True
    return counted.dep_ == "nsubj" and lex.freed_re is not None and bool(lex.freed_re.search(_own_predicate(verb)))


def capacity(verb: Token, lex: FigureLexicon) -> bool:
    """A verb of holding that says how many there is room for: under a modal of ability ("can
    hold", "could house") or as an infinitive of purpose on another verb ("built to house"); a
    progressive or perfect infinitive tells a state ("claimed to be holding 200 hostages")."""
    if verb.lemma_.lower() not in lex.capacity_verbs:
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.capacity_modals for c in verb.children):
        return True
    # "claimed to be holding 200 hostages", "said to have held 40": a state told, not a purpose
    told = any(c.dep_ == "aux" and c.lemma_.lower() in ("be", "have") for c in verb.children)
    return has_to(verb) and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and not told


def _subject_measure(counted: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The measure of a measure verb the counted are the subject or the object of, or None: what
    the clause says happened to them, not what a participle describing them says they were
    ("troops rescued 76 kidnapped students": rescued)."""
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.i == counted.i or verb.lemma_.lower() not in lex.measure_verbs \
            or verb_of_later_count(counted):
        return None
    return _measure_of_verb(verb, counted, lex)


def _measure_of_subject(anchor: Token, lex: FigureLexicon) -> MeasureHit | None:
    """A number deep in the phrase a copula or a verb of level places a count at: "the number
    of dead is likely at the low end of the 100-300 range", "the toll stood near the top of the
    UN's 40-60 bracket" (the subject says what is counted)."""
    t = anchor
    for _ in range(8):
        if t.dep_ not in ("pobj", "prep", "nummod", "compound", "quantmod", "conj", "npadvmod", "amod", "attr") \
                or t.head == t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if t.lemma_.lower() != "be" and t.lemma_.lower() not in lex.level_verbs:
        return None
    subj = verb_subject(t)
    m = (measure_of_noun(subj, lex) or measure_of_count_noun(subj, lex)) if subj is not None else None
    return MeasureHit(m) if m else None
