"""Who signs a paper: the full name under each signature block, from the users' roles.

A form names who signs it (Circular 04/2023/TT-BTP forms D65, D66, D67, C04, C05: the head
of the agency, the keeper, the accountant), so the paper prints their names rather than a
blank a clerk must fill in. Where no active user holds the role the name stays "" and the
paper says so under the block (``documents.parts.UNASSIGNED``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CustodyEvent, Item, User, UserRole
from evidence_app.domain.enums import Role

#: A position that marks a deputy ("Phó Trưởng phòng", "Phó Thủ trưởng"): the head signs
#: before a deputy does.
_DEPUTY = "phó"


def role_holder(
    session: Session, role: Role, prefer: Iterable[int | None] = (), unit_id: int | None = None
) -> str:
    """The full name of who signs as ``role``: the first of ``prefer`` (the users who did the
    step, e.g. the head who approved) that is active and holds the role, else the active
    holder of the role (a head before a deputy, then the oldest account); "" if none.
    With ``unit_id``, only who holds the role in that unit (an office's own head)."""
    query = (
        select(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == role, User.active.is_(True))
        .order_by(User.id)
    )
    if unit_id is not None:
        query = query.where(UserRole.unit_id == unit_id)
    holders = list(session.scalars(query))
    by_id = {user.id: user for user in holders}
    for user_id in prefer:
        if user_id is not None and user_id in by_id:
            return by_id[user_id].full_name
    if not holders:
        return ""
    chief = [u for u in holders if not u.position.strip().lower().startswith(_DEPUTY)]
    return (chief or holders)[0].full_name


def items_keeper(session: Session, items: Sequence[Item], prefer: Iterable[int | None] = ()) -> str:
    """The keeper who answers for ``items``: one of ``prefer`` who is a keeper, else the
    keeper who last recorded a step of theirs (booked them in, put them away, moved them),
    else any active keeper; "" if the agency has none."""
    ids = [item.id for item in items]
    actors = session.scalars(
        select(CustodyEvent.actor_id)
        .where(CustodyEvent.item_id.in_(ids), CustodyEvent.actor_id.is_not(None))
        .order_by(CustodyEvent.occurred_at.desc(), CustodyEvent.id.desc())
        .limit(50)
    ).all()
    return role_holder(session, Role.KEEPER, [*prefer, *actors])


__all__ = ["items_keeper", "role_holder"]
