"""Property test driven by the app's own OpenAPI description (schemathesis, in process).

Every operation under /api is called with generated parameters and bodies (a bounded number of
examples each); no answer may be a server error, and every answer must match the documented
status codes, content types and response schemas. POST /api/articles runs the real pipeline.

The schema is loaded when the module is imported (schemathesis' lazy fixture loader does not
work with this pytest), so the app is created over an empty database in a temporary folder and
the fixture below fills it before any test runs and removes it afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette now prefers httpx2
    import schemathesis
    from hypothesis import HealthCheck, settings
    from schemathesis.config import SchemathesisConfig
    from schemathesis.specs.openapi.checks import positive_data_acceptance

from newsledger.web.app import create_app
from tests.builders import build_store

EXAMPLES = 12
FOLDER = Path(tempfile.mkdtemp(prefix="newsledger-schemathesis-"))
DB = FOLDER / "news.db"
# a small body limit, so that large generated bodies meet the 413 path quickly
APP = create_app(DB, max_body=20_000)
# invalid data must be rejected: 413 (body too large) is a rejection too, besides the usual ones
REJECTIONS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5XX"]
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {"expected-statuses": REJECTIONS}}})
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def filled_database() -> Iterator[Path]:
    build_store(DB)
    try:
        yield DB
    finally:
        shutil.rmtree(FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms_to_its_openapi_description(case: Any) -> None:
    # A body can be valid JSON for the schema and still not be an English article: the API
    # answers 400 with the reason, by design, so "valid data accepted" is not asked of POST.
    excluded = [positive_data_acceptance] if case.method == "POST" else []
    response = case.call_and_validate(excluded_checks=excluded)
    assert response.status_code < 500
