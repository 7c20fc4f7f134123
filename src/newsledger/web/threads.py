"""The claims page: claim threads ranked by dispute, each with its range chart and its claims.

A thread is *disputed* when two or more distinct sources give incompatible values: the
intervals their qualifiers allow do not overlap ("at least 500" is [500, ∞), "100 to 300" is
[100, 300]; the ledger stores each claim's interval in ``claim_thread_claims``, and when it
does not, the interval is read here with the ledger's own rules). One source giving a new value
later is an update, not a dispute. A source is the body cited (its actor, else its name as
written); a figure in an outlet's own voice counts as that outlet speaking. A claim whose
``stance`` is not "asserted" (a denial, a negation: the column is read only when the store has
it) is drawn as such and never counts in a dispute. A thread is also disputed over *who the
dead were* when one source counts an incident's dead as fighters ("31 terrorists neutralised",
``claim_thread_claims.counted_as``) and another source counts them as people: those sources
dispute whatever their values.

The ranking (computed here, in SQL over the ledger tables, since the ledger orders threads by
date): disputed threads first, then by the number of sources in the dispute, the number of
sources, of outlets and of claims, the most recent first. (SQL compares the intervals the ledger
stored; a ledger built before it stored them is compared on the stated values.)
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..ledger.read import ACTOR_SUB, load_threads
from ..ledger.rules import Rules, group_class, interval, load_rules
from ..ledger.status import require_ledger
from ..records import Record
from ..storage.filters import like_pattern
from ..storage.store import Store
from .charts import (
    ASSERTED,
    Cell,
    FieldItem,
    TableView,
    article_href,
    fmt_number,
    outlet_href,
    stance_of,
)
from .rangechart import RangeRow, range_chart

if TYPE_CHECKING:
    from markupsafe import Markup

    from ..ledger import Claim, ClaimThread

UNBOUNDED = float("inf")
ROLE_TEXT = {
    "first": "first report",
    "repeat": "repeats an earlier figure of the same source",
    "update": "updates the same source's earlier figure",
    "agrees": "consistent with another source's figure",
    "disagreement": "disputed: incompatible with another source's figure",
}
ROLE_LABEL = {"agrees": "consistent", "disagreement": "disputed"}


@functools.cache
def _rules() -> Rules:
    return load_rules()


@dataclass(frozen=True)
class ClaimInfo(Record):
    """What the ranking and the chart need of one claim, beyond :class:`Claim`."""

    figure_id: str
    thread_id: str
    source: str  # the source's key
    low: float  # the interval its qualifier allows
    high: float  # inf: open above
    stance: str = ASSERTED
    stored: str | None = None  # when the article was stored (its ingest time)
    counted_as: str | None = None  # the class its source named the dead as (an identity dispute)


@dataclass(frozen=True)
class Dispute(Record):
    """Which sources of a thread give incompatible values.

    ``consensus`` is the value the most sources allow (the point covered by the intervals of the
    most sources: for intervals, the largest set of mutually compatible claims); ``dissent`` the
    sources with a claim that does not allow it."""

    sources: int  # distinct sources (an outlet's own voice counts as a source)
    disputing: tuple[str, ...]  # the keys of the sources in an incompatible pair
    low_figure: str | None = None  # the widest gap: the figure below ...
    high_figure: str | None = None  # ... and the figure above, from another source
    consensus: float | None = None
    backing: int = 0  # sources whose claims allow the consensus value
    dissent: tuple[str, ...] = ()
    asserting: int = 0  # sources with an asserted claim
    named_as: tuple[str, ...] = ()  # the classes sources named the dead as, against others' people

    @property
    def disputed(self) -> bool:
        return len(self.disputing) >= 2

    @property
    def majority(self) -> bool:
        """Whether more than half the sources allow the consensus value."""
        return self.consensus is not None and 2 * self.backing > self.asserting


ARTICLES = ("the", "an", "a")


def _norm(text: str) -> str:
    """A source's name as compared: lower case, and without a leading article."""
    name = text.strip(" ").lower()
    for art in ARTICLES:
        if name.startswith(art + " "):
            return name[len(art) + 1:]
    return name


