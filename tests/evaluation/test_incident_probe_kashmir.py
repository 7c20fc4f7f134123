"""A regression floor on an incident the rules were not written against: the invented shelling
across the Line of Control in Kashmir, of the villages of Sarhota (Kotli, Pakistan-administered)
and Kanthi Chak (Poonch, Indian-administered) on the same night (``eval/probes/claims/kashmir-shelling``,
13 articles in the voices of two wires, the Indian Army's release, ISPR's release, an Indian and a
Pakistani English daily, an Indian TV channel's site, the Azad Kashmir government's release, a
Chinese state agency, a Qatari broadcaster, a British paper, the UN spokesperson's noon briefing
and a fact-check; see its README). Two incidents whose threads must not mix: the thread purity
floor is low because the ledger still puts some of Kanthi Chak's tolls in Sarhota's thread. The
floors are just under what the claim ledger measured when the probe was last improved; a change
that lowers one has broken a construction on unseen news."""

from __future__ import annotations

from tests.builders import probe_misses

# metric -> floor (measured: see the commit that set it); negated_false_claims is a ceiling, at the
# two negated figures of the check half the ledger still keeps as claims (not read: check half)
# source and speaker floors raised on i15-speakers5 (carried reporters, own-voice head nouns, misread cues)
# floors raised to the measure after all of stop 42's merges where it rose by more than 0.02
# i15-stance (frames of denial and negation): negated_false_claims 2 -> 1 (check half 2 -> 1, not read), the
# ceiling lowered to 1; thread purity 0.609 -> 0.636 (rose by less than 0.02: floor kept)
FLOORS = {
    "figures_recall": 0.98,
    "figure_precision": 0.86,
    "figure_source_accuracy": 0.88,
    "qualifier_accuracy": 0.98,
    "measure_accuracy": 0.94,
    "incident_thread_completeness": 0.93,
    "incident_thread_purity": 0.66,  # stop 45 (was 0.60)
    "quote_recall": 1.00,
    "speaker_accuracy": 0.94,
    "claim_recall": 0.90,
    "denial_accuracy": 0.75,
    "framing_recall": 0.83,  # i15-framing6: framing classes by construction, measured 0.833
}
CEILINGS = {"negated_false_claims": 1.0}


def test_the_claim_ledger_holds_its_floors_on_the_kashmir_shelling_probe() -> None:
    misses = probe_misses("kashmir-shelling", 13, FLOORS, CEILINGS)
    assert not misses, misses
