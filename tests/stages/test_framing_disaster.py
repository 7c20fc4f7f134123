"""The rules written from the tune half of the second framing class probe
(``test_framing_class_probe_2.py``) and of the claims probes' tune halves: blame for a disaster
(``stages/framing_disaster.py``), operations named as cleaning, slurs owned by a power named by a
common noun (``stages/framing_owned.py``), people named by a crime as the objects of a euphemism for
killing, descriptors of protection, acts named treason, pejoratives for a party's people, and a term someone "calls" a thing set in double marks inside the writer's
noun phrase. Each is a class of construction with positive rows, negative rows (neutral wording) and
near misses (the same word in a neutral sense). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_row

OUT = "outlet"

# (rule, kind of row, text, wording to mark)
ROWS: list[tuple[str, str, str, tuple[str, ...]]] = [
    # a calamity called a party's doing, judged neglect, the idiom of guilt, a calamity called a crime
    ("disaster blame", "positive", "The cholera outbreak was a man-made disaster in every sense.", ("man-made disaster",)),
    ("disaster blame", "positive", "Every one of those deaths was a preventable tragedy.", ("preventable tragedy",)),
    ("disaster blame", "positive", "The collapse followed years of gross negligence at the ministry.", ("gross negligence",)),
    ("disaster blame", "positive", "The council has blood on its hands after the bridge fell.", ("blood on its hands",)),
    ("disaster blame", "positive", "The drought in the south is a crime of the ministry.", ("crime of the ministry",)),
    ("disaster blame", "negative", "The storm destroyed 300 homes in the valley.", ()),
    ("disaster blame", "near miss", "Engineers inspected the man-made reservoir above the valley.", ()),
    ("disaster blame", "near miss", "The insurer rejected the negligence claim on Monday.", ()),
    ("disaster blame", "near miss", "The flood was a disaster for the farmers of the valley.", ()),
    # an operation named as cleaning
    ("cleaning operation", "positive", "Troops began a cleansing operation in the hills.", ("cleansing operation",)),
    ("cleaning operation", "positive", "Mopping-up operations continued in the old town.", ("Mopping-up operations",)),
    ("cleaning operation", "negative", "Troops began an operation in the hills.", ()),
    ("cleaning operation", "near miss", "Volunteers began a clean-up operation after the flood.", ()),
    # a criminal noun or a militia owned by a power named by a common noun
    ("owned slur", "positive", "The junta's henchmen beat the students outside the campus.", ("henchmen",)),
    ("owned slur", "positive", "The government's militias burned the market.", ("government's militias",)),
    ("owned slur", "positive", "The warlord's gangs took the port.", ("warlord's gangs",)),
    ("owned slur", "negative", "The government's soldiers burned the market.", ()),
    ("owned slur", "near miss", "The movement's militia paraded in the square.", ()),
    # people named by a crime as the objects of a euphemism for killing
    ("crime people", "positive", "Police neutralised three robbers at the bank.", ("neutralised",)),
    ("crime people", "positive", "Rangers eliminated two poachers in the reserve.", ("eliminated",)),
    ("crime people", "negative", "Police arrested three robbers at the bank.", ()),
    ("crime people", "near miss", "The new lock eliminated thieves' favourite trick.", ()),
    # a descriptor of protection
    ("protection", "positive", "The Kremlin-protected governor refused to resign.", ("Kremlin-protected",)),
    ("protection", "positive", "Militia-guarded checkpoints closed the road.", ("Militia-guarded",)),
    ("protection", "negative", "The governor refused to resign.", ()),
    ("protection", "near miss", "The password-protected files were leaked.", ()),
    # an act named treason or sedition; literal in a charge
    ("treason", "positive", "The strike by the doctors was treason, plain and simple.", ("treason",)),
    ("treason", "positive", "The rally was an act of sedition by the opposition.", ("sedition",)),
    ("treason", "negative", "The rally was an act of defiance by the opposition.", ()),
    ("treason", "near miss", "The general was charged with treason on Monday.", ()),
    # pejoratives for a party's people
    ("pejorative", "positive", "Cronies of the governor bought the land.", ("Cronies",)),
    ("pejorative", "positive", "Zealots burned the shrine at dawn.", ("Zealots",)),
    ("pejorative", "negative", "Friends of the governor bought the land.", ()),
    ("pejorative", "near miss", "The football fans cheered at dawn.", ()),
    # a term someone calls a thing, in double marks inside the writer's noun phrase
    ("named modifier", "positive", "The army calls it a \u201cpeacekeeping\u201d mission in the hills.",
     ("\u201cpeacekeeping\u201d",)),
    ("named modifier", "positive", "The ministry calls this a \"temporary relocation\" programme.", ("\"temporary relocation\"",)),
    ("named modifier", "negative", "The army calls it a mission in the hills.", ()),
    ("named modifier", "near miss", "The minister called it a \u201cmistake\u201d on Monday.", ()),
]


def test_every_rule_has_positive_negative_and_near_miss_rows() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, _, wording in ROWS:
        assert (kind == "positive") == bool(wording)
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 8 and all(k == {"positive", "negative", "near miss"} for k in kinds.values())


@pytest.mark.parametrize(("rule", "kind", "text", "wording"), ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_disaster_rule_row(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str,
                           wording: tuple[str, ...]) -> None:
    check_row(parse, text, wording, OUT)
