"""newsledger: an auditable ledger of who did, said and claimed what in the news."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, NewsledgerError
from .pipeline import Pipeline, analyze
from .records import (
    Actor,
    Analysis,
    Article,
    Event,
    Failure,
    Figure,
    FramingMark,
    Mention,
    Quote,
)

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Event",
    "Failure",
    "Figure",
    "FramingMark",
    "InputError",
    "Mention",
    "NewsledgerError",
    "Pipeline",
    "Quote",
    "__version__",
    "analyze",
]
