"""The reporter of a figure in its own sentence, as the figure stage reads it: the subject of a
reporting verb in the figure's clause, the nearest verb governing the figure first ("US media
reported ..., and a European official put the toll at 50": the official) (:func:`clause_reporter`),
a reporter inside a quote's content (:func:`inner_reporter`), an inverted reporting clause closing
the sentence ("..., reported local authorities.") (:func:`inverted_reporter`), and a figure in an
embedded question that a verb withholds or asks ("did not say how 40 died"), which no one states
(:func:`asked_not_told`). The words live in ``data/quotes/attribution.yaml``; the constructions of
an attribution chain that name a source by a phrase (citing, count owners, carriers) are in
:mod:`newsledger.nlp.attribution`."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .attribution import (
    AttributionWords,
    Source,
    carried_speaker,
    cited_by_cue,
    cited_source,
    issuer,
    noun_phrase,
    source_of,
    verb_subject,
)
from .claimed_acts import DESCRIBING, claimed_act
from .hearsay import hearsay
from .syntax import conjuncts, parenthetical, semicolon_between
from .words import RELATIVE_PRONOUNS

# what a reporting clause with no content of its own may hold besides its subject
_SUBJECT_DEPS = frozenset({"nsubj"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb, its doer ("the toll was announced by the ministry" ->
    ministry); None for an active verb or a passive with no "by" phrase."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def reporting(tok: Token, verbs: Collection[str]) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs


def _states(tok: Token, verbs: Collection[str], words: AttributionWords | None) -> bool:
    """``tok`` reports figures: a reporting verb, and a verb of ``count_verbs`` only with a count
    or a document as its object or passive subject ("the ministry raised the toll to 500", "the
    toll was revised to 471", "released figures"); with anything else it is an act ("Hamas
    released 50 hostages", "the campaign raised $21 million": the subject did it, stated nothing).
    A verb of ``figure_object_verbs`` only with the figure as its object ("has verified 24") or a
    that-clause ("the mission verified that eight civilians were killed"; the figure is in it when
    the verb governs it), and never negated ("could not verify the 26 deaths", "has not been able
    to verify that 30 died")."""
    if words is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in words.figure_object_verbs:
        return not _unverified(tok, words) and any((c.dep_ == "dobj" and _numeric(c)) or _that_clause(c)
                                                   for c in tok.children)
    if not reporting(tok, verbs) or (words is not None and other_sense(tok, words)) or hearsay(tok, verbs):
        return False  # "a man said to be the gunman's brother": no one states anything
    if words is None or tok.lemma_.lower() not in words.count_verbs:
        return True
    nouns = words.count_nouns | words.source_documents
    return any((c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in nouns or c.lemma_.lower() in nouns))
               or (c.dep_ == "prep" and c.lower_ == "at" and any(_numeric(g) for g in c.children))
               for c in tok.children)


def _that_clause(tok: Token) -> bool:
    """A complement clause opened by "that" ("verified that eight were killed")."""
    return tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _unverified(verb: Token, words: AttributionWords) -> bool:
    """A verb of verifying that is negated or withheld itself (:func:`not_telling`) or through the
    adjective it complements ("was unable to verify", "has not been able to verify")."""
    tok = verb
    while True:
        if not_telling(tok, words) or tok.lower_ == "unable":
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head


def other_sense(verb: Token, words: AttributionWords) -> bool:
    """A verb of saying in another sense: a preposition of ``other_sense_phrases`` on it and no
    clause or object of its own ("The raid adds to the record of ..."; not "added to its statement
    that ..."), or an object of ``other_sense_objects`` ("the disease claimed 300 lives": killed)."""
    lemma = verb.lemma_.lower()
    # "claim all or parts of the sea": the object's conjuncts (the parser may read "all" as an adverb),
    # and what a share of is a share of ("claims about 90% of the sea")
    objects = [o for c in verb.children if c.dep_ in ("dobj", "advmod") for o in conjuncts(c)]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    if any(f"{lemma} {o.lemma_.lower()}" in words.other_sense_objects for o in objects):
        return not any(c.dep_ == "ccomp" for c in verb.children)  # "the floods claimed 40 lives"
    if not any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in words.other_sense_phrases for c in verb.children):
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _numeric(tok: Token) -> bool:
    """A number or a noun counted by one ("at 300", "at 300 people", "at about 1,000")."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def clause_reporter(anchor: Token, verbs: Collection[str], not_before: int = 0,
                    words: AttributionWords | None = None) -> Source | None:
    """The subject of the nearest reporting verb governing the figure ("officials said 40
    people died"; "..., and a European official put the toll at 50"), else of a reporting
    verb elsewhere in its sentence ("40 people died, the ministry said"). A count with no issuer
    as subject is what is counted, not who states it ("the number of dead was revised to 50").
    A verb elsewhere that reports a clause of its own reports that clause ("..., with the
    president saying the strikes would go on"), and one in a relative clause on a subject
    describes that subject (:func:`_describes_subject`)."""
    found = _governing_reporter(anchor, verbs, not_before, words)
    if found is not None:
        return found
    for tok in anchor.sent:
        if not _states(tok, verbs, words) or anchor in tok.subtree or _reports_other(tok) or _describes_subject(tok) \
                or _counts_own(tok, words):
            continue
        subj = _speaker(tok, words, agent=False)
        found = _reporter(subj, anchor, not_before, words) if subj is None or subj.lower_ != "it" else None
        if found is not None:
            return found
    return None


def _speaker(verb: Token, words: AttributionWords | None, agent: bool = True) -> Token | None:
    """Who speaks through a reporting verb: the one a carrier quotes or cites as saying ("...,
    state media cited the ministry as saying", "..., the agency quoted a spokesman as saying": the
    ministry, the spokesman; ``attribution.carried_speaker``), else its subject (or, with
    ``agent``, its passive agent)."""
    carried = carried_speaker(verb, words) if words is not None else None
    return carried or verb_subject(verb) or (_passive_agent(verb) if agent else None)


def _describes_subject(verb: Token) -> bool:
    """A relative clause opened by a relative pronoun on the subject of another verb ("The
    commander, who has said little in public, lost 40 men"): it says what the subject is, and
    reports nothing of that verb's figures. Not a closing reporting clause the parser hung on a
    noun as if relative (", the camp's committee said,": no relative pronoun), nor one on a source
    named after "from" ("the toll from X, which has published names")."""
    return verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def _reporter(subj: Token | None, anchor: Token, not_before: int, words: AttributionWords | None) -> Source | None:
    if subj is None or subj.idx < not_before or (words is not None and no_one(subj, words)):
        return None
    if _holds(subj, anchor):
        return _past_comma(subj, anchor)
    who = issuer(subj, words) if words is not None else subj
    if words is not None and who.i == subj.i and (subj.lemma_.lower() in words.count_nouns
                                                  or subj.lower_ in words.count_nouns):
        return None
    return source_of(who)


# the dependencies by which the parser hangs a figure's noun on the subject after it as its modifier
_MISHUNG = ("nmod", "compound", "amod", "npadvmod")


def _past_comma(subj: Token, anchor: Token) -> Source | None:
    """The subject of a closing reporting clause onto which the parser hung the figure's noun, left of
    a comma, as a modifier ("..., wounding at least 40 people, health and police officials said":
    "people" read as a modifier of "officials"): the subject is what follows the last comma before
    its head; None when the figure is truly inside the subject ("The toll of 40 ... was revised")."""
    mod = anchor
    while mod.head.i != subj.i:
        if mod.head.i == mod.i:
            return None
        mod = mod.head
    if mod.dep_ not in _MISHUNG or mod.i > subj.i:
        return None
    comma = next((t for t in reversed(subj.doc[anchor.i + 1:subj.i]) if t.text == ","), None)
    if comma is None or comma.i < mod.right_edge.i:
        return None
    start = subj.doc[comma.i + 1]
    end = noun_phrase(subj)[1]
    return Source(subj.doc.text[start.idx:end], start.idx, end)


def no_one(subj: Token, words: AttributionWords) -> bool:
    """A subject that names no one: "No official source", "Neither side", "none of them"."""
    return subj.lower_ in words.negative_determiners or any(
        c.dep_ == "det" and c.lower_ in words.negative_determiners for c in subj.children)


def _holds(subj: Token, anchor: Token) -> bool:
    s, e = noun_phrase(subj)
    return s <= anchor.idx < e


def inner_reporter(anchor: Token, verbs: Collection[str], start: int, end: int,
                   words: AttributionWords | None = None) -> Source | None:
    """A reporter inside a quote's content ``[start, end)`` that states the figure: the subject
    of a reporting verb governing it within the content ("X reported that the ministry had put
    the toll at 500", "officials said the ministry counted 500 dead": the ministry), climbing no
    further than the content. None when the content holds no such reporter (the quote's
    speaker states it)."""
    found = _governing_reporter(anchor, verbs, start, words, end)
    return found if found is not None and found.start < end else None


def _governing_reporter(anchor: Token, verbs: Collection[str], not_before: int, words: AttributionWords | None,
                        end: int | None = None) -> Source | None:
    """The subject (or passive agent) of the nearest reporting verb above ``anchor`` that names
    a reporter; with ``end``, climbing only within ``[not_before, end)`` and passing over
    coordinated verbs (whose subject is borrowed, often wrongly)."""
    head = anchor
    described = False  # passed a clause describing a noun (:mod:`claimed_acts`)
    while head.head.i != head.i and (end is None or not_before <= head.head.idx < end):
        if head.dep_ == "advcl" and reporting(head.head, verbs) and not _reporting_participle(head, verbs, words) \
                and not closing_content(head) and not trailing_content(head):
            return None  # "X said the town was calm after 40 people were killed": the outlet's circumstance
        if head.dep_ == "prep" and words is not None and head.lower_ in words.circumstance_prepositions \
                and (reporting(head.head, verbs) or _reported_object(head.head, verbs)):
            return None  # "X declared mourning after the strike, which killed 27": the strike's toll is not X's
        described = described or head.dep_ in DESCRIBING
        if described and words is not None and claimed_act(head, words):
            return None  # "X claimed responsibility for a bombing that killed 23": the act's toll is not X's
        if _describes_reporter(head, verbs):
            return None  # "The governor, whose province lost 40 people, said ...": what X is, not what X says
        # a complement clause ("that ...") coordinated with the verb above: that verb does not report
        # it ("X said the state had declared a curfew and that 25 were hurt": X, not the state)
        coordinated = head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in head.children)
        head = head.head
        if coordinated or (head.i > anchor.i and semicolon_between(anchor, head)):
            continue  # "The army says 30 were killed; residents say dozens died": not the residents' 30
        if _states(head, verbs, words) and (end is None or head.dep_ != "conj"):
            found = _cited_by(head, words) or _reporter(_speaker(head, words), anchor, not_before, words)
            if found is not None:
                return found
    return None


def _reported_object(noun: Token, verbs: Collection[str]) -> bool:
    """The object of a reporting verb, or of its "at" or "as" phrase ("Police put the crowd at
    5,000 before the blast, which killed 12": the parser hangs the circumstance on the amount,
    though it is the verb's, as in "X declared mourning after the strike")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("at", "as"):
        return reporting(noun.head.head, verbs)
    return noun.dep_ == "dobj" and reporting(noun.head, verbs)


def _describes_reporter(clause: Token, verbs: Collection[str]) -> bool:
    """A clause set off by a comma on the subject of a reporting verb, relative or participial
    ("The governor, whose province lost 40 people in the floods, said ...", "The minister,
    addressing 2,000 troops, said ..."): it says who the reporter is, and its figures are the
    outlet's, not the report's. Not a restrictive clause ("Doctors who treated 40 wounded said")."""
    subj = clause.head
    if clause.dep_ not in ("relcl", "acl") or subj.dep_ not in ("nsubj", "nsubjpass") \
            or not reporting(subj.head, verbs) or clause.left_edge.i == 0:
        return False
    return clause.doc[clause.left_edge.i - 1].text == ","


def closing_content(clause: Token) -> bool:
    """An adverbial clause the parser hangs on a closing reporter that is part of what it reports:
    the clause comes after a comma that follows more of the sentence, before the reporter's
    subject, and the reporter takes no clause or object of its own ("The toll rose to 14, while 23
    others were wounded, the authority announced": the 23 are the authority's). Not a clause
    opening the sentence ("After 40 people were killed, the ministry said ...") nor one of a
    reporter that says something else ("..., while 23 were wounded, the ministry announced a day
    of mourning")."""
    verb, subj = clause.head, verb_subject(clause.head)
    if subj is None or not clause.i < subj.i < verb.i or clause.left_edge.i == clause.sent.start:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") for c in verb.children):
        return False
    before = clause.doc[clause.left_edge.i - 1]
    return before.text == "," and before.i > clause.sent.start


def trailing_content(clause: Token) -> bool:
    """An adverbial clause after an inverted reporter, the reporter's content before it ("The toll
    rose to 41, local authorities said, after the bodies of 13 more residents were found"): the
    report's content, its subject, the verb, a comma and then the clause, which goes on with what
    is reported (why the toll rose), not a circumstance of the saying. Not a clause after a
    reporter whose content comes after it ("The mayor said, after 13 were found, that ...") or
    that has no content before it ("The mayor spoke after 13 were killed")."""
    verb, subj = clause.head, verb_subject(clause.head)
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if subj is None or not content or not content[0].i < subj.i < verb.i < clause.i:
        return False
    return clause.doc[clause.left_edge.i - 1].text == ","


def _reporting_participle(verb: Token, verbs: Collection[str], words: AttributionWords | None) -> bool:
    """A participle of stating a count with no subject of its own, hung on a verb of saying
    ("X said ..., putting the toll at 15", "..., adding that 12 were hurt"): the sayer's own
    further statement, not a circumstance."""
    return verb.tag_ == "VBG" and _states(verb, verbs, words) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# a clause a verb reports or asks about: an embedded question when it opens with a wh-word or "whether"
# (not an adverbial clause: "40 were killed when the bomb went off" asks nothing)
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dep"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def asked_not_told(anchor: Token, words: AttributionWords) -> bool:
    """``anchor`` lies in an embedded question (see :func:`embedded_question`) that a verb
    withholds or asks ("did not explain why 40 were killed", "refused to say how 12 died",
    "asked why 40 soldiers were killed"): its subject does not state what the question holds.
    A question told ("explained how the 40 died") is left to the reporting rules."""
    tok = anchor
    while tok.head.i != tok.i:
        if embedded_question(tok) and not_telling(tok.head, words):
            return True
        tok = tok.head
    return False


def not_telling(verb: Token, words: AttributionWords) -> bool:
    """A verb negated ("did not say", "would not explain"), withheld ("refused to say", "declined
    to explain": ``withholding_verbs``) or of asking (``question_verbs``)."""
    return verb.lemma_.lower() in words.question_verbs or withheld(verb, words)


def withheld(verb: Token, words: AttributionWords, after: int = 0) -> bool:
    """A verb negated ("did not say", "did not respond") or withheld ("refused to say", "declined
    to comment": ``withholding_verbs``): its subject says nothing by it. With ``after``, only a
    negation or refusal from that offset on counts (not a "not" the parser hung on the verb from
    the quotation before it: "“Probably not,” she said")."""
    if any(c.dep_ == "neg" and c.idx >= after for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.withholding_verbs and verb.head.idx >= after


def embedded_question(clause: Token) -> bool:
    """``clause`` is an embedded question its verb governs ("did not explain why 40 were killed",
    "refused to say how 12 died", "would not say who killed the nine miners", "did not say whether
    the 15 dead included children"): what it holds is presupposed or asked, not stated by the
    reporting verb's subject. Not a relative clause ("the strike, which killed 40, ...")."""
    if clause.dep_ not in _COMPLEMENT_DEPS or clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.head.lemma_.lower() == "be":
        return False  # "which is why they massacred thousands": a reason asserted, not a question
    for c in clause.children:
        if c.i > clause.i:
            break
        if c.dep_ == "mark" and c.lower_ in ("whether", "if"):
            return True
        first = c.left_edge
        opening = first.i == clause.left_edge.i and first.tag_ in _WH_TAGS and first.dep_ != "mark"  # not "that"
        if opening and (c.tag_ in _WH_TAGS or c.dep_ in ("nsubj", "nsubjpass", "advmod", "dobj")):
            return True  # "why 40 were killed", "how many of the 30 dead were fighters"
    return False


def _cited_by(verb: Token, words: AttributionWords | None) -> Source | None:
    """Whom a reporting verb's subject cites in a participle ("The minister, quoting health
    officials, put the toll at 300": the officials); None for a document that names no one
    ("citing hospital records": the subject states it)."""
    cited = cited_by_cue(verb, words) if words is not None else None
    return cited_source(verb.doc, cited, words) if cited is not None and words is not None else None


def _reports_other(verb: Token) -> bool:
    """A reporting verb away from the figure that reports a clause of its own: "..., with the
    president saying the strikes would go on" (its subject states that clause, not the figure);
    or an "as" clause of saying, which speaks of the clause it hangs on only ("there were not forty
    dead, as the propagandists claim, it said, putting the toll at fifteen": not the fifteen)."""
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    # "..., and the agency quoted the mayor as saying the town would rebuild": the saying's own clause
    carried = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return as_clause or (any(c.dep_ == "ccomp" for v in (verb, *carried) for c in v.children)
                         and not parenthetical(verb))


def _counts_own(verb: Token, words: AttributionWords | None) -> bool:
    """A verb of counting away from the figure that puts a count of its own ("The toll rose to 59,
    and the department put it at 100": the department's is the 100, not the 59)."""
    return words is not None and verb.lemma_.lower() in words.count_verbs and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(_numeric(g) for g in c.children) for c in verb.children)


def inverted_reporter(anchor: Token, verbs: Collection[str], words: AttributionWords | None = None) -> Source | None:
    """An inverted reporting clause closing the figure's sentence, its speaker after the verb:
    "..., reported local authorities.", "..., said the ministry." (a verb after a comma, with
    no subject before it, whose subject or object runs to the sentence's end); not a verb of
    saying in another sense ("..., claiming at least 40 lives.": deaths, no reporter)."""
    sent = anchor.sent
    for tok in sent:
        if tok.i <= anchor.i or tok.i == sent.start or tok.doc[tok.i - 1].text != ",":
            continue
        if not reporting(tok, verbs) or (words is not None and other_sense(tok, words)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children):
            continue
        if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            continue  # "..., reported that ...": a clause of its own
        who = next((c for c in tok.rights if c.dep_ in _OBJECT_DEPS | _SUBJECT_DEPS), None)
        if who is None or who.pos_ == "PRON":
            continue
        rest = tok.doc[who.right_edge.i + 1:sent.end]
        if all(t.is_punct or t.is_space for t in rest):
            return source_of(who)
    return None


__all__ = [
    "asked_not_told",
    "clause_reporter",
    "embedded_question",
    "inner_reporter",
    "inverted_reporter",
    "no_one",
    "not_telling",
    "other_sense",
    "reporting",
]
