"""ACLED sub-event types read from their definitions (ACLED codebook, "Event types and sub-event
types") and from the general constructions of conflict reporting: each rule of
data/events/acled.yaml and construction of data/events/reports.yaml added for them has a positive
sentence, a negative one and a near miss, invented, with actors of different sides and countries.
What is checked is the snippet's main event as the ACLED evaluation picks it (its sub-event type
or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled.yaml weapon rules, not_modes abduct: an abduction is coded as one whatever weapon or
    # mine its sentence names
    ("weapon rules skip abductions", "positive", "Kidnappers took away three Chinese workers from a mining site in "
     "Niger state.", "Abduction/forced disappearance"),
    ("weapon rules skip abductions", "positive", "Gunmen abducted two engineers after hurling a grenade at their car "
     "in Port Harcourt.", "Abduction/forced disappearance"),
    ("weapon rules skip abductions", "negative", "Gunmen hurled a grenade at a bar in Bujumbura, killing two people.",
     "Grenade"),
    ("weapon rules skip abductions", "near miss", "Rebels shelled a mining town in Ituri, killing four residents.",
     "Shelling/artillery/missile attack"),
    # reports.yaml explosion_of_weapon: a bomb planted is no factory's plant (exclude names the plant's nouns)
    ("explosion_of_weapon planted", "positive", "A bomb planted on a motorcycle went off in a crowded bazaar in Quetta.",
     "Remote explosive/landmine/IED"),
    ("explosion_of_weapon planted", "positive", "An explosive device planted under the bridge exploded as a patrol of "
     "Colombian soldiers passed.", "Remote explosive/landmine/IED"),
    ("explosion_of_weapon planted", "negative", "Farmers planted maize on the hills above Quetta.", None),
    ("explosion_of_weapon planted", "near miss", "A boiler at the sugar plant exploded in Bihar, killing six workers.",
     "man_made_disaster"),
    # acled.yaml sexual violence: ACLED's definition names abuse, exploitation and slavery besides rape
    ("sexual violence cues", "positive", "Security forces subjected detainees to sexual abuse, a rights group "
     "reported.", "Sexual violence"),
    ("sexual violence cues", "negative", "Security forces subjected detainees to beatings, a rights group reported.",
     None),
    ("sexual violence cues", "near miss", "The bishop apologised for the financial abuse scandal in the diocese.",
     "diplomacy"),
    # reports.yaml sexual_abuse: a general verb or noun that "sexual(ly)" qualifies
    ("sexual_abuse", "positive", "Soldiers sexually abused girls in the camp near Goma.", "Sexual violence"),
    ("sexual_abuse", "positive", "The report documents widespread sexual abuse of detainees by prison guards in Juba.",
     "Sexual violence"),
    ("sexual_abuse", "negative", "Village elders said the militia had abused its power over the market.", None),
    # (i16-set3p: the report's documenting the abuse is its makers' accusation, PLOVER ACCUSE, a verbal event of
    # the residual scope "diplomacy": no sexual violence, no ACLED type)
    ("sexual_abuse", "near miss", "The report documents widespread abuse of detainees' property by prison guards in "
     "Juba.", "diplomacy"),
    # acled.yaml chemical weapon: the agents and munitions of the definition ("mustard agent", "chemical
    # munitions"); tear gas stays crowd control
    ("chemical weapon cues", "positive", "Islamic State fighters fired mortar shells loaded with mustard agent at "
     "Peshmerga positions.", "Chemical weapon"),
    ("chemical weapon cues", "negative", "Islamic State fighters fired mortar shells at Peshmerga positions.",
     "Shelling/artillery/missile attack"),
    ("chemical weapon cues", "near miss", "A tanker carrying toxic chemicals overturned on the highway near Surat.",
     "man_made_disaster"),
    # reports.yaml chemical_weapon_used: the agent dropped in its container
    ("chemical_weapon_used container", "positive", "Government forces dropped barrels filled with a chemical agent on "
     "the rebel-held town, medics said.", "Chemical weapon"),
    ("chemical_weapon_used container", "negative", "Aircraft dropped leaflets on the rebel-held town urging fighters to "
     "surrender.", None),
    ("chemical_weapon_used container", "near miss", "Relief workers dropped barrels of drinking water at the "
     "camp in Idlib.", None),
    # acled.yaml arrests, not_modes: violence done to people in custody is that violence
    ("arrests not violence in custody", "positive", "Security forces tortured and killed two detainees in custody, a "
     "rights group said.", "Attack"),
    ("arrests not violence in custody", "negative", "Security forces took two Houthi fighters into custody in Aden.",
     "Arrests"),
    ("arrests not violence in custody", "near miss", "Israeli troops detained two Palestinians and held them in "
     "custody overnight.", "Arrests"),
    # acled.yaml armed clash, predicates exchange/trade: fire exchanged however it is qualified
    ("armed clash exchanged", "positive", "Troops and Tuareg rebels exchanged heavy gunfire near Kidal for several "
     "hours on Tuesday.", "Armed clash"),
    ("armed clash exchanged", "positive", "Indian and Pakistani troops traded intense fire along the Line of Control.",
     "Armed clash"),
    ("armed clash exchanged", "negative", "Gunmen killed two villagers after an exchange of words at the market in Jos.",
     "Attack"),
    ("armed clash exchanged", "near miss", "Student unions and the police traded accusations over the violence in "
     "Dhaka.", None),
    # acled.yaml not_cues "for control": control fought over is not taken
    ("not_cues for control", "positive", "Houthi rebels and Saudi-backed government forces fought for control of the "
     "road to Marib.", "Armed clash"),
    ("not_cues for control", "negative", "Government forces regained control of the road to Marib.",
     "Government regains territory"),
    ("not_cues for control", "near miss", "Ukrainian troops and Russian forces clashed over control of the bridge.",
     "Armed clash"),
    # acled.yaml agreement reached, signed or brokered between parties to a conflict
    ("agreement between warring parties", "positive", "The two sides reached an agreement to end hostilities in the "
     "Nagorno-Karabakh region.", "Agreement"),
    ("agreement between warring parties", "positive", "Community leaders brokered a peace accord between the warring "
     "clans in Jubaland.", "Agreement"),
    ("agreement between warring parties", "negative", "China and Brazil signed a trade agreement worth billions.",
     "diplomacy"),
    ("agreement between warring parties", "near miss", "Colombia and Peru signed an agreement on fishing rights in "
     "the Amazon.", "diplomacy"),
    # acled.yaml not_cues "line of control": a border's name takes no control
    ("not_cues line of control", "positive", "Pakistani troops shelled Indian posts along the Line of Control in "
     "Poonch.", "Shelling/artillery/missile attack"),
    ("not_cues line of control", "positive", "India and Pakistan traded fire along the Line of Control on Monday.",
     "Armed clash"),
    ("not_cues line of control", "negative", "Indian troops regained control of the ridge near Kargil.",
     "Government regains territory"),
    ("not_cues line of control", "near miss", "Indian troops took control of a ridge along the Line of Control.",
     "Government regains territory"),
    # acled.py one_demonstration: demonstrators' own violence told in the sentence that tells force used on
    # them makes the demonstration violent (ACLED's excessive force is against peaceful protesters)
    ("one demonstration in a sentence", "positive", "Guards opened fire on demonstrators trying to block the campus "
     "entrance in Basra, killing one student.", "Violent demonstration"),
    ("one demonstration in a sentence", "negative", "Police opened fire on demonstrators marching to the campus in "
     "Basra, killing one student.", "Excessive force against protesters"),
    ("one demonstration in a sentence", "near miss", "Thousands rallied in Khartoum to mourn demonstrators killed "
     "last month in a raid on a sit-in.", "Peaceful protest"),
    # reports.py bare_gerund: a gerund that is a preposition's complement and acts on nothing is an event noun
    ("bare gerund", "positive", "Two shops damaged by shelling in the town of Marinka.",
     "Shelling/artillery/missile attack"),
    ("bare gerund", "negative", "Two shops damaged by vandals in the town of Marinka.", "Looting/property destruction"),
    ("bare gerund", "near miss", "The rebels were accused of shelling the town of Marinka.", "diplomacy"),
    # reports.yaml protest_fallback: a report that tells of its protesters only tells of a protest
    ("protest participants", "positive", "Hundreds of demonstrators participated in what organisers called a Freedom "
     "Walk through downtown Lima on Sunday.", "Peaceful protest"),
    ("protest participants", "positive", "The minister was booed by a group of strikers outside the hospital in Accra.",
     "Peaceful protest"),
    ("protest participants", "negative", "Hundreds of pilgrims participated in what organisers called a Freedom Walk "
     "through downtown Lima on Sunday.", None),
    ("protest participants", "near miss", "Police say the demonstrators are expected in the capital next week.", None),
    # reports.yaml riot_fallback: a barricade is the road-blocking of a violent demonstration, not a police one
    ("barricade", "positive", "A barricade of burning tyres blocked the road to the airport in Port-au-Prince.",
     "Violent demonstration"),
    ("barricade", "negative", "A fallen tree blocked the road to the airport in Port-au-Prince.", None),
    ("barricade", "near miss", "A police barricade blocked the road to the airport in Port-au-Prince.", None),
    # acled.yaml mob violence, not_modes: a crowd fires no artillery and flies no aircraft
    ("mob violence not heavy weapons", "positive", "Villagers fled after shelling hit the market in Marinka.",
     "Shelling/artillery/missile attack"),
    ("mob violence not heavy weapons", "negative", "Angry villagers lynched a suspected thief in Marinka.",
     "Mob violence"),
    ("mob violence not heavy weapons", "near miss", "Villagers fled after the drone strike hit the market in "
     "Marinka.", "Air/drone strike"),
    # acled.yaml violent demonstration (PLOVER riot or cue): protesters who burst through or into a place force
    # their way in; things thrown that hurt no one (eggs, flowers) make no riot
    ("riot cues forced entry", "positive", "Angry protesters burst into the electoral commission offices in Kinshasa.",
     "Violent demonstration"),
    ("riot cues forced entry", "negative", "Protesters gathered outside the electoral commission offices in Kinshasa.",
     "Peaceful protest"),
    ("riot cues forced entry", "near miss", "The river burst its banks near the electoral commission offices in "
     "Kinshasa.", "natural_disaster"),
    ("riot harmless objects", "positive", "Protesters threw eggs at the governor's convoy in Cebu.", "Peaceful protest"),
    ("riot harmless objects", "negative", "Protesters threw stones at the governor's convoy in Cebu.",
     "Violent demonstration"),
    ("riot harmless objects", "near miss", "Supporters threw petals at the opposition leader's convoy in Cebu.",
     None),
    # acled.yaml disrupted weapons use: the weapons of the definition named as what is taken or found
    # (target_cues), and more weapons in the sentence's words
    ("disrupted weapons vocabulary", "positive", "Soldiers unearthed a cache of RPGs and artillery shells in a farm "
     "near Raqqa.", "Disrupted weapons use"),
    ("disrupted weapons vocabulary", "positive", "An unexploded mortar shell was discovered by farmers in a field near "
     "Kharkiv.", "Disrupted weapons use"),
    ("disrupted weapons vocabulary", "negative", "Soldiers shelled a farm near Raqqa with artillery.",
     "Shelling/artillery/missile attack"),
    ("disrupted weapons vocabulary", "near miss", "Police seized copies of an opposition magazine in Harare.", None),
    # reports.yaml disrupted_weapons: more weapons, and landmines cleared
    ("disrupted_weapons objects", "positive", "Troops found a Kalashnikov and three magazines hidden in a hut near "
     "Gao.", "Disrupted weapons use"),
    ("disrupted_weapons objects", "positive", "Sappers cleared 300 landmines from the fields around the village.",
     "Disrupted weapons use"),
    ("disrupted_weapons objects", "negative", "Troops found a goat and three chickens hidden in a hut near Gao.", None),
    ("disrupted_weapons objects", "near miss", "Troops cleared the village of insurgents near Gao.",
     "Government regains territory"),
    # reports.yaml disrupted_weapons_vehicle: a vehicle or vessel seized with weapons aboard
    ("disrupted_weapons_vehicle", "positive", "Navy commandos seized a dhow carrying thousands of rifles off the coast "
     "of Somalia.", "Disrupted weapons use"),
    ("disrupted_weapons_vehicle", "negative", "Navy commandos seized a dhow off the coast of Somalia.", None),
    ("disrupted_weapons_vehicle", "near miss", "Navy commandos seized a dhow carrying two tonnes of heroin off the "
     "coast of Somalia.", None),
    # acled.py object_words: the people an attack's consequence kills or wounds are its target; acled.yaml
    # armed_nouns: security forces, troopers, constables, checkposts are armed
    ("armed target by casualties", "positive", "Taliban fighters attacked a district centre in Ghazni, killing 12 "
     "security force members.", "Armed clash"),
    ("armed target by casualties", "positive", "Houthi gunmen attacked a bus in Taiz, wounding two soldiers among the "
     "passengers.", "Armed clash"),
    ("armed target by casualties", "negative", "Taliban fighters attacked a wedding party in Ghazni, killing 12 guests.",
     "Attack"),
    ("armed target by casualties", "near miss", "Taliban fighters attacked a bazaar in Ghazni, prompting security "
     "forces to seal off the area.", "Attack"),
    ("armed nouns", "positive", "The Taliban attacked security checkposts in Helmand overnight.", "Armed clash"),
    ("armed nouns", "positive", "Gunmen killed two police constables in Anantnag.", "Armed clash"),
    ("armed nouns", "negative", "The Taliban attacked schools in Helmand overnight.", "Attack"),
    ("armed nouns", "near miss", "Gunmen killed two bank clerks in Anantnag.", "Attack"),
    # acled.py object_words: a date is no object of the act ("on March 21" holds no march)
    ("object words skip dates", "positive", "Gunmen attacked a village near Tillia on March 21.", "Attack"),
    ("object words skip dates", "positive", "Gunmen fired on villagers near Tillia on March 21.", "Attack"),
    ("object words skip dates", "negative", "Soldiers fired on the march in Tillia on Sunday.",
     "Excessive force against protesters"),
    ("object words skip dates", "near miss", "Soldiers fired on the March 21 rally in Tillia.",
     "Excessive force against protesters"),
    # acled.yaml civilian_modifiers: a camp of displaced people, a bus station, medical personnel are no armed
    # place or force (ACLED: violence against civilians)
    ("civilian modifiers", "positive", "Boko Haram fighters attacked a camp for displaced people near Dikwa, killing "
     "six.", "Attack"),
    ("civilian modifiers", "positive", "Gunmen attacked a refugee camp in Ituri, killing 22 people.", "Attack"),
    ("civilian modifiers", "positive", "Gunmen shot dead two medical personnel in Tigray.", "Attack"),
    ("civilian modifiers", "negative", "Militants attacked an army camp near Dikwa, killing six soldiers.",
     "Armed clash"),
    ("civilian modifiers", "near miss", "Militants attacked a police station near the bus terminal in Kaduna.",
     "Armed clash"),
    # acled.yaml remote explosive: a mine of war told by the words around it, not a gold or coal mine
    ("mine of war", "positive", "Gunmen attacked a gold mine in northern Burkina Faso, killing 12 workers.", "Attack"),
    ("mine of war", "positive", "Gunmen attacked soldiers guarding a gold mine in northern Burkina Faso, killing four.",
     "Armed clash"),
    ("mine of war", "negative", "Three soldiers were killed when their vehicle hit a mine in Kidal.",
     "Remote explosive/landmine/IED"),
    ("mine of war", "near miss", "A landmine killed two shepherds near the gold mine at Kandahar.",
     "Remote explosive/landmine/IED"),
    # nlp.syntax.is_passive: a headline's reduced passive with a by-agent ("youth shot dead by gunmen"): the
    # agent is the doer, the subject the victim
    ("reduced passive headline", "positive", "Youth shot dead by unidentified men in Ludhiana", "Attack"),
    ("reduced passive headline", "negative", "Unidentified men shoot dead youth in Ludhiana", "Attack"),
    ("reduced passive headline", "near miss", "Youths pelted stones at police in Ludhiana",
     "Violent demonstration"),
    # acled.py _in_subject: an event with no source is read by its active subject for source_cues; acled.yaml
    # man-made disaster: a fire, a blaze or fumes that kill with no one's act named
    ("disaster as subject", "positive", "A fire at a hospital in Baghdad killed at least 82 people on Sunday.",
     "man_made_disaster"),
    ("disaster as subject", "positive", "Toxic fumes killed three workers cleaning a sewer in Delhi.",
     "man_made_disaster"),
    ("disaster as subject", "negative", "Gunfire killed two children in Maiduguri.", "Attack"),
    ("disaster as subject", "near miss", "Fire from the militants killed two soldiers in Kunar.", "Armed clash"),
    # acled.yaml government regains territory: a place taken from an armed group, no doer named
    ("territory taken from an armed group", "positive", "The army announced that the last rebel stronghold in the "
     "region had been captured.", "Government regains territory"),
    ("territory taken from an armed group", "positive", "A key militant enclave near Sirte was captured on Sunday.",
     "Government regains territory"),
    ("territory taken from an armed group", "negative", "The army announced that the rebels had captured the last "
     "stronghold in the region.", "Non-state actor overtakes territory"),
    ("territory taken from an armed group", "near miss", "An army base near Sirte was captured on Sunday.",
     "Non-state actor overtakes territory"),
    # acled.yaml not_cues: an armed group's name is no cue ("Liberation Front" liberates nothing, the "Islamic
    # State" is no state)
    ("not_cues group names", "positive", "Ethiopian troops attacked positions of the Tigray People's Liberation Front "
     "near Mekelle.", "Armed clash"),
    ("not_cues group names", "positive", "Islamic State-allied fighters captured two villages near Diffa.",
     "Non-state actor overtakes territory"),
    ("not_cues group names", "negative", "Ethiopian troops liberated Mekelle from the Tigray People's Liberation Front.",
     "Government regains territory"),
    ("not_cues group names", "near miss", "Government-allied militiamen captured two villages near Diffa.",
     "Government regains territory"),
    # acled.yaml territory: an act of state forces or armed groups is their seizure of territory by its mode, or by
    # the words of territory taken in a sentence that names a place; not by words of other senses ("not clear",
    # "captured two others", "a free-fire zone")
    ("territory words", "positive", "Soldiers killed five militants in Borno, but it was not clear who they were.",
     "Armed clash"),
    ("territory words", "positive", "Troops killed three rebels near Beni and captured two others.", "Armed clash"),
    ("territory words", "positive", "Soldiers shot dead a man at a checkpoint in a free-fire zone near the border.",
     "Attack"),
    ("territory words", "negative", "Government troops pushed into the district and retook two villages after "
     "killing scores of militants.", "Government regains territory"),
    ("territory words", "near miss", "Houthi fighters overran two villages near Marib after killing dozens of "
     "soldiers.", "Non-state actor overtakes territory"),
    # acled.yaml air/drone strike: an aircraft is the weapon as the event's doer (its source, or with none named
    # its subject or "by" phrase), a cue in the source being the nearest; the words of an air attack count anywhere
    ("aircraft as doer", "positive", "Gunmen killed four soldiers near Gao, and the wounded were evacuated by "
     "helicopter.", "Armed clash"),
    ("aircraft as doer", "positive", "Police shot dead a suspect who tried to hijack a plane at Entebbe.", "Attack"),
    ("aircraft as doer", "negative", "Israeli planes breached Syrian airspace and bombed an army base near Homs.",
     "Air/drone strike"),
    ("aircraft as doer", "negative", "Government helicopters raided villages near Hama, killing two civilians.",
     "Air/drone strike"),
    ("aircraft as doer", "near miss", "Gunmen killed four soldiers near Gao as a police helicopter circled overhead.",
     "Armed clash"),
    # acled.py object_words: what a relative clause acts on is the noun it describes ("the helicopter they had
    # shot down"); acled.yaml armed_nouns: military aircraft
    ("relative clause object", "positive", "Villagers found the helicopter that the rebels had shot down near Marib.",
     "Armed clash"),
    ("relative clause object", "negative", "Soldiers inspected the wreckage of the bus the militia had set on fire "
     "near Marib.", "Looting/property destruction"),
    ("relative clause object", "near miss", "Soldiers inspected the wreckage of the helicopter that had crashed near "
     "Marib.", "man_made_disaster"),
    # acled.yaml not_cues: a unit, threat or test named after a weapon is no weapon used
    ("not_cues weapon units", "positive", "Gunmen killed two soldiers in Kunar, a day after a bomb disposal team "
     "defused a device in the city.", "Armed clash"),
    ("not_cues weapon units", "positive", "Gunmen killed a trader who had received a bomb threat in Lagos.", "Attack"),
    ("not_cues weapon units", "negative", "Gunmen killed a trader with a bomb in Lagos.",
     "Remote explosive/landmine/IED"),
    ("not_cues weapon units", "near miss", "A bomb killed two members of a bomb squad in Lagos.",
     "Remote explosive/landmine/IED"),
    # acled.yaml grenade before the protests: a hand grenade thrown into a rally is a grenade attack; a stun
    # grenade is crowd control
    ("hand grenade at a rally", "positive", "A man threw a hand grenade into a crowd at a political rally in Bangui, "
     "wounding 14.", "Grenade"),
    ("hand grenade at a rally", "negative", "Police fired rubber bullets at marchers in Bangui, wounding 14.",
     "Excessive force against protesters"),
    ("hand grenade at a rally", "near miss", "Police threw stun grenades at marchers in Bangui, wounding 14.",
     "Excessive force against protesters"),
    # acled.py topic_word, acled.yaml topic_governors: what did not happen is no cue ("without violence",
    # "despite fears of violence", "no damage was reported")
    ("violence that did not happen", "positive", "Thousands of demonstrators marched peacefully through Nairobi "
     "despite fears of violence.", "Peaceful protest"),
    ("violence that did not happen", "positive", "The protest in Lima passed off without violence, police said.",
     "Peaceful protest"),
    ("violence that did not happen", "positive", "Hundreds of students rallied in Dhaka, and no damage was reported.",
     "Peaceful protest"),
    ("violence that did not happen", "negative", "Protesters clashed with police in Dhaka, causing damage to shops.",
     "Violent demonstration"),
    ("violence that did not happen", "near miss", "Hundreds of protesters turned violent in Dhaka despite appeals "
     "for calm.", "Violent demonstration"),
    # acled.yaml diplomacy, source government: a state or its government that protests or boycotts is no
    # demonstration
    ("government protest", "positive", "China protested to Japan over the visit of its minister to the shrine.",
     "diplomacy"),
    ("government protest", "positive", "Iran's foreign ministry strongly protested the killing of its diplomats.",
     "diplomacy"),
    ("government protest", "negative", "Thousands of Kenyans protested in Nairobi against the new tax.",
     "Peaceful protest"),
    ("government protest", "near miss", "Police officers protested in La Paz over unpaid wages.", "Peaceful protest"),
    # acled.yaml excessive force, target civilian: armed men a state force kills near or after a demonstration are
    # no protesters
    ("force against protesters hits civilians", "positive", "Soldiers killed four militants near the rally venue in "
     "Kirkuk.", "Armed clash"),
    ("force against protesters hits civilians", "positive", "Security forces killed five militants in Kirkuk, days "
     "after protests in the capital.", "Armed clash"),
    ("force against protesters hits civilians", "negative", "Security forces shot dead two students during a protest "
     "in Khartoum.", "Excessive force against protesters"),
    ("force against protesters hits civilians", "near miss", "A protester died after being hit by a tear gas "
     "canister fired by police in Baghdad.", "Excessive force against protesters"),
    # acled.yaml not_cues: a suicide that is no bombing
    ("not_cues suicide", "positive", "A soldier shot dead three colleagues at a base in Kunar before committing "
     "suicide.", "Armed clash"),
    ("not_cues suicide", "positive", "A policeman killed two civilians in Karachi and then committed suicide.",
     "Attack"),
    ("not_cues suicide", "negative", "A suicide bomber killed nine soldiers at a base in Kunar.", "Suicide bomb"),
    ("not_cues suicide", "near miss", "An attacker blew himself up in a suicide attack at a mosque in Peshawar.",
     "Suicide bomb"),
    # acled.yaml abduction, governs: the abduction is the event's own act
    ("abduction is the act", "positive", "Soldiers killed three militants during an operation to rescue kidnapped "
     "students in Kaduna.", "Armed clash"),
    ("abduction is the act", "positive", "Gunmen who had kidnapped a priest killed him in Enugu.", "Attack"),
    ("abduction is the act", "negative", "Gunmen kidnapped a priest in Enugu.", "Abduction/forced disappearance"),
    ("abduction is the act", "near miss", "Gunmen took a priest hostage in Enugu.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
