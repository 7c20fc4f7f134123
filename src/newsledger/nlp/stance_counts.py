"""Frames of denial that bear on a count itself (issue 15), read by
:func:`newsledger.nlp.stance_frames.frame_stance` for figures, quotes and events:

* **set against**: a definite count someone gave, after a phrase that says the real number is
  smaller ("far fewer than the 120 the rebels claimed", "nowhere near the 400 the opposition
  gave"): negated; "fewer than 300 died" (a bound) and "fewer than the 300 who died last year" (no
  one gave it) stay asserted;
* **disputed after**: a noun of claim set after the clause with a comma, whose own clause denies it
  ("The rebels say 70 fighters died, a figure the army disputes", "..., a toll the police deny"):
  the count of that clause is denied, the parser's reading of the apposition aside;
* **denied by a relative**: the count's own relative clause denies it ("put the toll at 80, which the
  police deny"): denied;
* **happening denied**: a count in the phrase of a noun of happening that is the object of a verb of
  denial ("denies the arrest of 250 students", "denied the deaths of 16 soldiers"): denied (the verb
  negated, "did not deny the abduction of 31 farmers": uncertain, as "did not deny that ...");
* **count denied**: the count as the object of a verb of denial ("disputing the 30 given by
  witnesses", "denied 30 deaths", a headline's "Army denies 30 civilians killed"): denied; "dismissed 40 officers" (no count of a happening) is not;
* **described subject**: a count in a definite subject whose copula has a predicate other than one
  of truth ("the toll of 33 is not yet final"): presupposed, the negation is the predicate's;
* **givers lying**: a count a verb of saying gives, whose sayers the text calls liars ("the rebels
  are lying when they claim 45 soldiers surrendered", "those who say we killed 70 are lying"): negated;
* **count called false**: the counted noun as the subject of a predicate of falsity ("These 500 deaths
  are an invention", "the 300 dead are a lie"): denied; not negated ("... are not a lie") nor with an
  infinitive on the predicate ("the 30 deaths were impossible to prevent");
* **contrary claim**: a count in a noun of claim after "contrary to" ("contrary to reports of 300
  dead, 30 died"): negated;

The words are in ``data/nlp/stance.yaml``; the grammar is here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance import denies, negated
from .stance_words import StanceWords
from .syntax import is_verb

_DEFINITE = frozenset({"the", "these", "those"})
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", ",", "—", "–"})
_APPOSITION_REACH = 7  # words from the noun of claim to its verb of denial


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _given(tok: Token, w: StanceWords) -> bool:
    """The count is one someone gave: a verb of saying or giving on it or on its noun, or just after it
    ("the 120 the rebels claimed", "the 300 claimed by the rebels", "the 80 reported")."""
    doc, sent = tok.doc, tok.sent
    for t in doc[tok.i + 1:min(tok.i + 6, sent.end)]:
        if t.lower_ in _CLAUSE_END:
            return False
        if is_verb(t) and (_lemma(t) in w.report_verbs or _lemma(t) in w.giving_verbs):
            return True
    return False


def set_against(tok: Token, w: StanceWords) -> bool:
    """A definite count someone gave, after a phrase of a smaller number ("far fewer than the 120
    the rebels claimed", "nowhere near the 400 the opposition gave")."""
    if not tok.like_num:
        return False
    doc, i = tok.doc, tok.i - 1
    while i > tok.sent.start and doc[i].pos_ in ("ADJ", "ADV") and doc[i].lower_ not in _DEFINITE:
        i -= 1  # "the official 300", "the widely reported 300"
    if i < tok.sent.start + 2 or doc[i].lower_ not in _DEFINITE:
        return False
    if doc[i - 1].lower_ == "than":  # "far fewer people were hurt than the 80 reported"
        return any(f"{t.lower_} than" in w.lesser_phrases for t in doc[max(tok.sent.start, i - 8):i - 1]) \
            and _given(tok, w)
    return f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in w.lesser_phrases and _given(tok, w)


def disputed_after(tok: Token, w: StanceWords) -> bool:
    """A noun of claim after a comma that closes the count's clause, its own clause a verb of denial
    ("..., a figure the army disputes", "..., a toll the police deny", "..., a claim rejected by the
    ministry"); not a negated one ("a figure the army does not dispute")."""
    doc, sent = tok.doc, tok.sent
    comma = next((t for t in doc[tok.i + 1:sent.end] if t.lower_ in _CLAUSE_END), None)
    if comma is None or comma.lower_ not in (",", "—", "–") or comma.i + 2 >= sent.end:
        return False
    det, noun = doc[comma.i + 1], doc[comma.i + 2]
    if det.pos_ != "DET" or _lemma(noun) not in w.proposition_nouns or _lemma(noun) in w.attitude_nouns:
        return False
    for t in doc[noun.i + 1:min(noun.i + 1 + _APPOSITION_REACH, sent.end)]:
        if t.lower_ in _CLAUSE_END:
            return False
        if (_lemma(t) in w.denial_verbs or denies(t, w)) and not negated(t, w) \
                and not any(doc[j].lower_ in w.negators for j in range(noun.i + 1, t.i)):
            return True
    return False


def denied_by_relative(tok: Token, w: StanceWords) -> bool:
    """The count's own relative clause is a verb of denial whose object is the relative pronoun
    ("Witnesses put the toll at 80, which the police deny"): denied; not negated ("which the police do
    not deny") nor a pronoun that is its subject ("80 officers, who deny the charges")."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    return any(c.dep_ == "relcl" and c.i > noun.i and (denies(c, w) or _lemma(c) in w.denial_verbs)
               and not negated(c, w) and any(g.dep_ in ("dobj", "nsubjpass") and g.tag_ in ("WDT", "WP")
                                             for g in c.children) for c in noun.children)


def happening_denial(tok: Token, w: StanceWords) -> str | None:
    """The count is in the "of" phrase of a noun of happening that is the object of a verb of denial
    ("denies the arrest of 250 students", "denied the deaths of 16 soldiers"): denied; the verb negated
    ("did not deny the abduction of 31 farmers"), left open, as "did not deny that ..."."""
    for a in tok.ancestors:
        if a.pos_ == "NOUN" and _lemma(a) in w.happening_nouns and a.dep_ in ("dobj", "nsubjpass"):
            verb = a.head
            if is_verb(verb) and denies(verb, w) and any(
                    c.dep_ == "prep" and c.lower_ == "of" and tok in c.subtree for c in a.children):
                return "uncertain" if negated(verb, w) else "denied"
            return None
        if is_verb(a):
            return None
    return None


def count_denied(tok: Token, w: StanceWords) -> bool:
    """The count is itself the object of a verb of denial, or counts a noun of happening that is, or
    a noun with a participle of harm, a headline's reduced clause ("disputing the 30 given by
    witnesses", "the army denied 30 deaths", "Army denies 30 civilians killed in strike"); not a count
    of people or things a verb of refusal or dismissal takes ("dismissed 40 officers", "rejected 12
    appeals filed by the families")."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    reduced = any(c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in w.harm_verbs for c in noun.children)
    if noun.dep_ != "dobj" or not (noun.i == tok.i or _lemma(noun) in w.happening_nouns or reduced):
        return False
    verb = noun.head
    return is_verb(verb) and denies(verb, w) and not negated(verb, w)


def described_subject(tok: Token, w: StanceWords) -> bool:
    """The count is in a definite subject of a copula with a predicate of its own, not one of truth
    ("the toll of 33 is not yet final", "the 30 dead were not soldiers"): the negation bears on the
    predicate, the count is presupposed; "the figure of 70 is not correct" is not."""
    cur = tok
    while cur.dep_ in ("nummod", "quantmod", "pobj", "prep", "compound") and cur.head.i != cur.i:
        cur = cur.head
    copula = cur.head
    if cur.dep_ != "nsubj" or _lemma(copula) not in w.linking_verbs or not any(
            c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in cur.children):
        return False
    preds = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
    return bool(preds) and not any(_lemma(c) in w.truth_words or _lemma(c) in w.falsity_words
                                   or c.lower_ in w.truth_words for c in preds)


def givers_lying(tok: Token, w: StanceWords) -> bool:
    """The count is what a verb of saying gives, and the text calls its sayers liars: the saying is
    the "when" clause of a verb of lying ("the rebels are lying when they claim 45 soldiers
    surrendered") or the relative clause of its subject ("those who say we killed 70 are lying");
    not "14 people lying in the rubble" (no saying)."""
    say = next((a for a in tok.ancestors if is_verb(a)
                and (_lemma(a) in w.report_verbs or a.dep_ in ("advcl", "relcl"))), None)
    while say is not None and _lemma(say) not in w.report_verbs and say.dep_ == "ccomp":
        say = say.head  # "say we killed 70": up through the complement to the saying
    if say is None or _lemma(say) not in w.report_verbs:
        return False
    head = say.head
    if say.dep_ == "advcl" and _lemma(head) in w.lying_verbs:
        return not negated(head, w)
    if say.dep_ == "relcl":  # "those who say ... are lying", however the parser hung the verb of lying
        return any(_lemma(v) in w.lying_verbs and v.i > say.i and not negated(v, w)
                   for v in head.children if v.dep_ == "relcl" or v.dep_ == "conj") or (
            head.dep_ == "nsubj" and _lemma(head.head) in w.lying_verbs and not negated(head.head, w))
    return False


def contrary_claim(tok: Token, w: StanceWords) -> bool:
    """The count is in a noun of claim after a phrase of contrast ("contrary to reports of 300 dead",
    "contrary to claims that 45 soldiers were captured"): negated; the clause it modifies is not."""
    for a in tok.ancestors:
        if a.dep_ == "pobj" and _lemma(a) in w.proposition_nouns and a.head.i > 0 \
                and f"{a.head.nbor(-1).lower_} {a.head.lower_}" in w.contrary_phrases:
            return True
        if is_verb(a) and a.dep_ not in ("acl", "relcl", "ccomp"):
            return False
    return False


__all__ = ["contrary_claim", "count_called_false", "count_denied", "denied_by_relative", "described_subject", "disputed_after", "givers_lying", "happening_denial", "set_against"]


def count_called_false(tok: Token, w: StanceWords) -> bool:
    """The noun a count counts is the subject of a linking verb, not negated, whose predicate is a word
    of falsity ("These 500 deaths are an invention of the opposition"), with no infinitive on it
    ("the 30 deaths were impossible to prevent")."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    verb = noun.head
    if noun.dep_ != "nsubj" or _lemma(verb) not in w.linking_verbs or negated(verb, w):
        return False
    return any(c.dep_ in ("attr", "acomp") and (_lemma(c) in w.falsity_words or c.lower_ in w.falsity_words)
               and not any(g.dep_ == "xcomp" for g in c.children) for c in verb.children)
