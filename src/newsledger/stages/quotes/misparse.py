"""Speakers of a cue verb that the parser hung in the wrong place: read back from the
misparse (an inverted object after a question, a name made a modifier of its verb, an
apposition between a name and its verb, a perfect "'s" read as a passive, a noun made a
compound of its verb, a verb read as a noun, a noun read as a verb, a finite verb coordinated
with an infinitive)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from ...nlp.count_appositions import counted_apposition
from .types import QUOTE_GLYPHS

# the words of a noun phrase naming a speaker ("the UN refugee agency", "the Red Cross")
_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
# the phrases fronted before a verb that a misread subject can hang in: "In an interview with X,
# ...", "Hours after ending the siege, ...", "After meeting Y, ..."
FRONTED_DEPS = frozenset({"prep", "npadvmod", "advcl"})


def inverted_object(v: Token, bare: Collection[str] = frozenset()) -> Token | None:
    """The speaker after a cue verb that follows a closing quotation mark and has no subject,
    which the parser took for its object after a question ("“Why now?” asked a teacher from
    Beijing", "“... rest?” wrote another user", "“...,” replied his Qatari counterpart") or for the subject of a clause after it ("...,”
    said Kristian, who prefers his dog prepared as a soup"): the noun phrase right after it. A
    verb of ``bare`` whose past is its base form counts as finite as the root ("“...,” read a
    statement": :func:`bare_root`)."""
    if v.i == 0 or v.i + 1 >= len(v.doc) or not (v.tag_ in ("VBD", "VBZ", "VBP") or (v.lower_ in bare and bare_root(v))):
        return None  # a finite cue ("asked", "says"), not a participle ("… communications” documenting the plan)
    if v.doc[v.i - 1].text not in QUOTE_GLYPHS and not closing_inversion(v):
        return None
    noun = v.doc[v.i + 1]
    # "replied his Qatari counterpart": a possessive pronoun opens the phrase as a determiner does
    while (noun.dep_ in ("det", "compound", "amod", "nummod") or (noun.dep_ == "poss" and noun.tag_ == "PRP$")) \
            and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != v.i + 1 or noun.dep_ not in ("dobj", "nsubj"):
        return None
    return noun


def bare_root(v: Token) -> bool:
    """A verb tagged as a base form that is its sentence's root with no auxiliary, "to" or
    complementizer: a past or present form written as the base is ("“...,” read a statement
    from the group"), which the tagger took for an infinitive."""
    return v.tag_ == "VB" and v.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children)


def closing_inversion(v: Token) -> bool:
    """A reporting clause inverted after the content it closes, with no quotation mark: "The strike
    was a war crime, added the foreign ministry." (the parser takes the speaker for the verb's
    object): the verb right after a comma, its content a clause before it, and the noun phrase
    after it ending the sentence. Not "..., announced a plan to ..." (more follows the phrase)."""
    doc = v.doc
    if doc[v.i - 1].text != "," or not any(c.dep_ in ("ccomp", "parataxis") and c.i < v.i for c in v.children):
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        return False
    end = obj.right_edge.i + 1
    return end >= len(doc) or doc[end].text in (".", "!", "?") or doc[end].is_sent_start


def prepositional_subject(subj: Token) -> bool:
    """A subject the parser took from a prepositional phrase between the speaker and the verb
    ("The minister, Mamadou Sissoko, for his part saluted ...": "part" read as a second subject
    after a "for" left with no object): right after a preposition of the verb that has none."""
    first = subj.left_edge
    prev = subj.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.dep_ == "prep" and prev.head.i == subj.head.i \
        and not any(c.dep_ == "pobj" for c in prev.children)


def subordinated_subjects(subjects: list[Token]) -> list[Token]:
    """Of two or more subjects of one verb, those a subordinating conjunction hung on the verb
    opens: the parser's misread of a prepositional phrase ("Images of the school after the strike
    published by X show ...": "after the strike" read as a clause whose subject is "strike");
    the others are the verb's. With no other subject, none is dropped."""
    kept = [s for s in subjects if not _opened_by_mark(s)]
    return kept or subjects


def _opened_by_mark(subj: Token) -> bool:
    first = subj.left_edge
    prev = subj.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.dep_ == "mark" and prev.head.i == subj.head.i and prev.lower_ not in ("that", "whether", "if")


def misattached_subject(v: Token) -> Token | None:
    """The subject of a cue verb that the parser hung elsewhere: a name the past-tense verb was
    made a modifier of ("Leavitt called Ford's comments “egregious”", parsed as a name with a
    clause), or the apposition ending right before the verb that it hung on a fronted phrase ("In
    an interview with VOA's Bosnian Service, Dodik's lawyer, Anto Nobilo, said ...", "Asked about
    the photo, the network's coordinator, NAME, said ..."), or on the content it reports
    (:func:`content_apposition`)."""
    doc = v.doc
    if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.i == v.i - 1 and v.head.pos_ == "PROPN":
        return v.head
    end = v.i - 1 if v.i > 0 and doc[v.i - 1].text == "," else v.i
    for p in (c for c in v.children if c.dep_ in FRONTED_DEPS and c.i < v.i):
        for t in p.subtree:
            if (p.dep_ == "prep" or _fronted_clause(p)) and t.dep_ == "appos" and t.right_edge.i == end - 1 \
                    and t.pos_ in ("NOUN", "PROPN"):
                return t
            if end < v.i and fronted_conjunct(t, end):
                return t
    return content_apposition(v, end) or counted_apposition(v)


def content_apposition(v: Token, end: int) -> Token | None:
    """The subject of a cue after what it reports that the parser hung on the content's last
    noun as its apposition ("Two more people died at the clinic, its director, Dr. Paul Anse,
    told reporters": "director" read as the clinic's): an apposition ending at the comma right
    before the verb, in the clause the verb reports, that names a person ("..., Dr. Paul Anse,")
    or is owned by a pronoun ("its director")."""
    if end == v.i:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or c.i > v.i:
            continue
        for t in c.subtree:
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.right_edge.i in (end - 1, end) \
                    and any((g.dep_ == "appos" and g.pos_ == "PROPN") or (g.dep_ == "poss" and g.tag_ == "PRP$")
                            for g in t.children):
                return t
    return None


def _fronted_clause(p: Token) -> bool:
    """A clause fronted before the verb ("Asked about the photo, ...", "Speaking to reporters in
    Dakar, ...", "When the minister was asked about it, ..."): its last noun takes no apposition
    that runs up to a verb left with no subject, as a preposition's object does not ("In an
    interview with X, ...")."""
    return p.dep_ == "advcl" and p.i < p.head.i


def compound_speaker(v: Token) -> tuple[int, int, int] | None:
    """The speaker noun the parser made a modifier of its cue verb after a closing quotation
    mark ("“...,” the text states": "text states" read as one noun phrase): a noun right before
    the finite verb, hung on it as a compound, with nothing but a determiner between it and the
    quotation mark; its phrase from the determiner. So too after a comma when the verb closes its
    sentence ("..., the agency reports.", "..., the UN refugee agency estimates.":
    :func:`closing_cue_phrase`)."""
    doc = v.doc
    if v.i < 2 or v.tag_ not in ("VBZ", "VBD", "NNS"):
        return None
    noun = doc[v.i - 1]
    if noun.dep_ != "compound" or noun.head.i != v.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    closing = closing_cue_phrase(v)
    if closing is not None:
        return doc[closing].idx, noun.idx + len(noun.text), noun.idx
    first = doc[noun.i - 1] if doc[noun.i - 1].pos_ == "DET" else noun
    if v.tag_ == "NNS" or noun.pos_ != "NOUN" or first.i == 0 or doc[first.i - 1].text not in QUOTE_GLYPHS:
        return None
    return first.idx, noun.idx + len(noun.text), noun.idx


def closing_cue_phrase(v: Token) -> int | None:
    """The first token of a noun phrase between a comma and a verb of saying in the present that
    closes its sentence ("..., the agency reports.", "..., the United Nations estimates."), which
    the tagger may read as one noun phrase with the verb as its head; None otherwise."""
    doc = v.doc
    if v.tag_ not in ("VBZ", "NNS") or not all(t.is_punct or t.is_space for t in doc[v.i + 1:v.sent.end]):
        return None
    j = v.i - 1
    while j > v.sent.start and doc[j].pos_ in _PHRASE_POS:
        j -= 1
    if doc[j].text != "," or j >= v.i - 1 or doc[v.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return j + 1


def plural_noun_cue(v: Token) -> bool:
    """A verb of saying in the present that the tagger read as a plural noun, closing an
    inverted reporting clause ("Some 12,000 people have fled, the United Nations estimates."): the
    sentence's root, with the reported clause before it as its complement."""
    return v.tag_ == "NNS" and v.dep_ == "ROOT" and closing_cue_phrase(v) is not None \
        and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)


def noun_cue_subject(v: Token, media: Collection[str]) -> Token | None:
    """The subject of a verb of saying in the present that the tagger read as a plural noun
    opening the sentence, its subject made the noun's compound ("A video claims that 90 children
    died", "A widely shared post claims 300 soldiers were killed": the sentence's root "claims"):
    a determiner on the misread noun, a singular noun for a medium (``media``: post, video,
    statement) as its compound right before it, and a clause with a subject of its own after it
    (its complement, which the parser may hang as a relative clause). None otherwise ("Insurance
    claims rose": no clause, and no medium)."""
    if v.tag_ != "NNS" or v.dep_ != "ROOT" or not any(c.dep_ == "det" and c.i < v.i for c in v.children):
        return None
    if not any(c.dep_ in ("ccomp", "relcl") and c.i > v.i and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in v.children):
        return None
    subj = v.doc[v.i - 1] if v.i > 0 else None
    ok = subj is not None and subj.dep_ == "compound" and subj.head.i == v.i and subj.tag_ == "NN" \
        and subj.lemma_.lower() in media
    return subj if ok else None


def fronted_conjunct(t: Token, end: int) -> bool:
    """A subject the parser read as one more item of the object of a fronted phrase ("Hours after
    ending the siege, Nigeria's Department of State Services, or DSS, said ...": the service made
    a conjunct of "siege"): a name or noun set off by a comma, with no conjunction of its own
    before it, that ends at the comma right before the verb."""
    first = t.left_edge.i
    return t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == end - 1 \
        and first > 0 and t.doc[first - 1].text == "," \
        and not any(c.dep_ == "cc" and c.i < t.i for c in t.head.children if c.i > t.head.i)


def apposed_speaker(v: Token) -> tuple[int, int, int] | None:
    """The name a cue verb was made a modifier of across the name's apposition ("Mitt Romney,
    the 2012 nominee, tweeted: ..."), up to the comma before the cue: nothing but the apposition
    and its commas between them, and no passive participle ("Anna Berg, a nurse, quoted by the
    paper, ..."); or a noun made a compound of its verb (:func:`compound_speaker`)."""
    compound = compound_speaker(v)
    if compound is not None:
        return compound
    head, doc = v.head, v.doc
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or head.pos_ != "PROPN" or head.i >= v.i:
        return None
    if any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in v.children):
        return None
    appos = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < v.i]
    if len(appos) != 1 or doc[v.i - 1].text != ",":
        return None
    inside = {t.i for t in appos[0].subtree}
    if not all(t.i in inside or t.text in (",", "(", ")") for t in doc[head.i + 1:v.i]):
        return None
    left, last = head.left_edge, doc[v.i - 2]
    return left.idx, last.idx + len(last.text), head.idx


