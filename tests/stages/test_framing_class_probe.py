"""A framing probe by class of loaded language: invented news and statement sentences from every
region and side, each with the loaded wording an analyst would mark (or none: literal uses of
the same words as near misses), the voice it is in, and the side whose framing it carries.

The conflict-wise probe (``test_framing_probe.py``) asks whether each conflict's two sides are
covered; this one asks whether each *class* is covered by definition, whoever uses it:
descriptors, terror labels, criminalising and dehumanising nouns, glorifying words, euphemisms,
delegitimising names, collective blame, scare quotes, loaded verbs and epithets for migrants and
protesters. Rows the stage still misses are strict xfails in GAPS.

Held out (written before any change of i15-framing6, measured on main at 640b5ef):
recall 137/178 = 0.770; by class descriptor 13/19, terror 17/17, criminal 11/15, dehumanising
7/13, glorifying 16/18, euphemism 10/15, delegitimising 14/18, blame 15/16, scare 13/15, verbs
13/15, epithet 8/17; by side africa 11/16, arab 7/10, asia 11/13, cn 8/11, human 4/8, il 13/16,
ir 13/16, latam 12/14, ps 13/16, restrict 6/11, ru 13/17, ua 12/13, west 14/17; near misses
marked 16/61 (descriptor 1/6, criminal 3/5, glorifying 3/7, euphemism 2/6, blame 4/5, scare 1/5,
verbs 2/5).
On i15-framing6 (stages/framing_epithets.py, stages/framing_literal.py, classes.yaml): the same
rows 168/178 = 0.944, near misses marked 7/61; the second batch (written after those fixes, before
measuring them) 20/20, near misses marked 0/11 (main: 12/20 and 1/11); with the later rules
(servants, judging and standing words, animal verbs, people left to die) the first rows 171/178 =
0.961 (by side africa 16/16, arab 10/10, asia 13/13, cn 10/11, human 7/8, il 16/16, ir 16/16, latam
14/14, ps 15/16, restrict 9/11, ru 16/17, ua 13/13, west 16/17), near misses 7/61.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_row, probe_params

OUT, QUO = "outlet", "quoted"
SIDES = frozenset({"west", "ru", "ua", "cn", "ir", "il", "ps", "arab", "africa", "latam", "asia",
                   "restrict", "human"})

# (class, side whose framing it is, sentence, wording to mark, voice); no wording = near miss
ROWS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    # descriptors: a body or place described by the state or group said to run, back or use it
    ("descriptor", "west", "Kremlin-sponsored hackers broke into the ministry's servers.", ("Kremlin-sponsored",), OUT),
    ("descriptor", "ru", "NATO-backed saboteurs crossed into Bryansk region at dawn.", ("NATO-backed",), OUT),
    ("descriptor", "il", "Gunmen of the Iran-aligned Islamic Jihad fired at Sderot.", ("Iran-aligned",), OUT),
    ("descriptor", "ir", "US-sponsored gunmen attacked a border post in Sistan.", ("US-sponsored",), OUT),
    ("descriptor", "africa", "The Rwanda-backed M23 rebels seized the town of Sake.", ("Rwanda-backed",), OUT),
    ("descriptor", "west", "A Wagner-linked company guarded the gold mine near Bambari.", ("Wagner-linked",), OUT),
    ("descriptor", "latam", "Cartel-affiliated gunmen blocked the road to Culiacan.", ("Cartel-affiliated",), OUT),
    ("descriptor", "asia", "The junta-appointed governor of Sagaing fled to Mandalay.", ("junta-appointed",), OUT),
    ("descriptor", "il", "The Hezbollah-affiliated bank closed three branches.", ("Hezbollah-affiliated",), OUT),
    ("descriptor", "ru", "Soros-funded groups organised the march in Tbilisi.", ("Soros-funded",), OUT),
    ("descriptor", "cn", "The CIA-funded activists met in a hotel in Taipei.", ("CIA-funded",), OUT),
    ("descriptor", "il", "Iran's proxy Hezbollah fired drones at Haifa.", ("proxy",), OUT),
    ("descriptor", "ir", "American proxies in Syria attacked a convoy near Deir ez-Zor.", ("American proxies",), OUT),
    ("descriptor", "ru", "Ukraine is fighting a proxy war for the West.", ("proxy war",), OUT),
    ("descriptor", "africa", "Kigali's proxy militia took the hills above Goma.", ("proxy militia",), OUT),
    ("descriptor", "latam", "The Cuba-backed government in Caracas jailed two students.", ("Cuba-backed",), OUT),
    ("descriptor", "ps", "Settlers from the army-protected outpost attacked the village.", ("army-protected",), OUT),
    ("descriptor", "arab", "Muslim Brotherhood-linked preachers were arrested in Cairo.", ("Brotherhood-linked",), OUT),
    ("descriptor", "arab", "The Qatari-funded channel repeated the claim.", ("Qatari-funded",), OUT),
    ("descriptor", "", "The state-run news agency reported the talks.", (), OUT),
    ("descriptor", "", "The government-funded hospital opened a new ward.", (), OUT),
    ("descriptor", "", "The volunteer-run shelter fed 300 families in Kherson.", (), OUT),
    ("descriptor", "", "Shareholders may cast a proxy vote at the meeting.", (), OUT),
    ("descriptor", "", "The Chinese-built bridge opened on Monday.", (), OUT),
    ("descriptor", "", "The Qatar-mediated talks resumed in Doha.", (), OUT),
    # terror labels: a party named as terrorists or its acts as terror
    ("terror", "west", "The terror group al-Shabaab attacked a hotel in Mogadishu.", ("terror group",), OUT),
    ("terror", "ru", "Ukrainian terrorists shelled a bakery in Lysychansk.", ("Ukrainian terrorists",), OUT),
    ("terror", "ua", "The Russian terrorist state struck a hospital in Kharkiv.", ("terrorist state",), OUT),
    ("terror", "il", "Hamas terror operatives infiltrated the kibbutz.", ("terror operatives",), OUT),
    ("terror", "ir", "The terrorist American army killed the commander near Baghdad airport.", ("terrorist American army",), OUT),
    ("terror", "ps", "Israeli state terrorism continued in Jenin on Monday.", ("state terrorism",), OUT),
    ("terror", "cn", "East Turkistan terrorists plotted attacks in Urumqi.", ("terrorists",), OUT),
    ("terror", "asia", "Police arrested two Maoist terrorists in Chhattisgarh.", ("Maoist terrorists",), OUT),
    ("terror", "asia", "Baloch terrorists attacked a train in Bolan.", ("Baloch terrorists",), OUT),
    ("terror", "africa", "Anglophone terrorists burned a school in Bamenda.", ("Anglophone terrorists",), OUT),
    ("terror", "latam", "Narco-terrorists ambushed a patrol in Catatumbo.", ("Narco-terrorists",), OUT),
    ("terror", "latam", "Mapuche terrorist cells burned trucks in Araucania.", ("terrorist cells",), OUT),
    ("terror", "restrict", "Antifa terrorists attacked the federal courthouse.", ("Antifa terrorists",), OUT),
    ("terror", "arab", "Houthi terrorists fired a missile at Jizan.", ("Houthi terrorists",), OUT),
    ("terror", "ir", "\"The Zionist regime is a terrorist regime,\" the Iranian spokesman said.", ("terrorist regime",), QUO),
    ("terror", "ua", "\"Russia is a terrorist country,\" the Ukrainian president said.", ("terrorist country",), QUO),
    ("terror", "arab", "The Brotherhood terrorist group plotted attacks in Cairo.", ("terrorist group",), OUT),
    ("terror", "", "The court convicted him of terrorism offences in 2019.", (), OUT),
    ("terror", "", "A counter-terrorism unit searched the flat in Leeds.", (), OUT),
    ("terror", "", "Residents described a night of terror as the shelling went on.", (), OUT),
    ("terror", "", "Militants attacked a hotel in Mogadishu.", (), OUT),
    # criminalising labels: a party named as criminals, gangs or hirelings
    ("criminal", "ua", "Wagner thugs executed a prisoner of war on video.", ("Wagner thugs",), OUT),
    ("criminal", "africa", "Bandits abducted 40 pupils in Katsina.", ("Bandits",), OUT),
    ("criminal", "asia", "Armed goons of the ruling party attacked the rally in Dhaka.", ("goons",), OUT),
    ("criminal", "ru", "Foreign mercenaries fighting for Kyiv were killed near Kupiansk.", ("Foreign mercenaries",), OUT),
    ("criminal", "ua", "Russian war criminals shelled the maternity ward.", ("war criminals",), OUT),
    ("criminal", "ps", "Settler militias stormed the village of Huwara.", ("Settler militias",), OUT),
    ("criminal", "il", "Hamas gangs executed suspected collaborators in Gaza City.", ("Hamas gangs",), OUT),
    ("criminal", "west", "Regime forces shelled Idlib overnight.", ("Regime forces",), OUT),
    ("criminal", "latam", "Government thugs beat protesters in Caracas.", ("Government thugs",), OUT),
    ("criminal", "cn", "Hong Kong thugs attacked a mainland journalist.", ("Hong Kong thugs",), OUT),
    ("criminal", "ir", "The mercenaries of America attacked a police station in Zahedan.", ("mercenaries",), OUT),
    ("criminal", "africa", "RSF gangs looted the market in Omdurman.", ("RSF gangs",), OUT),
    ("criminal", "arab", "The Houthi gangs looted aid in Hodeidah.", ("Houthi gangs",), OUT),
    ("criminal", "west", "\"Putin is a war criminal,\" the senator said.", ("war criminal",), QUO),
    ("criminal", "asia", "\"The junta's soldiers are murderers,\" the NUG minister said.", ("murderers",), QUO),
    ("criminal", "", "Police arrested three gangsters after the bank robbery in Naples.", (), OUT),
    ("criminal", "", "Pirates hijacked a cargo ship off the coast of Somalia.", (), OUT),
    ("criminal", "", "The village militia guarded the well at night.", (), OUT),
    ("criminal", "", "Mercenaries are banned under a convention of 1989.", (), OUT),
    ("criminal", "", "The thugs in the film are played by two brothers.", (), OUT),
    # dehumanising: people named as animals, vermin, a swarm or a disease
    ("dehumanising", "il", "\"We are fighting human animals,\" the Israeli defence minister said.", ("human animals",), QUO),
    ("dehumanising", "ps", "Settler hordes stormed the compound of Al-Aqsa.", ("Settler hordes",), OUT),
    ("dehumanising", "ua", "The Russian horde advanced on Avdiivka again.", ("Russian horde",), OUT),
    ("dehumanising", "restrict", "Swarms of migrants crossed the Channel in small boats.", ("Swarms of migrants",), OUT),
    ("dehumanising", "restrict", "A swarm of migrants broke through the fence at Melilla.", ("swarm of migrants",), OUT),
    ("dehumanising", "africa", "\"The Tutsi cockroaches must be crushed,\" the radio presenter said.", ("Tutsi cockroaches",), QUO),
    ("dehumanising", "asia", "The army cleared the terrorist infestation in the hills of Rajouri.", ("terrorist infestation",), OUT),
    ("dehumanising", "ru", "Moscow vowed to clean Ukraine of the Nazi infestation.", ("Nazi infestation",), OUT),
    ("dehumanising", "africa", "RSF hyenas looted the homes of El Geneina.", ("RSF hyenas",), OUT),
    ("dehumanising", "west", "Hordes of Russian conscripts were thrown at Bakhmut.", ("Hordes of Russian conscripts",), OUT),
    ("dehumanising", "ir", "The Zionist vermin will be driven out of the region.", ("Zionist vermin",), OUT),
    ("dehumanising", "latam", "\"Gang members are rats,\" the Salvadoran president wrote.", ("rats",), QUO),
    ("dehumanising", "cn", "Separatist parasites spread lies in Hong Kong.", ("Separatist parasites",), OUT),
    ("dehumanising", "", "A swarm of locusts destroyed the crops in Kenya.", (), OUT),
    ("dehumanising", "", "Animals at the Kharkiv zoo were evacuated.", (), OUT),
    ("dehumanising", "", "Rats spread through the flooded camp in Rafah.", (), OUT),
    ("dehumanising", "", "A swarm of drones hit an oil depot in Bryansk.", (), OUT),
    ("dehumanising", "", "A cancer hospital in Gaza ran out of fuel.", (), OUT),
    ("dehumanising", "", "Crowds of supporters gathered in the square.", (), OUT),
    # glorifying: a party's fighters, dead or operations praised as heroes, martyrs or liberators
    ("glorifying", "ua", "The heroic defenders of Mariupol held the steel plant.", ("heroic defenders",), OUT),
    ("glorifying", "ru", "Our heroic soldiers took the village of Krasnohorivka.", ("Our heroic soldiers",), OUT),
    ("glorifying", "ps", "The martyr Ahmed was buried in Jenin.", ("martyr",), OUT),
    ("glorifying", "ir", "The martyrdom of the commander in Damascus will be avenged.", ("martyrdom",), OUT),
    ("glorifying", "africa", "The valiant Defence and Security Forces repelled an attack near Djibo.", ("valiant",), OUT),
    ("glorifying", "asia", "Freedom fighters of the Karen army took the outpost.", ("Freedom fighters",), OUT),
    ("glorifying", "latam", "The heroic Bolivarian armed forces thwarted the incursion.", ("heroic",), OUT),
    ("glorifying", "cn", "The brave soldiers of the People's Liberation Army guarded the border.", ("brave soldiers",), OUT),
    ("glorifying", "ps", "The heroic resistance struck an Israeli tank in Khan Younis.", ("heroic resistance",), OUT),
    ("glorifying", "ru", "The liberation of Avdiivka was completed on Saturday.", ("liberation",), OUT),
    ("glorifying", "ua", "The liberation of Kherson brought crowds to the square.", ("liberation",), OUT),
    ("glorifying", "ua", "The defenders of Bakhmut held the line for another month.", ("defenders",), OUT),
    ("glorifying", "west", "The brave Ukrainian pilots shot down two jets.", ("brave Ukrainian pilots",), OUT),
    ("glorifying", "ps", "The martyrdom operation killed three soldiers in Hebron.", ("martyrdom operation",), OUT),
    ("glorifying", "arab", "Two soldiers were martyred in a PKK attack in Hakkari.", ("martyred",), OUT),
    ("glorifying", "il", "\"Our heroes are fighting for our home,\" the Israeli president said.", ("Our heroes",), QUO),
    ("glorifying", "africa", "Russian forces liberated the town of Anefis with the army.", ("liberated",), OUT),
    ("glorifying", "human", "The heroic rescuers of the Ocean Viking saved 40 people.", ("heroic rescuers",), OUT),
    ("glorifying", "", "Firefighters made a heroic effort to save the building.", (), OUT),
    ("glorifying", "", "The brave decision to reopen the school was welcomed.", (), OUT),
    ("glorifying", "", "The resistance of the bacteria to antibiotics is growing.", (), OUT),
    ("glorifying", "", "The defenders of the football club conceded two goals.", (), OUT),
    ("glorifying", "", "The National Liberation Army said it would resume talks.", (), OUT),
    ("glorifying", "", "Protesters filled Martyrs' Square in Beirut.", (), OUT),
    ("glorifying", "", "A man who saved his neighbours from the flood was hailed as a hero.", (), OUT),
    # euphemisms: killing, war and detention named by a word that hides them
    ("euphemism", "arab", "The Turkish army neutralised 14 militants in northern Iraq.", ("neutralised",), OUT),
    ("euphemism", "il", "The army eliminated a senior Hamas commander in Rafah.", ("eliminated",), OUT),
    ("euphemism", "ru", "Russian forces liquidated a group of Ukrainian saboteurs near Bryansk.", ("liquidated",), OUT),
    ("euphemism", "west", "The strike caused collateral damage in the neighbourhood.", ("collateral damage",), OUT),
    ("euphemism", "ru", "Volunteers left for the zone of the special military operation.", ("special military operation",), OUT),
    ("euphemism", "asia", "Security forces pacified the rebellious villages of Chin State.", ("pacified",), OUT),
    ("euphemism", "latam", "The army's pacification of the favelas left 28 dead.", ("pacification",), OUT),
    ("euphemism", "cn", "Uyghurs attended vocational education and training centres in Xinjiang.", ("vocational education and training centres",), OUT),
    ("euphemism", "africa", "The army neutralised 40 terrorists near Kidal.", ("neutralised",), OUT),
    ("euphemism", "west", "Two enemy fighters were taken out in the drone strike.", ("taken out",), OUT),
    ("euphemism", "west", "Enhanced interrogation techniques were used at the site.", ("Enhanced interrogation techniques",), OUT),
    ("euphemism", "ir", "Security forces eliminated three rioters in Zahedan.", ("eliminated",), OUT),
    ("euphemism", "ps", "The resistance liquidated two collaborators in Tulkarm.", ("liquidated",), OUT),
    ("euphemism", "ua", "Ukrainian drones neutralised a Russian assault group near Pokrovsk.", ("neutralised",), OUT),
    ("euphemism", "restrict", "Border guards pushed back 300 migrants to Belarus.", ("pushed back",), OUT),
    ("euphemism", "", "The team was eliminated from the World Cup on Sunday.", (), OUT),
    ("euphemism", "", "The government eliminated the tax on bread.", (), OUT),
    ("euphemism", "", "Bomb disposal experts neutralised the device.", (), OUT),
    ("euphemism", "", "The company liquidated its assets in Russia.", (), OUT),
    ("euphemism", "", "Banks demanded more collateral for the loans.", (), OUT),
    ("euphemism", "", "The operation to rescue the miners ended on Tuesday.", (), OUT),
    # delegitimising names: a party's government or state denied its standing
    ("delegitimising", "ru", "The puppet government in Kyiv banned the church.", ("puppet government",), OUT),
    ("delegitimising", "ua", "The puppet authorities of occupied Donetsk held a vote.", ("puppet authorities",), OUT),
    ("delegitimising", "west", "The junta in Niamey expelled the French ambassador.", ("junta",), OUT),
    ("delegitimising", "africa", "The Tshisekedi regime arrested two journalists.", ("Tshisekedi regime",), OUT),
    ("delegitimising", "human", "The illegitimate government in Minsk jailed the activist.", ("illegitimate government",), OUT),
    ("delegitimising", "ir", "The usurping Zionist entity bombed Damascus.", ("usurping Zionist entity",), OUT),
    ("delegitimising", "cn", "The so-called president of Taiwan visited New York.", ("so-called",), OUT),
    ("delegitimising", "west", "The self-proclaimed Donetsk People's Republic held elections.", ("self-proclaimed",), OUT),
    ("delegitimising", "latam", "The usurper government of Boluarte repressed the protests.", ("usurper government",), OUT),
    ("delegitimising", "latam", "The Ortega-Murillo dictatorship stripped 94 critics of citizenship.", ("Ortega-Murillo dictatorship",), OUT),
    ("delegitimising", "ir", "The Saudi regime executed 81 men in one day.", ("Saudi regime",), OUT),
    ("delegitimising", "il", "The Hamas regime diverted fuel from hospitals.", ("Hamas regime",), OUT),
    ("delegitimising", "asia", "The Kim regime fired two ballistic missiles.", ("Kim regime",), OUT),
    ("delegitimising", "africa", "The illegal junta in Bamako dissolved the parties.", ("illegal junta",), OUT),
    ("delegitimising", "ps", "Officials of the Zionist entity met the envoy in Cairo.", ("Zionist entity",), OUT),
    ("delegitimising", "ru", "The Nazi regime in Kyiv shelled Donetsk.", ("Nazi regime",), OUT),
    ("delegitimising", "arab", "The de facto authorities in Sanaa detained UN staff.", ("de facto authorities",), OUT),
    ("delegitimising", "cn", "The separatist authorities in Taipei bought more missiles.", ("separatist authorities",), OUT),
    ("delegitimising", "", "The sanctions regime against Iran was extended.", (), OUT),
    ("delegitimising", "", "The puppet theatre in Kyiv reopened after the blackout.", (), OUT),
    ("delegitimising", "", "The de facto ban on imports ended in May.", (), OUT),
    ("delegitimising", "", "The new exercise regime improved the soldiers' fitness.", (), OUT),
    ("delegitimising", "", "The military government in Niamey expelled the French ambassador.", (), OUT),
    ("delegitimising", "", "The Taiwanese president visited New York.", (), OUT),
    # collective blame: killing characterised as genocide, massacre, ethnic cleansing or pogrom in
    # the outlet's own voice
    ("blame", "ps", "Israel's genocide in Gaza entered its second year.", ("genocide",), OUT),
    ("blame", "il", "The Hamas massacre of Israeli families shocked the world.", ("massacre",), OUT),
    ("blame", "ru", "Nationalists carried out a massacre in Odesa in 2014.", ("massacre",), OUT),
    ("blame", "ua", "The Russian genocide of Ukrainians continued in occupied towns.", ("genocide",), OUT),
    ("blame", "ir", "The Zionist holocaust in Gaza must end.", ("holocaust",), OUT),
    ("blame", "africa", "The ethnic cleansing of the Masalit in West Darfur continued.", ("ethnic cleansing",), OUT),
    ("blame", "asia", "Azerbaijan's ethnic cleansing of Karabakh emptied the region.", ("ethnic cleansing",), OUT),
    ("blame", "west", "The chemical massacre in Ghouta killed hundreds.", ("chemical massacre",), OUT),
    ("blame", "ps", "The ethnic cleansing of northern Gaza continued on Monday.", ("ethnic cleansing",), OUT),
    ("blame", "il", "The pogrom in Amsterdam targeted Israeli fans.", ("pogrom",), OUT),
    ("blame", "ps", "The settler pogrom in Huwara burned 30 homes.", ("settler pogrom",), OUT),
    ("blame", "ru", "The genocide of the people of Donbas lasted eight years.", ("genocide",), OUT),
    ("blame", "west", "The cultural genocide in Tibet went on for decades.", ("cultural genocide",), OUT),
    ("blame", "latam", "The police massacre in Juliaca left 18 dead.", ("massacre",), OUT),
    ("blame", "ps", "\"This is a genocide,\" the protesters chanted outside the embassy.", ("genocide",), QUO),
    ("blame", "human", "Europe's war on migrants claimed 40 lives in the Aegean.", ("war on migrants",), OUT),
    ("blame", "", "The Hague court heard the genocide case brought by South Africa.", (), OUT),
    ("blame", "", "Holocaust survivors gathered at Auschwitz on Monday.", (), OUT),
    ("blame", "", "The Genocide Convention obliges states to prevent it.", (), OUT),
    ("blame", "", "Prosecutors charged the former general with genocide.", (), OUT),
    ("blame", "", "The 1995 Srebrenica genocide was commemorated on Thursday.", (), OUT),
    # scare quotes around a state, a group, an office or a process
    ("scare", "ir", "The ‘Israeli’ navy seized the boat off Gaza.", ("‘Israeli’",), OUT),
    ("scare", "ru", "The “president” Zelensky visited Washington again.", ("“president”",), OUT),
    ("scare", "ua", "The “elections” in occupied Donetsk ended on Sunday.", ("“elections”",), OUT),
    ("scare", "cn", "The “president” of Taiwan left for Paraguay.", ("“president”",), OUT),
    ("scare", "il", "The “health ministry” in Gaza released new figures.", ("“health ministry”",), OUT),
    ("scare", "west", "Russia held a “referendum” in Kherson region.", ("“referendum”",), OUT),
    ("scare", "africa", "The “government” of Somaliland signed a port deal.", ("“government”",), OUT),
    ("scare", "asia", "The junta's “election” in Myanmar began on Sunday.", ("“election”",), OUT),
    ("scare", "latam", "Maduro won the “elections” in July.", ("“elections”",), OUT),
    ("scare", "ir", "The “peace process” has brought only more settlements.", ("“peace process”",), OUT),
    ("scare", "ps", "The ‘humanitarian zone’ in Mawasi was struck again.", ("‘humanitarian zone’",), OUT),
    ("scare", "il", "The ‘ceasefire’ declared by Hamas lasted an hour.", ("‘ceasefire’",), OUT),
    ("scare", "restrict", "The “refugees” crossing the Channel were mostly young men.", ("“refugees”",), OUT),
    ("scare", "arab", "The “Syrian Democratic Forces” shelled villages near Manbij.", ("“Syrian Democratic Forces”",), OUT),
    ("scare", "human", "Migrants were sent back to a “safe country” they had fled.", ("“safe country”",), OUT),
    ("scare", "", "The ship ‘Grace 1’ was released in August.", (), OUT),
    ("scare", "", "The word “Palestine” appears twice in the text.", (), OUT),
    ("scare", "", "\"We will defend our land,\" the president said.", (), OUT),
    ("scare", "", "The operation, code-named ‘Swords of Iron’, began in October.", (), OUT),
    ("scare", "", "The band played the song “Homeland” at the rally.", (), OUT),
    # loaded verbs: killing or violence named as slaughter, butchery or a rampage
    ("verbs", "ps", "Israeli troops slaughtered 40 people at the aid site.", ("slaughtered",), OUT),
    ("verbs", "il", "Hamas gunmen butchered families in their homes.", ("butchered",), OUT),
    ("verbs", "ua", "Russian soldiers went on a rampage in Bucha.", ("rampage",), OUT),
    ("verbs", "ru", "Ukrainian militants rampaged through the village of Russkoye Porechnoye.", ("rampaged",), OUT),
    ("verbs", "africa", "RSF fighters slaughtered Masalit men in El Geneina.", ("slaughtered",), OUT),
    ("verbs", "asia", "Junta troops butchered villagers in Sagaing.", ("butchered",), OUT),
    ("verbs", "latam", "Police massacred protesters in Juliaca.", ("massacred",), OUT),
    ("verbs", "cn", "Rioters rampaged through the streets of Hong Kong.", ("rampaged",), OUT),
    ("verbs", "ir", "American troops slaughtered the wedding guests in Kandahar.", ("slaughtered",), OUT),
    ("verbs", "west", "Taliban fighters murdered aid workers in Faryab.", ("murdered",), OUT),
    ("verbs", "restrict", "Migrant gangs went on a rampage in Dublin.", ("rampage",), OUT),
    ("verbs", "ps", "Settlers went on a rampage in Turmus Ayya.", ("rampage",), OUT),
    ("verbs", "il", "Terrorists massacred young people at the festival.", ("massacred",), OUT),
    ("verbs", "arab", "Houthi militiamen mowed down civilians in Taiz.", ("mowed down",), OUT),
    ("verbs", "human", "Coast guards left migrants to drown off Pylos.", ("left migrants to drown",), OUT),
    ("verbs", "", "Farmers slaughtered 200 sheep for the Eid festival.", (), OUT),
    ("verbs", "", "The butcher sold lamb in the market of Aleppo.", (), OUT),
    ("verbs", "", "An elephant went on a rampage in a village in Assam.", (), OUT),
    ("verbs", "", "The army killed 12 militants in the raid.", (), OUT),
    ("verbs", "", "Gunmen killed five aid workers in Faryab.", (), OUT),
    # epithets for migrants and protesters
    ("epithet", "restrict", "Illegals crossed the river near Eagle Pass overnight.", ("Illegals",), OUT),
    ("epithet", "restrict", "The invasion at the southern border continued in March.", ("invasion",), OUT),
    ("epithet", "restrict", "Illegal aliens were bused to New York.", ("Illegal aliens",), OUT),
    ("epithet", "restrict", "Boats full of illegal migrants reached Lampedusa.", ("illegal migrants",), OUT),
    ("epithet", "il", "African infiltrators were held at the Holot centre.", ("infiltrators",), OUT),
    ("epithet", "ir", "Rioters set fire to a mosque in Tehran.", ("Rioters",), OUT),
    ("epithet", "ru", "Paid provocateurs staged the protest in Tbilisi.", ("Paid provocateurs",), OUT),
    ("epithet", "cn", "Radical rioters stormed the Legislative Council.", ("Radical rioters",), OUT),
    ("epithet", "west", "Anarchists smashed shop windows in central Paris.", ("Anarchists",), OUT),
    ("epithet", "africa", "Hooligans blocked roads in Nairobi on Tuesday.", ("Hooligans",), OUT),
    ("epithet", "asia", "Anti-national elements blocked roads in Srinagar.", ("Anti-national elements",), OUT),
    ("epithet", "latam", "Vandals burned metro stations in Santiago.", ("Vandals",), OUT),
    ("epithet", "ir", "The seditionists attacked a Basij base in Tehran.", ("seditionists",), OUT),
    ("epithet", "human", "Migrants died at the walls of Fortress Europe.", ("Fortress Europe",), OUT),
    ("epithet", "restrict", "\"This is an invasion of our country,\" the candidate said.", ("invasion of our country",), QUO),
    ("epithet", "human", "Migrants were caged at the border in Texas.", ("caged",), OUT),
    ("epithet", "human", "Detained migrants were held in concentration camps in Libya.", ("concentration camps",), OUT),
    ("epithet", "", "Russia's invasion of Ukraine entered its third year.", (), OUT),
    ("epithet", "", "Undocumented migrants crossed the river near Eagle Pass.", (), OUT),
    ("epithet", "", "Protesters blocked roads in Nairobi on Tuesday.", (), OUT),
    ("epithet", "", "Illegal parking fines rose in Rome.", (), OUT),
    ("epithet", "", "Asylum seekers were housed in a hotel in Dover.", (), OUT),
    ("epithet", "", "The anarchist writer Emma Goldman was born in Kaunas.", (), OUT),
    # a second batch, written after the first fixes (before measuring them), to check that they
    # hold beyond the first rows
    ("descriptor", "ua", "Moscow-installed officials in Kherson announced a curfew.", ("Moscow-installed",), OUT),
    ("descriptor", "ir", "Tel Aviv-backed gunmen attacked the border guards.", ("Aviv-backed",), OUT),
    ("descriptor", "", "The family-run hotel reopened in Sousse.", (), OUT),
    ("terror", "il", "Hezbollah terror cells were found near the border.", ("terror cells",), OUT),
    ("terror", "", "The anti-terrorism law was amended on Tuesday.", (), OUT),
    ("criminal", "ps", "Settler thugs attacked shepherds near Hebron.", ("Settler thugs",), OUT),
    ("criminal", "ru", "Kyiv's mercenaries shelled the border village.", ("mercenaries",), OUT),
    ("criminal", "", "Two pirates were sentenced in Mombasa.", (), OUT),
    ("dehumanising", "asia", "Hordes of Rohingya crossed into the district.", ("Hordes of Rohingya",), OUT),
    ("dehumanising", "il", "Terrorist vermin hide in the tunnels under the town.", ("Terrorist vermin",), OUT),
    ("dehumanising", "", "A horde of tourists filled the old town.", (), OUT),
    ("glorifying", "ps", "The heroic fighters of the Qassam Brigades repelled the incursion.", ("heroic fighters",), OUT),
    ("glorifying", "ru", "The liberators of Donbas were greeted with flowers.", ("liberators of Donbas",), OUT),
    ("glorifying", "", "The rescuers of the hostages were decorated.", (), OUT),
    ("euphemism", "africa", "Soldiers sanitised the area after the attack near Diffa.", ("sanitised",), OUT),
    ("euphemism", "il", "The pilot eliminated two operatives in a car in Tyre.", ("eliminated",), OUT),
    ("euphemism", "", "The new law eliminated the fees for students.", (), OUT),
    ("delegitimising", "africa", "The de facto authorities in Hargeisa detained the journalist.", ("de facto authorities",), OUT),
    ("delegitimising", "latam", "The Bukele dictatorship arrested more lawyers.", ("Bukele dictatorship",), OUT),
    ("delegitimising", "", "The transitional authorities in Bamako dissolved the parties.", (), OUT),
    ("blame", "ps", "The holocaust of Gaza's children goes on.", ("holocaust",), OUT),
    ("blame", "", "A museum of the Holocaust opened in Kyiv.", (), OUT),
    ("scare", "ru", "The “sovereign” Ukraine depends on Western money.", ("“sovereign”",), OUT),
    ("scare", "cn", "The “democracy” of Taiwan answers to Washington.", ("“democracy”",), OUT),
    ("scare", "", "The court cited the “reasonable person” standard.", (), OUT),
    ("verbs", "ua", "Russian troops butchered prisoners near Robotyne.", ("butchered",), OUT),
    ("verbs", "", "The farmers butchered a pig for the wedding.", (), OUT),
    ("epithet", "ir", "Foreign agitators set fire to a bank in Shiraz.", ("agitators",), OUT),
    ("epithet", "asia", "Anti-people forces killed a teacher in Bijapur.", ("Anti-people forces",), OUT),
    ("epithet", "restrict", "Officials spoke of an invasion as boats kept arriving.", ("invasion",), OUT),
    ("epithet", "", "The invasion of Iraq began in March 2003.", (), OUT),
]


# rows the framing stage does not mark yet (strict: a row that starts passing must leave this set)
GAPS: set[str] = {
    "\"This is an invasion of our country,\" the candidate said.",
    "A Wagner-linked company guarded the gold mine near Bambari.",
    "Border guards pushed back 300 migrants to Belarus.",
    "Detained migrants were held in concentration camps in Libya.",
    "Firefighters made a heroic effort to save the building.",
    "Mercenaries are banned under a convention of 1989.",
    "Police arrested three gangsters after the bank robbery in Naples.",
    "Soros-funded groups organised the march in Tbilisi.",
    "The 1995 Srebrenica genocide was commemorated on Thursday.",
    "The government-funded hospital opened a new ward.",
    "The ship ‘Grace 1’ was released in August.",
    "The thugs in the film are played by two brothers.",
    "Uyghurs attended vocational education and training centres in Xinjiang.",
}


def test_the_probe_covers_every_class_and_side() -> None:
    classes: dict[str, set[str]] = {}
    for cls, side, text, wording, _ in ROWS:
        assert (side in SIDES) == bool(wording), text
        classes.setdefault(cls, set()).add(side)
    assert len(ROWS) >= 200 and len(classes) == 11
    for cls, sides in classes.items():
        assert "" in sides and len(sides) >= 8, cls
    assert {side for sides in classes.values() for side in sides} == SIDES | {""}
    assert len({row[2] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("cls", "side", "text", "wording", "voice"), probe_params(ROWS, GAPS, "near"))
def test_class_probe_row(parse: Callable[..., ParsedDoc], cls: str, side: str, text: str,
                         wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)
