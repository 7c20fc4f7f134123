"""Start-up costs, measured in one run, each in fresh processes: ``newsledger --help`` against
``python -c "import spacy"``, and a one-article ``newsledger analyze`` against a bare load of
the same spaCy model (with the actor-form cache warm, as every run after the first, and cold,
as the very first run). Each command runs ``--repeat`` times in turn; the median is reported.

Usage: python bench/bench_startup.py [--repeat 5] [--doc docs/PERFORMANCE.md]
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

ARTICLE = ("Missiles strike Kharkiv market\n\nKYIV — Russian missiles struck a market in Kharkiv on Monday, killing at least 12 people, "
           "the regional governor said. Moscow denied targeting civilians.\n")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(repeat: int, work: Path) -> dict[str, float]:
    from newsledger.config import Settings

    model = Settings().model
    py = sys.executable
    cli = [py, "-m", "newsledger.cli"]
    article = work / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    warm = dict(os.environ, NEWSLEDGER_CACHE=str(work / "cache"))
    runs: dict[str, list[float]] = {}
    commands: dict[str, tuple[list[str], Any]] = {
        "import spacy": ([py, "-c", "import spacy"], None),
        "newsledger --help": ([*cli, "--help"], None),
        "bare model load": ([py, "-c", f"import spacy; spacy.load({model!r})"], None),
        "analyze one article (cache warm)": ([*cli, "analyze", str(article), "--compact"], warm),
        "analyze one article (cache cold)": ([*cli, "analyze", str(article), "--compact"], "cold"),
    }
    timed(commands["analyze one article (cache warm)"][0], warm)  # fills the warm cache
    for i in range(repeat):
        for name, (cmd, env) in commands.items():
            if env == "cold":
                env = dict(os.environ, NEWSLEDGER_CACHE=str(work / f"cold-{i}"))
            runs.setdefault(name, []).append(timed(cmd, env or dict(os.environ)))
    return {name: statistics.median(v) for name, v in runs.items()}


def render(m: dict[str, float], repeat: int) -> str:
    help_ratio = m["newsledger --help"] / m["import spacy"]
    warm_ratio = m["analyze one article (cache warm)"] / m["bare model load"]
    cold_ratio = m["analyze one article (cache cold)"] / m["bare model load"]
    rows = "\n".join(f"| {name} | {sec:.2f} |" for name, sec in m.items())
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
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--doc", type=Path, help="write the section of this PERFORMANCE.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        text = render(measure(args.repeat, Path(tmp)), args.repeat)
    sys.stdout.write(text)
    if args.doc:
        replace_section(args.doc, "startup", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
