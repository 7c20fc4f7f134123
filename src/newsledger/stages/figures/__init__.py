"""Figure stage (interim wrapper over ``newsledger.figures``; being moved into this package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class FiguresStage:
    name = "figures"
    requires: tuple[str, ...] = ("actors", "quotes")
    provides: tuple[str, ...] = ("figures",)

    def load(self, settings: Any, resources: Any) -> Any:
        return None

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        from ...figures import extract_figures

        return tuple(extract_figures(doc, inputs["actors"], list(inputs["quotes"])))
