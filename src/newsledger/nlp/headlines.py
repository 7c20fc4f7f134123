"""Headlines re-read: a headline's present-tense verb that the parser took for a noun.

News headlines drop articles and tell past events in the present tense ("Gunmen kill 12 in
Borno", "Bandits kidnap priest in Edo", "Militia loots health centre"). Trained on full sentences,
the parser often reads such a verb as a noun: the first of a noun compound ("Herdsmen hack farmer":
one noun phrase) or the head of a noun phrase with a subject and an object. A sentence with no
finite clause and no final stop (:func:`headline_like`) is re-read: for each word that may be that
verb (a lower case noun or verb form right after a noun or a number, :func:`verb_slots`), it is parsed
again with a modal put before the word ("Herdsmen will hack farmer to death in Benue"), which
leaves the parser no noun reading of it. When the word then heads the sentence with a subject
before it, that parse is the sentence's: its tags, heads and labels are written over the first
reading (the modal left out, the verb tagged finite present), and the lemmatizer and the rest of
the pipeline run on it. Nothing changes when no word passes.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .datelines import agency_colon, dated
from .syntax import NOMINAL_SUBJECT_DEPS
from .words import MONTHS

log = logging.getLogger(__name__)

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb or a modal
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"})  # a clause's verb
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # a noun's modifier
VERB_DEPS = CLAUSE_DEPS | {"aux", "auxpass", "xcomp", "pcomp", "csubj"}  # a verb's places (not "nine killed")
SLOT_TAGS = frozenset({"NN", "NNS", "VB", "VBZ", "VBP"})  # a present-tense verb's readings (noun or verb)
SUBJECT_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})  # the last word of a subject
PLURAL_TAGS = frozenset({"NNS", "NNPS", "CD"})  # a subject that takes a verb's base form
LIST_VERB_TAGS = frozenset({"VBP", "VBD"})  # a finite verb that agrees with a list of subjects
S_FORM_TAGS = frozenset({"NNS", "VBZ"})  # a word in -s: a plural noun's or a third person's form
SENTENCE_STOPS = ".!?"  # what ends a story's sentence and no headline
QUOTES = "\"'\u201d\u2019"  # closing quotes after a stop
MODAL = "will"  # put before a word, it leaves the parser only a verb reading of it
ARTICLE = "the"  # what a headline drops before a name used as a modifier ("rejects [the] ECOWAS call")
COPULAS = ("is", "are")  # the copula a headline drops before an adjective ("Kenya ready to ...")
HEADLINE_TOKENS = 14  # most tokens of a headline's line
PASSIVE_AUX = ("was", "were")  # the auxiliary a headline drops before a participle ("Leader detained in ...")
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"})  # what an active verb takes
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # what ends a wire dateline
DATELINE_PLACE = 6  # most tokens of a dateline's place ("SAN JOSE, Costa Rica")
DATELINE_AGENCY = 4  # ... and of its agency in brackets ("(Thomson Reuters Foundation)")
AND = "and"  # what a headline's comma between subjects stands for
JOINED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})  # words a headline joins by a comma
REPARSE_PIPES = ("tok2vec", "tagger", "parser")


def headline(sent: Span) -> bool:
    """The sentence is told as a headline: no full stop, question or exclamation mark ends it (a
    headline has none; the sentences of a story, misparsed as they may be, do)."""
    text = sent.text.rstrip().rstrip(QUOTES).rstrip()
    return bool(text) and text[-1] not in SENTENCE_STOPS


def title_cased(sent: Span) -> bool:
    """A headline (:func:`headline`) in title case: every word of four letters or more capitalised
    (at least three of them), so that a capital says nothing of a name ("Over 300 Killed in Strike
    on Gaza Hospital")."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return headline(sent) and len(words) >= 3 and all(w[:1].isupper() for w in words)


def named_outside(ent: Span) -> bool:
    """The entity's words stand capitalised elsewhere in the text, outside its own sentence (the
    body names "Gaza" as a headline does; not "Strike")."""
    text, sent = ent.doc.text, ent.sent
    at = text.find(ent.text)
    while at >= 0:
        if not sent.start_char <= at < sent.end_char:
            return True
        at = text.find(ent.text, at + 1)
    return False


def infinitive_future(verb: Token) -> bool:
    """A headline's "to" infinitive with a subject of its own as the clause's verb ("Russia to pull
    troops from border", "Japan to extend loans to Manila, minister says"): a plan or an intention,
    what a sentence tells with "will". Not an infinitive a verb before it governs ("wants Ukraine to
    withdraw": its head comes first) or one brought in by "for"."""
    if verb.tag_ != "VB" or not headline(verb.sent) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if any(c.dep_ == "mark" for c in verb.children) or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i)


