"""The app's guards: binding, tokens, body limits, security headers, inert article text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newsledger.errors import NewsledgerError
from newsledger.web import app as web_app
from newsledger.web import security
from newsledger.web.app import create_app
from newsledger.web.security import check_bind, is_loopback, resolve_token
from tests.builders import (
    HTML_TEXT,
    FakePipeline,
    Sample,
    inline_or_remote_assets,
    web_client,
)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


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
    monkeypatch.setattr(web_app, "run", lambda *a, **k: called.append("run"))
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




PAGES = ["/", "/articles", "/articles?page=2", "/upload", "/search", "/search?q=killed&kind=figures",
         "/search?q=floods", "/actors", "/outlets",
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


@pytest.mark.parametrize("path", PAGES)
def test_pages_use_only_own_assets(client: TestClient, path: str) -> None:
    assert inline_or_remote_assets(client.get(path).text) == []


def test_article_with_html_and_script_is_shown_inert(client: TestClient, sample: Sample) -> None:
    r = client.get(f"/articles/{sample.html}")
    assert r.status_code == 200
    html = r.text
    assert inline_or_remote_assets(html) == []
    assert "window.__pwned" in html  # the text is there...
    assert "<script>window" not in html and "<img src=x" not in html and "<b>parliament" not in html
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in html  # ...as text
    assert "&lt;img src=x onerror=" in html
    assert "&lt;i&gt;Westvale&lt;/i&gt;" in html  # the title too
    assert "Westvale &lt;i&gt;Herald&lt;/i&gt;" in html  # and the outlet
    assert 'href="javascript:' not in html  # a non-http URL is not made a link
    # the index lists it escaped as well
    index = client.get("/articles").text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in index and "<script>window" not in index


def test_api_returns_untrusted_text_as_json_not_html(client: TestClient, sample: Sample) -> None:
    r = client.get(f"/api/articles/{sample.html}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["article"]["text"] == HTML_TEXT


def test_host_header_is_checked_on_loopback(sample: Sample) -> None:
    app = create_app(sample.db, allowed_hosts=("127.0.0.1", "localhost"))
    with web_client(app) as client:
        assert client.get("/api/health").status_code == 200
        assert client.get("/api/health", headers={"host": "evil.example"}).status_code == 400


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    r = client.get("/vendor/plotly.min.js")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/javascript")
    assert b"plotly.js" in r.content[:400]
    assert web_app.plotly_inline_style_ids(web_app.plotly_js_path())  # plotly's own <style> blocks


READ = "read-token-for-tests-0123456"


def test_a_read_token_guards_pages_and_api(sample: Sample) -> None:
    app = create_app(sample.db, read_token=READ, pipeline_factory=FakePipeline)
    with web_client(app) as client:
        for path in ("/", "/articles", "/api/articles", "/api/health"):
            r = client.get(path)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", path
        assert client.get("/static/app.css").status_code == 200  # assets hold no data
        ok = client.get("/api/health", headers={"Authorization": f"Bearer {READ}"})
        assert ok.status_code == 200
        wrong = client.get("/api/health", headers={"Authorization": "Bearer not-the-token-at-all"})
        assert wrong.status_code == 401
        # a browser opens a page once with ?token=..., gets a cookie and the address without it
        r = client.get("/articles", params={"token": READ, "outlet": "Morning"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/articles?outlet=Morning"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        assert client.get("/articles?outlet=Morning").status_code == 200  # the cookie now
    with web_client(create_app(sample.db, pipeline_factory=FakePipeline)) as client:
        assert client.get("/api/health").status_code == 200  # no read token: reads are open


def test_read_token_and_cors_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(security.READ_TOKEN_ENV, READ)
    assert security.resolve_read_token(None) == READ
    assert security.resolve_read_token("") is None
    with pytest.raises(NewsledgerError, match="too short"):
        security.resolve_read_token("short")
    monkeypatch.setenv(security.CORS_ENV, "https://a.example, http://localhost:5173/")
    assert security.resolve_cors(None) == ("https://a.example", "http://localhost:5173")
    assert security.resolve_cors(()) == ()
    for bad in ("*", "a.example", "https://a.example/path"):
        with pytest.raises(NewsledgerError, match="not an origin"):
            security.resolve_cors((bad,))


def test_cors_is_off_by_default_and_on_for_listed_origins(sample: Sample) -> None:
    origin = {"Origin": "https://front.example"}
    with web_client(create_app(sample.db, pipeline_factory=FakePipeline)) as client:
        assert "access-control-allow-origin" not in client.get("/api/health", headers=origin).headers
    app = create_app(sample.db, pipeline_factory=FakePipeline, cors_origins=("https://front.example",))
    with web_client(app) as client:
        r = client.get("/api/health", headers=origin)
        assert r.headers["access-control-allow-origin"] == "https://front.example"
        assert "location" in r.headers["access-control-expose-headers"].lower()
        other = client.get("/api/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        pre = client.options("/api/articles", headers={**origin, "Access-Control-Request-Method": "POST",
                                                       "Access-Control-Request-Headers": "authorization"})
        assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
