"""A speaker described by an epithet of a public figure ("the Texas senator told reporters", "the
real estate tycoon said", "the GOP front-runner said") stands for the last named person who is a
clause's subject outside quotation marks, the main clause's subject first, in the nearest sentence
before it that has one (issue 15; the tune half of the PolNeAR pronoun/description set). Not when
the article brings the person in with "a" ("A senator ... the senator"), when the description
names whose it is ("the party's senator"), nor for a noun that is no epithet ("the official").
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Campaign trail\n\n"

# (construction, text, the speaker expected; None: neither named person)
CASES = [
    ("positive: a place-adjective epithet after the subject", "Maria Lopez still thinks the plan is a mistake, "
     "months after she met Tom Greer. \"I stand by every word,\" the Texas senator told reporters.", "Maria Lopez"),
    ("positive: the subject, not the object", "Carl Benson attacked Tom Greer at a rally in Dayton. "
     "\"He has no plan for jobs,\" the real estate tycoon said.", "Carl Benson"),
    ("positive: the main clause's subject, not the reported one", "Carl Benson announced that Tom Greer would "
     "run his campaign. In a statement, the business mogul said \"Tom is the best there is.\"", "Carl Benson"),
    ("positive: the focus of a cleft", "Eight candidates spoke on Sunday. As usual, it was Carl Benson who drew "
     "the crowds. Appearing on television, the GOP front-runner said \"We will win big.\"", "Carl Benson"),
    ("negative: a person the article brings in with 'a'", "A senator from Ohio spoke at the rally after Carl "
     "Benson left. \"He has no plan for jobs,\" the senator said.", None),
    ("near miss: the description names whose it is", "Carl Benson attacked Tom Greer at a rally in Dayton. "
     "\"He has no plan for jobs,\" the party's senator said.", None),
    ("near miss: a post, no epithet", "Carl Benson attacked Tom Greer at a rally in Dayton. "
     "\"He has no plan for jobs,\" the election official said.", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_epithet_speaker_is_the_last_named_subject(name: str, text: str, expected: str | None) -> None:
    who = last_quote_speaker(OPENING + text)
    if expected is None:
        assert who not in ("Carl Benson", "Tom Greer", "Maria Lopez"), (name, who)
    else:
        assert who == expected, (name, who)