def headline_like(sent: Span) -> bool:
    """A headline (:func:`headline`) with no finite clause (:func:`no_finite_clause`): its verb may
    have been read as a noun."""
    return headline(sent) and no_finite_clause(sent)


def joined_subjects(nlp: Language, sent: Span) -> tuple[Span, Token, Doc, list[int]] | None:
    """A headline whose verb was read, its subjects joined by a comma ("Maoists, security forces
    exchange fire": two subjects of one verb in the first reading, no coordination; "Modi, Sharif
    meet in Astana": the first name hung on the verb as a clause or a modifier; "Saudi, Omani
    navies hold drill": two adjectives of one subject): the parse of the sentence with "and" for
    the commas, when its verb is the same and its subject then has a conjunct."""
    verb = sent.root
    if not verb.tag_.startswith("VB") or not (two_subjects(verb) or plural_list(verb)):
        return None  # (one subject with its apposition, "Doug Ford, Ontario's leader, said", is no list)
    commas = subject_commas(sent, verb)
    if not commas:
        return None
    again = reparse_with_modal(nlp, sent, None, commas)
    where = aligned(sent, None, again)
    if where is None or again[where[verb.i - sent.start]].dep_ != "ROOT":
        return None
    new = again[where[verb.i - sent.start]]
    subjects = [c for c in new.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if not new.tag_.startswith("VB") or len(subjects) != 1 or not joined_in(subjects[0]):
        return None  # (one subject, with a conjunct in it: "India and U.S. navies" read as two is no better)
    return sent, verb, again, where


def joined_in(subject: Token) -> bool:
    """The subject has a conjunct, or one of its modifiers has ("Saudi and Omani navies")."""
    heads = [subject, *(c for c in subject.children if c.dep_ in MODIFIER_DEPS)]
    return any(g.dep_ == "conj" for h in heads for g in h.children)


def two_subjects(verb: Token) -> bool:
    """The first reading gave the verb two subjects before it."""
    return sum(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i for c in verb.children) >= 2


def plural_list(verb: Token) -> bool:
    """A verb that agrees with a list (a base or past form, not one in -s: "Ruto, Museveni confer",
    not "Ivan Petrov, Tver's governor, raises"), with one subject before it and no comma right
    before it (an apposition closes with one)."""
    doc = verb.doc
    return (verb.tag_ in LIST_VERB_TAGS and verb.i > 0 and doc[verb.i - 1].text != ","
            and sum(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i for c in verb.children) == 1)


def no_finite_clause(sent: Span) -> bool:
    """The sentence has no finite verb or modal in a verb's place (a clause's head or auxiliary); one
    in a noun's place is what a misread verb becomes ("Militia loots health centre": "loots" a
    compound; "Roadside bomb targets convoy": "targets" an object): a headline or a caption. An
    acronym is no verb, whatever its tag ("Mali junta rejects ECOWAS call": "ECOWAS" read as the
    verb, "rejects" as its subject)."""
    return not any(t.tag_ in FINITE_TAGS and t.dep_ in VERB_DEPS and not acronym(t) for t in sent)


def acronym(tok: Token) -> bool:
    """A word of two capital letters or more in a sentence not written in capitals: a name."""
    return tok.is_alpha and tok.is_upper and len(tok) > 1 and not tok.sent.text.isupper()


def verb_slots(sent: Span) -> list[Token]:
    """The words that may be a headline's present-tense verb, those that agree with the word before
    them first: a lower-case word tagged as a noun or a verb form of the present, right after a word
    that may end its subject (a noun, a name, a number or a pronoun: "Gunmen kill", "Troops, bandits
    trade"), and no later than the first word tagged as a verb (the verb of a headline comes first:
    "Troops, bandits trade fire; nine killed"; "militants killed 40 people in the region" has its
    verb, misparsed as a participle, before any noun that could be one). A word that does not agree
    ("Roadside bomb targets": "bomb" after a singular) is tried
    only when the first reading already gave it a verb's tag or dependents; a noun compound that
    does not agree stays one ("Grenade attack on a bunker")."""
    first_verb = next((t.i for t in sent if t.tag_.startswith("VB") and t.dep_ not in MODIFIER_DEPS
                       and not acronym(t) and not misread_name(t)), sent.end)
    slots = [t for t in sent[1:] if t.is_alpha and t.is_lower and t.tag_ in SLOT_TAGS and t.i <= first_verb
             and (t.doc[t.i - 1].tag_ in SUBJECT_END_TAGS or plural_name(t.doc[t.i - 1]))]
    agree = [t for t in slots if agrees(t)]
    return agree + [t for t in slots if t not in agree and verbal_reading(t)]


def initial_name(tok: Token) -> bool:
    """The sentence's first word, capitalised and no function word, whatever its tag: a name the
    tagger may read as a verb or an adjective ("Trump heaps praise on ...", "Houthis fire missiles")."""
    return tok.i == tok.sent.start and tok.is_title and tok.is_alpha and not tok.is_stop


def misread_name(tok: Token) -> bool:
    """An :func:`initial_name` the tagger gave no noun's tag ("Trump" a verb, "Houthis" an adjective)."""
    return initial_name(tok) and tok.tag_ not in SUBJECT_END_TAGS


def plural_name(tok: Token) -> bool:
    """A :func:`misread_name` in -s ("Houthis", "Maoists"): a plural subject, not the verb. (A
    singular one is left alone: "Brit cops team up" has its verb after the noun in -s.)"""
    return misread_name(tok) and tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


def agrees(slot: Token) -> bool:
    """The word, read as a present-tense verb, agrees in number with the word before it: a form in
    -s (a plural noun's or a third person's tag) after a singular, a base form after a plural, a
    number or a list of subjects ("Troops, bandits trade"), a name in -s misread ("Houthis fire")."""
    prev = slot.doc[slot.i - 1]
    plural = prev.tag_ in PLURAL_TAGS or plural_name(prev) or any(
        t.text == "," or t.lower_ == "and" for t in slot.sent[: slot.i - slot.sent.start])
    return (slot.tag_ in S_FORM_TAGS) != plural


def verbal_reading(tok: Token) -> bool:
    """The first reading gave the word a verb's tag, or a subject or an object."""
    return tok.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "dobj") for c in tok.children)


