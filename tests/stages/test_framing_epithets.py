"""More classes of loaded language by construction (``stages/framing_epithets.py``): each rule
with a positive row, a negative (neutral wording) and a near miss (the same word used literally
or of no party)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.resources import Resources
from tests.builders import probe_marks

# (construction, sentence, the marks expected over these words: [] = no mark at all)
ROWS: list[tuple[str, str, list[str]]] = [
    ("unrest", "Troublemakers threw stones at the police in Lagos.", ["Troublemakers"]),
    ("unrest", "Foreign agitators organised the strike in Almaty.", ["agitators"]),
    ("unrest", "Demonstrators threw stones at the police in Lagos.", []),                      # negative
    ("unrest", "Police detained English football hooligans in Marseille.", []),                # near miss: fans
    ("against", "Anti-state elements burned a school near Kandahar.", ["Anti-state elements"]),
    ("against", "Gunmen burned a school near Kandahar.", []),                                  # negative
    ("against", "Anti-government protesters marched in Tbilisi.", []),                         # near miss: wire wording
    ("invasion", "Officials warned of an invasion as more migrants reached the island.", ["invasion"]),
    ("invasion", "Officials counted more migrants on the island.", []),                        # negative
    ("invasion", "The invasion of Kuwait began in August 1990.", []),                          # near miss: a state's war
    ("proxy", "Tehran's proxy militias fired rockets at the base.", ["proxy militias"]),
    ("proxy", "The region became the stage of a proxy conflict.", ["proxy conflict"]),
    ("proxy", "Militias fired rockets at the base.", []),                                      # negative
    ("proxy", "Shareholders cast a proxy ballot on Monday.", []),                              # near miss: a vote
    ("gang", "Hezbollah gangs attacked the protesters in Beirut.", ["Hezbollah gangs"]),
    ("gang", "Colonist militias attacked farmers near Ramallah.", ["Colonist militias"]),
    ("gang", "Armed men attacked farmers near Ramallah.", []),                                 # negative
    ("gang", "Haitian gangs blocked the road to the airport.", []),                            # near miss: real gangs
    ("gang", "The leader of the Grand Ravine gang was arrested.", []),                         # near miss: its name
    ("ruler", "The Lukashenko dictatorship jailed the journalist.", ["Lukashenko dictatorship"]),
    ("ruler", "The tyranny in Damascus fell in December.", ["tyranny in Damascus"]),
    ("ruler", "The Belarusian government jailed the journalist.", []),                         # negative
    ("ruler", "The country lived under a dictatorship until 1985.", []),                       # near miss: no party
    ("capture", "The army liberated the village of Nova Mykhailivka.", ["liberated"]),
    ("capture", "The army took the village of Nova Mykhailivka.", []),                         # negative
    ("capture", "Police liberated two hostages from the house.", []),                          # near miss: people freed
    ("removal", "Troops pacified the district after the uprising.", ["pacified"]),
    ("removal", "Troops entered the district after the uprising.", []),                        # negative
    ("removal", "The nurse pacified the crying child.", []),                                   # near miss: no place
    ("defender", "The defenders of Kobani held out for months.", ["defenders of Kobani"]),
    ("defender", "The fighters in Kobani held out for months.", []),                           # negative
    ("defender", "The defenders of the title lost in the final.", []),                         # near miss: sport
    ("withheld", "The de facto government in Kabul banned the newspaper.", ["de facto government"]),
    ("withheld", "The government in Kabul banned the newspaper.", []),                         # negative
    ("withheld", "The river is the de facto border between the towns.", []),                   # near miss: no government
    ("withheld", "Haftar, the de facto leader of the east, met the envoy.", []),              # near miss: control
    ("characterisation", "The world watched the holocaust in Darfur.", ["holocaust"]),
    ("characterisation", "The world watched the killings in Darfur.", []),                     # negative
    ("characterisation", "Films warned of a nuclear holocaust in the 1980s.", []),             # near miss: no party
    ("servant", "American puppets in Kyiv ordered the strike.", ["American puppets"]),
    ("servant", "The stooges of Washington voted for the resolution.", ["stooges of Washington"]),
    ("servant", "Diplomats voted for the resolution.", []),                                    # negative
    ("servant", "The puppets of the theatre were restored.", []),                              # near miss: toys
    ("judging", "The notorious militia commander was arrested in Goma.", ["notorious militia commander"]),
    ("judging", "Marauding gunmen burned the granaries near Tsafe.", ["Marauding gunmen"]),
    ("judging", "The militia commander was arrested in Goma.", []),                            # negative
    ("judging", "The notorious traffic jams of Lagos returned.", []),                          # near miss: things
    ("standing", "Heroic Gaza will never surrender.", ["Heroic Gaza"]),
    ("standing", "The sovereign Mali will not bow.", ["sovereign Mali"]),
    ("standing", "Mali will not bow.", []),                                                    # negative
    ("standing", "Mali's sovereign debt rose again.", []),                                     # near miss: finance
    ("slur", "The Rapid Support Forces entered the town. The militia looted the market.", ["militia"]),
    ("slur", "The Rapid Support Forces entered the town. The fighters looted the market.", []),  # negative
    ("slur", "The Mai-Mai militia looted the market.", []),                                    # near miss: a militia
    ("animal verbs", "Gunmen mowed down worshippers outside the church.", ["mowed down"]),
    ("animal verbs", "Asylum seekers were caged in the yard of the station.", ["caged"]),
    ("animal verbs", "Border guards left refugees to freeze in the forest.", ["left refugees to freeze"]),
    ("animal verbs", "Gunmen killed worshippers outside the church.", []),                     # negative
    ("animal verbs", "Farmers culled the herd after the outbreak.", []),                       # near miss: animals
    ("animal verbs", "The volunteers left the children to sleep.", []),                        # near miss: no death
    ("monger", "The coup-mongers met again in Managua.", ["coup-mongers"]),
    ("monger", "Warmongers in the capital demanded more strikes.", ["Warmongers"]),
    ("monger", "The organisers met again in Managua.", []),                                     # negative
    ("monger", "The fishmonger on the quay closed early.", []),                                 # near miss: a trade
]


def test_every_construction_has_three_rows() -> None:
    kinds: dict[str, list[bool]] = {}
    for kind, _, expected in ROWS:
        kinds.setdefault(kind, []).append(bool(expected))
    assert len(kinds) == 17
    for kind, rows in kinds.items():
        assert any(rows) and rows.count(False) >= 2, kind


def test_the_rules_load_their_words() -> None:
    from newsledger.stages.framing_epithets import load_epithet_rules

    rules = load_epithet_rules(Resources())
    assert {"hooligans", "provocateurs"} <= rules.unrest_nouns
    assert rules.withheld_words == (("de", "facto"),)
    assert rules.against_re.search("anti-national elements") is not None
    assert rules.against_re.search("anti-government forces") is None


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_epithet_construction(parse: Callable[..., ParsedDoc], kind: str, text: str, expected: list[str]) -> None:
    marks = probe_marks(parse, text)
    if not expected:
        assert [m.text for m in marks] == []
        return
    for words in expected:
        start = text.index(words)
        assert any(m.start <= start and start + len(words) <= m.end and m.voice == "outlet" for m in marks), words
