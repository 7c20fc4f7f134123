"""Rows of the second framing class probe (``test_framing_class_probe_2.py``): invented sentences,
six classes of loaded language the earlier probe lacked (blame for a disaster, labels of unrest and
policing, labels of armed groups and rulers, euphemisms for killing and force, hyphenated
descriptors, scare quotes around a party's own word), each written once for each side of five
conflicts (Kenya's government / its protesters, Nigeria's army / the communities and armed groups
of the north-west, Mali's junta / the jihadists, Libya's eastern / western camps, Colombia's state /
its armed left), and near misses for each class: the same word in a neutral sense, or quoted so
that it is someone else's word. Written from the classes' definitions (issue 15), not from any
corpus, gold or probe.

A row is (class, side whose framing it carries, text, wording to mark, voice); side "" is a near
miss: no wording (nothing marked) or a wording that must be marked in a quoted voice only."""

from __future__ import annotations

Row = tuple[str, str, str, tuple[str, ...], str]

OUT, QUO = "outlet", "quoted"
CONFLICTS_2 = {"ke-gov": "ke-prot", "ng-gov": "ng-com", "ml-gov": "ml-jih", "ly-east": "ly-west",
               "co-gov": "co-left"}
SIDES_2 = frozenset(CONFLICTS_2) | frozenset(CONFLICTS_2.values())

