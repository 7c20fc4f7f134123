"""The PolNeAR scorer on tiny hand-made brat files (no spaCy, no shared gold data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluation.quotes import (
    ScoredAttribution,
    evaluate,
    normalise_range,
    quotes_to_attributions,
    read_gold,
    score_document,
)
from newsledger.records import Analysis, Article, Quote, Span

TEXT = (
    "The mayor said that the bridge would reopen in May.\n\n"
    "“We are nearly done,” said Ana Ruiz, the chief engineer. “Only the paint is left.”\n\n"
    "It was reported that the budget had doubled."
)


def _offsets(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _ann() -> str:
    c1 = _offsets("that the bridge would reopen in May")
    s1 = _offsets("The mayor")
    q_a = _offsets("“We are nearly done,”")
    q_b = _offsets("“Only the paint is left.”")
    s2 = _offsets("Ana Ruiz, the chief engineer")
    cue2 = _offsets("said Ana")
    c3 = _offsets("that the budget had doubled")
    cue3 = _offsets("was reported")
    lines = [
        f"T1\tSource {s1[0]} {s1[1]}\tThe mayor",
        f"T2\tCue {s1[1] + 1} {s1[1] + 5}\tsaid",
        f"T3\tContent {c1[0]} {c1[1]}\t{TEXT[c1[0] : c1[1]]}",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tContent {q_a[0]} {q_a[1]};{q_b[0]} {q_b[1]}\t{TEXT[q_a[0] : q_a[1]]} {TEXT[q_b[0] : q_b[1]]}",
        f"T5\tCue {cue2[0]} {cue2[0] + 4}\tsaid",
        f"T6\tSource {s2[0]} {s2[1]}\t{TEXT[s2[0] : s2[1]]}",
        "E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6",
        f"T7\tContent {c3[0]} {c3[1]}\t{TEXT[c3[0] : c3[1]]}",
        f"T8\tCue {cue3[0]} {cue3[1]}\twas reported",
        "E3\tAttribution:T8 Content:T7 Cue:T8",
        "T9\tDiscard 0 3\tThe",
        "",
    ]
    return "\n".join(lines)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc-one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "doc-one_ab12.ann").write_text(_ann(), encoding="utf-8")
    # a second annotator of the same text: ignored (the first file in sorted order is used)
    (tmp_path / "attributions" / "doc-one_ff00.ann").write_text("", encoding="utf-8")
    # a text without annotation: skipped
    (tmp_path / "text" / "doc-two.txt").write_text("Nothing here.", encoding="utf-8")
    return tmp_path


def test_read_gold_hulls_and_sources(gold_dir: Path) -> None:
    docs = read_gold(gold_dir)
    assert [d.stem for d in docs] == ["doc-one"]
    atts = docs[0].attributions
    assert len(atts) == 3
    direct = atts[1]
    assert TEXT[direct.content_start : direct.content_end].startswith("“We are nearly done,”")
    assert TEXT[direct.content_start : direct.content_end].endswith("left.”")
    assert atts[2].has_source is False


def test_gold_as_prediction_scores_one(gold_dir: Path) -> None:
    doc = read_gold(gold_dir)[0]
    metrics = score_document(doc.text, doc.attributions, doc.attributions).metrics()
    assert metrics
    assert {name: value for name, value in metrics.items() if value != 1.0} == {}


def test_empty_prediction_has_zero_recall(gold_dir: Path) -> None:
    doc = read_gold(gold_dir)[0]
    scores = score_document(doc.text, doc.attributions, [])
    metrics = scores.metrics()
    assert metrics["content_r_exact"] == 0.0
    assert metrics["content_r_overlap"] == 0.0
    assert metrics["direct_content_r_overlap"] == 0.0
    assert scores.overlap.n_gold == 3 and scores.direct.n_gold == 1


def test_exact_match_ignores_marks_and_punctuation_but_overlap_needs_half() -> None:
    text = "He said “we will win.” Then he left the hall quickly and quietly."
    gold = [ScoredAttribution(text.index("“"), text.index("”") + 1)]
    bare = ScoredAttribution(text.index("we"), text.index("win") + 3)
    assert normalise_range(text, gold[0].content_start, gold[0].content_end) == (
        bare.content_start,
        bare.content_end,
    )
    assert score_document(text, gold, [bare]).exact.tp == 1
    too_long = ScoredAttribution(text.index("we"), len(text))
    scores = score_document(text, gold, [too_long])
    assert scores.exact.tp == 0 and scores.overlap.tp == 0


def test_speaker_accuracy_rules() -> None:
    text = "Officials said the road was closed. It was said that rain was coming."
    c1 = (text.index("the road"), text.index(" was closed") + len(" was closed"))
    c2 = (text.index("that rain"), text.index("coming") + len("coming"))
    gold = [
        ScoredAttribution(*c1, source_start=0, source_end=9),
        ScoredAttribution(*c2),  # no source
    ]
    right = [ScoredAttribution(*c1, 0, 9), ScoredAttribution(*c2)]
    wrong = [ScoredAttribution(*c1, 20, 24), ScoredAttribution(*c2, 0, 9)]
    assert score_document(text, gold, right).metrics()["speaker_accuracy"] == 1.0
    assert score_document(text, gold, wrong).metrics()["speaker_accuracy"] == 0.0


def _quote(
    qid: str, start: int, end: int, parent: str | None = None, speaker: Span | None = None
) -> Quote:
    return Quote(
        id=qid,
        article_id="a",
        sentence=0,
        start=start,
        end=end,
        kind="indirect",
        content=Span(start, end, TEXT[start:end]),
        speaker=speaker,
        parent_id=parent,
    )


def test_only_outermost_quotes_are_scored() -> None:
    quotes = [_quote("q1", 0, 10), _quote("q2", 2, 5, parent="q1")]
    assert [a.content_start for a in quotes_to_attributions(quotes)] == [0]


class _StubPipeline:
    """Stands in for ``Pipeline``: returns the given quotes for any article."""

    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        self.quotes = quotes
        self.seen: list[str] = []

    def analyze(self, article: Article) -> Analysis:
        self.seen.append(article.text)
        return Analysis(article=article, quotes=self.quotes)


def test_evaluate_end_to_end(gold_dir: Path) -> None:
    doc = read_gold(gold_dir)[0]
    quotes = tuple(
        _quote(
            f"q{i}",
            a.content_start,
            a.content_end,
            speaker=Span(a.source_start, a.source_end, TEXT[a.source_start : a.source_end])
            if a.source_start is not None and a.source_end is not None
            else None,
        )
        for i, a in enumerate(doc.attributions)
    )
    stub = _StubPipeline(quotes)
    result = evaluate(gold_dir, stub, limit=5)  # type: ignore[arg-type]
    assert stub.seen == [TEXT]  # analysed exactly as written
    assert result.n_docs == 1
    assert result.metrics["content_f1_overlap"] == 1.0
    assert result.metrics["speaker_accuracy"] == 1.0
    empty = evaluate(gold_dir, _StubPipeline(()), limit=5)  # type: ignore[arg-type]
    assert empty.metrics["content_r_overlap"] == 0.0
    assert set(result.metrics) == {
        "content_p_exact",
        "content_r_exact",
        "content_f1_exact",
        "content_p_overlap",
        "content_r_overlap",
        "content_f1_overlap",
        "speaker_accuracy",
        "direct_content_p_overlap",
        "direct_content_r_overlap",
        "direct_content_f1_overlap",
    }
