"""The evaluation gate (eval/gate.py): floors bound figures from below, ceilings from above."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

GATE = Path(__file__).resolve().parents[2] / "eval" / "gate.py"


def _gate() -> object:
    spec = importlib.util.spec_from_file_location("newsledger_eval_gate", GATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FLOORS = {"floors": {"claims": {"figures_recall": 0.9}}, "ceilings": {"claims": {"negated_false_claims": 2}}}


@pytest.mark.parametrize(("result", "problem"), [
    ({"figures_recall": 0.95, "negated_false_claims": 0}, None),          # positive
    ({"figures_recall": 0.891, "negated_false_claims": 2}, None),         # near miss: within tolerance
    ({"figures_recall": 0.85, "negated_false_claims": 0}, "below its floor"),
    ({"figures_recall": 0.95, "negated_false_claims": 3}, "above its ceiling"),
    ({"figures_recall": 0.95}, "not reported"),
])
def test_gate_checks_floors_and_ceilings(result: dict[str, float], problem: str | None) -> None:
    problems = _gate().check(FLOORS, {"claims": result})  # type: ignore[attr-defined]
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]
