"""A long one-word name that misspells by one letter the surname of the one person named in full
earlier in the article is that person ("Pederson said" after "Geir Pedersen", read on VOA); a short
name, or a misspelling that fits two people, is left alone."""

from __future__ import annotations

import pytest

from newsledger.stages.actors.entities import one_letter_off
from tests.builders import assert_short_name, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the short name, the actor it should be, or None for "not that one")
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "The envoy, Geir Pedersen, spoke in Geneva on Monday. Pederson said the talks would resume.",
     "Pederson", "person:geir-pedersen"),
    (P, "The mayor, Vitali Klitschko, spoke on Monday. Klitchko said the shelters were full.",
     "Klitchko", "person:vitali-klitschko"),
    (N, "Opposition leader Omar Kahn spoke on Monday. Khan said the vote was rigged.", "Khan", None),
    (M, "Peter Hansen and Maria Hanson met in Oslo. Hansan said the deal was close.", "Hansan", None),
]


@pytest.mark.parametrize(("kind", "text", "name", "actor"), ROWS)
def test_misspelt_surnames(kind: str, text: str, name: str, actor: str | None) -> None:
    assert_short_name(kind, text, name, actor)


@pytest.mark.parametrize(("a", "b", "off"), [
    ("Pedersen", "Pederson", True), ("Klitschko", "Klitchko", True), ("Brandstetter", "Brandsetter", True),
    ("Chaudhry", "Chaundry", False),
    ("Pedersen", "Pedersen", False), ("Pedersen", "Bederson", False), ("Pedersen", "Pedersonn", False),
    # two neighbouring letters swapped; two letters far apart swapped is two changes
    ("Cavusoglu", "Cavusolgu", True), ("Cavusoglu", "Cagusovlu", False),
])
def test_one_letter_off(a: str, b: str, off: bool) -> None:
    assert one_letter_off(a, b) is off


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


# (kind, text, the full name as written, whether it is the dictionary's Mevlut Cavusoglu)
KNOWN: list[tuple[str, str, str, bool]] = [
    (P, "Turkish foreign minister Mevlut Cavusolgu said diplomatic efforts are under way.", "Mevlut Cavusolgu", True),
    (N, "Mevlut Yilmaz said diplomatic efforts are under way.", "Mevlut Yilmaz", False),
    (M, "Ahmet Cavusolgu said diplomatic efforts are under way.", "Ahmet Cavusolgu", False),
]


@pytest.mark.parametrize(("kind", "text", "name", "known"), KNOWN)
def test_a_misspelt_full_name_of_a_known_person(kind: str, text: str, name: str, known: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(name)
    found = [m for m in an.mentions if m.start <= at < m.end]
    assert found, (kind, text, [(m.text, m.actor_id) for m in an.mentions])
    assert (found[0].actor_id == "person:mevlut-cavusoglu") is known, (kind, text, found[0].actor_id)


def test_every_kind_of_known_row_is_there() -> None:
    assert {k for k, *_ in KNOWN} == {P, N, M}
