"""The rules written from the tune half of the world framing probe (``test_framing_world_probe.py``),
each a class of construction or of lexicon words, written for every side at once, with positive
rows, negative rows (neutral wording) and near misses (the same word in a neutral sense, a name or
a literal use). Sentences written for these tests. A wording counts as marked in any voice: a
label reported as a party's naming ("the mayor called the camps concentration camps") is marked in
the namer's voice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import probe_marks

# (rule, kind of row, text, wording to mark)
ROWS: list[tuple[str, str, str, tuple[str, ...]]] = [
    # a verb of removal said of people through a noun of number ("dozens of fighters")
    ("quantity", "positive", "The army said it had eliminated hundreds of insurgents in the hills.", ("eliminated",)),
    ("quantity", "positive", "Police neutralised a group of gunmen near the market.", ("neutralised",)),
    ("quantity", "negative", "The ministry cut dozens of fees for farmers.", ()),
    ("quantity", "near miss", "Sappers neutralised scores of mines along the road.", ()),
    # "destroyed" said of people: the removal of an object
    ("destroyed people", "positive", "The ministry said its artillery had destroyed forty enemy soldiers.", ("destroyed",)),
    ("destroyed people", "positive", "Up to thirty saboteurs were destroyed near the river, officials said.",
     ("destroyed",)),
    ("destroyed people", "negative", "The flood destroyed forty homes in the valley.", ()),
    ("destroyed people", "near miss", "The fire destroyed the soldiers' barracks overnight.", ()),
    # the other side's names for fighters as the people a verb of removal kills
    ("fighter names", "positive", "Drones eliminated a dozen orcs near the river.", ("eliminated",)),
    ("fighter names", "positive", "Troops neutralised three takfiris in the desert.", ("neutralised",)),
    ("fighter names", "negative", "The guerrillas left the camp before dawn.", ()),
    ("fighter names", "near miss", "Voters eliminated the nationalists from the race in the first round.", ()),
    # a place taken, named by a place's name the actor layer reads, presented as freed
    ("captured place", "positive", "The rebels said they had liberated Goma on Sunday.", ("liberated",)),
    ("captured place", "positive", "Government troops liberated the airport after a week of fighting.", ("liberated",)),
    ("captured place", "negative", "Government troops took the town after a week of fighting.", ()),
    ("captured place", "near miss", "Police liberated the kidnapped girl from her captors.", ()),
    # a party's fighters as heroes: possessed in an act of fighting, or honoured as heroes
    ("heroes", "positive", "The militia said its heroes had repelled the assault.", ("heroes",)),
    ("heroes", "positive", "The fallen pilots were honoured as heroes in the capital.", ("heroes",)),
    ("heroes", "negative", "The fallen pilots were buried in the capital.", ()),
    ("heroes", "near miss", "The novel follows its heroes across three continents.", ()),
    ("heroes", "near miss", "The club hailed the striker as the hero of the final.", ()),
    # an annexation or claim presented as a reunion with a homeland
    ("reunion", "positive", "Officials hailed the reunification of the peninsula with the motherland.",
     ("reunification of the peninsula with the motherland",)),
    ("reunion", "positive", "State television praised the reunification of the motherland.",
     ("reunification of the motherland",)),
    ("reunion", "negative", "The two presidents discussed trade at the border.", ()),
    ("reunion", "near miss", "Germany marked the anniversary of its reunification in Berlin.", ()),
    ("reunion", "near miss", "The reunification of divided families took place at the border.", ()),
    # lexicon: drug-trafficking compounds for armed groups and governments, on each side
    ("narco", "positive", "The minister called the guerrillas narco-terrorists.", ("narco-terrorists",)),
    ("narco", "positive", "Exiled critics called the government a narco-dictatorship.", ("narco-dictatorship",)),
    ("narco", "near miss", "The narcotics unit seized a ton of cocaine.", ()),
    # lexicon: partisan epithets of either side of a two-party politics
    ("partisan", "positive", "The governor blamed the radical left for the unrest.", ("radical left",)),
    ("partisan", "positive", "The candidate called his rival's voters deplorables.", ("deplorables",)),
    ("partisan", "positive", "The congressman warned that the deep state was spying on him.", ("deep state",)),
    ("partisan", "negative", "The governor blamed the weather for the delays.", ()),
    # lexicon: a ruler as a tyrant, secessionists, remnants of a former rule, campaigns of terror
    ("rulers and rebels", "positive", "The rebels vowed to topple the tyrant in the capital.", ("tyrant",)),
    ("rulers and rebels", "positive", "Beijing warned the secessionist forces on the island.", ("secessionist forces",)),
    ("rulers and rebels", "positive", "The new council blamed remnants of the old regime for the attack.",
     ("remnants of the old regime",)),
    ("rulers and rebels", "positive", "The minister accused the rebels of a campaign of terror in the north.",
     ("campaign of terror",)),
    ("rulers and rebels", "negative", "The new council blamed the rain for the flooding.", ()),
    # a present act, place or body likened to a historical crime by a verb of naming or likening
    ("analogy", "positive", "The mayor called the new border camps concentration camps.", ("concentration camps",)),
    ("analogy", "positive", "The senator compared the city jail to a gulag.", ("gulag",)),
    ("analogy", "positive", "Opponents branded the new ballot rules Jim Crow 2.0.", ("Jim Crow",)),
    ("analogy", "positive", "The party described the inquiry as a witch hunt.", ("witch hunt",)),
    ("analogy", "negative", "The mayor called the new border camps overcrowded.", ()),
    ("analogy", "near miss", "Students visited the Nazi concentration camps in Poland.", ()),
    ("analogy", "near miss", "The historian described life in the Soviet gulag.", ()),
    # a person or party branded by a verb of naming with a word of ideology or disloyalty
    ("branding", "positive", "The minister called the opposition leader a traitor.", ("traitor",)),
    ("branding", "positive", "The governor branded the striking teachers communists.", ("communists",)),
    ("branding", "positive", "State media described the exiled writer as a separatist.", ("separatist",)),
    ("branding", "negative", "The minister called the opposition leader on Sunday.", ()),
    ("branding", "near miss", "The court called a communist lawyer to testify.", ()),
    ("branding", "near miss", "The communists won the 1946 vote in the region.", ()),
    # an institution presented as a weapon of one camp, or a state as an outlaw
    ("weaponised", "positive", "Critics said the weaponized courts had jailed the mayor.", ("weaponized courts",)),
    ("weaponised", "positive", "The envoy said the rogue regime had fired the missile.", ("rogue",)),
    ("weaponised", "negative", "Critics said the courts had jailed the mayor.", ()),
    ("weaponised", "near miss", "Engineers tested weaponized drones at the range.", ()),
    # a label mentioned in quotation marks after a noun for a word, not used
    ("mention", "positive", "Officials said the migrant invasion had to stop.", ("migrant invasion",)),
    ("mention", "near miss", "The editor said the word 'invasion' had no place in a story on asylum.", ()),
    ("mention", "near miss", "Readers objected to the term 'martyrs' in the caption.", ()),
    # lexicon: extortion presented as a levy of war
    ("levy", "positive", "The group demanded a war contribution from every shop.", ("war contribution",)),
    ("levy", "negative", "The group demanded a payment from every shop.", ()),
]


@pytest.mark.parametrize(("rule", "kind", "text", "wording"), ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_world_rule_row(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str,
                        wording: tuple[str, ...]) -> None:
    marks = probe_marks(parse, text)
    for w in wording:
        start = text.index(w)
        assert any(m.start < start + len(w) and start < m.end for m in marks), (w, [m.text for m in marks])
    if not wording:
        assert [m.text for m in marks] == []
