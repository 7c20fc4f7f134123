"""A retracted toll's successive values (issue 15; ``newsledger.nlp.stance_frames``): a list of
counts after a colon that follows a noun of claim, the object of a verb of retraction ("revised
his toll three times: 11 on Friday, 26 on Saturday and 40 by Sunday"), tells the values the toll
took, each stated in its turn: asserted, not taken back. One value after the colon, or a count in
the noun's own "of" phrase, is the figure withdrawn. Invented sentences, not from any corpus or probe."""

from __future__ import annotations

import pytest

from tests.builders import pipeline


def figure_stance(text: str, number: str) -> str:
    """The stance of the one figure whose text holds ``number``."""
    an = pipeline().analyze_text(f"Regional report\n\n{text}")
    found = [f for f in an.figures if number in f.text.split()]
    assert len(found) == 1, (text, [f.text for f in an.figures])
    return found[0].stance


# (construction, text, number, expected stance)
SERIES = [
    ("positive: revised N times, first value", "The police chief revised his toll three times over the weekend: "
     "11 on Friday, 26 on Saturday and 40 by Sunday.", "11", "asserted"),
    ("positive: revised N times, last value", "The police chief revised his toll three times over the weekend: "
     "11 on Friday, 26 on Saturday and 40 by Sunday.", "40", "asserted"),
    ("positive: revised twice, two values", "The district doctor revised her death toll twice: 9 at dawn and 17 "
     "by noon.", "9", "asserted"),
    ("negative: withdrew the figure of N", "The health office withdrew the figure of 140 dead it had issued.",
     "140", "denied"),
    ("near miss: one value after the colon", "The mayor withdrew her figure: 140 dead.", "140", "denied"),
    ("near miss: revised the toll of N down", "The governor revised the toll of 150 dead down to 50.", "150",
     "denied"),
]


@pytest.mark.parametrize(("name", "text", "number", "expected"), SERIES, ids=[r[0] for r in SERIES])
def test_revision_series(name: str, text: str, number: str, expected: str) -> None:
    assert figure_stance(text, number) == expected, name


def test_table_has_positive_negative_and_near_miss() -> None:
    kinds = {r[0].split(":")[0] for r in SERIES}
    assert kinds == {"positive", "negative", "near miss"}
