"""Event evaluation on PLOVER gold-standard records (one event per record).

Each gold record's ``text`` is analysed as an article by the full pipeline. What is compared:

* ``type_accuracy``: per record, the type of the most confident predicted event equals the gold
  type (no prediction counts as wrong).
* ``type_p / type_r / type_f1``: event types per record as multisets, summed over records.
* ``triple_p / triple_r / triple_f1``: (type, source codes, target codes) per record.
* ``actor_p / actor_r / actor_f1``: (record, role, code) pairs.

Gold names from older PLOVER versions are mapped to PLOVER 2021: DEMAND → REQUEST, DISAPPROVE →
ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT. Gold codes are country codes or ``IGO``; an
empty target (``""`` or missing) is the empty set. The gold codes international organisations as
``IGO`` whether governmental or not (United Nations bodies, NATO, the EU, the Arab League, but
also the Red Cross and Amnesty International); ``NGO`` appears once.

Predicted codes come from the resolved actors: an actor's ``country``; for an actor with no
country, ``IGO`` when ``IGO`` or ``NGO`` is among its sectors or leads its code (the gold's
convention above); a compound actor gives its members' codes. Only top-level events count (``parent_id`` unset: a requested or
promised action is part of its REQUEST/AGREE/THREATEN event) and negated or hypothetical events
are left out (they did not happen).

Every metric is also reported for the tuning and the check half of the records (``_tune`` and
``_check``, split by :func:`.metrics.half` of the record id): rules are written looking at the
tuning half only, and the gate holds the check half. The dev records were themselves drawn as the
sha1-even half of the PLOVER set (bit 0 of the hash is the same for all of them), so they are
split by the next bit of the same hash (``SPLIT_BIT``).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..pipeline import Pipeline
from ..records import Actor, Analysis, Article, Event, Failure
from .metrics import PRF, EvalResult, multiset_prf
from .metrics import with_halves as halves

log = logging.getLogger(__name__)

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ORG_CODES = ("IGO", "NGO")
SKIPPED_MODALITIES = frozenset({"negated", "hypothetical"})
SPLIT_BIT = 1  # bit 0 of sha1(id) is constant on the dev records (see above)


@dataclass(frozen=True)
class GoldEvent:
    """One gold record: its text, event type and the source/target codes."""

    id: str
    text: str
    plover: str
    source: frozenset[str]
    target: frozenset[str]


@dataclass(frozen=True)
class PredEvent:
    """A predicted event reduced to what is scored."""

    plover: str
    source: frozenset[str]
    target: frozenset[str]
    confidence: float


def _codes(value: Any) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(str(a.get("code", "")).strip() for a in value if isinstance(a, dict) and a.get("code"))


def load_gold(path: Path) -> list[GoldEvent]:
    """Gold event records (the DOCUMENT header record skipped, old type names mapped)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out: list[GoldEvent] = []
    for rec in data:
        event = str(rec.get("event", ""))
        if event == "DOCUMENT" or not rec.get("text"):
            continue
        out.append(
            GoldEvent(
                id=str(rec.get("id", len(out))),
                text=str(rec["text"]),
                plover=OLD_NAMES.get(event, event),
                source=_codes(rec.get("source")),
                target=_codes(rec.get("target")),
            )
        )
    return out


def actor_codes(actor_ids: Iterable[str], actors: dict[str, Actor]) -> frozenset[str]:
    """Country or organisation codes of actors, members of compound actors included."""
    out: set[str] = set()

    def visit(aid: str, depth: int) -> None:
        actor = actors.get(aid)
        if actor is None or depth > 4:
            return
        if actor.members:
            for m in actor.members:
                if m in actors:
                    visit(m, depth + 1)
                elif len(m) == 3 and m.isupper():
                    out.add(m)
            return
        if actor.country:
            out.add(actor.country)
            return
        head = actor.code.split()[0] if actor.code else ""
        if any(org in actor.sectors or head == org for org in ORG_CODES):
            out.add("IGO")

    for aid in actor_ids:
        visit(aid, 0)
    return frozenset(out)


