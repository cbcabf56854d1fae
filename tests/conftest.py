"""Test databases: every service test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from ``EVIDENCE_TEST_PG_URL`` (default: the local server CI starts). Without
a server the PostgreSQL cases are skipped, unless ``EVIDENCE_REQUIRE_PG=1`` (CI) makes the
missing server a failure.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import Engine, Table, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from db.engine import Database, resolve_url
from db.migrate import upgrade
from db.models import Base
from evidence_app.services.core import passwords
from evidence_app.services.core.checkpoint_key import KEY_ENV
from evidence_app.services.facade import Services
from tests.world import World, build_world
from ui import strings

# A screen text without its entry fails the test; users would only see the key.
strings.STRICT = True

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Every date the application shows or checks is the agency's (Vietnam, UTC+7), never the
# workstation's. The tests run as on a laptop left on Hawaii time (UTC−10, no tz database
# needed), so anything reading the workstation's calendar is a day off most hours and fails.
os.environ["TZ"] = "HST10"
time.tzset()


@pytest.fixture(autouse=True, scope="session")
def _checkpoint_key(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Completing a stocktake signs a checkpoint with the key of ``EVIDENCE_CHECKPOINT_KEY``
    (made on first use): the tests' own, never one in the developer's data folder."""
    old = os.environ.get(KEY_ENV)
    os.environ[KEY_ENV] = str(tmp_path_factory.mktemp("checkpoint-key") / "key.pem")
    yield
    if old is None:
        os.environ.pop(KEY_ENV, None)
    else:
        os.environ[KEY_ENV] = old


@pytest.fixture(autouse=True, scope="session")
def _cheapest_argon2() -> Iterator[None]:
    """Hashes made in the tests use argon2id with the library's cheapest parameters
    (``argon2.profiles.CHEAPEST``): the production ones take a quarter of a second per login
    on a busy 2-CPU machine, and logins are in nearly every test. The same code path runs;
    a hash keeps its own parameters, so production hashes (the login's dummy hash, a
    restored backup's users) still verify at their own cost.
    ``tests/services/admin/test_users.py`` times logins with the production parameters."""
    production = passwords._HASHER
    passwords._HASHER = PasswordHasher.from_parameters(CHEAPEST)
    yield
    passwords._HASHER = production


PG_DEFAULT = "postgresql://postgres:postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_required() -> bool:
    return os.environ.get("EVIDENCE_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating each time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database.open(f"sqlite:///{path}")
    upgrade(db.engine)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session, dropped at the end."""
    admin_url = resolve_url(os.environ.get("EVIDENCE_TEST_PG_URL", PG_DEFAULT))
    name = f"evidence_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure means no usable server
        admin.dispose()
        if _pg_required():
            pytest.fail(f"PostgreSQL required (EVIDENCE_REQUIRE_PG=1) but unusable: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    db = Database.open(url)
    upgrade(db.engine)
    db.dispose()
    yield url
    engine = _PG_ENGINES.pop(url, None)
    if engine is not None:
        engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_postgres(url: str) -> None:
    """Empty every table of the migrated schema and restart its id sequences, as a freshly
    migrated database has them (``tests/db/test_emptied_database.py`` compares the two).

    TRUNCATE of all ~80 tables took about a second per test (it rewrites every table and
    index file); a test writes to a few, so only those are emptied, by DELETE, and only the
    sequences that were read are set back to their start."""
    engine = _pg_engine(url)
    with engine.begin() as conn:
        # The append-only record refuses DELETE (db/append_only.py); emptying a test
        # database is the superuser's business, out of the triggers' reach (the foreign
        # keys' triggers are out of it too, so the order does not matter).
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        for (name,) in conn.execute(text(_NONEMPTY_TABLES)).all():
            conn.execute(text(f'DELETE FROM "{name}"'))
        conn.execute(text(_RESTART_READ_SEQUENCES))


# One query for the tables holding a row (EXISTS reads one row; pg_stat counts lag).
_NONEMPTY_TABLES = " UNION ALL ".join(
    f"SELECT '{t.name}' WHERE EXISTS (SELECT 1 FROM \"{t.name}\")"
    for t in Base.metadata.sorted_tables
)
# A sequence never read has no last_value; setval(..., false) is RESTART: the next id is
# the start. Sequences move outside transactions, so a rolled-back insert is counted too.
_RESTART_READ_SEQUENCES = (
    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) "
    "FROM pg_sequences WHERE schemaname = current_schema() AND last_value IS NOT NULL"
)
_PG_ENGINES: dict[str, Engine] = {}


def _pg_engine(url: str) -> Engine:
    """One engine per test database for the emptying (its dialect set up once), holding no
    connection between tests: tests count the sessions left on their database."""
    engine = _PG_ENGINES.get(url)
    if engine is None:
        engine = create_engine(
            make_url(url).set(drivername="postgresql+psycopg"), poolclass=NullPool
        )
        _PG_ENGINES[url] = engine
    return engine


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty, migrated database of each kind."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "evidence.db"
        with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        return f"sqlite:///{target}"
    url: str = request.getfixturevalue("pg_server_url")
    _truncate_postgres(url)
    return url


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    svc = Services.open(db_url, migrate=False)
    yield svc
    svc.close()


@dataclass
class _Seed:
    """A world built once per backend: its views and every row it wrote."""

    world: World
    rows: list[tuple[Table, list[dict[str, Any]]]]


@pytest.fixture(scope="session")
def _world_seeds() -> dict[str, _Seed]:
    return {}


@pytest.fixture
def world(services: Services, _world_seeds: dict[str, _Seed]) -> World:
    """An agency, one user per role, a warehouse with locations and a case.

    Built through the services once per backend (argon2 makes that take a second), then
    copied row by row into each test's empty database, with the same ids.
    """
    backend = services.db.dialect
    seed = _world_seeds.get(backend)
    if seed is None:
        built = build_world(services)
        _world_seeds[backend] = _Seed(built, _dump(services))
        return built
    _load(services, seed.rows)
    return replace(seed.world, services=services)


def _dump(services: Services) -> list[tuple[Table, list[dict[str, Any]]]]:
    with services.db.engine.connect() as conn:
        return [
            (table, [dict(row) for row in conn.execute(table.select()).mappings()])
            for table in Base.metadata.sorted_tables
        ]


def _load(services: Services, rows: list[tuple[Table, list[dict[str, Any]]]]) -> None:
    with services.db.engine.begin() as conn:
        for table, records in rows:
            if records:
                conn.execute(table.insert(), records)
            if conn.dialect.name == "postgresql" and "id" in table.c and records:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                    {"n": max(r["id"] for r in records)},
                )
