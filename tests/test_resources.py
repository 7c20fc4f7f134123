"""The one resource loader: schema checks, unknown keys named, user data files merged, caching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsledger.errors import ConfigError
from newsledger.resources import ANY, MapOf, Required, Resources, check, merge

SCHEMA = {"verbs": [str], "confidence": float, "classes": MapOf({"verbs": [str], "speech": bool})}


@pytest.mark.parametrize(("value", "error"), [
    ({"verbs": ["say"], "confidence": 0.9}, None),                         # positive
    ({"verbs": ["say"], "confidence": 1}, None),                           # an int is a number
    ({"verbz": ["say"]}, "unknown key verbz"),                             # negative: misspelt key
    ({"classes": {"speech": {"verbs": ["say"], "speach": True}}}, "unknown key classes.speech.speach"),
    ({"verbs": "say"}, "verbs: expected a list"),                          # near miss: a word, not a list
    ({"confidence": True}, "confidence: expected a number"),               # a bool is not a number
    ({"verbs": ["say", 3]}, "verbs[1]: expected text"),
])
def test_check_names_the_file_and_the_key(value: object, error: str | None) -> None:
    if error is None:
        check(value, SCHEMA, "cues.yaml")
        return
    with pytest.raises(ConfigError) as exc:
        check(value, SCHEMA, "cues.yaml")
    assert str(exc.value).startswith("cues.yaml: ")
    assert error in str(exc.value)


def test_required_keys_and_any() -> None:
    schema = Required({"name": str, "extra": ANY}, frozenset({"name"}))
    check({"name": "x", "extra": [1, {"a": None}]}, schema, "f.yaml")
    with pytest.raises(ConfigError, match="missing key"):
        check({"extra": 1}, schema, "f.yaml")


def test_merge_appends_lists_merges_maps_replaces_values() -> None:
    base = {"verbs": ["say", "tell"], "conf": 0.5, "map": {"a": 1, "b": [1]}}
    out = merge(base, {"verbs": ["tell", "claim"], "conf": 0.7, "map": {"b": [2], "c": 3}})
    assert out == {"verbs": ["say", "tell", "claim"], "conf": 0.7, "map": {"a": 1, "b": [1, 2], "c": 3}}
    assert base["verbs"] == ["say", "tell"]  # the inputs are not changed


def test_packaged_yaml_is_cached_per_resources_object() -> None:
    r1, r2 = Resources(), Resources()
    first = r1.yaml("quotes/cues.yaml")
    assert first is r1.yaml("quotes/cues.yaml")
    assert first is not r2.yaml("quotes/cues.yaml")
    assert first == r2.yaml("quotes/cues.yaml")
    rows = r1.csv("events/cameo_codes.csv", columns=("code", "goldstein"))
    assert rows and rows is r1.csv("events/cameo_codes.csv")
    with pytest.raises(ConfigError, match="missing column"):
        Resources().csv("events/cameo_codes.csv", columns=("code", "no_such_column"))


def test_user_data_file_merges_into_one_pipeline_only(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("quotes/cues:\n  phrases: [according to the leaked memo]\n", encoding="utf-8")
    mine, default = Resources([user]), Resources()
    assert "according to the leaked memo" in mine.yaml("quotes/cues.yaml")["phrases"]
    assert "according to the leaked memo" not in default.yaml("quotes/cues.yaml")["phrases"]
    assert mine.user_keys() == {"quotes/cues"}


@pytest.mark.parametrize(("text", "error"), [
    ("quotes/cuez:\n  phrases: [x]\n", "unknown key 'quotes/cuez'"),   # no such packaged file
    ("- a list\n", "must be a mapping"),
    ("quotes/cues: [\n", "invalid YAML"),
    # a key given twice in one mapping would silently drop the first list
    ("quotes/cues:\n  phrases: [x]\n  phrases: [y]\n", "invalid YAML (line 3, column 3): key 'phrases' given twice"),
    ("quotes/cues: {}\nquotes/cues: {}\n", "key 'quotes/cues' given twice"),
])
def test_bad_user_data_file_fails_at_start_naming_file_and_key(tmp_path: Path, text: str, error: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        Resources([user])
    assert str(user) in str(exc.value) and error in str(exc.value)
    assert "\n" not in str(exc.value)  # one line for the CLI


def test_the_same_key_in_two_mappings_is_no_duplicate(tmp_path: Path) -> None:
    user = tmp_path / "ok.yaml"
    user.write_text("quotes/cues:\n  phrases: [x]\nquotes/attribution:\n  citing_phrases: [x]\n", encoding="utf-8")
    assert Resources([user]).user_keys() == {"quotes/cues", "quotes/attribution"}


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="data file not found"):
        Resources([tmp_path / "nope.yaml"])


def test_readme_data_file_example_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert len(blocks) == 1
    user = tmp_path / "example.yaml"
    user.write_text(blocks[0], encoding="utf-8")
    r = Resources([user])
    assert r.user_keys() == {"quotes/cues", "figures/qualifiers"}
    assert "according to the leaked memo" in r.yaml("quotes/cues.yaml")["phrases"]
    assert r.yaml("figures/qualifiers.yaml")["before"]["upwards of"] == "more than"


def test_user_fragment_may_leave_out_required_keys(tmp_path: Path) -> None:
    schema = Required({"a": [str], "b": MapOf(int)}, frozenset({"a", "b"}))
    check({"b": {"x": 1}}, schema, "frag.yaml", partial=True)          # positive: a fragment
    with pytest.raises(ConfigError, match="missing key"):
        check({"b": {"x": 1}}, schema, "whole.yaml")                    # negative: a whole file
    with pytest.raises(ConfigError, match="unknown key c"):
        check({"c": 1}, schema, "frag.yaml", partial=True)              # near miss: still no unknown keys
