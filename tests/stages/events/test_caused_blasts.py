"""A blast told as caused by a weapon or its launch was done by the weapon's owner
(stages/events/caused_blasts.py; words ``cause_verbs``, ``cause_weapon_nouns``, code
``codes.weapon_blast``): the owner named in a "by" phrase on the weapon, a participle "fired by", or its
nationality; a blast read as a disaster becomes an assault. A cause that is no weapon, or a weapon with
no owner, names no doer. Invented sentences, with each side blaming the other."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, the (type, source names) of its events)
    ("positive", "Israel said the blast was caused by a failed rocket launch by Islamic Jihad.",
     {("ASSAULT", ("Palestinian Islamic Jihad",))}),
    ("positive", "Kyiv said the explosion was caused by a Russian missile.", {("ASSAULT", ("Russia",))}),
    ("positive", "Moscow said the blast at the market was caused by a Ukrainian air defence missile.",
     {("ASSAULT", ("Ukraine",))}),
    ("positive", "Hamas said the blast at the hospital was caused by an Israeli air strike.",
     {("ASSAULT", ("Israel",))}),
    ("negative", "Officials said the fire was caused by an electrical fault.", {("NONE", ())}),
    ("negative", "Firefighters said the explosion was caused by a gas leak in the kitchen.", {("NONE", ())}),
    # near miss: a weapon named as the cause, no owner
    ("near miss", "The governor said the explosion was caused by an old mortar shell.", {("ASSAULT", ())}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_the_owner_of_the_weapon_that_caused_a_blast(kind: str, text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    analysis = pipeline().analyze_text(text)
    names = {a.id: a.name for a in analysis.actors}
    got = {(e.plover, tuple(sorted(names[s] for s in e.source_actor_ids))) for e in analysis.events}
    assert got == expected, (kind, got)


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
