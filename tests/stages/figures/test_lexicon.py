"""The figure stage's data: schemas that reject unknown keys, user data files that extend the
packaged ones, and the number-word helpers of ``newsledger.nlp.numbers``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.nlp.numbers import NUMBERS_SCHEMA, number_word_value, parse_number_words
from newsledger.records import ActorLayer, Figure
from newsledger.resources import check, packaged_text
from tests.builders import pipeline, stage_data, write_data_file


def figures_of(p: object, doc: ParsedDoc) -> list[Figure]:
    stage = next(s for s in p.stages if s.name == "figures")  # type: ignore[attr-defined]
    return list(stage.run(doc, p.data["figures"], {"actors": ActorLayer(), "quotes": ()}))  # type: ignore[attr-defined]


def test_packaged_numbers_follow_their_schema_and_a_near_miss_is_rejected() -> None:
    raw = yaml.safe_load(packaged_text("figures/numbers.yaml") or "")
    check(raw, NUMBERS_SCHEMA, "figures/numbers.yaml")
    raw["scale"] = raw.pop("scales")
    with pytest.raises(ConfigError, match=r"figures/numbers\.yaml: unknown key scale\b"):
        check(raw, NUMBERS_SCHEMA, "figures/numbers.yaml")


def test_a_near_miss_in_a_user_data_file_is_rejected(tmp_path: Path) -> None:
    path = write_data_file(tmp_path, "figures/units:\n  currency_word:\n    quatloos: quatloos\n")
    with pytest.raises(ConfigError) as err:
        pipeline(str(path))
    assert str(path) in str(err.value) and "currency_word" in str(err.value)


def test_a_user_unit_changes_the_figure(tmp_path: Path, parse: Callable[..., ParsedDoc]) -> None:
    doc = parse("The fine was 300 quatloos.")
    path = write_data_file(tmp_path, "figures/units:\n  currency_words:\n    quatloos: quatloos\n")
    custom = [(f.value_low, f.kind, f.unit) for f in figures_of(pipeline(str(path)), doc)]
    default = [(f.value_low, f.kind, f.unit) for f in figures_of(pipeline(), doc)]
    assert custom == [(300.0, "money", "quatloos")]
    assert default != custom and all(kind != "money" for _, kind, _ in default)


def test_number_words_from_the_figure_data() -> None:
    nw = stage_data("figures").numbers
    assert number_word_value("Seven", nw) == 7
    assert number_word_value("an", nw) == 1
    assert number_word_value("several", nw) is None
    assert parse_number_words(["three", "hundred", "and", "twenty"], nw) == [(0, 4, 320.0)]
    assert parse_number_words(["two", "three"], nw) == [(0, 1, 2.0), (1, 2, 3.0)]
