"""Object relative clauses of an event verb (``nlp/object_relatives``, read by ``predicates.object_of``
and by the report constructions): a verb in a relative clause with no object of its own acts on the
noun the clause is on, with or without a relative word ("an allegation Mogadishu denied": Somalia
rejects the allegation; "the Afghan villagers the Pakistani army shelled": the villagers are the
target). A clause a relative adverb or a preposition opens ("the town where ..."), one on a day or a
time ("the day ... attacked") and a subject relative are no object relatives. Found reading VOA
story 24 ("accusing it of providing support to militants, a charge New Delhi quickly rejected" gave
no rejection). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the verb, the PLOVER type of its event, its source codes, its target codes;
#  None: no event of that type on the verb has a target)
ROWS: list[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...] | None]] = [
    (P, "Kenya accused Somalia of arming the militia, an allegation Mogadishu denied.", "denied", "REJECT",
     ("SOM",), ()),
    (P, "Moscow blamed Kyiv for the blast, a claim Ukraine dismissed as absurd.", "dismissed", "REJECT",
     ("UKR",), ()),
    (P, "Residents buried the Afghan villagers the Pakistani army shelled on Monday.", "shelled", "ASSAULT",
     ("PAK",), ("AFG",)),
    (P, "Mourners gathered for the Sudanese students whom Chadian soldiers shot last week.", "shot", "ASSAULT",
     ("TCD",), ("SDN",)),
    (N, "Residents fled the Afghan village where Pakistani troops shelled the market.", "shelled", "ASSAULT",
     ("PAK",), None),
    (N, "Afghan villagers fled on the day Pakistani troops attacked.", "attacked", "ASSAULT", ("PAK",), None),
    (M, "Mourners gathered for the Sudanese students who shot at Chadian soldiers last week.", "shot", "ASSAULT",
     ("SDN",), ("TCD",)),
]


@pytest.mark.parametrize(("kind", "text", "verb", "plover", "source", "target"), ROWS)
def test_verb_object_relatives(kind: str, text: str, verb: str, plover: str, source: tuple[str, ...],
                               target: tuple[str, ...] | None) -> None:
    an = pipeline().analyze_text("Report\n\n" + text)
    at = len("Report\n\n") + text.index(verb)
    codes = {a.id: a.code for a in an.actors}
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at and e.plover == plover]
    assert found, (kind, [(e.plover, e.predicate) for e in an.events])
    e = found[0]
    src = {c for i in e.source_actor_ids for c in (codes.get(i) or "").split()[:1]}
    tgt = {c for i in e.target_actor_ids for c in (codes.get(i) or "").split()[:1]}
    assert src == set(source), (kind, e)
    if target is None:
        assert not tgt, (kind, e)  # no noun of place or time is what the act was done to
    else:
        assert tgt == set(target), (kind, e)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
