"""Views of ledger results for the pages: plotly figures (as JSON-ready data) and tables.

Ledger results are frozen dataclasses; these functions read their dictionary form, so a field
the ledger adds later shows up in the generic parts of a profile without code changes. Every
string that goes into a chart is HTML-escaped first: plotly renders a few tags in labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import escape

from ..records import Record

MAX_TABLE_ROWS = 100
CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
PALETTE = ("#1f6f8b", "#d1495b", "#edae49", "#00798c", "#66a182", "#8e6c8a", "#2e4057",
           "#c1666b", "#4d9078", "#b4a0e5")


def fmt_number(x: Any) -> str:
    """1200.0 -> '1,200'; 2.5 -> '2.5'; anything else as text."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return "" if x is None else str(x)
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _plain(value: Any) -> str:
    """A value for a chart label: escaped, since plotly reads a little HTML in strings."""
    return str(escape("" if value is None else str(value)))


@dataclass(frozen=True)
class ChartView(Record):
    id: str
    title: str
    figure: dict[str, Any]  # plotly {"data": [...], "layout": {...}}


@dataclass(frozen=True)
class TableView(Record):
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    links: tuple[tuple[str | None, ...], ...] = ()  # per cell: a URL or None


@dataclass(frozen=True)
class FieldItem(Record):
    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True)
class ProfileView(Record):
    title: str
    fields: tuple[FieldItem, ...]
    charts: tuple[ChartView, ...]
    tables: tuple[TableView, ...]


def _layout(title: str, x_title: str, y_title: str, *, height: int = 320, **extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "title": {"text": _plain(title), "font": {"size": 15}, "x": 0, "xanchor": "left"},
        "font": {"family": CHART_FONT, "size": 12, "color": "#222"},
        "height": height,
        "margin": {"l": 60, "r": 20, "t": 50, "b": 60},
        "xaxis": {"title": {"text": _plain(x_title)}, "automargin": True},
        "yaxis": {"title": {"text": _plain(y_title)}, "automargin": True, "rangemode": "tozero"},
        "legend": {"orientation": "h", "y": -0.25},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#fafafa",
        "colorway": list(PALETTE),
    }
    layout.update(extra)
    return layout


def bar_chart(chart_id: str, title: str, counts: Mapping[str, Any], x_title: str = "",
              y_title: str = "count", limit: int = 25) -> ChartView:
    items = sorted(((str(k), float(v)) for k, v in counts.items() if _is_number(v)),
                   key=lambda kv: -kv[1])[:limit]
    data = [{"type": "bar", "x": [_plain(k) for k, _ in items], "y": [v for _, v in items],
             "marker": {"color": PALETTE[0]}, "hovertemplate": "%{x}: %{y:,}<extra></extra>"}]
    return ChartView(id=chart_id, title=title, figure={"data": data,
                                                       "layout": _layout(title, x_title, y_title)})


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


# -- claim threads --------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimRowView(Record):
    published: str
    outlet: str
    value: str
    difference: str  # from the thread's lowest figure
    qualifier: str
    attribution: str
    text: str
    article_href: str | None


@dataclass(frozen=True)
class ThreadView(Record):
    id: str
    title: str
    chart: ChartView
    claims: tuple[ClaimRowView, ...]
    facts: tuple[FieldItem, ...]


def _value_text(low: float | None, high: float | None) -> str:
    if low is None:
        return ""
    if high is None or high == low:
        return fmt_number(low)
    return f"{fmt_number(low)}–{fmt_number(high)}"


def _article_href(article_id: Any, record_id: Any = None) -> str | None:
    from urllib.parse import quote

    if not article_id:
        return None
    url = "/articles/" + quote(str(article_id), safe="")
    return url + ("#rec-" + quote(str(record_id), safe="") if record_id else "")


def _facts(d: Mapping[str, Any], skip: Iterable[str]) -> tuple[FieldItem, ...]:
    """Scalar and short-list fields of a result as label/value pairs (the generic part)."""
    out = []
    skipped = set(skip)
    for k, v in d.items():
        if k in skipped or v is None or v == "" or v == [] or v == {}:
            continue
        if isinstance(v, dict):
            inner = ", ".join(f"{_label(str(ik))}: {fmt_number(iv) if _is_number(iv) else iv}"
                              for ik, iv in v.items() if not isinstance(iv, dict | list))
            if inner:
                out.append(FieldItem(_label(k), inner))
        elif isinstance(v, list):
            if all(not isinstance(x, dict | list) for x in v):
                out.append(FieldItem(_label(k), ", ".join(map(str, v[:30]))))
        else:
            out.append(FieldItem(_label(k), fmt_number(v) if _is_number(v) else str(v)))
    return tuple(out)


