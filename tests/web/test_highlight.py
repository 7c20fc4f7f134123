"""Records highlighted in an article's text: segments, escaping, record views."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from newsledger.web.highlight import Mark, escape_text, highlight, render_text, segment_text
from tests.builders import (
    main_analysis,
)


def _m(kind: str, key: str, start: int, end: int) -> Mark:
    return Mark(kind=kind, key=key, start=start, end=end)


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        # no marks: one plain segment
        ([], [("0123456789", [])]),
        # one mark in the middle
        ([_m("actor", "a", 2, 5)], [("01", []), ("234", ["a"]), ("56789", [])]),
        # nested: event inside quote -> three pieces, middle carries both
        ([_m("quote", "q", 1, 8), _m("event", "e", 3, 5)],
         [("0", []), ("12", ["q"]), ("34", ["q", "e"]), ("567", ["q"]), ("89", [])]),
        # partial overlap
        ([_m("actor", "a", 0, 4), _m("figure", "f", 2, 7)],
         [("01", ["a"]), ("23", ["a", "f"]), ("456", ["f"]), ("789", [])]),
        # identical spans of two records
        ([_m("actor", "a", 0, 3), _m("framing", "r", 0, 3)], [("012", ["a", "r"]), ("3456789", [])]),
        # adjacent, not overlapping
        ([_m("actor", "a", 0, 3), _m("actor", "b", 3, 6)], [("012", ["a"]), ("345", ["b"]), ("6789", [])]),
        # out of range is clipped, empty and inverted spans are dropped
        ([_m("actor", "a", -5, 2), _m("event", "e", 8, 99), _m("quote", "x", 4, 4),
          _m("quote", "y", 6, 5)],
         [("01", ["a"]), ("234567", []), ("89", ["e"])]),
    ],
)
def test_segment_text(marks: list[Mark], expected: list[tuple[str, list[str]]]) -> None:
    segments = segment_text("0123456789", marks)
    assert [(s.text, sorted(s.keys)) for s in segments] == [(t, sorted(k)) for t, k in expected]
    assert "".join(s.text for s in segments) == "0123456789"


def test_render_text_escapes_text_and_keeps_it_whole() -> None:
    text = '<script>alert("x")</script> & <b>bold</b>'
    html = str(render_text(text, [_m("actor", "r0", 0, 8), _m("quote", "r1", 3, 20)]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;sc" in html and "&amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert html.count('class="hl ') == 3
    assert 'class="hl t-actor t-quote" data-records="r0 r1" data-kinds="actor quote"' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace(
        "&amp;", "&").replace("&#34;", '"') == text


def test_highlight_builds_a_view_per_record_with_its_fields() -> None:
    an = main_analysis()
    hl = highlight(an, lambda aid: f"/actors/{aid}")
    counts = dict(hl.counts)
    assert counts == {"actor": 4, "event": 3, "quote": 1, "figure": 1, "framing": 2}
    views = {v.record_id: v for v in hl.records}
    fields = {f.label: f for f in views["m_lind"].fields}
    assert fields["Resolved actor"].value == "Ana Lind"
    assert fields["Resolved actor"].href == "/actors/XEP_LIND"
    assert fields["Code"].value == "XEP GOV"
    assert {f.label: f.value for f in views["m_opposition"].fields}["Resolved actor"] == "unresolved"
    rebuild = {f.label: f.value for f in views["e_rebuild"].fields}
    assert rebuild["PLOVER type"] == "AID" and rebuild["Modality"] == "future"
    assert rebuild["Claimed by"].startswith("Ana Lind")
    urge = {f.label: f.value for f in views["e_urge"].fields}
    assert urge["Claimed by"].startswith("the outlet")
    assert urge["Target actor"].startswith("Eastport council")
    fig = {f.label: f.value for f in views["f_42"].fields}
    assert (fig["Value"], fig["Qualifier"], fig["Claimant (attribution)"]) == (
        "42", "at least", "the regional health office")
    quote = {f.label: f.value for f in views["q_lind"].fields}
    assert quote["Claimant"].startswith("Ana Lind") and quote["Kind"] == "direct"
    # the event "rebuild" sits inside the quote: one segment carries both
    html = str(hl.html)
    assert re.search(r'data-kinds="event quote"[^>]*>rebuild</span>', html)
    # "Mayor" is both the honorific framing mark and the start of the actor mention
    assert re.search(r'data-kinds="actor framing"[^>]*>Mayor</span>', html)


def test_a_denied_record_reads_as_a_denial() -> None:
    """A stance other than "asserted" is shown as a field and a badge; an asserted record shows
    neither."""
    import dataclasses

    an = main_analysis()
    (quote,) = an.quotes
    denied = dataclasses.replace(quote, stance="denied")
    plain = {v.record_id: v for v in highlight(an, lambda a: f"/actors/{a}").records}
    assert plain[quote.id].stance == "asserted"
    assert "Stance" not in [f.label for f in plain[quote.id].fields]
    views = {v.record_id: v for v in highlight(dataclasses.replace(an, quotes=(denied,)),
                                               lambda a: f"/actors/{a}").records}
    assert views[quote.id].stance == "denied"
    assert ("Stance", "denied") in [(f.label, f.value) for f in views[quote.id].fields]
    assert all(v.stance == "asserted" for k, v in views.items() if k != quote.id)


# (kind, text): escape_text gives what markupsafe.escape gives, without a Markup per string
ESCAPE_ROWS = [
    ("positive", '<a href="x">Tom & Jerry\'s</a>'),
    ("positive", "&amp; already escaped is escaped again"),
    ("negative", "Plain words from Kyiv, Moscow, Gaza and Tel Aviv"),
    ("negative", ""),
    ("near miss", "≤ ≥ « » ‘quotes’ “curly” – no ASCII markup"),
    ("near miss", "&#34; looks escaped"),
]


@pytest.mark.parametrize(("kind", "text"), ESCAPE_ROWS)
def test_escape_text_is_markupsafe_escape(kind: str, text: str) -> None:
    assert escape_text(text) == str(escape(text))
    assert (escape_text(text) == text) == (kind != "positive" and "&" not in text)
