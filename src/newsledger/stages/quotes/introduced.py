"""A direct quotation introduced by a colon after a clause about its speaker with no verb of
saying ("The mayor was blunt: “...”", "The governor issued a warning to residents: “...”",
"Her answer was short: “...”"): the subject of that clause speaks it, or, when the subject is
what was said ("Her answer", "His message": ``identifying_nouns``), its possessor. A subject
that is no party (not an actor the actor layer finds, a role or person noun, or a personal
pronoun: "The situation was dire: “...”") gives none."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .phrases import speaker_range
from .types import QUOTE_GLYPHS, Attribution, SpeakerWords

_PERSONAL = frozenset({"he", "she", "they", "it", "we", "his", "her", "their", "its", "our"})


def colon_introducer(pd: ParsedDoc, a: Attribution, actors: ActorLayer, words: SpeakerWords) -> bool:
    """Set the speaker of stand-alone quote ``a`` from the clause its colon closes; whether one
    was found."""
    if a.content_start is None:
        return False
    pos = a.content_start
    while pos > 0 and (pd.text[pos - 1] in QUOTE_GLYPHS or pd.text[pos - 1] in " \t"):
        pos -= 1
    colon = pd.token_at(pos - 1) if pos > 0 and pd.text[pos - 1] == ":" else None
    if colon is None or colon.text != ":":
        return False
    verb = _clause_verb(colon)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i), None)
    if subj is not None and subj.lemma_.lower() in words.identifying_nouns:
        subj = next((c for c in subj.children if c.dep_ == "poss"), None)  # "Her answer": her
    if subj is None or not _party(subj, actors, words):
        return False
    a.speaker_start, a.speaker_end, a.speaker_head = speaker_range(subj)
    return True


def _clause_verb(colon: Token) -> Token | None:
    """The verb of the clause the colon closes: its head, or, when the parser hung the colon on
    the quotation's verb, the highest verb above the word before it that comes before it."""
    if colon.head.i < colon.i and colon.head.pos_ in ("VERB", "AUX"):
        return colon.head
    if colon.i == colon.sent.start:
        return None
    top = colon.doc[colon.i - 1]
    while top.head.i != top.i and top.head.i < colon.i:
        top = top.head
    return top if top.pos_ in ("VERB", "AUX") and top.i >= colon.sent.start else None


def _party(tok: Token, actors: ActorLayer, words: SpeakerWords) -> bool:
    """``tok`` names someone who can speak: a personal pronoun, a role or person noun, or a
    mention the actor layer gives an actor."""
    if tok.lower_ in _PERSONAL:
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lemma_.lower() in words.role_nouns | words.person_nouns:
        return True
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return m is not None and m.actor_id is not None
