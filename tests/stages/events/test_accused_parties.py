"""Who an event's parties are when an act is named by a noun (i16, VOA actor classes).

* A condemnation of an act accuses the act's doer (PLOVER: the target of ACCUSE is the party accused), never its
  victims, its place or the condemner's own country (events.condemned): "France condemned the attack on a school
  in Mali" accuses no one named; "condemned the Russian strike on Kyiv" accuses Russia; a word of violence that is
  no event noun names its doer before it or in a "by", "from" or "of" phrase ("the brutality of the police").
* A word of the pattern before an event noun may carry the doer's name ("Russian drone attacks on Odesa": the
  name is on "drone", the pattern's own word; events.roles).
* A possessive pronoun in the victim phrase of an act whose doer a name before it gives is not the doer's ("Syria
  condemned the Turkish attack on its border posts": Syria's posts; events.arguments.other_doer), and one on a body
  the actor stage left unresolved is read as one on any noun ("Iran said Israel carried out the strike on its
  consulate": the teller's, Iran's; events.arguments).
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.events import actor_codes
from tests.builders import ROW_KINDS, pipeline

# (kind, text, PLOVER type, source codes, target codes) of the top-level event of that type
CONDEMNED: list[tuple[str, str, str, set[str], set[str]]] = [
    ("positive", "Ghana condemned the attack on a market in Burkina Faso.", "ACCUSE", {"GHA"}, set()),
    ("positive", "Kenya's interior minister condemned the killing of four Kenyan traders in Somalia.", "ACCUSE", {"KEN"}, set()),
    ("negative", "Ghana condemned the Malian army's attack on a market.", "ACCUSE", {"GHA"}, {"MLI"}),
    ("negative", "Senegal condemned the killing of two fishermen by the Gambian navy.", "ACCUSE", {"SEN"}, {"GMB"}),
    ("near miss", "Ghana condemned Togo's decision to close the border.", "ACCUSE", {"GHA"}, {"TGO"}),
    ("near miss", "The United Nations condemned the brutality of the Ugandan police.", "ACCUSE", {"IGO"}, {"UGA"}),
]

# (kind, text, a country that must (True) or must not (False) be among the accusations' targets)
VICTIMS: list[tuple[str, str, str, bool]] = [
    ("positive", "The Chadian foreign ministry condemned the violence against Sudanese refugees.", "SDN", False),
    ("positive", "Ghana condemned the attack on a market in Burkina Faso.", "BFA", False),
    ("negative", "The Chadian foreign ministry condemned the violence of the Sudanese army against refugees.", "SDN", True),
    ("near miss", "Ghana criticized the arrest of its traders in Burkina Faso.", "BFA", True),
    ("near miss", "Human Rights Watch condemned the torture of detainees held by the Eritrean government.", "ERI", True),
]

NOUN_DOERS: list[tuple[str, str, str, set[str], set[str]]] = [
    ("positive", "Officials said Russian drone attacks on Kherson damaged a school.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("positive", "The Turkish drone strikes on Sinjar drew protests from Baghdad.", "ASSAULT", {"TUR"}, {"IRQ"}),
    ("positive", "Chad condemned the Sudanese attack on its border posts.", "ASSAULT", {"SDN"}, {"TCD"}),
    ("negative", "Russian shelling of Kherson continued overnight.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("near miss", "Chad said Sudanese soldiers attacked its border posts.", "ASSAULT", {"SDN"}, {"TCD"}),
]

# a possessive pronoun on a body the actor stage left unresolved ("its embassy"): the teller's, as "X's embassy"
OWNED_BODIES: list[tuple[str, str, str, set[str], set[str]]] = [
    ("positive", "Qatar said Israel carried out the strike on its embassy.", "ASSAULT", {"ISR"}, {"QAT"}),
    ("positive", "Lebanon said Israeli jets carried out the raid on its consulate.", "ASSAULT", {"ISR"}, {"LBN"}),
    ("negative", "Qatar said Israel carried out the strike on the Qatari embassy.", "ASSAULT", {"ISR"}, {"QAT"}),
    ("near miss", "Israel said it struck its own consulate by mistake.", "ASSAULT", {"ISR"}, set()),
]


def _parties(text: str, plover: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    an = pipeline().analyze_text(text)
    actors = {a.id: a for a in an.actors}
    return [(actor_codes(e.named_source_ids, actors), actor_codes(e.target_actor_ids, actors))
            for e in an.events if e.plover == plover and e.parent_id is None]


@pytest.mark.parametrize(("kind", "text", "plover", "source", "target"), CONDEMNED + NOUN_DOERS + OWNED_BODIES,
                         ids=[f"{r[0]}:{r[1][:40]}" for r in CONDEMNED + NOUN_DOERS + OWNED_BODIES])
def test_the_parties_of_an_act_named_by_a_noun(kind: str, text: str, plover: str, source: set[str],
                                                target: set[str]) -> None:
    got = _parties(text, plover)
    assert (frozenset(source), frozenset(target)) in got, (kind, text, got)


@pytest.mark.parametrize(("kind", "text", "country", "present"), VICTIMS, ids=[f"{r[0]}:{r[1][:40]}" for r in VICTIMS])
def test_the_victims_of_a_condemned_act_are_no_one_accused(kind: str, text: str, country: str, present: bool) -> None:
    targets = {c for _, target in _parties(text, "ACCUSE") for c in target}
    assert (country in targets) is present, (kind, text, targets)


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in VICTIMS} == ROW_KINDS
    assert {r[0] for r in CONDEMNED} == ROW_KINDS
    assert {r[0] for r in NOUN_DOERS} == ROW_KINDS
    assert {r[0] for r in OWNED_BODIES} == ROW_KINDS
