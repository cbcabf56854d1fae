"""The unit of work: one transaction per user action, database errors made plain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from evidence_app.domain.errors import ConflictError, ConnectionLostError, DiskFullError


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
    except (OperationalError, InterfaceError) as exc:
        if is_connection_lost(exc):
            raise ConnectionLostError(url=db.display_url) from exc
        if _is_lock_race(exc):
            raise ConflictError(what=what, ref=ref) from exc
        if _is_disk_full(exc):
            raise DiskFullError(url=db.display_url) from exc
        raise


#: SQLSTATE classes of a server gone: connection exceptions (08…), and the server shutting
#: down or not accepting connections yet (57P01 admin shutdown, 57P02 crash, 57P03 starting).
_GONE_STATES = ("08", "57P01", "57P02", "57P03")


def is_connection_lost(exc: DBAPIError) -> bool:
    """The server went away (or cannot be reached), as opposed to a refusal by it."""
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    state = getattr(exc.orig, "sqlstate", None) or ""
    if state.startswith(_GONE_STATES):
        return True
    message = str(exc.orig).lower()
    return "connection" in message and any(
        word in message for word in ("refused", "closed", "terminat", "failed", "lost", "reset")
    )


def _is_chain_race(exc: IntegrityError) -> bool:
    message = str(exc.orig)
    return "custody_event" in message or "uq_custody_event" in message


def _is_disk_full(exc: DBAPIError) -> bool:
    """SQLite's "database or disk is full"; PostgreSQL's disk_full (SQLSTATE 53100)."""
    code = getattr(exc.orig, "sqlstate", None)
    return code == "53100" or "database or disk is full" in str(exc.orig).lower()


def _is_lock_race(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return (
        "database is locked" in message or "deadlock" in message or "could not serialize" in message
    )


__all__ = ["Session", "unit_of_work"]
