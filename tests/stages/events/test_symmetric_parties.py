"""A symmetric event whose other party is not named stands on a subject of two parties only when
the subject names an actor: "Putin and Xi spoke by phone" is a call between the two, but "leaders
and groups are calling for their release" names nobody, and "call" with no object is no telephone
call."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, whether a consultation is coded at the verb)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Putin and Xi spoke by phone on Tuesday, the Kremlin said.", "spoke", True),
    (N, "Many leaders and groups are calling for their release.", "calling", False),
    (N, "Parents and teachers were calling for calm on Friday.", "calling", False),
    (M, "The president called his Kenyan counterpart on Friday to discuss the border.", "called", True),
]


@pytest.mark.parametrize(("kind", "text", "verb", "consult"), ROWS)
def test_symmetric_parties(kind: str, text: str, verb: str, consult: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(verb)
    coded = {e.plover for e in an.events if e.predicate.start == at}
    assert ("CONSULT" in coded) is consult, (kind, text, [(e.plover, e.predicate) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
