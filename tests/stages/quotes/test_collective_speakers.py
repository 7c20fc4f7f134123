"""A quote nested in a body's quotation whose speaker is "we" (speakers.yaml ``collective_pronouns``)
is the body's: "'We condemn the shelling of the camp,' the movement said" (before, the nested quote's
speaker "We" stood for no one). A person's "we" is their side, not the person, and stays unresolved;
a third person inside the quotation is someone else."""

from __future__ import annotations

import pytest

from tests.builders import quote_speaker_names

P, N, M = "positive", "negative", "near miss"

# (kind, text, the actor names of its quotes' speakers, in order)
ROWS: list[tuple[str, str, list[str | None]]] = [
    (P, '"We condemn the shelling of the camp," Hamas said in a statement.', ["Hamas", "Hamas"]),
    (P, 'Hezbollah said in a statement: "The resistance will go on, and we warn the enemy that it will pay."',
     ["Hezbollah", "Hezbollah"]),
    (N, '"We condemn the shelling of the camp," Netanyahu said.', ["Benjamin Netanyahu", None]),
    (M, '"The army condemned the shelling of the camp," Hamas said in a statement.', ["Hamas", None]),
]


@pytest.mark.parametrize(("kind", "text", "names"), ROWS)
def test_a_bodys_we_is_the_body(kind: str, text: str, names: list[str | None]) -> None:
    assert quote_speaker_names(text) == names, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
