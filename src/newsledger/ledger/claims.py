"""Claim threads: casualty figures about the same quantity, and the role of each claim
(first, repeat, update, agrees, disagreement; see the package docs)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .places import PlaceWords
from .rules import (
    Interval,
    Rules,
    as_date,
    group_class,
    interval,
    is_period,
    overlap,
    place_core,
    scope_key,
)
from .types import LedgerConfig


@dataclass
class ClaimFigure:
    """A casualty figure as the threader sees it."""

    id: str
    article_id: str
    sentence: int
    start: int
    value_low: float
    value_high: float
    qualifier: str | None
    measure: str
    group: str | None
    gclass: str
    place: str | None
    core: frozenset[str]
    time_scope: str | None
    scope: str | None
    attribution: str
    attribution_actor_id: str | None
    group_actor_id: str | None
    perpetrator_actor_id: str | None
    published: str | None
    day: date | None
    outlet: str | None
    before: str
    part_of: str | None = None
    anchor: str | None = None


@dataclass
class Thread:
    """A claim thread being built."""

    index: int
    measure: str
    gclass: str
    first_day: date | None
    anchor: str | None = None
    scope: str | None = None
    members: list[ClaimFigure] = field(default_factory=list)
    places: list[tuple[frozenset[str], str]] = field(default_factory=list)  # core, article
    notes: list[str] = field(default_factory=list)

    def add(self, f: ClaimFigure, note: str) -> None:
        self.members.append(f)
        self.notes.append(note)
        if f.scope and not self.scope:
            self.scope = f.scope
        if f.core and not any(core == f.core for core, _ in self.places):
            self.places.append((f.core, f.article_id))


def source_key(f: ClaimFigure) -> str | None:
    if f.attribution_actor_id:
        return "actor:" + f.attribution_actor_id
    if f.attribution and f.attribution != "unattributed":
        return "text:" + " ".join(f.attribution.lower().split())
    return None


def describe_claim(f: ClaimFigure) -> str:
    src = f.attribution if f.attribution != "unattributed" else "no source cited"
    when = (f.published or "")[:10]
    val = f"{f.value_low:g}" if f.value_low == f.value_high else f"{f.value_low:g}-{f.value_high:g}"
    q = f"{f.qualifier} " if f.qualifier else ""
    return f"{q}{val} ({f.outlet or 'unknown outlet'}, {src}, {when})"


def claim_roles(members: list[ClaimFigure], rules: Rules) -> list[tuple[str, str, Interval]]:
    """The role of each claim in publication order (see the package docs)."""
    out: list[tuple[str, str, Interval]] = []
    for i, f in enumerate(members):
        iv = interval(f.value_low, f.value_high, f.qualifier, rules)
        if i == 0:
            out.append(("first", "earliest claim in the thread", iv))
            continue
        key = source_key(f)
        earlier = members[:i]
        same = [e for e in earlier if e.article_id != f.article_id and (
                (key is not None and source_key(e) == key)
                or (f.outlet is not None and e.outlet == f.outlet and (e.published or "") < (f.published or "")))]
        if same:
            prev = same[-1]
            who = prev.attribution if key is not None and source_key(prev) == key else prev.outlet
            if (prev.value_low, prev.value_high) == (f.value_low, f.value_high):
                out.append(("repeat", f"same figure as {who} gave earlier: {describe_claim(prev)}", iv))
            else:
                out.append(("update", f"{who} earlier gave {describe_claim(prev)}", iv))
            continue
        if rules.update_cue.search(f.before.lower()):
            out.append(("update", "the text says the figure was revised or rose", iv))
            continue
        agreeing = [e for e in earlier
                    if overlap(interval(e.value_low, e.value_high, e.qualifier, rules), iv)]
        if agreeing:
            out.append(("agrees", f"consistent with {describe_claim(agreeing[-1])}", iv))
        else:
            out.append(("disagreement", "consistent with no earlier claim, latest: "
                        + describe_claim(earlier[-1]), iv))
    return out


class Threader:
    """Assigns claims to threads. Open threads are found through an index of their place words
    and their articles, so a claim is compared with plausible threads only."""

    def __init__(self, config: LedgerConfig, texts: PlaceWords) -> None:
        self.config = config
        self.texts = texts
        self.threads: list[Thread] = []
        self.index: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.by_anchor: dict[tuple[str, str, str], int] = {}

    def _place(self, f: ClaimFigure, t: Thread) -> tuple[int, str] | None:
        if not t.places:
            if any(m.article_id == f.article_id for m in t.members):
                return 0, "same article, no place given"
            return None
        if not f.core:
            for core, art in t.places:
                if art == f.article_id or self.texts.names(core, f.article_id):
                    return 1, "the thread's place is named in the claim's article"
            return None
        for core, _ in t.places:
            if core <= f.core or f.core <= core:
                return 2, "same place"
        if self.config.cross_named_places:
            for core, art in t.places:
                if self.texts.names(core, f.article_id) and self.texts.names(f.core, art):
                    return 1, "places named in each other's articles"
        if self.config.require_place_match:
            return None
        return 0, "places differ, ignored"

    def _register(self, t: Thread, f: ClaimFigure) -> None:
        idx = self.index[(t.measure, t.gclass)]
        for k in (*f.core, "@" + f.article_id):
            lst = idx[k]
            if not lst or lst[-1] != t.index:
                lst.append(t.index)

    def _candidates(self, f: ClaimFigure) -> list[int]:
        idx = self.index.get((f.measure, f.gclass))
        if not idx:
            return []
        keys = {*f.core, "@" + f.article_id}
        if self.config.cross_named_places or not f.core:
            keys.update(w for w in self.texts.words(f.article_id) if w in idx)
        if not self.config.require_place_match and f.core:
            keys.update(k for k in idx if not k.startswith("@"))
        window = self.config.figure_window_days
        found: set[int] = set()
        for k in keys:
            lst = idx.get(k)
            if not lst:
                continue
            while lst and f.day is not None and self.threads[lst[0]].first_day is not None and \
                    (f.day - self.threads[lst[0]].first_day).days > window:  # type: ignore[operator]
                lst.pop(0)
            found.update(lst)
        return sorted(found)

    def add(self, f: ClaimFigure) -> None:
        if f.anchor is not None:
            ti = self.by_anchor.get((f.measure, f.gclass, f.anchor))
            if ti is not None:
                self.threads[ti].add(f, "same ledger event")
                self._register(self.threads[ti], f)
                return
        best: tuple[tuple[int, int], int, str] | None = None
        window = self.config.figure_window_days
        for ti in self._candidates(f):
            t = self.threads[ti]
            if f.anchor is not None and (t.anchor is not None or is_period(t.scope)):
                continue  # anchored claims join their ledger event's thread or an unanchored, non-period one
            if f.day is not None and t.first_day is not None and (f.day - t.first_day).days > window:
                continue
            if f.scope is not None and t.scope is not None and f.scope != t.scope:
                continue
            place = self._place(f, t)
            if place is None:
                continue
            score = (place[0], ti)
            if best is None or score > best[0]:
                best = (score, ti, place[1])
        if best is not None:
            t = self.threads[best[1]]
            t.add(f, f"same measure and group; {best[2]}; within {window} day(s)")
            self._register(t, f)
            if f.anchor is not None and t.anchor is None:
                t.anchor = f.anchor
                self.by_anchor[(f.measure, f.gclass, f.anchor)] = t.index
            return
        t = Thread(index=len(self.threads), measure=f.measure, gclass=f.gclass, first_day=f.day,
                    anchor=f.anchor)
        t.add(f, "first claim")
        self.threads.append(t)
        self._register(t, f)
        if f.anchor is not None:
            self.by_anchor[(f.measure, f.gclass, f.anchor)] = t.index


# the stances of a figure that is a claim of its value (a denied or negated figure, "there are
# not 500 dead", is no claim that 500 died; a hedged one, "could not confirm that 40 died", is)
CLAIM_STANCES = frozenset({"asserted", "historical", "uncertain"})
CLAIM_STANCE_SQL = f" AND f.stance IN ({', '.join(repr(s) for s in sorted(CLAIM_STANCES))})"


def load_figures(conn: sqlite3.Connection, rules: Rules) -> list[ClaimFigure]:
    """Casualty figures (a measure, counted, stated as claims: ``CLAIM_STANCES``), with the text
    just before each (for update cues)."""
    win = rules.update_window
    figs: list[ClaimFigure] = []
    for r in conn.execute(
            "SELECT f.id, f.article_id, f.sentence, f.start, f.value_low, f.value_high, f.qualifier,"
            ' f.measure, f."group", f.unit, f.place, f.time_scope, f.attribution,'
            " f.attribution_actor_id, f.group_actor_id, f.perpetrator_actor_id, a.published, a.outlet,"
            f" substr(a.text, CASE WHEN f.start > {win} THEN f.start - {win - 1} ELSE 1 END,"
            f" CASE WHEN f.start > {win} THEN {win} ELSE f.start END), f.part_of"
            " FROM figures f JOIN articles a ON a.id = f.article_id"
            " WHERE f.measure IS NOT NULL AND f.kind = 'count'"
            + CLAIM_STANCE_SQL):
        group = r[8] or r[9]
        figs.append(ClaimFigure(id=r[0], article_id=r[1], sentence=r[2], start=r[3], value_low=r[4],
                       value_high=r[5], qualifier=r[6], measure=str(r[7]).lower(), group=group,
                       gclass=group_class(group, rules), place=r[10], core=place_core(r[10], rules),
                       time_scope=r[11], scope=scope_key(r[11], rules), attribution=r[12] or "unattributed",
                       attribution_actor_id=r[13], group_actor_id=r[14], perpetrator_actor_id=r[15],
                       published=r[16], day=as_date(r[16]), outlet=r[17], before=r[18] or "",
                       part_of=r[19]))
    # a part counted in the same group as its whole ("three of the 34 died overnight") is
    # another quantity than the whole: it gets its own class
    by_id = {f.id: f for f in figs}
    for f in figs:
        whole = by_id.get(f.part_of or "")
        if whole is not None and whole.gclass == f.gclass and whole.measure == f.measure:
            f.gclass = f"{f.gclass} (part)"
    return figs


Anchor = tuple[int, str, str, frozenset[str]]  # sentence, ledger event id, its type, its place core


def anchor_figures(figs: list[ClaimFigure], anchors: dict[str, list[Anchor]], rules: Rules) -> None:
    """Anchor each figure to the ledger event of a compatible type in its sentence, else to the
    nearest one in its article whose place is compatible (``anchors``: per article)."""
    for f in figs:
        if is_period(f.scope):
            continue  # a period total is not the toll of one happening
        allowed = rules.measure_types.get(f.measure, frozenset({"ASSAULT", "COERCE"}))
        cands = [x for x in anchors.get(f.article_id, ()) if x[2] in allowed]
        same = [x for x in cands if x[0] == f.sentence]
        if same:
            f.anchor = same[0][1]
            continue
        near = sorted((abs(x[0] - f.sentence), x[0], x[1]) for x in cands
                      if not (f.core and x[3]) or f.core <= x[3] or x[3] <= f.core)
        if near:
            f.anchor = near[0][2]
