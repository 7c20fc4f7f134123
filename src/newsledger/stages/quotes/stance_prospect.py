"""What a quote's proposition looks forward to or supposes (issue 15), read when no denial,
negation or doubt settles its stance (the modals are read by
:func:`newsledger.nlp.stance_prospects.prospect_stance`, which figures share):

* **future**: a modal of the future (``stance_future_auxiliaries``: "the army will withdraw"), "be
  going to" (``stance_going_verbs``: "they are going to close the border"), or a modal of condition
  (``counterfactual_modals``: "would") under a verb of saying in the past ("said the bridge would
  reopen in May", the future of then);
* **hypothetical**: any of these with a clause of condition (``stance_condition_marks``: "the plan
  would fail if the rains came"), or "would" under a present verb of saying ("says the plan would
  fail"); a counterfactual ("would have collapsed") is read by :mod:`newsledger.nlp.stance_frames`;
* **hypothetical** too: a counterfactual negated ("I would not have run if I was not blessed", "the
  team would not have won without him"): it supposes, it does not say what did not happen;
* **uncertain**: a modal of possibility (``hedge_modals``: "prices might rise again", "it could be
  a good time"), with no condition; over a perfect ("may have died") it is a hedge read already;
  "could" with a verb of perceiving (``stance_perception_verbs``: "they could hear explosions") is
  the past of "can", an ability, not a possibility.

A copula whose predicate noun has a negative determiner says its subject is not so ("said it
was no accident": negated), unless a clause on it says what is so ("it was no accident that the
army fired", "it was no surprise that prices rose").

And which nouns hold a proposition a verb of denial denies: a noun with a complement clause of its
own ("rejected attacks from rivals that he was soft on crime"), not a relative clause ("rejected the
bill that would ban the rally")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.stance import negator
from ...nlp.stance_words import StanceWords

# the auxiliaries a modal's verb carries (passive too: "will be closed")
_AUX = ("aux", "auxpass")
# the dependencies of a clause on a noun: complement or (by the parser's label) relative
_NOUN_CLAUSES = ("acl", "relcl", "ccomp")


def _lower(tok: Token) -> str:
    return tok.lower_


def negated_counterfactual(head: Token, words: StanceWords) -> bool:
    """A modal of condition over a perfect on the proposition's verb ("would not have run"): read
    when the clause is negated, which a counterfactual's negation does not make so."""
    aux = [_lower(c) for c in head.children if c.dep_ in _AUX]
    return "have" in aux and any(a in words.counterfactual_modals for a in aux)


def copular_no(verb: Token, words: StanceWords) -> bool:
    """A copula whose predicate noun after it has a negative determiner ("it was no big deal", "this
    is no coincidence"; not "no more than a scratch", a qualifier), and no clause on the copula or
    on the noun ("it was no surprise that prices rose": the clause is so)."""
    if (verb.lemma_ or verb.text).lower() not in words.linking_verbs or any(
            c.dep_ in ("ccomp", "csubj", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "attr" and c.i > verb.i and not any(g.dep_ in _NOUN_CLAUSES for g in c.children)
               and any(g.dep_ == "det" and g.i < c.i and negator(g, words) for g in c.children)
               for c in verb.children)


def complement_noun(head: Token) -> bool:
    """``head`` is a noun with a complement clause of its own: a clause after it opened by the
    complementiser "that" ("attacks that he was soft on crime"; the parser may hang it on the noun
    of a phrase of the noun's, "attacks from his rivals that ..."), not a relative clause, whose
    "that" is its subject or object ("the bill that would ban the rally")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    nouns = [head, *(g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return any(clause.dep_ in _NOUN_CLAUSES and clause.i > head.i
               and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
               for noun in nouns for clause in noun.children)


__all__ = ["complement_noun", "copular_no", "negated_counterfactual"]
