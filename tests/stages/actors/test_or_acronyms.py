"""A short name a text gives a body after ", or" ("the Rapid Support Forces, or RSF") names that body
wherever the text uses it again, over another reading of an ambiguous alias, as a short name in
parentheses does (stages/actors/phrases.or_acronym_of, link_acronyms). Invented sentences, with
bodies from several sides."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, the short name's later mention, the actor id it must have)
    ("positive", "The Rapid Support Forces, or RSF, said it had taken the town. The RSF said 20 soldiers surrendered.",
     "The RSF", "org:rsf-sudan"),
    ("positive", "Somalia’s National Intelligence and Security Agency, or NISA, said the army killed dozens. "
     "NISA said the strikes targeted two areas.", "NISA", "org:national-intelligence-and-security-agency"),
    ("positive", "The Kenya Defence Forces, or KDF, said it killed 12 militants. The KDF said the raid was over.",
     "The KDF", "org:kenya-defence-forces"),
    # negative: the body the short name names anyway stays
    ("negative", "Reporters Without Borders, or RSF, said two journalists were held. RSF called for their release.",
     "RSF", "org:reporters-without-borders"),
    # near miss: ", or" between a one-word name and another body's name gives no short name
    ("near miss", "Officials from Russia, or NATO, met on Monday. NATO said talks would go on.", "NATO", "org:nato"),
]


@pytest.mark.parametrize(("kind", "text", "later", "actor"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_a_short_name_given_after_or(kind: str, text: str, later: str, actor: str) -> None:
    analysis = pipeline().analyze_text(text)
    second = text.index(". ") + 2
    found = [m.actor_id for m in analysis.mentions if m.start >= second and m.text == later]
    assert found == [actor], (kind, [(m.text, m.actor_id) for m in analysis.mentions])


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
