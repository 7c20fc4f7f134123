"""Who says what, as the stages after the quote stage read it: the quote holding a stretch of
text, the attribution values a record takes when no quote or source holds it, and the
constructions of an attribution chain (the body that states a figure, not its carrier).

Constructions (the words live in ``data/quotes/attribution.yaml``, read by
:mod:`newsledger.nlp.attribution_words`; the grammar is here):

* dateline and wire credit: "WASHINGTON (Reuters) -", "GAZA, Oct 17 (AFP) —", "CAIRO —",
  "Gaza City - ", "(AP) —", "Reuters - " opening a paragraph name where and by whom a report was
  filed, never who states what follows (:func:`dateline_end`);
* owner of a count noun: "the ministry's toll of 500", "the Hamas toll of 500", "its toll of
  500", "by the ministry's count, 500 died" (:func:`count_owner`);
* a count named again: "Israel disputed the toll of 500" (the toll given before, by whoever gave
  500) (:func:`definite_count`);
* citing: "N, citing M, said ...", "Citing M, N said", "N reported ..., citing M" (M states it,
  N carries it) (:func:`cited_between`, :func:`cited_by_cue`);
* a document or count as reporter gives its issuer: "figures from the ministry show", "the toll
  of 471 given by the ministry" (not "a report seen by Reuters") (:func:`issuer`, :func:`issued_by`);
* a carrier: "X quoted Y as saying", "Y was quoted by X as saying" (Y speaks)
  (:func:`carried_speaker`);
* an issued document: "X released a statement saying ..." (X speaks) (:func:`document_issuer`);
* a reporting verb's subject in the figure's clause, the nearest verb governing the figure
  first ("US media reported ..., and a European official put the toll at 50": the official)
  (:func:`clause_reporter`);
* an inverted reporting clause closing the sentence: "..., reported local authorities."
  (:func:`inverted_reporter`);
* an anaphoric report in the next sentence: "Local officials disclosed this." (its subject
  gives the figures of the sentence before) (:func:`next_sentence_reporter`);
* a report with no content of its own in the sentence before: "The ministry said in a
  statement:" / "The ministry said on Tuesday." followed by the figures
  (:func:`previous_sentence_reporter`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Quote
from .attribution_words import (
    ATTRIBUTION_FILE,
    ATTRIBUTION_SCHEMA,
    UNATTRIBUTED,
    UNKNOWN_SPEAKER,
    AttributionWords,
    build_attribution_words,
    dateline_end,
    dateline_pattern,
    load_attribution_words,
    names_publisher,
)
from .syntax import (
    counted_apposition,
    noun_clause,
    noun_phrase_bounds,
    parenthetical,
    semicolon_between,
    subject_conjunct,
    text_between,
)
from .words import RELATIVE_PRONOUNS

# what a reporting clause with no content of its own may hold besides its subject
_SUBJECT_DEPS = frozenset({"nsubj"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
_STOP_MARKS = (",", ";", "(", "\u2014", "\u2013")

@dataclass(frozen=True)
class Source:
    """Who states something, as written: its text and char range."""

    text: str
    start: int
    end: int


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds the char range [start, end), or None."""
    best: Quote | None = None
    for q in quotes:
        if (
            q.content.start <= start
            and end <= q.content.end
            and (best is None or q.content.end - q.content.start < best.content.end - best.content.start)
        ):
            best = q
    return best


