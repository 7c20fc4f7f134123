"""A verb of a phase of another act with a gerund as its complement ("must quit intimidating
Taiwan", "resumed shelling the town") codes no act of its own: no resignation, no withdrawal; the
gerund's act is coded as usual. With a noun object or none, the verb keeps its own reading ("quit
the cabinet", "the minister quit on Monday")."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, whether it codes an event of its own, the gerund's type or None)
ROWS: list[tuple[str, str, str, bool, str | None]] = [
    (P, "Beijing must quit intimidating Taipei, the president said.", "quit", False, "COERCE"),
    (P, "The militia quit attacking aid convoys after the deal, officials said.", "quit", False, "ASSAULT"),
    (P, "The rebels resumed shelling the town on Monday, residents said.", "resumed", False, "ASSAULT"),
    (N, "The defence minister quit on Monday, citing his health.", "quit", True, None),
    (M, "The defence minister quit the cabinet over the deal on Monday.", "quit", True, None),
]


@pytest.mark.parametrize(("kind", "text", "verb", "own", "gerund"), ROWS)
def test_aspect_verbs(kind: str, text: str, verb: str, own: bool, gerund: str | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(verb)
    assert any(e.predicate.start == at for e in an.events) is own, (kind, text, an.events)
    if gerund is not None:
        assert gerund in {e.plover for e in an.events}, (kind, text, [(e.plover, e.predicate) for e in an.events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
