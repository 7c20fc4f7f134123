"""Matching one ACLED rule of ``data/events/acled.yaml`` to an event in its sentence (``matches``): its PLOVER
type and mode, its cue words (of the event's own clause and means), the kinds of its source and target; and the
rule that decides for an event (``choose``: the first that matches, or within a group of weapons the one whose cue
is nearest the predicate)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from ...nlp.syntax import in_clause_of
from ...records import Actor, Event
from .acled_own import of_another_act, removes_person
from .acled_roles import (
    armed_target,
    government_source,
    members,
    state_source,
    target_words,
    told_by_doer,
)
from .acled_sentence import Sentence
from .acled_types import AcledData, AcledRule


def _governs(cue: Token, event: Event) -> bool:
    """The cue word is the predicate or one of its heads ("claimed responsibility for the attack")."""
    cur = next((t for t in cue.sent if t.idx == event.predicate.start), None)
    for _ in range(10):
        if cur is None:
            return False
        if cur.i == cue.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


FAR = 10_000  # the distance of a rule matched without a cue word


def matches(rule: AcledRule, event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> int | None:
    """Whether ``rule`` applies to ``event`` in its sentence: None when it does not, otherwise the
    distance in tokens from the predicate to the nearest cue word (:data:`FAR` without one)."""
    if (rule.plover and event.plover not in rule.plover) or (event.mode is not None and event.mode in rule.not_modes):
        return None
    if event.modality in rule.not_modalities:  # "pledged to expand its army": no change yet
        return None
    pred = sent.token_at(event.predicate.start)
    if rule.predicates and (pred is None or not rule.predicates & {pred.lemma_.lower(), pred.lower_}):
        return None
    if rule.not_predicates and pred is not None and rule.not_predicates & {pred.lemma_.lower(), pred.lower_}:
        return None
    distance = FAR
    if rule.modes or rule.cues:
        cues = sent.cue_tokens(rule.cues)
        if rule.governs:
            cues = [tok for tok in cues if _governs(tok, event)]
        elif pred is not None:  # the event's own clause and arguments before the sentence's
            cues = [tok for tok in cues if not of_another_act(tok, pred, event, data)]
        cues = [tok for tok in cues if not removes_person(tok, data)]
        if rule.means:
            cues = [tok for tok in cues if _of_the_act(tok, event, pred, data.other_act_marks)]
            if any(backer(tok, event, data.affiliation_words) for tok in cues) and armed_target(event, actors, data, pred):
                cues = [tok for tok in cues if not backer(tok, event, data.affiliation_words)]
        if cues and pred is not None:
            distance = min(_distance(tok, pred, event, sent.cue_length(rule.cues, tok)) for tok in cues)
        if not cues and not (event.mode is not None and event.mode in rule.modes):
            return None
    if not _roles_match(rule, event, sent, actors, data, pred):
        return None
    # a rule read by its source words alone has its cue in the source: the nearest ("warplanes bombed")
    return 0 if rule.source_cues and not (rule.modes or rule.cues) else distance


def _roles_match(rule: AcledRule, event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData,
                 pred: Token | None) -> bool:
    """The rule's conditions on the event's source and target and on the sentence's other words."""
    backing = data.affiliation_words if rule.source_cues and armed_target(event, actors, data, pred) else frozenset()
    if rule.source_cues and not (_in_source(sent, event, rule.source_cues, data.collective_nouns, backing)
                                 or (_below_subject(event, pred) and _in_subject(sent, pred, rule.source_cues))
                                 if event.source is not None else _in_subject(sent, pred, rule.source_cues)):
        return False
    if rule.claimant == "doer" and not told_by_doer(event):
        return False
    if rule.target_cues or rule.not_target_cues:
        words = target_words(event, sent, pred, data.collective_nouns)
        if (rule.target_cues and not rule.target_cues & words) or rule.not_target_cues & words:
            return False
    if rule.also and not sent.has_any(rule.also):
        return False
    if rule.exclude and sent.has_any(rule.exclude):
        return False
    if rule.target is not None and armed_target(event, actors, data, pred) != (rule.target == "armed"):
        return False
    if rule.source == "none":
        return not event.named_source_ids  # a disaster has no doer ("the flood launched by Hamas" is an operation)
    if rule.source == "government":
        return government_source(event, actors, data)
    if rule.source is not None:
        state = state_source(event, actors, data, sent)
        return state is not None and state == (rule.source == "state")
    return True


def _of_the_act(cue: Token, event: Event, pred: Token | None, other_times: frozenset[str]) -> bool:
    """A cue word that tells the act's means: in its source (the doer, "suicide bombers blew
    themselves up"), or not in its target ("snipers killed two suicide bombers") and of the
    predicate's own act ("police killed a gunman after the shelling stopped"; but "two soldiers were
    killed after a bomb exploded", with no doer named, by the bomb)."""
    src, tgt = event.source, event.target
    if src is not None and src.start <= cue.idx < src.end:
        return True
    if tgt is not None and tgt.start <= cue.idx < tgt.end:
        return False
    # an act with no doer named takes its means from the clause that tells its cause, whatever its time
    # ("two soldiers were killed after a bomb exploded")
    return pred is None or in_clause_of(cue, pred, other_times if src is not None else frozenset()) \
        or relative_doer(cue, pred)


RELATIVE_TAGS = ("WDT", "WP")  # "that", "which", "who"


def relative_doer(word: Token, pred: Token) -> bool:
    """The word is of the noun phrase a relative clause hangs on, the clause's subject being its relative
    pronoun: what that noun names did the act ("condemned the roadside bomb that killed nine farmers": the
    bomb killed them), not a word of another clause."""
    if pred.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in pred.children):
        return False
    head = pred.head
    return head.left_edge.i <= word.i <= head.i


