"""A regression floor on an incident the rules were not written against: the invented drone strike
on a market street of Qamishli, north-east Syria, and the same day's rocket attack on Nusaybin,
Turkey (``eval/probes/claims/qamishli-drone``, 13 articles in the voices of two wires, a Kurdish
outlet, a Turkish state agency, a Turkish daily in English, the Turkish defence ministry's
statement, the SDF media centre's statement, a UK-based war monitor, Syrian state media, a Russian
state outlet, a CENTCOM-style release, a Gulf broadcaster and a fact-check; see its README). The
floors are just under what the claim ledger measured when the probe was last improved; a change
that lowers one has broken a construction on unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured on the branch i15-qamishli-drone, whole probe: see its README; thread
# purity raised on i15-threads5, 0.548). Thread purity is low by the probe's convention: the
# "neutralised" militants (a second victim group of the strike) and Nusaybin's toll (another
# incident) sit in the strike's people thread.
# claim recall lowered 0.96 -> 0.94 at stop 42: a fact-check's 'VERDICT:' label is no longer a speaker
# (i15-quake-toll), so the verdict's sentence, which no event tells, is no longer matched by that wrong quote
# floors raised to the measure after all of stop 42's merges where it rose by more than 0.02
# denial accuracy 0.882 -> 0.941 on i15-stance (a claim noun opening its sentence with a falsity predicate
# the parser split off; tune half 0.778 -> 0.889, check half 1.0 unchanged): floor 0.88 -> 0.94
FLOORS = {
    "figures_recall": 0.99,
    "figure_precision": 0.92,
    "figure_source_accuracy": 0.94,
    "qualifier_accuracy": 1.00,
    "measure_accuracy": 0.92,
    "incident_thread_completeness": 0.84,
    "incident_thread_purity": 0.54,
    "quote_recall": 0.99,
    "speaker_accuracy": 0.99,
    "claim_recall": 0.94,
    "denial_accuracy": 0.94,
    "framing_recall": 0.91,  # i15-framing6: framing classes by construction, measured 0.912
}
CEILINGS = {"negated_false_claims": 0.0}


def test_the_claim_ledger_holds_its_floors_on_the_qamishli_drone_probe() -> None:
    misses = probe_misses("qamishli-drone", 13, FLOORS, CEILINGS)
    assert not misses, misses
