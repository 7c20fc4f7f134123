"""Quoted words inside reported speech that a second speaker inside that speech says (issue 15;
seen on the tuning half of the invented shipwreck probe; ``Linker._inner_sayers``). Invented
sentences, speakers of every kind.

* the quotation as the object of an inner cue right after it, which has no clause of its own ("X
  told Y that a passenger said “about 750”"): the inner speaker's partial quote;
* an inner speaker that is a pronoun standing for the outer one ("The senator said she wanted to
  speak “...”") leaves the quote the outer speaker's, as named;
* quoted words in the outer report with no inner cue ("X said the army had “no choice”", "X said
  the plan was “a disgrace” and the opposition agreed": the cue after it reports nothing before
  it) stay the outer speaker's;
* the quotation after a colon that follows an inner cue and its object only ("X said the gunmen
  ordered them: “Lie down”"): the inner speaker's (the second speaker probe's nested speakers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from tests.builders import assert_speaker, run_stage

Parse = Callable[..., ParsedDoc]

# (construction, text, the quoted words, the speaker of their partial quote as written)
CASES = [
    ("object of an inner cue: positive", 'The charity told the paper that a caller said "about 750" during the '
     "night.", "about 750", "a caller"),
    ("object of an inner cue: positive, another body", 'The ministry told reporters the hospital director had '
     'said "at least 40" on Monday.', "at least 40", "the hospital director"),
    ("near miss: the inner speaker a pronoun", 'The senator said she wanted to speak "directly to the voters" '
     "this week.", "directly to the voters", "The senator"),
    ("negative: no inner cue", 'Officials said the army had "no choice" in the matter.', "no choice", "Officials"),
    ("near miss: a cue after the quotation", 'The minister said the plan was "a disgrace" and the opposition '
     "agreed.", "a disgrace", "The minister"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_quoted_words_of_an_inner_speaker(parse: Parse, name: str, text: str, words: str, speaker: str) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    partial = [q for q in quotes if q.kind == "partial" and q.content.text.strip('"\u201c\u201d') == words]
    assert len(partial) == 1, (name, [(q.kind, q.content.text) for q in quotes])
    assert partial[0].speaker is not None and partial[0].speaker.text == speaker, (name, partial[0].speaker)


# an inner cue with its object and a colon before the quotation, read by the whole pipeline:
# (construction, text, the quoted words, the speaker's words)
COLON_CASES = [
    ("positive: an order", "Samira Haddad, a nurse, said the soldiers ordered them: \"Leave the ward now.\"",
     "Leave the ward now", "soldiers"),
    ("positive: a warning from a body", "Residents said the militia warned them: \"Anyone outside after dark will be "
     "shot.\"", "Anyone outside after dark will be shot", "militia"),
    ("negative: no inner cue", "Samira Haddad, a nurse, said the soldiers were angry: \"We were all terrified.\"",
     "We were all terrified", "Haddad|nurse"),
    ("near miss: a verb of no speech and its object", "Samira Haddad, a nurse, said the soldiers searched them: "
     "\"We had nothing to hide from anyone.\"", "We had nothing to hide from anyone", "Haddad|nurse"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), COLON_CASES, ids=[c[0] for c in COLON_CASES])
def test_an_inner_cue_and_its_object_before_a_colon(name: str, text: str, words: str, speaker: str) -> None:
    assert_speaker("Night raid on the hospital\n\n" + text, words, speaker)