def perfect_subject(v: Token) -> Token | None:
    """The subject of a cue the parser read as a passive with "'s" that is a perfect with "has"
    ("he's predicted big wins", "she's argued that ..."): the verb has an object or a clause of
    its own, which a passive would not ("she's expected to argue" stays passive)."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in v.children):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def verb_read_as_noun(first: Token) -> Token | None:
    """The subject of a first verb the parser read as a noun modifier, when a cue coordinated with
    it has no subject ("Al-Nour TV broadcast footage of the clinic and said ...": the root
    "footage" with the compounds "TV" and "broadcast"): ``first`` is the noun the cue's conjunct
    hangs on, the sentence's root, with no determiner; the misread verb is the compound right
    before it, and the speaker the name right before that. None for a noun the sentence has a
    verb for, or a determined noun phrase ("The Al-Nour TV footage ...")."""
    if first.dep_ != "ROOT" or first.pos_ != "NOUN" or first.i < 2 or any(c.dep_ == "det" for c in first.children):
        return None
    doc = first.doc
    verb, subj = doc[first.i - 1], doc[first.i - 2]
    if verb.dep_ != "compound" or verb.head.i != first.i or verb.tag_ != "NN":
        return None
    named = subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    if subj.dep_ != "compound" or subj.head.i not in (verb.i, first.i) or not named:
        return None
    return subj


def reduced_relative_subject(v: Token) -> Token | None:
    """The subject of a present-tense cue the parser left unattached after a participle it read
    as the sentence's verb ("A post shared more than 12,000 times on Facebook says ...", "A video
    viewed two million times claims ..."): the participle's subject, when the cue has none and the
    participle, in the past, follows it right away; not a second verb of a past clause ("Police
    arrested him on Monday, says the report")."""
    h = v.head
    if v.dep_ not in ("dep", "conj") or v.tag_ != "VBZ" or h.i >= v.i or h.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or comma_between(h, v) \
            or any(t.dep_ == "cc" for t in v.doc[h.i + 1:v.i]):  # "X shared it and claims ...": two verbs
        return None
    subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i == h.i - 1 and c.pos_ == "NOUN"), None)
    return subj


