"""The web app in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by Selenium against a uvicorn server on 127.0.0.1, started and stopped by the tests.

Screenshots go to the pytest temporary directory (``screenshots/``) for a look by eye.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsledger.web.app import create_app
from tests.builders import Sample, build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT_SECONDS = 30


def _require_browser() -> None:
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    message = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Site:
    base: str
    sample: Sample
    shots: Path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    _require_browser()
    import uvicorn

    sample = build_store(tmp_path_factory.mktemp("browser") / "news.db")
    app = create_app(sample.db, allowed_hosts=("127.0.0.1",))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, name="newsledger-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield Site(base=f"http://127.0.0.1:{port}", sample=sample,
                   shots=tmp_path_factory.mktemp("screenshots"))
    finally:
        server.should_exit = True
        thread.join(WAIT_SECONDS)
        assert not thread.is_alive(), "the test server did not stop"


@pytest.fixture(scope="module")
def browser(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: Any, condition: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_SECONDS).until(condition)


def _css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")


def _problems(driver: Any) -> list[str]:
    """Console errors since the last call: CSP violations, failed loads, script errors."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _shot(driver: Any, site: Site, name: str) -> Path:
    path = site.shots / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def _visible_records(driver: Any) -> list[str]:
    return [r.get_attribute("data-id") for r in _css(driver, "#record-panel .record")
            if r.is_displayed()]


