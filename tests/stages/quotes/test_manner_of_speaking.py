"""Verbs of the manner of speaking introduce a direct quote (``quote_only`` in cues.yaml): "“...,”
sobbed his mother", "fumed the coach"; the same verbs with no quotation attribute nothing."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

HEAD = "Voices from the day\n\n"

# (kind, text, quoted words, expected speaker words; None: no quote holds the words)
ROWS = [
    ("positive", "\"They took everything from us,\" sobbed Grace Otieno, whose shop was looted.",
     "They took everything from us", "Otieno"),
    ("positive", "\"This referee has cost us the title,\" fumed the club president, Marco Bellini, after the match.",
     "This referee has cost us the title", "Bellini"),
    ("positive", "\"Where are the ambulances?\" wailed a woman outside the ruined block.",
     "Where are the ambulances?", "woman"),
    ("positive", "\"You will regret this,\" snarled the officer, Captain Ilya Petrov.",
     "You will regret this", "Petrov"),
    ("negative", "Grace Otieno sobbed as the coffins were carried past the shop.", "as the coffins were carried",
     None),
    ("near miss", "The coach fumed on the touchline while the \"title decider\" slipped away.",
     "title decider", None),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_manner_of_speaking(row: tuple[str, str, str, str | None]) -> None:
    assert_speaker(HEAD + row[1], row[2], row[3])
