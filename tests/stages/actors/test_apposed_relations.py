"""A body named as what an apposition's body is related to is no antecedent of a later description of
a body (issue 15, branch i15-resolve55; :func:`newsledger.stages.actors.pronouns.apposed_modifier`),
of invented sentences: the object of the relation's preposition ("Islamic Jihad, a smaller ally of
Hamas, ... The group said": Islamic Jihad) and a possessor of its head ("X, Hamas's closest
ally,"), as a name before the head was already ("X, a Hamas ally,"); not a body named in a
clause of its own."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the mention's words, words of its actor's name)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Islamic Jihad, a smaller ally of Hamas, fired rockets at Ashdod. The group said two of its fighters "
     "died.", "The group", "Islamic Jihad"),
    (P, "Al-Shabaab, an affiliate of al-Qaeda, stormed the base near Kismayo. The group said it had seized "
     "weapons.", "The group", "Shabaab"),
    (P, "Islamic Jihad, Hamas's closest ally, fired rockets at Ashdod. The group said two of its fighters "
     "died.", "The group", "Islamic Jihad"),
    (N, "Hamas fired rockets at Ashdod. The group said two of its fighters died.", "The group", "Hamas"),
    (M, "Islamic Jihad fired rockets at Ashdod after Hamas called for a general strike. The group said two "
     "of its fighters died.", "The group", "Hamas"),
]


@pytest.mark.parametrize(("kind", "text", "words", "name"), ROWS)
def test_related_body_is_no_antecedent(kind: str, text: str, words: str, name: str) -> None:
    an = pipeline().analyze_text("Headline\n\n" + text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (kind, [(m.text, m.actor_id) for m in an.mentions])
    actor = an.actor(found[0].actor_id) if found[0].actor_id else None
    assert actor is not None and name.lower() in actor.name.lower(), (kind, actor)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
