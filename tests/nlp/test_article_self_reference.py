"""The article speaking of itself ("An earlier version of this story said four people were
killed", "A previous version said ...") is the outlet's own voice: no body states the figure
(issue 15, figure sources: "a figure in the outlet's own voice is unattributed")."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: the article, or an earlier version of it, says
    ("an earlier version of this story", "Bus attack\n\nAn earlier version of this story, published on "
     "Monday, said three people were killed; it has been updated.", 3, None),
    ("a previous version", "Bus attack\n\nThis report has been updated. A previous version said 12 people "
     "died in the crash.", 12, None),
    ("this article", "Bus attack\n\nThis article originally said that 12 people died.", 12, None),
    # negative: a body's report is the body's
    ("a ministry's report", "Bus attack\n\nThe ministry said 12 people died in the crash.", 12, "ministry"),
    # near miss: a version of events given by a body, or another body's previous report
    ("a version of events given by the police", "Bus attack\n\nThe Courier said 12 people died, citing a "
     "version of events given by the police.", 12, "police"),
    ("a previous report of the UN", "Bus attack\n\nA previous report by the UN said 12 people died.", 12, "UN"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_article_speaking_of_itself_is_its_own_voice(name: str, text: str, value: float,
                                                         source: str | None) -> None:
    assert_first_source(text, value, source, name)
