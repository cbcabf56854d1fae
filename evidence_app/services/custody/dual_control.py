"""Dual control: money, valuables, drugs, weapons and explosives leave only with a second
person present.

The second user types their own user name and password at that moment; the service checks
them itself (``Witness``, through the login's lockout), never trusting a user object handed in
by its caller. The witness must be a different, active user holding a custody role (keeper,
accountant, cashier or head: never the read-only inspector); both are recorded on the custody
event.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Item, User, UserRole
from evidence_app.domain.enums import DUAL_CONTROL_CATEGORIES, Category
from evidence_app.domain.errors import AccountInactiveError, ValidationError
from evidence_app.domain.permissions import CUSTODY_ROLES, Permission
from evidence_app.services.core.auth import Actor, authorize


def needs_second_user(category: Category) -> bool:
    """Dual control: releasing this category needs a second authenticated user."""
    return category in DUAL_CONTROL_CATEGORIES


def second_user(
    session: Session,
    actor: Actor,
    item: Item,
    second: Actor | None,
    also: Category | None = None,
) -> User | None:
    """The dual-control witness, checked now: present, another person, still active. ``also``:
    the category an edit would give the item (cash made "other" needs the witness too)."""
    category = item.category if needs_second_user(item.category) else also
    if category is None or not needs_second_user(category):
        return None
    if second is None or second.user_id is None:
        raise ValidationError("release.second_user_required", code=item.code, category=category)
    if second.user_id == actor.user_id:
        raise ValidationError("release.second_user_same", user=actor.username)
    user = session.get(User, second.user_id)
    if user is None or not user.active:
        raise AccountInactiveError(user=second.username)
    authorize(session, second, Permission.VIEW)
    roles = set(session.scalars(select(UserRole.role).where(UserRole.user_id == user.id)))
    if not roles & CUSTODY_ROLES:
        raise ValidationError("release.second_user_role", user=user.full_name)
    return user


def witness_data(second: User | None) -> tuple[dict[str, object], str | None]:
    """What the custody event records of the second user: data fields and a note."""
    if second is None:
        return {}, None
    data: dict[str, object] = {"second_user_id": second.id, "second_user": second.username}
    return data, f"Người thứ hai xác nhận: {second.full_name}"
