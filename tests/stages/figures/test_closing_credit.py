"""A source credited in parentheses at the close of a sentence, as situation reports credit
their figures ("... some 31,000 of them from the city (IOM)."; ``nlp/credits.py``): the body
named, an organisation the actor dictionary knows, gives the sentence's figures, a date after a
comma aside; a parenthesis right after a name abbreviates it, and a place or an aside in
parentheses credits no one (issue 15; seen on the tuning half of the invented derna-flood
probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, the figure's attribution)
CASES = [
    ("positive: an acronym closing a bullet", "- About 12,000 people have fled the valley, some 9,000 of them "
     "to the coast (UNHCR).", 9000, "UNHCR"),
    ("positive: a credit with a date", "About 1,300 children were hurt in the floods (UNICEF, 3 May).", 1300, "UNICEF"),
    ("negative: no parenthesis", "About 1,300 children were hurt in the floods.", 1300, "unattributed"),
    ("near miss: an abbreviation of the name before it", "The army fought the Northern Defence Forces (NDF), "
     "which killed 40 people.", 40, "unattributed"),
    ("near miss: a place in parentheses", "About 300 people were killed in the town of Ruvina (Kivu).", 300,
     "unattributed"),
    ("near miss: an aside", "At least 40 people died in the fire (see map).", 40, "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_source_credited_in_closing_parentheses(name: str, text: str, value: float, source: str) -> None:
    assert_first_figure(f"Report\n\n{text}", value, "attribution", source, name)
