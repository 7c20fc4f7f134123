"""Numbers in text that is not prose (file names, web addresses, style sheets left in an
article) are no figures; the same numbers in prose are. "From A to B" after a word of change is
two values, not a range."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # (construction, text, value, is a figure)
    ("file name", "The photo gaza-market-300-dead.jpg was shared widely.", 300, False),
    ("web address", "Read more at https://news.example/2024/300-dead-in-raid today.", 300, False),
    ("style declaration", "The army said it was at the scene.\n.story .ratio{ padding-bottom: 56.25%; }", 56.25, False),
    ("prose near a file name", "The photo gaza.jpg shows where 300 people died.", 300, True),
    ("a percentage in prose", "Turnout rose by 56.25% in the capital.", 56.25, True),
    ("a colon in prose is no style", "The ministry said: 300 people died, 5% of them children.", 300, True),
    # a note's reference mark written onto the stop or word before it
    ("reference mark", "The governor said the strike killed 16 people and wounded 52.[7] Rescuers kept digging.", 7,
     False),
    ("reference mark after a closing quote", 'Bloggers called for strikes on "decision-making centers."[19]', 19,
     False),
    ("a number in brackets after a space (near miss)", "Officials said [40] people had died in the raid.", 40, True),
]


@pytest.mark.parametrize(("construction", "text", "value", "figure"), CASES, ids=[c[0] for c in CASES])
def test_numbers_in_markup_are_not_figures(construction: str, text: str, value: float, figure: bool) -> None:
    values = [f.value_low for f in pipeline().analyze_text(text).figures]
    assert (value in values) is figure, (construction, values)


CHANGES = [
    # (construction, text, expected (low, high) pairs among the figures)
    ("revised from A to B", "The toll was revised from 500 to 10-50 by officials.", [(500, 500), (10, 50)]),
    ("rose from A to B", "The death toll rose from 300 to 471 on Wednesday.", [(300, 300), (471, 471)]),
    ("ranged from A to B is a range (near miss)", "Estimates of the dead ranged from 100 to 300.", [(100, 300)]),
    ("from A to B people died (negative)", "From 100 to 300 people died in the blast.", [(100, 300)]),
    ("a long object between the word of change and from A to B",
     "The health office raised on Monday the death toll of the shelling of the grain market by the "
     "rebel forces from 43 to 52.", [(43, 43), (52, 52)]),
    ("a long object, the army's count lowered",
     "The army lowered its estimate of the number of soldiers lost in the ambush near the river crossing "
     "from 30 to 12.", [(30, 30), (12, 12)]),
    ("a word of change in another sentence (near miss)",
     "The toll rose on Sunday. Estimates of the wounded at the market ranged from 40 to 60.", [(40, 60)]),
]


@pytest.mark.parametrize(("construction", "text", "expected"), CHANGES, ids=[c[0] for c in CHANGES])
def test_from_a_to_b_after_a_word_of_change_is_two_values(construction: str, text: str,
                                                          expected: list[tuple[float, float]]) -> None:
    found = [(f.value_low, f.value_high) for f in pipeline().analyze_text(text).figures]
    assert found == expected, construction


def test_a_measurement_changed_from_a_to_b_stays_one_quantity() -> None:
    found = [(f.value_low, f.value_high) for f in
             pipeline().analyze_text("The valve lift was increased from 13.5 to 14.0 mm last year.").figures]
    assert found == [(13.5, 14.0)]


MEASURES = [
    # (construction, text, {value: measure})
    ("the old value counts what the new one counts", "The ministry revised its figure from 500 to 471 deaths.",
     {500: "killed", 471: "killed"}),
    ("the new value counts what the old one counts", "Officials cut their count from 90 dead to 60.",
     {90: "killed", 60: "killed"}),
    ("a counting noun's 'of' object gives the measure", "The number of dead rose to 471 on Tuesday.", {471: "killed"}),
    ("a counting noun of no measure (negative)", "The number of visitors rose to 471 on Tuesday.", {471: None}),
]


@pytest.mark.parametrize(("construction", "text", "expected"), MEASURES, ids=[c[0] for c in MEASURES])
def test_measure_of_changed_values(construction: str, text: str, expected: dict[float, str | None]) -> None:
    found = {f.value_low: f.measure for f in pipeline().analyze_text(text).figures}
    assert found == expected, construction
