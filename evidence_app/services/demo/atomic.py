"""A demo database is built whole or not at all, whenever the process is stopped.

SQLite: the demo is built in a hidden file beside the target and renamed over it at the end,
so a kill leaves the target as it was (a leftover hidden file is removed by the next run).
PostgreSQL: the demo's mark (``demo.built``) is written before anything else and
``demo.complete`` last; a database with the first and not the second is emptied and built
again, since only the demo wrote to it. A database with data and no mark (a real one, or a
demo stopped before the mark existed) is never touched: the message says what to do.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.append_only import create_guards, drop_guards
from db.models import Base, Item, Setting, User
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo.generator import DemoReport, build_demo
from evidence_app.services.demo.mark import DEMO_MARK
from evidence_app.services.facade import Services

COMPLETE_MARK = "demo.complete"
#: How long emptying a half-built PostgreSQL demo waits for another session's locks.
EMPTY_LOCK_SECONDS = 20
_SIDE_FILES = ("-wal", "-shm", "-journal")


def build_demo_database(
    services: Services,
    items: int,
    seed: int = 1,
    password: str = "demo12345",
    progress: Callable[[str], None] | None = None,
) -> DemoReport:
    """``build_demo`` all or nothing: an empty database, or one a stopped demo left half-built."""
    try:
        return _build(services, items, seed, password, progress)
    except (OSError, DBAPIError) as exc:
        named = _named_failure(exc, services.db.display_url)
        if named is None:
            raise
        raise named from exc


def _named_failure(exc: BaseException, url: str) -> ValidationError | None:
    """A full disk or a refused write in the user's words, instead of "unexpected error"."""
    cause = getattr(exc, "orig", None) or exc
    words = str(cause).lower()
    code = getattr(cause, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in words:
        return ValidationError("demo.disk_full", url=url)
    if getattr(cause, "sqlstate", None) == "53100":  # PostgreSQL: disk_full
        return ValidationError("demo.disk_full", url=url)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly database" in words:
        return ValidationError("demo.denied", url=url)
    return None


def _build(
    services: Services,
    items: int,
    seed: int,
    password: str,
    progress: Callable[[str], None] | None,
) -> DemoReport:
    state = _state(services)
    if state in ("data", "complete"):
        raise ValidationError("demo.not_empty", url=services.db.display_url)
    if state == "users_only":
        raise ValidationError("demo.half_built", url=services.db.display_url)
    target = _sqlite_file(services)
    if target is not None:
        return _build_beside(services, target, items, seed, password, progress)
    if state == "started":
        _empty_half_built(services)
    report = build_demo(services, items, seed, password, progress)
    _mark_complete(services)
    return report


def _state(services: Services) -> str:
    """empty, started (a demo stopped half-way), complete, data, or users_only."""
    with unit_of_work(services.db, read_only=True) as session:
        if session.get(Setting, COMPLETE_MARK) is not None:
            return "complete"
        if session.get(Setting, DEMO_MARK) is not None:
            return "started"
        if session.scalar(select(func.count(Item.id))):
            return "data"
        # Users without items: a real agency on its first day, or a demo stopped before the
        # marker existed; either way not ours to delete.
        return "users_only" if session.scalar(select(func.count(User.id))) else "empty"


def _mark_complete(services: Services) -> None:
    with unit_of_work(services.db, "noun.setting", COMPLETE_MARK) as session:
        session.merge(Setting(key=COMPLETE_MARK, value=datetime.now(UTC).isoformat("T", "seconds")))


def _sqlite_file(services: Services) -> Path | None:
    url = services.db.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.name}.demo-partial")


def _remove(path: Path) -> None:
    for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        name.unlink(missing_ok=True)


def _build_beside(
    services: Services,
    target: Path,
    items: int,
    seed: int,
    password: str,
    progress: Callable[[str], None] | None,
) -> DemoReport:
    """Build in the hidden file, make it one self-contained file, rename it over the target."""
    partial = _partial(target)
    _remove(partial)  # what a killed run left
    building = Services.open(f"sqlite:///{partial}")
    try:
        report = build_demo(building, items, seed, password, progress)
        _mark_complete(building)
        building.close()
        _settle(partial)
    except BaseException:
        building.close()
        _remove(partial)
        raise
    services.db.engine.dispose()  # the empty target's connections close before it goes
    os.replace(partial, target)
    _remove_side_files(target)
    _sync_folder(target.parent)
    return report


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file and flush it: the rename moves everything."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_side_files(target: Path) -> None:
    # A log left beside the old target would be replayed into the new file.
    for side in ("-wal", "-shm"):
        target.with_name(target.name + side).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    with suppress(OSError):  # not every system lets a folder be opened and flushed
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _empty_half_built(services: Services) -> None:
    """Every table emptied in one transaction, the append-only guards lifted and put back.

    Emptying waits at most ``EMPTY_LOCK_SECONDS`` for another session's locks (an app left
    open on the database, a session a killed client left behind), then says so."""
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    try:
        with services.db.engine.begin() as conn:
            conn.execute(text(f"SET LOCAL lock_timeout = '{EMPTY_LOCK_SECONDS}s'"))
            drop_guards(conn)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            create_guards(conn)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
            raise ValidationError(
                "demo.half_built_busy", url=services.db.display_url, seconds=EMPTY_LOCK_SECONDS
            ) from exc
        reason = " ".join(str(exc.orig or exc).split())[:200]
        raise ValidationError(
            "demo.half_built_locked", url=services.db.display_url, reason=reason
        ) from exc