def test_article_highlights_legend_and_records(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/articles/{site.sample.main}")
    _problems(browser)  # reset the log
    toggles = _css(browser, ".legend input.toggle")
    assert [t.get_attribute("data-kind") for t in toggles] == [
        "actor", "event", "quote", "figure", "framing"]
    # a calm reader: quotes and figures highlighted, the other layers on demand
    assert [t.is_selected() for t in toggles] == [False, False, True, True, False]
    assert _css(browser, "#article-text")[0].get_attribute("class") == (
        "article-text hide-actor hide-event hide-framing")
    least = {"actor": 4, "event": 3, "quote": 1, "figure": 1, "framing": 2}
    found = {kind: len(_css(browser, f"#article-text .hl.t-{kind}")) for kind in least}
    assert [k for k, n in least.items() if found[k] < n] == [], found
    assert _visible_records(browser) == []
    assert _css(browser, "#record-panel .placeholder")[0].is_displayed()

    figure = next(e for e in _css(browser, "#article-text .hl.t-figure") if "42 people" in e.text)
    figure.click()
    _wait(browser, lambda d: _visible_records(d) == ["f_42"])
    panel = _css(browser, "#record-panel")[0].text
    assert "Figure: killed" in panel and "at least" in panel and "the regional health office" in panel
    assert "active" in figure.get_attribute("class")
    assert not _css(browser, "#record-panel .placeholder")[0].is_displayed()
    _shot(browser, site, "article-figure")

    # "rebuild" is an event inside a quote: with events shown, one click shows both records
    rebuild = next(e for e in _css(browser, "#article-text .hl") if e.text == "rebuild")
    rebuild.click()
    _wait(browser, lambda d: _visible_records(d) == ["q_lind"])  # events are hidden
    toggles[1].click()
    rebuild.click()
    _wait(browser, lambda d: sorted(_visible_records(d)) == ["e_rebuild", "q_lind"])
    panel = _css(browser, "#record-panel")[0].text
    assert "Event: AID" in panel and "future" in panel and "Ana Lind" in panel
    _shot(browser, site, "article-nested")

    # actors hidden: no underline, and a click on an actor-only span opens nothing new
    actor_toggle = toggles[0]
    eastport = next(e for e in _css(browser, "#article-text .hl.t-actor") if e.text == "Eastport")
    assert eastport.value_of_css_property("border-bottom-color") in ("rgba(0, 0, 0, 0)", "transparent")
    eastport.click()
    assert "m_eastport" not in _visible_records(browser)
    actor_toggle.click()
    _wait(browser, lambda d: "hide-actor" not in _css(d, "#article-text")[0].get_attribute("class"))
    eastport.click()
    _wait(browser, lambda d: _visible_records(d) == ["m_eastport"])
    assert "Eastport city government" in _css(browser, "#record-panel")[0].text
    assert _problems(browser) == []


def test_record_link_opens_the_record(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/articles/{site.sample.main}#rec-e_urge")
    _wait(browser, lambda d: _visible_records(d) == ["e_urge"])  # its layer (events) turned on
    assert _css(browser, ".legend input.toggle[data-kind=event]")[0].is_selected()
    assert "REQUEST" in _css(browser, "#record-panel")[0].text
    assert _problems(browser) == []


def test_article_with_script_is_inert(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/articles/{site.sample.html}")
    text = _css(browser, "#article-text")[0].text
    assert "<script>window.__pwned = 1;</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert "<b>parliament</b>" in text
    assert "<script>window.__pwned=3</script>" in _css(browser, "h1")[0].text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert _css(browser, "#article-text img, #article-text b, #article-text script") == []
    _shot(browser, site, "article-html")
    assert _problems(browser) == []


def test_ledger_chart_is_drawn(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/ledger")
    first = _css(browser, ".thread")[0]
    assert "killed · people · Eastport" in first.text and "disputed" in first.text
    chart = _css(browser, "svg.range-chart")[0]
    assert chart.size["width"] > 400 and chart.size["height"] > 100  # drawn, without a script
    marks = _css(browser, "svg.range-chart")[0].find_elements("css selector", "g.mark")
    assert len(marks) == 3  # one row per claim
    assert {"the regional health office", "officials"} <= {
        t.text for t in chart.find_elements("css selector", "text.source")}
    assert _css(browser, "svg.range-chart g.tone-disputed")  # the incompatible claim stands out
    rows = _css(browser, ".thread .discrepancy tbody tr")
    assert "disputed" in rows[2].text and "38" in rows[2].text
    _shot(browser, site, "ledger")
    assert _problems(browser) == []  # no CSP violations


def test_profiles_and_events_pages(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/outlets/Daily%20Planet")
    _wait(browser, lambda d: len(_css(d, ".chart svg.main-svg")) >= 3)
    _shot(browser, site, "outlet")
    _open(browser, f"{site.base}/actors/XEP_LIND")
    _wait(browser, lambda d: len(_css(d, ".chart svg.main-svg")) >= 2)
    assert "We will rebuild every bridge," in _css(browser, "main")[0].text
    _shot(browser, site, "actor")
    _open(browser, f"{site.base}/ledger/events")
    assert "Evening Star" in _css(browser, "main")[0].text
    _shot(browser, site, "ledger-events")
    assert _problems(browser) == []


def test_index_search_and_pagination(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/articles")
    assert len(_css(browser, "a.article-link")) == 25
    assert "page 1 of 2" in _css(browser, "nav.pager")[0].text
    assert _css(browser, "p.exports a.export")[0].get_attribute("href").endswith("format=csv")
    _css(browser, "a[rel=next]")[0].click()
    _wait(browser, lambda d: "page=2" in d.current_url)
    assert len(_css(browser, "a.article-link")) > 0
    _shot(browser, site, "index-page-2")
    _open(browser, f"{site.base}/search")
    box = _css(browser, "input[name=q]")[0]
    box.send_keys("killed")
    _css(browser, "select[name=kind] option[value=figures]")[0].click()
    _css(browser, "form.search button")[0].click()
    _wait(browser, lambda d: "kind=figures" in d.current_url)
    assert "at least 42 people" in _css(browser, "table.results")[0].text
    assert len(_css(browser, "td.snippet mark")) == 3  # each figure's words in its sentence
    _shot(browser, site, "search")
    assert _problems(browser) == []


def test_overview_first_screen(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/")
    disputed = _css(browser, "#disputed .ov-item")
    assert disputed and "killed" in disputed[0].text
    chips = disputed[0].find_elements("css selector", "a.chip")
    assert len(chips) == 3 and {c.text for c in chips} >= {"38", "45"}
    assert chips[0].location["y"] < 900  # on the first screen
    bars = _css(browser, "svg.timeline rect.bar")
    assert bars and bars[0].size["width"] > 0
    assert _css(browser, "#events .ov-item")
    _shot(browser, site, "overview")
    chips[0].click()  # one click from the figure to its sentence
    _wait(browser, lambda d: "/articles/" in d.current_url and "#rec-" in d.current_url)
    assert _problems(browser) == []


def test_upload_page_follows_its_jobs(site: Site, browser: Any) -> None:
    _open(browser, f"{site.base}/upload")
    box = _css(browser, "textarea[name=text]")[0]
    box.send_keys("The harbour authority of Vigo said on Monday that the port would reopen on Friday.")
    _css(browser, "input[name=outlet]")[0].send_keys("Galicia Post")
    _css(browser, "#upload-form button")[0].click()
    from selenium.webdriver.support.ui import WebDriverWait

    # the first job loads the real pipeline: give it longer than a page
    WebDriverWait(browser, 300).until(
        lambda d: "stored" in " ".join(r.text for r in _css(d, "#jobs tbody tr")))
    link = _css(browser, "#jobs tbody tr a")[0]
    assert link.get_attribute("href").startswith(f"{site.base}/articles/")
    _shot(browser, site, "upload")
    assert _problems(browser) == []


def test_upload_a_file_with_a_large_and_a_small_article(site: Site, browser: Any,
                                                       tmp_path: Path) -> None:
    import json

    from selenium.webdriver.support.ui import WebDriverWait

    long_text = " ".join(f"The river authority of Tarn said on day {i} that the dam held." for i in range(360))
    assert len(long_text) > 20_000  # the large lane
    lines = [{"text": long_text, "title": "Dam report", "outlet": "Tarn Daily"},
             {"text": "The mayor of Albi opened the new bridge on Sunday.", "title": "Bridge"}]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    _open(browser, f"{site.base}/upload")
    _css(browser, "input[name=file]")[0].send_keys(str(path))
    _css(browser, "#upload-form button")[0].click()
    WebDriverWait(browser, 300).until(lambda d: len(_css(d, "#jobs tbody tr")) == 2)
    rows = {r.get_attribute("data-job"): r for r in _css(browser, "#jobs tbody tr")}
    assert sorted(r.find_elements("css selector", "td")[2].text for r in rows.values()) == ["large", "small"]
    WebDriverWait(browser, 300).until(
        lambda d: [r.text.count("stored") for r in _css(d, "#jobs tbody tr")] == [1, 1])
    assert "2 article(s) queued." in _css(browser, "#upload-message")[0].text
    _shot(browser, site, "upload-two")
    assert _problems(browser) == []
