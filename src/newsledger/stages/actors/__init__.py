"""Actor stage (interim wrapper over ``newsledger.actors``; being moved into this package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ActorsStage:
    name = "actors"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("actors",)

    def load(self, settings: Any, resources: Any) -> Any:
        from ... import actors

        actors.configure(settings)
        return None

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        from ...actors import extract_actors

        return extract_actors(doc)
