"""An "it" goes on with the body a sentence reports, not with a body met in an adverbial side clause
of that sentence ("after X said ...", "as X said ...", "while X said ..."): "The union said it had
closed the depot, after the company said it had cut wages. “...,” it said" is the union (issue 15;
"it" resolved to the wrong body). A body that speaks again in a main clause is "it" again.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import described_speaker_names, names_match, pipeline

# (construction, text, words of the quote, a word of the expected speaker)
CASES = [
    ("positive: after X said", "The dockers' union said it had shut the depot, after the Harbour Board said it "
     "had cut night pay. \"Our members will not unload a single ship,\" it said.", "will not unload a single ship",
     "union"),
    ("positive: as X said", "The Sudanese army said it had retaken the bridge, as the RSF said it had shot down a "
     "drone. \"The militia fled in disarray,\" it said.", "fled in disarray", "army|Sudan"),
    ("positive: while X said", "Hamas said it had accepted the proposal, while Israel said it was studying it. "
     "\"The ball is in their court,\" it said.", "The ball is in their court", "Hamas"),
    ("negative: two main clauses", "Hamas said it had accepted the proposal. Israel said it was studying it. "
     "\"We need more time,\" it said.", "We need more time", "Israel"),
    ("near miss: the side speaker speaks again in a main clause", "Hamas said it had accepted the proposal, "
     "while Israel said it was studying it. Israel later said it would answer by Monday. \"We need more time,\" "
     "it said.", "We need more time", "Israel"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_it_passes_over_a_side_clause_speaker(name: str, text: str, words: str, speaker: str) -> None:
    found, names = described_speaker_names(pipeline().analyze_text("Talks and strikes\n\n" + text), words)
    assert found and names_match(speaker, names), (name, names)
