"""A label reported as someone's official naming, or as what someone calls another, or as a name
whose users an "as" clause gives, is the designator's word (stages/framing_voice.py, labels.yaml
designation_verbs): its voice is the designator's when the text names one, the outlet's
otherwise. Designators of every side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import ROW_KINDS, pipeline, row_kinds, stage_outputs

# (rule, kind, text, the marked word, the mark's expected voice)
ROWS: list[tuple[str, str, str, str, str]] = [
    ("naming verb", "positive", "Turkey has designated the YPG as terrorists.", "terrorists", "state:TUR"),
    ("naming verb", "positive", "Israel designated six Palestinian NGOs as terror groups.", "terror groups", "state:ISR"),
    ("naming verb", "positive", "The United States and Pakistan have designated the BLA a terrorist group.",
     "terrorist", "compound:state:USA+state:PAK"),
    ("naming verb", "positive", "The group was designated a terrorist organisation by Russia.", "terrorist organisation",
     "state:RUS"),
    ("naming verb", "negative", "The terrorist group Hamas attacked Israel.", "terrorist", "outlet"),
    # near miss: a naming told with no designator named stays the outlet's word
    ("naming verb", "near miss", "Hamas, a designated terrorist group, fired rockets at Israel.", "terrorist", "outlet"),
    ("joined participle", "positive", "Al-Shabab, a US-designated terrorist group, claimed the attack.", "terrorist",
     "state:USA"),
    ("joined participle", "negative", "Al-Shabab, a US-backed terrorist group, claimed the attack.", "terrorist",
     "outlet"),
    # near miss: a name the tokenizer keeps in one word with the participle is no mention of its own
    ("joined participle", "near miss", "Al-Shabab, a U.S.-designated terrorist group, claimed the attack.", "terrorist",
     "outlet"),
    # a verb of naming reports the label as its subject's word ("what it called ...")
    ("calling verb", "positive", "Russia struck what it called neo-Nazis in Ukraine.", "neo-Nazis", "state:RUS"),
    ("calling verb", "positive", "Israel struck what it called terrorists in Gaza.", "terrorists", "state:ISR"),
    ("calling verb", "positive", "Moscow describes the Ukrainian fighters as neo-Nazis.", "neo-Nazis", "state:RUS"),
    ("calling verb", "negative", "The terrorists called for a truce in Gaza.", "terrorists", "outlet"),
    # near miss: a label in another phrase of the verb ("called on ... amid ...") is not what it names
    ("calling verb", "near miss", "Iran called on Muslim countries to cut ties amid the Zionist occupation.",
     "Zionist occupation", "outlet"),
    # a clause of naming brought in by "as" right after the label gives its users
    ("as-clause naming", "positive", "Settlers live in Judea and Samaria, as Israel calls the West Bank.",
     "Judea and Samaria", "state:ISR"),
    ("as-clause naming", "positive", "Voters in “Artsakh”, as Armenians call the region, left their homes.",
     "Artsakh", "sector:ARM:CVL"),
    ("as-clause naming", "negative", "Settlers live in Judea and Samaria, the biblical name of the West Bank.",
     "Judea and Samaria", "outlet"),
    # near miss: an "as" clause whose verb names nothing
    ("as-clause naming", "near miss", "Settlers live in Judea and Samaria, as Israel expands the settlements.",
     "Judea and Samaria", "outlet"),
    # a calling verb reports every kind of wording as its subject's, euphemisms too
    ("calling verb, any wording", "positive", "Russia launched what it calls a special military operation in 2022.",
     "special military operation", "state:RUS"),
    ("calling verb, any wording", "negative", "The special military operation entered its third year.",
     "special military operation", "outlet"),
    # near miss: "called for" is no naming
    ("calling verb, any wording", "near miss", "Russia called for an end to the special military operation.",
     "special military operation", "outlet"),
    # near miss: the marks of a scare quote are the writer's distance, whoever is said to use the term
    ("calling verb, any wording", "near miss", "Those who called themselves ‘ministers’ fled to Yerevan.",
     "‘ministers’", "outlet"),
    # a quotation interrupted by its cue: the words around the cue are the outlet's, the parts the speaker's
    ("interrupted quote", "positive", '"Our units held the line," the general said, speaking of the terror group. '
     '"We will hold it again."', "terror group", "outlet"),
    ("interrupted quote", "negative", '"Our units held the line against the terror group," the general said. '
     '"We will hold it again."', "terror group", "unknown"),
    # near miss: the term in the second part of the interrupted quotation is the speaker's
    ("interrupted quote", "near miss", '"Our units held the line," the general said, speaking of the war. '
     '"The terror group will lose."', "terror group", "unknown"),
]


def test_every_rule_has_each_kind_of_row() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 6 and all(k == ROW_KINDS for k in kinds.values()), kinds


@pytest.mark.parametrize(("rule", "kind", "text", "word", "voice"), ROWS)
def test_a_designated_label_is_the_designators_word(parse: Callable[..., ParsedDoc], rule: str, kind: str, text: str,
                                                   word: str, voice: str) -> None:
    marks = [m for m in stage_outputs(parse(text), pipeline())["framing"] if m.text == word]
    assert len(marks) == 1, (rule, kind, marks)
    assert marks[0].voice == voice, (rule, kind)
