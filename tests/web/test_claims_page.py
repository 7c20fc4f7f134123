"""The claims page a fact-checker opens first: disputed threads first, one range chart per
thread on an axis fitted to that thread, qualifiers drawn as ranges, undated claims in their own
lane; and the events page ordered by how many outlets report an event."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsledger import ledger
from newsledger.storage.store import Store
from newsledger.web.app import create_app
from newsledger.web.charts import stance_of
from newsledger.web.events import mention_stance
from newsledger.web.overview import disputed_items
from newsledger.web.rangechart import RangeRow, axis_for, range_chart
from newsledger.web.threads import ClaimInfo, ThreadFilters, dispute, ranked_threads, source_key
from tests.builders import inline_or_remote_assets, side_count_doc, store_docs, toll_doc, web_client
from tests.web.claims_store import build_claims_store


@pytest.fixture(scope="module")
def claims_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = build_claims_store(tmp_path_factory.mktemp("claims") / "claims.db")
    with Store(db) as store:
        ledger.build_ledger(store)
    return db


@pytest.fixture(scope="module")
def claims_client(claims_db: Path) -> Iterator[Any]:
    with web_client(create_app(claims_db)) as c:
        yield c


def _sections(html: str) -> list[str]:
    return re.findall(r'<section class="thread.*?</section>', html, re.S)


def _title(section: str) -> str:
    return html_lib.unescape(re.search(r"<h2>([^<]*)", section).group(1)).strip()  # type: ignore[union-attr]


def _svg(section: str) -> str:
    return re.search(r"<svg class=\"range-chart\".*?</svg>", section, re.S).group(0)  # type: ignore[union-attr]


def _axis(svg: str) -> tuple[str, float, float]:
    m = re.search(r'data-scale="(\w+)" data-axis-min="([^"]+)" data-axis-max="([^"]+)"', svg)
    assert m is not None
    return m.group(1), float(m.group(2)), float(m.group(3))


def _ticks(svg: str) -> list[str]:
    return re.findall(r'<text class="tick[^"]*"[^>]*>([^<]*)</text>', svg)


def _marks(svg: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'data-([a-z]+)="([^"]*)"', g))
            for g in re.findall(r'<g class="mark[^>]*>', svg)]


# -- the page ---------------------------------------------------------------------------------
def test_disputed_thread_comes_first(claims_client: Any, claims_db: Path) -> None:
    sections = _sections(claims_client.get("/ledger").text)
    titles = [_title(s) for s in sections]
    assert len(titles) == 4, titles
    assert titles[0].startswith("killed · people · Northgate")
    assert 'badge-disputed' in sections[0] and "disputed" in sections[0]
    assert all("badge-disputed" not in s for s in sections[1:])  # consistent threads after it
    # negative: the ledger's own order (newest first) would not have led with it
    with Store(claims_db, readonly=True) as store:
        newest_first = [t.place for t in ledger.claim_threads(store)]
    assert newest_first[0] != "Northgate"
    # among the undisputed, more sources first: Southfield (5) before Westmoor and Eastvale (1)
    assert titles[1].startswith("killed · people · Southfield")


def test_dispute_is_stated_with_sources(claims_client: Any) -> None:
    first = html_lib.unescape(_sections(claims_client.get("/ledger").text)[0])
    assert "sources" in first and "widest gap: 10–50 (a visiting inspector" in first
    assert "at least 500 (the district health board" in first


def test_filters_measure_and_disputed_only(claims_client: Any) -> None:
    only = [_title(s) for s in _sections(claims_client.get("/ledger", params={"disputed": "1"}).text)]
    assert len(only) == 1 and only[0].startswith("killed · people · Northgate")
    displaced = [_title(s) for s in _sections(
        claims_client.get("/ledger", params={"measure": "displaced"}).text)]
    assert displaced == ["displaced · people · Westmoor"]
    page = claims_client.get("/ledger", params={"measure": "displaced", "disputed": "1"}).text
    assert _sections(page) == [] and "matching the filters" in page
    assert '<option value="displaced">' in claims_client.get("/ledger").text
    assert "clear filters" not in claims_client.get("/ledger").text and "clear filters" in page


def test_each_chart_axis_covers_its_own_thread_only(claims_client: Any) -> None:
    sections = {_title(s).split(" · ")[2]: _svg(s) for s in _sections(claims_client.get("/ledger").text)}
    assert len(sections) == 4
    scale, low, high = _axis(sections["Northgate"])
    assert scale == "log" and low <= 10 and 500 <= high < 12_500  # 10–50 and 500 both readable
    scale, low, high = _axis(sections["Southfield"])
    assert scale == "linear" and low <= 18 and 22 <= high <= 30  # not stretched to 12,500 or 500
    scale, low, high = _axis(sections["Westmoor"])
    assert low <= 12_500 <= high and low > 500
    # negative: no chart mixes measures (one measure per chart)
    assert "displaced" not in sections["Northgate"] and "killed" not in sections["Westmoor"]


def test_qualifiers_drawn_as_ranges(claims_client: Any) -> None:
    svg = _svg(_sections(claims_client.get("/ledger").text)[0])
    marks = {m["low"]: m for m in _marks(svg)}
    assert set(marks) == {"10", "100", "500"}
    assert marks["100"]["kind"] == "range" and marks["100"]["high"] == "300"
    assert marks["10"]["kind"] == "range" and marks["10"]["high"] == "50"
    assert marks["500"]["kind"] == "at_least" and marks["500"]["open"] == "high"
    southfield = _marks(_svg(_sections(claims_client.get("/ledger").text)[1]))
    assert sorted(m["kind"] for m in southfield) == ["approx", "approx", "at_least", "exact", "range"]
    assert all(m["open"] == ("high" if m["kind"] == "at_least" else "") for m in southfield)


def test_undated_claim_in_its_own_lane_never_on_year_2000(claims_client: Any) -> None:
    page = claims_client.get("/ledger").text
    (eastvale,) = [s for s in _sections(page) if "Eastvale" in _title(s)]
    svg = _svg(eastvale)
    assert "Undated: no publication date" in svg and "stored " in svg
    assert [m["lane"] for m in _marks(svg)] == ["undated"]
    assert _ticks(svg) and not any(t.startswith(("2000", "1970")) for t in _ticks(svg))
    assert "2000-01-01" not in eastvale
    assert "undated (stored" in eastvale  # and in the claims table
    # negative: a dated thread has no undated lane
    assert "Undated" not in _svg(_sections(page)[0])


def test_claims_page_needs_no_script_or_remote_assets(claims_client: Any) -> None:
    page = claims_client.get("/ledger").text
    assert inline_or_remote_assets(page) == []
    assert "plotly" not in page and "<script" not in page.split("</footer>")[0]


# -- events -----------------------------------------------------------------------------------
def test_events_ordered_by_outlets(claims_client: Any) -> None:
    page = claims_client.get("/ledger/events").text
    outlets = [int(n) for n in re.findall(r'data-outlets="(\d+)"', page)]
    assert outlets == sorted(outlets, reverse=True) and outlets[0] == 3
    titles = re.findall(r"<h2>([^<]*)", page)
    assert titles[0].startswith("ASSAULT") and titles[-1].startswith("PROTEST")
    newest = re.findall(r"<h2>([^<]*)", claims_client.get("/ledger/events", params={"sort": "newest"}).text)
    assert newest[0].startswith("PROTEST")  # the other order is still there, on request
    bogus = re.findall(r"<h2>([^<]*)", claims_client.get("/ledger/events", params={"sort": "x"}).text)
    assert bogus == titles


def test_a_denial_is_shown_as_a_denial(claims_client: Any) -> None:
    page = claims_client.get("/ledger/events").text
    first = page.split('<section class="ledger-event"')[1]
    assert first.count('class="badge stance stance-negated"') == 1  # the commander's denial
    assert "1 not asserted" in first and "troops killed" in first
    assert "stance-" not in page.split('<section class="ledger-event"')[2]  # negative: the protest


@pytest.mark.parametrize(("record", "stance"), [
    (SimpleNamespace(stance="denied"), "denied"),
    ({"stance": "Uncertain"}, "uncertain"),
    ({"stance": None}, "asserted"),
    (SimpleNamespace(), "asserted"),  # records from before stances existed
])
def test_stance_read_defensively(record: Any, stance: str) -> None:
    assert stance_of(record) == stance


@pytest.mark.parametrize(("mention", "shown"), [
    (SimpleNamespace(stance="denied", modality="asserted"), "denied"),
    (SimpleNamespace(modality="negated"), "negated"),
    (SimpleNamespace(modality="asserted"), "asserted"),
])
def test_event_report_stance(mention: Any, shown: str) -> None:
    assert mention_stance(mention) == shown


# -- the parts ------------------------------------------------------------------------------------
def _info(source: str, low: float, high: float, stance: str = "asserted", n: int = 0,
          counted_as: str | None = None) -> ClaimInfo:
    return ClaimInfo(figure_id=f"{source}-{n}", thread_id="t", source=source, low=low, high=high,
                     stance=stance, counted_as=counted_as)


INF = float("inf")


@pytest.mark.parametrize(("infos", "disputed"), [
    ([_info("a", 500, INF), _info("b", 100, 300)], True),  # at least 500 against 100 to 300
    ([_info("a", 500, INF), _info("b", 450, 550)], False),  # at least 500 and about 500 agree
    ([_info("a", 500, 500), _info("a", 10, 10, n=1)], False),  # one source revising: an update
    ([_info("a", 500, 500), _info("b", 10, 10, stance="denied")], False),  # a denial is no claim
    ([_info("a", 40, 40), _info("b", 38, 38), _info("c", 40, 45)], True),  # near miss: 38 ≠ 40
    # who the dead were: 31 "terrorists" against at least 30 civilians, compatible values
    ([_info("a", 30, INF), _info("b", 31, 31, counted_as="combatants")], True),
    ([_info("b", 31, 31, counted_as="combatants"), _info("b", 30, 30, n=1, counted_as="combatants")], False),
    ([_info("a", 30, INF, stance="denied"), _info("b", 31, 31, counted_as="combatants")], False),
])
def test_dispute_needs_incompatible_sources(infos: list[ClaimInfo], disputed: bool) -> None:
    assert dispute(infos).disputed is disputed


def test_consensus_and_dissent() -> None:
    d = dispute([_info("a", 500, INF), _info("b", 450, 550), _info("c", 480, 500), _info("d", 10, 50)])
    assert d.disputed and d.majority and d.consensus == 500 and d.backing == 3 and d.dissent == ("d",)


def test_source_key_reads_actor_name_and_own_voice() -> None:
    assert source_key("The Health Ministry", None, "X") == source_key("health ministry", None, "Y")
    assert source_key("unattributed", None, "Coast Daily") == "outlet:Coast Daily"
    assert source_key("the ministry", "XNG_HLH", "X") == "actor:XNG_HLH"
    assert source_key("unattributed", None, "A") != source_key("unattributed", None, "B")


@pytest.mark.parametrize(("values", "scale", "low_max", "high_range"), [
    ([10, 50, 471, 500], "log", 10, (500, 1000)),  # orders of magnitude: log
    ([471, 500], "linear", 471, (500, 600)),  # close values: linear, not from another thread
    ([38, 42, 45], "linear", 38, (45, 50)),
    ([3], "linear", 3, (3, 5)),
])
def test_axis_fits_the_values(values: list[float], scale: str, low_max: float,
                              high_range: tuple[float, float]) -> None:
    axis = axis_for(values)
    assert axis.scale == scale
    assert axis.low <= low_max and high_range[0] <= axis.high <= high_range[1]
    assert all(axis.low <= t <= axis.high for t in axis.ticks) and len(axis.ticks) >= 2


def _row(kind: str, low: float, high: float, lane: str = "dated", **kw: Any) -> RangeRow:
    return RangeRow(label="A source", sub="An outlet", value_text="x", low=low, high=high, kind=kind,
                    lane=lane, group=kind, **kw)


def test_range_chart_marks() -> None:
    svg = str(range_chart("c", "t", [
        _row("range", 100, 300), _row("at_least", 500, 500), _row("approx", 471, 471, band_low=424,
                                                                    band_high=518),
        _row("exact", 10, 10), _row("at_most", 50, 50)], "killed"))
    marks = re.findall(r'<g class="mark kind-(\w+).*?</g>', svg, re.S)
    assert marks == ["range", "at_least", "approx", "exact", "at_most"]
    groups = dict(zip(marks, re.findall(r'<g class="mark.*?</g>', svg, re.S), strict=True))
    assert groups["range"].count('class="cap"') == 2 and "arrow" not in groups["range"]
    assert "arrow" in groups["at_least"] and 'class="bar open"' in groups["at_least"]
    assert "arrow" in groups["at_most"]
    assert 'class="band"' in groups["approx"] and 'class="band"' not in groups["exact"]
    assert "bar" not in groups["exact"]  # an exact figure is a dot, not a range


def test_range_chart_undated_lane_and_escaping() -> None:
    svg = str(range_chart("c", "<b>t</b>", [
        RangeRow(label="<script>x</script>", sub="Outlet · undated (stored 2026-01-02 10:00)",
                 value_text="about 40", low=40, high=40, kind="exact", lane="undated")], "killed"))
    assert "Undated: no publication date" in svg and "Dated articles" not in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg
    assert not any("2000" in t for t in _ticks(svg)) and "2000-01-01" not in svg


def test_ranked_threads_pages(claims_db: Path) -> None:
    with Store(claims_db, readonly=True) as store:
        first, more = ranked_threads(store, ThreadFilters(), limit=1, offset=0)
        rest, done = ranked_threads(store, ThreadFilters(), limit=10, offset=1)
    assert more and not done
    assert first[0].thread.place == "Northgate" and first[0].dispute.disputed
    assert len(rest) == 3 and all(not r.dispute.disputed for r in rest)
    # the SQL ranking and the dispute stated on the page agree: every disputed thread leads
    flags = [r.dispute.disputed for r in first + rest]
    assert flags == sorted(flags, reverse=True) and len(flags) == 4


# -- the API offers the same orders (the default stays newest first) ----------------------------
def test_api_claims_sorted_by_dispute(claims_client: Any) -> None:
    newest = claims_client.get("/api/ledger/claims").json()["items"]
    disputed = claims_client.get("/api/ledger/claims", params={"sort": "disputed"}).json()
    assert newest[0]["place"] != "Northgate"  # the default order is unchanged
    assert [t["place"] for t in disputed["items"]][:2] == ["Northgate", "Southfield"]
    assert sorted(t["id"] for t in disputed["items"]) == sorted(t["id"] for t in newest)
    one = claims_client.get("/api/ledger/claims", params={"sort": "disputed", "limit": 1}).json()
    assert one["next_offset"] == 1 and one["items"][0]["place"] == "Northgate"
    grouped = claims_client.get("/api/ledger/claims", params={"sort": "disputed", "group": "people",
                                                             "until": "2024-05-05"}).json()["items"]
    assert [t["place"] for t in grouped] == ["Northgate"]
    assert claims_client.get("/api/ledger/claims", params={"sort": "loudest"}).status_code == 422


def test_api_events_sorted_by_outlets(claims_client: Any) -> None:
    newest = claims_client.get("/api/ledger/events").json()["items"]
    by_outlets = claims_client.get("/api/ledger/events", params={"sort": "outlets"}).json()["items"]
    assert newest[0]["plover"] == "PROTEST" and by_outlets[0]["plover"] == "ASSAULT"
    assert [e["n_outlets"] for e in by_outlets] == sorted((e["n_outlets"] for e in by_outlets), reverse=True)
    as_target = claims_client.get("/api/ledger/events", params={
        "sort": "outlets", "actor": "Northgate villagers", "role": "target"}).json()["items"]
    as_source = claims_client.get("/api/ledger/events", params={
        "sort": "outlets", "actor": "Northgate villagers", "role": "source"}).json()["items"]
    assert [e["plover"] for e in as_target] == ["ASSAULT"] and as_source == []


def test_an_identity_dispute_leads_the_claims_page(tmp_path: Path) -> None:
    """A thread whose sources agree on how many died but not on who they were (a side's 31
    "terrorists", residents' at least 30 civilians) is disputed, and leads the page."""
    docs = [toll_doc("Wuro Sawa", "2026-03-08", value=30),
            side_count_doc("the Malian army", "terrorists", "Wuro Sawa", "2026-03-08"),
            toll_doc("Dar Salam", "2026-03-20", outlet="Sahel Courier"), toll_doc("Dar Salam", "2026-03-20", value=41)]
    store_docs(tmp_path / "ledger.db", docs).close()
    with Store(tmp_path / "ledger.db") as store:
        ledger.build_ledger(store)
        (ranked,) = ranked_threads(store, ThreadFilters(disputed_only=True), limit=5, offset=0)[0]
        (item,) = disputed_items(store)  # the home page's disputed threads
    assert "who the dead were is disputed (combatants against people)" in item.summary
    assert ranked.dispute.disputed and ranked.dispute.named_as == ("combatants",)
    with web_client(create_app(tmp_path / "ledger.db")) as client:
        sections = _sections(client.get("/ledger").text)
    assert len(sections) == 2 and "31 terrorists" in sections[0]
    first = html_lib.unescape(sections[0])
    assert "badge-disputed" in first and "identity disputed" in first
    assert "who the dead were: the Malian army: 31 terrorists; residents: at least 30 civilians" in first
    assert "badge-disputed" not in sections[1]
