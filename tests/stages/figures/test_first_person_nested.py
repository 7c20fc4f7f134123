"""A figure in a quote nested in another's quotation whose speaker is the outer speaker's own
"we" or "I" (“We estimate 50 to 100 dead,” the official said) is stated by the outer speaker,
not left to the pronoun (which stated nothing and made the figure unattributed); a third party
named as the inner speaker still states it (issue 15: the al-Ahli issue's "senior European
intelligence official"). Invented sentences, speakers of every side."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

OPENING = "Blast toll disputed\n\n"

# (construction, text, the figure's value, the source as written holds)
CASES = [
    ("positive: 'we estimate' in an official's quotation", "A senior intelligence official said a rocket had "
     "misfired. \"We estimate 50 to 100 dead,\" the official said.", 50, "official"),
    ("positive: 'we estimate' in a rebel spokesman's quotation, other side", "A rebel spokesman blamed the army. "
     "\"We estimate 30 to 40 fighters were killed,\" the spokesman said.", 30, "spokesman"),
    ("negative: a named third party estimates", "\"Colonel Amar Dev estimates 70 were killed,\" the official said.",
     70, "Amar Dev"),
    ("positive: 'we' of a paper's editorial", "We estimate that 40 people died, the paper wrote in an "
     "editorial.", 40, "paper"),
    ("near miss: 'we' that is no nested speaker", "\"We buried 12 neighbours,\" the farmer said.", 12, "farmer"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_outer_speaker_states_the_figure_of_its_we(name: str, text: str, value: float, source: str) -> None:
    assert_first_source(OPENING + text, value, source, name)
