"""The figure stage's data: schemas that reject unknown keys, user data files that extend the
packaged ones, and the number-word helpers of ``newsledger.nlp.numbers``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.nlp.numbers import (
    NUMBERS_SCHEMA,
    alternation,
    number_word_value,
    parse_number_words,
    starting_with,
)
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


# (case, phrases, text, led): a pattern of phrases led by a look-ahead for their first letters
# finds what the phrases alone find; no look-ahead where a phrase may begin otherwise
LOOK_AHEADS = [
    ("phrases of several words, any case", ["dozens", "several hundred", "tens of thousands"],
     "Several  hundred fled Arlen and TENS of thousands stayed; dozens, not tens, returned.", True),
    ("negative: an empty phrase matches anywhere, so nothing leads it", ["", "dozen"],
     "A dozen rebels and a dozen soldiers.", False),
    ("near miss: a phrase beginning with a space", [" hundred", "dozen"],
     "Some hundred rebels and a dozen soldiers.", False),
]


@pytest.mark.parametrize(("name", "phrases", "text", "led"), LOOK_AHEADS, ids=[c[0] for c in LOOK_AHEADS])
def test_a_look_ahead_of_first_letters_keeps_the_matches(name: str, phrases: list[str], text: str, led: bool) -> None:
    ahead = starting_with(phrases)
    assert bool(ahead) is led, name
    plain = re.compile(rf"\b{alternation(phrases)}", re.I)
    fast = re.compile(rf"\b{ahead}{alternation(phrases)}", re.I)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name


# (case, text, stretches): the stretches no figure may overlap (addresses, times, dates,
# versions, telephone numbers), read without the e-mail branch in a text without "@"
BLOCKED = [
    ("addresses, times, dates, versions and telephone numbers",
     "See https://example.org/x or www.kestrel.test at 9:35 pm on 2024-03-05, release 1.2.3, 24/7, "
     "+44 20 7946 0958 and (555) 123-4567.",
     ["https://example.org/x", "www.kestrel.test", "9:35 pm", "2024-03-05", "1.2.3", "24/7",
      "+44 20 7946 0958", "(555) 123-4567"]),
    ("negative: amounts alone are no such stretch", "Rebels in Arlen freed 12 of 40 captives in 2023.", []),
    ("near miss: an e-mail address, read by the whole pattern", "Write to press@ministry.test by 17:00.",
     ["press@ministry.test", "17:00"]),
]


@pytest.mark.parametrize(("name", "text", "stretches"), BLOCKED, ids=[c[0] for c in BLOCKED])
def test_blocked_stretches_are_the_same_without_the_mail_branch(name: str, text: str, stretches: list[str]) -> None:
    lex = stage_data("figures").lexicon
    found = [m.group(0) for m in lex.blocked_re.finditer(text)]
    assert found == stretches, name
    if "@" not in text:
        assert [m.group(0) for m in lex.blocked_no_mail_re.finditer(text)] == found, name
    else:  # the look-ahead-led pattern has no e-mail branch: the scanner uses the whole one here
        assert "press@ministry.test" not in [m.group(0) for m in lex.blocked_no_mail_re.finditer(text)], name
