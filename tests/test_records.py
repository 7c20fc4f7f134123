from __future__ import annotations

import dataclasses

import pytest

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
    content_id,
    record_id,
)


def _analysis() -> Analysis:
    art = Article.create("Body text here.", title="T", outlet="O", published="2024-01-02")
    span = Span(0, 4, "Body")
    return Analysis(
        article=art,
        mentions=(Mention("m1", art.id, 0, 0, 4, "Body", "ORG", actor_id="a1"),),
        actors=(Actor("a1", "Body Org", "organisation", country="FRA", sectors=("GOV", "HLH")),),
        quotes=(Quote("q1", art.id, 0, 0, 15, "direct", span, cue=span, speaker=None),),
        figures=(Figure("f1", art.id, 0, 0, 4, "Body", 1.0, 2.0, qualifier="about"),),
        events=(Event("e1", art.id, 0, 0, 15, "Body text here.", "ASSAULT", span,
                      source_actor_ids=("a1",), contexts=("military",)),),
        framing=(FramingMark("fr1", art.id, 0, 0, 4, "Body", "loaded_label", refers_to="a1"),),
    )


def test_round_trip_keeps_every_field() -> None:
    an = _analysis()
    back = Analysis.from_dict(an.to_dict())
    assert back == an
    assert isinstance(back.events[0].predicate, Span)
    assert back.events[0].source_actor_ids == ("a1",)
    assert isinstance(back.actors[0].sectors, tuple)


def test_records_are_frozen() -> None:
    an = _analysis()
    with pytest.raises(dataclasses.FrozenInstanceError):
        an.article.title = "changed"  # type: ignore[misc]


def test_actor_code_joins_country_and_sectors() -> None:
    assert Actor("x", "Iran", "state", country="IRN", sectors=("GOV",)).code == "IRN GOV"
    assert Actor("y", "Muslim countries", "group", sectors=("GOV",)).code == "GOV"
    assert Actor("z", "Unknown", "unknown").code == ""


def test_content_id_ignores_whitespace_but_not_words() -> None:
    assert content_id("a  b\nc") == content_id("a b c")
    assert content_id("a b c") != content_id("a b d")
    assert record_id("q", "art", 1, 2) == record_id("q", "art", 1, 2)
    assert record_id("q", "art", 1, 2) != record_id("q", "art", 1, 3)


def test_figure_casualty_needs_measure_and_count() -> None:
    f = Figure("f", "a", 0, 0, 1, "5", 5, 5, measure="killed")
    assert f.is_casualty
    assert not f.replace(kind="duration").is_casualty
    assert not f.replace(measure=None).is_casualty


def test_from_dict_resolves_a_record_types_hints_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import typing

    from newsledger.records import Record

    @dataclasses.dataclass(frozen=True)
    class Probe(Record):
        name: str
        values: tuple[float, ...] = ()

    calls: list[type] = []
    real = typing.get_type_hints

    def counting(obj: typing.Any, *args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        calls.append(obj)
        return real(obj, *args, **kwargs)

    monkeypatch.setattr(typing, "get_type_hints", counting)
    made = [Probe.from_dict({"name": f"p{i}", "values": [i, 2]}) for i in range(3)]
    assert made == [Probe(f"p{i}", (float(i), 2.0)) for i in range(3)]
    assert all(isinstance(v, float) for p in made for v in p.values)  # converted by the cached hints
    assert calls.count(Probe) == 1


# (rule, kind, record class, dictionary form, the field read back, what it must be)
FROM_DICT_ROWS = [
    # a list where the type says tuple becomes a tuple, its items converted too
    ("list to tuple", "positive", Actor, {"id": "a", "name": "N", "type": "group", "sectors": ["GOV", "MIL"]},
     "sectors", ("GOV", "MIL")),
    ("list to tuple", "negative", Actor, {"id": "a", "name": "N", "type": "group"}, "sectors", ()),
    ("list to tuple", "near miss", Event,
     {"id": "e", "article_id": "x", "sentence": 0, "start": 0, "end": 1, "text": "t", "plover": "AID",
      "predicate": {"start": 0, "end": 1, "text": "t"}, "source_actor_ids": []}, "source_actor_ids", ()),
    # an int where the type says float becomes a float, also under ``float | None``
    ("int to float", "positive", Figure,
     {"id": "f", "article_id": "x", "sentence": 0, "start": 0, "end": 1, "text": "3", "value_low": 3,
      "value_high": 3}, "value_low", 3.0),
    ("int to float", "positive", Event,
     {"id": "e", "article_id": "x", "sentence": 0, "start": 0, "end": 1, "text": "t", "plover": "AID",
      "predicate": {"start": 0, "end": 1, "text": "t"}, "goldstein": -2}, "goldstein", -2.0),
    ("int to float", "negative", Event,
     {"id": "e", "article_id": "x", "sentence": 0, "start": 0, "end": 1, "text": "t", "plover": "AID",
      "predicate": {"start": 0, "end": 1, "text": "t"}, "quad_class": 3}, "quad_class", 3),
    ("int to float", "near miss", Event,
     {"id": "e", "article_id": "x", "sentence": 0, "start": 0, "end": 1, "text": "t", "plover": "AID",
      "predicate": {"start": 0, "end": 1, "text": "t"}, "goldstein": None}, "goldstein", None),
    # a dictionary where the type names a record becomes that record, under ``X | None`` too
    ("dict to record", "positive", Quote,
     {"id": "q", "article_id": "x", "sentence": 0, "start": 0, "end": 9, "kind": "direct",
      "content": {"start": 1, "end": 4, "text": "yes"}, "cue": {"start": 5, "end": 9, "text": "said"}},
     "cue", Span(5, 9, "said")),
    ("dict to record", "negative", Quote,
     {"id": "q", "article_id": "x", "sentence": 0, "start": 0, "end": 9, "kind": "direct",
      "content": {"start": 1, "end": 4, "text": "yes"}, "speaker": None}, "speaker", None),
    ("dict to record", "near miss", Analysis,
     {"article": {"id": "x", "text": "t"}, "pipeline": {"version": "1"}}, "pipeline", {"version": "1"}),
]


@pytest.mark.parametrize(("rule", "kind", "cls", "data", "name", "expected"), FROM_DICT_ROWS)
def test_from_dict_converts_by_the_field_type(rule: str, kind: str, cls: type, data: dict[str, object],
                                             name: str, expected: object) -> None:
    value = getattr(cls.from_dict(data), name)  # type: ignore[attr-defined]
    assert value == expected
    assert type(value) is type(expected)


def test_from_dict_rows_cover_every_rule() -> None:
    from tests.builders import ROW_KINDS, row_kinds

    kinds = row_kinds(FROM_DICT_ROWS)
    assert len(kinds) == 3
    assert all(k == ROW_KINDS for k in kinds.values())
