"""A rights monitor's report of an abuse (issue 16, set 4c): a speech verb whose subject is a monitoring body (an NGO)
and whose clause tells an act of force or repression done by its active subject is an allegation (PLOVER ACCUSE)
against that subject; the act stays an event of its own."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the country code the monitor's ACCUSE must target, or None for no ACCUSE)
ROWS: list[tuple[str, str, str | None]] = [
    (P, "Human Rights Watch said Ethiopian troops killed dozens of civilians in the region.", "ETH"),
    (P, "The Zambian soldiers detained three of the journalists in the capital, Amnesty International said on Monday.",
     "ZMB"),
    (P, "Ugandan police mistreated and beat opposition supporters during the campaign, a rights group said on Friday.",
     "UGA"),
    (N, "The rights group said the Kenyan army had released twenty prisoners on Sunday.", None),  # no abuse told
    (M, "Human Rights Watch said dozens of civilians were killed in the region.", None),  # no doer: what was done to them
    (M, "The ministry said Ethiopian troops killed dozens of rebels in the region.", None),  # no monitor speaks
]


@pytest.mark.parametrize(("kind", "text", "accused"), ROWS)
def test_rights_reports(kind: str, text: str, accused: str | None) -> None:
    an = pipeline().analyze_text(text)
    actors = {a.id: a for a in an.actors}
    accusations = [e for e in an.events if e.plover == "ACCUSE"]
    assert [e for e in an.events if e.plover in ("ASSAULT", "COERCE", "RETREAT")], (kind, text, an.events)
    if accused is None:
        assert not accusations, (kind, text, accusations)
        return
    assert accusations, (kind, text, [(e.plover, e.predicate) for e in an.events])
    assert any(actors[i].country == accused for i in accusations[0].target_actor_ids if i in actors), (
        kind, text, accusations[0].target_actor_ids)
    assert any("NGO" in actors[i].sectors for i in accusations[0].named_source_ids if i in actors), (
        kind, text, accusations[0].named_source_ids)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
