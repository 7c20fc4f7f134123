"""Whole-article golden tests on the project's own sample corpus (data/samples/expected.json).

Each expected quote, figure and framing mark written for the corpus is looked for in the
analysis of its article; the share found must stay at or above the floors below, which are
the figures measured when they were set (raise them as the stages improve).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsledger.evaluation.seed import norm
from newsledger.ingest import read_paths
from newsledger.pipeline import Pipeline
from newsledger.records import Analysis, Article
from newsledger.validate import problems

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
FLOORS = {"quote_content": 0.93, "quote_kind": 0.93, "speaker": 0.72, "figure_value": 0.85,
          "figure_measure": 0.73, "figure_attribution": 0.75, "framing": 0.69}


@pytest.fixture(scope="module")
def corpus() -> list[tuple[dict[str, Any], Analysis]]:
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    articles = {}
    for a in read_paths([SAMPLES]):
        assert isinstance(a, Article), a
        articles[(Path(a.source_path.split(":")[0]).relative_to(SAMPLES).as_posix(), a.external_id)] = a
    nl = Pipeline()
    return [(e, nl.analyze(articles[(e["file"], e.get("id"))])) for e in expected]


def _share(hits: int, total: int) -> float:
    assert total > 0, "no expected items were checked"
    return hits / total


def test_every_analysis_is_sound(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    assert len(corpus) >= 20
    for _, an in corpus:
        assert problems(an) == [], an.article.source_path


def test_quotes_found_with_their_kind(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    total = found = kind = 0
    for e, an in corpus:
        for q in e["quotes"]:
            total += 1
            hits = [x for x in an.quotes if norm(q["content_contains"]) in norm(x.content.text)]
            found += bool(hits)
            kind += any(x.kind == q["kind"] for x in hits)
    assert _share(found, total) >= FLOORS["quote_content"]
    assert _share(kind, total) >= FLOORS["quote_kind"]


_WORD = re.compile(r"[^\W\d_]{4,}")


def _words(name: str | None) -> set[str]:
    """The words of four letters or more of a name, lower-cased."""
    return {w.lower() for w in _WORD.findall(name or "")}


def test_quote_speakers_resolve_to_their_actor(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    """A found quote's speaker resolves to an actor whose name shares a word (of four letters or
    more) with the expected speaker's name ("Ukrainian Ministry of Health" ~ "Ukrainian health
    ministry"); quotes the corpus gives no speaker are not counted."""
    total = resolved = 0
    for e, an in corpus:
        for q in e["quotes"]:
            if not q.get("speaker"):
                continue
            total += 1
            want = _words(q["speaker"])
            hits = [x for x in an.quotes if norm(q["content_contains"]) in norm(x.content.text)]
            actors = [an.actor(x.speaker_actor_id) for x in hits]
            resolved += any(a is not None and _words(a.name) & want for a in actors)
    assert _share(resolved, total) >= FLOORS["speaker"]


def _figure_hits(an: Analysis, f: dict[str, Any]) -> list[Any]:
    v = f["value"]
    lo, hi = v if isinstance(v, list) else (v, v)
    return [x for x in an.figures if x.value_low == lo and x.value_high == hi]


def test_figures_found_with_measure_and_attribution(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    total = value = measure = attribution = 0
    for e, an in corpus:
        for f in e["figures"]:
            total += 1
            hits = _figure_hits(an, f)
            value += bool(hits)
            want = f.get("measure") if f.get("measure") != "duration" else None
            measure += any(x.measure == want for x in hits)
            attribution += any((x.attribution == "unattributed") == (f.get("attributed_to") is None) for x in hits)
    assert _share(value, total) >= FLOORS["figure_value"]
    assert _share(measure, total) >= FLOORS["figure_measure"]
    assert _share(attribution, total) >= FLOORS["figure_attribution"]


def test_not_figures_are_not_casualty_counts(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    checked = 0
    for e, an in corpus:
        for nf in e.get("not_figures", []):
            text = norm(nf["text"] if isinstance(nf, dict) else nf)
            assert not any(norm(x.text) == text and x.is_casualty for x in an.figures), (e["file"], text)
            checked += 1
    assert checked > 0


def test_framing_marks_found(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    total = found = 0
    for e, an in corpus:
        for fr in e["framing"]:
            total += 1
            want = norm(fr["text"]).strip("'\"")
            found += any(want in norm(x.text) or norm(x.text).strip("'\"") in want for x in an.framing)
    assert _share(found, total) >= FLOORS["framing"]


def test_incident_reports_carry_their_casualty_figures(corpus: list[tuple[dict[str, Any], Analysis]]) -> None:
    reports = [(e, an) for e, an in corpus if e.get("incident")]
    assert len(reports) >= 5
    outlets = {an.article.outlet for _, an in reports}
    assert len(outlets - {None}) >= 4
    for e, an in reports:
        killed = [f for f in e["figures"] if f.get("measure") == "killed"]
        if killed:
            assert any(_figure_hits(an, f) for f in killed), e["file"]