ROWS_3: list[Row] = [
    # blame for a disaster or a death toll laid on a party in the outlet's own voice
    ("disaster", "ke-gov", "The opposition's reckless marches turned the capital into a man-made disaster.",
     ("man-made disaster",), OUT),
    ("disaster", "ke-prot", "The deaths in Kisumu were the fruit of criminal negligence by the police command.",
     ("criminal negligence",), OUT),
    ("disaster", "ng-gov", "Years of criminal neglect by the former state governors let the bandits grow.",
     ("criminal neglect",), OUT),
    ("disaster", "ng-com", "The abduction was a preventable tragedy that the army chose to ignore.",
     ("preventable tragedy",), OUT),
    ("disaster", "ml-gov", "The famine in the north is a man-made catastrophe engineered by the terrorists.",
     ("man-made catastrophe",), OUT),
    ("disaster", "ml-jih", "The hunger in Mopti is a man-made famine created by the junta's blockade.",
     ("man-made famine",), OUT),
    ("disaster", "ly-east", "The Tripoli cabinet has blood on its hands for the dams it never repaired.",
     ("blood on its hands",), OUT),
    ("disaster", "ly-west", "The flood became a massacre through the gross negligence of Haftar's administration.",
     ("gross negligence",), OUT),
    ("disaster", "co-gov", "The landslide in Mocoa was a tragedy foretold, caused by the guerrilla's illegal mining.",
     ("tragedy foretold",), OUT),
    ("disaster", "co-left", "The drought in La Guajira is a crime of the state against the Wayuu children.",
     ("crime of the state",), OUT),
    ("disaster", "", "Engineers said the man-made lake above the town held 20 million cubic metres.", (), OUT),
    ("disaster", "", "The court heard a negligence case against the building's owner in Nakuru.", (), OUT),
    ("disaster", "", "\"This was criminal negligence,\" the mayor of Sirte said.", ("criminal negligence",), QUO),
    # labels of unrest and policing: protesters as criminals, police as thugs
    ("unrest", "ke-gov", "Looters and hooligans hijacked the march in Nairobi on Tuesday.", ("Looters",), OUT),
    ("unrest", "ke-prot", "Police goons shot dead a hawker on Moi Avenue.", ("goons",), OUT),
    ("unrest", "ng-gov", "Hoodlums attacked a police station in Gusau after the arrests.", ("Hoodlums",), OUT),
    ("unrest", "ng-com", "Trigger-happy soldiers opened fire on mourners in Tsafe.", ("Trigger-happy",), OUT),
    ("unrest", "ml-gov", "Agitators paid from abroad tried to stir up the students in Bamako.", ("Agitators",), OUT),
    ("unrest", "ml-jih", "The junta's henchmen beat the traders in the market of Sevare.", ("henchmen",), OUT),
    ("unrest", "ly-east", "Vandals from the capital burned the municipal building in Derna.", ("Vandals",), OUT),
    ("unrest", "ly-west", "Haftar's thugs dragged the protesters from the square in Benghazi.", ("thugs",), OUT),
    ("unrest", "co-gov", "Vandals of the so-called front line blocked the highway in Cali.", ("Vandals",), OUT),
    ("unrest", "co-left", "The riot police's brutal repression left three students dead in Popayan.",
     ("brutal repression",), OUT),
    ("unrest", "", "Police arrested six people suspected of looting a warehouse in Mombasa.", (), OUT),
    ("unrest", "", "The football hooligans' fight at the stadium was filmed by fans.", (), OUT),
    ("unrest", "", "\"These are goons for hire,\" the opposition leader said.", ("goons",), QUO),
    # labels of armed groups and rulers
    ("armed", "ke-gov", "Criminal gangs posing as protesters set fire to shops in Githurai.", ("Criminal gangs",), OUT),
    ("armed", "ke-prot", "The death squads of the police have killed again in Mathare.", ("death squads",), OUT),
    ("armed", "ng-gov", "Bandit kingpins in Zamfara released a video of the hostages.", ("Bandit kingpins",), OUT),
    ("armed", "ng-com", "The army's ethnic militias burned three hamlets near Anka.", ("ethnic militias",), OUT),
    ("armed", "ml-gov", "The khawarij attacked a convoy of traders near Douentza.", ("khawarij",), OUT),
    ("armed", "ml-jih", "The putschists in Bamako signed another deal with Moscow.", ("putschists",), OUT),
    ("armed", "ly-east", "Armed gangs from Misrata stormed the port of Sirte.", ("Armed gangs",), OUT),
    ("armed", "ly-west", "The warlord's militias shelled the southern suburbs overnight.", ("warlord",), OUT),
    ("armed", "co-gov", "Narco-terrorists of the dissident front attacked a patrol in Cauca.", ("Narco-terrorists",), OUT),
    ("armed", "co-left", "The army's death squads murdered a social leader in Tumaco.", ("death squads",), OUT),
    ("armed", "", "The gang of four tennis players won the charity match.", (), OUT),
    ("armed", "", "Police in Bamako broke up a car theft ring on Monday.", (), OUT),
    ("armed", "", "\"They are narco-terrorists,\" the defence minister said in Bogota.", ("narco-terrorists",), QUO),
    # euphemisms for killing and force
    ("euphemism", "ke-gov", "Officers neutralised two armed robbers in Eastleigh overnight.", ("neutralised",), OUT),
    ("euphemism", "ke-prot", "Police 'dealt with' the student leaders, as the minister had promised.",
     ("'dealt with'",), OUT),
    ("euphemism", "ng-gov", "Troops eliminated 15 bandits in a clearance operation in Maru.", ("eliminated",), OUT),
    ("euphemism", "ng-com", "The air force's collateral damage in Tudun Biri was 85 villagers.", ("collateral damage",), OUT),
    ("euphemism", "ml-gov", "The armed forces neutralised a column of terrorists near Menaka.", ("neutralised",), OUT),
    ("euphemism", "ml-jih", "The mujahideen liquidated four soldiers of the junta at Dioura.", ("liquidated",), OUT),
    ("euphemism", "ly-east", "The army carried out a cleansing operation in the old quarter of Derna.",
     ("cleansing operation",), OUT),
    ("euphemism", "ly-west", "The eastern forces' pacification of Murzuq emptied the town.", ("pacification",), OUT),
    ("euphemism", "co-gov", "The army neutralised the dissident commander alias 'Jhon' in Guaviare.", ("neutralised",), OUT),
    ("euphemism", "co-left", "The 'false positives' of the army were poor young men dressed as guerrillas.",
     ("'false positives'",), OUT),
    ("euphemism", "", "The chemists neutralised the acid with lime.", (), OUT),
    ("euphemism", "", "The bank eliminated fees for small accounts in Kenya.", (), OUT),
    ("euphemism", "", "\"The threat was neutralised,\" the army spokesman in Bamako said.", (), QUO),
    # hyphenated descriptors: a place or body by who overruns, backs or infests it
    ("hyphen", "ke-gov", "Opposition-hired youths stoned the governor's convoy in Kisumu.", ("Opposition-hired",), OUT),
    ("hyphen", "ke-prot", "State-sponsored goons attacked the journalists in Nakuru.", ("State-sponsored",), OUT),
    ("hyphen", "ng-gov", "Troops cleared the bandit-infested forest near Dansadau.", ("bandit-infested",), OUT),
    ("hyphen", "ng-com", "Army-backed vigilantes burned the camp of the herders in Anka.", ("Army-backed",), OUT),
    ("hyphen", "ml-gov", "Jihadist-infested villages near Djenne were searched by the army.", ("Jihadist-infested",), OUT),
    ("hyphen", "ml-jih", "Junta-controlled radio stations read the army's communique.", ("Junta-controlled",), OUT),
    ("hyphen", "ly-east", "The militia-ruled capital imported more Turkish drones.", ("militia-ruled",), OUT),
    ("hyphen", "ly-west", "Wagner-protected oil fields in the south stopped pumping.", ("Wagner-protected",), OUT),
    ("hyphen", "co-gov", "Guerrilla-infested hills above Toribio were bombed.", ("Guerrilla-infested",), OUT),
    ("hyphen", "co-left", "US-trained battalions entered the reserve of the Nasa people.", ("US-trained",), OUT),
    ("hyphen", "", "The French-speaking students of Bamako sat their exams.", (), OUT),
    ("hyphen", "", "A family-owned hotel in Benghazi reopened on Sunday.", (), OUT),
    ("hyphen", "", "The rain-fed crops of Zamfara failed this year.", (), OUT),
    # scare quotes around a party's own word for itself or its acts
    ("scare", "ke-gov", "The \"peaceful\" protesters set fire to the county offices in Nyeri.", ("\"peaceful\"",), OUT),
    ("scare", "ke-prot", "The police \"restored order\" by shooting into the crowd in Kibera.", ("\"restored order\"",), OUT),
    ("scare", "ng-gov", "The bandits' \"repentance\" lasted until the ransom was paid.", ("\"repentance\"",), OUT),
    ("scare", "ng-com", "The army's \"precision\" strike hit a wedding party in Tsafe.", ("\"precision\"",), OUT),
    ("scare", "ml-gov", "The jihadists' \"zakat\" is theft of the herders' cattle.", ("\"zakat\"",), OUT),
    ("scare", "ml-jih", "The junta's \"transition\" has now lasted five years.", ("\"transition\"",), OUT),
    ("scare", "ly-east", "The \"unity\" cabinet in Tripoli paid the militias again.", ("\"unity\"",), OUT),
    ("scare", "ly-west", "Haftar's \"national army\" shelled the southern districts.", ("\"national army\"",), OUT),
    ("scare", "co-gov", "The dissidents' \"revolutionary tax\" ruined the cocoa farmers of Tame.", ("\"revolutionary tax\"",), OUT),
    ("scare", "co-left", "The army's \"legitimate military targets\" were children in a camp.",
     ("\"legitimate military targets\"",), OUT),
    ("scare", "", "The band's new album \"Transition\" was released in Bamako.", (), OUT),
    ("scare", "", "She said the protest was \"peaceful until the police came\" and left.", (), OUT),
    ("scare", "", "Police said order was \"fully restored\" in Kibera by Friday.", (), QUO),
]
