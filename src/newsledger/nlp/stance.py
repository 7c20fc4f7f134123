"""Stance: whether the text asserts, denies, negates or leaves open what a record states.

A quote, figure or event is *asserted* unless the clauses that govern it say otherwise:

* **denied**: an act of denial: the proposition is the complement of a verb or noun of denial
  ("X denied (that) it attacked the hospital", "Moscow has denied targeting civilians", "X
  rejected the claim that ...", "denied any involvement in ...", "its denial that ...", "ruled
  out ...", "distanced itself from the attack", "condemned the claims that ..."), or a claim of
  it is called false ("the accusations that ... are baseless", "it is untrue that ..."); for
  events, also a clause under a concessive phrase of denial ("despite Moscow's denials, ...");
* **negated**: its own clause is negated, in the outlet's voice or a speaker's ("no rockets
  were fired", "there are not 500 dead, the official said", "Israel said it did not strike the
  hospital": who says so is the record's claimant or speaker; "it is not true that ...", "far
  from attacking ..."); "no fewer than 500" is a qualifier, not a negation, and the correction
  after "not X but (rather) Y" is asserted;
* **uncertain**: it is the complement of a negated verb of knowing or confirming, of a refusal
  to confirm, or of an open question ("could not confirm that 40 people died", "I don't know
  whether it was an air strike", "it was not clear how many were killed", "it remains unclear
  whether", "there is no evidence that ...").

Only complement relations carry a stance upwards (clausal complements, the complement clause of
a proposition noun such as "claim", and the nominal path of a gerund or event noun); a relative
or adverbial clause keeps its own. The words are in ``data/nlp/stance.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance_words import StanceWords
from .syntax import is_verb
from .tree import children, tree

# relations by which a token's clause is reached from the token (the nominal path)
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep", "nummod", "amod", "compound",
                      "quantmod", "appos", "npadvmod", "acomp", "oprd", "poss", "dative", "agent", "det",
                      "advmod", "nmod", "case"})
# relations by which a clause hands its stance to the clause above
_COMPLEMENT = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "pcomp"})
_MAX_STEPS = 12


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def negator(tok: Token, w: StanceWords) -> bool:
    """``tok`` negates (not part of a qualifier such as "no fewer than", "not only")."""
    if tok.text.lower() not in w.negators and tok.dep_ != "neg":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.text.lower() not in w.negator_exceptions


def _negative_word(tok: Token, w: StanceWords) -> bool:
    """A negative pronoun or a noun with a negative determiner ("none of", "no rockets")."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.text.lower() in w.negative_pronouns or (tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no"):
        return nxt not in w.exceptive_words  # "none other than the mayor", "nobody but the army"
    if any(c.dep_ in ("nummod", "amod") and c.lower_ in ("one", "single") and c.i < tok.i
           and any(negator(g, w) for g in children(c) if g.i < c.i) for c in children(tok)):
        return True  # "not one fighter", "not a single civilian"
    return any(c.dep_ in ("det", "neg", "preconj") and c.i < tok.i
               and (negator(c, w) or c.text.lower() in w.negative_pronouns) for c in children(tok))


def _corrected_subject(subj: Token, w: StanceWords) -> bool:
    """A negated subject set against a correction after it: "Not 40, but 400 people were detained"
    (the negator bears on the 40 alone, the clause holds of the 400)."""
    return any(c.dep_ == "cc" and c.i > subj.i and c.lower_ in w.corrective_words for c in children(subj))


