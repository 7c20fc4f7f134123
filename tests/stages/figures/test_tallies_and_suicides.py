"""Three readings of who a count is and what happened to them: a bare number set as the value of a
count noun that names what it counts ("revised the tally of passengers to 425") counts that, not
the casualty count before it; the attackers of a suicide attack who "blew themselves up" are
killed; "one of the wounded" who died is a count of one (as "two of the wounded" is); the counted
of "taking hundreds hostage", "took 12 passengers captive" are held hostage; a count set by a level
verb of a count noun ("deaths surged from 88 in 2023 to 388 in 2024", "the toll fell to 30") is
that noun's, and a year after "in" is a time, not the second number of a share ("nine in ten")."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the figure's first word, its measure)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Twelve people were hurt in the crash. The airline revised the tally of passengers on board to 425.",
     "425", None),
    (N, "Five people were killed on Monday. The ministry later raised the figure to 40.", "40", "killed"),
    (M, "Five people were killed on Monday. The ministry later raised the tally of the dead to 40.", "40", "killed"),
    (P, "Six gunmen stormed the hotel, and four of them blew themselves up, police said.", "four", "killed"),
    (P, "Two suicide bombers blew themselves up at the checkpoint on Sunday.", "Two", "killed"),
    (N, "Two militants blew up a bridge near the town, police said.", "Two", None),
    (P, "One of the wounded died in hospital overnight, police said.", "One", "killed"),
    (M, "Two of the wounded died in hospital overnight, police said.", "Two", "killed"),
    # a measure noun the verb predicates of its object: "taking hundreds hostage", "took 12 captive"
    (P, "Separatists stormed the train on Tuesday, taking hundreds hostage.", "hundreds", "held hostage"),
    (P, "Gunmen took 12 passengers captive on Monday, police said.", "12", "held hostage"),
    (N, "Two hostage negotiators arrived in the town on Monday.", "Two", None),
    (M, "Aid workers gave dozens shelter in the school, officials said.", "dozens", None),
    # a level verb of a count noun ("surged", "fell"), and a year after "in" is a time, not "N in M"
    (P, "Deaths in the attacks surged from 88 in 2023 to 388 in 2024, the report said.", "388", "killed"),
    (P, "Deaths rose to 412 in 2024, the report said.", "412", "killed"),
    (P, "The death toll fell to 30 after officials revised it.", "30", "killed"),
    (N, "Nine in ten of the town's people have fled, the UN said.", "Nine", None),
    (M, "Deaths rose to 412 on Monday, officials said.", "412", "killed"),
]


@pytest.mark.parametrize(("kind", "text", "word", "measure"), ROWS)
def test_measures(kind: str, text: str, word: str, measure: str | None) -> None:
    figures = pipeline().analyze_text(text).figures
    found = [f for f in figures if f.start == text.index(word)]
    assert len(found) == 1, (kind, text, [(f.text, f.start) for f in figures])
    assert found[0].measure == measure, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
