"""A class probe of five coercive and supportive PLOVER types, written from the codebook before any rule.

On the second held-out VOA set THREATEN, COERCE, SANCTION, MOBILIZE and SUPPORT are mostly missed:
news words these acts in more ways than the lexicon knows. This probe goes mode by mode through the
PLOVER codebook's definitions of the five types (``../shared/reference/PLOVER_codebook.csv``) and
writes each act in the constructions news uses for it, one sentence each, written by hand before
the code was run (branch i16-threat):

* ``v``: an active verb ("detained", "threatened to", "praised");
* ``p``: a passive ("were detained", "was sentenced");
* ``n``: a nominal ("the arrest of", "sanctions on", "the deployment of");
* ``l``: a light verb with an event noun ("imposed sanctions", "issued a warning", "put troops on
  alert", "declared a state of emergency", "voiced support");
* ``c``: a conditional or promised act ("if ... will", "vowed to"): THREATEN;
* ``x``: a negative or near miss ("warned of heavy rain", "support staff", "the ban was lifted").

Row ids are ``TYPE-mode-construction-n``. Source and target are the country codes the sentence
names (a state's organs, forces and citizens carry its code; "" when the sentence names none). The
expected type is the codebook's: sanctions and embargoes, convictions, expulsions from a body and
cuts of ties or aid are SANCTION; arrests, bans, curfews, censorship, deportation and searches are
COERCE; threats and ultimatums, and promised coercion, are THREATEN; troops, police and weapons made
ready are MOBILIZE; praise, endorsement and solidarity are SUPPORT.

Measured on main before any rule (d2fb4256, 193 rows, the answers written first; rows found with the
expected type / rows, by ``half(text)``), the held-out estimate:

=========  ======  =====  =====
class      whole   tune   check
=========  ======  =====  =====
THREATEN   28/38   10/14  18/24
COERCE     31/43   14/21  17/22
SANCTION   23/36    9/16  14/20
MOBILIZE   18/26    8/12  10/14
SUPPORT    20/26   10/13  10/13
all rows  142/193  59/85  83/108
=========  ======  =====  =====

type accuracy 0.674, triple F1 0.650, actor F1 0.893, triple accuracy 0.601, no counted event on 0.176.
After the rules of ``test_coercion_class_rules.py`` (written looking at the tune rows): THREATEN 30/38
(11/14, 19/24), COERCE 32/43 (15/21, 17/22), SANCTION 27/36 (12/16, 15/20), MOBILIZE 21/26 (10/12,
11/14), SUPPORT 24/26 (13/13, 11/13); all rows 156/193 (69/85, 87/108); type accuracy 0.746, triple F1
0.712, actor F1 0.921, triple accuracy 0.674, no counted event on 0.135 (``MEASURED``). A rule for
parties dissolved by the state (COERCE ban) was dropped: the ACLED reading of a militia disbanded
(change to group) and one ACLED-typed prediction on the second VOA set fell with it. After the weapon
test noun, the ownerless threat noun and bare support pledged of ``test_mobilize_threat_rules.py``
(i16-mobilize): THREATEN 31/38 (12/14, 19/24), MOBILIZE 22/26 (11/12, 11/14), SUPPORT 25/26 (13/13,
12/13); type accuracy 0.762, triple F1 0.721, actor F1 0.923, triple accuracy 0.684, no counted event on 0.130 (``MEASURED``).

Conventions left open (rows kept as first written): a conviction or sentence is SANCTION convict in the
codebook but ACCUSE (CAMEO 116) in the CAMEO crosswalk the system and the CAMEO probes follow; crowd
control with tear gas is ASSAULT crowd-control in the codebook (``COERCE-v-3`` expects COERCE); an import
ban "imposed" (``COERCE-ban-l-1``, COERCE) curtails commercial exchange, SANCTION by the codebook.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import (
    NO_EVENT,
    class_found,
    plover_probe_shortfalls,
    plover_row,
    plover_row_params,
    triple_row_result,
)

r = plover_row

THREATEN_ROWS = [
    r("THREATEN-violence-v-1", "Iran threatened on Sunday to strike Israeli cities if the raids continued, state media reported.", "THREATEN", "IRN", "ISR"),
    r("THREATEN-violence-v-2", "North Korea warned South Korea that it would respond with overwhelming force to any incursion.", "THREATEN", "PRK", "KOR"),
    r("THREATEN-violence-c-1", "If Azerbaijan moves its troops again, Armenia will hit back hard, the Armenian defence minister said.", "THREATEN", "ARM", "AZE"),
    r("THREATEN-violence-c-2", "Ethiopia vowed to crush Eritrean forces if they crossed the border, a government spokesman said.", "THREATEN", "ETH", "ERI"),
    r("THREATEN-violence-l-1", "Pakistan issued a stern warning to India on Friday over the shelling in Kashmir.", "THREATEN", "PAK", "IND"),
    r("THREATEN-violence-l-2", "Russia delivered an ultimatum to Ukraine, demanding that its troops leave the town within 24 hours.", "THREATEN", "RUS", "UKR"),
    r("THREATEN-violence-n-1", "Venezuela's threat to invade Guyana alarmed neighbouring governments.", "THREATEN", "VEN", "GUY"),
    r("THREATEN-violence-n-2", "Serbia dismissed the Kosovo government's warning of a military response.", "THREATEN", "XKX", "SRB"),
    r("THREATEN-violence-v-3", "Sudan's army chief threatened the Rapid Support Forces with a full-scale offensive on Khartoum.", "THREATEN", "SDN", "SDN"),
    r("THREATEN-territory-v-1", "China threatened to seize Taiwan's outlying islands, the Taiwanese defence ministry said on Monday.", "THREATEN", "CHN", "TWN"),
    r("THREATEN-territory-c-1", "Morocco said it would take control of the disputed strip if Algeria kept arming the rebels.", "THREATEN", "MAR", "DZA"),
    r("THREATEN-arrest-v-1", "Turkish prosecutors threatened to arrest Greek journalists who entered the buffer zone.", "THREATEN", "TUR", "GRC"),
    r("THREATEN-arrest-l-1", "A Bangladeshi court issued an arrest warrant for the former prime minister of Bangladesh on Wednesday.", "THREATEN", "BGD", "BGD"),
    r("THREATEN-arrest-c-1", "Zimbabwe's police chief warned that officers would detain any opposition supporter who marched in Harare.", "THREATEN", "ZWE", "ZWE"),
    r("THREATEN-relations-v-1", "Algeria threatened to cut diplomatic ties with Spain over its stance on Western Sahara.", "THREATEN", "DZA", "ESP"),
    r("THREATEN-relations-c-1", "Lithuania warned that it would recall its ambassador from Minsk if Belarus expelled more diplomats.", "THREATEN", "LTU", "BLR"),
    r("THREATEN-relations-v-2", "Ghana threatened to suspend talks with Togo unless the border crossings reopened.", "THREATEN", "GHA", "TGO"),
    r("THREATEN-restrict-v-1", "The European Union threatened to impose sanctions on Belarus over the forced landing of the flight.", "THREATEN", "IGO", "BLR"),
    r("THREATEN-restrict-v-2", "Washington threatened China with fresh tariffs on Monday, the White House said.", "THREATEN", "USA", "CHN"),
    r("THREATEN-restrict-c-1", "Canada said it would slap duties on Mexican steel if the quota talks failed.", "THREATEN", "CAN", "MEX"),
    r("THREATEN-restrict-n-1", "India's threat of a trade embargo on Nepal worried exporters in Kathmandu.", "THREATEN", "IND", "NPL"),
    r("THREATEN-restrict-v-3", "Kenyan truck drivers threatened a blockade of the border with Uganda over new fees.", "THREATEN", "KEN", "UGA"),
    r("THREATEN-expel-v-1", "Mali threatened to expel the United Nations peacekeeping mission, the foreign minister of Mali said.", "THREATEN", "MLI", "IGO"),
    r("THREATEN-expel-c-1", "Russia warned that it would expel German diplomats in response to the closure of its consulate.", "THREATEN", "RUS", "DEU"),
    r("THREATEN-ban-v-1", "Cambodia's government threatened to ban the main opposition party ahead of the election.", "THREATEN", "KHM", "KHM"),
    r("THREATEN-ban-c-1", "Hungary warned that foreign-funded charities would be banned if they kept helping migrants.", "THREATEN", "HUN", ""),
    r("THREATEN-rights-v-1", "Uganda's president threatened to shut down the internet during the vote in Uganda.", "THREATEN", "UGA", "UGA"),
    r("THREATEN-v-4", "Israel warned Hezbollah on Tuesday that Lebanon would pay a heavy price for any attack.", "THREATEN", "ISR", "LBN"),
    r("THREATEN-v-5", "The Nigerian army warned Boko Haram fighters to surrender or face death.", "THREATEN", "NGA", "NGA"),
    r("THREATEN-l-3", "Egypt issued a veiled threat against Ethiopia over the filling of the dam.", "THREATEN", "EGY", "ETH"),
]

COERCE_ROWS = [
    r("COERCE-arrest-v-1", "Egyptian police arrested 12 Sudanese migrants in Cairo on Saturday, a security source said.", "COERCE", "EGY", "SDN"),
    r("COERCE-arrest-p-1", "Three Iranian journalists were detained by Turkish police at Istanbul airport.", "COERCE", "TUR", "IRN"),
    r("COERCE-arrest-p-2", "Two French aid workers were arrested in Niger on Thursday, the French foreign ministry said.", "COERCE", "", "FRA"),
    r("COERCE-arrest-n-1", "The arrest of a Ugandan opposition leader by Ugandan soldiers sparked protests in Kampala.", "COERCE", "UGA", "UGA"),
    r("COERCE-arrest-n-2", "Georgia condemned Russia's detention of two Georgian shepherds near the boundary line.", "COERCE", "RUS", "GEO"),
    r("COERCE-arrest-l-1", "Belarusian authorities took a Polish activist into custody at the border crossing.", "COERCE", "BLR", "POL"),
    r("COERCE-arrest-l-2", "Myanmar's junta placed the elected leader of Myanmar under house arrest again.", "COERCE", "MMR", "MMR"),
    r("COERCE-arrest-v-2", "Chinese security agents detained a Canadian businessman in Beijing on spying charges.", "COERCE", "CHN", "CAN"),
    r("COERCE-arrest-v-3", "Saudi authorities rounded up dozens of Ethiopian migrants in Jeddah.", "COERCE", "SAU", "ETH"),
    r("COERCE-deport-v-1", "Algeria deported hundreds of Nigerien migrants to the desert border last week.", "COERCE", "DZA", "NER"),
    r("COERCE-deport-p-1", "Forty Afghan refugees were deported from Pakistan on Monday, Pakistani officials said.", "COERCE", "PAK", "AFG"),
    r("COERCE-deport-n-1", "The mass deportation of Haitians by the Dominican Republic drew criticism from rights groups.", "COERCE", "DOM", "HTI"),
    r("COERCE-ban-v-1", "Tajikistan banned the Islamic Renaissance Party, the Tajik Supreme Court ruled.", "COERCE", "TJK", "TJK"),
    r("COERCE-ban-p-1", "The opposition candidate was barred from the Venezuelan presidential race by Venezuela's electoral council.", "COERCE", "VEN", "VEN"),
    r("COERCE-ban-l-1", "Russia imposed a ban on Georgian wine imports in 2006, the ministry recalled.", "COERCE", "RUS", "GEO"),
    r("COERCE-restrict-l-1", "The Iranian government imposed new restrictions on foreign journalists in Tehran.", "COERCE", "IRN", ""),
    r("COERCE-restrict-v-1", "Israeli troops sealed off the West Bank town of Jenin on Friday.", "COERCE", "ISR", "PSE"),
    r("COERCE-restrict-v-2", "Egyptian authorities blocked a march by Sudanese refugees in Cairo.", "COERCE", "EGY", "SDN"),
    r("COERCE-curfew-l-1", "Kenya declared a dusk-to-dawn curfew in three northern counties after the clashes.", "COERCE", "KEN", "KEN"),
    r("COERCE-curfew-l-2", "Sri Lanka declared a state of emergency on Tuesday as protests spread.", "COERCE", "LKA", "LKA"),
    r("COERCE-curfew-p-1", "A curfew was imposed on the Ethiopian town of Gondar by Ethiopian authorities.", "COERCE", "ETH", "ETH"),
    r("COERCE-curfew-l-3", "Thailand's army declared martial law across Thailand before dawn on Tuesday.", "COERCE", "THA", "THA"),
    r("COERCE-censor-v-1", "Russia blocked access to the Lithuanian news website on Wednesday.", "COERCE", "RUS", "LTU"),
    r("COERCE-censor-v-2", "Nicaraguan authorities shut down a Costa Rican television channel in Managua.", "COERCE", "NIC", "CRI"),
    r("COERCE-censor-p-1", "The Turkish newspaper was closed by Turkish authorities under emergency decree.", "COERCE", "TUR", "TUR"),
    r("COERCE-seize-v-1", "Turkish police raided the offices of a Kurdish newspaper in Istanbul.", "COERCE", "TUR", ""),
    r("COERCE-seize-v-2", "Iran seized a British-flagged tanker in the Strait of Hormuz.", "COERCE", "IRN", "GBR"),
    r("COERCE-seize-p-1", "The assets of the Russian oligarch were frozen by Italian authorities.", "COERCE", "ITA", "RUS"),
    r("COERCE-withhold-v-1", "Ethiopia cut off electricity and telephone service to Tigray for months.", "COERCE", "ETH", "ETH"),
    r("COERCE-withhold-v-2", "Israel shut off the water supply to Gaza on Monday, Palestinian officials said.", "COERCE", "ISR", "PSE"),
    r("COERCE-v-3", "Belarusian police dispersed a crowd of Belarusian students with tear gas in Minsk.", "COERCE", "BLR", "BLR"),
    r("COERCE-v-4", "Cuban security forces cracked down on Cuban dissidents ahead of the anniversary.", "COERCE", "CUB", "CUB"),
    r("COERCE-n-3", "Rights groups condemned China's crackdown on Uyghur activists.", "COERCE", "CHN", "CHN"),
    r("COERCE-v-5", "Guinean authorities expelled a French journalist on Saturday.", "COERCE", "GIN", "FRA"),
    r("COERCE-p-4", "Hundreds of Rohingya refugees have been forcibly returned to Myanmar by Bangladesh.", "COERCE", "BGD", "MMR"),
]

SANCTION_ROWS = [
    r("SANCTION-discontinue-l-1", "The United States imposed sanctions on Iranian oil companies on Thursday, the Treasury said.", "SANCTION", "USA", "IRN"),
    r("SANCTION-discontinue-l-2", "Britain slapped new sanctions on Russian banks over the invasion of Ukraine.", "SANCTION", "GBR", "RUS"),
    r("SANCTION-discontinue-n-1", "Sanctions on Syria by the European Union were extended for another year.", "SANCTION", "IGO", "SYR"),
    r("SANCTION-discontinue-p-1", "Eleven Chinese officials were sanctioned by the U.S. Treasury on Friday.", "SANCTION", "USA", "CHN"),
    r("SANCTION-discontinue-v-1", "Japan sanctioned five North Korean shipping firms on Tuesday.", "SANCTION", "JPN", "PRK"),
    r("SANCTION-discontinue-l-3", "ECOWAS imposed an economic embargo on Niger after the coup.", "SANCTION", "IGO", "NER"),
    r("SANCTION-discontinue-l-4", "Australia placed travel bans on four Myanmar generals, the Australian foreign minister said.", "SANCTION", "AUS", "MMR"),
    r("SANCTION-discontinue-v-2", "China suspended imports of Lithuanian beef last month.", "SANCTION", "CHN", "LTU"),
    r("SANCTION-discontinue-v-3", "Qatar halted gas exports to Egypt after the dispute, Qatari officials said.", "SANCTION", "QAT", "EGY"),
    r("SANCTION-discontinue-v-4", "Washington froze the assets of Venezuela's central bank in the United States.", "SANCTION", "USA", "VEN"),
    r("SANCTION-relations-v-1", "Niger cut diplomatic ties with Ukraine on Tuesday, a spokesman for Niger's junta said.", "SANCTION", "NER", "UKR"),
    r("SANCTION-relations-v-2", "Honduras broke off relations with Taiwan in March.", "SANCTION", "HND", "TWN"),
    r("SANCTION-relations-v-3", "Colombia recalled its ambassador from Israel, the Colombian president said.", "SANCTION", "COL", "ISR"),
    r("SANCTION-relations-n-1", "Mexico's severing of ties with Ecuador followed the raid on its embassy.", "SANCTION", "MEX", "ECU"),
    r("SANCTION-relations-v-4", "Bolivia downgraded its relations with Peru on Wednesday.", "SANCTION", "BOL", "PER"),
    r("SANCTION-withdraw-v-1", "The United States suspended military aid to Niger after the coup, the State Department said.", "SANCTION", "USA", "NER"),
    r("SANCTION-withdraw-v-2", "Germany halted development assistance to Burkina Faso last year.", "SANCTION", "DEU", "BFA"),
    r("SANCTION-withdraw-v-3", "Burkina Faso withdrew from the International Organisation of La Francophonie.", "SANCTION", "BFA", "IGO"),
    r("SANCTION-withdraw-n-2", "Nicaragua's withdrawal from the Organization of American States took effect on Sunday.", "SANCTION", "NIC", "IGO"),
    r("SANCTION-withdraw-v-4", "Russia pulled out of the grain export deal with Ukraine in July.", "SANCTION", "RUS", "UKR"),
    r("SANCTION-expel-v-1", "Poland expelled a Russian diplomat on Tuesday, the Polish foreign ministry said.", "SANCTION", "POL", "RUS"),
    r("SANCTION-expel-p-1", "Two Iranian diplomats were expelled by the Netherlands over the plot.", "SANCTION", "NLD", "IRN"),
    r("SANCTION-expel-n-1", "Estonia's expulsion of a Russian diplomat angered Moscow.", "SANCTION", "EST", "RUS"),
    r("SANCTION-expel-v-2", "The African Union suspended Guinea after the military coup.", "SANCTION", "IGO", "GIN"),
    r("SANCTION-expel-v-3", "Mali ordered the French ambassador to leave the country within 72 hours.", "SANCTION", "MLI", "FRA"),
    r("SANCTION-convict-p-1", "A Russian journalist was sentenced to 22 years in prison by a Russian court.", "SANCTION", "RUS", "RUS"),
    r("SANCTION-convict-v-1", "An Iranian court convicted a French tourist of espionage on Tuesday.", "SANCTION", "IRN", "FRA"),
    r("SANCTION-convict-p-2", "The former president of Peru was found guilty of corruption by a Peruvian court.", "SANCTION", "PER", "PER"),
    r("SANCTION-convict-v-2", "A Chinese court sentenced an Australian writer to death with a reprieve.", "SANCTION", "CHN", "AUS"),
    r("SANCTION-convict-n-1", "The conviction of a Belarusian activist by a court in Minsk drew condemnation from Lithuania.", "SANCTION", "BLR", "BLR"),
]

MOBILIZE_ROWS = [
    r("MOBILIZE-troops-v-1", "Russia deployed thousands of troops along Ukraine's border, Ukrainian officials said.", "MOBILIZE", "RUS", "UKR"),
    r("MOBILIZE-troops-v-2", "India moved additional troops to the border with China after the clash.", "MOBILIZE", "IND", "CHN"),
    r("MOBILIZE-troops-p-1", "Thousands of Turkish soldiers were sent to the border with Syria on Thursday.", "MOBILIZE", "TUR", "SYR"),
    r("MOBILIZE-troops-n-1", "The deployment of Rwandan troops to Mozambique was announced on Friday.", "MOBILIZE", "RWA", "MOZ"),
    r("MOBILIZE-troops-n-2", "Ukraine warned of a Russian military build-up near its eastern border.", "MOBILIZE", "RUS", "UKR"),
    r("MOBILIZE-troops-l-1", "Armenia put its troops on high alert along the border with Azerbaijan.", "MOBILIZE", "ARM", "AZE"),
    r("MOBILIZE-troops-v-3", "Kenya dispatched soldiers to Somalia's border region on Sunday.", "MOBILIZE", "KEN", "SOM"),
    r("MOBILIZE-troops-v-4", "Israel called up 300,000 reservists after the attack, the Israeli army said.", "MOBILIZE", "ISR", ""),
    r("MOBILIZE-troops-v-5", "Greece massed tanks on the border with Turkey last week.", "MOBILIZE", "GRC", "TUR"),
    r("MOBILIZE-troops-v-6", "China sent warships into waters near the Philippines on Monday.", "MOBILIZE", "CHN", "PHL"),
    r("MOBILIZE-troops-l-2", "Serbia raised the combat readiness of its army near the boundary with Kosovo.", "MOBILIZE", "SRB", "XKX"),
    r("MOBILIZE-troops-v-7", "Mali's junta announced a general mobilisation of reservists on Tuesday.", "MOBILIZE", "MLI", ""),
    r("MOBILIZE-police-v-1", "Pakistan deployed thousands of police officers in Islamabad ahead of the rally.", "MOBILIZE", "PAK", "PAK"),
    r("MOBILIZE-police-p-1", "Riot police were deployed across Nairobi by Kenyan authorities on Tuesday.", "MOBILIZE", "KEN", "KEN"),
    r("MOBILIZE-weapons-v-1", "North Korea tested a new intercontinental ballistic missile on Friday, Japan said.", "MOBILIZE", "PRK", ""),
    r("MOBILIZE-weapons-v-2", "Russia moved nuclear-capable missiles into Belarus, the Belarusian president said.", "MOBILIZE", "RUS", "BLR"),
    r("MOBILIZE-weapons-l-1", "Iran conducted a test of a new hypersonic missile on Tuesday.", "MOBILIZE", "IRN", ""),
    r("MOBILIZE-militia-v-1", "Hezbollah mobilised its fighters along the border with Israel, Israeli officials said.", "MOBILIZE", "LBN", "ISR"),
    r("MOBILIZE-troops-l-3", "Venezuela staged military exercises near the border with Guyana.", "MOBILIZE", "VEN", "GUY"),
    r("MOBILIZE-troops-v-8", "Azerbaijan reinforced its positions along the line of contact with Armenia.", "MOBILIZE", "AZE", "ARM"),
]

SUPPORT_ROWS = [
    r("SUPPORT-praise-v-1", "Egypt praised Qatar's role in brokering the truce, the Egyptian foreign ministry said.", "SUPPORT", "EGY", "QAT"),
    r("SUPPORT-praise-v-2", "The Kenyan president commended Ethiopia for hosting the talks.", "SUPPORT", "KEN", "ETH"),
    r("SUPPORT-praise-l-1", "Japan voiced support for the Philippines in its maritime dispute.", "SUPPORT", "JPN", "PHL"),
    r("SUPPORT-praise-l-2", "Turkey expressed solidarity with Morocco after the earthquake.", "SUPPORT", "TUR", "MAR"),
    r("SUPPORT-praise-l-3", "India reaffirmed its support for Bhutan's sovereignty on Wednesday.", "SUPPORT", "IND", "BTN"),
    r("SUPPORT-praise-v-3", "France backed Senegal's bid for a seat on the Security Council.", "SUPPORT", "FRA", "SEN"),
    r("SUPPORT-praise-v-4", "Brazil endorsed Argentina's claim to the Falkland Islands.", "SUPPORT", "BRA", "ARG"),
    r("SUPPORT-praise-l-4", "Saudi Arabia welcomed the Yemeni government's decision to join the talks.", "SUPPORT", "SAU", "YEM"),
    r("SUPPORT-praise-v-5", "Nigeria congratulated Ghana on its peaceful election.", "SUPPORT", "NGA", "GHA"),
    r("SUPPORT-praise-l-5", "Pakistan extended its full backing to Afghanistan's interim government.", "SUPPORT", "PAK", "AFG"),
    r("SUPPORT-praise-v-6", "Russia defended Syria's handling of the crisis at the United Nations.", "SUPPORT", "RUS", "SYR"),
    r("SUPPORT-praise-l-6", "Indonesia stood by Malaysia in the dispute, the Indonesian foreign minister said.", "SUPPORT", "IDN", "MYS"),
    r("SUPPORT-praise-v-7", "Cuba lauded Venezuela's social programmes during the visit.", "SUPPORT", "CUB", "VEN"),
    r("SUPPORT-praise-l-7", "China threw its weight behind Pakistan's position on Kashmir.", "SUPPORT", "CHN", "PAK"),
    r("SUPPORT-ties-v-1", "Saudi Arabia and Iran restored diplomatic relations in March.", "SUPPORT", "SAU IRN", ""),
    r("SUPPORT-ties-v-2", "Israel established diplomatic ties with Bahrain in 2020.", "SUPPORT", "ISR BHR", ""),
    r("SUPPORT-ratify-v-1", "Kenya's parliament ratified the trade treaty with Tanzania on Thursday.", "SUPPORT", "KEN", "TZA"),
    r("SUPPORT-praise-n-1", "Ukraine thanked Poland for its support, the Ukrainian president said.", "SUPPORT", "UKR", "POL"),
    r("SUPPORT-praise-l-8", "Germany paid tribute to Namibia's leader at the funeral.", "SUPPORT", "DEU", "NAM"),
    r("SUPPORT-praise-v-8", "Rwanda hailed Uganda's decision to reopen the border.", "SUPPORT", "RWA", "UGA"),
]

NEAR_MISS_ROWS = [
    r("NONE-x-1", "Kenyan forecasters warned of heavy rain in the coastal region this week.", NO_EVENT, "", ""),
    r("NONE-x-2", "The hospital in Lagos hired 40 new support staff last month.", NO_EVENT, "", ""),
    r("NONE-x-3", "Critics say the novel's arrested development theme feels dated.", NO_EVENT, "", ""),
    r("NONE-x-4", "Tickets for the concert in Prague sold out within an hour.", NO_EVENT, "", ""),
    r("NONE-x-5", "The Chilean economy showed signs of recovery in the second quarter.", NO_EVENT, "", ""),
    r("NONE-x-6", "Doctors in Manila warned that the heat could be dangerous for older people.", NO_EVENT, "", ""),
    r("NONE-x-7", "The bridge in Belgrade is supported by steel cables.", NO_EVENT, "", ""),
    r("NONE-x-8", "Farmers in Punjab deployed new irrigation methods this season.", NO_EVENT, "", ""),
    r("NONE-x-9", "The Peruvian team drew its sentence of fans from across the country.", NO_EVENT, "", ""),
    r("NONE-x-10", "Analysts in Tokyo expect the yen to recover some ground next week.", NO_EVENT, "", ""),
    r("CONCEDE-x-11", "Uzbekistan lifted the ban on Afghan fruit imports on Monday.", "CONCEDE", "UZB", "AFG"),
    r("CONCEDE-x-12", "Jordan released two Syrian journalists after a week in custody.", "CONCEDE", "JOR", "SYR"),
    r("CONCEDE-x-13", "Sri Lanka lifted the state of emergency on Friday.", "CONCEDE", "LKA", "LKA"),
    r("ASSAULT-x-14", "Russian troops shelled the Ukrainian town of Kupiansk overnight, Ukrainian officials said.", "ASSAULT", "RUS", "UKR"),
    r("ASSAULT-x-15", "Sudanese soldiers shot dead three protesters in Khartoum on Thursday.", "ASSAULT", "SDN", "SDN"),
    r("REQUEST-x-16", "Lebanon urged Israel to withdraw its troops from the border villages.", "REQUEST", "LBN", "ISR"),
    r("ACCUSE-x-17", "Somalia accused Ethiopia of violating its sovereignty.", "ACCUSE", "SOM", "ETH"),
    r("AID-x-18", "Japan sent 50 tonnes of rice to Madagascar after the cyclone.", "AID", "JPN", "MDG"),
    r("REJECT-x-19", "Iran rejected the American demand to halt enrichment.", "REJECT", "IRN", "USA"),
    r("CONSULT-x-20", "The Chinese foreign minister met his Brazilian counterpart in Beijing on Monday.", "CONSULT", "CHN", "BRA"),
]

# a second batch in the less common wording news uses for the same acts (written with the first, before any run)
WORDING_ROWS = [
    r("THREATEN-violence-v-6", "Iran said it would not hesitate to use force against Israel if its nuclear sites were struck.", "THREATEN", "IRN", "ISR"),
    r("THREATEN-violence-c-3", "Hamas vowed retaliation against Israel for the killing of its commander.", "THREATEN", "PSE", "ISR"),
    r("THREATEN-violence-l-4", "The Houthis put Saudi Arabia on notice that its oil facilities would be targeted.", "THREATEN", "YEM", "SAU"),
    r("THREATEN-violence-l-5", "Turkey gave Kurdish fighters in Syria until Friday to leave the border zone or face an offensive.", "THREATEN", "TUR", "SYR"),
    r("THREATEN-restrict-n-2", "The threat of new American sanctions hung over Venezuela's oil talks.", "THREATEN", "USA", "VEN"),
    r("THREATEN-violence-v-7", "Pyongyang warned Seoul of a merciless response if the drills went ahead.", "THREATEN", "PRK", "KOR"),
    r("THREATEN-relations-c-2", "Azerbaijan said it would close its embassy in Tehran unless Iran handed over the attackers.", "THREATEN", "AZE", "IRN"),
    r("THREATEN-violence-v-8", "Russia raised the prospect of striking Western arms depots in Poland.", "THREATEN", "RUS", "POL"),
    r("COERCE-arrest-p-3", "A Ghanaian journalist was picked up by Ghanaian security agents in Accra on Monday.", "COERCE", "GHA", "GHA"),
    r("COERCE-arrest-v-6", "Tunisian police jailed a prominent Tunisian lawyer on Saturday, his family said.", "COERCE", "TUN", "TUN"),
    r("COERCE-arrest-p-4", "Dozens of Eritrean asylum seekers were rounded up by Israeli police in Tel Aviv.", "COERCE", "ISR", "ERI"),
    r("COERCE-ban-v-2", "Mali's junta dissolved all political parties in Mali on Tuesday.", "COERCE", "MLI", "MLI"),
    r("COERCE-censor-v-3", "Burkina Faso suspended the broadcasts of the French radio station Radio France Internationale.", "COERCE", "BFA", "FRA"),
    r("COERCE-censor-v-4", "The Nigerian government revoked the licence of a Nigerian television station on Friday.", "COERCE", "NGA", "NGA"),
    r("COERCE-restrict-l-2", "Chinese authorities imposed a lockdown on the Chinese city of Xian.", "COERCE", "CHN", "CHN"),
    r("COERCE-seize-p-2", "The passports of three Zimbabwean opposition lawmakers were confiscated by Zimbabwean officials.", "COERCE", "ZWE", "ZWE"),
    r("SANCTION-discontinue-v-5", "The United States blacklisted three Chinese chipmakers on Thursday, the Commerce Department said.", "SANCTION", "USA", "CHN"),
    r("SANCTION-discontinue-v-6", "Russia banned imports of Moldovan fruit over what it called safety concerns.", "SANCTION", "RUS", "MDA"),
    r("SANCTION-relations-v-5", "Lithuania closed its embassy in Minsk after the expulsions, the Lithuanian foreign ministry said.", "SANCTION", "LTU", "BLR"),
    r("SANCTION-withdraw-v-5", "Mali, Niger and Burkina Faso quit the Economic Community of West African States in January.", "SANCTION", "MLI NER BFA", "IGO"),
    r("SANCTION-withdraw-v-6", "Sweden cut its funding to the Palestinian refugee agency UNRWA.", "SANCTION", "SWE", "IGO"),
    r("SANCTION-discontinue-v-7", "Pakistan suspended all flights to India on Wednesday.", "SANCTION", "PAK", "IND"),
    r("MOBILIZE-troops-v-9", "Poland sent 10,000 extra soldiers to its border with Belarus on Monday.", "MOBILIZE", "POL", "BLR"),
    r("MOBILIZE-troops-v-10", "Taiwan put its armed forces on standby as Chinese warships approached.", "MOBILIZE", "TWN", ""),
    r("MOBILIZE-troops-l-4", "China launched large-scale military drills around Taiwan on Thursday.", "MOBILIZE", "CHN", "TWN"),
    r("MOBILIZE-police-l-1", "Bangladesh stepped up security in Dhaka ahead of the verdict, deploying thousands of police.", "MOBILIZE", "BGD", "BGD"),
    r("MOBILIZE-weapons-v-3", "North Korea test-fired two cruise missiles off its west coast, South Korea's military said.", "MOBILIZE", "PRK", ""),
    r("MOBILIZE-troops-v-11", "Russia bolstered its military presence in Kaliningrad, Lithuanian officials said.", "MOBILIZE", "RUS", "RUS"),
    r("SUPPORT-praise-l-9", "Egypt pledged its support for Sudan's sovereignty during the visit.", "SUPPORT", "EGY", "SDN"),
    r("SUPPORT-praise-v-9", "The Arab League applauded Morocco's mediation in the Libyan talks.", "SUPPORT", "IGO", "MAR"),
    r("SUPPORT-praise-l-10", "Kenya came out in support of Somalia's bid to join the East African Community.", "SUPPORT", "KEN", "SOM"),
    r("SUPPORT-praise-v-10", "Turkey sided with Azerbaijan in the dispute over Nagorno-Karabakh.", "SUPPORT", "TUR", "AZE"),
    r("SUPPORT-praise-l-11", "Vietnam offered condolences to Laos after the floods, the Vietnamese foreign ministry said.", "SUPPORT", "VNM", "LAO"),
    r("SUPPORT-praise-v-11", "Senegal voiced its backing for Gambia's new constitution.", "SUPPORT", "SEN", "GMB"),
    r("NONE-x-21", "The Ugandan team stood by the hotel pool before the match.", NO_EVENT, "", ""),
    r("NONE-x-22", "Engineers in Chile tested a new bridge design on Friday.", NO_EVENT, "", ""),
    r("NONE-x-23", "The ministry in Nairobi gave farmers until Friday to register their land.", NO_EVENT, "", ""),
    r("NONE-x-24", "Analysts warned of slower growth in Brazil next year.", NO_EVENT, "", ""),
]

ROWS = THREATEN_ROWS + COERCE_ROWS + SANCTION_ROWS + MOBILIZE_ROWS + SUPPORT_ROWS + NEAR_MISS_ROWS + WORDING_ROWS
CLASSES = ("THREATEN", "COERCE", "SANCTION", "MOBILIZE", "SUPPORT")

MEASURED: dict[str, float] = {"rows": 193, "type_accuracy": 0.762, "triple_f1": 0.721, "actor_f1": 0.923,
                             "triple_accuracy": 0.684, "no_event_rate": 0.130}

# rows the code still gets wrong, with the failure seen (strict: a row that starts passing leaves)
GAPS: dict[str, str] = {
    "COERCE-ban-v-2": "no event",
    "THREATEN-violence-n-2": "no event",
    "THREATEN-territory-c-1": "wrong type: ASSAULT MAR -> -",
    "THREATEN-arrest-c-1": "wrong argument: - -> ZWE",
    "THREATEN-ban-c-1": "no event",
    "COERCE-arrest-n-2": "wrong type: ACCUSE GEO -> RUS",
    "COERCE-deport-p-1": "wrong argument: - -> AFG",
    "COERCE-deport-n-1": "wrong type: ASSAULT DOM -> HTI",
    "COERCE-restrict-l-1": "wrong argument: IRN -> IRN",
    "COERCE-restrict-v-1": "wrong argument: ISR -> ISR",
    "COERCE-seize-v-1": "wrong argument: TUR -> TUR",
    "COERCE-withhold-v-1": "no event",
    "COERCE-v-3": "wrong type: ASSAULT BLR -> BLR",
    "COERCE-v-4": "wrong type: ASSAULT CUB -> CUB",
    "COERCE-n-3": "wrong type: ACCUSE IGO -> CHN",
    "COERCE-v-5": "wrong type: SANCTION GIN -> FRA",
    "COERCE-p-4": "no event",
    "SANCTION-discontinue-n-1": "wrong argument: - -> SYR",
    "SANCTION-discontinue-l-4": "wrong type: COERCE AUS -> MMR",
    "SANCTION-discontinue-v-4": "wrong type: COERCE USA -> VEN",
    "SANCTION-relations-n-1": "wrong type: NONE - -> -",
    "SANCTION-withdraw-v-4": "wrong type: RETREAT RUS -> UKR",
    "MOBILIZE-troops-v-2": "wrong argument: IND -> -",
    "MOBILIZE-troops-n-1": "wrong argument: - -> RWA",
    "MOBILIZE-troops-n-2": "no event",
    "MOBILIZE-troops-l-1": "wrong argument: ARM -> ARM",
    "MOBILIZE-troops-v-5": "wrong argument: GRC -> -",
    "MOBILIZE-troops-v-6": "no event",
    "MOBILIZE-troops-l-3": "wrong argument: VEN -> -",
    "MOBILIZE-troops-v-8": "no event",
    "NONE-x-1": "wrong type: NONE - -> -",
    "CONCEDE-x-12": "wrong type: RETREAT JOR -> SYR",
    "CONSULT-x-20": "wrong argument: BRA/CHN -> -",
    "THREATEN-violence-v-6": "wrong type: ASSAULT IRN -> ISR",
    "THREATEN-violence-l-4": "no event",
    "THREATEN-violence-l-5": "wrong type: ASSAULT TUR -> -",
    "THREATEN-restrict-n-2": "wrong argument: USA -> -",
    "THREATEN-violence-v-8": "no event",
    "COERCE-censor-v-3": "wrong type: SANCTION BFA -> FRA",
    "MOBILIZE-troops-l-4": "wrong argument: CHN -> -",
    "MOBILIZE-weapons-v-3": "no event",
    "SUPPORT-praise-l-10": "no event",
}


def test_layout() -> None:
    ids = Counter(row[0] for row in ROWS)
    assert max(ids.values()) == 1 and len(ROWS) == 193
    kinds = Counter(row[0].split("-")[-2] for row in ROWS)
    assert set(kinds) == {"v", "p", "n", "l", "c", "x"}, kinds
    assert not set(GAPS) - set(ids)
    per_type = Counter(row[2] for row in ROWS)
    assert all(per_type[c] >= 20 for c in CLASSES), per_type


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_coercion_class_row(row: tuple) -> None:
    assert triple_row_result(row) == (True, True)


def test_coercion_class_scores_hold_their_floor() -> None:
    assert plover_probe_shortfalls(ROWS, MEASURED) == []


# rows found with the expected type, per class, after the rules (a class may gain, never lose)
FOUND = {"THREATEN": 31, "COERCE": 32, "SANCTION": 27, "MOBILIZE": 22, "SUPPORT": 25}


def test_coercion_classes_keep_their_found_rows() -> None:
    found = class_found(ROWS)
    assert [c for c in CLASSES if found[c][0] < FOUND[c]] == [], found
