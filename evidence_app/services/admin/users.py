"""Users: first administrator, login with lockout, roles, passwords, deactivation."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db.engine import Database
from db.models import User, UserRole
from evidence_app.domain.duties import new_conflicts
from evidence_app.domain.enums import AdminEventKind as K
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import (
    DuplicateError,
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from evidence_app.domain.labels import label
from evidence_app.domain.password_policy import MAX_LENGTH, MIN_LENGTH, password_problem
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.admin_log import AdminEventView, admin_events, record_admin
from evidence_app.services.core.auth import SYSTEM, Actor, authorize
from evidence_app.services.core.dto import UserView
from evidence_app.services.core.login import USERNAME, Witness, check_password, log_in
from evidence_app.services.core.passwords import hash_password
from evidence_app.services.core.scope import default_unit_id
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import user_view


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_users(self) -> bool:
        with unit_of_work(self.db, read_only=True) as session:
            return session.scalar(select(func.count(User.id))) != 0

    def create_first_admin(self, username: str, full_name: str, password: str) -> UserView:
        """The first-run administrator; refused once any user exists."""
        with unit_of_work(self.db, "noun.user", username) as session:
            if session.scalar(select(func.count(User.id))):
                raise PermissionDeniedError(user=username, permission=Permission.MANAGE_USERS)
            user = _new_user(
                session, username, full_name, password, "", [Role.ADMIN], one_time=False
            )
            _record(session, K.USER_CREATED, None, user, roles=[Role.ADMIN.value])
            return user_view(user)

    def create(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        password: str,
        roles: Iterable[Role],
        position: str = "",
        second_admin: Witness | None = None,
        unit_id: int | None = None,
    ) -> UserView:
        """A new account, its roles held in ``unit_id`` (default: the provincial unit); roles
        one person should not hold together (``domain.duties``) need ``second_admin``:
        another administrator's own name and password. The password is for
        the first login only, where its owner sets their own."""
        roles = sorted(set(roles))
        with unit_of_work(self.db, "noun.user", username, read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
        confirmed = self._confirm(actor, username.strip().lower(), (), roles, second_admin)
        with unit_of_work(self.db, "noun.user", username) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _new_user(
                session, username, full_name, password, position, roles, one_time=True,
                unit_id=unit_id,
            )  # fmt: skip
            _record(session, K.USER_CREATED, actor, user, roles=_role_values(user), **confirmed)
            return user_view(user)

    def _confirm(
        self,
        actor: Actor,
        username: str,
        before: Iterable[Role],
        after: Iterable[Role],
        second_admin: Witness | None,
    ) -> dict[str, object]:
        return _confirmation(self.db, actor, username, before, after, second_admin)

    def authenticate(self, username: str, password: str) -> Actor:
        """Log in; the fifth wrong password in a row locks the account.

        Each attempt commits on its own, so failures are counted even though the login fails.
        """
        return log_in(self.db, username, password)

    def admin_log(self, actor: Actor, limit: int = 500) -> list[AdminEventView]:
        """The administrators' record, newest first: who changed which user, role, password
        or setting (for the administrator and for whoever verifies, such as the inspector)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VERIFY)
            return admin_events(session, max(1, min(limit, 10_000)))

    def all(self, actor: Actor) -> list[UserView]:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return [user_view(u) for u in session.scalars(select(User).order_by(User.username))]

    def set_roles(
        self,
        actor: Actor,
        user_id: int,
        roles: Iterable[Role],
        expected_version: int,
        second_admin: Witness | None = None,
        unit_id: int | None = None,
    ) -> UserView:
        """The user's roles become ``roles``; a grant that makes one person hold roles that
        should not go together (``domain.duties``) needs ``second_admin``.

        Roles are held in a unit (issue 21): this sets those in ``unit_id`` (default: the unit
        the user already works in) and keeps the user's roles in other units."""
        wanted = sorted(set(roles))
        if not wanted:
            raise ValidationError("validation.no_roles")
        with unit_of_work(self.db, "noun.user", str(user_id), read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, expected_version)
            name, held = user.username, [r.role for r in user.roles]
        confirmed = self._confirm(actor, name, held, wanted, second_admin)
        with unit_of_work(self.db, "noun.user", str(user_id)) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, expected_version)  # unchanged since it was read
            if Role.ADMIN not in wanted:
                _keep_an_admin(session, user)
            before = _role_values(user)
            unit = unit_id if unit_id is not None else _home_unit(session, user)
            kept = [r for r in user.roles if r.unit_id != unit]
            user.roles = kept + [UserRole(role=role, unit_id=unit) for role in wanted]
            _record(session, K.ROLES_SET, actor, user, before=before, after=_role_values(user),
                    **confirmed)  # fmt: skip
            # Roles live in their own rows: bump the user's version so that a second change
            # made from the same version is refused instead of silently overwriting this one.
            flag_modified(user, "full_name")
            session.flush()
            return user_view(user)

    def deactivate(self, actor: Actor, user_id: int, expected_version: int) -> UserView:
        """Users are never deleted: their names stay on every event they signed."""
        with unit_of_work(self.db, "noun.user", str(user_id)) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, expected_version)
            _keep_an_admin(session, user)
            user.active = False
            _record(session, K.USER_DEACTIVATED, actor, user)
            session.flush()
            return user_view(user)

    def reactivate(self, actor: Actor, user_id: int, expected_version: int) -> UserView:
        """A deactivated account may log in again (with its roles and password as they were)."""
        with unit_of_work(self.db, "noun.user", str(user_id)) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, expected_version)
            user.active = True
            user.failed_attempts, user.locked_at = 0, None
            _record(session, K.USER_REACTIVATED, actor, user)
            session.flush()
            return user_view(user)

    def reset_password(
        self,
        actor: Actor,
        user_id: int,
        new_password: str,
        second_admin: Witness | None = None,
    ) -> UserView:
        """An administrator sets a new password, confirmed by a second administrator's own
        password; it unlocks the account and is good for one login, where the owner sets their
        own (until then the account can do nothing, nor confirm as a second person)."""
        with unit_of_work(self.db, "noun.user", str(user_id), read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            name = _user(session, user_id, None).username
        _check_password(new_password, name)
        if second_admin is None:
            raise ValidationError("users.reset_needs_second_admin", user=name)
        second = _second_admin(self.db, actor, name, second_admin)
        with unit_of_work(self.db, "noun.user", str(user_id)) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, None)
            user.password_hash = hash_password(new_password)
            user.password_one_time = True
            user.failed_attempts, user.locked_at = 0, None
            _record(session, K.PASSWORD_RESET, actor, user, confirmed_by=second)
            session.flush()
            return user_view(user)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """The current password is checked like a login: each wrong one counts toward the
        lockout (committed even though the change is refused), so it cannot be guessed here.
        This is also how the owner replaces a password an administrator typed."""
        _check_password(new_password, actor.username)
        with unit_of_work(self.db, "noun.user", actor.username) as session:
            if actor.is_system:
                raise PermissionDeniedError(user=actor.username, permission=Permission.VIEW)
            user = _user(session, actor.user_id or 0, None)
            result = check_password(session, user, old_password)
            if isinstance(result, Actor):
                if new_password == old_password:
                    raise ValidationError("validation.same_password")
                first = user.password_one_time
                user.password_hash = hash_password(new_password)
                user.password_one_time = False
                mark = {"first": True} if first else {}  # the owner's own, after an admin's
                _record(session, K.PASSWORD_CHANGED, actor, user, **mark)
        if isinstance(result, Exception):
            raise result

    def unlock(self, actor: Actor, user_id: int) -> UserView:
        """Another administrator lifts a lockout before it expires (its count starts again)."""
        with unit_of_work(self.db, "noun.user", str(user_id)) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            user = _user(session, user_id, None)
            user.failed_attempts, user.locked_at = 0, None
            _record(session, K.ACCOUNT_UNLOCKED, actor, user)
            session.flush()
            return user_view(user)

    def unlock_from_command(self, username: str) -> UserView:
        """``main.py users unlock NAME``: the recovery path when the only administrator is
        locked out and no other can lift it. Whoever can run the command on the server already
        holds the database; the unlock is still an administrative event on the hash chain,
        naming the command instead of an administrator (``verify`` checks it)."""
        with unit_of_work(self.db, "noun.user", username) as session:
            user = session.scalars(select(User).where(User.username == username)).one_or_none()
            if user is None:
                raise NotFoundError(what="noun.user", ref=username)
            user.failed_attempts, user.locked_at = 0, None
            _record(session, K.ACCOUNT_UNLOCKED, SYSTEM, user, command="users unlock")
            session.flush()
            return user_view(user)