def source_key(attribution: str | None, actor_id: str | None, outlet: str | None) -> str:
    """The source a claim is credited to: its actor, else its name as written, else (a figure in
    the outlet's own voice) the outlet."""
    if actor_id:
        return "actor:" + actor_id
    if attribution and attribution.strip(" ").lower() not in ("", "unattributed"):
        return "name:" + _norm(attribution)
    return "outlet:" + (outlet or "")


def source_label(c: Claim) -> str:
    if c.attribution_actor_id or (c.attribution and c.attribution.lower() != "unattributed"):
        return c.attribution_name or c.attribution
    return f"{c.outlet or 'the outlet'} (own voice, unattributed)"


def claim_interval(low: float, high: float, qualifier: str | None, stored_low: float | None,
                   stored_high: float | None) -> tuple[float, float]:
    """The interval a claim allows (``inf`` above when open): the ledger's, else read here."""
    if stored_low is not None:
        return float(stored_low), UNBOUNDED if stored_high is None else float(stored_high)
    lo, hi = interval(low, high, qualifier, _rules())
    return lo, UNBOUNDED if hi is None else hi


def dispute(infos: Sequence[ClaimInfo]) -> Dispute:
    """The dispute among ``infos`` (the claims of one thread)."""
    asserted = [i for i in infos if i.stance == ASSERTED]
    by_source: dict[str, list[ClaimInfo]] = defaultdict(list)
    for i in asserted:
        by_source[i.source].append(i)
    lowest = {s: min(cs, key=lambda c: c.high) for s, cs in by_source.items()}
    highest = {s: max(cs, key=lambda c: c.low) for s, cs in by_source.items()}
    disputing: set[str] = set()
    best: tuple[float, str, str] | None = None
    for a, below in lowest.items():
        for b, above in highest.items():
            if a == b or not below.high < above.low:
                continue
            disputing |= {a, b}
            gap = above.low / below.high if below.high > 0 else UNBOUNDED
            if best is None or gap > best[0]:
                best = (gap, below.figure_id, above.figure_id)
    named = identity_disputing(asserted)
    disputing |= named
    point, backing = consensus(asserted)
    dissent = tuple(sorted({i.source for i in asserted if point is not None
                            and not i.low <= point <= i.high}))
    return Dispute(sources=len({i.source for i in infos}), disputing=tuple(sorted(disputing)),
                   low_figure=best[1] if best else None, high_figure=best[2] if best else None,
                   consensus=point, backing=backing, dissent=dissent,
                   asserting=len({i.source for i in asserted}),
                   named_as=tuple(sorted({i.counted_as for i in asserted if i.counted_as and named})))


def identity_disputing(asserted: Sequence[ClaimInfo]) -> set[str]:
    """The sources of a dispute over who the dead were: those that count them as fighters and
    the other sources that count them as people (none when only one side speaks)."""
    fighters = {i.source for i in asserted if i.counted_as}
    people = {i.source for i in asserted if not i.counted_as} - fighters
    return fighters | people if fighters and people else set()


def consensus(infos: Sequence[ClaimInfo]) -> tuple[float | None, int]:
    """The value allowed by the claims of the most sources, and how many sources that is (ties:
    the lowest such value)."""
    best: tuple[int, float] | None = None
    for p in sorted({i.low for i in infos} | {i.high for i in infos if i.high != UNBOUNDED}):
        n = len({i.source for i in infos if i.low <= p <= i.high})
        if best is None or n > best[0]:
            best = (n, p)
    return (best[1], best[0]) if best else (None, 0)


# -- reading and ranking ----------------------------------------------------------------------
@dataclass(frozen=True)
class ThreadFilters(Record):
    """The filters of ``ledger.claim_threads`` (same meaning), and disputed threads only."""

    measure: str | None = None
    actor: str | None = None
    min_outlets: int = 1
    disputed_only: bool = False
    group: str | None = None
    since: str | None = None
    until: str | None = None


