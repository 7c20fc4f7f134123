"""Event stage: constructions found missing by the codebook probe (``test_codebook_probe.py``),
each with a positive row, a negative row and a near miss, in invented sentences with parties of
every side. The actor layer is built by hand (``tests.builders.event_layer``) so that the rules
are tested apart from actor resolution.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import (
    MORE_EVENT_ACTORS,
    ROW_KINDS,
    event_layer,
    row_kinds,
    run_events,
    top_events,
)

NAMES: dict[str, tuple[str, str, str | None]] = {
    **MORE_EVENT_ACTORS,
    "the Russian president": ("person:russia-president", "person", "RUS"),
    "Hezbollah": ("org:hezbollah", "organisation", "LBN"),
}
P, N, M = "positive", "negative", "near miss"

# (construction, kind, PLOVER type, text, expected (sources, targets) of the most confident asserted
# top-level event of that type, or None: no such event)
ROWS: list[tuple[str, str, str, str, tuple[frozenset[str], tuple[str, ...]] | None]] = [
    # "the visit of X to Y": the "of" phrase names the visitor (CONSULT visit: the visitor is the actor)
    ("visit of", P, "CONSULT", "The visit of William Ruto to Uganda ended on Friday.",
     (frozenset({"person:william-ruto"}), ("state:UGA",))),
    ("visit of", P, "CONSULT", "The visit of the Russian president to Iran began on Monday.",
     (frozenset({"person:russia-president"}), ("state:IRN",))),
    ("visit of", N, "CONSULT", "The visit of the inspectors to the site ended on Friday.", None),
    ("visit of", M, "CONSULT", "A visit to Uganda of two days ended on Friday.", None),  # no visitor named
    # a headline's light verb with names joined by a bare comma: both are the parties (symmetric talks)
    ("comma-joined parties of a light verb", P, "CONSULT", "Kenya, Uganda hold border talks",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    ("comma-joined parties of a light verb", P, "CONSULT", "Israel, Hamas hold truce talks",
     (frozenset({"state:ISR", "org:hamas"}), ())),
    ("comma-joined parties of a light verb", N, "CONSULT", "Uganda, Kenya's neighbour, held border talks.", None),
    ("comma-joined parties of a light verb", M, "CONSULT", "Kenya and Uganda held border talks.",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    # a weapon that strikes or hits something attacks it, whatever it hits
    ("weapon strikes", P, "ASSAULT", "Russian drones hit a power plant in Ukraine.",
     (frozenset({"country:RUS"}), ("state:UKR",))),
    ("weapon strikes", P, "ASSAULT", "Ukrainian missiles struck an oil refinery.", (frozenset({"country:UKR"}), ())),
    ("weapon strikes", P, "ASSAULT", "Hamas rockets hit a bus station in the south of Israel.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
    ("weapon strikes", N, "ASSAULT", "The storm hit a power plant in Ukraine.", None),
    ("weapon strikes", M, "ASSAULT", "Russian missile prices hit a record in Ukraine.", None),
    # reservists called up and militia fighters mobilised: MOBILIZE, the forces moved are no target
    ("called up reservists", P, "MOBILIZE", "Israel called up thousands of reservists.", (frozenset({"state:ISR"}), ())),
    ("called up reservists", P, "MOBILIZE", "Uganda called up thousands of reservists to the border with Kenya.",
     (frozenset({"state:UGA"}), ("state:KEN",))),
    ("called up reservists", N, "MOBILIZE", "Israel called up the ambassador.", None),
    ("mobilised fighters", P, "MOBILIZE", "Hezbollah mobilised its fighters.", (frozenset({"org:hezbollah"}), ())),
    ("mobilised fighters", N, "MOBILIZE", "Hezbollah praised its fighters.", None),
    ("mobilised fighters", M, "MOBILIZE", "Hamas sent its fighters to the border with Israel.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
]


@pytest.mark.parametrize(("construction", "kind", "plover", "text", "expected"), ROWS)
def test_construction(parse: Callable[..., ParsedDoc], construction: str, kind: str, plover: str, text: str,
                      expected: tuple[frozenset[str], tuple[str, ...]] | None) -> None:
    pd = parse(text)
    hits = [e for e in top_events(run_events(pd, layer=event_layer(pd, NAMES)))
            if e.plover == plover and e.modality == "asserted"]
    if expected is None:
        assert hits == [], (construction, kind)
        return
    assert hits, (construction, kind)
    ev = max(hits, key=lambda e: e.confidence)
    assert (frozenset(ev.source_actor_ids), ev.target_actor_ids) == expected, (construction, kind)


def test_every_construction_has_a_positive_and_a_negative_or_near_miss_row() -> None:
    kinds = row_kinds(ROWS)
    assert kinds
    for construction, ks in kinds.items():
        assert ks <= ROW_KINDS and P in ks and ks - {P}, construction