def _confirmation(
    db: Database,
    actor: Actor,
    username: str,
    before: Iterable[Role],
    after: Iterable[Role],
    second_admin: Witness | None,
) -> dict[str, object]:
    """Nothing if the grant creates no conflicting pair; else the second administrator, who
    must be another active administrator than the one granting and the one granted, checked
    by their own password (a wrong one counts toward their lock)."""
    pairs = new_conflicts(before, after)
    if not pairs:
        return {}
    if second_admin is None:
        raise ValidationError(
            "users.second_admin_required", user=username,
            pairs_vi=_pairs_text(pairs, "vi"), pairs_en=_pairs_text(pairs, "en"),
        )  # fmt: skip
    return {"confirmed_by": _second_admin(db, actor, username, second_admin)}


def _second_admin(db: Database, actor: Actor, username: str, second_admin: Witness) -> str:
    """The second administrator's user name: another active administrator than the one
    acting and the one acted on, checked by their own password (a wrong one counts toward
    their lock)."""
    second = second_admin.authenticate(db)
    if second.user_id in (actor.user_id, None) or second.username == username:
        raise ValidationError("users.second_admin_same", name=second.full_name)
    if Role.ADMIN not in second.roles:
        raise ValidationError("users.second_admin_not_admin", name=second.full_name)
    return second.username


