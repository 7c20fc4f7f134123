"""A regression floor on an incident the rules were not written against: the invented mass
abduction of pupils and teachers from a boarding school in Gidan Baushe, Zamfara State, north-west
Nigeria (``eval/probes/claims/zamfara-abduction``, 13 articles in the voices of two wires, two
Nigerian dailies, the state police command, the governor's office, the defence headquarters,
UNICEF, Amnesty International, a radio station's web page, a northern paper, a pan-African
broadcaster and a fact-check; see its README). The floors are just under what the claim ledger
measured when the probe was last improved; a change that lowers one has broken a construction on
unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling, at the
# three negated figures of the check half the ledger still keeps as claims (not read: check half)
# source and speaker floors raised on i15-speakers5 (carried reporters, own-voice head nouns, misread cues)
# purity lowered 0.39 -> 0.36 at stop 42: counts now measured right ("higher than the 17 confirmed by the
# police", killed; measure 0.500 -> 0.548) join the school's thread with the village raid's other dead,
# where the raid's counts already sat (0.400 -> 0.364, whole only; tune and check unchanged)
# floors raised to the measure after all of stop 42's merges where it rose by more than 0.02
# purity raised 0.36 -> 0.39 on i15-threads8 (a sentence opening "Separately," or "In a separate attack,"
# counts another incident's dead: measured 0.400)
FLOORS = {
    "figures_recall": 0.96,
    "figure_precision": 0.88,
    "figure_source_accuracy": 0.92,  # stop 45 (was 0.91)
    "qualifier_accuracy": 1.00,
    "measure_accuracy": 0.54,
    "incident_thread_completeness": 0.66,
    "incident_thread_purity": 0.39,
    "quote_recall": 0.99,
    "speaker_accuracy": 0.99,
    "claim_recall": 0.99,
    "denial_accuracy": 0.74,
    "framing_recall": 0.73,
}
CEILINGS = {"negated_false_claims": 3.0}


def test_the_claim_ledger_holds_its_floors_on_the_zamfara_abduction_probe() -> None:
    misses = probe_misses("zamfara-abduction", 13, FLOORS, CEILINGS)
    assert not misses, misses
