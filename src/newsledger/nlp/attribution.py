"""Who says what, as the stages after the quote stage read it: the quote holding a stretch of
text, the attribution values a record takes when no quote or source holds it, and the
constructions of an attribution chain (the body that states a figure, not its carrier).

Constructions (the words live in ``data/quotes/attribution.yaml``, read by
:mod:`newsledger.nlp.attribution_words`; the grammar is here):

* dateline and wire credit: "WASHINGTON (Reuters) -", "GAZA, Oct 17 (AFP) —", "CAIRO —",
  "Gaza City - ", "(AP) —", "Reuters - " opening a paragraph name where and by whom a report was
  filed, never who states what follows (:func:`dateline_end`);
* owner of a count noun: "the ministry's toll of 500", "the Hamas toll of 500", "its toll of
  500", "by the ministry's count, 500 died", "by the Committee to Protect Journalists' count"
  (a name the parser split) (:func:`count_owner`);
* a count named again: "Israel disputed the toll of 500" (the toll given before, by whoever gave
  500) (:func:`definite_count`);
* citing: "N, citing M, said ...", "Citing M, N said", "N reported ..., citing M" (M states it,
  N carries it) (:func:`cited_between`, :func:`cited_by_cue`);
* a document or count as reporter gives its issuer: "figures from the ministry show", "the toll
  of 471 given by the ministry" (not "a report seen by Reuters") (:func:`issuer`, :func:`issued_by`);
* a carrier: "X quoted Y as saying", "Y was quoted by X as saying" (Y speaks)
  (:func:`carried_speaker`);
* an issued document: "X released a statement saying ..." (X speaks) (:func:`document_issuer`);
* a reporting verb's subject in the figure's clause, an inverted reporting clause, and an
  embedded question that is asked, not told: :mod:`newsledger.nlp.reporters`;
* an anaphoric report in the next sentence: "Local officials disclosed this." (its subject
  gives the figures of the sentence before) (:func:`next_sentence_reporter`);
* a report with no content of its own in the sentence before: "The ministry said in a
  statement:" / "The ministry said on Tuesday." followed by the figures
  (:func:`previous_sentence_reporter`); these two in :mod:`newsledger.nlp.neighbours`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    names_publisher_by_head,
)
from .body_sources_compiled import compiled_from
from .count_appositions import counted_apposition
from .syntax import (
    first_conjunct,
    noun_clause,
    noun_phrase_bounds,
    subject_conjunct,
    text_between,
    without_intensive,
)
from .words import RELATIVE_PRONOUNS

# the entity types of a place: "Kawt Bein's 40 dead" are the dead of a place, not its count
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})

# the dependency a verb's subject takes
_SUBJECT_DEPS = frozenset({"nsubj"})
_STOP_MARKS = (",", ";", "(", "\u2014", "\u2013")
# the entity labels of a name that may own a count ("by the Committee to Protect Journalists' count")
_OWNER_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})

@dataclass(frozen=True)
class Source:
    """Who states something, as written: its text and char range."""

    text: str
    start: int
    end: int

# possessive pronouns by which a speaker owns the sources it cites ("citing its network of sources")
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


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


# the tokens a source phrase naming a post in a body and its holder may run to (source_of)
LONG_POST = 16


def noun_phrase(tok: Token, limit: int = 10) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok`` (see ``syntax.noun_phrase_bounds``)."""
    return noun_phrase_bounds(tok, limit)


