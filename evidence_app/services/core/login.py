"""One login attempt, for the login screen and for a dual-control witness alike.

A service that needs a second person (``custody.dual_control``) checks that person's password
itself, through the same lockout, instead of trusting an ``Actor`` handed in by its caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import User
from evidence_app.domain import rules
from evidence_app.domain.enums import AdminEventKind
from evidence_app.domain.errors import (
    AccountInactiveError,
    AccountLockedError,
    AuthenticationError,
    ValidationError,
)
from evidence_app.services.core.admin_log import record_admin
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.passwords import hash_password, needs_rehash, verify_password
from evidence_app.services.core.uow import unit_of_work

USERNAME = re.compile(r"^[a-z0-9._-]{3,40}$")
_DUMMY_HASH = hash_password("not a real password")


@dataclass(frozen=True, slots=True)
class Witness:
    """A second person's own credentials, typed at the moment of the act they confirm (dual
    control of an item, a second administrator for a role grant)."""

    username: str
    password: str = field(repr=False)

    def authenticate(self, db: Database) -> Actor:
        """Who typed them, or the login's refusal (a wrong password counts toward the lock).

        Runs in its own transaction, before the act's: a refused act still counts the attempt.
        """
        actor = log_in(db, self.username, self.password, session_start=False)
        if actor.password_one_time:
            # An administrator typed that password: it confirms nothing about its owner.
            raise ValidationError("witness.one_time_password", name=actor.full_name)
        return actor


def actor_of(user: User) -> Actor:
    roles = frozenset(r.role for r in user.roles)
    return Actor(user.id, user.username, user.full_name, roles, user.password_one_time)


def log_in(db: Database, username: str, password: str, *, session_start: bool = True) -> Actor:
    """The actor, or the refusal; each attempt commits on its own, so failures are counted
    even though the login fails, and the fifth wrong password in a row locks the account.

    ``session_start=False`` (a dual-control witness confirming an act) records no login time:
    a right password then writes nothing unless it clears earlier failures."""
    name = username.strip().lower()
    if not USERNAME.match(name):
        # No account can have this name; not looked up (PostgreSQL refuses NUL in text).
        verify_password(_DUMMY_HASH, password)
        raise AuthenticationError()
    with unit_of_work(db, "noun.user", name) as session:
        user = session.scalars(select(User).where(User.username == name)).first()
        if user is None:
            verify_password(_DUMMY_HASH, password)  # same time as a real check
            result: Actor | Exception = AuthenticationError()
        else:
            result = check_password(session, user, password, session_start=session_start)
    if isinstance(result, Exception):
        raise result
    return result


def check_password(
    session: Session, user: User, password: str, *, session_start: bool = True
) -> Actor | Exception:
    """One attempt. The password is checked first whatever the account's state, and a wrong
    one gets the same answer in the same time whether the account is active, locked or
    deactivated (only the right password learns the account's state). Failures are counted by
    the database itself (``failed_attempts + 1``), so parallel guesses cannot lose a count; the
    lock lasts ``security.lockout_minutes``, then the count starts again."""
    limit = rules.value("security.lockout_attempts")
    right = verify_password(user.password_hash, password)
    now = utcnow()
    table = cast(Table, User.__table__)
    this = table.c.id == user.id
    # A Core UPDATE leaves the version alone: logging in is not an edit of the account, so
    # an administrator's change made from the version they saw still goes through.
    if user.locked_at is not None and not _still_locked(user, now):
        session.execute(update(table).where(this).values(failed_attempts=0, locked_at=None))
        user.locked_at = None
    if not right:
        if user.active and user.locked_at is None:
            failed = session.execute(
                update(table)
                .where(this)
                .values(failed_attempts=table.c.failed_attempts + 1)
                .returning(table.c.failed_attempts)
            ).scalar_one()
            if failed >= limit:
                locked = session.execute(
                    update(table)
                    .where(this, table.c.locked_at.is_(None))
                    .values(locked_at=now)
                    .returning(table.c.id)
                ).first()
                if locked:
                    record_admin(
                        session, AdminEventKind.ACCOUNT_LOCKED, actor_id=None,
                        subject=user.username, data={"attempts": failed},
                    )  # fmt: skip
        return AuthenticationError()
    if not user.active:
        return AccountInactiveError(user=user.username)
    if user.locked_at is not None:
        return AccountLockedError(
            user=user.username, attempts=limit, minutes=rules.value("security.lockout_minutes")
        )
    changes: dict[str, object] = {"last_login_at": now} if session_start else {}
    if user.failed_attempts:
        changes["failed_attempts"] = 0
    if needs_rehash(user.password_hash):
        changes["password_hash"] = hash_password(password)
    if changes:
        session.execute(update(table).where(this).values(**changes))
    return actor_of(user)


def _still_locked(user: User, now: datetime) -> bool:
    assert user.locked_at is not None
    return now - user.locked_at < timedelta(minutes=rules.value("security.lockout_minutes"))
