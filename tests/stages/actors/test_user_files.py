"""User data of the actor stage: dictionary files (``--actors``) belong to the pipeline built
with them, and YAML files are checked against their schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.config import Settings
from newsledger.errors import ConfigError
from newsledger.pipeline import Pipeline
from newsledger.resources import Resources
from newsledger.stages.actors import load_actor_data, load_water_features, water_features
from tests.builders import actor_data, pipeline

ZED = "people:\n  - {id: zq-envoy, name: Zed Quorn, aliases: Quorn, country: FRA, sector: GOV, role: envoy}\n"
TEXT = "Zed Quorn said the talks would go on."


def _zed(analysis: object) -> tuple[str | None, str | None]:
    """The actor id and country of the mention "Zed Quorn" in an analysis."""
    m = next(m for m in analysis.mentions if m.text == "Zed Quorn")  # type: ignore[attr-defined]
    a = next((a for a in analysis.actors if a.id == m.actor_id), None)  # type: ignore[attr-defined]
    return m.actor_id, a.country if a is not None else None


def test_a_pipeline_keeps_its_user_dictionary_when_another_is_built(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(ZED, encoding="utf-8")
    p1 = Pipeline(Settings(actors_files=(str(extra),)))
    assert _zed(p1.analyze_text(TEXT)) == ("person:zq-envoy", "FRA")
    p2 = Pipeline(Settings())
    assert _zed(p2.analyze_text(TEXT))[0] != "person:zq-envoy"
    # building the second pipeline changed nothing in the first
    assert _zed(p1.analyze_text(TEXT)) == ("person:zq-envoy", "FRA")


def test_the_default_pipeline_does_not_know_a_user_entry() -> None:
    actor_id, country = _zed(pipeline().analyze_text(TEXT))
    assert actor_id != "person:zq-envoy"
    assert country != "FRA"
    assert "person:zq-envoy" not in pipeline().data["actors"].dictionary.people


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("people:\n  - {id: zed-quorn, nmae: Zed Quorn, country: FRA}\n", "nmae"),
        ("countries:\n  - {code: ZQX, name: Zedland, demonym: Zedder}\n", "demonym"),
    ],
)
def test_a_misspelt_column_in_a_user_yaml_is_refused(tmp_path: Path, content: str, key: str) -> None:
    path = tmp_path / "bad_actors.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        actor_data(path)
    assert str(path) in str(err.value)
    assert f"unknown key {key}" in str(err.value) or f".{key} " in str(err.value)


def test_a_misspelt_key_in_a_data_file_for_coref_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("actors/coref:\n  water_feature: [fjord]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_actor_data(Resources([path]))
    assert str(path) in str(err.value) and "water_feature" in str(err.value)


def test_a_data_file_extends_the_coref_rules(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("actors/coref:\n  water_features: [fjord]\n", encoding="utf-8")
    resources = Resources([path])
    data = load_actor_data(resources)
    assert "fjord" in water_features(data) and "gulf" in water_features(data)
    assert load_water_features(resources) == water_features(data)
    # the packaged rules alone do not have it
    assert "fjord" not in load_water_features(Resources())


def test_sector_lists_come_from_the_data_file() -> None:
    rules = load_actor_data(Resources()).dictionary.rules
    assert rules.office_sectors == frozenset({"GOV", "MIL", "JUD", "LEG", "COP"})
    assert rules.force_sectors == frozenset({"MIL", "REB", "INS"})
    assert rules.abroad_sectors == frozenset({"MIL", "MED", "IGO", "NGO"})
