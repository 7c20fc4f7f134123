"""Claim threads: casualty figures about one quantity of one incident (see the package docs).

A figure is read as a claim (``load_figures``): its measure and group class, whether it is a
war-wide or period total rather than the toll of one incident (``cumulative``), whether it is
a part of another count ("three of the wounded died"), and the date it was stated (the
article's publication date, else the date of its dateline, else none: an undated claim is kept,
placed after the dated ones by ingest time, and flagged). ``Threader`` then puts each claim in
the thread of the same quantity of the same incident; ``roles`` gives each claim its role."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.dates import TextDate, dateline_date
from .coplaces import detach_elsewhere, hyphen_parts, nested_places, words
from .days import told_day
from .facilities import brought_to
from .incident_carried import carried_tolls
from .parts import add_previous_sentences, classify
from .places import PlaceWords
from .rules import Rules, as_date, group_class, is_period, place_core, scope_key
from .sides import mark_sides, source_actor
from .told_place import told_place
from .types import LedgerConfig
from .wholes import mark_wholes, other_extent, placeless_whole, sentence_place, wholes_of_one_story
from .within import WITHIN_NOTE, Within, absorb, shares_place, within_thread

if TYPE_CHECKING:
    from .linking import LinkMention

INCIDENT = "incident"


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
    end: int = 0
    clause: str = ""  # the figure's clause (for cumulative cues); set by ``classify``
    after: str = ""  # the text right after the figure in its sentence
    cumulative: bool = False  # a war-wide or period total, not the toll of one incident
    date_source: str = "published"  # published, dateline, undated
    text_date: TextDate | None = None  # a dateline date without a year (resolved near a thread)
    ingested: str = ""  # when the article was analysed (orders undated claims)
    event_core: frozenset[str] = frozenset()  # the place of the ledger event it is anchored to
    event_day: date | None = None  # the first day of that ledger event
    site: frozenset[str] = frozenset()  # the specific place it names: its place's core, unless a country's
    event_site: frozenset[str] = frozenset()  # its ledger event's place core, unless a country's
    counted_as: str | None = None  # the class its source named, when another account of people's dead (``identity``)
    nation: str | None = None  # the country of the people its group names by a demonym ("Palestinians")
    sentence_words: frozenset[str] = frozenset()  # the words of its sentence (``coplaces.words``)
    whole: bool = False  # its clause says it covers a whole country or region (``wholes``)
    source_actor: tuple[str, frozenset[str]] | None = None  # its source's country and sectors (``sides``)

    @property
    def scope_kind(self) -> str:
        """``incident``, or the period a total covers (``period:...``; ``period:cumulative`` for
        a war-wide total named by its words rather than its time scope)."""
        if is_period(self.scope):
            return str(self.scope)
        return "period:cumulative" if self.cumulative else INCIDENT

    @property
    def key(self) -> tuple[str, str, str]:
        return self.measure, self.gclass, self.scope_kind


@dataclass
class Thread:
    """A claim thread being built."""

    index: int
    measure: str
    gclass: str
    first_day: date | None
    anchor: str | None = None
    scope: str | None = None
    kind: str = INCIDENT
    members: list[ClaimFigure] = field(default_factory=list)
    places: list[tuple[frozenset[str], str]] = field(default_factory=list)  # core, article
    notes: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    event_days: set[date] = field(default_factory=set)  # of the ledger events of its claims
    sites: set[frozenset[str]] = field(default_factory=set)  # its places that are no country's
    own_sites: set[frozenset[str]] = field(default_factory=set)  # of those, its claims' own places
    nations: set[str] = field(default_factory=set)  # the countries of the people its claims name
    anchors: set[str] = field(default_factory=set)  # the ledger events its claims are anchored to

    def add(self, f: ClaimFigure, note: str) -> None:
        self.members.append(f)
        self.notes.append(note)
        if f.scope and not self.scope:
            self.scope = f.scope
        if self.first_day is None and f.day is not None:
            # the thread's day: the day its first dated claim counts, else the day it was stated
            self.first_day = told_day(f, f.day) or f.day
        self.articles.add(f.article_id)
        if f.event_day is not None:
            self.event_days.add(f.event_day)
        for core in (f.core, f.event_core):
            if core and not any(c == core for c, _ in self.places):
                self.places.append((core, f.article_id))
        self.sites.update(c for c in (f.site, f.event_site) if c)
        if f.site:
            self.own_sites.add(f.site)
        if f.nation:
            self.nations.add(f.nation)

    def other_people(self, f: ClaimFigure) -> bool:
        """True when the claim counts the people of a nation other than the thread's ("two
        Palestinians were killed in the raid" beside "four Israelis were killed"): one victim group
        per thread; a count naming no nation ("four people") joins either."""
        return bool(f.nation and self.nations and f.nation not in self.nations)


# -- reading the claims ----------------------------------------------------------------------------


def _dates(conn: sqlite3.Connection, figs: list[ClaimFigure]) -> None:
    """The date of each claim's article: published, else its dateline's (``date_source``)."""
    undated = sorted({f.article_id for f in figs if f.day is None})
    found: dict[str, TextDate | None] = {}
    for i in range(0, len(undated), 500):
        chunk = undated[i:i + 500]
        for aid, head in conn.execute(
                f"SELECT id, substr(text, 1, 400) FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk):
            found[aid] = dateline_date(head or "")
    for f in figs:
        if f.day is not None:
            continue
        td = found.get(f.article_id)
        exact = td.exact() if td is not None else None
        if exact is not None:
            f.day, f.date_source = exact, "dateline"
        else:
            f.text_date, f.date_source = td, "undated"


# the stances of a figure that is a claim of its value (a denied or negated figure, "there are
# not 500 dead", is no claim that 500 died; a hedged one, "could not confirm that 40 died", is)
CLAIM_STANCES = frozenset({"asserted", "historical", "uncertain"})
CLAIM_STANCE_SQL = f" AND f.stance IN ({', '.join(repr(s) for s in sorted(CLAIM_STANCES))})"


# a figure's sentence, read by its key (a LEFT JOIN of ``sentences``, a view over a join in
# SQLite's schema 13, would read every sentence of the store for each query)
_SENTENCE = "(SELECT {} FROM sentences s WHERE s.article_id = f.article_id AND s.idx = f.sentence)"
_SENTENCE_START = _SENTENCE.format("s.start")
_SENTENCE_TEXT = _SENTENCE.format('substr(a.text, s.start + 1, s."end" - s.start)')
# the country of the actor a figure's group resolves to
_GROUP_COUNTRY = "(SELECT g.country FROM actors g WHERE g.id = f.group_actor_id)"
# the country and sectors of the actor a figure's source resolves to (``sides.own_dead``)
_SOURCE_ACTOR = ("(SELECT s.country FROM actors s WHERE s.id = f.attribution_actor_id),"
                 " (SELECT s.sectors FROM actors s WHERE s.id = f.attribution_actor_id)")


def nation_of(group: str | None, country: str | None) -> str | None:
    """The nation a figure's group names: its actor's country when the group is written with a
    demonym or a people's adjective ("Palestinians", "Israeli settlers"); none for a common noun
    ("four people", "citizens"), whose country the actor stage may only have guessed."""
    return country if country and group and any(w[:1].isupper() for w in group.split()) else None


def load_figures(conn: sqlite3.Connection, rules: Rules, where: str = "",
                 params: tuple[object, ...] = ()) -> list[ClaimFigure]:
    """Casualty figures (a measure, counted, stated as claims: ``CLAIM_STANCES``), with the text
    just before each (for update cues), their clause, and the date they were stated (``where``:
    a further condition on the figures, ``f``, and their articles, ``a``; it should take whole
    articles, whose figures are read together)."""
    win = rules.update_window
    figs: list[ClaimFigure] = []
    texts: dict[tuple[str, int], tuple[int, str]] = {}
    for r in conn.execute(
            "SELECT f.id, f.article_id, f.sentence, f.start, f.value_low, f.value_high, f.qualifier,"
            ' f.measure, f."group", f.unit, f.place, f.time_scope, f.attribution,'
            " f.attribution_actor_id, f.group_actor_id, f.perpetrator_actor_id, a.published, a.outlet,"
            f" substr(a.text, CASE WHEN f.start > {win} THEN f.start - {win - 1} ELSE 1 END,"
            f" CASE WHEN f.start > {win} THEN {win} ELSE f.start END), f.part_of, f.\"end\","
            f" a.analysed_at, {_SENTENCE_START}, {_SENTENCE_TEXT}, {_GROUP_COUNTRY}, {_SOURCE_ACTOR}"
            " FROM figures f JOIN articles a ON a.id = f.article_id"
            # (no index on measure or stance: ``where`` picks the figures, or all are read)
            " WHERE f.measure || '' IS NOT NULL AND f.kind = 'count'"
            + CLAIM_STANCE_SQL.replace("f.stance", "f.stance || ''") + where, params):
        group = r[8] or r[9]
        figs.append(ClaimFigure(id=r[0], article_id=r[1], sentence=r[2], start=r[3], value_low=r[4],
                       value_high=r[5], qualifier=r[6], measure=str(r[7]).lower(), group=group,
                       gclass=group_class(group, rules, str(r[7]).lower()), place=r[10], core=place_core(r[10], rules),
                       time_scope=r[11], scope=scope_key(r[11], rules), attribution=r[12] or "unattributed",
                       attribution_actor_id=r[13], group_actor_id=r[14], perpetrator_actor_id=r[15],
                       published=r[16], day=as_date(r[16]), outlet=r[17], before=r[18] or "",
                       part_of=r[19], end=r[20], ingested=r[21] or "", nation=nation_of(group, r[24]),
                       source_actor=source_actor(r[25], r[26])))
        if figs[-1].core not in rules.country_places:
            figs[-1].site = figs[-1].core
        if r[22] is not None:
            texts[(r[1], r[2])] = (int(r[22]), r[23] or "")
            figs[-1].sentence_words = words(r[23] or "")
    # a part counted in the same group as its whole ("three of the 34 died overnight") is
    # another quantity than the whole: it gets its own class
    by_id = {f.id: f for f in figs}
    for f in figs:
        whole = by_id.get(f.part_of or "")
        if whole is not None and whole.gclass == f.gclass and whole.measure == f.measure:
            f.gclass = f"{f.gclass} (part)"
    add_previous_sentences(conn, figs, texts)  # "The aftershock struck ... At least 19 were killed"
    classify(figs, texts, rules)
    brought_to(figs, rules)  # "33 bodies received at the Saint-Marc morgue": not the incident's place
    mark_wholes(figs, texts, rules)
    mark_sides(figs, rules)  # "24 killed on the Kyrgyz side", "12 dead on their side"
    carried_tolls(figs, rules)  # "a video ... 'burned 40 children alive'": the incident's people
    _dates(conn, figs)
    return figs


def claim_order(f: ClaimFigure) -> tuple[date, str, str, str, int, str]:
    """Dated claims by date and publication time; undated ones after them, by ingest time."""
    return (f.day or date.max, f.published or "", f.ingested if f.day is None else "", f.article_id,
            f.start, f.id)


# sentence, ledger event id, its type, its place core, the first day its mentions state
Anchor = tuple[int, str, str, frozenset[str], date | None]
# the date source of an event mention whose own text gives its day (``mentions``)
STATED = "event"


def stated_day(members: Iterable[LinkMention]) -> date | None:
    """The first day a ledger event's mentions state ("on 9 October", "on Tuesday"); None when
    each is dated only by its report (publication or dateline): a fact-check written four days
    after a shooting that says "no evidence that more than 20 people were killed" dates the
    report, not the shooting, so its claims are not kept from the shooting's thread as another
    day's incident (``Threader._other_day``)."""
    days = [m.day for m in members if m.day is not None and m.date_source == STATED]
    return min(days) if days else None


