"""A proper name with a number in apposition to it ("the Global Terrorism Index 2025", "Grand Strategy 2040") is no
person's name (appositions.apposed_names): the pass that reads a name beside a description of a person ("Ivo
Marek, a tractor driver", "Hamid, 23,") made a person's mention of any bare name with anything in apposition, a
year run on too."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the name, whether a person's mention covers it)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "According to the Global Terrorism Index 2025 released last week, deaths from attacks in the country "
        "rose by 45%.", "Global Terrorism Index", False),
    (P, "The kingdom's Grand Strategy 2040 sets out new targets for the ports.", "Grand Strategy", False),
    (N, "A senior diplomat, Beatriz Andrade, said the talks had failed.", "Beatriz Andrade", True),
    (M, "The diplomat met Tomasz Wrobel, a farmer from the village, on Monday.", "Tomasz Wrobel", True),
    # near miss: an age between commas is a person's ("Hamid, 23," when the recogniser reads no name)
    (M, "Hamid, 23, said the boat began to sink at night.", "Hamid", True),
]


@pytest.mark.parametrize(("kind", "text", "name", "person"), ROWS)
def test_unpaired_appositions(kind: str, text: str, name: str, person: bool) -> None:
    an = pipeline().analyze_text(text)
    people = [m for m in an.mentions if name in m.text and (m.actor_id or "").startswith("person:")]
    assert bool(people) is person, (kind, text, [(m.text, m.actor_id) for m in an.mentions])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
