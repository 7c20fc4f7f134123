"""A reporter that is documents in general ("Polls show that ...", "Reports said 30 died", "Recent
studies show ..."), a bare plural naming no one, with a body or a named document a source phrase of
the figure's sentence names ("..., according to a Gallup poll in May", "..., according to the health
ministry"): the named source states the figure; the general documents only frame it. A reporter
with an owner, a determiner or a name ("The ministry's reports said", "A Gallup poll shows") is not
general (``body_sources_general_documents``; modifiers from ``unowned_report_words``)."""

from __future__ import annotations

from collections.abc import Collection

from ...nlp import ParsedDoc
from ...nlp.attribution import Source
from ...records import Span


def general_documents(doc: ParsedDoc, sp: Span | Source | None, nouns: Collection[str], unowned: Collection[str]) -> bool:
    """The reporter written at ``sp`` is a bare plural of ``nouns`` with only ``unowned`` words on it."""
    if sp is None:
        return False
    span = doc.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.lower_ not in nouns or root.tag_ not in ("NNS", "NNPS"):
        return False
    return all(c.dep_ == "amod" and c.lower_ in unowned for c in root.children if c.i < root.i)
