"""Frames of denial, retraction, replacement and doubt that sit above a proposition's clause in
ways the dependency path of :func:`newsledger.nlp.stance.stance_of` does not follow, or that the
parser attaches unreliably (issue 15). :func:`framed_stance` reads them before ``stance_of``:

* **called false**: a verb of calling or denial whose object is a noun of claim, with a word of
  falsity closing its clause ("called reports of 15 dead soldiers fabricated", "branded the
  reports false", "called the claim that 90 villagers died propaganda", "dismissed as lies claims
  that ..."), or a noun of claim as a subject with a falsity predicate the parser split off
  ("Reports that 60 miners are trapped are untrue"): denied, wherever the parser hung the word;
* **retracted**: a noun of claim as the object of a verb of retraction ("withdrew the figure of
  120 dead", "retracted its report that 50 were arrested", "corrected its earlier report that
  ..."): its author takes it back, denied;
* **replaced**: a phrase after "rather than" / "instead of" ("about 30 died, rather than the 500
  first reported", "70 dead instead of 700"): negated, the value kept is the other one;
* **doubted**: a noun of claim qualified by an adjective of doubt ("unverified reports said 90
  were killed", "an unconfirmed toll of 30"), a negated noun of knowledge over it ("no
  independent confirmation of the toll of 70"), an infinitive of checking on a negated noun ("no
  way to verify that 50 died"), a hedge on the count itself ("probably 30 people"), or a check said
  to have failed after it ("…, though this could not be independently verified"): uncertain;
* **presupposed**: a count with a predicate of its own, a relative clause or participle ("the 81
  who died", "none of the 25 dead were civilians"), is not negated by the clause it sits in;
* **intended**: a count in the infinitive of a verb of threat or intent ("threatened to kill 12
  hostages"): future, no claim of what happened; a count in a counterfactual ("300 children would
  have died"): hypothetical.

The words are in ``data/nlp/stance.yaml``; the grammar is here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance import denies, negated, stance_of
from .stance_counts import (
    contrary_claim,
    count_called_false,
    count_denied,
    denied_by_relative,
    described_subject,
    disputed_after,
    givers_lying,
    happening_denial,
    set_against,
)
from .stance_predicates import (
    asked_part,
    doubted_subject,
    folded_false_complement,
    shifted_false_object,
)
from .stance_words import StanceWords
from .syntax import is_verb

_PUNCT_END = frozenset({",", ".", ";", ":", "!", "?", "—", "–"})
# relations by which a noun of claim is the thing a verb calls false (the parser's many readings)
_OBJECT = frozenset({"dobj", "advcl", "oprd", "ccomp", "xcomp", "nsubjpass"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _false_word(tok: Token, w: StanceWords) -> bool:
    """A word of falsity, or a noun of claim a word of falsity qualifies ("fake news", "false
    claims"; not "a false start")."""
    if _lemma(tok) in w.falsity_words or tok.lower_ in w.falsity_words:
        return True
    return tok.pos_ == "NOUN" and _lemma(tok) in w.proposition_nouns and any(c.dep_ == "amod" and (c.lower_ in w.falsity_words or _lemma(c) in w.falsity_words)
                                      for c in tok.children)


def _claim_noun(tok: Token, w: StanceWords) -> bool:
    """A noun of claim in a noun's form ("claims", not "claimed" or "claiming"); a capitalised plural
    opening its sentence, which the parser may read as a name ("Accusations that ..."), too."""
    lemma = _lemma(tok)
    if tok.tag_ == "NNPS" and tok.i == tok.sent.start and lemma.endswith("s"):
        lemma = lemma[:-1]
    return lemma in w.proposition_nouns and lemma not in w.attitude_nouns and (
        tok.tag_.startswith("NN") or tok.lower_ in (lemma, lemma + "s"))


def _closing_word(head: Token) -> Token | None:
    """The last word of ``head``'s subtree before the punctuation that ends its clause."""
    last = head.right_edge
    while last.i > head.i and (last.is_punct or last.lower_ in _PUNCT_END):
        last = last.doc[last.i - 1]
    return last if last.i > head.i else None


def _closes_false(verb: Token, noun: Token, w: StanceWords) -> bool:
    """A word of falsity after ``noun`` closes the clause of ``verb``: a dependent of the verb,
    the word the parser made the verb's head, a phrase "as lies", or the last word of the noun."""
    for c in verb.children:
        if c.i > noun.i and c.i != noun.i and (_false_word(c, w) or (
                c.dep_ == "prep" and c.lower_ == "as" and any(_false_word(g, w) for g in c.children))):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < noun.i and any(_false_word(g, w) for g in c.children):
            return True  # "dismissed as lies claims that ..."
    doc = verb.doc
    if any(doc[i].lower_ == "as" and _false_word(doc[i + 1], w) for i in range(verb.i + 1, noun.i - 1)):
        return True  # "dismissed as lies claims that ...", however "as" and "lies" were parsed
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.i > noun.i and _false_word(verb.head, w):
        return True  # "called reports of 15 dead soldiers fabricated" read with "fabricated" as the root
    last = _closing_word(noun)
    # the parser may take a closing adjective for the object of the noun's "of" ("called the toll of 250
    # exaggerated"); a noun there is a topic ("reports of lies"), not a predicate
    return last is not None and last.i > noun.i and _false_word(last, w) and (
        last.dep_ not in ("pobj", "nsubj") or (last.dep_ == "pobj" and last.tag_ in ("JJ", "VBN")))


def _calls_false(noun: Token, w: StanceWords) -> bool:
    """``noun``, a noun of claim, is called false by the verb it is the object of, or by a
    predicate of falsity the parser split off it ("Reports that ... are untrue")."""
    verb = noun.head
    if noun.dep_ in _OBJECT and verb.i != noun.i and is_verb(verb) and not negated(verb, w) and (
            _lemma(verb) in w.calling_verbs or denies(verb, w)):
        return _closes_false(verb, noun, w)
    if noun.dep_ in ("nsubj", "ccomp", "ROOT"):
        for c in noun.children:
            if c.dep_ in ("conj", "ccomp") and _lemma(c) in w.linking_verbs and c.i > noun.i \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not negated(c, w) \
                    and any(g.dep_ in ("acomp", "attr") and _false_word(g, w) for g in c.children):
                return True
    return False


def _false_subject(tok: Token, w: StanceWords) -> bool:
    """``tok`` is in the subject of its sentence, a noun of claim opening it with a clause or a
    participle after it, whose predicate is a word of falsity ("The allegations spread by its media
    that civilians were killed are completely baseless", "The claim that it killed nine fighters is
    a blatant lie"), however the parser split the long subject from its predicate."""
    sent = tok.sent
    doc = tok.doc
    nouns = [t for t in doc[sent.start:min(sent.start + 4, tok.i)] if t.i + 1 < sent.end and (_claim_noun(t, w) or (
        t.pos_ == "NOUN" and doc[t.i + 1].tag_ == "VBG" and _lemma(doc[t.i + 1]) in w.report_verbs))]
    after = doc[nouns[0].i + 1] if nouns else None
    participle = after is not None and (after.tag_ == "VBN" or (  # "spread by": a participle read as a past tense
        after.tag_ == "VBD" and after.i + 1 < sent.end and doc[after.i + 1].lower_ == "by"))
    saying = after is not None and after.tag_ == "VBG" and _lemma(after) in w.report_verbs  # "posts claiming 500 deaths"
    if after is None or not (after.lower_ in ("that", "of", "about", "by") or participle or saying):
        return False
    copula = next((t for t in doc[tok.i + 1:sent.end] if _lemma(t) in w.linking_verbs and t.pos_ in ("AUX", "VERB")
                   and t.dep_ not in ("aux", "auxpass")), None)
    if copula is None or negated(copula, w) or any(t.lower_ in (";", ":") for t in doc[nouns[0].i:copula.i]):
        return False
    for t in doc[copula.i + 1:min(copula.i + 5, sent.end)]:
        if _false_word(t, w):
            return not any(c.dep_ == "xcomp" for c in t.children)  # not "impossible to bear"
        if t.pos_ not in ("DET", "ADV", "ADJ"):
            return False
    return False


def _taken_back(tok: Token, w: StanceWords) -> bool:
    """A count its clause gives, called false later in the same sentence by a clause coordinated with
    it, whose subject is the noun of claim that names it ("put the toll at 60, but later said that
    figure was wrong"): its giver takes it back."""
    clause = next((a for a in tok.ancestors if is_verb(a)), None)
    if clause is None or not tok.like_num:
        return False
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > tok.i):
        for t in conj.subtree:
            if t.dep_ == "nsubj" and (_claim_noun(t, w) or _standing_for(t, w)) and not any(g.like_num for g in t.subtree) and any(
                    c.dep_ in ("acomp", "attr") and _false_word(c, w) for c in t.head.children) and not negated(t.head, w):
                return True
    return False


