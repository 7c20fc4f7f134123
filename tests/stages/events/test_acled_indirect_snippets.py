"""A probe of the ACLED typology in INDIRECT CONSTRUCTIONS, where the main event is not the first clause's plain
act, in the shape of CASE 2021 task-2 snippets (short extracts from South Asian, African and Latin American
English-language papers), written from ACLED's definitions of its sub-event types (and of the reports outside its
scope) before any rule was written for it, so that the code's score on it estimates how its typing holds on the
constructions the earlier probes have least.

Every snippet is invented, one to three sentences; its shape (the second part of a row's tag) is one of:
- ``background``: the main event after a sentence or clause of background ("Tension has been high since ...; on
  Monday ...");
- ``nominal``: the event as the nominal subject of a consequence ("The killing of two traders has spread fear");
- ``alleged``: the event inside a quoted accusation or a party's, police's or group's statement ("The party
  alleged that its workers were attacked by ...");
- ``casualty``: casualty-first sentences ("Three people were injured when ...");
- ``follow-up``: a funeral, a search, an arrest, compensation or a trial after the event: which of them are
  events of their own (an arrest) and which only name the event (a funeral names the killing; compensation and a
  trial are no event);
- ``demand``: protests told by what was demanded, with no verb of protest ("downed their shutters against ...",
  "hartal", "bandh", "sit-in", "gherao", road blockades), peaceful, dispersed, fired on or violent;
- ``mob`` and ``election``: mob actions and vigilante killings, party workers' clashes at elections;
- ``strategic``: arrests, seizures, surrenders, deployments, bases, non-violent transfers and agreements;
- ``variant``, ``headline`` and ``near-miss``: natural-language variants of each type, and the outside-ACLED
  categories against the ACLED type they read like (a gas cylinder and a bomb, lightning and an air strike, a
  robbery and an attack, a diplomatic protest at shelling and the shelling).
Every ACLED sub-event type but ``Other``, every outside-ACLED category (organised crime, natural and man-made
disasters, diplomacy, claims of responsibility) and ``NONE`` (no ACLED event) has seven rows.

A row is ``(label, "country/shape", text)``; the label is the sub-event type (or outside-ACLED scope, or ``NONE``)
of the snippet's main event as ACLED would code it; its family follows from it. Rows the code does not get right
are in ``GAPS`` (sub-event type) and ``FAMILY_GAPS`` (family), strict xfails: ``python -m pytest
tests/stages/events/test_acled_indirect_snippets.py -rx`` lists them.

Measured on main at 8123794, before any change (the held-out estimate): sub-event type 165 of 210 (0.786),
family 174 of 210 (0.829), a main event found for 191 of the 203 rows with an ACLED or outside-ACLED label
(0.941). By shape (sub-event type): background 13 of 19, casualty-first 16 of 21, nominal 16 of 19, alleged 16 of
24, follow-up 12 of 17, demand 9 of 13, strategic 28 of 35, near misses 18 of 20, variants 29 of 34, mob and election
7 of 7. Labels a coder could dispute, kept as written: students hurt by a baton charge on a sit-in (protest with
intervention, not excessive force), the surrender of fighters with their weapons (change to group/activity).
After the rules of tests/stages/events/test_acled_indirect_rules.py (branch i16-acled6): sub-event type 173 of 210
(0.824), family 181 of 210 (0.862), found 192 of 203 (0.946) (a standing state "since" a time before the day's act is
background; people seized or carried off are abducted; an attacker speeding off is no accident; the seat of a district
is taken as a town is; weapons destroyed are disrupted; an assault told as reciprocal between communities is mob
violence). Tried and dropped on the CASE 2021 dev set: a capitalised word inside an organisation's name is no event
("the Sudan Liberation Movement": no liberation; tune subtype -1, check family -1, check found -1).
"""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    AGR,
    AIR,
    ARR,
    ATK,
    CHG,
    CHM,
    CLM,
    DIP,
    DIS,
    EXF,
    GRN,
    GRT,
    HQ,
    LOO,
    MAN,
    MOB,
    NAT,
    NONE,
    NSO,
    NVT,
    ORG,
    PEA,
    PWI,
    REM,
    SEX,
    SHL,
    SUI,
    VDM,
    acled_family_holds,
    acled_probe_params,
    acled_row_holds,
)

