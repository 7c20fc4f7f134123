"""Property-based tests: arbitrary input never crashes a reader or the analysis, every record
points inside the text, and every rejected input has a specific reason."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from newsledger.errors import InputError
from newsledger.ingest import read_bytes
from newsledger.pipeline import Pipeline
from newsledger.records import Analysis, Article, Failure
from newsledger.validate import problems

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["the", "minister", "said", "that", "Israel", "Iran", "Hamas", "Russia", "Ukraine", "killed",
         "at", "least", "more", "than", "people", "including", "children", "according", "to", "UN",
         "called", "on", "attack", "talks", "in", "Gaza", "Kyiv", "he", "she", "they", "regime", "army",
         "12,300", "1.2", "million", "dozens", "between", "200", "and", "300", "October", "7", "2023",
         "“", "”", "‘", "’", "\"", "'", "«", "»", ",", ".", ":", "—", "(", ")", "\n\n", "\n", "His",
         "Eminence", "President", "Biden", "Zelensky", "Putin", "warned", "accused", "of", "rebels"]

news_text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=200).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
mixed_text = st.one_of(news_text, any_text, st.builds(lambda a, b: a + b, news_text, any_text))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _check_reader_output(items: list[Article | Failure]) -> None:
    assert items, "a reader must yield something: an article or a failure"
    for item in items:
        if isinstance(item, Failure):
            assert item.reason and len(item.reason) > 5
        else:
            assert isinstance(item, Article) and item.text.strip()


@SETTINGS
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(["text", "html", "jsonl", None]))
def test_readers_never_crash_on_bytes(data: bytes, fmt: str | None) -> None:
    _check_reader_output(list(read_bytes(data, "input", fmt)))


@SETTINGS
@given(text=mixed_text, fmt=st.sampled_from(["text", "html"]))
def test_readers_never_crash_on_text(text: str, fmt: str) -> None:
    _check_reader_output(list(read_bytes(text.encode("utf-8"), "input", fmt)))


html_fragment = st.recursive(
    st.one_of(news_text, st.just("<br>"), st.just("<p>"), st.just("</div>"), st.just("<!--"),
              st.just("<script>alert(1)</script>")),
    lambda inner: st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>",
                            st.sampled_from(["p", "div", "article", "span", "h1", "table", "li", "b"]), inner)
    | st.lists(inner, max_size=4).map("".join),
    max_leaves=20,
)


@SETTINGS
@given(body=html_fragment, title=news_text)
def test_html_of_any_shape(body: str, title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    _check_reader_output(list(read_bytes(page.encode(), "page.html", "html")))


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                          max_leaves=8)
jsonl_line = st.one_of(
    json_value.map(json.dumps),
    st.builds(lambda t, extra: json.dumps({"id": "x", "text": t, **extra}), news_text,
              st.dictionaries(st.sampled_from(["title", "outlet", "url", "published", "html"]), json_value, max_size=3)),
    st.text(max_size=80),
)


@SETTINGS
@given(lines=st.lists(jsonl_line, max_size=8))
def test_jsonl_with_broken_records(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = list(read_bytes(data, "feed.jsonl", "jsonl"))
    _check_reader_output(items)
    for item in items:
        if isinstance(item, Failure) and item.source.startswith("feed.jsonl:"):
            lineno = int(item.source.rsplit(":", 1)[1])
            assert 1 <= lineno <= max(len(data.splitlines()), 1)


def _analyse_or_reason(pipeline: Pipeline, text: str) -> Analysis | None:
    try:
        an = pipeline.analyze_text(text)
    except InputError as exc:
        assert exc.reason and len(exc.reason) > 5
        event("rejected")
        return None
    event("analysed")
    return an


@SETTINGS
@given(text=mixed_text)
def test_analysis_records_point_inside_the_text(pipeline: Pipeline, text: str) -> None:
    an = _analyse_or_reason(pipeline, text)
    if an is not None:
        assert problems(an) == []
        assert Analysis.from_dict(an.to_dict()) == an


@settings(max_examples=10, deadline=None)
@given(word=st.sampled_from(WORDS), n=st.integers(min_value=2000, max_value=6000),
       sep=st.sampled_from([" ", "", "“", "\n"]))
def test_extremely_long_lines_and_sentences(pipeline: Pipeline, word: str, n: int, sep: str) -> None:
    text = "The minister said " + sep.join([word] * n) + " ."
    an = _analyse_or_reason(pipeline, text)
    if an is not None:
        assert problems(an) == []
