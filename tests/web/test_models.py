"""The API's row models are derived from the row shapes (``storage.rows.LISTINGS``); their JSON
schemas, and the OpenAPI components that use them, are those the hand-written models had
(recorded in ``row_models.json`` before the models were derived; the pages gained ``total`` and
``total_capped`` since)."""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.storage.rows import LISTINGS
from newsledger.web import models
from newsledger.web.app import create_app

RECORDED = json.loads((Path(__file__).parent / "row_models.json").read_text(encoding="utf-8"))
MODELS = {"ArticleRow": "articles", "EventRow": "events", "QuoteRow": "quotes",
          "FigureRow": "figures", "FramingRow": "framing", "ActorRow": "actors"}


def test_row_models_have_the_recorded_json_schema() -> None:
    current = {name: getattr(models, name).model_json_schema() for name in MODELS}
    assert set(current) == set(RECORDED["models"]) and current == RECORDED["models"]


def test_row_models_have_the_listing_columns_in_order() -> None:
    order = {name: list(getattr(models, name).model_fields) for name in MODELS}
    assert order == {name: [f.name for f in LISTINGS[kind].fields] for name, kind in MODELS.items()}


def test_openapi_row_components_are_unchanged(tmp_path: Path) -> None:
    schemas = create_app(tmp_path / "x.db").openapi()["components"]["schemas"]
    current = {k: v for k, v in schemas.items() if "Row" in k}
    assert len(current) == 12 and current == RECORDED["openapi_components"]