def noun_phrase(tok: Token, limit: int = 10) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok`` (see ``syntax.noun_phrase_bounds``)."""
    return noun_phrase_bounds(tok, limit)


def source_of(tok: Token) -> Source:
    s, e = noun_phrase(tok)
    return Source(text_between(tok.doc, s, e), s, e)


def issuer(tok: Token, words: AttributionWords) -> Token:
    """Who stands behind a reporter: for a document or count ("figures from the ministry",
    "the ministry's data", "a report released by X") its issuer, when the phrase names one;
    else the reporter itself."""
    if tok.lemma_.lower() not in words.source_documents and tok.lower_ not in words.source_documents:
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in words.issuer_prepositions:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN") and not obj.like_num:
                return obj
    return issued_by(tok, words) or tok


def cited_source(doc: Doc, cited: Source, words: AttributionWords) -> Source | None:
    """Whom a citing phrase names ("N, citing M, said"): the issuer of a document ("citing
    figures from the ministry": the ministry), None for a document or count that names no one
    ("citing hospital records": N speaks for itself), else the phrase itself ("citing doctors")."""
    span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
    if span is None or not len(span):
        return cited
    root = span.root
    who = issuer(root, words)
    if who.i != root.i:
        s, e = noun_phrase(who)
        return Source(text_between(doc, s, e), s, e)
    if root.lemma_.lower() in words.source_documents | words.count_nouns or root.lower_ in words.source_documents:
        return None
    return cited


def names_a_source(doc: Doc, cited: Source, words: AttributionWords) -> bool:
    """Whether a cited phrase names who states something, not a reason given: "citing local
    doctors", "citing the owners", "citing hospital records" name a source; "citing security
    concerns", "citing logistical reasons", "citing a lack of evidence" give a reason
    (``reason_nouns``: the phrase's head, or the noun its "of" phrase hangs on)."""
    span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    return span.root.lemma_.lower() not in words.reason_nouns and span.root.lower_ not in words.reason_nouns


def issued_by(tok: Token, words: AttributionWords) -> Token | None:
    """Who issued what ``tok`` names, by an issue verb hanging on it: its agent ("a report
    released by X", "the toll of 471 given by the ministry", "the 300 reported by X") or the
    subject of a relative clause ("the toll of 500 that the ministry announced", "a figure the
    ministry gave"), or the "to" phrase of an attributing verb ("a statement attributed to the
    group"); None when there is none."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words.attributing_verbs:
            to = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in words.issue_verbs:
            continue
        for g in c.children:
            obj = next((x for x in g.children if x.dep_ == "pobj"), None) if g.dep_ == "agent" else None
            if obj is not None:
                return obj
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE_PRONOUNS), None) \
            if c.dep_ == "relcl" else None
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


def verb_subject(verb: Token) -> Token | None:
    """The subject of a verb; a relative pronoun stands for the noun its clause hangs on
    ("Israel, which said ..." -> Israel). Of two subjects the parser gives one verb (a dateline
    read as one: "El Obeid, March 9 (SSNA) - The ministry raised ..."), the nearest before it. A
    closing clause's subject that the parser made an apposition of the count before it ("...,
    killing 52 people, a doctor told AFP", the verb hung on the clause before) is its subject."""
    apposed = counted_apposition(verb)  # "..., killing 52 people, a doctor told AFP": the doctor
    if apposed is not None:
        return apposed
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    subj = before[-1] if before else (subjects[0] if subjects else None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in subject_conjunct(verb).children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
        return None
    return subj


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb, its doer ("the toll was announced by the ministry" ->
    ministry); None for an active verb or a passive with no "by" phrase."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def count_owner(anchor: Token, words: AttributionWords,
                is_actor: Callable[[int, int], bool] | None = None) -> Source | None:
    """The owner of the count noun holding a figure: "the ministry's toll of 500", "the Hamas
    toll of 500", "its toll of 500", "Washington's estimate of 100-300 dead" (a pronoun as
    written; the caller resolves it); with ``is_actor`` (whether a char range names an actor)
    also a common noun that names one: "a health ministry toll of 300", "police figures"."""
    noun: Token | None = None
    for _ in range(3):  # the last number of a range to its first ("100-300", "between 100 and 300")
        if anchor.dep_ in ("conj", "prep", "quantmod") and anchor.head.like_num and anchor.head.i < anchor.i:
            anchor = anchor.head
    counted = anchor
    if anchor.dep_ == "nummod" and anchor.head.lower_ not in words.count_nouns:
        counted = anchor.head  # "the US estimate of 100-300 dead": the number counts "dead"
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lower_ in words.count_nouns:
        noun = counted.head.head
    elif anchor.dep_ in ("appos", "nummod", "compound") and anchor.head.lower_ in words.count_nouns:
        noun = anchor.head
    else:  # "500 people, a figure given by the ministry": a count noun in apposition
        noun = next((c for c in counted.children if c.dep_ == "appos" and c.lower_ in words.count_nouns), None)
    if noun is None:  # "the prosecutor's count stood at 27", "the ministry's toll rose to 500"
        noun = _level_subject(counted, words)
    if noun is None:
        behind = issued_by(anchor, words)  # "the 300 reported by the ministry"
        if behind is not None:
            return source_of(behind)
        noun = _count_by(anchor, words)  # "by the ministry's count, 500 died"
        if noun is None:
            return None
    found = _count_source(noun, anchor, words, is_actor)
    if found is None:  # "The toll rose to 40, in a new count announced by the ministry"
        phrase = _count_by(anchor, words)
        found = _count_source(phrase, anchor, words, is_actor) if phrase is not None and phrase.i != noun.i else None
    return found


def _count_source(noun: Token, anchor: Token, words: AttributionWords,
                  is_actor: Callable[[int, int], bool] | None) -> Source | None:
    """Who owns or issued the count noun ``noun`` holding the figure at ``anchor``, or None."""
    for child in noun.lefts:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN") or (
                child.dep_ == "compound" and is_actor is not None and is_actor(*noun_phrase(child))):
            s, e = noun_phrase(child)
            text = anchor.doc.text[s:e]
            for suffix in ("'s", "\u2019s"):
                text = text.removesuffix(suffix)
            return Source(text, s, s + len(text))
    behind = issued_by(noun, words) or issued_by(anchor, words)  # "the toll of 471 given by the ministry"
    return source_of(behind) if behind is not None else None


def _level_subject(counted: Token, words: AttributionWords) -> Token | None:
    """The count noun that is the subject of the verb whose "at" or "to" phrase holds the figure:
    "the prosecutor's count stood at 27 dead", "the ministry's toll rose to 500"; or of the copula
    whose complement it is: "the authorities' own count is seven"."""
    if counted.dep_ in ("attr", "acomp") and counted.head.lemma_ == "be":
        subj = verb_subject(counted.head)
        if subj is not None and (subj.lower_ in words.count_nouns or subj.lemma_.lower() in words.count_nouns):
            return subj
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ not in ("at", "to") or prep.dep_ != "prep":
        return None
    subj = verb_subject(prep.head) if prep.head.pos_ in ("VERB", "AUX") else None
    if subj is not None and (subj.lower_ in words.count_nouns or subj.lemma_.lower() in words.count_nouns):
        return subj
    return None


def _count_by(anchor: Token, words: AttributionWords) -> Token | None:
    """The count noun of a phrase (``count_prepositions``) on a clause governing the figure: "By
    the ministry's count, 500 people have died", "500 died, by Reuters' tally", "rose to 91, in a
    new toll announced by the ministry" (its owner or issuer states the figure; "by some
    estimates" names none). A phrase closing a coordination may hang on its last conjunct ("rose
    to 91 dead and 143 wounded, in a new toll ...")."""
    above = {t.i for t in anchor.ancestors}
    for tok in anchor.sent:
        head = tok.head
        on_clause = head.i in above or (head.dep_ == "conj" and head.head.i in above)
        if tok.lower_ in words.count_prepositions and tok.dep_ in ("prep", "agent") and on_clause:
            noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if noun is not None and (noun.lower_ in words.count_nouns or noun.lemma_.lower() in words.count_nouns):
                return noun
    return None


def carried_speaker(cue: Token, words: AttributionWords) -> Token | None:
    """Whose words a carrier reports: "State TV quoted the minister as saying ..." and "The
    minister was quoted by state TV as saying ..." give the minister (the cue may be the carrier
    verb or the "saying" under it); None for any other cue."""
    verb = cue
    if cue.head.lower_ == "as" and cue.dep_ in ("pcomp", "pobj"):
        verb = cue.head.head
    if verb.lemma_.lower() not in words.carrier_verbs:
        return None
    says = any(c.lower_ == "as" and any(g.lemma_.lower() in words.reporting_verbs for g in c.children)
               for c in verb.children)
    if not says:
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def document_issuer(cue: Token, words: AttributionWords) -> Token | None:
    """Who issues the document a participle hangs on: "The militia released a statement saying
    ...", "The ministry published a report denying ...", "The army shared footage and a recording
    saying ..." (``media_documents``) give the subject of the issuing verb, "The army responded in
    a statement saying ..." the subject of the verb the document is the medium of;
    "a statement from the militia saying ..." its issuer. None when the participle hangs on no
    document, or the document is not issued by a named subject ("The statement, saying ...")."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG":
        return None
    lemma = noun.lemma_.lower()
    if lemma in words.source_documents:
        who = issuer(noun, words)
        if who.i != noun.i:
            return who
    elif lemma not in words.media_documents:
        return None
    while noun.dep_ == "conj" and noun.head.i < noun.i:  # "shared footage and a recording saying ..."
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in words.medium_prepositions and verb.head.i != verb.i:
        subj = verb_subject(verb.head)  # "The army responded in a statement saying ...": the army
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in words.issue_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def definite_count(anchor: Token, words: AttributionWords) -> bool:
    """Whether a figure is named as a count given before: "the toll of 500", "the figure of
    471", "this estimate of 300" (a definite count noun with no owner of its own)."""
    noun: Token | None = None
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in words.count_nouns:
        noun = anchor.head.head
    elif anchor.dep_ in ("appos", "nummod", "compound") and anchor.head.lower_ in words.count_nouns:
        noun = anchor.head
    if noun is None or any(c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                           for c in noun.lefts):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.lefts)


