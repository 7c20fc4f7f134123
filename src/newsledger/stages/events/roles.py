"""Argument roles: the source of verb events, the subject a verb inherits through control,
coordination and participles, and the parties named beside it (targets: ``verb_targets.py``; event
nouns: ``noun_roles.py``; speakers: ``speaker_roles.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to, is_passive, is_verb
from .arguments import arg
from .conjoined import chain_agents, conjunct_patient
from .gerund_agents import gerund_agents
from .predicates import (
    addressee,
    subject_arg,
    wrapper_of,
)
from .ranked import ranked_doer
from .tokens import (
    children_of,
    first_child,
    form_in,
    lemma_of,
    prep_objects,
)
from .types import Arg, Context

# prepositions whose gerund is done by the verb's object ("accused X of killing", "prevented X from
# leaving"), not by its subject as after "after", "before", "by", "while" ...
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "with", "into"})


def source_token(ctx: Context, v: Token) -> Token | None:
    """The subject of ``v``, inherited through control, coordination and participles."""
    if is_passive(v) or conjunct_patient(v) is not None:  # "were beaten and detained by police": police for both
        for o in prep_objects(v, "by") + _agent_on_object(v) + chain_agents(v) + gerund_agents(ctx, v, OBJECT_CONTROL_PREPS):
            return o
        return None
    subj = first_child(v, "nsubj")
    if subj is not None:
        return subj
    for c in v.children:  # "Should Russia attack ...": the parser took the subject for a compound
        if c.dep_ in ("compound", "npadvmod") and c.i < v.i and c.pos_ == "PROPN":
            return c
    ranked = ranked_doer(ctx, v)  # "Kenya was the first to condemn Y"
    if ranked is not None:
        return ranked
    cur = v
    for _ in range(6):
        answer, nxt, check = _up_one(ctx, cur)
        if answer is not None:
            return answer
        if nxt is None:
            return None
        cur = nxt
        if not check:
            continue
        if is_passive(cur) and cur.dep_ != "acl":
            return None
        s = first_child(cur, "nsubj")
        if s is not None:
            return s
    return None


def _agent_on_object(v: Token) -> list[Token]:
    """The agent of a passive that the parser hung on the object of one of its prepositions
    ("was hit with sanctions by the United States": "by" on "sanctions"), when the verb has no
    "by" phrase of its own."""
    if prep_objects(v, "by"):
        return []
    return [o for p in v.children if p.dep_ == "prep" and p.lower_ != "by"
            for d in children_of(p, "pobj") for o in prep_objects(d, "by")]


def headline_infinitive(v: Token) -> bool:
    """A headline's infinitive on its noun ("Japan's PM to visit India"): what the noun will do."""
    return (v.dep_ in ("acl", "relcl") and v.tag_ == "VB" and v.head.dep_ == "ROOT"
            and v.head.pos_ in ("NOUN", "PROPN") and has_to(v))


def comma_subjects(v: Token, subj: Token) -> list[Token]:
    """Names joined by a bare comma before a headline's verb, parsed as a second subject
    ("Kenya, Uganda sign trade pact"; "Iran, Saudi Arabia restore ties")."""
    return [c for c in v.children if c.i != subj.i and c.dep_ in ("nsubj", "dep", "npadvmod") and c.pos_ == "PROPN"
            and c.i < v.i and any(t.text == "," for t in c.doc[min(c.i, subj.i):max(c.i, subj.i)])]


def acting_subject(ctx: Context, v: Token) -> Arg:
    """The actor of ``v``'s subject with the parties named beside it (:func:`co_subjects`)."""
    tok = source_token(ctx, v)
    source = subject_arg(ctx, tok)
    if source and tok is not None:
        for other in co_subjects(ctx, v, tok):
            source.extend(arg(ctx, other, allow_vague=False))
    return source


def co_subjects(ctx: Context, v: Token, subj: Token) -> list[Token]:
    """Parties named beside the subject ``subj`` of ``v`` that act with it (PLOVER 2.4.2: a
    compound actor): names joined by a bare comma in a headline, a second subject the parser gave
    for "X as well as Y", "X, along with Y, ..." / "X, alongside Y, ..." (``co_party_preps``), and
    the partner of "X joined Y in condemning ..." (``co_party_verbs``)."""
    out = comma_subjects(v, subj)
    if subj.dep_ == "nsubj" and subj.head.i == v.i:  # not the subject of a headline's reduced passive
        out += [c for c in v.children if c.dep_ == "nsubj" and c.i != subj.i and c.i < v.i and c not in out]
    for p in [*v.children, *subj.children]:
        if p.dep_ != "prep" or p.i > v.i:
            continue
        if lemma_of(p) in ctx.lex.co_party_preps:  # "along with Y", "alongside Y"
            out += prep_objects(p, "with") if p.lower_ in ("along", "together") else children_of(p, "pobj")
        elif p.lower_ == "with" and any(lemma_of(a) in ctx.lex.co_party_preps for a in children_of(p, "advmod")):
            out += children_of(p, "pobj")  # "together with Y", parsed as "with" modified by "together"
    joined = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "in" else None
    if joined is not None and is_verb(joined) and form_in(joined, ctx.lex.co_party_verbs):
        out += children_of(joined, "dobj")
    return out


def _up_one(ctx: Context, cur: Token) -> tuple[Token | None, Token | None, bool]:
    """One step up from a subjectless verb: (the subject found on the way, or the verb to look
    at next, and whether that verb's own passive and subject are to be checked)."""
    if cur.dep_ == "conj" and is_verb(cur.head):
        head = cur.head
        return None, (None if is_passive(head) else head), True
    if cur.dep_ == "xcomp":
        head = cur.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
            head = head.head
        wr = wrapper_of(ctx, head)
        addr = addressee(ctx, head) if wr is not None and wr.kind in ("appeal", "demand") else None
        if addr is not None:  # object control: "urged X to ..."
            return addr, None, True
        return None, head, True
    if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and lemma_of(cur.head) in OBJECT_CONTROL_PREPS:
        obj = first_child(cur.head.head, "dobj") if is_verb(cur.head.head) else None
        if obj is not None:  # "accused Israel of killing", "blamed X for attacking": the object does it
            return obj, None, True
    if cur.dep_ in ("advcl", "pcomp") and cur.tag_ in ("VBG", "VB", "VBN"):
        return None, (cur.head if cur.dep_ == "advcl" else cur.head.head), True
    if headline_infinitive(cur):  # "Japan's PM to visit India": the headline's noun does it
        return cur.head, None, True
    if cur.dep_ == "acl" and cur.tag_ == "VBG":
        noun = cur.head
        if arg(ctx, noun) or not is_verb(noun.head):
            return noun, None, True
        head = noun.head  # "issued a declaration demanding ...": the issuer
        s = first_child(head, "nsubj")
        if s is not None:
            return s, None, True
        return None, head, False
    return None, None, True
