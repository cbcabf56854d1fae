"""Dual control: cash, valuables, drugs and weapons leave only with a second person present.

The second user authenticates at that moment (``UserService.authenticate``) and must be a
different, active user; both are recorded on the custody event.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Item, User
from evidence_app.domain.enums import DUAL_CONTROL_CATEGORIES, Category
from evidence_app.domain.errors import AccountInactiveError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize


def needs_second_user(category: Category) -> bool:
    """Dual control: releasing this category needs a second authenticated user."""
    return category in DUAL_CONTROL_CATEGORIES


def second_user(session: Session, actor: Actor, item: Item, second: Actor | None) -> User | None:
    """The dual-control witness, checked now: present, another person, still active."""
    if not needs_second_user(item.category):
        return None
    if second is None or second.user_id is None:
        raise ValidationError(
            "release.second_user_required", code=item.code, category=item.category
        )
    if second.user_id == actor.user_id:
        raise ValidationError("release.second_user_same", user=actor.username)
    user = session.get(User, second.user_id)
    if user is None or not user.active:
        raise AccountInactiveError(user=second.username)
    authorize(session, second, Permission.VIEW)
    return user


def witness_data(second: User | None) -> tuple[dict[str, object], str | None]:
    """What the custody event records of the second user: data fields and a note."""
    if second is None:
        return {}, None
    data: dict[str, object] = {"second_user_id": second.id, "second_user": second.username}
    return data, f"Người thứ hai xác nhận: {second.full_name}"
