"""A verb that names its object something ("Hamas called the strike a massacre", "the opposition
called the raid a crime": a predicative complement on the object) tells who named the act, not who
did it: the namer is no source of the act's event noun (`nlp.syntax.names_object`, read by
`predicates.light_verb` and the reports' `_light_source`). Before, the namer became the doer, so a
side that condemned a strike was recorded as striking. The same verb with a bare event noun ("the
union called a strike") is still a light verb. Issue 16 (arguments that follow the conventions:
quoted and named events; the claimant is not the doer)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the event's predicate, its PLOVER type, the actor that must (or must not) be its source, must)
ROWS: list[tuple[str, str, str, str, str, bool]] = [
    (P, "Hamas called the strike a massacre.", "strike", "ASSAULT", "org:hamas", False),
    (P, "The Kremlin called the raid on the border village a provocation.", "raid", "ASSAULT",
     "org:kremlin", False),
    (P, "Ukraine's foreign ministry called the missile attack on Odesa a war crime.", "attack", "ASSAULT",
     "org:ukraine-foreign-ministry", False),
    (N, "The teachers' union called a nationwide strike on Monday.", "called", "PROTEST", "sector:LAB", True),
    (M, "Rebels carried out an attack on the army base.", "carried", "ASSAULT", "sector:REB", True),
    (M, "Bhutan's refusal to join China's infrastructure scheme was made public on Wednesday.", "refusal",
     "REJECT", "state:BTN", True),
]


def _events(text: str, word: str, plover: str) -> list:
    an = pipeline().analyze_text(f"Report\n\n{text}")
    return [e for e in an.events if e.predicate.text == word and e.plover == plover]


@pytest.mark.parametrize(("kind", "text", "word", "plover", "actor", "must"), ROWS)
def test_a_namer_is_no_doer(kind: str, text: str, word: str, plover: str, actor: str, must: bool) -> None:
    found = _events(text, word, plover)
    assert found, (kind, text)
    sources = {a for e in found for a in e.source_actor_ids}
    assert (actor in sources) == must, (kind, sources)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
