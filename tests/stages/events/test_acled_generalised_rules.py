"""The rules added for the ACLED generalisation probe (tests/stages/events/test_acled_generalisation.py):
each rule of data/events/acled.yaml (and the few pattern words) added for a construction the probe
found missing has a positive sentence, a negative one and a near miss, invented, with parties of
different sides and countries. What is checked is the snippet's main event as the ACLED evaluation
picks it (its sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled.py: the "by" the parser hangs above a noun predicate still names the noun's doer
    ("doer after a noun", "positive",
     "The villagers of Kafr Nabl suffered heavy losses in raids by the regime's helicopters.", "Air/drone strike"),
    ("doer after a noun", "negative",
     "The villagers of Kafr Nabl suffered heavy losses in raids by the regime's militiamen.", "Attack"),
    ("doer after a noun", "near miss",
     "The villagers of Kafr Nabl suffered heavy losses in raids by the regime's militiamen near a helipad.", "Attack"),
    # acled.yaml and patterns.yaml: a cessation of hostilities is a ceasefire
    ("cessation of hostilities", "positive",
     "Ethiopia and the TPLF agreed to a cessation of hostilities after talks in Pretoria.", "Agreement"),
    ("cessation of hostilities", "positive",
     "After three days of talks, the two sides agreed to a permanent cessation of hostilities.", "Agreement"),
    ("cessation of hostilities", "negative", "Ethiopia and Kenya agreed to expand trade after talks in Nairobi.",
     "diplomacy"),
    ("cessation of hostilities", "near miss", "Ethiopia and Kenya agreed to a cessation of tariffs on coffee.",
     "diplomacy"),
    # acled.yaml forced disappearance: people taken who are then held where no one knows
    ("forced disappearance", "positive",
     "Security forces picked up a student activist from his home in Karachi, and his whereabouts remain unknown.",
     "Abduction/forced disappearance"),
    ("forced disappearance", "positive",
     "Soldiers took two herders from a village near Gao, and they have not been seen since.",
     "Abduction/forced disappearance"),
    ("forced disappearance", "negative",
     "Security forces picked up a student activist from his home in Karachi on Friday.", "Arrests"),
    # (people arrested and held at an undisclosed place are arrested, as CASE codes it)
    ("forced disappearance", "near miss",
     "Police arrested two opposition activists in Harare and took them to an undisclosed location.", "Arrests"),
    ("forced disappearance", "near miss",
     "Police arrested a man suspected in the disappearance of a girl in Kampala.", "Arrests"),
    # acled.yaml non-violent transfer: a place taken after its holders abandoned or vacated it, no fight told
    ("place abandoned", "positive", "Rebels took control of the border post after soldiers abandoned it.",
     "Non-violent transfer of territory"),
    ("place abandoned", "positive", "The army retook the town, which the jihadists had vacated overnight.",
     "Non-violent transfer of territory"),
    ("place abandoned", "negative", "Rebels took control of the border post after a fierce battle with soldiers.",
     "Non-state actor overtakes territory"),
    ("place abandoned", "near miss", "Soldiers abandoned their vehicles as the rebels overran the base.",
     "Non-state actor overtakes territory"),
    ("place abandoned", "near miss", "Troops retook the village of Kiro and found cars left abandoned in its streets.",
     "Government regains territory"),
    # acled.yaml not_cues: a crowd that disperses of its own accord was met by no intervention
    ("dispersed of its own accord", "positive",
     "Hundreds of nurses rallied outside the health ministry in Accra and later dispersed peacefully.",
     "Peaceful protest"),
    ("dispersed of its own accord", "positive",
     "Farmers marched to the district office in Nakuru before dispersing peacefully.", "Peaceful protest"),
    ("dispersed of its own accord", "negative",
     "Police dispersed the nurses who rallied outside the health ministry in Accra.", "Protest with intervention"),
    ("dispersed of its own accord", "near miss",
     "Police dispersed the nurses, who had rallied peacefully outside the ministry in Accra.",
     "Protest with intervention"),
    # acled.yaml: a vehicle laden with explosives driven or rammed into its target is a suicide bombing
    ("vehicle bomb driven into its target", "positive",
     "A militant rammed an explosives-laden truck into an army base in Gao, killing four soldiers.", "Suicide bomb"),
    ("vehicle bomb driven into its target", "positive",
     "Police said the attacker drove a van packed with explosives into the gate of the embassy in Kabul.",
     "Suicide bomb"),
    ("vehicle bomb driven into its target", "negative",
     "Militants detonated a car packed with explosives parked outside an army base in Gao, killing four soldiers.",
     "Remote explosive/landmine/IED"),
    ("vehicle bomb driven into its target", "near miss",
     "Troops drove the militants out of Gao after a car bomb exploded at the base.", "Government regains territory"),
    # acled.yaml: a crowd that beats, burns or kills someone it suspects of a crime is mob violence
    ("mob justice", "positive", "Angry villagers set ablaze a suspected thief near Kisii.", "Mob violence"),
    ("mob justice", "positive", "A crowd beat to death two men accused of stealing a goat in Bauchi.",
     "Mob violence"),
    ("mob justice", "negative", "A gang of thieves attacked residents in Mombasa.", "organised_crime"),
    ("mob justice", "near miss", "Police shot dead a suspected thief in Mombasa.", "Attack"),
    # acled.yaml: armed men who overwhelm a garrison or raise their flag over a place take it
    ("flag raised over a place", "positive",
     "Jihadists stormed the town of Kaya and hoisted their flag over the town hall.",
     "Non-state actor overtakes territory"),
    ("flag raised over a place", "negative", "Jihadists stormed the town of Kaya and killed the mayor.", "Attack"),
    ("flag raised over a place", "near miss", "Fans raised their flag over the stadium in Kaya.", None),
    # reports.py bare_gerund: a gerund subject that acts on nothing is an event noun
    ("gerund subject", "positive", "Fighting between the army and the rebels continued for a third day in Goma on "
     "Monday.", "Armed clash"),
    ("gerund subject", "positive", "Shelling continued overnight on the outskirts of Donetsk.",
     "Shelling/artillery/missile attack"),
    ("gerund subject", "negative", "Fighting poverty remains the government's priority in Goma.", None),
    ("gerund subject", "near miss", "Fighting the rebels remains the army's priority in Goma.", None),
    # acled.yaml: a base or a town handed over, its name told by a pronoun ("handing it over")
    ("handed it over", "positive", "The last Belgian troops left the Kindu base, handing it over to the Congolese "
     "army.", "Non-violent transfer of territory"),
    ("handed it over", "negative", "The last Belgian troops left the Kindu base on Monday.",
     "Change to group/activity"),
    ("handed it over", "near miss", "The last Belgian troops left the Kindu base, handing them food.",
     "Change to group/activity"),
    # acled.yaml: an interception is the event's own act, not what befell part of a salvo fired
    ("interception is its own act", "positive", "Militants fired three rockets at Ashkelon, one of which was "
     "intercepted.", "Shelling/artillery/missile attack"),
    ("interception is its own act", "negative", "Air defences intercepted three rockets fired at Ashkelon.",
     "Disrupted weapons use"),
    ("interception is its own act", "near miss", "Israel's Iron Dome shot down two rockets over Ashkelon.",
     "Disrupted weapons use"),
    # acled.yaml: groups named by their faith or as both communities who clash are a mob
    ("communities named by faith", "positive", "Violence erupted between Muslim and Christian youths in Jos after a "
     "football match, leaving two people injured.", "Mob violence"),
    ("communities named by faith", "positive", "Fighting broke out between Hindus and Muslims in the old city, and "
     "three people were hurt.", "Mob violence"),
    ("communities named by faith", "negative", "Clashes between the army and Muslim rebels in the town left three "
     "people injured.", "Armed clash"),
    ("communities named by faith", "near miss", "Hindu and Muslim leaders met in the town to call for calm.",
     "diplomacy"),
    # acled.yaml attack_participles and acled_roles.object_words: the attack an act was part of, and every conjunct
    # of its objects, name its target ("killed nine people, attacking a market and an army post": a battle)
    ("target of the attack it was part of", "positive", "Militants killed nine people in Djibo, attacking a market "
     "and an army post.", "Armed clash"),
    ("target of the attack it was part of", "positive", "Insurgents killed five civilians in Dikwa, raiding a mosque "
     "and a military checkpoint.", "Armed clash"),
    ("target of the attack it was part of", "negative", "Militants killed nine people in Djibo, raiding a market and "
     "a church.", "Attack"),
    # (a post near which it happened is a place, not a target)
    ("target of the attack it was part of", "near miss", "Militants killed nine people near an army post in Djibo, "
     "attacking a market.", "Attack"),
    # acled.yaml casualty_window, acled.casualties_of_incident: people killed or hurt, told with nothing but the
    # harm in the sentence after an incident, are its casualties, of its type
    ("casualties of the incident before", "positive", "A bomb planted on a motorbike exploded near a mosque in Quetta "
     "on Friday. At least 12 people were killed and 30 injured, officials said.", "Remote explosive/landmine/IED"),
    ("casualties of the incident before", "positive", "A strong earthquake struck southern Mexico on Tuesday, "
     "toppling walls. At least nine people were killed, officials said.", "natural_disaster"),
    ("casualties of the incident before", "negative", "At least 12 people were killed and 30 injured in Quetta on "
     "Friday, officials said.", "Attack"),
    # (talks are no incident whose casualties they could be)
    ("casualties of the incident before", "near miss", "The two presidents met in Nairobi on Monday. At least 12 "
     "people were killed and 30 injured in Mombasa, officials said.", "Attack"),
    # acled.yaml: marchers are demonstrators, to the rules of force used on a demonstration
    ("marchers are demonstrators", "positive", "Soldiers used live ammunition against marchers in Lahore, killing "
     "four.", "Excessive force against protesters"),
    ("marchers are demonstrators", "negative", "Marchers walked peacefully through Lahore, waving flags.",
     "Peaceful protest"),
    ("marchers are demonstrators", "near miss", "Soldiers used live ammunition against villagers in Lahore, killing "
     "four.", "Attack"),
    # acled.py: a cue of several words is as near the predicate as its nearest word ("the aerial bombardment": the
    # weapon group's air cue, not the shelling's "bombardment")
    ("nearest word of a cue", "positive", "The aerial bombardment of the rebel town left ten dead.", "Air/drone strike"),
    ("nearest word of a cue", "negative", "The bombardment of the rebel town by artillery left ten dead.",
     "Shelling/artillery/missile attack"),
    ("nearest word of a cue", "near miss", "The bombardment of the rebel town left ten dead, days after an aerial "
     "survey of the area.", "Shelling/artillery/missile attack"),
    # acled.yaml: an assault on property alone, no one killed or hurt, is property destruction
    ("assault on property alone", "positive", "Gunmen attacked shops and vehicles in the market of Gusau overnight.",
     "Looting/property destruction"),
    ("assault on property alone", "negative", "Gunmen attacked shops in the market of Gusau overnight, killing two "
     "traders.", "Attack"),
    ("assault on property alone", "near miss", "Gunmen attacked a police station in Gusau overnight.", "Armed clash"),
    # reports.yaml people_disappeared: armed men's captives taken to an unknown place, soldiers and police too
    ("captives taken to an unknown place", "positive", "Rebels seized two policemen near Tumaco and took them to an "
     "unknown location.", "Abduction/forced disappearance"),
    ("captives taken to an unknown place", "negative", "Rebels seized two policemen near Tumaco.", None),
    ("captives taken to an unknown place", "near miss", "Rebels seized two trucks near Tumaco and took them to an "
     "unknown location.", None),
    # acled.yaml means: the grenade, air-attack and explosive-device words are read from the act's own clause, not
    # from a clause of another act at another time
    ("weapon of the act's own clause", "positive", "Rebels killed four villagers in Beni, two days after a grenade "
     "wounded a soldier in the town.", "Attack"),
    ("weapon of the act's own clause", "positive", "Soldiers repulsed an attack on their base near Menaka after an air "
     "strike hit the rebels' convoy.", "Armed clash"),
    ("weapon of the act's own clause", "positive", "Gunmen killed a village chief in Borno after a roadside bomb "
     "struck a patrol nearby.", "Attack"),
    ("weapon of the act's own clause", "positive", "Settlers beat two Palestinian farmers near Hebron after a grenade "
     "was thrown at their outpost.", "Attack"),
    ("weapon of the act's own clause", "negative", "A drone struck a car in Marib, killing three Houthi fighters.",
     "Air/drone strike"),
    # (a clause of the same time, or a participle with no subject of its own, tells the act's means)
    ("weapon of the act's own clause", "near miss", "Two children were killed when a grenade they found exploded in "
     "a field near Kabul.", "Grenade"),
    ("weapon of the act's own clause", "near miss", "Militants stormed a checkpoint in Kunar after detonating a car "
     "bomb at its gate.", "Remote explosive/landmine/IED"),
    # acled.py: a group or a number named as the doer is read by its members for the source words ("groups of
    # youths": youths), as a target is
    ("members of a group as the doer", "positive", "Groups of youths confronted soldiers in Hebron on Friday, "
     "throwing stones and burning tyres.", "Violent demonstration"),
    ("members of a group as the doer", "negative", "Groups of militants confronted soldiers in Hebron on Friday, "
     "throwing grenades at a checkpoint.", "Grenade"),
    ("members of a group as the doer", "near miss", "Dozens of gunmen attacked a village in Plateau state, killing "
     "14 people.", "Attack"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
