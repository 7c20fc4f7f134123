from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from newsledger.records import SCHEMA_VERSION, Analysis, Article
from newsledger.schema import analysis_schema, schema_json

DOC = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def test_published_schema_is_in_sync() -> None:
    assert DOC.read_text(encoding="utf-8") == schema_json(), (
        "docs/schema.json is stale: run 'python -m newsledger.schema > docs/schema.json'"
    )


def test_schema_accepts_an_analysis_and_rejects_a_broken_one() -> None:
    schema = analysis_schema()
    an = Analysis(article=Article.create("Some text."))
    jsonschema.validate(an.to_dict(), schema)
    bad = an.to_dict()
    bad["article"]["id"] = 5
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an integer article id was accepted")
    wrong_version = an.to_dict() | {"schema_version": "0.0"}
    try:
        jsonschema.validate(wrong_version, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("a wrong schema_version was accepted")
    assert json.loads(schema_json())["schema_version"] == SCHEMA_VERSION
