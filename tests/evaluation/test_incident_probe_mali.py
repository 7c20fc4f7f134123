"""A regression floor on an incident the rules were not written against: the invented raid by the
Malian army and its Russian allies on the weekly market of Wuro Kossam, central Mali
(``eval/probes/claims/mali-market``, 14 articles in the voices of two wires, a Western paper,
Malian state media, a pro-junta site, a Fulani community outlet, a JNIM-aligned channel, a rights
collective, a UN office, a liveblog, a fact-check, an exile outlet and a Dakar paper; see its
README). The floors are just under what the claim ledger measured when the probe was last
improved; a change that lowers one has broken a construction on unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling
FLOORS = {
    "figures_recall": 0.97,
    "figure_precision": 0.92,
    "figure_source_accuracy": 0.83,
    "qualifier_accuracy": 0.98,
    "measure_accuracy": 0.91,
    "incident_thread_completeness": 0.78,
    "incident_thread_purity": 0.96,  # 0.968 on i15-threads7 (was 0.93)
    "quote_recall": 0.89,
    "speaker_accuracy": 0.94,
    "claim_recall": 0.92,
    "denial_accuracy": 1.00,
    "framing_recall": 0.80,  # i15-framing6: framing classes by construction, measured 0.806
}
CEILINGS = {"negated_false_claims": 0.0}


def test_the_claim_ledger_holds_its_floors_on_the_mali_market_probe() -> None:
    misses = probe_misses("mali-market", 14, FLOORS, CEILINGS)
    assert not misses, misses
