"""Event stage: a force sent, told in the passive with no agent (deployed.py): the force moved is
the source, the place it is sent to the target; what is sent that names no party gives no source,
and a verb whose object is acted on (deported, detained) keeps its passive subject as the target.

Rows are (rule, kind, sentence, the most confident counted event as type, source codes, target
codes), scored by :func:`tests.builders.probe_ok`; invented sentences, parties from every side.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    ("passive force sent", P, "Ghanaian troops were sent to Liberia on Monday.", ("AID", ("GHA",), ("LBR",))),
    ("passive force sent", P, "Hundreds of Chadian soldiers were deployed to Niger last week.", ("AID", ("TCD",), ("NER",))),
    ("passive force sent", P, "Senegalese peacekeepers were deployed to Gambia on Friday.", ("AID", ("SEN",), ("GMB",))),
    ("passive force sent", P, "Turkish soldiers were deployed along the border with Iraq.", ("MOBILIZE", ("TUR",), ("IRQ",))),
    # negative: what is sent names no party: no source invented
    ("passive force sent", N, "Weapons were sent to Ukraine on Monday.", ("AID", (), ("UKR",))),
    # negative: a verb whose object is acted on: the passive subject stays the target
    ("passive force sent", N, "Two Ethiopian journalists were deported to Kenya on Monday.", ("COERCE", (), ("ETH",))),
    # negative: a swap between two sides moves people, sends no force of one side
    ("passive force sent", N, "Under a deal between Sudan and South Sudan, prisoners will be exchanged next week.",
     ("AGREE", ("SDN", "SSD"), ())),
    # near misses: a "by" agent stays the doer; the active voice, as before
    ("passive force sent", M, "Chadian troops were sent to Mali by the government in Ndjamena.", ("AID", ("TCD",), ("MLI",))),
    ("passive force sent", M, "Ghana sent troops to Liberia on Monday.", ("AID", ("GHA",), ("LBR",))),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_a_force_sent_in_the_passive_is_the_source(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_deployment_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
