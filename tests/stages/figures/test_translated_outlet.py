"""A parenthesised note of translation after an outlet's name ("Sughd Today (translated from
Tajik)") names no one: a source whose words are in the note ("Tajik border troops") is not the
publisher, and its figures keep their source (quotes/attribution.yaml ``outlet_note_words``;
issue 15, seen on the tuning half of the invented border-clash probe). The outlet's own name
still is the publisher, and a wire credited in parentheses still is. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

# (construction, outlet, text, value, the source as written, None for the outlet's own voice)
CASES = [
    ("positive: a people's word of the note", "Valley Herald (translated from Tajik)",
     "According to Tajik border troops, the enemy lost more than 60 fighters.", 60, "Tajik border troops"),
    ("positive: a note naming the language of a body", "Steppe Times (translation from Kyrgyz)",
     "Kyrgyz officials said 14 people were wounded in the shelling.", 14, "Kyrgyz officials"),
    ("negative: the outlet's own name", "Valley Herald (translated from Tajik)",
     "According to the Valley Herald, 60 fighters were killed in the raid.", 60, None),
    ("near miss: a wire credited in parentheses", "Harbour Times (Reuters)",
     "Reuters could not confirm that 60 fighters were killed.", 60, None),
]


@pytest.mark.parametrize(("name", "outlet", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_note_of_translation_names_no_publisher(name: str, outlet: str, text: str, value: float,
                                                  source: str | None) -> None:
    figures = figures_of_value("Report\n\n" + text, value, outlet=outlet)
    assert figures, name
    assert_source(figures[0], source, name)