def _standing_for(tok: Token, w: StanceWords) -> bool:
    """A demonstrative subject standing for what was said before ("but later said that was wrong"),
    not "it" of an extraposed clause ("it was wrong to say ...")."""
    return tok.lower_ in w.demonstratives and not any(t.dep_ in ("xcomp", "ccomp") for t in tok.head.subtree if t.i != tok.head.i)


def _retracted(noun: Token, w: StanceWords) -> bool:
    """``noun``, a noun of claim, is the object of a verb of retraction ("withdrew the figure")."""
    verb = noun.head
    return noun.dep_ == "dobj" and is_verb(verb) and (_lemma(verb) in w.retraction_verbs or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in w.retraction_particles.get(_lemma(verb), ())
        for c in verb.children)) and not negated(verb, w)  # "walked back its statement that ..."


def _revision_series(tok: Token, noun: Token) -> bool:
    """``tok`` is one of a list of values after a colon that follows ``noun``, the object of a verb
    of retraction ("revised its toll three times: 32 on the first day, 200 the next, nearly 400 by
    Sunday"): the values the figure took, each stated in its turn, not one taken back. One value
    after the colon ("withdrew its figure: 140 dead") is the figure withdrawn."""
    path = [tok, *tok.ancestors]
    if noun not in path:
        return False
    head = path[path.index(noun) - 1] if path.index(noun) > 0 else tok
    doc = tok.doc
    if head.dep_ != "appos" or not any(t.text in (":", "\u2013", "\u2014") for t in doc[noun.i + 1:head.i]):
        return False
    return any(c.dep_ in ("appos", "conj") and c.like_num for t in head.subtree for c in t.children)