def noun_read_as_verb(v: Token) -> Token | None:
    """The subject of a finite cue verb that the parser hung as a modifier on the sentence's root
    noun ("First reports from volunteers speak of 14 dead": "speak" an acl of "reports", which
    may itself be read as a verb): a finite present-tense verb modifies no noun, it is the verb of
    the noun before it. The root read as a verb counts as a noun only with an adjective or
    determiner on it ("First reports"); a cue with a subject of its own is left alone."""
    noun = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBP", "VBZ") or noun.i >= v.i or noun.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or any(c.dep_ == "nsubj" for c in noun.children):
        return None
    if noun.pos_ in ("NOUN", "PROPN"):
        return noun
    modified = any(c.dep_ in ("amod", "det") and c.i < noun.i for c in noun.children)
    return noun if noun.tag_ in ("VBZ", "VBP") and modified else None


def root_noun_participle(v: Token) -> Token | None:
    """The subject of a past cue the parser read as a participle modifying the noun before it,
    when that noun is the sentence's root ("Regional media outlets reported on Monday that rebel
    drones had hit a school": "reported" an acl of "outlets"): a sentence has a verb, and with no
    other the participle with a clause it reports ("that ...") is it. None with a "by" agent or a
    passive auxiliary ("Claims reported by the agency that ..."), or with no such clause."""
    noun = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i >= v.i or any(c.dep_ in ("agent", "auxpass") for c in v.children):
        return None
    clause = any(c.dep_ == "ccomp" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for c in v.children)
    return noun if clause else None