def thread_view(thread: Record, chart_id: str) -> ThreadView:
    """A claim thread: a chart of each outlet's figure over time and the discrepancy table."""
    d = thread.to_dict()
    claims = [c for c in d.get("claims") or [] if isinstance(c, dict)]
    claims.sort(key=lambda c: (str(c.get("published") or ""), str(c.get("outlet") or "")))
    lows = [c.get("value_low") for c in claims if _is_number(c.get("value_low"))]
    lowest = min(lows) if lows else None
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        by_outlet.setdefault(str(c.get("outlet") or "unknown outlet"), []).append(c)
    data = []
    for outlet, items in sorted(by_outlet.items()):
        xs, ys, plus, texts = [], [], [], []
        for c in items:
            low, high = c.get("value_low"), c.get("value_high")
            if not _is_number(low):
                continue
            high = high if _is_number(high) else low
            xs.append(str(c.get("published") or "")[:19] or None)
            ys.append(low)
            plus.append(max(0.0, float(high) - float(low)))
            texts.append(_plain(" ".join(str(x) for x in (c.get("qualifier"), _value_text(low, high),
                                                           "—", c.get("attribution")) if x)))
        data.append({"type": "scatter", "mode": "lines+markers", "name": _plain(outlet), "x": xs,
                     "y": ys, "text": texts, "marker": {"size": 9},
                     "error_y": {"type": "data", "symmetric": False, "array": plus,
                                 "arrayminus": [0] * len(plus), "visible": any(plus)},
                     "hovertemplate": "%{x}<br>%{text}<extra>%{fullData.name}</extra>"})
    title = " · ".join(str(x) for x in (d.get("measure"), d.get("group"), d.get("place")) if x) \
        or str(d.get("id", "claim thread"))
    layout = _layout(title, "published", str(d.get("measure") or "value"))
    layout["xaxis"]["type"] = "date"
    rows = tuple(
        ClaimRowView(
            published=str(c.get("published") or "")[:10],
            outlet=str(c.get("outlet") or ""),
            value=_value_text(c.get("value_low"), c.get("value_high")),
            difference=("+" + fmt_number(c["value_low"] - lowest)
                        if lowest is not None and _is_number(c.get("value_low"))
                        and c["value_low"] != lowest else ""),
            qualifier=str(c.get("qualifier") or ""),
            attribution=str(c.get("attribution") or ""),
            text=str(c.get("text") or ""),
            article_href=_article_href(c.get("article_id"), c.get("figure_id")),
        )
        for c in claims
    )
    facts = _facts(d, skip=("id", "claims", "measure", "group", "place"))
    return ThreadView(id=str(d.get("id", "")), title=title,
                      chart=ChartView(id=chart_id, title=title, figure={"data": data, "layout": layout}),
                      claims=rows, facts=facts)


# -- ledger events ----------------------------------------------------------------------------
@dataclass(frozen=True)
class MentionRowView(Record):
    published: str
    outlet: str
    claimed_by: str
    modality: str
    predicate: str
    article_href: str | None


@dataclass(frozen=True)
class LedgerEventView(Record):
    id: str
    title: str
    facts: tuple[FieldItem, ...]
    mentions: tuple[MentionRowView, ...]


def ledger_event_view(event: Record) -> LedgerEventView:
    d = event.to_dict()
    mentions = [m for m in d.get("mentions") or [] if isinstance(m, dict)]
    mentions.sort(key=lambda m: str(m.get("published") or ""))
    rows = tuple(
        MentionRowView(
            published=str(m.get("published") or "")[:10], outlet=str(m.get("outlet") or ""),
            claimed_by=str(m.get("claimed_by") or ""), modality=str(m.get("modality") or ""),
            predicate=str(m.get("predicate") or m.get("text") or ""),
            article_href=_article_href(m.get("article_id"), m.get("event_id")),
        )
        for m in mentions[:MAX_TABLE_ROWS]
    )
    title = " · ".join(str(x) for x in (d.get("plover"), d.get("place")) if x) or str(d.get("id", ""))
    return LedgerEventView(id=str(d.get("id", "")), title=title,
                           facts=_facts(d, skip=("id", "mentions", "plover")), mentions=rows)


# -- profiles ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutletRowView(Record):
    name: str
    facts: tuple[FieldItem, ...]


def outlet_row(profile: Record) -> OutletRowView:
    d = profile.to_dict()
    name = str(d.get("outlet") or d.get("name") or "")
    facts = tuple(f for f in _facts(d, skip=("outlet", "name")) if len(f.value) < 80)[:6]
    return OutletRowView(name=name, facts=facts)


def _table_from(title: str, items: list[Any]) -> TableView | None:
    dicts = [x for x in items if isinstance(x, dict)]
    if not dicts:
        return None
    columns = list(dict.fromkeys(k for x in dicts[:MAX_TABLE_ROWS] for k in x
                                 if not isinstance(x[k], dict | list)))
    rows = tuple(tuple(fmt_number(x.get(c)) if _is_number(x.get(c)) else str(x.get(c) or "")
                       for c in columns) for x in dicts[:MAX_TABLE_ROWS])
    links = tuple(tuple(_article_href(x.get("article_id"), x.get("id") if x.get("id") != x.get("article_id") else None)
                        if c == "article_id" else None for c in columns) for x in dicts[:MAX_TABLE_ROWS])
    return TableView(title=title, columns=tuple(_label(c) for c in columns), rows=rows, links=links)


def profile_view(profile: Record, title_key: str) -> ProfileView:
    """A profile: scalar facts, a bar chart per mapping of counts, a table per list of records."""
    d = profile.to_dict()
    title = str(d.get(title_key) or d.get("name") or d.get("id") or "")
    charts, tables = [], []
    for key, value in d.items():
        if isinstance(value, dict) and value and all(_is_number(v) for v in value.values()):
            charts.append(bar_chart(f"chart-{len(charts)}", _label(key), value))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            table = _table_from(_label(key), value)
            if table is not None:
                tables.append(table)
    numeric_maps = {k for k, v in d.items()
                    if isinstance(v, dict) and v and all(_is_number(x) for x in v.values())}
    facts = _facts(d, skip={title_key, *numeric_maps})
    return ProfileView(title=title, fields=facts, charts=tuple(charts), tables=tuple(tables))


def actor_profile_view(profile: Record) -> ProfileView:
    return profile_view(profile, "name")


def outlet_profile_view(profile: Record) -> ProfileView:
    return profile_view(profile, "outlet")


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
            out.append(EndpointView(method=method.upper(), path=path,
                                    summary=(op.get("description") or op.get("summary") or "").split("\n")[0],
                                    parameters=params))
    return out
