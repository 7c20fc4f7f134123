"""Whose people a casualty figure counts: the rules that give its group a country or none.

Each row is an invented sentence, the key of its casualty figure and the code of the group's actor
("none": no actor). A generic group never takes the country of those who harm it or of whom the
report speaks; a place at home, a possessor, or the speaker of "our" says whose people they are.
"""

from __future__ import annotations

import pytest

from newsledger.records import Article
from tests.builders import ROW_KINDS, pipeline, row_kinds

# (rule, kind, text, figure key, code of the counted group's actor)
ROWS: list[tuple[str, str, str, str, str]] = [
    # figures.read.placed_at_home: the doer's country guessed for the group stands when the count's
    # place is in that country (violence at home); elsewhere the guess is dropped
    ("place at home", "positive", "Militants killed five police officers in Khyber Pakhtunkhwa.", "five", "PAK COP"),
    ("place at home", "positive", "Myanmar junta air strikes killed 30 civilians in Sagaing region.", "30", "MMR CVL"),
    ("place at home", "negative", "Israeli strikes killed 18 civilians in southern Lebanon.", "18", "LBN CVL"),
    ("place at home", "positive", "Ethiopian troops killed 14 civilians in Gondar.", "14", "ETH CVL"),
    ("place at home", "negative", "Russian troops killed six civilians overnight, Ukraine said.", "six", "CVL"),
    ("place at home", "near miss", "Nigerian soldiers killed 12 civilians in a raid in Cameroon.", "12", "CMR CVL"),
    # actors.titles.harmed_by: those a party harms are neither its own people ("its" in the object
    # of the harm is the reporter's) nor the party itself
    ("harmed are others", "positive", "Pakistan said Indian troops killed two of its soldiers.", "two", "PAK MIL"),
    ("harmed are others", "positive", "Iran said Israeli strikes had killed 600 of its people.", "600", "IRN CVL"),
    ("harmed are others", "positive", "Russian drones killed six soldiers near Pokrovsk.", "six", "UKR MIL"),
    ("harmed are others", "negative", "The Ukrainian army said two of its soldiers were killed.", "two", "UKR MIL"),
    ("harmed are others", "near miss", "Israeli officials said two of their soldiers were wounded by Hamas.", "two",
     "ISR MIL"),
    # actors.placement.subject_holding: a party in a modifier of the subject ("Saudi-led air strikes")
    # is the doer as much as the subject is
    ("doer in a modifier", "positive", "Saudi-led air strikes killed 31 people, officials said.", "31", "CVL"),
    ("doer in a modifier", "positive", "A US-led raid killed 12 people, officials said.", "12", "CVL"),
    ("doer in a modifier", "negative", "Russian-made missiles killed 14 people in Kharkiv, officials said.", "14",
     "UKR CVL"),
    ("doer in a modifier", "near miss", "Saudi-led air strikes killed 31 Yemenis, officials said.", "31", "YEM CVL"),
    # actors.nominals.read_compound: a people named in the plural heads its own conjunct and keeps its
    # own reading; a bare demonym adjective shares its partner's noun
    ("plural people conjunct", "positive", "The blast wounded four Afghans and three Pakistani policemen.", "four",
     "AFG CVL"),
    ("plural people conjunct", "positive", "The strike killed 11 Palestinians and two Egyptian border guards.", "11",
     "PSE CVL"),
    ("plural people conjunct", "negative", "The shelling killed two Sudanese and Chadian soldiers.", "two", "MIL"),
    ("plural people conjunct", "near miss", "The blast wounded four Afghans and three Pakistani policemen.", "three",
     "PAK COP"),
    # actors.placement.in_others_relative: a place in a relative clause on another noun is not where
    # the people counted are
    ("place in another's relative clause", "positive", "Nine people were killed in the blast, prompting Kenya "
     "to cancel talks with the envoy, who was due to arrive from a stop in Uganda.", "Nine", "CVL"),
    ("place in another's relative clause", "negative", "Twelve civilians were killed in the attack in Mali.",
     "Twelve", "MLI CVL"),
    ("place in another's relative clause", "near miss", "Twelve civilians, who had fled to a camp in Chad, were "
     "killed in the raid.", "Twelve", "TCD CVL"),
    # actors.placement.victims_placed_by: the doer of a harm told in participles ("X bombing the
    # market, killing dozens of civilians") is no place of the people harmed
    ("doer through participles", "positive", "There is no excuse for Ethiopia bombing the market, killing "
     "dozens of civilians, he said.", "dozens", "CVL"),
    ("doer through participles", "positive", "Nothing can justify Serbia shelling the town, killing and wounding "
     "scores of civilians.", "scores", "CVL"),
    ("doer through participles", "negative", "Kenya opened the road, evacuating hundreds of civilians.",
     "hundreds", "KEN CVL"),
    ("doer through participles", "near miss", "There is no excuse for bombing the market in Ethiopia, killing "
     "dozens of civilians.", "dozens", "ETH CVL"),
    # actors.placement.held_responsible (coref.yaml doer_adjectives): the party said or denied to be
    # responsible is the alleged doer, not where the dead are
    ("held responsible", "positive", "The report said Rwanda was not responsible for the blast and put the toll "
     "at 40 people.", "40", "CVL"),
    ("held responsible", "negative", "The report said Rwanda had opened its border and put the toll at 40 "
     "people.", "40", "RWA CVL"),
    ("held responsible", "near miss", "The report said Rwanda was not responsible for the blast in Goma, which "
     "killed 40 people.", "40", "COD CVL"),
    # actors.titles.speaker_country: "our" in a quotation is the speaker's side
    ("our is the speaker's", "positive", "\"Hamas murdered 1,200 of our people,\" the Israeli prime minister said.",
     "1,200", "ISR CVL"),
    ("our is the speaker's", "positive", "\"The Israelis killed 20 of our fighters,\" a Hezbollah commander said.",
     "20", "LBN REB"),
    ("our is the speaker's", "positive", "\"Russia has killed thousands of our civilians,\" the Ukrainian "
     "president said.", "thousands", "UKR CVL"),
    ("our is the speaker's", "positive", "\"They have killed 12 of our soldiers,\" the Pakistani army spokesman "
     "said.", "12", "PAK MIL"),
    ("our is the speaker's", "negative", "\"They killed 30 of our fighters,\" the commander said.", "30", "REB"),
    ("our is the speaker's", "near miss", "\"Our soldiers killed 30 militants,\" the Nigerian army spokesman said.",
     "30", "REB"),
    # actors.placement.spoken_of: the party a report is about ("said of X") places no victims
    ("spoken of", "positive", "\"They have massacred several thousand children,\" the Iranian foreign minister "
     "said of Israel.", "several thousand", "CVL"),
    ("spoken of", "positive", "\"They killed 300 civilians,\" the Russian envoy said of Ukraine.", "300", "CVL"),
    ("spoken of", "negative", "\"They killed 300 civilians,\" the envoy said.", "300", "CVL"),
    ("spoken of", "near miss", "\"They killed 300 civilians in Ukraine,\" the envoy said.", "300", "UKR CVL"),
    # coref.yaml foreign_modifiers: foreign people are not the place's
    ("foreign people", "positive", "Nine foreign students were among those killed in the attack in Bamako.",
     "Nine", "EDU CVL"),
    ("foreign people", "positive", "Gunmen killed 12 foreign workers at a mining site in Burkina Faso.", "12",
     "LAB CVL"),
    ("foreign people", "negative", "Four Chinese nationals were killed in a bombing in Karachi.", "Four", "CHN CVL"),
    ("foreign people", "near miss", "Gunmen killed 12 workers at a mining site in Burkina Faso.", "12",
     "BFA LAB CVL"),
    # coref.yaml captive_nouns: where captors hold or kill hostages says nothing of whose they are
    ("captives", "positive", "Hamas killed six hostages in a tunnel in Rafah.", "six", "CVL"),
    ("captives", "positive", "Al-Shabaab fighters executed four hostages in Jilib.", "four", "CVL"),
    ("captives", "negative", "Gunmen killed six villagers in Rafah.", "six", "PSE CVL"),
    ("captives", "near miss", "Militants executed four Kenyan hostages in Jilib.", "four", "KEN CVL"),
    # figures.counted.perpetrator: a participle of result has its head verb's subject for its doer ("police fired on
    # a crowd, killing four people": the police killed them), whose country the group guessed from it does not take
    ("doer of a participle of result", "positive", "Congolese police fired into a crowd, killing seven people.",
     "seven", "none"),
    ("doer of a participle of result", "positive", "Ugandan police fired on a crowd of traders, killing two people.",
     "two", "none"),
    ("doer of a participle of result", "negative", "Kenyan police fired on a crowd, killing four Somalis.", "four",
     "SOM CVL"),
    ("doer of a participle of result", "near miss", "Kenyan police fired on a crowd in Nairobi, killing four people.",
     "four", "KEN CVL"),
    # (the bare noun of a taking is no held captive: the people taken are the place's)
    ("captives", "near miss", "Gunmen attacked a bus near Kaduna, taking dozens hostage. Twelve passengers "
     "died in the attack.", "Twelve", "NGA CVL"),
]


