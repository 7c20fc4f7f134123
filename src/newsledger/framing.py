"""Framing stage: loaded labels, scare quotes, honorifics and unattributed figures.

``extract_framing(doc, actors, quotes, figures)`` combines

* the marks the actor stage found while reading names (``ActorLayer.framing``): every term of
  the framing lexicon (``data/actors/framing.csv`` and ``extra_framing.csv``) — loaded labels
  such as "Zionist regime", pejoratives, euphemisms, honorifics such as "His Eminence", loaded
  terms for acts such as "genocide" — each with the actor it denotes when there is one, and names
  in scare quotes (‘Israel’);
* the figure stage's unattributed-figure marks, when ``newsledger.figures`` provides
  ``unattributed_figure_marks(doc, figures)``.

Each mark's ``voice`` says whose words it is: inside a direct or partial quote (the speaker's
own words) the speaker's actor id, or ``"unknown"`` when the speaker could not be resolved;
everywhere else, indirect speech included (the outlet's rendering), ``"outlet"``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from . import figures as figures_stage
from .actors import ActorLayer
from .nlp import ParsedDoc
from .records import Figure, FramingMark, Quote

log = logging.getLogger(__name__)

OUTLET_VOICE = "outlet"
UNKNOWN_VOICE = "unknown"
VERBATIM_KINDS = frozenset({"direct", "partial"})


def voice_of(start: int, end: int, quotes: Sequence[Quote]) -> str:
    """Whose words [start, end) are: the speaker of the innermost verbatim quote holding them."""
    best: Quote | None = None
    for q in quotes:
        if q.kind not in VERBATIM_KINDS:
            continue
        c = q.content
        if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.content.end - best.content.start):
            best = q
    if best is None:
        return OUTLET_VOICE
    return best.speaker_actor_id or UNKNOWN_VOICE


def extract_framing(
    doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], figures: Sequence[Figure]
) -> list[FramingMark]:
    """Framing marks: those found while reading names, plus unattributed figures, with voices."""
    marks: list[FramingMark] = list(actors.framing)
    figure_marks = getattr(figures_stage, "unattributed_figure_marks", None)
    if callable(figure_marks):
        try:
            marks.extend(figure_marks(doc, figures))
        except Exception:  # a bug there must not lose the other marks
            log.exception("unattributed_figure_marks failed for %s", doc.article_id)
    seen: set[tuple[int, int, str]] = set()
    out: list[FramingMark] = []
    for m in sorted(marks, key=lambda x: (x.start, x.end, x.kind)):
        key = (m.start, m.end, m.kind)
        if key in seen:
            continue
        seen.add(key)
        voice = voice_of(m.start, m.end, quotes)
        out.append(m if voice == m.voice else m.replace(voice=voice))
    return out
