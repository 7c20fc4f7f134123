"""The dictionary's phrase matcher: every form found by its lower-case tokens, overlapping forms
too, and the token split of the forms kept in a cache file that a new process reads instead of
tokenizing the dictionary again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsledger.cache import CACHE_ENV, cache_dir
from newsledger.nlp import ParsedDoc
from newsledger.stages.actors.matcher import build_matcher, cache_name

Parse = Any


def _found(m: Any, pd: ParsedDoc) -> list[tuple[str, str]]:
    doc = pd.doc
    return [(m.labels[i][1], doc[s:e].text) for i, s, e in m(doc)]


def test_forms_are_found_in_any_case_and_overlapping(test_actor_data: Any, parse: Parse,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    pd = parse("THE UNITED NATIONS Security Council met in Kyiv.")
    m = build_matcher(test_actor_data.dictionary)
    found = _found(m, pd)
    texts = [t for _, t in found]
    assert "THE UNITED NATIONS Security Council" in texts or "UNITED NATIONS Security Council" in texts
    assert "UNITED NATIONS" in texts  # the shorter form inside the longer one is found too
    assert "Kyiv" in texts
    assert not [t for t in texts if t == "met"]  # negative: a word no form has
    assert m(pd.tokens) == m(pd.doc)  # the document's token list, made once, gives the same


def test_the_token_split_is_cached_and_read_back(test_actor_data: Any, parse: Parse, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    pd = parse("Kyiv said the talks were over.")
    first = build_matcher(test_actor_data.dictionary)
    files = list(tmp_path.glob("actor-forms-*.json"))
    assert len(files) == 1

    def no_tokenizer(*_: Any, **__: Any) -> None:
        raise AssertionError("the cache was not read")

    monkeypatch.setattr("spacy.blank", no_tokenizer)
    second = build_matcher(test_actor_data.dictionary)
    assert _found(second, pd) == _found(first, pd) != []


def test_a_broken_cache_is_rebuilt(test_actor_data: Any, parse: Parse, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    pd = parse("Kyiv said the talks were over.")
    good = _found(build_matcher(test_actor_data.dictionary), pd)
    (path,) = tmp_path.glob("actor-forms-*.json")
    path.write_text("{not json", encoding="utf-8")
    assert _found(build_matcher(test_actor_data.dictionary), pd) == good
    assert path.read_text(encoding="utf-8").startswith("{\"")  # written again, whole


def test_no_cache_when_turned_off(test_actor_data: Any, parse: Parse, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() is None
    pd = parse("Kyiv said the talks were over.")
    assert ("kyiv", "Kyiv") in [(k.lower(), t) for k, t in _found(
        build_matcher(test_actor_data.dictionary), pd)]
    assert not list(tmp_path.rglob("*.json"))


def test_the_cache_name_changes_with_the_forms() -> None:
    a, b = cache_name(["Kyiv", "Lviv"]), cache_name(["Kyiv", "Odesa"])
    assert a != b and a.startswith("actor-forms-") and b.startswith("actor-forms-")
    assert cache_name(["Kyiv", "Lviv"]) == a  # the same forms, the same file
