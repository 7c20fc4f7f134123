"""The owner of a count written as a long name in the possessive, in a "by ... count" phrase
(``nlp.attribution._named_count_by``): "By the Syrian Observatory for Human Rights' tally, ...",
"..., by the Committee to Protect Journalists' count": the parser splits a name that holds a
preposition or a verb and hangs the count noun inside it; the whole name owns the count."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

# (kind, text, value, expected source words; None: the outlet's own voice)
ROWS = [
    ("positive", "By the Syrian Observatory for Human Rights' tally, 58 fighters died in the clashes near Raqqa.",
     58, "Syrian Observatory for Human Rights"),
    ("positive", "At least 43 reporters have been killed this year, by the Committee to Protect Journalists' count.",
     43, "Committee to Protect Journalists"),
    ("positive", "By the United Nations' estimate, 1,200 families fled the district in a week.", 1200, "United Nations"),
    ("negative", "At least 43 reporters have been killed since the war began.", 43, None),
    ("near miss", "By the Committee to Protect Journalists' offices, 12 protesters were arrested on Friday.", 12, None),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_split_name_owns_the_count(row: tuple[str, str, float, str | None]) -> None:
    kind, text, value, expected = row
    figs = figures_of_value(text, value)
    assert len(figs) == 1, (text, figs)
    assert_source(figs[0], expected, kind)
