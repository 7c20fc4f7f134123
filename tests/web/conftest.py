"""The web tests' fixtures: the sample database and clients of the app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.web.app import create_app
from tests.builders import FakePipeline, Sample, build_store, web_client


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_store(tmp_path_factory.mktemp("serve") / "news.db")


@pytest.fixture(scope="module")
def client(sample: Sample) -> Iterator[Any]:
    with web_client(create_app(sample.db, pipeline_factory=FakePipeline)) as c:
        yield c


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """A client over an empty database, for writes."""
    db = tmp_path / "w.db"
    with web_client(create_app(db, pipeline_factory=FakePipeline, max_body=10_000)) as c:
        yield c, db
