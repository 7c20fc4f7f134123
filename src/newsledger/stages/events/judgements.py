"""Disapproval told as a judgement (PLOVER ACCUSE disapprove: "express disapproval, objections";
allege: "accuse formally or informally"): an act or party named with a word of disapproval by a
naming verb ("called the sanctions illegal", "described the manoeuvres as a provocation", "branded
the strike a violation of international law"), a reported copula ("said the operation was
unacceptable", "said Russia was responsible for the attack", "said Rwanda was behind the
offensive"), a reported breach ("said Israel had violated the ceasefire") or responsibility borne
("said the United States bore responsibility for") or a duty failed ("said the government had failed to
protect civilians"; of a law or a text: "said the law fails to protect women") or an ominous message sent or precedent set ("said the arrest sent a chilling
message", "said the ruling sets a dangerous precedent"). The judge is the accuser, the party judged
(or the doer of the act judged: its possessor, its demonym, its "by" phrase) the accused.
Words: ``patterns.yaml`` ``judging_verbs``, ``disapproval_words``, ``blame_words``,
``blame_preps``, ``breach_verbs``, ``responsibility_verbs``, ``responsibility_nouns``, ``failure_verbs``, ``judged_texts``, ``passage_verbs``, ``message_nouns``, ``ominous_words``; codes ``rules.yaml``
``codes.judgement`` and ``codes.blame``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ...nlp.syntax import partitive_member
from .accuse_judge_verdicts import called_verdict, verdict_code
from .accuse_speech_filings import filing_states
from .accuse_speech_naming import named_judgement, speech_judgement
from .arguments import arg
from .figurative import figurative_attack
from .predicates import noun_pattern
from .prosecutors import prosecutor_alleges
from .tokens import children_of, first_child, first_person, form_in, prep_objects
from .types import Arg, Context, Found

if TYPE_CHECKING:
    from .speech import Report

# dependents of a naming verb that hold what its object is called ("called X illegal", "branded X a violation")
_PREDICATIVE = ("oprd", "xcomp", "acomp", "attr", "dobj")


def naming_judgement(ctx: Context, v: Token) -> Found | None:
    """"X called Y illegal", "described Y's move as a provocation": an ACCUSE from X to Y (or to
    the doer of the act Y), when what Y is called is a word of disapproval."""
    if not form_in(v, ctx.lex.judging_verbs):
        return None
    subj = first_child(v, "nsubj")
    obj = first_child(v, "dobj")
    if subj is None or (obj is not None and obj.tag_ == "WP" and v.dep_ == "ccomp"):
        return None  # "denounced what it described as interference": the free relative is the outer verb's object
    preds = [c for c in v.children if c.dep_ in _PREDICATIVE and obj is not None and c.i > obj.i] + prep_objects(v, "as")
    word = next((p for p in preds if disapproving(ctx, p)), None) if obj is not None else None
    if word is None:
        # "labelled X's claims a lie", "branded X a terrorist state"; "called X's tariffs a mistake" (a verdict)
        named = (named_judgement(ctx, v, obj) if obj is not None else None) or called_verdict(ctx, v)
        if named is None or not judged_party(ctx, named[0]).ids:
            return None
        obj, word = named
    return object_judgement(ctx, v, subj, obj, ctx.rules.judgement_code, "ACCUSE", judgement=True, extra=[word])


def object_judgement(ctx: Context, v: Token, subj: Token, obj: Token, cameo: str, plover: str | None,
                     **found: Any) -> Found | None:
    """The judgement verb ``v`` tells of its object ``obj`` (a naming judgement, a dismissal): from the
    party its subject ``subj`` names to the party of the object; None unless the subject names one."""
    source = arg(ctx, subj, allow_vague=False)
    if not source:
        return None
    f = Found(cameo=cameo, pred=[v], clause=v, source=source, target=judged_party(ctx, obj), plover=plover, **found)
    k = ctx.rules.confidence
    f.confidence = k.accusation if f.target.ids else k.accusation_unresolved
    return f


def accusation(ctx: Context, cameo: str, pred: list[Token], clause: Token, source: Arg, target: Arg,
               **found: Any) -> Found:
    """An ACCUSE judgement from ``source`` to ``target``, as sure as its target is named (the builder the
    judgement constructions share)."""
    f = Found(cameo=cameo, pred=pred, clause=clause, source=source, target=target, plover="ACCUSE", judgement=True,
              **found)
    k = ctx.rules.confidence
    f.confidence = k.accusation if target.ids else k.accusation_unresolved
    return f


def reported_accusation(ctx: Context, cameo: str, act: Token, clause: Token, rep: Report, target: Arg) -> Found:
    """The ACCUSE a reported clause makes: its speaker accuses ``target``; the report's verb (or the
    outlet, with no verb) is where it is claimed."""
    w, fr = rep.verb, rep.frame
    return accusation(ctx, cameo, [act], w or clause, rep.speaker, target, speaker=fr.speaker,
                      speaker_token=fr.speaker_token, quote=rep.quote, claimed_outlet=w is None, claim_at=w)


def allegation(ctx: Context, v: Token) -> Found | None:
    """"X alleged that Y had rigged the vote", "complained that Y was jailing critics", "critics say
    Y has dismantled ...": a statement made as an allegation (a verb of ``allegation_verbs``, or a
    speech verb whose subject is one of ``critic_nouns``) accuses the subject of what it says,
    whatever its content (PLOVER ACCUSE allege: "formally or informally accuse"); critics speak an
    allegation only against a party the clause names."""
    subj = first_child(v, "nsubj")
    content = first_child(v, "ccomp")
    if subj is None or content is None or any(c.dep_ == "neg" for c in v.children):
        return None
    alleged = form_in(v, ctx.lex.allegation_verbs) or filing_states(ctx, v, subj)  # "the lawsuit contends that"
    if not alleged and not (form_in(v, ctx.lex.speech_verbs) and form_in(subj, ctx.lex.critic_nouns)) \
            and not prosecutor_alleges(ctx, v, subj, content):  # "prosecutors say X hired ..."
        return None
    source = arg(ctx, subj)
    if not source and not (alleged and form_in(subj, ctx.lex.filing_nouns)):
        return None  # "the lawsuit alleges that X ...": a filing alleges for its unnamed filers
    accused = first_child(content, "nsubj", "nsubjpass")
    target = judged_party(ctx, accused) if accused is not None else Arg()
    if (target.ids and set(target.ids) & set(source.ids)) or (not alleged and not target.ids):
        return None  # critics who say something of no named party ("the novel feels dated") accuse no one
    return accusation(ctx, ctx.rules.blame_code, [v], v, source, target)


def decried_act(ctx: Context, v: Token, found: list[Found]) -> Found | None:
    """"The African Union condemned the killing of peacekeepers": an act told by an event noun and
    decried by a verb of ``decrying_verbs`` with no party named (PLOVER ACCUSE disapprove: "condemn,
    decry ... an action") is an ACCUSE from the decrier to the act's doer, if named; the act stays
    an event of its own."""
    obj = first_child(v, "dobj")
    if obj is None or not form_in(v, ctx.lex.decrying_verbs) or any(v in f.pred and f.target for f in found):
        return None
    act = next((f for f in found if f.noun and f.pred[0].i == obj.i), None)
    subj = first_child(v, "nsubj")
    source = arg(ctx, subj, allow_vague=False) if subj is not None else Arg()
    if not source or (act is None and noun_pattern(ctx, obj) is None):
        return None
    target = act.source if act is not None else judged_party(ctx, obj)
    if set(target.ids) & set(source.ids):
        target = Arg()
    return accusation(ctx, ctx.rules.judgement_code, [v], v, source, target)


def reported_judgement(ctx: Context, clause: Token, rep: Report) -> Found | None:
    """A reported clause that judges its subject: "said the operation was unacceptable", "said
    Russia was responsible for the attack", "said Israel had violated the ceasefire", "said the
    United States bore responsibility for the killing"."""
    subj_tok = first_child(clause, "nsubj")
    if subj_tok is None or subj_tok.dep_ == "expl" or first_person(subj_tok):
        return None
    judged = _judged_code(ctx, clause)
    if judged is None:
        return None
    code, needs_party = judged
    target = judged_party(ctx, subj_tok)
    if target.ids and set(target.ids) & set(rep.speaker.ids):
        return None
    if not target and needs_party:
        return None  # "said the storm was responsible for the damage", "the talks failed to": no party blamed
    return reported_accusation(ctx, code, clause, clause, rep, target)


def _judged_code(ctx: Context, clause: Token) -> tuple[str, bool] | None:
    """The code of the judgement a reported clause makes of its subject (a copula's predicate, or the object of
    one of ``constituting_verbs``), and whether it needs a party judged (blame, breach, failure: a thing is not blamed), or None."""
    lex, rules = ctx.lex, ctx.rules
    if form_in(clause, lex.breach_verbs) and first_child(clause, "dobj") is not None:
        return rules.blame_code, True  # "had violated the ceasefire"
    if (speech := speech_judgement(ctx, clause)) is not None:
        return speech  # "was lying", "had meddled in the vote", "had broken its promises", "was absurd"
    aim = first_child(clause, "xcomp") if form_in(clause, lex.attempt_verbs) else None
    if aim is not None and form_in(aim, lex.breach_verbs) and first_child(aim, "dobj") is not None:
        return rules.blame_code, True  # "was trying to provoke a disaster", "seeks to undermine the talks"
    if form_in(clause, lex.responsibility_verbs) and any(
            form_in(o, lex.responsibility_nouns) for o in children_of(clause, "dobj")):
        return rules.blame_code, True  # "bore responsibility for"
    if form_in(clause, lex.failure_verbs) and (duty := first_child(clause, "xcomp")) is not None:
        return rules.judgement_code, not _failing_text(ctx, clause, duty)  # "had failed to protect civilians"
    if any(ominous_message(ctx, o) for o in children_of(clause, "dobj")):
        return rules.judgement_code, False  # "said the ruling sent a chilling message", "set a dangerous precedent"
    if form_in(clause, lex.constituting_verbs):  # "said the move constitutes a violation of", "amounts to piracy"
        said = children_of(clause, "dobj", "attr") + prep_objects(clause, "to")
        said += [a for p in said for a in children_of(p, "appos")]  # "shows a disregard for X, an affront to Y"
        return (rules.judgement_code, False) if any(disapproving(ctx, p) for p in said) else verdict_code(ctx, clause)
    if clause.lemma_ != "be":
        return verdict_code(ctx, clause)  # "said Minsk's plant posed a grave danger", "X's policy had failed"
    preds = children_of(clause, "acomp", "attr")
    if any(form_in(p, lex.blame_words) for p in preds) or any(
            form_in(p, lex.blame_preps) and p.dep_ == "prep" for p in clause.children):
        return rules.blame_code, True  # "was responsible for", "was behind"
    blame = first_child(clause, "xcomp")
    if blame is not None and form_in(blame, lex.blame_words) and first_child(blame, "dobj") is None:
        return rules.blame_code, True  # "is to blame"
    if any(disapproving(ctx, p) for p in preds):
        return rules.judgement_code, False  # "was unacceptable", "was a violation of its sovereignty"
    return verdict_code(ctx, clause)  # "said the American tariffs were a serious mistake": only of a party


def _failing_text(ctx: Context, clause: Token, duty: Token) -> bool:
    """A law, a text or a decision said to fail at what it is for ("said the law fails to protect
    women", "argue that the draft fails to reflect the country's diversity"): its subject one of
    ``judged_texts``, what it fails at not one of ``passage_verbs`` (a bill that "failed to pass"
    is voted down, not judged)."""
    subj = first_child(clause, "nsubj")
    return subj is not None and form_in(subj, ctx.lex.judged_texts) is not None and not form_in(duty, ctx.lex.passage_verbs)


def ominous_message(ctx: Context, o: Token) -> bool:
    """A message or precedent of ``message_nouns`` qualified by one of ``ominous_words`` ("a
    chilling message", "a dangerous precedent", "the wrong signal"): what a thing done is said to
    send or set, a judgement of it (not "a clear message", "a new precedent")."""
    return form_in(o, ctx.lex.message_nouns) is not None and any(
        form_in(a, ctx.lex.ominous_words) and not any(c.dep_ == "neg" for c in a.children) for a in children_of(o, "amod"))


def disapproving(ctx: Context, p: Token) -> bool:
    """A predicate word of disapproval, or a noun that one qualifies ("a reckless act"), or one
    of its coordinates ("regrettable and unjustified")."""
    words = ctx.lex.disapproval_words
    member = partitive_member(p)
    if member is not None:
        return disapproving(ctx, member)  # "one of the most hostile authorities": what it is one of
    if figurative_attack(ctx, p):
        return True  # "was a blatant attack on humanitarian work"
    if form_in(p, words):
        return not any(c.dep_ == "neg" for c in p.children)
    if p.pos_ in ("NOUN", "PROPN") and any(form_in(a, words) for a in children_of(p, "amod")):
        return True
    return any(form_in(c, words) for c in children_of(p, "conj"))


def judged_party(ctx: Context, tok: Token) -> Arg:
    """The party a judgement is of: the actor ``tok`` names, else the doer of the act it names
    (its possessor, its demonym or name, its "by" phrase)."""
    got = arg(ctx, tok, allow_vague=False)
    if got.ids:
        return got
    for mod in sorted((c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i),
                      key=lambda c: (c.dep_ != "poss", -c.i)):
        one = arg(ctx, mod, allow_vague=False)
        if one.ids:
            return one
    for o in prep_objects(tok, "by"):
        one = arg(ctx, o, allow_vague=False)
        if one.ids:
            return one
    return Arg()
