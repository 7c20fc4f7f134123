"""Range charts drawn on the server as inline SVG: one row per claim, the value on a shared axis.

A claim thread's chart puts every claim on one horizontal value axis, one row each, grouped by
the source that stated it (the label) with the outlet and date under it. A qualifier is drawn
as what it says: an exact value as a dot, "100 to 300" as a bar with both ends capped, "at
least 500" as a bar from 500 running off the right edge with an arrow (an open end), "up to
300" as a bar from the left edge to 300, "about 471" as a light band (the interval the
qualifier allows) around the dot. Rows whose article has no publication date go in their own
"undated" lane at the bottom, labelled with the time they were stored.

The axis covers the values of this chart only. When they span more than ``LOG_RATIO`` (10 to
50 next to 500), the axis is logarithmic so that every value stays readable; otherwise it is
linear and starts at zero only when zero is close to the data. No script and no inline style:
the page's stylesheet colours the marks through their classes (``tone-*``, ``kind-*``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..records import Record

LOG_RATIO = 20.0  # largest / smallest positive value at which the axis turns logarithmic
WIDTH = 960
LABEL_W = 300  # the source and outlet column
VALUE_W = 150  # the value as written, right of the plot
PLOT_X0 = LABEL_W + 10
PLOT_X1 = WIDTH - VALUE_W - 10
ROW_H = 32
AXIS_H = 26  # tick labels above and below the rows
LANE_H = 24  # a lane's heading
LABEL_CHARS = 44
KINDS = ("exact", "range", "at_least", "at_most", "approx")


@dataclass(frozen=True)
class RangeRow(Record):
    """One claim as drawn. ``low``/``high``: the value (or range) as stated; ``band_low`` /
    ``band_high``: the interval its qualifier allows (None: open on that side)."""

    label: str  # the source (shown on the first row of its group)
    sub: str  # outlet and date (or ingest time)
    value_text: str  # the value as written, with its qualifier
    low: float
    high: float
    kind: str  # one of KINDS
    band_low: float | None = None
    band_high: float | None = None
    tone: str = "consistent"  # consistent, update, disputed, denied
    lane: str = "dated"  # dated or undated
    group: str = ""  # rows of one group share a label
    note: str = ""  # the tooltip


@dataclass(frozen=True)
class Axis(Record):
    scale: str  # "linear" or "log"
    low: float
    high: float
    ticks: tuple[float, ...]

    def x(self, value: float) -> float:
        """The x coordinate of ``value`` (clamped to the plot)."""
        if self.scale == "log":
            v = max(value, self.low)
            frac = (math.log10(v) - math.log10(self.low)) / (math.log10(self.high) - math.log10(self.low))
        else:
            frac = (value - self.low) / (self.high - self.low)
        frac = min(1.0, max(0.0, frac))
        return round(PLOT_X0 + frac * (PLOT_X1 - PLOT_X0), 1)


def _nice_step(span: float, target: int = 6) -> float:
    raw = span / max(1, target)
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return float(m * mag)
    return float(10 * mag)


def _nice_log_floor(v: float) -> float:
    mag = 10 ** math.floor(math.log10(v))
    return float(max(m * mag for m in (1, 2, 5) if m * mag <= v * (1 + 1e-9)))


def _nice_log_ceil(v: float) -> float:
    mag = 10 ** math.floor(math.log10(v))
    return float(min(m * mag for m in (1, 2, 5, 10) if m * mag >= v * (1 - 1e-9)))


def _log_ticks(low: float, high: float) -> tuple[float, ...]:
    ticks = []
    k = math.floor(math.log10(low))
    while 10 ** k <= high * (1 + 1e-9):
        for m in (1, 2, 5):
            t = m * 10 ** k
            if low * (1 - 1e-9) <= t <= high * (1 + 1e-9):
                ticks.append(float(t))
        k += 1
    if len(ticks) > 9:  # many decades: powers of ten only
        ticks = [t for t in ticks if math.isclose(10 ** round(math.log10(t)), t)]
    return tuple(ticks)


def axis_for(values: Sequence[float]) -> Axis:
    """The axis for ``values``: the values of one chart, nothing else."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    positive = [v for v in finite if v > 0]
    if not positive:
        return Axis(scale="linear", low=0.0, high=1.0, ticks=(0.0, 1.0))
    lo, hi = min(positive), max(positive)
    if hi / lo >= LOG_RATIO:
        low, high = _nice_log_floor(lo / 1.15), _nice_log_ceil(hi * 1.15)
        return Axis(scale="log", low=low, high=high, ticks=_log_ticks(low, high))
    if min(finite) <= 0:
        lo = 0.0
    span = hi - lo
    pad = span * 0.08 if span > 0 else max(1.0, hi * 0.1)
    start = 0.0 if lo <= 0.35 * hi or lo - pad <= 0 else lo - pad
    step = _nice_step(hi + pad - start)
    low = math.floor(start / step) * step
    high = math.ceil((hi + pad) / step) * step
    n = round((high - low) / step)
    return Axis(scale="linear", low=low, high=high, ticks=tuple(low + i * step for i in range(n + 1)))