def cited_by_cue(cue: Token, words: AttributionWords) -> Source | None:
    """Whom a report cites in a participle hanging on its cue: "N reported that ..., citing M",
    "..., N reported, quoting M" (M states it)."""
    # "reported that ..., citing M"; "The minister, quoting officials, put the toll at 300"
    clauses = [cue, *(c for c in cue.children if c.dep_ in ("ccomp", "nsubj"))]
    for c in (c for v in clauses for c in v.children):
        if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.lower_ in words.citing_words:
            obj = next((g for g in c.children if g.dep_ in ("dobj", "pobj", "attr")), None)
            if obj is not None:
                return source_of(obj)
    return None


def cited_between(text: str, start: int, end: int, words: AttributionWords,
                  doc: Doc | None = None) -> Source | None:
    """Whom a speaker cites between its name and its cue: "The agency, citing local doctors,
    said ..." gives the doctors (``[start, end)`` is the stretch between speaker and cue). With
    the parse (``doc``), a citing phrase inside a relative clause is not the speaker's: "The
    ministry, which according to aid groups has lost control of the hospitals, said ..." cites
    no one."""
    m = words.citing_re.search(text, start, end)
    if m is None:
        return None
    if doc is not None:
        tok = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if tok is not None and len(tok) and (noun_clause(tok[0]) is not None or _in_content(tok[0], end)):
            return None
    stop = end
    for mark in _STOP_MARKS:
        k = text.find(mark, m.end(), end)
        if k != -1:
            stop = min(stop, k)
    cited = text[m.end():stop].rstrip(" .,")
    return Source(cited, m.end(), m.end() + len(cited)) if cited else None


