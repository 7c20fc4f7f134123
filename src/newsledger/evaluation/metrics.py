"""Metrics shared by the evaluation tasks."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..records import Record

G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True)
class PRF(Record):
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)


HALVES = ("tune", "check")


def half(item_id: str, bit: int = 0) -> str:
    """The half a gold item belongs to: ``tune`` or ``check``, by bit ``bit`` of the sha1 of its
    id (bit 0: sha1 % 2 == 0 is ``tune``). Rules are written looking at the tuning half only; the
    check half's figures say whether they generalise. A gold set that was itself drawn as one
    parity of the same hash (every id has the same bit 0) is split by the next bit."""
    return "tune" if (int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) >> bit) & 1 == 0 else "check"


def with_halves(score: Callable[[list[G], list[P]], dict[str, float]], gold: list[G], preds: list[P],
                item_id: Callable[[G], str], bit: int = 0) -> dict[str, float]:
    """``score`` on all items, then on each half (keys suffixed ``_tune`` and ``_check``)."""
    metrics = score(gold, preds)
    for name in HALVES:
        pairs = [(g, p) for g, p in zip(gold, preds, strict=True) if half(item_id(g), bit) == name]
        part = score([g for g, _ in pairs], [p for _, p in pairs])
        metrics.update({f"{k}_{name}": v for k, v in part.items()})
    return metrics


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    return PRF(tp, n_pred, n_gold)


def multiset_prf(pred: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """P/R/F1 of two multisets of items: each gold item can be matched once."""
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    return PRF(tp, sum(p.values()), sum(g.values()))


def tokens_overlap(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """At least half the word tokens of each span are shared (the 'overlap' match)."""
    ta = _token_offsets(text, *a)
    tb = _token_offsets(text, *b)
    if not ta or not tb:
        return False
    shared = len(ta & tb)
    return shared * 2 >= len(ta) and shared * 2 >= len(tb)


def _token_offsets(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the whitespace-separated tokens inside [start, end)."""
    out = set()
    i = start
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        if i >= end:
            break
        j = i
        while j < end and not text[j].isspace():
            j += 1
        out.add(_abs_token_start(text, i))
        i = j
    return out


def _abs_token_start(text: str, i: int) -> int:
    """Snap to the start of the whitespace token holding ``i``, so partial tokens match."""
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def greedy_match(pred: list[Any], gold: list[Any], match: Any) -> list[tuple[int, int]]:
    """One-to-one matching of predictions to gold items, first come first served."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and match(p, g):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


@dataclass
class EvalResult:
    """A task's figures (flat metric name → number) and its per-item details."""

    task: str
    metrics: dict[str, float]
    n_docs: int
    gold_path: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self, commit: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.metrics)
        out.update({"n_docs": self.n_docs, "gold_path": self.gold_path, "commit": commit})
        out.update(self.details)
        return out
