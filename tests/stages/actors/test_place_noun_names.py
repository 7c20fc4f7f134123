"""A name the entity recogniser took for an organisation after the "of" of a place noun or in
apposition to one ("between the towns of Bocaranga and Bazoum") is a place, no body that acts."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the name, whether it may be an organisation)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Rebels attacked nearly 10 villages between the towns of Bocaranga and Bazoum in the northwest.",
     "Bocaranga and Bazoum", False),
    (N, "The Bocaranga Farmers Cooperative said its stores were looted.", "The Bocaranga Farmers Cooperative", True),
    (M, "Rebels attacked the offices of the Bocaranga Farmers Cooperative in the northwest.",
     "the Bocaranga Farmers Cooperative", True),
]


@pytest.mark.parametrize(("kind", "text", "name", "organisation"), ROWS)
def test_place_noun_names(kind: str, text: str, name: str, organisation: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(name)
    found = [m for m in an.mentions if m.start == at]
    orgs = [m for m in found if m.actor_id is not None and m.actor_id.startswith("org:")]
    assert bool(orgs) is organisation, (kind, text, [(m.text, m.actor_id) for m in an.mentions])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
