"""newsledger: an auditable ledger of who did, said and claimed what in the news."""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .errors import InputError, NewsledgerError
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


if TYPE_CHECKING:
    from .pipeline import Pipeline, analyze


def __getattr__(name: str) -> Any:
    """``Pipeline`` and ``analyze`` are imported on first use: they bring in spaCy, which
    commands that only read a database (``newsledger --help``, ``summary``) never need."""
    if name in ("Pipeline", "analyze"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsledger' has no attribute {name!r}")