def subject_commas(sent: Span, slot: Token) -> list[Token]:
    """The commas that join the subjects of a headline's verb where a sentence says "and" ("Troops,
    bandits trade fire", "Indian, Pakistani troops trade fire"): between two nouns or adjectives
    before the verb, in a subject with no preposition ("In Kano, gunmen kill 12" has none)."""
    before = sent[: slot.i - sent.start]
    if any(t.tag_ in ("IN", "TO") for t in before):
        return []
    return [t for t in before[1:-1] if t.text == "," and t.doc[t.i - 1].tag_ in JOINED_TAGS
            and t.doc[t.i + 1].tag_ in JOINED_TAGS]


def reparse_with_modal(nlp: Language, sent: Span, slot: Token | None, commas: Sequence[Token] = (),
                       word: str = MODAL) -> Doc:
    """The sentence parsed again with ``word`` (:data:`MODAL`, or a copula) put before ``slot`` (None:
    nothing put) and "and" for ``commas``."""
    joined = {t.i for t in commas}
    at = slot.i if slot is not None else -1
    parts = [(f"{word} " if t.i == at else "") + (f" {AND}{t.whitespace_}" if t.i in joined else t.text_with_ws)
             for t in sent]
    doc = nlp.make_doc("".join(parts).strip())
    for name in REPARSE_PIPES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


