"""A capitalised office opening a sentence with an "of" phrase and a name in apposition ("Head of
the village council Ibrahim Abu Salah said ...", as news agencies write it) names the person
named, who speaks; the office is no person called "Head" (issue 15, quote speakers)."""

from __future__ import annotations

import pytest

from tests.builders import assert_all_speakers

LEAD = "Raid on the village\n\nSoldiers stormed the village from three sides at dawn.\n\n"
# (construction, text, the speaker's actor name of every quote)
CASES = [
    # positive: an office with an "of" phrase, then the name, after another paragraph
    ("head of a council", LEAD + 'Head of the local council Ibrahim Saleh said that the boy Karim was shot '
     'near his home. "He carried nothing," he said.', "Ibrahim Saleh"),
    ("head of a committee", "Raid\n\nThe army stormed the camp from three sides at dawn.\n\n"
     'Head of the camp committee Mahmoud Nasser said that the child Adam was shot on his way to school. '
     '"He was a boy," he said.', "Mahmoud Nasser"),
    # negative: the name first, the office after it
    ("name, then office", LEAD + 'Samir Daoud, head of the village council, said that the boy was shot at '
     'the door. "He carried nothing," he said.', "Samir Daoud"),
    # near miss: a name that opens with a capitalised word and "of" is one name
    ("a name with 'of'", LEAD + 'Bank of Palestine said that its branch was closed. "No one was hurt," it '
     'said.', "Bank of Palestine"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_an_office_before_a_name_names_the_speaker(name: str, text: str, speaker: str) -> None:
    assert_all_speakers(text, speaker, name)