# (rule, kind, text, codes of the targets of the most confident ASSAULT)
TARGET_ROWS: list[tuple[str, str, str, list[str]]] = [
    # events.finder.merge_consequences: when what was struck names no one, those the participle
    # says it hurt are the target; a place that was struck stays
    ("hurt named by a participle", "positive", "An Israeli drone struck a car in Tyre, killing three Lebanese "
     "soldiers.", ["LBN MIL"]),
    ("hurt named by a participle", "positive", "A Ukrainian drone hit a truck, wounding two Russian soldiers.",
     ["RUS MIL"]),
    ("hurt named by a participle", "negative", "Rebels shelled Goma, killing 12 people.", ["COD"]),
    ("hurt named by a participle", "near miss", "A Russian drone struck a car in Kherson, killing two people.",
     ["UKR"]),
    # events.finder.merge_subject_acts: a site of no country hit by the subject's act ("a strike on
    # the hospital") is no target over the people its verb counts
    ("site of no country", "positive", "An Israeli strike on the Al-Ahli hospital killed 15 people, officials "
     "said.", ["CVL"]),
    ("site of no country", "positive", "A Russian strike on a school killed 11 people, officials said.", ["CVL"]),
    ("site of no country", "negative", "The bombing of the hospital by Saudi jets killed 20 Yemenis.", ["YEM CVL"]),
    ("site of no country", "near miss", "A Russian strike on a school in Kharkiv killed 11 people.", ["UKR CVL"]),
]


