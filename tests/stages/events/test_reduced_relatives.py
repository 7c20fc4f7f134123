"""A reduced relative participle that the tagger read as a past tense ("students abducted on Monday
were freed": VBD) is still a passive whose noun is the one it was done to; and schoolgirls and
schoolboys are people of a school (education sector, civilians), as students and pupils are."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, the sector the abduction's target must hold, or None for no abduction)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Students abducted on Monday were freed.", "abducted", "EDU"),
    (P, "Schoolgirls abducted last week returned home on Friday.", "abducted", "EDU"),
    (N, "Schoolgirls returned home on Friday after a week away.", "returned", None),
    (M, "The schoolboys who were abducted last week returned home on Friday.", "abducted", "EDU"),
]


@pytest.mark.parametrize(("kind", "text", "verb", "sector"), ROWS)
def test_reduced_relatives(kind: str, text: str, verb: str, sector: str | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(verb)
    found = [e for e in an.events if e.predicate.start == at and e.mode == "abduct"]
    if sector is None:
        assert not [e for e in an.events if e.mode == "abduct"], (kind, text, an.events)
        return
    assert found, (kind, text, [(e.plover, e.mode, e.predicate) for e in an.events])
    assert any(sector in t for t in found[0].target_actor_ids), (kind, text, found[0].target_actor_ids)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
