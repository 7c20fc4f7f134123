"""A verb that cues no statement because its subject stands for a thing, not a speaker (issue 15:
quotes with no one who said them): a relative pronoun whose antecedent is neither an actor nor a
text ("content that supports government narratives", "decisions that threaten the country's
stability", "a trend that requires the country declaring an emergency"), or a demonstrative
pronoun standing for a fact ("That meant the vessel was still loaded", "This effectively denies
recognition to ..."), whatever the verb ("decisions that threaten ...", "That suggests ...": a
thing's bearing, not words). A relative clause on a text or a picture ("a report that says ...",
"a website that outlines ...", "the photo, which shows ...") or on an actor keeps its quote; "who" always stands for someone."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .speakers import relative_antecedent
from .types import Attribution, CueLexicon, QuotesData, SpeakerWords

_RELATIVES = frozenset({"that", "which"})
_DEMONSTRATIVES = frozenset({"this", "that"})


def thing_subject(pd: ParsedDoc, a: Attribution, actors: ActorLayer, speakers: Collection[str]) -> bool:
    """``a``'s one-word subject stands for a thing (see the module's doc): no statement.
    ``speakers``: nouns of what may speak (texts and media, people, posts, bodies, polities)."""
    if a.kind == "direct" or a.speaker_actor_id is not None or a.speaker_start is None or a.speaker_end is None:
        return False
    tok = pd.token_at(a.speaker_start)
    if tok is None or pd.text[a.speaker_start:a.speaker_end].strip().lower() != tok.lower_:
        return False
    if tok.lower_ in _DEMONSTRATIVES and tok.tag_ == "DT" and tok.dep_ == "nsubj":
        return True  # "That meant ...": a fact, not a speaker
    antecedent = relative_antecedent(tok) if tok.lower_ in _RELATIVES else None
    if antecedent is None:
        return False
    # the parser may hang the clause on the head of an "of" phrase ("a number of cities that
    # support ...", "the help of states that ..."): the noun right before the pronoun counts too
    before = tok.doc[tok.i - 1] if tok.i else antecedent
    nouns = {antecedent, before} if before.pos_ in ("NOUN", "PROPN") else {antecedent}
    return all(_thing(n, actors, speakers) for n in nouns)


def _thing(noun: Token, actors: ActorLayer, speakers: Collection[str]) -> bool:
    """A singular common noun that no speaker word list holds and no actor mention covers."""
    if noun.tag_ != "NN" or noun.lemma_.lower() in speakers or noun.lower_ in speakers:
        return False
    return actors.mention_overlapping(noun.idx, noun.idx + len(noun.text)) is None


def speaking_nouns(cues: CueLexicon, w: SpeakerWords) -> frozenset[str]:
    """The nouns of what may speak: texts and media, people, posts, bodies, polities (the union
    of the speaker word lists, made once when the lexicons load)."""
    return w.document_nouns | w.message_nouns | cues.medium_nouns | w.person_nouns | w.role_nouns \
        | w.body_speakers.bodies | w.body_speakers.surveys | w.body_speakers.campaigns | w.epithet_speaker_nouns \
        | w.polity_nouns | w.text_nouns | w.depiction_nouns | frozenset().union(*w.class_nouns.values())


def without_thing_subjects(pd: ParsedDoc, atts: list[Attribution], actors: ActorLayer,
                           data: QuotesData) -> list[Attribution]:
    """``atts`` less those :func:`thing_subject` finds."""
    return [a for a in atts if not thing_subject(pd, a, actors, data.speaking_nouns)]
