"""Event stage: who did what to whom, coded in PLOVER with a CAMEO crosswalk."""

from __future__ import annotations

from collections.abc import Sequence

from .actors import ActorLayer
from .nlp import ParsedDoc
from .records import Event, Quote


def extract_events(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote]) -> list[Event]:
    """Events. Not implemented yet: returns nothing."""
    return []