def negated(verb: Token, w: StanceWords) -> bool:
    """The clause headed by ``verb`` is negated: a negator on it, a negative subject, or a
    negative existential ("there is no damage", "there were no attacks"); for a copula, also a
    negator the parser hung on its predicate ("it was “not responsible”")."""
    kids = children(verb)
    if time_limited(verb, w):
        return False
    existential = any(c.dep_ == "expl" for c in kids)
    copula = _lemma(verb) == "be"
    for c in kids:
        if c.dep_ in ("neg", "advmod") and negator(c, w):
            return True
        if c.dep_ == "advmod" and c.text.lower() in w.negated_adverbs and any(
                g.dep_ == "neg" and g.i == c.i - 1 and negator(g, w) for g in children(c)):
            return True  # "will no longer grant access"
        if copula and c.dep_ in ("acomp", "attr") and c.i > verb.i and any(
                g.dep_ == "neg" and g.i < c.i and negator(g, w) for g in children(c)):
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "expl") and _negative_word(c, w) and not _corrected_subject(c, w):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and _lemma(g) in w.occasion_nouns and _negative_word(g, w)
                                    for g in children(c)):
            return True  # "at no point did the police claim", "in no way were they involved"
        if (existential and c.dep_ == "attr") or c.dep_ == "dobj":
            if _negative_word(c, w):  # "there were no attacks", "it had no role in", "did nothing"
                return True
    return False


def time_limited(verb: Token, w: StanceWords) -> bool:
    """The verb's negation is a time limit: "were not recovered until Friday", "did not leave until it stopped"."""
    return any((c.dep_ == "prep" and c.lower_ in w.time_limit_words) or (c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in w.time_limit_words for g in children(c))) for c in children(verb))


def _falsity(tok: Token, w: StanceWords) -> bool:
    return _lemma(tok) in w.falsity_words or tok.text.lower() in w.falsity_words


def _falsity_phrase(tok: Token, w: StanceWords) -> bool:
    """A word of falsity, or a noun it modifies ("fake news", "a fabricated story")."""
    return _falsity(tok, w) or (tok.pos_ == "NOUN" and any(g.dep_ == "amod" and _falsity(g, w) for g in children(tok)))


def _false_complement(verb: Token, w: StanceWords) -> bool:
    """``verb`` has a complement calling its object false ("called X baseless", "dismissed X as
    fabricated", "described as lies X", "called the reports fake news"): the parser hangs the
    word on the verb in several ways."""
    for c in children(verb):
        if c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp") and _falsity_phrase(c, w):
            return True
        if c.dep_ == "prep" and c.text.lower() == "as" and any(_falsity(g, w) for g in children(c)):
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "amod" and g.i > c.i and g.i > g.head.i and _falsity(g, w) for g in c.subtree):
            return True  # "called the reports “absurd”", "called reports of 30 deaths false": parsed as a modifier after a noun of the object
    return False


def called_false(noun: Token, w: StanceWords) -> bool:
    """The proposition noun is called false: "the accusations are false and baseless", "described
    as lies the accusations that ...", "dismissed the reports as fabricated", or by a word of
    falsity before it ("fabricated news that 50 died", "the false claims that it fired")."""
    if any(c.dep_ == "amod" and c.i < noun.i and _falsity(c, w) for c in children(noun)):
        return True
    head = noun.head
    if noun.dep_ == "nsubjpass" and _falsity(head, w):
        return True  # "the allegations that it struck the hospital were fabricated"
    if noun.dep_ in ("nsubj", "nsubjpass"):  # not "the claim ... is not a lie"
        return not negated(head, w) and any(c.dep_ in ("acomp", "attr", "oprd") and _falsity(c, w) and not any(
            g.dep_ == "xcomp" for g in children(c)) for c in children(head))  # not "impossible to bear"
    return noun.dep_ == "dobj" and _false_complement(head, w)


def calls_false(verb: Token, w: StanceWords) -> bool:
    """``verb`` calls a proposition (a noun of one as its object, or "it"/"this" standing for one
    said before) false: "called the claims baseless", "called Pakistan's assertions 'baseless'"
    (parsed with either word as oprd), 'the police called it "baseless propaganda"'."""
    claim = any(c.dep_ in ("dobj", "oprd") and (_lemma(c) in w.proposition_nouns or c.lower_ in w.demonstratives)
                for c in children(verb))
    return claim and _false_complement(verb, w)


def _corrective(conj: Token, w: StanceWords) -> bool:
    """``conj`` is the correction of a negated conjunct: "not 200 but (rather) a few dozen"."""
    if any(c.text.lower() in w.corrective_words and c.dep_ in ("advmod", "cc") for c in children(conj)):
        return True
    head = conj.head
    return any(c.dep_ == "cc" and c.text.lower() in w.corrective_words and head.i < c.i < conj.i
               for c in children(head))


