"""A definite rank noun ("the admiral", "the general", "the senator") stands for the person the
article last named with that rank, and a later "he said" goes on with that person. Naval ranks
were missing from the title table, so "the admiral" was read as the navy's body and "he" went to
another officer named before (seen on real news, PolNeAR's train articles). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"


def last_speaker(text: str) -> tuple[str | None, str | None]:
    """The actor name of the last quote's speaker, and of the definite rank noun ("The admiral")."""
    analysis = pipeline().analyze_text("Strait talks\n\n" + text)
    actors = {a.id: a.name for a in analysis.actors}
    quotes = sorted(analysis.quotes, key=lambda q: q.content.start)
    assert quotes
    t = analysis.article.text
    rank = [m for m in analysis.mentions if t[m.start:m.end].lower() in ("the admiral", "the general")]
    assert rank
    return actors.get(quotes[-1].speaker_actor_id or ""), actors.get(rank[-1].actor_id or "")


# (kind, text, the last quote's speaker, or None: not the general named before)
ROWS: list[tuple[str, str, str | None]] = [
    (P, "The chairman of the Joint Chiefs, Gen. Maria Costa, asked Admiral John Reyes about the strait. "
        "The admiral laughed. \"It is good that my voice is low,\" he said.", "John Reyes"),
    (P, "Gen. Maria Costa met Vice Admiral Ilya Petrov in Sevastopol. The admiral smiled. \"The fleet stays,\" "
        "he said.", "Ilya Petrov"),
    # no admiral named: the general is no admiral (the rank noun is not hers, whoever "he" is)
    (N, "Gen. Maria Costa spoke first. The admiral laughed. \"It is good that my voice is low,\" he said.", None),
    # the rank named before is another one: the general goes on
    (M, "Admiral John Reyes spoke first to Gen. Omar Sadiq. The general laughed. \"We hold the pass,\" he said.",
     "Omar Sadiq"),
]


@pytest.mark.parametrize(("kind", "text", "speaker"), ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_a_definite_rank_noun_takes_the_person_named_with_it(kind: str, text: str, speaker: str | None) -> None:
    who, rank = last_speaker(text)
    if speaker is None:
        assert rank != "Maria Costa", (kind, rank)
    else:
        assert (who, rank) == (speaker, speaker), kind


def test_rows_cover_every_kind() -> None:
    assert {r[0] for r in ROWS} == {P, N, M}
