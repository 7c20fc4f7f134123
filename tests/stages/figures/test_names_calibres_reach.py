"""Readings of a number that is not a disputed count: a spelled number after a word that
names ("the Group of Seven", "verse six", "Article Five") is part of a name; a number with a unit
of length before a weapon is its calibre ("155mm shells"); a count in the phrase of
a noun of reach under a negation ("have no access to the 400,000 people") is of people who are
there, so asserted, while a count under a noun of support ("no evidence for 500 deaths") stays
negated."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the number's word, whether it is a figure)
NAMES: list[tuple[str, str, str, bool]] = [
    (P, "Leaders of the Group of Seven met in Rome on Monday.", "Seven", False),
    (P, "The preacher read from verse six of the Book of Numbers.", "six", False),
    (P, "NATO members discussed Chapter Seven of the charter on Friday.", "Seven", False),
    (N, "Seven soldiers were killed near the border, the army said.", "Seven", True),
    (M, "A group of seven gunmen stormed the hotel, police said.", "seven", True),
]

# (kind, text, the figure's first word, its stance)
REACH: list[tuple[str, str, str, str]] = [
    (P, "Aid agencies have no access to the 400,000 people trapped in the north, the UN said.", "400,000", "asserted"),
    (P, "We did not have contact with 30 crew members for two days, the shipping company said.", "30", "asserted"),
    (N, "There were not 500 dead in the blast, the army said.", "500", "negated"),
    (M, "There is no evidence for the 500 deaths reported by the ministry, the army said.", "500", "negated"),
]


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize(("kind", "text", "word", "figure"), NAMES)
def test_names(kind: str, text: str, word: str, figure: bool) -> None:
    figures = pipeline().analyze_text(text).figures
    found = [f for f in figures if f.start == _at(text, word)]
    assert bool(found) is figure, (kind, text, [(f.text, f.start) for f in figures])


@pytest.mark.parametrize(("kind", "text", "word", "stance"), REACH)
def test_reach_keeps_the_count(kind: str, text: str, word: str, stance: str) -> None:
    figures = pipeline().analyze_text(text).figures
    found = [f for f in figures if f.start == _at(text, word)]
    assert len(found) == 1, (kind, text, [(f.text, f.start) for f in figures])
    assert found[0].stance == stance, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    kinds = [{row[0] for row in table} for table in (NAMES, REACH)]
    assert kinds == [{P, N, M}] * 2


# (kind, text, the number, whether it is a figure)
CALIBRES_AND_MEMBERS: list[tuple[str, str, str, bool]] = [
    (P, "Inspectors found that 122-millimeter artillery shells made abroad were used.", "122", False),
    (P, "Kyiv asked for more 155mm shells and 7.62 mm rounds on Monday.", "155", False),
    (N, "Russia fired 40 rockets at the city overnight, the mayor said.", "40", True),
    (M, "Crews cleared a 10-kilometer stretch of the road on Monday.", "10", True),
    (M, "One of the three hostages was freed on Monday, police said.", "One", True),
]


@pytest.mark.parametrize(("kind", "text", "number", "figure"), CALIBRES_AND_MEMBERS)
def test_calibres_and_members(kind: str, text: str, number: str, figure: bool) -> None:
    figures = pipeline().analyze_text(text).figures
    found = [f for f in figures if f.start == text.index(number)]
    assert bool(found) is figure, (kind, text, [(f.text, f.start) for f in figures])


def test_calibre_and_member_rows_cover_every_kind() -> None:
    assert {row[0] for row in CALIBRES_AND_MEMBERS} == {P, N, M}
