"""Rules of clause modality (branch i16-modality): acts a sentence does not tell as done are no
counted event (the VOA gold convention), and a dismissal told with what the thing is called is a
REJECT. Each rule has a positive row, a negative row and a near miss, in sentences written for
these tests. A row holds when the sentence's counted events (``evaluation.events.predictions``)
include (``X``) or leave out (``!X``) the type."""

from __future__ import annotations

import pytest

from tests.builders import counted_events

RULES: list[tuple[str, str, str]] = [
    # a purpose clause: an infinitive after the object of a verb of making or getting (procurement_verbs)
    ("procured-p", "Police said the gang was assembling car bombs to carry out attacks on churches.", "!ASSAULT"),
    ("procured-p2", "The smugglers bought rifles to kill the rival clan's leaders, prosecutors said.", "!ASSAULT"),
    ("procured-n", "The gang carried out attacks on churches with car bombs, police said.", "ASSAULT"),
    ("procured-m", "The militia used drones to attack the air base near Erbil.", "ASSAULT"),
    # ... in an adverbial purpose clause too; other purposes stay to come (counted)
    ("purpose-p", "Hezbollah stockpiled rockets in the orchards to shell Israeli towns.", "!ASSAULT"),
    ("purpose-n", "Hezbollah shelled Israeli towns from the orchards.", "ASSAULT"),
    ("purpose-m", "Hundreds of nurses gathered outside the ministry to protest the unpaid wages.", "PROTEST"),
    # an inverted condition (inversion_aux)
    ("inverted-p", "Had the rebels shelled the dam, thousands would have drowned.", "!ASSAULT"),
    ("inverted-n", "The rebels shelled the dam, and thousands fled the valley.", "ASSAULT"),
    ("inverted-m", "After the rebels had shelled the dam, thousands fled the valley.", "ASSAULT"),
    # an embedded question (question_marks)
    ("question-p", "Investigators want to establish whether the soldiers shot the protesters.", "!ASSAULT"),
    ("question-n", "Investigators established that the soldiers shot the protesters.", "ASSAULT"),
    ("question-m", "Whatever the soldiers said, they shot the protesters, investigators said.", "ASSAULT"),
    # an adverb of possibility (possibility_adverbs)
    ("possibly-p", "The border guards perhaps shot the fleeing men by mistake, officials said.", "!ASSAULT"),
    ("possibly-n", "The border guards shot the fleeing men by mistake, officials said.", "ASSAULT"),
    ("possibly-m", "The border guards shot the fleeing men, possibly by mistake, officials said.", "ASSAULT"),
    # an avoidance of the act (the negate wrapper's avoid, evade)
    ("avoided-p", "The rebels retreated into the hills to avoid being bombed by the air force.", "!ASSAULT"),
    ("avoided-n", "The air force bombed the rebels in the hills.", "ASSAULT"),
    ("avoided-m", "The rebels retreated into the hills, where the air force bombed them.", "ASSAULT"),
    # a dismissal told with an "as" phrase (dismissal_verbs): REJECT
    ("dismissed-p", "Russia dismissed the court's ruling as worthless on Tuesday.", "REJECT"),
    ("dismissed-p2", "North Korea brushed off the American offer as a trap.", "REJECT"),
    ("dismissed-n", "The prime minister dismissed the interior minister on Tuesday.", "!REJECT"),
    ("dismissed-m", "The president dismissed the army chief as the protests spread.", "!REJECT"),
    # the "as" phrase hung on the object by the parser, a gerund after it
    ("dismissed-p3", "Kyiv dismissed the Kremlin's reply as setting conditions that drag out the talks.", "REJECT"),
    ("dismissed-m2", "The governor dismissed the police chief as well as two of his deputies.", "!REJECT"),
]


def holds(text: str, answer: str) -> bool:
    types = {p.plover for p in counted_events(text)}
    if answer.startswith("!"):
        return answer[1:] not in types
    return bool(types & set(answer.split("|")))


def test_every_rule_has_positive_negative_and_near_miss() -> None:
    kinds: dict[str, set[str]] = {rid.split("-")[0]: set() for rid, _, _ in RULES}
    for rid, _, _ in RULES:
        kinds[rid.split("-")[0]].add(rid.split("-")[1][0])
    assert len(kinds) == 7
    assert all(seen == {"p", "n", "m"} for seen in kinds.values()), kinds


@pytest.mark.parametrize(("rid", "text", "answer"), RULES, ids=[r[0] for r in RULES])
def test_modality_rule(rid: str, text: str, answer: str) -> None:
    assert holds(text, answer), rid
