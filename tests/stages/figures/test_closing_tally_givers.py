"""A tally noun in an apposition closing the count's sentence names who gave the count ("Twelve
people died in the raid, a toll given by the police.", "..., a figure the company confirmed."),
whatever noun the parser hung the apposition on; an apposition of another noun ("a tactic condemned
by the mayor") or a sentence of two counts (which the tally may not cover) names no one (issue
15, sources). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

HEAD = "News in brief\n\n"

# (kind, text, value, the source as written or None for the outlet's own voice)
CASES = [
    ("positive: a toll given by", "Twelve people died in the raid, a toll given by the police.", 12, "the police"),
    ("positive: a figure a body confirmed", "Nine miners died in the collapse of the shaft, a figure the company "
     "confirmed.", 9, "the company"),
    ("negative: an apposition of another noun", "At least 30 people were killed in the shelling, a tactic "
     "condemned by the mayor.", 30, None),
    ("near miss: a tally a body rejected", "Russia's army said Ukraine lost 500 soldiers, a figure Kyiv rejected.",
     500, "Russia's army"),
    ("near miss: two counts before the tally", "At least 30 people were killed and 12 were wounded in the "
     "shelling, a toll given by the mayor.", 30, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_closing_tally_names_its_giver(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(HEAD + text, value, source, name)
