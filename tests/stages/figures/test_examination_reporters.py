"""Examinations a speaker cites with no body of their own ("The commission says post-mortem
examinations show that five of the dead had bullet wounds") give the speaker's figure: the
speaker states it on their grounds; examinations owned by a body ("the coroner's autopsies",
"tests by the health ministry") are that body's (issue 15; seen on the tuning half of the
invented nairobi-protest probe, a Swahili outlet in translation). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

OPENING = "Clashes in the market\n\nThe town buried its dead. "

# (construction, text, value, words the source holds)
CASES = [
    ("positive: post-mortem examinations", "The rights group says post-mortem examinations show that five of the "
     "dead in the town had bullet wounds.", 5, "rights group"),
    ("positive: autopsies, past tense", "Human Rights Watch said autopsies showed that seven of the victims had "
     "been shot.", 7, "Human Rights Watch"),
    ("negative: the coroner's autopsies", "The rights group says the coroner's autopsies show that five of the dead "
     "had bullet wounds.", 5, "coroner"),
    ("near miss: doctors who examined", "The rights group says doctors found that five of the dead had bullet "
     "wounds.", 5, "doctors"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_cited_examinations_leave_the_figure_to_the_speaker(name: str, text: str, value: int, source: str) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert_source(figures[0], source, name)
