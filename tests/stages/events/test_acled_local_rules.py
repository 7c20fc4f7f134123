"""The constructions the local-press probe (test_acled_local_snippets.py) found missing, each with a
positive sentence, a negative one and a near miss, invented (none is a probe row); every rule has a row
that fails on the code before it. What is checked is the snippet's main event as the ACLED evaluation picks
it (its sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # patterns.yaml CAMEO 195: "strafe" is fire from the air, an air attack
    ("aircraft strafing", "positive", "Two fighter jets strafed rebel hideouts near Kauswagan on "
     "Monday.", "Air/drone strike"),
    ("aircraft strafing", "positive", "Army helicopters strafed the bandits' camp in the "
     "forest.", "Air/drone strike"),
    ("aircraft strafing", "negative", "Two fighter jets flew over rebel hideouts near Kauswagan on Monday.", None),
    ("aircraft strafing", "near miss", "Soldiers fired at rebel hideouts near Kauswagan on Monday.", "Armed clash"),
    # patterns.yaml CAMEO 181: a person whisked or spirited away is abducted (not by guards or medics)
    ("person whisked away", "positive", "Gunmen whisked away a pastor from his church in "
     "Ekiti.", "Abduction/forced disappearance"),
    ("person whisked away", "positive", "Unknown men spirited away a trader from the market in "
     "Jos.", "Abduction/forced disappearance"),
    ("person whisked away", "negative", "Gunmen shot a pastor at his church in Ekiti.", "Attack"),
    ("person whisked away", "near miss", "Bodyguards whisked the governor away from the scene in Ekiti.", None),
    ("person whisked away", "near miss", "Kidnappers whisked away the loot from the bank in Ekiti.", None),
    # patterns.yaml CAMEO 190: "engage" with an armed group as object is a fight; reports.yaml clash_noun and
    # acled.yaml armed clash cues: "gun duel", "cross firing"
    ("armed men engaged", "positive", "Soldiers engaged the terrorists near Gwoza and killed four of "
     "them.", "Armed clash"),
    ("armed men engaged", "positive", "Police engaged the kidnappers in a gun duel near Okene.", "Armed clash"),
    ("armed men engaged", "negative", "The governor engaged community leaders in talks near Okene.", "diplomacy"),
    ("armed men engaged", "near miss", "The firm engaged lawyers to fight the case in Okene.", None),
    # reports.yaml base_established, acled.yaml headquarters: a "detachment" set up or opened is a post
    ("detachment opened", "positive", "The army set up a detachment in Barangay Lumbia to secure the "
     "farmers.", "Headquarters or base established"),
    ("detachment opened", "negative", "The army set up a medical mission in Barangay Lumbia for the farmers.", None),
    ("detachment opened", "near miss", "A detachment of soldiers arrived in Barangay Lumbia on Monday.", None),
    # reports.yaml contraband_seized, acled.yaml organised crime cues: the local press's names of drugs ("shabu",
    # "ganja")
    ("local drug names", "positive", "Police seized 2 kilograms of shabu from a suspect in Cebu "
     "City.", "organised_crime"),
    ("local drug names", "positive", "Excise officials seized 40 kg of ganja from a truck in "
     "Odisha.", "organised_crime"),
    ("local drug names", "negative", "Police seized 2 kilograms of explosives from a suspect in Cebu "
     "City.", "Disrupted weapons use"),
    ("local drug names", "near miss", "Police seized 2 kilograms of rice from a shop in Cebu City.", None),
    # acled.yaml man-made disaster, not_modes seize and arrest: a seizure at a warehouse is no accident
    ("seizure at a warehouse", "positive", "Customs officers seized 900 bags of cannabis at a warehouse in "
     "Apapa.", "organised_crime"),
    ("seizure at a warehouse", "negative", "A fire gutted a warehouse in Apapa, destroying 900 bags of "
     "rice.", "man_made_disaster"),
    ("seizure at a warehouse", "near miss", "An explosion at a warehouse in Apapa killed two "
     "guards.", "man_made_disaster"),
    # acled.yaml suicide bomb cues: a doer who detonates himself, herself or themselves
    ("bomber detonating herself", "positive", "A woman detonated herself at a checkpoint in Maiduguri, killing two "
     "vigilantes.", "Suicide bomb"),
    ("bomber detonating herself", "positive", "Two bombers detonated themselves at a market in "
     "Gwoza.", "Suicide bomb"),
    ("bomber detonating herself", "negative", "Militants detonated a bomb at a checkpoint in Maiduguri, killing two "
     "vigilantes.", "Remote explosive/landmine/IED"),
    ("bomber detonating herself", "near miss", "Soldiers detonated the explosives they found at a checkpoint in "
     "Maiduguri.", "Disrupted weapons use"),
    # acled_roles.qualifying_participles and acled.yaml force on protesters, target_cues: people named by the
    # participle of their protest after them ("fired on students demonstrating outside the university")
    ("people named by their protest", "positive", "Police fired on students demonstrating outside the university in "
     "Rangpur, killing one.", "Excessive force against protesters"),
    ("people named by their protest", "positive", "Police beat nurses protesting unpaid wages in "
     "Kano.", "Protest with intervention"),
    ("people named by their protest", "negative", "Police beat nurses at a hospital in Kano.", "Attack"),
    ("people named by their protest", "near miss", "Police shot dead two men demanding ransom from a trader in "
     "Kano.", "Attack"),
    # acled.yaml excessive force: a state force's lethal act in a sentence naming a protest by the local
    # press's words ("bandh", "agitation", "dharna", "hartal")
    ("lethal force at a local protest", "positive", "Two people were killed when police opened fire during the bandh "
     "in Imphal.", "Excessive force against protesters"),
    ("lethal force at a local protest", "positive", "A farmer died after police fired at the agitation in "
     "Sangrur.", "Excessive force against protesters"),
    ("lethal force at a local protest", "negative", "Two people were killed when police opened fire on robbers in "
     "Imphal.", "Attack"),
    ("lethal force at a local protest", "near miss", "Two people were killed when protesters stoned a bus during the "
     "bandh in Imphal.", "Violent demonstration"),
    # acled.yaml grenade: a grenade a non-state doer throws, as the act's means, wherever it lands (a rally too)
    ("grenade by a non-state doer", "positive", "Attackers hurled a grenade at a rally of ruling party workers in "
     "Kishoreganj.", "Grenade"),
    ("grenade by a non-state doer", "positive", "Miscreants threw a grenade into a crowd of protesters in Imphal, "
     "wounding six.", "Grenade"),
    ("grenade by a non-state doer", "negative", "Police fired stun grenades at a rally of opposition workers in "
     "Kishoreganj.", "Protest with intervention"),
    ("grenade by a non-state doer", "near miss", "Attackers hurled stones at a rally of ruling party workers in "
     "Kishoreganj.", "Violent demonstration"),
    # acled.yaml excessive force (wounding), not_modes explosives: a bomb set off at a rally is an explosion
    ("explosives at a rally", "positive", "Militants set off a bomb at a rally in Quetta, wounding "
     "dozens.", "Remote explosive/landmine/IED"),
    ("explosives at a rally", "negative", "Police fired rubber bullets at a rally in Quetta, wounding "
     "dozens.", "Excessive force against protesters"),
    ("explosives at a rally", "near miss", "Police beat marchers at a rally in Quetta, wounding "
     "dozens.", "Excessive force against protesters"),
    # acled.yaml non_state_nouns: the local press's words for armed men of no state ("resistance forces",
    # "miscreants", "goons", "cadres")
    ("local words for non-state men", "positive", "Resistance forces seized the town of Kawlin after heavy "
     "fighting.", "Non-state actor overtakes territory"),
    ("local words for non-state men", "positive", "Miscreants captured the village of Amtala after a gun battle with "
     "the police.", "Non-state actor overtakes territory"),
    ("local words for non-state men", "negative", "Government forces seized the town of Kawlin after heavy "
     "fighting.", "Government regains territory"),
    ("local words for non-state men", "near miss", "Defence forces seized the town of Kawlin after heavy "
     "fighting.", "Government regains territory"),
    # acled.yaml protest with intervention: a protest a state force foils or thwarts, named as a human chain or a
    # dharna too
    ("protest foiled", "positive", "Police foiled a human chain of students outside the press club in Sylhet, "
     "detaining 20.", "Protest with intervention"),
    ("protest foiled", "negative", "Police foiled a robbery at a bank in Patna, detaining 3 "
     "suspects.", "organised_crime"),
    ("protest foiled", "near miss", "Police detained 15 BNP activists at their homes in Dhaka.", "Arrests"),
    # acled.yaml change to group/activity: a new armed front formed or created
    ("armed front created", "positive", "The dissident commander announced the creation of a new armed front in "
     "Guaviare.", "Change to group/activity"),
    ("armed front created", "negative", "The minister announced the creation of a new trade office in Cauca.", None),
    ("armed front created", "near miss", "The rebels announced the creation of a new school in Cauca.", None),
    # acled.yaml sexual violence: a rape whose doer a crowd word names (PLOVER reads a riot) is sexual violence
    ("rape by a youth", "positive", "A schoolgirl was raped by a youth near her village in "
     "Sitapur.", "Sexual violence"),
    ("rape by a youth", "negative", "Youths protested outside the police station in Sitapur.", "Peaceful protest"),
    ("rape by a youth", "near miss", "Youths protested the rape of a schoolgirl near her village in "
     "Sitapur.", "Peaceful protest"),
    # acled.yaml force on protesters, target_cues: a procession fired on or dispersed is a protest
    ("procession fired on", "positive", "Troops fired on a peaceful procession in Sagaing, killing "
     "four.", "Excessive force against protesters"),
    ("procession fired on", "negative", "Troops fired on a rebel convoy in Sagaing, killing four.", "Armed clash"),
    ("procession fired on", "near miss", "Gunmen fired on a wedding party in Sagaing, killing four.", "Attack"),
    # patterns.yaml CAMEO 190 strike/hit/pound/target: military posts, pickets and checkposts as what is struck
    ("military posts struck", "positive", "Indian troops pounded posts across the LoC in Neelum with "
     "artillery.", "Shelling/artillery/missile attack"),
    ("military posts struck", "positive", "Pakistani troops targeted forward posts in Kupwara with mortar "
     "shells.", "Shelling/artillery/missile attack"),
    ("military posts struck", "negative", "Pakistani troops visited forward posts in Kupwara with "
     "journalists.", "diplomacy"),
    ("military posts struck", "near miss", "Trolls targeted posts by the minister in Kupwara with abuse.", None),
    # incident.main_event: an act told as denied is no main event (stance denied: "denied reports that ...")
    ("denied act", "positive", "The police denied reports that gunmen had attacked a church in Enugu.", None),
    ("denied act", "positive", "Officials dismissed reports that rebels had captured the town of Walikale.", None),
    ("denied act", "negative", "The police confirmed reports that gunmen had attacked a church in Enugu.", "Attack"),
    ("denied act", "near miss", "Gunmen attacked a church in Enugu, but the police denied reports that anyone was "
     "killed.", "Attack"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 18 and all(k == ROW_KINDS for k in kinds.values()), kinds