def _after_but(verb: Token, arg: Token, w: StanceWords) -> bool:
    """``arg`` of a negated ``verb`` comes after a corrective "but": "not 90 dead, but 40"."""
    negs = [c.i for c in children(verb) if c.dep_ == "neg"]
    return bool(negs) and any(c.dep_ == "cc" and c.text.lower() in w.corrective_words and min(negs) < c.i < arg.i
                              for c in children(verb))


def _clause_of(tok: Token, w: StanceWords) -> tuple[Token, bool, bool, str]:
    """The verb heading ``tok``'s clause (or the top of its nominal path), whether the path
    itself negates it ("not 500", "no rockets"), whether it is a correction ("but rather") and
    the noun of proposition or of denial it passes through ("any involvement in the attack": "proposition",
    "a denial of any role in it": "denial", else "")."""
    cur, neg, corrected, proposition = tok, False, False, ""
    tr = tree(tok.doc)
    for _ in range(_MAX_STEPS):
        if cur.i != tok.i and cur.pos_ == "NOUN" and _lemma(cur) in w.denial_nouns:
            proposition = "denial"
        elif cur.i != tok.i and cur.pos_ == "NOUN" and _lemma(cur) in w.proposition_nouns \
                and _lemma(cur) not in w.attitude_nouns:  # "concerns about the threat": its topic, not a claim
            proposition = proposition or "proposition"
        elif cur.i != tok.i and cur.pos_ == "NOUN" and _lemma(cur) in w.evidence_nouns and _negative_word(cur, w):
            proposition = proposition or "no evidence"  # "there is no evidence of a strike"
        neg = neg or privative(cur, w)  # "far from an attack, it was ..."
        neg = neg or (any(c.dep_ in ("neg", "det", "advmod") and c.i < cur.i and negator(c, w)
                          for c in children(cur)) and not time_limited(cur, w))
        if any(c.dep_ == "advmod" and c.text.lower() in w.corrective_words for c in children(cur)):
            corrected = True  # "... but rather about 40"
        up, dep = tr.heads[cur.i], tr.deps[cur.i]
        if dep == "conj" and up != cur.i and not is_verb(cur):
            corrected = corrected or _corrective(cur, w)
            cur = tr.tokens[up]
            continue
        if is_verb(cur) or up == cur.i or dep not in _NOMINAL:
            return cur, neg, corrected, proposition
        head = tr.tokens[up]
        if is_verb(head) and _after_but(head, cur, w):
            corrected = True  # "there are not 90 dead, but 40"
        cur = head
    return cur, neg, corrected, proposition


def privative(prep: Token, w: StanceWords) -> bool:
    """``prep`` opens a phrase that says its object is not so: "far from (attacking)", "instead of",
    "rather than" (the adverb before it, wherever the parser hung it)."""
    return prep.dep_ == "prep" and prep.i > 0 and f"{prep.nbor(-1).lower_} {prep.lower_}" in w.privative_phrases \
        and not (prep.i > 1 and prep.nbor(-2).lower_ in w.negators)  # "not far from the 12 villages": near them


def _reflexive_prep(verb: Token, w: StanceWords) -> Token | None:
    """The preposition of a verb of distancing with a reflexive object: "distanced itself from"."""
    preps = w.reflexive_denials.get(_lemma(verb))
    if not preps or not any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in children(verb)):
        return None
    return next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ in preps), None)


def _object_prep(tok: Token, verb: Token, w: StanceWords) -> bool:
    """``tok`` is in a phrase the parser hung on the verb of denial right after its object of
    proposition: "disclaimed any role | in the bombing" (the phrase belongs to "role")."""
    objects = [c.i for c in children(verb) if c.dep_ == "dobj" and _lemma(c) in w.proposition_nouns]
    return bool(objects) and any(c.dep_ == "prep" and c.i > min(objects) and tok in c.subtree for c in children(verb))


