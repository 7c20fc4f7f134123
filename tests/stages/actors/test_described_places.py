"""A definite description of a place named before places a group as the place's name would:
"health officials in the enclave", "officials in the besieged strip", "officials in the province"
(``place_description_nouns``): the country of the last place named, within a few sentences.
Wire copy names a place once and then describes it ("the Hamas-run enclave", "the coastal
strip"); the group's body was left with no country. Not a description with no place named
before it, nor an indefinite one ("in a province where ..."), nor a place with no country ("the
Middle East ... the territory"), nor one after a country's own name ("in Sudan ... in the
province"). Regions, towns, cities and villages are left out: "the region" after a city is often
the wider region, and placing a village's people moved a probe's threads (zamfara check)."""

from __future__ import annotations

import pytest

from tests.builders import mention_of, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, its actor)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "An explosion hit a hospital in Gaza City. Health officials in the Hamas-run enclave say "
        "more than 3,000 people have died.", "Health officials", "org:gaza-health-ministry"),
    (P, "Shells hit a market in Kherson on Friday. Officials in the province said five people "
        "were killed.", "Officials", "state:UKR"),
    (P, "Shells fell on a school in Gaza City. Officials in the besieged strip said 20 people died.",
     "Officials", "state:PSE"),
    (N, "Shells fell on a school on Monday. Officials in the enclave said 20 people died.",
     "Officials", None),
    (N, "Shells hit a market in Kherson. Officials in a province where fighting raged said five "
        "people were killed.", "Officials", None),
    (M, "A drone struck a market in Sudan on Friday. Officials in the province said five people "
        "were killed.", "Officials", None),
    (M, "Tension is high across the Middle East. Officials in the territory said five people were "
        "killed.", "Officials", None),
]


@pytest.mark.parametrize(("kind", "text", "words", "actor"), ROWS)
def test_a_described_place_places_the_group(kind: str, text: str, words: str, actor: str | None) -> None:
    assert mention_of(pipeline().analyze_text(text), words).actor_id == actor, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