def predictions(analysis: Analysis) -> list[PredEvent]:
    """The scored events of one analysis, most confident first."""
    actors = {a.id: a for a in analysis.actors}
    out = [
        PredEvent(
            plover=e.plover,
            source=actor_codes(e.source_actor_ids, actors),
            target=actor_codes(e.target_actor_ids, actors),
            confidence=e.confidence,
        )
        for e in analysis.events
        if _counted(e)
    ]
    return sorted(out, key=lambda p: -p.confidence)


def _counted(e: Event) -> bool:
    return e.parent_id is None and e.modality not in SKIPPED_MODALITIES


def score(gold: list[GoldEvent], preds: list[list[PredEvent]]) -> dict[str, float]:
    """The event metrics for gold records and the predictions made for each of them."""
    correct = 0
    types = PRF(0, 0, 0)
    triples = PRF(0, 0, 0)
    actor_pairs_pred: Counter[tuple[int, str, str]] = Counter()
    actor_pairs_gold: Counter[tuple[int, str, str]] = Counter()
    for i, (g, ps) in enumerate(zip(gold, preds, strict=True)):
        if ps and ps[0].plover == g.plover:
            correct += 1
        types = types + multiset_prf([p.plover for p in ps], [g.plover])
        triples = triples + multiset_prf(
            [(p.plover, p.source, p.target) for p in ps], [(g.plover, g.source, g.target)]
        )
        for p in ps:
            actor_pairs_pred.update({(i, "source", c) for c in p.source})
            actor_pairs_pred.update({(i, "target", c) for c in p.target})
        actor_pairs_gold.update({(i, "source", c) for c in g.source})
        actor_pairs_gold.update({(i, "target", c) for c in g.target})
    actors = multiset_prf(set(actor_pairs_pred), set(actor_pairs_gold))
    n = len(gold)
    return {
        "type_accuracy": correct / n if n else 0.0,
        "type_p": types.precision,
        "type_r": types.recall,
        "type_f1": types.f1,
        "triple_p": triples.precision,
        "triple_r": triples.recall,
        "triple_f1": triples.f1,
        "actor_p": actors.precision,
        "actor_r": actors.recall,
        "actor_f1": actors.f1,
    }


def with_halves(gold: list[GoldEvent], preds: list[list[PredEvent]]) -> dict[str, float]:
    """The metrics on all records, then on each half (``type_accuracy_tune``, ``..._check``)."""
    return halves(score, gold, preds, lambda g: g.id, SPLIT_BIT)


def evaluate(gold_path: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Score the pipeline's events against PLOVER gold records."""
    gold = load_gold(Path(gold_path))
    if limit is not None:
        gold = gold[:limit]
    articles = [Article.create(g.text, external_id=g.id) for g in gold]
    preds: list[list[PredEvent]] = []
    confusion: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for g, result in zip(gold, pipeline.analyze_many(articles, n_process=1), strict=True):
        if isinstance(result, Failure):
            log.warning("record %s failed: %s", g.id, result.reason)
            preds.append([])
            confusion[f"{g.plover}->NONE"] += 1
            misses.append({"id": g.id, "gold": g.plover, "predicted": "NONE"})
            continue
        ps = predictions(result)
        preds.append(ps)
        top = ps[0].plover if ps else "NONE"
        if top != g.plover:
            confusion[f"{g.plover}->{top}"] += 1
            misses.append({"id": g.id, "gold": g.plover, "predicted": top})
    metrics = with_halves(gold, preds)
    details = {
        "confusion": dict(confusion.most_common()),
        "misses": misses,
        "counted": "top-level events (no parent_id), negated and hypothetical ones left out",
    }
    return EvalResult(task="events", metrics=metrics, n_docs=len(gold), gold_path=str(gold_path), details=details)
