"""Score the quote stage on PolNeAR (brat standoff attributions).

Gold layout: ``<gold_path>/text/<stem>.txt`` and ``<gold_path>/attributions/<stem>_<annotator>.ann``.
Each ``E`` line of an ``.ann`` file is one attribution linking ``T`` spans typed ``Source``,
``Cue`` and ``Content`` (offsets may be discontinuous: ``start end;start end``). When several
annotators labelled the same text, the first annotation file in sorted order is used.

Scoring choices (documented so that figures can be compared):

* The texts are analysed exactly as given (``Article.create(text)``, no ingest normalisation),
  so that offsets align with the annotation.
* A content is compared by its hull: from the start of its first fragment to the end of its
  last (PolNeAR splits a quote interrupted by "he said" into fragments; newsledger's content
  span runs over the interruption). Sources likewise.
* Exact match: both hulls are normalised by stripping, at both ends and repeatedly,
  whitespace, quotation marks and punctuation (``NORMALISE_STRIP``); the remaining ranges must
  be equal.
* Overlap match: ``metrics.tokens_overlap`` (at least half of the whitespace tokens of each
  span shared).
* Only outermost predicted quotes are scored (``parent_id is None``): PolNeAR annotates no
  nested attributions, and a partial quote is part of its parent attribution.
* ``speaker_accuracy``: over overlap-matched contents, the predicted speaker span overlaps the
  gold Source span; a gold attribution without Source counts as correct only when the
  predicted speaker is None.
* Direct subset: contents, gold and predicted alike, whose text starts with a quotation mark
  (the same test on both sides); matching is done within the subsets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..pipeline import Pipeline
from ..records import Article, Quote, Record
from .metrics import PRF, EvalResult, greedy_match, tokens_overlap

log = logging.getLogger(__name__)

QUOTE_MARKS = "\"'“”‘’„‟«»‹›`"
NORMALISE_STRIP = frozenset(QUOTE_MARKS + ".,;:!?—–-…()[]{}" + " \t\r\n\u00a0")


@dataclass(frozen=True)
class ScoredAttribution(Record):
    """An attribution reduced to what is scored: content hull and source hull (char offsets)."""

    content_start: int
    content_end: int
    source_start: int | None = None
    source_end: int | None = None

    @property
    def has_source(self) -> bool:
        return self.source_start is not None and self.source_end is not None


@dataclass(frozen=True)
class GoldDocument(Record):
    stem: str
    text: str
    attributions: tuple[ScoredAttribution, ...] = ()


@dataclass(frozen=True)
class QuoteScores(Record):
    """Counts behind the figures: content matches (exact, overlap, direct) and speakers."""

    exact: PRF
    overlap: PRF
    direct: PRF
    speaker_correct: int
    speaker_total: int

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(
            self.exact + other.exact,
            self.overlap + other.overlap,
            self.direct + other.direct,
            self.speaker_correct + other.speaker_correct,
            self.speaker_total + other.speaker_total,
        )

    def metrics(self) -> dict[str, float]:
        return {
            "content_p_exact": self.exact.precision,
            "content_r_exact": self.exact.recall,
            "content_f1_exact": self.exact.f1,
            "content_p_overlap": self.overlap.precision,
            "content_r_overlap": self.overlap.recall,
            "content_f1_overlap": self.overlap.f1,
            "speaker_accuracy": self.speaker_correct / self.speaker_total
            if self.speaker_total
            else 0.0,
            "direct_content_p_overlap": self.direct.precision,
            "direct_content_r_overlap": self.direct.recall,
            "direct_content_f1_overlap": self.direct.f1,
        }


EMPTY_SCORES = QuoteScores(PRF(0, 0, 0), PRF(0, 0, 0), PRF(0, 0, 0), 0, 0)


# --------------------------------------------------------------------------- reading brat


def _fragments(offsets: str) -> list[tuple[int, int]]:
    out = []
    for frag in offsets.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> tuple[ScoredAttribution, ...]:
    """The attributions of one brat ``.ann`` file (those without a Content are skipped)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            parts = fields[1].split(" ", 1)
            if len(parts) == 2:
                try:
                    spans[fields[0]] = _fragments(parts[1])
                except ValueError:
                    log.warning("%s: bad offsets in %r", path.name, line)
        elif line.startswith("E") and len(fields) >= 2:
            links.append(dict(p.split(":", 1) for p in fields[1].split() if ":" in p))
    out = []
    for link in links:
        content = spans.get(link.get("Content", ""))
        if not content:
            continue
        source = spans.get(link.get("Source", ""))
        out.append(
            ScoredAttribution(
                content_start=min(a for a, _ in content),
                content_end=max(b for _, b in content),
                source_start=min(a for a, _ in source) if source else None,
                source_end=max(b for _, b in source) if source else None,
            )
        )
    return tuple(out)


