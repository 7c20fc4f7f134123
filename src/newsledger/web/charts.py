"""Views of ledger results for the pages: plotly figures (as JSON-ready data) and tables.

The ledger (``newsledger.ledger``) returns frozen dataclasses; these functions turn them into
what the templates show. Every string that goes into a chart is HTML-escaped first, because
plotly reads a few tags in labels; the templates escape everything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import escape

from ..records import Record

if TYPE_CHECKING:
    from ..ledger import ActorProfile, LedgerEvent, OutletProfile

CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
PALETTE = ("#1f6f8b", "#d1495b", "#edae49", "#00798c", "#66a182", "#8e6c8a", "#2e4057",
           "#c1666b", "#4d9078", "#b4a0e5")


ASSERTED = "asserted"


def stance_of(record: Any) -> str:
    """The stance of a quote, figure, event or claim (a mapping or an object): asserted,
    denied, negated, uncertain ...; "asserted" when the record has none (records and stores
    from before stances existed)."""
    value = record.get("stance") if isinstance(record, Mapping) else getattr(record, "stance", None)
    return str(value).strip().lower() if value else ASSERTED


def fmt_number(x: Any) -> str:
    """1200.0 -> '1,200'; 2.5 -> '2.5'; anything else as text."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return "" if x is None else str(x)
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def fmt_share(x: float) -> str:
    return f"{x:.0%}"


def _plain(value: Any) -> str:
    """Text for a chart label: escaped, since plotly reads a little HTML in strings."""
    return str(escape("" if value is None else str(value)))


def _value_text(low: float, high: float) -> str:
    return fmt_number(low) if high == low else f"{fmt_number(low)}–{fmt_number(high)}"


def article_href(article_id: str | None, record_id: str | None = None) -> str | None:
    """The reader's URL for an article, opening one of its records (``#rec-<id>``) if given."""
    if not article_id:
        return None
    url = "/articles/" + quote(article_id, safe="")
    return url + ("#rec-" + quote(record_id, safe="") if record_id else "")


# what ``quote(x, safe="")`` leaves as it is: an id made only of these needs no encoding
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]+")


def actor_href(actor_id: str | None) -> str | None:
    """The profile page of an actor (every path segment is percent-encoded)."""
    if not actor_id:
        return None
    return "/actors/" + (actor_id if _URL_SAFE.fullmatch(actor_id) else quote(actor_id, safe=""))


def outlet_href(outlet: str | None) -> str | None:
    return "/outlets/" + quote(outlet, safe="") if outlet else None


# -- generic view records -------------------------------------------------------------------
@dataclass(frozen=True)
class Cell(Record):
    text: str
    href: str | None = None
    note: str | None = None  # shown as a tooltip (title attribute)
    numeric: bool = False
    badge: str | None = None  # shown as a badge (e.g. a stance other than "asserted")


@dataclass(frozen=True)
class TableView(Record):
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[bool, ...] = ()


@dataclass(frozen=True)
class FieldItem(Record):
    label: str
    value: str
    href: str | None = None
    links: tuple[Cell, ...] = ()  # several linked values (actors, outlets)


@dataclass(frozen=True)
class ChartView(Record):
    id: str
    title: str
    figure: dict[str, Any]  # plotly {"data": [...], "layout": {...}}


@dataclass(frozen=True)
class ProfileView(Record):
    kind: str
    title: str
    subtitle: str
    fields: tuple[FieldItem, ...]
    charts: tuple[ChartView, ...]
    tables: tuple[TableView, ...]


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Cell]],
           numeric: Sequence[bool] = ()) -> TableView:
    return TableView(title=title, columns=tuple(columns), rows=tuple(tuple(r) for r in rows),
                     numeric=tuple(numeric) or (False,) * len(columns))


def _stance_cell(record: Any) -> Cell:
    """A record's stance: a badge when it is not a plain assertion (a denial reads as one)."""
    stance = stance_of(record)
    return Cell(stance, badge=None if stance == ASSERTED else stance)


def _links(names: Sequence[str], ids: Sequence[str]) -> tuple[Cell, ...]:
    return tuple(Cell(text=n, href=actor_href(i)) for n, i in zip(names, ids, strict=False))


def _outlet_links(outlets: Sequence[str]) -> tuple[Cell, ...]:
    return tuple(Cell(text=o, href=outlet_href(o)) for o in outlets)


