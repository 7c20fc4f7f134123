"""Reports (stages/events/reports.py, data/events/reports.yaml): events found by what is acted on,
with no invented source; each construction with a positive sentence, a negative one and a near
miss, in invented sentences, through the whole pipeline (actors, events, ACLED typology)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.errors import ConfigError
from newsledger.records import NOT_PLOVER, Event
from newsledger.stages.events.reports import build_reports
from tests.builders import pipeline, stage_data

# (construction, kind, sentence, predicate word, expected (PLOVER type, ACLED sub-event type or
#  outside-ACLED scope, source words or None) of the event on that word; None: no such event)
Expected = tuple[str, str, str | None] | None
ROWS: list[tuple[str, str, str, str, Expected]] = [
    # ACLED: disrupted weapons use
    ("disrupted_weapons", "positive", "A cache of rifles and grenades was discovered near the old mill.",
     "discovered", ("COERCE", "Disrupted weapons use", None)),
    ("disrupted_weapons", "positive", "The seizure of rifles near the old mill surprised the village.",
     "seizure", ("COERCE", "Disrupted weapons use", None)),
    ("disrupted_weapons", "positive", "Engineers defused a roadside bomb outside the market on Friday.",
     "defused", ("COERCE", "Disrupted weapons use", "Engineers")),  # the engineers named as doers
    ("disrupted_weapons", "negative", "A cache of old letters was discovered near the old mill.", "discovered", None),
    ("disrupted_weapons", "near miss", "No weapons were found in the house.",
     "found", ("COERCE", "Disrupted weapons use", None)),  # found, but negated (checked below)
    # ACLED: territory taken (the side decides the sub-event type)
    ("territory_taken", "positive", "Government troops recaptured the village of Tarsa on Monday.",
     "recaptured", ("ASSAULT", "Government regains territory", "Government troops")),
    ("territory_taken", "positive", "The insurgents seized control of two districts after a week of fighting.",
     "seized", ("ASSAULT", "Non-state actor overtakes territory", "The insurgents")),
    ("territory_taken", "negative", "The insurgents seized the initiative in the talks.", "seized", None),
    ("territory_taken", "near miss", "The rebels vowed to fight until they take control of the valley towns.",
     "take", None),  # not (yet) taken
    ("territory_taken", "near miss", "The insurgents seized two rifles from the guards.",
     "seized", ("COERCE", "Disrupted weapons use", "The insurgents")),
    ("territory_taken", "positive", "Government troops took back the village of Tarsa on Monday.",
     "took", ("ASSAULT", "Government regains territory", "Government troops")),
    ("territory_taken", "positive", "Troops retook the village from the rebels.",  # the parser's lemma: "retook"
     "retook", ("ASSAULT", "Government regains territory", "Troops")),
    ("territory_taken", "positive", "The army announced the liberation of the town.",
     "liberation", ("ASSAULT", "Government regains territory", "The army")),
    ("territory_taken", "near miss", "The army announced the liberation of the hostages.", "liberation", None),
    ("territory_cleared", "positive", "The military said it had cleared the forest of insurgents.",
     "cleared", ("ASSAULT", "Government regains territory", "The military")),
    ("territory_cleared", "negative", "Workers cleared the road of snow after the storm.", "cleared", None),
    # (landmines cleared are weapons disrupted, reports.yaml disrupted_weapons; no territory taken)
    ("territory_cleared", "near miss", "The army cleared the road of landmines left by the insurgents.",
     "cleared", ("COERCE", "Disrupted weapons use", "The army")),
    ("territory_fallen", "positive", "The town fell to the rebels on Monday.",
     "fell", ("ASSAULT", "Non-state actor overtakes territory", "the rebels")),
    ("territory_fallen", "negative", "Prices fell to a record low on Monday.", "fell", None),
    ("territory_fallen", "near miss", "The town fell to government forces on Monday.",
     "fell", ("ASSAULT", "Government regains territory", "government forces")),
    # ACLED shelling and grenades told by the projectile
    ("projectile_impact", "positive", "Two missiles struck an oil depot near the port.",
     "struck", ("ASSAULT", "Shelling/artillery/missile attack", None)),
    ("projectile_impact", "positive", "A hand grenade was thrown into the bar, injuring six.",
     "thrown", ("ASSAULT", "Grenade", None)),
    ("projectile_impact", "negative", "Stock prices fell sharply on Monday.", "fell", None),
    ("projectile_impact", "near miss", "Rocket prices fell sharply on Monday.", "fell", None),
    # claims: the doer said to be behind an attack; the claim as a noun
    ("behind_attack", "positive", "The Front said it was behind the ambush on the road.",
     "was", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("behind_attack", "negative", "The Front said it was behind schedule on the road.", "was", None),
    ("responsibility_claim", "positive", "A claim of responsibility was posted online by the Front.",
     "claim", ("ASSAULT", "claim_of_responsibility", None)),
    ("responsibility_claim", "negative", "A claim of ownership was posted online by the Front.", "claim", None),
    ("property_burned", "positive", "Several houses were burned down in the village overnight.",
     "burned", ("ASSAULT", "Looting/property destruction", None)),
    ("property_burned", "negative", "Several candles were burned down in the village overnight.", "burned", None),
    ("group_alliance", "positive", "Two militias formed a new alliance in the north.",
     "formed", ("COOPERATE", "Change to group/activity", "militias")),
    ("group_alliance", "negative", "The two parties formed a coalition government.", "formed", None),
    ("group_alliance", "near miss", "Two militias formed a queue at the border.", "formed", None),
    ("disaster", "positive", "Nine people died when their minibus overturned on the highway.",
     "overturned", ("NONE", "man_made_disaster", None)),
    ("disaster", "positive", "The ferry sank off the coast with 200 passengers on board.",
     "sank", ("NONE", "man_made_disaster", None)),
    ("disaster", "near miss", "The vote plunged the country into crisis.", "plunged", None),
    ("fight_with_arms", "positive", "Villagers from Kasungu and Dowa fought with sticks and stones over grazing land.",
     "fought", ("ASSAULT", "Mob violence", None)),
    ("fight_with_arms", "negative", "Nurses fought for better pay for years in Lilongwe.", "fought", None),
    ("fight_with_arms", "near miss", "Doctors fought with the disease for weeks in Freetown.", "fought", None),
    ("vessel_sinking", "positive", "The sinking of an overloaded canoe on Lake Volta left nine traders missing.",
     "sinking", ("NONE", "man_made_disaster", None)),
    ("vessel_sinking", "negative", "The sinking of the shilling against the dollar worried traders.", "sinking", None),
    ("vessel_sinking", "near miss", "The sinking of a smugglers' boat by the coast guard was filmed.", "sinking", None),
    # a past participle's noun is what it acts on ("the bombs discovered", "gas used by the militants")
    ("disrupted_weapons", "positive", "Engineers examined the bombs discovered near the mill.",
     "discovered", ("COERCE", "Disrupted weapons use", None)),
    ("disrupted_weapons", "negative", "Engineers examined the letters discovered near the mill.", "discovered", None),
    ("chemical_weapon_used", "positive", "Civilians were exposed to poisonous gas used by the militants in the valley.",
     "used", ("ASSAULT", "Chemical weapon", "the militants")),
    ("weapon_use", "positive", "Five people died after the use of grenades by the security forces.",
     "use", ("ASSAULT", "Grenade", None)),
    ("weapon_use", "negative", "Five people died after the use of force by the security forces.", "use", None),
    ("weapon_use", "near miss", "The treaty bans the use of landmines.", "use", None),
    # the event nouns of ACLED's sub-event types in a sentence that reports nothing else
    ("clash_noun", "positive", "Residents fled after days of clashes near the border.",
     "clashes", ("ASSAULT", "Armed clash", None)),
    ("clash_noun", "negative", "Residents fled after days of talks near the border.", "talks", None),
    ("clash_noun", "near miss", "The minister warned of renewed clashes near the border.", "clashes", None),
    ("clash_noun", "near miss", "An inquiry into the clashes near the border was opened.", "clashes", None),
    ("riot_noun", "positive", "Hundreds of shops were closed in the wake of the riots.",
     "riots", ("PROTEST", "Violent demonstration", None)),
    ("riot_noun", "negative", "Hundreds of shops were closed in the wake of the holidays.", "holidays", None),
    ("abduction_noun", "positive", "Schools stayed shut after the kidnapping of three teachers.",
     "kidnapping", ("ASSAULT", "Abduction/forced disappearance", None)),
    ("abduction_noun", "near miss", "Schools stayed shut for fear of a kidnapping of teachers.", "kidnapping", None),
    ("claim_of_responsibility", "positive", "The Front admitted responsibility for the ambush on the road.",
     "admitted", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("attack_claimed", "positive", "The Front claimed the operation that killed four guards.",
     "claimed", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("attack_claimed", "near miss", "The Front claimed the operation was a success.", "claimed", None),
    ("base_established", "positive", "The army has established a new observation post near the river.",
     "established", ("MOBILIZE", "Headquarters or base established", "The army")),
    ("base_established", "positive", "The rebels moved their headquarters to the mountain town.",
     "moved", ("MOBILIZE", "Headquarters or base established", "The rebels")),
    ("base_established", "near miss", "The company moved its headquarters to the capital.", "moved", None),
    # ACLED: non-violent transfer of territory
    ("territory_handed_over", "positive", "The militia handed over the town to the army under the truce.",
     "handed", ("RETREAT", "Non-violent transfer of territory", "The militia")),
    ("territory_handed_over", "negative", "The militia handed over a list of demands to the army.", "handed", None),
    ("territory_handed_over", "near miss", "The soldiers withdrew from the village under a local deal.",
     "withdrew", ("RETREAT", "Non-violent transfer of territory", "The soldiers")),
    # ACLED: headquarters or base established
    ("base_established", "positive", "The army has set up a new military base near the river.",
     "set", ("MOBILIZE", "Headquarters or base established", "The army")),
    ("base_established", "negative", "The company has set up a new office near the river.", "set", None),
    ("base_established", "near miss", "The army has set up a committee near the river.", "set", None),
    # ACLED: looting and property destruction
    ("property_looted", "positive", "Shops were looted in the town centre overnight.",
     "looted", ("COERCE", "Looting/property destruction", None)),
    ("property_looted", "negative", "Shops were opened in the town centre overnight.", "opened", None),
    ("property_stolen", "positive", "Armed men stole cattle from a farm near Moroto.",
     "stole", ("COERCE", "Looting/property destruction", "Armed men")),
    ("property_stolen", "negative", "Armed men counted cattle at a farm near Moroto.", "counted", None),
    # (a theft someone is suspected of is no theft told)
    ("property_stolen", "near miss", "Villagers detained two men suspected of stealing cattle near Moroto.",
     "stealing", None),
    ("property_destroyed", "positive", "Shops were torched in the town centre overnight.",
     "torched", ("ASSAULT", "Looting/property destruction", None)),
    ("property_destroyed", "negative", "Shops were restocked in the town centre overnight.", "restocked", None),
    ("property_destroyed", "near miss", "Rioters torched cars near the stadium.",
     "torched", ("PROTEST", "Violent demonstration", "Rioters")),  # a crowd's violence is a riot
    # ACLED: arrests by unnamed police
    ("arrest", "positive", "Five suspects were arrested in the capital on Sunday.",
     "arrested", ("COERCE", "Arrests", None)),
    ("arrest", "negative", "Five suspects were questioned in the capital on Sunday.", "questioned", None),
    ("arrest", "near miss", "Five rifles were seized in the capital on Sunday.",
     "seized", ("COERCE", "Disrupted weapons use", None)),
    # a bomb that exploded, no perpetrator named
    ("explosion_of_weapon", "positive", "A roadside bomb exploded near a bus in the south.",
     "exploded", ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("explosion_of_weapon", "negative", "A tyre exploded near a bus in the south.", "exploded", None),
    ("explosion_of_weapon", "near miss", "A gas cylinder exploded in a restaurant in the south.",
     "exploded", ("NONE", "man_made_disaster", None)),
    # claims of responsibility: the claimed attack, done by the claimant
    ("claim_of_responsibility", "positive", "The Front claimed responsibility for the ambush on the road.",
     "claimed", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("claim_of_responsibility", "negative", "The Front denied any role in the ambush on the road.", "claimed", None),
    ("attack_claimed", "near miss", "The Front claimed the ambush on the road.",
     "claimed", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("attack_claimed", "negative", "The Front claimed victory in the vote.", "claimed", None),
    # ACLED "Change to group/activity": armed groups that merge or split (no PLOVER act)
    ("group_change", "positive", "The two rebel factions merged in the north.",
     "merged", ("NONE", "Change to group/activity", None)),
    ("group_change", "negative", "The two rebel factions met in the north.", "met", None),
    ("group_change", "near miss", "The two banks merged in the north.", "merged", None),
    # ... that set up a new entity, branch, wing or unit (no PLOVER act)
    ("group_branch", "positive", "A Kurdish branch of the militia network has been set up in Kirkuk province.",
     "set", ("MOBILIZE", "Change to group/activity", None)),
    ("group_branch", "negative", "The company set up a new branch in Kirkuk.", "set", None),
    ("group_branch", "near miss", "The militia leaders set up a meeting in Kirkuk.", "set", None),
    # fallbacks: in an article that tells no act, the event nouns wherever they stand
    ("attack_fallback", "positive", "The rebels suffered heavy losses in raids by army helicopters near the dam.",
     "raids", ("ASSAULT", "Air/drone strike", None)),
    ("attack_fallback", "negative", "The rebels suffered heavy losses in the floods near the dam.",
     "floods", ("NONE", "natural_disaster", None)),  # a disaster, no attack
    ("attack_fallback", "near miss", "The council adopted a resolution condemning the raids near the dam.", "raids", None),
    ("attack_fallback", "near miss", "The Front denied any involvement in the attack on the convoy.", "attack", None),
    ("arrest_fallback", "positive", "Calls grew for the release of the writer after his arrest in the capital.",
     "arrest", ("COERCE", "Arrests", None)),
    ("arrest_fallback", "negative", "Calls grew for the release of the writer after his speech in the capital.",
     "speech", None),
    # drownings and suffocations are accidents, not in a protest
    ("disaster", "positive", "Three boys drowned in a village pond on Sunday.",
     "drowned", ("NONE", "man_made_disaster", None)),
    ("disaster", "near miss", "Three protesters suffocated when tear gas filled the hall on Sunday.", "suffocated", None),
    ("property_demolished", "positive", "Houses belonging to the herders were demolished overnight.",
     "demolished", ("ASSAULT", "Looting/property destruction", None)),
    ("property_demolished", "negative", "Houses belonging to the herders were painted overnight.", "painted", None),
    ("property_demolished", "near miss", "Houses belonging to the herders were destroyed by the flood overnight.",
     "destroyed", None),
    ("protest_march_plain", "positive", "Hundreds of students gathered outside the court to demand the release of a teacher.",
     "gathered", ("PROTEST", "Peaceful protest", "students")),
    ("protest_march_plain", "near miss", "Crowds gathered in the square to celebrate the victory.", "gathered", None),
    ("explosion_of_weapon", "positive", "Dynamite was used to blow up the house of the village chief.",
     "blow", ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("property_demolished", "near miss", "Workers were hired to pull down the house of the village chief.", "pull", None),
    # a portion word leads to what it is a portion of; "until" with a past verb tells what happened
    ("territory_handed_over", "positive", "The deal led to the handover of some of the districts to the government.",
     "handover", ("RETREAT", "Non-violent transfer of territory", None)),
    ("territory_handed_over", "negative", "The deal led to the handover of some of the documents to the government.",
     "handover", None),
    ("disaster", "positive", "The ferry drifted for hours until it ran aground on a sandbank.",
     "ran", ("NONE", "man_made_disaster", None)),
    ("disaster", "near miss", "The crew steered the ferry away before it ran aground on a sandbank.", "ran", None),
    ("arrest", "positive", "Police picked up five youths for questioning over the brawl.",
     "picked", ("COERCE", "Arrests", "Police")),
    ("arrest", "negative", "Police picked up five bags of rubbish after the brawl.", "picked", None),
    # acted_on: with nothing it acts on the verb has another sense (a rise)
    ("arrest", "negative", "Tourism in Kenya and Uganda is slowly picking up.", "picking", None),
    ("arrest", "near miss", "Five Kenyan activists were picked up by police in Nairobi.",
     "picked", ("COERCE", "Arrests", "police in Nairobi")),
    ("crime_by_criminals", "positive", "Suspected drug dealers shot dead a shopkeeper in the slum.",
     "shot", ("NONE", "organised_crime", None)),
    ("body_found", "positive", "The body of the abducted trader was found in a forest.",
     "found", ("ASSAULT", "Attack", None)),
    # ACLED: protests with no organiser named
    ("protest", "positive", "A rally against the new tax was held in the capital on Sunday.",
     "rally", ("PROTEST", "Peaceful protest", None)),
    ("protest", "negative", "A meeting about the new tax was held in the capital on Sunday.", "meeting", None),
    ("protest", "near miss", "A rally against the new tax will be held next month.",
     "rally", None),  # not held yet (checked as not asserted)
    # a month is no march
    ("protest", "positive", "Thousands joined the march against the new tax in the capital.",
     "march", ("PROTEST", "Peaceful protest", None)),
    ("protest", "negative", "The new tax was passed in early March after long talks.", "March", None),
    ("protest", "near miss", "The march against the new tax began on March 3 in the capital.",
     "march", ("PROTEST", "Peaceful protest", None)),
    # a verb of causing: its subject caused the protests, it did not protest
    ("protest", "positive", "Raila Odinga's arrest sparked protests in Nairobi.", "protests",
     ("PROTEST", "Peaceful protest", None)),
    ("protest", "positive", "The Kenyan government's decision triggered protests in Nairobi.", "protests",
     ("PROTEST", "Peaceful protest", None)),
    ("protest", "negative", "Kenyan students staged protests in Nairobi.", "protests",
     ("PROTEST", "Peaceful protest", "Kenyan students")),
    ("protest", "near miss", "Kenyan students, angered by the arrest, staged protests in Nairobi.", "protests",
     ("PROTEST", "Peaceful protest", "Kenyan students")),
    # a demonstration of a quality is a display, no protest
    ("protest", "negative", "The sanctions are a demonstration of our commitment to human rights, the envoy said.",
     "demonstration", None),
    ("protest", "negative", "The drills were a demonstration of Iranian military strength.", "demonstration", None),
    ("protest", "near miss", "A demonstration of thousands of teachers was held in the capital on Sunday.",
     "demonstration", ("PROTEST", "Peaceful protest", None)),
    # ACLED: sexual violence, the doer named by a light verb
    ("sexual_violence", "positive", "The soldiers committed rape against women in the villages.",
     "rape", ("ASSAULT", "Sexual violence", "The soldiers")),
    ("sexual_violence", "negative", "The soldiers committed errors in the villages.", "errors", None),
    ("sexual_violence", "near miss", "The soldiers were accused of rape in the villages.", "rape", None),
    # ... a general verb or noun that "sexual(ly)" qualifies
    ("disrupted_weapons_vehicle", "positive", "Coastguards intercepted a boat loaded with rifles near Aden.",
     "intercepted", ("COERCE", "Disrupted weapons use", "Coastguards")),
    ("disrupted_weapons_vehicle", "negative", "Coastguards intercepted a boat near Aden.", "intercepted", None),
    ("disrupted_weapons_vehicle", "near miss", "Coastguards intercepted a boat loaded with migrants near Aden.",
     "intercepted", None),
    # explosives removed before they go off; a bullet removed from a body is none (seen on VOA: "surgeries to
    # remove the bullets lodged in her neck" had become a weapons seizure)
    ("disrupted_explosives_removed", "positive", "Engineers removed 40 landmines from farmland near Marib.",
     "removed", ("COERCE", "Disrupted weapons use", "Engineers")),
    ("disrupted_explosives_removed", "negative", "Surgeons removed two bullets from the boy's leg in Marib.",
     "removed", None),
    ("disrupted_explosives_removed", "near miss", "Engineers removed 40 tonnes of rubble near Marib.", "removed", None),
    ("sexual_abuse", "positive", "Guards sexually abused women held in the prison near Juba.",
     "abused", ("ASSAULT", "Sexual violence", "Guards")),
    ("sexual_abuse", "negative", "Guards abused their powers in the prison near Juba.", "abused", None),
    ("sexual_abuse", "near miss", "Guards were accused of sexual abuse in the prison near Juba.", "abuse", None),
    # ACLED: chemical weapons
    ("chemical_weapon_used", "positive", "Chlorine was used as a weapon in the northern town.",
     "used", ("ASSAULT", "Chemical weapon", None)),
    ("chemical_weapon_used", "negative", "Water was used to clean the streets of the northern town.", "used", None),
    ("chemical_weapon_used", "near miss", "Chlorine was used to clean the water of the northern town.", "used", None),
    # attacks reported by their noun, no perpetrator named
    ("attack_noun", "positive", "Gun attacks near the city left six people dead.",
     "attacks", ("ASSAULT", "Attack", None)),
    ("attack_noun", "negative", "Heart attacks near the city left six people dead.", "attacks", None),
    ("attack_noun", "near miss", "The report on attacks near the city was published.", "attacks", None),
    # ... and with their doer after "by" (a weapon after "by" names no doer)
    ("attack_noun", "positive", "An ambush by insurgents near the bridge left four herders dead.",
     "ambush", ("ASSAULT", "Attack", "insurgents")),
    # ... whose casualties, as its clause tells them, are its target: soldiers killed by an armed group's ambush
    # are ACLED's armed clash, both sides armed (acled_roles.noun_casualty_words)
    ("attack_noun", "positive", "An ambush by insurgents near the bridge left four soldiers dead.",
     "ambush", ("ASSAULT", "Armed clash", "insurgents")),
    ("attack_noun", "positive", "Four policemen died in an attack by insurgents near the bridge.",
     "attack", ("ASSAULT", "Armed clash", "insurgents")),
    ("attack_noun", "near miss", "An ambush by insurgents near the bridge left four refugee guards dead.",
     "ambush", ("ASSAULT", "Attack", "insurgents")),
    ("casualties_in_attack", "positive", "Six herders died in an attack by the rebels near the wells.",
     "attack", ("ASSAULT", "Attack", "the rebels")),
    ("casualties_in_attack", "near miss", "Six herders died in an attack by drone near the wells.",
     "attack", ("ASSAULT", "Air/drone strike", None)),
    ("abduction_noun", "positive", "Schools stayed shut after the kidnapping of three teachers by gunmen.",
     "kidnapping", ("ASSAULT", "Abduction/forced disappearance", "gunmen")),
    # ACLED "Agreement": ceasefires and exchanges of prisoners
    ("ceasefire", "positive", "A ceasefire between the two militias took hold on Friday.",
     "ceasefire", ("RETREAT", "Agreement", None)),
    ("ceasefire", "negative", "A meeting between the two militias was held on Friday.", "meeting", None),
    ("ceasefire", "near miss", "Talk of a ceasefire between the two militias grew on Friday.", "ceasefire", None),
    ("prisoner_exchange", "positive", "The exchange of prisoners between the two sides took place at the river.",
     "exchange", ("AGREE", "Agreement", None)),
    ("prisoner_exchange", "negative", "The exchange of letters between the two sides took place at the river.",
     "exchange", None),
    ("prisoner_exchange", "near miss", "The exchange rate fell sharply near the river.", "exchange", None),
    # outside ACLED: disasters and crime
    ("disaster", "positive", "A strong earthquake struck the coastal province on Tuesday.",
     "earthquake", ("NONE", "natural_disaster", None)),
    ("disaster", "positive", "A furnace exploded at a steel plant, injuring nine workers.",
     "exploded", ("NONE", "man_made_disaster", None)),
    ("disaster", "negative", "The farmers warned that the drought would worsen.", "drought", None),
    ("disaster", "near miss", "The minister faced a storm of criticism on Tuesday.", "storm", None),
    ("crime", "positive", "Ten officials were involved in a corruption scam at the port.",
     "scam", ("NONE", "organised_crime", None)),
    ("crime", "negative", "Ten officials were involved in a review at the port.", "review", None),
    # attacks and clashes told as what people died or were hurt in (the preposition's head)
    ("casualties_in_attack", "positive", "Six herders died in an air raid on the camp near the wells.",
     "raid", ("ASSAULT", "Air/drone strike", None)),
    ("casualties_in_attack", "positive", "Two boys were hurt in a landmine explosion near the wells.",
     "explosion", ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("casualties_in_attack", "negative", "Six herders spoke about an air raid on the camp near the wells.", "raid", None),
    ("casualties_in_attack", "near miss", "Six herders died in a gas cylinder explosion near the wells.",
     "explosion", ("NONE", "man_made_disaster", None)),  # an accident, no attack
    ("casualties_in_clash", "positive", "Two guards died in an exchange of fire with the bandits.",
     "exchange", ("ASSAULT", "Armed clash", None)),
    ("casualties_in_clash", "negative", "Two guards took part in an exchange of students with the college.",
     "exchange", None),
    ("casualties_in_clash", "near miss", "Two guards died in a battle against cancer.", "battle", None),
    ("fire_exchange", "positive", "An exchange of fire near the bridge lasted until dawn.",
     "exchange", ("ASSAULT", "Armed clash", None)),
    ("fire_exchange", "negative", "An exchange of views near the bridge lasted until dawn.", "exchange", None),
    ("fire_exchange", "near miss", "The guards feared an exchange of fire near the bridge.", "exchange", None),
    # fire traded by sides the patterns read no actor of (the clash, or with a heavy weapon the shelling)
    ("fire_traded", "positive", "Border rangers and a band of smugglers exchanged fire near Tumen overnight.",
     "exchanged", ("ASSAULT", "Armed clash", "Border rangers")),  # the subject, read by the roles
    ("fire_traded", "positive", "Venezuelan and Colombian guerrilla units traded mortar fire across the Arauca river.",
     "traded", ("ASSAULT", "Shelling/artillery/missile attack", "Venezuelan and Colombian guerrilla units")),
    ("fire_traded", "negative", "Border rangers and a band of smugglers exchanged gifts near Tumen overnight.",
     "exchanged", None),
    ("fire_traded", "near miss", "Border rangers and smugglers feared they would exchange fire near Tumen.",
     "exchange", None),
    # groups the patterns read no actor of that clash with each other (the sides decide the sub-event type)
    ("clash_verb", "positive",
     "Youths from two neighbouring towns clashed with sticks and stones after a football match in Enugu.",
     "clashed", ("ASSAULT", "Mob violence", None)),  # the subject is what it acts on: no doer invented
    ("clash_verb", "positive", "Rival factions of the student union clashed with iron rods on the campus in Sylhet.",
     "clashed", ("ASSAULT", "Mob violence", "Rival factions of the student union")),
    ("clash_verb", "negative", "Villagers from two neighbouring hamlets shared a well in Kwara.", "shared", None),
    ("clash_verb", "near miss", "The views of the two hamlets clashed over the well in Kwara.", "clashed", None),
    ("body_found", "positive", "The bullet-riddled body of a trader was found in a ditch.",
     "found", ("ASSAULT", "Attack", None)),
    ("body_found", "positive", "A mass grave was discovered outside the village.",
     "discovered", ("ASSAULT", "Other", None)),
    ("body_found", "negative", "The body of a drowned fisherman was found on the shore.", "found", None),
    ("body_found", "near miss", "The body of the old van was found in a ditch.", "found", None),
    # protests told by a march or a sit-in staged by people no actor list knows
    ("protest_march", "positive", "Shopkeepers staged a sit-in outside the town hall against the new levy.",
     "staged", ("PROTEST", "Peaceful protest", "Shopkeepers")),
    ("protest_march", "negative", "Shopkeepers staged a play outside the town hall against the new levy.",
     "staged", None),
    ("protest_march", "near miss", "Soldiers staged a parade outside the town hall.", "staged", None),
    ("protest_march_plain", "positive", "Hundreds of nurses marched through the town chanting slogans.",
     "marched", ("PROTEST", "Peaceful protest", "nurses")),
    ("protest_march_plain", "negative", "Hundreds of pilgrims marched through the town at dawn.", "marched", None),
    ("protest_march_plain", "near miss", "Hundreds of soldiers marched through the town chanting slogans.",
     "marched", None),
    # outside ACLED: vehicles that crash; crime told by its doers
    ("vehicle_accident", "positive", "A bus fell into a gorge in the hills, killing nine.",
     "fell", ("NONE", "man_made_disaster", None)),
    ("vehicle_accident", "negative", "A minibus waited at the edge of the ravine in the hills.", "waited", None),
    # (a vehicle that hits a mine sets it off: reports.yaml mine_struck reads the explosion)
    ("vehicle_accident", "near miss", "A minibus hit a roadside bomb in the hills, killing nine.", "hit",
     ("ASSAULT", "Remote explosive/landmine/IED", None)),
    # an explosive told as what struck, and a mine set off by a vehicle or a person
    ("explosive_impact", "positive", "An improvised explosive device struck a military vehicle near Menaka.", "struck",
     ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("explosive_impact", "negative", "A delivery van struck a military vehicle near Menaka.", "struck", None),
    ("explosive_impact", "near miss", "A gas cylinder explosion ripped through a bakery near Menaka.", "ripped", None),
    ("mine_struck", "positive", "A shepherd stepped on a landmine near the Armenian border.", "stepped",
     ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("mine_struck", "negative", "A shepherd stepped on a thorn near the Armenian border.", "stepped", None),
    ("mine_struck", "near miss", "A shepherd struck gold at a mine near the Armenian border.", "struck", None),
    # people held or in custody, forces deployed, a shutdown observed, shops kept closed, tools downed
    ("held_in_custody", "positive", "Three suspects are being held at the police station in Mombasa.", "held",
     ("COERCE", "Arrests", None)),
    ("held_in_custody", "negative", "Three parties are holding talks at the town hall in Mombasa.", "holding", None),
    ("held_in_custody", "near miss", "Three hostages are being held by the gunmen in Mombasa.", "held", None),
    ("in_custody", "positive", "The accused is in police custody and is being questioned in Nakuru.", "custody",
     ("COERCE", "Arrests", None)),
    ("in_custody", "negative", "The mother was granted custody of the children in Nakuru.", "custody", None),
    ("in_custody", "near miss", "The accused died in police custody in Nakuru.", "custody", None),
    # the constructions' nouns: a nominal report of what their verbs tell ("the fall of the town to the rebels",
    # "the deployment of troops began", "the burning of schools by separatists")
    ("territory_fallen", "positive", "The fall of the garrison town to the insurgents shocked the capital.", "fall",
     ("ASSAULT", "Non-state actor overtakes territory", "the insurgents")),
    ("territory_fallen", "near miss", "The fall of the government surprised the markets.", "fall", None),
    ("forces_deployed", "positive", "The deployment of 500 soldiers to the border town began on Friday.", "deployment",
     ("MOBILIZE", "Change to group/activity", None)),
    ("forces_deployed", "near miss", "The deployment of doctors to the flooded town began on Friday.", "deployment",
     None),
    # (peacekeepers sent are CAMEO 074, peacekeeping: PLOVER AID, no mobilisation)
    ("forces_deployed", "near miss", "The deployment of 800 peacekeepers to the border town began on Friday.",
     "deployment", None),
    ("base_established", "positive", "The establishment of a militia headquarters in the valley worried residents.",
     "establishment", ("MOBILIZE", "Headquarters or base established", None)),
    ("base_established", "near miss", "The establishment of a trade office in the valley pleased residents.",
     "establishment", None),
    # (an armed group named by what it is: fighters, mercenaries, separatists)
    ("base_established", "positive", "Separatist fighters set up a camp near the river.", "set",
     ("MOBILIZE", "Headquarters or base established", "Separatist fighters")),
    ("base_established", "near miss", "Climbers set up a base camp near the summit.", "set", None),
    ("property_burned", "positive", "The burning of two mosques by unknown men angered the town.", "burning",
     ("ASSAULT", "Looting/property destruction", None)),
    ("property_burned", "near miss", "The burning of coal in the plant raised pollution.", "burning", None),
    ("territory_handed_over", "positive", "The handover of the border crossing to the army was completed on Sunday.",
     "handover", ("RETREAT", "Non-violent transfer of territory", None)),
    ("forces_deployed", "positive", "Additional companies of paramilitary forces have been deployed in the area.",
     "deployed", ("MOBILIZE", "Change to group/activity", None)),
    ("forces_deployed", "negative", "Additional medical teams have been deployed in the area.", "deployed", None),
    ("forces_deployed", "near miss", "Additional rescue workers have been deployed in the flooded area.", "deployed",
     None),
    ("shutdown_observed", "positive", "A complete shutdown was observed in the valley on Friday.", "observed",
     ("PROTEST", "Peaceful protest", None)),
    ("shutdown_observed", "negative", "A minute of silence was observed in the valley on Friday.", "observed", None),
    ("shutdown_observed", "near miss", "A complete lockdown was observed in the valley on Friday.", "observed", None),
    ("shops_closed", "positive", "Shops and businesses remained closed in Srinagar in response to the strike call.",
     "remained", ("PROTEST", "Peaceful protest", None)),
    ("shops_closed", "negative", "Shops and businesses remained open in Srinagar despite the strike call.", "remained",
     None),
    ("shops_closed", "near miss", "Shops and businesses remained closed in Srinagar for the Eid holiday.", "remained",
     None),
    ("tools_downed", "positive", "Workers downed tools at the copper mine on Tuesday over unpaid wages.", "downed",
     ("PROTEST", "Peaceful protest", "Workers")),
    ("tools_downed", "negative", "Workers repaired tools at the copper mine on Tuesday.", "repaired", None),
    ("tools_downed", "near miss", "Workers downed a few drinks after their shift at the copper mine on Tuesday.",
     "downed", None),
    # an attempt or a plot to attack foiled
    ("attack_foiled", "positive", "Police foiled an attempt by militants to attack the base in Gao.", "foiled",
     ("NONE", "Disrupted weapons use", "Police")),
    ("attack_foiled", "negative", "The committee foiled an attempt by the chairman to delay the vote in Gao.", "foiled",
     None),
    ("attack_foiled", "near miss", "Police thwarted an infiltration bid near Gao, killing two infiltrators.",
     "thwarted", None),
    # fighters who join an armed group, armed groups that join forces
    ("group_joined", "positive", "Hundreds of fighters have joined the militia in recent weeks, a commander said.",
     "joined", ("NONE", "Change to group/activity", "fighters")),
    ("group_joined", "negative", "Hundreds of farmers have joined the cooperative in recent weeks, a manager said.",
     "joined", None),
    ("group_joined", "near miss", "Hundreds of fighters have joined the protest in recent weeks, a commander said.",
     "joined", None),
    ("forces_joined", "positive", "Two rival rebel factions have joined forces against the government in the east.",
     "joined", ("COOPERATE", "Change to group/activity", "Two rival rebel factions")),
    ("forces_joined", "negative", "Two rival football clubs have joined forces to build a stadium in the east.",
     "joined", None),
    ("forces_joined", "near miss", "Two rival rebel factions have joined talks with the government in the east.",
     "joined", None),
    # the verbs of an attack wherever the parse put them (a fallback)
    ("attack_verb_fallback", "positive", "Fighters thought to belong to al-Shabaab attacked a police station in "
     "Mandera.", "attacked", ("ASSAULT", "Armed clash", None)),
    ("attack_verb_fallback", "negative", "Fighters thought to belong to al-Shabaab visited a police station in "
     "Mandera.", "visited", None),
    ("attack_verb_fallback", "near miss", "Officials fear that fighters thought to belong to al-Shabaab may attack a "
     "police station in Mandera.", "attack", None),
    # people killed or shot, no weapon, doer or act told in the article (a fallback)
    ("casualty_fallback", "positive", "Twelve civilians have lost their lives in the violence in Kasai since Monday.",
     "lost", ("ASSAULT", "Attack", "civilians")),
    ("casualty_fallback", "positive", "Police said the deceased had been shot in the head at close range.", "shot",
     ("ASSAULT", "Attack", None)),
    ("casualty_fallback", "negative", "Twelve civilians have lost their homes in Kasai since Monday.", "lost", None),
    ("casualty_fallback", "near miss", "Twelve patients have lost their lives to cholera in Kasai since Monday.", "lost",
     None),
    # wild animals that kill are no political violence
    ("casualty_fallback", "near miss", "Elephants killed two villagers in northern Botswana on Monday.", "killed", None),
    ("attack_verb_fallback", "near miss", "A tiger attacked a woman near the reserve in Assam on Monday.", "attacked",
     None),
    # a riot by people the actor lists do not know
    ("riot", "positive", "Hundreds of youths rioted in the suburbs of Lyon, burning cars.", "rioted",
     ("PROTEST", "Violent demonstration", "youths")),
    ("riot", "negative", "Hundreds of youths partied in the suburbs of Lyon.", "partied", None),
    ("riot", "near miss", "Hundreds of youths rallied in the suburbs of Lyon to demand jobs.", "rioted", None),
    ("crime_by_criminals", "positive", "Armed robbers attacked a bank in the town and made away with cash.",
     "attacked", ("NONE", "organised_crime", None)),
    ("crime_by_criminals", "negative", "The robbers were caught on camera as the bank was closing.", "caught", None),
    ("crime_by_criminals", "near miss", "Gunmen attacked a bank in the town.",
     "attacked", ("ASSAULT", "Attack", "Gunmen")),  # armed men, no criminals named: an attack
    ("took_to_the_streets", "positive", "Thousands of teachers took to the streets of the town on Sunday.",
     "took", ("PROTEST", "Peaceful protest", "teachers")),
    ("took_to_the_streets", "negative", "Thousands of teachers took to the buses of the town on Sunday.", "took", None),
    ("took_to_the_streets", "near miss", "Floodwater poured into the streets of the town on Sunday.", "poured", None),
    ("protest", "positive", "The agitation by the cane growers entered its tenth day.",
     "agitation", ("PROTEST", "Peaceful protest", None)),
    ("riot_noun", "positive", "Stone pelting was reported from the old quarter overnight.",
     "pelting", ("PROTEST", "Violent demonstration", None)),
    ("riot_noun", "negative", "Stone carving was reported from the old quarter overnight.", "carving", None),
    ("riot_noun", "near miss", "The police warned of stone pelting in the old quarter.", "pelting", None),
    ("blast_rocked", "positive", "A powerful explosion rocked the old quarter on Monday.",
     "rocked", ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("blast_rocked", "negative", "A powerful song rocked the old quarter on Monday.", "rocked", None),
    ("blast_rocked", "near miss", "A gas cylinder explosion rocked the old quarter on Monday.",
     "rocked", None),
    ("came_under_attack", "positive", "The old quarter came under heavy shelling on Monday.",
     "shelling", ("ASSAULT", "Shelling/artillery/missile attack", None)),
    ("came_under_attack", "negative", "The old quarter came under new management on Monday.", "management", None),
    ("came_under_attack", "near miss", "The old quarter feared heavy shelling on Monday.", "shelling", None),
    ("disaster", "positive", "Lightning killed three herders in the hills.",
     "Lightning", ("NONE", "natural_disaster", None)),
    ("disaster", "positive", "Three workers were electrocuted at the site.",
     "electrocuted", ("NONE", "man_made_disaster", None)),
    # a verb the tagger took for an adjective still triggers ("... and torched cars parked nearby")
    # (after a verbal act of the patterns, "hurled insults on each other and torched ...", the
    # sentence is read as the insults alone: one reading per sentence)
    ("property_destroyed", "positive", "Two clans met at the market and torched vehicles parked nearby.",
     "torched", ("ASSAULT", "Looting/property destruction", "Two clans")),
    ("property_destroyed", "near miss", "The village was quiet and torched houses stood empty.", "torched", None),
    # an amod of the object names it too ("counterfeit cosmetics")
    ("contraband_seized", "positive", "Customs officers seized ten tons of counterfeit cosmetics at the port.",
     "seized", ("COERCE", "organised_crime", "Customs officers")),
    # a protest told in the main clause over an act told below it (main_clause)
    ("protest", "positive", "Hundreds protested in the square against the killing of a student by the police.",
     "protested", ("PROTEST", "Peaceful protest", None)),
    ("protest", "near miss", "The police killed a student during a protest in the square.", "protest", None),
    # territory taken back, regained or recovered; armed men pushed out of a place
    ("territory_taken", "positive", "Government forces recovered the town from the rebels on Monday.",
     "recovered", ("ASSAULT", "Government regains territory", "Government forces")),
    ("territory_taken", "positive", "The army has retaken the western part of the city.",
     "retaken", ("ASSAULT", "Government regains territory", "The army")),
    ("territory_taken", "near miss", "Government forces recovered the bodies from the river on Monday.",
     "recovered", None),
    ("territory_cleared", "positive", "Government troops pushed the rebels out of the town.",
     "pushed", ("ASSAULT", "Government regains territory", "Government troops")),
    ("territory_cleared", "negative", "Government troops pushed the cart out of the town.", "pushed", None),
    ("contraband_seized", "positive", "Customs officers seized forty kilograms of heroin at the port.",
     "seized", ("COERCE", "organised_crime", "Customs officers")),
    ("contraband_seized", "near miss", "Customs officers seized forty rifles at the port.",
     "seized", ("COERCE", "Disrupted weapons use", "Customs officers")),
    # diplomacy told with no actor the dictionary knows: a meeting of officials, ties cut
    ("diplomatic_meeting", "positive", "The trade ministers of the three states met in Lisbon on Friday.",
     "met", ("NONE", "diplomacy", None)),
    ("diplomatic_meeting", "positive", "Talks between the two envoys were held behind closed doors.",
     "held", ("NONE", "diplomacy", None)),
    ("diplomatic_meeting", "negative", "The members of the chess club met in Lisbon on Friday.", "met", None),
    ("diplomatic_meeting", "near miss", "A fire broke out in the hall during the summit of foreign ministers.",
     "summit", None),  # the summit is when it happened, not what is reported
    ("diplomatic_break", "positive", "The ministry announced the expulsion of four diplomats on Monday.",
     "expulsion", ("SANCTION", "diplomacy", "The ministry")),   # the patterns' expulsion noun (166), its doer the announcer
    ("diplomatic_break", "positive", "The consulate in the port city was closed after the diplomatic row.",
     "closed", ("NONE", "diplomacy", None)),
    ("diplomatic_break", "negative", "The bakery in the port city was closed after the row.", "closed", None),
    ("diplomatic_break", "near miss", "The expulsion of four students from the academy angered parents.",
     "expulsion", None),
    # responsibility for an attack: the doer said to be responsible, or owning up
    ("responsible_for_attack", "positive", "The group said it was responsible for the ambush on the convoy.",
     "was", ("ASSAULT", "claim_of_responsibility", "The group")),  # "it": the group
    ("responsible_for_attack", "positive", "The Front owned up to the killing of the two herders.",
     "owned", ("ASSAULT", "claim_of_responsibility", "The Front")),
    ("responsible_for_attack", "negative", "The ministry is responsible for the roads of the province.", "is", None),
    ("responsible_for_attack", "positive", "Officials pointed the finger at the Front for the ambush on the convoy.",
     "pointed", ("ASSAULT", "claim_of_responsibility", "Officials")),
    ("responsible_for_attack", "near miss",
     "The Front dismissed the accusations that it was responsible for the ambush on the convoy.", "was", None),
    ("responsible_for_attack", "near miss", "The group said it was not responsible for the ambush on the convoy.",
     "was", None),
    # an armed group's change: members who defect, recruits, allegiance, a new leader
    ("group_defection", "positive", "Dozens of militia fighters defected to the army on Friday.",
     "defected", ("NONE", "Change to group/activity", None)),
    ("group_defection", "negative", "Dozens of players defected to the rival club on Friday.", "defected", None),
    ("group_defection", "near miss", "Two lawmakers of the rebels' political party defected on Friday.",
     "defected", None),
    ("group_recruitment", "positive", "The insurgents have been recruiting boys in the border villages.",
     "recruiting", ("NONE", "Change to group/activity", "The insurgents")),
    ("group_recruitment", "negative", "The hospital has been recruiting nurses in the border villages.",
     "recruiting", None),
    ("group_recruitment", "near miss", "The insurgents have been teaching boys in the border villages.",
     "teaching", None),
    ("group_allegiance", "positive", "The breakaway faction pledged allegiance to the Front last week.",
     "pledged", ("NONE", "Change to group/activity", "The breakaway faction")),
    ("group_allegiance", "negative", "The breakaway faction stayed loyal to the Front last week.", "stayed", None),
    ("group_allegiance", "near miss", "The new citizens pledged allegiance to the flag last week.", "pledged", None),
    ("labour_strike_resumed", "positive", "The lecturers resumed their strike at the university last week.",
     "resumed", ("PROTEST", "Peaceful protest", None)),
    ("labour_strike_resumed", "negative", "The lecturers resumed their lessons at the university last week.", "resumed",
     None),
    ("labour_strike_resumed", "near miss", "The navy resumed its missile strikes on the port last week.", "resumed",
     None),
    ("group_rearms", "positive", "The former guerrillas took up arms again in the hills last week.",
     "took", ("NONE", "Change to group/activity", "The former guerrillas")),
    ("group_rearms", "negative", "The former guerrillas took up farming in the hills last week.", "took", None),
    ("group_rearms", "near miss", "The villagers took up arms against the flood of thieves last week.", "took", None),
    ("group_leader", "positive", "The rebels appointed a new commander for the eastern front.",
     "appointed", ("NONE", "Change to group/activity", "The rebels")),
    ("group_leader", "negative", "The company appointed a new chief for the eastern branch.", "appointed", None),
    ("group_leader", "near miss", "The rebels appointed a new spokesman for the talks abroad.", "appointed", None),
    # a vehicle packed with explosives driven into a target
    ("vehicle_bomb", "positive", "A truck laden with explosives rammed into the gate of the barracks.",
     "rammed", ("ASSAULT", "Remote explosive/landmine/IED", None)),
    ("vehicle_bomb", "positive", "A car driven by a suicide attacker slammed into the checkpoint.",
     "slammed", ("ASSAULT", "Suicide bomb", None)),
    ("vehicle_bomb", "negative", "A truck laden with vegetables reached the gate of the market.", "reached", None),
    # (a truck bomb stopped before it struck is a weapon disrupted, reports.yaml disrupted_weapons_vehicle)
    ("vehicle_bomb", "near miss", "A truck laden with explosives was stopped at the gate of the barracks.",
     "stopped", ("COERCE", "Disrupted weapons use", None)),
    # chlorine used as a weapon
    ("chemical_weapon_used", "positive", "The regime used chlorine on the besieged suburb, medics said.",
     "used", ("ASSAULT", "Chemical weapon", "The regime")),
    ("chemical_weapon_used", "near miss", "The plant used chlorine to clean the water, engineers said.", "used", None),
    # property set on fire by someone unnamed: arson, not an accident
    ("disaster", "near miss", "Several huts were set on fire in the hamlet overnight.",
     "set", ("ASSAULT", "Looting/property destruction", None)),  # property_burned: arson, no accident (ASSAULT destroy)
    ("disaster", "positive", "A fire broke out in the hamlet overnight.", "fire", ("NONE", "man_made_disaster", None)),
    ("disaster", "positive", "Eight villagers died of cholera in the valley this month.",
     "cholera", ("NONE", "natural_disaster", None)),
    ("disaster", "positive", "A strong quake jolted the valley, damaging hundreds of houses.",
     "quake", ("NONE", "natural_disaster", None)),
    ("protest_march_plain", "positive", "Thousands of nurses marched peacefully through the capital.",
     "marched", ("PROTEST", "Peaceful protest", "nurses")),
    ("protest_march_plain", "near miss", "Thousands of soldiers marched peacefully through the capital.", "marched",
     None),
    # toxic fumes: a man-made disaster
    ("disaster", "positive", "Toxic fumes from the tannery sickened forty villagers overnight.",
     "fumes", ("NONE", "man_made_disaster", None)),
    # a place an armed force enters
    ("territory_entered", "positive", "Government troops entered the rebel stronghold of Kalo on Monday.",
     "entered", ("ASSAULT", "Government regains territory", "Government troops")),
    ("territory_entered", "negative", "Aid workers entered the village of Kalo on Monday.", "entered", None),
    ("territory_entered", "near miss", "Government troops entered talks with the rebels on Monday.", "entered", None),
    ("territory_taken", "positive", "The insurgents overran an army post near the river.",
     "overran", ("ASSAULT", "Non-state actor overtakes territory", "The insurgents")),
    # a battle between armed sides, told by its noun
    ("battle_noun", "positive", "Fierce battles raged on Monday between the army and the rebels near the dam.",
     "battles", ("ASSAULT", "Armed clash", None)),
    ("battle_noun", "negative", "Fierce battles raged on Monday between the two lawyers in court.", "battles", None),
    ("battle_noun", "near miss", "The army warned of a long battle against the rebels near the dam.", "battle", None),
    # property destroyed in an attack: the attack, told by its noun
    ("casualties_in_attack", "positive", "Three houses were flattened in an air raid on the village.",
     "raid", ("ASSAULT", "Air/drone strike", None)),
    ("casualties_in_attack", "near miss", "Three houses were flattened in a storm on the village.", "storm", None),
    # slogans raised, offices besieged: a protest
    ("slogans", "positive", "Dock workers raised slogans against the port authority on Tuesday.",
     "raised", ("PROTEST", "Peaceful protest", "Dock workers")),
    ("slogans", "negative", "Dock workers raised funds for the port hospital on Tuesday.", "raised", None),
    ("slogans", "near miss", "Soldiers raised slogans in praise of the army on parade day.", "raised", None),
    # people taken from their homes by a state's forces, no arrest or custody told: a forced disappearance
    ("people_taken_by_forces", "positive", "Security forces have taken four people from their homes in Kech district.",
     "taken", ("ASSAULT", "Abduction/forced disappearance", "Security forces")),
    ("people_taken_by_forces", "negative", "Relatives have taken four people from their homes in Kech district.",
     "taken", None),
    ("people_taken_by_forces", "near miss", "Security forces have taken four people to hospital in Kech district.",
     "taken", None),
    # goods the sentence calls smuggled or contraband, seized: organised crime
    ("smuggled_goods_seized", "positive", "Customs officers seized 200 cartons of smuggled soap at the border post.",
     "seized", ("COERCE", "organised_crime", "Customs officers")),
    ("smuggled_goods_seized", "negative", "Customs officers counted 200 cartons of smuggled soap at the border post.",
     "counted", None),
    ("smuggled_goods_seized", "near miss", "Customs officers seized 200 cartons of soap at the border post.", "seized",
     None),
    # a road blockade staged against or for something: a demonstration
    ("road_blockade", "positive", "Farmers sat on the highway in a road blockade against the new toll.", "blockade",
     ("PROTEST", "Peaceful protest", None)),
    ("road_blockade", "negative", "Farmers sat on the highway in a road blockade for the afternoon.", "blockade", None),
    ("road_blockade", "near miss", "The army lifted its road blockade around the rebel-held town against protests.",
     "blockade", None),
    # a gherao: people or an office encircled by protesters, whatever is encircled
    ("gherao", "positive", "Members of the union gheraoed the district office for two hours.",
     "gheraoed", ("PROTEST", "Peaceful protest", "Members")),  # "Members" a people noun (of the union's sector)
    ("gherao", "positive", "Students gheraoed the registrar for three hours over the exam results.",
     "gheraoed", ("PROTEST", "Peaceful protest", "Students")),
    ("gherao", "negative", "Students visited the registrar for three hours over the exam results.", "visited", None),
    ("gherao", "near miss", "Students garlanded the registrar after the exam results.", "garlanded", None),
    # (ministers gathered are a meeting of their body's members, the body its source: PLOVER CONSULT multilateral,
    # patterns.yaml 040 gather, stages/events/multilateral.py)
    ("diplomatic_meeting", "positive", "Foreign ministers of the bloc gathered in Accra for a conference on trade.",
     "gathered", ("CONSULT", "diplomacy", "the bloc")),
    ("diplomatic_meeting", "near miss", "Strikers gathered outside the hall where the minister spoke.", "gathered", None),
    ("diplomatic_measure", "positive", "The assembly of the union adopted a resolution on the border dispute.",
     "adopted", ("NONE", "diplomacy", "The assembly of the union")),
    ("diplomatic_measure", "negative", "The club adopted a new logo on Monday.", "adopted", None),
    ("diplomatic_measure", "near miss", "The court imposed sanctions on the union for contempt.", "imposed", None),
    ("terrorist_designation", "positive", "The ministry designated the movement a terrorist organisation.",
     "designated", ("NONE", "diplomacy", "The ministry")),
    ("terrorist_designation", "negative", "The ministry designated the park a nature reserve.", "designated", None),
    # an act told only to describe a participant ("rebels backed by X") leaves the sentence's report to be read
    ("territory_taken", "positive", "Fighters backed by Ostland took control of three villages near the dam.",
     "took", ("ASSAULT", "Non-state actor overtakes territory", "Fighters")),
    ("territory_taken", "near miss", "Ostland backed the fighters who took control of three villages near the dam.",
     "took", None),  # the backing is what the sentence reports
    # protests, riots, clashes, handovers and exchanges told only by their nouns, in an article that tells no act
    ("protest_fallback", "positive", "Thousands of teachers stood in the capital for a protest over pay.",
     "protest", ("PROTEST", "Peaceful protest", None)),
    ("protest_fallback", "negative", "Thousands of teachers stood in the capital for a parade.",
     "parade", None),
    ("riot_fallback", "positive", "Mobs of looters roamed the port after the verdict.",
     "Mobs", ("PROTEST", "Mob violence", None)),
    ("riot_fallback", "negative", "Crowds of shoppers roamed the port after the holiday.", "Crowds", None),
    ("looting_fallback", "positive", "There was widespread looting in the old market after the blackout.",
     "looting", ("COERCE", "Looting/property destruction", None)),
    ("looting_fallback", "negative", "There was widespread joy in the old market after the match.", "joy", None),
    ("clash_fallback", "positive", "The rebels suffered heavy losses in clashes with troops near the dam.",
     "clashes", ("ASSAULT", "Armed clash", None)),
    ("clash_fallback", "near miss", "Officials warned of clashes with troops near the dam.",
     "clashes", None),
    ("handover_fallback", "positive", "After the handover of two districts to the army, the valley stayed calm.",
     "handover", ("RETREAT", "Non-violent transfer of territory", None)),
    ("handover_fallback", "negative", "After the handover of the keys to the tenants, the valley stayed calm.",
     "handover", None),
    ("prisoner_exchange_fallback", "positive", "A soldier watched the exchange process of prisoners near the front.",
     "exchange", ("AGREE", "Agreement", None)),
    ("prisoner_exchange_fallback", "negative", "A trader watched the exchange of currencies near the front.", "exchange",
     None),
    # in an article that tells no act at all: a diplomatic meeting or visit named anywhere, a wreck told
    # by its participle whatever it is called
    ("diplomacy_fallback", "positive", "A three-day visit to Velsk, the foreign minister's first, began on Friday.", "visit",
     ("NONE", "diplomacy", None)),
    ("diplomacy_fallback", "negative", "The singer is on a three-day visit to Velsk.", "visit", None),
    ("diplomacy_fallback", "near miss", "The foreign minister may plan a visit to Velsk.", "visit", None),
    ("wreck_fallback", "positive", "Rescuers carried debris of the crashed JT 610 to the port.", "crashed",
     ("NONE", "man_made_disaster", None)),
    ("wreck_fallback", "negative", "Rescuers carried debris of the old JT 610 to the port.", "old", None),
    ("wreck_fallback", "near miss", "Rescuers carried debris of the JT 610 shot down by a rebel missile to the port.",
     "shot", None),
    # a place under someone's control or fallen into their hands; an armed group renamed
    ("territory_held", "positive", "The town is now under the control of the rebels.", "control",
     ("ASSAULT", "Non-state actor overtakes territory", "the rebels")),
    ("territory_held", "positive", "The district fell into the hands of the rebels.", "hands",
     ("ASSAULT", "Non-state actor overtakes territory", "the rebels")),
    ("territory_held", "negative", "The town is now under the protection of the rebels.", "protection", None),
    ("territory_held", "near miss", "The situation in the town is now under control, the rebels said.", "control", None),
    ("group_rename", "positive", "The militant outfit has changed its name to the Front.", "changed",
     ("NONE", "Change to group/activity", "The militant outfit")),
    ("group_rename", "negative", "The militant outfit has kept its name.", "kept", None),
    ("group_rename", "near miss", "The bakery has changed its name to the Loaf.", "changed", None),
    ("protest_custom", "positive", "Students took out a procession demanding the release of their leader.", "took",
     ("PROTEST", "Peaceful protest", "Students")),
    ("protest_custom", "negative", "Students took out a loan for their studies.", "took", None),
    ("protest_custom", "near miss", "Devotees took out a religious procession demanding blessings.", "took", None),
    ("work_strike", "positive", "The nurses struck work on Monday.", "struck", ("PROTEST", "Peaceful protest", "The nurses")),
    ("work_strike", "negative", "The nurses resumed work on Monday.", "resumed", None),
    ("work_strike", "near miss", "The storm struck the hospital on Monday.", "struck", None),
    # a place named by its proper name only, taken by verbs that take places
    ("territory_named", "positive", "The army said it had retaken Velsk after a week.", "retaken",
     ("ASSAULT", "Government regains territory", "The army")),
    ("territory_named", "negative", "The army said it had retaken the initiative after a week.", "retaken", None),
    ("territory_named", "near miss", "The party regained Velsk in the election.", "regained", None),
    # people of a trade the arrest's object words exclude: the head noun is the person arrested
    ("arrest_of_traders", "positive", "Police arrested three suspected drug dealers in Varo.", "arrested",
     ("COERCE", "organised_crime", "Police")),
    ("arrest_of_traders", "negative", "Police interviewed three drug dealers in Varo.", "interviewed", None),
    ("arrest_of_traders", "near miss", "Police intercepted a drug shipment at the port.", "intercepted",
     ("COERCE", "organised_crime", "Police")),
    # a march or rally by a crowd told by its size
    ("protest_crowd", "positive", "Hundreds marched in the capital on Sunday.", "marched",
     ("PROTEST", "Peaceful protest", None)),
    ("protest_crowd", "negative", "Hundreds of soldiers marched in the capital on Sunday.", "marched", None),
    ("protest_crowd", "near miss", "Thousands marched in the annual carnival parade on Sunday.", "marched", None),
    # a place named by a proper name the recogniser reads as a place, taken by a verb that also takes people
    ("territory_place_named", "positive", "The Sowari Front captured Velsk on Tuesday.", "captured",
     ("ASSAULT", "Non-state actor overtakes territory", "The Sowari Front")),
    ("territory_place_named", "negative", "The Sowari Front captured Ivanov on Tuesday.", "captured", None),
    ("territory_place_named", "near miss", "The photo captured Paris at dawn.", "captured", None),
    # a part in an attack denied; a doer held responsible for one; the blame for one put on its doer
    ("responsibility_denied", "positive", "The movement denied any involvement in the ambush.", "denied",
     ("NONE", "claim_of_responsibility", "The movement")),
    ("responsibility_denied", "negative", "The movement denied the rumours about its leader.", "denied", None),
    ("responsibility_denied", "near miss", "The minister denied any involvement in the tender.", "denied", None),
    ("responsibility_held", "positive", "The governor held the militia responsible for the massacre.", "held",
     ("NONE", "claim_of_responsibility", "The governor")),
    ("responsibility_held", "negative", "The governor held the militia's flag at the massacre memorial.", "held", None),
    ("responsibility_held", "near miss", "The judge held the bank responsible for the losses.", "held", None),
    ("blame_placed", "positive", "The governor put the blame for the ambush on the militia.", "put",
     ("NONE", "claim_of_responsibility", "The governor")),
    ("blame_placed", "negative", "The governor put flowers at the memorial to the ambush victims.", "put", None),
    ("blame_placed", "near miss", "The governor put the blame for the deficit on the banks.", "put", None),
    # a wreck told by its participle; an incident of a chemical or a gas; a river that bursts its banks
    ("disaster_participle", "positive", "Divers searched the capsized ferry near the island.", "capsized",
     ("NONE", "man_made_disaster", None)),
    ("disaster_participle", "negative", "Divers searched the old ferry near the island.", "old", None),
    ("disaster_participle", "near miss", "Divers searched the ferry the rebels had sunk near the island.", "sunk", None),
    ("hazard_incident", "positive", "Six pupils fell ill after a gas incident at the school.", "incident",
     ("NONE", "man_made_disaster", None)),
    ("hazard_incident", "negative", "Six pupils fell ill after an incident at the school.", "incident", None),
    ("hazard_incident", "near miss", "Six pupils fell ill after a chlorine gas incident blamed on the militia.",
     "incident", None),
    ("river_flood", "positive", "The river burst its banks after days of rain.", "burst",
     ("NONE", "natural_disaster", None)),
    ("river_flood", "negative", "The river kept its banks after days of rain.", "kept", None),
    ("river_flood", "near miss", "The crowd burst through the gates after the rally.", "burst", None),
    # deaths from poisoned liquor: a man-made disaster; the liquor trade itself is organised crime
    ("poisoned_drink", "positive", "Eleven villagers died after drinking illicit liquor at a wedding.",
     "liquor", ("NONE", "man_made_disaster", "villagers")),  # who drank it
    ("poisoned_drink", "negative", "Villagers drank liquor at a wedding.", "liquor", None),
    ("poisoned_drink", "near miss", "Police seized illicit liquor at a wedding after two guests died.", "liquor", None),
    # people taken away and not seen again: an abduction or forced disappearance
    ("people_disappeared", "positive", "Soldiers took two herders from a village near Gao, and they have not been seen "
     "since.", "took", ("ASSAULT", "Abduction/forced disappearance", "Soldiers")),
    ("people_disappeared", "negative", "Soldiers took two herders from a village near Gao to the hospital.", "took",
     None),
    ("people_disappeared", "near miss", "Soldiers took two rifles from a village near Gao, and they have not been seen "
     "since.", "took", None),
    # the bulletin probe's constructions (tests/stages/events/test_acled_bulletin_rules.py)
    ("liberty_deprived", "positive", "Armed men deprived of liberty a rural teacher in the district of Tame.",
     "deprived", ("ASSAULT", "Abduction/forced disappearance", None)),
    ("liberty_deprived", "negative", "A judge deprived the former mayor of liberty for ten years.", "deprived", None),
    ("self_detonation", "positive", "Guards shot dead two gunmen, and a third detonated his explosive vest in the lobby.",
     "detonated", ("ASSAULT", "Suicide bomb", None)),
    ("self_detonation", "negative", "The clown blew up balloons for the children at the fair.", "blew", None),
    ("confrontation_noun", "positive", "A confrontation between soldiers and FARC dissidents left four dead in Argelia.",
     "confrontation", ("ASSAULT", "Armed clash", None)),
    ("confrontation_noun", "negative", "A confrontation between the two ministers ended the cabinet meeting.",
     "confrontation", None),
    ("faced_each_other", "positive", "Soldiers and ELN guerrillas faced each other for three hours near Tame.",
     "faced", ("ASSAULT", "Armed clash", None)),
    ("faced_each_other", "negative", "The two candidates faced each other in a televised debate.", "faced", None),
    ("shot_dead_misread", "positive", "Two men on a motorcycle shot dead a shopkeeper in Quetta.",
     "dead", ("ASSAULT", "Attack", "men")),
    ("shot_dead_misread", "negative", "The shopkeeper was found dead in his shop in Quetta.", "dead", None),
    ("disappearance_noun", "positive", "The disappearance of a union organiser, last seen being forced into a van by "
     "armed men, has alarmed his family.", "disappearance", ("ASSAULT", "Abduction/forced disappearance", None)),
    ("disappearance_noun", "negative", "The disappearance of a fishing boat off the coast has alarmed the families of "
     "its crew.", "disappearance", None),
]


def _label(e: Event) -> str | None:
    return e.acled_subtype if e.scope == "acled" else e.scope


def _event_on(text: str, word: str) -> Event | None:
    events = pipeline().analyze_text(text).events
    return next((e for e in events if e.predicate.text == word and e.parent_id is None), None)


@pytest.mark.parametrize(("construction", "kind", "text", "word", "expected"), ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_construction(construction: str, kind: str, text: str, word: str, expected: Expected) -> None:
    e = _event_on(text, word)
    if expected is None:
        assert e is None or e.modality != "asserted" or e.scope in (None, "diplomacy"), (construction, kind, e)
        return
    assert e is not None, (construction, kind, text)
    plover, label, source = expected
    assert (e.plover, _label(e)) == (plover, label)
    assert (e.source.text if e.source is not None else None) == source  # no invented source


def test_every_construction_has_a_positive_and_a_negative_row() -> None:
    names = {r.name for r in stage_data("events").reports.reports}
    kinds: dict[str, set[str]] = {}
    for construction, kind, *_ in ROWS:
        kinds.setdefault(construction, set()).add(kind)
    assert names and names <= set(kinds)
    for name in names:
        assert "positive" in kinds[name] or name in ("attack_claimed",), name
        assert kinds[name] - {"positive"}, name


def test_negated_report_keeps_its_modality() -> None:
    e = _event_on("No weapons were found in the house.", "found")
    assert e is not None and e.modality == "negated"


def test_event_outside_plover_has_no_cameo_code() -> None:
    e = _event_on("A strong earthquake struck the coastal province on Tuesday.", "earthquake")
    assert e is not None and e.plover == NOT_PLOVER
    assert (e.cameo, e.quad_class, e.goldstein, e.source_actor_ids) == (None, None, None, ())


def test_unscoped_event_outside_plover_is_dropped() -> None:
    events = pipeline().analyze_text("The old bridge collapsed slowly in the story he told.").events
    assert all(e.plover != NOT_PLOVER or e.scope is not None for e in events)


def _raw(**entry: Any) -> dict[str, Any]:
    return {"reports": [{"name": "x", **entry}]}


def test_loader_rejects_an_unknown_cameo_code_and_a_construction_without_trigger() -> None:
    cameo = stage_data("events").cameo
    with pytest.raises(ConfigError, match="unknown CAMEO code"):
        build_reports(_raw(cameo="9999x", verbs=["seize"]), cameo)
    with pytest.raises(ConfigError, match="give verbs or nouns"):
        build_reports(_raw(cameo="173"), cameo)
    got = build_reports(_raw(cameo="173", verbs=["round up"], objects=["suspect"]), cameo)
    assert got.reports[0].verbs == (("round", "up"),) and got.reports[0].objects == frozenset({"suspect"})


def test_sentence_with_an_actors_event_gets_no_report() -> None:
    alone = _event_on("A cache of rifles was found near the village.", "found")
    assert alone is not None and alone.acled_subtype == "Disrupted weapons use"
    events = pipeline().analyze_text("Rebels attacked the village, and a cache of rifles was found there.").events
    assert any(e.plover == "ASSAULT" for e in events)
    assert not any(e.predicate.text == "found" for e in events)


def test_diplomacy_near_misses_give_no_diplomatic_report() -> None:
    """The negative rows above pass when an event is left as diplomacy; these must give none at all."""
    cases = [("The members of the chess club met in Lisbon on Friday.", "met"),
             ("A fire broke out in the hall during the summit of foreign ministers.", "summit"),
             ("The bakery in the port city was closed after the row.", "closed"),
             ("The expulsion of four students from the academy angered parents.", "expulsion")]
    for text, word in cases:
        e = _event_on(text, word)
        assert e is None or e.plover != NOT_PLOVER, text
    assert len(cases) == 4


def test_killing_euphemisms_and_hostages_are_acts_of_the_patterns() -> None:
    """patterns.yaml (touched for ACLED coverage): "martyred", "mowed down" and, of a person,
    "neutralised" or "eliminated" are killings; "held hostage" an abduction; "laid siege to" a siege;
    herdsmen and bandits are actors of their own; a bomb neutralised or poverty eliminated is no killing."""
    cases = [
        ("Two constables were martyred by gunmen near the depot.", "martyred", "ASSAULT"),
        ("Troops neutralised three infiltrators near the fence.", "neutralised", "ASSAULT"),
        ("The gang held hostage two engineers near the depot.", "held", "ASSAULT"),
        ("Armed herdsmen attacked the hamlet at dawn.", "attacked", "ASSAULT"),  # an actor noun of its own
        ("Armed bandits attacked the hamlet at dawn.", "attacked", "ASSAULT"),
        ("The insurgents laid siege to the hamlet at dawn.", "laid", "COERCE"),  # a siege
        ("A constable was shot dead near the hamlet at dawn.", "shot", "ASSAULT"),  # a victim's noun of its own
        ("Engineers neutralised the old bomb near the fence.", "neutralised", None),
        ("The reform eliminated poverty in the valley.", "eliminated", None),
    ]
    for text, word, plover in cases:
        e = _event_on(text, word)
        got = e.plover if e is not None else None
        assert got == plover if plover is not None else got != "ASSAULT", text  # None: no killing
    assert len(cases) == 9


# reaction_events (reports.yaml reaction_verbs, reaction_preps): what a reaction condemns, mourns or praises
# is a happening the report tells; the reacting party is not its doer (reports._light_source), and the words
# of the happening type it though they are the reaction's topic (acled.Sentence.is_topic). (rule, kind,
# sentence, the snippet's main ACLED sub-event type or scope, the predicate word of the reacted-to event and
# its source words, or None)
REACTION_ROWS: list[tuple[str, str, str, str | None, tuple[str, str | None] | None]] = [
    ("reaction", "positive", "Israel condemned the rocket attack on Sderot.",
     "Shelling/artillery/missile attack", ("attack", None)),
    ("reaction", "positive", "The Palestinian Authority condemned the air strike on a school in Gaza.",
     "Air/drone strike", ("strike", None)),
    ("reaction", "positive", "Kurdish leaders mourned the victims of the shelling of Afrin.",
     "Shelling/artillery/missile attack", ("shelling", None)),
    ("reaction", "positive", "Villagers praised the soldiers for defusing a landmine near the school.",
     "Disrupted weapons use", ("defusing", "the soldiers")),
    ("reaction", "positive", "Rights groups deplored the arrest of four students in Minsk.", "Arrests", ("arrest", None)),
    ("reaction", "negative", "The minister condemned the decision of the court.", "diplomacy", None),
    ("reaction", "negative", "The opposition praised the army for its restraint.", "diplomacy", None),
    # (the condemnation describes a resolution, the sentence's happening: no report of raids)
    ("reaction", "near miss", "The council adopted a resolution condemning the raids near the dam.", "diplomacy", None),
    # who reacts is no doer of what is reacted to, through any construction
    ("reaction not doer", "positive", "The bishop condemned the abduction of three seminarians in Kaduna.",
     "Abduction/forced disappearance", ("abduction", None)),
    ("reaction not doer", "negative", "Gunmen carried out the abduction of three seminarians in Kaduna.",
     "Abduction/forced disappearance", ("abduction", "Gunmen")),
    ("reaction not doer", "near miss", "The government condemned the rape of two women by soldiers in Beni.",
     "Sexual violence", ("rape", "soldiers")),
    # the reacted-to event is typed by its own words, topics of the reaction though they are
    ("topic typed by its words", "positive", "The UN condemned the rape of two schoolgirls by militiamen on Sunday.",
     "Sexual violence", ("rape", None)),
    ("topic typed by its words", "negative", "Women marched against rape in Delhi.", "Peaceful protest", None),
    ("topic typed by its words", "near miss", "Hundreds rallied in Lagos to denounce the killing of a trader.",
     "Peaceful protest", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "label", "reacted"), REACTION_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in REACTION_ROWS])
def test_reaction_to_a_happening(rule: str, kind: str, text: str, label: str | None,
                                 reacted: tuple[str, str | None] | None) -> None:
    from tests.builders import acled_subtype

    assert acled_subtype(text) == label, (rule, kind)
    if reacted is not None:
        e = _event_on(text, reacted[0])
        assert e is not None and e.modality == "asserted", (rule, kind)
        assert (e.source.text if e.source is not None else None) == reacted[1], (rule, kind)


def test_reaction_rows_have_every_kind() -> None:
    from tests.builders import ROW_KINDS, row_kinds

    kinds = row_kinds(REACTION_ROWS)
    assert len(kinds) == 3 and all(k == ROW_KINDS for k in kinds.values())
