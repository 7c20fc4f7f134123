"""Of two people named close before a "he said", which one speaks (issue 15): a person the text
names only in passing (an object, a prepositional object) in a question the writer asks since the
last speaker is not the speaker; the subject of a sentence's main clause is no name in passing even after a speaker met
in a clause of that sentence; and a speaker the chain once moved a pronoun away from gets its own
pronouns back when the article names it speaking again. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Harbour vote\n\n"
DUNN = "Carl Dunn, the harbour commissioner, defended the dredging plan on Monday. "

# (construction, text, the last quote's speaker)
PASSING = [
    ("positive: a name as a prepositional object in the writer's question", DUNN
     + "\"It will pay for itself,\" Dunn said. Would it cost more than the bridge of Peter Walsh? "
     "\"That is a fair question,\" he said.", "Carl Dunn"),
    ("positive: a name as a verb's object in the writer's question", DUNN
     + "\"It will pay for itself,\" Dunn said. But what would the plan mean for Peter Walsh? "
     "\"That is a fair question,\" he said.", "Carl Dunn"),
    ("negative: the other man as a clause's subject", DUNN
     + "\"It will pay for itself,\" Dunn said. Peter Walsh, a former commissioner, disagreed strongly. "
     "\"The numbers are the same as before,\" he said.", "Peter Walsh"),
    ("near miss: a name in passing in a statement, not a question", DUNN
     + "\"It will pay for itself,\" Dunn said. Critics have compared the scheme to one that failed under "
     "Peter Walsh. \"The numbers are different now,\" he said.", "Peter Walsh"),
    ("near miss: the last speaker is a woman", "Nora Lund, the harbour commissioner, defended the plan on "
     "Monday. \"It will pay for itself,\" she said. Would it cost more than the bridge of Peter Walsh? "
     "\"That is a fair question,\" he said.", "Peter Walsh"),
]

MAIN = [
    ("positive: the main subject after a relative-clause speaker", "With Peter Walsh, who has called the plan a "
     "fraud, leading the polls, Carl Dunn stayed calm. \"Voters will decide,\" he said.", "Carl Dunn"),
    ("positive: the main subject after a concessive clause's speaker", "Although Peter Walsh, who has called the "
     "plan a fraud, leads the polls, Carl Dunn stayed calm. \"Voters will decide,\" he said.", "Carl Dunn"),
    ("negative: the other man is the main subject", "Carl Dunn, who has called the plan a fraud, warned that it "
     "would fail, and Peter Walsh shrugged. \"Voters will decide,\" he said.", "Peter Walsh"),
    ("near miss: the man named after the speaker is no subject", "Peter Walsh, who has called the plan a fraud, "
     "shrugged at a question about Carl Dunn. \"Voters will decide,\" he said.", "Peter Walsh"),
]

INTERVIEW = ("\"The plan will pay for itself,\" Carl Dunn said in an interview with the radio host Peter Walsh.\n"
             "Walsh argued that the harbour needed work, but suggested Dunn went too far.\n"
             "\"But the costs have doubled. Is that a mistake?\" he asked.\n")
AGAIN = [
    ("positive: named speaking again after a pronoun was moved off him", INTERVIEW
     + "\"No, it is no mistake. The plan is sound,\" Dunn said.\nDunn made similar comments on Tuesday.\n"
     "\"The dredgers start in May,\" he said.", "Carl Dunn"),
    ("negative: not named again", INTERVIEW + "\"The dredgers start in May,\" he said.", "Peter Walsh"),
    ("near miss: named again only as a possessor", INTERVIEW + "The plan was drafted by Dunn's office.\n"
     "\"The dredgers start in May,\" he said.", "Peter Walsh"),
]


@pytest.mark.parametrize(("name", "text", "who"), PASSING + MAIN + AGAIN, ids=[c[0] for c in PASSING + MAIN + AGAIN])
def test_the_near_speaker_of_a_pronoun(name: str, text: str, who: str) -> None:
    assert last_quote_speaker(OPENING + text) == who, name
