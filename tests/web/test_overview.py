"""The overview's timeline: bars per day or per month, gaps kept, every bar a link."""

from __future__ import annotations

import re

from newsledger.web.overview import timeline_svg


def test_a_short_span_is_drawn_day_by_day_with_empty_days() -> None:
    svg = str(timeline_svg([("2024-03-01", 2), ("2024-03-04", 1)]))
    bars = re.findall(r'<a href="([^"]+)"><rect class="bar"[^>]*height="([\d.]+)"', svg)
    assert len(bars) == 4  # 1, 2, 3 and 4 March
    assert bars[1][0] == "/articles?since=2024-03-02&amp;until=2024-03-02" and float(bars[1][1]) == 0
    assert float(bars[0][1]) == 2 * float(bars[3][1]) > 0
    assert "2024-03-01: 2 articles" in svg and "2024-03-04: 1 article<" in svg
    assert "style=" not in svg and "<script" not in svg


def test_a_long_span_is_drawn_month_by_month() -> None:
    svg = str(timeline_svg([("2023-09-30", 1), ("2024-02-02", 3), ("2024-02-28", 1)]))
    assert 'aria-label="Articles per month"' in svg
    assert svg.count('<rect class="bar"') == 6  # September to February
    assert "2024-02: 4 articles" in svg and "/articles?since=2023-12-01&amp;until=2023-12-31" in svg


def test_no_dates_no_timeline() -> None:
    assert timeline_svg([]) is None
