"""ACLED typology of events: each violent, protest and strategic event gets ACLED's event type and
sub-event type (``Event.acled_type``, ``Event.acled_subtype``); a report outside ACLED's scope (a
natural or man-made disaster, organised crime, a claim of responsibility, diplomacy) gets its
category in ``Event.scope`` instead.

The rules are data (``data/events/acled.yaml``, merged with the user's fragments like every data
file): ordered, each reading the event's PLOVER type and mode, whether its target is armed and its
source a state force, and cue words of its sentence; the first rule that matches decides. The
file's header describes the keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, cast, get_args

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...errors import ConfigError
from ...nlp import ParsedDoc
from ...nlp.syntax import first_conjunct, in_clause_of
from ...nlp.tree import tree
from ...records import AcledScope, Actor, Event
from ...resources import MapOf, Required, Resources
from .acled_article import (
    RESIDUAL,
    casualties_of_incident,
    one_demonstration,
    same_day,
    told_as_done,
)
from .acled_bounds import untold_words
from .acled_days import earlier_acts
from .acled_own import of_another_act, removes_person
from .acled_responses import protest_responses
from .acled_roles import (
    armed_target,
    government_source,
    members,
    state_source,
    target_words,
    told_by_doer,
)
from .acled_types import AcledData, AcledRule
from .tokens import Phrases, forms_of

ACLED_FILE = "events/acled.yaml"
SCOPES: tuple[str, ...] = tuple(s for s in get_args(AcledScope) if s != "acled")
TARGETS = ("armed", "civilian")
SOURCES = ("state", "non_state", "none", "government")
CLAIMANTS = ("doer",)

_RULE_SCHEMA = Required(
    {
        "subtype": str, "scope": str, "plover": [str], "modes": [str], "cues": [str], "also": [str],
        "exclude": [str], "target": str, "source": str, "governs": bool, "group": str,
        "source_cues": [str], "target_cues": [str], "not_target_cues": [str], "predicates": [str],
        "not_modes": [str], "claimant": str, "means": bool, "not_predicates": [str],
        "not_modalities": [str],  # i16-set4q
    },
    frozenset(),
)
ACLED_SCHEMA = Required(
    {
        "version": int, "types": MapOf(str), "armed_sectors": [str], "state_sectors": [str],
        "non_state_sectors": [str], "government_sectors": [str], "armed_nouns": [str], "civilian_modifiers": [str],
        "former_words": [str], "collective_nouns": [str], "government_nouns": [str],
        "state_nouns": [str],
        "non_state_nouns": [str], "affiliation_words": [str], "affiliation_of": [str], "not_cues": [str],
        "topic_words": [str], "topic_governors": [str], "antecedent_marks": [str], "antecedent_heads": [str],
        "other_act_marks": [str],
        "rules": [_RULE_SCHEMA], "protest_window": int, "protest_order": [str], "attack_participles": [str],
        "casualty_window": int, "casualty_words": [str], "report_verbs": [str], "later_adverbs": [str],
        "means_verbs": [str], "cause_preps": [str], "cause_acts": [str], "earlier_periods": [str], "day_words": [str],
        "gap_units": [str], "standing_marks": [str], "nobody_words": [str], "unarmed_words": [str], "person_object_cues": [str],
        "office_nouns": [str], "aim_words": [str], "protest_responses": MapOf(MapOf(str)),
    },
    frozenset({"types", "rules"}),
)


# --------------------------------------------------------------------------- loading


def load_acled(resources: Resources) -> AcledData:
    """The ACLED rules (packaged, merged with the user's fragments), checked for known names."""
    raw: dict[str, Any] = resources.yaml(ACLED_FILE, ACLED_SCHEMA)
    return build_acled(raw)


def _phrases(items: Iterable[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (_words(i) for i in items) if p)


def _words(text: Any) -> tuple[str, ...]:
    return tuple(str(text).lower().replace("-", " ").split())


def build_acled(raw: Mapping[str, Any]) -> AcledData:
    """The rules of a (merged) ``acled.yaml`` mapping; an unknown sub-event type, scope, target or
    source kind is an error naming the rule."""
    types = {str(k): str(v) for k, v in (raw.get("types") or {}).items()}
    rules: list[AcledRule] = []
    for n, r in enumerate(raw.get("rules") or []):
        where = f"{ACLED_FILE} rule {n + 1}"
        subtype, scope = r.get("subtype"), r.get("scope")
        if (subtype is None) == (scope is None):
            raise ConfigError(f"{where}: give exactly one of subtype and scope")
        if subtype is not None and subtype not in types:
            raise ConfigError(f"{where}: unknown ACLED sub-event type {subtype!r}")
        if scope is not None and scope not in SCOPES:
            raise ConfigError(f"{where}: unknown scope {scope!r}; choose one of {', '.join(SCOPES)}")
        if r.get("target") not in (None, *TARGETS) or r.get("source") not in (None, *SOURCES):
            raise ConfigError(f"{where}: target must be armed or civilian, source state, non_state, none or government")
        if r.get("claimant") not in (None, *CLAIMANTS):
            raise ConfigError(f"{where}: claimant must be {', '.join(CLAIMANTS)}")
        rules.append(AcledRule(
            subtype=subtype, scope=scope, plover=frozenset(str(p) for p in r.get("plover", [])),
            modes=frozenset(str(m) for m in r.get("modes", [])), cues=_phrases(r.get("cues", [])),
            also=_phrases(r.get("also", [])), exclude=_phrases(r.get("exclude", [])),
            target=r.get("target"), source=r.get("source"), governs=bool(r.get("governs", False)),
            group=r.get("group"), source_cues=_phrases(r.get("source_cues", [])),
            target_cues=frozenset(str(w).lower() for w in r.get("target_cues", [])),
            not_target_cues=frozenset(str(w).lower() for w in r.get("not_target_cues", [])),
            predicates=frozenset(str(w).lower() for w in r.get("predicates", [])),
            not_predicates=frozenset(str(w).lower() for w in r.get("not_predicates", [])),
            not_modes=frozenset(str(m) for m in r.get("not_modes", [])), claimant=r.get("claimant"),
            means=bool(r.get("means", False)), not_modalities=frozenset(r.get("not_modalities", [])),
        ))
    return AcledData(
        types=types,
        rules=tuple(rules),
        armed_sectors=frozenset(str(s) for s in raw.get("armed_sectors", [])),
        state_sectors=frozenset(str(s) for s in raw.get("state_sectors", [])),
        non_state_sectors=frozenset(str(s) for s in raw.get("non_state_sectors", [])),
        armed_nouns=frozenset(str(s).lower() for s in raw.get("armed_nouns", [])),
        government_sectors=frozenset(str(s) for s in raw.get("government_sectors", [])),
        civilian_modifiers=frozenset(str(s).lower() for s in raw.get("civilian_modifiers", [])),
        former_words=frozenset(str(s).lower() for s in raw.get("former_words", [])),
        collective_nouns=frozenset(str(s).lower() for s in raw.get("collective_nouns", [])),
        government_nouns=frozenset(str(s).lower() for s in raw.get("government_nouns", [])),
        state_nouns=frozenset(str(s).lower() for s in raw.get("state_nouns", [])),
        non_state_nouns=frozenset(str(s).lower() for s in raw.get("non_state_nouns", [])),
        affiliation_words=frozenset(str(s).lower() for s in raw.get("affiliation_words", [])),
        affiliation_of=frozenset(str(s).lower() for s in raw.get("affiliation_of", [])),
        not_cues=_phrases(raw.get("not_cues", [])),
        topic_words=frozenset(str(s).lower() for s in raw.get("topic_words", [])),
        topic_governors=frozenset(str(s).lower() for s in raw.get("topic_governors", [])),
        antecedent_marks=frozenset(str(s).lower() for s in raw.get("antecedent_marks", [])),
        other_act_marks=frozenset(str(s).lower() for s in raw.get("other_act_marks", [])),
        antecedent_heads=frozenset(str(s).lower() for s in raw.get("antecedent_heads", [])),
        protest_window=int(raw.get("protest_window", -1)),
        protest_order=tuple(str(t) for t in raw.get("protest_order", [])),
        attack_participles=frozenset(str(s).lower() for s in raw.get("attack_participles", [])),
        casualty_window=int(raw.get("casualty_window", 0)),
        casualty_words=frozenset(str(s).lower() for s in raw.get("casualty_words", [])),
        report_verbs=frozenset(str(s).lower() for s in raw.get("report_verbs", [])),
        later_adverbs=frozenset(str(s).lower() for s in raw.get("later_adverbs", [])),
        means_verbs=frozenset(str(s).lower() for s in raw.get("means_verbs", [])),
        cause_preps=frozenset(str(s).lower() for s in raw.get("cause_preps", [])),
        cause_acts=frozenset(str(s) for s in raw.get("cause_acts", [])),
        earlier_periods=tuple(str(s).lower() for s in raw.get("earlier_periods", [])),
        day_words=tuple(str(s).lower() for s in raw.get("day_words", [])),
        gap_units=frozenset(str(s).lower() for s in raw.get("gap_units", [])),
        standing_marks=frozenset(str(s).lower() for s in raw.get("standing_marks", [])),
        nobody_words=frozenset(str(s).lower() for s in raw.get("nobody_words", [])),
        unarmed_words=frozenset(str(s).lower() for s in raw.get("unarmed_words", [])),
        person_object_cues=frozenset(str(s).lower() for s in raw.get("person_object_cues", [])),
        office_nouns=frozenset(str(s).lower() for s in raw.get("office_nouns", [])),
        aim_words=frozenset(str(s).lower() for s in raw.get("aim_words", [])),
        protest_responses={str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw.get("protest_responses", {}).items()},
    )


# --------------------------------------------------------------------------- matching


class Sentence:
    """A sentence's words for cue matching: per token its lemma, its form and its likely base forms
    (hyphens dropped; "Rockets" opening a sentence keeps its plural as lemma); the words of a date
    are no cue ("began March 6" holds no march), nor those of a phrase in ``not_cues`` ("riot
    police" holds no riot), nor a word of ``topics`` that is what something is against, about or
    denounced (``topics``: the topic words and their governors, see :func:`topic_word`): "rallied
    against violence" tells of no violent rally; nor a word of what a protest answers
    (``antecedents``, see :func:`antecedent_word`): "rallied after soldiers shot dead a teenager"
    tells of no force used on the rally."""

    def __init__(self, tokens: Sequence[Token], not_cues: Iterable[tuple[str, ...]] = (),
                 topics: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 antecedents: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 tellers: frozenset[int] = frozenset()) -> None:
        self.tokens = [t for t in tokens if t.text not in ("-", "–")]
        # the words of who tells the act are no cue of it ("police said a crowd set him on fire": no police there)
        self.phrases = Phrases(set() if t.ent_type_ in ("DATE", "TIME") or t.i in tellers else forms_of(t)
                               for t in self.tokens)
        for phrase in not_cues:  # "riot police" holds no riot
            for at in self.phrases.starts(phrase):
                if self.tokens[at].dep_ == "prt":
                    continue  # a verb's particle opens no such phrase: "handed over control" hands control over
                for j in range(at, min(at + len(phrase), len(self.tokens))):
                    self.phrases.clear(j)
        self.topic_tokens: set[int] = set()  # the topic words cleared (see :meth:`is_topic`)
        for j, t in enumerate(self.tokens):
            if topic_word(t, *topics):
                self.topic_tokens.add(t.i)
            if t.i in self.topic_tokens or antecedent_word(t, *antecedents):
                self.phrases.clear(j)
        self._found: dict[tuple[str, ...], list[Token]] = {}  # phrase -> its tokens, asked by many rules
        self._cues: dict[int, list[Token]] = {}  # id of a rule's cue tuple -> its cue words here
        self._lengths: dict[tuple[int, int], int] = {}  # (id of a rule's cues, first token) -> words of its cue
        self._at = {t.idx: t for t in self.tokens}

    @property
    def forms(self) -> list[set[str]]:
        """Each token's forms (none for the words of a date or of a phrase that is no cue)."""
        return self.phrases.forms

    def find(self, phrase: tuple[str, ...]) -> Token | None:
        """The first token of ``phrase`` in the sentence, or None."""
        return next(iter(self.find_all(phrase)), None)

    def find_all(self, phrase: tuple[str, ...]) -> list[Token]:
        """The first token of each occurrence of ``phrase`` in the sentence."""
        found = self._found.get(phrase)
        if found is None:
            found = self._found[phrase] = [self.tokens[i] for i in self.phrases.starts(phrase)]
        return found

    def cue_tokens(self, cues: tuple[tuple[str, ...], ...]) -> list[Token]:
        """The first tokens of every occurrence of any of ``cues`` (a rule's), asked once per
        sentence whatever the number of its events."""
        found = self._cues.get(id(cues))
        if found is None:
            words = self.phrases.words()  # most cues' first word is not in the sentence: not looked for
            found = self._cues[id(cues)] = []
            for c in cues:
                if c and c[0] not in words:
                    continue
                for tok in self.find_all(c):
                    found.append(tok)
                    key = (id(cues), tok.i)
                    self._lengths[key] = max(self._lengths.get(key, 1), len(c))
        return found

    def cue_length(self, cues: tuple[tuple[str, ...], ...], tok: Token) -> int:
        """The words of the longest of ``cues`` found starting at ``tok`` (after :meth:`cue_tokens`)."""
        return self._lengths.get((id(cues), tok.i), 1)

    def token_at(self, char: int) -> Token | None:
        """The token starting at character ``char`` (an event's predicate)."""
        return self._at.get(char)

    def has_any(self, phrases: Iterable[tuple[str, ...]]) -> bool:
        return any(self.find(p) is not None for p in phrases)

    def is_topic(self, char: int) -> bool:
        """The token starting at character ``char`` is a topic word, no cue for the sentence's other
        acts ("condemned the rape of two girls"); an event it is the predicate of is read by the words
        of the sentence with its topics left in: the rape is what that event is."""
        tok = self._at.get(char)
        return tok is not None and tok.i in self.topic_tokens


def topic_word(tok: Token, words: frozenset[str], governors: frozenset[str]) -> bool:
    """A word of ``words`` (or a conjunct of one) that is the topic of a protest or a statement, or
    what did not happen: the object of a preposition or verb of ``governors`` ("marched against
    violence", "protests over the killing", "rallied to denounce the attack", "passed off without
    violence", "despite fears of violence", "demanded an end to violence"), one with the determiner "no" ("no damage was
    reported"), or an adjective of such a word ("against the violent crackdown": the crackdown is
    what is protested, not what the crowd did)."""
    if not words or not governors:
        return False
    cur = tok.head if tok.dep_ == "amod" else tok
    if not ({cur.lower_, cur.lemma_.lower()} & words or {tok.lower_, tok.lemma_.lower()} & words):
        return False
    cur = first_conjunct(cur)  # "against the killings and the arrests"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
        return True  # "no violence was reported": none happened
    if cur.dep_ == "pobj":
        prep = cur.head  # "without violence"; "despite fears of violence": what is feared, through "of"
        return prep.lower_ in governors or (prep.lower_ in ("of", "to") and prep.head.lemma_.lower() in governors)
    return cur.dep_ == "dobj" and cur.head.lemma_.lower() in governors


def antecedent_word(tok: Token, marks: frozenset[str], heads: frozenset[str]) -> bool:
    """A word of a clause or phrase of earlier time (a subordinator or preposition of ``marks``)
    that depends on a protest predicate (a lemma of ``heads``): what the protest answers, told
    before it happened ("hundreds rallied after soldiers shot dead a teenager", "marched following
    the killing of a student"), not what happened at it."""
    if not marks or not heads:
        return False
    tr = tree(tok.doc)
    up, deps, toks = tr.heads, tr.deps, tr.tokens
    cur = tok.i
    while up[cur] != cur:
        head = toks[up[cur]]
        if head.lemma_.lower() in heads or head.lower_ in heads:
            if deps[cur] == "prep" and toks[cur].lower_ in marks:
                return True
            return deps[cur] == "advcl" and any(deps[c] == "mark" and toks[c].lower_ in marks for c in tr.kids[cur])
        cur = up[cur]
    return False


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


def classify(event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> Event:
    """The event with its ACLED type and sub-event type, or its outside-ACLED scope, set by the
    rule :func:`choose` picks (unchanged when none matches)."""
    return typed(event, choose(event, sent, actors, data), data)


def bare(rule: AcledRule | None) -> bool:
    """A rule that reads nothing but the event's PLOVER type and the kind of its target or source
    ("an assault is an attack"): no word of the sentence told what happened."""
    return rule is not None and not (rule.modes or rule.cues or rule.predicates or rule.source_cues
                                     or rule.target_cues or rule.also)


def typed(event: Event, rule: AcledRule | None, data: AcledData) -> Event:
    """The event with the typology of ``rule`` (unchanged when None)."""
    if rule is None:
        return event
    if rule.subtype is not None:
        return replace(event, acled_type=data.types[rule.subtype], acled_subtype=rule.subtype, scope="acled")
    return replace(event, scope=cast(AcledScope, rule.scope))


def with_acled(doc: ParsedDoc, events: Iterable[Event], actors: Sequence[Actor], data: AcledData) -> list[Event]:
    """Every event of an article with its ACLED typology (see :func:`classify`)."""
    by_id = {a.id: a for a in actors}
    sentences: dict[int, Sentence] = {}
    untold: dict[int, frozenset[int]] = {}
    spans: dict[int, SpacySpan] = dict(doc.spacy_sentences())
    out: list[Event] = []
    bare_ids: set[str] = set()
    topic_ids: set[str] = set()
    for e in events:
        span = spans.get(e.sentence)
        if span is None:
            out.append(e)
            continue
        if e.sentence not in sentences:
            untold[e.sentence] = untold_words(doc.tokens_in(span), data)  # harm told as none
            sentences[e.sentence] = Sentence(doc.tokens_in(span), data.not_cues, (data.topic_words, data.topic_governors),
                                            (data.antecedent_marks, data.antecedent_heads), untold[e.sentence])
        sent = sentences[e.sentence]
        if sent.is_topic(e.predicate.start):  # the event is what its sentence's other act is about
            topic_ids.add(e.id)
            sent = Sentence(doc.tokens_in(span), data.not_cues, antecedents=(data.antecedent_marks, data.antecedent_heads),
                            tellers=untold[e.sentence])
        else:
            told = tellers(sent.token_at(e.predicate.start), data.report_verbs)
            if told:
                sent = Sentence(doc.tokens_in(span), data.not_cues, (data.topic_words, data.topic_governors),
                                (data.antecedent_marks, data.antecedent_heads), told | untold[e.sentence])
        rule = choose(e, sent, by_id, data)
        if bare(rule):
            bare_ids.add(e.id)
        out.append(typed(e, rule, data))
    out = one_demonstration(protest_responses(out, by_id, data), data, frozenset(topic_ids))
    return earlier_acts(casualties_of_incident(out, bare_ids, data), data, spans)


def tellers(pred: Token | None, verbs: frozenset[str]) -> frozenset[int]:
    """The tokens of the subject of a reporting verb (one of ``verbs``) whose reported clause holds the
    predicate ("police said a crowd dragged the suspect out and set him on fire": the police tell the act, they
    are no party to it); none when the predicate is the reporting verb or its clause is not reported."""
    if pred is None or not verbs:
        return frozenset()
    cur = pred
    for _ in range(8):
        if cur.head.i == cur.i:
            return frozenset()
        head = cur.head
        if cur.dep_ == "ccomp" and head.lemma_.lower() in verbs:
            return frozenset(t.i for c in head.children if c.dep_ == "nsubj" for t in c.subtree)
        cur = head
    return frozenset()


__all__ = ["ACLED_SCHEMA", "RESIDUAL", "Sentence", "antecedent_word", "backer", "bare", "build_acled",
           "casualties_of_incident", "choose", "classify", "load_acled", "matches", "one_demonstration", "same_day",
           "told_as_done", "topic_word", "typed", "with_acled"]