def _doubted_noun(noun: Token, w: StanceWords) -> bool:
    """``noun``, a noun of claim, carries an adjective of doubt ("unverified reports"; opening the
    sentence, the parser may read it as part of a name: "Unconfirmed reports said ...")."""
    return any((c.dep_ == "amod" or (c.dep_ == "compound" and c.i == c.sent.start))
               and (_lemma(c) in w.uncertain_adjectives or c.lower_ in w.uncertain_adjectives)
               for c in noun.children if c.i < noun.i)


def _denied_passive(noun: Token, w: StanceWords) -> bool:
    """``noun``, a noun of claim, is the subject of a passive verb of denial or rejection, not negated
    ("The claim that 70 children died has been debunked", "reports of 40 dead were denied by the army")."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and is_verb(verb) and (
        denies(verb, w) or _lemma(verb) in w.rejection_verbs) and not negated(verb, w)


def _negative(noun: Token, w: StanceWords) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in w.negators for c in noun.children)


def _unchecked(tok: Token, w: StanceWords) -> bool:
    """Under a negated noun of knowledge ("no independent confirmation of the toll") or an infinitive
    of checking on a negated noun ("no way to verify that ...")."""
    for a in tok.ancestors:
        if a.pos_ == "NOUN" and _lemma(a) in w.knowledge_nouns and _negative(a, w):
            return True
        if is_verb(a) and _lemma(a) in w.question_verbs and a.dep_ in ("relcl", "acl") and _negative(a.head, w) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            return True  # an infinitive of checking: not "no one that can say that ..."
    return False


def _unable(adj: Token, copula: Token, w: StanceWords) -> bool:
    """An adjective of refusal ("impossible"), or of ability negated ("not possible", "not able")."""
    return _lemma(adj) in w.refusal_words or (_lemma(adj) in w.ability_words and (negated(adj, w) or negated(copula, w)))


def _cannot_check(tok: Token, w: StanceWords) -> bool:
    """An infinitive of checking made impossible: "it was not possible to confirm that 37 drowned",
    "officials were not able to verify that ...", or a claim as the subject of one ("their claim of
    81 dead was impossible to independently verify")."""
    for a in tok.ancestors:
        if a.dep_ == "nsubj" and _lemma(a.head) in w.linking_verbs and any(  # "their claim ... was impossible to verify"
                c.dep_ == "acomp" and _unable(c, a.head, w) and any(g.dep_ == "xcomp" and _lemma(g) in w.question_verbs
                                                                   for g in c.children) for c in a.head.children):
            return True
        if not (is_verb(a) and _lemma(a) in w.question_verbs and a.dep_ == "xcomp"):
            continue
        head = a.head
        adj = head if head.pos_ == "ADJ" else next((c for c in head.children if c.dep_ == "acomp"), None)
        if adj is None:
            continue
        copula = adj.head if adj.i != head.i or head.dep_ == "acomp" else head
        if _unable(adj, copula, w):
            own_object = any(c.dep_ in ("dobj", "ccomp") for c in a.children)
            return own_object or any(c.dep_ == "nsubj" and c.i <= tok.i <= c.right_edge.i for c in copula.children)
    return False


def _false_extraposed(tok: Token, w: StanceWords) -> bool:
    """"It is a lie that 25 soldiers surrendered": the clause the parser hung on the word of falsity
    after an expletive "it" and a copula is called false."""
    for a in tok.ancestors:
        if a.dep_ in ("attr", "acomp") and _false_word(a, w) and _lemma(a.head) in w.linking_verbs \
                and not negated(a.head, w) and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in a.head.children):
            return True
        if is_verb(a) and a.dep_ not in ("relcl", "acl", "ccomp") and not (
                a.dep_ == "xcomp" and _lemma(a) in w.report_verbs):  # "it would be wrong to say that ..."
            return False
    return False


