"""Constructions of conflict and disaster reporting read end to end (actors, events, reports, ACLED
typology): each rule of data/events/acled.yaml and construction of data/events/reports.yaml added for
them, with a positive sentence, a negative one and a near miss, in invented sentences with actors of
different sides. What is checked is the snippet's main event as the ACLED evaluation picks it (its
sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # reports.yaml disaster_participle: a wreck told by its participle before the noun
    ("disaster_participle", "positive", "Divers searched the capsized ferry for survivors on Sunday.", "man_made_disaster"),
    ("disaster_participle", "positive", "Rescuers combed the wreckage of the crashed airliner near Tarso.",
     "man_made_disaster"),
    ("disaster_participle", "negative", "Divers searched the old ferry for survivors on Sunday.", None),
    # (a helicopter shot down is the target, not the weapon: rebels who down it fight its crew)
    ("disaster_participle", "near miss", "Rebels searched the wreckage of the helicopter they had shot down near Tarso.",
     "Armed clash"),
    # reports.yaml hazard_incident: an incident of a chemical, a gas or an industry
    ("hazard_incident", "positive", "Six pupils were taken to hospital after a gas incident at their school.",
     "man_made_disaster"),
    ("hazard_incident", "negative", "Six pupils were taken to hospital after an incident at their school.", None),
    ("hazard_incident", "near miss", "Six pupils were taken to hospital after a chlorine attack by the militia on "
     "their school.", "Chemical weapon"),
    # reports.yaml river_flood and the natural-disaster rule of rain and snow
    ("river_flood", "positive", "Hundreds of families fled as the river burst its banks after days of rain.",
     "natural_disaster"),
    ("river_flood", "negative", "Hundreds of families fled as the river rose near the town.", None),
    # (protesters who burst through gates force their way in: a violent demonstration, read since a report of
    # its protesters alone tells of their demonstration)
    ("river_flood", "near miss", "Hundreds of protesters burst through the gates of the governor's office.",
     "Violent demonstration"),
    ("natural_disaster rain", "positive", "The death toll from the monsoon rains has risen to 60 in the south.",
     "natural_disaster"),
    ("natural_disaster rain", "negative", "The death toll from the fighting has risen to 60 in the south.",
     "Armed clash"),
    ("natural_disaster rain", "near miss", "Rebels rained rockets on the garrison town, killing four soldiers.",
     "Shelling/artillery/missile attack"),
    # acled.yaml: an explosion or fire at a place of industry with no doer is an accident
    ("man_made_disaster industry", "positive", "Five workers died in a blast at a fertiliser plant near Orvel.",
     "man_made_disaster"),
    ("man_made_disaster industry", "negative", "Five workers died in a blast at a bus stop near Orvel.",
     "Remote explosive/landmine/IED"),
    ("man_made_disaster industry", "near miss", "Insurgents bombed a fertiliser plant near Orvel, killing five workers.",
     "Remote explosive/landmine/IED"),
    # acled.yaml: people hurt when a structure collapses, no doer named
    ("man_made_disaster collapse", "positive", "Forty spectators were injured when a stand collapsed during the match.",
     "man_made_disaster"),
    ("man_made_disaster collapse", "negative", "Forty spectators were injured when gunmen opened fire during the match.",
     "Attack"),
    ("man_made_disaster collapse", "near miss", "Forty residents were injured when the building collapsed after an "
     "air strike by government jets.", "Air/drone strike"),
    # acled.yaml: the doer's own admission is a claim; what a group says or announces it did, and a
    # state force's account of its operation, stay the act; a claim nobody made is none
    ("claim_of_responsibility doer", "positive", "The Front claimed that its fighters had ambushed the army convoy.",
     "claim_of_responsibility"),
    ("claim_of_responsibility doer", "positive", "The Front admitted that it had killed the headman of Varsi.",
     "claim_of_responsibility"),
    ("claim_of_responsibility doer", "negative", "Fighters of the Front ambushed the army convoy near Varsi.",
     "Armed clash"),
    ("claim_of_responsibility doer", "near miss", "The army claimed that its soldiers had killed ten rebels near Varsi.",
     "Armed clash"),
    ("claim_of_responsibility doer", "near miss", "A suicide bomber killed twelve worshippers at a mosque in Varsi; no "
     "group has claimed responsibility.", "Suicide bomb"),
    # reports.yaml responsibility_denied, responsibility_held, blame_placed
    ("responsibility_denied", "positive", "The rebel movement denied any involvement in the bombing of the bridge.",
     "claim_of_responsibility"),
    ("responsibility_denied", "negative", "The rebel movement bombed the bridge near Varsi.",
     "Remote explosive/landmine/IED"),
    ("responsibility_denied", "near miss", "The minister denied any involvement in the tender for the bridge.", None),
    ("responsibility_held", "positive", "The government held the militia responsible for the massacre of the herders.",
     "claim_of_responsibility"),
    ("responsibility_held", "negative", "The government held talks with the militia about the herders.", "diplomacy"),
    ("responsibility_held", "near miss", "The court held the company responsible for the losses of the herders.",
     None),
    ("blame_placed", "positive", "The army put the blame for the ambush on the separatists.",
     "claim_of_responsibility"),
    ("blame_placed", "negative", "The army put the convoy on the road to the border.", None),
    ("blame_placed", "near miss", "The minister put the blame for the deficit on his predecessor.", None),
    # acled.yaml: an attack told as the work of its doer, or its doer's part in it
    ("claim_of_responsibility work", "positive", "Officials said the bombing was the work of the separatists.",
     "claim_of_responsibility"),
    ("claim_of_responsibility work", "positive", "Investigators believe the militia orchestrated the ambush.",
     "claim_of_responsibility"),
    ("claim_of_responsibility work", "negative", "Officials said the separatists bombed the station.",
     "Remote explosive/landmine/IED"),
    ("claim_of_responsibility work", "near miss", "Officials said the new bridge was the work of army engineers.", None),
    # acled.yaml: demonstrators who attack, burn, loot or damage in a sentence that tells their
    # demonstration are a violent demonstration; force used on them is an intervention
    ("Violent demonstration crowd", "positive", "Angry students ransacked the dean's office during the protest.",
     "Violent demonstration"),
    ("Violent demonstration crowd", "negative", "Police beat the students during the protest.",
     "Protest with intervention"),
    ("Violent demonstration crowd", "near miss", "Angry students ransacked the dean's office on Friday.", "Mob violence"),
    # patterns.yaml: a place stormed by demonstrators is their violence (crowd_nouns: a riot)
    ("storm by a crowd", "positive", "Hundreds of protesters stormed the governor's office in Varsi.",
     "Violent demonstration"),
    ("storm by a crowd", "negative", "Hundreds of protesters marched to the governor's office in Varsi.",
     "Peaceful protest"),
    ("storm by a crowd", "near miss", "Rebels stormed the governor's office in Varsi.", "Attack"),
    # acled.yaml: a demonstration that turned chaotic, or protesters on the rampage
    ("Violent demonstration turned", "positive", "The rally turned chaotic as party workers attacked reporters.",
     "Violent demonstration"),
    ("Violent demonstration turned", "positive", "Several policemen were injured when the protesters went on the "
     "rampage.", "Violent demonstration"),
    ("Violent demonstration turned", "negative", "The rally ended peacefully as party workers sang.", "Peaceful protest"),
    ("Violent demonstration turned", "near miss", "Several policemen were injured when the rebels attacked the post.",
     "Armed clash"),
    # patterns.yaml: stones, bottles or fireworks thrown at someone (by a crowd: a riot)
    ("thrown at", "positive", "Protesters threw bottles and fireworks at the police, who responded with tear gas.",
     "Violent demonstration"),
    # (no violence: what protesters do is their peaceful protest, read since a report of its protesters
    # alone tells of their demonstration)
    ("thrown at", "negative", "Protesters waved flags at the police outside the ministry.", "Peaceful protest"),
    ("thrown at", "near miss", "Protesters threw eggs at the minister outside the ministry.", "Peaceful protest"),
    # acled.yaml: what a speaker demands at a demonstration or with its placards is the demonstration
    ("Peaceful protest speech", "positive", "Speaking at a rally in Varsi, the opposition leader called on the "
     "government to resign.", "Peaceful protest"),
    ("Peaceful protest speech", "positive", "Carrying placards, the women demanded justice for the victim.",
     "Peaceful protest"),
    ("Peaceful protest speech", "negative", "Speaking on the radio in Varsi, the opposition leader called on the "
     "government to resign.", "diplomacy"),
    ("Peaceful protest speech", "near miss", "Speaking after a rally by his rivals, the governor called on the "
     "opposition to respect the law.", "diplomacy"),
    # acled.yaml: crowd control by a state force that kills is lethal force against protesters
    ("Excessive force lethal control", "positive", "A protester died after being hit by a tear gas canister fired by "
     "police.", "Excessive force against protesters"),
    ("Excessive force lethal control", "negative", "Police fired tear gas at the protesters outside the ministry.",
     "Protest with intervention"),
    ("Excessive force lethal control", "near miss", "Police arrested three men over the death of a protester.",
     "Arrests"),
    # reports.yaml territory_named: a place named by its proper name only
    ("territory_named", "positive", "The army said it had retaken Velsk after a week of heavy fighting.",
     "Government regains territory"),
    ("territory_named", "negative", "The army said it had retaken the initiative after a week of talks.", None),
    ("territory_named", "near miss", "The party regained Velsk in the election after a week of campaigning.", None),
    # acled.yaml: what a group says it did in a claim is claimed; patterns.yaml: a stabbing carried out
    ("claim_of_responsibility in a claim", "positive", "In a claim posted online, the Front said it had targeted "
     "army soldiers.", "claim_of_responsibility"),
    ("claim_of_responsibility in a claim", "negative", "In a video posted online, the Front said it had targeted army "
     "soldiers.", "Armed clash"),
    ("claim_of_responsibility in a claim", "near miss", "In a claim posted online, the army said it had targeted rebel "
     "positions.", "Armed clash"),
    ("stabbing carried out", "positive", "One of the group's members carried out the stabbing of the priest.", "Attack"),
    ("stabbing carried out", "negative", "One of the group's members carried out the survey of the parish.", None),
    ("stabbing carried out", "near miss", "One of the group's members carried out the stabbing scene in the play.", None),
    # patterns.yaml actor_nouns: personnel, passengers and the like are people an attack is done to
    ("actor nouns", "positive", "Four security personnel were killed near the border post on Tuesday.", "Armed clash"),
    ("actor nouns", "negative", "Four security measures were announced near the border post on Tuesday.", None),
    ("actor nouns", "near miss", "Four personnel files were destroyed near the border post on Tuesday.", None),
    # reports.yaml abduction_noun: a hijacking is an abduction
    ("abduction_noun hijacking", "positive", "Thirty passengers lost their lives in the hijacking by armed militants.",
     "Abduction/forced disappearance"),
    ("abduction_noun hijacking", "negative", "Thirty passengers lost their luggage in the confusion at the station.", None),
    ("abduction_noun hijacking", "near miss", "Thirty passengers warned of a possible hijacking on the route.", None),
    # acled.yaml: destruction in a sentence that tells demonstrators is their violence
    ("Violent demonstration destruction", "positive", "Protesters indulged in vandalism and broke the windows of the "
     "town hall.", "Violent demonstration"),
    ("Violent demonstration destruction", "negative", "Protesters gathered peacefully outside the town hall.",
     "Peaceful protest"),
    ("Violent demonstration destruction", "near miss", "Unknown men indulged in vandalism and broke the windows of the "
     "town hall.", "Looting/property destruction"),
    # patterns.yaml: stones pelted; a building entered by force; a beating by thrashing
    ("pelted stones", "positive", "Shopkeepers complained after protesters pelted stones.", "Violent demonstration"),
    ("pelted stones", "negative", "Shopkeepers complained after protesters sat on the road.", "Peaceful protest"),
    ("pelted stones", "near miss", "Shopkeepers complained after protesters threw flowers at the minister.",
     "Peaceful protest"),
    ("forced their way", "positive", "Hundreds of protesters forced their way into the parliament compound.",
     "Violent demonstration"),
    ("forced their way", "positive", "Thieves broke into a jewellery shop in Varsi.", "organised_crime"),
    ("forced their way", "negative", "Hundreds of protesters marched to the parliament compound.", "Peaceful protest"),
    ("forced their way", "near miss", "The negotiators broke into smiles at the parliament compound.", None),
    ("thrashed", "positive", "Villagers thrashed two men suspected of stealing cattle.", "Mob violence"),
    ("thrashed", "negative", "Villagers questioned two men suspected of stealing cattle.", None),
    ("thrashed", "near miss", "Villagers thrashed the grain after the harvest.", None),
    # acled.yaml: an arrest for an ordinary crime is crime outside ACLED; a political arrest is an arrest
    ("organised_crime arrest", "positive", "Police arrested three men wanted for a string of thefts in Varsi.",
     "organised_crime"),
    ("organised_crime arrest", "negative", "Police arrested three opposition activists in Varsi.", "Arrests"),
    ("organised_crime arrest", "near miss", "Police arrested three militants wanted for a string of thefts of weapons "
     "in Varsi.", "Arrests"),
    # reports.yaml property_demolished: a place of worship desecrated; disrupted_weapons: an arms factory busted
    ("desecrated", "positive", "A church was desecrated and its windows broken by unknown assailants.",
     "Looting/property destruction"),
    ("desecrated", "negative", "A church was consecrated and its windows cleaned by volunteers.", None),
    ("desecrated", "near miss", "A church was desecrated by a flood that broke its windows.", "natural_disaster"),
    ("busted", "positive", "Police busted an illegal arms factory in the village.", "Disrupted weapons use"),
    ("busted", "negative", "Police visited an old furniture factory in the village.", None),
    ("busted", "near miss", "Police busted a gambling den in the village.", None),
    # acled.yaml: people killed during a demonstration, no killer named: lethal force against it
    ("Excessive force during", "positive", "Ten people were killed during protests against the government in Varsi.",
     "Excessive force against protesters"),
    ("Excessive force during", "negative", "Ten people were killed during a raid on a market in Varsi.", "Attack"),
    ("Excessive force during", "near miss", "Ten policemen were injured during protests against the government in "
     "Varsi.", "Violent demonstration"),
    ("Violent demonstration armed hurt", "positive", "Ten policemen were injured during the protests in Varsi.",
     "Violent demonstration"),
    ("Violent demonstration armed hurt", "negative", "Ten policemen were injured in an ambush in Varsi.", "Armed clash"),
    ("Violent demonstration armed hurt", "near miss", "Ten policemen were injured when rebels attacked them during the "
     "protests in Varsi.", "Armed clash"),
    # reports.yaml protest_custom, work_strike: the customary forms of a demonstration
    ("protest_custom", "positive", "Members of the students' union took out a procession in the town demanding the "
     "release of their leader.", "Peaceful protest"),
    ("protest_custom", "positive", "Party workers observed a black day against the price hike.", "Peaceful protest"),
    ("protest_custom", "positive", "Hundreds of people participated in a torch light procession.", "Peaceful protest"),
    ("protest_custom", "negative", "Members of the students' union took out a loan in the town.", None),
    ("protest_custom", "near miss", "Devotees took out a religious procession in the town demanding blessings.",
     "diplomacy"),  # the demand is read, no protest
    ("work_strike", "positive", "The doctors struck work for the second day in Varsi.", "Peaceful protest"),
    ("work_strike", "negative", "The doctors resumed work for the second day in Varsi.", None),
    ("work_strike", "near miss", "Lightning struck the hospital for the second time in Varsi.", "natural_disaster"),
    # acled.yaml: something rigged or booby-trapped that explodes is a remote explosive
    ("Remote explosive rigged", "positive", "A booby-trapped car exploded outside the police station in Varsi.",
     "Remote explosive/landmine/IED"),
    ("Remote explosive rigged", "negative", "A gas cylinder exploded outside the police station in Varsi.",
     "man_made_disaster"),
    ("Remote explosive rigged", "near miss", "A car exploded outside the police station in Varsi after its fuel tank "
     "caught fire.", "man_made_disaster"),
    # patterns.yaml: bombs dropped from the air, sorties flown
    ("dropped bombs", "positive", "Government helicopters dropped barrel bombs on the town of Varsi.",
     "Air/drone strike"),
    ("dropped bombs", "positive", "The coalition carried out sorties over the province of Varsi.", "Air/drone strike"),
    ("dropped bombs", "negative", "Government helicopters dropped food parcels on the town of Varsi.", None),
    ("dropped bombs", "near miss", "Government helicopters dropped leaflets on the town of Varsi warning of bombs.",
     None),
    # acled.yaml: a part in an attack denied as a rejection; a threat told with its claim of an attack
    ("claim_of_responsibility rejected", "positive", "The Front denied claims that it was involved in the killing of "
     "the headman.", "claim_of_responsibility"),
    ("claim_of_responsibility rejected", "negative", "The Front denied claims that it had split into two factions.",
     "diplomacy"),
    ("claim_of_responsibility rejected", "near miss", "The Front rejected the demand of the headman's family.",
     "diplomacy"),
    ("claim_of_responsibility threat", "positive", "The group, which claimed Sunday's bombing, threatened further attacks "
     "on churches.", "claim_of_responsibility"),
    ("claim_of_responsibility threat", "negative", "The group threatened further attacks on churches.", "diplomacy"),
    ("claim_of_responsibility threat", "near miss", "The group, which no one has linked to Sunday's bombing, threatened "
     "further attacks on churches.", "diplomacy"),
    ("claim_of_responsibility work", "near miss", "Jets killed a rebel commander who masterminded the ambush of a "
     "convoy.", "Air/drone strike"),
    ("man_made_disaster collapse", "near miss", "Ten inmates were killed in the prison massacre, a sign of order "
     "collapsing in the region.", "Attack"),
    ("organised_crime arrest", "near miss", "Police arrested three men for the murder of two policemen in Varsi.",
     "Arrests"),
    # reports.yaml territory_place_named: a place named only by its proper name, taken by a verb that
    # also takes people ("captured Velsk", not "captured Ivanov"); the side of the taker decides
    ("territory_place_named", "positive", "The Sowari Front captured Velsk on Tuesday.",
     "Non-state actor overtakes territory"),
    ("territory_place_named", "positive", "Government troops captured Kirkuk from the militants.",
     "Government regains territory"),
    ("territory_place_named", "negative", "The Sowari Front mentioned Velsk in a leaflet on Tuesday.", None),
    ("territory_place_named", "negative", "Government troops described Kirkuk as calm.", None),
    ("territory_place_named", "near miss", "The Sowari Front captured Ivanov on Tuesday.", None),
    ("territory_place_named", "near miss", "The photo captured Paris at dawn.", None),
    # reports.yaml arrest_of_traders: the dealers of a drug are people arrested, a crime ACLED leaves out;
    # soldiers who detain a rebel courier make an arrest
    ("arrest_of_traders", "positive", "Police arrested three suspected drug dealers in Varo.", "organised_crime"),
    ("arrest_of_traders", "positive", "Soldiers detained two rebel couriers near the border.", "Arrests"),
    ("arrest_of_traders", "negative", "Police interviewed three drug dealers in Varo.", None),
    ("arrest_of_traders", "near miss", "Police intercepted a drug shipment at the port.", "organised_crime"),
    # reports.yaml protest_custom: a hunger strike joined is a demonstration; an air strike joined is not
    ("protest_custom strike", "positive", "Thousands joined a hunger strike in support of the detained journalist.",
     "Peaceful protest"),
    ("protest_custom strike", "negative", "Thousands joined the football club in Varo last year.", None),
    ("protest_custom strike", "near miss", "Two rebel drones joined the strike on the army base.", "Air/drone strike"),
    # frames: a gerund after "to" that complements a speech verb is told by the verb's subject ("admitted
    # to carrying out"), so an armed group's admission is its claim of the act
    ("speech verb to gerund", "positive", "The Sowari Front admitted to carrying out the ambush.",
     "claim_of_responsibility"),
    ("speech verb to gerund", "negative", "The Sowari Front moved to attacking the army base.", "Armed clash"),
    ("speech verb to gerund", "near miss", "The army admitted to shelling the village by mistake.",
     "Shelling/artillery/missile attack"),
    # reports.yaml protest_crowd: a crowd told by its size that marches or rallies demonstrates
    ("protest_crowd", "positive", "Hundreds marched in the capital on Sunday.", "Peaceful protest"),
    ("protest_crowd", "positive", "Hundreds of students marched in Varo after rebels killed a popular singer.",
     "Peaceful protest"),
    ("protest_crowd", "negative", "Hundreds of soldiers marched in the capital on Sunday.", None),
    ("protest_crowd", "near miss", "Thousands marched in the annual carnival parade on Sunday.", None),
    # acled.yaml antecedent_marks / antecedent_heads: a clause of earlier time on a protest predicate
    # tells what the protest answers, not force used on it or violence by it
    ("antecedent clause", "positive", "Hundreds rallied in Varo after soldiers shot dead a teenager.",
     "Peaceful protest"),
    ("antecedent clause", "positive", "Residents protested in Tarso after militiamen set fire to the market.",
     "Peaceful protest"),
    ("antecedent clause", "negative", "Police shot dead two protesters during a rally in Varo.",
     "Excessive force against protesters"),
    ("antecedent clause", "near miss", "Soldiers shot dead two protesters after hundreds rallied in Varo.",
     "Excessive force against protesters"),
    # reports.yaml complement_nouns / own_possessives: "control" over a faculty of one's own is read
    # through that phrase ("regained control over his health" takes no place)
    ("complement_nouns", "positive", "Government troops regained control of the town on Sunday.",
     "Government regains territory"),
    ("complement_nouns", "positive", "The insurgents took control over the valley after the army left.",
     "Non-state actor overtakes territory"),
    ("complement_nouns", "positive", "The insurgents seized control of Kirkuk on Sunday.",
     "Non-state actor overtakes territory"),
    ("complement_nouns", "negative", "The singer regained control over her voice after months of treatment.", None),
    ("complement_nouns", "near miss", "The rebel commander regained control over his health after months of treatment.",
     None),
    ("complement_nouns", "near miss", "Government troops regained control over their lost stronghold.",
     "Government regains territory"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
