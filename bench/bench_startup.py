"""Start-up costs, measured in one run, each in fresh processes: ``newsledger --help`` against
``python -c "import spacy"``, and a one-article ``newsledger analyze`` against a bare load of
the same spaCy model (with the actor-form cache warm, as every run after the first, and cold,
as the very first run). Each command runs ``--repeat`` times in turn; the median is reported.

Usage: python bench/bench_startup.py [--repeat 5] [--before OLD/src] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docsection import replace_section

# an invented report of ordinary length (about 150 words): English by its function words alone,
# as real news is; a text too short for that share goes to the language identifier, whose model
# takes another 0.4 s to load
ARTICLE = """Missiles strike market in Kharkiv

KYIV — Russian missiles struck a crowded market in the city of Kharkiv on Monday, killing at
least 12 people and wounding more than 40, the regional governor said in a statement.

"This was a deliberate attack on people who were buying food," the governor said. He added that
the number of dead could rise as rescue workers searched the ruins of the market hall.

Moscow denied targeting civilians. The Russian defence ministry said its forces had struck a
military depot near the city and that the fire at the market was caused by a Ukrainian air
defence missile. The claim could not be verified.

The United Nations human rights office said it was gathering information about the strike and
called on both sides to protect civilians. It was the third strike on the city this month.
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(repeat: int, work: Path, before: Path | None = None) -> dict[str, float]:
    from newsledger.config import Settings

    model = Settings().model
    py = sys.executable
    cli = [py, "-m", "newsledger.cli"]
    article = work / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    # Python's bytecode cache on, as for any installed package (pip compiles the modules when
    # it installs them), in a folder of its own; filled by the first round, which is not timed
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    warm = dict(base, NEWSLEDGER_CACHE=str(work / "cache"))
    # as the machine this ran on had it (PYTHONDONTWRITEBYTECODE=1 in its environment): no
    # bytecode written, so each run compiles newsledger's own modules again
    uncompiled = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", NEWSLEDGER_CACHE=str(work / "cache"))
    uncompiled.pop("PYTHONPYCACHEPREFIX", None)
    runs: dict[str, list[float]] = {}
    analyze = [*cli, "analyze", str(article), "--compact"]
    commands: dict[str, tuple[list[str], Any]] = {
        "import spacy": ([py, "-c", "import spacy"], base),
        "newsledger --help": ([*cli, "--help"], base),
        "bare model load": ([py, "-c", f"import spacy; spacy.load({model!r})"], base),
        "analyze one article (cache warm)": (analyze, warm),
        "analyze one article (cache cold)": (analyze, "cold"),
        "analyze one article (cache warm, no bytecode cache)": (analyze, uncompiled),
    }
    if before is not None:  # an older checkout's src folder (git worktree add DIR COMMIT)
        rev = subprocess.run(["git", "-C", str(before), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True).stdout.strip() or before.resolve().parent.name
        commands[f"analyze one article, before (commit {rev})"] = (analyze, dict(warm, PYTHONPATH=str(before)))
    for cmd, env in commands.values():  # fills the caches: bytecode, and stage data (warm)
        timed(cmd, dict(base, NEWSLEDGER_CACHE=str(work / "fill")) if env == "cold" else env)
    for i in range(repeat):
        for name, (cmd, env) in commands.items():
            if env == "cold":
                env = dict(base, NEWSLEDGER_CACHE=str(work / f"cold-{i}"))
            runs.setdefault(name, []).append(timed(cmd, env))
    return {name: statistics.median(v) for name, v in runs.items()}


def render(m: dict[str, float], repeat: int) -> str:
    help_ratio = m["newsledger --help"] / m["import spacy"]
    warm_ratio = m["analyze one article (cache warm)"] / m["bare model load"]
    cold_ratio = m["analyze one article (cache cold)"] / m["bare model load"]
    uncompiled_ratio = m["analyze one article (cache warm, no bytecode cache)"] / m["bare model load"]
    rows = "\n".join(f"| {name} | {sec:.2f} |" for name, sec in m.items())
    old = next((sec for name, sec in m.items() if name.startswith("analyze one article, before")), None)
    before_row = (f"\n| the same before (the older checkout) | {old / m['bare model load']:.2f}× | "
                  f"{'yes' if old / m['bare model load'] <= 1.3 else 'no'} |" if old else "")
    return f"""## Start-up

`bench/bench_startup.py`, {date.today().isoformat()}, {platform.machine()} ({os.cpu_count()} CPUs, shared with
other work), Python {platform.python_version()}: each command in a new process, {repeat} times in turn; the median.

| command | seconds |
| --- | ---: |
{rows}

| target | measured | met |
| --- | --- | --- |
| `newsledger --help` ≤ 0.3 × `import spacy` | {help_ratio:.2f}× | {"yes" if help_ratio <= 0.3 else "no"} |
| one-article `analyze` ≤ 1.3 × a bare model load (cache warm) | {warm_ratio:.2f}× | {"yes" if warm_ratio <= 1.3 else "no"} |
| the same on the very first run (cache cold) | {cold_ratio:.2f}× | {"yes" if cold_ratio <= 1.3 else "no"} |
| the same without a bytecode cache (cache warm) | {uncompiled_ratio:.2f}× | {"yes" if uncompiled_ratio <= 1.3 else "no"} |{before_row}

The cache (`newsledger.cache`) holds the stages' loaded data and the actor forms' token split: a
warm run reads them instead of loading the data files and tokenizing the dictionary. Every
command runs with Python's bytecode cache on (in a folder of the run's own, filled by a first
round that is not timed), as an installed package has it; "no bytecode cache" is the same
command as this machine's environment runs it (`PYTHONDONTWRITEBYTECODE=1`), compiling
newsledger's own modules again each time. `analyze` pauses automatic garbage collection while
spaCy and the stages load (`newsledger.cache.gc_paused`), and the command line imports rich,
the storage layer and multiprocessing only in the commands that use them.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--doc", type=Path, help="write the section of this PERFORMANCE.md")
    ap.add_argument("--before", type=Path, help="the src folder of an older checkout to time analyze with too")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        text = render(measure(args.repeat, Path(tmp), args.before), args.repeat)
    sys.stdout.write(text)
    if args.doc:
        replace_section(args.doc, "startup", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
