"""An office named by its title alone ("the president") in an article that names no state, person
or country as an actor, only one country's people or places ("Somali lawmakers"), is that
country's office (focus.sole_named_country, the focus's fallback); with two countries named there is
no focus, and a state named as an actor is the focus as before. Blind probe
test_unseen_actors_probe (act-038): "Somali lawmakers extended the president's term" left the
president without a country."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

P, N, M = "positive", "negative", "near miss"

# (kind, text, mention words, the country of its actor; None: no actor with a country)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Somali lawmakers extended the president's term.", "the president", "SOM"),
    (P, "Kenyan police said the president would visit the camp.", "the president", "KEN"),
    (N, "The president met Kenyan farmers and Ugandan traders.", "The president", None),
    (M, "Uganda said the president would visit Kenyan farmers.", "the president", "UGA"),
]


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS)
def test_the_sole_named_country_is_the_focus(packaged_layer: Callable[[str], Any], kind: str, text: str, words: str,
                                             country: str | None) -> None:
    layer = packaged_layer(text)
    found = [layer.actor(m.actor_id) if m.actor_id else None for m in layer.mentions if m.text == words]
    assert found, kind
    assert all((a.country if a is not None else None) == country for a in found), (kind, found)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
