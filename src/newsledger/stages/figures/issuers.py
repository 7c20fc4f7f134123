"""The issuer of a cited document named by the body written before it: "The Times, citing a
leaked army report, said ...", "citing police records", "citing a health ministry statement":
the army, the police, the ministry state the figure, not the outlet that cites them. The body is
an actor mention among the document noun's compound modifiers, of a sector of
``issuing_sectors`` (state organs, the police) or a named organisation; "citing hospital
records" or "port records" name no issuer, and the citer speaks for itself."""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.attribution import AttributionWords, Source
from ...records import ActorLayer


def compound_issuer(doc: ParsedDoc, cited: Source | None, actors: ActorLayer,
                    words: AttributionWords) -> Source | None:
    """The body named before the document ``cited`` as its issuer (module doc); None when the
    phrase is no document, or what is written before it is no issuing body."""
    if cited is None:
        return None
    span = doc.doc.char_span(cited.start, cited.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.lemma_.lower() not in words.source_documents | words.count_nouns:
        return None
    compounds = [c for c in root.lefts if c.dep_ == "compound"]
    if not compounds:
        return None
    start, end = compounds[0].left_edge.idx, compounds[-1].idx + len(compounds[-1].text)
    kinds = {a.id: a for a in actors.actors}
    for m in actors.mentions:
        actor = kinds.get(m.actor_id or "")
        if actor is None or not (m.start < end and start < m.end):
            continue
        if {s.lower() for s in actor.sectors} & words.issuing_sectors \
                or (actor.type == "organisation" and m.kind == "name"):
            return Source(doc.text[start:end], start, end)
    return None
