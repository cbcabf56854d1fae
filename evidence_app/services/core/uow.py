"""The unit of work: one transaction per user action, database errors made plain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from evidence_app.domain.errors import ConflictError, DiskFullError


@contextmanager
def unit_of_work(
    db: Database, what: str = "noun.item", ref: str = "", *, read_only: bool = False
) -> Iterator[Session]:
    """Commit when the block ends; on any error roll back, so nothing partial remains.

    ``read_only`` units (look-ups, searches, lists) do not take SQLite's write lock.

    Lost races (a version that moved, a chain link taken, a lock not granted) become a
    ConflictError the user can act on, a full disk a DiskFullError saying so (nothing was
    saved); other errors pass through unchanged.
    """
    try:
        with db.session(read_only=read_only) as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(what=what, ref=ref) from exc
    except IntegrityError as exc:
        if _is_chain_race(exc):
            raise ConflictError(what=what, ref=ref) from exc
        raise
    except OperationalError as exc:
        if _is_lock_race(exc):
            raise ConflictError(what=what, ref=ref) from exc
        if _is_disk_full(exc):
            raise DiskFullError(url=db.display_url) from exc
        raise


def _is_chain_race(exc: IntegrityError) -> bool:
    message = str(exc.orig)
    return "custody_event" in message or "uq_custody_event" in message


def _is_disk_full(exc: OperationalError) -> bool:
    """SQLite's "database or disk is full"; PostgreSQL's disk_full (SQLSTATE 53100)."""
    code = getattr(exc.orig, "sqlstate", None)
    return code == "53100" or "database or disk is full" in str(exc.orig).lower()


def _is_lock_race(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return (
        "database is locked" in message or "deadlock" in message or "could not serialize" in message
    )


__all__ = ["Session", "unit_of_work"]
