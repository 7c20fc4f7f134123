"""An ambiguous party or chamber name ("Republicans", "the Senate", "Congress") whose country the
article's country words do not name (or name less than another's) is the body of the country of
the article's other named people and bodies, when at least two of them are that country's and no
other country has more (stages/actors/alias_context.py); one foreign actor beside it never decides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger.stages.actors.alias_context import context_countries

# (construction, article, the ambiguous name, the country its actor should have)
ROWS = [
    # positive: a US party named in an article whose named people are American
    ("party, US people", "Republicans blocked the spending bill on Tuesday. Mitch McConnell and Chuck Schumer "
     "met at the White House to end the standoff.", "Republicans", "USA"),
    ("chamber, US people", "Nancy Pelosi and Hakeem Jeffries said the House of Representatives would vote "
     "on the bill next week.", "House of Representatives", "USA"),
    # positive: an article that names another country most, whose people are US senators
    ("chamber, foreign focus", "Iran rejected the bill. Tehran said Iran would not return to talks, and Iran "
     "warned of a response. Bob Corker and Ben Cardin said the Senate would vote anyway, and Chuck Schumer "
     "agreed.", "Senate", "USA"),
    # negative: a single foreign leader beside the name decides nothing for the US row
    ("chamber, one foreign leader", "Prime Minister Anthony Albanese said the Senate would vote on the "
     "climate bill on Monday.", "Senate", None),
    # near miss: one US body only: the context needs two actors
    ("party, one US body", "Republicans blocked the spending bill on Tuesday, the White House said.",
     "Republicans", None),
    # near miss: two Americans, but three Australians: the article's context is not the US
    # a party's adjective before a group noun: members of the party, of its country
    ("party adjective, country named", "Republican lawmakers criticised the plan. The United States said it "
     "would act.", "Republican lawmakers", "USA"),
    ("party adjective, US people", "Democratic senators wrote to Benjamin Netanyahu, and Chuck Schumer and "
     "Nancy Pelosi agreed.", "Democratic senators", "USA"),
    ("party adjective, no context", "Democratic lawmakers criticised the plan.", "Democratic lawmakers", None),
    ("another party's name", "Social Democratic lawmakers criticised the plan, and Chuck Schumer and Nancy "
     "Pelosi said so too.", "Social Democratic lawmakers", None),
    # an unnamed political group takes the country of the article's context
    ("candidates, US people", "The candidates condemned the nuclear test. Donald Trump and Mitch McConnell "
     "met at the White House.", "The candidates", "USA"),
    ("lawmakers, US people", "Lawmakers questioned the general. Chuck Schumer and Nancy Pelosi said the "
     "answers were poor.", "Lawmakers", "USA"),
    ("a body, not people", "Both parties agreed to a ceasefire. Donald Trump and Marco Rubio welcomed it "
     "at the White House.", "Both parties", None),
    ("lawmakers, one foreign leader", "Lawmakers condemned the test, Anthony Albanese said.", "Lawmakers", None),
    ("chamber, outnumbered", "Anthony Albanese, Penny Wong and Richard Marles met Donald Trump and Marco "
     "Rubio on Monday, and said the Senate would vote on the defence pact.", "Senate", None),
]


def country_of(layer: Any, text: str, name: str) -> str | None:
    start = text.index(name)
    for m in layer.mentions:
        if m.start <= start < m.end and m.actor_id:
            actor = layer.actor(m.actor_id)
            return actor.country if actor is not None else None
    return None


@pytest.mark.parametrize(("construction", "text", "name", "country"), ROWS, ids=[r[0] for r in ROWS])
def test_alias_context(layer_of: Callable[..., Any], construction: str, text: str, name: str,
                       country: str | None) -> None:
    layer = layer_of(text, published="2016-06-01")
    got = country_of(layer, text, name)
    if country is None:
        assert got != "USA", construction
    else:
        assert got == country, construction


def test_context_counts_each_actor_once() -> None:
    from types import SimpleNamespace

    from newsledger.stages.actors.types import Atom

    d = SimpleNamespace(people={"a": SimpleNamespace(country="USA"), "b": SimpleNamespace(country="GBR")},
                        organisations={}, ambiguous_org_forms={}, countries={"USA": 1, "GBR": 1})
    atoms = [Atom(0, 1, "N", "x", table="person", ref="a"), Atom(3, 4, "N", "x", table="person", ref="a"),
             Atom(5, 6, "N", "y", table="person", ref="a"), Atom(5, 6, "N", "y", table="person", ref="b")]
    counts = context_countries(SimpleNamespace(d=d), atoms)  # type: ignore[arg-type]
    assert counts == {"USA": 1}  # the same person twice counts once; a span of two countries for none