def aligned(sent: Span, slot: Token | None, again: Doc, word: str = MODAL) -> list[int] | None:
    """The positions in ``again`` of the sentence's tokens (the ``word`` put in skipped), or None
    when the tokens do not match one to one."""
    skip = slot.i - sent.start if slot is not None else len(sent)
    if len(again) != len(sent) + (slot is not None) or (slot is not None and again[skip].text != word):
        return None
    where = [n if n < skip else n + 1 for n in range(len(sent))]
    if any(again[w].text != t.text and not (t.text == "," and again[w].text == AND)
           for w, t in zip(where, sent, strict=True)):
        return None
    return where


def verb_read(sent: Span, slot: Token, again: Doc, where: Sequence[int]) -> bool:
    """The re-read makes the slot the verb of a clause of the sentence (one tree: a single root), with
    a subject before it and the modal as its auxiliary and nobody's head."""
    skip = slot.i - sent.start
    verb, modal = again[where[skip]], again[skip]
    if verb.dep_ not in CLAUSE_DEPS or not verb.tag_.startswith("VB") or modal.head.i != verb.i or list(modal.children):
        return False
    if sum(1 for t in again if t.dep_ == "ROOT") != 1:
        return False
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i for c in verb.children)


def copula_slots(sent: Span) -> list[Token]:
    """The adjectives a headline's dropped copula stands before ("Kenya willing to lead force in
    Haiti", "Oman ready to host talks": "... is willing to ..."): a lower-case adjective right after
    a word that may end a subject, with an infinitive after it, and no verb before it."""
    doc = sent.doc
    return [t for t in sent[1:] if t.tag_ == "JJ" and t.is_lower and doc[t.i - 1].tag_ in SUBJECT_END_TAGS
            and t.i + 2 < sent.end and doc[t.i + 1].tag_ == "TO" and doc[t.i + 2].tag_ == "VB"
            and not any(x.tag_.startswith("VB") and x.dep_ not in MODIFIER_DEPS for x in sent[: t.i - sent.start])]


def attribution_after(sent: Span, slot: Token) -> bool:
    """Every finite verb of the sentence comes after a comma after ``slot``: an attribution closing
    the headline ("Kenya willing to lead force, says minister", "..., Erdogan says")."""
    comma = next((t.i for t in sent[slot.i - sent.start:] if t.text == ","), None)
    finite = [t.i for t in sent if t.tag_ in FINITE_TAGS and t.dep_ in VERB_DEPS]
    return comma is not None and bool(finite) and min(finite) > comma


def copula_for(slot: Token) -> str:
    """The copula that agrees with the words before ``slot`` (a plural, a number or a list: "are")."""
    return COPULAS[1] if agrees_as_plural(slot) else COPULAS[0]


def agrees_as_plural(slot: Token) -> bool:
    """The subject before ``slot`` is plural: a plural noun or a number right before it, or a list."""
    prev = slot.doc[slot.i - 1]
    return prev.tag_ in PLURAL_TAGS or any(t.text == "," or t.lower_ == "and" for t in slot.sent[: slot.i - slot.sent.start])


