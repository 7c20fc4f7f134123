"""Events under a wrapper (``stages/events/wrappers.py``): an order, a request or a promise around
the act. One table per construction, each with a positive row, a negative row and a near miss, in
invented sentences with parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# An order whose act falls on someone other than the one told to act ("ordered its troops to
# attack the rebels") tells that the order was given, not that the act was done: the act is
# requested. An order whose act falls on the addressee itself ("ordered the newspaper to suspend
# publication") is the order-giver's coercion of the addressee, done by giving it.
ORDERS: list[tuple[str, str, str, str, str]] = [
    ("ordered to attack others", P, "The government in Bangui ordered its army to attack the rebels near the border.",
     "ASSAULT", "requested"),
    ("ordered to attack others", P, "The Kremlin ordered its forces to shell the Ukrainian positions near Kupiansk.",
     "ASSAULT", "requested"),
    ("ordered to arrest others", P, "The junta in Niamey ordered police to arrest the opposition leaders.",
     "COERCE", "requested"),
    ("ordered the addressee to stop", N, "The Israeli government ordered the newspaper to suspend publication.",
     "COERCE", "asserted"),
    ("attacked, no order", M, "The army in Bangui attacked the rebels near the border on Monday.",
     "ASSAULT", "asserted"),
]


@pytest.mark.parametrize(("name", "kind", "text", "plover", "modality"), ORDERS, ids=[f"{r[0]}: {r[2][:30]}" for r in ORDERS])
def test_an_act_ordered_on_others_is_requested(name: str, kind: str, text: str, plover: str, modality: str) -> None:
    assert _top_modalities(text, plover) == {modality}, name


def _top_modalities(text: str, plover: str) -> set[str]:
    """The modalities of the text's top-level events of type ``plover`` (at least one asserted
    to exist)."""
    events = pipeline().analyze_text(text).events
    found = {e.modality for e in events if e.parent_id is None and e.plover == plover}
    assert found, [(e.plover, e.modality) for e in events]
    return found


# A verb whose sense needs its preposition ("go back on a promise": REJECT) keeps needing it in a
# requested or reported clause: "urged the villagers to go back to their homes" refuses nothing.
PREP_SENSE: list[tuple[str, str, str]] = [
    ("go back to, requested", P, "Officials in Bangui urged the villagers to go back to their homes on Monday."),
    ("go back to, requested", P, "Kyiv asked the displaced families to go back to their villages near Izium."),
    ("go back to, told", N, "The Myanmar villagers went back to their homes on Monday."),
    ("go back on, no actor refused", M, "Cairo urged Hamas not to go back on its promise."),
]


@pytest.mark.parametrize(("name", "kind", "text"), PREP_SENSE, ids=[f"{r[0]}: {r[2][:30]}" for r in PREP_SENSE])
def test_a_verb_whose_sense_needs_its_preposition(name: str, kind: str, text: str) -> None:
    events = pipeline().analyze_text(text).events
    assert not [e for e in events if e.plover == "REJECT"], (name, [(e.plover, e.predicate.text) for e in events])


# The purpose of an act, an infinitive clause on its verb ("were making bombs to carry out attacks"),
# is aimed at, not told done: its event is future; what a thing made or got is for (patterns.yaml
# procurement_verbs: "making bombs to", "built launch sites to") is hypothetical (i16-modality: the VOA convention
# codes only acts told as having happened). A clause with a subject of its own, or an act told in the main
# clause, is not a purpose.
PURPOSES: list[tuple[str, str, str, str, str]] = [
    ("purpose infinitive", P, "The militants were making bombs to carry out attacks in Kabul, police said.",
     "ASSAULT", "hypothetical"),
    ("purpose infinitive", P, "Russian commanders sent drones over the border to attack Ukrainian positions.",
     "ASSAULT", "future"),
    ("purpose infinitive", P, "Houthi fighters built launch sites along the coast to attack passing ships.", "ASSAULT",
     "hypothetical"),
    ("act in the main clause", N, "The militants carried out attacks in Kabul to spread fear, police said.", "ASSAULT",
     "asserted"),
    ("a clause with its own subject", M, "The militants were making bombs when the police attacked their house.",
     "ASSAULT", "asserted"),
]


@pytest.mark.parametrize(("name", "kind", "text", "plover", "modality"), PURPOSES, ids=[f"{r[0]}: {r[2][:30]}" for r in PURPOSES])
def test_the_purpose_of_an_act_is_not_told_done(name: str, kind: str, text: str, plover: str, modality: str) -> None:
    assert _top_modalities(text, plover) == {modality}, name
    assert not [e for e in pipeline().analyze_text(text).events if e.plover == "THREATEN"], name  # an aim is no threat


def test_every_table_has_every_kind_of_row() -> None:
    assert {r[1] for r in PURPOSES} == {P, N, M}
    assert {r[1] for r in ORDERS} == {P, N, M}
    assert {r[1] for r in PREP_SENSE} == {P, N, M}
