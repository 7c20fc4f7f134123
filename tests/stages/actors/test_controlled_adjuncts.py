"""A person named inside a participle clause with no subject of its own, hung on the verb whose
subject is a pronoun ("Speaking to Amani Radio by telephone, he said ...", "Asked about Grace
Njeri, she said ..."), is not the pronoun's antecedent: the pronoun is the participle's
understood subject, so the speaker is the person named before (issue 15; seen on the tuning half
of the invented nairobi-protest probe, where an outlet's name read as a person took the quote).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

# (construction, text, words of the quotation, the speaker's words: as written or the actor's name)
CASES = [
    ("positive: speaking to an outlet read as a person", "The district commander, Peter Langat, insists his men "
     "held their fire. Speaking to Amani Radio by telephone, he said: \"Not a single shot came from us.\"",
     "Not a single shot", "Peter Langat"),
    ("positive: asked about another person", "The minister, Joyce Achieng, rejected the report. Asked about "
     "Grace Njeri, she said: \"That case is before the courts.\"", "before the courts", "Joyce Achieng"),
    ("negative: the participle clause has its own subject", "Grace Njeri spoke first. With Grace Njeri "
     "speaking, he said nothing. \"I will wait,\" Joyce Achieng said.", "I will wait", "Joyce Achieng"),
    ("near miss: the person is the sentence's subject, not in the adjunct", "The district commander, Peter "
     "Langat, spoke on Tuesday. Speaking by telephone, Amos Kiprop said: \"The road is closed.\"",
     "road is closed", "Amos Kiprop"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_person_in_a_controlled_adjunct_is_not_the_pronoun(name: str, text: str, words: str, speaker: str) -> None:
    assert_speaker("Roadblock\n\n" + text, words, speaker)
