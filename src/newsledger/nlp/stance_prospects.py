"""The stance a modal on a proposition's verb gives it (issue 15; shared by quotes and figures):

* **future**: a modal of the future (``stance_future_auxiliaries``: "the army will withdraw"; a
  future perfect too, "will have spent $40 million by June"), "be going to" (``stance_going_verbs``), or a modal of condition (``counterfactual_modals``: "would")
  under a verb of saying in the past ("said the bridge would reopen in May", the future of then);
* **hypothetical**: any of these with a clause of condition (``stance_condition_marks``: "the plan
  would fail if the rains came"), or "would" under a present verb of saying or none ("says the plan
  would fail", "the plan would raise $40 million, according to the auditors");
* **uncertain**: a modal of possibility (``hedge_modals``: "prices might rise again"), with no
  condition; "could" with a verb of perceiving (``stance_perception_verbs``) is an ability.

A perfect under another modal ("may have died", "would have collapsed") is a hedge or a counterfactual,
read by :mod:`newsledger.nlp.stance` and :mod:`newsledger.nlp.stance_frames`."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Stance
from .stance_words import StanceWords

# the auxiliaries a modal's verb carries (passive too: "will be closed")
_AUX = ("aux", "auxpass")
# the tags of a verb of saying in the past ("said", "had announced")
_PAST = ("VBD", "VBN")


def _lower(tok: Token) -> str:
    return tok.lower_


def _conditional(verb: Token, words: StanceWords) -> bool:
    """A clause of condition on the verb ("if the rains came", "unless talks resume")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.stance_condition_marks
                                         for m in c.children) for c in verb.children)


def _going_to(verb: Token, words: StanceWords) -> bool:
    """"be going to" + a verb ("they are going to close", "gonna soften"): the verb of going in
    the progressive with an infinitive of its own."""
    return (verb.lemma_ or verb.text).lower() in words.stance_going_verbs and verb.tag_ == "VBG" \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _perceived(verb: Token, aux: list[str], words: StanceWords) -> bool:
    """"could" with a verb of perceiving ("they could hear explosions"): what one was able to
    perceive, not what may be."""
    return aux == ["could"] and (verb.lemma_ or verb.text).lower() in words.stance_perception_verbs


def prospect_stance(head: Token, cue: Token | None, words: StanceWords) -> Stance | None:
    """The stance a modal on the proposition's verb ``head`` gives (see the module's doc), or None;
    ``cue`` is the verb of saying, whose tense makes "would" the future of then."""
    aux = [_lower(c) for c in head.children if c.dep_ in _AUX]
    if not (aux or head.tag_ == "VBG"):
        return None
    condition = _conditional(head, words)
    if "have" in aux:  # a future perfect looks forward ("will have spent $40 million by June"); a
        # perfect under another modal is a counterfactual or a hedge, read elsewhere
        future = any(a in words.stance_future_auxiliaries for a in aux)
        return None if not future else "hypothetical" if condition else "future"
    if any(a in words.counterfactual_modals for a in aux):
        past = cue is not None and cue.tag_ in _PAST
        return "future" if past and not condition else "hypothetical"
    if any(a in words.stance_future_auxiliaries for a in aux) or _going_to(head, words):
        return "hypothetical" if condition else "future"
    if any(a in words.hedge_modals for a in aux) and not _perceived(head, aux, words):
        return "hypothetical" if condition else "uncertain"
    return None


__all__ = ["prospect_stance"]
