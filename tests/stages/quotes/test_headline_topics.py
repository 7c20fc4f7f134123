"""A headline's name before a colon speaks the words after it only when the name's head names the
source ("Erdogan: Turkey will not back down", "Iran's Khamenei: ..."), not when the head is a topic
that merely holds a name ("Israel-Hamas war: Israel reportedly attacks Gaza hospital, kills 500":
the war is no speaker, and the toll is the outlet's report, not Israel's claim). Seen on a tuning
article of the al-Ahli corpus (issue 15: figures credited to the wrong body). Invented headlines."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

BODY = "\n\nThe report follows here. It has two sentences."

# (kind, headline, the name before the colon, whether it speaks)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "Israel-Hamas war: Israel reportedly attacks Gaza hospital, kills 500", "Israel-Hamas war", False),
    (P, "Russia-Ukraine war: Kyiv says 12 killed in strike", "Russia-Ukraine war", False),
    (N, "Erdogan: Turkey will not back down", "Erdogan", True),
    (M, "Iran's Khamenei: Israel will be punished", "Iran's Khamenei", True),
    (M, "Gaza health ministry: 500 killed in hospital strike", "Gaza health ministry", True),
]


@pytest.mark.parametrize(("kind", "headline", "name", "speaks"), ROWS)
def test_a_topic_before_a_colon_is_no_speaker(kind: str, headline: str, name: str, speaks: bool) -> None:
    an = pipeline().analyze_text(headline + BODY)
    speakers = {q.speaker.text for q in an.quotes if q.speaker is not None}
    assert (name in speakers) == speaks, (kind, speakers)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
