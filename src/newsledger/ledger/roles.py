"""The role of each claim in its thread, read from the values, qualifiers and sources, and the
dispute a thread states (which sources give which values, when).

Roles (the names are the ``claim_thread_claims.role`` values): ``first``; ``repeat`` (the same
source or outlet gave this value before); ``update`` (the same source or outlet gave another
value before, or the text says the figure was revised: a series, 500 -> 471); ``agrees`` (the
claim is *consistent*: its interval, after reading qualifiers, overlaps the current claim of
every other source); ``disagreement`` (the claim is *disputed*: incompatible with the current
claim of at least one other source, "at least 500" against "100 to 300")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .rules import Interval, Rules, interval, overlap


class Claimed(Protocol):
    """What the roles read of a claim (``claims.ClaimFigure`` has it)."""

    article_id: str
    value_low: float
    value_high: float
    qualifier: str | None
    attribution: str
    attribution_actor_id: str | None
    published: str | None
    outlet: str | None
    before: str
    group: str | None
    counted_as: str | None  # the class its source named, when it counts an incident's dead as fighters


def source_key(f: Claimed) -> str | None:
    """The source cited for a claim (its actor, else its name as written); None: the outlet's
    own voice."""
    if f.attribution_actor_id:
        return "actor:" + f.attribution_actor_id
    if f.attribution and f.attribution != "unattributed":
        return "text:" + " ".join(f.attribution.lower().split())
    return None


def voice_key(f: Claimed) -> str:
    """Who states a claim: its source, or the outlet speaking for itself."""
    return source_key(f) or "outlet:" + (f.outlet or "")


def value_text(f: Claimed) -> str:
    val = f"{f.value_low:g}" if f.value_low == f.value_high else f"{f.value_low:g}-{f.value_high:g}"
    return (f"{f.qualifier} " if f.qualifier else "") + val


def describe_claim(f: Claimed) -> str:
    src = f.attribution if f.attribution != "unattributed" else "no source cited"
    when = (f.published or "")[:10] or "undated"
    return f"{value_text(f)} ({f.outlet or 'unknown outlet'}, {src}, {when})"


def _same_source(f: Claimed, earlier: Sequence[Claimed]) -> Claimed | None:
    """The latest earlier claim, from another article, of the same source or the same outlet
    (a later report of one outlet updates its earlier one)."""
    key = source_key(f)
    same = [e for e in earlier if e.article_id != f.article_id and (
            (key is not None and source_key(e) == key)
            or (f.outlet is not None and e.outlet == f.outlet))]
    return same[-1] if same else None


def _current(earlier: Sequence[Claimed], rules: Rules) -> dict[str, tuple[Claimed, Interval]]:
    """The latest claim of each voice (a source's update replaces its earlier claim)."""
    out: dict[str, tuple[Claimed, Interval]] = {}
    for e in earlier:
        out[voice_key(e)] = (e, interval(e.value_low, e.value_high, e.qualifier, rules))
    return out


def claim_roles(members: Sequence[Claimed], rules: Rules) -> list[tuple[str, str, Interval]]:
    """The role of each claim, in thread order, with a note saying why and its interval."""
    out: list[tuple[str, str, Interval]] = []
    for i, f in enumerate(members):
        iv = interval(f.value_low, f.value_high, f.qualifier, rules)
        if i == 0:
            out.append(("first", "earliest claim in the thread", iv))
            continue
        prev = _same_source(f, members[:i])
        if prev is not None:
            who = prev.attribution if source_key(prev) is not None else prev.outlet
            if (prev.value_low, prev.value_high) == (f.value_low, f.value_high):
                out.append(("repeat", f"same figure as {who} gave earlier: {describe_claim(prev)}", iv))
            else:
                out.append(("update", f"{who} earlier gave {describe_claim(prev)}", iv))
            continue
        if rules.update_cue.search(f.before.lower()):
            out.append(("update", "the text says the figure was revised or rose", iv))
            continue
        current = _current(members[:i], rules)
        clash = [e for e, eiv in current.values() if not overlap(eiv, iv)]
        if clash:
            out.append(("disagreement", "disputed: incompatible with "
                        + "; ".join(describe_claim(e) for e in clash[-3:]), iv))
        else:
            out.append(("agrees", "consistent with every other source's claim, latest: "
                        + describe_claim(members[i - 1]), iv))
    return out


def voice_name(f: Claimed, names: dict[str, str]) -> str:
    if f.attribution_actor_id and f.attribution_actor_id in names:
        return names[f.attribution_actor_id]
    if f.attribution and f.attribution != "unattributed":
        return " ".join(f.attribution.split())
    return f"{f.outlet or 'an outlet'} (own voice)"


def dispute(members: Sequence[Claimed], names: dict[str, str], most: int = 8) -> str:
    """Which sources give which values, and when: "Gaza health ministry: at least 500
    (2023-10-17), 471 (2023-10-18) | US intelligence: 100-300 (2023-10-19)". In a thread
    disputed over who the dead were (a claim ``counted_as`` fighters), each value with the group
    its source named: "army: 31 terrorists (2026-10-14) | residents: 40 civilians (...)"."""
    named = any(f.counted_as for f in members)
    by_voice: dict[str, tuple[str, list[str]]] = {}
    for f in members:
        key = voice_key(f)
        values = by_voice.setdefault(key, (voice_name(f, names), []))[1]
        stated = value_text(f) + (f" {' '.join(f.group.split())}" if named and f.group else "")
        told = f"{stated} ({(f.published or '')[:10] or 'undated'})"
        if not any(v.rsplit(" (", 1)[0] == stated for v in values):
            values.append(told)
    parts = [f"{name}: {', '.join(values)}" for name, values in by_voice.values()]
    extra = f" | and {len(parts) - most} other source(s)" if len(parts) > most else ""
    return " | ".join(parts[:most]) + extra
