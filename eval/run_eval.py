"""Run every evaluation task on the shared gold data and (optionally) rewrite docs/EVALUATION.md.

Usage: python eval/run_eval.py --shared ../shared --out eval/results [--doc docs/EVALUATION.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from rich.console import Console

from newsledger.evaluation.runner import current_commit, print_result, run_task, write_result
from newsledger.pipeline import Pipeline

# task -> gold path under ../shared
GOLD = {
    "quotes": "gold/dev/polnear/dev",
    "figures": "gold/dev/newsquant_dev.json",
    "events": "gold/dev/plover_gsr_dev.json",
    "seed": "acceptance/seed",
    "claims": "gold/dev/claims/ahli",
    "acled": "gold/dev/case2021/case2021_dev.tsv",
}

TITLES = {
    "quotes": "Quotes: PolNeAR dev (attribution content spans and speakers)",
    "figures": "Figures: NewsQuant dev (quantities in news sentences)",
    "events": "Events: PLOVER gold-standard records (dev half)",
    "seed": "Acceptance: the seed article (expected.json)",
    "claims": "Claim ledger: al-Ahli hospital blast, 31 articles from 29 outlets (claims/README.md)",
    "acled": "ACLED typology: CASE 2021 task 2 snippets (dev half), ACLED sub-event types",
}

# what a task's metrics mean beyond their names, written under its title
NOTES = {
    "claims": ("Framing recall per side: a gold label's side is the party it frames, the country of the "
               "first actor named in the label as the article's analysis resolves it (\"Hamas-run\" -> pse, "
               "\"Israeli airstrike\" -> isr), or `none` when it names no party (\"alleged strike\"). "
               "`framing_side_gap` is the largest difference between the recalls of named parties with "
               "at least 3 labels (`evaluation/claims.py`)."),
    "events": ("Each metric also on the tuning and the check half of the records (`_tune`, `_check`, by a "
               "bit of sha1 of the record id); rules are written from the tuning half, the gate holds the "
               "check half (`evaluation/events.py`)."),
    "acled": ("The main event of each snippet as the library names it (`stages/events/incident.py`: of the "
              "top-level events with an ACLED type or an outside-ACLED category, the most confident of the lede, "
              "the first sentence that tells of an incident; background and diplomacy only when there is no "
              "other) against the gold CASE code mapped to ACLED names "
              "(`evaluation/acled.py`); `event_found_rate` and `any_event_rate` over the snippets whose gold "
              "is an ACLED type; `_tune` and `_check` are the two halves of the snippets by sha1 of the id."),
}


def fmt(v: object) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.3f}"
    if isinstance(v, float):
        return str(int(v))
    return str(v)


def error_kinds_table(counts: dict[str, dict[str, int]]) -> list[str]:
    """The claims task's source and speaker errors by kind, per half (counts only, no text)."""
    keys = sorted({k for half in counts.values() for k in half if "_err_" in k})
    if not keys:
        return []
    halves = [h for h in ("all", "tune", "check") if h in counts]
    lines = ["### Source and speaker errors by kind", "",
             "Counts only (`evaluation/error_kinds.py`): `gold_<place>` is where the right body is named "
             "(the record's sentence, the three before, earlier, later, absent), `credited_at_<place>` where "
             "the body wrongly credited is, `mention_<kind>` what the chosen speaker mention is.", "",
             "| kind | " + " | ".join(halves) + " |", "| --- |" + " --- |" * len(halves)]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(str(counts[h].get(k, 0)) for h in halves) + " |")
    return [*lines, ""]


def write_doc(results: dict[str, dict], path: Path) -> None:
    date = dt.date.today().isoformat()
    commit = current_commit() or "uncommitted"
    lines = [
        "# Evaluation",
        "",
        "Accuracy measured by `make eval` (`eval/run_eval.py`) against gold data written by others,",
        "in `../shared` (never copied into this repository). Every figure below is as measured;",
        "a stage that does not exist yet scores zero. Floors for the CI gate are in `eval/floors.json`.",
        "",
        f"Last run: {date}, commit `{commit}`.",
        "",
    ]
    for task, data in results.items():
        lines += [f"## {TITLES[task]}", "", f"Gold: `{data.get('gold_path')}`, {data.get('n_docs')} documents.", ""]
        if task in NOTES:
            lines += [NOTES[task], ""]
        lines += ["| metric | value |", "| --- | --- |"]
        for k, v in data.items():
            if k in ("n_docs", "gold_path", "commit", "items") or isinstance(v, list | dict | str) or v is None:
                continue
            lines.append(f"| {k} | {fmt(v)} |")
        lines.append("")
        if task == "claims" and isinstance(data.get("counts"), dict):
            lines += error_kinds_table(data["counts"])
        if task == "seed" and "items" in data:
            missed = [i for i in data["items"] if not i["found"]]
            lines += ["### Seed items", "", "| level | found | item |", "| --- | --- | --- |"]
            for i in data["items"]:
                lines.append(f"| {i['level']} | {'yes' if i['found'] else '**no**'} | {i['item'].replace('|', '/')} |")
            lines += ["", f"Missed: {len(missed)} item(s)" + (":" if missed else "."), ""]
            for i in missed:
                lines.append(f"- ({i['level']}) {i['item']}: {i['matched']}")
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--out", default="eval/results", type=Path)
    ap.add_argument("--doc", type=Path, default=None)
    ap.add_argument("--tasks", nargs="*", default=list(GOLD))
    args = ap.parse_args(argv)
    if not args.shared.exists():
        print(f"eval skipped: {args.shared} not found", file=sys.stderr)
        return 0
    console = Console(stderr=True)
    pipeline = Pipeline()
    results: dict[str, dict] = {}
    for task in args.tasks:
        gold = args.shared / GOLD[task]
        if not gold.exists():
            print(f"eval {task} skipped: {gold} not found", file=sys.stderr)
            continue
        result = run_task(task, gold, pipeline)
        print_result(result, console)
        path = write_result(result, args.out)
        results[task] = json.loads(path.read_text(encoding="utf-8"))
    if args.doc:
        write_doc(results, args.doc)
        console.print(f"wrote {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
