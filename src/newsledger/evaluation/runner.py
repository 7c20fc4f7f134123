"""Run an evaluation task, print its table and write ``TASK.json``."""

from __future__ import annotations

import importlib
import json
import logging
import subprocess
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..errors import NewsledgerError
from ..pipeline import Pipeline
from .metrics import EvalResult

log = logging.getLogger(__name__)

TASKS = ("quotes", "figures", "events", "seed", "claims", "acled")

# The metrics each task must report (other tools read these names).
REQUIRED_METRICS = {
    "quotes": ("content_f1_exact", "content_f1_overlap", "direct_content_f1_overlap", "speaker_accuracy"),
    "figures": ("value_f1", "value_unit_f1"),
    "events": ("type_accuracy", "type_f1", "triple_f1", "actor_f1"),
    "seed": ("must_found", "must_total", "should_found", "should_total"),
    "claims": ("figures_recall", "figure_source_accuracy", "negated_false_claims",
               "incident_thread_completeness", "incident_thread_purity", "speaker_accuracy",
               "denial_accuracy", "framing_recall"),
    "acled": ("subtype_accuracy", "subtype_macro_f1", "family_accuracy", "event_found_rate"),
}


def run_task(task: str, gold: Path, pipeline: Pipeline, limit: int | None = None) -> EvalResult:
    """Score ``pipeline`` on the gold data at ``gold`` for ``task``."""
    if task not in TASKS:
        raise NewsledgerError(f"unknown evaluation task {task!r}; choose one of {', '.join(TASKS)}")
    if not gold.exists():
        raise NewsledgerError(f"gold data not found: {gold}")
    module = importlib.import_module(f"newsledger.evaluation.{task}")
    result: EvalResult = module.evaluate(gold, pipeline, limit=limit)
    missing = [m for m in REQUIRED_METRICS[task] if m not in result.metrics]
    if missing:
        raise NewsledgerError(f"task {task} did not report {', '.join(missing)}")
    result.gold_path = str(gold)
    return result


def current_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             check=True, timeout=10)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def write_result(result: EvalResult, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{result.task}.json"
    data: dict[str, Any] = result.to_json(commit=current_commit())
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def print_result(result: EvalResult, console: Console) -> None:
    table = Table(title=f"eval {result.task}: {result.n_docs} documents ({result.gold_path})")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k, v in result.metrics.items():
        table.add_row(k, f"{v:.3f}" if isinstance(v, float) and not float(v).is_integer() else str(v))
    console.print(table)
    items = result.details.get("items")
    if items:
        t = Table(title="items")
        for col in ("level", "found", "item", "matched"):
            t.add_column(col, overflow="fold")
        for i in items:
            t.add_row(i["level"], "yes" if i["found"] else "[red]no[/]", i["item"], i["matched"])
        console.print(t)
