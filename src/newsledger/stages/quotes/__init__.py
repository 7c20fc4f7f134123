"""Quote stage: who said what (direct, partial and indirect speech), with the speaker resolved.

``QuotesStage.run`` (``extract_quotes(doc, actors, data)``) finds

* direct quotes: a stretch in quotation marks (straight, curly, single, guillemets) that is a
  whole utterance, attributed by a cue verb before, after or inside it (“…,” he said, “…”),
  continued over sentences and paragraphs (an opening mark with no closing one at a
  paragraph end, reopened by the next paragraph), or standing alone in its paragraph with
  the speaker taken from the paragraph before;
* partial quotes: quoted words inside reported speech (called it a “racist regime”), kept
  apart from scare quotes around a name (‘Israel’) and from titles of works;
* indirect speech: ``X said (that) …``, ``…, X said.``, ``according to X, …``,
  ``X accused Y of …``, ``X called on Y to …``, ``It is necessary, X underlined, to …``.

The cue words live in ``data/quotes/cues.yaml``, the quotation marks in ``marks.yaml``, the
title and scare-quote filters in ``filters.yaml``, document speakers in ``speakers.yaml`` and
the distances and confidences in ``thresholds.yaml`` (see that folder's README). The speaker
span is the mention as written ("He", "His Eminence"); its actor id is taken from the actor
layer's mention overlapping it (a name in apposition to the speaker's head before a longer
description), a document speaker ("the statement said") from its issuer (see
:class:`~.speakers.Speakers`), and a stand-alone quote with no attribution before it from the
person introduced in the paragraph before. A pronoun or definite description as speaker ("it
said", "said the spokesperson") then stands for a speaker met before it (:mod:`.chain`).

Modules: ``types`` (data and the attribution being built), ``lexicon`` (loading),
``cues`` (attributions from cue words), ``linker`` (quotations to attributions), ``direct``
(colon lines, continuations, stand-alone and partial quotes), ``speakers``, ``chain`` and
``build``.

Conventions (those of the PolNeAR annotation guidelines): a direct quote's content runs from
its opening to its closing mark, over an interrupting "he said" and over continuation
sentences and paragraphs; an indirect content keeps its complementizer ("that …") and drops
the sentence's final period; ``start``/``end`` cover content, cue and speaker, except for a
stand-alone quote, whose speaker is borrowed from the paragraph before (there they cover
the content only). A quote nested in another quote's content has ``parent_id`` set; a
partial quote's parent is the attribution it belongs to. Each stretch of a direct quote that
runs over its cue or over paragraphs (“A,” she said. “B.”) is also a nested quote
(:func:`.build.stretch_quotes`).

One record, one stance (:mod:`.stance`): what a quote negates beside what it asserts ("A, and
not B", "that A and that B was not so") and the sentences of a direct quote of several that
deny, negate or doubt are nested quotes of their own with that stance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...nlp import ParsedDoc
from ...records import ActorLayer, Quote
from ...resources import Resources
from .build import build_records, first_person_speakers, stretch_quotes
from .chain import SpeakerChain
from .cited_speakers import carried_or_cited
from .closing_clauses import closing_clause_speaker
from .connectives import without_leading_connectives
from .cues import actor_heads, find_attributions, place_tokens
from .described import described_speakers
from .direct import (
    assign_context_speakers,
    colon_attributions,
    message_quotes,
    partials,
    standalone_and_continuations,
)
from .headline_sources import headline_attributions
from .identifying import identify_speakers
from .introduced import colon_introducer_over_context
from .issuers import issued_speakers
from .lead_ins import lead_in_quotes, message_reading_quotes, named_colon_quotes
from .lexicon import load_quotes_data
from .linker import Linker
from .pasted import pasted_statements
from .second_sayings import second_sayings
from .signed_posts import signed_posts
from .speakers import Speakers
from .stance import contrasted, sentence_stances, split_asserted, with_stance
from .subheadings import without_subheadings
from .thing_speakers import without_thing_subjects
from .types import Attribution, QuotesData


def extract_quotes(doc: ParsedDoc, actors: ActorLayer, data: QuotesData) -> list[Quote]:
    """Quotes of the article: direct, partial and indirect, with content, cue and speaker."""
    if not doc.text.strip() or len(doc.doc) == 0:
        return []
    atts = find_attributions(doc, data.cues, data.thresholds, place_tokens(doc, actors),
                             actor_heads(doc, actors, data.attribution.cited_documents))
    # "X said A and urged B": B is X's; 'Resistance continues "...," X said': a run-in subheading
    atts = without_subheadings(doc, second_sayings(doc, atts, data.cues), data.cues)
    linker = Linker(doc, data)
    headline = headline_attributions(doc, linker.blocks, data, actors, atts)
    taken = {a.cue_start for a in headline}
    atts += headline + [a for a in colon_attributions(doc, linker, data, actors) if a.cue_start not in taken]
    atts.sort(key=lambda a: a.cue_start or 0)
    linker.link(atts)
    quotes_atts: list[Attribution] = [
        a for a in atts if a.has_content and (a.kind == "direct" or not a.inside_quote or a.speech)
    ]
    quotes_atts += message_quotes(doc, linker, data)
    quotes_atts += lead_in_quotes(doc, linker, data)
    quotes_atts += named_colon_quotes(doc, linker, data)
    quotes_atts += message_reading_quotes(doc, linker, data)
    quotes_atts += pasted_statements(doc, linker, data, actors) + standalone_and_continuations(doc, linker, atts, data)
    quotes_atts += signed_posts(doc, linker.blocks, data, quotes_atts) + partials(doc, linker, data)
    # "But the plan, X said, ...": the plan, X said, ...
    quotes_atts = without_leading_connectives(doc, [a for a in quotes_atts if a.has_content], data.cues.leading_connectives)
    quotes_atts.sort(key=lambda a: (a.content_start or 0, a.kind != "direct"))
    assign_context_speakers(linker.blocks, quotes_atts, data)
    identify_speakers(doc, quotes_atts, data)
    speakers = Speakers(doc, actors, data)
    chain = SpeakerChain(doc, actors, data.thresholds.speaker_chain_sentences, data.cues.verbs,
                         data.attribution.spokesperson_nouns, data.speakers.document_nouns,
                         data.speakers.class_nouns,
                         data.speakers.state_organ_sectors, data.speakers.movement_sectors,
                         data.speakers.role_nouns, data.speakers.epithet_speaker_nouns, data.speakers.body_speakers,
                         data.speakers.military, data.speakers.issue_verbs)
    for a in quotes_atts:
        carried_or_cited(doc, a, data.attribution)
        placed = speakers.announced(a, linker.blocks) or speakers.interviewee(a, linker.blocks) \
            or speakers.handle(a, linker.blocks) or speakers.headed(a, linker.blocks)
        if a.standalone and not placed and (colon_introducer_over_context(doc, a, actors, data.speakers)
                                            or closing_clause_speaker(doc, a, actors, data.speakers)):
            # "The mayor was blunt: “...”", "Asked ..., X demurred: “...”", "“...,” X barked": the
            # clause the colon closes, or the one after a comma closing the quotation, names the
            # speaker, before any speaker the context gave the quote
            a.speaker_actor_id = speakers.resolve(a)
        elif a.speaker_start is not None and a.speaker_end is not None and a.speaker_actor_id is None:
            a.speaker_actor_id = speakers.resolve(a)
        elif a.standalone and a.speaker_start is None:
            speakers.standalone(a, linker.blocks)
        before = a.speaker_actor_id
        chain.resolve(a)
        if a.speaker_actor_id != before and a.speaker_head is not None:
            speakers.chain(a.speaker_head, a.speaker_actor_id)
    described_speakers(doc, quotes_atts, actors, data.speakers.role_nouns | data.speakers.person_nouns,
                       data.thresholds.speaker_chain_sentences, data.speakers.document_nouns)
    issued_speakers(doc, quotes_atts, actors, data.speakers.document_nouns | data.speakers.message_nouns,
                    data.speakers.issuing_participles)
    quotes_atts = without_thing_subjects(doc, quotes_atts, actors, data)
    for a in quotes_atts:
        reporter_of_evidence(a, quotes_atts)
    quotes = build_records(doc, quotes_atts, data.thresholds.unclosed_factor)
    quotes = first_person_speakers(quotes, data.speakers.first_person_pronouns, data.speakers.collective_pronouns,
                                   frozenset(a.id for a in actors.actors if a.type != "person"))
    quotes = [with_stance(doc, q, data.stance, data.cues.speech_verbs) for q in quotes]
    split = [split_asserted(doc, q, data.stance, data.cues.speech_verbs) for q in quotes]
    quotes = [q for q, _ in split]
    have = {(q.content.start, q.content.end) for q in quotes}
    nested = [n for _, parts in split for n in parts if (n.content.start, n.content.end) not in have]
    have |= {(n.content.start, n.content.end) for n in nested}
    nested += [c for q in quotes for c in contrasted(doc, q, data.stance) + sentence_stances(doc, q, data.stance, data.cues.speech_verbs)
              if (c.content.start, c.content.end) not in have]
    have |= {(c.content.start, c.content.end) for c in nested}
    stretches = [with_stance(doc, s, data.stance, data.cues.speech_verbs)
                 for s in stretch_quotes(doc, quotes_atts, quotes) if (s.content.start, s.content.end) not in have]
    return sorted(quotes + nested + stretches, key=lambda q: (q.content.start, q.kind != "direct"))


def reporter_of_evidence(a: Attribution, atts: list[Attribution]) -> None:
    """A quotation introduced by a verb of evidence whose subject is no actor, inside what
    another reports ("Sharif said the attack shows, “terrorists have no link with Islam”"), is
    the reporter's words, not the attack's."""
    if a.kind != "direct" or a.speech or a.speaker_actor_id is not None or a.cue_start is None:
        return
    at = a.cue_start
    outer = next((b for b in atts if b is not a and b.speaker_actor_id is not None and b.content_start is not None
                  and b.content_end is not None and b.content_start <= at < b.content_end), None)
    if outer is not None:
        a.speaker_start, a.speaker_end, a.speaker_head = outer.speaker_start, outer.speaker_end, outer.speaker_head
        a.speaker_actor_id = outer.speaker_actor_id


class QuotesStage:
    """The quote stage (see the package docs)."""

    name = "quotes"
    requires: tuple[str, ...] = ("actors",)
    provides: tuple[str, ...] = ("quotes",)

    def load(self, settings: Any, resources: Resources) -> QuotesData:
        return load_quotes_data(resources)

    def run(self, doc: ParsedDoc, data: QuotesData, inputs: Mapping[str, Any]) -> tuple[Quote, ...]:
        return tuple(extract_quotes(doc, inputs["actors"], data))


__all__ = ["QuotesData", "QuotesStage", "extract_quotes"]
