"""The rules added for the ACLED lede probe (tests/stages/events/test_acled_lede.py): each rule
(data/events/acled.yaml, reports.yaml, stages/events/acled.py, incident.py) that the probe found
missing has a positive sentence, a negative one and a near miss, invented, with parties of different
sides and countries. What is checked is the snippet's main event as the ACLED evaluation picks it (its
sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    ARR,
    ATK,
    CHG,
    CHM,
    DIP,
    DIS,
    GRN,
    HQ,
    LOO,
    MAN,
    MOB,
    PEA,
    PWI,
    REM,
    ROW_KINDS,
    VDM,
    acled_subtype,
    row_kinds,
)

# (rule, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled.yaml: an explosive that went off before its time or by accident, or that was set off safely where it
    # was found, is a disrupted weapons use (ACLED: accidental detonation by those responsible, safe defusal);
    # the words must tell the explosion itself
    ("disrupted detonation", "positive",
     "Three Maoist cadres died when a pressure bomb they were carrying went off prematurely in a forest near "
     "Latehar.", DIS),
    ("disrupted detonation", "positive",
     "Army engineers safely detonated an unexploded mortar round lying in a schoolyard in Marawi.", DIS),
    ("disrupted detonation", "negative",
     "A pressure bomb planted by Maoists went off in a forest near Latehar, killing three CRPF troopers.", REM),
    ("disrupted detonation", "near miss",
     "Voting closed prematurely in Bannu after a roadside bomb exploded near a polling station.", REM),
    # acled.yaml: property destroyed in an act that killed or hurt people is that attack (ACLED codes the harm to
    # people); with no one hurt, property destruction
    ("no destruction with harm", "positive",
     "Gunmen burned down the homes of Christian farmers in Jos, killing four.", ATK),
    ("no destruction with harm", "negative",
     "Unknown men burned down six houses of Hindu families in Rangpur; no one was hurt.", LOO),
    ("no destruction with harm", "near miss",
     "Gunmen burned down the homes of Christian farmers in Jos; the families had fled the day before.", LOO),
    # acled.py one_demonstration: an act that is what a protest is about (the topic of its condemning, "to condemn
    # the killing of ... by youths") is no violence at the protest, whoever did it
    ("topic spreads no violence", "positive",
     "Traders marched in Kano to condemn the killing of a shop owner by angry youths.", PEA),
    ("topic spreads no violence", "negative", "Traders marched peacefully in Kano to demand lower market fees.", PEA),
    ("topic spreads no violence", "near miss",
     "Hundreds of Dalit activists rallied in Pune and beat a shopkeeper they accused of insulting them.", VDM),
    # acled.yaml antecedent_heads: an arrest made after a riot or a protest is the arrest, the riot's words told in
    # its "after" clause (ACLED: arrests at a demonstration are its intervention, arrests after it an arrest)
    ("arrest after a riot", "positive",
     "Police arrested 30 people after protesters torched a bus in Sylhet during a demonstration against fuel "
     "prices.", ARR),
    ("arrest after a riot", "negative",
     "Police arrested three opposition activists in Sylhet on Tuesday.", ARR),
    ("arrest after a riot", "near miss",
     "Police detained 20 protesters in Kisumu who stoned a police post during a march over fuel prices.", VDM),
    # reports.yaml sectors: an armed group the dictionary knows, named as the doer or what the trigger acts on,
    # stands for the words of an armed group (ACLED change to group/activity: a split, a pledge, a new leader)
    ("armed group by name", "positive", "Al-Shabaab appointed a new emir for its forces in Lower Shabelle.", CHG),
    ("armed group by name", "positive", "Boko Haram split into two factions after a row over its leadership.", CHG),
    ("armed group by name", "negative", "The Awami League named a new general secretary at its party council in "
     "Dhaka.", None),
    ("armed group by name", "near miss", "The Somali government appointed a new army chief to lead the fight against "
     "Al-Shabaab.", None),
    # reports.yaml base_established: a cantonment is a base
    ("cantonment", "positive", "The Indian army opened a new cantonment in Tawang to house two brigades.", HQ),
    ("cantonment", "negative", "The Indian army held a passing-out parade at the cantonment in Tawang.", None),
    ("cantonment", "near miss", "Militants attacked the cantonment in Tawang, killing two soldiers.", AC),
    # acled.py relative_doer: the noun a relative clause hangs on, the clause's subject being its relative pronoun,
    # did the act: "the grenade that killed four people" tells the killing's weapon
    ("weapon that killed", "positive",
     "Residents buried the victims of the grenade that killed four people at a market in Cotabato.", GRN),
    ("weapon that killed", "positive",
     "The army described the roadside bomb that killed two soldiers in Kurram as a pressure-cooker device.", REM),
    ("weapon that killed", "negative",
     "Residents buried the victims of the gunmen who killed four people at a market in Cotabato.", ATK),
    ("weapon that killed", "near miss",
     "Residents buried the victims of the gunmen who killed four people at a market in Cotabato that a grenade had "
     "damaged last year.", ATK),
    # reports.yaml casualties_in_attack: an attack after which people were treated, hospitalised or poisoned is the
    # happening (its casualties told first: "doctors treated 40 people for symptoms of sarin poisoning after a
    # chemical attack"); food eaten or a gas leak is no attack
    ("treated after an attack", "positive",
     "Medics treated dozens of residents for symptoms of chlorine poisoning after an attack on Douma.", CHM),
    ("treated after an attack", "negative",
     "Twelve children were hospitalised after eating contaminated food at a school in Kano.", None),
    ("treated after an attack", "near miss",
     "Doctors treated 40 people for symptoms of poisoning after a gas leak at a fertiliser plant in Multan.", MAN),
    # reports.yaml people_disappeared: people taken and missing since are abducted (ACLED abduction/forced
    # disappearance); taken to a clinic, or by a navy from a sinking boat, they are not
    ("people taken", "positive",
     "Unknown armed men took two Malaysian crewmen from a tugboat off Sabah; they are still missing.", ABD),
    ("people taken", "positive",
     "Soldiers took two herders from their village near Bama, and they have been missing since.", ABD),
    ("people taken", "negative", "Soldiers took two wounded herders from their village to a clinic in Bama.", None),
    ("people taken", "near miss", "The Malaysian navy took two crewmen from a sinking tugboat off Sabah.", None),
    # acled.py same_day: protests told in sentences close together are one demonstration only on one day (ACLED
    # codes an event a day); force used on another day, told by its own date, is another demonstration's
    ("one day, one demonstration", "positive",
     "Hundreds of doctors marched to parliament in Kampala on Monday. On Friday, police fired tear gas to disperse "
     "a sit-in by their union.", PEA),
    ("one day, one demonstration", "negative",
     "Hundreds of doctors marched to parliament in Kampala on Monday. Police fired tear gas to disperse them.", PWI),
    ("one day, one demonstration", "near miss",
     "Hundreds of doctors marched to parliament in Kampala on Monday. On Monday evening, police fired tear gas to "
     "disperse them.", PWI),
    # reports.reaction_events: what a reaction condemns is read even when a participle in it describes a
    # participant ("the lynching of two women accused of witchcraft": who was accused, not what was condemned)
    ("reaction past a description", "positive",
     "Rights groups in Nairobi condemned the lynching of two women accused of witchcraft in Kisii.", MOB),
    ("reaction past a description", "positive",
     "Rights groups in Nairobi condemned the arrest of two women accused of witchcraft in Kisii.", ARR),
    ("reaction past a description", "negative",
     "Rights groups in Nairobi accused police of lynching two women in Kisii.", DIP),
    ("reaction past a description", "near miss",
     "Rights groups in Nairobi condemned two preachers accused of inciting attacks on women in Kisii.", DIP),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_rule_row(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    checked = 0
    for rule, found in kinds.items():
        assert found == ROW_KINDS, rule
        checked += 1
    assert checked == len(kinds) >= 2
