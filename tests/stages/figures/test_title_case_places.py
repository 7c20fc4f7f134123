"""A capital in a title-case headline names nothing by itself: a figure's place read there is a
place only when the text names it outside the headline too ("Over 300 Killed in Strike on Gaza
Hospital": no place "Strike"). Invented headlines and bodies."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the place read for the headline's figure)
ROWS: list[tuple[str, str, str | None]] = [
    (P, "Dozens Killed in Strike on Khartoum Market\n\nResidents buried the dead on Monday.", None),
    (P, "Over 50 Killed in Strike on Mosul School-Turned-Shelter\n\nResidents buried the dead on Monday.", None),
    (N, "Over 40 Killed in Kandahar Market Strike\n\nResidents of Kandahar buried the dead on Monday.", "Kandahar"),
    (M, "Over 300 killed in Strike, a town in the north\n\nThe army denied shelling the town.", "Strike"),
]


@pytest.mark.parametrize(("kind", "text", "place"), ROWS)
def test_a_capital_in_a_title_case_headline_names_no_place(kind: str, text: str, place: str | None) -> None:
    figs = pipeline().analyze_text(text).figures
    assert figs and figs[0].start < text.index("\n")
    assert figs[0].place == place, (kind, text, [(f.text, f.place) for f in figs])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