def _where(f: ThreadFilters) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.measure:
        where.append("t.measure = ?")
        params.append(f.measure.lower())
    if f.actor:
        where.append(f"t.id IN (SELECT cta.thread_id FROM claim_thread_actors cta"
                     f" WHERE cta.actor_id IN ({ACTOR_SUB}))")
        params += [f.actor, like_pattern(f.actor)]
    if f.group:
        where.append("t.group_class = ?")
        params.append(group_class(f.group, _rules()))
    if f.since:
        where.append("t.last_published >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(t.first_published, 1, 10) <= ?")
        params.append(f.until[:10])
    if f.min_outlets > 1:
        where.append("t.n_outlets >= ?")
        params.append(f.min_outlets)
    return (" WHERE " + " AND ".join(where)) if where else "", params


# The source of a claim in SQL, as :func:`source_key` reads it.
_ATTR = "lower(trim(COALESCE(f.attribution, '')))"
SOURCE_SQL = (
    "CASE WHEN COALESCE(f.attribution_actor_id, '') <> '' THEN 'actor:' || f.attribution_actor_id"
    f" WHEN {_ATTR} IN ('', 'unattributed') THEN 'outlet:' || COALESCE(a.outlet, '')"
    + "".join(f" WHEN {_ATTR} LIKE '{art} %' THEN 'name:' || substr({_ATTR}, {len(art) + 2})"
              for art in ARTICLES)
    + f" ELSE 'name:' || {_ATTR} END")
OPEN_HIGH = 1e308  # an open upper end, in SQL


def _ranking_sql(where: str, stance: bool, disputed_only: bool, named: bool = False) -> str:
    """Threads with their ranking counts: sources whose claims are incompatible with another
    source's (a pair of sources is incompatible when one's lowest upper end is below the other's
    highest lower end, or one counts the dead as fighters and the other as people: ``named``,
    the store has ``counted_as``), and sources with an asserted claim."""
    asserted = " AND COALESCE(f.stance, 'asserted') = 'asserted'" if stance else ""
    fighters = "ctc.counted_as IS NOT NULL" if named else "0 = 1"
    return (
        f"WITH c AS (SELECT ctc.thread_id, CASE WHEN {fighters} THEN 1 ELSE 0 END AS fighters, "
        + SOURCE_SQL + " AS src,"
        " COALESCE(ctc.interval_low, f.value_low) AS lo,"
        f" CASE WHEN ctc.interval_low IS NULL THEN f.value_high ELSE COALESCE(ctc.interval_high, {OPEN_HIGH})"
        " END AS hi"
        " FROM claim_thread_claims ctc JOIN figures f ON f.id = ctc.figure_id AND f.article_id = ctc.article_id"
        " JOIN articles a ON a.id = ctc.article_id"
        f" WHERE ctc.thread_id IN (SELECT t.id FROM claim_threads t{where}){asserted}),"
        " s AS (SELECT thread_id, src, MIN(hi) AS min_hi, MAX(lo) AS max_lo, MAX(fighters) AS fighters"
        " FROM c GROUP BY thread_id, src),"
        " d AS (SELECT x.thread_id, COUNT(DISTINCT x.src) AS n FROM s x JOIN s y"
        " ON y.thread_id = x.thread_id AND y.src <> x.src AND (x.min_hi < y.max_lo OR y.min_hi < x.max_lo"
        " OR x.fighters <> y.fighters)"
        " GROUP BY x.thread_id),"
        " n AS (SELECT thread_id, COUNT(DISTINCT src) AS n FROM c GROUP BY thread_id)"
        " SELECT t.id, COALESCE(d.n, 0) AS disputing, COALESCE(n.n, 0) AS sources"
        " FROM claim_threads t LEFT JOIN d ON d.thread_id = t.id LEFT JOIN n ON n.thread_id = t.id"
        + (where + (" AND" if where else " WHERE") + " COALESCE(d.n, 0) >= 2" if disputed_only else where)
        + " ORDER BY COALESCE(d.n, 0) DESC, COALESCE(n.n, 0) DESC, t.n_outlets DESC, t.n_claims DESC,"
        " t.last_published DESC, t.id LIMIT ? OFFSET ?")


