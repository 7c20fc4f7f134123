"""A country's envoy or mission to an international organisation is the country's: "Kenya's U.N. ambassador",
"Britain's NATO envoy", "the Kenyan UN mission" (coref.yaml ``accredited_nouns``;
stages/actors/nominals.accredited_to), where the organisation named in the phrase was read as the speaker (the
U.N. speaking). The organisation's own envoys and officials stay the organisation's."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the phrase, the actor it should be)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Kenya's U.N. ambassador said the council should act on the border dispute.", "Kenya's U.N. ambassador",
     "state:KEN"),
    (P, "Britain's NATO envoy said the alliance would keep its troops in Estonia.", "Britain's NATO envoy",
     "state:GBR"),
    (N, "The U.N. envoy for Syria said the talks in Geneva had failed.", "The U.N. envoy", "org:un"),
    (M, "U.N. officials in Kenya said the aid convoys had been blocked.", "U.N. officials", "org:un"),
]


@pytest.mark.parametrize(("kind", "text", "phrase", "actor"), ROWS)
def test_accredited_envoys(kind: str, text: str, phrase: str, actor: str) -> None:
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == phrase]
    assert len(found) == 1, (kind, text, [(m.text, m.actor_id) for m in an.mentions])
    assert found[0].actor_id == actor, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
