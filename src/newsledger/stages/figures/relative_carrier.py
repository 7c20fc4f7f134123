"""A carrier that says in a relative clause on its own name whom it cites: "According to Reuters,
which cited two security sources, 45 soldiers were killed", "The agency, which quoted a police
official, said 12 were hurt": the one cited states the figure, as in "N, citing M, said"."""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.attribution import AttributionWords, Source, cited_source, names_a_source, source_of
from ...nlp.words import RELATIVE_PRONOUNS
from ...records import Span


def relative_cited(doc: ParsedDoc, speaker: Span, words: AttributionWords) -> Source | None:
    """Whom the speaker cites in a relative clause on it, opened by a relative pronoun as the
    subject of a carrier verb (``carrier_verbs``: cite, quote) with an object that names a source
    ("which cited hospital officials"); None for a reason ("which cited security concerns"), a
    document naming no one ("which cited hospital records": the speaker's own reading of it), or a
    relative clause of any other verb ("which has reporters in the town")."""
    span = doc.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for clause in (c for c in span.root.rights if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in words.carrier_verbs or not any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        cited = source_of(obj)
        if names_a_source(doc.doc, cited, words):
            return cited_source(doc.doc, cited, words)
    return None
