"""A framing probe by register: invented headlines, ledes, captions, state-media and partisan
copy, wire quotes and op-ed lines from conflicts the earlier framing probes name least
(Armenia/Azerbaijan, Colombia, Manipur, Tigray, Sudan, the Sahel, Balochistan, the PKK, Venezuela,
Nicaragua, Xinjiang, Western Sahara, Cameroon's Anglophone regions, US and European politics), each
with the loaded wording an analyst would mark (or none: the neutral wording of wire copy for the
same parties, or a literal use of the same word), its voice, and the side whose framing it
carries. The class and side probes (``test_framing_class_probe.py``, ``test_framing_probe.py``)
were written sentence by sentence in plain wire style; this one asks whether the classes hold in
the other forms outlets write: headline grammar (no articles, present tense, colons), datelined
ledes, photo captions, state agencies' official phrasing and partisan sites.

Held out (written before any change for it, measured on main at 8123794): recall 58/75 = 0.773
(headline 10/16, lede 7/11, caption 4/6, state 9/11, partisan 9/11, quote 7/7, scare 6/7, acts
6/6), near misses marked 2/23. Two near misses were rewritten after that measurement, not for a
rule: "Separatist fighters" is a label by the project's convention (the lexicons mark "separatist"
before a group's people, as Chinese, Turkish and Azerbaijani outlets use it), and "“Artsakh”, as
Armenians call the region" is the Armenians' word reported by the outlet (a row now expecting the
quoted voice). After the rules of stop 44 (a clause of naming after a label, any wording a calling
verb reports, "-monger" words, "-sympathising"/"-loving" descriptors, "illegal" groups, singular
"terror tunnel"): recall 63/76 = 0.829, near misses marked 0/22; title-case headlines (6 rows)
remain the largest gap. After nlp.titlecase (a title-case headline read from a sentence-cased copy):
3 of the 6 title-case rows pass; the other 3 fail in sentence case as well.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_row, probe_params

OUT, QUO = "outlet", "quoted"
SIDES = frozenset({"am", "az", "co-gov", "co-rebel", "in", "kuki", "et", "tpl", "sd-army", "rsf", "sahel",
                   "west", "pk", "baloch", "tr", "kurd", "ve-gov", "ve-opp", "ni", "cn", "uyghur", "ma",
                   "polisario", "cm", "ambaz", "right", "left", "ru", "ua", "il", "ps", "ir"})

# (register, side whose framing it is, text, wording to mark, voice); no wording = neutral or literal
ROWS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    # headlines: no articles, present tense, a colon between speaker and words
    ("headline", "am", "Azerbaijani Aggressors Shell Stepanakert Suburbs", ("Aggressors",), OUT),
    ("headline", "az", "Armenian Separatists Fire on Azerbaijani Positions in Karabakh", ("Separatists",), OUT),
    ("headline", "co-gov", "Narco-Terrorists Bomb Police Station in Cauca", ("Narco-Terrorists",), OUT),
    ("headline", "co-rebel", "Oligarchic Regime Bombs Peasant Villages in Catatumbo", ("Oligarchic Regime",), OUT),
    ("headline", "in", "Kuki Militants Torch Meitei Homes in Churachandpur", ("Kuki Militants",), OUT),
    ("headline", "kuki", "Meitei Mobs Burn Churches as State Forces Watch", ("Meitei Mobs",), OUT),
    ("headline", "et", "TPLF Junta Remnants Loot Aid Warehouses in Mekelle", ("TPLF Junta",), OUT),
    ("headline", "tpl", "Genocidal Abiy Regime Starves Tigray", ("Genocidal Abiy Regime",), OUT),
    ("headline", "sd-army", "Rebel Militia Terrorists Storm El Fasher Hospital", ("Militia Terrorists",), OUT),
    ("headline", "rsf", "Islamist Brigades of Burhan Bomb Nyala Market", ("Islamist Brigades",), OUT),
    ("headline", "pk", "Indian-Sponsored Terrorists Killed in Balochistan Raid", ("Indian-Sponsored",), OUT),
    ("headline", "baloch", "Occupying Punjabi Army Abducts Students in Turbat", ("Occupying Punjabi Army",), OUT),
    ("headline", "ve-gov", "Fascist Opposition Plots Coup Against the People", ("Fascist Opposition",), OUT),
    ("headline", "ve-opp", "Maduro Dictatorship Jails Another Journalist", ("Maduro Dictatorship",), OUT),
    ("headline", "right", "Illegals Flood Border Town as Shelters Overflow", ("Illegals",), OUT),
    ("headline", "left", "Far-Right Thugs Attack Asylum Hotel in Rotherham", ("Far-Right Thugs",), OUT),
    ("headline", "", "Azerbaijani Forces Shell Stepanakert Suburbs", (), OUT),
    ("headline", "", "Armed Group Attacks Police Station in Cauca", (), OUT),
    ("headline", "", "Gunmen Burn Homes in Churachandpur", (), OUT),
    ("headline", "", "Migrant Arrivals Rise in Border Town", (), OUT),
    # ledes with a dateline
    ("lede", "az", "BAKU, Sept 20 — The illegal armed formations in Karabakh laid down their arms on Wednesday.",
     ("illegal armed formations",), OUT),
    ("lede", "am", "YEREVAN, Sept 20 — Azerbaijan's ethnic cleansing of Artsakh entered its second day.",
     ("ethnic cleansing",), OUT),
    ("lede", "tr", "ANKARA, Oct 4 — Security forces neutralised 14 PKK terrorists in northern Iraq.",
     ("neutralised", "PKK terrorists"), OUT),
    ("lede", "kurd", "QAMISHLI, Oct 4 — Turkish occupation drones struck a power station near Amuda.",
     ("Turkish occupation",), OUT),
    ("lede", "cn", "URUMQI, May 2 — Graduates of the vocational training centres found jobs in Kashgar.",
     ("vocational training centres",), OUT),
    ("lede", "uyghur", "ISTANBUL, May 2 — Survivors of China's concentration camps testified in Istanbul.",
     ("concentration camps",), OUT),
    ("lede", "ma", "RABAT, Nov 6 — The Moroccan Sahara celebrated the anniversary of the Green March.",
     ("Moroccan Sahara",), OUT),
    ("lede", "polisario", "TINDOUF, Nov 6 — The occupied territories of Western Sahara held a strike.",
     ("occupied territories",), OUT),
    ("lede", "cm", "BUEA, June 1 — Secessionist terrorists burned a school in Kumba.", ("Secessionist terrorists",), OUT),
    ("lede", "ambaz", "BAMENDA, June 1 — La Republique's occupation soldiers burned a village in Ndop.",
     ("occupation soldiers",), OUT),
    ("lede", "", "BAKU, Sept 20 — Ethnic Armenian forces in Karabakh laid down their arms on Wednesday.", (), OUT),
    ("lede", "", "ANKARA, Oct 4 — Turkish troops killed 14 PKK fighters in northern Iraq.", (), OUT),
    ("lede", "", "RABAT, Nov 6 — Morocco marked the anniversary of the Green March.", (), OUT),
    ("lede", "", "BUEA, June 1 — Armed men burned a school in Kumba.", (), OUT),
    # photo captions
    ("caption", "ps", "Palestinians mourn martyrs killed in an Israeli strike, in Rafah, Gaza.", ("martyrs",), OUT),
    ("caption", "il", "IDF soldiers search a terror tunnel under a school in Beit Hanoun.", ("terror tunnel",), OUT),
    ("caption", "ua", "A building destroyed by Russian invaders in Kharkiv, Ukraine.", ("Russian invaders",), OUT),
    ("caption", "ru", "A house damaged by shelling by Ukrainian nationalists in Donetsk.", ("Ukrainian nationalists",), OUT),
    ("caption", "sahel", "Fighters of the jihadist hordes seen in a video from the Menaka region.", ("jihadist hordes",), OUT),
    ("caption", "ni", "Supporters of the coup-mongers march in Managua in 2018.", ("coup-mongers",), OUT),
    ("caption", "", "Palestinians mourn relatives killed in an Israeli strike, in Rafah, Gaza.", (), OUT),
    ("caption", "", "A building damaged by a Russian strike in Kharkiv, Ukraine.", (), OUT),
    ("caption", "", "Soldiers search a tunnel under a school in Beit Hanoun.", (), OUT),
    # state agencies' official phrasing
    ("state", "ru", "The Kiev regime's armed formations shelled Horlivka, the agency reported.", ("Kiev regime",), OUT),
    ("state", "cn", "The so-called 'World Uyghur Congress' is an anti-China separatist organisation.",
     ("so-called", "anti-China separatist organisation"), OUT),
    ("state", "ir", "The Zionist entity's criminal army attacked a refugee camp in Jenin.",
     ("Zionist entity", "criminal army"), OUT),
    ("state", "et", "The terrorist TPLF clique attacked Kobo, the state broadcaster said.", ("terrorist TPLF clique",), OUT),
    ("state", "in", "Pakistan-sponsored infiltrators were eliminated along the Line of Control.",
     ("Pakistan-sponsored", "eliminated"), OUT),
    ("state", "pk", "The Indian occupation forces martyred three Kashmiri youth in Pulwama.",
     ("Indian occupation forces", "martyred"), OUT),
    ("state", "ve-gov", "The extreme right's guarimbas left two people dead in Caracas.", ("guarimbas",), OUT),
    ("state", "", "The state agency said shelling hit Horlivka on Sunday.", (), OUT),
    ("state", "", "The World Uyghur Congress held its assembly in Sarajevo.", (), OUT),
    # partisan sites and op-eds
    ("partisan", "right", "The open-borders mob wants amnesty for millions of illegal aliens.",
     ("open-borders mob", "illegal aliens"), OUT),
    ("partisan", "left", "MAGA extremists stormed the statehouse in Lansing.", ("MAGA extremists",), OUT),
    ("partisan", "il", "The Hamas-sympathising mob marched through central London.", ("Hamas-sympathising mob",), OUT),
    ("partisan", "ps", "The apartheid state bulldozed another Bedouin village in the Negev.", ("apartheid state",), OUT),
    ("partisan", "ua", "Putin's orcs looted the museum in Kherson.", ("orcs",), OUT),
    ("partisan", "ru", "The Banderite junta in Kiev banned the Orthodox Church.", ("Banderite junta",), OUT),
    ("partisan", "co-gov", "The so-called peace process only rewards the terrorists of the ELN.",
     ("so-called", "terrorists of the ELN"), OUT),
    ("partisan", "co-rebel", "Paramilitary death squads murdered another social leader in Antioquia.",
     ("death squads", "murdered"), OUT),
    ("partisan", "", "Protesters marched through central London on Saturday.", (), OUT),
    ("partisan", "", "The peace process with the ELN resumed in Caracas.", (), OUT),
    ("partisan", "", "The museum in Kherson reopened after the war.", (), OUT),
    # quotes of officials and fighters
    ("quote", "az", "“The separatist regime has ceased to exist,” the presidential aide said.", ("separatist regime",), QUO),
    ("quote", "am", "“This is a genocide in slow motion,” the ombudsman told reporters.", ("genocide",), QUO),
    ("quote", "sd-army", "“These mercenaries of the Dagalo family will be crushed,” the general said.",
     ("mercenaries",), QUO),
    ("quote", "rsf", "“The Kizan army bombed our people in the market,” the RSF adviser said.", ("Kizan army",), QUO),
    ("quote", "baloch", "“The Pakistani occupiers will be driven out,” the BLA spokesman said.", ("Pakistani occupiers",), QUO),
    ("quote", "kuki", "“Our villages were ethnically cleansed,” the tribal leaders' forum said.",
     ("ethnically cleansed",), QUO),
    ("quote", "in", "“Narco-terrorists from across the border armed these groups,” the chief minister said.",
     ("Narco-terrorists",), QUO),
    ("quote", "", "“The talks will resume next week,” the presidential aide said.", (), QUO),
    ("quote", "", "“Our villages were emptied by the fighting,” the tribal leaders' forum said.", (), QUO),
    # scare quotes and delegitimising names in copy
    ("scare", "az", "The “Artsakh” leadership signed the decree to dissolve itself.", ("“Artsakh”",), OUT),
    ("scare", "am", "The “reintegration” of Karabakh emptied its towns within a week.", ("“reintegration”",), OUT),
    ("scare", "cm", "The self-proclaimed “Ambazonia” government is based abroad.", ("self-proclaimed", "“Ambazonia”"), OUT),
    ("scare", "ve-opp", "The regime's “elections” returned Maduro to office.", ("“elections”",), OUT),
    ("scare", "ni", "The self-styled “opposition” met in Costa Rica.", ("self-styled", "“opposition”"), OUT),
    ("scare", "am", "Voters in “Artsakh”, as Armenians call the region, left their homes.", ("“Artsakh”",), QUO),
    ("scare", "", "The film “Ambazonia” opened in Lagos on Friday.", (), OUT),
    # loaded verbs and nouns of acts
    ("acts", "tpl", "Eritrean troops massacred hundreds of civilians in Axum.", ("massacred",), OUT),
    ("acts", "et", "TPLF forces carried out a pogrom against Amhara residents in Mai Kadra.", ("pogrom",), OUT),
    ("acts", "rsf", "Army warplanes slaughtered civilians at the Kabkabiya market.", ("slaughtered",), OUT),
    ("acts", "sd-army", "The rebel militia's rampage through El Geneina left hundreds dead.", ("rampage",), OUT),
    ("acts", "sahel", "Jihadists butchered villagers in Solenzo.", ("butchered",), OUT),
    ("acts", "west", "Russian mercenaries executed civilians in Moura.", ("Russian mercenaries",), OUT),
    ("acts", "", "Army warplanes struck the Kabkabiya market, killing civilians.", (), OUT),
    ("acts", "", "The butcher's shop in Solenzo reopened after the attack.", (), OUT),
    ("acts", "", "Troops killed 30 villagers in Solenzo, witnesses said.", (), OUT),
]


# rows the framing stage does not mark yet (strict: a row that starts passing must leave this set)
GAPS: set[str] = {
    # a people's name before a group noun, and a junta's remnants: unmarked in sentence case too
    # (the title-case headlines are read in sentence case since nlp.titlecase)
    "Kuki Militants Torch Meitei Homes in Churachandpur",
    "Meitei Mobs Burn Churches as State Forces Watch",
    "TPLF Junta Remnants Loot Aid Warehouses in Mekelle",
    # one side's names for the same camps and lands
    "URUMQI, May 2 — Graduates of the vocational training centres found jobs in Kashgar.",
    "ISTANBUL, May 2 — Survivors of China's concentration camps testified in Istanbul.",
    "TINDOUF, Nov 6 — The occupied territories of Western Sahara held a strike.",
    # a judging adjective after a possessive label; a local coinage; a mob named by its cause
    "The Zionist entity's criminal army attacked a refugee camp in Jenin.",
    "The extreme right's guarimbas left two people dead in Caracas.",
    "The open-borders mob wants amnesty for millions of illegal aliens.",
    # scare quotes around a common noun of one side's policy
    "The “reintegration” of Karabakh emptied its towns within a week.",
}


def test_the_probe_covers_every_register_and_side() -> None:
    registers: dict[str, set[str]] = {}
    for register, side, text, wording, _ in ROWS:
        assert (side in SIDES) == bool(wording), text
        for w in wording:
            assert w in text, (w, text)
        registers.setdefault(register, set()).add(side)
    assert len(ROWS) >= 88 and len(registers) == 8
    for register, sides in registers.items():
        assert "" in sides and len(sides) >= 4, register
    assert {side for sides in registers.values() for side in sides} == SIDES | {""}
    assert len({row[2] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("register", "side", "text", "wording", "voice"), probe_params(ROWS, GAPS, "near"))
def test_register_probe_row(parse: Callable[..., ParsedDoc], register: str, side: str, text: str,
                            wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)
