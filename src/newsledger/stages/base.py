"""The stage contract: what every extraction stage declares and does.

A stage is a small object with

* ``name``: the key its output is stored under (``"actors"``, ``"quotes"`` ...);
* ``requires``: the names of the stages whose outputs it reads;
* ``provides``: what it produces (its ``name``, and nothing else today);
* ``load(settings, resources) -> data``: reads its data files once (packaged files merged with
  the user's) and returns them as one value the pipeline keeps;
* ``run(doc, data, inputs) -> output``: extracts its records from one parsed document, given its
  data and the outputs of the stages it requires (``inputs["actors"]`` ...).

A stage keeps no state between calls and no module-level state: everything it needs arrives
through ``data`` and ``inputs``. :func:`check_order` verifies that a sequence of stages can run
in that order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import Settings
    from ..nlp import ParsedDoc
    from ..resources import Resources


@runtime_checkable
class Stage(Protocol):
    """An extraction stage (see the module docs)."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def load(self, settings: Settings, resources: Resources) -> Any: ...

    def run(self, doc: ParsedDoc, data: Any, inputs: Mapping[str, Any]) -> Any: ...


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`ConfigError` unless every stage's ``requires`` is provided by an earlier
    stage, and no two stages provide the same name."""
    provided: dict[str, str] = {}
    for stage in stages:
        for need in stage.requires:
            if need not in provided:
                raise ConfigError(f"stage {stage.name!r} requires {need!r}, which no earlier stage provides")
        for out in stage.provides:
            if out in provided:
                raise ConfigError(f"stages {provided[out]!r} and {stage.name!r} both provide {out!r}")
            provided[out] = stage.name


__all__ = ["Stage", "check_order"]
