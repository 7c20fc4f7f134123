"""Who says what, as the stages after the quote stage read it: the quote holding a stretch of
text, and the attribution values a record takes when no quote or source holds it."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Quote

# a figure's attribution when the outlet states it in its own voice
UNATTRIBUTED = "unattributed"
# a figure's attribution when it lies in a quote whose speaker was not found
UNKNOWN_SPEAKER = "unidentified speaker"


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds the char range [start, end), or None."""
    best: Quote | None = None
    for q in quotes:
        if (
            q.content.start <= start
            and end <= q.content.end
            and (best is None or q.content.end - q.content.start < best.content.end - best.content.start)
        ):
            best = q
    return best


__all__ = ["UNATTRIBUTED", "UNKNOWN_SPEAKER", "quote_at"]
