"""The actor stage: find every mention of an actor and resolve it to who it is.

``ActorsStage.load`` reads the actor dictionary (the packaged tables and rules of
``data/actors/``, merged with the user's ``Settings.actors_files``) into an :class:`ActorsData`;
``ActorsStage.run`` returns the article's :class:`~newsledger.records.ActorLayer`: the mentions
found, the actors they resolve to, and the framing marks found while reading them. See
:mod:`.resolver` for the passes, the actor ids and how a mention is resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...records import ActorLayer
from .data import ActorsData, load_actor_data, load_water_features, water_features
from .resolver import extract_actors


class ActorsStage:
    name = "actors"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("actors",)

    def load(self, settings: Any, resources: Any) -> ActorsData:
        return load_actor_data(resources, getattr(settings, "actors_files", ()) or ())

    def run(self, doc: Any, data: ActorsData, inputs: Mapping[str, Any]) -> ActorLayer:
        return extract_actors(doc, data)


__all__ = ["ActorsData", "ActorsStage", "extract_actors", "load_actor_data", "load_water_features",
           "water_features"]
