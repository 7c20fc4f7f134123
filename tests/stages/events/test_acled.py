"""The ACLED typology (stages/events/acled.py, data/events/acled.yaml): every rule with a positive
example, a negative one and a near miss, in invented sentences; and the loader's checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.records import Actor, Event, Span
from newsledger.stages.events.acled import Sentence, build_acled, classify, one_demonstration
from newsledger.stages.events.types import AcledData
from tests.builders import ROW_KINDS, pipeline, row_kinds, stage_data

ARMED = Actor("t:armed", "troops", "group", sectors=("MIL",))
CIVIL = Actor("t:civil", "villagers", "group", sectors=("CVL",))
STATE = Actor("s:state", "the army", "group", country="AVA", sectors=("MIL",))
REBEL = Actor("s:rebel", "the rebels", "group", sectors=("REB",))
MILITIA = Actor("s:militia", "allied militias", "group", sectors=("REB",))
ALLIED = Actor("s:allied", "the army and allied militias", "compound", members=(STATE.id, MILITIA.id))
REBELS2 = Actor("s:rebels2", "the rebels and allied militias", "compound", members=(REBEL.id, MILITIA.id))
ACTORS = {a.id: a for a in (ARMED, CIVIL, STATE, REBEL, MILITIA)}

# (rule under test, kind, sentence, PLOVER type, mode, predicate word, target words, target actor,
#  source actor, expected sub-event type or scope; None: no ACLED typology)
Row = tuple[str, str, str, str, str | None, str, str | None, Actor | None, Actor | None, str | None]
ROWS: list[Row] = [
    # outside ACLED
    ("claim_of_responsibility", "positive", "The Front claimed responsibility for the bombing of the depot.",
     "ASSAULT", None, "bombing", "the depot", None, REBEL, "claim_of_responsibility"),
    ("claim_of_responsibility", "negative", "The Front bombed the depot on Monday.",
     "ASSAULT", None, "bombed", "the depot", None, REBEL, "Remote explosive/landmine/IED"),
    ("claim_of_responsibility", "near miss", "The bombing, for which the Front claimed responsibility, hit a depot.",
     "ASSAULT", None, "bombing", "a depot", None, REBEL, "Remote explosive/landmine/IED"),
    ("natural_disaster", "positive", "The earthquake destroyed homes in the valley, the army said.",
     "ASSAULT", None, "destroyed", "homes", None, None, "natural_disaster"),
    ("natural_disaster", "negative", "Militiamen destroyed homes in the valley.",
     "ASSAULT", None, "destroyed", "homes", CIVIL, REBEL, "Attack"),
    ("natural_disaster", "near miss", "Operation Desert Flood was launched by the rebels against the garrison.",
     "ASSAULT", None, "launched", "the garrison", ARMED, REBEL, "Armed clash"),
    ("natural_disaster", "near miss", "A soldier of the Storm Brigade was killed in a blast.",
     "ASSAULT", None, "killed", "A soldier", ARMED, None, "Remote explosive/landmine/IED"),
    ("natural_disaster", "near miss", "Gunmen destroyed homes in the flooded valley.",
     "ASSAULT", None, "destroyed", "homes", CIVIL, REBEL, "Attack"),
    ("man_made_disaster", "positive", "A gas explosion at the chemical plant killed four workers.",
     "ASSAULT", None, "killed", "four workers", CIVIL, None, "man_made_disaster"),
    ("man_made_disaster", "negative", "Militants killed four workers at the market.",
     "ASSAULT", None, "killed", "four workers", CIVIL, REBEL, "Attack"),
    ("man_made_disaster", "near miss", "Militants bombed the chemical plant, killing four workers.",
     "ASSAULT", None, "bombed", "the chemical plant", None, REBEL, "Remote explosive/landmine/IED"),
    # "erupted" alone tells of no disaster ("clashes erupted"); a volcano that erupts still does
    ("natural_disaster", "near miss", "Clashes erupted between the two militias in the valley.",
     "ASSAULT", None, "Clashes", None, None, None, "Armed clash"),
    ("natural_disaster", "positive", "The volcano erupted and its ash destroyed homes in the valley.",
     "ASSAULT", None, "destroyed", "homes", None, None, "natural_disaster"),
    # a vehicle that falls or crashes, read with no act (the vehicle accident report)
    ("man_made_disaster", "positive", "A minibus fell into a ravine near the pass.",
     "NONE", None, "fell", None, None, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "The vote fell short of a majority near the pass.",
     "NONE", None, "fell", None, None, None, None),
    # criminals who attack or steal: organised crime, told by the doers
    ("organised_crime", "positive", "Armed robbers attacked a jeweller in the market.",
     "ASSAULT", None, "attacked", "a jeweller", CIVIL, None, "organised_crime"),
    ("organised_crime", "negative", "Armed militants attacked a jeweller in the market.",
     "ASSAULT", None, "attacked", "a jeweller", CIVIL, None, "Attack"),
    ("organised_crime", "near miss", "Police attacked suspected robbers in the market.",
     "ASSAULT", None, "attacked", "suspected robbers", None, STATE, "Attack"),  # the robbers are the target
    ("organised_crime", "positive", "Police seized fifty kilograms of cocaine from smugglers in the port.",
     "COERCE", "seize", "seized", "smugglers", None, STATE, "organised_crime"),
    ("organised_crime", "negative", "Police arrested five men in a raid on the port.",
     "COERCE", "arrest", "arrested", "five men", CIVIL, STATE, "Arrests"),
    ("organised_crime", "near miss", "Police seized rifles and ammunition from smugglers in the port.",
     "COERCE", "seize", "seized", "smugglers", None, STATE, "Disrupted weapons use"),
    # riots and protests
    ("Mob violence", "positive", "A mob lynched a man accused of theft.",
     "ASSAULT", None, "lynched", "a man", CIVIL, None, "Mob violence"),
    ("Mob violence", "negative", "A soldier shot a man accused of theft.",
     "ASSAULT", "firearms", "shot", "a man", CIVIL, STATE, "Attack"),
    ("Mob violence", "near miss", "A crowd beat a man accused of theft.",
     "ASSAULT", None, "beat", "a man", CIVIL, None, "Attack"),
    ("Excessive force against protesters", "positive", "Soldiers fired live ammunition at protesters, killing three.",
     "ASSAULT", "firearms", "fired", "protesters", CIVIL, STATE, "Excessive force against protesters"),
    ("Excessive force against protesters", "negative", "Soldiers fired live ammunition at the rebels.",
     "ASSAULT", "firearms", "fired", "the rebels", ARMED, STATE, "Armed clash"),
    ("Excessive force against protesters", "near miss", "Soldiers fired tear gas at protesters.",
     "ASSAULT", None, "fired", "protesters", CIVIL, STATE, "Protest with intervention"),
    ("Violent demonstration", "positive", "Protesters threw stones at the police station.",
     "PROTEST", None, "threw", "the police station", None, None, "Violent demonstration"),
    ("Violent demonstration", "negative", "Protesters marched to the police station.",
     "PROTEST", "demo", "marched", "the police station", None, None, "Peaceful protest"),
    ("Violent demonstration", "near miss", "Protesters marched to the square, where police fired tear gas.",
     "PROTEST", "demo", "marched", "the square", None, None, "Protest with intervention"),
    ("Protest with intervention", "positive", "Police used water cannon to disperse the rally.",
     "COERCE", None, "used", "the rally", None, STATE, "Protest with intervention"),
    ("Protest with intervention", "negative", "Police used water cannon to clean the square.",
     "COERCE", None, "used", None, None, STATE, "Other"),
    ("Protest with intervention", "near miss", "Police fired tear gas at the rally and shot dead two marchers.",
     "ASSAULT", None, "fired", "the rally", CIVIL, STATE, "Excessive force against protesters"),
    ("Peaceful protest", "positive", "Thousands of teachers rallied outside parliament.",
     "PROTEST", "demo", "rallied", None, None, None, "Peaceful protest"),
    ("Peaceful protest", "negative", "Teachers urged parliament to raise pay.",
     "REQUEST", None, "urged", "parliament", None, None, "diplomacy"),
    ("Peaceful protest", "near miss", "Thousands of teachers rallied and clashed with police outside parliament.",
     "PROTEST", "demo", "rallied", None, None, None, "Violent demonstration"),
    ("Violent demonstration", "positive", "Police clashed with protesters outside the ministry.",
     "ASSAULT", None, "clashed", "protesters", CIVIL, STATE, "Violent demonstration"),
    ("Violent demonstration", "near miss", "Police clashed with rebels outside the ministry.",
     "ASSAULT", None, "clashed", "rebels", ARMED, STATE, "Armed clash"),
    # the words of a date are no cue: "March 6" holds no march
    ("Violent demonstration", "near miss", "Fighting began March 6, when police clashed with rebels in the port.",
     "ASSAULT", None, "clashed", "rebels", ARMED, STATE, "Armed clash"),
    ("Peaceful protest", "positive", "Angry protesters demanded the resignation of the mayor.",
     "REQUEST", None, "demanded", "the mayor", None, None, "Peaceful protest"),
    ("Peaceful protest", "near miss", "Angry lawmakers demanded the resignation of the mayor.",
     "REQUEST", None, "demanded", "the mayor", None, None, "diplomacy"),
    # protesters as the target: harm that kills is excessive force, any other a protest intervened in
    ("Excessive force against protesters", "positive", "Security forces killed four demonstrators near the square.",
     "ASSAULT", None, "killed", "four demonstrators", CIVIL, STATE, "Excessive force against protesters"),
    ("Excessive force against protesters", "negative", "Security forces killed four bandits near the square.",
     "ASSAULT", None, "killed", "four bandits", CIVIL, STATE, "Armed clash"),  # bandits are an armed group
    ("Excessive force against protesters", "near miss", "Security forces beat four demonstrators near the square.",
     "ASSAULT", "beat", "beat", "four demonstrators", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "positive", "Police detained dozens of marchers in the capital.",
     "COERCE", "arrest", "detained", "dozens of marchers", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "negative", "Police detained dozens of students in the capital.",
     "COERCE", "arrest", "detained", "dozens of students", CIVIL, STATE, "Arrests"),
    ("Protest with intervention", "near miss", "Police detained dozens of looters after the rally in the capital.",
     "COERCE", "arrest", "detained", "dozens of looters", CIVIL, STATE, "Arrests"),
    # force on rioters is part of the riot; "riot police" tells of no riot
    ("Violent demonstration", "positive", "Police used water cannon on a crowd of rioters.",
     "ASSAULT", None, "used", "a crowd of rioters", CIVIL, STATE, "Violent demonstration"),
    ("Violent demonstration", "negative", "Police used water cannon on a crowd of marchers.",
     "ASSAULT", None, "used", "a crowd of marchers", CIVIL, STATE, "Protest with intervention"),
    ("Violent demonstration", "near miss", "Riot police fired tear gas at the protesters.",
     "ASSAULT", None, "fired", "the protesters", CIVIL, STATE, "Protest with intervention"),
    # a state force's lethal or physical action in a sentence about a protest, its victims named otherwise
    ("Excessive force against protesters", "positive", "Soldiers killed two students during the protest in the square.",
     "ASSAULT", None, "killed", "two students", CIVIL, STATE, "Excessive force against protesters"),
    ("Excessive force against protesters", "negative", "Soldiers killed two students in the square.",
     "ASSAULT", None, "killed", "two students", CIVIL, STATE, "Attack"),
    ("Excessive force against protesters", "near miss",
     "Soldiers killed two students after rioters stoned them during the protest.",
     "ASSAULT", None, "killed", "two students", CIVIL, STATE, "Violent demonstration"),
    ("Protest with intervention", "positive", "Police beat students during the protest in the square.",
     "ASSAULT", "beat", "beat", "students", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "negative", "Police beat students in the square.",
     "ASSAULT", "beat", "beat", "students", CIVIL, STATE, "Attack"),
    ("Protest with intervention", "near miss", "Police arrested three men over the death of a protester.",
     "COERCE", "arrest", "arrested", "three men", CIVIL, STATE, "Arrests"),
    # ACLED's violent demonstration: barricades, burning tyres (burning an effigy is no violence)
    ("Violent demonstration", "positive", "Demonstrators set up barricades and burned tyres on the highway.",
     "PROTEST", "demo", "set", None, None, None, "Violent demonstration"),
    ("Violent demonstration", "negative", "Demonstrators sang songs on the highway.",
     "PROTEST", "demo", "sang", None, None, None, "Peaceful protest"),
    ("Violent demonstration", "near miss", "Demonstrators burned an effigy of the governor.",
     "PROTEST", "demo", "burned", "the governor", None, None, "Peaceful protest"),
    # a claim in the passive
    ("claim_of_responsibility", "positive", "Responsibility for the raid was claimed by the Front.",
     "ASSAULT", None, "claimed", None, None, REBEL, "claim_of_responsibility"),
    ("claim_of_responsibility", "near miss", "The Front claimed that the army raided the post.",
     "ASSAULT", None, "raided", "the post", None, STATE, "Armed clash"),
    ("claim_of_responsibility", "positive", "The ambush was claimed by the Front.",
     "ASSAULT", None, "claimed", None, None, REBEL, "claim_of_responsibility"),
    ("claim_of_responsibility", "near miss", "The Front claimed that the army ambushed the convoy.",
     "ASSAULT", None, "ambushed", "the convoy", None, STATE, "Armed clash"),
    ("claim_of_responsibility", "positive", "The Front said it was behind the ambush.",
     "ASSAULT", None, "was", None, None, REBEL, "claim_of_responsibility"),
    ("claim_of_responsibility", "near miss", "The Front was behind the lines when the army shelled the town.",
     "ASSAULT", None, "shelled", "the town", None, STATE, "Shelling/artillery/missile attack"),
    # a plural opening the sentence keeps its plural as lemma: its base form is a cue too
    ("Shelling/artillery/missile attack", "positive", "Rockets were fired at the city from across the border.",
     "ASSAULT", None, "fired", "the city", None, None, "Shelling/artillery/missile attack"),
    # battles over territory: the side read from the source's nouns when no actor resolves it, and
    # from whom a place is taken
    ("Government regains territory", "positive", "The army retook the town from the rebels.",
     "ASSAULT", "seize", "retook", None, None, None, "Government regains territory"),
    ("Government regains territory", "negative", "The rebels retook the town from the army.",
     "ASSAULT", "seize", "retook", None, None, None, "Non-state actor overtakes territory"),
    ("Government regains territory", "near miss", "Rebel forces retook the town.",
     "ASSAULT", "seize", "retook", None, None, None, "Non-state actor overtakes territory"),
    ("Government regains territory", "positive", "Troops drove the militants out of the district.",
     "COERCE", "deport", "drove", "the militants", REBEL, STATE, "Government regains territory"),
    ("Government regains territory", "negative", "Troops drove the farmers out of the district.",
     "COERCE", "deport", "drove", "the farmers", CIVIL, STATE, "Other"),
    ("Non-state actor overtakes territory", "near miss", "Militants drove the troops out of the district.",
     "COERCE", "deport", "drove", "the troops", ARMED, REBEL, "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "positive", "The town was captured from government troops.",
     "ASSAULT", "seize", "captured", "government troops", ARMED, None, "Non-state actor overtakes territory"),
    # (the mirror of the row above: a place taken from an armed group is the government's regaining)
    ("Non-state actor overtakes territory", "negative", "The town was captured from the rebels.",
     "ASSAULT", "seize", "captured", "the rebels", REBEL, None, "Government regains territory"),
    # an explosion names no weapon: a weapon word in the sentence decides, else a remote explosive
    ("Remote explosive/landmine/IED", "positive", "An explosion killed two guards at the gate.",
     "ASSAULT", None, "killed", "two guards", None, None, "Remote explosive/landmine/IED"),
    ("Grenade", "positive", "Two guards were killed in an explosion caused by a grenade.",
     "ASSAULT", None, "killed", None, None, None, "Grenade"),
    ("Shelling/artillery/missile attack", "near miss", "Two guards were killed in a blast caused by a mortar shell.",
     "ASSAULT", None, "killed", None, None, None, "Shelling/artillery/missile attack"),
    # crime words: gangs, thefts, piracy (a gang rape is sexual violence)
    ("organised_crime", "positive", "Police arrested three gang members in the port.",
     "COERCE", "arrest", "arrested", "three gang members", CIVIL, STATE, "organised_crime"),
    ("organised_crime", "near miss", "Police arrested three men accused of gang rape in the port.",
     "COERCE", "arrest", "arrested", "three men", CIVIL, STATE, "Sexual violence"),
    ("Disrupted weapons use", "positive", "Dozens of pistols were captured in the capital.",
     "COERCE", "seize", "captured", None, None, None, "Disrupted weapons use"),
    ("Disrupted weapons use", "near miss", "Dozens of cars were captured in the capital.",
     "COERCE", "seize", "captured", None, None, None, "Other"),
    ("Headquarters or base established", "positive", "The army moved its headquarters to the hills.",
     "MOBILIZE", "troops", "moved", None, None, STATE, "Headquarters or base established"),
    ("Headquarters or base established", "near miss", "The army moved troops to the base in the hills.",
     "MOBILIZE", "troops", "moved", "troops", None, STATE, "Change to group/activity"),
    # a vessel that sinks, a vehicle that overturns; a country plunged into crisis is none
    ("man_made_disaster", "positive", "Six fishermen drowned when their boat sank near the island.",
     "ASSAULT", None, "drowned", None, None, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "Six protesters were killed as the regime plunged the country into chaos.",
     "ASSAULT", None, "killed", "Six protesters", CIVIL, None, "Excessive force against protesters"),
    # armed groups forming an alliance change the group
    ("Change to group/activity", "positive", "The two militias formed an alliance against the government.",
     "COOPERATE", None, "formed", None, None, REBEL, "Change to group/activity"),
    ("Change to group/activity", "negative", "The two parties formed an alliance against the government.",
     "COOPERATE", None, "formed", None, None, None, "diplomacy"),
    # a compound source with a state force in it is a state force; a place taken is taken however struck
    ("Government regains territory", "positive", "The army and allied militias recaptured the town.",
     "ASSAULT", "seize", "recaptured", None, None, ALLIED, "Government regains territory"),
    ("Government regains territory", "near miss", "The rebels and allied militias recaptured the town.",
     "ASSAULT", "seize", "recaptured", None, None, REBELS2, "Non-state actor overtakes territory"),
    ("Government regains territory", "positive", "Troops backed by warplanes recaptured the town.",
     "ASSAULT", "seize", "recaptured", None, None, STATE, "Government regains territory"),
    ("Government regains territory", "near miss", "Troops backed by warplanes attacked the town.",
     "ASSAULT", None, "attacked", "the town", None, STATE, "Air/drone strike"),
    # explosions and remote violence
    ("Suicide bomb", "positive", "A suicide bomber blew himself up at the checkpoint.",
     "ASSAULT", "aerial", "blew", None, None, None, "Suicide bomb"),
    ("Suicide bomb", "negative", "A bomber jet struck the checkpoint.",
     "ASSAULT", "aerial", "struck", "the checkpoint", None, STATE, "Air/drone strike"),
    ("Suicide bomb", "near miss", "Insurgents detonated a car bomb at the checkpoint.",
     "ASSAULT", "explosives", "detonated", None, None, REBEL, "Remote explosive/landmine/IED"),
    # the mode is the act's means (rule key means): not a word of its target, nor of another act's clause
    ("Suicide bomb", "negative", "Troops shot dead two suicide bombers at the checkpoint.",
     "ASSAULT", None, "shot", "two suicide bombers", ARMED, STATE, "Armed clash"),
    ("Suicide bomb", "negative", "Troops killed a gunman after the suicide bomber had fled.",
     "ASSAULT", None, "killed", "a gunman", ARMED, STATE, "Armed clash"),
    ("Suicide bomb", "near miss", "Two guards were killed when a suicide bomber struck the gate.",
     "ASSAULT", None, "killed", "Two guards", ARMED, None, "Suicide bomb"),
    ("Chemical weapon", "positive", "Government forces dropped chlorine on the town.",
     "ASSAULT", None, "dropped", "the town", None, STATE, "Chemical weapon"),
    ("Chemical weapon", "negative", "Government forces shelled the town.",
     "ASSAULT", "heavy-weapons", "shelled", "the town", None, STATE, "Shelling/artillery/missile attack"),
    ("Chemical weapon", "near miss", "Police fired tear gas into the town's market.",
     "ASSAULT", None, "fired", "the town's market", None, STATE, "Attack"),
    ("Grenade", "positive", "Militants hurled a grenade at a police vehicle.",
     "ASSAULT", "explosives", "hurled", "a police vehicle", None, REBEL, "Grenade"),
    ("Grenade", "negative", "Militants planted a roadside bomb near a police vehicle.",
     "ASSAULT", "explosives", "planted", None, None, REBEL, "Remote explosive/landmine/IED"),
    ("Grenade", "near miss", "Militants fired rocket-propelled grenades at the convoy.",
     "ASSAULT", None, "fired", "the convoy", None, REBEL, "Shelling/artillery/missile attack"),
    ("Air/drone strike", "positive", "Warplanes struck a market in the north.",
     "ASSAULT", None, "struck", "a market", CIVIL, STATE, "Air/drone strike"),
    ("Air/drone strike", "negative", "Artillery struck a market in the north.",
     "ASSAULT", None, "struck", "a market", CIVIL, STATE, "Shelling/artillery/missile attack"),
    ("Air/drone strike", "near miss", "Warplanes flew to a base in the north.",
     "MOBILIZE", None, "flew", None, None, STATE, "Change to group/activity"),
    ("Air/drone strike", "positive", "Two warplanes bombed the rebel depot.",
     "ASSAULT", None, "bombed", "the rebel depot", None, STATE, "Air/drone strike"),
    ("Air/drone strike", "near miss", "Two saboteurs bombed the rebel depot.",
     "ASSAULT", None, "bombed", "the rebel depot", None, STATE, "Remote explosive/landmine/IED"),
    ("Shelling/artillery/missile attack", "positive", "A missile hit the airbase, destroying two helicopters.",
     "ASSAULT", None, "hit", "the airbase", None, None, "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "positive", "Rebels fired mortars at the village.",
     "ASSAULT", None, "fired", "the village", None, REBEL, "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "negative", "Rebels fired rifles at the village.",
     "ASSAULT", "firearms", "fired", "the village", None, REBEL, "Attack"),
    ("Shelling/artillery/missile attack", "near miss", "A warplane fired missiles at the village.",
     "ASSAULT", None, "fired", "the village", None, STATE, "Air/drone strike"),
    ("Remote explosive/landmine/IED", "positive", "A roadside bomb killed two soldiers on the highway.",
     "ASSAULT", None, "killed", "two soldiers", ARMED, None, "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "negative", "Gunmen killed two soldiers on the highway.",
     "ASSAULT", None, "killed", "two soldiers", ARMED, None, "Armed clash"),
    ("Remote explosive/landmine/IED", "near miss", "A hand grenade killed two soldiers on the highway.",
     "ASSAULT", None, "killed", "two soldiers", ARMED, None, "Grenade"),
    # violence against civilians
    ("Sexual violence", "positive", "Soldiers raped women in the village.",
     "ASSAULT", None, "raped", "women", CIVIL, STATE, "Sexual violence"),
    ("Sexual violence", "negative", "Soldiers beat women in the village.",
     "ASSAULT", None, "beat", "women", CIVIL, STATE, "Attack"),
    ("Sexual violence", "near miss", "The rights group accused the soldiers of looting the village.",
     "ACCUSE", None, "accused", "the soldiers", ARMED, None, "diplomacy"),
    ("Abduction/forced disappearance", "positive", "Gunmen kidnapped five aid workers.",
     "ASSAULT", "abduct", "kidnapped", "five aid workers", CIVIL, None, "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "negative", "Gunmen killed five aid workers.",
     "ASSAULT", None, "killed", "five aid workers", CIVIL, None, "Attack"),
    ("Abduction/forced disappearance", "near miss", "The rebels released five hostages.",
     "RETREAT", "release", "released", "five hostages", CIVIL, REBEL, "Change to group/activity"),
    # territory
    ("Non-violent transfer of territory", "positive", "The army handed over the base to the police.",
     "RETREAT", None, "handed", "the base", None, STATE, "Non-violent transfer of territory"),
    ("Non-violent transfer of territory", "negative", "The army withdrew from the base.",
     "RETREAT", "withdraw", "withdrew", None, None, STATE, "Change to group/activity"),
    ("Non-violent transfer of territory", "positive", "The rebels seized the town after the army withdrew.",
     "ASSAULT", "seize", "seized", "the town", None, REBEL, "Non-violent transfer of territory"),
    ("Non-violent transfer of territory", "near miss", "The rebels seized the town after a long siege.",
     "ASSAULT", "seize", "seized", "the town", None, REBEL, "Non-state actor overtakes territory"),
    ("Government regains territory", "positive", "Government troops recaptured the town from the rebels.",
     "ASSAULT", "seize", "recaptured", "the town", None, STATE, "Government regains territory"),
    ("Government regains territory", "negative", "Government troops shelled the town.",
     "ASSAULT", "heavy-weapons", "shelled", "the town", None, STATE, "Shelling/artillery/missile attack"),
    ("Non-state actor overtakes territory", "positive", "The Front, which rules the north, captured the town.",
     "ASSAULT", "seize", "captured", "the town", None,
     Actor("s:front", "the Front", "organisation", sectors=("GOV", "REB")), "Non-state actor overtakes territory"),
    ("Government regains territory", "near miss", "The rebels recaptured the town from government troops.",
     "ASSAULT", "seize", "recaptured", "the town", None, REBEL, "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "positive", "The rebels overran the district.",
     "ASSAULT", "seize", "overran", "the district", None, REBEL, "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "negative", "The rebels shelled the district.",
     "ASSAULT", None, "shelled", "the district", None, REBEL, "Shelling/artillery/missile attack"),
    ("Non-state actor overtakes territory", "near miss", "Government troops took control of the district.",
     "ASSAULT", "seize", "took", "the district", None, STATE, "Government regains territory"),
    # strategic developments
    ("Disrupted weapons use", "positive", "Police seized rifles and ammunition in a raid.",
     "COERCE", "seize", "seized", "rifles", None, STATE, "Disrupted weapons use"),
    ("Disrupted weapons use", "negative", "Police arrested five men in a raid.",
     "COERCE", "arrest", "arrested", "five men", CIVIL, STATE, "Arrests"),
    ("Disrupted weapons use", "near miss", "Police found the bodies of five men in a raid.",
     "COERCE", None, "found", "the bodies", None, STATE, "Other"),
    ("Headquarters or base established", "positive", "Turkish troops set up a base near the border.",
     "MOBILIZE", None, "set", None, None, STATE, "Headquarters or base established"),
    ("Headquarters or base established", "negative", "Turkish troops moved near the border.",
     "MOBILIZE", None, "moved", None, None, STATE, "Change to group/activity"),
    ("Headquarters or base established", "near miss", "Turkish troops attacked a base near the border.",
     "ASSAULT", None, "attacked", "a base", None, STATE, "Armed clash"),
    ("Arrests", "positive", "Police arrested three journalists in the capital.",
     "COERCE", "arrest", "arrested", "three journalists", CIVIL, STATE, "Arrests"),
    ("Arrests", "negative", "Police questioned three journalists in the capital.",
     "CONSULT", None, "questioned", "three journalists", CIVIL, STATE, "diplomacy"),
    ("Arrests", "near miss", "The court sentenced three journalists in the capital.",
     "COERCE", None, "sentenced", "three journalists", CIVIL, STATE, "Other"),
    ("Looting/property destruction", "positive", "Rioters looted shops in the township.",
     "ASSAULT", None, "looted", "shops", None, None, "Looting/property destruction"),
    ("Looting/property destruction", "negative", "Soldiers searched shops in the township.",
     "COERCE", None, "searched", "shops", None, STATE, "Other"),
    ("Looting/property destruction", "near miss", "Police arrested looters in the township.",
     "COERCE", "arrest", "arrested", "looters", None, STATE, "Arrests"),
    ("Other", "positive", "Investigators found a mass grave near the town, the army said.",
     "ASSAULT", None, "found", None, None, None, "Other"),
    ("Other", "positive", "The government imposed a curfew on the city.",
     "COERCE", "curfew", "imposed", "the city", None, STATE, "Other"),
    ("Other", "negative", "Investigators found a weapons cache near the town.",
     "COERCE", None, "found", None, None, STATE, "Disrupted weapons use"),
    ("Other", "near miss", "Investigators said a grave crime happened near the town.",
     "ACCUSE", None, "said", None, None, None, "diplomacy"),
    ("Armed clash", "positive", "Insurgents attacked an army checkpoint.",
     "ASSAULT", None, "attacked", "an army checkpoint", None, REBEL, "Armed clash"),
    ("Armed clash", "positive", "Fighting broke out between the two militias.",
     "ASSAULT", None, "broke", None, None, None, "Armed clash"),
    ("Armed clash", "negative", "Insurgents attacked a wedding party.",
     "ASSAULT", None, "attacked", "a wedding party", CIVIL, REBEL, "Attack"),
    ("Armed clash", "near miss", "Insurgents attacked a wedding party near the checkpoint.",
     "ASSAULT", None, "attacked", "a wedding party", CIVIL, REBEL, "Attack"),
    ("Attack", "positive", "The militia killed two farmers.",
     "ASSAULT", None, "killed", "two farmers", CIVIL, REBEL, "Attack"),
    ("Attack", "negative", "The militia killed two soldiers.",
     "ASSAULT", None, "killed", "two soldiers", ARMED, REBEL, "Armed clash"),
    ("Attack", "near miss", "The militia threatened to kill two farmers.",
     "THREATEN", None, "threatened", "two farmers", CIVIL, REBEL, "diplomacy"),
    ("Agreement", "positive", "The rebels and the government agreed a ceasefire.",
     "AGREE", None, "agreed", None, None, None, "Agreement"),
    ("Agreement", "negative", "The rebels and the government discussed the ceasefire.",
     "CONSULT", None, "discussed", None, None, None, "diplomacy"),
    ("Agreement", "near miss", "The rebels rejected the ceasefire.",
     "REJECT", None, "rejected", None, None, REBEL, "diplomacy"),
    ("Change to group/activity", "positive", "The alliance deployed troops to the border region.",
     "AID", None, "deployed", None, None, STATE, "Change to group/activity"),
    ("Change to group/activity", "near miss", "The alliance sent food to the border region.",
     "AID", None, "sent", None, None, STATE, "diplomacy"),
    ("Change to group/activity", "positive", "The army deployed troops to the border.",
     "MOBILIZE", "troops", "deployed", None, None, STATE, "Change to group/activity"),
    ("Change to group/activity", "negative", "The army shelled the border.",
     "ASSAULT", "heavy-weapons", "shelled", None, None, STATE, "Shelling/artillery/missile attack"),
    ("Change to group/activity", "near miss", "The army deployed troops to guard the old mine.",
     "MOBILIZE", "troops", "deployed", None, None, STATE, "Change to group/activity"),
    ("diplomacy", "positive", "The foreign minister met his counterpart in Vienna.",
     "CONSULT", None, "met", "his counterpart", None, None, "diplomacy"),
    ("diplomacy", "negative", "The foreign minister was arrested in Vienna.",
     "COERCE", "arrest", "arrested", None, None, None, "Arrests"),
    ("diplomacy", "near miss", "The foreign minister agreed a truce in Vienna.",
     "AGREE", None, "agreed", None, None, None, "Agreement"),
    # sides that trade fire fight each other; intruders killed are armed
    ("Armed clash", "positive", "Soldiers and rebels traded fire near the bridge.",
     "ASSAULT", None, "traded", None, None, ALLIED, "Armed clash"),
    ("Armed clash", "positive", "The guards killed two intruders near the bridge.",
     "ASSAULT", None, "killed", "two intruders", None, STATE, "Armed clash"),
    ("Armed clash", "near miss", "The guards killed two farmers near the bridge.",
     "ASSAULT", None, "killed", "two farmers", CIVIL, STATE, "Attack"),
    # a protest is never a disaster ("workers held a demonstration in front of the factory")
    ("man_made_disaster", "negative", "Workers held a protest in front of the factory.",
     "PROTEST", "demo", "held", None, None, None, "Peaceful protest"),
    ("natural_disaster", "negative", "Farmers held a protest over the drought.",
     "PROTEST", "demo", "held", None, None, None, "Peaceful protest"),
    # a fire with no doer (no act of anyone's read) is an accident
    ("man_made_disaster", "positive", "A fire destroyed forty shops in the market.",
     "NONE", None, "fire", None, None, None, "man_made_disaster"),
    ("man_made_disaster", "negative", "Rebels set fire to forty shops in the market.",
     "COERCE", None, "set", "forty shops", None, REBEL, "Looting/property destruction"),
    # crime told by its words and its doers
    ("organised_crime", "positive", "Police broke up a fake currency racket in the port.",
     "COERCE", None, "broke", "a fake currency racket", None, STATE, "organised_crime"),
    ("organised_crime", "positive", "Cattle rustlers attacked herders in the valley.",
     "ASSAULT", None, "attacked", "herders", CIVIL, None, "organised_crime"),
    # a crowd controlled (PLOVER crowd-control) is a protest intervened on
    ("Protest with intervention", "positive", "Police dispersed the agitating students with batons.",
     "ASSAULT", "crowd-control", "dispersed", "the agitating students", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "near miss", "Police beat the students with batons.",
     "ASSAULT", "beat", "beat", "the students", CIVIL, STATE, "Attack"),
    # a promise to visit is diplomacy, not an agreement
    ("Agreement", "negative", "The minister agreed to visit the capital next week.",
     "AGREE", None, "agreed", None, None, STATE, "diplomacy"),
    # an attack attributed to its doer: who is responsible is the report
    ("claim_of_responsibility", "positive", "Officials blamed the Front for the bombing of the market.",
     "ACCUSE", None, "blamed", "the Front", REBEL, STATE, "claim_of_responsibility"),
    ("claim_of_responsibility", "negative", "Officials blamed the Front for the failure of the talks.",
     "ACCUSE", None, "blamed", "the Front", REBEL, STATE, "diplomacy"),
    ("claim_of_responsibility", "near miss", "Officials accused the Front of lying after the bombing.",
     "ACCUSE", None, "accused", "the Front", REBEL, STATE, "diplomacy"),
    # protesters shot at (PLOVER mode firearms) face lethal force
    ("Excessive force against protesters", "positive", "Police shot and wounded three protesters in the square.",
     "ASSAULT", "firearms", "shot", "three protesters", CIVIL, STATE, "Excessive force against protesters"),
    ("Excessive force against protesters", "near miss", "Police shoved three protesters in the square.",
     "ASSAULT", None, "shoved", "three protesters", CIVIL, STATE, "Protest with intervention"),
    ("claim_of_responsibility", "positive", "Officials accused the Front of carrying out the bombing.",
     "ACCUSE", None, "accused", "the Front", REBEL, STATE, "claim_of_responsibility"),
    ("claim_of_responsibility", "near miss", "Officials accused the Front of lying about the bombing.",
     "ACCUSE", None, "accused", "the Front", REBEL, STATE, "diplomacy"),
    # property destroyed as a coercion (PLOVER COERCE destroy, or its predicate)
    ("Looting/property destruction", "positive", "Militants destroyed a bridge on the highway.",
     "COERCE", "destroy", "destroyed", "a bridge", None, REBEL, "Looting/property destruction"),
    ("Looting/property destruction", "positive", "Armed men damaged the radio mast on the hill.",
     "COERCE", "seize", "damaged", "the radio mast", None, REBEL, "Looting/property destruction"),
    ("Looting/property destruction", "near miss", "Police impounded the car on the highway.",
     "COERCE", "seize", "impounded", "the car", None, STATE, "Other"),
    # prisoners exchanged or released: an agreement
    ("Agreement", "positive", "The two sides exchanged prisoners at the border.",
     "RETREAT", "release", "exchanged", "prisoners", None, ALLIED, "Agreement"),
    ("Agreement", "near miss", "The two sides exchanged fire at the border.",
     "ASSAULT", None, "exchanged", None, None, ALLIED, "Armed clash"),
    # drones or missiles intercepted: disrupted weapons use
    ("Disrupted weapons use", "positive", "Air defences intercepted two drones over the city.",
     "COERCE", "seize", "intercepted", "two drones", None, STATE, "Disrupted weapons use"),
    ("Disrupted weapons use", "near miss", "Police intercepted two suspects over the border.",
     "COERCE", "arrest", "intercepted", "two suspects", CIVIL, STATE, "Arrests"),
    # troops sent: a change to the group's activity
    ("Change to group/activity", "positive", "Thousands of soldiers were sent to the region.",
     "AID", None, "sent", None, None, None, "Change to group/activity"),
    ("Change to group/activity", "near miss", "Thousands of blankets were sent to the region.",
     "AID", None, "sent", None, None, None, "diplomacy"),
    # armed men named by a plain noun are an armed target ("border guards", "paramilitaries")
    ("Armed clash", "positive", "Gunmen opened fire on border guards near the crossing.",
     "ASSAULT", "firearms", "opened", "border guards", None, REBEL, "Armed clash"),
    ("Armed clash", "near miss", "Gunmen opened fire on worshippers near the crossing.",
     "ASSAULT", "firearms", "opened", "worshippers", None, REBEL, "Attack"),
    # unexploded ordnance that goes off is a remote explosive, whatever fired it; dynamite is an explosive
    ("Remote explosive/landmine/IED", "positive", "An unexploded shell went off in a field, killing two boys.",
     "ASSAULT", None, "killing", "two boys", CIVIL, None, "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "near miss", "A shell hit a field, killing two boys.",
     "ASSAULT", None, "killing", "two boys", CIVIL, None, "Shelling/artillery/missile attack"),
    # an operation in which weapons are seized is disrupted weapons use
    ("Disrupted weapons use", "positive", "Troops conducted a search operation in the hills, where two rifles were recovered.",
     "ASSAULT", None, "conducted", None, None, STATE, "Disrupted weapons use"),
    ("Disrupted weapons use", "near miss", "Troops conducted a search operation in the hills and killed two militants.",
     "ASSAULT", None, "conducted", "two militants", ARMED, STATE, "Armed clash"),
    # the state's affiliates are a state force ("government-backed militias"); a foreign backer is not
    ("Government regains territory", "positive", "Government-backed militias regained control of the district.",
     "ASSAULT", "seize", "regained", None, None, MILITIA, "Government regains territory"),
    ("Government regains territory", "negative", "Turkish-backed militias regained control of the district.",
     "ASSAULT", "seize", "regained", None, None, MILITIA, "Non-state actor overtakes territory"),
    ("Government regains territory", "near miss", "Government critics said militias regained control of the district.",
     "ASSAULT", "seize", "regained", None, None, MILITIA, "Non-state actor overtakes territory"),
    # a crowd that attacks people with no demonstration told: mob violence
    ("Mob violence", "positive", "Angry villagers attacked a health team in the market.",
     "ASSAULT", None, "attacked", "a health team", CIVIL, None, "Mob violence"),
    # ... and a crowd that attacks the police with no means told: ACLED's mob violence (an unorganised crowd, no
    # armed clash between organised sides); armed men among it make it a clash
    ("Mob violence", "positive", "Angry villagers attacked the police post in the market.",
     "ASSAULT", None, "attacked", "the police post", ARMED, None, "Mob violence"),
    ("Mob violence", "negative", "Armed villagers attacked the police post in the market.",
     "ASSAULT", None, "attacked", "the police post", ARMED, None, "Armed clash"),
    # ... demonstrators who attack are a violent demonstration (ACLED), not mob violence
    ("Mob violence", "near miss", "Angry villagers at a protest attacked a health team in the market.",
     "ASSAULT", None, "attacked", "a health team", CIVIL, None, "Violent demonstration"),
    # an explosive planted and defused or found is disrupted; weapons identified or detected too
    ("Disrupted weapons use", "positive", "Engineers defused a bomb planted near the bridge by the militants.",
     "ASSAULT", "explosives", "planted", None, None, None, "Disrupted weapons use"),
    ("Disrupted weapons use", "near miss", "A bomb planted near the bridge by the militants exploded.",
     "ASSAULT", "explosives", "planted", None, None, None, "Remote explosive/landmine/IED"),
    ("Disrupted weapons use", "positive", "Rocket bombs were identified by fishermen on the beach.",
     "COERCE", "seize", "identified", "Rocket bombs", None, None, "Disrupted weapons use"),
    ("Disrupted weapons use", "negative", "Two suspects were identified by fishermen on the beach.",
     "COERCE", "seize", "identified", "Two suspects", None, None, "Other"),
    # a body found is the killing, even of one abducted before; a gang that attacks is organised crime
    ("Attack", "positive", "The body of the abducted trader was found in a forest.",
     "ASSAULT", None, "found", None, None, None, "Attack"),
    ("Abduction/forced disappearance", "positive", "Gunmen abducted a trader in the forest.",
     "ASSAULT", "abduct", "abducted", "a trader", CIVIL, REBEL, "Abduction/forced disappearance"),
    ("organised_crime", "positive", "A gang of armed robbers raided a bank in the city.",
     "ASSAULT", None, "raided", "a bank", CIVIL, None, "organised_crime"),
    # crowd control where rioters are named is force used in a riot
    ("Violent demonstration", "positive", "Police used water cannon to disperse a crowd of rioters.",
     "ASSAULT", "crowd-control", "used", None, None, STATE, "Violent demonstration"),
    ("Violent demonstration", "near miss", "Police used water cannon to disperse a crowd of students.",
     "ASSAULT", "crowd-control", "used", None, None, STATE, "Protest with intervention"),
    # a truce signed (PLOVER may read the signing as SUPPORT) or talked about: an agreement
    ("Agreement", "positive", "The two militias signed a truce in the border town.",
     "SUPPORT", None, "signed", None, None, MILITIA, "Agreement"),
    ("Agreement", "positive", "The rebels began peace talks with the government in the capital.",
     "CONSULT", None, "began", None, None, REBEL, "Agreement"),
    ("Agreement", "negative", "The two ministers signed a trade accord in the border town.",
     "SUPPORT", None, "signed", None, None, STATE, "diplomacy"),
    ("Agreement", "near miss", "The ministers held talks on trade with the government in the capital.",
     "CONSULT", None, "held", None, None, STATE, "diplomacy"),
    # armed clashes told by their words: an attack repelled, an encounter, a gun battle
    ("Armed clash", "positive", "Witnesses said guards repelled the raid on the market.",
     "ASSAULT", None, "repelled", "the raid", None, None, "Armed clash"),
    ("Armed clash", "positive", "Two men were killed in an encounter near the forest.",
     "ASSAULT", None, "killed", "Two men", None, None, "Armed clash"),
    ("Armed clash", "negative", "Two men were killed in their shop near the forest.",
     "ASSAULT", None, "killed", "Two men", None, None, "Attack"),
    # an armed group named by a plain noun is an armed target ("killed two gunmen")
    ("Armed clash", "positive", "The soldiers killed two gunmen near the forest.",
     "ASSAULT", None, "killed", "two gunmen", None, STATE, "Armed clash"),
    ("Armed clash", "near miss", "The gunmen killed two farmers near the forest.",
     "ASSAULT", None, "killed", "two farmers", None, REBEL, "Attack"),
    # protesters who block a road demonstrate violently (ACLED: road-blocking), who sit on it peacefully;
    # a state force that blocks a march intervenes
    ("Violent demonstration", "positive", "Residents blocked the highway to protest against the power cuts.",
     "PROTEST", "obstruct", "blocked", "the highway", None, CIVIL, "Violent demonstration"),
    ("Violent demonstration", "near miss", "Residents sat peacefully on the highway to protest against the power cuts.",
     "PROTEST", "obstruct", "sat", "the highway", None, CIVIL, "Peaceful protest"),
    ("Protest with intervention", "positive", "Police blocked the march of the protesters to the palace.",
     "COERCE", None, "blocked", "the march", None, STATE, "Protest with intervention"),
    ("Protest with intervention", "near miss", "Police blocked the road to the palace.",
     "COERCE", None, "blocked", "the road", None, STATE, "Other"),
    # what a protest is against or denounces is its topic, not what the crowd did
    ("Peaceful protest", "positive", "Hundreds of nurses marched through the town against violence in hospitals.",
     "PROTEST", "demo", "marched", None, None, CIVIL, "Peaceful protest"),
    ("Peaceful protest", "positive", "Farmers rallied in the square to denounce the killing of a herder.",
     "PROTEST", "demo", "rallied", None, None, CIVIL, "Peaceful protest"),
    ("Violent demonstration", "near miss", "Hundreds of nurses marched through the town and turned violent.",
     "PROTEST", "demo", "marched", None, None, CIVIL, "Violent demonstration"),
    # civilians who clash with the state's forces: a violent demonstration, not an armed clash
    ("Violent demonstration", "positive", "Dozens of fishermen and students clashed with police near the harbour.",
     "ASSAULT", None, "clashed", "police", ARMED, CIVIL, "Violent demonstration"),
    ("Violent demonstration", "positive", "The gendarmes clashed with villagers near the harbour.",
     "ASSAULT", None, "clashed", "villagers", CIVIL, STATE, "Violent demonstration"),
    ("Violent demonstration", "negative", "Dozens of fishermen and students swam near the harbour.",
     "ASSAULT", None, "swam", None, None, CIVIL, "Attack"),
    ("Violent demonstration", "near miss", "The gendarmes clashed with bandits near the harbour.",
     "ASSAULT", None, "clashed", "bandits", ARMED, STATE, "Armed clash"),
    # party supporters who attack one another; a crowd's violence with no demonstration told
    ("Mob violence", "positive", "Supporters of two rival candidates attacked each other with clubs.",
     "ASSAULT", None, "attacked", None, None, CIVIL, "Mob violence"),
    ("Mob violence", "positive", "A crowd of neighbours burned the hut of a man they suspected of sorcery.",
     "PROTEST", "riot", "burned", "the hut", None, CIVIL, "Mob violence"),
    ("Mob violence", "near miss", "A crowd of striking dockers burned tyres outside the port during a protest.",
     "PROTEST", "riot", "burned", "tyres", None, CIVIL, "Violent demonstration"),
    # violence in a robbery or an extortion, a ransom demanded: organised crime
    ("organised_crime", "positive", "A goldsmith was stabbed to death by burglars in his shop.",
     "ASSAULT", None, "stabbed", "A goldsmith", CIVIL, None, "organised_crime"),
    ("organised_crime", "negative", "A goldsmith was stabbed to death in his shop.",
     "ASSAULT", None, "stabbed", "A goldsmith", CIVIL, None, "Attack"),
    ("organised_crime", "near miss", "Insurgents stabbed a goldsmith during a robbery in his shop.",
     "ASSAULT", None, "stabbed", "a goldsmith", CIVIL, REBEL, "Attack"),
    ("organised_crime", "positive", "The abductors demanded a ransom for the pilot.",
     "REQUEST", None, "demanded", "the pilot", None, None, "organised_crime"),
    ("organised_crime", "near miss", "The rebels demanded a ransom for the pilot.",
     "REQUEST", None, "demanded", "the pilot", None, REBEL, "diplomacy"),
    ("organised_crime", "positive", "Officers arrested two men for brewing illicit liquor in the forest.",
     "COERCE", "arrest", "arrested", "two men", CIVIL, STATE, "organised_crime"),
    # deaths from poisoned liquor: a man-made disaster
    ("man_made_disaster", "positive", "Nine labourers died after consuming spurious liquor in the camp.",
     "NONE", None, "liquor", None, None, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "Officers seized spurious liquor in the camp.",
     "COERCE", None, "seized", "spurious liquor", None, STATE, "organised_crime"),
    # a structure that collapses, read with no act: a man-made disaster; talks that collapse are none
    ("man_made_disaster", "positive", "The roof of the old cinema collapsed during the night.",
     "NONE", None, "collapsed", None, None, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "The talks between the unions collapsed on Monday.",
     "NONE", None, "collapsed", None, None, None, None),
    # diplomacy with no actor's act (reports.yaml diplomatic_meeting, diplomatic_break)
    ("diplomacy", "positive", "The finance ministers of the two states met in Oslo.",
     "NONE", None, "met", None, None, None, "diplomacy"),
    ("diplomacy", "near miss", "The peace talks between the army and the rebels were held in Oslo.",
     "NONE", None, "held", None, None, None, "Agreement"),
    ("diplomacy", "negative", "A storm hit the coast of Oslo.",
     "NONE", None, "hit", None, None, None, None),
    # wounding force against protesters: excessive force, not an intervention
    ("Excessive force against protesters", "positive", "Guards fired rubber bullets at the marchers, injuring nine.",
     "ASSAULT", None, "fired", "the marchers", CIVIL, STATE, "Excessive force against protesters"),
    ("Excessive force against protesters", "near miss", "Guards fired tear gas to disperse the marchers.",
     "ASSAULT", None, "fired", "the marchers", CIVIL, STATE, "Protest with intervention"),
    ("Excessive force against protesters", "near miss",
     "Guards fired rubber bullets at the protesters after some of them threw stones.",
     "ASSAULT", None, "fired", "the protesters", CIVIL, STATE, "Violent demonstration"),
    # an attack said to be its doer's, or to bear its marks: an attribution of responsibility
    ("claim_of_responsibility", "positive", "The Front was responsible for the ambush on the convoy.",
     "ASSAULT", None, "was", None, None, REBEL, "claim_of_responsibility"),
    ("claim_of_responsibility", "positive", "The bombing of the depot bore the hallmarks of the Front.",
     "ASSAULT", None, "bombing", "the depot", None, None, "claim_of_responsibility"),
    ("claim_of_responsibility", "positive", "The ministry accused the Front of the attack on the depot.",
     "ACCUSE", None, "accused", "the Front", None, STATE, "claim_of_responsibility"),
    ("claim_of_responsibility", "near miss", "The ministry accused the Front of lying about the depot.",
     "ACCUSE", None, "accused", "the Front", None, STATE, "diplomacy"),
    # an armed group's members who defect, its recruits, allegiance or new leader (reports.yaml)
    ("Change to group/activity", "positive", "Forty fighters of the militia defected on Monday.",
     "NONE", None, "defected", None, None, None, "Change to group/activity"),
    ("Change to group/activity", "positive", "The insurgents named a new commander after the raid.",
     "NONE", None, "named", None, None, None, "Change to group/activity"),
    ("Change to group/activity", "near miss", "The insurgents found a new commander after the raid.",
     "NONE", None, "found", None, None, None, None),
    # an effigy burned is a symbolic protest; villagers who block a road demonstrate violently (ACLED)
    ("Peaceful protest", "positive", "Students burned an effigy of the governor at the gate.",
     "COERCE", None, "burned", "an effigy", None, CIVIL, "Peaceful protest"),
    ("Peaceful protest", "near miss", "Students burned an effigy and threw stones at the police at the gate.",
     "PROTEST", "riot", "burned", "an effigy", None, CIVIL, "Violent demonstration"),
    ("Violent demonstration", "positive", "Angry villagers blocked the highway for three hours.",
     "PROTEST", "obstruct", "blocked", "the highway", None, CIVIL, "Violent demonstration"),
    ("Mob violence", "near miss", "Angry villagers beat the two thieves with sticks.",
     "ASSAULT", None, "beat", "the two thieves", CIVIL, CIVIL, "Mob violence"),
    # an aircraft that goes down with no attack told, an accidental shooting, a heat wave: no conflict
    ("man_made_disaster", "positive", "A cargo plane went down near the airfield, killing its crew of four.",
     "ASSAULT", None, "killing", "its crew", None, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "Rebels fired a rocket at a cargo plane, which went down near the airfield.",
     "ASSAULT", None, "fired", "a cargo plane", None, REBEL, "Shelling/artillery/missile attack"),
    ("man_made_disaster", "positive", "A guard accidentally shot a colleague while cleaning his rifle.",
     "ASSAULT", "firearms", "shot", "a colleague", None, None, "man_made_disaster"),
    ("natural_disaster", "positive", "The heat wave has killed forty people across the plains.",
     "ASSAULT", None, "killed", "forty people", CIVIL, None, "natural_disaster"),
    # a source named by a state unit's noun ("counterterrorism units") is a state force
    ("Government regains territory", "positive", "Elite counterterrorism units retook the hamlet from the insurgents.",
     "ASSAULT", "seize", "retook", "the insurgents", ARMED, None, "Government regains territory"),
    # protesters' own violence: damage, brickbats, policemen injured
    ("Violent demonstration", "positive", "Protesters threw brickbats and damaged shops along the avenue.",
     "PROTEST", "demo", "threw", None, None, CIVIL, "Violent demonstration"),
    ("Violent demonstration", "positive", "The march went on until three policemen were injured near the avenue.",
     "PROTEST", "demo", "march", None, None, CIVIL, "Violent demonstration"),
    ("Violent demonstration", "near miss", "The march went on until three marchers were injured near the avenue.",
     "PROTEST", "demo", "march", None, None, CIVIL, "Excessive force against protesters"),
    # assets frozen: a sanction, diplomacy outside ACLED; other property seized stays a strategic development
    ("diplomacy", "positive", "The treasury froze the assets of three generals.",
     "COERCE", "seize", "froze", "the assets", None, STATE, "diplomacy"),
    ("diplomacy", "near miss", "The treasury seized the houses of three generals.",
     "COERCE", "seize", "seized", "the houses", None, STATE, "Other"),
    # rockets launched at a place: a shelling or missile attack, not a mobilisation or a test
    ("Shelling/artillery/missile attack", "positive", "The militia launched rockets at the airport.",
     "MOBILIZE", "weapons", "launched", "the airport", None, REBEL, "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "near miss", "The navy launched missiles in a test off the coast.",
     "MOBILIZE", "weapons", "launched", None, None, STATE, "Change to group/activity"),
    ("Shelling/artillery/missile attack", "negative", "The militia launched a recruitment drive.",
     "MOBILIZE", None, "launched", None, None, REBEL, "Change to group/activity"),
    # a disaster named as the doer; a fire that broke out; a vehicle out of control: no conflict
    ("natural_disaster", "positive", "Wildfires fanned by the wind destroyed three hundred homes.",
     "COERCE", "destroy", "destroyed", "three hundred homes", None, CIVIL, "natural_disaster"),
    ("natural_disaster", "near miss", "Operation Wildfire fighters destroyed three hundred homes.",
     "COERCE", "destroy", "destroyed", "three hundred homes", None, REBEL, "Looting/property destruction"),
    ("man_made_disaster", "positive", "A fire that broke out in the ward killed ten patients.",
     "ASSAULT", None, "killed", "ten patients", CIVIL, None, "man_made_disaster"),
    ("man_made_disaster", "positive", "A speeding truck ploughed into the market and killed eleven people.",
     "ASSAULT", None, "killed", "eleven people", CIVIL, None, "man_made_disaster"),
    ("man_made_disaster", "near miss", "Clashes broke out in the market and killed eleven people.",
     "ASSAULT", None, "killed", "eleven people", CIVIL, None, "Armed clash"),
    # a baton charge on a crowd, fighters who charge a camp: force, not an accusation
    ("Protest with intervention", "positive", "Police baton-charged the marching teachers near the gate.",
     "ACCUSE", None, "charged", "the marching teachers", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "near miss", "Police charged the teachers with sedition near the gate.",
     "ACCUSE", None, "charged", "the teachers", CIVIL, STATE, "diplomacy"),
    ("Armed clash", "positive", "The insurgents charged a camp of the army near the gate.",
     "ACCUSE", None, "charged", "a camp of the army", ARMED, REBEL, "Armed clash"),
    ("Armed clash", "near miss", "The insurgents charged the mayor with treason near the gate.",
     "ACCUSE", None, "charged", "the mayor", None, REBEL, "diplomacy"),
    # an actor known by name only (no sectors): the nouns of the source span say its side
    ("Government regains territory", "positive", "The Kestrel Service units retook the hamlet from the insurgents.",
     "ASSAULT", "seize", "retook", "the insurgents", ARMED, Actor("s:kestrel", "the Kestrel Service", "organisation"),
     "Government regains territory"),
    ("Non-state actor overtakes territory", "near miss", "The Kestrel Front fighters took the hamlet from the army.",
     "ASSAULT", "seize", "took", "the army", ARMED, Actor("s:kestrel2", "the Kestrel Front", "organisation"),
     "Non-state actor overtakes territory"),
    # civilians who clash with one another, no armed side told: mob violence
    ("Mob violence", "positive", "Two groups of villagers clashed over a grazing field.",
     "ASSAULT", None, "clashed", None, None, CIVIL, "Mob violence"),
    ("Mob violence", "near miss", "Two groups of fighters clashed over a grazing field.",
     "ASSAULT", None, "clashed", None, None, None, "Armed clash"),
    ("Mob violence", "positive", "Communal clashes broke out in the market town after the procession.",
     "ASSAULT", None, "clashes", None, None, None, "Mob violence"),
    # drugs and frauds named by their own words: organised crime
    ("organised_crime", "positive", "Officers arrested two couriers with forty kilograms of ganja.",
     "COERCE", "arrest", "arrested", "two couriers", CIVIL, STATE, "organised_crime"),
    ("organised_crime", "near miss", "Officers arrested two couriers with forty rifles.",
     "COERCE", "arrest", "arrested", "two couriers", CIVIL, STATE, "Arrests"),
    # people arrested during a demonstration: a protest with intervention; an arrest told later: an arrest
    ("Protest with intervention", "positive", "Police arrested twenty activists during the rally in the square.",
     "COERCE", "arrest", "arrested", "twenty activists", CIVIL, STATE, "Protest with intervention"),
    ("Protest with intervention", "near miss", "Police arrested twenty activists a week after the rally in the square.",
     "COERCE", "arrest", "arrested", "twenty activists", CIVIL, STATE, "Arrests"),
    ("Protest with intervention", "negative", "Police arrested twenty activists at their homes.",
     "COERCE", "arrest", "arrested", "twenty activists", CIVIL, STATE, "Arrests"),
    # what thousands demand is a protest; what two senators demand is a statement
    ("Peaceful protest", "positive", "Thousands of villagers demanded the release of the headman.",
     "REQUEST", None, "demanded", "the headman", None, CIVIL, "Peaceful protest"),
    ("Peaceful protest", "near miss", "Two senators demanded the release of the headman.",
     "REQUEST", None, "demanded", "the headman", None, None, "diplomacy"),
]


@pytest.fixture(scope="module")
def acled() -> AcledData:
    data = stage_data("events").acled
    assert data is not None
    return data


def make_event(pd: ParsedDoc, row: Row) -> Event:
    _, _, text, plover, mode, pred, target, target_actor, source_actor, _ = row
    p = text.index(pred)
    t = text.index(target) if target else None
    subject = text[:p].rstrip(", ")  # the words before the predicate: the source in these sentences
    return Event(
        id="ev", article_id=pd.article_id, sentence=0, start=0, end=len(text), text=text, plover=plover,
        predicate=Span(p, p + len(pred), pred), mode=mode,
        source=Span(0, len(subject), subject) if subject else None,
        target=Span(t, t + len(target), target) if target is not None and t is not None else None,
        target_actor_ids=(target_actor.id,) if target_actor else (),
        source_actor_ids=(source_actor.id,) if source_actor else (),
    )


def label_of(e: Event) -> str | None:
    return e.acled_subtype if e.scope == "acled" else e.scope


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_rule(row: Row, acled: AcledData, parse: Callable[..., ParsedDoc]) -> None:
    pd = parse(row[2])
    sent = Sentence(list(next(iter(pd.spacy_sentences()))[1]), acled.not_cues,
                    (acled.topic_words, acled.topic_governors))
    actors = {**ACTORS, **{a.id: a for a in (row[7], row[8]) if a is not None}}
    out = classify(make_event(pd, row), sent, actors, acled)
    assert label_of(out) == row[9]
    if out.scope == "acled":
        assert out.acled_type == acled.types[str(out.acled_subtype)]
    else:
        assert out.acled_type is None and out.acled_subtype is None


def test_every_rule_has_a_positive_a_negative_and_a_near_miss(acled: AcledData) -> None:
    labels = {r.subtype or r.scope for r in acled.rules}
    kinds = row_kinds(ROWS)
    assert labels and all(kinds.get(str(label)) == ROW_KINDS for label in labels), (
        sorted(str(label) for label in labels if kinds.get(str(label)) != ROW_KINDS))


def test_every_acled_sub_event_type_has_its_event_type(acled: AcledData) -> None:
    assert len(acled.types) == 25
    assert acled.types["Grenade"] == "Explosions/Remote violence"
    assert acled.types["Arrests"] == "Strategic developments"


def test_an_event_no_rule_applies_to_is_left_as_it_is(acled: AcledData, parse: Callable[..., ParsedDoc]) -> None:
    row: Row = ("none", "negative", "The delegation arrived in Vienna.", "UNKNOWN", None, "arrived", None, None,
                None, None)
    pd = parse(row[2])
    sent = Sentence(list(next(iter(pd.spacy_sentences()))[1]), acled.not_cues)
    event = make_event(pd, row)
    assert classify(event, sent, ACTORS, acled) is event


def _raw(**rule: Any) -> dict[str, Any]:
    return {"types": {"Attack": "Violence against civilians"}, "rules": [rule]}


@pytest.mark.parametrize("rule, message", [
    ({"subtype": "Drive-by"}, "unknown ACLED sub-event type"),
    ({"scope": "weather"}, "unknown scope"),
    ({"subtype": "Attack", "scope": "diplomacy"}, "exactly one of"),
    ({"plover": ["ASSAULT"]}, "exactly one of"),
    ({"subtype": "Attack", "target": "soldiers"}, "target must be"),
    ({"subtype": "Attack", "claimant": "witness"}, "claimant must be"),
])
def test_build_rejects_unknown_names(rule: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_acled(_raw(**rule))


def test_build_reads_the_means_condition() -> None:
    data = build_acled(_raw(subtype="Attack", plover=["ASSAULT"], cues=["grenade"], means=True))
    assert data.rules[0].means and not build_acled(_raw(subtype="Attack", cues=["grenade"])).rules[0].means


def test_build_reads_the_conditions() -> None:
    data = build_acled(_raw(subtype="Attack", plover=["ASSAULT"], cues=["car-bomb"], target="civilian"))
    (rule,) = data.rules
    assert rule.plover == frozenset({"ASSAULT"}) and rule.cues == (("car", "bomb"),) and rule.target == "civilian"


def test_the_stage_types_events_end_to_end(parse: Callable[..., ParsedDoc]) -> None:
    from tests.builders import event_layer, run_events

    text = "Two suicide bombers from the rebels blew themselves up near Russian soldiers in Avalonia."
    pd = parse(text)
    events = run_events(pd, event_layer(pd, {"rebels": ("sector:REB", "group", None),
                                             "Russian soldiers": ("sector:RUS:MIL", "group", "RUS")}))
    assault = [e for e in events if e.plover == "ASSAULT"]
    assert assault and all(e.acled_subtype == "Suicide bomb" for e in assault)
    assert all(e.acled_type == "Explosions/Remote violence" and e.scope == "acled" for e in assault)


def test_a_data_file_fragment_adds_rules_after_the_packaged_ones(tmp_path: Path) -> None:
    from newsledger.config import Settings
    from newsledger.resources import Resources
    from newsledger.stages.events import EventsStage

    frag = tmp_path / "data.yaml"
    frag.write_text("events/acled:\n  rules:\n    - {subtype: Other, plovr: [CONSULT]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"data\.yaml \[events/acled\]: unknown key rules\[0\]\.plovr"):
        EventsStage().load(Settings(), Resources([frag]))
    frag.write_text("events/acled:\n  rules:\n    - {scope: organised_crime, cues: [piracy]}\n", encoding="utf-8")
    data = EventsStage().load(Settings(), Resources([frag])).acled
    assert data is not None and data.rules[-1].scope == "organised_crime" and data.rules[-1].cues == (("piracy",),)
    assert len(data.rules) == len(stage_data("events").acled.rules) + 1


def test_protests_told_close_together_are_one_demonstration_of_the_most_severe_type(acled: AcledData) -> None:
    def ev(sentence: int, subtype: str) -> Event:
        return Event(id=f"e{sentence}", article_id="a", sentence=sentence, start=0, end=1, text="x", plover="PROTEST",
                     predicate=Span(0, 1, "x"), acled_type=acled.types[subtype], acled_subtype=subtype, scope="acled")

    # (sentences of the events, their sub-event types, the expected ones) with protest_window 2
    cases = [
        ((0, 2), ("Peaceful protest", "Violent demonstration"), ("Violent demonstration", "Violent demonstration")),
        ((0, 1), ("Protest with intervention", "Violent demonstration"),
         ("Violent demonstration", "Violent demonstration")),
        ((0, 1), ("Protest with intervention", "Excessive force against protesters"),
         ("Excessive force against protesters", "Excessive force against protesters")),
        ((0, 1), ("Excessive force against protesters", "Violent demonstration"),
         ("Violent demonstration", "Violent demonstration")),
        ((0, 7), ("Peaceful protest", "Violent demonstration"), ("Peaceful protest", "Violent demonstration")),
        ((0, 1), ("Peaceful protest", "Armed clash"), ("Peaceful protest", "Armed clash")),
        # in one sentence the rules have read every word: "rallied to mourn demonstrators killed last month"
        ((0, 0), ("Peaceful protest", "Excessive force against protesters"),
         ("Peaceful protest", "Excessive force against protesters")),
        # ... except that demonstrators' own violence makes the demonstration violent whatever force met
        # it: "guards opened fire on demonstrators trying to block the entrance"
        ((0, 0), ("Excessive force against protesters", "Violent demonstration"),
         ("Violent demonstration", "Violent demonstration")),
        ((0, 0), ("Protest with intervention", "Violent demonstration"),
         ("Violent demonstration", "Violent demonstration")),
    ]
    assert acled.protest_window == 2
    for sentences, subtypes, expected in cases:
        events = [ev(s, t) for s, t in zip(sentences, subtypes, strict=True)]
        got = one_demonstration(events, acled)
        assert tuple(e.acled_subtype for e in got) == expected, (sentences, subtypes)
        assert all(e.acled_type == acled.types[str(e.acled_subtype)] for e in got)
    assert len(cases) == 9


def test_a_pronoun_doer_of_a_reported_clause_takes_the_side_of_the_reporter(
        acled: AcledData, parse: Callable[..., ParsedDoc]) -> None:
    """"The insurgents said they had captured the hamlet": "they" are the insurgents (non-state); the
    same with troops is the state's; a pronoun with no reporter above names no side (no rule of a
    side applies)."""
    cases = [("The insurgents said they had captured the hamlet.", "Non-state actor overtakes territory"),
             ("The troops said they had captured the hamlet.", "Government regains territory"),
             ("They had captured the hamlet.", None)]
    for text, expected in cases:
        pd = parse(text)
        sent = Sentence(list(next(iter(pd.spacy_sentences()))[1]), acled.not_cues)
        p, t = text.index("captured"), text.index("They" if text.startswith("They") else "they")
        event = Event(id="ev", article_id=pd.article_id, sentence=0, start=0, end=len(text), text=text,
                      plover="ASSAULT", mode="seize", predicate=Span(p, p + len("captured"), "captured"),
                      source=Span(t, t + 4, text[t:t + 4]), target=None)
        out = classify(event, sent, ACTORS, acled)
        got = out.acled_subtype if out.acled_subtype in ("Non-state actor overtakes territory",
                                                         "Government regains territory") else None
        assert got == expected, text
    assert len(cases) == 3


FIRE_AT_A_POST = [
    # (text, predicate, ACLED sub-event type of the event on it)
    # positive: fire opened at a checkpoint is no base established
    ("He opened fire on a police patrol that had stopped him at a checkpoint in Kharkiv.", "opened", "Armed clash"),
    # negative: a checkpoint opened is one
    ("The Israeli army opened a new checkpoint near Jenin on Monday.", "opened", "Headquarters or base established"),
    # near miss: shots fired, but no fire opened: a base opened is one
    ("The Sudanese army opened a new base in the town, firing shots in the air.", "opened",
     "Headquarters or base established"),
]


@pytest.mark.parametrize(("text", "predicate", "subtype"), FIRE_AT_A_POST)
def test_fire_opened_at_a_post_is_no_base_established(text: str, predicate: str, subtype: str) -> None:
    events = [e for e in pipeline().analyze_text(text).events if e.predicate.text == predicate]
    assert events, text
    assert events[0].acled_subtype == subtype