def _distance(cue: Token, pred: Token, event: Event, length: int = 1) -> int:
    """Tokens from the predicate to the nearest word of a cue of ``length`` words starting at ``cue``
    (0 when the predicate is one of them: "the aerial bombardments" are an air attack's, the cue
    "aerial bombardment" as near as "bombardment"); 0 for a cue in the source, the instrument that
    did it ("warplanes bombed": the warplanes)."""
    src = event.source
    if src is not None and src.start <= cue.idx < src.end:
        return 0
    last = cue.i + length - 1
    return 0 if cue.i <= pred.i <= last else min(abs(cue.i - pred.i), abs(last - pred.i))


def _in_subject(sent: Sentence, pred: Token | None, phrases: Iterable[tuple[str, ...]]) -> bool:
    """One of ``phrases`` starts in the active subject of an event that names no source, or in the
    "by" phrase of its noun: what did it when no actor did ("a fire at the hospital killed 82",
    "floods destroyed the crops", "raids by the army's choppers")."""
    if pred is None:
        return False
    doers = [c for c in pred.children if c.dep_ == "nsubj"]
    doers += [g for c in (*pred.children, *_by_after_noun(pred)) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]
    inside = {t.i for d in doers for t in d.subtree}
    return bool(inside) and any(tok.i in inside for p in phrases for tok in sent.find_all(p))


def _below_subject(event: Event, pred: Token | None) -> bool:
    """The event's source is named inside a place phrase of its predicate's active subject, not by the subject's
    head ("a fire in the intensive care unit killed 11 patients": the unit is where, the fire what killed):
    the subject's words tell the doer, as for an event with no source named (:func:`_in_subject`); not the members
    a group names by its "of" phrase ("hundreds of nurses": :func:`_in_source` reads them)."""
    src = event.source
    if pred is None or src is None:
        return False
    preps = [p for c in pred.children if c.dep_ == "nsubj" and not src.start <= c.idx < src.end
             for p in c.children if p.dep_ == "prep" and p.lower_ != "of"]
    return any(p.idx < src.start and src.end <= p.right_edge.idx + len(p.right_edge) for p in preps)


def _by_after_noun(pred: Token) -> list[Token]:
    """The "by" that directly follows a noun predicate in a prepositional phrase when the parser hung
    it on a word above the noun ("heavy losses in raids by the army's choppers": "by" on "losses"):
    the noun's doer all the same."""
    if pred.pos_ not in ("NOUN", "PROPN") or pred.dep_ != "pobj":
        return []
    nxt = pred.right_edge.i + 1
    if nxt >= len(pred.doc):
        return []
    by = pred.doc[nxt]
    return [by] if by.lower_ == "by" and by.head.i in {a.i for a in pred.ancestors} else []


def backer(cue: Token, event: Event, backing: frozenset[str]) -> bool:
    """A word that names who backs a party, in the "by" phrase of a participle of ``backing`` that qualifies a
    noun ("soldiers backed by helicopter gunships fought the rebels": the soldiers fought; the gunships, their
    backers, tell neither the doer nor its weapon when the act engages armed men, :func:`matches`: ACLED's
    battle is the fight on the ground; "troops backed by warplanes attacked the town" is the air attack)."""
    if not backing:
        return False
    cur = cue
    for _ in range(8):
        if cur.head.i == cur.i or cur.idx == event.predicate.start:
            return False
        cur = cur.head
        if cur.dep_ in ("acl", "amod") and cur.lower_ in backing and any(c.dep_ == "agent" for c in cur.children):
            return True
    return False


def _in_source(sent: Sentence, event: Event, phrases: Iterable[tuple[str, ...]], collective: frozenset[str],
               backing: frozenset[str] = frozenset()) -> bool:
    """One of ``phrases`` starts in the event's source (not in its target), or in the members of a
    group or number the source names by its head ("groups of youths threw fireworks", "hundreds of
    villagers stormed the station": the youths, the villagers), as the target's are read; not in the doer's backers
    (:func:`backer`)."""
    src = event.source
    if src is None:
        return False
    tgt = event.target
    if any(src.start <= tok.idx < src.end and not (tgt is not None and tgt.start <= tok.idx < tgt.end)
           and not backer(tok, event, backing) for p in phrases for tok in sent.find_all(p)):
        return True
    heads = [t for t in sent.tokens if src.start <= t.idx < src.end and not src.start <= t.head.idx < src.end]
    inside = {t.i for h in heads if h.tag_ == "CD" or h.lemma_.lower() in collective for m in members(h)
              for t in m.subtree}
    # the participle that qualifies the doer says who they are ("truck drivers protesting fuel prices set fire
    # to vehicles": protesters), the participle alone, not what it acts on, and not when it is the act itself ("the
    # police firing on farmers")
    inside |= {c.i for h in heads for c in h.children
               if c.dep_ == "acl" and c.tag_ == "VBG" and c.idx != event.predicate.start}
    return bool(inside) and any(tok.i in inside for p in phrases for tok in sent.find_all(p))


def choose(event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> AcledRule | None:
    """The rule that decides: the first rule that matches, and when it belongs to a group (the
    weapons of explosions and remote violence), the rule of that group whose cue word is nearest
    the predicate ("a missile hit the base, destroying helicopters": the missile)."""
    rules = data.rules
    at = next((n for n, r in enumerate(rules) if matches(r, event, sent, actors, data) is not None), None)
    if at is None:
        return None
    first = rules[at]
    if first.group is None:
        return first  # only a group needs its later rules tried
    same = [(d, n, r) for n, r in enumerate(rules[at:]) if r.group == first.group
            and (d := matches(r, event, sent, actors, data)) is not None]
    return min(same, key=lambda dnr: (dnr[0], dnr[1]))[2]
