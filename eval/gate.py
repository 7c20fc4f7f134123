"""The quality gate: run the evaluation and fail when a figure drops below its floor.

A figure may fall at most 0.01 below the floor pinned in eval/floors.json. Floors are raised as
stages improve; lowering one is an edited file with the reason stated in its "reasons" entry.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run_eval

TOLERANCE = 0.01


def check(floors: dict, results: dict[str, dict]) -> list[str]:
    """Figures below their floor, or above their ceiling (for counts of errors), beyond the tolerance."""
    problems = []
    for task, metrics in floors.get("ceilings", {}).items():
        for name, ceiling in metrics.items():
            value = results.get(task, {}).get(name)
            if value is None:
                problems.append(f"{task}.{name}: not reported")
            elif value > ceiling + TOLERANCE:
                problems.append(f"{task}.{name}: {value:.3f} is above its ceiling {ceiling:.3f}")
    for task, metrics in floors.get("floors", {}).items():
        got = results.get(task)
        if got is None:
            problems.append(f"{task}: no result")
            continue
        for name, floor in metrics.items():
            value = got.get(name)
            if value is None:
                problems.append(f"{task}.{name}: not reported")
            elif value < floor - TOLERANCE:
                problems.append(f"{task}.{name}: {value:.3f} is below its floor {floor:.3f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--results", default="eval/results", type=Path)
    ap.add_argument("--floors", default="eval/floors.json", type=Path)
    args = ap.parse_args(argv)
    if not args.shared.exists():
        print(f"eval gate skipped: {args.shared} not found")
        return 0
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    tasks = list(dict.fromkeys([*floors.get("floors", {}), *floors.get("ceilings", {})]))
    absent = [t for t in tasks if not (args.shared / run_eval.GOLD[t]).exists()]
    for t in absent:  # a gold set this copy of ../shared does not have (the CASE snippets)
        print(f"gate {t}: skipped, {args.shared / run_eval.GOLD[t]} not found")
        floors.get("floors", {}).pop(t, None)
        floors.get("ceilings", {}).pop(t, None)
    tasks = [t for t in tasks if t not in absent]
    run_eval.main(["--shared", str(args.shared), "--out", str(args.results), "--tasks", *tasks])
    results = {t: json.loads((args.results / f"{t}.json").read_text(encoding="utf-8")) for t in tasks}
    problems = check(floors, results)
    for task, metrics in floors.get("floors", {}).items():
        for name, floor in metrics.items():
            print(f"gate {task}.{name}: {results[task].get(name)} (floor {floor})")
    for task, metrics in floors.get("ceilings", {}).items():
        for name, ceiling in metrics.items():
            print(f"gate {task}.{name}: {results[task].get(name)} (ceiling {ceiling})")
    if problems:
        print("eval gate FAILED:\n  " + "\n  ".join(problems))
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