def copula_read(sent: Span, slot: Token, again: Doc, where: Sequence[int]) -> bool:
    """The re-read makes the copula put in the sentence's root (or what its attribution says), with
    a subject before it and the slot as its complement (one tree)."""
    copula, adjective = again[slot.i - sent.start], again[where[slot.i - sent.start]]
    if copula.dep_ not in ("ROOT", "ccomp") or adjective.head.i != copula.i or adjective.dep_ != "acomp":
        return False
    return sum(1 for t in again if t.dep_ == "ROOT") == 1 and any(
        c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < copula.i for c in copula.children)


def present_tag(tok: Token) -> str:
    """The finite present tag of a headline verb: third person singular for a form in -s."""
    return "VBZ" if tok.lower_.endswith("s") and not tok.lower_.endswith("ss") else "VBP"


def subjectless_root(sent: Span) -> bool:
    """The sentence's finite verb has no subject and a noun glued to it before ("Israeli army shells
    Gaza border town": "army" read as a compound of the verb): its subject was misread."""
    root = sent.root
    if root.tag_ not in FINITE_TAGS or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in root.children):
        return False
    return any(c.dep_ in MODIFIER_DEPS and c.i < root.i and c.tag_ in SUBJECT_END_TAGS for c in root.children)


def reread(nlp: Language, doc: Doc) -> Doc:
    """The doc with each sentence that tells no finite clause, or a finite verb whose subject was
    glued to it (:func:`subjectless_root`), re-read as a headline whose verb the parser took for a
    noun, its subjects joined by commas read as joined by "and" (see the module docs); tags, heads
    and labels only: the lemmatizer and the entity recogniser run after."""
    changes: list[tuple[Span, Token, Doc, list[int]]] = []
    for sent in doc.sents:
        if not headline(sent):
            change = participle_reading(nlp, sent)  # "received visiting Cuban officials": prose reads alike
            change = change or article_reading(nlp, sent, opening=True)  # "ECOWAS chiefs met": no gerund
            changes.extend([change] if change is not None else [])
            continue
        if not no_finite_clause(sent):
            change = joined_subjects(nlp, sent) or participle_reading(nlp, sent) or passive_reading(nlp, sent)
            if change is None and not subjectless_root(sent):
                change = copula_reading(nlp, sent)  # a verbless headline before its attribution
            changes.extend([change] if change is not None else [])
            if change is not None or not subjectless_root(sent):
                continue
        change = article_reading(nlp, sent) or verb_reading(nlp, sent) or copula_reading(nlp, sent)
        changes.extend([change] if change is not None else [])
    if changes:
        write(doc, changes)
    return doc


def verb_reading(nlp: Language, sent: Span) -> tuple[Span, Token, Doc, list[int]] | None:
    """The first re-read of the sentence with the modal before one of its :func:`verb_slots` that
    makes the slot a clause's verb (:func:`verb_read`)."""
    for slot in verb_slots(sent):
        again = reparse_with_modal(nlp, sent, slot, subject_commas(sent, slot))
        where = aligned(sent, slot, again)
        if where is not None and verb_read(sent, slot, again, where):
            return sent, slot, again, where
    return None


def article_reading(nlp: Language, sent: Span, opening: bool = False) -> tuple[Span, Token, Doc, list[int]] | None:
    """A headline whose acronym the parser read as its verb ("Mali junta nixes ECOWAS mediation
    offer": "ECOWAS" a verb, "nixes" its subject), re-read with the article the headline dropped
    put before the acronym ("... nixes the ECOWAS mediation offer"), when the acronym is then no verb
    and the sentence's root is a verb with a subject before it. With ``opening``, the acronym that
    opens a sentence of prose ("ECOWAS defence chiefs met in Abuja": "ECOWAS" read as a gerund,
    the clause its complement, or the sentence's root), re-read the same way ("The ECOWAS defence
    chiefs met ...")."""
    slots = sent[:1] if opening else sent[1:]
    for slot in (t for t in slots if acronym(t) and (t.tag_.startswith("VB") or (opening and t.dep_ == "ROOT"))):
        again = reparse_with_modal(nlp, sent, slot, (), ARTICLE)
        where = aligned(sent, slot, again, ARTICLE)
        if where is None:
            continue
        new, put = again[where[slot.i - sent.start]], again[slot.i - sent.start]
        root = next(t for t in again if t.dep_ == "ROOT")
        if new.tag_.startswith("VB") or list(put.children) or not root.tag_.startswith("VB") or root.i == new.i:
            continue
        if sum(1 for t in again if t.dep_ == "ROOT") == 1 and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < root.i for c in root.children):
            return sent, slot, again, where
    return None