# -- charts -------------------------------------------------------------------------------------
def _layout(title: str, x_title: str, y_title: str, *, height: int = 320) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "font": {"family": CHART_FONT, "size": 12, "color": "#222"},
        "height": height,
        "margin": {"l": 60, "r": 20, "t": 50 if title else 24, "b": 60},
        "xaxis": {"title": {"text": _plain(x_title)}, "automargin": True},
        "yaxis": {"title": {"text": _plain(y_title)}, "automargin": True, "rangemode": "tozero"},
        "legend": {"orientation": "h", "y": -0.3},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#fafafa",
        "colorway": list(PALETTE),
    }
    if title:
        layout["title"] = {"text": _plain(title), "font": {"size": 15}, "x": 0, "xanchor": "left"}
    return layout


# a bar chart turns on its side (categories down the left, one row each) when its labels would
# not fit under vertical bars: more categories than this, or a label longer than LONG_LABEL
UPRIGHT_MAX, LONG_LABEL, LABEL_CHARS, ROW_PX, MAX_ROWS = 8, 14, 36, 22, 25


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(chart_id: str, title: str, categories: Sequence[str],
              series: Mapping[str, Sequence[float]], y_title: str = "count",
              stacked: bool = False, legend: bool | None = None) -> ChartView:
    """Bars per category, one trace per series (grouped, or stacked). Many or long categories
    are drawn as horizontal bars, the largest :data:`MAX_ROWS` first, one row each, their labels
    shortened (the full name in the hover text), so that no label is clipped or overlaps."""
    columns = list(zip(*series.values(), strict=True)) if series else []
    totals = [sum(col) if stacked else max(col) for col in columns]
    top = max(totals, default=0)
    sideways = len(categories) > UPRIGHT_MAX or any(len(c) > LONG_LABEL for c in categories)
    if not sideways:
        data = [{"type": "bar", "name": _plain(name), "x": [_plain(c) for c in categories],
                 "y": list(values), "marker": {"color": PALETTE[i % len(PALETTE)]},
                 "hovertemplate": "%{x}: %{y:,}<extra>%{fullData.name}</extra>"}
                for i, (name, values) in enumerate(series.items())]
        layout = _layout(title, "", y_title)
        value_axis = layout["yaxis"]
    else:
        keep = sorted(range(len(categories)), key=lambda i: -totals[i])[:MAX_ROWS] if totals else []
        shown = f"{title} (the {len(keep)} largest of {len(categories)})" if len(keep) < len(categories) else title
        data = [{"type": "bar", "orientation": "h", "name": _plain(name),
                 "y": [_plain(_short(categories[i])) for i in keep], "x": [values[i] for i in keep],
                 "customdata": [_plain(categories[i]) for i in keep],
                 "marker": {"color": PALETTE[k % len(PALETTE)]},
                 "hovertemplate": "%{customdata}: %{x:,}<extra>%{fullData.name}</extra>"}
                for k, (name, values) in enumerate(series.items())]
        legend_px = 24 * -(-len(series) // 3)  # the legend's rows, three entries to a row
        layout = _layout(shown, y_title, "",
                         height=max(320, ROW_PX * len(keep) * (1 if stacked else len(series)) + 140 + legend_px))
        layout["yaxis"] = {"automargin": True, "autorange": "reversed", "type": "category"}
        layout["xaxis"]["rangemode"] = "tozero"
        # the legend at the foot of the figure, under the value axis's title, in rows of its own
        layout["legend"] = {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0}
        layout["margin"]["b"] = 70 + legend_px
        value_axis = layout["xaxis"]
        title = shown
    layout["barmode"] = "stack" if stacked else "group"
    layout["showlegend"] = len(series) > 1 if legend is None else legend
    if top <= 10:
        value_axis["dtick"] = 1  # whole numbers only for small counts
    value_axis["tickformat"] = ",d"
    return ChartView(id=chart_id, title=title, figure={"data": data, "layout": layout})


# -- outlets ----------------------------------------------------------------------------------------
def outlets_table(profiles: Sequence[OutletProfile]) -> TableView:
    rows = [(Cell(p.outlet, outlet_href(p.outlet)), Cell(fmt_number(p.articles), numeric=True),
             Cell(f"{(p.first_published or '')[:10]} – {(p.last_published or '')[:10]}"),
             Cell(fmt_number(p.events), numeric=True),
             Cell(fmt_share(p.events_unattributed_share), numeric=True,
                  note="events told in the outlet's own voice"),
             Cell(fmt_number(p.figures), numeric=True),
             Cell(fmt_share(p.figures_unattributed_share), numeric=True,
                  note="figures given without a source"),
             Cell(fmt_number(p.quotes), numeric=True), Cell(fmt_number(p.framing_marks), numeric=True),
             Cell(f"{p.shared_ledger_events} / {p.ledger_events}", numeric=True,
                  note="ledger events also reported by another outlet / all it reported"))
            for p in profiles]
    return _table("", ("Outlet", "Articles", "Published", "Events", "Own voice", "Figures",
                       "Unsourced", "Quotes", "Framing", "Shared events"), rows,
                  (False, True, False, True, True, True, True, True, True, True))


def outlet_profile_view(p: OutletProfile) -> ProfileView:
    fields = (
        FieldItem("Articles", fmt_number(p.articles)),
        FieldItem("Published", f"{(p.first_published or '?')[:10]} to {(p.last_published or '?')[:10]}"),
        FieldItem("Events", f"{fmt_number(p.events)}, {fmt_share(p.events_unattributed_share)} "
                            "in the outlet's own voice"),
        FieldItem("Figures", f"{fmt_number(p.figures)}, {fmt_share(p.figures_unattributed_share)} "
                             "without a source"),
        FieldItem("Quotes", fmt_number(p.quotes)),
        FieldItem("Framing marks", fmt_number(p.framing_marks)),
        FieldItem("Ledger events", f"{p.ledger_events}, of which {p.shared_ledger_events} "
                                   "also reported by another outlet"),
    )
    charts = []
    if p.framing_by_kind:
        kinds = [k.kind for k in p.framing_by_kind]
        charts.append(bar_chart("chart-framing", "Framing marks by kind", kinds,
                                {"outlet's voice": [k.outlet_voice for k in p.framing_by_kind],
                                 "in quotes": [k.quoted for k in p.framing_by_kind]}, stacked=True))
    if p.quoted:
        names = [s.name for s in p.quoted]
        charts.append(bar_chart("chart-sources", "Who it quotes and cites", names,
                                {"quotes": [s.quotes for s in p.quoted],
                                 "figures cited": [s.figures_cited for s in p.quoted]},
                                stacked=True))
    if p.actors:
        names = [a.name for a in p.actors]
        charts.append(bar_chart("chart-actors", "Actors in its events", names,
                                {"as source": [a.as_source for a in p.actors],
                                 "as target": [a.as_target for a in p.actors]}))
    tables = []
    if p.framing_by_referent:
        tables.append(_table("Framing marks and whom they refer to",
                             ("Kind", "Words", "Voice", "Refers to", "Times"),
                             [(Cell(f.kind), Cell(f.text), Cell(f.voice),
                               Cell(f.referent_name or f.referent_id or "", actor_href(f.referent_id)),
                               Cell(fmt_number(f.n), numeric=True)) for f in p.framing_by_referent],
                             (False, False, False, False, True)))
    if p.quoted:
        tables.append(_table("Sources quoted and cited", ("Source", "Quotes", "Figures cited"),
                             [(Cell(s.name, actor_href(s.actor_id)), Cell(fmt_number(s.quotes), numeric=True),
                               Cell(fmt_number(s.figures_cited), numeric=True)) for s in p.quoted],
                             (False, True, True)))
    return ProfileView(kind="Outlet", title=p.outlet, subtitle="", fields=fields,
                       charts=tuple(charts), tables=tuple(tables))


# -- actors -------------------------------------------------------------------------------------
def _event_rows(events: Sequence[LedgerEvent], other: str) -> list[tuple[Cell, ...]]:
    rows = []
    for e in events:
        names, ids = ((e.target_names, e.target_actor_ids) if other == "target"
                      else (e.source_names, e.source_actor_ids))
        first = e.mentions[0] if e.mentions else None
        rows.append((Cell(e.date_start or ""), Cell(e.plover),
                     Cell(", ".join(names), actor_href(ids[0]) if len(ids) == 1 else None),
                     Cell(e.place or ""), Cell(", ".join(e.outlets)),
                     Cell(first.predicate.text if first else "",
                          article_href(first.article_id, first.event_id) if first else None,
                          note=first.text if first else None)))
    return rows


def actor_profile_view(p: ActorProfile) -> ProfileView:
    a = p.actor
    subtitle = ", ".join(x for x in (a.type, a.code, a.source) if x)
    fields = (
        FieldItem("Mentions", fmt_number(p.mentions)),
        FieldItem("Quoted", fmt_number(p.n_said)),
        FieldItem("Did (events as source)", f"{p.n_did} reports, {p.n_ledger_did} ledger events"),
        FieldItem("Suffered (events as target)", f"{p.n_suffered} reports, "
                                                 f"{p.n_ledger_suffered} ledger events"),
        FieldItem("Cited for figures", fmt_number(p.n_claimed)),
        FieldItem("Denied (quotes and events)", fmt_number(p.n_denied)),
        FieldItem("Members", ", ".join(a.members)) if a.members else None,
        FieldItem("Actor id", a.id),
    )
    charts = [bar_chart("chart-roles", "In the news as", ["quoted", "did", "suffered", "cited for figures"],
                        {"reports": [p.n_said, p.n_did, p.n_suffered, p.n_claimed]})]
    if p.names:
        outlets = sorted({n.outlet or "(no outlet)" for n in p.names})
        texts = list(dict.fromkeys(n.text for n in p.names))
        series = {o: [sum(n.n for n in p.names if n.text == t and (n.outlet or "(no outlet)") == o)
                      for t in texts] for o in outlets}
        charts.append(bar_chart("chart-names", "Names outlets use", texts, series, stacked=True,
                                legend=True))
    tables = []
    if p.labels:
        tables.append(_table("Labels and framing", ("Kind", "Words", "Voice", "Outlet", "Times"),
                             [(Cell(f.kind), Cell(f.text), Cell(f.voice),
                               Cell(f.outlet or "", outlet_href(f.outlet)),
                               Cell(fmt_number(f.n), numeric=True)) for f in p.labels],
                             (False, False, False, False, True)))
    if p.said:
        tables.append(_table("What it said (latest)", ("Published", "Outlet", "Kind", "Stance", "Words"),
                             [(Cell((q.published or "")[:10]), Cell(q.outlet or "", outlet_href(q.outlet)),
                               Cell(q.kind), _stance_cell(q),
                               Cell(q.content, article_href(q.article_id, q.quote_id)))
                              for q in p.said]))
    if p.did:
        tables.append(_table("What it did (latest ledger events)",
                             ("Date", "Type", "Target", "Place", "Outlets", "Reported as"),
                             _event_rows(p.did, "target")))
    if p.suffered:
        tables.append(_table("What it suffered (latest ledger events)",
                             ("Date", "Type", "Source", "Place", "Outlets", "Reported as"),
                             _event_rows(p.suffered, "source")))
    if p.claimed:
        tables.append(_table("Figures it is cited for (latest)",
                             ("Published", "Outlet", "Figure", "Measure", "Stance", "As written"),
                             [(Cell((c.published or "")[:10]), Cell(c.outlet or "", outlet_href(c.outlet)),
                               Cell(_value_text(c.value_low, c.value_high), numeric=True),
                               Cell(c.measure or ""), _stance_cell(c),
                               Cell(c.text, article_href(c.article_id, c.figure_id)))
                              for c in p.claimed], (False, False, True, False, False, False)))
    return ProfileView(kind="Actor", title=a.name, subtitle=subtitle,
                       fields=tuple(f for f in fields if f is not None), charts=tuple(charts),
                       tables=tuple(tables))


# -- API listing page ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EndpointView(Record):
    method: str
    path: str
    summary: str
    parameters: str


def endpoints(openapi: Mapping[str, Any]) -> list[EndpointView]:
    out = []
    for path, ops in (openapi.get("paths") or {}).items():
        for method, op in ops.items():
            params = ", ".join(p.get("name", "") for p in op.get("parameters", []))
            if "requestBody" in op:
                params = (params + ", " if params else "") + "JSON body"
            text = op.get("description") or op.get("summary") or ""
            summary = " ".join(text.split("\n\n")[0].split())  # the first paragraph, whole
            out.append(EndpointView(method=method.upper(), path=path, summary=summary,
                                    parameters=params))
    return out
