""""They" as the active subject of a clause joined to one whose subject is a plural noun takes
up that noun ("the elephants change their behaviour and they kill people"): when the noun names
no actor, "they" is nobody the article names (seen on VOA: the animals' "they" had become the
country's people, and the event's source the speaker). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

LEAD = "Herders in the north depend on the grazing land. "

# (kind, text after the lead, the actor id "they" resolves to, the source ids of the event on `verb`, verb)
ROWS: list[tuple[str, str, str | None, tuple[str, ...], str]] = [
    (P, "A ranger said the elephants change their behaviour and they kill people.", None, (), "kill"),
    (P, "A farmer said the wolves come down at night and they attack the villagers.", None, (), "attack"),
    (P, "The soldiers surrounded the village and they opened fire on the houses.", "sector:MIL", ("sector:MIL",), "opened"),
    # negative: a passive "they" may be the object of the first clause, no taking up
    (N, "The police detained the traders and they were released on bail.", "sector:BUS", (), "released"),
    (M, "A ranger said the herd changes its route and they attack the herd.", "sector:AGR", ("sector:AGR",), "attack"),
]


@pytest.mark.parametrize(("kind", "text", "they", "sources", "verb"), ROWS)
def test_they_takes_up_the_subject_of_the_clause_it_is_joined_to(kind: str, text: str, they: str | None,
                                                                  sources: tuple[str, ...], verb: str) -> None:
    an = pipeline().analyze_text(LEAD + text)
    t = an.article.text
    got = [m.actor_id for m in an.mentions if t[m.start:m.end] == "they"]
    assert got == [they], (kind, text, got)
    events = [e for e in an.events if t[e.predicate.start:e.predicate.end] == verb]
    assert [e.source_actor_ids for e in events] == [sources], (kind, text, [(e.plover, e.source_actor_ids) for e in events])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