def source_of(tok: Token) -> Source:
    """The source phrase headed by ``tok``; a name keeps no description set after it as an
    indefinite apposition ("the Sahel Data Project, an independent monitoring group": the project;
    one identity, whatever the outlet calls it), but keeps one that ties it to another body ("X,
    a spokesman for the ministry"). A post held in a body, with the holder's name after it, may
    run past the usual bound ("the head of the town's municipal commission, Jean-Robert
    Florvil"): its "of" phrase is kept up to ``LONG_POST`` tokens rather than dropped."""
    s, e = noun_phrase(tok)
    if e == tok.idx + len(tok.text) and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        s, e = noun_phrase(tok, LONG_POST)
    described = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                      and not any(d.dep_ == "prep" for d in c.children)), None)
    if described is not None and tok.pos_ == "PROPN":
        e = tok.doc[described.left_edge.i - 1].idx if tok.doc[described.left_edge.i - 1].text == "," else e
        while e > s and tok.doc.text[e - 1] == " ":
            e -= 1
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
    ("citing hospital records": N speaks for itself) and for the speaker's own sources, owned by
    a pronoun ("citing its network of sources on the ground", "citing their own contacts"), else
    the phrase itself ("citing doctors")."""
    span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
    if span is None or not len(span):
        return cited
    root = span.root
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in root.children):
        return None
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


def gathered_by_speaker(doc: Doc, cited: Source, words: AttributionWords) -> bool:
    """Whether a cited phrase inside a quote is a document the speaker's own side gathered:
    "according to information we have received", "according to the data our teams collected"
    (a relative clause whose subject is ``publisher_words`` or owned by one): the speaker gives it
    as a ground and states what it holds; not "according to figures from the ministry"."""
    span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or (root.lemma_.lower() not in words.source_documents and root.lower_ not in words.source_documents):
        return False
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for subj in (g for g in clause.children if g.dep_ == "nsubj"):
            if subj.lower_ in words.publisher_words or any(
                    g.dep_ == "poss" and g.lower_ in words.publisher_words for g in subj.children):
                return True
    return False


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
    killing 52 people, a doctor told AFP", the verb hung on the clause before) is its subject.
    An intensive reflexive the parser made a second subject ("The group, which praised the
    attack, itself claimed five dead") stands for the noun subject before it."""
    apposed = counted_apposition(verb)  # "..., killing 52 people, a doctor told AFP": the doctor
    if apposed is not None:
        return apposed
    subjects = without_intensive([c for c in verb.children if c.dep_ in _SUBJECT_DEPS])
    before = [c for c in subjects if c.i < verb.i]
    subj = before[-1] if before else (subjects[0] if subjects else None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in subject_conjunct(verb).children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
        return None
    return subj


def count_owner(anchor: Token, words: AttributionWords,
                is_actor: Callable[[int, int], bool] | None = None) -> Source | None:
    """The owner of the count noun holding a figure: "the ministry's toll of 500", "the Hamas
    toll of 500", "its toll of 500", "Washington's estimate of 100-300 dead", a number with an
    owner of its own ("the ministry's 231") (a pronoun as written; the caller resolves it); with
    ``is_actor`` (whether a char range names an actor) also a common noun that names one: "a
    health ministry toll of 300", "police figures"; a named body a count comes from ("the latest
    toll from the Red Cross")."""
    noun: Token | None = None
    held = next((c for c in anchor.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                 and c.ent_type_ not in PLACE_ENTITIES), None)  # not "Kawt Bein's 40 dead": where they died
    if anchor.like_num and held is not None:  # "with the ministry's 231": a number its owner gives
        s, e = noun_phrase(held)
        text = anchor.doc.text[s:e].removesuffix("'s").removesuffix("\u2019s")
        return Source(text, s, s + len(text))
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
    noun = noun or _listed_after_colon(counted, words)  # "The ministry's tally: 312 dead and 1,100 injured"
    if noun is None:  # "the prosecutor's count stood at 27", "the ministry's toll rose to 500"
        noun = _level_subject(counted, words)
    if noun is None:
        behind = issued_by(anchor, words)  # "the 300 reported by the ministry"
        if behind is not None:
            return source_of(behind)
        noun = _count_by(anchor, words)  # "by the ministry's count, 500 died"
        if noun is None:  # "by the Committee to Protect Journalists' count": a name the parser split
            return _named_count_by(anchor, words)
    found = _count_source(noun, anchor, words, is_actor)
    if found is None:  # "The toll rose to 40, in a new count announced by the ministry"
        phrase = _count_by(anchor, words)
        found = _count_source(phrase, anchor, words, is_actor) if phrase is not None and phrase.i != noun.i else None
    return found


def _listed_after_colon(counted: Token, words: AttributionWords) -> Token | None:
    """The count noun a colon opens a list of figures for ("The ministry's tally, released on
    Friday: 312 dead and 1,100 injured"): the noun the list's first item stands in apposition to,
    with a colon between them; None for any other apposition."""
    t = counted
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj":
        t = t.head  # "1,100 injured": the second item, a clause the parser made of it
    t = first_conjunct(t)
    noun = t.head
    if t.dep_ != "appos" or noun.i >= t.i or noun.lower_ not in words.count_nouns:
        return None
    return noun if any(x.text == ":" for x in t.doc[noun.i + 1:t.i]) else None


def _count_source(noun: Token, anchor: Token, words: AttributionWords,
                  is_actor: Callable[[int, int], bool] | None) -> Source | None:
    """Who owns or issued the count noun ``noun`` holding the figure at ``anchor``, or None; an
    event owning it is what it counts, no source ("The quake's death toll rose to 300")."""
    for child in noun.lefts:
        if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lemma_.lower() in words.event_owners:
            return None
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN") or (
                child.dep_ == "compound" and is_actor is not None and is_actor(*noun_phrase(child))):
            s, e = noun_phrase(child)
            text = anchor.doc.text[s:e]
            for suffix in ("'s", "\u2019s"):
                text = text.removesuffix(suffix)
            return Source(text, s, s + len(text))
    behind = compiled_from(noun, words) or issued_by(noun, words) or issued_by(anchor, words) \
        or _given_from(noun, words)
    return source_of(behind) if behind is not None else None  # "the toll of 471 given by the ministry"


