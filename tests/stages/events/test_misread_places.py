"""An event's place (stages/events/places.py) named by a village the recogniser labels a
nationality or a product (``misread_place_labels``): a proper name of two words or more, itself a
locative preposition's object, is the place; a nationality modifying a noun ("in Sunni Arab
districts") is not. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import ROW_KINDS, find_event, row_kinds, run_events

RULE = "a village name labelled a nationality after a locative preposition is the place"
# (rule, kind, text, event type, the event's place)
ROWS: list[tuple[str, str, str, str, str | None]] = [
    (RULE, "positive", "An Israeli strike killed 11 people in Kfar Sallum on Tuesday.", "ASSAULT", "Kfar Sallum"),
    (RULE, "positive", "Gunmen attacked a bus near Kfar Sallum on Friday.", "ASSAULT", "Kfar Sallum"),
    # (a nationality modifying the preposition's noun names people, not a place)
    (RULE, "negative", "Gunmen attacked a bus in Sunni Arab districts on Friday.", "ASSAULT", None),
    # (a one-word nationality after the preposition is no village: "in Israeli custody")
    (RULE, "near miss", "Police attacked protesters in Israeli custody.", "ASSAULT", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "kind_of_event", "place"), ROWS,
                         ids=[f"{r[1]}:{r[2][:30]}" for r in ROWS])
def test_misread_village_is_the_place(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str,
                                      kind_of_event: str, place: str | None) -> None:
    ev = find_event(run_events(parse(text)), kind_of_event)
    assert ev.place == place, (rule, kind)


def test_rows_have_every_kind() -> None:
    assert row_kinds(ROWS) == {RULE: set(ROW_KINDS)}
