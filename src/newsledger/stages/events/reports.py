"""Reports: events found by what is acted on, not by who acts (``data/events/reports.yaml``).

ACLED codes reports that name no perpetrator ("a cache of rifles was found", "the town was
retaken", "a roadside bomb exploded"), and reports outside its scope (a furnace exploded, floods
hit, a drug haul was seized). The patterns of ``patterns.yaml`` need an actor; a report
construction needs a trigger word and, when the construction lists objects, one of them in what
the trigger acts on: its object, its passive subject, the object of its "of", "from" or "over"
phrase, a compound or adjective of these ("a weapons cache", "tons of counterfeit cosmetics") or,
for intransitive triggers, its subject.

The event is agentless when the text names no doer: its source stays empty (PLOVER's convention:
nothing is invented), its target is the actor the object names when it names one. A construction
with no CAMEO code gives an event with no PLOVER type (``plover`` :data:`~newsledger.records.NOT_PLOVER`):
exports leave it out, and the stage keeps it only when the ACLED rules give it a scope.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...errors import ConfigError
from ...nlp.object_relatives import object_relative_antecedent
from ...nlp.syntax import (
    conjuncts,
    first_conjunct,
    is_passive,
    is_verb,
    names_object,
    standing_state,
)
from ...records import NOT_PLOVER
from ...resources import Required, Resources, word_set
from .arguments import arg
from .figurative import figurative_attack
from .frames import frame_of
from .lexicon import cameo_code
from .name_words import name_word
from .predicates import instrument, noun_modality, noun_pattern, subject_arg
from .roles import source_token
from .tokens import Phrases, form_in, forms_of, lemma_of
from .told_topics import told_as_happened
from .types import Arg, CameoCode, Context, Found, Frame, Report, Reports, reported_will
from .unrealised_nouns import unrealised_trigger
from .upheld import aimed_modality

REPORTS_FILE = "events/reports.yaml"
PLACE_ENTS = ("GPE", "LOC", "FAC")  # entity labels of a proper name that names a place
_ENTRY = Required(
    {"name": str, "cameo": str, "verbs": [str], "nouns": [str], "objects": [str], "objects_exclude": [str],
     "subject": bool, "deps": [str], "also": [str], "exclude": [str], "confidence": float,
     "agent_preps": [str], "heads": [str], "main_clause": bool, "fallback": bool, "adjectival": bool,
     "proper": bool, "place_name": bool, "acted_on": bool, "intransitive": bool, "sectors": [str],
     "aimed_by": [str]},
    frozenset({"name"}),
)
REPORTS_SCHEMA = Required({"version": int, "unrealised_marks": [str], "realised_past_marks": [str],
                           "topic_heads": [str], "portion_words": [str], "alleging_nouns": [str],
                           "complement_nouns": [str], "own_possessives": [str], "causative_verbs": [str],
                           "reaction_verbs": [str], "reaction_preps": [str], "joined_acts": [str],
                           "party_preps": [str], "reports": [_ENTRY]},
                          frozenset({"reports"}))
THEME_PREPS = ("of", "from", "over")
TOPIC_PREPS = ("about", "regarding", "concerning")
AGENT_BY = frozenset({"by"})  # the preposition of an event noun's doer ("the rape of two girls by militiamen")  # what is spoken or written about is no happening reported


def _phrases(items: Iterable[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tuple(str(i).lower().replace("-", " ").split()) for i in items) if p)


def load_reports(resources: Resources, cameo: Mapping[str, CameoCode]) -> Reports:
    """The report constructions (packaged, merged with the user's fragments)."""
    return build_reports(resources.yaml(REPORTS_FILE, REPORTS_SCHEMA), cameo)


def build_reports(raw: Mapping[str, Any], cameo: Mapping[str, CameoCode]) -> Reports:
    """The constructions of a (merged) ``reports.yaml`` mapping; an unknown CAMEO code or a
    construction with no trigger is an error naming it."""
    out: list[Report] = []
    for r in raw.get("reports") or []:
        code = r.get("cameo")
        if code is not None and code not in cameo:
            raise ConfigError(f"{REPORTS_FILE} {r['name']}: unknown CAMEO code {code!r}")
        if not r.get("verbs") and not r.get("nouns"):
            raise ConfigError(f"{REPORTS_FILE} {r['name']}: give verbs or nouns")
        out.append(Report(
            name=str(r["name"]), cameo=code, verbs=_phrases(r.get("verbs", [])),
            nouns=frozenset(" ".join(p) for p in _phrases(r.get("nouns", []))),
            objects=frozenset(" ".join(p) for p in _phrases(r.get("objects", []))),
            objects_exclude=frozenset(" ".join(p) for p in _phrases(r.get("objects_exclude", []))),
            subject=bool(r.get("subject", False)), also=_phrases(r.get("also", [])),
            exclude=_phrases(r.get("exclude", [])), confidence=float(r.get("confidence", 0.4)),
            deps=frozenset(str(d) for d in r.get("deps", [])),
            agent_preps=frozenset(str(p).lower() for p in r.get("agent_preps", [])),
            heads=frozenset(str(h).lower() for h in r.get("heads", [])),
            main_clause=bool(r.get("main_clause", False)), fallback=bool(r.get("fallback", False)),
            adjectival=bool(r.get("adjectival", False)), proper=bool(r.get("proper", False)),
            place_name=bool(r.get("place_name", False)), acted_on=bool(r.get("acted_on", False)),
            intransitive=bool(r.get("intransitive", False)),
            sectors=frozenset(str(c) for c in r.get("sectors", [])),
            aimed_by=frozenset(str(v).lower() for v in r.get("aimed_by", [])),
        ))

    return Reports(reports=tuple(out), unrealised_marks=word_set(raw, "unrealised_marks"), topic_heads=word_set(raw, "topic_heads"),
                   realised_past_marks=word_set(raw, "realised_past_marks"), portion_words=word_set(raw, "portion_words"),
                   alleging_nouns=word_set(raw, "alleging_nouns"), complement_nouns=word_set(raw, "complement_nouns"),
                   own_possessives=word_set(raw, "own_possessives"), causative_verbs=word_set(raw, "causative_verbs"),
                   reaction_verbs=word_set(raw, "reaction_verbs"), reaction_preps=word_set(raw, "reaction_preps"),
                   joined_acts=frozenset(str(t) for t in raw.get("joined_acts", [])),
                   party_preps=word_set(raw, "party_preps"))



# --------------------------------------------------------------------------- matching


def _forms(tok: Token) -> set[str]:
    return {lemma_of(tok), tok.lower_}


def _sentence_words(sent: Sequence[Token]) -> Phrases:
    return Phrases(_forms(t) for t in sent if t.text not in ("-", "–"))


def verb_trigger(v: Token, report: Report) -> list[Token] | None:
    """The trigger's tokens when ``v`` starts one of the construction's verbs ("set up": the verb
    and its particle, "take control": the verb and its object; a later word may hang on an earlier
    one, and a preposition on the verb's object, "set on fire": "set the station on fire", the parser
    hanging "on" on "station"), else None."""
    forms = forms_of(v)
    preps = [c for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]
    for words in report.verbs:
        if words[0] != lemma_of(v) and words[0] not in forms:
            continue
        found = [v]
        for w in words[1:]:
            nxt = next((c for c in (*(c for t in found for c in t.children), *preps) if c not in found
                        and (lemma_of(c) == w or c.lower_ == w)), None)
            if nxt is None:
                break
            found.append(nxt)
        else:
            return found
    return None


def verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for an adjective that has a direct object as only a verb
    has ("... and torched vehicles": "torched" tagged as an adjective)."""
    return is_verb(tok) or (tok.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in tok.children))


def themes(pred: list[Token], report: Report, noun: bool, portions: frozenset[str] = frozenset(),
           complements: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[Token]:
    """What the trigger acts on (see the module docstring), each conjunct; through a portion word
    to what it is a portion of ("the handover of some of the districts": the districts); through a
    complement noun whose "of" or "over" phrase names a person's own faculty (a common noun with a
    possessive of ``complements[1]``) to that faculty ("regained control over his health": no place;
    "regained control of the valley", "of Mosul", "of their stronghold": the noun itself counts)."""
    head = pred[0]
    heads: list[Token] = [head] if noun else []
    deps = ("dobj", "nsubjpass") + (("nsubj",) if report.subject else ())
    heads += [c for t in pred for c in t.children if c.dep_ in deps]
    if noun and report.subject and report.heads and (verb := _prep_head(head)) is not None:
        heads += [c for c in verb.children if c.dep_ == "nsubj"]  # "the convoy came under attack": the convoy
    # the object of the trigger's own preposition ("sat on a fast", "took part in a procession")
    heads += [g for t in pred[1:] if t.dep_ == "prep" and t.lower_ not in report.agent_preps
              for g in t.children if g.dep_ == "pobj"]
    if not noun and report.subject and head.dep_ in ("acl", "relcl"):
        heads.append(head.head)  # "the bomb that exploded"
    elif not noun and report.adjectival and head.dep_ == "amod":
        heads.append(head.head)  # "the capsized ferry": the ferry
    elif not noun and head.dep_ == "acl" and head.tag_ == "VBN":
        heads.append(head.head)  # "the bombs discovered on Wednesday": what is discovered
    elif not noun and (antecedent := object_relative_antecedent(head)) is not None:
        heads.append(antecedent)  # "the rifles (that) the troops seized": what is seized
    out: list[Token] = []
    for h in heads:
        for c in conjuncts(h):
            comps = _complements(c) if lemma_of(c) in complements[0] else []
            words = comps if comps and all(_own(g, complements[1]) for g in comps) else [c, *_of_objects(c)]
            words += [g for w in words if lemma_of(w) in portions for g in _of_objects(w)]
            out += words + [g for w in words for g in w.children if g.dep_ in ("compound", "nmod", "amod")]
    out += [g for t in pred for p in t.children if p.dep_ == "prep" and p.lower_ in THEME_PREPS
            for g in p.children if g.dep_ == "pobj"]
    return out


def _own(tok: Token, possessives: frozenset[str]) -> bool:
    """A common noun with a possessive of ``possessives`` ("his health", "her voice")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in possessives for c in tok.children)


