"""A verb of talking about a thing (``body_sources_topic_verbs``: "discuss", "debate") reports no
figure: its object is the talk's topic, so neither its subject nor a quote cued by it states the
number; the body whose report holds it does ("X said mediators would meet to discuss 40 hostages":
X). From the tune half of the figure-source resolution probe (issue 15, branch i15-srcres54);
invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import Fig, headed_analysis, target_result

P, N, M = "positive", "negative", "near miss"

# (kind, text, number, words of the source (None: the outlet's own voice))
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "The ministry said negotiators would meet on Friday to discuss 25 detainees.", "25", "ministry"),
    (P, "The army said commanders would gather in the capital to debate 300 new posts.", "300", "army"),
    (P, "Mediators met in Doha on Tuesday to discuss 60 prisoners held by both sides.", "60", None),
    (N, "The ministry said negotiators had freed 25 detainees on Friday.", "25", "ministry"),
    (M, "Negotiators told reporters that 14 hostages had been freed.", "14", "negotiators"),
    (M, "The envoy said after the talks that 9 prisoners had been released.", "9", "envoy"),
]


@pytest.mark.parametrize(("kind", "text", "number", "expected"), ROWS)
def test_topic_verbs_state_nothing(kind: str, text: str, number: str, expected: str | None) -> None:
    found, right = target_result(headed_analysis("Talks\n\n", text), Fig(number), expected)
    assert found and right, (kind, text)


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in ROWS} == {P, N, M}
