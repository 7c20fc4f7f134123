"""A speaker the entity recogniser left unnamed ("”, Creemers said", the surname tagged as a plural
noun) is the one person of the article whose name ends in that word; a word that ends no one's
name, or the names of two people, stays unresolved."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

LEAD = ("Rogier Creemers, assistant professor in Modern Chinese Studies at Leiden University, said China "
        "has the most elaborate strategy. ")

# (kind, text, the speaker's word, the actor id it must resolve to, or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, LEAD + '"But you can do a lot with software,” Creemers said. “China can work with fewer chips.”',
     "Creemers", "person:rogier-creemers"),
    (N, LEAD + '"But you can do a lot with software,” Summers said. “China can work with fewer chips.”',
     "Summers", None),
    (M, LEAD + 'Anna Creemers, his sister, disagreed. "But you can do a lot with software,” Creemers said.',
     "Creemers said", None),
]


@pytest.mark.parametrize(("kind", "text", "word", "actor"), ROWS)
def test_missed_surnames(kind: str, text: str, word: str, actor: str | None) -> None:
    an = pipeline().analyze_text(text)
    t = an.article.text
    at = t.rindex(word)
    found = [q for q in an.quotes if q.speaker is not None and q.speaker.start == at]
    assert found, (kind, text, [(q.speaker, q.speaker_actor_id) for q in an.quotes])
    if actor is None:
        assert all(q.speaker_actor_id != "person:rogier-creemers" for q in found), (kind, found)
    else:
        assert all(q.speaker_actor_id == actor for q in found), (kind, [q.speaker_actor_id for q in found])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
