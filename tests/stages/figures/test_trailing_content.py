"""An adverbial clause after an inverted reporter, set off by a comma ("The toll rose to 41, local
authorities said, after the bodies of 13 more residents were pulled from the river"), goes on with
what is reported: its figure is the reporter's, not a circumstance of the saying in the outlet's
voice (issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

AFTER = "after the bodies of 13 more residents were pulled from the river"

# (construction, text, the figure's source)
CASES = [
    # positive: a toll's content, the inverted reporter, then the clause
    ("toll, reporter, after", f"The toll from the raid rose to 41 on Thursday, local authorities said, {AFTER}.",
     "local authorities"),
    # positive: another content before the reporter
    ("attack, reporter, after", f"Gunmen attacked the town overnight, survivors said, {AFTER}.", "survivors"),
    # negative: no reporter, an act and its circumstance
    ("act, after", f"The mayor declared a day of mourning {AFTER}.", UNATTRIBUTED),
    # near miss: no comma between the reporter and the clause
    ("reporter after, no comma", f"The toll from the raid rose to 41, local authorities said {AFTER}.", UNATTRIBUTED),
    # near miss: a reporter with no content before it
    ("no content before", f"Local authorities briefed reporters on Thursday, {AFTER}.", UNATTRIBUTED),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_clause_after_an_inverted_reporter_is_reported(name: str, text: str, source: str) -> None:
    figures = figures_of_value("River town raid\n\n" + text, 13)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
