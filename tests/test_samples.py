"""The bundled sample corpus: every file reads, and it covers what the README promises."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsledger.ingest import read_paths
from newsledger.records import Article

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def test_sample_corpus_reads_without_failures() -> None:
    items = list(read_paths([SAMPLES]))
    failures = [i for i in items if not isinstance(i, Article)]
    assert failures == []
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) >= 15
    assert len({a.id for a in articles}) == len(articles)  # no duplicate content
    outlets = Counter(a.outlet for a in articles)
    assert len(set(outlets) - {None}) >= 5
    assert outlets[None] <= 2  # the few plain-text files written without a header block
    formats = Counter(Path(a.source_path.split(":")[0]).name.split(".", 1)[1] for a in articles if a.source_path)
    assert {"txt", "html", "jsonl"} <= set(formats), formats
    assert all(a.title for a in articles)
    assert sum(1 for a in articles if a.published) >= len(articles) - 2
