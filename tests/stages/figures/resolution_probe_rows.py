"""Rows of the blind probe of figure-source resolution (test_source_resolution_probe.py): invented
passages in which the body that states a figure is named by a description or a pronoun, or by one
of several spellings of one body. A row is (id, class, kind, text, number as written (once in the
text), expected words, expected code): the words are alternatives ("|" between them) of which one
must be in the source as written or its resolved actor's name (the body's identity as the text
first names it), the code a country or IGO code that must be one of the resolved actor's code
parts (None: not scored). A text holding a blank line carries its own headline."""

from __future__ import annotations

ResRow = tuple[str, str, str, str, str, str, "str | None"]

GAZA_MOH = "health ministry|ministry of health"
IDF = "military|army|defense forces|defence forces|idf"
UN_BODY = "united nations|un|u.n."

ROWS: list[ResRow] = [
    # -- "the group" / "the movement" after two organisations: the one the description agrees with,
    #    or the salient (last subject) one ---------------------------------------------------------
    ("res-001", "group after two", "positive", "The Israeli military said it had struck Hamas positions in "
     "Khan Younis. The militant group said 14 of its fighters were killed.", "14", "Hamas", "PSE"),
    ("res-002", "group after two", "positive", "Islamic Jihad said it had fired rockets at Sderot. Hamas, "
     "which runs Gaza, said it was not involved. The group said 6 of its members were arrested in the West "
     "Bank.", "6", "Hamas", "PSE"),
    ("res-003", "group after two", "positive", "The army of Sudan accused the Rapid Support Forces of "
     "looting a hospital. The paramilitary group said 33 of its soldiers died in army air strikes.", "33",
     "Rapid Support Forces|RSF", "SDN"),
    ("res-004", "group after two", "positive", "Hezbollah said its fighters had clashed with Israeli "
     "troops near the border. The group said 4 of its members were killed.", "4", "Hezbollah", "LBN"),
    ("res-005", "group after two", "positive", "Yemen's Houthi movement said U.S. and British jets had "
     "bombed Hodeidah overnight. The movement said 16 people were killed.", "16", "Houthi|Houthis", "YEM"),
    ("res-006", "group after two", "positive", "The Israeli army said it had killed a commander of Hamas. "
     "The Islamist movement said 9 civilians died in the same strike.", "9", "Hamas", "PSE"),
    ("res-007", "group after two", "positive", "The Tigray People's Liberation Front accused Ethiopian "
     "federal forces of attacking Mekelle. The front said 27 civilians were killed.", "27",
     "Tigray People's Liberation Front|TPLF", "ETH"),
    ("res-008", "group after two", "positive", "The Arakan Army said Myanmar's military had bombed a "
     "monastery in Rakhine state. The ethnic armed group said 22 villagers died.", "22", "Arakan Army", "MMR"),
    ("res-009", "group after two", "near miss", "Hamas and Islamic Jihad both claimed attacks on Israeli "
     "troops. The Israeli military said 3 soldiers were wounded.", "3", IDF, "ISR"),
    ("res-010", "group after two", "near miss", "The Rapid Support Forces said they had taken a town in "
     "Darfur. The army said 200 paramilitary fighters were killed there.", "200", "army|armed forces", "SDN"),
    ("res-011", "group after two", "positive", "Hamas said a ceasefire deal was close. Islamic Jihad, a "
     "smaller group allied with it, said 12 of its fighters were killed in Jenin; the group did not give "
     "names.", "12", "Islamic Jihad", "PSE"),
    ("res-012", "group after two", "positive", "Al-Shabaab fighters attacked an army base in southern "
     "Somalia, the Somali government said. The al-Qaeda-linked group said it killed 47 soldiers.", "47",
     "al-Shabaab|shabaab", "SOM"),
    ("res-013", "group after two", "positive", "JNIM, an al-Qaeda affiliate, attacked a convoy of the "
     "Malian army near Timbuktu. The jihadist group said 18 soldiers were killed.", "18", "JNIM", None),
    ("res-014", "group after two", "near miss", "Hezbollah fired rockets at northern Israel after Israeli "
     "strikes on Lebanon. Israel's military said 2 civilians were hurt by the rockets.", "2", IDF, "ISR"),
    # -- "the ministry" / "the health ministry" under a dateline of another country ----------------
    ("res-015", "ministry over dateline", "positive", "JERUSALEM (AP) — Israeli airstrikes hit a school "
     "sheltering displaced families in central Gaza on Tuesday. The health ministry in the territory said "
     "31 people were killed.", "31", GAZA_MOH, "PSE"),
    ("res-016", "ministry over dateline", "positive", "JERUSALEM (Reuters) - An Israeli strike on a house "
     "in Rafah killed 12 members of one family, the health ministry said.", "12", GAZA_MOH, "PSE"),
    ("res-017", "ministry over dateline", "positive", "TEL AVIV (AP) — Israeli tanks pushed deeper into "
     "Gaza City overnight. At least 54 Palestinians were killed, the ministry said on Wednesday.", "54",
     GAZA_MOH, "PSE"),
    ("res-018", "ministry over dateline", "positive", "CAIRO (AP) — Fighting between the army and the "
     "Rapid Support Forces in Khartoum killed 56 civilians this week, the health ministry said.", "56",
     "health ministry|ministry of health", "SDN"),
    ("res-019", "ministry over dateline", "positive", "BEIRUT (AP) — An Israeli strike on a village in "
     "southern Lebanon killed 7 people, the health ministry said.", "7", "health ministry|ministry of health",
     "LBN"),
    ("res-020", "ministry over dateline", "positive", "DUBAI (Reuters) - U.S. strikes on the fuel port of "
     "Ras Isa killed 38 people, the Houthi-run health ministry said.", "38",
     "health ministry|ministry of health", "YEM"),
    ("res-021", "ministry over dateline", "positive", "ISTANBUL (Reuters) - Russian air strikes on the "
     "rebel-held province of Idlib killed 11 people, the Syrian opposition's health directorate said.", "11",
     "health directorate|opposition", "SYR"),
    ("res-022", "ministry over dateline", "positive", "KYIV, Ukraine (AP) — Russian missiles struck an "
     "apartment block in Dnipro overnight. The interior ministry said 23 people were killed.", "23",
     "interior ministry|ministry of internal affairs|interior", "UKR"),
    ("res-023", "ministry over dateline", "positive", "MOSCOW (Reuters) - Russia's defence ministry said on "
     "Monday its forces had shot down 41 Ukrainian drones over the Belgorod region. The ministry said "
     "nobody was hurt.", "41", "defence ministry|defense ministry|ministry of defence", "RUS"),
    ("res-024", "ministry over dateline", "near miss", "KYIV (Reuters) - Russia's defence ministry said 70 "
     "Ukrainian soldiers were killed in fighting in the Kharkiv region.", "70",
     "defence ministry|defense ministry|ministry of defence", "RUS"),
    ("res-025", "ministry over dateline", "positive", "KYIV (Reuters) - Ukraine's defence ministry said it "
     "had received new air defence systems. Russia's defence ministry said its troops had taken a village "
     "near Pokrovsk. The ministry said 130 Ukrainian soldiers died in the battle.", "130",
     "defence ministry|defense ministry|ministry of defence", "RUS"),
    ("res-026", "ministry over dateline", "positive", "MOSCOW (AP) — Russia's foreign ministry summoned "
     "Ukraine's envoy. Ukraine's defence ministry said on Friday that 19 Russian tanks were destroyed near "
     "Avdiivka, and the ministry gave no other details.", "19",
     "defence ministry|defense ministry|ministry of defence", "UKR"),
    ("res-027", "ministry over dateline", "positive", "JERUSALEM (AP) — Israel's foreign ministry condemned "
     "the U.N. report. Gaza's health ministry said 88 more bodies had been recovered, and the ministry "
     "said the toll would rise.", "88", GAZA_MOH, "PSE"),
    ("res-028", "ministry over dateline", "near miss", "JERUSALEM (AP) — Israel's health ministry said 44 "
     "wounded soldiers were being treated in Israeli hospitals.", "44", "health ministry|ministry of health",
     "ISR"),
    ("res-029", "ministry over dateline", "positive", "NAIROBI, Kenya (AP) — Drone strikes on a market in "
     "Ethiopia's Amhara region killed 30 people, regional health officials said.", "30", "officials", "ETH"),
    ("res-030", "ministry over dateline", "positive", "DAKAR, Senegal (Reuters) - Jihadists killed 25 "
     "soldiers in an attack on a base in northern Burkina Faso, the army said in a statement.", "25",
     "army|armed forces", "BFA"),
    ("res-031", "ministry over dateline", "positive", "BANGKOK (AP) — Myanmar's military bombed a village "
     "in the Sagaing region, killing 17 people, the shadow National Unity Government said.", "17",
     "National Unity Government|NUG", "MMR"),
    ("res-032", "ministry over dateline", "positive", "NAIROBI (Reuters) - Paramilitary fighters attacked "
     "a displacement camp near El Fasher in Sudan's Darfur region, killing 60 people, the local resistance "
     "committee said.", "60", "resistance committee|committee", "SDN"),
    ("res-033", "ministry over dateline", "positive", "SANTO DOMINGO (AP) — Gangs killed 70 people in the "
     "Haitian town of Pont-Sondé, the national police said.", "70", "police", "HTI"),
    ("res-034", "ministry over dateline", "positive", "AMMAN, Jordan (Reuters) - Israeli forces killed 5 "
     "Palestinians in a raid on the Jenin refugee camp, the Palestinian health ministry said.", "5",
     "health ministry|ministry of health", "PSE"),
    # -- "the agency", "the military", "the army", "the force", "officials" after bodies of two sides ----
    ("res-035", "description after two sides", "positive", "The Israeli military said it was reviewing the "
     "strike. The U.N. agency for Palestinian refugees, UNRWA, said one of its schools was hit. The agency "
     "said 8 of its staff were among the dead.", "8", "UNRWA|agency", "IGO"),
    ("res-036", "description after two sides", "positive", "Hamas accused Israel of targeting civilians. "
     "The Israeli military said it had hit a command centre, and the army said 15 militants were killed.",
     "15", IDF, "ISR"),
    ("res-037", "description after two sides", "positive", "Ukraine's air force said Russia launched a wave "
     "of drones at Kyiv. Russia's military said it had hit energy targets. The air force said 52 drones were "
     "shot down.", "52", "air force", "UKR"),
    ("res-038", "description after two sides", "positive", "Russian forces shelled Kherson, the Ukrainian "
     "military said. The military said 4 civilians were killed.", "4", "military|armed forces", "UKR"),
    ("res-039", "description after two sides", "positive", "The Rapid Support Forces said they had "
     "repelled an attack. The Sudanese army said it had retaken the bridge. The army said 35 paramilitary "
     "fighters were killed.", "35", "army|armed forces", "SDN"),
    ("res-040", "description after two sides", "positive", "Palestinian officials accused Israeli settlers "
     "of burning homes in Huwara. The officials said 21 houses were set on fire.", "21", "officials", "PSE"),
    ("res-041", "description after two sides", "positive", "The Israeli military said its troops had come "
     "under fire in Tulkarm. Palestinian health officials said 9 people were killed in the raid.", "9",
     "officials", "PSE"),
    ("res-042", "description after two sides", "positive", "Mali's army and Russian mercenaries fought "
     "Tuareg rebels near the Algerian border. The rebels' alliance said 84 soldiers and mercenaries were "
     "killed.", "84", "rebels|alliance", "MLI"),
    ("res-043", "description after two sides", "positive", "The Haitian National Police said gangs had "
     "attacked a station in Mirebalais. The force said 6 officers were wounded.", "6", "police", "HTI"),
    ("res-044", "description after two sides", "positive", "Kenyan officers of the multinational mission "
     "joined Haitian police in the operation. The Haitian force said 10 gang members were killed.", "10",
     "police", "HTI"),
    ("res-045", "description after two sides", "positive", "The Ethiopian National Defence Force said it "
     "had cleared Fano militia from Bahir Dar. The army said 150 militiamen were killed.", "150",
     "defence force|defense force|army|military", "ETH"),
    ("res-046", "description after two sides", "positive", "The World Health Organization said its convoy "
     "was stopped at a checkpoint, and the Israeli military said it had checked the trucks. The U.N. agency "
     "said 2 of its drivers were detained.", "2", "World Health Organization|WHO", "IGO"),
    ("res-047", "description after two sides", "near miss", "The U.N. agency for refugees said the "
     "border was closed. Sudanese officials said 400 people crossed into Chad on Monday.", "400", "officials",
     "SDN"),
    ("res-048", "description after two sides", "positive", "Israeli and Egyptian officials met in Cairo to "
     "discuss the crossing. Egyptian officials said 120 trucks of aid had entered Gaza.", "120", "officials",
     "EGY"),
    ("res-049", "description after two sides", "positive", "Russia said it had captured a village in the "
     "Donetsk region. Ukrainian officials said 3 people were killed by shelling in the region's capital.",
     "3", "officials", "UKR"),
    ("res-050", "description after two sides", "positive", "The Houthis said they had fired missiles at a "
     "ship in the Red Sea. U.S. Central Command said 2 of the missiles were intercepted; the command gave no "
     "other details.", "2", "Central Command|CENTCOM", "USA"),
    ("res-051", "description after two sides", "positive", "Myanmar's military government said resistance "
     "forces had attacked a police post. The junta said 13 officers were killed.", "13",
     "military|junta|government", "MMR"),
    ("res-052", "description after two sides", "positive", "The Palestine Red Crescent Society said its "
     "ambulances were blocked by Israeli troops. The aid group said 5 paramedics were detained.", "5",
     "Red Crescent", "PSE"),
    # -- "it" / "they" across two bodies ------------------------------------------------------------
    ("res-053", "pronoun across two", "positive", "The Sudanese army said it had repelled an attack on El "
     "Fasher. It said 120 fighters of the Rapid Support Forces were killed.", "120", "army|armed forces",
     "SDN"),
    ("res-054", "pronoun across two", "positive", "The Rapid Support Forces accused the army of shelling a "
     "market in Omdurman. They said 45 civilians died.", "45", "Rapid Support Forces|RSF", "SDN"),
    ("res-055", "pronoun across two", "positive", "Ukraine's air force said Russia launched 60 drones "
     "overnight. It said 48 of them were shot down.", "48", "air force", "UKR"),
    ("res-056", "pronoun across two", "positive", "The Israeli military said Hamas had fired rockets from "
     "a school compound. It said 11 militants were killed in the strike that followed.", "11", IDF, "ISR"),
    ("res-057", "pronoun across two", "positive", "Gaza's health ministry said Israeli strikes had hit two "
     "hospitals. It said 29 patients died after the power was cut.", "29", GAZA_MOH, "PSE"),
    ("res-058", "pronoun across two", "positive", "Russia's defence ministry said Ukrainian forces had "
     "attacked the Kursk region. It said 260 Ukrainian troops were killed in a day.", "260",
     "defence ministry|defense ministry|ministry of defence", "RUS"),
    ("res-059", "pronoun across two", "positive", "The Houthis said the United States had bombed Sanaa. "
     "They said 7 people were killed.", "7", "Houthi|Houthis", "YEM"),
    ("res-060", "pronoun across two", "positive", "UNICEF said the Israeli blockade had left children "
     "without food. It said 28 children had died of malnutrition.", "28", "UNICEF", "IGO"),
    ("res-061", "pronoun across two", "positive", "Hezbollah said Israeli jets had struck villages in the "
     "south. It said 3 of its fighters were killed.", "3", "Hezbollah", "LBN"),
    ("res-062", "pronoun across two", "positive", "Ukrainian officials said Russian strikes had cut power "
     "in Kharkiv. They said 14 people were injured.", "14", "officials", "UKR"),
    ("res-063", "pronoun across two", "positive", "The Israeli army told residents of Rafah to leave. The "
     "U.N. said 450,000 people had fled, and it said another 100,000 were trapped.", "100,000", UN_BODY,
     "IGO"),
    ("res-064", "pronoun across two", "positive", "Mali's army said jihadists had attacked a base near "
     "Gao. It said 31 attackers were neutralised.", "31", "army|armed forces", "MLI"),
    ("res-065", "pronoun across two", "positive", "Burkina Faso's junta said its troops had pushed back "
     "militants in the north. It said 100 militants were killed.", "100", "junta|military|government|army",
     "BFA"),
    ("res-066", "pronoun across two", "positive", "Sudanese doctors said the Rapid Support Forces had "
     "shelled a hospital in El Obeid. They said 9 patients died.", "9", "doctors", "SDN"),
    ("res-067", "pronoun across two", "positive", "The Arakan Army said Myanmar's military had lost a "
     "base in Rakhine. It said 80 soldiers surrendered.", "80", "Arakan Army", "MMR"),
    ("res-068", "pronoun across two", "near miss", "The Israeli military said it had struck a school "
     "where Hamas fighters were hiding. Gaza's civil defence said 18 people died.", "18", "civil defence",
     "PSE"),
    ("res-069", "pronoun across two", "positive", "The Tigray regional administration accused Eritrean "
     "troops of killing civilians. It said 40 people were killed in one village.", "40",
     "Tigray|administration", "ETH"),
    ("res-070", "pronoun across two", "positive", "Ukraine's General Staff said Russia had lost more "
     "armour this month. It said 1,150 Russian soldiers were killed or wounded in the past day.", "1,150",
     "General Staff", "UKR"),
    # -- spellings of one body that must resolve to one identity -------------------------------------
    ("res-071", "one body many names", "positive", "Gaza's Health Ministry said 40 people were killed in "
     "strikes on Monday.", "40", GAZA_MOH, "PSE"),
    ("res-072", "one body many names", "positive", "The Hamas-run health ministry said 65 people died "
     "overnight.", "65", GAZA_MOH, "PSE"),
    ("res-073", "one body many names", "positive", "The Palestinian Health Ministry in Gaza said 73 people "
     "were killed and 210 were injured.", "73", GAZA_MOH, "PSE"),
    ("res-074", "one body many names", "positive", "Health officials in Gaza said 26 people were killed in "
     "the strike.", "26", "officials|health", "PSE"),
    ("res-075", "one body many names", "positive", "The Gaza Health Ministry said 37 bodies had arrived at "
     "Nasser Hospital.", "37", GAZA_MOH, "PSE"),
    ("res-076", "one body many names", "positive", "The Ministry of Health in Gaza said 58 people were "
     "killed in 24 hours.", "58", GAZA_MOH, "PSE"),
    ("res-077", "one body many names", "positive", "The Israel Defense Forces said 6 soldiers were killed "
     "in southern Gaza.", "6", IDF, "ISR"),
    ("res-078", "one body many names", "positive", "The IDF said 35 militants were killed in the raid.",
     "35", IDF, "ISR"),
    ("res-079", "one body many names", "positive", "Israel's army said 12 rockets were fired from Lebanon.",
     "12", IDF, "ISR"),
    ("res-080", "one body many names", "positive", "The Ukrainian military said 5 civilians were killed in "
     "the shelling of Kherson.", "5", "military|armed forces", "UKR"),
    ("res-081", "one body many names", "positive", "Ukraine's armed forces said 24 Russian drones were "
     "downed overnight.", "24", "armed forces|military", "UKR"),
    ("res-082", "one body many names", "positive", "The Russian Defence Ministry said 33 Ukrainian drones "
     "were destroyed.", "33", "defence ministry|defense ministry|ministry of defence", "RUS"),
    ("res-083", "one body many names", "positive", "The Sudanese Armed Forces said 90 paramilitary fighters "
     "were killed in El Fasher.", "90", "armed forces|army", "SDN"),
    ("res-084", "one body many names", "positive", "Sudan's army said 44 RSF fighters were captured.",
     "44", "army|armed forces", "SDN"),
    ("res-085", "one body many names", "positive", "The paramilitary RSF said 20 of its fighters were "
     "killed in an air strike.", "20", "Rapid Support Forces|RSF", "SDN"),
    ("res-086", "one body many names", "positive", "The U.N. refugee agency, UNHCR, said 3,000 people fled "
     "across the border in a week.", "3,000", "UNHCR|refugee agency", "IGO"),
    ("res-087", "one body many names", "positive", "UNRWA, the U.N. agency for Palestinian refugees, said "
     "190 of its staff had been killed since October.", "190", "UNRWA|agency", "IGO"),
    ("res-088", "one body many names", "positive", "The World Health Organization said 17 hospitals in "
     "Gaza were still partly working.", "17", "World Health Organization|WHO", "IGO"),
    ("res-089", "one body many names", "positive", "The U.N. humanitarian office, OCHA, said 1,700 homes "
     "were destroyed in the floods.", "1,700", "OCHA|humanitarian office", "IGO"),
    ("res-090", "one body many names", "positive", "Myanmar's junta said 34 resistance fighters were "
     "killed.", "34", "junta|military", "MMR"),
    ("res-091", "one body many names", "positive", "The Tatmadaw said 8 soldiers were killed in an ambush "
     "in Shan state.", "8", "Tatmadaw|military", "MMR"),
    ("res-092", "one body many names", "positive", "Haiti's national police said 15 gang members were "
     "killed in the operation.", "15", "police", "HTI"),
    ("res-093", "one body many names", "positive", "The Ethiopian government said 62 Fano militiamen were "
     "killed.", "62", "government", "ETH"),
    ("res-094", "one body many names", "positive", "Yemen's Houthi rebels said 4 people were killed in "
     "the air raid.", "4", "Houthi|Houthis", "YEM"),
    ("res-095", "one body many names", "positive", "Ansar Allah, the group that controls northern Yemen, "
     "said 13 people were killed.", "13", "Ansar Allah|Houthi|Houthis", "YEM"),
    ("res-096", "one body many names", "positive", "Mali's armed forces said 23 terrorists were killed near "
     "Kidal.", "23", "armed forces|army", "MLI"),
    ("res-097", "one body many names", "positive", "Niger's defence ministry said 29 soldiers died in the "
     "ambush.", "29", "defence ministry|defense ministry|ministry of defence", "NER"),
    ("res-098", "one body many names", "positive", "The Kremlin said 2 people were killed in the drone "
     "attack on Moscow.", "2", "Kremlin", "RUS"),
    # -- anonymous officials whose country an adjective gives -----------------------------------------
    ("res-099", "adjective officials", "positive", "Two U.S. officials said 3 service members were wounded "
     "in the drone attack on the base.", "3", "officials", "USA"),
    ("res-100", "adjective officials", "positive", "An Israeli military official said 150 militants were "
     "killed in the operation.", "150", "official", "ISR"),
    ("res-101", "adjective officials", "positive", "A senior European intelligence official said 600 North "
     "Korean troops had been killed or wounded in Kursk.", "600", "official", None),
    ("res-102", "adjective officials", "positive", "A Ukrainian military intelligence official said 11 "
     "Russian ships were damaged this year.", "11", "official", "UKR"),
    ("res-103", "adjective officials", "positive", "Russian officials said 4 people were hurt when debris "
     "fell on a house in Belgorod.", "4", "officials", "RUS"),
    ("res-104", "adjective officials", "positive", "Sudanese medics said 19 people were killed in the "
     "shelling of a market.", "19", "medics", "SDN"),
    ("res-105", "adjective officials", "positive", "A Palestinian security official said 7 members of the "
     "security forces were arrested by Israeli troops.", "7", "official", "PSE"),
    ("res-106", "adjective officials", "positive", "Yemeni government officials said 22 soldiers were "
     "killed in a Houthi attack on Marib.", "22", "officials", "YEM"),
    ("res-107", "adjective officials", "positive", "An Ethiopian regional official said 36 people were "
     "killed in the clashes.", "36", "official", "ETH"),
    ("res-108", "adjective officials", "positive", "Two Israeli officials told Reuters that 13 hostages "
     "were believed to be dead.", "13", "officials", "ISR"),
    ("res-109", "adjective officials", "positive", "A Haitian police official said 9 officers were missing "
     "after the attack.", "9", "official", "HTI"),
    ("res-110", "adjective officials", "positive", "A senior U.S. defense official said 27 Iranian drones "
     "were shot down by American ships.", "27", "official", "USA"),
    ("res-111", "adjective officials", "near miss", "A Western diplomat said 500 Russian troops were "
     "massing near the border.", "500", "diplomat", None),
    ("res-112", "adjective officials", "near miss", "Lebanese officials said 8 people were killed by an "
     "Israeli drone strike.", "8", "officials", "LBN"),
    # -- near misses: a third body, or a body named near the figure that does not state it ----------
    ("res-113", "third body", "near miss", "Hamas and the Israeli military traded accusations over the "
     "blast. Qatar's foreign ministry said 5 mediators would meet on Sunday to discuss 40 hostages.", "40",
     "foreign ministry|ministry of foreign affairs", "QAT"),
    ("res-114", "third body", "near miss", "The army and the Rapid Support Forces blamed each other for the "
     "attack. The U.N. said 25,000 people had fled the city.", "25,000", UN_BODY, "IGO"),
    ("res-115", "third body", "near miss", "Russia and Ukraine each blamed the other for shelling near the "
     "nuclear plant. The International Atomic Energy Agency said 2 drones had hit the site.", "2",
     "International Atomic Energy Agency|IAEA", "IGO"),
    ("res-116", "third body", "near miss", "Israel and Hezbollah exchanged fire across the border. "
     "Lebanon's health ministry said 6 people were killed in the south.", "6",
     "health ministry|ministry of health", "LBN"),
    ("res-117", "third body", "near miss", "Islamic Jihad fighters clashed with Israeli troops in Jenin. "
     "The Palestinian Authority's health ministry said 10 people were killed.", "10",
     "health ministry|ministry of health", "PSE"),
    ("res-118", "third body", "near miss", "Hamas said a strike had hit a shelter run by UNRWA. The "
     "Israeli military said 19 militants had been inside.", "19", IDF, "ISR"),
    ("res-119", "third body", "near miss", "The Houthis attacked a Greek-owned tanker, the British "
     "military's maritime agency said. The ship's operator said 25 crew were safe.", "25", "operator", None),
    ("res-120", "third body", "near miss", "The army accused the RSF of killing villagers in Gezira. "
     "Doctors Without Borders said its hospital received 71 wounded.", "71",
     "Doctors Without Borders|MSF", None),
    ("res-121", "third body", "near miss", "Ukraine's defence ministry said Russia had attacked the port. "
     "The Romanian defence ministry said 3 drone fragments fell on its territory.", "3",
     "defence ministry|defense ministry|ministry of defence", "ROU"),
    ("res-122", "third body", "near miss", "Gaza's health ministry said the hospital was out of fuel. The "
     "Israeli military said 30 trucks of fuel entered on Friday.", "30", IDF, "ISR"),
    ("res-123", "third body", "near miss", "Burkina Faso's army blamed jihadists for the massacre, and "
     "Human Rights Watch said 223 villagers were killed by soldiers.", "223", "Human Rights Watch", None),
    ("res-124", "third body", "near miss", "Myanmar's military accused the Arakan Army of attacking a "
     "police station. The U.N. human rights office said 40 civilians were killed in the fighting.", "40",
     "human rights office|" + UN_BODY, "IGO"),
    ("res-125", "third body", "near miss", "The Malian army said Wagner fighters had helped it take Kidal. "
     "Tuareg separatists said 14 civilians died.", "14", "separatists|Tuareg", "MLI"),
    ("res-126", "third body", "near miss", "The Kremlin blamed Kyiv for the attack. The governor of the "
     "Belgorod region said 16 people were wounded.", "16", "governor", "RUS"),
    ("res-127", "third body", "near miss", "Egypt's foreign ministry said it was working with Israel on the "
     "crossing. The Palestine Red Crescent said 11 ambulances were waiting at the gate.", "11",
     "Red Crescent", "PSE"),
    ("res-128", "third body", "near miss", "Hamas released a statement after the Israeli strike. The "
     "Israeli military said 5 of its soldiers were wounded by a roadside bomb.", "5", IDF, "ISR"),
    ("res-129", "group after two", "positive", "Hezbollah and the Lebanese army were both blamed by "
     "Israel for the rockets. The Iran-backed group said 3 rockets were fired by others, and it denied "
     "involvement.", "3", "Hezbollah", "LBN"),
    ("res-130", "pronoun across two", "positive", "Ukraine's emergency service said Russian glide bombs "
     "hit Zaporizhzhia. It said 7 people were killed and rescuers were still searching.", "7",
     "emergency service|emergency", "UKR"),
    ("res-131", "description after two sides", "positive", "The Israeli military said it had opened a "
     "corridor for civilians, and UNRWA said the corridor was unsafe. The military said 50,000 people used "
     "it on Saturday.", "50,000", IDF, "ISR"),
    ("res-132", "ministry over dateline", "positive", "GENEVA (Reuters) - Fighting in Sudan's North Darfur "
     "state killed 82 people this week, the Sudanese health ministry said.", "82",
     "health ministry|ministry of health", "SDN"),
]
