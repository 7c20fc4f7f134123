"""A regression floor on an incident the rules were not written against: the invented flood after
two dams burst above the coastal city of "Qasr Amal" in a country with two rival governments
(``eval/probes/claims/derna-flood``, 13 articles in the voices of two wires, the eastern
administration's statement, the rival capital's government, the mayor interviewed, the Red
Crescent, a UN situation report that revises its toll down, WHO, an eastern TV, an exile site, a
local live blog, a foreign rescue team and a fact-check; see its README). The floors are just
under what the claim ledger measured after the branch ``i15-derna``; a change that lowers one has broken a construction on
unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling
FLOORS = {
    "figures_recall": 0.98,
    "figure_precision": 0.91,
    "figure_source_accuracy": 0.77,
    "qualifier_accuracy": 0.98,
    "measure_accuracy": 0.87,
    "incident_thread_completeness": 0.65,
    "incident_thread_purity": 0.89,
    "quote_recall": 0.94,
    "speaker_accuracy": 0.99,
    "claim_recall": 0.81,
    "denial_accuracy": 0.79,
    "framing_recall": 0.49,
}
CEILINGS = {"negated_false_claims": 0.0}


def test_the_claim_ledger_holds_its_floors_on_the_derna_flood_probe() -> None:
    misses = probe_misses("derna-flood", 13, FLOORS, CEILINGS)
    assert not misses, misses