def participle_reading(nlp: Language, sent: Span) -> tuple[Span, Token, Doc, list[int]] | None:
    """A sentence whose participle before a named object the parser read as the verb's complement
    ("Xi meets visiting Spanish king", "Putin received visiting Lao officials": "visiting" a clause
    with the visitor its object), re-read with an article before the participle ("meets the visiting
    Spanish king"), when the participle then modifies the verb's object."""
    root = sent.root
    slot = root.doc[root.i + 1] if root.i + 1 < sent.end else None
    if slot is None or root.tag_ not in FINITE_TAGS or slot.tag_ != "VBG" or slot.dep_ != "xcomp" or slot.head.i != root.i:
        return None
    obj = next((c for c in slot.children if c.dep_ == "dobj"), None)
    if obj is None or not any(t.text[:1].isupper() for t in obj.subtree):
        return None
    again = reparse_with_modal(nlp, sent, slot, (), ARTICLE)
    where = aligned(sent, slot, again, ARTICLE)
    if where is None:
        return None
    new, verb = again[where[slot.i - sent.start]], again[where[root.i - sent.start]]
    if new.dep_ != "amod" or new.head.dep_ != "dobj" or new.head.head.i != verb.i or list(again[slot.i - sent.start].children):
        return None
    return sent, slot, again, where


def passive_reading(nlp: Language, sent: Span) -> tuple[Span, Token, Doc, list[int]] | None:
    """A headline's reduced passive read as an active past ("Opposition leader detained in Harare",
    "Troops deployed to border": a headline tells an act done in the present tense, so a past form
    with a subject, no auxiliary and no object is a participle whose auxiliary was dropped),
    re-read with "was"/"were" put back, when the verb is then passive with its subject before it."""
    root = sent.root
    if not own_line(sent) or root.tag_ != "VBD" or any(c.dep_ in OBJECT_DEPS or c.dep_.startswith("aux") for c in root.children):
        return None  # (a text cut off inside its last sentence has no stop either: a headline is a line of its own)
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None or any(t.tag_ == "DT" for t in sent[: root.i - sent.start]):
        return None  # (a headline drops its articles: "The Council agreed to ..." is a sentence's past)
    plural = subject.tag_ in PLURAL_TAGS or any(c.dep_ in ("conj", "nummod") for c in subject.children)
    word = PASSIVE_AUX[1] if plural else PASSIVE_AUX[0]
    again = reparse_with_modal(nlp, sent, root, (), word)
    where = aligned(sent, root, again, word)
    if where is None:
        return None
    verb, aux = again[where[root.i - sent.start]], again[root.i - sent.start]
    if verb.dep_ != "ROOT" or aux.dep_ != "auxpass" or aux.head.i != verb.i or list(aux.children):
        return None
    return (sent, root, again, where) if any(c.dep_ == "nsubjpass" and c.i < verb.i for c in verb.children) else None


def own_line(sent: Span) -> bool:
    """The sentence opens its text or its line (no sentence of its paragraph comes before it) and is
    no longer than a headline's line: a text cut off inside a long sentence has no stop either."""
    doc = sent.doc
    before = doc[sent.start - 1] if sent.start > 0 else None
    return (before is None or "\n" in before.text or "\n" in before.whitespace_) and len(sent) <= HEADLINE_TOKENS


