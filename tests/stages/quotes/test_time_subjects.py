"""A span of time as the subject of a verb of perception or saying ("The past few weeks have seen
China roll out new models") tells when something happened: no one perceives or says it, and no
quote is made; a person or body as the subject still cues one."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the cue word, whether a quote is cued by it)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "The past few weeks have seen China rolling out several new AI models.", "seen", False),
    (P, "Last month saw rebels seizing two more towns in the north.", "saw", False),
    (N, "Analysts have seen China rolling out several new AI models.", "seen", True),
    (M, "Monday's statement said the talks had failed.", "said", True),
]


@pytest.mark.parametrize(("kind", "text", "cue", "quoted"), ROWS)
def test_time_subjects(kind: str, text: str, cue: str, quoted: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(cue)
    cued = [q for q in an.quotes if q.cue is not None and q.cue.start <= at < q.cue.end]
    assert bool(cued) is quoted, (kind, text, [(q.cue, q.content) for q in an.quotes])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
