"""Issue 16 (i16-acled-protest): the ACLED protest rules of ``data/events/acled.yaml`` written after the blind probe
``test_acled_protest_probe.py`` (each a class of constructions, in invented sentences):

* ``labour strike``: a strike as a labour action (the predicate word strike with the words of work: "went on strike",
  "an indefinite strike for higher pay") is a peaceful protest, not an attack; an air or drone strike stays one;
* ``pre-emptive arrest``: an arrest told as before the protest it forestalls ("ahead of the march") is an arrest, no
  intervention in a protest under way;
* ``mob of protesters``: a mob named by its demonstrators is a demonstration's crowd (a violent demonstration), not
  mob violence;
* ``strikers and bandh``: workers on strike and a shutdown's supporters are protesters when force is used on them;
* ``damage after the protest``: property damaged or burnt, policemen hurt or clashes, with no doer named, in the
  sentence after a protest, are the demonstrators' (a violent demonstration);
* ``shots into the air``: shots fired into the air or as a warning at a demonstration, no one hit, are an
  intervention (not an attack);
* ``met with force``: demonstrators "met with" tear gas, batons or water cannon were met by force, no meeting (an
  intervention);
* ``doer not its own target``: a pronoun object the parse resolved to the act's own doer names no armed target ("police
  used tear gas to disperse them" is no fight between armed men).
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

PP = "Peaceful protest"
PWI = "Protest with intervention"
EF = "Excessive force against protesters"

# (rule, kind, sentence, expected sub-event type or scope; None: no main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("labour strike", "positive", "Truckers went on strike across the province, demanding lower diesel prices.", PP),
    ("labour strike", "positive", "The transport strike paralysed the city on Monday.", PP),
    ("labour strike", "positive", "Bus drivers went on strike on Monday over unpaid salaries.", PP),
    ("labour strike", "negative", "Air force jets struck insurgent camps overnight.", "Air/drone strike"),
    ("labour strike", "near miss", "A drone strike killed three fighters near the town.", "Air/drone strike"),
    ("pre-emptive arrest", "positive", "Police detained protest leaders ahead of the sit-in.", "Arrests"),
    ("pre-emptive arrest", "positive", "Police detained the union leaders ahead of the march.", "Arrests"),
    ("pre-emptive arrest", "positive", "Police arrested five opposition leaders before the planned sit-in.", "Arrests"),
    ("pre-emptive arrest", "negative", "Police detained dozens of protesters during the march.", PWI),
    ("pre-emptive arrest", "near miss", "Police detained the protest organisers at the rally.", PWI),
    ("mob of protesters", "positive", "A mob of demonstrators hurled stones at the police.", "Violent demonstration"),
    ("mob of protesters", "negative", "A mob lynched a suspected cattle thief.", "Mob violence"),
    ("mob of protesters", "near miss", "A mob attacked the police post in the village.", "Mob violence"),
    ("strikers and bandh", "positive", "Police fired at a crowd of striking dock workers, killing one.", EF),
    ("strikers and bandh", "positive", "Police detained twenty bandh supporters near the bus stand.", PWI),
    ("strikers and bandh", "negative", "Police detained twenty suspects near the bus stand.", "Arrests"),
    ("strikers and bandh", "near miss", "Police opened fire on striking workers, killing two.", EF),
    ("damage after the protest", "positive", "Angry students took to the streets after the exam was cancelled. Several "
     "buses were damaged and a police jeep was set on fire.", "Violent demonstration"),
    ("damage after the protest", "positive", "Hundreds of traders marched to the municipal office on Tuesday. Two shops "
     "were set on fire.", "Violent demonstration"),
    ("damage after the protest", "negative", "Two shops were set on fire in the market on Tuesday.",
     "Looting/property destruction"),
    ("damage after the protest", "near miss", "Residents held a rally against the eviction. Unknown men later set fire "
     "to the rally stage.", PP),
    ("doer not its own target", "positive", "Thousands of people demonstrated in the capital on Sunday. Police used tear "
     "gas to disperse them.", PWI),
    ("doer not its own target", "negative", "Police used tear gas to disperse the rioters who were stoning the station.",
     "Violent demonstration"),
    ("doer not its own target", "near miss", "Soldiers used mortars to shell the rebels' positions.",
     "Shelling/artillery/missile attack"),
    ("damage after the protest", "positive", "Traders staged a protest against the new tax. Twelve policemen were "
     "injured.", "Violent demonstration"),
    ("damage after the protest", "near miss", "Traders staged a protest against the new tax. Two soldiers were killed in "
     "an ambush by rebels.", PP),
    ("shots into the air", "positive", "Soldiers fired into the air to scatter the demonstrators.", PWI),
    ("shots into the air", "positive", "Police fired in the air to disperse the crowd gathered outside the court.", PWI),
    ("shots into the air", "negative", "Police fired into the air to disperse the protesters, then opened fire on "
     "them, killing two.", EF),
    ("shots into the air", "near miss", "Police fired warning shots to break up the sit-in outside the mill.", PWI),
    ("met with force", "positive", "The marchers were met with tear gas and water cannon.", PWI),
    ("met with force", "positive", "Striking workers were met with batons outside the factory gate.", PWI),
    ("met with force", "negative", "The protesters met with the district officials to discuss their demands.",
     "diplomacy"),
    ("met with force", "near miss", "Protesters were met with live fire as they approached the palace, and three were "
     "killed.", EF),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_rule(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 8
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
