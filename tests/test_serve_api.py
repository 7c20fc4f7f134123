"""The web app's REST API, pages and security, in process (FastAPI's TestClient).

The database is built from hand-made analyses (``build_store``) so that nothing here depends on
how well the extraction stages do; one test posts through the real pipeline.
"""

from __future__ import annotations

import asyncio
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsledger.errors import InputError, NewsledgerError
from newsledger.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Figure,
    FramingMark,
    Mention,
    Quote,
    Sentence,
    Span,
)
from newsledger.store import Store
from tests.builders import article_text

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette now prefers httpx2
    from fastapi.testclient import TestClient

from newsledger import serve
from newsledger.serve import check_bind, create_app, is_loopback, resolve_token
from newsledger.web.highlight import Mark, highlight, render_segments, segment_text

# -- test data ------------------------------------------------------------------------------------
MAIN_TEXT = (
    "Officials in Eastport said on Tuesday that at least 42 people were killed in the floods, "
    "according to the regional health office. \"We will rebuild every bridge,\" Mayor Ana Lind "
    "said. The opposition called the relief effort a fiasco and urged the council to resign."
)
SECOND_TEXT = (
    "Rescue teams in Eastport said on Thursday that 45 people were killed in the floods, citing "
    "the regional health office. The council met again and the opposition urged it to resign."
)
THIRD_TEXT = (
    "Officials in Eastport said on Friday that 38 people were killed in the floods, a figure "
    "the regional health office disputed."
)
HTML_TEXT = (
    "Protesters gathered outside <b>parliament</b> in Westvale on Friday. "
    "<script>window.__pwned = 1;</script> Organisers said <img src=x onerror=\"window.__pwned=2\"> "
    "about 300 people took part & the march ended peacefully."
)
HTML_TITLE = "<script>window.__pwned=3</script>March in <i>Westvale</i>"
N_FILLER = 28
N_NAMED = 4

EASTPORT = Actor(id="XEP_GOV", name="Eastport city government", type="organisation",
                 country="XEP", sectors=("GOV",))
LIND = Actor(id="XEP_LIND", name="Ana Lind", type="person", country="XEP", sectors=("GOV",))
COUNCIL = Actor(id="XEP_COUNCIL", name="Eastport council", type="organisation", country="XEP",
                sectors=("LEG",))
WESTVALE = Actor(id="XWV", name="Westvale", type="state", country="XWV")
RESIDENTS = Actor(id="XEP_CVL", name="Eastport residents", type="group", country="XEP",
                  sectors=("CVL",))


def _span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, m in enumerate(re.finditer(r"[.!?](\"|\s|$)", text)):
        out.append(Sentence(index=i, paragraph=0, start=start, end=m.end()))
        start = m.end()
    return tuple(out)


def _sentence_of(sentences: tuple[Sentence, ...], char: int) -> int:
    return next((s.index for s in sentences if s.start <= char < s.end), 0)


def main_analysis() -> Analysis:
    """An article with every record type, and overlapping spans (event in quote, framing in name)."""
    t = MAIN_TEXT
    a = Article.create(t, title="Flood toll rises in Eastport", outlet="Daily Planet",
                       published="2024-03-01", url="https://example.invalid/floods",
                       byline="Jo Reporter")
    sents = _sentences(t)

    def s(span: Span) -> int:
        return _sentence_of(sents, span.start)

    eastport, lind = _span(t, "Eastport"), _span(t, "Mayor Ana Lind")
    opposition, council = _span(t, "The opposition"), _span(t, "the council")
    mentions = (
        Mention("m_eastport", a.id, s(eastport), eastport.start, eastport.end, eastport.text, "GPE",
                actor_id=EASTPORT.id),
        Mention("m_lind", a.id, s(lind), lind.start, lind.end, lind.text, "PERSON", actor_id=LIND.id),
        Mention("m_opposition", a.id, s(opposition), opposition.start, opposition.end,
                opposition.text, "NOMINAL", kind="nominal"),
        Mention("m_council", a.id, s(council), council.start, council.end, council.text, "NOMINAL",
                actor_id=COUNCIL.id, kind="nominal"),
    )
    content, cue = _span(t, "We will rebuild every bridge,"), _span(t, "said", 1)
    quote = Quote("q_lind", a.id, s(content), content.start - 1, cue.end, "direct", content,
                  cue=cue, cue_lemma="say", speaker=Span(lind.start, lind.end, lind.text),
                  speaker_actor_id=LIND.id)
    fig = _span(t, "at least 42 people")
    figure = Figure("f_42", a.id, s(fig), fig.start, fig.end, fig.text, 42, 42, qualifier="at least",
                    unit="people", measure="killed", group="people", place="Eastport",
                    attribution="the regional health office")
    killed, rebuild, urged = _span(t, "killed"), _span(t, "rebuild"), _span(t, "urged")
    events = (
        Event("e_killed", a.id, s(killed), sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
              "ASSAULT", killed, modality="asserted", claimed_by="outlet", place="Eastport",
              date="2024-02-27", target_actor_ids=(RESIDENTS.id,)),
        Event("e_rebuild", a.id, s(rebuild), content.start, content.end, content.text, "AID",
              rebuild, modality="future", claimed_by=LIND.id, quote_id=quote.id,
              source_actor_ids=(LIND.id,), source=Span(lind.start, lind.end, lind.text)),
        Event("e_urge", a.id, s(urged), sents[-1].start, sents[-1].end, t[sents[-1].start:],
              "REQUEST", urged, modality="asserted", claimed_by="outlet",
              target_actor_ids=(COUNCIL.id,), source=opposition, target=council),
    )
    fiasco, mayor = _span(t, "a fiasco"), _span(t, "Mayor")
    framing = (
        FramingMark("fr_fiasco", a.id, s(fiasco), fiasco.start, fiasco.end, fiasco.text,
                    "loaded_label", voice="outlet", note="the outlet's word, not a quote"),
        FramingMark("fr_mayor", a.id, s(mayor), mayor.start, mayor.end, mayor.text, "honorific",
                    refers_to=LIND.id),
    )
    return Analysis(article=a, sentences=sents, mentions=mentions,
                    actors=(EASTPORT, LIND, COUNCIL, RESIDENTS),
                    quotes=(quote,), figures=(figure,), events=events, framing=framing)


