"""Event stage: who does an event and to whom, where the parser hangs the phrase that says it
somewhere else (roles.py, predicates.addressee, frames._for_clause, wrappers.joint_commitment and
the place of what an attack hit, requests._requested_target), and the parties named beside a
subject (roles.co_subjects).

Rows are (rule, kind, sentence, the most confident counted event as type, source codes, target
codes), scored by :func:`tests.builders.probe_ok`; every rule has a positive row, a negative row
and a near miss, with parties from every side.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # roles._agent_on_object: the agent of a passive hung on the object of its preposition
    ("passive agent on object", P, "Venezuela was hit with new sanctions by the United States.",
     ("SANCTION", ("USA",), ("VEN",))),
    ("passive agent on object", P, "Cuba was hit with fresh penalties by the European Union.", ("SANCTION", ("IGO",), ("CUB",))),
    # negative: no agent named, none invented
    ("passive agent on object", N, "Venezuela was hit with new sanctions.", ("SANCTION", (), ("VEN",))),
    # near miss: the agent on the verb itself, as before
    ("passive agent on object", M, "Two Malian villages were attacked by Burkinabe soldiers.", ("ASSAULT", ("BFA",), ("MLI",))),
    # roles._on_patient: "the arrest of X by Y": the "by" phrase the parser hung on the patient
    ("nominal agent on patient", P, "The arrest of a Turkish journalist by Azerbaijani police drew criticism.",
     ("COERCE", ("AZE",), ("TUR",))),
    ("nominal agent on patient", P, "The detention of two Kenyan activists by Ugandan soldiers angered Nairobi.",
     ("COERCE", ("UGA",), ("KEN",))),
    # negative: a "by" phrase that names no actor gives no doer
    ("nominal agent on patient", N, "The arrest of a Turkish journalist by the river drew criticism.",
     ("COERCE", (), ("TUR",))),
    # near miss: a "by" phrase inside another phrase names whom it is against, not the doer
    ("nominal agent on patient", M, "Algerian students held a protest against abuses by the police.",
     ("PROTEST", ("DZA",), ("DZA",))),
    # predicates.addressee: the party asked, after "to" or "with"
    ("addressee after to or with", P, "Brazil appealed to Venezuela to hold free elections.", ("REQUEST", ("BRA",), ("VEN",))),
    ("addressee after to or with", P, "Ghana pleaded with Togo to reopen the border.", ("REQUEST", ("GHA",), ("TGO",))),
    # negative: an appeal to nobody named has no recipient
    ("addressee after to or with", N, "Brazil appealed for calm.", ("REQUEST", ("BRA",), ())),
    # near miss: "called on X to", as before
    ("addressee after to or with", M, "Nepal called on India to reopen the border.", ("REQUEST", ("NPL",), ("IND",))),
    # wrappers.joint_commitment: "X agreed with Y to ...": both are the actor, no recipient
    ("joint commitment", P, "Colombia agreed with Venezuela to reopen their border crossings.", ("AGREE", ("COL", "VEN"), ())),
    ("joint commitment", P, "Egypt agreed with Israel to reopen the Rafah crossing.", ("AGREE", ("EGY", "ISR"), ())),
    # negative: what is agreed with names its maker, no party to the agreement
    ("joint commitment", N, "Colombia agreed with the U.S. proposal to reopen the border.", ("AGREE", ("COL",), ("USA",))),
    # near miss: a partner named inside the promised act stays its recipient
    ("joint commitment", M, "Colombia agreed to reopen its border with Venezuela.", ("AGREE", ("COL",), ("VEN",))),
    # frames._for_clause: "called for X to ...": X is asked
    ("asked for X to", P, "Peru called for Bolivia to hand over the suspect.", ("REQUEST", ("PER",), ("BOL",))),
    ("asked for X to", P, "Ethiopia called for Egypt and Sudan to return to the negotiating table.",
     ("REQUEST", ("ETH",), ("EGY", "SDN"))),
    # negative: a verb that asks for nothing ("waited for X to") makes no request
    ("asked for X to", N, "Peru waited for Bolivia to hand over the suspect.", None),
    # near miss: "called on X to", as before
    ("asked for X to", M, "Peru called on Bolivia to hand over the suspect.", ("REQUEST", ("PER",), ("BOL",))),
    # wrappers._complete_arguments: the place of what was hit gives the target of an attack naming none
    ("place of what was hit", P, "Israeli jets struck an airport near Damascus.", ("ASSAULT", ("ISR",), ("SYR",))),
    ("place of what was hit", P, "Ugandan jets bombed a rebel camp near Goma.", ("ASSAULT", ("UGA",), ("COD",))),
    # negative: no place named, no target invented
    ("place of what was hit", N, "Israeli jets struck an airport on Sunday.", ("ASSAULT", ("ISR",), ())),
    # near miss: the place on the clause, as before
    ("place of what was hit", M, "Turkish jets struck targets in northern Iraq.", ("ASSAULT", ("TUR",), ("IRQ",))),
    # roles.co_subjects: parties named beside the subject act with it (a compound actor)
    ("co-party of the subject", P, "Kenya, along with Uganda, condemned the coup in Niger.", ("ACCUSE", ("KEN", "UGA"), ("NER",))),
    ("co-party of the subject", P, "Germany, together with France, urged Russia to withdraw.",
     ("REQUEST", ("DEU", "FRA"), ("RUS",))),
    ("co-party of the subject", P, "Peru joined Chile in rejecting Bolivia's claim.", ("REJECT", ("CHL", "PER"), ("BOL",))),
    # negative: a "with" phrase naming backing, no party acting
    ("co-party of the subject", N, "Germany, with French backing, urged Russia to withdraw.", ("REQUEST", ("DEU",), ("RUS",))),
    # near miss: coordinated subjects, as before
    ("co-party of the subject", M, "Peru and Chile rejected Bolivia's claim.", ("REJECT", ("CHL", "PER"), ("BOL",))),
    # requests._requested_target: "asked for X from Y": Y is asked
    ("asked from", P, "Germany asked for help from Poland.", ("REQUEST", ("DEU",), ("POL",))),
    ("asked from", P, "Haiti called for support from the United Nations.", ("REQUEST", ("HTI",), ("IGO",))),
    # negative: "from" naming no actor
    ("asked from", N, "Haiti called for help from abroad.", ("REQUEST", ("HTI",), ())),
    # near miss: the party asked as the object, as before
    ("asked from", M, "Haiti asked the United Nations for help.", ("REQUEST", ("HTI",), ("IGO",))),
    # nlp.syntax.is_passive, predicates._reduced_passive_subject: a participle clause after a comma
    # is a passive whose patient is the subject of the clause it hangs on
    ("participle clause", P, "A senior Hamas commander is dead, killed by an Israeli missile.",
     ("ASSAULT", ("ISR",), ("PSE",))),
    ("participle clause", P, "Two Russian soldiers were found dead, killed by a Ukrainian drone.",
     ("ASSAULT", ("UKR",), ("RUS",))),
    # negative: no agent named, the victim is not the doer
    ("participle clause", N, "A senior Hezbollah commander is dead, killed on Monday.", ("ASSAULT", (), ("LBN",))),
    # near miss: a perfect participle is active: the subject does it
    ("participle clause", M, "Having shelled the village, Sudanese troops withdrew.", ("ASSAULT", ("SDN",), ())),
    # ... after a predicate, not after a noun it may describe ("a report, released by ...")
    ("RETREAT by a participle clause", P, "Three Israeli hostages are free, released by Hamas on Monday.",
     ("RETREAT", ("PSE",), ("ISR",))),
    ("RETREAT by a participle clause", N, "Kenyan pupils are among the weakest readers, according to a survey, released "
     "this month by UNESCO.", None),
    ("RETREAT by a participle clause", M, "Three Israeli hostages came home, released by Hamas on Monday.",
     ("RETREAT", ("PSE",), ("ISR",))),
    # predicates._subject_words: "it" or "they" under another clause stands for that clause's
    # subject, whose words a pattern excludes ("the vessel ... when it arrived" is no visit)
    ("CONSULT by what it stands for", P, "The Iranian vessel was sitting in the water when it arrived in China.", None),
    ("CONSULT by what it stands for", P, "The Israeli cargo ship lay idle when it arrived in Turkey.", None),
    # negative: a visitor's pronoun
    ("CONSULT by what it stands for", N, "The Chinese foreign minister smiled when he arrived in Moscow.",
     ("CONSULT", ("CHN",), ("RUS",))),
    # near miss: "it" for a body of visitors
    ("CONSULT by what it stands for", M, "The Iranian delegation was tired when it arrived in China.",
     ("CONSULT", ("IRN",), ("CHN",))),
    # roles._target_in_object: a number object counts people ("killed 12"), an amount does not
    ("ASSAULT on an amount", P, "Bilateral trade between Kenya and Uganda hit $1.1 billion last year.", None),
    ("ASSAULT on an amount", P, "Inflation in Russia and Ukraine hit 40 percent last year.", None),
    # negative: people counted
    ("ASSAULT on an amount", N, "Gunmen killed 12 in Borno.", ("ASSAULT", ("NGA",), ("NGA",))),
    # near miss: things counted, hit by a weapon
    ("ASSAULT on an amount", M, "Russian drones hit 40 targets in Ukraine.", ("ASSAULT", ("RUS",), ("UKR",))),
    # arguments._named_modifier, wrappers._own_country_target: the possessor of a relational noun
    # ("allies", "partners") is not the target, nor is the doer's own country
    ("THREATEN others of a possessor", P, "Trump threatened America's allies with tariffs.", ("THREATEN", ("USA",), ())),
    ("THREATEN others of a possessor", P, "Beijing threatened Taiwan's partners with sanctions.",
     ("THREATEN", ("CHN",), ())),
    # negative: a party threatened by name
    ("THREATEN others of a possessor", N, "Trump threatened Canada with tariffs.", ("THREATEN", ("USA",), ("CAN",))),
    # near miss: a possessor's own official
    ("THREATEN others of a possessor", M, "Putin threatened Ukraine's president with arrest.",
     ("THREATEN", ("RUS",), ("UKR",))),
    # patterns.yaml, occupation (192) objects_exclude: a place in a body or a ranking is held, not taken
    ("COERCE by holding a place", P, "The party occupied 40 seats in the Kenyan parliament.", None),
    ("COERCE by holding a place", P, "Women occupied key positions in the new Afghan government.", None),
    # negative: land taken
    ("COERCE by holding a place", N, "Russia occupied Crimea in 2014.", ("COERCE", ("RUS",), ("UKR",))),
    # near miss: a building of a party taken
    ("COERCE by holding a place", M, "Rebels occupied the residence of the Sudanese governor.",
     ("COERCE", ("SDN",), ("SDN",))),
    # finder.name_word: an event noun that is a capitalised word of a body's name is no event
    ("COOPERATE in a body's name", P, "The Organization for Economic Cooperation and Development released a report.",
     None),
    ("COOPERATE in a body's name", N, "Kenya and Uganda announced closer cooperation on Monday.",
     ("COOPERATE", ("KEN", "UGA"), ())),
    # near miss: the body's name is the party of an event told beside it
    ("COOPERATE in a body's name", M, "The Shanghai Cooperation Organisation held talks with Iran.",
     ("CONSULT", ("IGO", "IRN"), ())),
    # patterns.yaml, travel (042) subjects_exclude: private people travelling make no visit
    ("CONSULT by private travellers", P, "More than 80,000 foreigners have traveled to Vietnam this year.", None),
    ("CONSULT by private travellers", N, "The Kenyan president traveled to Vietnam on Monday.",
     ("CONSULT", ("KEN",), ("VNM",))),
    ("CONSULT by private travellers", P, "Thousands of pilgrims arrived in Mecca from Indonesia.", None),
    # near miss: an official travelling with them visits
    ("CONSULT by private travellers", M, "The Indonesian religious affairs minister arrived in Mecca with the pilgrims.",
     ("CONSULT", ("IDN",), ("SAU",))),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_roles_found_where_the_parser_hangs_them(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_role_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 16 and all(k == ROW_KINDS for k in kinds.values()), kinds
