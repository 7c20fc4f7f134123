"""Figure stage: numeric claims with qualifier, unit, measure, group and attribution."""

from __future__ import annotations

from collections.abc import Sequence

from .actors import ActorLayer
from .nlp import ParsedDoc
from .records import Figure, Quote


def extract_figures(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote]) -> list[Figure]:
    """Numeric claims. Not implemented yet: returns nothing."""
    return []
