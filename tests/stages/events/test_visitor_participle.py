""""X met visiting Foreign Minister Y": "visiting" right after X's verb, with no subject of its own,
describes Y, the visitor X hosts, however the parser hangs it; the visit's source is Y and its
target X. A participle clause after a comma is the subject's own visit."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the visitor's actor id, the host's actor id)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Blinken met visiting Australian Foreign Minister Marise Payne on Thursday.",
     "person:marise-payne", "person:antony-blinken"),
    (P, "Antony Blinken assured visiting Australian Foreign Minister Marise Payne that Washington would help.",
     "person:marise-payne", "person:antony-blinken"),
    (N, "Marise Payne visited Antony Blinken in Washington on Thursday.", "person:marise-payne", "person:antony-blinken"),
    (M, "Narendra Modi flew to Paris on Monday, visiting Emmanuel Macron at the Elysee.",
     "person:narendra-modi", "country:FRA"),
]


@pytest.mark.parametrize(("kind", "text", "visitor", "host"), ROWS)
def test_visitor_participle(kind: str, text: str, visitor: str, host: str) -> None:
    an = pipeline().analyze_text(text)
    visits = [e for e in an.events if e.cameo == "042"]
    assert visits, (kind, text, [(e.cameo, e.predicate) for e in an.events])
    assert any(visitor in e.source_actor_ids and host in e.target_actor_ids for e in visits), (
        kind, text, [(e.source_actor_ids, e.target_actor_ids) for e in visits])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
