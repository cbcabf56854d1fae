"""A restore's candidate staged apart from the live database, brought to the head revision and
checked there (``restore_checks``); only a candidate that passed is copied over the live one.

SQLite: the stage is a file beside the live one; the copy over the live file is one SQLite
backup step, a single write transaction of the live database: killed half-way, it is rolled
back from its journal, and other connections see either the old data or the new. (Renaming
the stage over the live file would leave its ``-wal`` to be replayed onto the new file, and
other open connections writing to the old one.) PostgreSQL: the stage is a scratch database
on the same server, dropped afterwards; the live database is then restored in one transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database
from db.migrate import alembic_config
from evidence_app.domain.errors import ValidationError
from evidence_app.services.admin.restore_checks import check_candidate


def migrate(engine: Engine) -> None:
    """Bring a staged candidate to head, without ``db.migrate.upgrade``'s safety copy (the
    stage is a copy already)."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def check_staged(staged: Database, source: Path) -> None:
    """Migrate the staged candidate to head and check it (``restore_checks``); a file the
    migrations or the checks cannot even read is refused as unusable, with the reason."""
    try:
        migrate(staged.engine)
        check_candidate(staged, str(source))
    except SQLAlchemyError as exc:
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:200]
        raise ValidationError("restore.unusable", path=str(source), reason=reason) from exc
    finally:
        staged.dispose()


# ---- SQLite ---------------------------------------------------------------------------------
@contextmanager
def staged_sqlite(source: Path, live: Path) -> Iterator[Path]:
    """A checked copy of ``source`` at head, beside ``live``, removed when the block ends."""
    stage = live.parent / f".{live.name}.restoring-{uuid.uuid4().hex[:12]}"
    try:
        candidate = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            with contextlib.closing(sqlite3.connect(stage)) as copy:
                candidate.backup(copy)
        finally:
            candidate.close()
        check_staged(Database.open(f"sqlite:///{stage}"), source)
        yield stage
    finally:
        _remove(stage)


def replace_sqlite(stage: Path, live: Path) -> None:
    """The live file's pages replaced by the stage's in one transaction of the live file."""
    checked, target = sqlite3.connect(stage), sqlite3.connect(live)
    try:
        target.execute("PRAGMA busy_timeout=10000")
        checked.backup(target)
    finally:
        checked.close()
        target.close()


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
