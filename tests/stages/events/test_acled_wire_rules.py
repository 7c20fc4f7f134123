"""The constructions the wire-snippet probe (test_acled_wire_snippets.py) found missing, each with a
positive sentence, a negative one and a near miss, invented (none is a probe row). What is checked is
the snippet's main event as the ACLED evaluation picks it (its sub-event type or outside-ACLED scope;
None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled.yaml mob violence, not_modes arrest and not_target_cues: an arrest of those who lynched someone is an
    # arrest, and a vigilante killed is the victim, not the mob ("arrested three men who had lynched a herder")
    ("arrest of a mob, vigilante as victim", "positive", "Police detained three men who had lynched a herder near Jaipur.",
     "Arrests"),
    ("arrest of a mob, vigilante as victim", "positive", "Soldiers arrested two vigilantes who had beaten a trader to death in "
     "Dhanbad.", "Arrests"),
    ("arrest of a mob, vigilante as victim", "positive", "Bandits killed a vigilante in an ambush near Gusau.",
     "Attack"),
    ("arrest of a mob, vigilante as victim", "negative", "A mob lynched a suspected thief in Bihar.", "Mob violence"),
    ("arrest of a mob, vigilante as victim", "near miss", "Vigilantes beat a suspected thief to death in Jos.",
     "Mob violence"),
    ("arrest of a mob, vigilante as victim", "near miss", "The herder was lynched by a mob near Jaipur.", "Mob violence"),
    # acled.yaml violent demonstration, source_cues of a protest participle; acled.py _in_source reads the participle
    # that qualifies the doer: demonstrators whose own violence it is, whomever it strikes
    ("doer named by a protest participle", "positive", "Farmers protesting the land law torched a police van in "
     "Punjab.", "Violent demonstration"),
    ("doer named by a protest participle", "positive", "Students demonstrating against the fee hike stoned a bus in "
     "Dhaka.", "Violent demonstration"),
    ("doer named by a protest participle", "negative", "Police protecting the minister beat a journalist in Lahore.",
     "Attack"),
    ("doer named by a protest participle", "near miss", "Police beat students protesting the fee hike in Dhaka.",
     "Protest with intervention"),
    ("doer named by a protest participle", "near miss", "Rights groups condemned the soldiers firing on protesting "
     "workers in Tema, which killed two people.", "Excessive force against protesters"),
    # acled.py _below_subject: a source named inside a phrase of the subject ("a fire in the unit") leaves the
    # subject's head as what did it: the disaster rules read their source words there
    ("disaster named by the subject's head", "positive", "A fire in the office of the Kenya Red Cross killed two "
     "staff.", "man_made_disaster"),
    ("disaster named by the subject's head", "positive", "A fire in the intensive care unit of a clinic in Surat killed "
     "six patients.", "man_made_disaster"),
    ("disaster named by the subject's head", "negative", "Gunmen at the office of the electoral commission killed two "
     "clerks.", "Attack"),
    ("disaster named by the subject's head", "near miss", "A gunman in the uniform of the police killed two clerks.",
     "Attack"),
    ("disaster named by the subject's head", "near miss", "Dozens of cleaners protested outside the city hall in "
     "Mombasa on Monday demanding back pay. Last month, police used tear gas to break up a similar protest.",
     "Peaceful protest"),
    # acled.yaml man-made disaster cues: the gas containers of a hospital or a home that burst
    ("oxygen tanks", "positive", "An oxygen tank exploded in a Covid ward in Nashik, killing four patients.",
     "man_made_disaster"),
    ("oxygen tanks", "negative", "A bomb exploded in a Covid ward in Nashik, killing four patients.",
     "Remote explosive/landmine/IED"),
    ("oxygen tanks", "near miss", "Militants planted a bomb near an oxygen plant in Nashik, and it exploded, killing "
     "four.", "Remote explosive/landmine/IED"),
    # acled.yaml disrupted weapons use: a place where bombs or arms are made or kept that a state force destroys
    # (and the man-made disaster rule's exclude: a bomb factory is no industry)
    ("weapons workshop destroyed by a state force", "positive", "Police destroyed a bomb factory run by militants in "
     "Imphal.", "Disrupted weapons use"),
    ("weapons workshop destroyed by a state force", "positive", "Soldiers destroyed an IED factory belonging to "
     "al-Shabaab near Kismayo.", "Disrupted weapons use"),
    ("weapons workshop destroyed by a state force", "negative", "Militants destroyed a bridge near Imphal.",
     "Looting/property destruction"),
    ("weapons workshop destroyed by a state force", "near miss", "Warplanes destroyed a bomb factory run by militants "
     "near Idlib.", "Air/drone strike"),
    ("weapons workshop destroyed by a state force", "near miss", "An explosion at a fireworks factory in Sivakasi "
     "killed eight workers.", "man_made_disaster"),
    # acled.yaml non-violent transfer: a place handed to another side ("handed it to the peacekeepers")
    ("place handed to another side", "positive", "The rebels left the airport and handed it to the peacekeepers.",
     "Non-violent transfer of territory"),
    ("place handed to another side", "negative", "The rebels left the airport in Goma.", "Change to group/activity"),
    ("place handed to another side", "near miss", "The rebels handed the weapons to the peacekeepers.", None),
    # reports.yaml territory_taken objects: communities taken over by an armed group (not by a business)
    ("communities taken", "positive", "Herders have taken over several communities in Agatu after routing "
     "vigilantes.", "Non-state actor overtakes territory"),
    ("communities taken", "positive", "Gunmen seized several communities in Kauru after chasing away the vigilantes.",
     "Non-state actor overtakes territory"),
    ("communities taken", "negative", "Jihadists attacked several communities in Tillabéri.", "Attack"),
    ("communities taken", "near miss", "A new company took over several communities in the water supply deal.", None),
    # patterns.yaml CAMEO 173: a person captured or nabbed by the police or its agents is arrested
    ("captured by the police", "positive", "The CID captured a separatist commander at a hideout in Kandy.",
     "Arrests"),
    ("captured by the police", "negative", "Police arrested a separatist commander at a hideout in Kandy.", "Arrests"),
    ("captured by the police", "near miss", "Police captured the hill from the rioters in Kandy.",
     "Government regains territory"),
    # acled.yaml man-made disaster cues, exclude: cylinders of a chemical agent dropped from aircraft are a chemical
    # weapon, not a gas cylinder's accident
    ("chemical cylinders dropped from the air", "positive", "Army helicopters dropped gas cylinders filled with "
     "chlorine on a village in Hama, a monitor said.", "Chemical weapon"),
    ("chemical cylinders dropped from the air", "negative", "Army helicopters dropped barrel bombs on a village in "
     "Hama, a monitor said.", "Air/drone strike"),
    ("chemical cylinders dropped from the air", "near miss", "A chlorine cylinder leaked at a water treatment plant in "
     "Pune, sickening 20 workers.", "man_made_disaster"),
    # reports.yaml group_rearms, acled.yaml change to group (predicates): an armed group that takes up arms again
    ("armed group takes up arms", "positive", "Former Maoist cadres took up arms again in Rolpa.",
     "Change to group/activity"),
    ("armed group takes up arms", "negative", "Former Maoist cadres laid down their arms in Rolpa.",
     "Change to group/activity"),
    ("armed group takes up arms", "near miss", "Students took up the cause of the dissidents.", None),
    # acled.yaml change to group (MOBILIZE, RETREAT), exclude: a drill, an exercise or a parade is routine
    ("drills are no change to activity", "positive", "Police staged an anti-riot drill in Nairobi ahead of the vote.",
     None),
    ("drills are no change to activity", "positive", "Soldiers carried out a military exercise near the border in "
     "Tillabéri.", None),
    ("drills are no change to activity", "negative", "The army deployed two battalions to Goma.",
     "Change to group/activity"),
    ("drills are no change to activity", "near miss", "The army mobilised reservists for the war against the rebels.",
     "Change to group/activity"),
    # patterns.yaml CAMEO 192 (ASSAULT seize): a populated place or a position taken back ("reclaimed Dikwa town") is
    # an act of the patterns, read beside an accusing term that names the enemy ("ISWAP terrorists"); not land
    ("place taken back", "positive", "Troops of Operation Hadin Kai have reclaimed Dikwa town from ISWAP terrorists, "
     "the Defence Headquarters said.", "Government regains territory"),
    ("place taken back", "negative", "Farmers reclaimed land from the sea in Zeeland.", None),
    ("place taken back", "near miss", "Villagers reclaimed their stolen cattle from the rustlers.", None),
    # acled.yaml protest with intervention, arrests: people arrested named by the protest they staged ("detained
    # activists who staged a sit-in"), not by one told as earlier ("who had staged a protest last month")
    ("arrested for the protest they stage", "positive", "Police arrested nine students who staged a protest outside "
     "the governor's house in Peshawar.", "Protest with intervention"),
    ("arrested for the protest they stage", "negative", "Police arrested nine students who stole a car outside the "
     "governor's house in Peshawar.", "Arrests"),
    ("arrested for the protest they stage", "near miss", "Police arrested nine students who had staged a protest in "
     "Peshawar last month.", "Arrests"),
    # reports.yaml labour_strike_resumed: a strike of workers resumed or continued is a labour strike (a protest), not
    # the attack the bare noun "strike" gives; a strike of arms stays one
    ("labour strike resumed", "positive", "Nurses continued their strike in Kisumu on Monday.", "Peaceful protest"),
    ("labour strike resumed", "negative", "Teachers resumed classes in Nairobi after the holidays.", None),
    ("labour strike resumed", "near miss", "The army resumed its air strikes on rebel positions in Kidal.",
     "Air/drone strike"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 14 and all(k == ROW_KINDS for k in kinds.values()), kinds
