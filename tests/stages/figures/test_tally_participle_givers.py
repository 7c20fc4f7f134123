"""The agent of a passive participle of giving or stating on a count's tally phrase is the count's
source (issue 15, branch i15-resolve55; :func:`newsledger.stages.figures.given.tally_participle_giver`),
whoever states or disputes the sentence around it, of invented sentences: on the tally noun whose
"of" phrase holds the count ("the figure of 500 dead given by X", "a toll of 40 put out by X"), on
the count or its counted noun ("the 300 deaths cited by X"); not a participle of another verb ("the
40 people killed by the shelling"), nor one with no agent."""

from __future__ import annotations

import pytest

from tests.builders import figure_names, names_match, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the count, words of its source (as written or its actor's name))
ROWS: list[tuple[str, str, str, str]] = [
    (P, "The governor rejected the figure of 230 dead given by the separatists.", "230", "separatists"),
    (P, "A toll of 64 put out by the militia on Sunday could not be verified, the army said.", "64",
     "militia"),
    (P, "The minister called the count of 1,200 arrests cited by the opposition a fabrication.", "1,200",
     "opposition"),
    (P, "Police accepted the number of 19 missing provided by the Red Cross.", "19", "Red Cross"),
    (P, "The army spokesman dismissed the 85 deaths cited by the rebels as propaganda.", "85", "rebels"),
    (N, "The governor said the figure of 230 dead was false.", "230", "governor"),
    (N, "The mayor said 64 people were hurt in the fire.", "64", "mayor"),
    (M, "The 40 people killed by the shelling were buried on Monday, the mayor said.", "40", "mayor"),
    (M, "The governor said the toll of 230 dead, revised on Tuesday, was final.", "230", "governor"),
]


@pytest.mark.parametrize(("kind", "text", "number", "source"), ROWS)
def test_tally_participle_gives_the_source(kind: str, text: str, number: str, source: str) -> None:
    found, names = figure_names(pipeline().analyze_text("Headline\n\n" + text), number)
    assert found and names_match(source, names), (kind, names)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
