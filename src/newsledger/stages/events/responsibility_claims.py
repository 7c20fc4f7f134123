"""A claim of responsibility told on the attack's own noun: a participle or a relative clause of a verb
of ``responsibility_claim_verbs`` on a noun of ``responsibility_claimed_nouns`` ("the bombing, claimed by
the Front, killed 12", "in an attack later claimed by the group", "the ambush, which the Front claimed,")
is a second happening of the sentence beside the attack: the claimant's claim (no PLOVER act; acled.yaml
reads it as a claim of responsibility, ACLED's category outside its events), its source the "by" phrase
of the participle or the relative clause's subject. The report constructions read a claim only where
the sentence tells no act of its own ("the attack was claimed by X"); the attack keeps its own event.
Words: ``patterns.yaml`` ``responsibility_claim_verbs``, ``responsibility_claimed_nouns``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...records import NOT_PLOVER
from .arguments import arg
from .tokens import first_child, lemma_of
from .types import Arg, Context, Found

CLAIM_CONFIDENCE = 0.3  # below any act's: the attack stays the sentence's main event


def claimant(v: Token) -> Token | None:
    """Who claims: the "by" phrase of a passive participle ("claimed by the Front"), or the subject of a
    relative clause that is no relative pronoun ("which the Front claimed")."""
    if v.dep_ == "acl":
        agent = first_child(v, "agent")
        return first_child(agent, "pobj") if agent is not None else None
    subj = first_child(v, "nsubj")
    return subj if subj is not None and subj.tag_ not in ("WDT", "WP") else None


def claims_on_attacks(ctx: Context, sent: SpacySpan, found: list[Found]) -> list[Found]:
    """The claims told on the attack nouns of ``sent`` that no event of ``found`` reads already."""
    told = {t.i for f in found for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for v in ctx.pd.tokens_in(sent):
        if v.i in told or v.dep_ not in ("acl", "relcl") or lemma_of(v) not in ctx.lex.responsibility_claim_verbs:
            continue
        if lemma_of(v.head) not in ctx.lex.responsibility_claimed_nouns or any(c.dep_ == "neg" for c in v.children):
            continue
        who = claimant(v)
        source = arg(ctx, who, allow_vague=False) if who is not None else Arg()
        if not source:
            continue  # "an attack claimed by no one", a claim with no claimant named
        out.append(Found(cameo="", pred=[v], clause=v, source=source, target=Arg(), plover=NOT_PLOVER,
                         confidence=CLAIM_CONFIDENCE))
    return out
