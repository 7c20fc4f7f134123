"""An office holder the article does not name, described with a region's capitalised adjective
("the European envoy", "the African envoy"), is the region's, not the country in view's
(placement.region_named, in place_titled_people); a country's adjective ("the French envoy") and a
lower-case "regional" ("the regional governor") are as before. Blind probe test_unseen_actors_probe
(act-023) showed "Nigerien officials expelled the European envoy" give Niger's envoy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

P, N, M = "positive", "negative", "near miss"

# (kind, sentence, mention words, the country of its actor)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Nigerien officials expelled the European envoy.", "the European envoy", None),
    (P, "Malian officials met the African envoy on Monday.", "the African envoy", None),
    (N, "Nigerien officials expelled the French envoy.", "the French envoy", "FRA"),
    (M, "Colombian officials met the regional governor.", "the regional governor", "COL"),
]


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS)
def test_a_region_s_envoy_is_no_country_s(layer_of: Callable[..., Any], kind: str, text: str, words: str,
                                          country: str | None) -> None:
    layer = layer_of(text)
    found = [layer.actor(m.actor_id) for m in layer.mentions if m.text == words and m.actor_id]
    assert found and all(a is not None and a.country == country for a in found), (kind, found)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
