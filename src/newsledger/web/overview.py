"""The overview (the home page): what is disputed, what most outlets report, how the corpus moved
over time, and the outlets side by side, each item one click from its evidence.

The timeline is drawn on the server as SVG (no script, no inline style: classes only); each bar
links to that day's (or month's) articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from markupsafe import Markup, escape

from .. import ledger
from ..records import Record
from ..storage.store import Store
from .charts import TableView, article_href, fmt_number, outlets_table
from .events import sorted_events
from .threads import RankedThread, ThreadFilters, ranked_threads, source_label, value_text

TOP_ITEMS = 5
TOP_OUTLETS = 8
DAILY_MAX_DAYS = 120  # a longer span is drawn month by month
SVG_W, SVG_H, BAR_AREA_H = 960, 170, 120


@dataclass(frozen=True)
class Link(Record):
    text: str
    href: str | None
    note: str = ""


@dataclass(frozen=True)
class Item(Record):
    """One line of the overview: a title, what it says, and the links to its evidence."""

    title: str
    href: str
    summary: str
    evidence: tuple[Link, ...]
    disputed: bool = False


@dataclass(frozen=True)
class Overview(Record):
    disputed: tuple[Item, ...]
    events: tuple[Item, ...]
    timeline: Markup | None
    outlets: TableView | None
    n_outlets: int


def disputed_items(store: Store, limit: int = TOP_ITEMS) -> list[Item]:
    """The most disputed claim threads (incompatible values from several sources), with a link
    from every value to its sentence."""
    ranked, _ = ranked_threads(store, ThreadFilters(disputed_only=True), limit=limit, offset=0)
    return [_thread_item(r) for r in ranked]


def _thread_item(r: RankedThread) -> Item:
    t, d = r.thread, r.dispute
    title = " · ".join(x for x in (t.measure, t.group, t.place, t.time_scope) if x)
    claims = sorted(t.claims, key=lambda c: (c.value_low, c.value_high))
    low, high = claims[0], claims[-1]
    summary = (f"{d.sources} sources in {t.n_outlets} outlet(s) give {value_text(low)} to "
               f"{value_text(high)}")
    if d.named_as:  # the same dead counted as fighters by one side, as people by others
        summary += f"; who the dead were is disputed ({', '.join(d.named_as)} against people)"
    evidence = tuple(Link(f"{value_text(c)}", article_href(c.article_id, c.figure_id),
                          f"{source_label(c)} · {c.outlet or '?'} · {(c.published or 'undated')[:10]}")
                     for c in claims)
    href = "/ledger?" + urlencode({"measure": t.measure, "disputed": "1"})
    return Item(title=title, href=href, summary=summary, evidence=evidence, disputed=d.disputed)


def event_items(store: Store, limit: int = TOP_ITEMS) -> list[Item]:
    """The events the most outlets report, with a link from every report to its sentence."""
    found = sorted_events(store, sort="outlets", limit=limit, max_mentions=50)
    return [_event_item(e) for e in found]


def _event_item(e: ledger.LedgerEvent) -> Item:
    who = ", ".join(e.source_names[:2]) or "someone"
    whom = ", ".join(e.target_names[:2])
    title = f"{e.plover}: {who}" + (f" → {whom}" if whom else "") + (f" in {e.place}" if e.place else "")
    when = (e.date_start or e.first_published or "")[:10]
    summary = (f"{e.n_outlets} outlet(s), {e.n_articles} article(s), {e.n_mentions} report(s)"
               + (f"; {when}" if when else ""))
    seen: set[str] = set()
    evidence = []
    for m in e.mentions:  # one report per article
        if m.article_id in seen:
            continue
        seen.add(m.article_id)
        evidence.append(Link(m.outlet or "?", article_href(m.article_id, m.event_id), m.text[:160]))
    return Item(title=title, href="/ledger/events?id=" + e.id, summary=summary,
                evidence=tuple(evidence))


def articles_per_day(store: Store) -> list[tuple[str, int]]:
    rows = store.conn.execute(
        "SELECT substr(published, 1, 10) AS day, COUNT(*) AS n FROM articles "
        "WHERE published IS NOT NULL AND published <> '' GROUP BY substr(published, 1, 10) "
        "ORDER BY day").fetchall()
    return [(str(r[0]), int(r[1])) for r in rows if _is_date(str(r[0]))]


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _buckets(days: Sequence[tuple[str, int]]) -> list[tuple[str, str, str, int]]:
    """(label, since, until, count) per day over the whole span, or per month past
    ``DAILY_MAX_DAYS`` days; empty days and months are kept (as zero)."""
    counts = dict(days)
    first, last = date.fromisoformat(days[0][0]), date.fromisoformat(days[-1][0])
    if (last - first).days < DAILY_MAX_DAYS:
        out = []
        d = first
        while d <= last:
            out.append((d.isoformat(), d.isoformat(), d.isoformat(), counts.get(d.isoformat(), 0)))
            d += timedelta(days=1)
        return out
    months: dict[str, int] = {}
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months[f"{y:04d}-{m:02d}"] = 0
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for day, n in days:
        months[day[:7]] += n
    return [(k, f"{k}-01", f"{k}-31", n) for k, n in months.items()]


def timeline_svg(days: Sequence[tuple[str, int]]) -> Markup | None:
    """Articles per day (or month) as bars, each a link to its articles; None with no dates."""
    if not days:
        return None
    buckets = _buckets(days)
    top = max(n for *_, n in buckets) or 1
    x0, x1 = 40, SVG_W - 10
    step = (x1 - x0) / len(buckets)
    width = max(1.0, step - (2 if step > 6 else 0))
    parts = [f'<svg class="timeline" viewBox="0 0 {SVG_W} {SVG_H}" role="img" '
             f'aria-label="Articles per {"day" if len(buckets[0][0]) == 10 else "month"}">',
             f'<line class="axis" x1="{x0}" y1="{BAR_AREA_H + 10}" x2="{x1}" y2="{BAR_AREA_H + 10}"/>',
             f'<text class="tick" x="{x0 - 4}" y="14" text-anchor="end">{top}</text>',
             f'<text class="tick" x="{x0 - 4}" y="{BAR_AREA_H + 10}" text-anchor="end">0</text>']
    for i, (label, since, until, n) in enumerate(buckets):
        h = BAR_AREA_H * n / top
        x = x0 + i * step
        href = "/articles?" + urlencode({"since": since, "until": until})
        tip = f"{label}: {fmt_number(n)} article{'s' if n != 1 else ''}"
        parts.append(f'<a href="{escape(href)}"><rect class="bar" x="{x:.1f}" y="{BAR_AREA_H + 10 - h:.1f}" '
                     f'width="{width:.1f}" height="{max(h, 0.0):.1f}"><title>{escape(tip)}</title></rect></a>')
    ticks = sorted({0, len(buckets) - 1, *range(0, len(buckets), max(1, len(buckets) // 6))})
    for i in ticks:
        x = x0 + i * step + width / 2
        anchor = "start" if i == 0 else "end" if i == len(buckets) - 1 else "middle"
        parts.append(f'<text class="tick" x="{x:.1f}" y="{BAR_AREA_H + 28}" '
                     f'text-anchor="{anchor}">{escape(buckets[i][0])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def overview(store: Store) -> Overview:
    """Everything the home page shows (the ledger must be built)."""
    profiles = ledger.outlet_profiles(store, top=0)
    return Overview(disputed=tuple(disputed_items(store)), events=tuple(event_items(store)),
                    timeline=timeline_svg(articles_per_day(store)),
                    outlets=outlets_table(profiles[:TOP_OUTLETS]) if profiles else None,
                    n_outlets=len(profiles))

