"""Invented mini-stories of incidents told by two to four outlets, for the thread class probe
(``test_thread_class_probe.py``). Every sentence, incident and figure here is invented for this
test; the places are real, the events never happened.

A story is its class (the kind of grouping it exercises), then its articles: (outlet, date,
text). In the text each casualty figure is marked ``[words|G]``: the figure as written and the
thread it belongs to, a letter per thread of the story. Figures with the same letter are one
quantity of one incident (one measure, one victim group, one incident or one period) and
belong in one claim thread; figures with different letters do not."""

from __future__ import annotations

Story = tuple[str, list[tuple[str, str, str]]]

UPDATE = "updates and repeats"
REVISION = "revisions"
INJURED = "injured vs killed"
MISSING = "missing vs dead"
HELD = "rescued, freed, abducted"
PART = "part vs whole"
TOWN = "per-town vs national"
HOSPITAL = "per-hospital vs toll"
TWO = "two incidents in one story"
RELEASE = "casualty release without an event"
CUMULATIVE = "cumulative totals"
INCREMENT = "increments"

STORIES: list[Story] = [
    # -- updates and repeats: one toll told by several outlets, rising as the days pass
    (UPDATE, [
        ("North Wire", "2026-11-02", "A car bomb exploded near the central market of Baidoa on Monday, killing "
         "[at least 14 people|A], police said."),
        ("Coast Daily", "2026-11-03", "The toll from Monday's car bombing at the Baidoa market rose to [19|A], "
         "a regional official said on Tuesday."),
        ("Horn Radio", "2026-11-03", "Residents of Baidoa buried the [19 people|A] killed when a car bomb went off "
         "near the market."),
    ]),
    (UPDATE, [
        ("Delta Post", "2026-11-05", "A fire tore through a textile factory in Gazipur on Thursday, killing "
         "[nine workers|A], fire officials said."),
        ("Dhaka Ledger", "2026-11-06", "The number of workers killed in the Gazipur factory fire has risen to "
         "[13|A], the fire service said on Friday."),
    ]),
    (UPDATE, [
        ("Sahel Times", "2026-11-08", "Gunmen stormed a village near Djibo on Saturday and killed "
         "[at least 22 civilians|A], local sources said."),
        ("West Wire", "2026-11-09", "The attack on the village near Djibo killed [around 30 civilians|A], "
         "a local official said on Sunday."),
        ("Ouaga Echo", "2026-11-09", "Survivors of the Djibo attack said [more than 30 people|A] were killed "
         "by the gunmen."),
    ]),
    (UPDATE, [
        ("Andes Wire", "2026-11-10", "A bus plunged into a ravine near Cusco on Tuesday, killing "
         "[17 passengers|A], police said."),
        ("Lima Herald", "2026-11-10", "Police said [17 people|A] died when the bus fell into the ravine near Cusco."),
    ]),
    (UPDATE, [
        ("Gulf Wire", "2026-11-12", "An air strike on a wedding party in the district of Hajjah killed "
         "[at least 25 people|A] on Thursday, medics said."),
        ("Red Sea Post", "2026-11-13", "The toll of the air strike on the wedding in Hajjah reached [31|A] on "
         "Friday, health officials said."),
        ("Sanaa Daily", "2026-11-14", "Health officials put the number killed in the Hajjah wedding strike at "
         "[33|A]."),
    ]),
    (UPDATE, [
        ("Kivu Wire", "2026-11-15", "Rebels attacked a displacement camp near Bunia on Sunday, killing "
         "[at least 40 people|A], a local civil society leader said."),
        ("Great Lakes Post", "2026-11-16", "The United Nations said on Monday that [42 people|A] were killed in the "
         "attack on the camp near Bunia."),
    ]),
    # -- revisions: a toll revised down or up stays one quantity
    (REVISION, [
        ("Metro Wire", "2026-11-03", "A gas explosion in an apartment block in Dnipro on Tuesday killed "
         "[11 people|A], emergency services said."),
        ("Steppe Post", "2026-11-04", "Emergency services revised the toll of the Dnipro gas explosion down to "
         "[nine|A] on Wednesday, saying two people listed as dead had been found alive."),
    ]),
    (REVISION, [
        ("Island Wire", "2026-11-06", "Officials said [52 people|A] died when a ferry caught fire off Basilan "
         "on Friday."),
        ("Manila Courier", "2026-11-07", "The coast guard lowered the toll of the Basilan ferry fire to "
         "[31|A] from [52|A], saying some bodies had been counted twice."),
    ]),
    (REVISION, [
        ("Valley Wire", "2026-11-09", "A landslide buried houses in the village of Nyabihu on Monday, killing "
         "[at least 18 people|A], the district mayor said."),
        ("Rwanda Today", "2026-11-10", "The mayor of Nyabihu raised the toll of Monday's landslide to [26|A] "
         "as more bodies were dug out."),
    ]),
    (REVISION, [
        ("Capital Wire", "2026-11-11", "Police first said [seven people|A] died in the stampede at the stadium "
         "in Conakry on Wednesday."),
        ("Guinea Post", "2026-11-12", "The government later put the toll of the Conakry stadium stampede at "
         "[56|A], far above the first figure."),
        ("Rights Monitor", "2026-11-13", "Rights groups said [at least 135 people|A] died in the stampede at "
         "the stadium in Conakry, accusing the government of hiding the toll."),
    ]),
    (REVISION, [
        ("Sierra Wire", "2026-11-13", "The bridge collapse in Morbi on Friday killed [141 people|A], officials "
         "said."),
        ("Gujarat Post", "2026-11-14", "Officials corrected the toll of the Morbi bridge collapse to [135|A] "
         "on Saturday."),
    ]),
    # -- injured vs killed
    (INJURED, [
        ("Levant Wire", "2026-11-02", "A suicide bomber struck a checkpoint in Mogadishu on Monday, killing "
         "[six soldiers|A] and wounding [15 others|B], officials said."),
        ("Horn Post", "2026-11-02", "The blast at the Mogadishu checkpoint left [six soldiers|A] dead and "
         "[15|B] injured, a military officer said."),
    ]),
    (INJURED, [
        ("Euro Wire", "2026-11-04", "A tram derailed in Milan on Wednesday, killing [two passengers|A] and "
         "injuring [more than 40|B], the fire brigade said."),
        ("Lombardy Post", "2026-11-05", "[Forty-nine people|B] were hurt and [two|A] killed when the tram left "
         "the rails in Milan, the city said on Thursday."),
    ]),
    (INJURED, [
        ("Indus Wire", "2026-11-06", "A blast at a rally in Bajaur on Friday killed [at least 44 people|A] and "
         "wounded [nearly 200|B], police said."),
        ("Frontier Post", "2026-11-07", "Doctors in Bajaur said [123 wounded|B] were still being treated a day "
         "after the rally bombing, which killed [54|A]."),
    ]),
    (INJURED, [
        ("Caucasus Wire", "2026-11-08", "An explosion at a fuel depot near Stepanakert on Sunday killed "
         "[68 people|A] and injured [almost 300|B], officials said."),
        ("Yerevan Post", "2026-11-09", "The health ministry said [290 people|B] injured in the fuel depot "
         "explosion near Stepanakert had been taken to hospitals."),
    ]),
    (INJURED, [
        ("Nile Wire", "2026-11-10", "Two trains collided near Sohag on Tuesday, killing [32 people|A] and "
         "injuring [66|B], the health ministry said."),
        ("Cairo Daily", "2026-11-11", "[Sixty-six people|B] were hurt in the Sohag train crash, the health "
         "ministry said, raising the toll of the dead to [36|A]."),
    ]),
    # -- missing vs dead (shipwrecks, floods, quakes)
    (MISSING, [
        ("Med Wire", "2026-11-02", "A boat carrying migrants sank off Lampedusa on Monday. The coast guard "
         "recovered [eight bodies|A] and said [about 30 people|B] were missing."),
        ("Sicily Post", "2026-11-03", "Searchers off Lampedusa found [11 bodies|A] by Tuesday, while "
         "[27 people|B] remained missing, the coast guard said."),
    ]),
    (MISSING, [
        ("Alpine Wire", "2026-11-04", "Floods swept through the valley of Derna on Wednesday. [At least 120 "
         "people|A] were killed and [hundreds|B] were missing, the Red Crescent said."),
        ("Libya Observer", "2026-11-05", "The Red Crescent said [160 people|A] had died in the Derna floods "
         "and [more than 400|B] were still missing."),
    ]),
    (MISSING, [
        ("Quake Wire", "2026-11-06", "An earthquake struck Herat province on Friday, killing [at least 90 "
         "people|A], officials said. [Dozens|B] were missing under collapsed houses."),
        ("Kabul Post", "2026-11-07", "The quake in Herat killed [112 people|A], and [40 others|B] were still "
         "missing, a provincial spokesman said."),
    ]),
    (MISSING, [
        ("Ocean Wire", "2026-11-08", "A fishing boat capsized off Chittagong on Sunday; [five fishermen|A] "
         "drowned and [nine|B] were missing."),
        ("Bay Post", "2026-11-09", "Rescuers found the bodies of [two more fishermen|C] off Chittagong, "
         "while [seven|B] remained missing."),
    ]),
    (MISSING, [
        ("River Wire", "2026-11-10", "A mine collapsed near Kambove on Tuesday. [Fourteen miners|A] were "
         "killed and [20|B] were missing, a local official said."),
        ("Katanga Post", "2026-11-11", "Rescuers at the Kambove mine pulled out [three survivors|C], while "
         "[17 miners|B] were still unaccounted for and [14|A] were confirmed dead."),
    ]),
    # -- rescued, freed, abducted, escaped
    (HELD, [
        ("Sahel Wire", "2026-11-02", "Gunmen abducted [at least 80 pupils|A] from a school in Kuriga on "
         "Monday, residents said."),
        ("Kaduna Post", "2026-11-04", "[Twenty-five|B] of the pupils abducted from the Kuriga school escaped "
         "on Wednesday, officials said, while [55|C] remained in captivity."),
    ]),
    (HELD, [
        ("Niger Wire", "2026-11-05", "Bandits kidnapped [more than 100 villagers|A] in a raid on Kajuru on "
         "Thursday, a community leader said."),
        ("Abuja Ledger", "2026-11-08", "Police said [62|B] of the villagers seized in Kajuru had been rescued "
         "on Sunday, and [38|C] were still held."),
        ("Kaduna Daily", "2026-11-09", "The kidnappers of Kajuru released [another 20 villagers|D] on "
         "Monday, a community leader said."),
    ]),
    (HELD, [
        ("Quake Wire", "2026-11-06", "An earthquake flattened buildings in Malatya on Friday. Rescuers pulled "
         "[42 people|B] alive from the rubble, and [at least 110 people|A] were killed."),
        ("Anatolia Post", "2026-11-07", "Rescue teams in Malatya said [about 60 people|C] were still trapped "
         "under the rubble, and the toll rose to [131|A]."),
    ]),
    (HELD, [
        ("Lake Wire", "2026-11-08", "Rebels kidnapped [17 aid workers|A] near Goma on Sunday, the aid group "
         "said."),
        ("Kivu Post", "2026-11-10", "[Twelve|B] of the 17 aid workers kidnapped near Goma were freed on "
         "Tuesday, the aid group said."),
    ]),
    (HELD, [
        ("Flood Wire", "2026-11-10", "Floods hit the town of Beledweyne on Tuesday; [14 people|A] drowned "
         "and boats rescued [more than 300|B], officials said."),
        ("Shabelle Post", "2026-11-11", "Rescuers in Beledweyne evacuated [450 people|B] from flooded homes, "
         "and the toll rose to [17|A]."),
    ]),
    # -- part vs whole: children, women, officers among the dead
    (PART, [
        ("Levant Wire", "2026-11-02", "An air strike on a house in Rafah killed [19 people|A] on Monday, "
         "including [eight children|B], medics said."),
        ("Gaza Post", "2026-11-02", "Medics said [19 people|A] died in the strike on the Rafah house, "
         "[eight of them children|B]."),
    ]),
    (PART, [
        ("Alpine Wire", "2026-11-04", "An avalanche struck a group of hikers near Chamonix on Wednesday, "
         "killing [six people|A], [four of them foreigners|B]."),
        ("Savoy Post", "2026-11-05", "Police said [six|A] died in the Chamonix avalanche."),
    ]),
    (PART, [
        ("Indus Wire", "2026-11-06", "Militants attacked a police station in Dera Ismail Khan on Friday, "
         "killing [23 people|A], among them [17 police officers|B], officials said."),
        ("Frontier Post", "2026-11-07", "The attack on the Dera Ismail Khan police station killed [23|A], "
         "officials said on Saturday."),
    ]),
    (PART, [
        ("Hill Wire", "2026-11-08", "A bus fell into a gorge in Doda on Sunday, killing [38 people|A], "
         "[including 10 women|B], police said."),
        ("Jammu Post", "2026-11-09", "Police said the toll of the Doda bus accident stood at [39|A]."),
    ]),
    (PART, [
        ("Desert Wire", "2026-11-10", "A drone strike hit a market in Kutum on Tuesday, killing "
         "[at least 27 civilians|A], [nine of whom were women|B], local activists said."),
        ("Darfur Post", "2026-11-11", "Activists said [27 people|A] died in the drone strike on the Kutum "
         "market."),
    ]),
    # -- per-town counts vs the national toll
    (TOWN, [
        ("East Wire", "2026-11-04", "Police killed [at least 23 protesters|A] across Kenya during Tuesday's "
         "demonstrations, a rights group said. In Nakuru, [seven people|B] were shot dead."),
        ("Nairobi Post", "2026-11-05", "A rights group said [23 people|A] died nationwide in the protests, "
         "[seven|B] of them in Nakuru and [five|C] in Kisumu."),
    ]),
    (TOWN, [
        ("Monsoon Wire", "2026-11-04", "Floods across Assam have killed [48 people|A] this week, the state "
         "disaster agency said. [Eleven|B] of the deaths were in Dhubri district."),
        ("Guwahati Post", "2026-11-05", "The floods in Assam killed [52 people|A], the state disaster agency "
         "said, including [12|B] in Dhubri district."),
    ]),
    (TOWN, [
        ("Andes Wire", "2026-11-06", "Clashes between police and protesters killed [17 people|A] across Peru "
         "on Friday, the ombudsman said. In Juliaca alone, [12 people|B] died."),
        ("Puno Post", "2026-11-07", "In Juliaca, [12 protesters|B] were killed in clashes with police on "
         "Friday, the ombudsman said."),
    ]),
    (TOWN, [
        ("Storm Wire", "2026-11-08", "The cyclone killed [at least 60 people|A] across Mozambique, the "
         "disaster agency said. In Quelimane, [21 people|B] died."),
        ("Maputo Post", "2026-11-09", "The disaster agency said the cyclone killed [21 people|B] in "
         "Quelimane and [15|C] in Beira; the national toll was [66|A]."),
    ]),
    (TOWN, [
        ("Heat Wire", "2026-11-10", "The heatwave has killed [143 people|A] across Pakistan, the health "
         "ministry said, [65 of them|B] in Karachi."),
        ("Sindh Post", "2026-11-11", "In Karachi, [65 people|B] died of heatstroke this week, the health "
         "ministry said."),
    ]),
    # -- per-hospital counts vs the toll
    (HOSPITAL, [
        ("Levant Wire", "2026-11-02", "Shelling of a crowded street in Khan Younis on Monday killed [at least "
         "31 people|A], the health ministry said. Nasser Hospital received [18 bodies|B]."),
        ("Gaza Post", "2026-11-03", "The health ministry said [31 people|A] were killed in the shelling in "
         "Khan Younis."),
    ]),
    (HOSPITAL, [
        ("Horn Wire", "2026-11-04", "A truck bomb exploded near the ministry in Mogadishu on Wednesday, "
         "killing [at least 60 people|A], officials said. Medina Hospital alone received [29 dead|B]."),
        ("Somali Post", "2026-11-05", "Officials said the truck bomb in Mogadishu killed [64 people|A]."),
    ]),
    (HOSPITAL, [
        ("Quake Wire", "2026-11-06", "The earthquake near Marrakesh killed [over 200 people|A], officials "
         "said. The hospital in Amizmiz took in [46 bodies|B] and [120 injured|C]."),
        ("Maghreb Post", "2026-11-07", "The earthquake near Marrakesh killed [238 people|A], the interior "
         "ministry said."),
    ]),
    (HOSPITAL, [
        ("Tigris Wire", "2026-11-08", "A fire at a wedding hall in Qaraqosh on Sunday killed [at least 100 "
         "people|A], officials said. Hamdaniya hospital reported [37 dead|B]."),
        ("Mosul Post", "2026-11-09", "The fire at the wedding hall in Qaraqosh killed [107 people|A], the "
         "health ministry said."),
    ]),
    (HOSPITAL, [
        ("Sahel Wire", "2026-11-10", "A blast at a gold mine near Kidal killed [at least 70 miners|A] on "
         "Tuesday. The district hospital counted [22 dead|B] brought to its morgue."),
        ("Bamako Post", "2026-11-11", "The mine blast near Kidal killed [73 miners|A], a local official said."),
    ]),
    # -- two incidents in one story
    (TWO, [
        ("Steppe Wire", "2026-11-02", "A missile strike on a hotel in Kramatorsk killed [four people|A] on "
         "Monday. Separately, shelling of the town of Kostiantynivka killed [two civilians|B]."),
        ("Donbas Post", "2026-11-03", "The strike on the Kramatorsk hotel killed [four|A], the governor said."),
    ]),
    (TWO, [
        ("Sahel Wire", "2026-11-04", "Jihadists attacked an army post in Diapaga on Wednesday, killing "
         "[12 soldiers|A]. In a second attack, near Kantchari, [seven soldiers|B] died."),
        ("Volta Post", "2026-11-05", "The army said [12 soldiers|A] were killed in the attack on the Diapaga "
         "post."),
        ("Ouaga Echo", "2026-11-05", "The ambush near Kantchari killed [seven soldiers|B], the army said."),
    ]),
    (TWO, [
        ("Levant Wire", "2026-11-06", "An Israeli strike on a school in Jabalia killed [15 people|A] on "
         "Friday. Hours later, a strike in Deir al-Balah killed [six people|B]."),
        ("Gaza Post", "2026-11-06", "The strike on the school in Jabalia killed [15 people|A], the civil "
         "defence said."),
    ]),
    (TWO, [
        ("Lakes Wire", "2026-11-10", "Gunmen killed [nine villagers|A] in Beni on Sunday. On Monday, rebels "
         "killed [14 people|B] in an attack on Oicha."),
        ("Kivu Post", "2026-11-10", "The attack on Oicha killed [14 people|B], the army said."),
    ]),
    (TWO, [
        ("Steppe Wire", "2026-11-10", "A drone struck a bus in Kherson on Tuesday, killing [two people|A]. "
         "A separate drone attack on a market in Beryslav killed [three|B]."),
        ("Dnipro Post", "2026-11-11", "[Three people|B] were killed in the drone attack on the Beryslav market, "
         "the regional governor said, while the Kherson bus strike killed [two|A]."),
    ]),
    (TWO, [
        ("Hindu Kush Wire", "2026-11-14", "A bomb at a mosque in Kunduz killed [17 worshippers|A] on Friday. "
         "On Saturday a roadside bomb in Mazar-i-Sharif killed [five people|B]."),
        ("Kabul Post", "2026-11-14", "Worshippers in Kunduz buried the [17|A] killed in Friday's mosque "
         "bombing."),
    ]),
    # -- casualty releases without an attack event
    (RELEASE, [
        ("Levant Wire", "2026-11-02", "A rocket struck a bus station in Ashkelon on Monday, killing "
         "[three people|A], police said."),
        ("Magen Bulletin", "2026-11-02", "The ambulance service said its paramedics pronounced [three people|A] "
         "dead at the Ashkelon bus station and treated [11 wounded|B]."),
    ]),
    (RELEASE, [
        ("Horn Wire", "2026-11-04", "A bomb went off at a cafe in Kismayo on Wednesday, killing [at least "
         "nine people|A], police said."),
        ("Aamin Bulletin", "2026-11-04", "Aamin Ambulance said it had carried [nine dead|A] and "
         "[22 wounded|B] from the Kismayo cafe."),
    ]),
    (RELEASE, [
        ("Kharkiv Wire", "2026-11-06", "Russian shelling hit a residential district of Kupiansk on Friday, "
         "killing [five civilians|A], the governor said."),
        ("Regional Bulletin", "2026-11-07", "The regional hospital in Kupiansk said [five people|A] were dead "
         "on arrival and [14|B] were being treated."),
    ]),
    (RELEASE, [
        ("Sindh Wire", "2026-11-08", "A blast at a shrine in Sehwan on Sunday killed [at least 20 people|A], "
         "police said."),
        ("Edhi Bulletin", "2026-11-08", "The Edhi Foundation said its ambulances took [23 bodies|A] and "
         "[more than 50 injured|B] from the Sehwan shrine to hospitals."),
    ]),
    (RELEASE, [
        ("Andes Wire", "2026-11-10", "A market fire in Huancayo on Tuesday killed [six people|A], firefighters "
         "said."),
        ("Health Bulletin", "2026-11-11", "The regional health office in Huancayo reported [six deaths|A] and "
         "[nine people|B] treated for burns."),
    ]),
    # -- cumulative totals vs the incident's toll
    (CUMULATIVE, [
        ("Levant Wire", "2026-11-02", "An air strike on a tent camp in Mawasi killed [at least 21 people|A] on "
         "Monday. The health ministry says [more than 40,000 people|B] have been killed in Gaza since the war "
         "began."),
        ("Gaza Post", "2026-11-02", "The strike on the Mawasi tents killed [21|A]. The war has killed "
         "[40,100 Palestinians|B] so far, the health ministry said."),
    ]),
    (CUMULATIVE, [
        ("Steppe Wire", "2026-11-04", "A Russian strike on a train station in Pokrovsk killed [seven "
         "people|A] on Wednesday. The UN says [more than 11,000 civilians|B] have been killed in Ukraine "
         "since the invasion."),
        ("Donbas Post", "2026-11-05", "[Seven|A] people died in the strike on the Pokrovsk station, the "
         "governor said."),
    ]),
    (CUMULATIVE, [
        ("Sahel Wire", "2026-11-06", "Gunmen killed [32 villagers|A] in Mopti region on Friday. Attacks by "
         "armed groups have killed [more than 2,000 civilians|B] in Mali this year, the UN said."),
        ("Bamako Post", "2026-11-07", "This year's violence has cost [2,000 civilian lives|B] in Mali, the UN "
         "said, after the killing of [32 villagers|A] in Mopti region."),
    ]),
    (CUMULATIVE, [
        ("Haiti Wire", "2026-11-08", "Gang members killed [at least 70 people|A] in Pont-Sonde on Sunday. "
         "Gang violence has killed [nearly 4,000 people|B] in Haiti since January, the UN said."),
        ("Caribbean Post", "2026-11-09", "The massacre in Pont-Sonde killed [70 people|A], the UN human rights "
         "office said."),
    ]),
    (CUMULATIVE, [
        ("Myanmar Wire", "2026-11-10", "An air strike on a village in Sagaing killed [at least 30 people|A] on "
         "Tuesday. The military has killed [more than 5,000 civilians|B] since the 2021 coup, a monitoring "
         "group says."),
        ("Irrawaddy Post", "2026-11-11", "Residents said [31 people|A] died in the air strike on the Sagaing "
         "village."),
    ]),
    # -- increments: more deaths added to a toll, the wounded who died later
    (INCREMENT, [
        ("Metro Wire", "2026-11-02", "A building collapsed in Lagos on Monday, killing [12 people|A], "
         "emergency officials said."),
        ("Lagos Post", "2026-11-03", "Rescuers pulled [four more bodies|B] from the collapsed building in "
         "Lagos on Tuesday, bringing the toll to [16|A]."),
    ]),
    (INCREMENT, [
        ("Horn Wire", "2026-11-04", "The hotel siege in Mogadishu killed [21 people|A], officials said on "
         "Wednesday."),
        ("Somali Post", "2026-11-05", "[Three|B] of the wounded from the Mogadishu hotel siege died in hospital "
         "overnight, raising the toll to [24|A]."),
    ]),
    (INCREMENT, [
        ("Quake Wire", "2026-11-06", "The earthquake in Adiyaman killed [at least 80 people|A], officials "
         "said on Friday."),
        ("Anatolia Post", "2026-11-07", "The toll from the Adiyaman earthquake rose by [14|B] to [94|A] on "
         "Saturday, officials said."),
    ]),
    (INCREMENT, [
        ("Ocean Wire", "2026-11-08", "A passenger boat sank on Lake Kivu near Goma on Sunday; [at least 50 "
         "people|A] died, officials said."),
        ("Lakes Post", "2026-11-09", "Divers recovered [another 28 bodies|B] on Monday, raising the toll of "
         "the Lake Kivu sinking to [78|A]."),
    ]),
    (INCREMENT, [
        ("Rail Wire", "2026-11-10", "A train derailed near Balasore on Tuesday, killing [at least 70 "
         "passengers|A], railway officials said."),
        ("Odisha Post", "2026-11-11", "[Eight more|B] people died of their injuries on Wednesday, and the "
         "toll of the Balasore derailment reached [78|A]."),
    ]),
]
