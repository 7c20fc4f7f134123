"""validate.problems: the soundness invariant of an analysis, enumerated fields included."""

from __future__ import annotations

import pytest

from newsledger.records import Actor, Analysis, Article, FramingMark, Mention, Quote
from newsledger.validate import enumerated_fields, problems

TEXT = "Iran said the regime must end."


def _analysis(**records: object) -> Analysis:
    article = Article.create(TEXT)
    return Analysis(article=article, **records)  # type: ignore[arg-type]


def _mention(kind: str) -> Mention:
    return Mention(id="m1", article_id=Article.create(TEXT).id, sentence=0, start=0, end=4, text="Iran",
                   label="GPE", actor_id=None, kind=kind)  # type: ignore[arg-type]


def test_enumerated_fields_come_from_the_literal_types() -> None:
    fields = enumerated_fields(Quote)
    assert fields["kind"] == {"direct", "partial", "indirect"}
    assert "speaker_actor_id" not in fields  # a plain optional string is not enumerated
    assert enumerated_fields(Actor)["type"] >= {"state", "person", "organisation"}


@pytest.mark.parametrize(("kind", "ok"), [
    ("name", True),          # positive: a known kind
    ("pronoun", True),
    ("nickname", False),     # negative: not a kind
    ("Name", False),         # near miss: kinds are lower case
])
def test_unknown_enumerated_value_is_a_problem(kind: str, ok: bool) -> None:
    found = problems(_analysis(mentions=(_mention(kind),)))
    assert (found == []) is ok, found
    if not ok:
        assert "kind" in found[0] and repr(kind) in found[0]


def test_optional_enumerated_value_may_be_none_and_actors_are_checked() -> None:
    actor = Actor(id="state:IRN", name="Iran", type="state", country="IRN")
    assert problems(_analysis(actors=(actor,))) == []
    bad = Actor(id="x", name="X", type="nation")  # type: ignore[arg-type]
    assert any("type 'nation'" in p for p in problems(_analysis(actors=(bad,))))
    mark = FramingMark(id="f1", article_id=Article.create(TEXT).id, sentence=0, start=14, end=20,
                       text="regime", kind="loaded_label")
    assert problems(_analysis(framing=(mark,))) == []
