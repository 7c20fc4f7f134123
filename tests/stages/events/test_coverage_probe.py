"""Definition probe of codebook classes the stage missed on wire text, through the whole
pipeline, scored as the PLOVER evaluation scores a record (``tests.builders.probe_ok``).

Every sentence is invented for this table; the expected values come from the PLOVER codebook's
definitions (``../shared/reference/PLOVER_codebook.csv``), never from what the code outputs:

* AGREE is to "indicate willingness or commitment to cooperate" and to "express willingness to end a
  conflict": a party that says it is ready for a ceasefire or talks, or committed to ending a war,
  does that with no verb of agreeing (``stages/events/readiness.py``); ready for anything else, or
  committed to a thing rather than to an act, is no event.
* SUPPORT is to "approve policy, action, or actor", ACCUSE (disapprove) to "condemn, decry a policy
  or an action", REJECT "all rejections and refusals": a decision, law or step approved, decried or
  rejected is the event even when no party is named as its owner (empty target); its owner, when
  named, is the target (``data/events/patterns.yaml``, the entries with measure objects).
* THREATEN is "threats, coercive or forceful warnings"; SANCTION "all reductions in existing, routine,
  or cooperative relations": a reduction a party decided and announced ("decided to suspend aid to Y")
  is the measure itself, as is aid or cooperation so decided (``stages/events/decisions.py``); said
  or promised it stays a promise (AGREE), threatened or told under an ultimatum a threat.
* CONSULT multilateral is "a meeting that occurs in a multilateral context, typically an alliance or
  IGO": a body's ministers or envoys gathered or convened are its members meeting, the body the one
  source (``stages/events/multilateral.py``); a crowd gathered is no meeting. The parties of talks
  and reciprocal agreements are all ACTOR with no RECIPIENT: two names paired by a hyphen before the
  noun ("Kenya-Uganda talks") are both (``stages/events/paired_parties.py``); one name is a venue.

A row is ``(rule, kind, text, expected)`` as in ``test_definition_probe.py``: a positive row expects
the most confident counted event to be ``(type, sources, targets)``; a negative row or near miss
with ``None`` expects no counted event of the rule's type; a near miss with a triple expects that
triple (a neighbouring reading).
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, counted_events, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

PROBE: list[tuple[str, str, str, Triple | None]] = [
    # AGREE: readiness for a cooperative end, the party named with the end the target
    ("AGREE ready for", P, "Kenya said it was ready for a ceasefire with Somalia.", ("AGREE", ("KEN",), ("SOM",))),
    ("AGREE ready for", P, "The Armenian government is ready for talks with Azerbaijan.", ("AGREE", ("ARM",), ("AZE",))),
    ("AGREE ready for", P, "Ukraine said it was ready for an air and sea truce.", ("AGREE", ("UKR",), ())),
    ("AGREE ready for", N, "Kenya said it was ready for the rainy season.", None),
    ("AGREE ready for", M, "Kenya is not ready for talks with Somalia.", None),
    ("AGREE open to", P, "Bolivia said it was open to dialogue with Chile.", ("AGREE", ("BOL",), ("CHL",))),
    ("AGREE open to", N, "Bolivia said its border was open to trucks from Chile.", None),
    # committed to an act (a gerund) is a promise; committed to a thing is a stance held
    ("AGREE committed to", P, "Ethiopia is committed to resuming negotiations with Egypt.", ("AGREE", ("ETH",), ("EGY",))),
    ("AGREE committed to", P, "Serbia said it was committed to moving toward peace with Kosovo.",
     ("AGREE", ("SRB",), ("XKX",))),
    ("AGREE committed to", N, "Colombia is committed to reducing inflation.", None),
    ("AGREE committed to", M, "Sudan's army said it remained committed to the peace talks.", None),
    ("AGREE committed to", M, "A committed ally, Kenya sent troops to Somalia.", ("AID", ("KEN",), ("SOM",))),
    # SUPPORT: a measure approved, its owner the target when named
    ("SUPPORT approve a measure", P, "Ghana welcomed the move.", ("SUPPORT", ("GHA",), ())),
    ("SUPPORT approve a measure", P, "Kenya backed the new law on Monday.", ("SUPPORT", ("KEN",), ())),
    ("SUPPORT approve a measure", N, "Ghana welcomed the rain.", None),
    ("SUPPORT approve a measure", M, "Ghana welcomed the proposal.", ("AGREE", ("GHA",), ())),
    # ACCUSE: a measure decried
    ("ACCUSE decry a measure", P, "Nigeria criticised the decision to close the border.", ("ACCUSE", ("NGA",), ())),
    ("ACCUSE decry a measure", P, "Peru condemned the new law.", ("ACCUSE", ("PER",), ())),
    ("ACCUSE decry a measure", N, "Peru condemned the weather.", None),
    ("ACCUSE decry a measure", M, "Peru condemned Chile's decision.", ("ACCUSE", ("PER",), ("CHL",))),
    # REJECT: a measure rejected
    ("REJECT reject a measure", P, "Venezuela rejected the decision on Monday.", ("REJECT", ("VEN",), ())),
    ("REJECT reject a measure", N, "Venezuela reviewed the new constitution.", None),
    ("REJECT reject a measure", M, "Venezuela rejected Guyana's decision.", ("REJECT", ("VEN",), ("GUY",))),
    # SANCTION / AID: a measure decided and announced is the measure, to come
    ("SANCTION decided measure", P, "Germany decided to suspend aid to Niger.", ("SANCTION", ("DEU",), ("NER",))),
    ("SANCTION decided measure", P, "Germany announced that it would halt arms sales to Turkey.",
     ("SANCTION", ("DEU",), ("TUR",))),
    ("SANCTION decided measure", N, "Germany decided to review its aid to Niger.", None),
    ("SANCTION decided measure", M, "Germany threatened to suspend aid to Niger.", ("THREATEN", ("DEU",), ("NER",))),
    ("SANCTION decided measure", M, "Germany announced it would suspend aid to Niger unless the junta frees the president.",
     ("THREATEN", ("DEU",), ("NER",))),
    ("SANCTION decided measure", M, "Norway announced that it will withdraw its election observers from Belarus.",
     ("THREATEN", ("NOR",), ("BLR",))),  # one's people withdrawn ahead: a warning (CAMEO 166 threatened)
    ("AID decided measure", P, "Japan announced that it would resume aid to Myanmar.", ("AID", ("JPN",), ("MMR",))),
    # CONSULT: a body's envoys gathered
    ("CONSULT members gathered", P, "NATO defence ministers gathered in Brussels on Tuesday.", ("CONSULT", ("IGO",), ())),
    ("CONSULT members gathered", P, "The foreign ministers of the Arab League convened in Cairo.", ("CONSULT", ("IGO",), ())),
    ("CONSULT members gathered", P, "Finance ministers from the Group of Twenty gathered in Rio de Janeiro.",
     ("CONSULT", ("IGO",), ())),
    # a body's acronym opening the sentence, misread as a verb by the parser (nlp/headlines.article_reading)
    ("CONSULT members gathered", P, "ECOWAS defence chiefs discussed maritime security in Lagos.", ("CONSULT", ("IGO",), ())),
    ("CONSULT hyphen-paired parties", P, "Kenya-Uganda talks resumed in Nairobi on Monday.",
     ("CONSULT", ("KEN", "UGA"), ())),
    ("CONSULT hyphen-paired parties", P, "Peruvian-Chilean talks resumed in Lima.", ("CONSULT", ("CHL", "PER"), ())),
    ("CONSULT hyphen-paired parties", N, "The Doha talks resumed on Monday.", None),
    ("CONSULT hyphen-paired parties", M, "The Kenya-based group held talks in Nairobi.", None),
    ("CONSULT members gathered", N, "Thousands of farmers gathered in Brussels on Tuesday.", None),
    ("CONSULT members gathered", M, "NATO defence ministers gathered evidence of the attack.", None),
    ("AID decided measure", M, "Japan said it would resume aid to Myanmar.", ("AGREE", ("JPN",), ("MMR",))),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), PROBE)
def test_probe_row(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, [(p.plover, sorted(p.source), sorted(p.target))
                                                               for p in counted_events(text)])


def test_probe_rows_are_positive_negative_or_near_miss() -> None:
    kinds = row_kinds(PROBE)
    assert kinds and set().union(*kinds.values()) <= ROW_KINDS
    assert len(kinds) == 10
    assert all(P in k and k - {P} for k in kinds.values())  # every rule has a positive and a negative or near miss