def _given_from(noun: Token, words: AttributionWords) -> Token | None:
    """The body a count comes from, in a "from" phrase on it: "the latest toll from the civil
    defence", "The highest, from the Red Cross, is 87"; not a happening ("the toll from the
    quake"), a place or a time ("the toll from Gaza", "the figure from Monday"). A name only: a
    common noun there ("the toll from the army") lowered an incident probe's check half."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "from"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in words.event_owners \
                or obj.ent_type_ in PLACE_ENTITIES or obj.ent_type_ in ("DATE", "TIME"):
            continue
        if obj.pos_ == "PROPN":
            return issuer(obj, words)
    return None


def _level_subject(counted: Token, words: AttributionWords) -> Token | None:
    """The count noun that is the subject of the verb whose "at" or "to" phrase holds the figure:
    "the prosecutor's count stood at 27 dead", "the ministry's toll rose to 500"; or of the copula
    whose complement it is: "the authorities' own count is seven"; or the count noun subject of
    an inclusion verb whose object the figure counts: "the Red Crescent's tally of 19 includes four
    children" (``inclusion_verbs``), or of a verb of reaching a level whose object it is: "Reuters'
    count of the dead reached 58" (``reaching_verbs``)."""
    if counted.dep_ == "dobj" and counted.head.lemma_.lower() in words.inclusion_verbs | words.reaching_verbs:
        subj = verb_subject(counted.head)
        if subj is not None and (subj.lower_ in words.count_nouns or subj.lemma_.lower() in words.count_nouns):
            return subj
    if counted.dep_ in ("attr", "acomp") and counted.head.lemma_ == "be":
        subj = verb_subject(counted.head)
        if subj is not None and (subj.lower_ in words.count_nouns or subj.lemma_.lower() in words.count_nouns
                                 or subj.tag_ == "JJS"):  # "The highest, from X, is 57": a count elided
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


def _named_count_by(anchor: Token, words: AttributionWords) -> Source | None:
    """The owner of a count in a phrase of ``count_prepositions`` on a clause governing the
    figure, written as a name in the possessive right before the count noun ("By the Syrian
    Observatory for Human Rights' tally, 76 died", "43 were killed, by the Committee to Protect
    Journalists' count"): a name holding a preposition or a verb, which the parser splits, the
    count noun hung inside it; the name is the owner, whatever the parse."""
    above = {t.i for t in anchor.ancestors}
    doc = anchor.doc
    for tok in anchor.sent:
        if tok.lower_ not in words.count_prepositions or tok.dep_ not in ("prep", "agent") or tok.head.i not in above:
            continue
        first = tok.i + 1
        if first < len(doc) and doc[first].dep_ == "det" and doc[first].ent_iob_ != "B":
            first += 1  # "the" outside the name
        if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ not in _OWNER_LABELS:
            continue
        end = first + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].tag_ != "POS":
            end += 1
        if end + 1 < len(doc) and doc[end].tag_ == "POS" and (
                doc[end + 1].lower_ in words.count_nouns or doc[end + 1].lemma_.lower() in words.count_nouns):
            start, stop = doc[tok.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)
            return Source(doc.text[start:stop], start, stop)
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
    noun = first_conjunct(noun)  # "shared footage and a recording saying ..."
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


__all__ = [
    "ATTRIBUTION_FILE",
    "ATTRIBUTION_SCHEMA",
    "UNATTRIBUTED",
    "UNKNOWN_SPEAKER",
    "AttributionWords",
    "Source",
    "build_attribution_words",
    "carried_speaker",
    "cited_between",
    "cited_by_cue",
    "cited_source",
    "count_owner",
    "dateline_end",
    "dateline_pattern",
    "definite_count",
    "document_issuer",
    "gathered_by_speaker",
    "issued_by",
    "issuer",
    "load_attribution_words",
    "names_a_source",
    "names_publisher",
    "names_publisher_by_head",
    "noun_phrase",
    "quote_at",
    "source_of",
    "verb_subject",
]
