"""Parallel reports over two sentences: a bare number that is the whole object of a verb of
saying ("The opposition says 30.") in the sentence right after one where the same verb of saying
reports a casualty count ("The medical association says 21 people died.") counts what that count
counts: the second report answers the first, with the noun left out."""

from __future__ import annotations

from ...nlp import ParsedDoc
from .types import KIND_COUNT, FigureLexicon, Reading


def parallel_reports(doc: ParsedDoc, readings: list[Reading], lex: FigureLexicon) -> None:
    """Give each such bare number the measure of the last count of the sentence before (in place)."""
    for i, r in enumerate(readings):
        if r.measure is not None or r.noun is not None or r.unit is not None or r.q.unit is not None:
            continue
        verb = _saying_verb(r, lex)
        if verb is None or r.sentence == 0:
            continue
        prev = next((p for p in reversed(readings[:i]) if p.sentence == r.sentence - 1), None)
        if prev is None or prev.measure is None or prev.kind != KIND_COUNT \
                or doc.paragraph_index(prev.start) != doc.paragraph_index(r.start):
            continue
        said = next((t for t in prev.anchor.ancestors if t.lemma_.lower() in lex.saying_tally_verbs), None)
        if said is not None and said.lemma_.lower() == verb:
            r.measure, r.kind = prev.measure, KIND_COUNT


def _saying_verb(r: Reading, lex: FigureLexicon) -> str | None:
    """The lemma of the verb of saying whose whole object is the number ("says 30", "says at least
    30"), or None."""
    tok = r.anchor
    verb = tok.head
    # the parser hangs the bare number as the object, or as a bare noun phrase ("said 60")
    if tok.dep_ not in ("dobj", "npadvmod") or tok.i < verb.i or verb.lemma_.lower() not in lex.saying_tally_verbs:
        return None
    whole = all(t.like_num or t.dep_ in ("quantmod", "advmod", "amod") for t in tok.subtree)
    return verb.lemma_.lower() if whole else None
