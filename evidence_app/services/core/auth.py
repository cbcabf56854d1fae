"""Who is acting, and the permission check every service call makes inside its transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from db.models import Unit, User, UserRole
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import (
    AccountInactiveError,
    NoneOfPermissionsError,
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


#: ``session.info`` key of the grants ``authorize`` read in this transaction.
GRANTS = "evidence.grants"


@dataclass(frozen=True, slots=True)
class Grants:
    """A user's roles with the unit each is held in, and how many units there are."""

    user_id: int | None
    roles: tuple[tuple[Role, int, bool], ...]
    unit_count: int


def cached_grants(session: Session, user_id: int | None) -> Grants | None:
    """The grants ``authorize`` read for ``user_id`` in this transaction, if still valid."""
    grants = session.info.get(GRANTS)
    return grants if grants is not None and grants.user_id == user_id else None


@event.listens_for(Session, "after_flush")
def _forget_grants(session: Session, _context: object) -> None:
    """A role, user or unit written in this transaction: read the grants again."""
    if GRANTS in session.info and any(
        isinstance(obj, User | UserRole | Unit)
        for obj in (*session.new, *session.dirty, *session.deleted)
    ):
        del session.info[GRANTS]


@event.listens_for(Session, "after_transaction_end")
def _forget_grants_at_end(session: Session, _transaction: object) -> None:
    session.info.pop(GRANTS, None)


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's roles, as stored now, grant ``permission``.

    Roles are read from the database, not from the Actor, so a deactivation or a role
    change takes effect on the next call of every open session.
    """
    if actor.is_system:
        return
    # One round trip: the user's state, roles and their units, and the number of units
    # (a user without roles gets a row). Kept for the transaction: the unit checks that
    # follow (``core.scope``) read it instead of asking again (issue 21: a scan is ~10
    # queries, not 15).
    unit_count = select(func.count(Unit.id)).scalar_subquery()
    rows = session.execute(
        select(
            User.active, User.password_one_time, UserRole.role, UserRole.unit_id,
            Unit.provincial, unit_count.label("units"),
        )
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .outerjoin(Unit, Unit.id == UserRole.unit_id)
        .where(User.id == actor.user_id)
    ).all()  # fmt: skip
    if not rows or not rows[0].active:
        raise AccountInactiveError(user=actor.username)
    if rows[0].password_one_time:
        # Whoever typed it (an administrator) could otherwise act in the owner's name.
        raise PasswordChangeRequiredError(user=actor.username)
    session.info[GRANTS] = Grants(
        actor.user_id,
        tuple(
            (row.role, row.unit_id, bool(row.provincial))
            for row in rows
            if row.role is not None and row.unit_id is not None
        ),
        rows[0].units or 0,
    )
    roles = [row.role for row in rows if row.role is not None]
    if permission not in permissions_of(roles):
        raise PermissionDeniedError(user=actor.username, permission=permission)


def authorize_either(
    session: Session, actor: Actor, permission: Permission, other: Permission
) -> Permission:
    """Refuse, naming both, unless the actor's roles grant ``permission`` or ``other``; the
    one granted (``permission`` when both are)."""
    for wanted in (permission, other):
        try:
            authorize(session, actor, wanted)
        except PermissionDeniedError:
            continue
        return wanted
    raise NoneOfPermissionsError(user=actor.username, permission=permission, other=other)
