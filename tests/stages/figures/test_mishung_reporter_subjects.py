"""A closing reporting clause whose subject the parser extends leftwards over the figure across a
comma ("..., wounding at least 40 people, health and police officials said": the figure's noun hung on
"officials" as its modifier, a misparse that recurs with coordinated subjects after a long clause): the
subject is what follows the comma, and it states the figure (``nlp/reporters._past_comma``). A figure
truly inside the subject, with no comma between, is no one's statement (issue 15; the CASE 2021
figure-source set's one tune-half error, a body's figure left unattributed). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, the figure's attribution)
CASES = [
    ("positive: wounding, coordinated subject", "Militants attacked a crowded church in Nigeria's restive "
     "Plateau state on Sunday and set off a bomb, wounding at least 40 people, health and police officials said",
     40, "health and police officials"),
    ("positive: killing, coordinated subject", "Gunmen stormed a packed hotel in Somalia's restive Gedo region "
     "on Friday and set off a bomb, killing at least 21 people, health and police officials said.", 21,
     "health and police officials"),
    ("negative: the subject parsed apart", "Gunmen stormed a packed hotel in Somalia's restive Gedo region on "
     "Friday, killing at least 21 people, police said.", 21, "police"),
    ("near miss: the figure inside the subject, no comma", "The families of 40 miners said the company had "
     "ignored warnings.", 40, "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_figure_mishung_on_a_closing_subject_is_its_statement(name: str, text: str, value: float,
                                                                source: str) -> None:
    assert_first_figure(f"Attack\n\n{text}", value, "attribution", source, name)