def _rejected_claim(noun: Token, verb: Token, w: StanceWords) -> bool:
    """``verb`` is a verb of rejection ("condemned", "denounced") and ``noun`` its object, a noun
    of proposition with a clause of its own ("condemned the claims that ..."); these verbs deny a
    claim, not an act ("condemned the attack" denies nothing)."""
    return _lemma(verb) in w.rejection_verbs and noun.dep_ == "dobj" and noun.head.i == verb.i \
        and _lemma(noun) in w.proposition_nouns and any(c.dep_ in ("acl", "relcl", "ccomp") for c in children(noun))


def concessive_denial(clause: Token, w: StanceWords) -> bool:
    """``clause`` holds a concessive phrase of denial: "despite Moscow's denials", "in spite of
    denials by the army", "notwithstanding its denial": what the clause states is denied (by
    whoever the phrase names), unless the noun names what it denies ("despite its denial of
    the report, the army withdrew")."""
    for p in children(clause):
        if p.dep_ != "prep":
            continue
        objs = [c for c in children(p) if c.dep_ == "pobj"]
        if p.lower_ not in w.concessive_words:
            if not objs or objs[0].lower_ not in w.concessive_words:
                continue  # "in spite of": the concessive noun is the object, its "of" object the denial
            objs = [g for c in children(objs[0]) if c.dep_ == "prep" for g in children(c) if g.dep_ == "pobj"]
        if any(_lemma(o) in w.denial_nouns and not _has_content(o) for o in objs):
            return True
    return False


def _has_content(noun: Token) -> bool:
    """A noun of denial names what it denies ("its denial of the report", "denials that it
    fired"): then that, not the clause it concedes, is denied."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("of", "about"))
               for c in children(noun))


def _truth_frame(gov: Token, w: StanceWords) -> str | None:
    """A copula or truth word that says its clause is not so ("it is not true that ...", "it is
    not the case that ...": negated) or false ("it is untrue that ...": denied)."""
    verb = gov if is_verb(gov) else gov.head
    if _lemma(verb) not in w.linking_verbs:
        return None
    preds = [c for c in children(verb) if c.dep_ in ("acomp", "attr", "oprd")] if is_verb(gov) else [gov]
    if any(_falsity(c, w) for c in preds):
        return None if negated(verb, w) else "denied"  # "it is not untrue that ...": a double negative
    if any(_lemma(c) in w.truth_words for c in preds) and negated(verb, w):
        return "negated"
    return None


def denies(verb: Token, w: StanceWords) -> bool:
    """``verb`` is a verb of denial: "denied", "rejected", or a verb with its particle or the preposition
    right after it ("ruled out", "brushed off", "scoffed at")."""
    lemma = _lemma(verb)
    if lemma in w.denial_verbs:
        return True
    parts = w.denial_particles.get(lemma)
    # the particle right after the verb, whether parsed as a particle or an adverb ("pushed back on")
    return bool(parts) and any(c.text.lower() in parts and (c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.i == verb.i + 1))
                               for c in children(verb))


