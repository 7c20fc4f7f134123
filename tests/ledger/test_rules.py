"""The ledger's data files: checked against their schemas (an unknown key is an error naming the
file and the key), extended by the user's data files, and read once per ``Resources``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import ConfigError
from newsledger.ledger import group_class, load_rules
from newsledger.resources import Resources


def _data_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_packaged_files_follow_their_schemas() -> None:
    res = Resources()
    rules = load_rules(res)
    assert load_rules(res) is rules  # read once per Resources
    assert frozenset({"ASSAULT", "COERCE"}) in rules.compatible
    assert rules.default_group == "people" and rules.group_of["soldier"] == "combatants"
    assert rules.qualifier_intervals["at least"] == (1.0, None)
    assert rules.update_window == 60 and "GOV" in rules.state_sectors and "ASSAULT" in rules.disputable
    assert "on" not in rules.place_drop and "region" in rules.place_drop


@pytest.mark.parametrize(("text", "key"), [
    ("ledger/linking:\n  compatible_typos: [[A, B]]\n", "compatible_typos"),
    ("ledger/groups:\n  classes: {people: [folk]}\n  default: people\n", "default"),
    ("ledger/places:\n  drop: [town]\n", "drop"),
    ("ledger/claims:\n  qualifier_intervals:\n    roughly: {lo: 0.9}\n", "qualifier_intervals.roughly.lo"),
])
def test_an_unknown_key_names_the_file_and_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = _data_file(tmp_path, text)
    with pytest.raises(ConfigError, match="unknown key") as info:
        load_rules(Resources([path]))
    assert path in str(info.value) and key in str(info.value)


def test_a_wrong_type_is_an_error(tmp_path: Path) -> None:
    path = _data_file(tmp_path, "ledger/claims:\n  update_cue_window: sixty\n")
    with pytest.raises(ConfigError, match="update_cue_window"):
        load_rules(Resources([path]))


def test_user_data_files_extend_the_rules(tmp_path: Path) -> None:
    path = _data_file(tmp_path, "ledger/groups:\n  classes:\n    combatants: [sapper]\n")
    assert group_class("sappers", load_rules(Resources())) == "sapper"
    assert group_class("sappers", load_rules(Resources([path]))) == "combatants"
