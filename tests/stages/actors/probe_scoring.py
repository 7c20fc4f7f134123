"""Scoring of the actor probes (test_actor_probe.py, test_us_actors_probe.py): invented sentences
whose gold lists the actor mentions and the code each should resolve to; see test_actor_probe's
docstring for what is counted."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

SECTORS = frozenset(
    "GOV MIL REB INS OPP PTY COP JUD LEG SPY MED BUS CVL REF HLH EDU REL NGO IGO ELI LAB AGR ENV CRM".split()
)

# (mention text, expected code) of one sentence
Gold = tuple[tuple[str, str | None], ...]


@dataclass
class ProbeScore:
    right: int = 0
    counted: int = 0  # predicted mentions with an actor that are scored
    gold: int = 0  # gold mentions with a code
    misses: list[str] | None = None

    @property
    def precision(self) -> float:
        return self.right / self.counted if self.counted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0


def code_matches(expected: str, actor: Any) -> bool:
    """``actor``'s country and primary sector are the expected code's (see the module docstring)."""
    parts = expected.split()
    country = parts[0] if parts and parts[0] not in SECTORS and "/" not in parts[0] else None
    sectors = set("/".join(parts[1:] if country else parts).split("/")) - {""}
    if actor.country != country:
        return False
    if not sectors:
        return not actor.sectors
    return bool(actor.sectors) and actor.sectors[0] in sectors


def gold_spans(text: str, gold: Gold) -> list[tuple[list[tuple[int, int]], str | None]]:
    """Each gold mention's possible extents (character ranges) in ``text`` and its code."""
    out = []
    for forms, code in gold:
        spans = [(m.start(), m.end()) for form in forms.split("|")
                 for m in [re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)] if m]
        assert spans, (text, forms)
        out.append((spans, code))
    return out


LEFT_EXTRA = re.compile(
    r"(?:(?:a|an|the|some|several|dozens of|hundreds of|thousands of|\d[\d,]*|one|two|three|four|five|"
    r"northern|southern|eastern|western|central|north|south|east|west)\s+)*", re.IGNORECASE)
RIGHT_EXTRA = re.compile(r"(?:\s+(?:in|from|near|off|across|at|of)\s.*)?")


def covers(text: str, pred: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """``pred`` is one of the extents, or one with only an article, a number or a compass word
    before it and a prepositional phrase after it ("Rebels in eastern Congo" for "Rebels")."""
    s, e = pred
    return any(s <= gs and ge <= e and LEFT_EXTRA.fullmatch(text[s:gs]) and RIGHT_EXTRA.fullmatch(text[ge:e])
               for gs, ge in spans)


def score_row(text: str, gold: Gold, layer: Any, score: ProbeScore) -> None:
    """Add one sentence's mentions to ``score`` (see the module docstring)."""
    golds = gold_spans(text, gold)
    predicted = [((m.start, m.end), layer.actor(m.actor_id)) for m in layer.mentions if m.actor_id]
    exact = [next((i for i, (spans, _) in enumerate(golds) if span in spans), None) for span, _ in predicted]
    hits = [x if x is not None else next((i for i, (spans, _) in enumerate(golds) if covers(text, span, spans)),
                                           None) for x, (span, _) in zip(exact, predicted, strict=True)]
    score.gold += sum(1 for _, code in golds if code is not None)
    found: set[int] = set()
    for hit, (span, actor) in zip(hits, predicted, strict=True):
        if hit is not None:
            code = golds[hit][1]
            score.counted += 1
            if code is not None and actor is not None and code_matches(code, actor) and hit not in found:
                score.right += 1
                found.add(hit)
            continue
        overlaps = {i for i, (spans, _) in enumerate(golds) if any(span[0] < e and s < span[1] for s, e in spans)}
        if overlaps - set(h for h in hits if h is not None):
            score.counted += 1
    if score.misses is not None:
        for i, (spans, code) in enumerate(golds):
            if code is not None and i not in found:
                got = [f"{text[s:e]!r}={a.code if a else None}" for (s, e), a in predicted
                       if any(s < ge and gs < e for gs, ge in spans)]
                score.misses.append(f"{text[spans[0][0]:spans[0][1]]!r} want {code}, got {got}")


def probe_score(layer_of: Callable[[str], Any], rows: Sequence[tuple[str, str, Gold]],
                misses: bool = False) -> ProbeScore:
    score = ProbeScore(misses=[] if misses else None)
    for _construction, text, gold in rows:
        score_row(text, gold, layer_of(text), score)
    return score
