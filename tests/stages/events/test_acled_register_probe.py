"""A blind register probe of the ACLED typology: every ACLED sub-event type, and the categories outside ACLED
that ``Event.scope`` names, written from ACLED's codebook definitions (and the CASE 2021 names) before the ACLED
rules were read, in four news registers:

* ``wire``: the Reuters/AP lede (agent, act, place, casualties, attribution at the end);
* ``local``: local press ("operatives of the police command", "whisked away", "irate villagers", passives);
* ``ngo``: NGO and UN reports ("the rights group said", "forcibly disappeared", "according to residents");
* ``acled``: ACLED-style event notes ("On 3 March, ...").

Each class has positive rows, a negative row (another class or no event) and near misses across its neighbours
(shelling / air strike / drone; attack / clash; protest with intervention / excessive force; looting / mob
violence; arrest / abduction). Every sentence is invented here and its answer was written before the code was
run. What is checked is the snippet's main event as the ACLED evaluation picks it (its sub-event type or
outside-ACLED scope; None: no main event). Rows the code still gets wrong are strict xfails in ``GAPS``.

Measured on main before any rule (3698d9b5; the held-out estimate; 173 rows): sub-event type 160/173 0.925,
family 161/173 0.931; by register wire 94/101, local 27/28, ngo 13/16, acled 26/28; positives 100/108, negatives
26/30, near misses 34/35.  One answer was corrected after that measurement, on re-reading ACLED's definition (a place taken after
the other side withdrew is a non-violent transfer; main gave that): main 161/173 0.931, family 0.936. After the
branch's rules (``test_acled_register_rules.py``, as kept): 164/173 0.948, family 165/173 0.954; wire 95/101, local
27/28, ngo 16/16, acled 26/28; positives 103/108, negatives 26/30, near misses 35/35.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (class, kind, register, sentence, expected sub-event type or outside-ACLED scope of the main event)
ROWS: list[tuple[str, str, str, str, str | None]] = [
    # -- Battles: armed clash (two armed, organised sides fight; neither side wins ground)
    ("Armed clash", "positive", "wire", "Government troops and Islamist insurgents fought for several hours near the "
     "town of Palma on Tuesday, the army said.", "Armed clash"),
    ("Armed clash", "positive", "local", "Heavy exchange of fire was recorded between security operatives and bandits "
     "at Kurmin Dangi village on Sunday night.", "Armed clash"),
    ("Armed clash", "positive", "ngo", "Fighting between two rival armed factions on the outskirts of Yei left at least "
     "20 combatants dead, the monitoring group said.", "Armed clash"),
    ("Armed clash", "positive", "acled", "On 3 March, the military clashed with al Shabaab militants in Bulo Marer "
     "district.", "Armed clash"),
    ("Armed clash", "positive", "wire", "Soldiers repelled an assault by jihadists on their base near Gossi, killing "
     "seven of the attackers.", "Armed clash"),
    ("Armed clash", "negative", "wire", "Police arrested four suspected militants in a raid on a house in Garissa.",
     "Arrests"),
    ("Armed clash", "near miss", "wire", "Gunmen opened fire on worshippers at a mosque in Katsina state, killing "
     "seven civilians.", "Attack"),
    ("Armed clash", "near miss", "acled", "On 9 April, Fano militia fought the federal army for control of the town "
     "of Gondar.", "Armed clash"),
    # -- Battles: government regains territory
    ("Government regains territory", "positive", "wire", "Iraqi forces recaptured the town of Rawa from Islamic State "
     "militants on Thursday.", "Government regains territory"),
    ("Government regains territory", "positive", "local", "Troops have retaken Marte town after dislodging Boko "
     "Haram terrorists, the army spokesman said.", "Government regains territory"),
    ("Government regains territory", "positive", "acled", "On 12 May, the Malian army regained control of Boni after "
     "fighting with JNIM militants.", "Government regains territory"),
    ("Government regains territory", "positive", "ngo", "The Ethiopian army took back the town of Lalibela from "
     "Tigrayan forces, according to local residents.", "Government regains territory"),
    ("Government regains territory", "negative", "wire", "The president visited troops stationed in the town of "
     "Rawa on Thursday.", None),
    # (answer corrected after the first measurement, on re-reading ACLED's definition: a place taken after the other
    # side withdrew, no fight told, is a non-violent transfer of territory; first written as an overtaking)
    ("Government regains territory", "near miss", "wire", "Taliban fighters captured the district centre of Jaghatu "
     "after government forces withdrew.", "Non-violent transfer of territory"),
    # -- Battles: non-state actor overtakes territory
    ("Non-state actor overtakes territory", "positive", "wire", "Islamist insurgents seized the port town of Mocimboa "
     "da Praia after days of fighting, officials said.", "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "positive", "local", "M23 rebels took control of the border town of "
     "Bunagana on Monday, residents said.", "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "positive", "acled", "On 5 June, al Shabaab militants overran a military "
     "base in Lower Shabelle and took over the town.", "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "positive", "ngo", "Armed groups have seized control of several villages "
     "in the province, the UN agency said.", "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", "negative", "wire", "Rebels held a news conference in the town of "
     "Bunagana on Monday.", None),
    ("Non-state actor overtakes territory", "near miss", "wire", "Congolese troops recaptured the border town of "
     "Bunagana from M23 rebels on Monday.", "Government regains territory"),
    # -- Explosions/Remote violence: air or drone strike
    ("Air/drone strike", "positive", "wire", "Saudi-led coalition air strikes hit a detention centre in Saada "
     "province, killing dozens of inmates.", "Air/drone strike"),
    ("Air/drone strike", "positive", "local", "A military jet bombed a terrorist hideout in the Sambisa forest on "
     "Friday, the air force said.", "Air/drone strike"),
    ("Air/drone strike", "positive", "ngo", "A drone strike on a vehicle in North Waziristan killed four suspected "
     "militants, officials said.", "Air/drone strike"),
    ("Air/drone strike", "positive", "acled", "On 7 April, Turkish drones struck a PKK position near Qandil.",
     "Air/drone strike"),
    ("Air/drone strike", "positive", "wire", "Israeli warplanes struck targets in the Gaza Strip overnight, the army "
     "said.", "Air/drone strike"),
    ("Air/drone strike", "negative", "wire", "The air force held a parade over the capital to mark independence day.",
     None),
    ("Air/drone strike", "near miss", "wire", "Government artillery shelled residential districts of Idlib "
     "overnight, rescuers said.", "Shelling/artillery/missile attack"),
    ("Air/drone strike", "near miss", "wire", "A roadside bomb struck an army convoy in Helmand, killing three "
     "soldiers.", "Remote explosive/landmine/IED"),
    # -- Explosions/Remote violence: shelling, artillery, missile attack
    ("Shelling/artillery/missile attack", "positive", "wire", "Russian forces shelled the city of Kharkiv on Sunday, "
     "killing three civilians, the regional governor said.", "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "positive", "local", "Mortar rounds landed on a market in Mogadishu on "
     "Tuesday, wounding five traders.", "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "positive", "ngo", "Rockets fired from Gaza struck the town of Sderot, "
     "damaging several houses.", "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "positive", "acled", "On 9 October, Houthi forces fired a ballistic missile "
     "at Marib city.", "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "positive", "wire", "Artillery fire hit a residential block in Donetsk, "
     "killing two people.", "Shelling/artillery/missile attack"),
    ("Shelling/artillery/missile attack", "negative", "wire", "The army displayed a new long-range missile at a parade "
     "on Friday.", None),
    ("Shelling/artillery/missile attack", "near miss", "wire", "A Russian drone hit an apartment block in Odesa, "
     "killing two people.", "Air/drone strike"),
    # -- Explosions/Remote violence: remote explosive, landmine, IED
    ("Remote explosive/landmine/IED", "positive", "wire", "A roadside bomb killed four soldiers in southern "
     "Afghanistan on Monday, the defence ministry said.", "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "positive", "local", "A landmine exploded under a tractor in Kigoma village, "
     "killing two farmers.", "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "positive", "ngo", "An improvised explosive device detonated near a police "
     "checkpoint in Diyala, wounding three officers.", "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "positive", "acled", "On 14 August, an IED planted by JNIM militants hit a "
     "Malian army vehicle near Douentza.", "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "positive", "wire", "A car bomb exploded outside a hotel in Mogadishu, killing "
     "eight people.", "Remote explosive/landmine/IED"),
    ("Remote explosive/landmine/IED", "negative", "wire", "A charity ran a landmine awareness class for children near "
     "the border.", None),
    ("Remote explosive/landmine/IED", "near miss", "wire", "A suicide bomber blew himself up at a checkpoint in "
     "Kabul, killing six people.", "Suicide bomb"),
    ("Remote explosive/landmine/IED", "near miss", "local", "Unknown assailants hurled a grenade into a bar in "
     "Bujumbura, wounding nine people.", "Grenade"),
    # -- Explosions/Remote violence: suicide bomb
    ("Suicide bomb", "positive", "wire", "A suicide bomber killed at least 30 people at a wedding hall in Kabul on "
     "Saturday.", "Suicide bomb"),
    ("Suicide bomb", "positive", "local", "Two female suicide bombers detonated their explosives at a market in "
     "Konduga, killing 12 people.", "Suicide bomb"),
    ("Suicide bomb", "positive", "acled", "On 2 February, a suicide car bomb targeted an AMISOM base in Lower "
     "Shabelle.", "Suicide bomb"),
    ("Suicide bomb", "positive", "ngo", "A suicide attacker drove an explosives-laden truck into a military camp in "
     "Tillaberi, the UN said.", "Suicide bomb"),
    ("Suicide bomb", "negative", "wire", "The court sentenced a man who trained suicide bombers to life in prison.",
     None),
    ("Suicide bomb", "near miss", "wire", "A bomb hidden in a motorcycle exploded at a bus station in Quetta, killing "
     "five people.", "Remote explosive/landmine/IED"),
    # -- Explosions/Remote violence: grenade
    ("Grenade", "positive", "wire", "Attackers threw a grenade at a police station in Mandera, wounding two "
     "officers.", "Grenade"),
    ("Grenade", "positive", "local", "A hand grenade was lobbed into a crowded bar in Goma on Saturday night, "
     "injuring 11 revellers.", "Grenade"),
    ("Grenade", "positive", "acled", "On 20 July, unidentified men threw a grenade at the house of a local "
     "politician in Bujumbura.", "Grenade"),
    ("Grenade", "negative", "wire", "Soldiers trained with grenades at a range outside the capital.", None),
    ("Grenade", "near miss", "wire", "Riot police fired tear gas grenades to disperse protesters in Nairobi.",
     "Protest with intervention"),
    # -- Explosions/Remote violence: chemical weapon
    ("Chemical weapon", "positive", "wire", "Syrian government forces used chlorine gas in an attack on the town of "
     "Kafr Zita, the watchdog said.", "Chemical weapon"),
    ("Chemical weapon", "positive", "ngo", "A sarin attack on the town of Khan Sheikhoun killed more than 80 people, "
     "investigators concluded.", "Chemical weapon"),
    ("Chemical weapon", "positive", "acled", "On 4 April, a chemical weapons attack hit the town of Saraqib.",
     "Chemical weapon"),
    ("Chemical weapon", "negative", "wire", "Inspectors began destroying the country's stockpile of chemical weapons "
     "on Monday.", None),
    ("Chemical weapon", "near miss", "wire", "Police fired tear gas at demonstrators outside parliament in Beirut.",
     "Protest with intervention"),
    # -- Violence against civilians: attack
    ("Attack", "positive", "wire", "Gunmen killed 12 villagers in an attack on a village in northern Burkina Faso, "
     "the government said.", "Attack"),
    ("Attack", "positive", "local", "Suspected herdsmen attacked Tse-Akaa community, killing four residents.",
     "Attack"),
    ("Attack", "positive", "ngo", "Soldiers executed at least 15 unarmed civilians in the village of Moura, the rights "
     "group said.", "Attack"),
    ("Attack", "positive", "acled", "On 8 June, ISWAP militants killed three civilians at Gajiram.", "Attack"),
    ("Attack", "positive", "wire", "A police officer shot dead a motorcycle taxi driver at a checkpoint in Kinshasa, "
     "witnesses said.", "Attack"),
    ("Attack", "negative", "wire", "The villagers held a funeral for the 12 victims on Sunday.", None),
    ("Attack", "near miss", "wire", "Soldiers repulsed an attack by militants on their base in Gao, killing five of "
     "the assailants.", "Armed clash"),
    ("Attack", "near miss", "local", "A mob lynched a man accused of stealing a goat at the market in Kabale.",
     "Mob violence"),
    # -- Violence against civilians: abduction, forced disappearance
    ("Abduction/forced disappearance", "positive", "wire", "Gunmen abducted 30 students from a boarding school in "
     "Kaduna state, police said.", "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "positive", "local", "Kidnappers whisked away a Catholic priest from his "
     "parish in Enugu on Sunday.", "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "positive", "ngo", "Security forces forcibly disappeared the activist, whose "
     "whereabouts remain unknown, Amnesty International said.", "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "positive", "acled", "On 17 September, al Shabaab militants abducted two "
     "teachers in Mandera.", "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "positive", "wire", "Armed men kidnapped a French aid worker in Niamey on "
     "Tuesday.", "Abduction/forced disappearance"),
    ("Abduction/forced disappearance", "negative", "wire", "The students returned to their school in Kaduna state "
     "after the holidays.", None),
    ("Abduction/forced disappearance", "near miss", "wire", "Police arrested the opposition leader at his home in "
     "Kampala on Wednesday.", "Arrests"),
    # -- Violence against civilians: sexual violence
    ("Sexual violence", "positive", "wire", "Soldiers raped at least 20 women during a raid on a village in Unity "
     "state, the UN said.", "Sexual violence"),
    ("Sexual violence", "positive", "ngo", "Armed men sexually assaulted two girls in a camp for displaced people, "
     "the aid group said.", "Sexual violence"),
    ("Sexual violence", "positive", "acled", "On 3 November, militia members raped a woman near Bunia.",
     "Sexual violence"),
    ("Sexual violence", "negative", "wire", "Parliament passed a law against sexual harassment at work on Tuesday.",
     None),
    ("Sexual violence", "near miss", "wire", "Soldiers beat two women at a checkpoint near Bunia, witnesses said.",
     "Attack"),
    # -- Protests: peaceful protest
    ("Peaceful protest", "positive", "wire", "Thousands of people marched through the streets of Khartoum on "
     "Thursday to demand civilian rule.", "Peaceful protest"),
    ("Peaceful protest", "positive", "local", "Aggrieved pensioners staged a peaceful protest at the state secretariat "
     "over unpaid entitlements.", "Peaceful protest"),
    ("Peaceful protest", "positive", "ngo", "Teachers held a sit-in outside the ministry of education to demand "
     "higher wages.", "Peaceful protest"),
    ("Peaceful protest", "positive", "acled", "On 6 January, students demonstrated in Abidjan against higher tuition "
     "fees.", "Peaceful protest"),
    ("Peaceful protest", "positive", "wire", "Hundreds of farmers rallied outside parliament in Warsaw against grain "
     "imports.", "Peaceful protest"),
    ("Peaceful protest", "negative", "wire", "The farmers' union published its annual report in Warsaw on Monday.",
     None),
    ("Peaceful protest", "near miss", "wire", "Security forces opened fire on protesters in Omdurman, killing four of "
     "them.", "Excessive force against protesters"),
    ("Peaceful protest", "near miss", "local", "Protesters set fire to a police station and blocked roads with "
     "burning tyres in Kisumu.", "Violent demonstration"),
    # -- Protests: protest with intervention
    ("Protest with intervention", "positive", "wire", "Riot police fired tear gas to disperse hundreds of "
     "demonstrators in Conakry on Monday.", "Protest with intervention"),
    ("Protest with intervention", "positive", "local", "Police arrested 20 protesters during a demonstration against "
     "fuel prices in Lusaka.", "Protest with intervention"),
    ("Protest with intervention", "positive", "acled", "On 11 March, police used water cannon against protesters in "
     "Minsk.", "Protest with intervention"),
    ("Protest with intervention", "positive", "ngo", "Police broke up a peaceful march by opposition supporters in "
     "Kampala, the rights group said.", "Protest with intervention"),
    ("Protest with intervention", "negative", "wire", "Police escorted the marathon runners through the city centre without "
     "incident.", None),
    ("Protest with intervention", "near miss", "wire", "Soldiers shot dead five protesters during a demonstration in "
     "Mandalay, witnesses said.", "Excessive force against protesters"),
    # -- Protests: excessive force against protesters
    ("Excessive force against protesters", "positive", "wire", "Police shot dead three demonstrators during a "
     "protest against the election results in Maputo.", "Excessive force against protesters"),
    ("Excessive force against protesters", "positive", "ngo", "Security forces used live ammunition against "
     "peaceful demonstrators, killing at least 12, the rights group said.", "Excessive force against protesters"),
    ("Excessive force against protesters", "positive", "acled", "On 20 October, soldiers opened fire on protesters "
     "at the Lekki toll gate, killing several.", "Excessive force against protesters"),
    ("Excessive force against protesters", "negative", "wire", "Protesters observed a minute of silence for the "
     "victims in Maputo.", "Peaceful protest"),
    ("Excessive force against protesters", "near miss", "wire", "Police fired tear gas at the protesters in Maputo "
     "to clear the road.", "Protest with intervention"),
    # -- Riots: violent demonstration
    ("Violent demonstration", "positive", "wire", "Protesters pelted police with stones and set tyres ablaze in "
     "Nairobi on Wednesday.", "Violent demonstration"),
    ("Violent demonstration", "positive", "local", "Angry youths protesting the killing of their colleague burnt down "
     "the divisional police headquarters.", "Violent demonstration"),
    ("Violent demonstration", "positive", "acled", "On 15 May, demonstrators threw rocks at security forces in "
     "Dakar.", "Violent demonstration"),
    ("Violent demonstration", "positive", "wire", "Rioters torched cars and vandalised shops in the capital during "
     "protests over fuel prices.", "Violent demonstration"),
    ("Violent demonstration", "negative", "wire", "Demonstrators sang songs and waved flags outside the embassy.",
     "Peaceful protest"),
    ("Violent demonstration", "near miss", "local", "A mob beat a suspected thief to death in Kampala on Friday.",
     "Mob violence"),
    # -- Riots: mob violence
    ("Mob violence", "positive", "wire", "A mob lynched two men accused of witchcraft in a village in western Kenya.",
     "Mob violence"),
    ("Mob violence", "positive", "local", "Irate villagers set ablaze a suspected kidnapper in Ekiti on Monday.",
     "Mob violence"),
    ("Mob violence", "positive", "acled", "On 2 April, a mob attacked Christian homes in Minya and set several of "
     "them on fire.", "Mob violence"),
    ("Mob violence", "positive", "ngo", "Residents beat to death a man suspected of stealing a motorcycle, the "
     "commission said.", "Mob violence"),
    ("Mob violence", "negative", "wire", "A crowd gathered to watch the football match in the village square.", None),
    ("Mob violence", "near miss", "wire", "Soldiers looted shops in the market after taking the town, residents "
     "said.", "Looting/property destruction"),
    # -- Strategic developments: agreement
    ("Agreement", "positive", "wire", "The government and the rebel group signed a ceasefire agreement in Juba on "
     "Sunday.", "Agreement"),
    ("Agreement", "positive", "local", "The two warring communities have agreed to a peace deal brokered by the state "
     "government.", "Agreement"),
    ("Agreement", "positive", "acled", "On 22 August, the government and the FDLR agreed on an exchange of "
     "prisoners.", "Agreement"),
    ("Agreement", "negative", "wire", "The rebels ambushed a government convoy near Juba on Sunday.",
     "Armed clash"),
    ("Agreement", "near miss", "wire", "The foreign ministers of Egypt and Sudan met in Cairo to discuss the dam.",
     "diplomacy"),
    # -- Strategic developments: arrests
    ("Arrests", "positive", "wire", "Police arrested a senior opposition leader in Harare on Friday on charges of "
     "inciting violence.", "Arrests"),
    ("Arrests", "positive", "local", "Operatives of the state police command have apprehended three suspected "
     "cultists.", "Arrests"),
    ("Arrests", "positive", "ngo", "Security forces detained a prominent human rights lawyer in Addis Ababa, the "
     "group said.", "Arrests"),
    ("Arrests", "positive", "acled", "On 9 September, police arrested four members of the opposition party in "
     "Lome.", "Arrests"),
    ("Arrests", "negative", "wire", "The opposition leader addressed supporters in Harare on Friday.", None),
    ("Arrests", "near miss", "wire", "Unidentified gunmen abducted a journalist from his home in Lome.",
     "Abduction/forced disappearance"),
    # -- Strategic developments: change to group/activity
    ("Change to group/activity", "positive", "wire", "Two rebel factions announced they had merged into a single "
     "armed group.", "Change to group/activity"),
    ("Change to group/activity", "positive", "local", "The militia said it had suspended its operations for the "
     "holy month.", "Change to group/activity"),
    ("Change to group/activity", "positive", "acled", "On 1 May, al Shabaab named a new leader after the death of its "
     "emir.", "Change to group/activity"),
    ("Change to group/activity", "negative", "wire", "The football club named a new coach after a run of defeats.",
     None),
    ("Change to group/activity", "near miss", "wire", "The government and the rebels agreed to suspend hostilities "
     "for the holy month.", "Agreement"),
    # -- Strategic developments: disrupted weapons use
    ("Disrupted weapons use", "positive", "wire", "Soldiers defused a roadside bomb on the highway to Kandahar.",
     "Disrupted weapons use"),
    ("Disrupted weapons use", "positive", "local", "Police bomb experts safely detonated an explosive device found "
     "near the church.", "Disrupted weapons use"),
    ("Disrupted weapons use", "positive", "acled", "On 30 June, security forces seized a weapons cache belonging to "
     "al Shabaab in Kismayo.", "Disrupted weapons use"),
    ("Disrupted weapons use", "positive", "wire", "The army intercepted two missiles fired at the capital, the "
     "defence ministry said.", "Disrupted weapons use"),
    ("Disrupted weapons use", "negative", "wire", "The army displayed captured weapons at a news conference in the "
     "capital.", None),
    ("Disrupted weapons use", "near miss", "wire", "A roadside bomb exploded on the highway to Kandahar, killing two "
     "police officers.", "Remote explosive/landmine/IED"),
    # -- Strategic developments: headquarters or base established
    ("Headquarters or base established", "positive", "wire", "The rebels set up a new base in the hills above the "
     "town, residents said.", "Headquarters or base established"),
    ("Headquarters or base established", "positive", "acled", "On 12 January, ISWAP militants established a camp "
     "near Lake Chad.", "Headquarters or base established"),
    ("Headquarters or base established", "negative", "wire", "The company opened a new office in the capital.", None),
    ("Headquarters or base established", "near miss", "wire", "The rebels overran the army base above the town, "
     "residents said.", "Non-state actor overtakes territory"),
    # -- Strategic developments: looting, property destruction
    ("Looting/property destruction", "positive", "wire", "Soldiers looted homes and shops after entering the town, "
     "residents said.", "Looting/property destruction"),
    ("Looting/property destruction", "positive", "local", "Suspected militants burnt down a primary school in the "
     "village overnight; no one was hurt.", "Looting/property destruction"),
    ("Looting/property destruction", "positive", "acled", "On 4 December, Fulani militia destroyed crops in "
     "Bokkos.", "Looting/property destruction"),
    ("Looting/property destruction", "negative", "wire", "Farmers harvested their crops early because of the "
     "drought.", None),
    ("Looting/property destruction", "near miss", "wire", "Suspected militants burned down a village, killing nine "
     "residents.", "Attack"),
    # -- Strategic developments: non-violent transfer of territory
    ("Non-violent transfer of territory", "positive", "wire", "Government troops withdrew from the town of Kidal, "
     "handing it over to the rebel coalition without a fight.", "Non-violent transfer of territory"),
    ("Non-violent transfer of territory", "positive", "acled", "On 18 August, the French army handed over the Gossi "
     "base to the Malian armed forces.", "Non-violent transfer of territory"),
    ("Non-violent transfer of territory", "negative", "wire", "The governor handed over a cheque to the flood "
     "victims.", None),
    ("Non-violent transfer of territory", "near miss", "wire", "Rebels captured the town of Kidal after two days of "
     "fighting with government troops.", "Non-state actor overtakes territory"),
    # -- Strategic developments: other (a non-violent act of an armed group that is none of the above)
    ("Other", "positive", "acled", "On 10 March, al Shabaab collected taxes from traders in Jilib market.", "Other"),
    ("Other", "negative", "wire", "Traders paid their taxes at the revenue office in Jilib.", None),
    ("Other", "near miss", "acled", "On 10 March, al Shabaab fighters looted shops in Jilib market.",
     "Looting/property destruction"),
    # -- outside ACLED: natural disaster
    ("natural_disaster", "positive", "wire", "Floods swept away hundreds of homes in northern Bangladesh, killing 23 "
     "people.", "natural_disaster"),
    ("natural_disaster", "positive", "wire", "A magnitude 6.1 earthquake struck eastern Turkey on Friday, killing "
     "nine people.", "natural_disaster"),
    ("natural_disaster", "positive", "local", "A landslide buried several houses in Bududa district after heavy "
     "rains.", "natural_disaster"),
    ("natural_disaster", "negative", "wire", "The government announced a fund for farmers in northern Bangladesh.",
     None),
    ("natural_disaster", "near miss", "wire", "A fire at a garment factory in Dhaka killed 17 workers.",
     "man_made_disaster"),
    # -- outside ACLED: man-made disaster (accident)
    ("man_made_disaster", "positive", "wire", "A fuel tanker exploded on a highway near Onitsha, killing 12 people.",
     "man_made_disaster"),
    ("man_made_disaster", "positive", "local", "A three-storey building collapsed in the city centre, trapping "
     "dozens of traders.", "man_made_disaster"),
    ("man_made_disaster", "positive", "wire", "A passenger train derailed in eastern India, killing at least 40 "
     "people.", "man_made_disaster"),
    ("man_made_disaster", "negative", "wire", "The railway company ordered 40 new passenger trains.", None),
    ("man_made_disaster", "near miss", "wire", "Militants set fire to a fuel tanker near Maiduguri, killing the "
     "driver.", "Attack"),
    # -- outside ACLED: organised crime
    ("organised_crime", "positive", "wire", "Customs officers seized 300 kilograms of heroin hidden in a container at "
     "the port of Karachi.", "organised_crime"),
    ("organised_crime", "positive", "wire", "Members of a drug cartel shot dead a rival gang leader in Culiacan, "
     "prosecutors said.", "organised_crime"),
    ("organised_crime", "positive", "local", "Police busted a human trafficking ring and rescued 30 women in "
     "Benin City.", "organised_crime"),
    ("organised_crime", "negative", "wire", "The health ministry published figures on heroin use.", None),
    ("organised_crime", "near miss", "wire", "Rebels shot dead a village chief in Ituri province, residents said.",
     "Attack"),
    # -- outside ACLED: claim of responsibility
    ("claim_of_responsibility", "positive", "wire", "The Islamic State group claimed responsibility for the bombing "
     "in Jalalabad.", "claim_of_responsibility"),
    ("claim_of_responsibility", "positive", "local", "Al Shabaab said its fighters carried out the attack on the "
     "checkpoint in Afgoye.", "claim_of_responsibility"),
    ("claim_of_responsibility", "positive", "acled", "On 6 May, JNIM claimed the attack on the army post in "
     "Boulkessi.", "claim_of_responsibility"),
    ("claim_of_responsibility", "negative", "wire", "The group published a statement on the anniversary of its "
     "founding.", None),
    ("claim_of_responsibility", "near miss", "wire", "Islamic State militants killed 11 soldiers at a checkpoint near "
     "Jalalabad.", "Armed clash"),
    # -- outside ACLED: diplomacy
    ("diplomacy", "positive", "wire", "The Kenyan president hosted his Somali counterpart for talks in Nairobi on "
     "Tuesday.", "diplomacy"),
    ("diplomacy", "positive", "wire", "Ethiopia recalled its ambassador from Cairo over the dispute.", "diplomacy"),
    ("diplomacy", "positive", "local", "The governor received a delegation of envoys from the European Union.",
     "diplomacy"),
    ("diplomacy", "negative", "wire", "The president inaugurated a new bridge over the Nile.", None),
    ("diplomacy", "near miss", "wire", "The government and the rebels signed a peace accord in Addis Ababa on Tuesday.",
     "Agreement"),
]

# rows the code gets wrong: "class|first 40 characters of the sentence" -> why
GAPS: dict[str, str] = {
    "Attack|A police officer shot dead a motorcycle ": "a police officer's killing of a civilian no dictionary names, "
    "at a checkpoint, read as a clash (a rule of victim verbs was tried and dropped: it broke a soldier's killing "
    "of colleagues at a base, test_acled_definitions.py)",
    "Government regains territory|On 12 May, the Malian army regained cont": "'regain control of' after a fight "
    "is read as the fight (main_clause on the territory reports was tried and dropped: test_acled_generalisation.py)",
    "Government regains territory|The president visited troops stationed i": "'troops stationed' read as a "
    "deployment (change to group/activity)",
    "Suicide bomb|The court sentenced a man who trained su": "a court sentence falls to the diplomacy residue",
    "Change to group/activity|Two rebel factions announced they had me": "a merger of armed groups is no event",
    "Change to group/activity|The militia said it had suspended its op": "a group suspending its operations is "
    "no event",
    "Other|On 10 March, al Shabaab collected taxes ": "an armed group's levy (taxes collected) is no event",
    "Looting/property destruction|Farmers harvested their crops early beca": "a disaster word ('drought') in a "
    "clause of cause makes a disaster",
    "Non-violent transfer of territory|The governor handed over a cheque to the": "a disaster word as a "
    "modifier ('flood victims') makes a disaster",
}


def _key(row: tuple[str, str, str, str, str | None]) -> str:
    return f"{row[0]}|{row[3][:40]}"


def _param(row: tuple[str, str, str, str, str | None]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[_key(row)])] if _key(row) in GAPS else []
    return pytest.param(*row, id=f"{row[0]}:{row[1]}:{row[2]}:{row[3][:30]}", marks=marks)


@pytest.mark.parametrize(("cls", "kind", "register", "text", "expected"), [_param(r) for r in ROWS])
def test_main_event(cls: str, kind: str, register: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (cls, kind, register, text)


def test_every_class_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 30
    assert all(k == ROW_KINDS for k in kinds.values()), kinds


def test_the_gaps_name_rows_of_the_table() -> None:
    keys = {_key(r) for r in ROWS}
    assert all(g in keys for g in GAPS), sorted(set(GAPS) - keys)