def _unverified_later(tok: Token, w: StanceWords) -> bool:
    """What the sentence states is said, after it, to be unchecked, by a passive verb of checking
    whose subject stands for it: "…, though this could not be independently verified", "…, which could
    not be confirmed", or the next sentence "The claim could not be verified." (a noun of claim or a
    demonstrative, no count of its own)."""
    doc, sent = tok.doc, tok.sent
    later = [t for t in doc[tok.i + 1:sent.end] if t not in tok.ancestors]
    if sent.end < len(doc) and not any(t.text in "\"“”" for t in doc[sent.end].sent):
        later += [doc[sent.end].sent.root]
    for v in later:
        if is_verb(v) and _lemma(v) in w.question_verbs and negated(v, w) and any(
                c.dep_ == "nsubjpass" and (c.lower_ in w.demonstratives or c.lower_ == "which" or (
                    _claim_noun(c, w) and not any(g.like_num for g in c.subtree))) for c in v.children):
            return True
    return False


def _hedged_count(tok: Token, w: StanceWords) -> bool:
    """A hedge on the count itself: "probably 30 people", "perhaps 40"."""
    return tok.like_num and any(c.dep_ in ("advmod", "quantmod") and c.lower_ in w.hedge_adverbs and c.i < tok.i
                                for c in tok.children)


def _replaced(tok: Token, w: StanceWords) -> bool:
    """The count's phrase follows "rather than" or "instead of": it is what is not so."""
    cur = tok
    for _ in range(4):
        left = cur.left_edge.i
        if left >= 2 and f"{tok.doc[left - 2].lower_} {tok.doc[left - 1].lower_}" in w.replacing_phrases:
            return True
        if is_verb(cur) or cur.head.i == cur.i or cur.dep_ not in ("nummod", "quantmod", "compound", "pobj", "dobj"):
            return False
        cur = cur.head
    return False


def _contrasted(tok: Token, w: StanceWords) -> bool:
    """A count after a comma and a negator, set against the value before it ("the number of dead was
    14, not 140", "a dozen deaths, not the 300 claimed"): the count after the negator is not so; not
    a bound (``stance_bound_adverbs``: "— not quite 13 cents on the dollar", "not more than 20")."""
    i = tok.i - 1
    while i > tok.sent.start and tok.doc[i].pos_ in ("DET", "ADV") and tok.doc[i].lower_ not in w.negators:
        i -= 1  # "not the 300", "not about 300"
    neg = tok.doc[i]
    if i + 1 < tok.i and tok.doc[i + 1].lower_ in w.stance_bound_adverbs:
        return False  # "a fraction of it — not quite 13 cents on the dollar": a bound, not a contrast
    return tok.like_num and i > tok.sent.start and i < tok.i and neg.lower_ in w.negators \
        and tok.doc[i - 1].lower_ in (",", ";", "—", "–", "and", "but")


def counterfactual(tok: Token, w: StanceWords) -> bool:
    """The count's clause is a counterfactual: a modal of condition over a perfect ("hundreds of
    children would have died", "300 people would otherwise have been killed")."""
    verb = next((a for a in (tok, *tok.ancestors) if is_verb(a)), None)
    if verb is None or (verb.i != tok.i and _own_predicate(_counted(tok), w)):
        return False  # "the 240 patients who died would have survived": the count is of the dead
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in w.counterfactual_modals for a in aux) and "have" in aux


def _intended(tok: Token, w: StanceWords) -> bool:
    """The count is in the infinitive of a verb of threat or intent ("threatened to kill 12")."""
    for a in tok.ancestors:
        if is_verb(a):
            return a.dep_ == "xcomp" and _lemma(a.head) in w.intent_verbs and not negated(a.head, w)
    return False


