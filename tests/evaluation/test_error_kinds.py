"""The claims evaluation's error kinds: where a body is named, what a speaker mention is."""

from __future__ import annotations

import pytest

from newsledger.evaluation.error_kinds import credited_place, mention_kind, where_named
from newsledger.records import Analysis, Article, Sentence

TEXT = ("GAZA CITY (Wire) - The blast hit the hospital. The army spoke first. A guard saw it. "
        "The roof fell. The wall fell. Nearly 500 died, a doctor said. The ministry later said 471.")


def _analysis(text: str = TEXT) -> Analysis:
    art = Article.create(text)
    sentences, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + 1
        sentences.append(Sentence(index=i, paragraph=0, start=start, end=min(end, len(text))))
        start = end + 1
    return Analysis(article=art, sentences=tuple(sentences))


@pytest.mark.parametrize(("forms", "sentence", "place"), [
    (["doctor"], 5, "sentence"),                 # named in the record's own sentence
    (["guard", "hospital guard"], 5, "near"),    # within the three sentences before
    (["army"], 5, "far"),                        # earlier than that
    (["ministry"], 5, "later"),                  # only after it
    (["police"], 5, "absent"),                   # nowhere
    (["doct"], 5, "absent"),                     # near miss: a part of a word is no name
])
def test_where_named(forms: list[str], sentence: int, place: str) -> None:
    assert where_named(_analysis(), sentence, forms) == place


@pytest.mark.parametrize(("name", "place"), [
    ("Gaza City", "dateline"),    # named only in the dateline
    ("doctor", "sentence"),       # near miss: named in the sentence, not a dateline
    ("Wire", "dateline"),         # the wire credit inside the dateline
    (None, "absent"),
])
def test_credited_place(name: str | None, place: str) -> None:
    assert credited_place(_analysis(), 5, name) == place


def test_a_name_also_in_the_body_is_not_a_dateline_credit() -> None:
    text = "GAZA CITY - Nearly 500 died. Gaza City mourned."
    assert credited_place(_analysis(text), 0, "Gaza City") == "sentence"


@pytest.mark.parametrize(("text", "described", "kind"), [
    ("he", False, "pronoun"), ("They", False, "pronoun"),
    ("the spokesman", False, "description"), ("The army", False, "description"),
    ("Daniel Hagari", True, "description"),      # a name standing for a described person
    ("Daniel Hagari", False, "name"), ("Theo Adams", False, "name"),   # near miss: "The" inside a name
    (None, False, "none"),
])
def test_mention_kind(text: str | None, described: bool, kind: str) -> None:
    assert mention_kind(text, described) == kind


def _run_eval() -> object:
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "eval" / "run_eval.py"
    spec = importlib.util.spec_from_file_location("newsledger_eval_run", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluation_doc_lists_error_kinds_per_half() -> None:
    """docs/EVALUATION.md's claims section gets a table of error kinds by half; counts that are
    no error (matched figures) stay out, and no counts give no table."""
    table = _run_eval().error_kinds_table({  # type: ignore[attr-defined]
        "all": {"source_err_gold_near": 2, "matched_figures": 40},
        "tune": {"source_err_gold_near": 1}, "check": {"source_err_gold_near": 1, "speaker_err_mention_pronoun": 3}})
    rows = [line for line in table if line.startswith("| s")]
    assert rows == ["| source_err_gold_near | 2 | 1 | 1 |", "| speaker_err_mention_pronoun | 0 | 0 | 3 |"]
    assert _run_eval().error_kinds_table({"all": {"matched_figures": 3}}) == []  # type: ignore[attr-defined]
