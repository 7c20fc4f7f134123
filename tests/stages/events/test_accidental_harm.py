"""Harm no one meant (issue 16, set 4c): a killing or an injury told of an accident, with no doer named, is no PLOVER
ASSAULT (the codebook's "deliberate actions"); it keeps its outside-ACLED scope."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the harm verb, (PLOVER type, scope) of its event)
ROWS: list[tuple[str, str, str, tuple[str, str]]] = [
    (P, "Three pupils were killed in a road accident near the school on Monday.", "killed",
     ("NONE", "man_made_disaster")),
    (P, "Three pupils were injured in a bus crash outside the school on Monday.", "injured",
     ("NONE", "man_made_disaster")),
    (P, "Two passengers were injured in a train crash outside the city.", "injured", ("NONE", "man_made_disaster")),
    (N, "Gunmen killed three pupils near the school on Monday.", "killed", ("ASSAULT", "acled")),
    (M, "Three pupils were killed in a bomb attack near the school on Monday.", "killed", ("ASSAULT", "acled")),
    (M, "Two passengers were injured in a grenade attack outside the city.", "injured", ("ASSAULT", "acled")),
]


@pytest.mark.parametrize(("kind", "text", "verb", "expected"), ROWS)
def test_accidental_harm(kind: str, text: str, verb: str, expected: tuple[str, str]) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(verb)
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at]
    assert found, (kind, text, [(e.plover, e.predicate, e.scope) for e in an.events])
    assert (found[0].plover, found[0].scope) == expected, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
