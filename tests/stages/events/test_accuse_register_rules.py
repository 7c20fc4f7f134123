"""The ACCUSE rules written against the blind register probe (``test_accuse_register_probe.py``),
each a class of construction, with positive rows, negative rows and near misses (sentences written
for these tests, none from the probe):

* ``idiom``: phrasal verbs of criticism whose party is a preposition's object ("hit out at X",
  "lashed out at X", "railed against X", "took aim at X"), not a gunman's aim (``patterns.yaml``);
* ``blame``: the blame put on a party by a light verb ("put the blame for Z on X");
* ``legal``: a legal accusation by a light verb ("opened a criminal case against X", "put X on
  trial");
* ``charged``: a party facing a legal accusation (``stages/events/charged.py``: "faces charges of",
  "stands accused of", "will stand trial for");
* ``figurative``: a word of attack or war said of a thing done, against no party, place or people,
  is a judgement, no attack (``stages/events/figurative.py``: "said the ban was an attack on
  humanitarian work", "an act of economic warfare");
* ``naming``: words of disapproval a naming verb gives ("termed the detention wrongful",
  "described the raid as a massacre");
* ``betray``: a trust broken told of a party in reported speech (``breach_verbs``: "said the junta
  had betrayed the people");
* ``alleged``: an allegation told by its noun with a that-clause (``stages/events/alleged.py``:
  "made allegations that X had ...", "repeated its accusation that X was behind");
* ``concern``: concern or alarm voiced at a party's act ("expressed concern about X's launches");
* ``documented``: abuses documented, their doer named ("documented abuses by X's forces");
* ``attempt``: a breach a party is said to aim at (``attempt_verbs``: "said X was trying to provoke",
  "seeking to undermine").

A row (rule, kind, text, expected) holds when ``expected`` is None and no counted event of the
sentence is of the rule's type (ACCUSE; THREATEN for ``warning`` rows), or when a counted event of
that type has the expected (source codes, target codes); ``ASSAULT`` rows of ``figurative`` expect no
counted ASSAULT.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import counted_events

Expected = tuple[tuple[str, ...], tuple[str, ...]] | None
Row = tuple[str, str, str, Expected]

ROWS: list[Row] = [
    ("idiom", "pos", "Poland's president hit out at Berlin over its energy deals with Moscow.", (("POL",), ("DEU",))),
    ("idiom", "pos", "The Serbian president lashed out at Brussels after the vote.", (("SRB",), ("IGO",))),
    ("idiom", "pos", "Bolivia's president railed against Chile for blocking the port talks.", (("BOL",), ("CHL",))),
    ("idiom", "pos", "The Iranian president took aim at Saudi Arabia over its oil policy.", (("IRN",), ("SAU",))),
    ("idiom", "neg", "The Polish team hit the ball out of the stadium in Warsaw.", None),
    ("idiom", "near", "A Ukrainian sniper took aim at Russian soldiers near Bakhmut.", None),
    ("idiom", "near", "Poland's president hit out at the start of the speech.", None),
    ("blame", "pos", "Colombian officials put the blame on Venezuela for the collapse of the talks.", (("COL",), ("VEN",))),
    ("blame", "neg", "Colombian officials put the new border plan to a vote in Bogota.", None),
    ("blame", "near", "Colombian officials said there was blame enough to go around after the talks.", None),
    ("legal", "pos", "Turkish prosecutors opened a criminal case against the Greek captain of the ship.", (("TUR",), ("GRC",))),
    ("legal", "pos", "A court in Cambodia put the opposition leader on trial for treason.", (("KHM",), ("KHM",))),
    ("legal", "neg", "Turkish officials opened a new border crossing with Greece on Monday.", None),
    ("legal", "near", "Turkish officials opened a case of medical supplies sent by Greece.", None),
    ("charged", "pos", "The former Malaysian prime minister faces charges of money laundering.", ((), ("MYS",))),
    ("charged", "pos", "The Iranian diplomat stands accused of plotting a bomb attack in Paris.", ((), ("IRN",))),
    ("charged", "pos", "The former Peruvian president will stand trial for corruption in Lima.", ((), ("PER",))),
    ("charged", "neg", "The former Malaysian prime minister faces a tough election in his home state.", None),
    ("charged", "near", "The former Malaysian prime minister does not face charges, his lawyer said.", None),
    ("charged", "near", "The Iranian diplomat faced reporters after the charges were dropped.", None),
    ("figurative", "pos", "The Kenyan opposition said the new tax law was an assault on the poor's livelihoods.", (("KEN",), ())),
    ("figurative", "pos", "Moscow said the British sanctions were an act of economic warfare.", (("RUS",), ("GBR",))),
    ("figurative", "pos", "Egypt's foreign ministry said Israel's ban on the agency was an attack on humanitarian work.", (("EGY",), ("ISR",))),
    ("figurative", "neg", "Malian officials said the ambush was an attack on soldiers of the army.", None),
    ("figurative", "near", "Malian officials said the raid was an attack on the village of Mopti.", None),
    ("naming", "pos", "Canada termed the detention of its citizens in China wrongful.", (("CAN",), ())),
    ("naming", "pos", "The Palestinian foreign ministry described the Israeli operation in Nablus as a massacre.", (("PSE",), ("ISR",))),
    ("naming", "neg", "Canada termed the detention of its citizens in China a consular matter.", None),
    ("naming", "near", "The Sudanese army said a massacre is what the families fear most.", None),
    ("betray", "pos", "The Malian prime minister said the French government had betrayed Mali.", (("MLI",), ("FRA",))),
    ("betray", "pos", "\"Washington has deceived its Kurdish allies,\" the Turkish minister said.", (("TUR",), ("USA",))),
    ("betray", "neg", "The Malian prime minister said the French government had visited Mali.", None),
    ("betray", "near", "The Malian prime minister said the storm had betrayed no sign of easing.", None),
    ("alleged", "pos", "Sudan made allegations that Chad had armed the paramilitary forces.", (("SDN",), ("TCD",))),
    ("alleged", "pos", "Pakistan repeated its accusation that India was behind the bombing.", (("PAK",), ("IND",))),
    ("alleged", "neg", "Sudan made plans that Chad would join the talks.", None),
    ("alleged", "near", "Chad rejected accusations that it had armed the paramilitary forces.", None),
    ("alleged", "near", "Chad dismissed Sudan's accusations that it had armed the paramilitary forces.", None),
    ("alleged", "near", "The Chadian minister described as lies Sudan's accusations that Chad had armed the militia.", None),
    ("concern", "pos", "On Sunday, Japan expressed concern about North Korea's missile launches.", (("JPN",), ("PRK",))),
    ("concern", "pos", "France voiced alarm over Iran's decision to expel the inspectors.", (("FRA",), ("IRN",))),
    ("concern", "neg", "Japan expressed its thanks to North Korea for the return of the fishermen.", None),
    ("concern", "near", "The Japanese minister expressed concern about the rising price of rice.", None),
    ("documented", "pos", "Amnesty International has documented abuses by Egypt's security forces in Sinai.", (("IGO",), ("EGY",))),
    ("documented", "neg", "The Egyptian museum documented the history of the Sinai peninsula.", None),
    ("documented", "near", "Egyptian researchers documented a rise in dengue cases in Aswan.", None),
    # a violent act documented is that act, reported (an attack by its doer), not an accusation against its victims
    ("documented", "near", "Amnesty International documented the killing of 30 villagers by soldiers in Sinai.", None),
    ("attempt", "pos", "Moscow said Kyiv was trying to provoke a disaster at the nuclear plant.", (("RUS",), ("UKR",))),
    ("attempt", "pos", "Somalia said Ethiopia was seeking to undermine its sovereignty.", (("SOM",), ("ETH",))),
    ("attempt", "neg", "Somalia said Ethiopia was seeking to improve relations.", None),
    ("attempt", "near", "Somalia said Ethiopia had tried to call the president twice.", None),
]

# figurative rows whose attack must not be read as an act of force as well
NO_ASSAULT = {
    "The Kenyan opposition said the new tax law was an assault on the poor's livelihoods.",
    "Egypt's foreign ministry said Israel's ban on the agency was an attack on humanitarian work.",
}


def holds(row: Row) -> bool:
    rule, _kind, text, expected = row
    plover = "THREATEN" if rule == "warning" else "ACCUSE"
    preds = [p for p in counted_events(text) if p.plover != "NONE"]
    if text in NO_ASSAULT and any(p.plover == "ASSAULT" for p in preds):
        return False
    if expected is None:
        return all(p.plover != plover for p in preds) and (rule != "warning" or all(p.plover != "ACCUSE" for p in preds))
    return any((p.plover, p.source, p.target) == (plover, frozenset(expected[0]), frozenset(expected[1])) for p in preds)


def test_every_rule_has_positive_negative_and_near_rows() -> None:
    kinds = Counter((r[0], r[1]) for r in ROWS)
    rules = {r[0] for r in ROWS}
    assert len(rules) == 11
    for rule in rules:
        assert all(kinds[(rule, k)] >= 1 for k in ("pos", "neg", "near")), rule


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_accuse_register_rule(row: Row) -> None:
    assert holds(row)
