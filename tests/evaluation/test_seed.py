"""The seed scorer on a hand-made analysis (not the shared article)."""

from __future__ import annotations

from newsledger.evaluation.seed import norm, score
from newsledger.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Figure,
    FramingMark,
    Mention,
    Quote,
    Span,
)

TEXT = "President Ruto said: “We will build roads.” Kenya’s army has killed at least 12 ‘rebels’."


def _an(with_records: bool = True) -> Analysis:
    art = Article.create(TEXT, title="Roads", byline="Desk")
    ruto = Actor("person:ruto", "William Ruto", "person", country="KEN", sectors=("GOV",))
    ken = Actor("state:KEN", "Kenya", "state", country="KEN", sectors=("MIL",))
    if not with_records:
        return Analysis(article=art)
    return Analysis(
        article=art,
        actors=(ruto, ken),
        mentions=(Mention("m1", art.id, 0, 0, 14, "President Ruto", "PERSON", actor_id=ruto.id),
                  Mention("m2", art.id, 0, 44, 51, "Kenya’s", "GPE", actor_id=ken.id)),
        quotes=(Quote("q1", art.id, 0, 0, 43, "direct", Span(22, 41, "We will build roads"),
                      speaker=Span(0, 14, "President Ruto"), speaker_actor_id=ruto.id),),
        figures=(Figure("f1", art.id, 0, 66, 77, "at least 12", 12, 12, qualifier="at least",
                        measure="killed", group="rebels"),),
        events=(Event("e1", art.id, 0, 44, 89, TEXT[44:], "ASSAULT", Span(61, 67, "killed"),
                      source_actor_ids=(ken.id,)),),
        framing=(FramingMark("fr1", art.id, 0, 78, 86, "‘rebels’", "scare_quotes"),),
    )


EXPECTED = {
    "metadata": {"title": "Roads", "byline": "Desk"},
    "actors": [{"canonical": "William Ruto", "country": "KEN", "sector": "GOV", "level": "must",
                "surface_forms": ["President Ruto"]}],
    "quotes": [{"kind": "direct", "speaker": "William Ruto", "level": "must", "content_contains": "build roads"},
               {"kind": "indirect", "speaker": "William Ruto", "level": "should", "content_contains": "build roads"}],
    "figures": [{"level": "must", "value": 12, "qualifier": "at least", "measure": "killed", "who": "rebels",
                 "attributed_to": None}],
    "events": [{"level": "must", "plover": "ASSAULT", "source": "KEN", "target": "KEN",
                "evidence": "army has killed"}],
    "framing": [{"level": "must", "kind": "scare_quotes", "text": "'rebels'"}],
}


def test_found_items_and_wrong_ones() -> None:
    res = score(_an(), EXPECTED)
    found = {i["item"]: i["found"] for i in res.details["items"] if i["level"] == "must"}
    assert found["actors: William Ruto"] is True
    assert found["quotes: build roads"] is True  # the direct one
    should = [i for i in res.details["items"] if i["level"] == "should"]
    assert [(i["item"], i["found"]) for i in should] == [("quotes: build roads", False)]  # wrong kind
    assert found["figures: at least 12 killed rebels"] is True
    assert found["events: army has killed"] is False  # the target is missing
    assert found["framing: 'rebels'"] is True
    assert res.metrics["must_total"] == 7  # 5 record items + title + byline
    assert res.metrics["must_found"] == 6
    assert (res.metrics["should_found"], res.metrics["should_total"]) == (0, 1)


def test_empty_analysis_finds_nothing_but_metadata() -> None:
    res = score(_an(with_records=False), EXPECTED)
    assert res.metrics["must_found"] == 2  # title and byline only


def test_norm_straightens_quotes() -> None:
    assert norm("‘Israel’s’  “X”") == "'israel's' \"x\""
