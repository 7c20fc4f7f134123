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


def finished_job(client: Any, location: str, rounds: int = 3000) -> dict[str, Any]:
    """Poll a job until it is stored or failed (at most ``rounds`` polls, 10 ms apart)."""
    import time

    for _ in range(rounds):
        job: dict[str, Any] = client.get(location).json()
        if job["status"] in ("stored", "failed"):
            return job
        time.sleep(0.01)
    raise AssertionError(f"job {location} not finished: {job}")


@pytest.fixture
def post_and_wait() -> Any:
    """POST an article (202 and a job), wait for its job and return it (stored or failed)."""

    def post(client: Any, body: Any, path: str = "/api/articles", **kwargs: Any) -> dict[str, Any]:
        r = client.post(path, json=body, **kwargs)
        assert r.status_code == 202, r.text
        return finished_job(client, r.headers["location"])

    return post


@pytest.fixture
def wait_job() -> Any:
    """``finished_job``: poll a job's address until it is stored or failed."""
    return finished_job
