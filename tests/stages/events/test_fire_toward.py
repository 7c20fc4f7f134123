"""Fire aimed toward its target (issue 16, set 4c): "toward"/"towards" names what shots, shells, tear gas, stones or a
grenade are aimed at, as "at" does ("fired rockets toward Israel": Israel is the target); a missile fired toward the
sea is still a test, and shots fired in the air hit no one."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, (PLOVER type, target country) of the firing's event, or None for no ASSAULT)
ROWS: list[tuple[str, str, tuple[str, str] | None]] = [
    (P, "Hezbollah fired rockets toward northern Israel on Sunday.", ("ASSAULT", "ISR")),
    (P, "Syrian troops fired tear gas towards the Turkish soldiers at the crossing.", ("ASSAULT", "TUR")),
    (N, "Gunmen fired shots in the air before fleeing.", None),
    (M, "North Korea fired a ballistic missile toward the sea on Monday.", ("MOBILIZE", "")),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS)
def test_fire_toward(kind: str, text: str, expected: tuple[str, str] | None) -> None:
    an = pipeline().analyze_text(text)
    actors = {a.id: a for a in an.actors}
    at = text.index("fired")
    found = [e for e in an.events if e.predicate is not None and e.predicate.start == at]
    if expected is None:
        assert not [e for e in found if e.plover == "ASSAULT"], (kind, text, found)
        return
    assert found, (kind, text, [(e.plover, e.predicate) for e in an.events])
    countries = {actors[i].country or "" for i in found[0].target_actor_ids if i in actors} or {""}
    assert (found[0].plover, expected[1]) == expected and expected[1] in countries, (kind, text, found[0])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
