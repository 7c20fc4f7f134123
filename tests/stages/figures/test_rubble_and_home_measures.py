"""What a disaster's counts say happened to people (quake-toll probe, tune half): brought out of
the rubble living ("pulled alive from the rubble") are rescued, not killed; still beneath what
fell ("believed to be under collapsed houses") are missing; left without a home ("have lost their
homes") are displaced; "the deceased" are the dead. Bodies pulled from the rubble stay killed,
people pulled out with no word of how stay unmeasured, and buildings are counted as no one."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the figure's first word, its measure)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Rescuers said 71 people had been pulled alive from the rubble since Monday.", "71", "rescued"),
    (P, "At least 140 people are still believed to be under collapsed houses, rescuers said.", "At", "missing"),
    (P, "Around 45,000 people have lost their homes, the UN said.", "Around", "displaced"),
    (P, "Among the deceased are 11 nurses, the ministry said.", "11", "killed"),
    (N, "Rescuers pulled 12 bodies from the rubble on Monday.", "12", "killed"),
    (N, "About 300 houses collapsed in the town, officials said.", "About", None),
    (M, "Rescuers said 71 people had been pulled from the rubble since Monday.", "71", None),
]


@pytest.mark.parametrize(("kind", "text", "word", "measure"), ROWS)
def test_measures(kind: str, text: str, word: str, measure: str | None) -> None:
    figures = pipeline().analyze_text(text).figures
    found = [f for f in figures if f.start == text.index(word)]
    assert len(found) == 1, (kind, text, [(f.text, f.start) for f in figures])
    assert found[0].measure == measure, (kind, text, found[0].measure)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
