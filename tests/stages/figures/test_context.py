"""A figure's time scope (``stages/figures/context.py`` with ``data/figures/context.yaml``): the
phrases that say a count covers a period, in invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Figure
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


@pytest.mark.parametrize(("text", "value", "scope"), [
    ("More than 900 people have been killed since the renewed fighting in the valley.", 900,
     "since the renewed fighting"),
    ("More than 900 people have been killed since the latest escalation of the war.", 900,
     "since the latest escalation of the war"),
    ("More than 900 people have been killed since the recent outbreak of violence.", 900,
     "since the recent outbreak of violence"),
    ("More than 900 people have been killed in the valley.", 900, None),  # no period named
    ("More than 900 people were killed in the renewed fighting.", 900, None),  # near miss: no "since"
])
def test_period_time_scopes(parse: Parse, text: str, value: float, scope: str | None) -> None:
    figs: list[Figure] = list(run_stage("figures", parse(text), actors=ActorLayer(), quotes=()))
    (f,) = [f for f in figs if f.value_low == value]
    assert f.time_scope == scope