def particle_cue_subject(v: Token, particles: Mapping[str, frozenset[str]]) -> Token | None:
    """The subject of a verb of speaking with its own particle ("boasted of", "spoke of", "warned
    of": ``particles``) that the parser read as a reduced relative on the noun right before it
    ("Pro-government channels first boasted of a strike on “...”": "boasted" an acl of
    "channels"): such a verb with its particle is no passive participle, and the noun is its
    speaker, when it is a subject or the root. None with a "by" agent or a passive auxiliary, or with
    more than adverbs between."""
    noun = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= v.i \
            or noun.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None  # "Channels loyal to the army boasted of ...": not the army
    if any(t.pos_ != "ADV" for t in v.doc[noun.i + 1:v.i]) or any(c.dep_ in ("agent", "auxpass") for c in v.children):
        return None
    own = particles.get(v.lemma_.lower(), frozenset())
    return noun if any(c.dep_ == "prep" and c.lower_ in own for c in v.children) else None


def noun_read_as_cue(tok: Token) -> bool:
    """A verb of saying the tagger read as a noun, made the sentence's root with a subject of its
    own ("A statement from the ministry read: “...”", "“...,” a statement from the group read."):
    a noun takes no subject; with a clause it reports (before or after it) it is the verb.
    Not a noun with no subject ("the read was slow") or none of a clause."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
        and any(c.dep_ == "ccomp" for c in tok.children) \
        and any(t.text in QUOTE_GLYPHS for t in tok.sent)


def comma_between(a: Token, b: Token) -> bool:
    """A comma between the tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[lo + 1:hi])


