"""Meetings told by whom they bring together: "the summit brought together leaders from Kenya,
Uganda and Tanzania", "the talks gather ministers of seven countries", "the conference drew
together envoys from Egypt and Jordan". PLOVER CONSULT ("all consultations and meetings"; its
multilateral mode "a meeting that occurs in a multilateral context"): the meeting noun names no doer
of its own, and the verb names none either, but the people it gathers are named by the parties
they come from, and those parties meet.

The construction: a verb of ``gathering_verbs`` ("bring together", "gather", "assemble") whose
subject is a meeting noun (a noun of a CONSULT pattern: "summit", "talks", "meeting") and whose
object names two parties or more, itself ("Kenyan and Ugandan ministers") or in its "from" / "of"
phrase ("ministers from Britain, Canada and France"). The parties are the symmetric event's source,
no target. A gathering of no meeting ("the festival brought together musicians from Mali and
Senegal") or of one party's people ("the talks gathered officials from Kenya") is no event here."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .arguments import arg
from .frames import frame_of
from .lexicon import pattern_plover
from .modality import confidence, modality_of
from .predicates import noun_pattern
from .tokens import children_of, first_child, form_in, lemma_of
from .types import Arg, Context, Found

_FROM = ("from", "of")


def gathered_meetings(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """CONSULT events of meetings told by whom they bring together (see the module's docstring)."""
    if not ctx.lex.gathering_verbs:
        return []
    taken = {t.i for f in have for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for v in ctx.pd.tokens_in(sent):
        if v.i in taken or v.pos_ not in ("VERB", "AUX") or not _gathering(ctx, v):
            continue
        subj, obj = first_child(v, "nsubj"), first_child(v, "dobj")
        pat = noun_pattern(ctx, subj) if subj is not None and subj.i not in taken else None
        if pat is None or obj is None or pattern_plover(ctx.cameo, pat) != "CONSULT":
            continue
        parties = _gathered(ctx, obj)
        if _party_count(ctx, parties) < 2:
            continue
        fr = frame_of(ctx, v)
        f = Found(cameo=pat.cameo, pred=[subj], clause=v, source=parties, target=Arg(), pattern=pat, noun=True,
                  extra=[v], speaker=fr.speaker, speaker_token=fr.speaker_token)
        f.confidence = confidence(ctx, f, fr)
        f.modality = modality_of(fr)
        out.append(f)
    return out


def _gathering(ctx: Context, v: Token) -> bool:
    """``v`` is one of ``gathering_verbs``, alone or with its particle ("bring together")."""
    words = ctx.lex.gathering_verbs
    particles = [c.lower_ for c in children_of(v, "prt", "advmod")]
    return any(f"{lemma_of(v)} {p}" in words for p in particles) or form_in(v, words) is not None


def _party_count(ctx: Context, parties: Arg) -> int:
    """How many parties ``parties`` names, a compound actor counted by its members."""
    seen: set[str] = set()
    for i in parties.ids:
        actor = ctx.actor(i)
        seen.update(actor.members if actor is not None and actor.members else (i,))
    return len(seen)


def _gathered(ctx: Context, obj: Token) -> Arg:
    """The parties whose people ``obj`` names: in the phrase itself ("Kenyan and Ugandan
    ministers") or in its "from" / "of" phrases ("ministers from Britain and France")."""
    got = arg(ctx, obj, allow_vague=False)
    for p in children_of(obj, "prep"):
        if p.lower_ in _FROM:
            for o in children_of(p, "pobj"):
                got.extend(arg(ctx, o, allow_vague=False))
    return got


__all__ = ["gathered_meetings"]
