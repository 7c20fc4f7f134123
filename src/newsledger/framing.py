"""Framing stage: loaded labels, scare quotes, honorifics and unattributed figures."""

from __future__ import annotations

from collections.abc import Sequence

from .actors import ActorLayer
from .nlp import ParsedDoc
from .records import Figure, FramingMark, Quote


def extract_framing(
    doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], figures: Sequence[Figure]
) -> list[FramingMark]:
    """Framing marks: those found while naming actors, plus the stage's own. None yet."""
    return list(actors.framing)
