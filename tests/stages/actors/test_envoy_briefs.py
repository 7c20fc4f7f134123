"""A country's name right before "envoy" is the envoy's brief, not the envoy's country (issue 15,
branch i15-resolve55; coref.yaml topic_nouns, read by phrases.topic_of_expertise), of invented
sentences: "the U.S. Syria envoy, X" is an American envoy, "the EU's Myanmar envoy, X" no
Myanmar official; "Russia's envoy", "the Syrian envoy" keep their country."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, its actor's country: the code its actor must not have, "!" first)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "The U.S. Sudan envoy, Mark Dellinger, said the talks in Jeddah had stalled.", "The U.S. Sudan envoy",
     "USA"),
    (P, "The EU's Myanmar envoy, Clara Voss, met opposition leaders in Bangkok on Monday.",
     "The EU's Myanmar envoy", "!MMR"),
    (N, "Sudan's envoy, Omar Siddig, said the talks in Jeddah had stalled.", "Sudan's envoy", "SDN"),
    (M, "The Sudanese envoy, Omar Siddig, said the talks in Jeddah had stalled.", "The Sudanese envoy", "SDN"),
]


@pytest.mark.parametrize(("kind", "text", "words", "country"), ROWS)
def test_envoy_brief(kind: str, text: str, words: str, country: str) -> None:
    an = pipeline().analyze_text("Headline\n\n" + text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (kind, [(m.text, m.actor_id) for m in an.mentions])
    actor = an.actor(found[0].actor_id) if found[0].actor_id else None
    assert actor is not None and actor.type == "person", (kind, actor)
    if country.startswith("!"):
        assert country[1:] not in actor.code.split(), (kind, actor)
    else:
        assert actor.country == country, (kind, actor)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
