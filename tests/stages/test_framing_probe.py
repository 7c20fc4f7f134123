"""A framing probe across conflicts: invented wire sentences, each with the loaded wording it
should mark (or none), the voice it is in, the conflict and the side whose framing it carries.

Every conflict has rows for each side, so the probe's recall per side shows whether the
lexicons and constructions cover every side equally; negatives use the neutral wording of wire
copy for the same parties. Rows the stage still misses are strict xfails in GAPS."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_row, probe_params

OUT, QUO = "outlet", "quoted"

# (conflict, side whose framing it is, sentence, wording to mark, voice); no wording = negative
ROWS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    # Russia / Ukraine
    ("ru-ua", "ua", "Russian occupiers shelled the village of Bilozerka overnight.", ("occupiers",), OUT),
    ("ru-ua", "ua", "The Kremlin regime ordered a new wave of conscription.", ("Kremlin regime",), OUT),
    ("ru-ua", "ua", "Voting in the so-called referendum in Zaporizhzhia ended on Tuesday.", ("so-called",), OUT),
    ("ru-ua", "ua", "Officials of the “DPR” announced a curfew in the town.", ("“DPR”",), OUT),
    ("ru-ua", "ua", "Residents of Russian-occupied Melitopol reported blasts.", ("Russian-occupied",), OUT),
    ("ru-ua", "ua", "\"The Russian terrorists hit a school again,\" the mayor of Zhytomyr said.", ("Russian terrorists",), QUO),
    ("ru-ua", "ua", "\"The aggressor state must pay for every village,\" the Ukrainian minister said.", ("aggressor state",), QUO),
    ("ru-ua", "ru", "The Kyiv regime ordered a new wave of conscription.", ("Kyiv regime",), OUT),
    ("ru-ua", "ru", "Ukrainian neo-Nazis shelled the centre of Horlivka overnight.", ("neo-Nazis",), OUT),
    ("ru-ua", "ru", "Ukrainian nationalist battalions withdrew from the town.", ("nationalist battalions",), OUT),
    ("ru-ua", "ru", "Western-backed Kyiv received a new batch of missiles.", ("Western-backed",), OUT),
    ("ru-ua", "ru", "Officials of the “Ukrainian state” announced a curfew in the town.", ("“Ukrainian state”",), OUT),
    ("ru-ua", "ru", "\"The neo-Nazi regime in Kyiv shelled a market,\" the Russian defence ministry said.", ("neo-Nazi regime",), QUO),
    ("ru-ua", "ru", "\"Ukrainian militants fired on civilians,\" the governor of Belgorod said.", ("Ukrainian militants",), QUO),
    ("ru-ua", "", "The Ukrainian government announced a new budget on Monday.", (), OUT),
    ("ru-ua", "", "Russian forces advanced near the town of Pokrovsk.", (), OUT),
    ("ru-ua", "", "The Kremlin said the talks would resume next week.", (), OUT),
    ("ru-ua", "", "Ukraine's armed forces said they repelled nine attacks.", (), OUT),
    # Israel / Palestine / Lebanon / Iran
    ("il-ps", "ps", "The Zionist enemy shelled the outskirts of Khan Younis.", ("Zionist enemy",), OUT),
    ("il-ps", "ps", "Occupation forces stormed the town of Tubas at dawn.", ("Occupation forces",), OUT),
    ("il-ps", "ps", "Three martyrs were buried in Jenin on Friday.", ("martyrs",), OUT),
    ("il-ps", "ps", "Aid trucks waited at the gate of besieged Gaza.", ("besieged",), OUT),
    ("il-ps", "ps", "The “Israeli” army withdrew from the camp on Sunday.", ("“Israeli”",), OUT),
    ("il-ps", "ps", "Resistance fighters ambushed a patrol near Nablus.", ("Resistance fighters",), OUT),
    ("il-ps", "ps", "Officials of the Zionist entity met the envoy.", ("Zionist entity",), OUT),
    ("il-ps", "ps", "\"The occupation army is committing genocide,\" the Hamas spokesman said.", ("occupation army", "genocide"), QUO),
    ("il-ps", "ps", "\"The Zionist regime will pay a heavy price,\" the Iranian foreign minister said.", ("Zionist regime",), QUO),
    ("il-ps", "il", "The Hamas-run health ministry released new figures.", ("Hamas-run",), OUT),
    ("il-ps", "il", "Aid trucks waited at the gate of Hamas-ruled Gaza.", ("Hamas-ruled",), OUT),
    ("il-ps", "il", "The terror group Hamas released two hostages.", ("terror group",), OUT),
    ("il-ps", "il", "Hezbollah terrorists fired rockets at the Galilee.", ("Hezbollah terrorists",), OUT),
    ("il-ps", "il", "The Iran-backed Hezbollah fired rockets at the Galilee.", ("Iran-backed",), OUT),
    ("il-ps", "il", "The Iranian regime executed two protesters on Thursday.", ("Iranian regime",), OUT),
    ("il-ps", "il", "Troops destroyed terror infrastructure in Jenin.", ("terror infrastructure",), OUT),
    ("il-ps", "il", "The Palestinian radical group Islamic Jihad claimed the attack.", ("radical group",), OUT),
    ("il-ps", "il", "\"Hamas terrorists hide behind civilians,\" the Israeli military spokesman said.", ("Hamas terrorists",), QUO),
    ("il-ps", "il", "\"The ayatollah regime is the head of the octopus,\" the Israeli prime minister said.", ("ayatollah regime", "head of the octopus"), QUO),
    ("il-ps", "", "Hamas, which governs Gaza, said the talks had stalled.", (), OUT),
    ("il-ps", "", "Israeli forces withdrew from the town of Tubas on Sunday.", (), OUT),
    ("il-ps", "", "The Gaza health ministry released new figures.", (), OUT),
    ("il-ps", "", "Hezbollah said it would respond to the talks.", (), OUT),
    ("il-ps", "", "The Palestinian Authority appointed a new prime minister.", (), OUT),
    # India / Pakistan / Kashmir
    ("in-pk", "in", "Pakistan-sponsored terrorists crossed the Line of Control.", ("Pakistan-sponsored terrorists",), OUT),
    ("in-pk", "in", "Police raided a house in Pakistan-occupied Kashmir.", ("Pakistan-occupied",), OUT),
    ("in-pk", "in", "The army destroyed terror launch pads across the border.", ("terror launch pads",), OUT),
    ("in-pk", "in", "Jihadi groups recruited young men in the valley.", ("Jihadi groups",), OUT),
    ("in-pk", "in", "\"Pakistan is the epicentre of cross-border terrorism,\" the Indian minister said.", ("cross-border terrorism",), QUO),
    ("in-pk", "in", "\"The Pakistani deep state protects terrorists,\" the Indian army chief said.", ("Pakistani deep state", "terrorists"), QUO),
    ("in-pk", "pk", "Police raided a house in Indian-occupied Kashmir.", ("Indian-occupied",), OUT),
    ("in-pk", "pk", "Indian occupation forces killed two youths in Pulwama.", ("Indian occupation forces",), OUT),
    ("in-pk", "pk", "Kashmiri freedom fighters ambushed an army convoy.", ("freedom fighters",), OUT),
    ("in-pk", "pk", "The Hindutva regime revoked the region's status in 2019.", ("Hindutva regime",), OUT),
    ("in-pk", "pk", "\"The fascist Modi regime is killing Kashmiris,\" the Pakistani prime minister said.", ("fascist Modi regime",), QUO),
    ("in-pk", "pk", "\"India-sponsored terrorists attacked the school,\" the Pakistani army spokesman said.", ("India-sponsored terrorists",), QUO),
    ("in-pk", "", "Police raided a house in Indian-administered Kashmir.", (), OUT),
    ("in-pk", "", "Police raided a house in Pakistan-administered Kashmir.", (), OUT),
    ("in-pk", "", "Pakistani troops and Indian troops exchanged fire overnight.", (), OUT),
    # China / Taiwan / Hong Kong / Xinjiang
    ("cn-tw", "cn", "Taiwan separatists held a rally in Taipei.", ("Taiwan separatists",), OUT),
    ("cn-tw", "cn", "Taiwan independence forces met a US delegation.", ("Taiwan independence forces",), OUT),
    ("cn-tw", "cn", "Black-clad rioters blocked roads in Hong Kong.", ("rioters",), OUT),
    ("cn-tw", "cn", "The so-called Taiwan president left for Paraguay.", ("so-called",), OUT),
    ("cn-tw", "cn", "\"The Lai authorities are colluding with foreign forces,\" the Chinese spokesman said.", ("colluding with foreign forces",), QUO),
    ("cn-tw", "cn", "\"East Turkestan terrorist forces threaten Xinjiang,\" the Chinese ambassador said.", ("terrorist forces",), QUO),
    ("cn-tw", "tw", "The Chinese Communist regime sent warships to the strait.", ("Communist regime",), OUT),
    ("cn-tw", "tw", "The Beijing-backed leader of Hong Kong met the envoy.", ("Beijing-backed",), OUT),
    ("cn-tw", "tw", "Uyghurs were held in concentration camps in Xinjiang.", ("concentration camps",), OUT),
    ("cn-tw", "tw", "Beijing's puppet government in Hong Kong jailed the editor.", ("puppet government",), OUT),
    ("cn-tw", "tw", "\"The CCP regime is committing genocide against the Uyghurs,\" the activist said.", ("CCP regime", "genocide"), QUO),
    ("cn-tw", "tw", "\"The Beijing regime wants to swallow Taiwan,\" the Taiwanese legislator said.", ("Beijing regime",), QUO),
    ("cn-tw", "", "The Taiwanese government announced a new budget on Monday.", (), OUT),
    ("cn-tw", "", "The Chinese government said the drills had ended.", (), OUT),
    ("cn-tw", "", "Protesters blocked roads in Hong Kong.", (), OUT),
    # Sudan
    ("sd", "saf", "The rebel militia shelled a hospital in El Fasher.", ("rebel militia",), OUT),
    ("sd", "saf", "The terrorist militia looted the market in Nyala.", ("terrorist militia",), OUT),
    ("sd", "saf", "Janjaweed militias torched villages in Darfur.", ("Janjaweed",), OUT),
    ("sd", "saf", "\"The rebel Dagalo militia is a foreign-backed mercenary force,\" the army spokesman said.", ("rebel Dagalo militia",), QUO),
    ("sd", "rsf", "The Burhan regime bombed a market in Nyala.", ("Burhan regime",), OUT),
    ("sd", "rsf", "Islamist militias allied to the army shelled the town.", ("Islamist militias",), OUT),
    ("sd", "rsf", "Remnants of the former regime control Port Sudan.", ("Remnants of the former regime",), OUT),
    ("sd", "rsf", "\"The Islamist-backed army is bombing civilians,\" the RSF commander said.", ("Islamist-backed",), QUO),
    ("sd", "", "The Rapid Support Forces said they had taken the town.", (), OUT),
    ("sd", "", "The Sudanese army said it had retaken the bridge.", (), OUT),
    # Myanmar
    ("mm", "junta", "Terrorist groups attacked a police station in Sagaing.", ("Terrorist groups",), OUT),
    ("mm", "junta", "Destructive elements burned a school in Magway.", ("Destructive elements",), OUT),
    ("mm", "junta", "\"The PDF terrorists killed two teachers,\" the military spokesman said.", ("PDF terrorists",), QUO),
    ("mm", "opp", "The brutal junta bombed a school in Sagaing.", ("brutal junta",), OUT),
    ("mm", "opp", "The so-called State Administration Council extended emergency rule.", ("so-called",), OUT),
    ("mm", "opp", "The fascist military burned a village in Magway.", ("fascist military",), OUT),
    ("mm", "opp", "\"The terrorist military council must be stopped,\" the NUG spokesman said.", ("terrorist military council",), QUO),
    ("mm", "", "The military government extended emergency rule.", (), OUT),
    ("mm", "", "The People's Defence Force said it took the town.", (), OUT),
    # Ethiopia / Tigray
    ("et", "fed", "The TPLF junta fled to the mountains.", ("TPLF junta",), OUT),
    ("et", "fed", "The terrorist TPLF shelled the town of Alamata.", ("terrorist TPLF",), OUT),
    ("et", "fed", "\"The TPLF clique started this war,\" the Ethiopian prime minister said.", ("TPLF clique",), QUO),
    ("et", "tig", "Aid trucks waited at the edge of besieged Tigray.", ("besieged",), OUT),
    ("et", "tig", "Eritrean invaders looted the town of Adwa.", ("Eritrean invaders",), OUT),
    ("et", "tig", "The Abiy regime cut power to the region.", ("Abiy regime",), OUT),
    ("et", "tig", "\"This is a genocidal war against Tigrayans,\" the Tigrayan spokesman said.", ("genocidal war",), QUO),
    ("et", "", "The Tigray People's Liberation Front said it had withdrawn.", (), OUT),
    ("et", "", "The Ethiopian government said the talks would resume.", (), OUT),
    # Sahel
    ("sahel", "junta", "Terrorists attacked an army post near Mopti.", ("Terrorists",), OUT),
    ("sahel", "junta", "French-backed jihadists attacked an army post near Mopti.", ("French-backed",), OUT),
    ("sahel", "junta", "\"The neo-colonial French army supported terrorists,\" the Malian minister said.", ("neo-colonial", "terrorists"), QUO),
    ("sahel", "opp", "The Malian junta expelled the French ambassador.", ("junta",), OUT),
    ("sahel", "opp", "Russian mercenaries killed dozens of villagers near Moura.", ("Russian mercenaries",), OUT),
    ("sahel", "opp", "The so-called transitional authorities postponed the vote.", ("so-called",), OUT),
    ("sahel", "opp", "\"The apostate army will be punished,\" the JNIM statement said.", ("apostate army",), QUO),
    ("sahel", "", "The Malian army said it had retaken the town.", (), OUT),
    ("sahel", "", "The transitional government postponed the vote.", (), OUT),
    # Colombia / Venezuela
    ("co-ve", "gov", "The fascist opposition called a march in Caracas.", ("fascist opposition",), OUT),
    ("co-ve", "gov", "US-backed coup plotters were arrested in Caracas.", ("US-backed coup plotters",), OUT),
    ("co-ve", "gov", "\"The imperialists want our oil,\" the Venezuelan president said.", ("imperialists",), QUO),
    ("co-ve", "opp", "The Maduro regime jailed two opposition leaders.", ("Maduro regime",), OUT),
    ("co-ve", "opp", "The narco-regime in Caracas jailed two opposition leaders.", ("narco-regime",), OUT),
    ("co-ve", "opp", "FARC dissident narco-terrorists attacked a base in Cauca.", ("narco-terrorists",), OUT),
    ("co-ve", "opp", "\"The usurper in Miraflores must go,\" the opposition leader said.", ("usurper",), QUO),
    ("co-ve", "", "The Venezuelan government said the vote would go ahead.", (), OUT),
    ("co-ve", "", "FARC dissidents attacked a base in Cauca.", (), OUT),
    # Kurds / Turkey
    ("tr-ku", "tr", "PKK terrorists attacked a base in Hakkari.", ("PKK terrorists",), OUT),
    ("tr-ku", "tr", "The terrorist organisation PKK/YPG shelled a border town.", ("terrorist organisation",), OUT),
    ("tr-ku", "tr", "Separatist terrorists attacked a base in Hakkari.", ("Separatist terrorists",), OUT),
    ("tr-ku", "tr", "\"The PKK terror group will be wiped out,\" the Turkish defence minister said.", ("PKK terror group",), QUO),
    ("tr-ku", "ku", "Turkish-backed mercenaries looted the town of Afrin.", ("Turkish-backed mercenaries",), OUT),
    ("tr-ku", "ku", "The Turkish occupation army shelled the town of Kobani.", ("Turkish occupation army",), OUT),
    ("tr-ku", "ku", "The Erdogan regime jailed two Kurdish mayors.", ("Erdogan regime",), OUT),
    ("tr-ku", "ku", "\"The Turkish occupation is bombing our villages,\" the SDF commander said.", ("Turkish occupation",), QUO),
    ("tr-ku", "", "The Kurdistan Workers' Party said it would disarm.", (), OUT),
    ("tr-ku", "", "The Turkish army said it had struck targets in northern Iraq.", (), OUT),
    # Yemen
    ("ye", "gov", "The Iran-backed Houthi militia fired drones at Marib.", ("Iran-backed",), OUT),
    ("ye", "gov", "The Houthi terrorist militia shelled the city of Taiz.", ("Houthi terrorist militia",), OUT),
    ("ye", "gov", "\"The Houthi militia is a tool of the Iranian regime,\" the Yemeni minister said.", ("Houthi militia", "Iranian regime"), QUO),
    ("ye", "ans", "The Saudi-American aggression bombed a market in Saada.", ("Saudi-American aggression",), OUT),
    ("ye", "ans", "The mercenaries of the aggression shelled the town.", ("mercenaries of the aggression",), OUT),
    ("ye", "ans", "\"The US-Saudi aggression killed our children,\" the Houthi spokesman said.", ("US-Saudi aggression",), QUO),
    ("ye", "ans", "Thousands attended the funeral of the martyrs in Sanaa.", ("martyrs",), OUT),
    ("ye", "", "The Houthis said they had fired drones at Marib.", (), OUT),
    ("ye", "", "The Yemeni government said the talks would resume.", (), OUT),
    # Western Sahara
    ("eh", "ma", "The separatist Polisario fired shells near Mahbes.", ("separatist Polisario",), OUT),
    ("eh", "ma", "Officials of the so-called SADR met the envoy.", ("so-called",), OUT),
    ("eh", "ma", "The Algeria-backed Polisario fired shells near Mahbes.", ("Algeria-backed",), OUT),
    ("eh", "ma", "\"The Polisario militias are a threat to the region,\" the Moroccan minister said.", ("Polisario militias",), QUO),
    ("eh", "eh", "Moroccan occupation forces arrested two activists in Laayoune.", ("Moroccan occupation forces",), OUT),
    ("eh", "eh", "The occupying power banned the protest in Laayoune.", ("occupying power",), OUT),
    ("eh", "eh", "\"The Moroccan occupation must end,\" the Polisario representative said.", ("Moroccan occupation",), QUO),
    ("eh", "", "The Polisario Front said it had fired shells near Mahbes.", (), OUT),
    ("eh", "", "The Moroccan government said the talks would resume.", (), OUT),
    # Armenia / Azerbaijan
    ("am-az", "az", "Armenian occupiers burned the houses before leaving.", ("Armenian occupiers",), OUT),
    ("am-az", "az", "The separatist regime in Khankendi dissolved itself.", ("separatist regime",), OUT),
    ("am-az", "az", "Officials of the so-called Nagorno-Karabakh Republic met the envoy.", ("so-called",), OUT),
    ("am-az", "az", "\"The Armenian armed formations must leave,\" the Azerbaijani spokesman said.", ("Armenian armed formations",), QUO),
    ("am-az", "am", "The Aliyev regime closed the Lachin corridor.", ("Aliyev regime",), OUT),
    ("am-az", "am", "Aid waited at the edge of besieged Artsakh.", ("besieged",), OUT),
    ("am-az", "am", "The Turkish-backed army of Azerbaijan shelled Jermuk.", ("Turkish-backed",), OUT),
    ("am-az", "am", "\"Azerbaijan is carrying out ethnic cleansing,\" the Armenian prime minister said.", ("ethnic cleansing",), QUO),
    ("am-az", "", "The Azerbaijani government said the talks would resume.", (), OUT),
    ("am-az", "", "The Armenian government said the border was calm.", (), OUT),
    ("am-az", "", "Karabakh Armenians left for Armenia in September.", (), OUT),
    # a second batch, written after the first fixes, to check that they hold beyond the first rows
    ("ru-ua", "ua", "The Russian invaders retreated from the left bank.", ("Russian invaders",), OUT),
    ("ru-ua", "ua", "Ukrainian soldiers drove the orcs out of the village.", ("orcs",), OUT),
    ("ru-ua", "ru", "The special military operation entered its third year.", ("special military operation",), OUT),
    ("ru-ua", "ru", "The village was liberated from Ukrainian nationalists.", ("Ukrainian nationalists",), OUT),
    ("il-ps", "ps", "Two young men were martyred in Tulkarm.", ("martyred",), OUT),
    ("il-ps", "ps", "Settler gangs torched olive groves near Nablus.", ("Settler gangs",), OUT),
    ("il-ps", "il", "Troops killed three terrorists in Tulkarm.", ("terrorists",), OUT),
    ("il-ps", "il", "New clashes broke out in Judea and Samaria.", ("Judea and Samaria",), OUT),
    ("in-pk", "in", "Residents of PoK protested the price of flour.", ("PoK",), OUT),
    ("in-pk", "pk", "Residents of IIOJK protested the curfew.", ("IIOJK",), OUT),
    ("cn-tw", "cn", "The Taiwan region held local elections.", ("Taiwan region",), OUT),
    ("cn-tw", "tw", "The CCP-controlled media repeated the claim.", ("CCP-controlled",), OUT),
    ("sd", "saf", "The RSF terrorist militia shelled the camp.", ("terrorist militia",), OUT),
    ("sd", "rsf", "The Burhan junta banned the newspaper.", ("Burhan junta",), OUT),
    ("mm", "junta", "The terrorist PDF burned a school.", ("terrorist PDF",), OUT),
    ("mm", "opp", "The military regime burned the village.", ("military regime",), OUT),
    ("et", "fed", "The TPLF terrorist group attacked Afar.", ("terrorist group",), OUT),
    ("et", "tig", "Eritrean occupiers looted the town.", ("Eritrean occupiers",), OUT),
    ("sahel", "junta", "Armed terrorist groups attacked an army post near Djibo.", ("terrorist groups",), OUT),
    ("sahel", "opp", "The junta's Russian mercenaries executed villagers.", ("Russian mercenaries",), OUT),
    ("co-ve", "gov", "The imperialist blockade hurt the economy.", ("imperialist blockade",), OUT),
    ("co-ve", "opp", "The Maduro dictatorship jailed two activists.", ("Maduro dictatorship",), OUT),
    ("tr-ku", "tr", "YPG terrorists shelled a border town.", ("YPG terrorists",), OUT),
    ("tr-ku", "ku", "Turkish-backed factions looted Afrin.", ("Turkish-backed",), OUT),
    ("ye", "ans", "The Saudi-led aggression bombed Saada.", ("aggression",), OUT),
    ("ye", "gov", "The Houthi coup militia shelled Taiz.", ("coup militia",), OUT),
    ("eh", "ma", "The Moroccan Sahara attracted new investment.", ("Moroccan Sahara",), OUT),
    ("eh", "eh", "Activists in occupied Western Sahara were arrested.", ("occupied Western Sahara",), OUT),
    ("am-az", "az", "The so-called Artsakh authorities resigned.", ("so-called",), OUT),
    ("am-az", "am", "Azerbaijani aggression against Armenia continued.", ("Azerbaijani aggression",), OUT),
    ("sahel", "", "Militants attacked an army post near Djibo.", (), OUT),
    # the lexicon lists "Houthi rebels" as a label (the movement rejects "rebels"), used by
    # Western wire services: the government side's wording here, not a neutral one
    ("ye", "gov", "Houthi rebels fired a missile at a ship.", ("Houthi rebels",), OUT),
    ("ye", "", "The Houthis said they fired a missile at a ship.", (), OUT),
    ("cn-tw", "", "The Taiwanese president met the envoy.", (), OUT),
    ("mm", "", "The military government denied the report.", (), OUT),
    ("il-ps", "", "Israeli troops and Palestinian gunmen exchanged fire in Jenin.", (), OUT),
    ("ru-ua", "", "Russian and Ukrainian officials met in Istanbul.", (), OUT),
]

# rows the framing stage does not mark yet (strict: a row that starts passing must leave this set)
GAPS: set[str] = {
    '"The Lai authorities are colluding with foreign forces," the Chinese spokesman said.',
    'Uyghurs were held in concentration camps in Xinjiang.',
    '"The rebel Dagalo militia is a foreign-backed mercenary force," the army spokesman said.',
    '"The neo-colonial French army supported terrorists," the Malian minister said.',
    'The separatist Polisario fired shells near Mahbes.',
    'The military regime burned the village.',
}


def test_the_probe_is_balanced() -> None:
    sides: dict[str, set[str]] = {}
    for conflict, side, _, wording, _ in ROWS:
        sides.setdefault(conflict, set()).add(side if wording else "")
    assert len(sides) == 13
    for conflict, names in sides.items():
        assert "" in names and len(names) == 3, conflict


@pytest.mark.parametrize(("conflict", "side", "text", "wording", "voice"), probe_params(ROWS, GAPS))
def test_probe_row(parse: Callable[..., ParsedDoc], conflict: str, side: str, text: str,
                   wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)