def _counted(tok: Token) -> Token:
    return tok.head if tok.dep_ in ("nummod", "quantmod") else tok


def _own_predicate(noun: Token, w: StanceWords) -> bool:
    """The counted noun has a predicate of its own: it is a participle or adjective ("the 25 dead"), or
    has a relative clause or a participle after it ("the 81 who died", "the 16 killed"), not a report
    of it ("the 500 deaths reported by the ministry")."""
    return noun.tag_ in ("JJ", "VBN") or any(
        (c.dep_ in ("relcl", "acl") or (c.dep_ == "amod" and c.tag_ in ("VBN", "JJ") and c.i > noun.i))
        and _lemma(c) not in w.report_verbs for c in noun.children)


def presupposed(tok: Token, w: StanceWords) -> bool:
    """A count with a predicate of its own (a relative clause or participle on it, "the 81 who died",
    "the 16 killed", "the 25 dead"; not a report of it, "the 500 deaths reported by the ministry") that
    is an object or a partitive, not the subject its clause negates, or a definite count in a phrase
    of company ("were not deported along with the 40"): the negation of the clause does not bear on
    the count."""
    noun = _counted(tok)
    own = _own_predicate(noun, w)
    prep = noun.head
    along = noun.dep_ == "pobj" and prep.lower_ == "with" and prep.i > 0 and prep.nbor(-1).lower_ in w.comitative_words
    if described_subject(tok, w):
        return True  # "the toll of 33 is not yet final"
    return (own or along) and noun.dep_ in ("dobj", "pobj") and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                         for c in noun.children)


def frame_stance(tok: Token, w: StanceWords) -> str | None:
    """The stance a frame of this module gives the proposition whose word is ``tok``, or None."""
    if _cannot_check(tok, w):
        return "uncertain"
    for a in (tok, *tok.ancestors):
        if _claim_noun(a, w):  # the word itself too: a quote whose content is "the allegation that ..."
            if _calls_false(a, w) or (_retracted(a, w) and not _revision_series(tok, a)) or _denied_passive(a, w) \
                    or folded_false_complement(a, w):
                return "denied"
            if a.dep_ == "dobj" and _lemma(a.head) in w.retraction_verbs and a.i != tok.i:
                return "asserted"  # "has not revised its toll of 210": the toll stands
            if _doubted_noun(a, w):
                return "uncertain"
        if is_verb(a) and _lemma(a) in w.report_verbs and a.i != tok.i and any(
                c.dep_ == "nsubj" and _claim_noun(c, w) and _doubted_noun(c, w) for c in a.children):
            return "uncertain"  # "unverified reports said 90 people were killed"
    if _false_subject(tok, w) or _false_extraposed(tok, w) or _taken_back(tok, w) or shifted_false_object(tok, w) or (
            tok.like_num and count_called_false(tok, w)):
        return "denied"
    if tok.like_num and (disputed_after(tok, w) or count_denied(tok, w) or denied_by_relative(tok, w)):
        return "denied"  # "..., a figure the army disputes"
    happening = happening_denial(tok, w) if tok.like_num else None
    if happening is not None:
        return happening  # "denies the arrest of 250 students"
    if _replaced(tok, w) or _contrasted(tok, w) or set_against(tok, w) or (tok.like_num and (
            givers_lying(tok, w) or contrary_claim(tok, w))):
        return "negated"
    if _unchecked(tok, w) or _hedged_count(tok, w) or _unverified_later(tok, w) or doubted_subject(tok, w):
        return "uncertain"
    return None


def framed_stance(tok: Token, w: StanceWords, *, event: bool = False, unsupported: str = "uncertain") -> str:
    """:func:`stance_of` after the frames of this module; a count in the infinitive of a verb of
    intent is ``future`` (figures: ``unsupported="negated"``), a presupposed count never negated."""
    framed = frame_stance(tok, w)
    if framed is not None:
        return framed
    stance = stance_of(tok, w, event=event, unsupported=unsupported)
    if (stance == "negated" and tok.like_num and presupposed(tok, w)) or (
            stance == "uncertain" and tok.like_num and asked_part(tok, w)):
        return "asserted"  # "the 81 who died were not ...", "how many of the 400 injured were children"
    if stance == "asserted" and not event and tok.like_num and _intended(tok, w):
        return "future"
    if stance == "asserted" and not event and counterfactual(tok, w):
        return "hypothetical"
    return stance


__all__ = ["counterfactual", "frame_stance", "framed_stance", "presupposed"]