def second_analysis() -> Analysis:
    """Another outlet's report of the same toll, two days later and with a different figure."""
    t = SECOND_TEXT
    a = Article.create(t, title="Eastport toll climbs to 45", outlet="Morning Wire",
                       published="2024-03-03")
    sents = _sentences(t)
    fig, killed, eastport = _span(t, "45 people"), _span(t, "killed"), _span(t, "Eastport")
    urged, council = _span(t, "urged"), _span(t, "The council")
    return Analysis(
        article=a, sentences=sents, actors=(EASTPORT, COUNCIL, RESIDENTS),
        mentions=(Mention("m2_eastport", a.id, 0, eastport.start, eastport.end, eastport.text, "GPE",
                          actor_id=EASTPORT.id),
                  Mention("m2_council", a.id, 1, council.start, council.end, council.text,
                          "NOMINAL", actor_id=COUNCIL.id, kind="nominal")),
        figures=(Figure("f2_45", a.id, 0, fig.start, fig.end, fig.text, 45, 45, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="the regional health office"),),
        events=(Event("e2_killed", a.id, 0, sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
                      "ASSAULT", killed, place="Eastport", date="2024-02-27",
                      target_actor_ids=(RESIDENTS.id,)),
                Event("e2_urge", a.id, 1, sents[1].start, sents[1].end, t[sents[1].start:],
                      "REQUEST", urged, target_actor_ids=(COUNCIL.id,))),
    )


def third_analysis() -> Analysis:
    """A third outlet with a lower toll: it disagrees with the two before."""
    t = THIRD_TEXT
    a = Article.create(t, title="Eastport officials give lower toll", outlet="Evening Star",
                       published="2024-03-04")
    fig, killed = _span(t, "38 people"), _span(t, "killed")
    return Analysis(
        article=a, sentences=_sentences(t), actors=(RESIDENTS,),
        figures=(Figure("f3_38", a.id, 0, fig.start, fig.end, fig.text, 38, 38, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="officials"),),
        events=(Event("e3_killed", a.id, 0, 0, len(t), t, "ASSAULT", killed, place="Eastport",
                      date="2024-02-28", target_actor_ids=(RESIDENTS.id,)),),
    )


def html_analysis() -> Analysis:
    """An article whose text and title carry HTML and script tags: they must stay inert text."""
    t = HTML_TEXT
    a = Article.create(t, title=HTML_TITLE, outlet="Westvale <i>Herald</i>", published="2024-02-20",
                       url="javascript:alert(1)")
    fig, place = _span(t, "about 300 people"), _span(t, "Westvale")
    return Analysis(
        article=a, sentences=_sentences(t), actors=(WESTVALE,),
        mentions=(Mention("mh_westvale", a.id, 0, place.start, place.end, place.text, "GPE",
                          actor_id=WESTVALE.id),),
        figures=(Figure("fh_300", a.id, 2, fig.start, fig.end, fig.text, 300, 300, qualifier="about",
                        unit="people", measure="protesters", attribution="Organisers"),),
    )


@dataclass(frozen=True)
class Sample:
    db: Path
    main: str
    second: str
    third: str
    html: str


def build_store(path: Path) -> Sample:
    """A database with the three analyses above and filler articles for pagination."""
    main, second, third, html = main_analysis(), second_analysis(), third_analysis(), html_analysis()
    with Store(path) as store:
        for an in (main, second, third, html):
            store.add(an)
        for i in range(N_FILLER):
            text = article_text(i, words=40)
            art = Article.create(text, title=f"Filler report {i}", outlet=("Filler Times", "Filler Post")[i % 2],
                                 published=f"2023-01-{i % 28 + 1:02d}")
            store.add(Analysis(article=art, sentences=_sentences(text)))
    return Sample(db=path, main=main.article.id, second=second.article.id, third=third.article.id,
                  html=html.article.id)


