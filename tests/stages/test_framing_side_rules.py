"""The rules written from the tune half of the framing side probe (``test_framing_side_probe.py``),
each a class of construction with positive rows, negative rows (neutral wording) and near misses
(the same word in a neutral sense). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_row

OUT = "outlet"

# (rule, kind of row, text, wording to mark)
ROWS: list[tuple[str, str, str, tuple[str, ...]]] = [
    # a descriptor noun capitalised at a sentence's start, and party words as descriptor nouns
    ("descriptor", "positive", "Rebel-held villages were shelled overnight.", ("Rebel-held",)),
    ("descriptor", "positive", "Militia-controlled checkpoints closed the road to Kidal.", ("Militia-controlled",)),
    ("descriptor", "positive", "Troops shelled the enemy-held ridge above the town.", ("enemy-held",)),
    ("descriptor", "positive", "Occupation-controlled crossings stayed shut on Friday.", ("Occupation-controlled",)),
    ("descriptor", "negative", "Shops in the old town closed early on Friday.", ()),
    ("descriptor", "near miss", "Family-run shops closed early in Gao.", ()),
    ("descriptor", "near miss", "State-run television reported the talks.", ()),
    # an account or servant owned by a power named by a common noun
    ("owned account", "positive", "The junta's mouthpieces denied the raid.", ("mouthpieces",)),
    ("owned account", "positive", "Viewers heard the regime's lies again on Sunday.", ("lies",)),
    ("owned account", "positive", "The militia's propaganda claimed a victory at the bridge.", ("propaganda",)),
    ("owned account", "positive", "The armed group's propaganda wing posted the video.", ("propaganda wing",)),
    ("owned account", "negative", "The army's statement denied the raid.", ()),
    ("owned account", "near miss", "The museum's propaganda posters drew crowds.", ()),
    # an armed unit as the people a verb of removal kills
    ("armed unit", "positive", "The rebels wiped out a border patrol near the river.", ("wiped out",)),
    ("armed unit", "positive", "Drones took out a mortar squad near the village.", ("took out",)),
    ("armed unit", "negative", "The flood wiped out the harvest in the valley.", ()),
    ("armed unit", "near miss", "The navy took out a patrol boat for repairs.", ()),
    # a force named by an act after "of"
    ("force of an act", "positive", "The army of occupation arrested 30 youths.", ("army of occupation",)),
    ("force of an act", "positive", "Troops of occupation searched the market at dawn.", ("Troops of occupation",)),
    ("force of an act", "negative", "The army of Nigeria arrested 30 youths.", ()),
    ("force of an act", "near miss", "The cost of occupation was high for the city.", ()),
    # a party named as a cult
    ("cult", "positive", "The MEK cult held a rally outside the embassy.", ("MEK cult",)),
    ("cult", "positive", "Supporters of the Hamas death cult celebrated in the street.", ("Hamas death cult",)),
    ("cult", "negative", "Supporters of the movement celebrated in the street.", ()),
    ("cult", "near miss", "The personality cult of the leader grew after the war.", ()),
    ("cult", "near miss", "The Alawite sect is a minority in the country.", ()),
    # force used on people named as their firm handling
    ("firm handling", "positive", "Police dealt firmly with the crowds outside the court.", ("dealt firmly",)),
    ("firm handling", "positive", "Troops decisively dealt with the rioters in the capital.", ("decisively dealt",)),
    ("firm handling", "negative", "Police dispersed the crowds outside the court.", ()),
    ("firm handling", "near miss", "The minister dealt firmly with the budget deficit.", ()),
    ("firm handling", "near miss", "Police dealt with the protesters outside the court.", ()),
    # an adjective of cruelty before a noun of repression or attack
    ("cruelty", "positive", "The bloody crackdown left the square empty.", ("bloody crackdown",)),
    ("cruelty", "positive", "A sadistic crackdown on the students followed the coup.", ("sadistic crackdown",)),
    ("cruelty", "negative", "The crackdown left the square empty.", ()),
    ("cruelty", "near miss", "The boxer left the ring with a bloody nose.", ()),
    ("cruelty", "near miss", "Friday was the bloodiest day of the month.", ()),
    # an account word compounded on a noun for what is told
    # (the row "Those are propaganda figures, the minister told reporters." is the minister's word since
    # i15-framing54: the predicate of a reported clause is the reporter's, test_framing_voice_rules.py)
    ("account compound", "positive", "The minister cited propaganda figures to reporters.", ("propaganda figures",)),
    ("account compound", "positive", "Channels aired disinformation claims about the vote.", ("disinformation claims",)),
    ("account compound", "negative", "Channels aired claims about the vote.", ()),
    ("account compound", "near miss", "The propaganda posters of the 1940s drew crowds.", ()),
    # a glorifying noun said of the dead
    ("fallen heroes", "positive", "Mourners buried the young heroes shot at the march.", ("heroes",)),
    ("fallen heroes", "positive", "The heroes who died at the bridge were remembered on Sunday.", ("heroes",)),
    ("fallen heroes", "negative", "Mourners buried the young men shot at the march.", ()),
    ("fallen heroes", "near miss", "The heroes of the film are two brothers from the coast.", ()),
    ("fallen heroes", "near miss", "The heroes who rescued the children were honoured.", ()),
    # a party's media or forces named as slaves
    ("slave", "positive", "The slave media repeated the general's claims.", ("slave media",)),
    ("slave", "positive", "Fighters attacked a post of the slave army near the pass.", ("slave army",)),
    ("slave", "negative", "The state media repeated the general's claims.", ()),
    ("slave", "near miss", "Cotton on the estate was picked by slave labour.", ()),
    ("slave", "near miss", "The slave trade was abolished in 1807.", ()),
    # speech or reporting presented as an act of war
    ("medium war", "positive", "The enemy's media war against the republic intensified.", ("media war",)),
    ("medium war", "positive", "The channel is part of an information operation against the vote.", ("information operation",)),
    ("medium war", "negative", "The army launched a military operation in the north.", ()),
    ("medium war", "near miss", "Reporters covered the war in the media on Monday.", ()),
    ("medium war", "near miss", "Information operations officers met at the base.", ()),
]


def test_every_rule_has_positive_negative_and_near_miss_rows() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, _, wording in ROWS:
        assert (kind == "positive") == bool(wording)
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 11 and all(k == {"positive", "negative", "near miss"} for k in kinds.values())


@pytest.mark.parametrize(("rule", "kind", "text", "wording"), ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_side_rule_row(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str,
                       wording: tuple[str, ...]) -> None:
    check_row(parse, text, wording, OUT)
