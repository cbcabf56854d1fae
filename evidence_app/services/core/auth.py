"""Who is acting, and the permission check every service call makes inside its transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import User, UserRole
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import (
    AccountInactiveError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
)
from evidence_app.domain.permissions import Permission, permissions_of


@dataclass(frozen=True, slots=True)
class Actor:
    """The authenticated user of a call, or the system (command line, demo, migrations)."""

    user_id: int | None
    username: str
    full_name: str
    roles: frozenset[Role]
    #: Logged in with a password an administrator typed: the owner must set their own first
    #: (the screen asks at once; every service refuses until then, reading the database).
    password_one_time: bool = False

    @property
    def is_system(self) -> bool:
        return self.user_id is None


#: Headless commands act as the system: whoever holds the database URL holds the data.
SYSTEM = Actor(None, "system", "Hệ thống", frozenset(Role))


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's roles, as stored now, grant ``permission``.

    Roles are read from the database, not from the Actor, so a deactivation or a role
    change takes effect on the next call of every open session.
    """
    if actor.is_system:
        return
    # One round trip: the user's state and roles together (a user without roles gets a row).
    rows = session.execute(
        select(User.active, User.password_one_time, UserRole.role)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .where(User.id == actor.user_id)
    ).all()
    if not rows or not rows[0].active:
        raise AccountInactiveError(user=actor.username)
    if rows[0].password_one_time:
        # Whoever typed it (an administrator) could otherwise act in the owner's name.
        raise PasswordChangeRequiredError(user=actor.username)
    roles = [row.role for row in rows if row.role is not None]
    if permission not in permissions_of(roles):
        raise PermissionDeniedError(user=actor.username, permission=permission)
