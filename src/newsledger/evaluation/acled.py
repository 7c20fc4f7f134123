"""ACLED typology evaluation on conflict-report snippets coded with ACLED sub-event types (the
CASE 2021 task 2 format: a TSV with ``id``, ``EventSnippet`` and ``SubType``).

Each snippet is analysed as an article by the full pipeline; its **main event** is the one the
library names (:func:`newsledger.stages.events.incident.main_event`): among the counted events (top
level, neither negated nor hypothetical) that have an ACLED sub-event type or an outside-ACLED scope
(``Event.scope``), the most confident of the lede, the first sentence that tells of an act with a
party named; background (acts of years before) and diplomacy (the residual scope of verbal events)
only when the snippet has no other. What is compared with the gold code, mapped to ACLED names by
:data:`CASE_CODES`:

* ``subtype_accuracy``: the main event's ACLED sub-event type, or its outside-ACLED category,
  equals the gold (no main event counts as wrong).
* ``subtype_macro_f1``: the F1 of each class (gold or predicted), averaged.
* ``family_accuracy``: the ACLED event type ("Battles", ..., or ``outside ACLED``) equals the gold's.
* ``event_found_rate``: over the snippets whose gold is an ACLED type, the share with a main event.
* ``any_event_rate``: over the same snippets, the share with any counted event at all (typed or not).

Every metric is also reported on the tuning and the check half of the snippets (``_tune``,
``_check``, split by :func:`.metrics.half` of the snippet id): rules are written looking at the
tuning half only; the gate holds the check half.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import NewsledgerError
from ..pipeline import Pipeline
from ..records import Analysis, Article, Event, Failure
from ..stages.events import incident
from ..stages.events.incident import counted
from .metrics import EvalResult, half
from .metrics import with_halves as halves

log = logging.getLogger(__name__)

OUTSIDE = "outside ACLED"

# CASE 2021 task 2 code -> (ACLED event type, ACLED sub-event type); outside ACLED's scope, the
# second name is the category as newsledger's ``Event.scope`` names it
CASE_CODES: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "DIPLO": (OUTSIDE, "diplomacy"),
    "ATTRIB": (OUTSIDE, "claim_of_responsibility"),
    "ORG_CRIME": (OUTSIDE, "organised_crime"),
    "NATURAL_DISASTER": (OUTSIDE, "natural_disaster"),
    "MAN_MADE_DISASTER": (OUTSIDE, "man_made_disaster"),
}


@dataclass(frozen=True)
class GoldSnippet:
    id: str
    text: str
    code: str

    @property
    def family(self) -> str:
        return CASE_CODES[self.code][0]

    @property
    def subtype(self) -> str:
        return CASE_CODES[self.code][1]


@dataclass(frozen=True)
class Prediction:
    """The main event's (family, subtype), or None; and whether any counted event was found."""

    family: str | None
    subtype: str | None
    any_event: bool


def load_gold(path: Path) -> list[GoldSnippet]:
    """The snippets of a CASE-format TSV (``id``, ``EventSnippet``, ``SubType``)."""
    out: list[GoldSnippet] = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or ())
        if missing:
            raise NewsledgerError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            code = (row["SubType"] or "").strip()
            if code not in CASE_CODES:
                raise NewsledgerError(f"{path}: unknown CASE code {code!r} for snippet {row['id']}")
            out.append(GoldSnippet(id=str(row["id"]).strip(), text=row["EventSnippet"] or "", code=code))
    return out


def main_event(analysis: Analysis) -> Event | None:
    """The article's main event as the library chooses it (:func:`.stages.events.incident.main_event`:
    the lede's act before later sentences' casualties, reactions and claims; background and
    diplomacy only when there is no other)."""
    return incident.main_event(analysis.events)


def predict(analysis: Analysis) -> Prediction:
    e = main_event(analysis)
    any_event = any(counted(x) for x in analysis.events)
    if e is None:
        return Prediction(None, None, any_event)
    if e.scope == "acled":
        return Prediction(e.acled_type, e.acled_subtype, any_event)
    return Prediction(OUTSIDE, e.scope, any_event)


def score(gold: list[GoldSnippet], preds: list[Prediction]) -> dict[str, float]:
    """The ACLED metrics of predictions against the gold snippets."""
    n = len(gold)
    pairs = list(zip(gold, preds, strict=True))
    acled = [(g, p) for g, p in pairs if g.family != OUTSIDE]
    return {
        "subtype_accuracy": sum(p.subtype == g.subtype for g, p in pairs) / n if n else 0.0,
        "subtype_macro_f1": macro_f1([g.subtype for g in gold], [p.subtype for p in preds]),
        "family_accuracy": sum(p.family == g.family for g, p in pairs) / n if n else 0.0,
        "event_found_rate": sum(p.subtype is not None for _, p in acled) / len(acled) if acled else 0.0,
        "any_event_rate": sum(p.any_event for _, p in acled) / len(acled) if acled else 0.0,
    }


def macro_f1(gold: list[str], pred: list[str | None]) -> float:
    """The mean over classes (gold or predicted) of each class's F1; no prediction is no class."""
    labels = set(gold) | {p for p in pred if p is not None}
    if not labels:
        return 0.0
    total = 0.0
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        n_pred = sum(1 for p in pred if p == label)
        n_gold = sum(1 for g in gold if g == label)
        total += 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
    return total / len(labels)


def with_halves(gold: list[GoldSnippet], preds: list[Prediction]) -> dict[str, float]:
    """The metrics on all snippets, then on each half (``subtype_accuracy_tune``, ``..._check``)."""
    return halves(score, gold, preds, lambda g: g.id)


def evaluate(gold_path: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Score the pipeline's ACLED typology against CASE-coded snippets."""
    gold = load_gold(Path(gold_path))
    if limit is not None:
        gold = gold[:limit]
    articles = [Article.create(g.text, external_id=g.id) for g in gold]
    preds: list[Prediction] = []
    confusion: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for g, result in zip(gold, pipeline.analyze_many(articles, n_process=1), strict=True):
        if isinstance(result, Failure):
            log.warning("snippet %s failed: %s", g.id, result.reason)
            pred = Prediction(None, None, False)
        else:
            pred = predict(result)
        preds.append(pred)
        if pred.subtype != g.subtype:
            confusion[f"{g.subtype} -> {pred.subtype or 'NONE'}"] += 1
            misses.append({"id": g.id, "half": half(g.id), "gold": g.subtype, "predicted": pred.subtype or "NONE"})
    details = {
        "confusion": dict(confusion.most_common()),
        "misses": misses,
        "counted": "the main event (stages.events.incident.main_event): of the top-level events (neither negated "
                   "nor hypothetical) with an ACLED type or an outside-ACLED scope, the most confident of the lede",
    }
    return EvalResult(task="acled", metrics=with_halves(gold, preds), n_docs=len(gold), gold_path=str(gold_path),
                      details=details)
