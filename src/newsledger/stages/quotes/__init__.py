"""Quote stage (interim wrapper over ``newsledger.quotes``; being moved into this package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class QuotesStage:
    name = "quotes"
    requires: tuple[str, ...] = ("actors",)
    provides: tuple[str, ...] = ("quotes",)

    def load(self, settings: Any, resources: Any) -> Any:
        return None

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        from ...quotes import extract_quotes

        return tuple(extract_quotes(doc, inputs["actors"]))
