"""A sector noun that names the audience of what it modifies ("a press conference", "a press
release", "media freedom") mentions no actor; one that names the issuer ("an army statement") or
stands alone ("the press was barred") still does (coref.yaml audience_compounds)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the word, whether a mention of the media sector starts at the word)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Shortly before the press conference on Friday, the minister resigned.", "press", False),
    (P, "A press release from the ministry gave no figures.", "press", False),
    (P, "Critics said the law curbs media freedom in the country.", "media", False),
    (N, "The press was barred from the courtroom on Friday.", "press", True),
    (M, "The press corps waited outside the ministry on Friday.", "press", True),
]


@pytest.mark.parametrize(("kind", "text", "word", "mentioned"), ROWS)
def test_audience_compounds(kind: str, text: str, word: str, mentioned: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(word)
    media = [m for m in an.mentions if m.start <= at < m.end and m.actor_id is not None and "MED" in m.actor_id]
    assert bool(media) is mentioned, (kind, text, [(m.text, m.actor_id) for m in an.mentions])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