def copula_reading(nlp: Language, sent: Span) -> tuple[Span, Token, Doc, list[int]] | None:
    """The first re-read of a headline with no finite clause with its dropped copula put back
    before one of its :func:`copula_slots` that makes the copula the root (:func:`copula_read`):
    the adjective then heads the sentence, with the copula's subject and dependents."""
    for slot in copula_slots(sent):
        if not (no_finite_clause(sent) or attribution_after(sent, slot)):
            continue
        word = copula_for(slot)
        again = reparse_with_modal(nlp, sent, slot, subject_commas(sent, slot), word)
        where = aligned(sent, slot, again, word)
        if where is not None and copula_read(sent, slot, again, where):
            return sent, slot, again, where
    return None


def write(doc: Doc, changes: Sequence[tuple[Span, Token, Doc, list[int]]]) -> None:
    """Write the re-read sentences' tags, heads and labels into ``doc`` (one pass over its arrays)."""
    attrs = [TAG, HEAD, DEP]
    arr = doc.to_array(attrs)  # unsigned: a head's offset to the left wraps around, as spaCy stores it
    strings = doc.vocab.strings
    for sent, slot, again, where in changes:
        back = {w: sent.start + n for n, w in enumerate(where)}
        put = again[slot.i - sent.start] if len(again) > len(where) else None  # the word put in, if any
        if put is not None:  # a copula's dependents hang on its complement, which takes its place
            back[put.i] = slot.i
        for n, w in enumerate(where):
            tok, new = doc[sent.start + n], again[w]
            comma = tok.text == "," and new.text == AND  # a comma read as "and" stays a comma, its conjunct's
            modal_verb = tok.i == slot.i and put is not None and put.text == MODAL  # a verb read with the modal before it
            head, dep = new.head, new.dep_
            if put is not None and tok.i == slot.i and head.i == put.i:
                head, dep = put.head, put.dep_  # the copula's complement in the copula's place
            arr[tok.i, 0] = strings.add(present_tag(tok) if modal_verb else tok.tag_ if comma else new.tag_)
            arr[tok.i, 1] = numpy.int64(back[head.i] - tok.i).astype(numpy.uint64)
            arr[tok.i, 2] = strings.add("punct" if comma else dep)
        log.debug("headline re-read: %r, verb %r", sent.text, slot.text)
    doc.from_array(attrs, arr)


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token of the story after a wire dateline at ``start`` (a paragraph's first token):
    a place in capitals or title case, maybe with its country and the day ("KABUL, Nov 7"), the agency
    in brackets, and a dash, or a colon after the agency ("MOGADISHU (Reuters) - Somali troops ...",
    "KABUL, Afghanistan (AP) — ...", "GAZA — ...", "PESHAWAR, Nov 7 (APP): ..."); None
    when there is none. The dateline is a sentence of its own: read into the story's first sentence,
    it leaves the parser a subject of names and brackets."""
    i, n = start, len(doc)
    while i < n and doc[i].is_space:
        i += 1
    first, joins, days = i, 0, 0
    while i < n and i - first - joins < DATELINE_PLACE and (doc[i].text == "," or (doc[i].is_alpha and doc[i].text[0].isupper())
                                                          or _joins_capitals(doc, i, first) or dated(doc, i, first)):
        days += dated(doc, i, first)
        joins += doc[i].text in DASHES or dated(doc, i, first) or doc[i].lower_.rstrip(".") in MONTHS
        i += 1
    if i == first or doc[first].text == ",":
        return None
    bracketed = i < n and doc[i].text == "("
    if bracketed:
        close = next((j for j in range(i + 1, min(n, i + 2 + DATELINE_AGENCY)) if doc[j].text in (")", "):")), None)
        if close is None or close == i + 1 or not all(t.text[0].isupper() for t in doc[i + 1:close] if t.is_alpha):
            return None  # an agency's name, not "(left)"
        i = close + (doc[close].text == ")")  # "(APP):" is one token, its colon the dateline's mark
    elif not (doc[first].is_upper and len(doc[first]) > 1):
        return None  # "Troops - ..." is no dateline: a place alone is in capitals
    # a day before a dash is left to the sources' own reading of datelines; a national agency's colon
    if i + 1 >= n or not ((doc[i].text in DASHES and not days) or agency_colon(doc, first, i, bracketed)) \
            or not (doc[i + 1].text[0].isupper() or doc[i + 1].is_digit):
        return None  # the story's first sentence starts with a capital
    return i + 1


def _joins_capitals(doc: Doc, i: int, first: int) -> bool:
    """Token ``i`` is a hyphen inside a place name in capitals ("PORT-AU-PRINCE", "SAVANE-LATOUR"):
    a dash with no space on either side, between two words in capitals (a dateline's closing dash
    has spaces)."""
    t = doc[i]
    return t.text in DASHES and i > first and i + 1 < len(doc) and not doc[i - 1].whitespace_ \
        and not t.whitespace_ and doc[i - 1].is_upper and doc[i + 1].is_upper and doc[i + 1].is_alpha


def kicker_end(doc: Doc, start: int) -> int | None:
    """The first token of a wire headline after its numbered kicker at ``start`` ("UPDATE 2-Trump
    threatens ..."): a word in capitals, a number and a hyphen glued to the headline's first word,
    which is capitalised; None when there is none. The kicker is a sentence of its own: read into
    the headline, it leaves the parser a subject of "UPDATE" and a number."""
    if start + 3 >= len(doc):
        return None
    word, number, hyphen, first = doc[start], doc[start + 1], doc[start + 2], doc[start + 3]
    if not (word.is_alpha and word.is_upper and len(word) > 2 and number.is_digit and hyphen.text in DASHES):
        return None
    if number.whitespace_ or hyphen.whitespace_ or not first.text[:1].isupper():
        return None
    return start + 3


def kicker_starts(doc: Doc, paragraphs: Iterable[int], breaks: Collection[int]) -> dict[int, int]:
    """Sentence starts (1) and non-starts (-1) for the headlines after the numbered kickers that
    open the paragraphs starting at ``paragraphs`` (:func:`kicker_end`): the headline starts a
    sentence, and none starts inside it before the line ends (the parser, given a kicker's
    remains, splits "Japan | , South Korea agree ...")."""
    out: dict[int, int] = {}
    for p in paragraphs:
        first = kicker_end(doc, p) if p < len(doc) else None
        if first is None:
            continue
        out[first] = 1
        end = min([b for b in breaks if b > first] + [len(doc)])
        end = next((j + 1 for j in range(first, end) if doc[j].text in SENTENCE_STOPS), end)  # (a stop ends it)
        out.update({j: -1 for j in range(first + 1, end)})
    return out


def dateline_ends(doc: Doc, paragraphs: Iterable[int]) -> list[int]:
    """The first tokens of the stories after the wire datelines that open the paragraphs starting at
    ``paragraphs`` (see :func:`dateline_end`)."""
    found = (dateline_end(doc, p) for p in paragraphs if p < len(doc))
    return [i for i in found if i is not None]


class HeadlineRereader:
    """The spaCy component (after the parser) that re-reads headlines; see :func:`reread`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return reread(self.nlp, doc)


@Language.factory("newsledger_headlines")
def make_headline_rereader(nlp: Language, name: str) -> HeadlineRereader:
    return HeadlineRereader(nlp)


__all__ = ["HeadlineRereader", "acronym", "agrees", "agrees_as_plural", "aligned", "article_reading",
           "attribution_after", "copula_for", "copula_read", "copula_reading", "copula_slots", "dateline_end",
           "dateline_ends", "headline", "headline_like", "joined_in", "joined_subjects", "kicker_end",
           "kicker_starts", "no_finite_clause", "own_line", "plural_list", "present_tag", "reparse_with_modal",
           "reread", "subject_commas", "subjectless_root", "two_subjects", "verb_read", "verb_reading", "verb_slots",
           "verbal_reading"]