def _in_content(tok: Token, cue_at: int) -> bool:
    """``tok`` lies in a complement clause below the cue at offset ``cue_at``: what someone says,
    not a phrase of the speaker's ("X alleged that women are “persecuted based on gender,” calling
    it ...": "based on" is inside what X alleged and cites no one)."""
    h = tok
    for _ in range(40):
        if h.head.i == h.i or h.head.idx == cue_at:
            return False
        h = h.head
        if h.dep_ == "ccomp":
            return True
    return False


def reporting(tok: Token, verbs: Collection[str]) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs


def _states(tok: Token, verbs: Collection[str], words: AttributionWords | None) -> bool:
    """``tok`` reports figures: a reporting verb, and a verb of ``count_verbs`` only with a count
    or a document as its object or passive subject ("the ministry raised the toll to 500", "the
    toll was revised to 471", "released figures"); with anything else it is an act ("Hamas
    released 50 hostages", "the campaign raised $21 million": the subject did it, stated nothing)."""
    if not reporting(tok, verbs) or (words is not None and other_sense(tok, words)):
        return False
    if words is None or tok.lemma_.lower() not in words.count_verbs:
        return True
    nouns = words.count_nouns | words.source_documents
    return any((c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in nouns or c.lemma_.lower() in nouns))
               or (c.dep_ == "prep" and c.lower_ == "at" and any(_numeric(g) for g in c.children))
               for c in tok.children)