def _doubts(verb: Token, clause: Token, w: StanceWords) -> bool:
    """``verb`` leaves its complement ``clause`` open: a negated or refused verb of knowing, an
    open question under one, or an adjective of doubt."""
    lemma = _lemma(verb)
    if lemma in w.linking_verbs:  # "it is unclear whether", "it was not clear how many", "it remains unclear"
        adj = next((c for c in children(verb) if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
        return adj is not None and _doubts(adj, clause, w)
    if verb.pos_ == "ADJ":
        if lemma in w.uncertain_adjectives:
            return True
        return lemma in w.doubt_adjectives and (negated(verb, w) or negated(verb.head, w))
    if lemma not in w.doubt_verbs:
        return False
    if negated(verb, w) or _withheld(verb, w):
        return True
    question = any(c.dep_ == "mark" and c.text.lower() in w.question_marks for c in children(clause))
    return question and lemma in w.question_verbs


def _withheld(verb: Token, w: StanceWords) -> bool:
    """The verb is refused or impossible: "declined to confirm", "was unable to say", "it is
    impossible to verify" (the infinitive beside the adjective, under the copula)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    if _lemma(head) in w.refusal_words or (head.dep_ == "acomp" and _lemma(head) in w.refusal_words):
        return True
    return _lemma(head) in w.linking_verbs and any(c.dep_ == "acomp" and _lemma(c) in w.refusal_words
                                                  for c in children(head))


def _governor(cur: Token, w: StanceWords) -> Token | None:
    """The token whose clause governs ``cur`` by complementation, or None."""
    head = cur.head
    if head.i == cur.i or (cur.i < head.i and any(t.lower_ == ";" for t in cur.doc[cur.right_edge.i:head.i])):
        return None  # a clause before a semicolon is its own: "X said 50 died; the army denied shelling"
    dep = cur.dep_
    if dep == "conj":
        return head
    if dep in _COMPLEMENT or (dep == "advcl" and head.pos_ == "ADJ"):
        return head
    nouns = w.proposition_nouns | w.denial_nouns | w.evidence_nouns | w.truth_words
    if dep in ("acl", "ccomp", "appos", "relcl") and _lemma(head) in nouns and not (dep == "relcl" and _relative(cur)):
        return head  # "the claim that it fired the rocket", "its denial that it fired"
    if dep in ("dobj", "pobj", "prep", "nsubjpass") and (cur.pos_ in ("NOUN", "VERB", "ADP", "PROPN")):
        return head if head.pos_ in ("VERB", "NOUN", "ADP", "AUX") else None
    return None


def _relative(clause: Token) -> bool:
    """A true relative clause: it has a relative pronoun ("the toll, which the ministry gave",
    "the report that came out"), unlike a complement the parser labels relative ("the
    allegations it struck the hospital")."""
    return any((c.tag_ in ("WDT", "WP", "WP$") and c.dep_ != "mark")  # "that" as a mark: a complementiser
               or (c.lower_ == "that" and c.dep_ in ("nsubj", "nsubjpass", "dobj")) for c in children(clause))


def hedged(clause: Token, w: StanceWords) -> bool:
    """The clause is put as likely, not as so: a hedging adverb ("five people had likely been
    killed", "it was probably a rocket") or a modal of possibility over a perfect ("may have
    died", "could have been fired"; not "may attack", which is a possibility to come)."""
    aux = [c for c in children(clause) if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "advmod" and c.lower_ in w.hedge_adverbs for c in children(clause)) or (
        any(c.lower_ in w.hedge_modals for c in aux) and any(c.lemma_ == "have" for c in aux))


def _own_stance(tok: Token, clause: Token, proposition: str, w: StanceWords,
                unsupported: str = "uncertain") -> str | None:
    """A stance the token's own clause settles, or None (``unsupported``: the stance a lack of
    evidence gives, see :func:`stance_of`)."""
    if proposition == "denial":
        return "denied"
    if proposition == "no evidence":
        return unsupported
    if not is_verb(clause):
        return None
    if clause.i != tok.i and _lemma(clause) in w.fabrication_verbs and tok.pos_ != "VERB" \
            and any((c.dep_ in ("dobj", "acomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "to"))
                    and tok in c.subtree for c in children(clause)):
        # "the networks that invented fifty dead" (the parser may take "dead" for a complement),
        # "inflating the number of dead to 700": what is made up is denied
        return "denied"
    if clause.i != tok.i and denies(clause, w) and (proposition or tok.pos_ == "VERB" or _object_prep(tok, clause, w)):
        return "uncertain" if negated(clause, w) else "denied"  # "denied any involvement in the attack"
    reflexive = _reflexive_prep(clause, w) if clause.i != tok.i else None
    if reflexive is not None and tok in reflexive.subtree:
        return "denied"  # "distanced itself from the attack"
    if clause.i != tok.i and _rejected_claim(tok, clause, w):
        return "denied"  # "condemned the claims that ..." (the claim itself)
    if clause.i != tok.i and (_doubted_claim(tok, clause, w) or (
            proposition == "proposition" and _lemma(clause) in w.doubting_verbs and not negated(clause, w))):
        return "uncertain"  # "questioned the claim that ...", "questioned the toll of 500"
    if _lemma(clause) in w.doubt_verbs and (negated(clause, w) or _withheld(clause, w)) and (
            any(c.dep_ in _COMPLEMENT for c in children(clause))  # "I don't know whether it was a strike"
            or (clause.i != tok.i and tok.pos_ != "VERB")):  # "the toll could not be verified"
        return "uncertain"  # a negated verb of knowing leaves its complement or its object open
    if any(c.dep_ == "dobj" and _lemma(c) in w.knowledge_nouns and _negative_word(c, w) for c in children(clause)):
        return "uncertain"  # "he had no details on the deaths", "gave no information about"
    if any(_lemma(c) in w.proposition_nouns and called_false(c, w) for c in children(clause)):
        return "denied"  # the clause calls a claim false: "the accusations ... are false and baseless"
    if any(c.dep_ == "nsubj" and c.lower_ in w.demonstratives and called_false(c, w) for c in children(clause)):
        return "denied"  # "this is a lie", "that is false": what was said before is called false
    if clause.dep_ in ("acl", "relcl") and _lemma(clause.head) in w.proposition_nouns and _false_complement(clause, w):
        return "denied"  # "..., a claim Moscow calls “absurd”": the clause on the claim calls it false
    if clause.dep_ == "xcomp" and _lemma(clause) in w.admission_verbs and _lemma(clause.head) in w.refusal_words \
            and clause.head.i != clause.i:
        return "denied"  # "refused to accept responsibility for the strike"
    return None


def _reports(verb: Token, w: StanceWords) -> bool:
    """A verb of saying or accusing: its content, not the act, is what a denial is about."""
    return _lemma(verb) in w.report_verbs or _lemma(verb) in w.accusation_verbs


def _doubted_claim(noun: Token, gov: Token, w: StanceWords) -> bool:
    """``noun``, a noun of proposition, is doubted by ``gov``: the object of a verb of doubting
    ("questioned the claim that ..."), or of a preposition after a noun of doubt ("cast doubt on
    the reports", "raised questions about the figure")."""
    if _lemma(noun) not in w.proposition_nouns:
        return False
    if is_verb(gov):
        return noun.dep_ == "dobj" and _lemma(gov) in w.doubting_verbs and not negated(gov, w)
    head = gov.head  # "doubt on": the preposition on the noun, or on the verb whose object it is
    return noun.dep_ == "pobj" and gov.dep_ == "prep" and (_lemma(head) in w.doubt_nouns or any(
        c.dep_ == "dobj" and _lemma(c) in w.doubt_nouns and c.i < gov.i for c in children(head)))


def _nominal(tok: Token) -> bool:
    """A noun, or a word the parser tagged otherwise in a noun's place ("claims that ... were")."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _denial_stance(verb: Token, w: StanceWords) -> str:
    """The stance a verb of denial gives its complement: denied; negated, left open ("did not deny
    that ..."); with a negative subject, asserted ("nobody denies that 44 died": no one holds it is not so)."""
    if any(c.dep_ == "nsubj" and _negative_word(c, w) for c in children(verb)):
        return "asserted"
    return "uncertain" if negated(verb, w) else "denied"


def _governing_stance(cur: Token, gov: Token, w: StanceWords, unsupported: str = "uncertain") -> str | None:
    """A stance the governing word ``gov`` gives the clause ``cur``, or None."""
    if is_verb(gov) and denies(gov, w) and cur.dep_ != "conj":
        return _denial_stance(gov, w)
    if _rejected_claim(cur, gov, w) or (is_verb(gov) and cur.dep_ == "prep" and cur == _reflexive_prep(gov, w)):
        return "denied"  # "condemned the claims that ...", "distanced itself from attacking ..."
    if privative(gov, w):
        return "negated"  # "far from attacking the convoy"
    if cur.dep_ in ("ccomp", "acl", "csubj") and (is_verb(gov) or _lemma(gov) in w.truth_words):
        truth = _truth_frame(gov, w)
        if truth is not None:
            return truth  # "it is not true that ...", "it is untrue that ..."
    if _nominal(gov) and _lemma(gov) in w.evidence_nouns and _negative_word(gov, w) and cur.dep_ != "conj":
        return unsupported  # "there is no evidence that ...", "found no evidence that ..."
    if _nominal(gov) and _lemma(gov) in w.truth_words and _negative_word(gov, w) and cur.dep_ != "conj":
        return "denied"  # "there is no truth to the reports that ..."
    if _doubted_claim(cur, gov, w):
        return "uncertain"  # "questioned the claim that ...", "cast doubt on reports that ..."
    if cur.dep_ != "conj" and _doubts(gov, cur, w):
        return "uncertain"
    if _nominal(gov) and _lemma(gov) in w.proposition_nouns and called_false(gov, w):
        return "denied"  # "the accusations that it was responsible are false"
    if _nominal(gov) and _lemma(gov) in w.proposition_nouns and gov.dep_ == "nsubj" and negated(gov.head, w) and any(
            c.dep_ in ("acomp", "attr") and _lemma(c) in w.truth_words for c in children(gov.head)):
        return "negated"  # "the claim that 300 died is not true", as "it is not true that ..."
    if _nominal(gov) and _lemma(gov) in w.denial_nouns:
        return "denied"  # "a denial of any role in the attack", "its denial that it fired"
    if is_verb(gov) and _lemma(gov) in w.report_verbs and cur.dep_ in ("ccomp", "xcomp") and negated(gov, w):
        return "uncertain"  # "did not say that ..."
    if is_verb(gov) and _lemma(gov) in w.report_verbs and cur.dep_ == "ccomp" and any(
            c.dep_ == "advmod" and c.lower_ in w.falsity_adverbs for c in children(gov)):
        return "negated"  # "posts falsely claim that 50 people were killed": the text says it is not so
    return None


def stance_of(tok: Token, w: StanceWords, *, event: bool = False, unsupported: str = "uncertain") -> str:
    """The stance towards the proposition whose word is ``tok`` (a figure's number, an event's
    predicate, a quote content's head): asserted, denied, negated or uncertain. For an
    ``event``, a concessive phrase of denial on a clause above denies it ("despite Moscow's
    denials, its troops shelled the town"; a quote or figure keeps the stance of its speaker or
    source, who asserts it), and a noun is not negated by the clause it is an argument of ("the
    ministry was not aware of the attack": the attack is not said not to have happened).
    ``unsupported`` is the stance of a proposition the text finds no evidence for ("there is no
    evidence that ..."): open (``uncertain``) for a record of what someone says or did; a count
    no one is said to give ("found no evidence that more than 20 died") is no claim of it, and
    the figure stage reads it as ``negated``."""
    clause, neg, corrected, proposition = _clause_of(tok, w)
    own = _own_stance(tok, clause, proposition, w, unsupported)
    if own is not None:
        return own
    if event and is_verb(clause) and concessive_denial(clause, w) and not (clause.i == tok.i and _reports(clause, w)):
        return "denied"  # "despite Moscow's denials, its troops shelled the town" (not the act of saying so)
    neg = (neg or (is_verb(clause) and negated(clause, w))) and not corrected
    cur = clause
    for _ in range(_MAX_STEPS):
        gov = _governor(cur, w)
        if gov is None or (cur.left_edge.lower_ in w.circumstance_words and cur.left_edge.head.i == cur.i):
            break  # "did not say when the 40 died": a question of circumstance presupposes its clause
        found = _governing_stance(cur, gov, w, unsupported)
        if found is None and event and is_verb(gov) and concessive_denial(gov, w):
            found = "denied"  # "despite denials by the army, witnesses said it shelled the town"
        if found is not None:
            return found
        cur = gov
    if is_verb(clause) and hedged(clause, w) and not (event and not is_verb(tok)):
        return "uncertain"  # a hedge under no denial: "officials said five had likely been killed"
    # "no shells hit the school"; under a speaker too ("the army said it did not shell the
    # school"): the speaker says it is not so, which is not an act of denial
    return "negated" if neg and not (event and not is_verb(tok)) else "asserted"


__all__ = ["called_false", "calls_false", "denies", "negated", "negator", "stance_of"]