def group_code(text: str, key: str) -> str:
    a = pipeline().analyze(Article.create(text))
    for f in a.figures:
        if f.is_casualty and key in f.text:
            actor = a.actor(f.group_actor_id)
            return "none" if actor is None else actor.code
    return "no figure"


def target_codes(text: str) -> list[str] | None:
    a = pipeline().analyze(Article.create(text))
    hits = [e for e in a.events if e.plover == "ASSAULT" and e.parent_id is None]
    if not hits:
        return None
    top = max(hits, key=lambda e: e.confidence)
    return sorted(act.code if (act := a.actor(i)) is not None else i for i in top.target_actor_ids)


@pytest.mark.parametrize("rows", [ROWS, TARGET_ROWS], ids=["groups", "targets"])
def test_every_rule_has_a_positive_a_negative_and_a_near_miss(rows: list[tuple[str, ...]]) -> None:
    kinds = row_kinds(rows)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


@pytest.mark.parametrize(("rule", "kind", "text", "key", "code"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_victim_group(rule: str, kind: str, text: str, key: str, code: str) -> None:
    assert group_code(text, key) == code


@pytest.mark.parametrize(("rule", "kind", "text", "codes"), TARGET_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in TARGET_ROWS])
def test_assault_target(rule: str, kind: str, text: str, codes: list[str]) -> None:
    assert target_codes(text) == codes
