"""Rules written against the errors of the tuning half of a blind event gold on real news text (kept
outside the repository): construction classes read from the PLOVER codebook and manual. Words live
in ``data/events/patterns.yaml``, grammar in ``stages/events``. Every rule has invented sentences
(none from a gold file): positives, a negative and a near miss; ``tests.builders.probe_ok`` holds a
row when the most confident counted event is the expected triple, or, expecting None, when no
counted event is of the rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a to-infinitive on a ranked predicate of a copula ("was the first to", "became the latest country
    # to", "the only state to"; ``rank_words``) tells the act done by the copula's subject: being the
    # first to do a thing is doing it (stages/events/ranked.py), not a purpose or a relative clause
    ("ACCUSE ranked doer of an infinitive", P,
     "Ghana was the first to condemn Togo over the border raid.", ("ACCUSE", ("GHA",), ("TGO",))),
    ("ACCUSE ranked doer of an infinitive", P,
     "Nepal was the only neighbour to criticise Bhutan over the expulsions.", ("ACCUSE", ("NPL",), ("BTN",))),
    ("ACCUSE ranked doer of an infinitive", N,
     "Ghana was the first country in the region to hold elections.", None),
    ("ACCUSE ranked doer of an infinitive", M,
     "Ghana has the right to condemn Togo over the border raid.", None),
    ("SUPPORT ranked doer of an infinitive", P,
     "Chile was the only country to recognize Bolivia's new government.", ("SUPPORT", ("CHL",), ("BOL",))),
    ("SUPPORT ranked doer of an infinitive", P,
     "Peru became the latest country to recognize Bolivia's new government.", ("SUPPORT", ("PER",), ("BOL",))),
    ("SUPPORT ranked doer of an infinitive", N,
     "Chile was the first country to hold a census this year.", None),
    ("SUPPORT ranked doer of an infinitive", M,
     "Chile has no duty to recognize Bolivia's new government.", None),
    # PLOVER manual 3.14.1, "mobilizing supporters to demonstrate should be coded as PROTEST": so is
    # the demonstration itself mobilised ("mobilized protests against X"); told as what its organiser
    # said he would do, it is a threat to protest (CAMEO 133, PLOVER THREATEN)
    ("PROTEST demonstration mobilised", P,
     "Opposition leaders in Malawi mobilized rallies against President Chakwera.", ("PROTEST", ("MWI",), ("MWI",))),
    ("PROTEST demonstration mobilised", N,
     "The Zambian opposition leader mobilized funds for his campaign.", None),
    ("PROTEST demonstration mobilised", M,
     "The Zambian army mobilized troops along the border with Angola.", ("MOBILIZE", ("ZMB",), ("ZMB",))),
    ("THREATEN demonstration mobilised, said to come", P,
     "The Zambian opposition leader said he would mobilize demonstrations against President Hichilema.",
     ("THREATEN", (), ("ZMB",))),
    ("THREATEN demonstration mobilised, said to come", N,
     "The Zambian opposition leader said he would mobilize funds for his campaign.", None),
    ("THREATEN demonstration mobilised, said to come", M,
     "The Zambian opposition leader said he had mobilized demonstrations against President Hichilema.",
     ("PROTEST", (), ("ZMB",))),
    # a light verb whose subject receives the act its object noun names ("faced criticism from X", "drew
    # condemnation from X", "earned praise from X"; ``recipient_light_verbs``): the doer follows "from",
    # the subject is the target, as with "received a warm welcome from X"
    ("ACCUSE act received by a light verb's subject", P,
     "Kenya faced criticism from Uganda over the border closure.", ("ACCUSE", ("UGA",), ("KEN",))),
    ("ACCUSE act received by a light verb's subject", P,
     "Fiji's new electoral law drew condemnation from Australia.", ("ACCUSE", ("AUS",), ("FJI",))),
    ("ACCUSE act received by a light verb's subject", N,
     "Kenya faces elections in December.", None),
    ("ACCUSE act received by a light verb's subject", M,
     "Kenya voiced criticism of Uganda over the border closure.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("SUPPORT act received by a light verb's subject", P,
     "Ghana earned praise from the United Nations for its mediation.", ("SUPPORT", ("IGO",), ("GHA",))),
    ("SUPPORT act received by a light verb's subject", N,
     "Ghana earned a profit from cocoa exports.", None),
    ("SUPPORT act received by a light verb's subject", M,
     "Ghana heaped praise on the United Nations for its mediation.", ("SUPPORT", ("GHA",), ("IGO",))),
    # ties raised to a higher level (PLOVER SUPPORT: "initiate, resume, improve, or expand diplomatic
    # cooperation"; economic ties COOPERATE): "elevated" and "raised" as "upgraded"
    ("SUPPORT diplomatic ties elevated", P,
     "Benin and Niger elevated their relations to a strategic partnership.", ("SUPPORT", ("BEN", "NER"), ())),
    ("SUPPORT diplomatic ties elevated", N,
     "Ghana raised concerns about its relations with Togo.", None),
    ("SUPPORT diplomatic ties elevated", M,
     "Ghana and Togo elevated their trade ties to a new level.", ("COOPERATE", ("GHA", "TGO"), ())),
    # PLOVER MOBILIZE: "mobilize or increase readiness of ... units": a standing or standby force activated,
    # by its verb or its noun ("the activation of a standby force"); the force is the doer's own
    ("MOBILIZE standby force activated", P,
     "Nigeria activated its standby force on Tuesday.", ("MOBILIZE", ("NGA",), ())),
    ("MOBILIZE standby force activated", P,
     "The Nigerian defence minister announced the activation of a standby force.", ("MOBILIZE", ("NGA",), ())),
    ("MOBILIZE standby force activated", N,
     "Nigeria activated the new passport system on Tuesday.", None),
    ("MOBILIZE standby force activated", M,
     "The Nigerian minister announced the activation of a new tax regime.", None),
    # a gerund after "by" tells the means of its verb ("respond by releasing", "reciprocate by agreeing"):
    # its act is that verb's own doing, under the verb's request, modals and speech; what X is urged
    # to do by doing Z is Z requested (PLOVER REQUEST), what X could do by doing Z is no event yet
    ("REQUEST means of a requested act", P,
     "Ghana called for Togo to reciprocate by agreeing to a ceasefire.", ("REQUEST", ("GHA",), ("TGO",))),
    ("REQUEST means of a requested act", P,
     "Kenya pressed for Malawi to respond by lifting the import ban on Kenyan tea.", ("REQUEST", ("KEN",), ("MWI",))),
    ("REQUEST means of a requested act", N,
     "Togo responded by releasing the prisoners.", None),
    ("REQUEST means of a requested act", M,
     "Ghana praised Togo for responding by releasing the prisoners.", ("SUPPORT", ("GHA",), ("TGO",))),
    ("SANCTION means under its verb's modal", P,
     "Togo could respond by expelling Ghanaian diplomats.", None),
    ("SANCTION means under its verb's modal", N,
     "Togo expelled Ghanaian diplomats on Monday.", ("SANCTION", ("TGO",), ("GHA",))),
    ("SANCTION means under its verb's modal", M,
     "Togo responded by expelling Ghanaian diplomats.", ("SANCTION", ("TGO",), ("GHA",))),
    # a stance, offer or plan examined is weighed, not investigated (PLOVER ACCUSE investigate covers
    # inquiries into conduct): "examined X's proposal" is no event; "examined X's claims of abuse" is one
    ("ACCUSE stance examined is no investigation", P,
     "Kenyan officials examined Uganda's proposal on Monday.", None),
    ("ACCUSE stance examined is no investigation", P,
     "Tanzanian diplomats examined Kenya's position on the tariffs.", None),
    ("ACCUSE stance examined is no investigation", N,
     "Kenya investigated Uganda over the border killings.", ("ACCUSE", ("KEN",), ("UGA",))),
    ("ACCUSE stance examined is no investigation", M,
     "Kenya examined Ugandan claims of abuse at the border.", ("ACCUSE", ("KEN",), ("UGA",))),
    # a name after a transitive event verb that the parser took for a copula's predicate (attr: a quoted
    # verb with its adverb, ""successfully eliminated" Ahmed Khan") is the verb's object
    ("ASSAULT named object parsed as a predicate", P,
     'Pakistan said its troops "successfully eliminated" Ahmed Khan.', ("ASSAULT", ("PAK",), ())),
    ("ASSAULT named object parsed as a predicate", P,
     'Egypt said the country\'s security forces "successfully eliminated" Hisham Ashmawy.', ("ASSAULT", (), ())),
    ("ASSAULT named object parsed as a predicate", N,
     "Pakistan's new army chief was Ahmed Khan.", None),
    # (the object relative "the man its troops eliminated" is the troops' act on the man, nlp/object_relatives:
    # an ASSAULT with no named target; the name after "was" is no object of "eliminated")
    ("ASSAULT named object parsed as a predicate", M,
     "Pakistan said the man its troops eliminated was Ahmed Khan.", ("ASSAULT", ("PAK",), ())),
    ("ASSAULT named object parsed as a predicate", M,
     "Pakistan said the man who led the unit was Ahmed Khan.", None),
    # the members of one multilateral body meeting among themselves (PLOVER CONSULT multilateral: "a
    # meeting that occurs in a multilateral context, typically an alliance or IGO"): the body named
    # before their plural head is the one source and no partner is needed (``multilateral_sectors``)
    ("CONSULT members of one body meeting", P,
     "NATO foreign ministers discussed Ukraine in Brussels.", ("CONSULT", ("IGO",), ())),
    ("CONSULT members of one body meeting", P,
     "African Union foreign ministers discussed the Sudan crisis in Addis Ababa.", ("CONSULT", ("IGO",), ())),
    ("CONSULT members of one body meeting", N,
     "Kenyan ministers discussed the crisis in Nairobi on Tuesday.", None),
    ("CONSULT members of one body meeting", M,
     "The NATO secretary general discussed Ukraine in Brussels.", None),
    # a country's withdrawal from a body, named by its noun, is a SANCTION as the verb's is (PLOVER
    # SANCTION withdraw: "a country withdraws itself from an organization"); from a place it is a retreat
    ("SANCTION withdrawal from a body by its noun", P,
     "Mali's withdrawal from ECOWAS shocked the region.", ("SANCTION", ("MLI",), ("IGO",))),
    ("SANCTION withdrawal from a body by its noun", P,
     "Gabon's withdrawal from the African Union alarmed its neighbours.", ("SANCTION", ("GAB",), ("IGO",))),
    ("SANCTION withdrawal from a body by its noun", N,
     "Niger's withdrawal from Agadez surprised Ghana.", None),
    ("SANCTION withdrawal from a body by its noun", M,
     "Mali's withdrawal from Kidal shocked the region.", ("RETREAT", ("MLI",), ("MLI",))),
]


RULES = 14


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_voa_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