def _pairs_text(pairs: Iterable[frozenset[Role]], lang: str) -> str:
    return "; ".join(" + ".join(label(r, lang) for r in sorted(pair)) for pair in pairs)


def _record(session: Session, kind: K, actor: Actor | None, user: User, **data: object) -> None:
    """The change, on the administrators' hash chain (``verify`` checks it)."""
    session.flush()
    actor_id = actor.user_id if actor is not None else None
    record_admin(session, kind, actor_id=actor_id, subject=user.username, data=data or None)


def _home_unit(session: Session, user: User) -> int:
    units = sorted({r.unit_id for r in user.roles})
    return units[0] if units else default_unit_id(session)


def _role_values(user: User) -> list[str]:
    return sorted(r.role.value for r in user.roles)


def _new_user(
    session: Session,
    username: str,
    full_name: str,
    password: str,
    position: str,
    roles: Iterable[Role],
    *,
    one_time: bool,
    unit_id: int | None = None,
) -> User:
    """``one_time``: the password was typed by an administrator, not the account's owner."""
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise ValidationError("validation.username")
    full = v.text_field(full_name, "field.full_name", limit=200, required=True)
    pos = v.text_field(position, "field.name", limit=200)
    wanted = sorted(set(roles))
    if not wanted:
        raise ValidationError("validation.no_roles")
    _check_password(password, name)
    if session.scalars(select(User.id).where(User.username == name)).first() is not None:
        raise DuplicateError(what="noun.user", ref=name)
    user = User(
        username=name,
        full_name=full,
        position=pos,
        password_hash=hash_password(password),
        password_one_time=one_time,
        active=True,
        failed_attempts=0,
        roles=[UserRole(role=role, unit_id=unit_id or default_unit_id(session)) for role in wanted],
    )
    session.add(user)
    session.flush()
    return user


def _check_password(password: str, username: str) -> None:
    """The password policy (``domain.password_policy``, NIST SP 800-63B)."""
    problem = password_problem(password, username)
    if problem is not None:
        raise ValidationError(problem, limit=MIN_LENGTH, max=MAX_LENGTH)


def _user(session: Session, user_id: int, expected_version: int | None) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(what="noun.user", ref=user_id)
    if expected_version is not None and user.version != expected_version:
        raise StaleEditError(
            what="noun.user", ref=user.username, current=user.version, expected=expected_version
        )
    return user


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to leave the database without an active administrator."""
    others = session.scalar(
        select(func.count(User.id))
        .join(UserRole)
        .where(UserRole.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
    )
    if not others and Role.ADMIN in {r.role for r in user.roles}:
        raise ValidationError("validation.last_admin")
