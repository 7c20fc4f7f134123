"""A conveyance seized by armed men is a hijacking (CAMEO 181, ASSAULT abduct), not a confiscation
(1711) and not nothing: "militants took over a passenger train", "pirates seized a cargo ship";
the authorities seizing one confiscate it."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the CAMEO code of the sentence's event on the conveyance, or None)
HIJACK: list[tuple[str, str, str | None]] = [
    (P, "Pirates seized a cargo ship off the coast of Puntland.", "181"),
    (P, "Separatist militants took over the Jaffar Express near Sibi.", "181"),
    (P, "Armed men commandeered a minibus near Kaduna on Sunday.", "181"),
    (N, "The coast guard seized a cargo ship carrying smuggled fuel.", "1711"),
    (M, "Rebels seized the town of Walikale on Tuesday.", "192"),
]


@pytest.mark.parametrize(("kind", "text", "cameo"), HIJACK)
def test_a_conveyance_seized_by_armed_men_is_a_hijacking(kind: str, text: str, cameo: str | None) -> None:
    codes = [e.cameo for e in pipeline().analyze_text(text).events if e.parent_id is None]
    assert codes[:1] == [cameo], (kind, text, codes)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in HIJACK} == {P, N, M}
