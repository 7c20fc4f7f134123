"""A closing reporting clause in which a carrier quotes or cites someone as saying ("..., state media
cited the transport ministry as saying.", "..., the agency quoted a police spokesman as saying."):
the one quoted states the figure, not the carrier (``nlp/reporters.py`` with
``attribution.carried_speaker``; the convention that a wire credit is never a source). A carried
saying with a clause of its own reports that clause only (issue 15; the CASE 2021 figure-source
brief's "another body" kind). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, the figure's attribution)
CASES = [
    ("positive: cited as saying", "Twelve people were killed in the crash, state news agencies cited the "
     "transport ministry as saying.", 12, "the transport ministry"),
    ("positive: quoted as saying", "Twelve people were killed in the crash, the news agency quoted a police "
     "spokesman as saying.", 12, "a police spokesman"),
    ("negative: the carrier reports", "Twelve people were killed in the crash, the news agency reported.", 12,
     "the news agency"),
    ("near miss: the saying has a clause of its own", "Twelve people were killed in the crash, and the news "
     "agency quoted the mayor as saying the town would rebuild.", 12, "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_closing_carrier_clause_gives_whom_it_quotes(name: str, text: str, value: float, source: str) -> None:
    assert_first_figure(f"Crash\n\n{text}", value, "attribution", source, name)
