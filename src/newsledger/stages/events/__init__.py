"""Event stage (interim wrapper over ``newsledger.events``; being moved into this package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class EventsStage:
    name = "events"
    requires: tuple[str, ...] = ("actors", "quotes")
    provides: tuple[str, ...] = ("events",)

    def load(self, settings: Any, resources: Any) -> Any:
        from ... import events

        events.configure(settings)
        return None

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        from ...events import extract_events

        return tuple(extract_events(doc, inputs["actors"], list(inputs["quotes"])))
