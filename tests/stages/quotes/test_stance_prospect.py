"""What a quote's proposition looks forward to or supposes (issue 15, built on the blind PolNeAR
stance set's tune half, /work/notes/stance): a modal of the future or "be going to" makes it
future, "would" under a past verb of saying too (the future of then); a clause of condition makes
it hypothetical; a modal of possibility with no perfect makes it uncertain. What denies, negates or
doubts it wins, except that a negated counterfactual is hypothetical. A copula whose predicate noun has a negative determiner is negated ("was no
accident"), unless a clause says what is so. And a noun with a complement clause opened by "that" is a proposition a verb of
denial denies; a relative clause is not. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Budget talks\n\n"

# (construction, text, the quote's content, its stance)
CASES = [
    ("positive: will", "The minister said the army will withdraw from the town next week.",
     "the army will withdraw from the town next week", "future"),
    ("positive: would under a past verb of saying", "The mayor said the bridge would reopen in May.",
     "the bridge would reopen in May", "future"),
    ("positive: be going to", "Officials said they are going to close the border crossing.",
     "they are going to close the border crossing", "future"),
    ("positive: a direct quote with will", "\u201cWe will win this county,\u201d the candidate said.",
     "\u201cWe will win this county,\u201d", "future"),
    ("positive: a condition", "The governor said the levy would fail if the rains came early.",
     "the levy would fail if the rains came early", "hypothetical"),
    ("positive: would under a present verb of saying", "The treasurer says the new tax would fail.",
     "the new tax would fail", "hypothetical"),
    ("positive: a modal of possibility", "The analyst said grain prices might rise again.",
     "grain prices might rise again", "uncertain"),
    ("positive: could, a possibility", "The analyst said the strike could trigger a wider war.",
     "the strike could trigger a wider war", "uncertain"),
    ("near miss: could with a verb of perceiving", "Residents said they could hear explosions all night.",
     "they could hear explosions all night", "asserted"),
    ("negative: no modal", "The mayor said the bridge reopened in May.", "the bridge reopened in May", "asserted"),
    ("near miss: will not is negated", "The minister said the army will not withdraw from the town.",
     "the army will not withdraw from the town", "negated"),
    ("near miss: a modal over a perfect is a counterfactual", "The mayor said the bridge would have collapsed "
     "without the repairs.", "the bridge would have collapsed without the repairs", "hypothetical"),
    # a future perfect (issue 15, i15-figure-stance): "will have" looks forward
    ("positive: will have, a future perfect", "The minister said the army will have left the town by March.",
     "the army will have left the town by March", "future"),
    ("near miss: may have, a hedge", "The minister said the army may have left the town by March.",
     "the army may have left the town by March", "uncertain"),
    # denial of a noun with a complement clause
    ("positive: a noun with a complement clause", "The senator rejected attacks from rival candidates that he "
     "was soft on crime.", "attacks from rival candidates that he was soft on crime", "denied"),
    ("positive: a critique", "The coach disputed both critiques.", "both critiques", "denied"),
    ("negative: a noun of no proposition", "The senator rejected the budget.", "the budget", "asserted"),
    ("near miss: a relative clause", "The senator rejected demands from rival candidates that had no support.",
     "demands from rival candidates that had no support", "asserted"),
    # a negated counterfactual
    ("positive: would not have", "The coach said the team would not have won without the new striker.",
     "the team would not have won without the new striker", "hypothetical"),
    ("negative: did not", "The coach said the team did not win.", "the team did not win", "negated"),
    ("near miss: will not, no perfect", "The coach said the team will not win.", "the team will not win",
     "negated"),
    # a copula whose predicate noun has a negative determiner
    ("positive: was no accident", "The fire chief said the blaze was no accident.", "the blaze was no accident",
     "negated"),
    ("negative: a predicate noun", "The fire chief said the blaze was an accident.", "the blaze was an accident",
     "asserted"),
    ("near miss: no more than, a qualifier", "The nurse said the wound was no more than a scratch.",
     "the wound was no more than a scratch", "asserted"),
    ("near miss: a clause says what is so", "The trader said it was no surprise that wheat prices rose.",
     "it was no surprise that wheat prices rose", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "content", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_quotes_modal_stance(name: str, text: str, content: str, stance: str) -> None:
    found = [q for q in pipeline().analyze_text(OPENING + text).quotes if q.content.text == content]
    assert found, (name, [q.content.text for q in pipeline().analyze_text(OPENING + text).quotes])
    assert found[0].stance == stance, (name, found[0].stance)
