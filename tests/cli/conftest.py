"""A demo database per module and backend, built by the demo command itself once, and a copy
of it for each test (the tests tamper with it): building a demo takes about a minute on a busy
machine, copying it a second (SQLite's backup API; PostgreSQL's ``CREATE DATABASE … TEMPLATE``).

A module that uses ``demo_url`` sets ``DEMO_ARGS``, the demo command's options after ``--db``,
and may set ``DEMO_SAYS``, words the command's report must hold.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from db.engine import resolve_url
from tests.cli.test_cli import run
from tests.conftest import BACKENDS


def _admin(server_url: str) -> Engine:
    url = make_url(resolve_url(server_url)).set(database="postgres")
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _named(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _build(request: pytest.FixtureRequest, url: str) -> None:
    built = run("demo", "--db", url, *request.module.DEMO_ARGS)
    assert built.returncode == 0, built.stderr
    for word in getattr(request.module, "DEMO_SAYS", ()):
        assert word in built.stdout, built.stdout


@pytest.fixture(scope="module", params=BACKENDS)
def demo_template(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The module's demo database, never handed to a test itself."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
        _build(request, url)
        yield url
        return
    server: str = request.getfixturevalue("pg_server_url")
    name = f"evidence_demo_{uuid.uuid4().hex[:10]}"
    admin = _admin(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = _named(server, name)
    try:
        _build(request, url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def demo_url(demo_template: str, tmp_path: Path) -> Iterator[str]:
    """A copy of the module's demo database, this test's own."""
    if demo_template.startswith("sqlite"):
        target = tmp_path / "demo.db"
        with (
            sqlite3.connect(make_url(demo_template).database or "") as source,
            sqlite3.connect(target) as copy,
        ):
            source.backup(copy)
        yield f"sqlite:///{target}"
        return
    name = f"evidence_demo_copy_{uuid.uuid4().hex[:10]}"
    template = make_url(demo_template).database
    admin = _admin(demo_template)
    for attempt in range(50):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            break
        except OperationalError:
            # The demo's or the last test's connections may still be closing on the
            # server ("source database is being accessed by other users").
            if attempt == 49:
                raise
            time.sleep(0.1)
    try:
        yield _named(demo_template, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
