"""A claim noun set after a clause ("…, a claim the group denied", "…, a charge Moscow denies"):
the clause is the content of the relative clause's verb, spoken by its subject, and no part of
what the clause's own speaker said (quotes.yaml ``claim_nouns``; invented sentences, each side)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # (construction, text, content, [(speaker words, stance)] of the quotes with that content)
    ("a claim denied", "The navy said the ferry was sunk by the rebels, a claim the rebels denied.",
     "the ferry was sunk by the rebels", [("The navy", "asserted"), ("the rebels", "denied")]),
    ("a charge denied, other side", "The rebels said the navy sank the ferry, a charge the navy denies.",
     "the navy sank the ferry", [("The rebels", "asserted"), ("the navy", "denied")]),
    ("after a closing cue", "The ferry was sunk by the rebels, the navy said, a claim the rebels denied.",
     "The ferry was sunk by the rebels", [("the navy", "asserted"), ("the rebels", "denied")]),
    ("an account confirmed", "A wave capsized the ferry, an account the port authority confirmed.",
     "A wave capsized the ferry", [("the port authority", "asserted")]),
    # negative: a noun that is no claim ("a ship the navy built") gives no content
    ("no claim noun", "The navy said the rebels sank the ferry, a ship the navy built.",
     "the rebels sank the ferry, a ship the navy built", [("The navy", "asserted")]),
    # near miss: a claim noun with no comma before it is the object it seems
    ("no comma", "The rebels denied the claim the navy made.", "the claim the navy made", [("The rebels", "denied")]),
    # a relative "which" after a comma, the object of a cue verb with a subject of its own, stands for
    # the clause as a claim noun does (seen on an invented DR Congo probe: "..., which Kigali denies")
    ("which denied", "Kinshasa says the rebels get Rwandan arms, which the M23 denies.",
     "the rebels get Rwandan arms", [("Kinshasa", "asserted"), ("the M23", "denied")]),
    ("which denied, other side", "The M23 says the army arms the FDLR militia, which Kinshasa has denied.",
     "the army arms the FDLR militia", [("The M23", "asserted"), ("Kinshasa", "denied")]),
    # negative: "which" the subject of its clause stands for the noun before it, not the clause
    ("which the subject", "Kinshasa blamed the M23 rebels, which deny any role.", "any role",
     [("which", "denied")]),
    # near miss: "which" with no comma before it is a restrictive relative on a noun
    ("which with no comma", "The army denied the report which the M23 published.",
     "the report which the M23 published", [("The army", "denied")]),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_claim_noun_after_a_clause(name: str, text: str, content: str, expected: list[tuple[str, str]]) -> None:
    quotes = [q for q in pipeline().analyze_text("Ferry\n\n" + text).quotes if q.content.text == content]
    got = sorted((q.speaker.text if q.speaker else "", q.stance) for q in quotes)
    assert got == sorted(expected), (name, got)


# A verb that takes only an object ("dismiss": cues.yaml object_cues) in the relative clause of a
# claim noun set after a clause: the noun is its object and stands for the clause, which it takes
# as its content (seen on the tuning half of the invented gaza-shelter probe: "..., a claim the
# office dismissed as a ..."). Invented sentences, each side.
OBJECT_CASES = [
    ("dismissed", "Kyiv said the dam was mined by Russian troops, an account Moscow dismissed.",
     "the dam was mined by Russian troops", [("Kyiv", "asserted"), ("Moscow", "denied")]),
    ("dismissed as, other side", "The army said gunmen had fired from the clinic, a claim the rebels have long "
     "dismissed as propaganda.", "gunmen had fired from the clinic", [("The army", "asserted"), ("the rebels", "denied")]),
    ("dismissed as a quoted phrase", 'Police said the protesters threw stones first, a version the organisers '
     'dismissed as "a lie".', "the protesters threw stones first", [("Police", "asserted"), ("the organisers", "denied")]),
    # negative: a noun that is no claim noun stands for nothing
    ("no claim noun", "Kyiv said the dam was mined by Russian troops, a report Moscow dismissed.",
     "the dam was mined by Russian troops", [("Kyiv", "asserted")]),
    # near miss: a claim noun with no comma before it is the object it seems
    ("no comma", "Kyiv repeated the claim Moscow dismissed that the dam was mined.", "the dam was mined", []),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), OBJECT_CASES, ids=[c[0] for c in OBJECT_CASES])
def test_a_claim_noun_object_of_a_verb_of_an_object(name: str, text: str, content: str,
                                                    expected: list[tuple[str, str]]) -> None:
    quotes = [q for q in pipeline().analyze_text("Dam\n\n" + text).quotes if q.content.text == content]
    got = sorted((q.speaker.text if q.speaker else "", q.stance) for q in quotes)
    assert got == sorted(expected), (name, got)


# A claim noun after an accusation ("X blamed Y for Z, a charge W rejected"): what W denies is the
# charge, Y for Z, which X's own quote holds; X's act of blaming is no part of it, so an event of it
# is no claim of W's (read on VOA: "Pakistani officials blamed archrival India ..., a charge New Delhi
# quickly rejected"). Invented sentences, each side.
CHARGE_CASES = [
    ("blamed for, a charge rejected", "Kenyan officials blamed Somalia for the raid, a charge Mogadishu quickly rejected.",
     "Somalia for the raid", [("Kenyan officials", "asserted"), ("Mogadishu", "denied")]),
    ("the noun on the charge", "Kenyan officials blamed Somalia for the raid, a charge the Somali government quickly "
     "rejected.", "Somalia for the raid", [("Kenyan officials", "asserted"), ("the Somali government", "denied")]),
    ("accused of, an accusation denied", "The rebels accused the army of shelling the camp, an accusation the army "
     "denied.", "the army of shelling the camp", [("The rebels", "asserted"), ("the army", "denied")]),
    ("the charge's own verbs between", "Kenyan officials blamed Somalia, accusing it of giving shelter to gunmen in "
     "Gedo, a charge Mogadishu quickly rejected.", "it of giving shelter to gunmen in Gedo",
     [("Kenyan officials", "asserted"), ("Mogadishu", "denied")]),
    # negative: the whole clause is no longer the denied content
    ("not the act of blaming", "Kenyan officials blamed Somalia for the raid, a charge Mogadishu quickly rejected.",
     "Kenyan officials blamed Somalia for the raid", []),
    # near miss: a report ("said") keeps its clause as what is denied
    ("said, a claim denied", "Kenyan officials said Somalia had sheltered the raiders, a claim Mogadishu quickly "
     "rejected.",
     "Somalia had sheltered the raiders", [("Kenyan officials", "asserted"), ("Mogadishu", "denied")]),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), CHARGE_CASES, ids=[c[0] for c in CHARGE_CASES])
def test_a_claim_noun_after_an_accusation_stands_for_the_charge(name: str, text: str, content: str,
                                                                 expected: list[tuple[str, str]]) -> None:
    quotes = [q for q in pipeline().analyze_text("Raid\n\n" + text).quotes if q.content.text == content]
    got = sorted((q.speaker.text if q.speaker else "", q.stance) for q in quotes)
    assert got == sorted(expected), (name, got)


def test_the_act_of_blaming_is_claimed_by_the_outlet_not_the_denier() -> None:
    doc = pipeline().analyze_text("Raid\n\nKenyan officials blamed Somalia for the raid, a charge Mogadishu quickly "
                                  "rejected.")
    accusations = [e for e in doc.events if e.plover == "ACCUSE"]
    assert len(accusations) == 1
    assert accusations[0].claimed_by == "outlet"
