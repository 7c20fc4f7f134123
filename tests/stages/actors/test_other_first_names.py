"""A known person's surname with first names before it that are none of that person's names is
another person, also when the recogniser marks only the surname as a name ("NCDC lead Dr.
Olajide Idris" is not Kamil Idris, Sudan's prime minister)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the surname, whether its mention is the dictionary's Kamil Idris)
ROWS: list[tuple[str, str, bool]] = [
    (P, "Speaking at a news conference, NCDC lead Dr. Olajide Idris said the nation is ramping up its response.", False),
    (N, "Prime Minister Kamil Idris said the nation is ramping up its response.", True),
    (M, "Sudan's prime minister, Idris, said the nation is ramping up its response.", True),
]


@pytest.mark.parametrize(("kind", "text", "known"), ROWS)
def test_other_first_names(kind: str, text: str, known: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index("Idris")
    found = [m for m in an.mentions if m.start <= at < m.end and m.label == "PERSON"]
    assert found, (kind, text, [(m.text, m.label) for m in an.mentions])
    assert (found[0].actor_id == "person:kamil-idris") is known, (kind, text, found[0].actor_id)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


# (kind, text, the phrase, the actor its mention must be)
POSSESSED: list[tuple[str, str, str, str | None]] = [
    (P, "James Schoff, a director at the Sasakawa Peace Foundation USA, said it was likely. The Sasakawa Peace "
        "Foundation's Schoff said the premier probably knows that.", "The Sasakawa Peace Foundation's Schoff",
     "person:james-schoff"),
    (N, "The Sasakawa Peace Foundation's Schoff said the premier probably knows that.",
     "The Sasakawa Peace Foundation's Schoff", None),
    (M, "James Schoff, a director at the foundation, said it was likely. Schoff said the premier probably knows that.",
     "Schoff said", "person:james-schoff"),
    # one organisation entity over the possessor and the surname
    (P, "Lourdes Casanova, director of Cornell University's Emerging Markets Institute, said so. It would not be a "
        "surprise, Cornell’s Casanova said.", "Cornell’s Casanova", "person:lourdes-casanova"),
]


@pytest.mark.parametrize(("kind", "text", "phrase", "actor"), POSSESSED)
def test_a_possessed_surname_is_the_person_named_before(kind: str, text: str, phrase: str, actor: str | None) -> None:
    an = pipeline().analyze_text(text)
    at = text.rindex(phrase)
    found = [m for m in an.mentions if m.start == at]
    assert found, (kind, text, [(m.text, m.start) for m in an.mentions])
    if actor is None:
        assert found[0].actor_id is None or not found[0].actor_id.startswith("person:james"), (kind, found[0].actor_id)
    else:
        assert found[0].actor_id == actor, (kind, text, found[0].actor_id)


def test_every_kind_of_possessed_row_is_there() -> None:
    assert {k for k, *_ in POSSESSED} == {P, N, M}
