"""Coverage-guided fuzzing (atheris) of the readers and ``analyze``.

Invariant: no uncaught exception; an input is either rejected with an ``InputError`` / a
``Failure`` carrying a reason, or analysed into records whose evidence points inside the text
(``newsledger.validate.problems`` is empty). Run with ``fuzz/run.sh SECONDS``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from newsledger.errors import InputError
    from newsledger.ingest import read_bytes
    from newsledger.records import Article, Failure
    from newsledger.validate import problems

from newsledger.pipeline import Pipeline

PIPELINE = Pipeline()
FORMATS = ("text", "html", "jsonl")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fmt = FORMATS[fdp.ConsumeIntInRange(0, 2)]
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    for item in read_bytes(raw, "fuzz", fmt):
        if isinstance(item, Failure):
            if not item.reason:
                raise AssertionError("failure without a reason")
            continue
        if not isinstance(item, Article):
            raise AssertionError(f"reader yielded {type(item)}")
        try:
            an = PIPELINE.analyze(item)
        except InputError as exc:
            if not exc.reason:
                raise AssertionError("InputError without a reason") from exc
            continue
        found = problems(an)
        if found:
            raise AssertionError("; ".join(found[:5]))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