__all__ = [
    "apposed_speaker",
    "closing_cue_phrase",
    "comma_between",
    "compound_speaker",
    "inverted_object",
    "misattached_subject",
    "noun_read_as_verb",
    "particle_cue_subject",
    "perfect_subject",
    "plural_noun_cue",
    "reduced_relative_subject",
    "root_noun_participle",
    "subordinated_subjects",
    "verb_read_as_noun",
]


def infinitive_conjunct_head(v: Token) -> Token | None:
    """The verb a finite cue with no subject of its own is really coordinated with, when the
    parser coordinated it with the infinitive that verb governs ("The governor urges residents to
    stay calm and assures that ...": "assures" is the governor's, not the residents' whom "stay"
    is about): ``v`` in the tense of that verb ("urges ... assures", "urged ... warned"), and the
    infinitive a bare one after "to". None for an infinitive's own conjunct ("urged them to stay
    and keep ...") or a conjunct with a subject."""
    inf = v.head
    if v.dep_ != "conj" or v.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    if inf.tag_ != "VB" or inf.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    governor = inf.head
    return governor if governor.i != inf.i and governor.tag_ == v.tag_ and governor.i < v.i else None


def relayed_clause(c: Token, relay_verbs: Collection[str]) -> list[Token]:
    """The clause of a closing reporting clause the parser made a cue's content: in "N said A,
    W reported." it hangs "W reported" on "said" and A on "reported", but N said A and W relays
    the whole sentence. When ``c`` (a content clause after its cue) is a verb of relaying
    (``relay_verbs``: "report") closing the sentence, its subject following its own content
    clause after a comma, that clause; else ``[c]``."""
    doc = c.doc
    if c.lemma_.lower() not in relay_verbs or c.i <= c.head.i:
        return [c]
    subjects = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    inner = [x for x in c.children if x.dep_ == "ccomp" and x.i < c.i]
    if not subjects or not inner:
        return [c]
    first = subjects[0].left_edge.i
    tail = doc[c.i + 1:c.right_edge.i + 1]
    if doc[first - 1].text != "," or inner[-1].right_edge.i >= first - 1 or any(not t.is_punct for t in tail):
        return [c]
    return inner


def compound_read_as_cue(v: Token) -> Token | None:
    """The subject of a verb of saying in the present, the sentence's root, whose plural subject
    the parser made its compound (the verb tagged as a singular noun, or as a verb) ("Western
    media report that 19 people died", "Question: Local officials say that ..."): a noun compound
    right before it and, after it, a clause opened by "that" with a subject of its own; its only
    other subject, if any, a line's label (:func:`colon_label`). None otherwise ("a media report"
    with no clause, "The report that 19 died was withdrawn": not the root)."""
    if v.tag_ not in ("NN", "VB", "VBP") or v.dep_ != "ROOT" or v.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") and not colon_label(c) for c in v.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in v.children):
        return None
    subj = v.doc[v.i - 1]
    return subj if subj.dep_ == "compound" and subj.head.i == v.i and subj.pos_ in ("NOUN", "PROPN") else None


def colon_label(t: Token) -> bool:
    """A subject the parser found in a line's label before a colon ("Question: Media report that
    ...", "Q: Officials say ..."): a phrase ending right before a colon that opens its sentence."""
    doc = t.doc
    end = t.right_edge.i
    colon = end if doc[end].text == ":" else end + 1  # the parser may hang the colon on the label
    return t.i < t.head.i and colon < len(doc) and doc[colon].text == ":" \
        and all(w.is_space for w in doc[t.sent.start:t.left_edge.i])
