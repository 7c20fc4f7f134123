"""Whether a cue word of an ACLED rule (stages/events/acled.py) belongs to another act of the event's
sentence: an event's sub-event type is read from its own clause and arguments before the sentence's.

A sentence of war reporting often tells two acts: "troops shot dead three insurgents, and two of them blew
themselves up"; "gunmen killed a pastor, and hours later a mortar shell hit a school"; "the minister quit over
the ceasefire deal". The weapon or the agreement of the other act is no cue of this one. The word lists are ``acled.yaml``'s
(``later_adverbs``, ``means_verbs``, ``cause_preps``, ``cause_acts``; ``AcledData``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import NOMINAL_SUBJECT_DEPS
from ...records import Event
from .acled_aims import aimed_only
from .acled_types import AcledData

VERB_TAGS = frozenset({"VERB", "AUX"})


def of_another_act(cue: Token, pred: Token, event: Event, data: AcledData) -> bool:
    """The cue word tells another act than the event's (see the module): it is not in the event's source,
    and between it and the predicate lies (:func:`_path`) a coordinated clause told as later than the other,
    or the other as later than it (an adverb of ``later_adverbs``: "..., and later a suicide bomber struck a
    mosque"; "troops killed six attackers, and later killed 50 militants in airstrikes"), or one with a subject
    of its own when the event's predicate names its own means (a verb of ``means_verbs``: "soldiers shot dead
    a gunman, and a second attacker detonated his explosive vest"); or the cue is in a phrase of
    ``cause_preps`` on the predicate or its direct object, the event being of a PLOVER type of ``cause_acts``
    ("quit the cabinet over the peace deal": the deal is why, not what was done; an act of force is done
    over no reason: "their vehicle ran over a landmine")."""
    src = event.source
    if src is not None and src.start <= cue.idx < src.end:
        return False
    if aimed_only(cue, pred, data):
        return True  # "clashed with the rebels in an attempt to retake the town": aimed at, not done
    cue_side, pred_side = _path(cue, pred)
    if pred_side is None:
        return False
    conjuncts = [t for t in (*cue_side, *pred_side) if _coordinated(t)]
    later = any(_told_later(t, data) for t in (*conjuncts, *_clause_heads(pred_side)))
    if later and conjuncts:
        return True  # "..., and later a suicide bomber struck"; "killed six attackers, and later killed 50 in airstrikes"
    if _means_verb(pred, data) and any(_own_subject(t) for t in conjuncts):
        return True
    return event.plover in data.cause_acts and any(
        t.dep_ == "prep" and t.lower_ in data.cause_preps and t.i != cue.i and _on_act(t.head, pred) for t in cue_side)


def _on_act(head: Token, pred: Token) -> bool:
    """The word is the predicate or its direct object ("quit the cabinet over ...", "quit over ..."; not "died after
    their vehicle ran over a landmine": "over" is the running's)."""
    return head.i == pred.i or (head.dep_ == "dobj" and head.head.i == pred.i)


def _path(cue: Token, pred: Token) -> tuple[list[Token], list[Token] | None]:
    """The tokens from the cue up to the lowest common head with the predicate, and from the predicate up
    to it (each without that head); None for the predicate's side when the two share no head."""
    pred_up = [pred, *pred.ancestors]
    where = {t.i: n for n, t in enumerate(pred_up)}
    cue_side: list[Token] = []
    for t in (cue, *cue.ancestors):
        if t.i in where:
            return cue_side, pred_up[:where[t.i]]
        cue_side.append(t)
    return cue_side, None


def _coordinated(tok: Token) -> bool:
    """A verb coordinated with another ("..., and a landmine later wounded two soldiers")."""
    return tok.dep_ == "conj" and tok.pos_ in VERB_TAGS


def _own_subject(verb: Token) -> bool:
    """The verb has a subject of its own ("..., and two of them blew themselves up")."""
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)


def _clause_heads(side: list[Token]) -> list[Token]:
    """The clause the predicate is told in: its first verb on the way up (the predicate when a verb)."""
    return next(([t] for t in side if t.pos_ in VERB_TAGS), [])


def _told_later(verb: Token, data: AcledData) -> bool:
    """The clause is told at a later time: an adverb of ``later_adverbs`` on its verb ("later", "hours later")."""
    return any(c.dep_ in ("advmod", "npadvmod") and (c.lower_ in data.later_adverbs
                                                     or any(g.lower_ in data.later_adverbs for g in c.children))
               for c in verb.children)


def _means_verb(pred: Token, data: AcledData) -> bool:
    """The predicate names the act's own means ("shot", "stabbed", "beheaded")."""
    return bool({pred.lemma_.lower(), pred.lower_} & data.means_verbs)


_PERSONAL = frozenset({"him", "her", "he", "she"})  # "drove them out": a group, as likely a place's holders
_REMOVED_DEPS = frozenset({"dobj", "nsubjpass"})


def removes_person(cue: Token, data: AcledData) -> bool:
    """The cue is a verb of ``person_object_cues`` whose object (its subject when passive) is a person: a name
    the recogniser reads as a person's, a singular personal pronoun or a noun of ``office_nouns`` ("Assad was ousted",
    "the army ousted President Bashir", "expelled the ambassador"): a removal from office, an expulsion or a
    release, not a place taken from its holders ("troops ousted the militants from the town")."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in data.person_object_cues:
        return False
    for obj in (c for c in cue.children if c.dep_ in _REMOVED_DEPS):
        if obj.ent_type_ == "PERSON" or obj.lower_ in _PERSONAL or obj.lemma_.lower() in data.office_nouns:
            return True
    return False


__all__ = ["of_another_act", "removes_person"]