ROWS: list[tuple[str, str, str]] = [
    # --- Battles: armed clash (both sides armed and organised)
    (AC, "india/background", "Tension has been simmering along the Poonch road since the army set up new pickets last "
     "month. On Tuesday night militants and troops exchanged heavy fire near Surankote for nearly three hours."),
    (AC, "drc/casualty", "Four soldiers and at least nine rebels were killed when ADF fighters and Congolese troops fought "
     "for a ridge outside Beni on Friday."),
    (AC, "nigeria/nominal", "The gun battle between bandits and a local vigilante group in Zurmi on Sunday left 11 dead, "
     "residents said."),
    (AC, "philippines/alleged", "The army said its patrol came under fire from NPA rebels in Barangay Hinapu and returned "
     "fire, killing two of the attackers."),
    (AC, "colombia/follow-up", "A day after the funeral of the slain commander, FARC dissidents and ELN guerrillas fought in "
     "rural Arauca, forcing dozens of families to flee."),
    (AC, "philippines/election", "Gunmen loyal to the two mayoral candidates exchanged fire in Lopez Jaena on the eve of the "
     "barangay elections, leaving a councillor's bodyguard dead."),
    (AC, "somalia/variant", "Security forces repulsed an assault by Al-Shabaab fighters on their base in Bulo Burde, "
     "killing several of the attackers, the regional governor said."),
    # --- Battles: government regains territory
    (GRT, "mali/background", "The town had been in the hands of jihadists since March. Malian troops backed by Russian "
     "instructors recaptured Lere on Thursday after a two-day offensive."),
    (GRT, "afghanistan/nominal", "The recapture of Kunduz city by Afghan forces on Saturday ended three days of Taliban "
     "control."),
    (GRT, "nigeria/casualty", "Twelve insurgents were killed as troops of Operation Hadin Kai retook the village of Bita from "
     "Boko Haram fighters."),
    (GRT, "mozambique/alleged", "The defence ministry said troops had regained full control of the district headquarters of "
     "Palma after driving out the insurgents."),
    (GRT, "drc/follow-up", "Residents began returning to Bunagana after Congolese troops wrested the border town back from M23 "
     "rebels."),
    (GRT, "colombia/variant", "Government forces dislodged ELN guerrillas from the hamlet of El Tarra and raised the flag "
     "over its police station, the army said."),
    (GRT, "burkina/variant", "Burkinabe soldiers liberated the commune of Djibo from the jihadists who had held it for "
     "months."),
    # --- Battles: non-state actor overtakes territory
    (NSO, "mozambique/background", "Security in Cabo Delgado has worsened since the rains began. On Wednesday insurgents "
     "overran the town of Macomia and raised their black flag over the administrative post."),
    (NSO, "drc/nominal", "The fall of Kiwanja to M23 rebels has cut the main road north of Goma."),
    (NSO, "afghanistan/casualty", "Eleven soldiers were killed as Taliban fighters seized the district centre of Jaghatu after "
     "a night of fighting."),
    (NSO, "mali/alleged", "Local officials said JNIM militants had taken control of the town of Boulkessi after overrunning "
     "its army camp."),
    (NSO, "drc/follow-up", "Thousands fled Kitchanga after M23 rebels captured the town on Sunday following heavy fighting "
     "with the army."),
    (NSO, "myanmar/variant", "Arakan Army fighters have overrun a border guard post in Maungdaw and now hold that stretch of "
     "the frontier, the group said."),
    (NSO, "somalia/variant", "Al-Shabaab militants took over the town of Mahaday after government troops retreated under "
     "fire."),
    # --- Explosions/Remote violence: air/drone strike
    (AIR, "ethiopia/background", "The region has been under a blockade since June. On Friday a drone strike hit a fuel depot "
     "in Mekele, killing three drivers."),
    (AIR, "syria/casualty", "Seven members of one family were killed when a warplane bombed their house in the village of "
     "Kafr Nabl."),
    (AIR, "sudan/nominal", "The bombing of a market in Nyala by army jets has drawn condemnation from aid agencies."),
    (AIR, "myanmar/alleged", "The KIA accused the military of carrying out air strikes on villages near Hpakant that killed "
     "four civilians."),
    (AIR, "afghanistan/follow-up", "Funerals were held on Sunday for the 11 people killed in Saturday's drone strike on a "
     "wedding party in Helmand."),
    (AIR, "iraq/variant", "Turkish drones pounded PKK hideouts in the Qandil mountains, the defence ministry said."),
    (AIR, "nigeria/variant", "The air component carried out sorties over the Tumbun Gini forest, neutralising scores of ISWAP "
     "fighters."),
    # --- Explosions/Remote violence: shelling/artillery/missile attack
    (SHL, "india/background", "Villagers in Poonch had returned to their homes after the ceasefire. On Tuesday morning "
     "Pakistani troops resumed mortar shelling of forward villages, injuring two women."),
    (SHL, "somalia/casualty", "Three children were wounded when a mortar round fired by militants landed in a schoolyard in "
     "Kismayo."),
    (SHL, "libya/nominal", "The rocket fire on Tripoli's Mitiga airport forced the suspension of all flights on Saturday."),
    (SHL, "yemen/alleged", "The Houthis accused Saudi forces of shelling a market in Shada district, killing five "
     "civilians."),
    (SHL, "sudan/follow-up", "A day after ceasefire talks collapsed, RSF artillery pounded the army's headquarters in El "
     "Obeid."),
    (SHL, "afghanistan/variant", "Militants fired three rockets at the airbase in Jalalabad late on Friday; one landed near "
     "the runway."),
    (SHL, "lebanon/variant", "Artillery rounds fired from across the border landed in the village of Kfar Kila, damaging "
     "two houses."),
    # --- Explosions/Remote violence: remote explosive/landmine/IED
    (REM, "india/background", "The road had reopened only last week after months of Maoist threats. On Thursday an IED "
     "planted under a culvert blew up a police jeep near Kutru, killing two constables."),
    (REM, "mali/casualty", "Five shepherds were killed when their cart hit a landmine near Tessit."),
    (REM, "somalia/nominal", "The blast from a roadside bomb in Mogadishu's Hodan district on Monday has left three soldiers "
     "dead."),
    (REM, "nepal/alleged", "The ruling party alleged that opposition cadres had planted a bomb outside its office in "
     "Kathmandu, which went off at night without causing casualties."),
    (REM, "pakistan/follow-up", "A week after the blast at the Jamrud market, a second device planted on a motorbike exploded "
     "near a checkpoint, wounding four."),
    (REM, "india/variant", "An improvised explosive device went off in a dustbin at the bus stand in Imphal, injuring two "
     "vendors."),
    (REM, "mali/variant", "A UN patrol struck a mine on the Kidal road, the mission said, and two peacekeepers were "
     "injured."),
    # --- Explosions/Remote violence: suicide bomb
    (SUI, "pakistan/background", "The mosque had received threats for weeks. During Friday prayers a man wearing an "
     "explosive vest blew himself up inside, killing 17 worshippers."),
    (SUI, "somalia/casualty", "At least 22 people died when a suicide bomber rammed an explosives-laden car into a police "
     "checkpoint in Beledweyne."),
    (SUI, "pakistan/nominal", "The suicide attack on the army camp in Bannu on Tuesday has raised questions about security "
     "in the district."),
    (SUI, "nigeria/alleged", "Police said a female bomber detonated herself at the entrance of the fish market in Konduga, "
     "killing four traders."),
    (SUI, "pakistan/follow-up", "A day of mourning was declared after a suicide bomber struck a rally of the Awami National "
     "Party in Peshawar, killing nine."),
    (SUI, "afghanistan/variant", "Two militants in suicide vests stormed the gate of the air base before blowing themselves "
     "up."),
    (SUI, "nigeria/variant", "A teenage girl strapped with explosives set them off in a crowd of traders in Maiduguri."),
    # --- Explosions/Remote violence: grenade
    (GRN, "kashmir/background", "Security had been tightened in Srinagar ahead of the festival. Despite this militants "
     "lobbed a grenade at a CRPF bunker in Lal Chowk on Sunday, injuring eight passers-by."),
    (GRN, "burundi/casualty", "Three people were injured when unknown men hurled a hand grenade into a bar in Bujumbura's "
     "Kamenge quarter."),
    (GRN, "philippines/nominal", "The grenade attack on a police post in Cotabato City left two officers wounded."),
    (GRN, "honduras/alleged", "Witnesses said a man on a motorcycle tossed a grenade at the crowd leaving the church before "
     "speeding off."),
    (GRN, "philippines/follow-up", "Classes were suspended in Maguindanao after a grenade exploded outside a polling centre, "
     "wounding five voters."),
    (GRN, "myanmar/variant", "Assailants threw a grenade into the compound of a Chinese-run factory in Mandalay, damaging a "
     "generator."),
    (GRN, "india/variant", "A hand grenade was hurled at the residence of a local politician in Imphal West late on Thursday "
     "night."),
    # --- Explosions/Remote violence: chemical weapon
    (CHM, "syria/background", "The enclave had been besieged for months. On Sunday residents reported a strong smell of "
     "chlorine after a barrel dropped from a helicopter, and dozens were treated for breathing difficulties."),
    (CHM, "syria/casualty", "Dozens of people were struggling to breathe after projectiles carrying a toxic gas hit Khan "
     "Sheikhoun, medics said."),
    (CHM, "syria/nominal", "The use of sarin against the villages of eastern Ghouta killed hundreds, investigators "
     "concluded."),
    (CHM, "syria/alleged", "The opposition accused government forces of firing shells filled with chlorine gas at the town "
     "of Kafr Zita."),
    (CHM, "syria/follow-up", "Doctors in Idlib treated 40 patients for suspected chemical exposure after a gas attack on the "
     "village of Saraqib."),
    (CHM, "iraq/variant", "Islamic State fighters fired rockets loaded with mustard gas at Peshmerga positions south of "
     "Kirkuk."),
    (CHM, "syria/headline", "Toxic gas attack on rebel-held district kills 12, say rescuers"),
    # --- Violence against civilians: attack
    (ATK, "nigeria/background", "The village had seen no violence since the peace deal of 2019. On Saturday night gunmen "
     "stormed it and shot dead six farmers in their homes."),
    (ATK, "nigeria/casualty", "Eleven passengers were killed when gunmen opened fire on a minibus travelling from Jos to "
     "Bokkos."),
    (ATK, "niger/nominal", "The killing of two gold traders by gunmen in Tillaberi has spread fear among merchants."),
    (ATK, "india/alleged", "The Congress alleged that its block president was beaten up by BJP workers at his home in Dhar "
     "on Tuesday night."),
    (ATK, "philippines/follow-up", "Hundreds attended the funeral of the radio broadcaster who was shot dead by unidentified "
     "assailants outside his home in Tacloban on Friday."),
    (ATK, "mexico/election", "Gunmen on a motorcycle shot dead a candidate for the municipal council in Guerrero as he left a "
     "campaign event."),
    (ATK, "nigeria/variant", "Herders hacked to death four farmers working on their fields in Guma local government area."),
    # --- Violence against civilians: abduction/forced disappearance
    (ABD, "nigeria/background", "Schools in the area reopened only in September. On Wednesday armed men herded 30 pupils out "
     "of a school in Kagara and marched them into the forest."),
    (ABD, "car/casualty", "Two Chinese engineers are missing after armed men stopped their convoy near Bossangoa and took "
     "them away."),
    (ABD, "nigeria/nominal", "The kidnapping of a priest in Enugu on Sunday has prompted the diocese to suspend evening "
     "masses."),
    (ABD, "pakistan/alleged", "The family alleged that the activist was picked up by men in plain clothes from his house in "
     "Karachi and has not been seen since."),
    (ABD, "nigeria/follow-up", "Police launched a search after bandits seized eight travellers on the Abuja-Kaduna "
     "highway."),
    (ABD, "colombia/variant", "Suspected ELN guerrillas held up a bus in Arauca and carried off two soldiers who were on "
     "leave."),
    (ABD, "kenya/variant", "Al-Shabaab militants snatched three aid workers from their vehicle near Dhobley."),
    # --- Violence against civilians: sexual violence
    (SEX, "drc/background", "The camp has housed displaced families since the fighting of 2021. Last week soldiers raped two "
     "women who had gone to fetch firewood outside it, a rights group said."),
    (SEX, "drc/casualty", "A 14-year-old girl was gang-raped by armed men in Ituri's Djugu territory, local officials "
     "said."),
    (SEX, "sudan/nominal", "The rape of women by RSF fighters during the raid on Tawila has been documented by UN "
     "investigators."),
    (SEX, "car/alleged", "Survivors told Amnesty that militiamen had sexually assaulted them at checkpoints outside "
     "Bangui."),
    (SEX, "sudan/follow-up", "Women who fled the fighting said they were raped by militiamen at roadblocks near Geneina."),
    (SEX, "zimbabwe/variant", "Police officers holding protesters in Harare subjected two female activists to sexual "
     "assault, a lawyers' group said."),
    (SEX, "mozambique/variant", "Insurgents forced abducted girls into sexual slavery in their camps, the report said."),
    # --- Protests: peaceful protest (demands named, often no verb of protest)
    (PEA, "kashmir/demand", "Traders in Srinagar downed their shutters on Monday against the arrest of a trade body "
     "leader."),
    (PEA, "bangladesh/demand", "A dawn-to-dusk hartal called by the opposition alliance crippled life in Chittagong, with "
     "shops and schools closed."),
    (PEA, "india/demand", "Transport workers observed a 12-hour bandh in Shillong against the new parking fee."),
    (PEA, "pakistan/demand", "Nurses of the district hospital staged a sit-in outside the health minister's office to demand "
     "their salary arrears."),
    (PEA, "india/demand", "Villagers gheraoed the block development officer for three hours over the delay in wage "
     "payments."),
    (PEA, "india/background", "Farmers have been camping on the outskirts of the capital since November. On Tuesday they "
     "blocked the national highway with tractors for two hours against the new farm laws."),
    (PEA, "mexico/variant", "Mothers of the disappeared held a vigil outside the prosecutor's office in Guadalajara, "
     "carrying photographs of their missing children."),
    # --- Protests: protest with intervention
    (PWI, "nigeria/demand", "Traders who blocked the market road against the eviction drive were dispersed by police with "
     "tear gas in Kano."),
    (PWI, "bangladesh/demand", "Police detained 40 opposition activists who were observing a hartal outside the secretariat "
     "in Dhaka."),
    (PWI, "pakistan/casualty", "Several students were injured when police baton-charged a sit-in at the university gate in "
     "Lahore."),
    (PWI, "india/alleged", "The union alleged that police forcibly removed its members from the dharna site at midnight and "
     "bundled them into buses."),
    (PWI, "india/background", "The road had been blocked since Sunday by villagers demanding compensation for their land. "
     "On Wednesday police cleared the blockade and arrested 12 people."),
    (PWI, "nepal/demand", "Riot police fired tear gas to break up a bandh enforced by opposition activists in Kathmandu."),
    (PWI, "india/variant", "Police used water cannon on farmers marching to Delhi at the Shambhu border."),
    # --- Protests: excessive force against protesters
    (EXF, "sudan/casualty", "Two protesters were killed when soldiers fired live rounds at a crowd demanding the return of "
     "civilian rule in Omdurman."),
    (EXF, "kenya/nominal", "The shooting of three demonstrators by police in Nairobi's Mathare on Wednesday has drawn "
     "condemnation from rights groups."),
    (EXF, "uganda/alleged", "The opposition alleged that police had opened fire on its peaceful rally in Kampala, killing "
     "two supporters."),
    (EXF, "sudan/background", "The sit-in outside the army headquarters had been peaceful for weeks. At dawn on Monday "
     "security forces stormed it, shooting dead at least 30 protesters."),
    (EXF, "guinea/follow-up", "Mourners buried the teenager who was shot dead by police during Thursday's march against fuel "
     "prices in Conakry."),
    (EXF, "chile/variant", "A student died after being hit in the head by a tear gas canister that police fired at a "
     "protest in Santiago."),
    (EXF, "peru/demand", "Police opened fire on villagers blockading a mine road in Cajamarca, killing one and wounding "
     "six."),
    # --- Riots: violent demonstration
    (VDM, "kenya/demand", "Protesters angry over the death of a boy in police custody torched a police post in Kisumu."),
    (VDM, "india/casualty", "Four policemen were injured when bandh supporters pelted stones at them in Bhubaneswar during "
     "the shutdown against the fuel price hike."),
    (VDM, "nigeria/demand", "Youths burnt tyres and blocked the Lagos-Ibadan expressway against the killing of a bus driver "
     "by a soldier."),
    (VDM, "bangladesh/demand", "Hartal supporters vandalised buses and set a motorcycle ablaze in Feni on Sunday."),
    (VDM, "india/nominal", "The rampage by students protesting the cancelled examination left the university's "
     "administration block gutted."),
    (VDM, "southafrica/alleged", "Police said residents demanding electricity had attacked officers with stones and set fire "
     "to the municipal offices in Ermelo."),
    (VDM, "kenya/election", "Opposition supporters rejecting the announced results barricaded roads with burning tyres and "
     "stoned police in Kisii."),
    # --- Riots: mob violence
    (MOB, "india/mob", "A mob lynched two men suspected of stealing cattle in Assam's Biswanath district."),
    (MOB, "kenya/casualty", "A suspected thief was beaten to death by a mob in the Kawangware area of Nairobi on Monday."),
    (MOB, "nigeria/mob", "Villagers set ablaze three suspected kidnappers they had caught in Ogun state."),
    (MOB, "india/election", "Supporters of the TMC and the BJP clashed with sticks and stones after the panchayat poll "
     "results in Nandigram, injuring ten."),
    (MOB, "pakistan/nominal", "The lynching of a man accused of blasphemy in Sialkot has shocked the country."),
    (MOB, "india/alleged", "Police said members of two communities attacked each other with sticks and stones over a land "
     "dispute in Bhagalpur, leaving 15 injured."),
    (MOB, "kenya/mob", "Residents of the settlement stoned to death a man they accused of witchcraft in Kilifi."),
    # --- Strategic developments: agreement
    (AGR, "somalia/background", "Fighting over grazing land had killed dozens in the area since January. On Saturday elders "
     "of the two clans signed a peace accord in Galkayo."),
    (AGR, "myanmar/strategic", "The ceasefire agreement signed by the junta and three ethnic armed groups in Kunming on "
     "Thursday takes effect immediately."),
    (AGR, "colombia/alleged", "The government said it had reached a deal with the ELN on a bilateral ceasefire during talks "
     "in Havana."),
    (AGR, "pakistan/strategic", "Taliban and Pakistani officials agreed to reopen the Torkham crossing after negotiations on "
     "Monday."),
    (AGR, "nigeria/strategic", "Bandits in Zamfara's Maru area agreed to lay down their arms under a peace deal with the "
     "state government."),
    (AGR, "india/strategic", "The Maoists and the state government agreed to a 30-day ceasefire, a mediator said."),
    (AGR, "nigeria/variant", "Herders and farmers in Benue signed a peace pact brokered by the traditional council."),
    # --- Strategic developments: arrests
    (ARR, "nigeria/follow-up", "Police have arrested two men over Sunday's car bomb blast near the governor's office in "
     "Maiduguri."),
    (ARR, "india/strategic", "The NIA arrested five Maoist cadres from a hideout in Jharkhand's Latehar district."),
    (ARR, "zimbabwe/background", "The opposition leader had been in hiding since the elections. On Friday police picked him "
     "up from a house in Harare and charged him with incitement."),
    (ARR, "kashmir/alleged", "The party alleged that 200 of its workers had been detained by police ahead of the chief "
     "minister's visit to Srinagar."),
    (ARR, "uganda/casualty", "Thirty-two opposition supporters are in custody after police raided the party's headquarters "
     "in Kampala on Monday."),
    (ARR, "cameroon/strategic", "Security forces rounded up dozens of youths in Bamenda in a night-time operation against "
     "separatist fighters."),
    (ARR, "colombia/strategic", "Police in Cali captured a leader of a FARC dissident faction wanted for the killing of "
     "social leaders."),
    # --- Strategic developments: change to group/activity
    (CHG, "india/strategic", "The NSCN-IM announced that it was ending its ceasefire with the government with immediate "
     "effect."),
    (CHG, "drc/strategic", "A breakaway faction of the ADF has pledged allegiance to the Islamic State, a statement said."),
    (CHG, "drc/strategic", "Hundreds of Mai-Mai fighters surrendered to the army with their weapons in Walikale."),
    (CHG, "kenya/strategic", "The government deployed 2,000 more troops to Mandera county to secure the border against "
     "Al-Shabaab."),
    (CHG, "pakistan/strategic", "The Tehreek-e-Taliban Pakistan called off its ceasefire and ordered its fighters to resume "
     "attacks across the country."),
    (CHG, "sudan/strategic", "Two rival factions of the Sudan Liberation Movement announced their merger at a ceremony in "
     "Juba."),
    (CHG, "colombia/strategic", "The ELN declared a unilateral truce for the Christmas period."),
    # --- Strategic developments: disrupted weapons use
    (DIS, "india/strategic", "Bomb disposal experts defused an IED planted on the Bijapur-Awapalli road on Sunday."),
    (DIS, "kashmir/strategic", "Troops seized 12 AK-47 rifles and a cache of ammunition in a raid on a militant hideout in "
     "Kupwara."),
    (DIS, "sudan/strategic", "Customs officers intercepted a consignment of rocket-propelled grenades hidden in a container "
     "at Port Sudan."),
    (DIS, "mali/strategic", "Soldiers found and destroyed a stockpile of landmines left by the rebels near Mopti."),
    (DIS, "india/casualty", "No one was hurt after police detected and neutralised a pressure-cooker bomb at a busy crossing "
     "in Ranchi."),
    (DIS, "kashmir/alleged", "The army said it had foiled a plot to blow up a bridge by recovering 50 kg of explosives from "
     "a car in Pulwama."),
    (DIS, "saudi/strategic", "Air defences shot down two drones launched towards the airport in Abha."),
    # --- Strategic developments: headquarters or base established
    (HQ, "somalia/strategic", "The army set up a new camp at Dhobley to protect the border town from Al-Shabaab "
     "incursions."),
    (HQ, "chad/strategic", "Boko Haram fighters have established a base on an island in Lake Chad, fishermen said."),
    (HQ, "india/alleged", "Maoists have set up a training camp in the Abujhmarh forest, an intelligence report said."),
    (HQ, "drc/strategic", "The M23 opened an administrative office in Rubaya weeks after taking the mining town."),
    (HQ, "kenya/strategic", "Kenyan troops opened a forward operating base near the Somali border town of Kolbio."),
    (HQ, "kashmir/background", "The valley had no security presence since 2019. This week the police opened a new outpost "
     "in Bandipora's Gurez sector."),
    (HQ, "nigeria/strategic", "ISWAP has moved its headquarters to the islands near Lake Chad, according to intelligence "
     "sources."),
    # --- Strategic developments: looting/property destruction
    (LOO, "nigeria/strategic", "Gunmen looted shops and burnt down 30 houses in Bokkos after residents fled; no one was "
     "killed."),
    (LOO, "cameroon/nominal", "The burning of a school in Bamenda by suspected separatists has left pupils without "
     "classrooms."),
    (LOO, "india/strategic", "Unidentified persons set fire to a mobile tower in Bijapur overnight."),
    (LOO, "india/alleged", "The party alleged that its office in Rampurhat was ransacked by ruling party goons."),
    (LOO, "somalia/strategic", "Al-Shabaab fighters destroyed three telecommunications masts in the Gedo region."),
    (LOO, "burkina/strategic", "Armed men set ablaze the houses of displaced families in the village of Kourou."),
    (LOO, "ethiopia/strategic", "Retreating Tigrayan forces looted the hospital in Kobo, carrying away beds and "
     "equipment."),
    # --- Strategic developments: non-violent transfer of territory
    (NVT, "mali/strategic", "UN peacekeepers handed over their camp in Ber to the Malian army."),
    (NVT, "mali/strategic", "French forces completed their withdrawal from the Gossi base and handed it to Malian troops."),
    (NVT, "drc/strategic", "The rebels withdrew from Bunagana without a fight, allowing the regional force to take "
     "control."),
    (NVT, "somalia/strategic", "Under the deal, Al-Shabaab fighters left the town of Elbur and the clan militia moved in."),
    (NVT, "afghanistan/strategic", "The Taliban entered Mazar without a shot being fired after local commanders surrendered "
     "the city."),
    (NVT, "afghanistan/strategic", "Government forces pulled out of the district centre of Khenjan overnight, leaving it to "
     "the Taliban."),
    (NVT, "drc/variant", "The Burundian contingent withdrew from Kitchanga, and M23 fighters took over its positions "
     "peacefully."),
    # --- outside ACLED: organised crime
    (ORG, "india/near-miss", "Police seized 400 kg of heroin from a truck at the Attari border."),
    (ORG, "nigeria/near-miss", "Robbers armed with guns stormed a bank in Offa, killing three customers and escaping with "
     "cash."),
    (ORG, "india/near-miss", "A gang smuggling gold across the border was busted by revenue intelligence officers in "
     "Siliguri."),
    (ORG, "somalia/near-miss", "Pirates hijacked a fishing vessel off the coast of Eyl and demanded a ransom for its crew."),
    (ORG, "niger/near-miss", "Human traffickers abandoned 60 migrants in the desert near Agadez, the IOM said."),
    (ORG, "ghana/near-miss", "Counterfeit medicines worth two million dollars were seized at the port of Tema."),
    (ORG, "ecuador/near-miss", "A cocaine shipment hidden in banana boxes was discovered at the port of Guayaquil."),
    # --- outside ACLED: natural disaster
    (NAT, "india/casualty", "Fourteen people were killed when a landslide buried houses in Kerala's Wayanad district after "
     "heavy rain."),
    (NAT, "india/near-miss", "Lightning strikes killed 11 people across Bihar on Saturday."),
    (NAT, "india/nominal", "The cyclone that struck the Odisha coast on Monday flattened thousands of huts."),
    (NAT, "nepal/variant", "An earthquake of magnitude 6.1 jolted western Nepal, damaging homes in Jajarkot."),
    (NAT, "somalia/variant", "Floods have displaced more than 100,000 people in Beledweyne after the Shabelle river burst its "
     "banks."),
    (NAT, "nigeria/variant", "A cholera outbreak has killed 40 people in the displacement camps of Borno, health officials "
     "said."),
    (NAT, "kenya/background", "The region had been hit by drought for two seasons. This week flash floods swept away "
     "livestock and cut off roads in Turkana."),
    # --- outside ACLED: man-made disaster
    (MAN, "nepal/casualty", "Twenty-two passengers were killed when an overloaded bus plunged into a river in Dhading "
     "district."),
    (MAN, "pakistan/near-miss", "A gas cylinder explosion at a restaurant in Karachi's Saddar injured nine people."),
    (MAN, "nigeria/nominal", "The collapse of a five-storey building on Lagos Island has left at least 12 dead."),
    (MAN, "bangladesh/variant", "A fire broke out at a garment factory in Gazipur, killing four workers."),
    (MAN, "nigeria/near-miss", "A tanker carrying petrol exploded after overturning on the highway near Onitsha, killing "
     "13."),
    (MAN, "india/nominal", "The derailment of a passenger train near Balasore has killed more than 200 people."),
    (MAN, "india/casualty", "At least 30 people died after drinking spurious liquor in a village in Gujarat."),
    # --- outside ACLED: diplomacy
    (DIP, "india/near-miss", "India summoned Pakistan's charge d'affaires to protest the killing of a civilian in "
     "cross-border firing."),
    (DIP, "sudan/variant", "The foreign ministers of Ethiopia and Sudan met in Khartoum to discuss the border dispute."),
    (DIP, "kenya/variant", "Kenya recalled its ambassador from Somalia over the maritime dispute."),
    (DIP, "colombia/variant", "The president of Colombia paid a state visit to Ecuador."),
    (DIP, "sudan/near-miss", "The United States imposed sanctions on three RSF commanders over atrocities in Darfur."),
    (DIP, "bangladesh/near-miss", "Bangladesh lodged a protest with Myanmar over mortar shells landing in its territory."),
    (DIP, "niger/variant", "The African Union suspended Niger after the military coup."),
    # --- outside ACLED: claim of responsibility
    (CLM, "pakistan/near-miss", "The TTP claimed responsibility for Monday's attack on a police station in Lakki "
     "Marwat."),
    (CLM, "nigeria/alleged", "ISWAP said in a statement that its fighters had carried out the ambush on a military convoy "
     "near Damasak."),
    (CLM, "colombia/alleged", "The ELN admitted that its fighters had placed the bomb that killed two police officers in "
     "Cucuta."),
    (CLM, "somalia/near-miss", "Al-Shabaab has claimed the bombing of a hotel in Kismayo, saying its fighters targeted "
     "government officials."),
    (CLM, "india/near-miss", "In a press note, the CPI (Maoist) took responsibility for the killing of the village head, "
     "accusing him of being a police informer."),
    (CLM, "pakistan/alleged", "The Baloch Liberation Army said it was behind the attack on Chinese engineers in Karachi."),
    (CLM, "india/near-miss", "A splinter group of the NDFB owned up to Thursday's blast at the Kokrajhar market."),
    # --- no ACLED event: follow-ups that are not events, threats, denials, drills
    (NONE, "kashmir/follow-up", "The state government announced compensation of Rs 5 lakh each for families whose houses "
     "were damaged in Sunday's cross-border shelling in Uri."),
    (NONE, "drc/follow-up", "A military court in Bukavu began the trial of soldiers accused of raping villagers in "
     "Minova."),
    (NONE, "pakistan/near-miss", "Police denied reports that a bomb had been found at the bus terminal in Peshawar."),
    (NONE, "india/near-miss", "The army held a joint exercise with Border Guard Bangladesh along the frontier."),
    (NONE, "india/near-miss", "Security has been stepped up across Manipur ahead of Independence Day."),
    (NONE, "bangladesh/demand", "The opposition warned that it would call a nationwide hartal if the election results were "
     "not annulled."),
    (NONE, "india/follow-up", "Thousands of people attended the funeral of the former chief minister in Chennai."),
]

