"""An infinitival relative of saying on a noun of a medium or an occasion ("the press conference
to announce his death", "a rally to demand ...") tells what the occasion was for: the noun is not
who says it. A person noun keeps it ("the first official to say that ...")."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the content's first words, the speaker's text or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Shortly before the press conference to announce the gang leader's death, the president tweeted.",
     "the gang leader", None),
    (N, "He was the first official to say that the war was lost.", "that the war", "the first official"),
    (M, "The ministry, which called the briefing, announced the gang leader's death on Friday.",
     "the gang leader", "The ministry"),
]


@pytest.mark.parametrize(("kind", "text", "content", "speaker"), ROWS)
def test_medium_infinitives(kind: str, text: str, content: str, speaker: str | None) -> None:
    an = pipeline().analyze_text(text)
    t = an.article.text
    found = [q for q in an.quotes if t[q.content.start:q.content.end].startswith(content)]
    assert found, (kind, text, [t[q.content.start:q.content.end] for q in an.quotes])
    said = [t[q.speaker.start:q.speaker.end] if q.speaker else None for q in found]
    assert speaker in said, (kind, text, said)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
