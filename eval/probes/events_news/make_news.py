"""Write news.json: the invented news-register argument probe (issue 16).

Every sentence below was invented for this probe in the register of wire and broadcast news (20 to
45 words, names, titles, places, attributions); none is taken from gold data or from any article.
Each row gives a text and the events it reports: their PLOVER 2021 type, source and target actors
as ``text=CODE`` (country code or ``IGO``), separated by ``;``. A row may report several events.

Conventions (PLOVER manual 2.4 and the gold records' practice, as in eval/probes/events/): a
reported act is coded for its doer, never for the person or body that reports it (a statement is
no event); an agentless passive has no source; a deployed force is the source of its MOBILIZE
(the government that sends it when a "by" agent names it) and the place it is sent to, coded by its
country, is the target; a pronoun subject is coded as its antecedent; an event seen in footage,
images or a witness's account is coded for its doer, never for the owner of the camera, drone or
satellite; an act in a subordinate clause of time or reason is an event of its own, with its own
doer; a place attacked is a target coded by its country; unnamed gunmen, rebels or police are
coded by the country where they act.

Usage: python eval/probes/events_news/make_news.py  (rewrites news.json beside it)
"""

from __future__ import annotations

import json
from pathlib import Path

Ev = tuple[str, str, str]

ROWS: list[tuple[str, tuple[Ev, ...]]] = [
    # --- passives of deployment and dispatch: the deployed force is the source
    ("Hundreds of Kenyan troops were deployed to Somalia on Tuesday to guard the road to Mogadishu, a "
     "military spokesman told reporters in Nairobi.",
     (("MOBILIZE", "Kenyan troops=KEN", "Somalia=SOM"),)),
    ("About 2,000 French soldiers were sent to Chad last month to secure the border with Sudan, the "
     "defence ministry in Paris said on Friday.",
     (("MOBILIZE", "French soldiers=FRA", "Chad=TCD"),)),
    ("Russian warships were dispatched to the eastern Mediterranean on Sunday, state news agency "
     "reports said, a day after talks with Turkey on the Syrian conflict broke down.",
     (("MOBILIZE", "Russian warships=RUS", ""),)),
    ("Extra Pakistani paramilitary troops have been deployed along the border with Afghanistan after a "
     "week of clashes, an interior ministry official said on condition of anonymity.",
     (("MOBILIZE", "Pakistani paramilitary troops=PAK", "Afghanistan=AFG"),)),
    ("Rwandan police officers were flown to Mozambique on Thursday to join a force fighting insurgents "
     "in Cabo Delgado province, the Rwandan government said in a statement.",
     (("MOBILIZE", "Rwandan police officers=RWA", "Mozambique=MOZ"),)),
    ("A battalion of Indian soldiers has been moved to the Ladakh region, where Indian and Chinese "
     "troops clashed last year, officials in New Delhi said on Wednesday.",
     (("MOBILIZE", "Indian soldiers=IND", ""),)),
    ("Turkish tanks were sent to the Syrian border overnight, the Anadolu news agency reported, as "
     "Ankara warned Kurdish fighters to withdraw from the frontier town of Kobani.",
     (("MOBILIZE", "Turkish tanks=TUR", "Syria=SYR"),
      ("THREATEN", "Ankara=TUR", "Kurdish fighters=SYR"))),
    ("British warships were deployed to the Gulf by the government in London on Monday after Iran "
     "seized a tanker flying the flag of Panama, the Ministry of Defence said.",
     (("MOBILIZE", "British warships=GBR", ""),
      ("COERCE", "Iran=IRN", "tanker=PAN"))),
    ("Two companies of Brazilian soldiers were sent by President Lula to the border with Venezuela on "
     "Friday after Caracas renewed its claim to a region of Guyana.",
     (("MOBILIZE", "President Lula=BRA", "Venezuela=VEN"),)),
    ("Nigerian troops were deployed to Niger's capital Niamey under a regional mandate last year, "
     "and they have stayed there since, a spokesman for the ECOWAS commission said on Tuesday.",
     (("MOBILIZE", "Nigerian troops=NGA", "Niger=NER"),)),
    # near misses: active deployments and a deployment that is only planned or reported as a need
    ("Egypt deployed warplanes and commandos to Sudan on Wednesday under a defence pact, a Sudanese "
     "army officer said, as fighting spread to the outskirts of Khartoum.",
     (("MOBILIZE", "Egypt=EGY", "Sudan=SDN"),)),
    ("Japan sent two destroyers to the waters near the Senkaku islands on Saturday after Chinese coast "
     "guard vessels entered the area, the Japanese coast guard said.",
     (("MOBILIZE", "Japan=JPN", ""),)),
    ("The Ethiopian government moved troops and armoured vehicles to the border with Eritrea on Monday, "
     "diplomats in Addis Ababa said, raising fears of a new war.",
     (("MOBILIZE", "Ethiopian government=ETH", "Eritrea=ERI"),)),
    ("The Philippine navy deployed patrol ships to Scarborough Shoal on Thursday, a day after a "
     "Chinese vessel blocked a Philippine supply boat there, a navy spokesman said.",
     (("MOBILIZE", "Philippine navy=PHL", ""),
      ("COERCE", "Chinese vessel=CHN", "Philippine supply boat=PHL"))),
    ("United Nations peacekeepers from Ghana were deployed to southern Lebanon on Sunday to replace an "
     "Irish contingent, the UN mission said in a statement.",
     (("MOBILIZE", "United Nations peacekeepers=IGO", "Lebanon=LBN"),)),
    ("Colombian riot police were deployed across Bogota on Wednesday ahead of a national strike called "
     "by trade unions against the government's pension reform, the mayor said.",
     (("MOBILIZE", "Colombian riot police=COL", ""),)),
    ("Moroccan soldiers were sent to Mali under a UN mandate in 2014, and they came under attack "
     "by jihadists near Gao on Friday, the army said.",
     (("MOBILIZE", "Moroccan soldiers=MAR", "Mali=MLI"),
      ("ASSAULT", "jihadists=MLI", "Moroccan soldiers=MAR"))),
    ("A Ukrainian drone unit was moved to the Kharkiv region this week, a commander told the BBC, "
     "as Russian forces shelled villages north of the city on Tuesday.",
     (("MOBILIZE", "Ukrainian drone unit=UKR", ""),
      ("ASSAULT", "Russian forces=RUS", "villages=UKR"))),
    # --- pronoun subjects: coded as the antecedent
    ("Gunmen from the al-Shabab group drove a car bomb into the gate of a hotel in Mogadishu on Friday. "
     "They then attacked the hotel and held guests hostage for hours, police said.",
     (("ASSAULT", "al-Shabab group=SOM", "hotel=SOM"),
      ("ASSAULT", "al-Shabab group=SOM", "hotel=SOM"))),
    ("Houthi rebels claimed responsibility on Sunday for the attack on a Greek tanker in the Red Sea. "
     "They said they fired two missiles at the ship because it had docked in Israel.",
     (("ASSAULT", "Houthi rebels=YEM", "Greek tanker=GRC"),)),
    ("Protesters gathered outside the Serbian parliament in Belgrade on Saturday night. They threw "
     "stones at the police guarding the building, and officers responded with tear gas, witnesses said.",
     (("PROTEST", "Protesters=SRB", "Serbian parliament=SRB"),
      ("ASSAULT", "Protesters=SRB", "police=SRB"),
      ("COERCE", "officers=SRB", "Protesters=SRB"))),
    ("Fighters of the Islamic State group crossed into northern Mozambique from Tanzania on Thursday. "
     "They burned a church and a school in Mocimboa da Praia, a local priest said.",
     (("ASSAULT", "Islamic State group=MOZ", "church=MOZ"),)),
    ("Armed men on motorbikes rode into the village of Kadiba in Burkina Faso at dawn on Monday. "
     "They shot dead 14 people at a market, a regional official told AFP.",
     (("ASSAULT", "Armed men=BFA", "people=BFA"),)),
    ("Chinese coast guard ships sailed close to the Second Thomas Shoal on Tuesday. They fired water "
     "cannon at a Philippine boat carrying food to marines, the Philippine military said.",
     (("COERCE", "Chinese coast guard=CHN", "Philippine boat=PHL"),)),
    ("The Sudanese Rapid Support Forces entered El Fasher on Sunday after months of siege. They looted "
     "the main hospital and killed patients, the World Health Organization said.",
     (("ASSAULT", "Rapid Support Forces=SDN", "patients=SDN"),)),
    ("Israeli settlers marched into the Palestinian village of Huwara late on Friday. They set fire to "
     "cars and houses, the Palestinian health ministry said, and wounded three residents.",
     (("ASSAULT", "Israeli settlers=ISR", "Palestinian village=PSE"),)),
    ("Venezuelan security forces surrounded the Argentine embassy in Caracas on Saturday. They cut "
     "off power to the building, where six opposition aides had taken refuge, the aides said.",
     (("COERCE", "Venezuelan security forces=VEN", "Argentine embassy=ARG"),)),
    ("Masked attackers stormed a Christian school in the Indonesian province of Papua on Wednesday. "
     "They killed two teachers before fleeing into the forest, a police spokesman said.",
     (("ASSAULT", "Masked attackers=IDN", "teachers=IDN"),)),
    ("Myanmar's military bombed a village in Sagaing region on Tuesday. It said the raid targeted "
     "rebels of the People's Defence Force, but residents said children were among the dead.",
     (("ASSAULT", "Myanmar's military=MMR", "village=MMR"),)),
    ("Iraqi police arrested three men in Basra on Monday over the killing of a journalist. They were "
     "later handed over to an anti-terrorism court, an interior ministry statement said.",
     (("COERCE", "Iraqi police=IRQ", "men=IRQ"),)),
    ("Kurdish militants ambushed a Turkish army convoy in Hakkari province on Thursday. The army said "
     "they killed two soldiers, and it launched air strikes on their camps in northern Iraq.",
     (("ASSAULT", "Kurdish militants=TUR", "Turkish army convoy=TUR"),
      ("ASSAULT", "army=TUR", "camps=IRQ"))),
    ("Haitian gang members stormed the main prison in Port-au-Prince on Saturday night. They freed "
     "more than 3,000 inmates, the government said, and set fire to the prison offices.",
     (("ASSAULT", "gang members=HTI", "prison=HTI"),)),
    ("Rebels of the M23 movement seized the Congolese town of Bunagana near the Ugandan border on "
     "Monday. They said they would hold it until Kinshasa agreed to talks.",
     (("ASSAULT", "M23 movement=COD", "town=COD"),)),
    ("Saudi-led coalition jets struck a market in Yemen's Saada province on Wednesday, residents said. "
     "They said the strike killed 20 shoppers, and the coalition said it was investigating.",
     (("ASSAULT", "Saudi-led coalition jets=SAU", "market=YEM"),)),
    ("Thai soldiers detained a group of Myanmar refugees near Mae Sot on Friday. They were sent back "
     "across the river hours later, a rights group said.",
     (("COERCE", "Thai soldiers=THA", "Myanmar refugees=MMR"),)),
    # near misses: the pronoun refers to the victims or to a reporting body
    ("Dozens of Afghan migrants were detained by Iranian border guards on Sunday. They said they had "
     "been beaten in custody before being deported, the UN refugee agency said.",
     (("COERCE", "Iranian border guards=IRN", "Afghan migrants=AFG"),)),
    ("Police in Lagos arrested eight protesters on Thursday. They had blocked a highway to denounce "
     "the rising price of fuel, a spokesman for the Nigerian police said.",
     (("COERCE", "Police=NGA", "protesters=NGA"),)),
    ("Three aid workers were kidnapped in northern Mali on Tuesday, the United Nations said. They were "
     "driving to a clinic near Timbuktu when gunmen stopped their vehicle, it said.",
     (("COERCE", "", "aid workers="),)),
    ("A Russian missile hit an apartment block in the Ukrainian city of Dnipro on Saturday. Rescuers "
     "said they had pulled 40 people from the rubble, and that many were still missing.",
     (("ASSAULT", "Russian missile=RUS", "apartment block=UKR"),)),
    # --- event nouns in relative clauses of an instrument or a witness
    ("Footage from a Turkish military drone that showed a blast at a fuel depot in northern Syria was "
     "broadcast on Monday by state television, which gave no details of the strike.",
     (("ASSAULT", "", "fuel depot=SYR"),)),
    ("Satellite images from a US company that show the destruction of a village in Sudan's Darfur region "
     "were published on Thursday by researchers at Yale University.",
     (("ASSAULT", "", "village=SDN"),)),
    ("A video filmed by a Reuters journalist that showed Kenyan police beating protesters in Nairobi "
     "was shared widely on Wednesday, prompting calls for an inquiry.",
     (("ASSAULT", "Kenyan police=KEN", "protesters=KEN"),)),
    ("A witness from a local aid group who saw the shelling of a school in Gaza on Tuesday said the "
     "building had housed hundreds of families displaced by the war.",
     (("ASSAULT", "", "school=PSE"),)),
    ("Images from an Israeli surveillance balloon that captured an explosion at a Hezbollah weapons store "
     "in southern Lebanon were released by the Israeli army on Friday.",
     (("ASSAULT", "", "Hezbollah weapons store=LBN"),)),
    ("Cameras of a Chinese state broadcaster that recorded the collision of a Chinese ship with a "
     "Philippine vessel were switched off minutes later, a Philippine official said.",
     (("ASSAULT", "Chinese ship=CHN", "Philippine vessel=PHL"),)),
    ("A French journalist who witnessed the storming of the presidential palace in Niamey by soldiers "
     "said on Thursday that the guards had offered no resistance.",
     (("ASSAULT", "soldiers=NER", "presidential palace=NER"),)),
    ("Radar data from a NATO aircraft that tracked the downing of a Ukrainian drone over Moldova were "
     "shared with the Moldovan government on Monday, officials in Chisinau said.",
     (("ASSAULT", "", "Ukrainian drone=UKR"),)),
    ("A phone video from a Colombian soldier that showed the bombing of a guerrilla camp in the "
     "Amazon was posted online on Sunday, and the army confirmed the raid.",
     (("ASSAULT", "", "guerrilla camp=COL"),)),
    ("A report by Human Rights Watch that documented the torture of detainees by Egyptian security "
     "officers was published on Tuesday, the group said in Beirut.",
     (("ASSAULT", "Egyptian security officers=EGY", "detainees=EGY"),)),
    ("Photographs by an Associated Press photographer that showed the arrest of a Belarusian opposition "
     "leader in Minsk won an award on Friday, the news agency said.",
     (("COERCE", "", "Belarusian opposition leader=BLR"),)),
    ("Testimony from a nurse who saw the killing of three patients at a hospital in Khartoum by "
     "paramilitary fighters was read out at the United Nations on Wednesday.",
     (("ASSAULT", "paramilitary fighters=SDN", "patients=SDN"),)),
    # near misses: the instrument's owner is the doer
    ("A Turkish military drone struck a car carrying Kurdish fighters near Qamishli in northern Syria "
     "on Monday, killing three, a Kurdish spokesman said.",
     (("ASSAULT", "Turkish military drone=TUR", "Kurdish fighters=SYR"),)),
    ("An Israeli drone that had crossed into southern Lebanon fired a missile at a motorbike on Friday, "
     "killing a Hezbollah commander, the group said.",
     (("ASSAULT", "Israeli drone=ISR", "Hezbollah commander=LBN"),)),
    ("A Russian warplane that flew from a base in Syria bombed a market in Idlib province on Sunday, "
     "a monitoring group said, killing at least nine civilians.",
     (("ASSAULT", "Russian warplane=RUS", "market=SYR"),)),
    ("A US drone that took off from Djibouti killed two al-Shabab commanders in southern Somalia on "
     "Wednesday, the US Africa Command said in a statement.",
     (("ASSAULT", "US drone=USA", "al-Shabab commanders=SOM"),)),
    # --- two acts by different doers in one sentence
    ("Police said gunmen killed four villagers in Nigeria's Plateau state on Sunday and security "
     "forces later arrested two suspects hiding in a nearby forest.",
     (("ASSAULT", "gunmen=NGA", "villagers=NGA"),
      ("COERCE", "security forces=NGA", "suspects=NGA"))),
    ("Hamas fighters fired rockets at the Israeli city of Ashkelon on Friday, and Israeli jets struck "
     "targets in Gaza hours later, the Israeli military said.",
     (("ASSAULT", "Hamas fighters=PSE", "Ashkelon=ISR"),
      ("ASSAULT", "Israeli jets=ISR", "Gaza=PSE"))),
    ("Protesters in Nairobi burned tyres outside parliament on Tuesday while Kenyan police fired tear "
     "gas at crowds in the city centre, witnesses told Reuters.",
     (("PROTEST", "Protesters=KEN", "parliament=KEN"),
      ("COERCE", "Kenyan police=KEN", "crowds=KEN"))),
    ("Azerbaijan accused Armenia of shelling its positions on Monday, while the Armenian defence "
     "ministry said Azerbaijani troops had fired first near the village of Sotk.",
     (("ACCUSE", "Azerbaijan=AZE", "Armenia=ARM"),
      ("ASSAULT", "Azerbaijani troops=AZE", ""))),
    ("Rebels of the Arakan Army captured a border post in Myanmar's Rakhine state, and Bangladeshi "
     "guards detained 60 Myanmar soldiers who fled across the border, officials said.",
     (("ASSAULT", "Arakan Army=MMR", "border post=MMR"),
      ("COERCE", "Bangladeshi guards=BGD", "Myanmar soldiers=MMR"))),
    ("Ukraine said Russian missiles hit a power plant near Kyiv overnight, and Ukrainian drones struck "
     "an oil refinery in Russia's Krasnodar region on Saturday morning.",
     (("ASSAULT", "Russian missiles=RUS", "power plant=UKR"),
      ("ASSAULT", "Ukrainian drones=UKR", "oil refinery=RUS"))),
    ("Jihadists attacked a military base in northern Burkina Faso on Thursday, and the army said its "
     "aircraft then bombed their convoy as it withdrew toward the border with Mali.",
     (("ASSAULT", "Jihadists=BFA", "military base=BFA"),
      ("ASSAULT", "army=BFA", "convoy=BFA"))),
    ("The Taliban detained two British aid workers in Kabul last month, and Qatar has asked the "
     "Taliban government to release them, a diplomat in Doha said on Monday.",
     (("COERCE", "Taliban=AFG", "British aid workers=GBR"),
      ("REQUEST", "Qatar=QAT", "Taliban government=AFG"))),
    ("Chinese warplanes flew near Taiwan on Wednesday, and Taiwan's air force scrambled jets to warn "
     "them away, the defence ministry in Taipei said.",
     (("MOBILIZE", "Chinese warplanes=CHN", "Taiwan=TWN"),
      ("MOBILIZE", "Taiwan's air force=TWN", "Chinese warplanes=CHN"))),
    ("Settlers attacked Palestinian farmers near Nablus on Saturday and Israeli soldiers arrested "
     "three of the farmers, the Palestinian news agency WAFA reported.",
     (("ASSAULT", "Settlers=ISR", "Palestinian farmers=PSE"),
      ("COERCE", "Israeli soldiers=ISR", "farmers=PSE"))),
    ("Gunmen abducted a Catholic priest in Cameroon's Northwest region on Sunday, and separatist "
     "fighters burned a school in the same area, the diocese said.",
     (("COERCE", "Gunmen=CMR", "Catholic priest=CMR"),
      ("ASSAULT", "separatist fighters=CMR", "school=CMR"))),
    ("The United States imposed sanctions on two Iranian oil firms on Thursday and Britain froze the "
     "assets of three Revolutionary Guards commanders, the two governments said.",
     (("SANCTION", "United States=USA", "Iranian oil firms=IRN"),
      ("SANCTION", "Britain=GBR", "Revolutionary Guards commanders=IRN"))),
    ("Syrian government forces shelled a village in Idlib on Tuesday, and Turkish artillery fired back "
     "at their positions near Saraqeb, the Syrian Observatory for Human Rights said.",
     (("ASSAULT", "Syrian government forces=SYR", "village=SYR"),
      ("ASSAULT", "Turkish artillery=TUR", "Syrian government forces=SYR"))),
    ("Sudan's army said paramilitary fighters shelled a camp for displaced people near El Obeid and "
     "its own troops killed dozens of the attackers on Monday.",
     (("ASSAULT", "paramilitary fighters=SDN", "camp=SDN"),
      ("ASSAULT", "troops=SDN", "attackers=SDN"))),
    ("Mexican soldiers arrested a cartel leader in Sinaloa on Friday, and his gunmen then set fire to "
     "buses and blocked roads across Culiacan, the state governor said.",
     (("COERCE", "Mexican soldiers=MEX", "cartel leader=MEX"),
      ("ASSAULT", "gunmen=MEX", "buses=MEX"))),
    ("North Korea fired a ballistic missile into the sea on Sunday, and South Korea and Japan held a "
     "joint air drill hours later, the South Korean military said.",
     (("ASSAULT", "North Korea=PRK", ""),
      ("COOPERATE", "South Korea=KOR; Japan=JPN", ""))),
    ("Ethiopian police detained a journalist in Addis Ababa on Wednesday, and the Committee to Protect "
     "Journalists called on the government to free him immediately.",
     (("COERCE", "Ethiopian police=ETH", "journalist=ETH"),
      ("REQUEST", "Committee to Protect Journalists=IGO", "government=ETH"))),
    ("Serbian police arrested a Kosovo police officer near the border on Monday, and Kosovo accused "
     "Belgrade of kidnapping him on its territory, the government in Pristina said.",
     (("COERCE", "Serbian police=SRB", "Kosovo police officer=XKX"),
      ("ACCUSE", "Kosovo=XKX", "Belgrade=SRB"))),
    ("Pakistani troops killed six militants in a raid in North Waziristan on Saturday after the "
     "militants had ambushed a police patrol, the army's media wing said.",
     (("ASSAULT", "Pakistani troops=PAK", "militants=PAK"),
      ("ASSAULT", "militants=PAK", "police patrol=PAK"))),
    ("Congolese soldiers shot dead a protester in Goma on Tuesday, and the United Nations asked the "
     "government in Kinshasa to open an inquiry into the killing.",
     (("ASSAULT", "Congolese soldiers=COD", "protester=COD"),
      ("REQUEST", "United Nations=IGO", "government=COD"))),
    # near misses: one doer, two acts
    ("Colombian police raided a cocaine laboratory in Narino province on Thursday and arrested eleven "
     "workers, the national police director said at a news conference.",
     (("COERCE", "Colombian police=COL", "workers=COL"),)),
    ("Israeli forces demolished the homes of two Palestinian prisoners in Jenin on Monday and detained "
     "their brothers, the Palestinian prisoners' society said.",
     (("COERCE", "Israeli forces=ISR", "Palestinian prisoners=PSE"),
      ("COERCE", "Israeli forces=ISR", "brothers=PSE"))),
    # --- reported acts: the reporter is not the doer
    ("Amnesty International said on Tuesday that Ethiopian soldiers had killed at least 40 civilians in "
     "the town of Bahir Dar during a raid on suspected militia members.",
     (("ASSAULT", "Ethiopian soldiers=ETH", "civilians=ETH"),)),
    ("The United Nations said Israeli strikes hit three of its schools in Gaza on Sunday, killing "
     "dozens of people who had sheltered there from the fighting.",
     (("ASSAULT", "Israeli strikes=ISR", "schools=IGO"),)),
    ("A spokesman for the Malian army said on Friday that jihadists had attacked a convoy of trucks "
     "near Timbuktu, killing six drivers and burning the cargo.",
     (("ASSAULT", "jihadists=MLI", "convoy=MLI"),)),
    ("Local officials told the Associated Press that Russian forces had shelled the Ukrainian town of "
     "Kupiansk for a third day, destroying a bridge over the Oskil river.",
     (("ASSAULT", "Russian forces=RUS", "Kupiansk=UKR"),)),
    ("Human Rights Watch said Indian police detained dozens of Muslim men in Assam after a dispute over "
     "a mosque, and held them for days without charge.",
     (("COERCE", "Indian police=IND", "Muslim men=IND"),)),
    ("Witnesses told the BBC that soldiers loyal to the junta fired live rounds at protesters in the "
     "Guinean capital Conakry on Thursday, killing at least two.",
     (("ASSAULT", "soldiers=GIN", "protesters=GIN"),)),
    ("The Syrian Observatory for Human Rights reported that Turkish-backed fighters had seized a Kurdish "
     "village west of Manbij after heavy fighting on Wednesday.",
     (("ASSAULT", "Turkish-backed fighters=SYR", "Kurdish village=SYR"),)),
    ("The Iranian judiciary's news agency said on Saturday that authorities had executed a man convicted "
     "of killing a security officer during protests last year.",
     (("COERCE", "authorities=IRN", "man=IRN"),)),
    ("A Yemeni government official told Reuters that Houthi rebels had detained 11 United Nations staff "
     "in the capital Sanaa on Thursday.",
     (("COERCE", "Houthi rebels=YEM", "United Nations staff=IGO"),)),
    ("Hospital sources in Port Sudan said paramilitary drones had struck the city's airport and a fuel "
     "depot early on Sunday, the first attack on the city since the war began.",
     (("ASSAULT", "paramilitary drones=SDN", "airport=SDN"),)),
    ("The Philippine coast guard said Chinese vessels rammed one of its ships near Sabina Shoal on "
     "Monday, damaging its hull and injuring a crew member.",
     (("ASSAULT", "Chinese vessels=CHN", "ships=PHL"),)),
    ("Residents told AFP that gunmen from a Fulani militia killed 12 farmers in the Nigerian state of "
     "Benue overnight and burned their houses.",
     (("ASSAULT", "gunmen=NGA", "farmers=NGA"),)),
    ("The Taliban's spokesman said on Wednesday that Pakistani jets had bombed villages in Paktika "
     "province, killing women and children, and he warned of retaliation.",
     (("ASSAULT", "Pakistani jets=PAK", "villages=AFG"),
      ("THREATEN", "Taliban=AFG", "Pakistani=PAK"))),
    ("According to the Lebanese health ministry, Israeli air strikes killed eight people in the "
     "southern town of Nabatieh on Tuesday, including a paramedic.",
     (("ASSAULT", "Israeli air strikes=ISR", "people=LBN"),)),
    ("State television in Tehran reported that Iran's Revolutionary Guards had seized a foreign tanker "
     "in the Strait of Hormuz for smuggling fuel.",
     (("COERCE", "Revolutionary Guards=IRN", "tanker="),)),
    ("Venezuela's attorney general said on Monday that police had arrested an American citizen accused "
     "of plotting against President Nicolas Maduro.",
     (("COERCE", "police=VEN", "American citizen=USA"),)),
    ("The International Committee of the Red Cross said armed men had attacked one of its convoys in "
     "eastern Congo, wounding two drivers.",
     (("ASSAULT", "armed men=COD", "convoys=IGO"),)),
    ("Doctors Without Borders said on Friday that Sudanese paramilitary fighters had looted its clinic "
     "in the Darfur town of Nyala and beaten its staff.",
     (("ASSAULT", "Sudanese paramilitary fighters=SDN", "clinic=IGO"),)),
    ("The Colombian defence minister said FARC dissidents blew up an oil pipeline in Arauca on "
     "Sunday, spilling crude into a river that feeds several villages.",
     (("ASSAULT", "FARC dissidents=COL", "oil pipeline=COL"),)),
    # near misses: the reporting verb itself is an event (the speaker is the doer)
    ("Amnesty International accused Egyptian authorities on Tuesday of torturing detainees in a prison "
     "north of Cairo, and called for an independent inquiry.",
     (("ACCUSE", "Amnesty International=IGO", "Egyptian authorities=EGY"),)),
    ("The Ukrainian foreign ministry condemned Russia on Sunday for a missile strike on a children's "
     "hospital in Kyiv, calling it a war crime.",
     (("ACCUSE", "Ukrainian foreign ministry=UKR", "Russia=RUS"),)),
    ("The Somali president said on Thursday that his government would expel the Ethiopian ambassador "
     "over a port deal with the breakaway region of Somaliland.",
     (("THREATEN", "Somali president=SOM", "Ethiopian ambassador=ETH"),)),
    ("The head of the African Union commission urged Rwanda on Friday to withdraw its troops from "
     "eastern Congo, a spokesman for the commission said.",
     (("REQUEST", "African Union commission=IGO", "Rwanda=RWA"),)),
    ("Police in Karachi said they had arrested four men suspected of planning an attack on Chinese "
     "engineers working on a power plant in the city.",
     (("COERCE", "Police=PAK", "men=PAK"),)),
    ("Mali's military government said on state television that its troops had killed a senior "
     "commander of an al Qaeda affiliate in the central Mopti region.",
     (("ASSAULT", "troops=MLI", "commander=MLI"),)),
    # --- acts in subordinate clauses of time or reason
    ("After rebels of the M23 seized the town of Sake on Wednesday, the Congolese army shelled their "
     "positions in the surrounding hills, a local official said.",
     (("ASSAULT", "rebels=COD", "Sake=COD"),
      ("ASSAULT", "Congolese army=COD", "rebels=COD"))),
    ("After Hezbollah fired rockets at northern Israel on Monday, Israeli jets struck targets across "
     "southern Lebanon, the Israeli army said in a statement.",
     (("ASSAULT", "Hezbollah=LBN", "Israel=ISR"),
      ("ASSAULT", "Israeli jets=ISR", "Lebanon=LBN"))),
    ("Because Niger's junta had expelled French troops, France withdrew its ambassador from Niamey on "
     "Friday, the French foreign ministry said.",
     (("COERCE", "Niger's junta=NER", "French troops=FRA"),
      ("RETREAT", "France=FRA", "Niamey=NER"))),
    ("Hours after gunmen killed a police officer in Kashmir, Indian troops launched a search operation "
     "and detained 20 young men, residents said on Tuesday.",
     (("ASSAULT", "gunmen=IND", "police officer=IND"),
      ("COERCE", "Indian troops=IND", "young men=IND"))),
    ("When Houthi rebels attacked a cargo ship in the Red Sea on Sunday, an American destroyer shot "
     "down two of their drones, the US military said.",
     (("ASSAULT", "Houthi rebels=YEM", "cargo ship="),
      ("ASSAULT", "American destroyer=USA", "drones=YEM"))),
    ("Since Russia annexed Crimea in 2014, Ukraine has cut off water supplies to the peninsula, the "
     "Russian-installed governor said on Thursday.",
     (("COERCE", "Ukraine=UKR", "peninsula=UKR"),)),
    ("After Ethiopia signed a port deal with Somaliland, Somalia expelled the Ethiopian ambassador "
     "from Mogadishu on Thursday, the Somali foreign ministry said.",
     (("AGREE", "Ethiopia=ETH", "Somaliland=SOM"),
      ("COERCE", "Somalia=SOM", "Ethiopian ambassador=ETH"))),
    ("As protesters marched on the presidential palace in Dhaka, police opened fire with rubber "
     "bullets and arrested dozens of students, witnesses said.",
     (("PROTEST", "protesters=BGD", "presidential palace=BGD"),
      ("ASSAULT", "police=BGD", "protesters=BGD"),
      ("COERCE", "police=BGD", "students=BGD"))),
    ("Before the army took power in Gabon, President Ali Bongo had dismissed his chief of staff, an "
     "official in Libreville told Reuters on Wednesday.",
     (("COERCE", "army=GAB", ""),)),
    ("Two days after jihadists killed 30 soldiers in Niger's Tillaberi region, the junta declared "
     "three days of national mourning, state radio said.",
     (("ASSAULT", "jihadists=NER", "soldiers=NER"),)),
    ("Because Azerbaijan had blocked the Lachin corridor, Armenia appealed to the United Nations "
     "Security Council on Friday for an emergency meeting.",
     (("COERCE", "Azerbaijan=AZE", ""),
      ("REQUEST", "Armenia=ARM", "United Nations Security Council=IGO"))),
    ("After Chinese police detained a Canadian businessman in Dalian, Canada summoned the Chinese "
     "ambassador in Ottawa on Monday to demand his release.",
     (("COERCE", "Chinese police=CHN", "Canadian businessman=CAN"),
      ("REQUEST", "Canada=CAN", "Chinese ambassador=CHN"))),
    ("While Ukrainian troops were withdrawing from the town of Avdiivka, Russian aircraft bombed the "
     "road to the west, a Ukrainian commander told Reuters.",
     (("RETREAT", "Ukrainian troops=UKR", "Avdiivka=UKR"),
      ("ASSAULT", "Russian aircraft=RUS", "road=UKR"))),
    ("Once the rebels had released the 15 hostages, Colombian soldiers moved into the village of El "
     "Plateado, the army said on Saturday.",
     (("RETREAT", "rebels=COL", "hostages=COL"),
      ("MOBILIZE", "Colombian soldiers=COL", "El Plateado=COL"))),
    ("After the Sudanese army bombed a market in Omdurman, the Rapid Support Forces shelled the army's "
     "headquarters in Khartoum, residents said on Tuesday.",
     (("ASSAULT", "Sudanese army=SDN", "market=SDN"),
      ("ASSAULT", "Rapid Support Forces=SDN", "army's headquarters=SDN"))),
    ("Following the arrest of an opposition leader by Tanzanian police, his supporters blocked roads "
     "in Dar es Salaam on Monday, the party said.",
     (("COERCE", "Tanzanian police=TZA", "opposition leader=TZA"),
      ("PROTEST", "supporters=TZA", ""))),
    ("After North Korea launched a spy satellite, South Korea suspended part of a 2018 military "
     "agreement with Pyongyang on Wednesday, officials in Seoul said.",
     (("REJECT", "South Korea=KOR", "Pyongyang=PRK"),)),
    ("Because the Taliban had banned women from universities, the World Bank suspended funding for "
     "projects in Afghanistan, a bank spokeswoman said.",
     (("COERCE", "Taliban=AFG", "women=AFG"),
      ("SANCTION", "World Bank=IGO", "Afghanistan=AFG"))),
    ("When Serbian troops moved toward the border with Kosovo, NATO sent extra peacekeepers to "
     "northern Kosovo, the alliance said on Saturday.",
     (("MOBILIZE", "Serbian troops=SRB", "Kosovo=XKX"),
      ("MOBILIZE", "NATO=IGO", "Kosovo=XKX"))),
    ("After unknown attackers burned two churches in Pakistan's Punjab province, police arrested 100 "
     "people on Thursday, a provincial minister said.",
     (("ASSAULT", "", "churches=PAK"),
      ("COERCE", "police=PAK", "people=PAK"))),
    # near misses: the subordinate clause reports no event of its own
    ("After a week of talks in Doha, Israel and Hamas agreed on Friday to a six-week ceasefire in Gaza, "
     "the Qatari foreign ministry said.",
     (("AGREE", "Israel=ISR; Hamas=PSE", ""),)),
    ("Before flying to Beijing for a summit, the Brazilian president met the Argentine president in "
     "Brasilia on Tuesday, his office said.",
     (("CONSULT", "Brazilian president=BRA", "Argentine president=ARG"),)),
    ("Because of the heavy rains, the United Nations delivered food to 50,000 people in the Somali "
     "region of Gedo on Sunday, a UN spokesman said.",
     (("AID", "United Nations=IGO", "people=SOM"),)),
    # --- attributions, titles and places beside the event (register controls)
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in the Black Sea "
     "resort of Sochi on Monday to discuss grain exports, the Kremlin said.",
     (("CONSULT", "Turkish President Recep Tayyip Erdogan=TUR", "Russian President Vladimir Putin=RUS"),)),
    ("Japan gave $50 million in emergency aid to flood victims in Pakistan on Thursday, the Japanese "
     "embassy in Islamabad said in a statement.",
     (("AID", "Japan=JPN", "flood victims=PAK"),)),
    ("The European Union imposed sanctions on five Russian officials on Monday over the death in prison "
     "of opposition leader Alexei Navalny, EU foreign ministers said.",
     (("SANCTION", "European Union=IGO", "Russian officials=RUS"),)),
    ("Chilean President Gabriel Boric called on Venezuela on Sunday to publish the full results of "
     "its presidential election, speaking to reporters in Santiago.",
     (("REQUEST", "Chilean President Gabriel Boric=CHL", "Venezuela=VEN"),)),
    ("The Malian junta released a German priest on Wednesday who had been held for a year, the German "
     "foreign ministry said in Berlin.",
     (("RETREAT", "Malian junta=MLI", "German priest=DEU"),)),
    ("Indonesian police fired tear gas at students protesting outside parliament in Jakarta on Thursday "
     "against changes to the election law, local television showed.",
     (("COERCE", "Indonesian police=IDN", "students=IDN"),)),
    ("Peru's Congress rejected a proposal from President Dina Boluarte on Friday to bring forward the "
     "general election, a congressional spokesman said.",
     (("REJECT", "Peru's Congress=PER", "President Dina Boluarte=PER"),)),
    ("Thailand's Prime Minister said on Monday his government would send rice to Myanmar's Rakhine "
     "state once the fighting ends.",
     (("AID", "government=THA", "Myanmar=MMR"),)),
    ("Algeria recalled its ambassador from Paris on Tuesday after France backed Morocco's plan for "
     "Western Sahara, the Algerian foreign ministry said.",
     (("RETREAT", "Algeria=DZA", "Paris=FRA"),
      ("SUPPORT", "France=FRA", "Morocco=MAR"))),
    ("Egyptian mediators said on Saturday that Hamas had agreed to release four Israeli hostages in "
     "exchange for 200 Palestinian prisoners held by Israel.",
     (("AGREE", "Hamas=PSE", ""),)),
    ("The Nigerien army said on Sunday that its soldiers had killed 15 jihadists near the border with "
     "Burkina Faso, and that two of its men had been wounded.",
     (("ASSAULT", "soldiers=NER", "jihadists=NER"),)),
    ("Iran's foreign minister threatened on Wednesday to close the Strait of Hormuz if the United States "
     "attacked Iranian nuclear sites, the IRNA news agency reported.",
     (("THREATEN", "Iran's foreign minister=IRN", "United States=USA"),)),
    ("South African police arrested a former minister in Johannesburg on Tuesday on charges of "
     "corruption, the national prosecuting authority said.",
     (("COERCE", "South African police=ZAF", "former minister=ZAF"),)),
    ("The Bolivian government expelled a Peruvian diplomat on Thursday, accusing him of meddling in "
     "local politics, the foreign ministry in La Paz said.",
     (("COERCE", "Bolivian government=BOL", "Peruvian diplomat=PER"),
      ("ACCUSE", "Bolivian government=BOL", "Peruvian diplomat=PER"))),
    ("Greek coast guard officers rescued 80 migrants from a sinking boat off the island of Lesbos on "
     "Saturday, a coast guard spokeswoman said.",
     (("AID", "Greek coast guard officers=GRC", "migrants="),)),
    ("The Lebanese army said on Friday that Israeli troops had fired on a Lebanese patrol near the "
     "border village of Kfar Kila, wounding a soldier.",
     (("ASSAULT", "Israeli troops=ISR", "Lebanese patrol=LBN"),)),
    ("Zimbabwean police banned an opposition rally in Harare on Saturday, saying the organisers had "
     "failed to give notice, a party spokesman said.",
     (("COERCE", "Zimbabwean police=ZWE", "opposition=ZWE"),)),
    ("Kazakh President Kassym-Jomart Tokayev asked Russia for troops on Wednesday to help put down "
     "the unrest in Almaty, state media said.",
     (("REQUEST", "Kazakh President Kassym-Jomart Tokayev=KAZ", "Russia=RUS"),)),
    ("Speaking in Nairobi on Monday, the Kenyan interior minister accused Somali militants of planning "
     "attacks on tourist hotels along the coast.",
     (("ACCUSE", "Kenyan interior minister=KEN", "Somali militants=SOM"),)),
]


def actors(spec: str) -> list[dict[str, str]]:
    """``text=CODE; ...`` as gold actor records."""
    out = []
    for part in spec.split(";"):
        if not part.strip():
            continue
        text, _, code = part.rpartition("=")
        out.append({"actorText": text.strip(), "code": code.strip()})
    return out


def main() -> None:
    records = [
        {
            "id": f"news-{i:03d}",
            "text": text,
            "events": [{"event": ev, "source": actors(src), "target": actors(tgt)} for ev, src, tgt in events],
        }
        for i, (text, events) in enumerate(ROWS, start=1)
    ]
    out = Path(__file__).with_name("news.json")
    out.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(records)} rows, {sum(len(r['events']) for r in records)} events -> {out}")


if __name__ == "__main__":
    main()
