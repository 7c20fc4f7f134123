"""object_relative_antecedent (nlp/object_relatives): the noun an object relative clause's verb acts
on, with or without a relative word; none for a subject relative, a clause with an object or a
clause of its own, a clause a relative adverb or a preposition opens, or one on a day or a time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.object_relatives import object_relative_antecedent

P, N, M = "positive", "negative", "near miss"

# (kind, text, the relative clause's verb, the antecedent it acts on, or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, "Officers showed reporters the rifles the soldiers seized.", "seized", "rifles"),
    (P, "Families returned to the village which the rebels overran.", "overran", "village"),
    (P, "Kenya repeated the allegation Somalia denied.", "denied", "allegation"),
    (N, "Families returned to the village where the rebels fought.", "fought", None),
    (N, "Families fled on the day the rebels attacked.", "attacked", None),
    (N, "Families returned to the camp from which the rebels fired.", "fired", None),
    (N, "Reporters saw the rifles that exploded in the depot.", "exploded", None),
    (M, "Kenya repeated the claim the minister said was false.", "said", None),
    (M, "Families returned to the village where the rebels burned houses.", "burned", None),
]


@pytest.mark.parametrize(("kind", "text", "verb", "antecedent"), ROWS)
def test_object_relative_antecedent(nlp: Language, kind: str, text: str, verb: str, antecedent: str | None) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    got = object_relative_antecedent(v)
    assert (got.text if got is not None else None) == antecedent, (kind, [(t.text, t.dep_, t.head.text) for t in doc])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
