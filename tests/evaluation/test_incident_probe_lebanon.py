"""A regression floor on an incident the rules were not written against: the invented Israeli
strike on a family house in Kfar Sallum, south Lebanon, and Hezbollah's rockets the next morning
(``eval/probes/claims/lebanon-village``, 13 articles in the voices of two wires, Lebanon's
National News Agency and health ministry, Hezbollah's channel, a pan-Arab broadcaster, the Israeli
military, an Israeli paper, a British paper, UNIFIL, a Lebanese daily, an Iranian state agency and
a European broadcaster's liveblog; see its README). The floors are just under what the claim
ledger measured when the probe was last improved; a change that lowers one has broken a
construction on unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling
FLOORS = {
    "figures_recall": 0.99,
    "figure_precision": 0.97,
    "figure_source_accuracy": 0.90,
    "qualifier_accuracy": 0.98,
    "measure_accuracy": 0.92,
    "incident_thread_completeness": 0.99,  # i15-threads6: 1.000
    "incident_thread_purity": 0.91,  # i15-threads6: 0.917
    "quote_recall": 0.97,
    "speaker_accuracy": 0.92,
    "claim_recall": 0.96,
    "denial_accuracy": 0.85,
    "framing_recall": 0.93,
}
CEILINGS = {"negated_false_claims": 0.0}


def test_the_claim_ledger_holds_its_floors_on_the_lebanon_village_probe() -> None:
    misses = probe_misses("lebanon-village", 13, FLOORS, CEILINGS)
    assert not misses, misses
