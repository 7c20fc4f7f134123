"""Harm no one meant (issue 16, set 4c): PLOVER ASSAULT covers "deliberate actions which can potentially
result in substantial physical harm" (codebook). An event of one of ``accident_types`` whose doer the text
does not name and whose ACLED rules put it outside ACLED as an accident (one of ``accident_scopes``: "two
students were killed in a road accident", "two passengers were injured in a train crash") tells harm, not an act:
it keeps its scope and has no PLOVER type (:data:`~newsledger.records.NOT_PLOVER`), as a disaster report has. (A
natural disaster's harm is left as it is: the claims stage threads a disaster's reports by those events.)
Words: ``rules.yaml`` ``accident_scopes``, ``accident_types``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...records import NOT_PLOVER, Event
from .types import Rules


def unintended_harm(events: Iterable[Event], rules: Rules) -> list[Event]:
    """``events`` with each accidental harm (see the module docstring) made an event of no PLOVER type."""
    return [replace(e, plover=NOT_PLOVER, cameo=None, mode=None) if accidental(e, rules) else e for e in events]


def accidental(e: Event, rules: Rules) -> bool:
    """``e`` is harm of an accident with no doer named."""
    return e.plover in rules.accident_types and e.scope in rules.accident_scopes and not e.named_source_ids


__all__ = ["accidental", "unintended_harm"]
