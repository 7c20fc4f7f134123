"""Event linking: event mentions from different articles that describe the same happening
become one ledger event (the rule is described in the package docs, ``newsledger.ledger``)."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from .places import PlaceWords
from .rules import Rules
from .types import LedgerConfig, LinkReason


@dataclass
class ActorInfo:
    """An actor as the linker compares it."""

    name: str
    country: str | None
    sectors: frozenset[str]
    members: tuple[str, ...] = ()
    generic: bool = False  # a kind of actor with no country ("civilians"): never corroborates


@dataclass
class LinkMention:
    """An event mention as the linker sees it."""

    event_id: str
    article_id: str
    sentence: int
    plover: str
    day: date | None
    date_text: str | None
    date_source: str
    place: str | None
    core: frozenset[str]
    cameo: str | None
    mode: str | None
    quad: int | None
    goldstein: float | None
    published: str | None
    outlet: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    story: tuple[tuple[frozenset[str], str], ...] = ()  # specific places (core, as written) in the opening
    last_day: date | None = None  # for a ledger event standing in for its mentions: its last day
    parts: list[Cluster] | None = None  # ... and the ledger event itself


Notes = tuple[tuple[str, str], ...]  # why a mention joined: (category, text) pairs


@dataclass
class Cluster:
    """A ledger event being built: its mentions and why each joined."""

    index: int
    plover: str
    first_day: date | None
    members: list[LinkMention] = field(default_factory=list)
    matched: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: list[Notes] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    places: list[tuple[frozenset[str], str, str]] = field(default_factory=list)  # core, raw, article
    story: list[tuple[frozenset[str], str, str]] = field(default_factory=list)  # core, raw, article

    def add(self, m: LinkMention, matched: tuple[str, ...], parts: Notes) -> None:
        self.members.append(m)
        self.matched.append(matched)
        self.parts.append(parts)
        self.notes.append("; ".join(text for _, text in parts))
        self.sources.update(m.sources)
        self.targets.update(m.targets)
        if m.core and not any(core == m.core for core, _, _ in self.places):
            self.places.append((m.core, m.place or "", m.article_id))
        for core, raw in m.story:
            if not any(c == core for c, _, _ in self.story):
                self.story.append((core, raw, m.article_id))


# the index keys of ledger events without a place (see Linker._lookups)
UNPLACED = ":unplaced"

# how closely two actors match, for choosing the best match
RANK: Mapping[str, int] = MappingProxyType({"same": 3, "country": 2, "kind": 1})


class Linker:
    """Takes mentions in date order; each joins the best compatible ledger event, else starts
    one (``clusters``); :meth:`merged` links the ledger events to each other."""

    def __init__(self, config: LedgerConfig, actors: dict[str, ActorInfo], texts: PlaceWords,
                 rules: Rules) -> None:
        self.config = config
        self.actors = actors
        self.texts = texts
        self.rules = rules
        # the ledger events by index; a streamed build drops those no mention can join any more
        self.clusters: dict[int, Cluster] = {}
        self.count = 0  # ledger events started (the index of the next one)
        # (type, role, key) -> ledger events, oldest first (see ``_lookups`` and ``_register``)
        self.index: dict[tuple[str, str, str], deque[int]] = defaultdict(deque)
        self.checks = 0  # candidate ledger events compared with a mention (for benchmarks)
        self.relations: dict[tuple[str, str], str | None] = {}
        self.key_cache: dict[str, tuple[str, ...]] = {}
        compat: dict[str, set[str]] = defaultdict(set)
        for pair in self.rules.compatible:
            for t in pair:
                compat[t].update(pair)
        self.compat = compat

    # -- actors --------------------------------------------------------------------------------
    def _keys(self, actor_id: str) -> tuple[str, ...]:
        """Index keys of an actor: its id, or its country instead when linking by country (every
        ledger event listed under the id is listed under the country too), and its members'."""
        keys = self.key_cache.get(actor_id)
        if keys is not None:
            return keys
        info = self.actors.get(actor_id)
        out = [actor_id]
        if info is not None:
            if self.config.actor_match == "country" and info.country:
                out = ["cc:" + info.country]
            for member in info.members:
                out.extend(k for k in self._keys(member) if k not in out)
        keys = self.key_cache[actor_id] = tuple(out)
        return keys

    def _actor_relation(self, a: str, b: str) -> str | None:
        """"same" (one actor), "country" (same country, compatible sectors), "kind" (compatible,
        but too unspecific to corroborate: "civilians"), None (different actors)."""
        key = (a, b)
        if key in self.relations:
            return self.relations[key]
        ia, ib = self.actors.get(a), self.actors.get(b)
        rel: str | None = None
        if a == b:
            rel = "kind" if ia is not None and ia.generic else "same"
        elif (ia is not None and ia.members) or (ib is not None and ib.members):
            left = ia.members if ia is not None and ia.members else (a,)
            right = ib.members if ib is not None and ib.members else (b,)
            rels = [self._actor_relation(x, y) for x in left for y in right if (x, y) != (a, b)]
            rel = max(rels, key=lambda r: RANK.get(r or "", 0), default=None)
        elif ia is None or ib is None:
            rel = None
        elif ia.generic or ib.generic:
            g, o = (ia, ib) if ia.generic else (ib, ia)
            rel = "kind" if not g.sectors or g.sectors <= o.sectors else None
        elif self.config.actor_match == "country" and ia.country and ia.country == ib.country and (
                ia.sectors <= ib.sectors or ib.sectors <= ia.sectors
                or (ia.sectors | ib.sectors) <= self.rules.state_sectors):
            rel = "country"
        self.relations[key] = rel
        return rel

    def _name(self, actor_id: str) -> str:
        info = self.actors.get(actor_id)
        return info.name if info else actor_id

    def _role_match(self, mine: Sequence[str], theirs: set[str], role: str) -> tuple[str, str | None]:
        """("match", note), ("compatible", None), ("conflict", None) or ("unknown", None)."""
        if not mine or not theirs:
            return "unknown", None
        best: tuple[int, str, str, str] | None = None
        for a in mine:
            for b in sorted(theirs):
                rel = self._actor_relation(a, b)
                if rel is not None and (best is None or RANK[rel] > best[0]):
                    best = (RANK[rel], rel, a, b)
        if best is None:
            return "conflict", None
        _, rel, a, b = best
        if rel == "kind":
            return "compatible", None
        if a == b:
            return "match", f"{role} {self._name(a)}"
        how = "same country" if rel == "country" else "one of its members"
        return "match", f"{role} {self._name(a)} ~ {self._name(b)} ({how})"

    # -- places --------------------------------------------------------------------------------
    def _place_relation(self, m: LinkMention, c: Cluster) -> tuple[int, str] | None:
        """(score, note): 3 the same event place; 2 the same specific place of the stories (an
        event place or a place named in an article's opening); 1 places named in each other's
        articles, or the ledger event's place named in the mention's article; 0 nothing in
        common; None for event places that differ (when places must match)."""
        if m.core and c.places:
            return self._event_place_relation(m, c)
        if self.config.story_places:
            found = self._story_place_relation(m, c)
            if found is not None:
                return found
        return 0, "no place in common given"

    def _event_place_relation(self, m: LinkMention, c: Cluster) -> tuple[int, str] | None:
        """Both give an event place: the same, named in each other's articles, or different."""
        for core, raw, _ in c.places:
            if core <= m.core or m.core <= core:
                return 3, f"same place ({m.place} / {raw})" if m.place != raw else f"same place ({raw})"
        if self.config.cross_named_places:
            for core, raw, art in c.places:
                if self.texts.names(core, m.article_id) and self.texts.names(m.core, art):
                    return 1, f"{m.place} / {raw} named in each other's articles"
        if self.config.require_place_match:
            return None
        return 0, f"places differ ({m.place} / {c.places[0][1]}), ignored"

    def _story_place_relation(self, m: LinkMention, c: Cluster) -> tuple[int, str] | None:
        """A specific place of both stories, or one story's place named in the other's article
        (None: nothing in common)."""
        mine = (((m.core, m.place or ""),) if m.core else ()) + m.story
        theirs = c.places + c.story
        for a, mine_raw in mine:
            for b, raw, _ in theirs:
                if a <= b or b <= a:
                    return 2, f"both stories are about {raw}" + (
                        f" / {mine_raw}" if mine_raw.lower() != raw.lower() else "")
        for b, raw, _ in theirs:
            if self.texts.names(b, m.article_id):
                return 1, f"the article names {raw}, where the other reports are"
        for a, mine_raw in mine:
            for _, _, art in theirs:
                if self.texts.names(a, art):
                    return 1, f"{mine_raw} is named in the other reports"
        return None

    def _check(self, m: LinkMention, c: Cluster) -> tuple[tuple[Any, ...], tuple[str, ...], Notes] | None:
        cfg = self.config
        if m.plover == c.plover:
            type_score, type_note = 2, "same type"
        elif m.plover in self.compat.get(c.plover, ()):
            type_score, type_note = 1, f"compatible types {c.plover}/{m.plover}"
        else:
            return None
        assert m.day is not None and c.first_day is not None
        gap = (m.day - c.first_day).days
        if gap < 0 or gap > cfg.window_days or (
                m.last_day is not None and (m.last_day - c.first_day).days > cfg.window_days):
            return None
        place = self._place_relation(m, c)
        if place is None:
            return None
        place_score, place_note = place
        s_state, s_note = self._role_match(m.sources, c.sources, "source")
        t_state, t_note = self._role_match(m.targets, c.targets, "target")
        matched_roles = [n for n in (s_note, t_note) if n]
        evidence = len(matched_roles) + (1 if cfg.place_corroborates and place_score > 0 else 0)
        conflicts = [s_state, t_state].count("conflict")
        notes: list[tuple[str, str]] = [("type", type_note), *(("actors", n) for n in matched_roles)]
        at_the_place = place_score >= 2 or (place_score == 1 and not m.core and not m.story
                                            and place_note.startswith("the article names"))
        if cfg.place_corroborates and at_the_place and conflicts and m.plover in self.rules.disputable:
            # one happening at one place: who did it, and to whom, is what reports dispute
            # (also when the report names no place of its own but names the ledger event's)
            notes += [("disputed", f"{role} disputed") for role, st in (("source", s_state), ("target", t_state))
                      if st == "conflict"]
            conflicts = 0
        if evidence < cfg.min_actor_overlap or conflicts > cfg.max_role_conflicts:
            return None
        fields = ["type", "date"]
        if matched_roles:
            fields.insert(1, "actors")
        if place_score > 0:
            fields.append("place")
        notes += [("date", f"{gap} day(s) after the first report"), ("place", place_note)]
        score = (evidence, len(matched_roles), place_score, type_score, -gap, -c.index)
        return score, tuple(fields), tuple(notes)

    # -- clustering ----------------------------------------------------------------------------
    # look up a mention with a place among unplaced ledger events only (see ``_lookups``; the
    # result is the same either way: bench/bench_ledger_scale.py turns it off to measure it)
    place_blocking = True

    def _placed(self, m: LinkMention) -> bool:
        """True when only ledger events without a place, or with a place word of ``m``'s article,
        can take ``m`` (see ``_lookups``)."""
        return self.place_blocking and bool(m.core) and self.config.require_place_match

    def _lookups(self, m: LinkMention) -> list[tuple[str, str, str]]:
        """The index keys of the ledger events that may take ``m``: same or compatible type, and
        a shared actor (or country), place word or, when nothing needs sharing, any.

        A mention with a place of its own (when places must match) can only join a ledger event
        with no place, or with a place sharing a word with it or named in its article (the only
        ways ``_event_place_relation`` lets two places meet); the latter are all found through
        their place words. So for such a mention the actor (and "any") keys look only among
        ledger events without a place (``role + UNPLACED``): the others found through them
        would all be refused, and there are more of them the denser the corpus."""
        types = sorted({m.plover} | self.compat.get(m.plover, set()))
        tag = UNPLACED if self._placed(m) else ""
        keys: list[tuple[str, str]] = []
        for role, ids in (("source", m.sources), ("target", m.targets)):
            for a in ids:
                keys.extend((role + tag, k) for k in self._keys(a))
        if self.config.story_places or self.config.cross_named_places:
            words = set(m.core).union(*(core for core, _ in m.story)) | self.texts.words(m.article_id)
            keys.extend(("place", w) for w in sorted(words))
        elif m.core:
            keys.extend(("place", w) for w in sorted(m.core))
        if self.config.min_actor_overlap == 0 or not self.config.require_place_match:
            keys.append(("any" + tag, ""))
        return [(t, role, k) for t in types for role, k in keys]

    def add(self, m: LinkMention) -> Cluster:
        """Add a mention (in date order); returns the ledger event it joined or started."""
        if m.day is None:
            return self._new(m)
        horizon = self.config.window_days
        found: set[int] = set()
        as_unplaced: set[int] = set()  # found only as ledger events without a place
        for key in self._lookups(m):
            lst = self.index.get(key)
            if not lst:
                continue
            # drop clusters too old for any later mention (mentions arrive in date order)
            while lst and not self._open(lst[0], m.day, horizon):
                lst.popleft()
            (as_unplaced if key[1].endswith(UNPLACED) else found).update(lst)
        oldest = m.day - timedelta(days=horizon)
        candidates: list[int] = []
        for ci in sorted(found | as_unplaced):
            c = self.clusters.get(ci)
            # skipped: a ledger event dropped or begun too long ago (the index can list one again
            # after newer ones), or found as unplaced that has a place since
            if c is None or (c.first_day is not None and c.first_day < oldest) or (c.places and ci not in found):
                continue
            candidates.append(ci)
        self.checks += len(candidates)
        best: tuple[tuple[Any, ...], int, tuple[str, ...], Notes] | None = None
        for ci in candidates:
            res = self._check(m, self.clusters[ci])
            if res is not None and (best is None or res[0] > best[0]):
                best = (res[0], ci, res[1], res[2])
        if best is None:
            return self._new(m)
        c = self.clusters[best[1]]
        c.add(m, best[2], best[3])
        self._register(c, m)
        return c

    def _open(self, ci: int, day: date, horizon: int) -> bool:
        """False when ledger event ``ci`` was dropped or begun more than ``horizon`` days before ``day``."""
        c = self.clusters.get(ci)
        return c is not None and (c.first_day is None or (day - c.first_day).days <= horizon)

    def drop(self, c: Cluster) -> None:
        """Forget a ledger event no later mention can join (a streamed build has written it)."""
        del self.clusters[c.index]

    def sweep(self) -> None:
        """Remove the dropped ledger events from the front of the index's lists (dropped ones
        behind an open one go when they reach the front), and the keys left empty."""
        for key in list(self.index):
            lst = self.index[key]
            while lst and lst[0] not in self.clusters:
                lst.popleft()
            if not lst:
                del self.index[key]

    def restore(self, members: Sequence[LinkMention]) -> Cluster:
        """Rebuild a ledger event of an earlier build from its mentions in the order they joined
        (the ledger events restored before it being its elders); each mention's match is checked
        again (a mention that would not join raises :class:`Mismatch`)."""
        c = self._new(members[0])
        for m in members[1:]:
            res = self._check(m, c)
            if res is None:
                raise Mismatch(f"mention {m.event_id} no longer joins ledger event {members[0].event_id}")
            c.add(m, res[1], res[2])
            self._register(c, m)
        return c

    def merged(self) -> list[Cluster]:
        """Ledger events after a second pass that links the first pass's ledger events to each
        other by the same rule (mentions taken in date order can start two ledger events for
        one happening before the report that links them arrives)."""
        second = self.second()
        for c in sorted(self.clusters.values(), key=lambda c: (c.first_day or date.max, c.index)):
            second.add(representative(c))
        return [combine(sc) for sc in second.clusters.values()]

    def second(self) -> Linker:
        """A linker for the second pass (ledger events to each other), sharing the actor cache."""
        second = Linker(self.config, self.actors, self.texts, self.rules)
        second.relations = self.relations
        second.key_cache = self.key_cache
        return second

    def _new(self, m: LinkMention) -> Cluster:
        c = Cluster(index=self.count, plover=m.plover, first_day=m.day)
        c.add(m, (), (("first", "first report"),))
        self.clusters[c.index] = c
        self.count += 1
        if m.day is not None:
            self._register(c, m)
        return c

    def _register(self, c: Cluster, m: LinkMention) -> None:
        keys: list[tuple[str, str]] = []
        tags = ("",) if c.places else ("", UNPLACED)  # a ledger event without a place, also as such
        for role, ids in (("source", m.sources), ("target", m.targets)):
            for a in ids:
                keys.extend((role + tag, k) for k in self._keys(a) for tag in tags)
        for core in (m.core, *(core for core, _ in m.story)):
            keys.extend(("place", w) for w in core)
        if len(c.members) == 1:
            keys.extend(("any" + tag, "") for tag in tags)
        for role, k in keys:
            lst = self.index[(c.plover, role, k)]
            if not lst or lst[-1] != c.index:
                lst.append(c.index)


