"""Which counts are one incident's toll and join its thread (issue 15: one quantity about one
incident), for constructions the claim threads met on invented probes: a partitive over a
pronoun that holds no earlier count. Invented sentences, every side."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs


@pytest.mark.parametrize(("text", "group", "linked", "part"), [
    # the pronoun's antecedent names the counted and no count before it holds them: their toll
    ("Troops struck a camp of rebels near Lomka. The army says 31 of them were killed.", "rebels", False, False),
    # negative: the part of a count before it (the figure stage linked them)
    ("In Lomka, 80 people were hurt. 31 of them were killed later.", "people", True, True),
    # near miss: no group of its own (no antecedent read)
    ("In Lomka, the army says 31 of them were killed.", None, False, True),
])
def test_a_pronoun_partitive_is_a_part_only_of_a_count_before_it(
        tmp_path: Path, text: str, group: str | None, linked: bool, part: bool) -> None:
    d = Doc(text, "Wire", "2024-05-03")
    whole = d.figure("80 people", 80, measure="injured", place="Lomka") if linked else None
    d.figure("31", 31, group=group, place="Lomka", part_of=whole.id if whole else None)
    store = store_docs(tmp_path / "pron.db", [d])
    build_ledger(store)
    classes = {c.value_low: t.group for t in claim_threads(store, measure="killed") for c in t.claims}
    assert classes[31].endswith("(part)") is part, classes
