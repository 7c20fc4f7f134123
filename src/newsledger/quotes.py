"""Quote stage: who said what (direct, partial and indirect speech)."""

from __future__ import annotations

from .actors import ActorLayer
from .nlp import ParsedDoc
from .records import Quote


def extract_quotes(doc: ParsedDoc, actors: ActorLayer) -> list[Quote]:
    """Quotes with their content, cue and speaker. Not implemented yet: returns nothing."""
    return []
