"""The rules of i15-framing55, each a class of construction on every side, from the tune halves of
the voice probe (framing_voice_rows.py) and of the claims probes (militant groups, creeds, members
as a slur, prefixed sides), and from classes the issue names checked on invented sentences of
every side (names of bodies, hardliners, pretences). Invented sentences; a row names
the marked words and the mark's voice ("outlet", "quoted": any other voice), or "none" (no mark
over the words):

* militant groups: the writer's word for a party's fighters as the adjective of a group noun ("the
  militant group", "militant factions"; labels.yaml group_adjectives, as "militants" is in
  fighter_nouns);
* creeds: a word for a creed before a government or an armed force ("the Hindu nationalist
  government", "nationalist militiamen"; labels.yaml creed_adjectives, creed_nouns,
  stages/framing_party_labels.group_marks); before a party or a movement it describes a politics;
* names of bodies: a judging adjective capitalised inside a body's proper name ("the Chinese
  Nationalist Party", "the Radical Party") is part of the name (stages/framing_party_labels.group_marks);
* members as a slur: the members of a body whose name claims standing named by a noun of lesser
  standing ("Rapid Support Forces militiamen", "Republican Guard gangsters"; epithets.yaml
  slur_nouns, stages/framing_epithets.slur_marks);
* hardliners: a name before the writer's word for a party's politicians, as for its fighters
  ("Iranian hardliners", "Serb ultranationalists"; labels.yaml fighter_nouns); alone ("hardliners in
  both cabinets") it names no party;
* pretences: a vote, a trial or an institution presented as a pretence ("the bogus referendum",
  "fake elections", "a farcical trial", "a sham vote"; classes.yaml delegitimising_adjectives,
  institution_nouns), as "sham" and "illegitimate" were;
* prefixed sides: a side named by the writer's word for its enemy ("anti-junta", labels.yaml
  party_prefixes) covers the noun it describes ("anti-regime gunmen": the label is the phrase,
  stages/framing_party_labels._described_end).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_voice_rule_row, probe_marks

# (rule, kind, text, the words, the voice of their mark or "none")
ROWS: list[tuple[str, str, str, str, str]] = [
    ("militant groups", "positive", "A little-known militant group claimed the bombing of the bridge.",
     "militant group", "outlet"),
    ("militant groups", "positive", "Militant factions in the camp traded fire with the police overnight.",
     "Militant factions", "outlet"),
    ("militant groups", "positive", "The village was seized by a militant organisation from across the border.",
     "militant organisation", "outlet"),
    ("militant groups", "quoted", '"That militant group will be crushed," the defence minister told reporters.',
     "militant group", "quoted"),
    ("militant groups", "negative", "A little-known armed group claimed the bombing of the bridge.",
     "armed group", "none"),
    ("militant groups", "near miss", "A militant dockers' union called a strike at the port.", "militant", "none"),
    ("militant groups", "near miss", "She has been a militant vegan since her student days.", "militant vegan",
     "none"),
    ("creeds", "positive", "The Hindu nationalist government renamed three cities last year.",
     "Hindu nationalist government", "outlet"),
    ("creeds", "positive", "Nationalist militiamen torched the farms on the ridge.", "Nationalist militiamen",
     "outlet"),
    ("creeds", "positive", "Serb nationalist forces shelled the valley for a week.", "nationalist forces",
     "outlet"),
    ("creeds", "positive", "The chauvinist regime closed the minority's schools.", "chauvinist regime", "outlet"),
    ("creeds", "negative", "The coalition government renamed three cities last year.", "coalition government",
     "none"),
    ("creeds", "near miss", "Basque nationalist parties won thirty seats in the regional vote.",
     "nationalist parties", "none"),
    ("creeds", "near miss", "A nationalist movement swept the islands in the 1970s.", "nationalist movement",
     "none"),
    ("names of bodies", "positive", "The extremist party won four seats in the assembly.", "extremist party",
     "outlet"),
    ("names of bodies", "near miss", "The Chinese Nationalist Party won the mayoral race in the capital.",
     "Nationalist Party", "none"),
    ("names of bodies", "near miss", "The Radical Party won four seats in the assembly.", "Radical Party", "none"),
    ("members as a slur", "positive", "Rapid Support Forces militiamen looted the grain store in the town.",
     "militiamen", "outlet"),
    ("members as a slur", "positive", "Republican Guard gangsters beat the students outside the hall.",
     "gangsters", "outlet"),
    ("members as a slur", "negative", "Rapid Support Forces fighters looted the grain store in the town.",
     "fighters", "none"),
    ("members as a slur", "near miss", "Fano militiamen blocked the road to the lake for a day.", "militiamen",
     "none"),
    ("hardliners", "positive", "Iranian hardliners in parliament blocked the prisoner exchange.",
     "Iranian hardliners", "outlet"),
    ("hardliners", "positive", "Serb ultranationalists marched through the centre of the town.",
     "Serb ultranationalists", "outlet"),
    ("hardliners", "negative", "Iranian lawmakers in parliament blocked the prisoner exchange.",
     "Iranian lawmakers", "none"),
    ("hardliners", "near miss", "Hardliners in both cabinets blocked the prisoner exchange.", "Hardliners", "none"),
    ("pretences", "positive", "The bogus referendum in the annexed province was held at gunpoint.",
     "bogus referendum", "outlet"),
    ("pretences", "positive", "Fake elections in the seized towns returned the occupiers' candidates.",
     "Fake elections", "outlet"),
    ("pretences", "positive", "The farcical trial of the four bloggers lasted one afternoon.", "farcical trial",
     "outlet"),
    ("pretences", "positive", "The sham vote was boycotted by every opposition party.", "sham vote", "outlet"),
    ("pretences", "negative", "The snap referendum in the northern province was held on Sunday.",
     "snap referendum", "none"),
    ("pretences", "near miss", "Clinical trials of the new malaria vaccine began in the spring.",
     "Clinical trials", "none"),
    ("pretences", "near miss", "The thief sold a fake watch to a tourist at the station.", "fake watch", "none"),
    ("pretences", "near miss", '"This vote is bogus and so is the count," the opposition leader said.', "bogus",
     "none"),
    ("prefixed sides", "positive", "Anti-regime gunmen ambushed a patrol on the mountain road.", "gunmen",
     "outlet"),
    ("prefixed sides", "positive", "Anti-occupation volunteers cleared the rubble from the square.", "volunteers",
     "outlet"),
    ("prefixed sides", "quoted", '"Anti-junta gunmen burned the school," the colonel told state radio.', "gunmen",
     "quoted"),
    ("prefixed sides", "negative", "Opposition gunmen ambushed a patrol on the mountain road.", "gunmen", "none"),
    ("prefixed sides", "near miss", "Anti-poverty volunteers cleared the rubble from the square.", "volunteers",
     "none"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "words", "voice"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_class_rule_rows(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str, words: str,
                         voice: str) -> None:
    check_voice_rule_row(probe_marks(parse, text), text, words, voice)
