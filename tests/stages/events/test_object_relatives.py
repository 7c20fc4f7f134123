"""Object relative clauses (issue 16, set 4c): a report construction's verb in a relative clause acts
on the noun the clause modifies ("the rifles (that) the troops seized": the rifles are seized), so the
report reads that noun as what is acted on; a subject relative or a clause with an object of its own
is read as before."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, (PLOVER type, ACLED sub-event type) of the event it must give, or None for none)
ROWS: list[tuple[str, str, str, tuple[str, str] | None]] = [
    (P, "The colonel showed reporters the rifles that the soldiers seized.", "seized",
     ("COERCE", "Disrupted weapons use")),
    (P, "Journalists were shown the explosives the police confiscated.", "confiscated",
     ("COERCE", "Disrupted weapons use")),
    (P, "Families went back to the village which the militants overran in March.", "overran",
     ("ASSAULT", "Non-state actor overtakes territory")),
    (N, "The colonel showed reporters the rifles that were made abroad.", "made", None),
    (N, "Families went back to the village where the militants held a meeting.", "held", None),  # no object relative
    (M, "The colonel praised the opportunity the soldiers seized.", "seized", None),  # nothing a report seizes
]


@pytest.mark.parametrize(("kind", "text", "verb", "expected"), ROWS)
def test_object_relatives(kind: str, text: str, verb: str, expected: tuple[str, str] | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(verb)
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at]
    if expected is None:
        assert not [e for e in found if e.plover in ("COERCE", "ASSAULT")], (kind, text, found)
        return
    assert found, (kind, text, [(e.plover, e.predicate) for e in an.events])
    assert (found[0].plover, found[0].acled_subtype) == expected, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
