"""A definition probe of the ACLED typology: sentences written from ACLED's definitions of its event
and sub-event types (and of the reports outside its scope), in the styles of wire news (passives,
agentless and nominal reports, police statements), for the rules of data/events/acled.yaml,
data/events/reports.yaml and stages/events/acled_roles.py that were added for them. Each rule has a
positive sentence, a negative one and a near miss, invented, with parties of different sides and
countries. What is checked is the snippet's main event as the ACLED evaluation picks it (its
sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled.yaml disrupted weapons use, governs foil/thwart/avert: an attempt to use weapons prevented
    ("attack foiled", "positive", "Troops foiled a plot to bomb a church in Lagos.", "Disrupted weapons use"),
    ("attack foiled", "positive", "Police thwarted a suicide attack on a Shia mosque in Karachi.",
     "Disrupted weapons use"),
    ("attack foiled", "negative", "Militants bombed a church in Lagos.", "Remote explosive/landmine/IED"),
    # (foiled by a fight, it is the fight)
    ("attack foiled", "near miss", "Troops foiled the attack on the base in Gao, killing three militants.",
     "Armed clash"),
    # reports.yaml explosive_impact: an explosive told as what struck, no one setting it off named
    ("explosive_impact", "positive", "An improvised explosive device struck a military vehicle in Tillaberi.",
     "Remote explosive/landmine/IED"),
    ("explosive_impact", "positive", "A bomb ripped through a minibus in Jalalabad.", "Remote explosive/landmine/IED"),
    ("explosive_impact", "negative", "A gas cylinder explosion ripped through a restaurant in Lahore.",
     "man_made_disaster"),
    ("explosive_impact", "near miss", "A bomb squad searched a minibus in Jalalabad.", None),
    # reports.yaml mine_struck: a vehicle or a person that sets off a mine
    ("mine_struck", "positive", "A military vehicle struck an IED in Tillaberi, killing three soldiers.",
     "Remote explosive/landmine/IED"),
    ("mine_struck", "positive", "A herder stepped on a landmine near the border with Eritrea.",
     "Remote explosive/landmine/IED"),
    ("mine_struck", "negative", "A herder stepped on a snake near the border with Eritrea.", None),
    ("mine_struck", "near miss", "Police found a landmine near the border with Eritrea.", "Disrupted weapons use"),
    # reports.yaml territory_handed_over, "hand control": a place handed to the other side
    ("territory handed over", "positive", "Under the deal, the rebels handed control of the town to government "
     "forces.", "Non-violent transfer of territory"),
    ("territory handed over", "negative", "The rebels seized control of the town from government forces.",
     "Non-state actor overtakes territory"),
    ("territory handed over", "near miss", "The minister handed control of the ministry to his deputy.", None),
    # acled_roles.object_words: a group or a number is read by its members ("a crowd of demonstrators"), and
    # what is fired into is what is fired at; acled.yaml excessive force, arms of any mode fired at protesters
    ("group read by its members", "positive", "Soldiers fired directly into the crowd of demonstrators in Bamako.",
     "Excessive force against protesters"),
    ("group read by its members", "positive", "Troops opened fire on a crowd of marchers in Conakry.",
     "Excessive force against protesters"),
    ("group read by its members", "negative", "Police fired tear gas at a crowd of demonstrators in Bamako.",
     "Protest with intervention"),
    ("group read by its members", "near miss", "Soldiers fired into a crowd of rioters who were burning cars in "
     "Bamako.", "Violent demonstration"),
    # acled_roles.armed_target: when the target names people, none of them armed, a place where it happened is
    # no target
    ("place is no target", "positive", "Security forces shot dead a civilian at a checkpoint near Jenin.", "Attack"),
    ("place is no target", "positive", "Militants killed two farmers at an army camp in Kupwara.", "Attack"),
    ("place is no target", "negative", "Militants opened fire at an army checkpoint near Jenin.", "Armed clash"),
    ("place is no target", "near miss", "Security forces shot dead a gunman at a checkpoint near Jenin.",
     "Armed clash"),
    # acled.yaml diplomacy, source government: states that agree on what ends no violence
    ("agreement of states", "positive", "Ethiopia and Eritrea agreed to reopen their embassies, the foreign ministry "
     "said.", "diplomacy"),
    ("agreement of states", "positive", "Chile and Argentina agreed to build a new border crossing in the Andes.",
     "diplomacy"),
    ("agreement of states", "negative", "Sudan and South Sudan agreed to a ceasefire along their disputed border.",
     "Agreement"),
    ("agreement of states", "near miss", "The government and the rebels agreed to reopen the road to Kidal.",
     "Agreement"),
    # acled.yaml man-made disaster: an attack told is no accident
    ("attack is no accident", "positive", "A spokesman for the Front said in a statement that its fighters had "
     "attacked the gas pipeline near Sui.", "Attack"),
    ("attack is no accident", "negative", "A gas pipeline exploded near Sui, killing three workers.",
     "man_made_disaster"),
    ("attack is no accident", "near miss", "A tanker carrying fuel overturned on the highway near Sui, killing three "
     "people.", "man_made_disaster"),
    # acled.yaml suicide bomb cues: the vest or belt of explosives
    ("explosive vest", "positive", "The attacker detonated an explosives-laden vest as worshippers left the church "
     "in Makassar.", "Suicide bomb"),
    ("explosive vest", "negative", "The attacker detonated an explosive device as worshippers left the church in "
     "Makassar.", "Remote explosive/landmine/IED"),
    ("explosive vest", "near miss", "The attacker wore a bulletproof vest and opened fire on worshippers leaving the "
     "church in Makassar.", "Attack"),
    # reports.yaml riot: a riot by people the actor lists do not know
    ("riot", "positive", "Football fans rioted after the match in Marseille, smashing shop windows.",
     "Violent demonstration"),
    ("riot", "positive", "Youths went on the rampage in the suburbs of Lyon overnight, burning cars.",
     "Violent demonstration"),
    ("riot", "negative", "Football fans celebrated after the match in Marseille.", None),
    ("riot", "near miss", "Football fans rallied after the match in Marseille to demand the coach's resignation.",
     "Peaceful protest"),
    # acled.yaml topic_governors end/halt/stop (through "to"): what a protest wants ended is its topic
    ("what is to end", "positive", "Hundreds of women marched through Buenos Aires to demand an end to gender "
     "violence.", "Peaceful protest"),
    ("what is to end", "positive", "Hundreds of students marched in Dhaka to call for a halt to the killings.",
     "Peaceful protest"),
    ("what is to end", "negative", "Hundreds of students marched in Dhaka and violence broke out when police "
     "arrived.", "Violent demonstration"),
    ("what is to end", "near miss", "Hundreds of students marched in Dhaka, and the march ended in violence.",
     "Violent demonstration"),
    # acled.yaml not_cues: the figures of speech of trade and politics are no accident
    ("figures of speech", "positive", "Leaders of the G7 industrial nations met in Charlevoix to discuss security.",
     "diplomacy"),
    ("figures of speech", "positive", "Turkey and the United States are on a collision course over sanctions.", None),
    ("figures of speech", "negative", "A bus and a truck collided on the highway near Multan, killing nine.",
     "man_made_disaster"),
    ("figures of speech", "near miss", "An explosion at an industrial estate in Gujarat killed six workers.",
     "man_made_disaster"),
    # reports.yaml casualty_fallback: people killed or shot, nothing else told, are political violence
    ("casualties alone", "positive", "Twelve civilians have lost their lives in the violence in Kasai since Monday.",
     "Attack"),
    ("casualties alone", "positive", "A senior Taliban commander was among those killed, officials said.", "Attack"),
    ("casualties alone", "negative", "Twelve patients have lost their lives to cholera in Kasai since Monday.",
     "natural_disaster"),
    ("casualties alone", "near miss", "Twelve civilians have lost their homes to the floods in Kasai since Monday.",
     "natural_disaster"),
    # reports.yaml riot_fallback and acled.yaml mob violence: violence between communities or groups
    ("violence between communities", "positive", "The situation remained tense in Imphal after communal violence "
     "overnight.", "Mob violence"),
    ("violence between communities", "positive", "Clashes broke out between rival groups of students at the "
     "university in Dhaka.", "Mob violence"),
    ("violence between communities", "negative", "Clashes broke out between troops and rebels near the university "
     "in Dhaka.", "Armed clash"),
    ("violence between communities", "near miss", "Clashes broke out between rival militias near the university in "
     "Dhaka.", "Armed clash"),
    # reports.yaml came_under_attack, subject: what came under fire is its target
    ("came under fire", "positive", "A police patrol came under fire from militants in Kirkuk.", "Armed clash"),
    ("came under fire", "negative", "A crowded market came under fire from militants in Kirkuk.", "Attack"),
    ("came under fire", "near miss", "The minister came under criticism from lawmakers in Kirkuk.", None),
    # acled.yaml remote explosive, plover NONE: a blast with no accident's words is ACLED's default
    ("blast of no one's", "positive", "An explosion was heard near the airport in Mogadishu, witnesses said.",
     "Remote explosive/landmine/IED"),
    ("blast of no one's", "negative", "A gas explosion was heard near the airport in Mogadishu, witnesses said.",
     "man_made_disaster"),
    ("blast of no one's", "near miss", "An explosion of anger was seen in the streets of Mogadishu.", None),
    # reports.py fallback_events: a headline with no verb in an article that tells nothing else names what happened
    ("headline of nouns", "positive", "Mass abduction of schoolchildren in Kaduna", "Abduction/forced disappearance"),
    ("headline of nouns", "positive", "Bus accident in Nepal: 20 dead", "man_made_disaster"),
    ("headline of nouns", "negative", "Abductions, ransoms and the fear of the roads in Kaduna", None),
    ("headline of nouns", "near miss", "Parents fear a mass abduction of schoolchildren in Kaduna.", None),
    # acled.py one_demonstration, told_as_done: a violent act threatened, demanded or denied makes no demonstration
    # violent
    ("severity of acts done", "positive", "Protesters threatened to block the highway to Nakuru if their demands "
     "were not met.", "Peaceful protest"),
    ("severity of acts done", "positive", "Protesters rallied in Nakuru. They threatened to block the highway if "
     "their demands were not met.", "Peaceful protest"),
    ("severity of acts done", "negative", "Protesters blocked the highway to Nakuru with burning tyres.",
     "Violent demonstration"),
    ("severity of acts done", "near miss", "Protesters threatened to block the highway to Nakuru, and later blocked "
     "the road with burning tyres.", "Violent demonstration"),
    # reports.yaml attack_foiled, acled.yaml disrupted weapons use (plover NONE): an attempt to attack foiled
    ("attempt foiled", "positive", "Police foiled an attempt by militants to attack the base in Gao.",
     "Disrupted weapons use"),
    ("attempt foiled", "negative", "Militants attacked the base in Gao.", "Armed clash"),
    ("attempt foiled", "near miss", "Police thwarted an infiltration bid near Gao, killing two infiltrators.",
     "Armed clash"),
    # acled.yaml headquarters or base established, plover: an attack establishes no base however its fire is told
    ("attack sets up no base", "positive", "Militants opened intense fire at an army post in Kunar.", "Armed clash"),
    ("attack sets up no base", "negative", "The army set up a new post near the border in Kunar.",
     "Headquarters or base established"),
    ("attack sets up no base", "near miss", "The army opened a new post near the border in Kunar.",
     "Headquarters or base established"),
    # acled_roles.object_words: what the predicate's object noun is aimed at ("opened fire on Indian posts"); a
    # country named by an adjective is no people that makes the place no target
    ("object noun's target", "positive", "Pakistani Rangers opened unprovoked fire on Indian posts in Kathua.",
     "Armed clash"),
    ("object noun's target", "negative", "Rebels launched an attack on a village in Kunar.", "Attack"),
    ("object noun's target", "near miss", "Rebels opened fire on a bus near an army base in Kunar.", "Attack"),
    # acled_roles.government_source, acled.yaml government_nouns: a source no actor resolves read by its nouns
    ("governments by their nouns", "positive", "The two countries agreed to restore diplomatic relations.",
     "diplomacy"),
    ("governments by their nouns", "negative", "The two sides agreed to a ceasefire in Hodeidah.", "Agreement"),
    ("governments by their nouns", "near miss", "The rival militias agreed to restore calm in Tripoli.", "Agreement"),
    # acled.yaml mob violence, exclude: the fighting between armed groups that villagers saw is no mob's
    ("fighting villagers saw", "positive", "Villagers witnessed fierce fighting between the army and the rebels near "
     "Beni.", "Armed clash"),
    ("fighting villagers saw", "negative", "Angry villagers attacked a health team in Kenema.", "Mob violence"),
    ("fighting villagers saw", "near miss", "Angry villagers attacked a health team in Kenema as rebels looked on.",
     "Mob violence"),
    # reports.yaml attack_claimed (own), acled.yaml claim predicates: an attack owned is claimed
    ("attack owned", "positive", "The TTP owned the attack in a message to journalists.", "claim_of_responsibility"),
    ("attack owned", "negative", "The TTP carried out the attack on the checkpoint in Bannu.", "Armed clash"),
    ("attack owned", "near miss", "The TTP owned a compound near the border in Bannu.", None),
    # reports.yaml responsible_for_attack, behind_attack: the acts of remote violence a doer is held responsible for
    ("responsible for rocket fire", "positive", "Israel said Hezbollah was responsible for the rocket fire.",
     "claim_of_responsibility"),
    ("responsible for rocket fire", "negative", "Israel said Hezbollah fired rockets at the town of Metula.",
     "Shelling/artillery/missile attack"),
    # (blame for no act of violence is an accusation told in speech, PLOVER ACCUSE: ACLED's residual "diplomacy")
    ("responsible for rocket fire", "near miss", "Israel said Hezbollah was responsible for the rise in tension.",
     "diplomacy"),
    # acled.yaml organised crime: the violence of a drug cartel or a criminal gang
    ("cartel violence", "positive", "Gunmen believed to be members of a drug cartel killed 14 people at a bar in "
     "Guanajuato.", "organised_crime"),
    ("cartel violence", "negative", "Gunmen believed to be members of a rebel group killed 14 people at a bar in "
     "Guanajuato.", "Attack"),
    ("cartel violence", "near miss", "Soldiers killed 14 members of a drug cartel in a gunfight in Guanajuato.",
     "Armed clash"),
    # reports.yaml group_leader: separatists who name a new commander change their group; a party's leader does not
    ("new commander", "positive", "The separatists have named a new commander after the death of their leader.",
     "Change to group/activity"),
    ("new commander", "negative", "The opposition party has named a new leader after the death of its founder.", None),
    ("new commander", "near miss", "The separatists have named a new spokesman for the talks in Geneva.", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
