"""What is circulated as news or as a count is a proposition a denial takes or a falsity word
calls false, as "reports" and "figure" are: "rejects the false information circulating about 40
dead", "the number is false" (issue 15; seen on the tuning half of the invented colombia-base
probe, where an army's rejection of a rumoured toll left that toll an asserted claim). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure, quotes_holding

OPENING = "Attack on the base\n\nThe attack lasted three hours. "

# (construction, text, value, the stance of the first figure of that value)
FIGURES = [
    ("positive: rejected information about a toll", "The navy rejects the false information spreading on "
     "messaging apps about 40 dead sailors.", 40, "denied"),
    ("negative: information given, not rejected", "The navy shared the information that 40 sailors died.", 40,
     "asserted"),
    ("near miss: a rejection of something else", "The navy rejects the false accusation of negligence after 40 "
     "sailors died.", 40, "asserted"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), FIGURES, ids=[c[0] for c in FIGURES])
def test_rejected_information_denies_its_count(name: str, text: str, value: int, stance: str) -> None:
    assert_first_figure(OPENING + text, value, "stance", stance, name)


# (construction, text, words of the quote, its stance)
QUOTES = [
    ("positive: the number called false", '"The number is false," a navy spokesman said.', "number is false",
     "denied"),
    ("negative: the number stated", '"The number is 40," a navy spokesman said.', "number is 40", "asserted"),
    ("near miss: a number of people, not a count called false", '"A number of sailors are false witnesses," a '
     'navy spokesman said.', "A number of sailors", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "words", "stance"), QUOTES, ids=[c[0] for c in QUOTES])
def test_a_number_called_false_is_denied(name: str, text: str, words: str, stance: str) -> None:
    quotes = quotes_holding(OPENING + text, words)[1]
    assert len(quotes) == 1, (name, quotes)
    assert quotes[0].stance == stance, (name, quotes[0].stance)
