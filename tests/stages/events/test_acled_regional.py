"""A probe of the ACLED typology in the VOCABULARY OF REGIONAL PRESS, written from ACLED's definitions
of its event and sub-event types (and of the reports outside its scope) before reading the ACLED code,
so that the code's score on it estimates how its typing holds on the regional news that CASE 2021 and
ACLED draw on.

Every snippet is invented, one to three sentences, in the words each press uses for the same events:
- Indian, Pakistani, Bangladeshi and Nepali dailies: "miscreants", "naxals", "jawans", "encounter",
  "lathi-charge", "dharna", "gherao", "bandh", "stone pelting", "IED", "overground workers",
  "hooch tragedy", "dacoits", "martyred";
- South African papers: "service delivery protest", "shacks", "taxi violence", "spaza shops",
  "public violence", "cash-in-transit";
- Latin American wires: "hooded men", "social leader", "road blockade", "FARC dissidents", "sicarios";
- Nigerian and Sahel papers: "bandits", "herders", "neutralised", "abducted", "jungle justice", "DSS";
- East African papers: "al-Shabaab", "ADF", "AMISOM";
- Philippine papers: "NPA rebels", "ambush", "barangay", "Abu Sayyaf", "lair".

A row is ``(label, region, text, parties)``: the label is the sub-event type (or outside-ACLED scope, or
``NONE``: no ACLED event) of the snippet's main event as the ACLED evaluation picks it; its ACLED event type
(family) follows from it. ``parties`` is ``(source, target)`` where the row is about who the parties are:
a word each of the main event's source and target spans must hold (``None``: not checked). Near misses
(a stun grenade, a rocket-propelled grenade, a court verdict on an attack, a diplomatic "protest" over
shelling, a cash-in-transit van bombed by robbers) sit beside the rows they differ from.

Rows the code does not get right yet are in ``GAPS`` (sub-event type), ``FAMILY_GAPS`` and ``PARTY_GAPS``,
marked ``xfail`` (strict): ``python -m pytest tests/stages/events/test_acled_regional.py -rx`` lists them.
Measured on main at 7090af5, before any change (the held-out estimate): sub-event type 141 of 168 (0.84),
family 143 of 168 (0.85), parties 16 of 25; by region (sub-event / family / parties): South Asia 58/58 of 69,
5 of 9; South Africa 14/14 of 16, 0 of 1; Latin America 14/15 of 21, 2 of 2; Nigeria and the Sahel 28/28 of
31, 6 of 9; East Africa 10/10 of 11, 2 of 2; the Philippines 17/18 of 20, 1 of 2.
After the rules of tests/stages/events/test_acled_regional_rules.py (branch i16-acled10): 162 of 168 sub-event
type, 162 of 168 family, 21 of 25 parties. A second batch of 40 rows (the end of ROWS), written after those rules
and measured once before any further change, a fresh held-out estimate: 36 of 40 sub-event type and family (0.90);
37 of 40 after the rule for explosives found and destroyed. Whole table now: 200 of 208 sub-event type and family
(with the storm named by its kind).
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
    acled_main_parties,
    acled_probe_params,
    acled_row_holds,
)

Parties = tuple[str | None, str | None] | None

# (label, region, text, parties)
ROWS: list[tuple[str, str, str, Parties]] = [
    # --- South Asia: Indian, Pakistani, Bangladeshi and Nepali dailies
    (AC, "south-asia", "Two naxals were killed in an encounter with CRPF jawans in the forests of Dantewada on "
     "Tuesday.", None),
    (AC, "south-asia", "Maoist cadres opened fire on a CoBRA patrol near Chintalnar, triggering a gunfight that "
     "lasted two hours.", ("Maoist", "patrol")),
    (AC, "south-asia", "Militants holed up in a house in Shopian exchanged fire with a joint team of the army and "
     "police throughout the night.", None),
    (AC, "south-asia", "Pakistani Rangers and BSF personnel traded small-arms fire along the International Border "
     "in the Samba sector.", None),
    (GRT, "south-asia", "Security forces regained control of Matta tehsil in Swat after a week-long operation "
     "against Taliban militants.", None),
    (NSO, "south-asia", "Taliban fighters overran a police checkpoint in Uruzgan after a night-long gunbattle and "
     "took control of the surrounding villages.", None),
    (ATK, "south-asia", "Unidentified miscreants hacked a TMC worker to death with sharp weapons in Cooch Behar "
     "on Sunday night.", ("miscreants", "worker")),
    (ATK, "south-asia", "Terrorists shot dead a migrant labourer from Bihar at point-blank range in Kulgam.",
     ("Terrorists", "labourer")),
    (ATK, "south-asia", "Naxals killed a former sarpanch in Bijapur after branding him a police informer.",
     ("Naxals", "sarpanch")),
    (REM, "south-asia", "Two CRPF jawans were injured when Maoists triggered an IED blast on the "
     "Dornapal-Jagargunda road in Sukma.", None),
    (REM, "south-asia", "A pressure-cooker bomb planted on the roadside went off as a police vehicle passed "
     "near Gadchiroli.", None),
    (REM, "south-asia", "A landmine blast in Kurram district killed three FC soldiers on patrol.", None),
    (SUI, "south-asia", "A suicide bomber rammed his explosives-laden car into an FC convoy in North Waziristan, "
     "martyring four soldiers.", None),
    (SUI, "south-asia", "A teenage suicide bomber blew himself up at the gate of an imambargah in Shikarpur "
     "during Friday prayers.", None),
    (GRN, "south-asia", "Militants tossed a grenade towards a police party in Tral town, injuring three "
     "civilians.", None),
    (GRN, "south-asia", "Three shopkeepers were injured in a grenade attack by suspected militants on a busy "
     "market in Anantnag.", None),
    (SHL, "south-asia", "Pakistani troops resorted to unprovoked mortar shelling along the LoC in the Krishna "
     "Ghati sector, damaging several houses.", None),
    (SHL, "south-asia", "Mortar shells fired from across the border landed in a village in Kupwara, injuring a "
     "woman and her son.", None),
    (SHL, "south-asia", "The Tatmadaw shelled villages in Kyaukme township with artillery, forcing hundreds of "
     "residents to flee.", None),
    (AIR, "south-asia", "A drone strike hit a compound in North Waziristan, killing three suspected TTP "
     "militants.", None),
    (AIR, "south-asia", "Military jets bombed a village in Sagaing region on Thursday, killing eleven people, "
     "residents said.", None),
    (SEX, "south-asia", "Two tribal women alleged they were sexually assaulted by security personnel during a "
     "search operation in Bijapur.", None),
    (SEX, "south-asia", "A Rohingya woman told investigators she had been gang-raped by soldiers during a "
     "clearance operation in Maungdaw.", None),
    (ABD, "south-asia", "Maoists abducted two road contractors from a construction site in Bijapur.",
     ("Maoists", "contractors")),
    (ABD, "south-asia", "A journalist critical of the army went missing in Islamabad after men in plainclothes "
     "bundled him into a vehicle.", None),
    (PEA, "south-asia", "Congress workers staged a dharna outside the collectorate in Bhopal demanding a waiver "
     "of farm loans.", None),
    (PEA, "south-asia", "The 12-hour bandh called by the Sangharsh Samiti passed off peacefully in Jammu, with "
     "markets remaining shut.", None),
    (PEA, "south-asia", "Students gheraoed the vice-chancellor in his office for six hours demanding the rollback "
     "of the fee hike.", None),
    (PEA, "south-asia", "Hundreds of Jamaat activists took out a rally in Peshawar against the blasphemous "
     "caricatures.", None),
    (PEA, "south-asia", "Villagers formed a human chain along the riverbank in Murshidabad to protest against "
     "erosion.", None),
    (PWI, "south-asia", "Police lathi-charged BJP workers who tried to march to the state secretariat in "
     "Kolkata and detained dozens of them.", ("Police", "workers")),
    (PWI, "south-asia", "Police used water cannons to disperse Youth Congress activists protesting near "
     "Parliament Street.", None),
    (PWI, "south-asia", "Policemen baton-charged teachers staging a sit-in outside the chief minister's residence "
     "in Lahore.", ("Policemen", "teachers")),
    (EXF, "south-asia", "Police opened fire on agitating farmers in Ratlam, killing five of them.",
     ("Police", "farmers")),
    (EXF, "south-asia", "Two protesters died after police fired at a crowd demonstrating against the citizenship "
     "law in Mangaluru.", None),
    (VDM, "south-asia", "Youths indulged in stone pelting on security forces after Friday prayers in downtown "
     "Srinagar.", None),
    (VDM, "south-asia", "Agitators torched two state transport buses and blocked the highway with burning tyres "
     "during the quota stir in Aurangabad.", None),
    (VDM, "south-asia", "Protesters ransacked the office of the SDM and set fire to files after the death of a "
     "student in police custody.", None),
    (MOB, "south-asia", "A mob of self-styled cow protectors lynched a dairy farmer transporting cattle near "
     "Alwar.", None),
    (MOB, "south-asia", "Workers of the TMC and the BJP clashed with bricks and bamboo sticks in Bhatpara, "
     "leaving 14 injured.", None),
    (MOB, "south-asia", "Villagers thrashed two men suspected of being child lifters in Dhule; one of them later "
     "died.", None),
    (MOB, "south-asia", "Two communities clashed in Nuh after a religious procession, pelting each other with "
     "stones.", None),
    (ARR, "south-asia", "Police arrested 12 Jamaat-e-Islami activists during raids in Rajshahi ahead of the "
     "hartal.", ("Police", "activists")),
    (ARR, "south-asia", "The NIA arrested two overground workers of Lashkar-e-Taiba in Baramulla.", None),
    (ARR, "south-asia", "Police picked up the PTI leader from his residence in Lahore late on Tuesday.", None),
    (DIS, "south-asia", "An IED weighing five kilograms was detected and defused by the bomb disposal squad on a "
     "culvert in Gadchiroli.", None),
    (DIS, "south-asia", "Security forces recovered a huge cache of arms and ammunition, including AK-47 rifles "
     "and grenades, from a militant hideout in Poonch.", None),
    (DIS, "south-asia", "Jawans foiled a Maoist plot to blow up a police convoy after spotting the wires of a "
     "buried IED near Kistaram.", None),
    (LOO, "south-asia", "Unidentified miscreants vandalised a statue of B.R. Ambedkar in Meerut overnight.", None),
    (LOO, "south-asia", "Maoists torched 14 vehicles engaged in road construction in Kanker.", None),
    (HQ, "south-asia", "The CRPF has set up a new forward operating base at Silger in the heart of Maoist "
     "territory.", None),
    (HQ, "south-asia", "Naxals have established a new training camp in the Abujhmarh forests, intelligence "
     "sources said.", None),
    (CHG, "south-asia", "The CPI (Maoist) has merged its two zonal committees in Odisha into one, a police "
     "official said.", None),
    (CHG, "south-asia", "Hizbul Mujahideen appointed a new operational commander for south Kashmir, the outfit "
     "said in a statement.", None),
    (NVT, "south-asia", "Government forces withdrew from the district centre, and the Taliban moved in without "
     "firing a shot.", None),
    (AGR, "south-asia", "The NSCN(IM) and the government agreed to extend their ceasefire by another year.",
     None),
    (MAN, "south-asia", "At least 21 people died after consuming spurious liquor in Amritsar district.", None),
    (MAN, "south-asia", "Eight workers were killed in an explosion at a firecracker factory in Sivakasi.", None),
    (MAN, "south-asia", "A stampede at a temple in Vrindavan left seven devotees dead.", None),
    (NAT, "south-asia", "A landslide triggered by incessant rains buried six houses in Idukki.", None),
    (NAT, "south-asia", "A cyclonic storm flattened thatched houses across coastal Odisha, killing 12.", None),
    (ORG, "south-asia", "Dacoits looted a jewellery shop in Muzaffarpur at gunpoint and fled with gold worth "
     "Rs 2 crore.", None),
    (ORG, "south-asia", "Police busted an inter-state ganja smuggling racket in Visakhapatnam and arrested four "
     "peddlers.", None),
    (DIP, "south-asia", "Pakistan summoned the Indian charge d'affaires to lodge a strong protest over ceasefire "
     "violations along the LoC.", None),
    (DIP, "south-asia", "The foreign secretaries of India and Nepal held talks in Kathmandu on the boundary "
     "dispute.", None),
    (CLM, "south-asia", "The Baloch Liberation Army claimed the bombing in a message sent to journalists.", None),
    (NONE, "south-asia", "Maoists have called for a boycott of the assembly polls in posters put up across "
     "Sukma.", None),
    (NONE, "south-asia", "Security forces staged a flag march through the tense areas of Nuh on Sunday.", None),
    (NONE, "south-asia", "A special NIA court sentenced four men to life imprisonment for the 2016 attack on "
     "the air base.", None),
    # --- South Africa
    (PEA, "south-africa", "Residents of the Marikana informal settlement held a service delivery protest outside "
     "the municipal offices, demanding electricity and water.", None),
    (VDM, "south-africa", "Service delivery protesters barricaded Main Reef Road with burning tyres and rocks and "
     "stoned passing cars in Riverlea.", None),
    (VDM, "south-africa", "Striking workers pelted a truck with stones and set it alight on the N3 near Mooi "
     "River.", None),
    (PWI, "south-africa", "Police used stun grenades and a water cannon to disperse students gathered at the "
     "Union Buildings over fees.", None),
    (EXF, "south-africa", "Police shot dead a man during a service delivery protest in Ekurhuleni, residents "
     "said.", None),
    (ATK, "south-africa", "Two taxi drivers were shot dead at a rank in Khayelitsha in an ongoing turf war "
     "between rival taxi associations.", None),
    (ATK, "south-africa", "Hitmen shot dead an ANC councillor outside his home in Umlazi.", ("Hitmen", "councillor")),
    (MOB, "south-africa", "Residents torched the shack of a man accused of raping a child and beat him to death in "
     "Mamelodi.", None),
    (MOB, "south-africa", "A crowd attacked foreign nationals and looted their spaza shops in Alexandra amid a "
     "wave of xenophobic violence.", None),
    (ARR, "south-africa", "Police arrested 43 people for public violence after shops were looted in Phoenix.",
     None),
    (LOO, "south-africa", "Unknown people torched a councillor's house in KwaMashu overnight; the family was not "
     "at home.", None),
    (MAN, "south-africa", "A fire gutted more than 200 shacks in the Masiphumelele informal settlement, leaving "
     "1,000 people homeless.", None),
    (NAT, "south-africa", "Heavy rains flooded hundreds of shacks on the Cape Flats overnight.", None),
    (ORG, "south-africa", "A security guard was wounded when robbers bombed a cash-in-transit van on the R21 near "
     "Boksburg.", None),
    (ORG, "south-africa", "Police seized abalone worth R3 million from a poaching syndicate in Gqeberha.", None),
    (DIP, "south-africa", "The South African president hosted his Zimbabwean counterpart in Pretoria for talks on "
     "migration.", None),
    # --- Latin America
    (ATK, "latin-america", "Hooded men shot dead an indigenous community leader in Toribio, Cauca, on Friday.",
     ("Hooded men", "leader")),
    (ATK, "latin-america", "Armed men on a motorcycle killed a former FARC combatant in a village of Meta, the "
     "peace mission said.", ("Armed men", "combatant")),
    (AC, "latin-america", "Clashes between the army and FARC dissidents in rural Tumaco left three soldiers and "
     "two rebels dead.", None),
    (AC, "latin-america", "Soldiers and members of the Gulf Clan exchanged fire for hours in Antioquia.", None),
    (ORG, "latin-america", "Two people were killed in clashes between rival drug gangs over control of drug sales "
     "in a favela of Rio de Janeiro.", None),
    (ORG, "latin-america", "A band of car thieves was dismantled in Medellin; nine of its members were "
     "arrested.", None),
    (PEA, "latin-america", "Truckers parked their vehicles across the Pan-American Highway in a road blockade "
     "against rising fuel prices.", None),
    (VDM, "latin-america", "Hooded protesters hurled Molotov cocktails at riot police and looted shops in central "
     "Santiago.", None),
    (PWI, "latin-america", "Riot police dispersed a march of teachers with tear gas in Tegucigalpa.", None),
    (EXF, "latin-america", "Police fired tear gas canisters directly at marchers in Quito, killing a student.",
     None),
    (ABD, "latin-america", "Armed men took a social leader away from her home in Choco; her whereabouts are "
     "unknown.", None),
    (ABD, "latin-america", "A human rights defender disappeared after being stopped at a military checkpoint in "
     "Guerrero.", None),
    (LOO, "latin-america", "Hooded men burned three trucks of a mining company on the road to Cajamarca.", None),
    (DIS, "latin-america", "The army deactivated a minefield planted by the ELN near a rural school in Norte de "
     "Santander.", None),
    (AGR, "latin-america", "The government and FARC dissidents agreed a bilateral ceasefire that will take effect "
     "on Monday.", None),
    (ARR, "latin-america", "Police arrested three student leaders accused of organising the roadblocks in "
     "Managua.", None),
    (CHG, "latin-america", "FARC dissidents announced the creation of a new front in Guaviare under a former "
     "commander.", None),
    (HQ, "latin-america", "FARC dissidents have set up camps along the Venezuelan border, the army said.", None),
    (NAT, "latin-america", "A mudslide buried homes in Petropolis after torrential rain, killing 40 people.", None),
    (MAN, "latin-america", "A fireworks warehouse exploded in Tultepec, killing 24 people.", None),
    (CLM, "latin-america", "The EPL admitted in a communique that its fighters had planted the explosives.", None),
    # --- Nigeria and the Sahel
    (ATK, "west-africa", "Bandits invaded Kurmin Doka village in Kaura, killing 15 residents and setting houses "
     "ablaze.", ("Bandits", "residents")),
    (ATK, "west-africa", "Suspected herdsmen attacked farmers working on their farms in Guma, killing seven.",
     ("herdsmen", "farmers")),
    (AC, "west-africa", "Herders and farmers clashed over grazing land in Adamawa, leaving 12 dead on both "
     "sides.", None),
    (AC, "west-africa", "Troops neutralised 12 terrorists in a fierce gun duel at Sabon Gari, the army said.",
     ("Troops", "terrorists")),
    (AC, "west-africa", "Vigilantes repelled bandits who attacked Gidan Mani, killing five of them.",
     ("Vigilantes", "bandits")),
    (ABD, "west-africa", "Bandits abducted 40 passengers travelling on the Abuja-Kaduna highway.",
     ("Bandits", "passengers")),
    (ABD, "west-africa", "Gunmen kidnapped a Catholic priest from his parish in Enugu state.", ("Gunmen", "priest")),
    (GRT, "west-africa", "Troops recaptured Marte from ISWAP fighters after a two-day offensive.", None),
    (NSO, "west-africa", "Jihadists seized control of the town of Mansila after a battle with the gendarmerie.",
     None),
    (NVT, "west-africa", "French forces handed over the Gossi base to the Malian army.", None),
    (AIR, "west-africa", "A Nigerian Air Force jet struck an ISWAP logistics base on the shores of Lake Chad.",
     None),
    (AIR, "west-africa", "Drones hit a cattle market in Djibo province, killing at least 28 people.", None),
    (SUI, "west-africa", "A female suicide bomber detonated explosives strapped to her body at a mosque in "
     "Konduga.", None),
    (REM, "west-africa", "Four soldiers were killed when their vehicle hit a landmine near Boni in central Mali.",
     None),
    (SHL, "west-africa", "Boko Haram fighters fired rocket-propelled grenades into the outskirts of Maiduguri.",
     None),
    (PEA, "west-africa", "Hundreds of women marched in Zaria to demand the release of their husbands detained by "
     "the army.", None),
    (EXF, "west-africa", "Soldiers opened fire on #EndSARS protesters at a toll gate in Lagos, killing several.",
     ("Soldiers", "protesters")),
    (VDM, "west-africa", "Youths protesting the killing of a trader by a police officer set the divisional police "
     "headquarters ablaze in Ajegunle.", None),
    (MOB, "west-africa", "Angry residents beat two suspected kidnappers to death and burned their bodies in "
     "Ondo, in an act of jungle justice.", None),
    (ARR, "west-africa", "The DSS arrested the convener of the Revolution Now movement at his Lagos home.",
     ("DSS", "convener")),
    (DIS, "west-africa", "Troops intercepted a truck loaded with ammunition bound for bandits in Zamfara.", None),
    (CHG, "west-africa", "A faction of Boko Haram pledged allegiance to the Islamic State West Africa Province.",
     None),
    (HQ, "west-africa", "Bandits have established a new camp in the Kuyambana forest, residents said.", None),
    (SEX, "west-africa", "Displaced women accused soldiers of raping them in exchange for food at a camp in "
     "Bama, Amnesty said.", None),
    (LOO, "west-africa", "Gunmen burned down the INEC office in Ebonyi overnight; no casualties were recorded.",
     ("Gunmen", "office")),
    (AGR, "west-africa", "Herder and farmer leaders agreed to end reprisal attacks after talks convened by the "
     "emir.", None),
    (CLM, "west-africa", "The Boko Haram leader said in a video that his group was behind the abduction of the "
     "schoolgirls.", None),
    (NAT, "west-africa", "A meningitis outbreak has killed 80 people in Zamfara, health officials said.", None),
    (MAN, "west-africa", "A petrol tanker exploded after colliding with a truck in Kogi, burning 20 people to "
     "death.", None),
    (ORG, "west-africa", "Customs officers seized 500 bags of smuggled rice at the Seme border.", None),
    (DIP, "west-africa", "ECOWAS heads of state met in Accra to discuss the transition in Mali.", None),
    # --- East Africa and the Horn
    (AC, "east-africa", "Al-Shabaab fighters attacked an AMISOM base in Lower Shabelle, sparking a gun battle "
     "that lasted hours.", ("Al-Shabaab", "base")),
    (SUI, "east-africa", "An al-Shabaab suicide bomber detonated his vest at a restaurant in Mogadishu.", None),
    (ATK, "east-africa", "ADF rebels hacked 22 civilians to death with machetes near Oicha.", ("ADF", "civilians")),
    (PWI, "east-africa", "Police fired tear gas at opposition supporters marching in Kisumu.", None),
    (CHM, "east-africa", "Villagers in Jebel Marra said government troops fired shells filled with a chemical agent "
     "that blistered their skin.", None),
    (CHM, "east-africa", "Soldiers used toxic gas to flush al-Shabaab fighters out of tunnels near Jilib, a "
     "regional official said.", None),
    (CHM, "east-africa", "Doctors said children suffered choking symptoms after a barrel bomb releasing chlorine "
     "gas hit their street in Idlib.", None),
    (MAN, "east-africa", "A chlorine gas leak at a water treatment plant in Jinja sent 30 workers to hospital.",
     None),
    (GRN, "east-africa", "An unknown man threw a grenade into a bar in Bujumbura's Kamenge district, wounding "
     "seven drinkers.", None),
    (SEX, "east-africa", "UN investigators documented the rape of dozens of women by soldiers in Tigray.", None),
    (NONE, "east-africa", "Kenyan troops held a joint training exercise with Ugandan forces in Isiolo.", None),
    # --- the Philippines
    (AC, "philippines", "NPA rebels ambushed an army patrol in Las Navas, Northern Samar, sparking a 30-minute "
     "firefight.", ("NPA", "patrol")),
    (ATK, "philippines", "Suspected NPA rebels shot dead a barangay captain in Guihulngan, Negros Oriental.",
     ("NPA", "captain")),
    (AC, "philippines", "Soldiers clashed with Abu Sayyaf bandits in Patikul, Sulu, killing three of the "
     "militants.", None),
    (ARR, "philippines", "Police arrested an alleged NPA finance officer in a raid in Davao City.", None),
    (REM, "philippines", "An improvised explosive device exploded near a bus terminal in Koronadal, wounding six "
     "people.", None),
    (GRN, "philippines", "Two people were hurt when an unidentified man threw a grenade at a videoke bar in "
     "Isulan.", None),
    (AIR, "philippines", "Air force planes dropped bombs on Dawlah Islamiyah positions in the marshlands of "
     "Maguindanao.", None),
    (GRT, "philippines", "Troops seized a Dawlah Islamiyah stronghold in Butig, Lanao del Sur, after a week of "
     "fighting.", None),
    (HQ, "philippines", "Abu Sayyaf gunmen have set up a new lair in the hinterlands of Indanan, the military "
     "said.", None),
    (CHG, "philippines", "A faction of the BIFF announced it was breaking away from the group under a new "
     "commander.", None),
    (DIS, "philippines", "Soldiers recovered high-powered firearms and bomb components from an abandoned NPA camp "
     "in Bukidnon.", None),
    (ABD, "philippines", "Abu Sayyaf gunmen snatched five Indonesian fishermen off Tawi-Tawi.", None),
    (PEA, "philippines", "Farmers marched to Mendiola to demand the distribution of land.", None),
    (NSO, "philippines", "Maute fighters took over the town hall of Marawi after a gunfight with police.", None),
    (NVT, "philippines", "The army turned over the former rebel camp to the Bangsamoro government.", None),
    (MAN, "philippines", "A passenger boat capsized off Zamboanga in rough seas, drowning eight people.", None),
    (NAT, "philippines", "A typhoon tore the roofs off thousands of homes in Bohol, killing 30 people.", None),
    (ORG, "philippines", "Police raided a shabu laboratory in Pampanga and seized drugs worth 50 million pesos.",
     None),
    (NONE, "philippines", "The army said it would intensify operations against the NPA in Samar.", None),
    (NONE, "philippines", "Relatives marked the tenth anniversary of the massacre of journalists in Ampatuan.", None),
    # --- second batch, written after this branch's rules and measured once before any further change (see the
    # docstring): the same presses, one to three sentences each
    (AC, "south-asia", "Two terrorists were gunned down in a gunfight with security forces in Kulgam's Redwani area "
     "on Saturday.", None),
    (ATK, "south-asia", "Unknown assailants hacked a BJP booth president to death near his house in Nadia.", None),
    (REM, "south-asia", "Three jawans of the District Reserve Guard were killed when naxals blew up their vehicle "
     "with an IED in Dantewada.", None),
    (PEA, "south-asia", "Anganwadi workers staged a dharna outside the district collectorate in Raipur demanding "
     "regularisation.", None),
    (PWI, "south-asia", "Police used tear gas shells to disperse Congress workers who tried to breach barricades "
     "near the Raj Bhavan.", None),
    (VDM, "south-asia", "Irate villagers torched a police jeep and pelted stones at policemen after a youth died in "
     "a road accident in Kaimur.", None),
    (MOB, "south-asia", "A mob thrashed a man to death on suspicion of cattle theft in Jharkhand's Gumla district.",
     None),
    (ARR, "south-asia", "Police arrested 25 Samajwadi Party workers who were trying to hold a protest outside the "
     "assembly in Lucknow.", None),
    (DIS, "south-asia", "Security forces recovered two IEDs planted by Maoists on a forest road in Latehar and "
     "destroyed them on the spot.", None),
    (LOO, "south-asia", "Miscreants ransacked a Hindu temple and broke idols in Comilla overnight, police said.",
     None),
    (ABD, "south-asia", "Maoists abducted a police constable who was on leave from his village in Bijapur.", None),
    (PEA, "south-asia", "Traders observed a complete shutdown in Kashmir valley against the killing of a shopkeeper.",
     None),
    (NAT, "south-asia", "Flash floods triggered by a cloudburst washed away 20 houses in Kishtwar.", None),
    (MAN, "south-asia", "Nine labourers were killed when a wall of an under-construction building collapsed in "
     "Gurugram.", None),
    (ORG, "south-asia", "Police busted a fake currency racket in Malda and arrested two men with notes worth Rs 5 "
     "lakh.", None),
    (ATK, "south-africa", "Gunmen opened fire on a minibus taxi in Philippi, killing four passengers, police said.",
     None),
    (VDM, "south-africa", "Residents protesting power cuts barricaded roads with burning tyres and torched a "
     "municipal truck in Kwanobuhle.", None),
    (MOB, "south-africa", "A group of residents assaulted two suspected cable thieves and set them alight in "
     "Soshanguve.", None),
    (PEA, "south-africa", "Hundreds of taxi drivers drove slowly along the N1 in a go-slow protest against new "
     "regulations.", None),
    (ARR, "south-africa", "Police arrested 12 people for public violence after protesters blocked roads in "
     "Zandspruit.", None),
    (ATK, "latin-america", "Hooded men burst into a home in Tumaco and killed a social leader in front of his family.",
     None),
    (AC, "latin-america", "Soldiers clashed with ELN guerrillas in rural Arauca, leaving two rebels dead, the army "
     "said.", None),
    (PWI, "latin-america", "Police used water cannon to disperse students marching against education cuts in "
     "Santiago.", None),
    (ABD, "latin-america", "Armed men abducted a mayor in the Sierra of Guerrero, local officials said.", None),
    (PEA, "latin-america", "Indigenous groups blocked the Pan-American Highway in Cauca demanding land titles.",
     None),
    (ORG, "latin-america", "Police seized three tonnes of marijuana hidden in a truck in Jalisco.", None),
    (ATK, "west-africa", "Gunmen suspected to be herdsmen invaded Tse Akaa village and killed 12 residents in their "
     "sleep.", None),
    (ABD, "west-africa", "Bandits abducted 15 worshippers during a midnight raid on a church in Kajuru.", None),
    (AC, "west-africa", "Troops repelled a Boko Haram attack on their base in Damasak, killing several terrorists.",
     None),
    (AIR, "west-africa", "Air Task Force jets destroyed a bandit enclave in Zamfara's Dansadau forest.", None),
    (VDM, "west-africa", "Youths protesting the death of a student set a police station ablaze in Ondo.", None),
    (ARR, "west-africa", "The police arrested 20 suspected members of the Indigenous People of Biafra in Owerri.",
     None),
    (ATK, "east-africa", "Suspected al-Shabaab militants killed six people travelling on a bus in Lamu county.",
     None),
    (REM, "east-africa", "An improvised explosive device hit a military vehicle in Lower Juba, killing three "
     "soldiers.", None),
    (PWI, "east-africa", "Police fired tear gas at opposition supporters gathered for a rally in Kampala.", None),
    (AC, "philippines", "Government troops and NPA rebels figured in a 20-minute firefight in Barangay Hinapoy.",
     None),
    (ATK, "philippines", "Motorcycle-riding gunmen shot dead a radio broadcaster in Dumaguete City.", None),
    (ARR, "philippines", "Soldiers arrested an alleged NPA leader in a checkpoint in Bukidnon.", None),
    (DIS, "philippines", "Army bomb experts defused an IED planted along the highway in Datu Piang.", None),
    (NONE, "philippines", "The military said it had intensified security measures in Cotabato ahead of the elections.",
     None),
]

CIT = "A security guard was wounded when robbers bombed a cash-in-transit van on the R21 near Boksburg."
GANGS = ("Two people were killed in clashes between rival drug gangs over control of drug sales in a favela of Rio de "
         "Janeiro.")
CHECKPOINT = "A human rights defender disappeared after being stopped at a military checkpoint in Guerrero."
CHLORINE = ("Doctors said children suffered choking symptoms after a barrel bomb releasing chlorine gas hit their street "
            "in Idlib.")

JEEP = ("Irate villagers torched a police jeep and pelted stones at policemen after a youth died in a road accident in "
        "Kaimur.")
HIGHWAY = "Indigenous groups blocked the Pan-American Highway in Cauca demanding land titles."
ONDO = "Youths protesting the death of a student set a police station ablaze in Ondo."

# rows whose sub-event type (or scope) the code does not get right yet (by text), with the reason
GAPS: dict[str, str] = {
    JEEP: "a crowd's arson with stones thrown at the police, no demonstration named, is read as property destruction "
          "(the stones hurt no one the rules read)",
    HIGHWAY: "convention: acled.yaml reads a road blocked by demonstrators as ACLED's road-blocking of a violent "
             "demonstration; here no barricade or fire is told",
    ONDO: "the arson's target 'a police' (station) is read as armed and its doer is not read, so the sentence's "
          "protest participle ('protesting the death') is the main event",
    CIT: "a security guard is read as an armed target, so the crime rules (target civilian) do not apply",
    GANGS: "convention: rival drug gangs clashing is read as an armed clash (ACLED codes Latin American gang clashes "
           "either way; the earlier probes label crime for gain as organised crime)",
    CHECKPOINT: "no event: a disappearance told by the victim's verb after a passive stop ('after being stopped at a "
                "checkpoint') has no taking verb acting on a person",
    CHLORINE: "no event: a barrel bomb that hits a street inside a 'doctors said' clause with 'suffered' as its main "
              "verb gives no attack",
}

# rows whose family (ACLED event type, or outside ACLED) the code does not get right yet: the same rows
FAMILY_GAPS: dict[str, str] = dict(GAPS)

# rows whose main event's parties the code does not read yet (by text), with the reason
PARTY_GAPS: dict[str, str] = {
    "Bandits invaded Kurmin Doka village in Kaura, killing 15 residents and setting houses ablaze.":
        "the village invaded is the target; the residents killed are only read for its armed or civilian kind",
    "The DSS arrested the convener of the Revolution Now movement at his Lagos home.":
        "actors: the movement's name is cut ('Now movement'), and its span is taken as the target",
}


@pytest.mark.parametrize(("label", "region", "text"), acled_probe_params([r[:3] for r in ROWS], GAPS))
def test_main_event_subtype(label: str, region: str, text: str) -> None:
    assert acled_row_holds(label, text), (region, text)


@pytest.mark.parametrize(("label", "region", "text"), acled_probe_params([r[:3] for r in ROWS], FAMILY_GAPS))
def test_main_event_family(label: str, region: str, text: str) -> None:
    assert acled_family_holds(label, text), (region, text)


PARTY_ROWS = [(r[0], r[1], r[2]) for r in ROWS if r[3] is not None]
EXPECTED_PARTIES = {r[2]: r[3] for r in ROWS if r[3] is not None}


@pytest.mark.parametrize(("label", "region", "text"), acled_probe_params(PARTY_ROWS, PARTY_GAPS))
def test_main_event_parties(label: str, region: str, text: str) -> None:
    source, target = acled_main_parties(text)
    want_source, want_target = EXPECTED_PARTIES[text]
    assert want_source is None or want_source.lower() in (source or "").lower(), (source, text)
    assert want_target is None or want_target.lower() in (target or "").lower(), (target, text)


def test_the_probe_covers_every_type_region_and_scope() -> None:
    labels = (AC, GRT, NSO, AIR, SHL, REM, SUI, GRN, CHM, ATK, ABD, SEX, PEA, PWI, EXF, VDM, MOB, AGR, ARR, CHG,
              DIS, HQ, LOO, NVT, ORG, NAT, MAN, DIP, CLM, NONE)
    counted = 0
    for label in labels:
        assert sum(r[0] == label for r in ROWS) >= 3, label
        counted += 1
    assert counted == len(labels) == 30 and {r[0] for r in ROWS} == set(labels)
    regions = {r[1] for r in ROWS}
    assert regions == {"south-asia", "south-africa", "latin-america", "west-africa", "east-africa", "philippines"}
    assert 200 <= len(ROWS) <= 240 and len({r[2] for r in ROWS}) == len(ROWS)
    assert len(PARTY_ROWS) >= 20
    assert set(GAPS) | set(FAMILY_GAPS) | set(PARTY_GAPS) <= {r[2] for r in ROWS}
