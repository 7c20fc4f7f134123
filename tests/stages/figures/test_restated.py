"""A headline's count takes the source the report under it gives the same count ("Israel: four
soldiers hurt" over "The Israeli military says four soldiers were wounded");
``stages/figures/restated.py``. Seen on the invented Lebanon probe's liveblog, whose entry titles
were left unattributed or credited to a country."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import pipeline

# (construction, text, value, the headline's source: words it must contain, or UNATTRIBUTED)
CASES = [
    # positive: an entry title restated with its source under it
    ("entry title, no source", "10:58 — Four soldiers hurt\nThe Israeli military says four soldiers were wounded "
     "in the attack.\n\n09:00 — Earlier\nNothing else.", 4, "Israeli military"),
    ("entry title credited to the country", "09:30 — Lebanon toll rises to 11\nLebanon's health ministry "
     "now says 11 people were killed in the strike.\n\n08:00 — Earlier\nNothing else.", 11, "health ministry"),
    # negative: the report under the line gives another count, or is another party's
    ("another count under it", "10:58 — Four soldiers hurt\nThe Israeli military says two soldiers were wounded "
     "in the attack.\n\n09:00 — Earlier\nNothing else.", 4, UNATTRIBUTED),
    ("another party's report under it", "Hamas: 30 killed in raid\nThe Israeli military says 30 gunmen "
     "were killed.\n\nLater\nNothing else.", 30, "Hamas"),
    # near miss: a sentence with a final stop is no headline, its count keeps its own reading
    ("a sentence, not a line", "Strike\n\nFour soldiers were hurt. The Israeli military says four soldiers "
     "were wounded in the attack.", 4, UNATTRIBUTED),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_headlines_count_takes_its_labels_or_its_reports_source(name: str, text: str, value: float,
                                                                  source: str) -> None:
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, name
    head = found[0]  # the headline's count comes first
    if source == UNATTRIBUTED:
        assert head.attribution == UNATTRIBUTED, (name, head.attribution)
    else:
        assert source in head.attribution, (name, head.attribution)