GAPS: dict[str, str] = {
    'A day after the funeral of the slain commander, FARC dissidents and ELN guerrillas fought in rural Arauca, forcing dozens of families to flee.':
        'no event',
    'Twelve insurgents were killed as troops of Operation Hadin Kai retook the village of Bita from Boko Haram fighters.':
        'coded Armed clash',
    'Government forces dislodged ELN guerrillas from the hamlet of El Tarra and raised the flag over its police station, the army said.':
        'no event',
    'Security in Cabo Delgado has worsened since the rains began. On Wednesday insurgents overran the town of Macomia and raised their black flag over the administrative post.':
        'coded Government regains territory',
    'The fall of Kiwanja to M23 rebels has cut the main road north of Goma.':
        'no event',
    'The KIA accused the military of carrying out air strikes on villages near Hpakant that killed four civilians.':
        'coded claim_of_responsibility',
    'The air component carried out sorties over the Tumbun Gini forest, neutralising scores of ISWAP fighters.':
        'no event',
    "The rocket fire on Tripoli's Mitiga airport forced the suspension of all flights on Saturday.":
        'no event',
    'Artillery rounds fired from across the border landed in the village of Kfar Kila, damaging two houses.':
        'coded diplomacy',
    'The ruling party alleged that opposition cadres had planted a bomb outside its office in Kathmandu, which went off at night without causing casualties.':
        'coded Mob violence',
    'A teenage girl strapped with explosives set them off in a crowd of traders in Maiduguri.':
        'no event',
    'The enclave had been besieged for months. On Sunday residents reported a strong smell of chlorine after a barrel dropped from a helicopter, and dozens were treated for breathing difficulties.':
        'no event',
    'Schools in the area reopened only in September. On Wednesday armed men herded 30 pupils out of a school in Kagara and marched them into the forest.':
        'no event',
    'Two Chinese engineers are missing after armed men stopped their convoy near Bossangoa and took them away.':
        'no event',
    'Farmers have been camping on the outskirts of the capital since November. On Tuesday they blocked the national highway with tractors for two hours against the new farm laws.':
        'coded Violent demonstration',
    'Traders who blocked the market road against the eviction drive were dispersed by police with tear gas in Kano.':
        'coded Violent demonstration',
    'Police detained 40 opposition activists who were observing a hartal outside the secretariat in Dhaka.':
        'coded Arrests',
    'Several students were injured when police baton-charged a sit-in at the university gate in Lahore.':
        'coded Excessive force against protesters',
    'The union alleged that police forcibly removed its members from the dharna site at midnight and bundled them into buses.':
        'coded Peaceful protest',
    'The road had been blocked since Sunday by villagers demanding compensation for their land. On Wednesday police cleared the blockade and arrested 12 people.':
        'coded Arrests',
    'Police opened fire on villagers blockading a mine road in Cajamarca, killing one and wounding six.':
        'coded Attack',
    'Four policemen were injured when bandh supporters pelted stones at them in Bhubaneswar during the shutdown against the fuel price hike.':
        'coded Armed clash',
    'Youths burnt tyres and blocked the Lagos-Ibadan expressway against the killing of a bus driver by a soldier.':
        'coded Mob violence',
    'Police said residents demanding electricity had attacked officers with stones and set fire to the municipal offices in Ermelo.':
        'coded Looting/property destruction',
    'The lynching of a man accused of blasphemy in Sialkot has shocked the country.':
        'coded diplomacy',
    'The NSCN-IM announced that it was ending its ceasefire with the government with immediate effect.':
        'coded Agreement',
    'Hundreds of Mai-Mai fighters surrendered to the army with their weapons in Walikale.':
        'coded Agreement',
    'The Tehreek-e-Taliban Pakistan called off its ceasefire and ordered its fighters to resume attacks across the country.':
        'coded Armed clash',
    'Two rival factions of the Sudan Liberation Movement announced their merger at a ceremony in Juba.':
        'coded Government regains territory',
    'The ELN declared a unilateral truce for the Christmas period.':
        'coded Agreement',
    'The M23 opened an administrative office in Rubaya weeks after taking the mining town.':
        'no event',
    'Human traffickers abandoned 60 migrants in the desert near Agadez, the IOM said.':
        'no event',
    'The ELN admitted that its fighters had placed the bomb that killed two police officers in Cucuta.':
        'coded Remote explosive/landmine/IED',
    "The state government announced compensation of Rs 5 lakh each for families whose houses were damaged in Sunday's cross-border shelling in Uri.":
        'coded Shelling/artillery/missile attack',
    'A military court in Bukavu began the trial of soldiers accused of raping villagers in Minova.':
        'coded Sexual violence',
}
# rows whose family main does not get right either (the gaps whose wrong sub-event type is of another family)
FAMILY_GAP_TEXTS: frozenset[str] = frozenset({
    'A day after the funeral of the slain commander, FARC dissidents and ELN guerrillas fought in rural Arauca, forcing dozens of families to flee.',
    'Government forces dislodged ELN guerrillas from the hamlet of El Tarra and raised the flag over its police station, the army said.',
    'The fall of Kiwanja to M23 rebels has cut the main road north of Goma.',
    'The KIA accused the military of carrying out air strikes on villages near Hpakant that killed four civilians.',
    'The air component carried out sorties over the Tumbun Gini forest, neutralising scores of ISWAP fighters.',
    "The rocket fire on Tripoli's Mitiga airport forced the suspension of all flights on Saturday.",
    'Artillery rounds fired from across the border landed in the village of Kfar Kila, damaging two houses.',
    'The ruling party alleged that opposition cadres had planted a bomb outside its office in Kathmandu, which went off at night without causing casualties.',
    'A teenage girl strapped with explosives set them off in a crowd of traders in Maiduguri.',
    'The enclave had been besieged for months. On Sunday residents reported a strong smell of chlorine after a barrel dropped from a helicopter, and dozens were treated for breathing difficulties.',
    'Schools in the area reopened only in September. On Wednesday armed men herded 30 pupils out of a school in Kagara and marched them into the forest.',
    'Two Chinese engineers are missing after armed men stopped their convoy near Bossangoa and took them away.',
    'Farmers have been camping on the outskirts of the capital since November. On Tuesday they blocked the national highway with tractors for two hours against the new farm laws.',
    'Traders who blocked the market road against the eviction drive were dispersed by police with tear gas in Kano.',
    'Police detained 40 opposition activists who were observing a hartal outside the secretariat in Dhaka.',
    'The road had been blocked since Sunday by villagers demanding compensation for their land. On Wednesday police cleared the blockade and arrested 12 people.',
    'Police opened fire on villagers blockading a mine road in Cajamarca, killing one and wounding six.',
    'Four policemen were injured when bandh supporters pelted stones at them in Bhubaneswar during the shutdown against the fuel price hike.',
    'Police said residents demanding electricity had attacked officers with stones and set fire to the municipal offices in Ermelo.',
    'The lynching of a man accused of blasphemy in Sialkot has shocked the country.',
    'The Tehreek-e-Taliban Pakistan called off its ceasefire and ordered its fighters to resume attacks across the country.',
    'Two rival factions of the Sudan Liberation Movement announced their merger at a ceremony in Juba.',
    'The M23 opened an administrative office in Rubaya weeks after taking the mining town.',
    'Human traffickers abandoned 60 migrants in the desert near Agadez, the IOM said.',
    'The ELN admitted that its fighters had placed the bomb that killed two police officers in Cucuta.',
    "The state government announced compensation of Rs 5 lakh each for families whose houses were damaged in Sunday's cross-border shelling in Uri.",
    'A military court in Bukavu began the trial of soldiers accused of raping villagers in Minova.',
})
FAMILY_GAPS: dict[str, str] = {text: reason for text, reason in GAPS.items() if text in FAMILY_GAP_TEXTS}


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, GAPS))
def test_main_event_subtype(label: str, shape: str, text: str) -> None:
    assert acled_row_holds(label, text), (shape, text)


@pytest.mark.parametrize(("label", "shape", "text"), acled_probe_params(ROWS, FAMILY_GAPS))
def test_main_event_family(label: str, shape: str, text: str) -> None:
    assert acled_family_holds(label, text), (shape, text)


def test_the_probe_covers_every_type_and_scope_equally() -> None:
    labels = (AC, GRT, NSO, AIR, SHL, REM, SUI, GRN, CHM, ATK, ABD, SEX, PEA, PWI, EXF, VDM, MOB, AGR, ARR, CHG,
              DIS, HQ, LOO, NVT, ORG, NAT, MAN, DIP, CLM, NONE)
    counted = 0
    for label in labels:
        assert sum(r[0] == label for r in ROWS) == 7, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    assert len(ROWS) == 210 and len({r[2] for r in ROWS}) == len(ROWS)
    shapes = {r[1].split("/")[1] for r in ROWS}
    assert {"background", "nominal", "alleged", "casualty", "follow-up", "demand", "mob", "election",
            "strategic"} <= shapes
    assert set(GAPS) <= {r[2] for r in ROWS} and FAMILY_GAP_TEXTS <= set(GAPS)
