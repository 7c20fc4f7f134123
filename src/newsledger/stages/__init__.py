"""The extraction stages, in the order they run. See :mod:`newsledger.stages.base` for the
contract each stage keeps."""

from __future__ import annotations

from .base import Stage, check_order


def default_stages() -> tuple[Stage, ...]:
    """New instances of the packaged stages, in running order."""
    from .actors import ActorsStage
    from .events import EventsStage
    from .figures import FiguresStage
    from .framing import FramingStage
    from .quotes import QuotesStage

    return (ActorsStage(), QuotesStage(), FiguresStage(), EventsStage(), FramingStage())


__all__ = ["Stage", "check_order", "default_stages"]
