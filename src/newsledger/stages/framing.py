"""Framing stage (interim wrapper over ``newsledger.framing``; being moved here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class FramingStage:
    name = "framing"
    requires: tuple[str, ...] = ("actors", "quotes", "figures")
    provides: tuple[str, ...] = ("framing",)

    def load(self, settings: Any, resources: Any) -> Any:
        return None

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        from ..framing import extract_framing

        return tuple(extract_framing(doc, inputs["actors"], list(inputs["quotes"]), list(inputs["figures"])))