def _complements(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for g in p.children
            if g.dep_ == "pobj"]


def _of_objects(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _objects_ok(found: list[Token], report: Report, ctx: Context | None = None) -> bool:
    words = {w for t in found for w in _forms(t)}
    if report.objects_exclude & words:
        return False
    return not report.objects or bool(report.objects & words) or bool(
        ctx is not None and report.sectors and report.sectors & named_sectors(ctx, found))


def _acted_on_ok(ctx: Context, tok: Token, report: Report, acted_on: list[Token], noun: bool) -> bool:
    """What the trigger acts on meets the construction's conditions: one of its objects (or an actor of
    its sectors), a proper name, a place name ("captured Velsk" takes a place; "captured Ivanov" takes a
    man), anything at all for a verb that must act on something."""
    if not _objects_ok(acted_on, report, ctx) or (report.proper and not any(t.pos_ == "PROPN" for t in acted_on)):
        return False
    if report.acted_on and not noun and _idle(tok, acted_on):
        return False
    return not report.place_name or any(t.pos_ == "PROPN" and t.ent_type_ in PLACE_ENTS and not (  # ("seized Captagon
        t.dep_ == "compound" and t.head.pos_ == "NOUN") for t in acted_on)  # pills": a name that modifies a thing)


def _party_of_sectors(ctx: Context, tok: Token, report: Report, source: Arg, acted_on: list[Token]) -> bool:
    """A construction whose ``also`` words are not in the sentence, kept for an actor of its ``sectors``
    named there (:func:`_usable`), holds only when that actor is its doer or what it acts on ("Al-Shabaab
    appointed a new emir"), not anyone else the sentence names."""
    if not report.sectors or not report.also or _sentence_words(list(tok.sent)).has_any(report.also):
        return True
    ids = {*source.ids, *(m.actor_id for t in acted_on if (m := ctx.mention(t)) is not None and m.actor_id)}
    return bool(report.sectors & {c for i in ids if i in ctx.actors for c in ctx.actors[i].sectors})


def named_sectors(ctx: Context, tokens: Iterable[Token]) -> frozenset[str]:
    """The sectors of the actors that mentions among ``tokens`` name ("Boko Haram": REB)."""
    ids = {m.actor_id for t in tokens if (m := ctx.mention(t)) is not None and m.actor_id is not None}
    return frozenset(c for i in ids if i in ctx.actors for c in ctx.actors[i].sectors)


def _modality(ctx: Context, tok: Token, reports: Reports) -> tuple[str, Frame]:
    """The trigger clause's modality read from its frame (negated, hypothetical, requested,
    future, or promised, refused or requested by a wrapper above it: "vowed to fight until they
    gain control" is no report of control gained), and "no weapons were found"."""
    fr = frame_of(ctx, tok)
    if fr.negated or (fr.wrapper is not None and fr.wrapper.kind in ("negate", "reject")):
        return "negated", fr
    if any(c.dep_ == "det" and c.lower_ == "no" for t in tok.children if t.dep_ in ("nsubjpass", "dobj")
           for c in t.children):
        return "negated", fr
    if any(c.dep_ == "mark" and c.lower_ in reports.unrealised_marks for c in tok.children) and not (
        tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in reports.realised_past_marks for c in tok.children)
    ):
        return "hypothetical", fr  # "until they gain control", "before it exploded": not (yet) so
    if fr.hypothetical or (fr.would and not reported_will(fr, fr.would)):
        return "hypothetical", fr
    if fr.deontic is not None:
        return "requested", fr
    if fr.future or fr.would or fr.wrapper is not None:
        return "future", fr
    return "asserted", fr


