"""Data rows added from the blind probe test_unseen_actors_probe (tune-half failures): "Dominican"
reads as the Dominican Republic (coref.yaml ``preferred_readings``), "Niger Delta" is a region of
Nigeria (extra_places.csv), militiamen are armed non-state men (REB, as "militia" already was),
and person nouns with no sector had none ("veterans", "climbers", "smugglers", extra_sectors.csv),
"Airways" names an airline, "opposition activists" are the opposition first. Read with the packaged
data (these rows test the data, not a rule)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

P, N, M = "positive", "negative", "near miss"

# (kind, sentence, mention words, the code of its actor)
ROWS: list[tuple[str, str, str, str]] = [
    (P, "Dominican soldiers patrolled the border with Haiti.", "Dominican soldiers", "DOM MIL"),
    (P, "Niger Delta militants blew up an oil pipeline.", "Niger Delta militants", "NGA REB"),
    (N, "Nigerien troops withdrew from the joint force.", "Nigerien troops", "NER MIL"),
    (P, "Libyan militiamen clashed overnight.", "Libyan militiamen", "LBY REB"),
    (P, "Timorese veterans marched to the palace.", "Timorese veterans", "TLS CVL"),
    (P, "Nepali climbers found the missing hikers.", "Nepali climbers", "NPL CVL"),
    (P, "Mexican smugglers were arrested at the border.", "Mexican smugglers", "MEX CRM"),
    (P, "Qatar Airways cancelled its flights.", "Qatar Airways", "QAT BUS"),
    (M, "Ethiopian Airlines resumed its flights.", "Ethiopian Airlines", "ETH BUS"),
    (P, "Zimbabwean opposition activists were detained.", "Zimbabwean opposition activists", "ZWE OPP CVL"),
    (M, "Zimbabwean activists were detained.", "Zimbabwean activists", "ZWE CVL OPP"),
]


@pytest.mark.parametrize(("kind", "text", "words", "code"), ROWS)
def test_the_data_rows_code_their_words(packaged_layer: Callable[[str], Any], kind: str, text: str, words: str,
                                        code: str) -> None:
    layer = packaged_layer(text)
    found = [layer.actor(m.actor_id).code for m in layer.mentions if m.text == words and m.actor_id]
    assert found == [code], (kind, found)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