class Mismatch(Exception):
    """A ledger event of an earlier build cannot be rebuilt as it was (the incremental update
    then falls back to a full build)."""


def mention_key(m: LinkMention) -> tuple[date, str, str, int, str]:
    """The order in which mentions are linked: by date, then publication time, article, sentence."""
    return (m.day or date.max, m.published or "", m.article_id, m.sentence, m.event_id)


def part_key(c: Cluster) -> tuple[date, tuple[date, str, str, int, str]]:
    """The order in which the second pass takes the first pass's ledger events (their creation
    order: the key of their first mention)."""
    return (c.first_day or date.max, mention_key(c.members[0]))


# the note of the first mention of a first-pass ledger event merged into an earlier one
MERGED = "merged with an earlier ledger event"


def representative(c: Cluster) -> LinkMention:
    """A first-pass ledger event as one mention of the second pass."""
    first = c.members[0]
    days = [m.day for m in c.members if m.day is not None]
    story = tuple((core, raw) for core, raw, _ in c.story + c.places[1:])
    return LinkMention(
        event_id=first.event_id, article_id=first.article_id, sentence=first.sentence,
        plover=c.plover, day=c.first_day, date_text=first.date_text, date_source=first.date_source,
        place=c.places[0][1] if c.places else None, core=c.places[0][0] if c.places else frozenset(),
        cameo=None, mode=None, quad=None, goldstein=None, published=first.published,
        outlet=first.outlet, sources=tuple(sorted(c.sources)), targets=tuple(sorted(c.targets)),
        story=story, last_day=max(days) if days else None, parts=[c])


