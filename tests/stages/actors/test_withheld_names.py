"""A person whose name a report withholds, written with a rank abbreviation and an initial
("An off-duty officer, identified only as Sgt. Maj. A., ...", "Lt. Col. R."): the abbreviations
keep their stops in one sentence, the participle of naming gives the description its name, the
name keeps its final initial's stop, and the pronouns after it speak for that person (issue 15,
quote speakers)."""

from __future__ import annotations

import pytest

from tests.builders import assert_all_speakers, pipeline

LEAD = "Bus stop attack\n\n"
# (construction, text, the speaker's actor name of every quote)
CASES = [
    # positive: a description named by "identified only as" / "named only as"
    ("identified only as", LEAD + 'A reserve soldier, identified only as Sgt. Maj. D., fired at the car. '
     'Speaking to army radio, he said he "did not think twice."\n\n"I ran toward the shots," he said.', "Sgt. Maj. D."),
    ("named only as", LEAD + 'A paramedic, named only as Capt. Y., treated the wounded. "There was blood '
     'everywhere," he said.', "Capt. Y."),
    # negative: a full name after the rank
    ("full name", LEAD + 'A reserve soldier, Sgt. Maj. David Levin, fired at the car. "I ran toward the '
     'shots," he said.', "David Levin"),
    # near miss: "identified as" with a description, no name, gives no name
    ("identified as a description", LEAD + 'A reserve soldier, identified as a member of the local guard, '
     'fired at the car. "I ran toward the shots," said Yossi Ben-Haim.', "Yossi Ben-Haim"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_withheld_name_speaks(name: str, text: str, speaker: str) -> None:
    assert_all_speakers(text, speaker, name)


# (construction, text, the tokens the rank is written as, the number of sentences)
TOKEN_CASES = [
    ("rank abbreviations", "Lt. Col. Dana Kaplan said the unit had left.", ["Lt.", "Col."], 1),
    ("ranks before an initial", "Sgt. Maj. A. said he fired.", ["Sgt.", "Maj."], 1),
    # near miss: a word that ends a sentence keeps its stop apart
    ("a word ending a sentence", "The soldiers climbed the col. Then they left.", ["col", "."], 2),
]


@pytest.mark.parametrize(("name", "text", "tokens", "sentences"), TOKEN_CASES, ids=[c[0] for c in TOKEN_CASES])
def test_rank_abbreviations_keep_their_stops(name: str, text: str, tokens: list[str], sentences: int) -> None:
    doc = pipeline().nlp(text)
    words = [t.text for t in doc]
    assert any(words[i:i + len(tokens)] == tokens for i in range(len(words))), (name, words)
    assert len(list(doc.sents)) == sentences, name
