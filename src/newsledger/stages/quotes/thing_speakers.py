"""A verb that cues no statement because its subject stands for a thing, not a speaker (issue 15:
quotes with no one who said them): a relative pronoun whose antecedent is neither an actor nor a
text ("content that supports government narratives", "decisions that threaten the country's
stability", "a trend that requires the country declaring an emergency"), or a demonstrative
pronoun standing for a fact ("That meant the vessel was still loaded", "This effectively denies
recognition to ..."), whatever the verb ("decisions that threaten ...", "That suggests ...": a
thing's bearing, not words). A relative clause on a text ("a report that says ...", "a website
that outlines ...") or on an actor keeps its quote; "who" always stands for someone."""

from __future__ import annotations

from collections.abc import Collection

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .speakers import relative_antecedent
from .types import Attribution, QuotesData

_RELATIVES = frozenset({"that", "which"})
_DEMONSTRATIVES = frozenset({"this", "that"})


def thing_subject(pd: ParsedDoc, a: Attribution, actors: ActorLayer, texts: Collection[str]) -> bool:
    """``a``'s one-word subject stands for a thing (see the module's doc): no statement. ``texts``: nouns for texts and media, whose relative clauses
    report what they say."""
    if a.speaker_actor_id is not None or a.speaker_start is None or a.speaker_end is None:
        return False
    tok = pd.token_at(a.speaker_start)
    if tok is None or pd.text[a.speaker_start:a.speaker_end].strip().lower() != tok.lower_:
        return False
    if tok.lower_ in _DEMONSTRATIVES and tok.tag_ == "DT" and tok.dep_ == "nsubj":
        return True  # "That meant ...": a fact, not a speaker
    antecedent = relative_antecedent(tok) if tok.lower_ in _RELATIVES else None
    if antecedent is None or antecedent.lemma_.lower() in texts or antecedent.lower_ in texts:
        return False
    return actors.mention_overlapping(antecedent.idx, antecedent.idx + len(antecedent.text)) is None


def without_thing_subjects(pd: ParsedDoc, atts: list[Attribution], actors: ActorLayer,
                           data: QuotesData) -> list[Attribution]:
    """``atts`` less those :func:`thing_subject` finds; texts are the nouns of documents,
    messages and media."""
    texts = data.speakers.document_nouns | data.speakers.message_nouns | data.cues.medium_nouns
    return [a for a in atts if not thing_subject(pd, a, actors, texts)]