def other_sense(verb: Token, words: AttributionWords) -> bool:
    """A verb of saying in another sense: a preposition of ``other_sense_phrases`` on it and no
    clause or object of its own ("The raid adds to the record of ..."; not "added to its statement
    that ..."), or an object of ``other_sense_objects`` ("the disease claimed 300 lives": killed)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in words.other_sense_objects for c in verb.children):
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
    president saying the strikes would go on")."""
    found = _governing_reporter(anchor, verbs, not_before, words)
    if found is not None:
        return found
    for tok in anchor.sent:
        if not _states(tok, verbs, words) or anchor in tok.subtree or _reports_other(tok):
            continue
        subj = verb_subject(tok)
        found = _reporter(subj, anchor, not_before, words) if subj is None or subj.lower_ != "it" else None
        if found is not None:
            return found
    return None


def _reporter(subj: Token | None, anchor: Token, not_before: int, words: AttributionWords | None) -> Source | None:
    if subj is None or subj.idx < not_before or _holds(subj, anchor) or (words is not None and no_one(subj, words)):
        return None
    who = issuer(subj, words) if words is not None else subj
    if words is not None and who.i == subj.i and (subj.lemma_.lower() in words.count_nouns
                                                  or subj.lower_ in words.count_nouns):
        return None
    return source_of(who)


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
    while head.head.i != head.i and (end is None or not_before <= head.head.idx < end):
        if head.dep_ == "advcl" and reporting(head.head, verbs) and not _reporting_participle(head, verbs, words):
            return None  # "X said the town was calm after 40 people were killed": the outlet's circumstance
        if head.dep_ == "prep" and words is not None and head.lower_ in words.circumstance_prepositions \
                and reporting(head.head, verbs):
            return None  # "X declared mourning after the strike, which killed 27": the strike's toll is not X's
        # a complement clause ("that ...") coordinated with the verb above: that verb does not report
        # it ("X said the state had declared a curfew and that 25 were hurt": X, not the state)
        coordinated = head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in head.children)
        head = head.head
        if coordinated or (head.i > anchor.i and semicolon_between(anchor, head)):
            continue  # "The army says 30 were killed; residents say dozens died": not the residents' 30
        if _states(head, verbs, words) and (end is None or head.dep_ != "conj"):
            found = _cited_by(head, words) or _reporter(verb_subject(head) or _passive_agent(head), anchor,
                                                        not_before, words)
            if found is not None:
                return found
    return None


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
    if verb.lemma_.lower() in words.question_verbs:
        return True
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.withholding_verbs


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
    return as_clause or (any(c.dep_ == "ccomp" for c in verb.children) and not parenthetical(verb))


def inverted_reporter(anchor: Token, verbs: Collection[str]) -> Source | None:
    """An inverted reporting clause closing the figure's sentence, its speaker after the verb:
    "..., reported local authorities.", "..., said the ministry." (a verb after a comma, with
    no subject before it, whose subject or object runs to the sentence's end)."""
    sent = anchor.sent
    for tok in sent:
        if tok.i <= anchor.i or tok.i == sent.start or tok.doc[tok.i - 1].text != ",":
            continue
        if not reporting(tok, verbs):
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
    "ATTRIBUTION_FILE",
    "ATTRIBUTION_SCHEMA",
    "UNATTRIBUTED",
    "UNKNOWN_SPEAKER",
    "AttributionWords",
    "Source",
    "asked_not_told",
    "build_attribution_words",
    "carried_speaker",
    "cited_between",
    "cited_source",
    "clause_reporter",
    "count_owner",
    "dateline_end",
    "dateline_pattern",
    "definite_count",
    "document_issuer",
    "inner_reporter",
    "inverted_reporter",
    "issuer",
    "load_attribution_words",
    "names_a_source",
    "names_publisher",
    "noun_phrase",
    "quote_at",
    "reporting",
    "source_of",
    "verb_subject",
]
