"""A maker's designator of an aircraft or weapon written with a space before its number ("Su 35",
"MiG 29", "AK 47") names a model: the number is no figure, the count before it still is; a
country's or body's abbreviation before a count ("US 5 soldiers") is no designator."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the number's text, whether it is a figure)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "The MiG 29 crashed near the border, killing both pilots.", "29", False),
    (P, "Two Tu 22 bombers flew over the Baltic, the ministry said.", "22", False),
    (P, "Rebels shot down a Mi 8 helicopter carrying troops.", "8", False),
    (P, "A Ka 52 gunship was destroyed near Bakhmut.", "52", False),
    (P, "Militants fired on the convoy with AK 47 rifles.", "47", False),
    (N, "Some 40 rebels and US 5 soldiers died in the raid.", "5", True),
    (N, "The UN 12 staff members were evacuated from the town.", "12", True),
    (M, "Russia delivered 24 SU 35 fighter jets to Iran, officials said.", "24", True),
    (M, "Russia delivered 24 SU 35 fighter jets to Iran, officials said.", "35", False),
]


@pytest.mark.parametrize(("kind", "text", "number", "figure"), ROWS)
def test_designators(kind: str, text: str, number: str, figure: bool) -> None:
    figures = pipeline().analyze_text(text).figures
    at = text.index(f" {number} ") + 1
    found = [f for f in figures if f.start == at]
    assert bool(found) is figure, (kind, text, [(f.text, f.kind) for f in figures])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
