"""Harm no one meant (issue 16, set 4c): PLOVER ASSAULT covers "deliberate actions which can potentially
result in substantial physical harm" (codebook). An event of one of ``accident_types`` whose doer the text
does not name and whose ACLED rules put it outside ACLED as an accident (one of ``accident_scopes``: "two
students were killed in a road accident", "two passengers were injured in a train crash") tells harm, not an act:
it keeps its scope and has no PLOVER type (:data:`~newsledger.records.NOT_PLOVER`), as a disaster report has. (A
natural disaster's harm is left as it is: the claims stage threads a disaster's reports by those events.)
A vehicle named as the subject is no doer (i16-types55): "a bus carrying pilgrims plunged into a gorge, killing 22"
names the pilgrims only as what the bus carried; the source's head noun is one of ``accident_vehicles``.
Words: ``rules.yaml`` ``accident_scopes``, ``accident_types``, ``accident_vehicles``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...nlp import ParsedDoc
from ...records import NOT_PLOVER, Event
from .types import Rules


def unintended_harm(events: Iterable[Event], rules: Rules, pd: ParsedDoc | None = None) -> list[Event]:
    """``events`` with each accidental harm (see the module docstring) made an event of no PLOVER type."""
    return [replace(e, plover=NOT_PLOVER, cameo=None, mode=None) if accidental(e, rules, pd) else e for e in events]


def accidental(e: Event, rules: Rules, pd: ParsedDoc | None = None) -> bool:
    """``e`` is harm of an accident with no doer named (a vehicle named as its subject is none)."""
    if e.plover not in rules.accident_types or e.scope not in rules.accident_scopes:
        return False
    return not e.named_source_ids or (pd is not None and vehicle_source(e, pd, rules.accident_vehicles))


def vehicle_source(e: Event, pd: ParsedDoc, vehicles: frozenset[str]) -> bool:
    """Whether the head noun of ``e``'s source words is one of ``vehicles``: the span's root, or its first noun
    when a participle follows it ("A bus carrying pilgrims", which the tagger may read as a chain of nouns, "carrying"
    a noun)."""
    if e.source is None or not vehicles:
        return False
    span = pd.doc.char_span(e.source.start, e.source.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.lemma_.lower() in vehicles:
        return True
    first = next((t for t in span if t.pos_ == "NOUN"), None)
    after = pd.doc[first.i + 1] if first is not None and first.i + 1 < span.end else None
    return first is not None and after is not None and (after.tag_ in ("VBG", "VBN") or after.lower_.endswith("ing")) and first.lemma_.lower() in vehicles


__all__ = ["accidental", "unintended_harm", "vehicle_source"]