def _claim_infos(store: Store, ids: Sequence[str]) -> list[ClaimInfo]:
    """The claims of the threads ``ids``, as the dispute and the chart read them."""
    stance = ", f.stance" if "stance" in store.columns("figures") else ""
    stance += ", c.counted_as" if "counted_as" in store.columns("claim_thread_claims") else ""
    sql = ("SELECT c.thread_id, c.figure_id, c.interval_low, c.interval_high, f.value_low,"
           " f.value_high, f.qualifier, f.attribution, f.attribution_actor_id, a.outlet,"
           f" a.published, a.analysed_at{stance}"
           " FROM claim_thread_claims c JOIN figures f ON f.id = c.figure_id AND f.article_id = c.article_id"
           " JOIN articles a ON a.id = c.article_id"
           f" WHERE c.thread_id IN ({','.join('?' * len(ids))})")
    out = []
    for r in store.conn.execute(sql, list(ids)).fetchall():
        row = {k: r[k] for k in r.keys()}
        lo, hi = claim_interval(row["value_low"], row["value_high"], row["qualifier"],
                                row["interval_low"], row["interval_high"])
        out.append(ClaimInfo(
            figure_id=row["figure_id"], thread_id=row["thread_id"],
            source=source_key(row["attribution"], row["attribution_actor_id"], row["outlet"]),
            low=lo, high=hi, stance=stance_of(row),
            stored=None if row["published"] else row["analysed_at"], counted_as=row.get("counted_as")))
    return out


@dataclass(frozen=True)
class RankedThread(Record):
    thread: ClaimThread
    dispute: Dispute
    infos: tuple[ClaimInfo, ...]


def ranked_threads(store: Store, f: ThreadFilters, *, limit: int, offset: int
                   ) -> tuple[list[RankedThread], bool]:
    """One page of threads, most disputed first, and whether there are more.

    The ranking runs in SQL over every thread that passes the filters: sources in a dispute,
    then sources, outlets and claims, then the most recent; the page's threads are then read
    in full and their disputes stated (the same definition, in :func:`dispute`)."""
    require_ledger(store)
    where, params = _where(f)
    sql = _ranking_sql(where, "stance" in store.columns("figures"), f.disputed_only,
                       "counted_as" in store.columns("claim_thread_claims"))
    rows = store.conn.execute(sql, [*params, *params, limit + 1, offset]).fetchall()
    page = [r["id"] for r in rows[:limit]]
    if not page:
        return [], False
    loaded = {t.id: t for t in load_threads(store.conn, store.conn.execute(
        f"SELECT * FROM claim_threads WHERE id IN ({','.join('?' * len(page))})", page).fetchall())}
    infos: dict[str, list[ClaimInfo]] = defaultdict(list)
    for i in _claim_infos(store, page):
        infos[i.thread_id].append(i)
    out = [RankedThread(thread=loaded[i], dispute=dispute(infos.get(i, [])), infos=tuple(infos.get(i, ())))
           for i in page if i in loaded]
    return out, len(rows) > limit


def count_threads(store: Store, f: ThreadFilters) -> int:
    """How many threads pass the filters (the ranking's query, counted)."""
    require_ledger(store)
    where, params = _where(f)
    sql = _ranking_sql(where, "stance" in store.columns("figures"), f.disputed_only,
                       "counted_as" in store.columns("claim_thread_claims"))
    sql = sql.rsplit(" ORDER BY ", 1)[0]
    return int(store.conn.execute(f"SELECT COUNT(*) FROM ({sql}) ranked", [*params, *params]).fetchone()[0])


