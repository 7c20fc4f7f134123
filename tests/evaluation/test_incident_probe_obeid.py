"""A regression floor on an incident the rules were not written against: the invented shelling of
the central market of El Obeid, North Kordofan, Sudan, each side of the war blaming the other
(``eval/probes/claims/obeid-market``, 12 articles; see its README). The probe had no floor test; the
floors are just under what the claim ledger measured after stop 43's merges (main f8692918); a
change that lowers one has broken a construction on unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured at f8692918 in brackets); negated_false_claims is a ceiling
FLOORS = {
    "figures_recall": 0.96,  # 0.963
    "figure_precision": 0.94,  # 0.942
    "figure_source_accuracy": 0.99,  # 1
    "qualifier_accuracy": 0.98,  # 0.981
    "measure_accuracy": 0.98,  # 0.981
    "incident_thread_completeness": 0.94,  # 0.950
    "incident_thread_purity": 0.94,  # 0.950
    "quote_recall": 0.92,  # 0.923
    "speaker_accuracy": 0.97,  # 0.972
    "claim_recall": 0.97,  # 0.978
    "denial_accuracy": 1.00,  # 1
    "framing_recall": 0.86,  # 0.864
}
CEILINGS = {"negated_false_claims": 1.0}  # one negated figure kept as a claim, on the check half


def test_the_claim_ledger_holds_its_floors_on_the_obeid_market_probe() -> None:
    misses = probe_misses("obeid-market", 12, FLOORS, CEILINGS)
    assert not misses, misses
