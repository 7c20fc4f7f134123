"""A regression floor on an incident the rules were not written against: the invented El Obeid
market shelling (``eval/probes/claims/obeid-market``, 12 articles in the voices of wires, papers
and state media of both sides, an NGO, a liveblog and a fact-check; see its README). The floors
are just under what the claim ledger measured when the probe was last improved; a change that
lowers one has broken a construction on unseen news, not just on the al-Ahli corpus."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling
FLOORS = {
    "figures_recall": 0.96,
    "figure_precision": 0.94,
    "figure_source_accuracy": 0.99,
    "qualifier_accuracy": 0.98,
    "measure_accuracy": 0.98,
    "incident_thread_completeness": 0.95,
    "incident_thread_purity": 0.94,
    "quote_recall": 0.92,
    "speaker_accuracy": 0.97,
    "claim_recall": 0.97,
    "denial_accuracy": 1.00,
    "framing_recall": 0.81,
}
CEILINGS = {"negated_false_claims": 1.0}


def test_the_claim_ledger_holds_its_floors_on_the_unseen_incident_probe() -> None:
    misses = probe_misses("obeid-market", 12, FLOORS, CEILINGS)
    assert not misses, misses