def measures(store: Store) -> list[str]:
    """The measures that have threads, for the filter."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT measure FROM claim_threads ORDER BY measure").fetchall()]


# -- the view ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ThreadView(Record):
    id: str
    title: str
    badges: tuple[str, ...]
    disputed: bool
    facts: tuple[FieldItem, ...]
    chart: Markup
    table: TableView


def value_text(c: Claim) -> str:
    value = (fmt_number(c.value_low) if c.value_low == c.value_high
             else f"{fmt_number(c.value_low)}–{fmt_number(c.value_high)}")
    if not c.qualifier:
        return value
    return f"{c.qualifier} {value}" if c.value_low == c.value_high else f"{c.qualifier} ({value})"


def mark_kind(c: Claim, info: ClaimInfo | None) -> str:
    """How a claim is drawn: exact, range, at_least, at_most or approx (see ``rangechart``)."""
    lo, hi = (info.low, info.high) if info else (c.value_low, c.value_high)
    if hi == UNBOUNDED:
        return "at_least"
    if lo <= 0 < c.value_low and c.qualifier:
        return "at_most"
    if c.value_high > c.value_low:
        return "range"
    if (lo, hi) != (c.value_low, c.value_high):
        return "approx"
    return "exact"


def when(c: Claim, info: ClaimInfo | None) -> str:
    if c.published:
        return c.published[:10]
    stored = (info.stored or "")[:16].replace("T", " ") if info else ""
    return f"undated (stored {stored})" if stored else "undated"


def incompatible(info: ClaimInfo, infos: Sequence[ClaimInfo]) -> bool:
    """Whether ``info`` is incompatible with an asserted claim of another source."""
    return info.stance == ASSERTED and any(
        o.source != info.source and o.stance == ASSERTED and (o.high < info.low or o.low > info.high)
        for o in infos)


def _tone(c: Claim, info: ClaimInfo | None, d: Dispute, infos: Sequence[ClaimInfo]) -> str:
    """How a claim is coloured: against the value most sources allow when more than half do,
    else against every other source."""
    if info is not None and info.stance != ASSERTED:
        return "denied"
    if info is not None and d.disputed:
        if d.majority and d.consensus is not None:
            if not info.low <= d.consensus <= info.high:
                return "disputed"
        elif incompatible(info, infos):
            return "disputed"
    return "update" if c.role == "update" else "consistent"


def chart_rows(thread: ClaimThread, infos: Sequence[ClaimInfo], d: Dispute) -> list[RangeRow]:
    """The thread's claims as chart rows, grouped by source (sources in order of their lowest
    value), dated rows first and undated ones in their own lane."""
    by_id = {i.figure_id: i for i in infos}
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in thread.claims:
        info = by_id.get(c.figure_id)
        key = info.source if info else source_key(c.attribution, c.attribution_actor_id, c.outlet)
        groups[key].append(c)
    order = sorted(groups, key=lambda k: (min(c.value_low for c in groups[k]), k))
    rows = []
    for key in order:
        for c in sorted(groups[key], key=lambda c: (c.published or "", c.position)):
            info = by_id.get(c.figure_id)
            stance = info.stance if info else stance_of(c)
            text = value_text(c) if stance == ASSERTED else f"{stance}: {value_text(c)}"
            note = " · ".join(x for x in (source_label(c), c.outlet, when(c, info), text,
                                          ROLE_LABEL.get(c.role or "", c.role), c.text) if x)
            rows.append(RangeRow(
                label=source_label(c), sub=" · ".join(x for x in (c.outlet, when(c, info)) if x),
                value_text=text, low=min(c.value_low, c.value_high), high=max(c.value_low, c.value_high),
                kind=mark_kind(c, info), band_low=info.low if info else None,
                band_high=None if info is None or info.high == UNBOUNDED else info.high,
                tone=_tone(c, info, d, infos), lane="dated" if c.published else "undated",
                group=key, note=note))
    return rows


def _dispute_text(thread: ClaimThread, d: Dispute) -> str:
    if not d.disputed:
        return f"none: the {d.sources} source(s) give compatible values"
    if d.named_as:
        return _identity_text(thread) + ("; " + _value_text(thread, d) if d.low_figure else "")
    return _value_text(thread, d)


def _identity_text(thread: ClaimThread) -> str:
    """"who the dead were: army: 31 terrorists; residents: 40 civilians"."""
    told: dict[str, list[str]] = defaultdict(list)
    for c in sorted(thread.claims, key=lambda c: c.counted_as is None):  # the fighters' counters first
        stated = f"{value_text(c)} {c.group or ''}".strip()
        if stated not in told[source_label(c)]:
            told[source_label(c)].append(stated)
    return "who the dead were: " + "; ".join(f"{who}: {', '.join(vals)}" for who, vals in told.items())


def _value_text(thread: ClaimThread, d: Dispute) -> str:
    claims = {c.figure_id: c for c in thread.claims}
    low, high = claims.get(d.low_figure or ""), claims.get(d.high_figure or "")
    if d.majority:
        text = (f"{len(d.dissent)} of {d.sources} sources give figures incompatible with the "
                f"{fmt_number(d.consensus)} that {d.backing} source(s) allow")
    else:
        text = f"{len(d.disputing)} of {d.sources} sources disagree, and no value is allowed by most"
    if low is not None and high is not None:
        def side(c: Claim) -> str:
            return f"{value_text(c)} ({source_label(c)}, {c.outlet or '?'}, {c.published or 'undated'})"

        text += f"; widest gap: {side(low)} against {side(high)}"
    return text


def thread_view(ranked: RankedThread, chart_id: str) -> ThreadView:
    """A claim thread: its dispute, its range chart and every claim with its role."""
    thread, d = ranked.thread, ranked.dispute
    title = " · ".join(x for x in (thread.measure, thread.group, thread.place, thread.time_scope) if x)
    badges = tuple(b for b, on in (("disputed", d.disputed), ("identity disputed", bool(d.named_as)),
                                   ("updated over time", thread.series)) if on)
    undated = sum(1 for c in thread.claims if not c.published)
    facts = (
        FieldItem("Dispute", _dispute_text(thread, d)),
        FieldItem("Claims", f"{thread.n_claims} from {thread.n_outlets} outlet(s), {d.sources} source(s)"
                            + (f"; {undated} from undated articles" if undated else "")),
        FieldItem("Outlets", "", links=tuple(Cell(o, outlet_href(o)) for o in thread.outlets)),
        FieldItem("Groups as written", ", ".join(thread.group_terms)) if thread.group_terms else None,
        FieldItem("Linked event", thread.ledger_event_id,
                  "/ledger/events?id=" + quote(thread.ledger_event_id, safe=""))
        if thread.ledger_event_id else None,
        FieldItem("Why grouped", thread.why) if thread.why else None,
    )
    rows = chart_rows(thread, ranked.infos, d)
    chart = range_chart(chart_id, f"{title}: claims by source", rows, f"{thread.measure} ({thread.group})",
                        reference=d.consensus if d.disputed and d.majority else None,
                        reference_label=f"allowed by {d.backing} source(s)")
    return ThreadView(id=thread.id, title=title, badges=badges, disputed=d.disputed,
                      facts=tuple(f for f in facts if f is not None), chart=chart,
                      table=claims_table(thread, ranked.infos))


def claims_table(thread: ClaimThread, infos: Sequence[ClaimInfo]) -> TableView:
    by_id = {i.figure_id: i for i in infos}
    out = []
    for c in thread.claims:
        info = by_id.get(c.figure_id)
        stance = info.stance if info else stance_of(c)
        role = ROLE_LABEL.get(c.role or "", c.role or "")
        out.append((
            Cell(when(c, info), note=None if c.published else "the article has no publication date"),
            Cell(c.outlet or "", outlet_href(c.outlet)),
            Cell(value_text(c), numeric=True),
            Cell(source_label(c), None if not c.attribution_actor_id else
                 "/actors/" + quote(c.attribution_actor_id, safe="")),
            Cell(stance),
            Cell(role, note=c.role_note or ROLE_TEXT.get(c.role or "")),
            Cell(c.text, article_href(c.article_id, c.figure_id)),
        ))
    return TableView(title="", columns=("Published", "Outlet", "Figure", "Source cited", "Stance",
                                        "Role", "As written"),
                     rows=tuple(out), numeric=(False, False, True, False, False, False, False))
