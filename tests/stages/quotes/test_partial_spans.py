"""Quoted words inside reported speech whose quotation runs past a semicolon: the reported
content the parse cut at the semicolon stretches to the quotation's close, so the quoted words
are one partial quote of it (issue 15). Invented sentences, parties of every side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Quote
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return list(run_stage("quotes", parse(text), actors=ActorLayer()))

# (construction, text, the words a partial quote must hold, or None when none may be quoted past
# the semicolon)
SEMICOLON = [
    ("positive", 'The Russian spokesman stressed that Kyiv "is lying when it claims a victory; the town was never '
     'taken and our flag still flies there".', "our flag still flies there"),
    ("positive: another side", 'The Israeli minister said the group "has no army; it has gunmen and tunnels under '
     'the hospitals".', "tunnels under the hospitals"),
    ("negative: no quotation", "The Houthi official said the coalition was lying; the town was never taken.", None),
    ("near miss: the semicolon after the quotation", 'The Saudi spokesman said the militia "is lying"; the town was '
     "never taken.", None),
]


@pytest.mark.parametrize(("name", "text", "held"), SEMICOLON, ids=[c[0] for c in SEMICOLON])
def test_a_partial_quote_runs_past_a_semicolon_inside_its_quotation(parse: Parse, name: str, text: str,
                                                                   held: str | None) -> None:
    quotes = quotes_of(parse, text)
    past = [q for q in quotes if q.kind == "partial" and "never taken" in q.content.text]
    if held is None:
        assert not past, (name, [q.content.text for q in quotes])
    else:
        assert any(q.kind == "partial" and held in q.content.text for q in quotes), (
            name, [(q.kind, q.content.text) for q in quotes])