class FakePipeline:
    """Stands in for the pipeline in POST tests: records nothing, rejects texts starting 'bad'."""

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        if text.startswith("bad"):
            raise InputError("<text>", "not English (only 2% English function words); skipped")
        return Analysis(article=Article.create(text, **meta))


def _client(app: Any) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_store(tmp_path_factory.mktemp("serve") / "news.db")


@pytest.fixture(scope="module")
def client(sample: Sample) -> Iterator[TestClient]:
    with _client(create_app(sample.db, pipeline_factory=FakePipeline)) as c:
        yield c


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A client over an empty database, for writes."""
    db = tmp_path / "w.db"
    with _client(create_app(db, pipeline_factory=FakePipeline, max_body=10_000)) as c:
        yield c, db


# -- highlighting -------------------------------------------------------------------------------
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


def test_render_segments_escapes_text_and_keeps_it_whole() -> None:
    text = '<script>alert("x")</script> & <b>bold</b>'
    html = str(render_segments(segment_text(text, [_m("actor", "r0", 0, 8), _m("quote", "r1", 3, 20)])))
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


# -- start-up checks ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("host", "token", "ok"),
    [
        ("127.0.0.1", None, True),
        ("127.0.0.2", None, True),
        ("localhost", None, True),
        ("::1", None, True),
        ("[::1]", None, True),
        ("0.0.0.0", None, False),
        ("192.168.1.5", None, False),
        ("::", None, False),
        ("example.org", None, False),
        ("0.0.0.0", "short", False),
        ("0.0.0.0", "a-long-enough-secret-token", True),
    ],
)
def test_check_bind(host: str, token: str | None, ok: bool) -> None:
    if ok:
        check_bind(host, token)
    else:
        with pytest.raises(NewsledgerError, match="token"):
            check_bind(host, token)


def test_loopback_and_token_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_loopback("127.0.0.1") and not is_loopback("10.0.0.1")
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "from-the-environment")
    assert resolve_token(None) == "from-the-environment"
    assert resolve_token("given") == "given"
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "  ")
    assert resolve_token(None) is None


def test_cli_serve_refuses_public_bind_without_token(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsledger.cli import cli

    monkeypatch.delenv("NEWSLEDGER_TOKEN", raising=False)
    called: list[str] = []
    monkeypatch.setattr(serve, "run", lambda *a, **k: called.append("run"))
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0" in result.output and "--token" in result.output
    assert called == []
    ok = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--port", "8123"])
    assert ok.exit_code == 0 and called == ["run"]
    assert "127.0.0.1:8123" in ok.output


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite at all " * 100)
    with pytest.raises(NewsledgerError):
        create_app(bad)


# -- read API -------------------------------------------------------------------------------------
def test_health_and_openapi(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["counts"]["articles"] == N_NAMED + N_FILLER
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes",
            "/api/figures", "/api/actors", "/api/framing", "/api/search", "/api/ledger/events",
            "/api/ledger/claims", "/api/ledger/outlets", "/api/ledger/outlets/{outlet}",
            "/api/ledger/actors/{actor}", "/api/health"} <= paths
    assert not any(p.startswith("/articles") or p == "/" for p in paths)  # pages stay out
    assert client.get("/docs").status_code == 404  # Swagger UI loads from a CDN: switched off


def test_articles_are_paginated(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert first["items"][0]["published"] >= first["items"][1]["published"]
    ids: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/articles", params={"limit": 7, "offset": offset}).json()
        assert len(page["items"]) <= 7
        ids += [a["id"] for a in page["items"]]
        offset = page["next_offset"]
    assert len(ids) == len(set(ids)) == N_NAMED + N_FILLER
    past = client.get("/api/articles", params={"offset": 500}).json()
    assert past["items"] == [] and past["next_offset"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outlet": "Morning"}, {"second"}),
        ({"since": "2024-02-25"}, {"main", "second", "third"}),
        ({"since": "2024-02-01", "until": "2024-02-28"}, {"html"}),
        ({"actor": "Ana Lind"}, {"main"}),
        ({"q": "rebuild"}, {"main"}),
        ({"q": "floods", "outlet": "Daily"}, {"main"}),
        ({"q": "nothingmatchesthisword"}, set()),
    ],
)
def test_article_filters(client: TestClient, sample: Sample, params: dict[str, str],
                         expected: set[str]) -> None:
    names = {sample.main: "main", sample.second: "second", sample.third: "third", sample.html: "html"}
    items = client.get("/api/articles", params=params).json()["items"]
    assert {names.get(a["id"], "filler") for a in items} == expected


def test_one_article_with_its_records(client: TestClient, sample: Sample) -> None:
    body = client.get(f"/api/articles/{sample.main}").json()
    assert body["article"]["text"] == MAIN_TEXT
    assert {e["id"] for e in body["events"]} == {"e_killed", "e_rebuild", "e_urge"}
    assert [q["id"] for q in body["quotes"]] == ["q_lind"]
    assert {a["id"] for a in body["actors"]} == {EASTPORT.id, LIND.id, COUNCIL.id, RESIDENTS.id}
    assert len(body["framing"]) == 2 and len(body["mentions"]) == 4
    # a unique prefix works too
    assert client.get(f"/api/articles/{sample.main[:8]}").json()["article"]["id"] == sample.main


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/0000000000000000", 404),
        ("/api/articles/abc", 422),  # shorter than 4
        ("/api/articles/ab%25cd", 422),  # not an id
        ("/api/articles/a_c_", 404),  # LIKE wildcards are not honoured
        ("/api/nothing-here", 404),
    ],
)
def test_unknown_and_invalid_ids(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert "detail" in r.json()


@pytest.mark.parametrize(
    ("path", "params", "ids"),
    [
        ("/api/events", {}, {"e_killed", "e_rebuild", "e_urge", "e2_killed", "e2_urge", "e3_killed"}),
        ("/api/events", {"type": "request"}, {"e_urge", "e2_urge"}),
        ("/api/events", {"actor": "Eastport council"}, {"e_urge", "e2_urge"}),
        ("/api/events", {"outlet": "Morning Wire"}, {"e2_killed", "e2_urge"}),
        ("/api/events", {"type": "PROTEST"}, set()),
        ("/api/quotes", {"type": "direct"}, {"q_lind"}),
        ("/api/quotes", {"type": "indirect"}, set()),
        ("/api/quotes", {"actor": "XEP_LIND"}, {"q_lind"}),
        ("/api/figures", {"type": "killed"}, {"f_42", "f2_45", "f3_38"}),
        ("/api/figures", {"until": "2024-03-02", "type": "killed"}, {"f_42"}),
        ("/api/figures", {"q": "Westvale"}, {"fh_300"}),
        ("/api/framing", {}, {"fr_fiasco", "fr_mayor"}),
        ("/api/framing", {"type": "honorific"}, {"fr_mayor"}),
        ("/api/actors", {}, {EASTPORT.id, LIND.id, COUNCIL.id, WESTVALE.id, RESIDENTS.id}),
        ("/api/actors", {"type": "person"}, {LIND.id}),
        ("/api/actors", {"country": "XWV"}, {WESTVALE.id}),
    ],
)
def test_record_lists_and_filters(client: TestClient, path: str, params: dict[str, str],
                                  ids: set[str]) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert {x["id"] for x in r.json()["items"]} == ids


def test_record_lists_are_paginated(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": first["next_offset"]}).json()
    third = client.get("/api/events", params={"limit": 2, "offset": second["next_offset"]}).json()
    assert first["next_offset"] == 2 and second["next_offset"] == 4 and third["next_offset"] is None
    ids = [e["id"] for page in (first, second, third) for e in page["items"]]
    assert len(ids) == len(set(ids)) == 6
    actors = client.get("/api/actors", params={"limit": 1}).json()
    assert actors["items"][0]["mentions"] >= 2 and actors["next_offset"] == 1


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/articles", {"limit": 0}),
        ("/api/articles", {"limit": 501}),
        ("/api/articles", {"offset": -1}),
        ("/api/articles", {"limit": "many"}),
        ("/api/events", {"since": "March 1st"}),
        ("/api/events", {"until": "2024/03/01"}),
        ("/api/figures", {"offset": 10**12}),
        ("/api/search", {"kind": "users"}),
        ("/api/quotes", {"actor": "x" * 201}),
    ],
)
def test_validation_errors_are_422(client: TestClient, path: str, params: dict[str, Any]) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][0] == "query"


def test_search_type_filters_records_not_articles(client: TestClient) -> None:
    plain = client.get("/api/search", params={"q": "floods"}).json()["items"]
    typed = client.get("/api/search", params={"q": "floods", "type": "ASSAULT"}).json()["items"]
    assert typed == plain and len(plain) == 3
    events = client.get("/api/search", params={"q": "floods", "kind": "events", "type": "ASSAULT"})
    assert {e["id"] for e in events.json()["items"]} == {"e_killed", "e2_killed", "e3_killed"}


def test_405_lists_the_allowed_methods(client: TestClient) -> None:
    r = client.put("/api/articles", json={"text": "x"})
    assert r.status_code == 405 and set(r.headers["allow"].split(", ")) >= {"GET", "POST"}
    assert client.delete("/api/health").status_code == 405


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "bridge"}, {"main"}),
        ({"q": "regional health"}, {"main", "second", "third"}),
        ({"q": '"health office" AND Thursday'}, {"second"}),
        ({"q": "parli*"}, {"html"}),
        ({"q": "U.S."}, set()),  # not FTS syntax: searched as plain words
        ({"q": '"unbalanced'}, set()),
        ({"q": "script"}, {"html"}),
        ({"q": "floods", "since": "2024-03-02"}, {"second", "third"}),
    ],
)
def test_search_articles(client: TestClient, sample: Sample, params: dict[str, str],
                         expected: set[str]) -> None:
    names = {sample.main: "main", sample.second: "second", sample.third: "third", sample.html: "html"}
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["kind"] == "articles" and "title" in body["columns"]
    assert {names.get(a["id"], "filler") for a in body["items"]} == expected


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"kind": "figures", "q": "floods"}, {"f_42", "f2_45", "f3_38"}),
        ({"kind": "figures", "q": "floods", "outlet": "Daily"}, {"f_42"}),
        ({"kind": "events", "q": "bridge", "type": "AID"}, {"e_rebuild"}),
        ({"kind": "quotes", "actor": "Lind"}, {"q_lind"}),
        ({"kind": "framing", "q": "fiasco", "type": "loaded_label"}, {"fr_fiasco"}),
        ({"kind": "events", "q": "Westvale"}, set()),
    ],
)
def test_search_records(client: TestClient, params: dict[str, str], ids: set[str]) -> None:
    body = client.get("/api/search", params=params).json()
    assert body["kind"] == params["kind"]
    assert {x["id"] for x in body["items"]} == ids


def test_search_is_paginated(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "council", "limit": 3}).json()
    assert len(body["items"]) == 3 and body["next_offset"] == 3


# -- writing --------------------------------------------------------------------------------------
def test_post_article_analyses_and_stores(fresh: tuple[TestClient, Path]) -> None:
    client, db = fresh
    body = {"text": "The ministers met in Lisbon on Monday to agree on port fees.",
            "title": "Port fees", "outlet": "Harbour News", "url": "https://example.invalid/p",
            "published": "2024-05-01"}
    r = client.post("/api/articles", json=body)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["stored"] is True
    article = out["analysis"]["article"]
    assert (article["title"], article["outlet"], article["published"]) == (
        "Port fees", "Harbour News", "2024-05-01")
    assert client.get(f"/api/articles/{article['id']}").status_code == 200
    again = client.post("/api/articles", json=body)
    assert again.status_code == 200 and again.json()["stored"] is False
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"text": "bad text in some other language"}, 400, "not English"),
        ({"text": ""}, 422, None),
        ({"title": "no text"}, 422, None),
        ({"text": "fine text here", "published": "yesterday"}, 422, None),
        ({"text": "fine text here", "colour": "red"}, 422, None),  # unknown field
        ({"text": 42}, 422, None),
        ([1, 2, 3], 422, None),
    ],
)
def test_post_article_errors(fresh: tuple[TestClient, Path], body: Any, status: int,
                             detail: str | None) -> None:
    client, _ = fresh
    r = client.post("/api/articles", json=body)
    assert r.status_code == status, r.text
    if detail:
        assert detail in r.json()["detail"]


def test_post_errors_on_media_type_and_malformed_json(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    r = client.post("/api/articles", content=b'{"text": "x y z"}', headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/api/articles", content=b"text=hello", headers={
        "content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415
    r = client.post("/api/articles", content=b'{"text": ', headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_body_size_limit_by_header(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh  # limit 10,000 bytes in this app
    big = {"text": "word " * 3000}
    r = client.post("/api/articles", json=big)
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    small = client.post("/api/articles", json={"text": "word " * 100})
    assert small.status_code == 201


def test_body_size_limit_without_content_length() -> None:
    """A chunked body is cut off as soon as it passes the limit, before the app sees it."""
    reached: list[bool] = []
    chunks_read: list[int] = []
    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(True)

    async def endless_body() -> dict[str, Any]:
        chunks_read.append(1)
        return {"type": "http.request", "body": b"a" * 1000, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "query_string": b"",
             "headers": [(b"content-type", b"application/json")]}
    asyncio.run(serve.RequestGuard(app, max_body=10_000, token=None)(scope, endless_body, send))
    assert sent[0]["status"] == 413 and not reached
    assert len(chunks_read) == 11  # 11,000 bytes read of an endless body, then it stopped


def test_default_body_limit_is_one_megabyte(client: TestClient) -> None:
    r = client.post("/api/articles", content=b" " * 1_000_001, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "1,000,000" in r.json()["detail"]


def test_token_guards_writes_not_reads(tmp_path: Path) -> None:
    token = "s3cret-token-for-tests-0123"
    app = create_app(tmp_path / "t.db", token=token, pipeline_factory=FakePipeline)
    with _client(app) as client:
        body = {"text": "The council met in Oslo on Monday."}
        r = client.post("/api/articles", json=body)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        r = client.post("/api/articles", json=body, headers={"Authorization": f"Basic {token}"})
        assert r.status_code == 401
        # the token is checked before the body: an unauthenticated huge body is refused with 401
        r = client.post("/api/articles", content=b" " * 2_000_000,
                        headers={"content-type": "application/json"})
        assert r.status_code == 401
        r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201
        assert client.get("/api/articles").status_code == 200
        post = client.get("/api/openapi.json").json()["paths"]["/api/articles"]["post"]
        assert post["security"] == [{"HTTPBearer": []}] and "401" in post["responses"]


def test_no_token_no_security_in_openapi(client: TestClient) -> None:
    post = client.get("/api/openapi.json").json()["paths"]["/api/articles"]["post"]
    assert "security" not in post and "401" not in post["responses"]
    assert {"400", "413", "415", "422"} <= set(post["responses"])


def test_post_with_the_real_pipeline(tmp_path: Path) -> None:
    with _client(create_app(tmp_path / "real.db")) as client:
        text = ("The finance minister of Norway said on Monday that the government would raise "
                "fuel taxes next year. Opposition leaders criticised the plan, and several unions "
                "called for protests in Oslo.")
        r = client.post("/api/articles", json={"text": text, "outlet": "Nordic Post",
                                               "published": "2024-04-02"})
        assert r.status_code == 201, r.text
        analysis = r.json()["analysis"]
        assert analysis["article"]["text"] == text and analysis["sentences"]
        assert client.get(f"/api/articles/{analysis['article']['id']}").status_code == 200
        german = ("Der Finanzminister sagte am Montag, dass die Regierung die Steuern im nächsten "
                  "Jahr erhöhen werde, und die Opposition kündigte Proteste an.")
        r = client.post("/api/articles", json={"text": german})
        assert r.status_code == 400 and "not English" in r.json()["detail"]


# -- security -------------------------------------------------------------------------------------
PAGES = ["/", "/?page=2", "/search", "/search?q=floods&kind=figures", "/actors", "/outlets",
         "/ledger", "/ledger/events", "/api-docs"]


@pytest.mark.parametrize("path", [*PAGES, "/api/articles", "/api/health"])
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def _assert_no_inline_or_remote_assets(html: str) -> None:
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert re.search(r'\ssrc="/', tag), f"inline or remote script: {tag}"
    for tag in re.findall(r"<[a-zA-Z][^>]*>", html):
        assert not re.search(r"\son[a-z]+\s*=", tag), f"inline event handler: {tag}"
        assert "style=" not in tag, f"inline style: {tag}"
    assert not re.search(r'(src|href)="(https?:)?//', html.replace(
        'href="https://example.invalid/floods"', "")), "asset from another origin"


@pytest.mark.parametrize("path", PAGES)
def test_pages_use_only_own_assets(client: TestClient, path: str) -> None:
    _assert_no_inline_or_remote_assets(client.get(path).text)


def test_article_with_html_and_script_is_shown_inert(client: TestClient, sample: Sample) -> None:
    r = client.get(f"/articles/{sample.html}")
    assert r.status_code == 200
    html = r.text
    _assert_no_inline_or_remote_assets(html)
    assert "window.__pwned" in html  # the text is there...
    assert "<script>window" not in html and "<img src=x" not in html and "<b>parliament" not in html
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in html  # ...as text
    assert "&lt;img src=x onerror=" in html
    assert "&lt;i&gt;Westvale&lt;/i&gt;" in html  # the title too
    assert "Westvale &lt;i&gt;Herald&lt;/i&gt;" in html  # and the outlet
    assert 'href="javascript:' not in html  # a non-http URL is not made a link
    # the index lists it escaped as well
    index = client.get("/").text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in index and "<script>window" not in index


def test_api_returns_untrusted_text_as_json_not_html(client: TestClient, sample: Sample) -> None:
    r = client.get(f"/api/articles/{sample.html}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["article"]["text"] == HTML_TEXT


def test_host_header_is_checked_on_loopback(sample: Sample) -> None:
    app = create_app(sample.db, allowed_hosts=("127.0.0.1", "localhost"))
    with _client(app) as client:
        assert client.get("/api/health").status_code == 200
        assert client.get("/api/health", headers={"host": "evil.example"}).status_code == 400


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    r = client.get("/vendor/plotly.min.js")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/javascript")
    assert b"plotly.js" in r.content[:400]
    assert serve.plotly_inline_style_ids(serve.plotly_js_path())  # plotly's own <style> blocks


# -- pages ----------------------------------------------------------------------------------------
def test_index_lists_articles_with_pagination(client: TestClient) -> None:
    first = client.get("/").text
    assert first.count('class="article-link"') == serve.PAGE_SIZE
    assert 'href="/?page=2"' in first and "Flood toll rises in Eastport" in first
    second = client.get("/?page=2").text
    assert second.count('class="article-link"') == N_NAMED + N_FILLER - serve.PAGE_SIZE
    assert 'href="/?page=1"' in second and 'rel="next"' not in second
    assert "Morning Wire" in client.get("/?outlet=Morning").text
    assert "Daily Planet" not in client.get("/?outlet=Morning").text


def test_article_page_has_highlights_legend_and_records(client: TestClient, sample: Sample) -> None:
    html = client.get(f"/articles/{sample.main}").text
    for kind in ("actor", "event", "quote", "figure", "framing"):
        assert f'class="toggle" data-kind="{kind}"' in html
        assert f"t-{kind}" in html
    assert html.count('class="record ') == 11  # 4 mentions, 3 events, 1 quote, 1 figure, 2 framing
    assert 'data-id="f_42"' in html and "at least" in html
    assert '<script src="/static/reader.js" defer></script>' in html
    assert 'href="/actors/XEP_LIND"' in html
    assert 'href="https://example.invalid/floods" rel="noopener noreferrer nofollow"' in html


@pytest.mark.parametrize(
    ("path", "status"),
    [("/articles/0000000000000000", 404), ("/articles/%3Cscript%3E", 404), ("/?page=0", 422),
     ("/nowhere", 404)],
)
def test_page_errors_are_html(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text


def test_search_page(client: TestClient) -> None:
    html = client.get("/search", params={"q": "floods", "kind": "figures"}).text
    assert "at least 42 people" in html and "45 people" in html
    assert '#rec-f_42' in html
    html = client.get("/search", params={"q": "floods", "kind": "articles", "outlet": "Morning"}).text
    assert "Eastport toll climbs to 45" in html and "Flood toll rises" not in html
    bad = client.get("/search", params={"q": "floods", "since": "soon"}).text
    assert "use a date like" in bad
    page = client.get("/search", params={"q": "council"}).text
    assert 'rel="next"' in page


def test_actors_page(client: TestClient) -> None:
    html = client.get("/actors").text
    assert "Eastport council" in html and 'href="/actors/XEP_COUNCIL"' in html
    assert "Ana Lind" in client.get("/actors", params={"type": "person"}).text
    assert "Eastport council" not in client.get("/actors", params={"type": "person"}).text


# -- the ledger -----------------------------------------------------------------------------------
def test_ledger_events_api(client: TestClient) -> None:
    body = client.get("/api/ledger/events").json()
    by_type = {e["plover"]: e for e in body["items"]}
    assert set(by_type) == {"ASSAULT", "REQUEST"} and body["next_offset"] is None
    assault = by_type["ASSAULT"]
    assert assault["n_outlets"] == 3
    assert {m["event_id"] for m in assault["mentions"]} == {"e_killed", "e2_killed", "e3_killed"}
    assert "actors" in assault["why"]["fields"]
    request = by_type["REQUEST"]
    assert request["target_names"] == ["Eastport council"]
    one = client.get(f"/api/ledger/events/{assault['id']}").json()
    assert one["id"] == assault["id"] and len(one["mentions"]) == 3
    assert client.get("/api/ledger/events/le_000000000000").status_code == 404


@pytest.mark.parametrize(
    ("params", "types"),
    [
        ({"type": "assault"}, {"ASSAULT"}),
        ({"actor": "Eastport council"}, {"REQUEST"}),
        ({"actor": "Eastport council", "role": "source"}, set()),
        ({"outlet": "Evening Star"}, {"ASSAULT"}),
        ({"min_outlets": 3}, {"ASSAULT"}),
        ({"since": "2024-03-01"}, {"REQUEST"}),
        ({"until": "2024-02-28"}, {"ASSAULT"}),
        ({"type": "PROTEST"}, set()),
    ],
)
def test_ledger_event_filters(client: TestClient, params: dict[str, Any], types: set[str]) -> None:
    r = client.get("/api/ledger/events", params=params)
    assert r.status_code == 200, r.text
    assert {e["plover"] for e in r.json()["items"]} == types


def test_ledger_events_pagination_and_errors(client: TestClient) -> None:
    first = client.get("/api/ledger/events", params={"limit": 1}).json()
    second = client.get("/api/ledger/events", params={"limit": 1, "offset": 1}).json()
    assert first["next_offset"] == 1 and second["next_offset"] is None
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert client.get("/api/ledger/events", params={"role": "victim"}).status_code == 422
    assert client.get("/api/ledger/events", params={"min_outlets": 0}).status_code == 422


def test_ledger_claims_api(client: TestClient) -> None:
    body = client.get("/api/ledger/claims", params={"measure": "killed"}).json()
    [thread] = body["items"]
    assert [(c["outlet"], c["value_low"], c["role"]) for c in thread["claims"]] == [
        ("Daily Planet", 42.0, "first"), ("Morning Wire", 45.0, "update"),
        ("Evening Star", 38.0, "disagreement")]
    assert thread["spread"] == {"low": 38.0, "high": 45.0} and thread["disagreement"] is True
    assert client.get("/api/ledger/claims", params={"measure": "injured"}).json()["items"] == []
    assert len(client.get("/api/ledger/claims", params={"min_outlets": 2}).json()["items"]) == 1
    page = client.get("/api/ledger/claims", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_offset"] == 1


def test_ledger_outlets_api(client: TestClient) -> None:
    first = client.get("/api/ledger/outlets", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    names: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/ledger/outlets", params={"limit": 4, "offset": offset}).json()
        names += [o["outlet"] for o in page["items"]]
        offset = page["next_offset"]
    assert sorted(names) == sorted(["Daily Planet", "Morning Wire", "Evening Star",
                                    "Westvale <i>Herald</i>", "Filler Times", "Filler Post"])
    planet = client.get("/api/ledger/outlets/Daily Planet").json()
    assert planet["quotes"] == 1 and planet["framing_marks"] == 2
    assert {k["kind"] for k in planet["framing_by_kind"]} == {"honorific", "loaded_label"}
    assert client.get("/api/ledger/outlets/Filler").status_code == 404  # two outlets match
    assert client.get("/api/ledger/outlets/Nobody Daily").status_code == 404


def test_ledger_actor_api(client: TestClient) -> None:
    lind = client.get("/api/ledger/actors/Ana Lind").json()
    assert lind["actor"]["id"] == LIND.id and lind["n_said"] == 1
    assert lind["said"][0]["content"] == "We will rebuild every bridge,"
    assert client.get("/api/ledger/actors/XEP_COUNCIL").json()["n_suffered"] == 2
    assert client.get("/api/ledger/actors/Nobody At All").status_code == 404


def test_ledger_follows_new_articles(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    assert client.get("/api/ledger/outlets").json()["items"] == []
    r = client.post("/api/articles", json={"text": "The council met in Oslo on Monday.",
                                           "outlet": "Fjord Post", "published": "2024-06-01"})
    assert r.status_code == 201
    assert client.get("/api/ledger/outlets/Fjord Post").json()["articles"] == 1


def test_ledger_that_cannot_be_built_is_503(sample: Sample, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import ledger

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise ledger.LedgerError("attempt to write a readonly database")

    monkeypatch.setattr(ledger, "ensure_ledger", refuse)
    db = tmp_path / "unbuilt.db"
    Store(db).close()
    with _client(create_app(db)) as client:
        r = client.get("/api/ledger/claims")
        assert r.status_code == 503 and "readonly" in r.json()["detail"]
        page = client.get("/ledger")
        assert page.status_code == 503 and "not built" in page.text


def test_ledger_page_has_charts_and_discrepancy_table(client: TestClient) -> None:
    html = client.get("/ledger").text
    _assert_no_inline_or_remote_assets(html)
    assert "killed · people · Eastport" in html and "figures differ" in html
    assert '<script src="/vendor/plotly.min.js" defer></script>' in html
    assert 'id="plotly.js-style-global" href="/static/plotly-global.css"' in html
    figures = re.findall(r'data-figure="([^"]+)"', html)
    assert len(figures) == 2
    import html as html_lib
    import json

    chart = json.loads(html_lib.unescape(figures[0]))
    assert {t["name"] for t in chart["data"]} == {"Daily Planet", "Morning Wire", "Evening Star"}
    assert "disagreement" in html and 'href="/articles/' in html and "#rec-f3_38" in html
    # the outlet name with markup is escaped in the page and in the chart data
    assert "Westvale &lt;i&gt;Herald&lt;/i&gt;" in html and "<i>Herald" not in html
    assert "killed" not in client.get("/ledger", params={"measure": "protesters"}).text.split(
        "<h2>")[1]


def test_ledger_events_page(client: TestClient) -> None:
    html = client.get("/ledger/events").text
    assert "ASSAULT" in html and "REQUEST" in html and "Evening Star" in html
    assert 'href="/actors/XEP_COUNCIL"' in html and "#rec-e2_urge" in html
    only = client.get("/ledger/events", params={"type": "REQUEST"}).text
    assert "REQUEST" in only and "ASSAULT ·" not in only
    assert "use a date like" in client.get("/ledger/events", params={"since": "soon"}).text
    event_id = client.get("/api/ledger/events", params={"type": "ASSAULT"}).json()["items"][0]["id"]
    one = client.get("/ledger/events", params={"id": event_id}).text
    assert event_id in one and "REQUEST" not in one


def test_outlet_pages(client: TestClient) -> None:
    listing = client.get("/outlets").text
    assert 'href="/outlets/Daily%20Planet"' in listing and "Westvale &lt;i&gt;Herald&lt;/i&gt;" in listing
    profile = client.get("/outlets/Daily Planet").text
    _assert_no_inline_or_remote_assets(profile)
    assert "Framing marks by kind" in profile and "Who it quotes and cites" in profile
    assert profile.count('class="chart"') == 3 and "plotly.min.js" in profile
    assert client.get("/outlets/Nobody Daily").status_code == 404


def test_actor_page(client: TestClient) -> None:
    html = client.get("/actors/XEP_LIND").text
    _assert_no_inline_or_remote_assets(html)
    assert "Ana Lind" in html and "We will rebuild every bridge," in html
    assert "#rec-q_lind" in html and "Mayor Ana Lind" in html
    council = client.get("/actors/Eastport council").text
    assert "What it suffered" in council
    r = client.get("/actors/Nobody At All")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
