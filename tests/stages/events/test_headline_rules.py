"""Rules for PLOVER events told in headlinese (the classes the headline probe,
``test_headline_probe.py``, found weak): each construction with a positive row, a negative row and
a near miss, invented here (not probe or gold sentences), scored by
:func:`tests.builders.probe_ok`: a positive row or a near miss with a triple expects that triple
as the most confident counted event; a row with ``None`` expects no counted event of the rule's
type."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a headline's dropped copula before a readiness adjective: "X ready to V" is "X is ready to V" (AGREE)
    ("AGREE dropped copula", P, "Ghana ready to host peace talks between Togo and Benin",
     ("AGREE", ("GHA",), ("BEN", "TGO"))),
    ("AGREE dropped copula", P, "Uzbekistan willing to supply gas to Afghanistan, says energy minister",
     ("AGREE", ("UZB",), ("AFG",))),
    ("AGREE dropped copula", N, "Ghana not ready to host talks with Togo", None),
    ("AGREE dropped copula", M, "Ghana ready for talks with Togo", None),
    # a headline's "X to V": a plan, what a sentence tells with "will" (a promise of aid is AGREE, CAMEO 033)
    ("AGREE headline infinitive", P, "Ghana to send troops to Mali, defence ministry says", ("AGREE", ("GHA",), ("MLI",))),
    ("AGREE headline infinitive", P, "Qatar to give 50 million dollars to Lebanese army", ("AGREE", ("QAT",), ("LBN",))),
    ("AGREE headline infinitive", N, "Ghana sends troops to Mali", None),
    # (an infinitive a verb before it governs is that verb's content, not the headline's plan)
    ("AGREE headline infinitive", M, "Mali wants Ghana to send troops", None),
    # a headline's acronym the parser took for its verb, re-read with the article the headline dropped
    ("REJECT acronym read as the verb", P, "Sudan army rejects IGAD peace plan", ("REJECT", ("SDN",), ("IGO",))),
    ("REJECT acronym read as the verb", P, "Guinea junta rejects ECOWAS demand for early polls",
     ("REJECT", ("GIN",), ("IGO",))),
    ("REJECT acronym read as the verb", N, "Guinea junta accepts ECOWAS demand for early polls", None),
    # (an acronym the parser read as a name keeps its parse)
    ("REJECT acronym read as the verb", M, "Somalia rejects AU proposal on troop drawdown", ("REJECT", ("SOM",), ("IGO",))),
    # a baton charge told with a hyphened prefix (South Asian English), misparsed as the verb's subject or a noun
    ("ASSAULT prefixed baton charge", P, "Police lathi-charged striking doctors in Karachi.", ("ASSAULT", ("PAK",), ("PAK",))),
    ("ASSAULT prefixed baton charge", P, "Police cane-charge jobless youths in Dhaka", ("ASSAULT", ("BGD",), ("BGD",))),
    ("ASSAULT prefixed baton charge", N, "Police charged the striking doctors in Karachi with rioting.",
     ("ACCUSE", ("PAK",), ("PAK",))),
    ("ASSAULT prefixed baton charge", M, "Police lathi-charged nobody in Karachi, the minister said.", None),
    # "receives visiting X": the participle modifies the visitor, who is the actor of the visit (manual 3.2.2)
    ("CONSULT received visitor", P, "Malawian President receives visiting Zambian Prime Minister",
     ("CONSULT", ("ZMB",), ("MWI",))),
    ("CONSULT received visitor", P, "Lao President receives visiting Cambodian Prime Minister.",
     ("CONSULT", ("KHM",), ("LAO",))),
    ("CONSULT received visitor", N, "Rebels keep attacking villages in Kivu", None),
    # (visitors of no state are no consultation)
    ("CONSULT received visitor", M, "Kenyan president welcomes visiting Ugandan athletes", None),
    # refusing to meet or negotiate (CAMEO 125): "ruled out talks with X"
    ("REJECT ruled out talks", P, "Serbia ruled out dialogue with Kosovo on Tuesday.", ("REJECT", ("SRB",), ("XKX",))),
    ("REJECT ruled out talks", P, "Venezuela rules out talks with the opposition.", ("REJECT", ("VEN",), ("VEN",))),
    ("REJECT ruled out talks", N, "Serbia held talks with Kosovo on Tuesday.", None),
    # (sanctions ruled out are no talks refused)
    ("REJECT ruled out talks", M, "Venezuela ruled out new sanctions on Guyana.", None),
    # a snub of an offer or invitation is its rejection (CAMEO 120)
    ("REJECT snub", P, "North Korea snubbed Seoul's offer of food aid.", ("REJECT", ("PRK",), ("KOR",))),
    ("REJECT snub", P, "Hamas snubs Egyptian invitation", ("REJECT", ("PSE",), ("EGY",))),
    ("REJECT snub", N, "North Korea accepted Seoul's offer of food aid.", None),
    ("REJECT snub", M, "The minister was snubbed at the summit.", None),
    # captives of a maritime border sent home: a release (RETREAT, CAMEO 0841)
    ("RETREAT repatriated fishermen", P, "Sri Lanka repatriated 30 Indian fishermen on Friday.",
     ("RETREAT", ("LKA",), ("IND",))),
    ("RETREAT repatriated fishermen", N, "Sri Lanka arrested 30 Indian fishermen on Friday.", None),
    ("RETREAT repatriated fishermen", M, "Sri Lanka repatriated its ambassador from India.", None),
    # praise carried by a light verb ("heaped praise on X"): SUPPORT (CAMEO 051)
    ("SUPPORT heaped praise", P, "Macron heaped praise on the Indian prime minister.", ("SUPPORT", ("FRA",), ("IND",))),
    ("SUPPORT heaped praise", N, "Critics heaped scorn on the Indian prime minister.", None),
    ("SUPPORT heaped praise", M, "Macron heaped praise on the film.", None),
    # joint training of two forces: a military exchange (COOPERATE, CAMEO 062), both parties the actor
    ("COOPERATE joint training", P, "Indian and French navies began joint training off Goa on Monday.",
     ("COOPERATE", ("FRA", "IND"), ())),
    ("COOPERATE joint training", P, "Egyptian and Saudi air forces conducted joint training over the Red Sea.",
     ("COOPERATE", ("EGY", "SAU"), ())),
    ("COOPERATE joint training", N, "Kenyan police began training new recruits in Nairobi.", None),
    ("COOPERATE joint training", M, "The Indian navy began training with its new destroyer off Goa.", None),
    # a headline's reduced passive ("Leader detained in ..."): a past form with a subject and no object or
    # auxiliary in a sentence with no article is a participle; the subject is the one acted on, no actor named
    ("COERCE reduced passive", P, "Opposition leader detained in Harare", ("COERCE", (), ("ZWE",))),
    ("COERCE reduced passive", P, "Troops deployed to Kenya border", ("MOBILIZE", (), ("KEN",))),
    ("COERCE reduced passive", N, "Police detained 40 protesters in Dhaka", ("COERCE", ("BGD",), ("BGD",))),
    # (a past form of a verb with no object keeps its reading: the protests are the act)
    ("COERCE reduced passive", M, "Protests erupted in Minsk", None),
    # a wire headline after its numbered kicker ("UPDATE 3-"): the kicker a sentence of its own
    ("THREATEN after a wire kicker", P, "UPDATE 3-Mexico threatens tariffs on Chinese steel",
     ("THREATEN", ("MEX",), ("CHN",))),
    ("THREATEN after a wire kicker", P, "UPDATE 1-Peru threatens to recall envoy from Ecuador",
     ("THREATEN", ("PER",), ("ECU",))),
    ("THREATEN after a wire kicker", N, "UPDATE 1-Peru asks Ecuador for talks on fishing rights",
     ("REQUEST", ("PER",), ("ECU",))),
    # (a kicker before a headline with no threat adds none)
    ("THREATEN after a wire kicker", M, "UPDATE 1-Mexico drops tariff threat against Chinese steel", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_headline_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert kinds and all(k == set(ROW_KINDS) for k in kinds.values()), kinds
