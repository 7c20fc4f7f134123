"""A reporter inside what a speaker says that is the speaker's own people, by a possessive pronoun
("MSF said its teams treated 158 wounded", "Our clinics have recorded 430 cases, the charity
said"), is the speaker stating the figure (``figures.sources._speakers_own``); a reporter owned
by a name, or by no one, or a body of its own ("its health ministry"), inside the content is still the one who states it."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

# (kind, text, value, expected source words)
ROWS = [
    ("positive", "The aid group said its mobile clinics had recorded 212 cases of measles in Kassala.", 212,
     "aid group"),
    ("positive", "Our morgue staff have counted 64 bodies since Friday, the hospital's director said.", 64,
     "director"),
    ("positive", "A nurse at the camp said her colleagues had counted 27 bodies.", 27, "nurse"),
    ("negative", "Residents said the army's medics had counted 19 bodies near the bridge.", 19, "army"),
    ("negative", "The movement said its health ministry had counted 47 bodies.", 47, "health ministry"),
    ("near miss", "The aid group said local clinics had recorded 212 cases of measles in Kassala.", 212,
     "clinics"),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_speakers_own_reporter(row: tuple[str, str, float, str]) -> None:
    kind, text, value, expected = row
    figs = figures_of_value(text, value)
    assert len(figs) == 1, (text, figs)
    assert_source(figs[0], expected, kind)
