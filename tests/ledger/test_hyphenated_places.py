"""A hyphenated place name cut at its hyphen ("Savane" of "Savane-Latour", as a recogniser may
read it) names the same place: its tolls share a thread (``coplaces.nested_places``); a name
sharing one part of the hyphenated name with another is another place. Invented places."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from newsledger.ledger.coplaces import nested_places
from tests.builders import UKR, Doc, store_docs

P, N, M = "positive", "negative", "near miss"

NESTED: list[tuple[str, frozenset[str], frozenset[str], bool]] = [
    (P, frozenset({"savane-latour"}), frozenset({"savane"}), True),
    (P, frozenset({"latour"}), frozenset({"savane-latour"}), True),
    (N, frozenset({"saint-marc"}), frozenset({"savane-latour"}), False),
    # near miss: two hyphenated names sharing one part are two places
    (M, frozenset({"latour-haut"}), frozenset({"savane-latour"}), False),
]


@pytest.mark.parametrize(("kind", "a", "b", "nested"), NESTED)
def test_a_hyphenated_name_holds_its_parts(kind: str, a: frozenset[str], b: frozenset[str], nested: bool) -> None:
    assert nested_places(a, b) is nested and nested_places(b, a) is nested, kind


FIRST = "Gunmen attacked Savane-Latour on Tuesday night, killing 41 people."

THREADS: list[tuple[str, str, str, bool]] = [
    (P, "Gunmen killed 33 people in Savane on Tuesday night, officials said.", "Savane", True),
    (N, "Gunmen killed 33 people in Bois-Neuf on Tuesday night, officials said.", "Bois-Neuf", False),
    (M, "Gunmen killed 33 people in Latour-Haut on Tuesday night, officials said.", "Latour-Haut", False),
]


@pytest.mark.parametrize(("kind", "second", "place", "joins"), THREADS)
def test_a_toll_at_a_part_of_a_hyphenated_place_joins_its_thread(
        tmp_path: Path, kind: str, second: str, place: str, joins: bool) -> None:
    a = Doc(FIRST, "Wire A", "2024-05-02")
    a.event("ASSAULT", "attacked", source=("Gunmen", UKR), place="Savane-Latour", date="2024-05-02")
    a.figure("41 people", 41, place="Savane-Latour")
    b = Doc(second, "Wire B", "2024-05-02T09:00")
    b.event("ASSAULT", "killed", source=("Gunmen", UKR), place=place, date="2024-05-02")
    b.figure("33 people", 33, place=place)
    store = store_docs(tmp_path / "hyphen.db", [a, b])
    build_ledger(store)
    assert sorted(t.n_claims for t in claim_threads(store, measure="killed")) == ([2] if joins else [1, 1]), kind


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in NESTED} == {P, N, M}
    assert {r[0] for r in THREADS} == {P, N, M}