def fmt_tick(x: float) -> str:
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _short(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def chart_values(rows: Sequence[RangeRow]) -> list[float]:
    """What the axis must show: the stated values and the finite ends of their bands."""
    out: list[float] = []
    for r in rows:
        out += [r.low, r.high]
        if r.kind == "approx":
            out += [b for b in (r.band_low, r.band_high) if b is not None and b > 0]
    return out


def _mark(r: RangeRow, axis: Axis, y: float) -> str:
    """One claim's mark, centred on ``y``."""
    xl, xh = axis.x(r.low), axis.x(r.high)
    parts = []
    if r.kind == "approx" and r.band_low is not None and r.band_high is not None:
        b0, b1 = axis.x(r.band_low), axis.x(r.band_high)
        parts.append(f'<rect class="band" x="{b0}" y="{y - 6}" width="{max(2.0, b1 - b0)}" '
                     f'height="12" rx="3"/>')
    if r.kind == "at_least":
        end = PLOT_X1
        parts.append(f'<line class="bar open" x1="{xl}" y1="{y}" x2="{end - 6}" y2="{y}"/>')
        parts.append(f'<path class="arrow" d="M{end - 8},{y - 5} L{end},{y} L{end - 8},{y + 5} Z"/>')
    elif r.kind == "at_most":
        end = PLOT_X0
        parts.append(f'<line class="bar open" x1="{end + 6}" y1="{y}" x2="{xh}" y2="{y}"/>')
        parts.append(f'<path class="arrow" d="M{end + 8},{y - 5} L{end},{y} L{end + 8},{y + 5} Z"/>')
    if r.kind == "range":
        parts.append(f'<line class="bar" x1="{xl}" y1="{y}" x2="{xh}" y2="{y}"/>')
        for x in (xl, xh):
            parts.append(f'<line class="cap" x1="{x}" y1="{y - 6}" x2="{x}" y2="{y + 6}"/>')
    else:
        x = xh if r.kind == "at_most" else xl
        parts.append(f'<circle class="dot" cx="{x}" cy="{y}" r="5"/>')
    note = escape(r.note or f"{r.label}: {r.value_text}")
    open_end = {"at_least": "high", "at_most": "low"}.get(r.kind, "")
    return (f'<g class="mark kind-{r.kind} tone-{r.tone}" data-kind="{r.kind}" data-low="{r.low:g}" '
            f'data-high="{r.high:g}" data-open="{open_end}" data-lane="{r.lane}">'
            f"<title>{note}</title>{''.join(parts)}</g>")


def _axis_labels(axis: Axis, y: float, top: bool) -> list[str]:
    cls = "tick top" if top else "tick"
    return [f'<text class="{cls}" x="{axis.x(t)}" y="{y}" text-anchor="middle">{fmt_tick(t)}</text>'
            for t in axis.ticks]


def _row(r: RangeRow, axis: Axis, y: float, first_of_group: bool) -> list[str]:
    out = []
    if first_of_group:
        out.append(f'<line class="group-rule" x1="0" y1="{y}" x2="{WIDTH}" y2="{y}"/>')
    mid = y + ROW_H / 2
    if first_of_group:
        out.append(f'<text class="source" x="0" y="{y + 13}">{escape(_short(r.label))}</text>')
    out.append(f'<text class="sub" x="{12 if not first_of_group else 0}" y="{y + 27}">'
               f"{escape(_short(r.sub, LABEL_CHARS + 4))}</text>")
    out.append(_mark(r, axis, mid))
    out.append(f'<text class="value tone-{r.tone}" x="{PLOT_X1 + 12}" y="{mid + 4}">'
               f"{escape(_short(r.value_text, 24))}</text>")
    return out


def range_chart(chart_id: str, title: str, rows: Sequence[RangeRow], axis_title: str, *,
                reference: float | None = None, reference_label: str = "") -> Markup:
    """The SVG of ``rows`` on an axis fitted to them (dated lane first, then undated), with a
    dashed line at ``reference`` (the value most sources allow) when given."""
    axis = axis_for(chart_values(rows))
    lanes = [(lane, [r for r in rows if r.lane == lane]) for lane in ("dated", "undated")]
    lanes = [(lane, rs) for lane, rs in lanes if rs]
    headed = len(lanes) > 1 or any(lane == "undated" for lane, _ in lanes)
    body: list[str] = []
    y = float(AXIS_H)
    for lane, rs in lanes:
        if headed:
            text = ("Undated: no publication date; shown with the time the article was stored"
                    if lane == "undated" else "Dated articles")
            body.append(f'<text class="lane lane-{lane}" x="0" y="{y + 16}">{text}</text>')
            y += LANE_H
        previous = None
        for r in rs:
            body.append("".join(_row(r, axis, y, r.group != previous)))
            previous = r.group
            y += ROW_H
    grid = [f'<line class="grid" x1="{axis.x(t)}" y1="{AXIS_H - 4}" x2="{axis.x(t)}" y2="{y + 4}"/>'
            for t in axis.ticks]
    if reference is not None:
        x = axis.x(reference)
        grid.append(f'<line class="reference" x1="{x}" y1="{AXIS_H - 4}" x2="{x}" y2="{y + 4}">'
                    f"<title>{escape(fmt_tick(reference))}: {escape(reference_label)}</title></line>")
    scale = "log scale" if axis.scale == "log" else "linear scale"
    height = y + 42
    caption = f"{axis_title} ({scale})"
    svg = [
        f'<svg class="range-chart" id="{escape(chart_id)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" height="{height:.0f}" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title" data-scale="{axis.scale}" '
        f'data-axis-min="{axis.low:g}" data-axis-max="{axis.high:g}" data-rows="{len(rows)}">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        *grid,
        *_axis_labels(axis, AXIS_H - 8, True),
        *body,
        *_axis_labels(axis, y + 16, False),
        f'<text class="axis-title" x="{(PLOT_X0 + PLOT_X1) / 2}" y="{y + 34}" '
        f'text-anchor="middle">{escape(caption)}</text>',
        "</svg>",
    ]
    return Markup("\n".join(svg))