def read_gold(gold_path: Path, limit: int | None = None) -> list[GoldDocument]:
    """Documents of a PolNeAR split (``text/`` and ``attributions/``), in sorted order."""
    root = Path(gold_path)
    if not (root / "text").is_dir() and (root / "dev" / "text").is_dir():
        root = root / "dev"
    anns: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)  # first annotator file in sorted order
    docs = []
    for txt in sorted((root / "text").glob("*.txt")):
        ann_path = anns.get(txt.stem)
        if ann_path is None:
            continue
        with txt.open(encoding="utf-8", newline="") as fh:
            text = fh.read()  # exactly as annotated: no newline or Unicode normalisation
        docs.append(GoldDocument(txt.stem, text, read_ann(ann_path)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------- scoring


def normalise_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, quotation marks and punctuation from both ends of [start, end)."""
    while start < end and text[start] in NORMALISE_STRIP:
        start += 1
    while end > start and text[end - 1] in NORMALISE_STRIP:
        end -= 1
    return start, end


def starts_with_quote(text: str, start: int, end: int) -> bool:
    s = text[start:end].lstrip()
    return bool(s) and s[0] in QUOTE_MARKS


def quotes_to_attributions(quotes: Sequence[Quote]) -> list[ScoredAttribution]:
    """The outermost quotes (no parent) as scored attributions."""
    out = []
    for q in quotes:
        if q.parent_id is not None:
            continue
        out.append(
            ScoredAttribution(
                content_start=q.content.start,
                content_end=q.content.end,
                source_start=q.speaker.start if q.speaker is not None else None,
                source_end=q.speaker.end if q.speaker is not None else None,
            )
        )
    return out


def _source_ok(pred: ScoredAttribution, gold: ScoredAttribution) -> bool:
    if not gold.has_source:
        return not pred.has_source
    if not pred.has_source:
        return False
    assert pred.source_start is not None and pred.source_end is not None
    assert gold.source_start is not None and gold.source_end is not None
    return pred.source_start < gold.source_end and gold.source_start < pred.source_end


def score_document(
    text: str, gold: Sequence[ScoredAttribution], pred: Sequence[ScoredAttribution]
) -> QuoteScores:
    """Counts for one document: predictions against gold attributions."""
    gold_l, pred_l = list(gold), list(pred)

    def exact(p: ScoredAttribution, g: ScoredAttribution) -> bool:
        a = normalise_range(text, p.content_start, p.content_end)
        b = normalise_range(text, g.content_start, g.content_end)
        return a == b and a[0] < a[1]

    def overlap(p: ScoredAttribution, g: ScoredAttribution) -> bool:
        return tokens_overlap(
            (p.content_start, p.content_end), (g.content_start, g.content_end), text
        )

    def prf_of(
        ps: list[ScoredAttribution],
        gs: list[ScoredAttribution],
        match: Callable[[ScoredAttribution, ScoredAttribution], bool],
    ) -> tuple[PRF, list[tuple[int, int]]]:
        pairs = greedy_match(ps, gs, match)
        return PRF(len(pairs), len(ps), len(gs)), pairs

    exact_prf, _ = prf_of(pred_l, gold_l, exact)
    overlap_prf, pairs = prf_of(pred_l, gold_l, overlap)
    speaker_ok = sum(1 for i, j in pairs if _source_ok(pred_l[i], gold_l[j]))
    pred_d = [p for p in pred_l if starts_with_quote(text, p.content_start, p.content_end)]
    gold_d = [g for g in gold_l if starts_with_quote(text, g.content_start, g.content_end)]
    direct_prf, _ = prf_of(pred_d, gold_d, overlap)
    return QuoteScores(exact_prf, overlap_prf, direct_prf, speaker_ok, len(pairs))


def evaluate(gold_path: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Content P/R/F1 (exact and overlap), speaker accuracy and the direct-quote subset."""
    docs = read_gold(Path(gold_path), limit)
    total = EMPTY_SCORES
    per_doc: dict[str, dict[str, int]] = {}
    for doc in docs:
        analysis = pipeline.analyze(Article.create(doc.text, source_path=doc.stem))
        pred = quotes_to_attributions(analysis.quotes)
        scores = score_document(doc.text, doc.attributions, pred)
        total = total + scores
        per_doc[doc.stem] = {
            "gold": scores.overlap.n_gold,
            "pred": scores.overlap.n_pred,
            "tp": scores.overlap.tp,
        }
    return EvalResult(
        task="quotes",
        metrics=total.metrics(),
        n_docs=len(docs),
        gold_path=str(gold_path),
        details={
            "n_gold": total.overlap.n_gold,
            "n_pred": total.overlap.n_pred,
            "n_gold_direct": total.direct.n_gold,
            "n_pred_direct": total.direct.n_pred,
            "per_doc": per_doc,
        },
    )
