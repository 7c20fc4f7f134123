"""A war named as one person's is a loaded label of every side ("Putin's war", "Netanyahu's war",
"Zelensky's war"): the possessor is a person; a state's war ("Russia's war in Ukraine") is no such
label (framing_accounts.leader_war_marks, labels.yaml leader_war_note). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the marked words or None)
ROWS: list[tuple[str, str, str | None]] = [
    (P, "The border region has become a front line of Putin's war.", "Putin's war"),
    (P, "Protesters in Tel Aviv marched against Netanyahu's war.", "Netanyahu's war"),
    (P, "Russian state television spoke of Zelensky's war on the Donbas.", "Zelensky's war"),
    (N, "Russia's war in Ukraine entered its fourth year on Tuesday.", None),
    (M, "The Kremlin said Putin's remarks on the war were misquoted.", None),
]


@pytest.mark.parametrize(("kind", "text", "marked"), ROWS)
def test_a_war_named_as_one_persons(kind: str, text: str, marked: str | None) -> None:
    an = pipeline().analyze_text(text)
    words = [m.text for m in an.framing if m.kind == "loaded_term" and "war" in m.text]
    assert words == ([marked] if marked else []), (kind, text, words)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
