"""A number may count its noun across a long chain of modifiers when the parser hangs it on the
noun directly and every word between modifies that noun ("18 off-duty military and paramilitary
Frontier Corps personnel"): the figure counts people and takes the clause's measure."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the number, the group its figure must count, or None for no group)
ROWS: list[tuple[str, str, float, str | None]] = [
    (P, "Officials said 18 off-duty military and paramilitary Frontier Corps personnel, three railway staff and five "
        "civilian passengers were among those killed.", 18, "personnel"),
    (N, "Officials said the attack killed 18, and that the Frontier Corps lost three railway staff as well.", 18, None),
    (M, "Officials said 18 off-duty Frontier Corps personnel were among those killed.", 18, "personnel"),
]


@pytest.mark.parametrize(("kind", "text", "value", "group"), ROWS)
def test_long_counted_phrases(kind: str, text: str, value: float, group: str | None) -> None:
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, (kind, text)
    if group is None:
        assert found[0].group is None, (kind, text, found[0].group)
    else:
        assert (found[0].group or "").endswith(group), (kind, text, found[0].group)
        assert found[0].measure == "killed", (kind, text, found[0].measure)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
