"""Write one benchmark's section of docs/PERFORMANCE.md, leaving the other sections as they are.

Each benchmark owns the text between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """# Performance

Every figure here is measured by a benchmark under `bench/` (`make bench` runs them all), on the
machine each section names. Nothing here is estimated. Timing targets live here, never in tests.
"""


def replace_section(doc: Path, name: str, text: str) -> None:
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    current = doc.read_text(encoding="utf-8") if doc.exists() else HEADER
    if not current.startswith("# Performance"):
        current = HEADER
    block = f"{start}\n{text.strip()}\n{end}"
    if start in current and end in current:
        before = current.split(start, 1)[0]
        after = current.split(end, 1)[1]
        current = before + block + after
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    doc.write_text(current, encoding="utf-8")
