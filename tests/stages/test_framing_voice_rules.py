"""The rules of i15-framing54, each a class of construction on every side, from the tune half of the
voice probe (framing_voice_rows.py). Invented sentences; a row names the marked words and the
mark's voice ("outlet", "quoted": any other voice), or "none" (no mark over the words):

* ideology: a word for a government's politics or rule before a noun for a government, party or
  group ("the far-left government", "a hardline party"; labels.yaml group_adjectives, judged_nouns;
  stages/framing_party_labels.group_marks, a hyphen the parser splits read as one word);
* fighters: a name before the writer's word for a party's fighters ("Kurdish militants", "Baloch
  separatists"; labels.yaml fighter_nouns);
* hyphened names: a descriptor after a name written with hyphens ("Al-Shabab-linked",
  "al-Qaeda-linked"; stages/framing_labels.py descriptor_re);
* office titles: the rank or seat of an office alone in quotation marks ("“Supreme Commander”",
  "a “governor”"; scare_quotes.yaml title_words);
* named rulers: a ruler word after a name ("the Communist regime", "the Maduro regime";
  stages/framing_party_labels._named_ruler);
* naming phrase: a label anywhere in what a verb of naming calls its object (a conjunct, a phrase
  or participle on it) is the namer's word (stages/framing_voice._inside_naming);
* secession: a place presented as torn from its claimant ("the breakaway province"; labels.yaml
  secession_adjectives, stages/framing_accounts.secession_marks);
* reported predicate: a label that a reported clause says someone is ("officials said the
  movement was a terrorist organisation", a phrase on it too) is the reporter's word (stages/framing_voice._reported_predicate).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import check_voice_rule_row, probe_marks

# (rule, kind, text, the words, the voice of their mark or "none")
ROWS: list[tuple[str, str, str, str, str]] = [
    ("ideology", "positive", "The far-left government seized the private banks.", "far-left government", "outlet"),
    ("ideology", "positive", "A hardline party took control of the assembly.", "hardline party", "outlet"),
    ("ideology", "positive", "The theocratic regime closed the universities.", "theocratic regime", "outlet"),
    ("ideology", "negative", "The centrist government seized the private banks.", "centrist government", "none"),
    ("ideology", "near miss", "The party's far-left wing walked out of the congress.", "far-left wing", "none"),
    ("fighters", "positive", "Kurdish militants ambushed a convoy near the border.", "militants", "outlet"),
    ("fighters", "positive", "Baloch separatists blew up a gas pipeline.", "separatists", "outlet"),
    ("fighters", "negative", "Kurdish fighters held the town for a week.", "fighters", "none"),
    ("fighters", "near miss", "Rebel Wilson opened the festival in Sydney.", "Rebel", "none"),
    ("fighters", "near miss", "The militants fled into the hills after dark.", "militants", "none"),
    ("hyphened names", "positive", "Al-Shabab-linked fighters raided the village.", "Al-Shabab-linked", "outlet"),
    ("hyphened names", "positive", "Fighters from an al-Qaeda-linked group raided the village.", "al-Qaeda-linked",
     "outlet"),
    ("hyphened names", "negative", "Fighters from a Somali clan raided the village.", "Somali", "none"),
    ("hyphened names", "near miss", "The Tel Aviv-based company declined to comment.", "Tel Aviv-based", "none"),
    ("office titles", "positive", 'The group\'s "Supreme Commander" gave a long speech.', '"Supreme Commander"',
     "outlet"),
    ("office titles", "positive", 'Moscow appointed a "governor" for the occupied region.', '"governor"', "outlet"),
    ("office titles", "negative", "Moscow appointed a governor for the region.", "governor", "none"),
    ("office titles", "near miss", '"The governor has resigned and left the city," the aide said.', "governor",
     "none"),
    ("named rulers", "positive", "The Communist regime in Beijing sent warplanes toward the island.",
     "Communist regime", "outlet"),
    ("named rulers", "positive", "The Maduro regime arrested three activists.", "Maduro regime", "outlet"),
    ("named rulers", "negative", "The Maduro government arrested three activists.", "Maduro government", "none"),
    ("named rulers", "near miss", "The EU's sanctions regime was tightened in May.", "regime", "none"),
    ("secession", "positive", "The envoy of the breakaway province met the minister.", "breakaway province",
     "outlet"),
    ("secession", "positive", "Troops were sent to the renegade region in March.", "renegade region", "outlet"),
    ("secession", "negative", "Troops were sent to the northern region in March.", "northern region", "none"),
    ("secession", "near miss", "A breakaway faction of the party formed its own group.", "breakaway faction", "none"),
    ("naming phrase", "positive", "The ministry described the marchers as rioters and vandals.", "vandals", "quoted"),
    ("naming phrase", "positive", "The minister described the gunmen as terrorists sponsored by Tehran.",
     "sponsored by Tehran", "quoted"),
    ("naming phrase", "negative", "Rioters and vandals smashed the windows of the ministry.", "vandals", "outlet"),
    ("naming phrase", "near miss", "The council called for the release of the terrorists held in the jail.",
     "terrorists", "outlet"),
    ("reported predicate", "positive", "Officials said the movement was a terrorist organisation.",
     "terrorist organisation", "quoted"),
    ("reported predicate", "positive", "Ankara says the fighters are terrorists.", "terrorists", "quoted"),
    ("reported predicate", "positive", "Those are propaganda figures, the minister told reporters.",
     "propaganda figures", "quoted"),
    ("reported predicate", "positive", "Officials said the group was a terrorist militia armed by Tehran.",
     "armed by Tehran", "quoted"),
    ("reported predicate", "negative", "The movement is a terrorist organisation.", "terrorist organisation",
     "outlet"),
    ("reported predicate", "near miss", "Officials said the terrorist group had fired the rockets.", "terrorist",
     "outlet"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "words", "voice"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_voice_rule_rows(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str, words: str,
                         voice: str) -> None:
    check_voice_rule_row(probe_marks(parse, text), text, words, voice)