def _target(ctx: Context, found: list[Token]) -> Arg:
    for t in found:
        got = arg(ctx, t, allow_vague=False)
        if got and got.ids and not got.via_modifier:
            return got  # an actor the object names ("the village of Tarsa"), not the weapon used
    return Arg()


def _source(ctx: Context, v: Token, report: Report) -> Arg:
    agent = next((g for p in v.children if p.dep_ in ("prep", "prt") and p.lower_ in report.agent_preps
                  for g in p.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return subject_arg(ctx, agent)  # "the town fell to the rebels": the rebels took it
    if report.subject and not is_passive(v):
        return Arg()  # the subject is what happened ("a bomb exploded"), not a doer
    return subject_arg(ctx, source_token(ctx, v))


def _in_list(n: Token) -> bool:
    return len(conjuncts(first_conjunct(n))) >= 3


def _light_source(ctx: Context, n: Token, report: Report, causative: frozenset[str]) -> Arg:
    """The doer of a noun trigger that is the object of a verb ("forces committed rape", "police
    carried out seizures"): the verb's subject when it names an actor, unless the verb is one of
    causing or reacting (``causative``: "the arrest sparked protests" names what caused them, not who
    protested; "the bishop condemned the abduction" names who condemned it); or the object of one of the construction's ``agent_preps`` on the noun ("under the
    control of government forces")."""
    agent = _noun_agent(ctx, n, report.agent_preps)
    if agent is not None:
        return agent
    if n.dep_ != "dobj" or not is_verb(n.head) or lemma_of(n.head) in causative or names_object(n.head):
        return Arg()  # "called the strike a massacre": who named it, not who struck
    return subject_arg(ctx, source_token(ctx, n.head))


def _noun_agent(ctx: Context, n: Token, preps: frozenset[str]) -> Arg | None:
    """The doer named in a phrase of ``preps`` on the noun trigger ``n`` (None: no such phrase); no one
    when it names a weapon ("an attack by drone", "raids by army helicopters")."""
    agent = next((g for p in n.children if p.dep_ == "prep" and p.lower_ in preps
                  for g in p.children if g.dep_ == "pobj"), None)
    if agent is None:
        return None
    return Arg() if instrument(ctx, agent) else subject_arg(ctx, agent)


def bare_gerund(tok: Token, party_preps: frozenset[str] = frozenset()) -> bool:
    """A gerund that is a preposition's complement or a subject and acts on nothing ("a house damaged by shelling",
    "two died in firing from across the border", "fighting between the army and the rebels continued"), or one
    whose parties a phrase of ``party_preps`` names, whatever the parser made of its clause ("fighting between two
    militias left 20 fighters dead"; not a clausal subject alone, "fighting for land rights is a long struggle"):
    the tagger's verb is an event noun."""
    return tok.tag_ == "VBG" and (tok.dep_ in ("pcomp", "pobj", "nsubj", "nsubjpass") or any(
        c.dep_ == "prep" and c.lower_ in party_preps for c in tok.children)) and not any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp") for c in tok.children)


def _prep_head(tok: Token) -> Token | None:
    """The word a noun's preposition depends on ("died in the raid": died; "injuries due to the
    blast": injuries), or None when the noun is no prepositional object."""
    if tok.dep_ not in ("pobj", "pcomp"):
        return None
    prep = tok.head
    if prep.dep_ in ("pcomp", "prep", "amod") and prep.head.dep_ in ("prep", "amod", "acomp"):
        prep = prep.head  # "due to", "as a result of"
    return prep.head if prep.head.i != prep.i else None


def _topic(tok: Token, topics: frozenset[str]) -> bool:
    """A noun that is the topic of another ("a report on attacks", "an inquiry into the killing"), or
    what something is about ("spoke about the raid", "a film about the siege"); through the gerund that governs
    it ("the conviction of the governor for ordering the massacre": the massacre is what he was convicted for)."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp":
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
        return False
    return tok.head.lower_ in TOPIC_PREPS or lemma_of(tok.head.head) in topics


def content_clause(clause: Token, nouns: frozenset[str]) -> bool:
    """A clause that is the content of an allegation (``alleging_nouns``: "the accusations that the
    group was responsible", "rumours that the town had fallen"): what is alleged, not what the
    outlet reports."""
    return clause.dep_ in ("acl", "ccomp") and lemma_of(clause.head) in nouns and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _idle(verb: Token, acted_on: list[Token]) -> bool:
    """A verb trigger with nothing it acts on, active: "travel may be picking up" (another sense);
    a passive acts on its implied subject ("after being picked up by men in plain clothes")."""
    return not acted_on and not is_passive(verb)


def _verb_unfit(tok: Token, report: Report, adjective: bool) -> bool:
    """A verb trigger that tells no report of the construction: a participle or compound before its noun
    when the construction reads none ("the seized town" is no report of a seizure), or a verb with a direct
    object when the construction is ``intransitive`` ("fought with knives" tells a fight; "fought the
    rebels" is the patterns' act)."""
    if tok.dep_ in ("amod", "compound") and not adjective:
        return True
    return report.intransitive and any(c.dep_ == "dobj" for c in tok.children)


def match(ctx: Context, tok: Token, report: Report, reports: Reports, headline: bool = False) -> Found | None:
    """The event ``tok`` triggers by ``report``, or None (``headline``: a noun counts in a sentence with
    no verb, see :func:`fallback_events`)."""
    noun = (tok.pos_ in ("NOUN", "PROPN") or bare_gerund(tok, reports.party_preps)) and (
        lemma_of(tok) in report.nouns or tok.lower_ in report.nouns) and (not report.deps or tok.dep_ in report.deps)
    adjective = report.adjectival and tok.dep_ == "amod"  # "the capsized ferry", "the sunken boat"
    pred = [tok] if noun else (verb_trigger(tok, report) if verbal(tok) or adjective else None)
    if not pred:
        return None
    if noun and tok.ent_type_ in ("DATE", "TIME") and tok.text[:1].isupper() and not tok.is_sent_start:
        return None  # "in early March", "on March 3": a month, not a march ("a black day" stays)
    if not noun and _verb_unfit(tok, report, adjective):
        return None
    if not noun and len(pred) == 1 and form_in(tok, ctx.lex.stative_verbs) and standing_state(tok, ctx.lex.span_nouns):
        return None  # "the rebels control the town": a state, no taking
    if noun and _no_happening(ctx, tok, report, reports):
        return None  # "a corruption scam", "riot police", "the report on attacks"
    if noun and report.heads and ((h := _prep_head(tok)) is None or not report.heads & _forms(h)):
        return None  # "died in an air raid" reports the raid; "a film about a raid" does not
    if noun and _in_list(tok):
        return None  # "sanctions, talks and protests": a list of topics, no report
    if noun and not (headline and any(c.dep_ == "prep" for c in tok.children)) and not any(is_verb(t) for t in tok.sent):
        return None  # a headline of nouns ("Russia: sanctions, talks, protests"); see fallback_events
    acted_on = themes(pred, report, noun, reports.portion_words, reports.complements)
    if not _acted_on_ok(ctx, tok, report, acted_on, noun):
        return None
    source = _light_source(ctx, tok, report, reports.not_doing_verbs) if noun else _source(ctx, tok, report)
    if not _party_of_sectors(ctx, tok, report, source, acted_on):
        return None  # "the government appointed an army chief to fight Al-Shabaab": no armed group's change
    target = _target(ctx, acted_on) if report.cameo else Arg()
    clause = tok if not noun else (tok.head if is_verb(tok.head) else tok)
    if content_clause(clause, reports.alleging_nouns):
        return None  # "the accusations that it was responsible for the strike": what is alleged, not reported
    modality, frame = _modality(ctx, clause, reports)
    modality = aimed_modality(modality, tok, clause, frame, report.aimed_by)  # "monitors to support the ceasefire"
    modality = "hypothetical" if noun and unrealised_trigger(ctx, tok) else modality  # "the planned demonstration"
    if report.cameo is None and modality != "asserted":
        return None  # a disaster warned of or denied is no report of one
    if noun and tok.dep_ == "compound" and noun_pattern(ctx, tok.head) is not None:
        return None  # "fraud investigations": the head is the event reported
    return Found(
        cameo=report.cameo or "", pred=[tok], clause=clause, source=source, target=target,
        plover=None if report.cameo else NOT_PLOVER, modality=modality,
        confidence=report.confidence, noun=noun, extra=pred[1:],
        speaker=frame.speaker, speaker_token=frame.speaker_token,
    )


def _no_happening(ctx: Context, tok: Token, report: Report, reports: Reports) -> bool:
    """A noun trigger that names no happening: a modifier of a head noun the construction reads ("a corruption
    scam": the head is the report) or a topic ("the report on attacks" reports no attack; a crime or disaster
    stays the topic's category) unless its own clause tells it happened ("spoke about the raid that took place
    last week")."""
    if tok.dep_ == "compound" and lemma_of(tok.head) in report.nouns:
        return True
    return bool(report.cameo) and _topic(tok, reports.topic_heads) and not told_as_happened(tok)


PARTICIPANT_DEPS = ("acl", "amod", "compound")  # "militants backed by Ankara", "Turkish-backed rebels"


def describes_participant(f: Found) -> bool:
    """An act told in a participle or adjective that describes a participant ("the militants backed
    by Ankara took control of the villages", "Turkish-backed rebels"): it says who someone is, not
    what the sentence reports, so it leaves the sentence's reports to be read."""
    return not f.noun and f.pred[0].dep_ in PARTICIPANT_DEPS


def report_events(ctx: Context, sent: SpacySpan, found: list[Found], reports: Reports) -> list[Found]:
    """The report events of a sentence that has no event of the patterns: a report is what the
    sentence says happened when no actor's act was found (one more event beside an actor's act
    would be a second reading of one happening). The first construction that matches a word
    decides. A construction marked ``main_clause`` is read on the sentence's root even when the
    acts found are told below it ("hundreds protested against the killing of a student"): it is
    what the sentence reports, and it outranks them. An act told only to describe a participant
    (:func:`describes_participant`) blocks no construction, and a report on the root outranks it."""
    every = [f for f in found if f.parent is None]
    top = [f for f in every if not describes_participant(f)]
    if any(t.i == sent.root.i for f in top for t in [*f.pred, *f.extra]):
        return []  # the sentence reports an act with its actors already
    tokens = ctx.pd.tokens_in(sent)
    usable, starts = _usable(tokens, reports, lambda r: (r.main_clause or not top) and not r.fallback,
                             named_sectors(ctx, tokens))
    if not every:
        return _reports_on(ctx, sent, usable, reports, starts)
    above = min(ctx.rules.confidence.ceiling, max(f.confidence for f in every) + 0.01)
    out = [f for f in _reports_on(ctx, sent, usable, reports, starts) if not top or f.clause.i == sent.root.i]
    told = {t.i for f in top for t in f.pred}
    for f in out:
        if f.clause.i == sent.root.i and not _caused_by(f, told, reports.causative_verbs):
            f.confidence = max(f.confidence, above)
    return out


def reaction_events(ctx: Context, sent: SpacySpan, found: list[Found], reports: Reports) -> list[Found]:
    """The events a reaction is to: a reaction verb (``reaction_verbs``: condemning, mourning, praising)
    tells a happening as its object ("the UN condemned the rape of two schoolgirls", "condemned the
    mortar attack on the camp") or in a phrase of ``reaction_preps`` ("praised the bomb squad for
    defusing a device"); the report constructions, fallbacks included, are read on those words alone,
    as what the sentence reports beside the reaction (read as an event or not: "condemned the
    bombings" names no one condemned), when the reaction is what the sentence tells (:func:`_tells`).
    Not when an event was found in them already ("condemned the killing of two farmers by the
    militia"), unless that act only describes a participant (:func:`describes_participant`: "condemned the
    lynching of a man accused of theft", the man being who was accused), whose words are then no part of what
    is reacted to ("condemned two preachers accused of inciting attacks"); only what is told as done (the
    reaction's modality)."""
    if not reports.reaction_verbs:
        return []
    told = {t.i for f in found if not describes_participant(f) for t in [*f.pred, *f.extra]}
    described = {t.i for f in found if describes_participant(f) for t in f.pred[0].subtree}
    out: list[Found] = []
    for verb in ctx.pd.tokens_in(sent):
        if not is_verb(verb) or lemma_of(verb) not in reports.reaction_verbs or not _tells(verb):
            continue
        words = [t for t in reacted_to(verb, reports.reaction_preps) if t.i not in described]
        if not words or told & {t.i for t in words}:
            continue
        usable, starts = _usable(words, reports, lambda r: True, named_sectors(ctx, words))
        for g in _reports_on(ctx, sent, usable, reports, starts):
            if g.noun:  # who reacts did not do it: the noun's doer is its "by" phrase's ("the rape of ... by militiamen")
                g.source = _noun_agent(ctx, g.pred[0], AGENT_BY) or Arg()
            if g.modality == "asserted":
                out.append(g)
    return out


def reports_in(ctx: Context, sent: SpacySpan, words: Sequence[Token], reports: Reports,
               fallbacks: bool = False) -> list[Found]:
    """The report events of the constructions (``fallbacks`` too, or not) read on ``words`` of ``sent`` alone."""
    usable, starts = _usable(words, reports, lambda r: fallbacks or not r.fallback, named_sectors(ctx, words))
    return _reports_on(ctx, sent, usable, reports, starts)


def _tells(verb: Token) -> bool:
    """The verb is what its sentence tells: the root, a conjunct of it or the clause said by it ("the
    UN condemned the raids", "the ministry said it condemned the raids"), not a description of
    something else ("a resolution condemning the raids": the resolution is the sentence's happening)."""
    verb = first_conjunct(verb)
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")


def reacted_to(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The words of what ``verb`` reacts to: its direct object, or the subject of its passive (the
    object told first: "the lynching of a thief was condemned by rights groups"), and the object of a
    phrase of ``preps`` on the verb or on that object ("praised the police for defusing a bomb")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
    heads = [*objects, *(g for p in phrases for g in p.children if g.dep_ in ("pobj", "pcomp"))]
    return sorted({t for h in heads for t in h.subtree}, key=lambda t: t.i)


def _caused_by(f: Found, acts: set[int], causative: frozenset[str]) -> bool:
    """A report named as what an act found in the sentence caused ("the bombing of the villages
    drew protests"): the act is what the sentence tells, the report its aftermath."""
    return f.noun and f.pred[0].dep_ == "dobj" and lemma_of(f.clause) in causative and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in acts for c in f.clause.children)


def _usable(sent: Sequence[Token], reports: Reports, keep: Callable[[Report], bool],
            sectors: frozenset[str] = frozenset()) -> tuple[list[tuple[int, Report]], dict[int, set[int]]]:
    """The constructions ``keep`` accepts that a word of the sentence may start and whose
    conditions on the sentence's words hold (``sectors``: those of the actors the sentence names, which
    stand for an ``also`` word of a construction that lists them), with their positions; and each token
    of the sentence -> the positions of the constructions one of its forms may start."""
    by_word = reports.by_word
    starts: dict[int, set[int]] = {}
    for t in sent:  # only the tokens that may start one: most start none
        found = [by_word[w] for w in forms_of(t) if w in by_word]
        if found:
            starts[t.i] = set().union(*found)
    kept = [(n, reports.reports[n]) for n in sorted(set().union(*starts.values())) if keep(reports.reports[n])]
    if not any(r.also or r.exclude for _, r in kept):
        return kept, starts  # no condition on the sentence's words to check: they are not gathered
    words = _sentence_words(sent)
    usable = [(n, r) for n, r in kept
              if (not r.also or words.has_any(r.also) or bool(r.sectors & sectors))
              and not (r.exclude and words.has_any(r.exclude))]
    return usable, starts


def fallback_events(ctx: Context, sent: SpacySpan, reports: Reports) -> list[Found]:
    """The events of the ``fallback`` constructions in a sentence of an article that tells no act
    at all ("heavy losses in raids by army helicopters" alone): the event nouns of ACLED's
    sub-event types wherever they stand, at the lowest confidence. A sentence with no verb in such
    an article is a headline: a noun of any construction there names what happened when it says
    where or of what ("Mass abduction of schoolchildren in Kaduna", "Bus accident in Nepal: 20
    dead"); a bare keyword or a list of topics does not ("Airstrikes and ceasefire")."""
    tokens = ctx.pd.tokens_in(sent)
    headline = not any(is_verb(t) for t in tokens)
    usable, starts = _usable(tokens, reports, lambda r: r.fallback or headline, named_sectors(ctx, tokens))
    found = _reports_on(ctx, sent, usable, reports, starts, headline) if usable else []
    # not "weighing strikes", nor "said the ban was an attack on humanitarian work" (figurative.py)
    return [f for f in found if noun_modality(ctx, f.pred[0]) == "asserted" and not figurative_attack(ctx, f.pred[0])]


def _reports_on(ctx: Context, sent: SpacySpan, usable: list[tuple[int, Report]], reports: Reports,
                starts: dict[int, set[int]], headline: bool = False) -> list[Found]:
    """The report events of the ``usable`` constructions in a sentence (``starts``: see :func:`_usable`;
    ``headline``: see :func:`match`)."""
    taken: set[int] = set()
    out: list[Found] = []
    if not usable:
        return out
    # only the tokens that may start a construction ("a cache was found": the verb first)
    for tok in sorted((sent.doc[i] for i in starts), key=lambda t: (not verbal(t), t.i)):
        if tok.i in taken:
            continue
        for n, r in usable:
            if n not in starts.get(tok.i, ()):
                continue
            f = match(ctx, tok, r, reports, headline)
            if f is not None and name_word(ctx, f.pred[0]):
                continue  # "the Oromo Liberation Front": a word of a name (name_words.py)
            if f is not None and (f.plover == NOT_PLOVER or cameo_code(ctx.cameo, f.cameo) is not None):
                out.append(f)
                if f.plover != NOT_PLOVER:
                    acted_on = themes(f.pred + f.extra, r, f.noun, reports.portion_words, reports.complements)
                    taken.update(t.i for t in [*f.pred, *f.extra, *acted_on])
                break
    if any(f.plover != NOT_PLOVER and f.modality == "asserted" for f in out):
        out = [f for f in out if f.plover != NOT_PLOVER]  # "the truce collapsed" is no disaster
    return out


__all__ = ["REPORTS_SCHEMA", "build_reports", "content_clause", "describes_participant", "fallback_events", "load_reports", "match",
           "reacted_to", "reaction_events", "report_events", "reports_in", "themes", "verb_trigger"]
