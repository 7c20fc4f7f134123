"""stages/events/acled_bounds.py: a casualty word told as harm that did not happen is no cue word. Each row: a
sentence, a casualty word of it, and whether the word tells harm that did not happen (positive rows: it does;
negative: the harm happened; near misses: "no" or a negation elsewhere in the sentence)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.stages.events.acled_bounds import harm_told_none

CASUALTY = frozenset({"killed", "injured", "hurt", "died", "deaths", "wounded"})
NOBODY = frozenset({"nobody", "none", "noone"})

ROWS: list[tuple[str, str, str, bool]] = [
    ("positive", "Gunmen torched the depot; no one was killed.", "killed", True),
    ("positive", "Gunmen torched the depot, but none of the guards were injured.", "injured", True),
    ("positive", "Gunmen torched the depot, and nobody was killed or injured.", "injured", True),
    ("positive", "The guards were not injured when gunmen torched the depot.", "injured", True),
    ("positive", "Gunmen torched the depot; there were no deaths.", "deaths", True),
    ("negative", "Gunmen torched the depot; two guards were killed.", "killed", False),
    ("negative", "Gunmen torched the depot and nobody could stop them; a guard died.", "died", False),
    ("near miss", "Gunmen who had no uniforms torched the depot, and two guards were wounded.", "wounded", False),
    ("near miss", "The gunmen did not stop when they torched the depot, and a guard was killed.", "killed", False),
]


@pytest.mark.parametrize(("kind", "text", "word", "expected"), ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_harm_told_as_none(parse: Any, kind: str, text: str, word: str, expected: bool) -> None:
    doc = parse(text).doc
    tok = next(t for t in doc if t.lower_ == word)
    assert harm_told_none(tok, CASUALTY, NOBODY) is expected, (kind, text)


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"} and len(ROWS) == 9