def anchor_figures(figs: list[ClaimFigure], anchors: dict[str, list[Anchor]], rules: Rules) -> None:
    """Anchor each incident figure to the ledger event of a compatible type in its sentence,
    else to the nearest one in its article whose place is compatible (``anchors``: per article)."""
    for f in figs:
        if f.cumulative:
            continue  # a war-wide or period total is not the toll of one happening
        allowed = rules.measure_types.get(f.measure, frozenset({"ASSAULT", "COERCE"}))
        cands = [x for x in anchors.get(f.article_id, ()) if x[2] in allowed]
        same = [x for x in cands if x[0] == f.sentence]
        if same:
            f.anchor, f.event_core, f.event_day = same[0][1], same[0][3], same[0][4]
            f.event_site = frozenset() if f.event_core in rules.country_places else f.event_core
            continue
        near = sorted(((abs(x[0] - f.sentence), x[0]), x) for x in cands
                      if not (f.core and x[3]) or f.core <= x[3] or x[3] <= f.core)
        if near:
            x = near[0][1]
            f.anchor, f.event_core, f.event_day = x[1], x[3], x[4]
            f.event_site = frozenset() if f.event_core in rules.country_places else f.event_core


# -- threading -------------------------------------------------------------------------------------


class Threader:
    """Assigns claims to threads: one quantity (measure, group class, incident or period) of
    one incident (the same ledger event, or the same place within the time window). Open
    threads are found through an index of their place words and their articles."""

    def __init__(self, config: LedgerConfig, texts: PlaceWords, event_day_gap: int = 1, *,
                 undated: bool = True, within: Within | None = None) -> None:
        self.config = config
        self.texts = texts
        self.within = within  # places within places, as the reports tell (none: not compared)
        self.event_day_gap = event_day_gap
        # the threads by index; a streamed build drops those no later claim can join (``close``)
        self.threads: dict[int, Thread] = {}
        self.count = 0  # threads begun (the index of the next one)
        self.absorbed: set[int] = set()  # threads taken into another (``_unite``)
        self.undated = undated  # claims of undated articles will come (they need ``index``)
        # per quantity, place word or "@article" -> threads; ``active`` drops threads older than
        # the window as dated claims arrive in date order, ``index`` keeps all (for undated claims)
        self.index: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.active: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # per quantity and ledger event: the threads holding a claim anchored to it
        self.by_anchor: dict[tuple[tuple[str, str, str], str], list[int]] = defaultdict(list)

    def _place(self, f: ClaimFigure, t: Thread) -> tuple[int, str] | None:
        core = f.core or f.event_core
        if wholes_of_one_story(f, t, self.texts):
            return 1, "wholes of one story"
        if not t.places:
            if any(m.article_id == f.article_id for m in t.members):
                # a report's placeless tolls of one quantity go on in one thread, whichever of its
                # ledger events their sentences tell ("... killing 31 people. The toll is disputed:
                # at least 23 ...; the government says nearly 40")
                return (0 if core else 1), "same article, no place given"
            if core and all(sentence_place(core, m, self.texts) for m in t.members):
                return 1, "the claim's place is the one place the sentences of the thread's placeless claims name"
            return None
        if not core:
            for c, art in t.places:
                if art == f.article_id or self.texts.names(c, f.article_id):
                    return 1, "the thread's place is named in the claim's article"
            return None
        for c, _ in t.places:
            if nested_places(c, core):
                return 2, "same place"
        if (why := within_thread(core, f.article_id, t, self.within) or told_place(f, t, self.texts)) is not None:
            return 1, why
        if self.config.cross_named_places:
            for c, art in t.places:
                if self.texts.names(c, f.article_id) and self.texts.names(core, art):
                    return 1, "places named in each other's articles"
        return None if self.config.require_place_match else (0, "places differ, ignored")

    def _day(self, f: ClaimFigure, t: Thread) -> date | None:
        """The claim's date, a dateline without a year placed in the year nearest the thread."""
        if f.day is None and f.text_date is not None and t.first_day is not None:
            return f.text_date.near(t.first_day)
        return f.day

    def _apart(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim is dated, or names the day it counts ("killed on 7 October"),
        outside the window of the thread's day."""
        if t.first_day is None:
            return False
        window = self.config.figure_window_days
        day = self._day(f, t)
        told = told_day(f, day, t.first_day)
        if told is not None:
            return abs((told - t.first_day).days) > window
        return day is not None and abs((day - t.first_day).days) > window

    def _other_day(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim's ledger event began more than ``event_day_gap`` days from every
        ledger event of the thread (two strikes at one place on different days)."""
        if f.event_day is None or not t.event_days:
            return False
        return all(abs((f.event_day - d).days) > self.event_day_gap for d in t.event_days)

    def _register(self, t: Thread, f: ClaimFigure, anchor: bool = True) -> None:
        if f.anchor is not None and anchor:
            if t.anchor is None:
                t.anchor = f.anchor
            t.anchors.add(f.anchor)
            held = self.by_anchor[(f.key, f.anchor)]
            if t.index not in held:
                held.append(t.index)
        # the places its report names within or around its own (a thread at a town is found from its hospital)
        inner = self.within.neighbours(f.core, f.article_id) if self.within is not None and f.core else ()
        for index in (self.index, self.active) if self.undated else (self.active,):
            idx = index[f.key]
            # a claim placed nowhere, or at its ledger event's place only, is found by the places its
            # sentence names (``_place``, ``told_place``)
            named = self.texts.words(f.article_id) if f.whole else () if f.core else \
                self.texts.words(f.article_id) & f.sentence_words
            for k in (*hyphen_parts(f.core | f.event_core), *f.core, *f.event_core, *named, *inner,
                      "@" + f.article_id):
                lst = idx[k]
                if t.index not in lst[-3:]:
                    lst.append(t.index)

    def _candidates(self, f: ClaimFigure) -> list[int]:
        idx = (self.active if f.day is not None else self.index).get(f.key)
        if not idx:
            return []
        core = f.core | f.event_core
        keys = {*core, *hyphen_parts(core), "@" + f.article_id}
        if self.within is not None and f.core:  # the places its report names around or within its own
            keys.update(self.within.neighbours(f.core, f.article_id))
        if self.config.cross_named_places or not core:
            keys.update(w for w in self.texts.words(f.article_id) if w in idx)
        if not self.config.require_place_match and core:
            keys.update(k for k in idx if not k.startswith("@"))
        found: set[int] = set()
        horizon = self.config.figure_window_days
        for k in keys:
            lst = idx.get(k)
            if not lst:
                continue
            while f.day is not None and lst and self.threads[lst[0]].first_day is not None and \
                    (f.day - self.threads[lst[0]].first_day).days > horizon:  # type: ignore[operator]
                lst.pop(0)  # dated claims arrive in date order: that thread is closed to them
            found.update(lst)
        if f.day is not None:  # the same horizon for every thread, however its list was pruned
            found = {ti for ti in found if self.threads[ti].first_day is None
                     or (f.day - self.threads[ti].first_day).days <= horizon}  # type: ignore[operator]
        return sorted(found)

    def _best(self, f: ClaimFigure) -> tuple[tuple[int, ...], int, str] | None:
        best: tuple[tuple[int, ...], int, str] | None = None
        for ti in self._candidates(f):
            t = self.threads[ti]
            if self._apart(f, t):
                continue
            place = self._place(f, t)
            if place is None or self._elsewhere(f, t) or t.other_people(f) or other_extent(f, t):
                continue
            other_event = f.anchor is not None and bool(t.anchors) and f.anchor not in t.anchors
            if other_event and (place[0] < 1 or self._other_day(f, t)):
                continue  # another ledger event: only at the same place, on the same day
            score = (0 if other_event else 1, place[0], placeless_whole(f, t), len(t.articles), ti)
            if best is None or score > best[0]:
                best = (score, ti, place[1] + ("; another ledger event at that place" if other_event else ""))
        return best

    def _anchored(self, f: ClaimFigure) -> tuple[Thread | None, bool]:
        """The latest thread holding a claim of the same quantity anchored to the same ledger
        event, unless it is apart from ``f`` or its places do not match the place the claim
        names (``_elsewhere``; then the next latest); and whether one was passed over for its
        place: a toll at another named place, in a report naming none of the thread's places
        ("a second strike killed 6 in Borova" when the linker put it with the Lomka shelling),
        is another incident's, so it neither joins nor holds that event's thread."""
        if f.anchor is None:
            return None, False
        passed = False
        for ti in sorted(self.by_anchor.get((f.key, f.anchor), ()), reverse=True):
            t = self.threads[ti]
            if self._apart(f, t):
                continue
            if self._elsewhere(f, t) or t.other_people(f) or other_extent(f, t):
                passed = True
                continue
            return t, passed
        return None, passed

    def _elsewhere(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim names a specific place (no country) that no place of the thread
        is (neither holds the other's words) and no sentence of its report, or of the thread's
        report of that place, names both (of the thread's report, a sentence telling one of its
        tolls: "Borova, near Lomka"; its headline or a quote naming both, "as occupiers strike
        Kharkiv", tells only that the story holds both): the toll of another incident,
        when neither report names the other's place, or when the reports naming both name
        them apart and the thread's place is its claims' own (a story of two like incidents,
        whose ledger event may hold both), not only its ledger event's or dateline's."""
        if not f.site or not t.sites or not self.config.require_place_match:
            return False
        if any(nested_places(c, f.site) for c, _ in t.places) or within_thread(f.site, f.article_id, t, self.within):
            return False
        specific = [(c, art) for c, art in t.places if c in t.sites]
        if any(self.texts.together(c, f.site, f.article_id)
               or self.texts.together(c, f.site, art, {m.sentence for m in t.members if m.article_id == art})
               for c, art in specific if c in t.own_sites or not t.own_sites):
            return False
        crossed = [(c, art) for c, art in specific
                   if self.texts.names(c, f.article_id) or self.texts.names(f.site, art)]
        return not crossed or any(c in t.own_sites for c, _ in crossed)

    def add(self, f: ClaimFigure) -> Thread:
        """Add a claim (in claim order); returns the thread it joined or started."""
        detach_elsewhere(f, self.texts.sentence_words, self.config.lead_sentences)
        undated = " (undated article: placed by ingest time)" if f.day is None else ""
        anchored, passed = self._anchored(f)
        if anchored is not None:
            anchored.add(f, "same ledger event" + undated)
            self._register(anchored, f, not passed)
            self._unite(anchored, f)
            return anchored
        best = self._best(f)
        window = self.config.figure_window_days
        if best is not None:
            t = self.threads[best[1]]
            t.add(f, f"same measure and group; {best[2]}; within {window} day(s){undated}")
        else:
            t = self._new(f)
            t.add(f, "first claim" + undated)
        self._register(t, f, not passed)
        self._unite(t, f)
        return t

    def _unite(self, t: Thread, f: ClaimFigure) -> None:
        """Take into ``t`` every other open thread the claim may join only as a place within
        that thread's, as a report tells (``within``): a report naming the hospital in the town
        ties a thread begun at the hospital to one begun at the town, whichever report came
        first (a claim at the town ties no threads: the town holds many places; nor are two
        threads with a place in common, kept apart by something else)."""
        for ti in self._candidates(f):
            o = self.threads.get(ti)
            if o is None or o is t or self.within is None or within_thread(f.core, f.article_id, o, self.within, True) is None:
                continue
            if shares_place(t, o) or self._apart(f, o) or self._elsewhere(f, o) or o.other_people(f) or \
                    other_extent(f, o) or \
                    (f.anchor is not None and o.anchor not in (None, f.anchor) and self._other_day(f, o)):
                continue
            del self.threads[o.index]
            self.absorbed.add(o.index)
            for m in sorted(o.members, key=claim_order):
                t.add(m, "same measure and group; " + WITHIN_NOTE)
                self._register(t, m)
            absorb(t, o, claim_order, (self.index, self.active), self.by_anchor)

    def _new(self, f: ClaimFigure) -> Thread:
        t = Thread(index=self.count, measure=f.measure, gclass=f.gclass, first_day=None, anchor=f.anchor,
                   kind=f.scope_kind, anchors={f.anchor} if f.anchor else set())
        self.threads[t.index] = t
        self.count += 1
        return t

    def close(self, day: date, reach: int) -> list[Thread]:
        """Drop and return (oldest first) the threads no dated claim of ``day`` or later can join:
        begun more than ``figure_window_days + reach`` days before it (``reach``: the most days a
        claim of the store counts back from the day it was stated, as through its anchor a claim
        joins a thread within the window of the day it says it counts). Only without claims of
        undated articles (which may join any thread)."""
        assert not self.undated, "claims of undated articles may join any thread"
        horizon = self.config.figure_window_days + reach
        closed = [t for t in self.threads.values()
                  if t.first_day is not None and (day - t.first_day).days > horizon]
        if not closed:
            return []
        gone = {t.index for t in closed}
        for t in closed:
            del self.threads[t.index]
        for by_key in self.active.values():
            for k in list(by_key):
                kept = [ti for ti in by_key[k] if ti not in gone]
                if kept:
                    by_key[k] = kept
                else:
                    del by_key[k]
        for key in list(self.by_anchor):
            held = [ti for ti in self.by_anchor[key] if ti not in gone]
            if held:
                self.by_anchor[key] = held
            else:
                del self.by_anchor[key]
        return closed

    def restore(self, groups: list[list[ClaimFigure]]) -> None:
        """Rebuild threads of an earlier build from their claims (each group one thread, in
        order; the groups in the order their threads began), taking the claims in claim order
        and noting how each joined as :meth:`add` did. A claim that could not have joined its
        thread raises :class:`RestoreError`."""
        where: dict[str, Thread] = {}
        for members in groups:
            t = self._new(members[0])
            where.update((m.id, t) for m in members)
        firsts = {members[0].id for members in groups}
        window = self.config.figure_window_days
        for f in sorted((m for members in groups for m in members), key=claim_order):
            detach_elsewhere(f, self.texts.sentence_words, self.config.lead_sentences)
            t = where[f.id]
            if f.key != (t.measure, t.gclass, t.kind):
                raise RestoreError(f"claim {f.id} counts another quantity than its thread")
            undated = " (undated article: placed by ingest time)" if f.day is None else ""
            note = "first claim" + undated
            anchored, passed = self._anchored(f)
            if f.id not in firsts:
                if anchored is t:
                    note = "same ledger event" + undated
                else:
                    place = self._place(f, t)
                    if anchored is not None or place is None:
                        raise RestoreError(f"claim {f.id} could not have joined its thread")
                    other = f.anchor is not None and bool(t.anchors) and f.anchor not in t.anchors
                    note = (f"same measure and group; {place[1]}"
                            + ("; another ledger event at that place" if other else "")
                            + f"; within {window} day(s){undated}")
            t.add(f, note)
            self._register(t, f, not passed)


class RestoreError(Exception):
    """A thread of an earlier build cannot be rebuilt as it was."""
