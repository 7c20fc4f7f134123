"""Event stage data: the CAMEO table and crosswalk, the patterns, user pattern files and the
schemas of the packaged files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.config import Settings
from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.resources import Resources
from newsledger.stages.events import EventsStage, cameo_code, extract_events
from tests.builders import event_layer, find_event, run_events, stage_data


def test_cameo_table_has_scores_quads_and_crosswalk() -> None:
    table = stage_data("events").cameo
    assert len(table) > 300
    assault = table["190"]
    assert assault.plover == "ASSAULT" and assault.quad_class == 4 and assault.goldstein == -10.0
    assert table["042"].plover == "CONSULT" and table["042"].mode == "visit" and table["042"].quad_class == 1
    assert table["0211"].plover == "REQUEST"  # appeals fold into REQUEST
    assert table["057"].quad_class == 1 and table["061"].quad_class == 2 and table["112"].quad_class == 3
    parent = cameo_code(table, "1999")
    assert parent is not None and parent.code == "19"  # parent fallback


def test_every_pattern_code_is_known() -> None:
    data = stage_data("events")
    patterns = [p for pats in [*data.lexicon.verbs.values(), *data.lexicon.nouns.values()] for p in pats]
    assert len(patterns) > 300
    unknown = []
    for p in patterns:
        info = cameo_code(data.cameo, p.cameo)
        if info is None or not (p.plover or info.plover):
            unknown.append(p)
    assert unknown == []


def test_on_is_a_preposition_not_a_yaml_boolean() -> None:
    lex = stage_data("events").lexicon
    patterns = [p for pats in [*lex.verbs.values(), *lex.nouns.values()] for p in pats]
    assert patterns
    assert [p for p in patterns if not all(isinstance(t, str) for t in (*p.target, *p.noun_source))] == []
    assert any("on" in p.target for p in lex.verbs["renege"])


def test_wrappers_carry_their_plover_type() -> None:
    wrappers = stage_data("events").lexicon.wrappers
    assert {k: w.plover for k, w in wrappers.items()} == {
        "appeal": "REQUEST", "demand": "REQUEST", "intent": "AGREE", "threaten": "THREATEN", "prepare": "MOBILIZE",
        "reject": "REJECT", "negate": None,
    }


def test_water_features_come_from_the_actor_rules() -> None:
    water = stage_data("events").water_features
    assert {"sea", "gulf", "strait"} <= water


def _load(*events_files: Path) -> object:
    return EventsStage().load(Settings(events_files=tuple(str(p) for p in events_files)), Resources())


def test_user_patterns_extend_the_lexicon(tmp_path: Path, parse: Callable[..., ParsedDoc]) -> None:
    pd = parse("Russia pummelled Ukraine on Monday.")
    assert not [e for e in run_events(pd) if e.plover == "ASSAULT"]
    user = tmp_path / "mine.yaml"
    user.write_text('events:\n  - cameo: "190"\n    verbs: [pummel]\n', encoding="utf-8")
    ev = find_event(extract_events(pd, event_layer(pd), (), _load(user)), "ASSAULT")  # type: ignore[arg-type]
    assert ev.source_actor_ids == ("state:RUS",) and ev.target_actor_ids == ("state:UKR",)


def test_a_misspelt_key_in_a_user_patterns_file_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('events:\n  - cameo: "036"\n    verbs: [beckon]\n    needs_targt: true\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yaml: unknown key events\[0\]\.needs_targt"):
        _load(bad)
    good = tmp_path / "good.yaml"  # the near miss, spelt right, loads
    good.write_text('events:\n  - cameo: "036"\n    verbs: [beckon]\n    needs_target: true\n', encoding="utf-8")
    data = _load(good)
    assert [p.needs_target for p in data.lexicon.verbs["beckon"]] == [True]  # type: ignore[attr-defined]


def test_a_user_patterns_file_must_be_a_mapping_with_known_codes(tmp_path: Path) -> None:
    listed = tmp_path / "list.yaml"
    listed.write_text("- attack\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"list\.yaml"):
        _load(listed)
    unknown = tmp_path / "code.yaml"
    unknown.write_text('events:\n  - cameo: "999"\n    verbs: [zap]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown CAMEO code in event patterns: 999"):
        _load(unknown)


def test_a_data_file_fragment_is_checked_against_the_patterns_schema(tmp_path: Path) -> None:
    frag = tmp_path / "data.yaml"
    frag.write_text("events/patterns:\n  speech_verbs: [mutter]\n  speach_verbs: [mumble]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"data\.yaml \[events/patterns\]: unknown key speach_verbs"):
        EventsStage().load(Settings(), Resources([frag]))
    frag.write_text("events/patterns:\n  speech_verbs: [mutter]\n", encoding="utf-8")
    data = EventsStage().load(Settings(), Resources([frag]))
    assert "mutter" in data.lexicon.speech_verbs and "say" in data.lexicon.speech_verbs


def test_rules_are_read_from_the_rules_file() -> None:
    rules = stage_data("events").rules
    assert rules.verbal_attack_code == "111" and rules.historical_years == 2
    assert rules.confidence.floor < rules.confidence.base < rules.confidence.ceiling
