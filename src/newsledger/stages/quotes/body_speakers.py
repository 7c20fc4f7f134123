"""Speakers that are a bare description of a body ("the company tweeted", "as the paper noted",
"the survey found", "according to the campaign"), which the actor layer reads as no one or as a
people's group ("business", "civilians"): writers use such a description for a body they have
just named, so it stands for

* a firm or an outlet (``body_speaker_nouns``: "the company", "the newspaper"): the nearest
  speaker before it, within the speaker chain's window, that is an organisation and no state's
  own organ ("Local employers such as Acme, which opposed the bill ... “...,” the company
  tweeted": Acme; "as the Daily Planet noted ... As the paper noted": the Daily Planet);
* a survey (``survey_speaker_nouns``: "the poll", "the survey"): the last speaker written with
  the same noun anywhere before it (an article about a poll goes back to it paragraphs later),
  else the organisation that spoke in its sentence or the one before ("Sentiment rose, the
  University of X reported. ... the survey found": the university);
* a campaign (``campaign_speaker_nouns``): its candidate, found as an epithet's person is (the
  last named person who is a clause's subject in the nearest sentence before it,
  :mod:`.epithet_speakers`), the convention of a campaign speaking for its candidate.

Only a bare definite singular description counts ("the company", "the nationalist paper"): one
that names whose or which it is ("the company's chief", "the Chinese paper", "the company that
...") is left to the other rules, as is a description the actor layer gave a body or a person."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ...records import Actor, ActorLayer


@dataclass(frozen=True)
class BodySpeakerWords:
    """The nouns of a body's bare description as speaker, by what they stand for
    (``speakers.yaml``)."""

    bodies: frozenset[str] = frozenset()  # "the company", "the paper": the nearest body that spoke
    surveys: frozenset[str] = frozenset()  # "the poll": the same poll before, or the body that reported it
    campaigns: frozenset[str] = frozenset()  # "the campaign": its candidate


@dataclass(frozen=True)
class Earlier:
    """A speaker met before the description: its actor, head lemma and sentence."""

    actor_id: str
    head: str
    sentence: int


def bare_body(head: Token, words: BodySpeakerWords) -> str | None:
    """The lemma of ``head`` when it is a bare definite singular description of a body ("the
    company", "the nationalist paper"), else None."""
    lemma = head.lemma_.lower()
    if lemma not in words.bodies | words.surveys | words.campaigns or head.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ != "det" and not (c.dep_ == "amod" and c.pos_ == "ADJ" and not c.ent_type_) for c in head.children):
        return None  # "the company's chief", "the Chinese paper", "the company that makes ..."
    return lemma


def unplaced(actors: ActorLayer, current: str | None) -> bool:
    """The actor layer gave the description no body of its own: none, or a people's group
    ("the company" filed under business)."""
    a = actors.actor(current)
    return a is None or a.type == "group"


def body_speaker(actors: ActorLayer, words: BodySpeakerWords, lemma: str, sentence: int,
                 earlier: Sequence[Earlier], window: int, organ: Callable[[Actor], bool]) -> str | None:
    """The body a bare description of a firm, an outlet or a survey (``lemma``) stands for,
    from the speakers met before it (``earlier``, nearest first), or None."""
    if lemma in words.surveys:
        same = next((k.actor_id for k in earlier if k.head == lemma), None)
        if same is not None:
            return same
        reach = 1
    elif lemma in words.bodies:
        reach = window
    else:
        return None
    for k in earlier:
        if sentence - k.sentence > reach:
            break
        a = actors.actor(k.actor_id)
        if a is not None and a.type == "organisation" and not organ(a):
            return a.id
    return None


__all__ = ["BodySpeakerWords", "Earlier", "bare_body", "body_speaker", "unplaced"]
