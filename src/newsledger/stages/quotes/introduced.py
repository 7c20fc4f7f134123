"""A direct quotation introduced by a colon after a clause about its speaker with no verb of
saying ("The mayor was blunt: “...”", "The governor issued a warning to residents: “...”",
"Her answer was short: “...”"): the subject of that clause speaks it, or, when the subject is
what was said ("Her answer", "His message": ``identifying_nouns``), its possessor. A subject
that is no party (not an actor the actor layer finds, a role or person noun, or a personal
pronoun: "The situation was dire: “...”") gives none.

A noun of what was said (``identifying_nouns`` and ``document_nouns``: "The army's statement was
blunt: “...”", "The warning from the weather office was stark: “...”") is spoken by its owner,
a possessor or the object of "from", "of" or "by". A verbless fragment before the colon is a
label: a noun of what was said names its owner ("Her message to the government: “...”"), a
person's name or role speaks ("Opposition leader Kizza Okello: “...”"), and so does, in a
fragment the parser hung on the quotation piece by piece, a body or person at its top or the
last person it names ("The foreign ministry, in a statement: “...”"); anything else ("The
verdict: “...”", "Kyiv: “...”") gives none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .phrases import speaker_range
from .types import QUOTE_GLYPHS, Attribution, SpeakerWords

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
        who = _label_speaker(colon, actors, words)
    else:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i), None)
        if subj is not None and _said_noun(subj, words):
            who = _owner(subj, actors, words)  # "Her answer": her; "The warning from X": X
        else:
            who = subj if subj is not None and party(subj, actors, words) else None
    if who is None:
        return False
    a.speaker_start, a.speaker_end, a.speaker_head = speaker_range(who)
    return True


def colon_introducer_over_context(pd: ParsedDoc, a: Attribution, actors: ActorLayer, words: SpeakerWords) -> bool:
    """:func:`colon_introducer` for a stand-alone quote the context may have given a speaker
    already ("Asked ..., Rosa Lind demurred: “...”" after another's quote): the clause's speaker
    wins unless the clause names another party between it and the colon ("Rescuers are waiting
    for Governor X: “...”": whose words they are is not said), where the context's stays."""
    before = (a.speaker_start, a.speaker_end, a.speaker_head)
    if not colon_introducer(pd, a, actors, words):
        return False
    if before[0] is None or a.speaker_end is None or a.content_start is None:
        return True
    lo, hi = a.speaker_end, a.content_start
    if any(m.actor_id is not None and lo <= m.start and m.end <= hi for m in actors.mentions):
        a.speaker_start, a.speaker_end, a.speaker_head = before
        return False
    return True


def _said_noun(tok: Token, words: SpeakerWords) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in words.identifying_nouns | words.document_nouns


def _owner(noun: Token, actors: ActorLayer, words: SpeakerWords) -> Token | None:
    """Who a noun of what was said belongs to: its possessor, or the object of "from", "of" or
    "by" after it, when that is a party or a named body."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.issuer_prepositions), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None:
        return None
    named = owner.ent_type_ in ("ORG", "PERSON", "NORP") or actors.mention_overlapping(
        owner.idx, owner.idx + len(owner.text)) is not None
    return owner if named or party(owner, actors, words) else None


def _label_speaker(colon: Token, actors: ActorLayer, words: SpeakerWords) -> Token | None:
    """The speaker a verbless fragment before the colon names: the owner of a noun of what was
    said, or a person's name or role noun heading the fragment."""
    if colon.i == colon.sent.start:
        return None
    head = colon.doc[colon.i - 1]  # the top of the fragment, however the parser hung it on the quotation
    while head.head.i != head.i and head.head.i < colon.i:
        head = head.head
    fragment = colon.doc[colon.sent.start:colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in fragment):
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return _fragment_party(fragment, actors)
    if _said_noun(head, words):
        return _owner(head, actors, words)
    person = head.ent_type_ == "PERSON" or head.lemma_.lower() in words.role_nouns | words.person_nouns
    return head if person else None


def _fragment_party(fragment: Span, actors: ActorLayer) -> Token | None:
    """The speaker of a verbless fragment the parser hung on the quotation in pieces ("The foreign
    ministry, in a statement: “...”", "In a post on X, the senate's president, Jane Roe: “...”"): a
    noun at its top the actor layer gives a body or person (not a place: "Kyiv, Monday: “...”"),
    else a person's name that closes it after a comma."""
    for tok in fragment:
        top = tok.head.i == tok.i or not fragment.start <= tok.head.i < fragment.end
        if top and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in _PLACE_LABELS \
                and _actor_type(actors, tok) not in (None, "state"):
            return tok
    # a person's name closing the fragment, set off by a comma (", Jane Roe:"), not one governed by
    # a word before it ("In a letter to Senator Jane Roe:": the one written to)
    last = fragment[-1]
    m = actors.mention_overlapping(last.idx, last.idx + len(last.text))
    if m is None or _actor_type(actors, last) != "person" or last.pos_ != "PROPN":
        return None
    before = [t for t in fragment if t.idx < m.start]
    return last if before and before[-1].text == "," else None


def _actor_type(actors: ActorLayer, tok: Token) -> str | None:
    """The type of the actor of the mention over ``tok``; "body" for a body or post the actor
    layer could not place ("the foreign ministry" with no country); None for no mention."""
    m = actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    if m is None:
        return None
    a = actors.actor(m.actor_id) if m.actor_id is not None else None
    if a is None:
        return "body" if tok.pos_ == "NOUN" and m.kind in ("nominal", "title") else None
    return a.type


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


def party(tok: Token, actors: ActorLayer, words: SpeakerWords) -> bool:
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
