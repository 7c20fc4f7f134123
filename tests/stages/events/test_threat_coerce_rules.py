"""The rules of i16-threat-coerce, each a class of construction read from the PLOVER codebook and the tune half of
the real sets, with positive rows, negative rows and near misses (sentences written for these tests, none from any
set):

* ``answer``: a hostile answer told as to come under a speaker of a party is a threat
  (``stages/events/threat_answers.py``, PLOVER THREATEN: "Iran will retaliate against Israel, the Guards said", "said
  Beijing would respond firmly to any provocation by Taipei"); an answer given, an answer with no force, a forecast
  in the outlet's voice or a negated one is none;
* ``hold``: people held in custody are detained (``stages/events/coercion_holds.py``, PLOVER COERCE arrest: "has
  been held in solitary confinement since 2020", "were confined in internment camps"); talks held in a city, people
  held in high regard, are none;
* ``desire``: a party wanting another to act requests it (``stages/events/coercion_desires.py``, PLOVER REQUEST:
  "the United States wants Germany to spend more on defence"); wanting to act oneself is none;
* ``pressure``: pressure put on a party to act is a request (``stages/events/coercion_pressure.py``, PLOVER REQUEST:
  "stepped up pressure on China to rein in North Korea"); pressure on a thing, or with no act asked, is none;
* ``response``: a forceful response warned of or vowed is a threat of force (``patterns.yaml``, CAMEO 138: "warned
  of a nuclear response to any attack", "vowed military action against X"); a weak response, an immune one, none;
* ``future``: force promised under a speech verb that no wrapper has read is a threat (``stages/events/threat_futures.py``,
  PLOVER THREATEN arrest / violence: "Kenyan police said they would arrest anyone who joins the protests"); an act
  told done, or promised in the outlet's own voice, is none.

A row (rule, kind, plover, text, expected) with ``expected`` (type, source codes, target codes) holds when a counted
event has that triple; with ``expected`` None when no counted event is of the row's ``plover`` type.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import rule_row_holds as holds

Expected = tuple[str, tuple[str, ...], tuple[str, ...]] | None
Row = tuple[str, str, str, str, Expected]

ROWS: list[Row] = [
    ("answer", "positive", "THREATEN", "Iran will retaliate against Israel, the Revolutionary Guards said.",
     ("THREATEN", ("IRN",), ("ISR",))),
    ("answer", "positive", "THREATEN", "The ministry said Beijing would respond firmly to any provocation by Taipei.",
     ("THREATEN", ("CHN",), ("TWN",))),
    ("answer", "positive", "THREATEN", "Pakistan will hit back at India if attacked, the army chief said.",
     ("THREATEN", ("PAK",), ("IND",))),
    ("answer", "negative", "THREATEN", "Iran retaliated against Israel with a missile barrage on Saturday.", None),
    ("answer", "negative", "THREATEN", "Iran will not retaliate against Israel, the foreign minister said.", None),
    ("answer", "near miss", "THREATEN", "The ministry said it would respond to the letter from Tokyo next week.", None),
    ("answer", "near miss", "THREATEN", "Analysts said Iran would probably retaliate against Israel.", None),
    ("answer", "near miss", "THREATEN", "Tokyo said it would react calmly to any provocation by Beijing.", None),
    ("hold", "positive", "COERCE", "The Kenyan activist has been held in solitary confinement since March.",
     ("COERCE", (), ("KEN",))),
    ("hold", "positive", "COERCE", "Chinese authorities have kept the Canadian businessman in detention for two years.",
     ("COERCE", ("CHN",), ("CAN",))),
    ("hold", "positive", "COERCE", "Thousands of Rohingya were confined in internment camps by the Myanmar army.",
     ("COERCE", ("MMR",), ("MMR",))),
    ("hold", "negative", "COERCE", "The talks between Sudanese generals were held in Jeddah on Monday.", None),
    ("hold", "near miss", "COERCE", "The French envoy is held in high regard in Niger.", None),
    ("hold", "near miss", "COERCE", "The Nigerian archives are kept in a prison building in Lagos.", None),
    ("desire", "positive", "REQUEST", "The United States wants Germany to spend more on defence.",
     ("REQUEST", ("USA",), ("DEU",))),
    ("desire", "positive", "REQUEST", "Kyiv wants its Western allies to send more air defence systems, Zelenskyy said.",
     ("REQUEST", ("UKR",), ())),
    ("desire", "near miss", "REQUEST", "Israel expects Hamas to reject the proposal, the official said.", None),
    ("desire", "positive", "REQUEST", "Japan wanted China to lift its ban on seafood imports, the ministry said.",
     ("REQUEST", ("JPN",), ("CHN",))),
    ("desire", "negative", "REQUEST", "Germany wants to spend more on its own army, the chancellor said.", None),
    ("desire", "near miss", "REQUEST", "Voters in Kenya want lower food prices.", None),
    ("desire", "near miss", "REQUEST", "France does not want Italy to host the summit.", None),
    ("pressure", "positive", "REQUEST", "The United States stepped up pressure on China to rein in North Korea.",
     ("REQUEST", ("USA",), ("CHN",))),
    ("pressure", "positive", "REQUEST", "Washington has increased pressure on Ankara to drop its objections.",
     ("REQUEST", ("USA",), ("TUR",))),
    ("pressure", "negative", "REQUEST", "Falling oil prices put pressure on the Nigerian currency.", None),
    ("pressure", "near miss", "REQUEST", "The European Union kept up pressure on Serbia over the border dispute.", None),
    ("response", "positive", "THREATEN", "North Korea warned of a nuclear response to any attack on its territory.",
     ("THREATEN", ("PRK",), ())),
    ("response", "positive", "THREATEN", "Russia vowed military action against Ukraine.", ("THREATEN", ("RUS",), ("UKR",))),
    ("response", "negative", "THREATEN", "Critics warned of a weak response to the crisis in Haiti.", None),
    ("response", "near miss", "THREATEN", "Doctors warned of a strong immune response to the new vaccine in Kenya.", None),
    ("future", "positive", "THREATEN", "Kenyan police said they would arrest anyone who joins the protests.",
     ("THREATEN", ("KEN",), ())),
    ("future", "positive", "THREATEN", "The army said it would detain any journalist who enters the border zone.",
     ("THREATEN", (), ())),
    ("future", "negative", "THREATEN", "Kenyan police arrested dozens of protesters on Monday, officials said.", None),
    ("future", "near miss", "THREATEN", "The army will begin deporting migrants on Monday.", None),
]


def test_rows_cover_every_rule_and_kind() -> None:
    kinds = Counter((rule, kind) for rule, kind, *_ in ROWS)
    rules = {r[0] for r in ROWS}
    assert rules == {"answer", "hold", "desire", "pressure", "response", "future"}
    covered = [rule for rule in sorted(rules)
               if kinds[(rule, "positive")] and kinds[(rule, "negative")] and kinds[(rule, "near miss")]]
    assert covered == sorted(rules)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_rule_row(row: Row) -> None:
    assert holds(row), row