def combine(sc: Cluster) -> Cluster:
    """The ledger event of a second-pass cluster: its parts' mentions, each part after the first
    noted as merged."""
    parts = [p for rep in sc.members for p in (rep.parts or [])]
    if len(parts) == 1:
        return parts[0]
    whole = Cluster(index=sc.index, plover=parts[0].plover, first_day=parts[0].first_day)
    for k, part in enumerate(parts):
        for j, (m, mt, notes) in enumerate(zip(part.members, part.matched, part.parts, strict=True)):
            if k and not j:
                mt, notes = sc.matched[k], (("merge", MERGED), *sc.parts[k])
            whole.add(m, mt, notes)
    return whole


def link_reason(c: Cluster, config: LedgerConfig) -> LinkReason:
    """Why the mentions of a ledger event were grouped (a summary of their notes)."""
    days = [m.day for m in c.members if m.day is not None]
    span = f"{min(days).isoformat()} to {max(days).isoformat()}" if days else "no date"
    rule = config.describe()
    if len(c.members) == 1:
        m = c.members[0]
        return LinkReason(fields=(), type=f"single mention ({m.plover})", actors="", date=span,
                          place=m.place or "not given", rule=rule)
    fields: list[str] = []
    for f in ("type", "actors", "date", "place"):
        if any(f in mt for mt in c.matched[1:]):
            fields.append(f)
    types = sorted({m.plover for m in c.members})
    type_text = f"same type {types[0]}" if len(types) == 1 else f"compatible types {', '.join(types)}"
    by_kind: dict[str, list[str]] = defaultdict(list)
    for parts in c.parts[1:]:
        for kind, text in parts:
            if text not in by_kind[kind]:
                by_kind[kind].append(text)
    places = [p for p in by_kind["place"] if p != "no place in common given"]
    actors = "; ".join(by_kind["actors"])
    return LinkReason(
        fields=tuple(fields), type=type_text,
        actors=("shared " + actors if actors else "no shared actor")
        + ("; " + ", ".join(by_kind["disputed"]) if by_kind["disputed"] else ""),
        date=f"{span}, within {config.window_days} day(s)",
        place="; ".join(places) if places else "not given", rule=rule)

