"""A probe of whose people were hurt: invented wire sentences, each with a casualty figure and/or an
attack, and the victims' identity the construction gives (nationality, side, civilians vs
combatants, foreign nationals), or nothing when the text does not say. A generic group ("people",
"civilians", "soldiers") never takes the perpetrator's or the claimant's country; it may take the
country of the place where it happened.

What is checked: the casualty figure whose text holds the row's key (its counted group's actor),
and, for rows that say so, the targets of the most confident ASSAULT event.

An expected identity is one or more alternatives joined by "|", each "CTRY" (that country, no
sector but civilians), "CTRY KIND" (that country and the sector KIND, "*" any sector), "-" (no
actor, or one with no country and no sector but civilians) or "- KIND" (no country, sector KIND)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.builders import check_victim_row as check_row

# (construction, text, figure key or None, expected victims, check the ASSAULT target too)
ROWS: list[tuple[str, str, str | None, str, bool]] = [
    # a demonym noun counted
    ("demonym", "Israeli air strikes killed 12 Palestinians in Gaza City overnight, the civil defence agency said.",
     "12", "PSE", True),
    ("demonym", "Russian missiles killed nine Ukrainians in a strike on Dnipro, officials said.", "nine", "UKR", True),
    ("demonym", "Rocket fire from Lebanon killed two Israelis in the northern town of Metula.", "two", "ISR", True),
    ("demonym", "At least 14 Afghans were killed when Pakistani jets struck border villages, the Taliban said.",
     "14", "AFG", False),
    ("demonym", "Houthi missiles killed three Saudis near the border city of Jazan, state media reported.",
     "three", "SAU", True),
    ("demonym", "Gunmen killed 23 Nigerians in an attack on a market in Zamfara state.", "23", "NGA", True),
    ("demonym", "Five Syrians died in Turkish drone strikes on Qamishli on Sunday.", "Five", "SYR", False),
    ("demonym", "Indian shelling killed four Pakistanis in Kashmir, Islamabad said.", "four", "PAK", True),
    ("demonym", "Pakistani shelling killed three Indians along the Line of Control, New Delhi said.", "three",
     "IND", True),
    ("demonym", "An Azerbaijani drone strike killed two Armenians near the border.", "two", "ARM", True),
    ("demonym", "Eleven Somalis were killed in a US air strike, local elders said.", "Eleven", "SOM", False),
    ("demonym", "A Ukrainian drone attack killed three Russians in the Kursk region, the governor said.", "three",
     "RUS", True),
    ("demonym", "Chinese coast guard water cannon injured eight Filipinos aboard a supply boat.", "eight", "PHL",
     False),
    ("demonym", "Israeli troops shot dead four Lebanese near the border fence, Beirut said.", "four", "LBN", True),
    # a demonym adjective before a group noun
    ("adj+noun", "Hezbollah fighters killed three Israeli soldiers in southern Lebanon.", "three", "ISR MIL", True),
    ("adj+noun", "Two Palestinian journalists were killed in an Israeli strike in Khan Younis.", "Two", "PSE MED",
     True),
    ("adj+noun", "Russian shelling wounded five Ukrainian police officers in Kherson.", "five", "UKR COP", True),
    ("adj+noun", "A Ukrainian drone killed four Russian soldiers near Bryansk, the ministry said.", "four",
     "RUS MIL", True),
    ("adj+noun", "Seven Sudanese civilians were killed by RSF shelling in El Fasher.", "Seven", "SDN CVL", True),
    ("adj+noun", "Israeli fire killed nine Lebanese civilians in the village of Aitaroun.", "nine", "LBN CVL", True),
    ("adj+noun", "Militants killed 11 Pakistani soldiers in an ambush in North Waziristan.", "11", "PAK MIL", True),
    ("adj+noun", "Al-Shabaab fighters killed eight Kenyan police officers in Mandera.", "eight", "KEN COP", True),
    ("adj+noun", "Four Malian soldiers died when their convoy hit a mine.", "Four", "MLI MIL", False),
    ("adj+noun", "Six Nigerian soldiers were killed in a Boko Haram ambush in Borno.", "Six", "NGA MIL", False),
    ("adj+noun", "Two Syrian health workers were killed in an air strike on Idlib.", "Two", "SYR HLH", False),
    ("adj+noun", "The strike killed three Yemeni fishermen off Hodeidah.", "three", "YEM *", True),
    ("adj+noun", "Nine Congolese civilians were killed by M23 rebels in North Kivu.", "Nine", "COD CVL", True),
    ("adj+noun", "Three American service members were killed in a drone attack on a base in Jordan.", "Three",
     "USA MIL", False),
    ("adj+noun", "Israeli strikes killed 15 Iranian military officers in Tehran.", "15", "IRN MIL", True),
    ("adj+noun", "Four Afghan police officers died in an Islamic State bombing in Kabul.", "Four", "AFG COP", False),
    ("adj+noun", "Cartel gunmen killed 13 Mexican police officers in an ambush in Michoacan.", "13", "MEX COP",
     True),
    ("adj+noun", "Gang members killed ten Haitian police officers in Port-au-Prince.", "ten", "HTI COP", True),
    ("adj+noun", "Turkish troops killed five Syrian soldiers in clashes near Manbij.", "five", "SYR MIL", True),
    ("adj+noun", "Ethiopian drone strikes wounded 16 Eritrean refugees near Shire.", "16", "ERI REF", True),
    # a generic "people" beside a perpetrator from another land: never the perpetrator's country
    ("generic+perp", "A Ukrainian drone strike killed four people in Belgorod, the regional governor said.", "four",
     "-|RUS", True),
    ("generic+perp", "Israeli strikes killed 40 people across Gaza on Saturday.", "40", "-|PSE", True),
    ("generic+perp", "A Russian missile strike killed 17 people in Kharkiv.", "17", "-|UKR", True),
    ("generic+perp", "Pakistani air strikes killed 46 people in Paktika province, Afghan officials said.", "46",
     "-|AFG", True),
    ("generic+perp", "Hamas gunmen killed 260 people at a music festival in southern Israel.", "260", "-|ISR", True),
    ("generic+perp", "An American drone strike killed seven people in Somalia's Lower Shabelle region.", "seven",
     "-|SOM", True),
    ("generic+perp", "Saudi-led air strikes killed 31 people in Yemen's Saada province.", "31", "-|YEM", True),
    ("generic+perp", "Rwandan-backed rebels killed 52 people in eastern Congo.", "52", "-|COD", True),
    ("generic+perp", "A Turkish drone killed five people in northern Iraq, Kurdish officials said.", "five",
     "-|IRQ", True),
    ("generic+perp", "Iranian missiles killed four people in Beersheba, Israeli medics said.", "four", "-|ISR",
     True),
    ("generic+perp", "Israeli jets killed 22 people in Beirut's southern suburbs.", "22", "-|LBN", True),
    ("generic+perp", "Indian missile strikes killed 26 people in Pakistan's Punjab province, Pakistan's army said.",
     "26", "-|PAK", True),
    ("generic+perp", "Thai artillery killed three people in Cambodia's Oddar Meanchey province.", "three", "-|KHM",
     True),
    ("generic+perp", "Cambodian rockets killed 12 people in Thailand's Sisaket province.", "12", "-|THA", True),
    ("generic+perp", "A Russian glide bomb killed 11 people in Zaporizhzhia.", "11", "-|UKR", True),
    ("generic+perp", "US strikes killed 74 people at the Ras Isa fuel port, Houthi media said.", "74", "-|YEM", True),
    ("generic+perp", "Israeli strikes on Syria killed eight people in Damascus.", "eight", "-|SYR", True),
    ("generic+perp", "Eritrean troops killed dozens of people in the Tigray town of Axum.", "dozens", "-|ETH", True),
    ("generic+perp", "A Sudanese army air strike killed 19 people in a market in Chad.", "19", "-|TCD", True),
    # civilians beside a perpetrator from another land
    ("civ+perp", "Russian shelling killed five civilians in Kherson.", "five", "- CVL|UKR CVL", True),
    ("civ+perp", "Israeli strikes killed 18 civilians in southern Lebanon.", "18", "- CVL|LBN CVL", True),
    ("civ+perp", "Ukrainian drones killed three civilians in the Kursk region, Russian officials said.", "three",
     "- CVL|RUS CVL", True),
    ("civ+perp", "Hamas rockets killed two civilians in Ashkelon.", "two", "- CVL|ISR CVL", True),
    ("civ+perp", "Hezbollah rockets killed three civilians in Kiryat Shmona.", "three", "- CVL|ISR CVL", True),
    ("civ+perp", "RSF fighters killed at least 200 civilians in Zamzam camp.", "200", "- CVL|SDN CVL", True),
    ("civ+perp", "US air strikes killed 12 civilians in Yemen, the Houthis said.", "12", "- CVL|YEM CVL", True),
    ("civ+perp", "Saudi air strikes killed 20 civilians in Saada.", "20", "- CVL|YEM CVL", True),
    ("civ+perp", "Pakistani jets killed nine civilians in Khost, the Taliban government said.", "nine",
     "- CVL|AFG CVL", True),
    ("civ+perp", "Myanmar junta air strikes killed 30 civilians in Sagaing region.", "30", "- CVL|MMR CVL", True),
    ("civ+perp", "Indian shelling killed 12 civilians in Pakistani Kashmir.", "12", "- CVL|PAK CVL", True),
    ("civ+perp", "A Turkish drone strike killed four civilians in northeast Syria.", "four", "- CVL|SYR CVL", True),
    ("civ+perp", "Israeli fire killed 31 civilians waiting for aid near Rafah, witnesses said.", "31",
     "- CVL|PSE CVL", True),
    ("civ+perp", "Russian missiles killed eight civilians, including two children, in Sumy.", "eight",
     "- CVL|UKR CVL", True),
    ("civ+perp", "Iranian missiles killed three civilians in Tel Aviv.", "three", "- CVL|ISR CVL", True),
    ("civ+perp", "Azerbaijani shelling killed two civilians in Armenia's Syunik province.", "two", "- CVL|ARM CVL",
     True),
    ("civ+perp", "Hamas killed six hostages in a tunnel in Rafah, the Israeli army said.", "six", "- CVL|ISR CVL",
     True),
    # soldiers or police beside a perpetrator from another land
    ("mil+perp", "Russian drones killed six soldiers near Pokrovsk.", "six", "- MIL|UKR MIL", True),
    ("mil+perp", "Hezbollah killed two soldiers in northern Israel.", "two", "- MIL|ISR MIL", True),
    ("mil+perp", "Israeli strikes killed four soldiers near Damascus.", "four", "- MIL|SYR MIL", True),
    ("mil+perp", "A Taliban attack killed ten soldiers in Pakistan's Kurram district.", "ten", "- MIL|PAK MIL",
     True),
    ("mil+perp", "Ukrainian strikes killed 20 soldiers in the Kursk region.", "20", "- MIL|RUS MIL", True),
    ("mil+perp", "Thai shelling killed two soldiers in Cambodia.", "two", "- MIL|KHM MIL", True),
    ("mil+perp", "Afghan forces killed 23 soldiers at Pakistani border posts, Kabul said.", "23", "- MIL|PAK MIL",
     True),
    ("mil+perp", "Militants killed five police officers in Khyber Pakhtunkhwa.", "five", "- COP|PAK COP", True),
    ("mil+perp", "Israeli troops killed three police officers in Gaza City.", "three", "- COP|PSE COP", True),
    # the own side's people ("two of its soldiers")
    ("own", "The Israeli army said two of its soldiers were killed in the northern Gaza Strip.", "two", "ISR MIL",
     False),
    ("own", "Hamas said 15 of its fighters were killed in the clashes.", "15", "PSE REB", False),
    ("own", "The Russian Defence Ministry said three of its servicemen died in the attack.", "three", "RUS MIL",
     False),
    ("own", "Ukraine's navy said four of its sailors were wounded in the attack.", "four", "UKR MIL", False),
    ("own", "Hezbollah said six of its members were killed in Israeli strikes.", "six", "LBN REB", False),
    ("own", "The Pakistani army said 12 of its soldiers were killed in an ambush.", "12", "PAK MIL", False),
    ("own", "Nigeria's army said eight of its troops died in the Boko Haram raid.", "eight", "NGA MIL", False),
    ("own", "Kenya said four of its police officers were killed by a roadside bomb.", "four", "KEN COP", False),
    ("own", "The M23 said 20 of its fighters had been killed by Congolese army drones.", "20", "COD REB", False),
    ("own", "Al-Shabaab said 10 of its fighters died in the US strike.", "10", "SOM REB", False),
    ("own", "The United States said three of its soldiers were wounded in a rocket attack in Syria.", "three",
     "USA MIL", False),
    ("own", "Thailand said two of its soldiers were wounded by a landmine laid by Cambodian forces.", "two",
     "THA MIL", False),
    ("own", "Israel said three of its citizens were killed in the attack in Jordan.", "three", "ISR", False),
    ("own", "India said five of its nationals were among those killed in Kyiv.", "five", "IND", False),
    ("own", "Iran said Israeli strikes had killed 600 of its people.", "600", "IRN", False),
    ("own", "Sudan's army said RSF drones killed seven of its soldiers.", "seven", "SDN MIL", False),
    ("own", "Russia said Ukrainian drones killed four of its citizens in Belgorod.", "four", "RUS", False),
    ("own", "The Houthis said US strikes killed 20 of their fighters.", "20", "YEM REB|YEM *", False),
    ("own", "Ukrainian officials said Russian drones had killed three of their firefighters in Kharkiv.", "three",
     "UKR *", False),
    # among the dead; foreign nationals
    ("among", "Among the dead were five Nigerian nationals, the embassy said.", "five", "NGA", False),
    ("among", "Two British aid workers were among those killed in the strike on the convoy.", "Two", "GBR NGO",
     False),
    ("among", "The dead included three Thai farm workers.", "three", "THA *", False),
    ("among", "Four Chinese nationals were killed in a suicide bombing in Karachi.", "Four", "CHN", False),
    ("among", "Nine foreign nationals were among the 40 people killed in the attack on the hotel.", "Nine", "-",
     False),
    ("among", "Nine foreign nationals were among the 40 people killed in the attack on the hotel.", "40", "-",
     False),
    ("among", "Six Indian nationals were killed when a Houthi missile hit the ship.", "Six", "IND", False),
    ("among", "Three Americans were among the 20 dead, the State Department said.", "Three", "USA", False),
    ("among", "Two French citizens were killed in the attack in Bamako.", "Two", "FRA", False),
    ("among", "The victims included 11 Egyptian workers.", "11", "EGY *", False),
    ("among", "Gunmen killed 12 foreigners at a mining site in northern Burkina Faso.", "12", "-", True),
    ("among", "Seven Nepali students were killed in the Hamas attack on the kibbutz.", "Seven", "NPL *", False),
    ("among", "Five workers from Nepal were wounded in the rocket attack on Margaliot.", "Five", "NPL *", False),
    ("among", "Three tourists from Germany were wounded in the stabbing in Villach.", "Three", "DEU *", False),
    ("among", "Two citizens of Ghana were among those killed in the blast in Lome.", "Two", "GHA", False),
    # women and children; apposition and inclusion
    ("apposition", "Israeli strikes killed 25 people, mostly women and children, in Gaza.", "25",
     "-|PSE|- CVL|PSE CVL", True),
    ("apposition", "Russian missiles killed 14 people in Odesa; the victims, mostly women and children, were "
     "sheltering in a school.", "14", "-|UKR|- CVL|UKR CVL", True),
    ("apposition", "An RSF drone attack killed 30 people, including 12 children, in El Obeid.", "12",
     "- CVL|SDN CVL", False),
    ("apposition", "An RSF drone attack killed 30 people, including 12 children, in El Obeid.", "30",
     "-|SDN|- CVL|SDN CVL", True),
    ("apposition", "At least 70 people, many of them children, died when Israeli strikes hit a school in Gaza City.",
     "70", "-|PSE|- CVL|PSE CVL", False),
    ("apposition", "Houthi drone attacks wounded eight people in Eilat, among them two children.", "two",
     "- CVL|ISR CVL", False),
    ("apposition", "The attack killed nine villagers, including four women, in Zamfara.", "nine", "- CVL|NGA CVL",
     False),
    ("apposition", "Ukrainian shelling killed six people in Belgorod, among them a Russian journalist.", "six",
     "-|RUS", True),
    # militants and combatants
    ("militants", "At least 30 militants were killed in army raids in North Waziristan, the military said.", "30",
     "- REB|PAK REB", False),
    ("militants", "Israeli troops killed 20 Hamas fighters in Rafah, the army said.", "20", "PSE REB", True),
    ("militants", "Nigerian air strikes killed 50 Boko Haram fighters near Lake Chad.", "50", "NGA REB", True),
    ("militants", "Somali forces killed 35 al-Shabaab militants in Middle Shabelle.", "35", "SOM REB", True),
    ("militants", "Russian forces killed 150 Ukrainian troops near Pokrovsk, the ministry claimed.", "150",
     "UKR MIL", True),
    ("militants", "Ukraine said it killed 1,200 Russian soldiers in the past day.", "1,200", "RUS MIL", True),
    ("militants", "The Israeli army said it killed 12 Hezbollah operatives in southern Lebanon.", "12", "LBN REB",
     True),
    ("militants", "Turkish jets killed 18 PKK militants in northern Iraq.", "18", "TUR REB|- REB", True),
    ("militants", "Malian troops killed 40 jihadists in central Mali.", "40", "- REB|MLI REB", True),
    ("militants", "US strikes killed 14 Islamic State militants in Syria.", "14", "- REB|SYR REB", True),
    ("militants", "Colombian troops killed seven FARC dissidents in a bombing raid in Guaviare.", "seven",
     "COL REB|- REB", True),
    ("militants", "Indian forces killed four militants in Kashmir.", "four", "- REB|IND REB|PAK REB", True),
    ("militants", "Israeli forces killed nine gunmen in Jenin.", "nine", "- REB|PSE REB", True),
    ("militants", "The Sudanese army said its drones killed 60 RSF fighters in Darfur.", "60", "SDN REB|SDN *",
     True),
    # passives
    ("passive", "Twelve Palestinians were killed by Israeli fire in the West Bank.", "Twelve", "PSE", True),
    ("passive", "Four people were killed by a Russian drone in Kherson.", "Four", "-|UKR", True),
    ("passive", "Three civilians were wounded by Ukrainian shelling in Belgorod.", "Three", "- CVL|RUS CVL", True),
    ("passive", "Eight Israelis were wounded by shrapnel from an Iranian missile.", "Eight", "ISR", True),
    ("passive", "Nine Lebanese soldiers were killed by an Israeli strike on an army post.", "Nine", "LBN MIL", True),
    ("passive", "Six people were killed by Pakistani shelling in Poonch, Indian officials said.", "Six", "-|IND",
     True),
    ("passive", "Ten farmers were killed by herders in Benue state.", "Ten", "- *|NGA *", True),
    ("passive", "At least 15 worshippers were killed by gunmen who stormed a mosque in Niger.", "15", "- *|NER *",
     True),
    ("passive", "Five aid workers were killed by an Israeli strike in Deir al-Balah.", "Five", "- NGO|PSE NGO", True),
    ("passive", "Two journalists were killed by a Russian drone near Kramatorsk.", "Two", "- MED|UKR MED", True),
    ("passive", "Eleven soldiers were killed by an RSF drone in Port Sudan.", "Eleven", "- MIL|SDN MIL", True),
    ("passive", "Seven Ukrainian civilians were killed by a Russian bomb in Kupiansk.", "Seven", "UKR CVL", True),
    # participles
    ("participle", "An Israeli drone struck a car in Tyre, killing three Lebanese soldiers.", "three", "LBN MIL",
     True),
    ("participle", "Russian missiles hit an apartment block in Dnipro, killing 23 people.", "23", "-|UKR", True),
    ("participle", "A Ukrainian drone hit a bus in the Kursk region, killing five people.", "five", "-|RUS", True),
    ("participle", "Gunmen stormed a church in Ondo state, killing 40 worshippers.", "40", "- *|NGA *", True),
    ("participle", "An al-Shabaab suicide bomber struck a recruitment centre in Mogadishu, killing 13 soldiers.",
     "13", "- MIL|SOM MIL", True),
    ("participle", "Pakistani jets bombed hideouts in Afghanistan, killing eight people, the Taliban said.", "eight",
     "-|AFG", True),
    ("participle", "Israeli tanks shelled a shelter in Khan Younis, wounding 30 displaced Palestinians.", "30",
     "PSE *", True),
    ("participle", "Hezbollah fired rockets at Nahariya, killing two Israeli civilians.", "two", "ISR CVL", True),
    ("participle", "Houthi missiles struck a cargo ship in the Red Sea, killing three crew members.", "three",
     "- *", True),
    ("participle", "Iraqi militias fired drones at a US base, wounding four American troops.", "four", "USA MIL",
     True),
    ("participle", "RSF fighters shelled a market in Omdurman, killing 54 people.", "54", "-|SDN", True),
    ("participle", "Syrian government jets bombed a market in Idlib, killing 19 civilians.", "19", "- CVL|SYR CVL",
     True),
    # lists
    ("list", "Two Israelis and a Thai national were killed in the rocket attack.", "Two", "ISR", False),
    ("list", "The strike killed 11 Palestinians and two Egyptian border guards.", "11", "PSE", False),
    ("list", "The strike killed 11 Palestinians and two Egyptian border guards.", "two", "EGY *", False),
    ("list", "Three Ukrainian soldiers and two civilians were killed in the shelling.", "Three", "UKR MIL", False),
    ("list", "Three Ukrainian soldiers and two civilians were killed in the shelling.", "two", "- CVL|UKR CVL",
     False),
    ("list", "The dead included four Russian soldiers and a Belarusian volunteer.", "four", "RUS MIL", False),
    ("list", "Five Malian soldiers and 12 Wagner fighters died in the ambush near Tinzaouaten.", "Five", "MLI MIL",
     False),
    ("list", "Five Malian soldiers and 12 Wagner fighters died in the ambush near Tinzaouaten.", "12", "RUS *|- *",
     False),
    ("list", "Israeli strikes killed seven Syrian soldiers and three Iranian advisers.", "seven", "SYR MIL", False),
    ("list", "Israeli strikes killed seven Syrian soldiers and three Iranian advisers.", "three", "IRN *", False),
    ("list", "The blast killed nine Afghan civilians and two Pakistani soldiers.", "nine", "AFG CVL", False),
    ("list", "The blast killed nine Afghan civilians and two Pakistani soldiers.", "two", "PAK MIL", False),
    # pronouns and possessives
    ("pronoun", "Gunmen attacked the village of Yelwata overnight, killing 43 of its residents.", "43",
     "- CVL|NGA CVL", True),
    ("pronoun", "Residents of Khan Younis said Israeli strikes destroyed their homes and killed 14 of their "
     "neighbours.", "14", "- *|PSE *", False),
    ("pronoun", "Israeli officials said Hezbollah rockets had killed two of their citizens.", "two", "ISR", False),
    ("pronoun", "Ukrainian villagers said Russian troops burned their houses and shot five of their neighbours.",
     "five", "- *|UKR *", False),
    # hospitals and health workers: the hospital is a place; health officials are the source
    ("health", "An Israeli strike on the Al-Ahli hospital killed 15 people, Gaza health officials said.", "15",
     "-|PSE", True),
    ("health", "A Russian missile hit a children's hospital in Kyiv, killing two people.", "two", "-|UKR", True),
    ("health", "Three Palestinian health workers were killed in a strike near Nasser hospital.", "Three", "PSE HLH",
     False),
    ("health", "An RSF attack on the Saudi hospital in El Fasher killed 70 patients.", "70", "- *|SDN *", True),
    ("health", "Four Israeli paramedics were wounded by a Hezbollah drone.", "Four", "ISR HLH", True),
    ("health", "A Saudi-led strike on a hospital in Hajjah killed seven people, MSF said.", "seven", "-|YEM", True),
    ("health", "Two Ukrainian medics were killed when a Russian drone hit their ambulance.", "Two", "UKR HLH", False),
    ("health", "The health ministry in Gaza said 42 people were killed in the past 24 hours.", "42", "-|PSE", False),
    ("health", "Lebanon's health ministry said Israeli strikes killed 12 people in the south.", "12", "-|LBN", True),
    ("health", "Doctors at Kamal Adwan hospital said the strike killed eight people.", "eight", "-|PSE", False),
    ("health", "A junta air strike killed five doctors at a hospital in Sagaing, the opposition said.", "five",
     "- HLH|MMR HLH", True),
    ("health", "Israeli strikes killed 4 Lebanese paramedics in Nabatieh, the health ministry said.", "4",
     "LBN HLH", True),
    # the claimant is not the victim
    ("claimant", "Russia's defence ministry said Ukrainian drones killed three people in Bryansk.", "three", "-|RUS",
     True),
    ("claimant", "Ukraine's emergency service said Russian bombs killed nine people in Zaporizhzhia.", "nine",
     "-|UKR", True),
    ("claimant", "The Nigerian army said Boko Haram fighters killed 18 people in Borno.", "18", "-|NGA", True),
    ("claimant", "Iranian state media said Israeli strikes killed 60 people in Tehran.", "60", "-|IRN", True),
    ("claimant", "Israel said Iranian missiles killed 24 people in Bat Yam and Rehovot.", "24", "-|ISR", True),
    ("claimant", "Hamas said 40 people were killed in Israeli strikes on Jabalia.", "40", "-|PSE", False),
    ("claimant", "The Kremlin said 10 people were killed in the Ukrainian attack on Lgov.", "10", "-|RUS", False),
    ("claimant", "A spokesman for the Israeli army said three people were wounded in Jerusalem.", "three", "-|ISR",
     False),
    ("claimant", "Sudan's foreign ministry said RSF fighters killed 120 people in Wad al-Noura.", "120", "-|SDN",
     True),
    # a pronoun or an earlier sentence names the perpetrator; the victims stay theirs
    ("pronoun perp", "Israel has pounded Gaza for months. They have killed several thousand children, the minister "
     "said.", "several thousand", "- CVL|PSE CVL", True),
    ("pronoun perp", "Russia fired 40 missiles at Ukraine overnight. They killed 12 people in Lviv.", "12", "-|UKR",
     True),
    ("pronoun perp", "Hamas launched a barrage of rockets at southern Israel. It killed three civilians in Sderot.",
     "three", "- CVL|ISR CVL", True),
    ("pronoun perp", "The RSF stormed the camp on Friday. Its fighters killed 40 civilians, witnesses said.", "40",
     "- CVL|SDN CVL", True),
    ("pronoun perp", "Ukraine launched a wave of drones at Russia. They killed two civilians in the Belgorod region.",
     "two", "- CVL|RUS CVL", True),
    ("pronoun perp", "Pakistan said its jets had bombed militant hideouts. They killed 30 civilians in Paktika, "
     "Afghan officials said.", "30", "- CVL|AFG CVL", True),
    ("pronoun perp", "The Israeli military said it struck Hezbollah targets. The strikes killed five people in Tyre.",
     "five", "-|LBN", True),
    ("pronoun perp", "Iran fired missiles at Israel overnight. The attack killed four people in Beersheba.", "four",
     "-|ISR", True),
    ("pronoun perp", "Houthi forces attacked a bulk carrier. The attack killed three sailors, the operator said.",
     "three", "- *", True),
    # (the monastery bombed is a religious institution, REL: the manual's sector table, 5.2)
    ("pronoun perp", "The Myanmar military bombed a monastery. The raid killed 23 people, including four children.",
     "23", "-|MMR|- REL|MMR REL", True),
    ("pronoun perp", "India struck nine sites in Pakistan. Islamabad said the strikes killed 31 civilians.", "31",
     "- CVL|PAK CVL", True),
    ("pronoun perp", "Russia's army pressed its offensive near Pokrovsk. Its drones killed six civilians there.",
     "six", "- CVL|UKR CVL", True),
    ("pronoun perp", "Israeli troops raided the camp. They shot dead three teenagers, the Palestinian health "
     "ministry said.", "three", "- CVL|PSE CVL|-|PSE", True),
    ("pronoun perp", "Boko Haram fighters stormed the town at dawn. They killed 37 villagers.", "37",
     "- CVL|NGA CVL", True),
    ("pronoun perp", "The Sudanese army bombed the market. Its planes killed 43 traders, activists said.", "43",
     "- *|SDN *", True),
    # a quoted accusation: the speaker's side is the victims' side only when the words say so
    ("quoted", "\"They have massacred several thousand children,\" the Iranian foreign minister said of Israel.",
     "several thousand", "- CVL|PSE CVL", True),
    ("quoted", "\"They killed 200 of our children,\" a Palestinian official said of the Israeli strikes.", "200",
     "PSE CVL|- CVL", False),
    ("quoted", "\"Russia has killed thousands of our civilians,\" the Ukrainian president said.", "thousands",
     "UKR CVL", False),
    ("quoted", "\"Hamas murdered 1,200 of our people,\" the Israeli prime minister said.", "1,200", "ISR", False),
    ("quoted", "\"Ukraine killed 30 civilians in Kursk,\" the Russian foreign ministry said.", "30",
     "- CVL|RUS CVL", True),
    ("quoted", "\"The Israelis killed 20 of our fighters,\" a Hezbollah commander said.", "20", "LBN REB|LBN *",
     False),
    # nothing says whose
    ("none", "The death toll from the attack rose to 45 on Monday.", "45", "-", False),
    ("none", "At least 19 people were killed in the blast, police said.", "19", "-", False),
    ("none", "Police said 12 people died in the attack.", "12", "-", False),
    ("none", "The army said seven people were wounded in the explosion.", "seven", "-", False),
    ("none", "Officials said 23 people were killed when the bus was hit.", "23", "-", False),
    ("none", "The Red Cross said 18 people were injured.", "18", "-", False),
]

# an attack told without a figure: (construction, text, expected targets of the ASSAULT event)
ATTACKS: list[tuple[str, str, str]] = [
    ("target", "Russian forces shelled residential areas of Kherson.", "-|UKR|- CVL|UKR CVL|UKR *"),
    ("target", "Israeli jets struck Hezbollah positions in southern Lebanon.", "LBN REB|LBN *"),
    ("target", "Hamas fired rockets at Tel Aviv.", "-|ISR|ISR *"),
    ("target", "RSF fighters attacked displaced civilians in Zamzam camp.", "- CVL|SDN CVL"),
    ("target", "Boko Haram fighters attacked a military base in Borno.", "NGA MIL|- MIL"),
    ("target", "Israeli settlers attacked Palestinian farmers near Ramallah.", "PSE *"),
    ("target", "Indian troops fired on Pakistani posts along the Line of Control.", "PAK MIL|PAK *"),
    ("target", "The army shelled rebel positions in North Kivu.", "- REB|COD REB"),
    ("target", "Ukrainian forces struck a Russian ammunition depot in Crimea.", "RUS *"),
    ("target", "Israeli troops opened fire on crowds waiting for aid in Gaza.", "-|PSE|- CVL|PSE CVL"),
    ("target", "Russian drones attacked an ambulance in Kherson.", "-|UKR|UKR *|- HLH"),
    ("target", "Ukrainian drones attacked a hospital in Russia's Kursk region.", "-|RUS|RUS *|- HLH"),
    ("target", "Pakistani jets bombed Afghan border posts in Kunar.", "AFG *"),
    ("target", "Houthi forces attacked a Greek-owned tanker in the Red Sea.", "-|GRC *"),
    ("target", "Gunmen attacked Christian villagers in Plateau state.", "- CVL|NGA CVL|- *|NGA *"),
    ("target", "Israeli forces attacked Palestinian journalists in Hebron.", "PSE MED"),
]


def _row_ok(outcome: dict[str, str]) -> bool:
    # a missing figure or event is a matter for the figures and events stages, not for the victims
    return all(v == "ok" or v.startswith("no ") for v in outcome.values())


# rows whose victims the pipeline does not yet give (strict: a row that starts passing fails here)
GAPS: set[str] = {
    'Russian shelling wounded five Ukrainian police officers in K#five',
    'Malian troops killed 40 jihadists in central Mali.#40',
    'Colombian troops killed seven FARC dissidents in a bombing r#seven',
    'An al-Shabaab suicide bomber struck a recruitment centre in #13',
    'Hezbollah fired rockets at Nahariya, killing two Israeli civ#two',
    'Syrian government jets bombed a market in Idlib, killing 19 #19',
    "A Russian missile hit a children's hospital in Kyiv, killing#two",
    'An RSF attack on the Saudi hospital in El Fasher killed 70 p#70',
    'Israel has pounded Gaza for months. They have killed several#several thousand',
    'Hamas launched a barrage of rockets at southern Israel. It k#three',
    'Ukraine launched a wave of drones at Russia. They killed two#two',
    'The Israeli military said it struck Hezbollah targets. The s#five',
    'Boko Haram fighters attacked a military base in Borno.#None',
}


def _param(text: str, key: str | None) -> Any:
    rid = f"{text[:60]}#{key}"
    marks = [pytest.mark.xfail(strict=True, reason="victims gap")] if rid in GAPS else []
    return pytest.param(rid, marks=marks, id=rid)


ROW_BY_ID = {f"{r[1][:60]}#{r[2]}": r for r in ROWS}
ATTACK_BY_ID = {f"{r[1][:60]}#None": r for r in ATTACKS}


def test_the_probe_is_large_and_every_construction_has_rows() -> None:
    assert len(ROWS) + len(ATTACKS) >= 150
    assert len(ROW_BY_ID) == len(ROWS) and len(ATTACK_BY_ID) == len(ATTACKS)
    kinds = {r[0] for r in ROWS}
    assert {"demonym", "generic+perp", "civ+perp", "own", "passive", "participle", "none"} <= kinds


@pytest.mark.parametrize("rid", [_param(r[1], r[2]) for r in ROWS])
def test_figure_victims(rid: str) -> None:
    _, text, key, spec, event = ROW_BY_ID[rid]
    outcome = check_row(text, key, spec, event)
    assert _row_ok(outcome), outcome


@pytest.mark.parametrize("rid", [_param(r[1], None) for r in ATTACKS])
def test_attack_targets(rid: str) -> None:
    _, text, spec = ATTACK_BY_ID[rid]
    outcome = check_row(text, None, spec, True)
    assert _row_ok(outcome), outcome
