"""A claim noun's owner states the figure its "that" clause or "of" phrase holds, whoever rejects or
cites the claim (issue 15, branch i15-resolve55; :func:`newsledger.stages.figures.two_body_sources.claim_owner`),
of invented sentences: an owner named before the noun ("a NATO assessment that ...") or by an
adjective of a people ("Kurdish reports of 75 deaths"), a count in the noun's "of" phrase, a "that"
clause the parser reads as a relative clause with the count in its subject; not a claim that names no
one ("news reports of", "initial reports of"), nor a true relative clause ("the report that the
agency published ... counted 77": the agency's report, its publisher's count)."""

from __future__ import annotations

import pytest

from tests.builders import figure_names, names_match, pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the count, words of its source (as written or its actor's name))
ROWS: list[tuple[str, str, str, str]] = [
    (P, "The governor rejected Kurdish reports of 75 deaths in the village.", "75", "Kurdish"),
    (P, "The minister cited a NATO assessment that 120 soldiers had deserted.", "120", "NATO"),
    (P, "The army denied Ethiopian allegations of 90 civilian deaths.", "90", "Ethiopian|Ethiopia"),
    (P, "Colonel Ortiz dismissed the rebels' claims of 45 captured soldiers.", "45", "rebels"),
    (N, "The governor rejected news reports of 76 deaths in the village.", "76", "governor"),
    (N, "The governor rejected initial reports of 78 deaths.", "78", "governor"),
    (M, "The governor said the report that the agency published on Monday counted 77 deaths.", "77", "agency"),
    (M, "The minister cited an assessment that 121 soldiers had deserted.", "121", "minister"),
]


@pytest.mark.parametrize(("kind", "text", "number", "source"), ROWS)
def test_claim_owner_states_the_figure(kind: str, text: str, number: str, source: str) -> None:
    found, names = figure_names(pipeline().analyze_text("Headline\n\n" + text), number)
    assert found and names_match(source, names), (kind, names)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
