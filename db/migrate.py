"""Create and migrate databases; back up an existing SQLite file before any migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def alembic_config(script_location: Path | None = None) -> Config:
    config = Config(str(HERE / "alembic.ini"))
    config.set_main_option("script_location", str(script_location or HERE / "migrations"))
    return config


def head_revision(config: Config | None = None) -> str:
    head = ScriptDirectory.from_config(config or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(database: Path, tag: str) -> Path:
    """Copy a SQLite file through the online backup API into ``backups/`` beside it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.parent / "backups" / f"{database.stem}-{tag}-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(database) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def upgrade(engine: Engine, config: Config | None = None) -> Path | None:
    """Bring the schema to the head revision; returns the backup taken, if any.

    A SQLite file that already holds data at an older revision is copied first, so a
    failed or unwanted migration can be undone by putting the copy back.
    """
    config = config or alembic_config()
    head = head_revision(config)
    current = current_revision(engine)
    if current == head:
        return None
    backup = None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and current is not None and database:
        backup = backup_sqlite(Path(database), f"before-{head}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
