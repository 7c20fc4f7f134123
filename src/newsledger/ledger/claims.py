"""Claim threads: casualty figures about one quantity of one incident (see the package docs).

A figure is read as a claim (``load_figures``): its measure and group class, whether it is a
war-wide or period total rather than the toll of one incident (``cumulative``), whether it is
a part of another count ("three of the wounded died"), and the date it was stated (the
article's publication date, else the date of its dateline, else none: an undated claim is kept,
placed after the dated ones by ingest time, and flagged). ``threader.Threader`` then puts each
claim in the thread of the same quantity of the same incident; ``roles`` gives each claim its role."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.dates import TextDate, dateline_date
from .coplaces import words
from .days import told_day
from .facilities import brought_to
from .incident_carried import carried_tolls
from .parts import add_previous_sentences, classify
from .retro import mark_retrospectives
from .rules import Rules, as_date, group_class, is_period, place_core, scope_key
from .sides import mark_sides, source_actor
from .since_happening import mark_happening_since
from .wholes import mark_wholes

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
    back: int = 0  # the days a retrospective's clause counts back from the day it was told (``retro``)

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
# a figure's sentence up to the figure (``retro``: "three weeks after gunmen killed ")
SENTENCE_LEAD = _SENTENCE.format("substr(a.text, s.start + 1, f.start - s.start)")
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
    mark_happening_since(figs, texts)  # "24 bodies recovered since Saturday's collapse"
    classify(figs, texts, rules)
    brought_to(figs, rules)  # "33 bodies received at the Saint-Marc morgue": not the incident's place
    mark_wholes(figs, texts, rules)
    mark_sides(figs, rules)  # "24 killed on the Kyrgyz side", "12 dead on their side"
    mark_retrospectives(figs, texts, rules)  # "three weeks after gunmen killed 47 people"
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
