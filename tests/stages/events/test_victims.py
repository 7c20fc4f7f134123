"""Event stage: whose people the victims of an attack are (``stages/events/victims.py``).

A generic group ("children", "civilians") whose country the actor stage guessed from the context
never takes the attacker's country: its own words, or the place of the attack, say whose people
they are, or nothing does. The actor layer is built by hand, with the group already carrying the
attacker's country (the guess the rule corrects).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import event_layer, find_event, run_events, top_events

NAMES: dict[str, tuple[str, str, str | None]] = {
    "Azerbaijan": ("state:AZE", "state", "AZE"),
    "Armenia": ("state:ARM", "state", "ARM"),
    "Stepanakert": ("place:stepanakert", "state", "ARM"),
    "Ganja": ("place:ganja", "state", "AZE"),
    "children": ("sector:AZE:CVL", "group", "AZE"),
    "Azerbaijani children": ("sector:AZE:CVL", "group", "AZE"),
    "their children": ("sector:AZE:CVL", "group", "AZE"),
}

VICTIMS = [
    # (case, text, targets of the ASSAULT)
    ("place of the attack before it", "Shelling went on in Stepanakert overnight. Azerbaijan killed children there, officials said.",
     ("place:stepanakert",)),
    ("place in the same sentence", "Azerbaijan killed children in Stepanakert on Monday, officials said.", ("place:stepanakert",)),
    ("nothing says whose", "Azerbaijan killed children, officials said.", ()),
    ("near miss: the place is the attacker's own: it says whose people they are",
     "Shelling went on in Ganja overnight. Azerbaijan killed children there.", ("sector:AZE:CVL",)),
    ("near miss: a demonym says whose", "Azerbaijan killed Azerbaijani children, officials said.", ("sector:AZE:CVL",)),
    ("near miss: a possessor says whose", "Azerbaijan killed their children, officials said.", ("sector:AZE:CVL",)),
]


@pytest.mark.parametrize(("case", "text", "targets"), VICTIMS)
def test_victims_never_take_the_attackers_country_by_guess(
    parse: Callable[..., ParsedDoc], case: str, text: str, targets: tuple[str, ...]
) -> None:
    pd = parse(text)
    ev = find_event(top_events(run_events(pd, layer=event_layer(pd, NAMES))), "ASSAULT")
    assert ev.source_actor_ids == ("state:AZE",), case
    assert ev.target_actor_ids == targets, case
    assert ev.target is not None and "children" in ev.target.text, case  # the words stay as the target


def test_victims_of_another_country_keep_their_country(parse: Callable[..., ParsedDoc]) -> None:
    names = {**NAMES, "children": ("sector:ARM:CVL", "group", "ARM")}
    pd = parse("Azerbaijan killed children, officials said.")
    ev = find_event(top_events(run_events(pd, layer=event_layer(pd, names))), "ASSAULT")
    assert ev.target_actor_ids == ("sector:ARM:CVL",)


def test_a_non_violent_event_keeps_the_guess(parse: Callable[..., ParsedDoc]) -> None:
    pd = parse("Azerbaijan sent humanitarian aid to children, officials said.")
    ev = find_event(top_events(run_events(pd, layer=event_layer(pd, NAMES))), "AID")
    assert ev.target_actor_ids == ("sector:AZE:CVL",)
