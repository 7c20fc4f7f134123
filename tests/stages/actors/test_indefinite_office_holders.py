"""An indefinite office noun of an organisation ("a Kremlin spokesman", "a UN spokesperson") names
someone speaking for the body, not the one holder of the post: it is the body
(stages/actors/nominals.organisation_people). Before, it was the office holder (Peskov, Dujarric)
with full confidence. The definite noun ("the Kremlin spokesman") is still the holder."""

from __future__ import annotations

import pytest

from tests.builders import quote_speaker_names

P, N, M = "positive", "negative", "near miss"

# (kind, text, the actor names of its quotes' speakers)
ROWS: list[tuple[str, str, list[str | None]]] = [
    (P, "A Kremlin spokesman said the talks in Geneva had failed.", ["Kremlin"]),
    (P, "A UN spokesperson said the aid convoy was blocked at the border.", ["United Nations"]),
    (N, "The Kremlin spokesman said the talks in Geneva had failed.", ["Dmitry Peskov"]),
    (M, "The UN spokesperson said the aid convoy was blocked at the border.", ["Stéphane Dujarric"]),
]


@pytest.mark.parametrize(("kind", "text", "names"), ROWS)
def test_an_indefinite_office_noun_is_the_body(kind: str, text: str, names: list[str | None]) -> None:
    assert quote_speaker_names(text) == names, kind


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


# a definite title of an organisation after the person named with that post (stages/actors/post_holders)
NAMED: list[tuple[str, str, list[str | None]]] = [
    (P, 'Foreign ministry spokesperson Abdul Karim Nouri said the claims were false. "We urge restraint," the '
        'Taliban foreign ministry spokesperson said.', ["Abdul Karim Nouri", "Abdul Karim Nouri", None]),
    (P, 'Foreign ministry spokesperson Abdul Karim Nouri said the claims were false. The army moved troops to the '
        'border. Hundreds of families fled. The roads were closed. Nouri said the border was calm. "We urge '
        'restraint," the Taliban foreign ministry spokesperson said.',
     ["Abdul Karim Nouri", "Abdul Karim Nouri", "Abdul Karim Nouri", None]),
    (N, 'The ministry said the claims were false. "We urge restraint," the Taliban foreign ministry spokesperson '
        'said.', [None, "Taliban", "Taliban"]),
    (M, 'Foreign ministry spokesperson Abdul Karim Nouri said the claims were false. "We urge restraint," a '
        'Taliban foreign ministry spokesperson said.', ["Abdul Karim Nouri", "Taliban", "Taliban"]),
]


@pytest.mark.parametrize(("kind", "text", "names"), NAMED)
def test_a_definite_title_is_the_person_named_with_it(kind: str, text: str, names: list[str | None]) -> None:
    assert quote_speaker_names(text) == names, kind


def test_every_kind_of_named_row_is_there() -> None:
    assert {k for k, *_ in NAMED} == {P, N, M}
