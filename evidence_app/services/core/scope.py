"""Units (issue 21): the provincial agency and its regional offices (Phòng THADS khu vực,
Law 106/2025 Art 13–14). Warehouses and cases belong to a unit; a role is held in a unit.

An action on a unit's item, case, warehouse or request needs a role granting it *in that
unit*; the head, inspectors and administrators of the provincial unit reach every unit
(their own roles still decide what they may do: an inspector stays read-only). Checked
inside the caller's transaction, after ``authorize``, before anything is written.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Case, Item, Location, Unit, UserRole, Warehouse
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import OtherUnitError
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.core.auth import Actor

#: Roles that, held in the provincial unit, reach every unit (issue 21: "the provincial head
#: and inspectors see all units"; the administrator keeps the whole province's accounts).
PROVINCE_WIDE: frozenset[Role] = frozenset({Role.HEAD, Role.INSPECTOR, Role.ADMIN})

DEFAULT_UNIT_CODE = "TINH"
DEFAULT_UNIT_NAME = "Cơ quan thi hành án dân sự"


def default_unit_id(session: Session) -> int:
    """The provincial unit (made from the agency's settings on first need)."""
    unit_id = session.scalar(select(Unit.id).order_by(Unit.provincial.desc(), Unit.id).limit(1))
    if unit_id is not None:
        return unit_id
    name = session.scalar(select(Agency.name).order_by(Agency.id).limit(1))
    unit = Unit(code=DEFAULT_UNIT_CODE, name=name or DEFAULT_UNIT_NAME, provincial=True)
    session.add(unit)
    session.flush()
    return unit.id


def name_provincial_unit(session: Session, name: str) -> None:
    """The provincial unit carries the agency's name (made before the agency was saved, it
    carries a placeholder until then)."""
    unit = session.scalars(select(Unit).where(Unit.provincial.is_(True)).order_by(Unit.id)).first()
    if unit is not None and unit.name != name:
        unit.name = name


def _grants(session: Session, actor: Actor) -> list[tuple[Role, int, bool]]:
    rows = session.execute(
        select(UserRole.role, UserRole.unit_id, Unit.provincial)
        .join(Unit, Unit.id == UserRole.unit_id)
        .where(UserRole.user_id == actor.user_id)
    ).all()
    return [(r.role, r.unit_id, bool(r.provincial)) for r in rows]


def visible_unit_ids(session: Session, actor: Actor) -> frozenset[int] | None:
    """The units whose data ``actor`` sees; None: every unit."""
    if actor.is_system:
        return None
    grants = _grants(session, actor)
    if any(provincial and role in PROVINCE_WIDE for role, _, provincial in grants):
        return None
    return frozenset(unit_id for _, unit_id, _ in grants)


def home_unit_id(session: Session, actor: Actor, permission: Permission) -> int:
    """Where a new case or warehouse made by ``actor`` belongs: the unit where a role grants
    ``permission`` (a regional officer's case is the office's), else the provincial unit."""
    if not actor.is_system:
        units = sorted(
            unit_id
            for role, unit_id, provincial in _grants(session, actor)
            if not provincial and permission in permissions_of([role])
        )
        if units:
            return units[0]
    return default_unit_id(session)


def check_unit(session: Session, actor: Actor, permission: Permission, unit_id: int) -> None:
    """Refuse unless a role of ``actor`` grants ``permission`` in ``unit_id``."""
    if actor.is_system:
        return
    for role, held_in, provincial in _grants(session, actor):
        if permission not in permissions_of([role]):
            continue
        if held_in == unit_id or (provincial and role in PROVINCE_WIDE):
            return
    unit = session.get(Unit, unit_id)
    raise OtherUnitError(
        user=actor.username, permission=permission, unit=unit.name if unit else str(unit_id)
    )


def location_unit_id(session: Session, location_id: int) -> int:
    unit_id = session.scalar(
        select(Warehouse.unit_id)
        .join(Location, Location.warehouse_id == Warehouse.id)
        .where(Location.id == location_id)
    )
    return unit_id if unit_id is not None else default_unit_id(session)


def item_unit_id(session: Session, item: Item) -> int:
    """An item's unit: its warehouse's when stored, else its case's."""
    if item.location_id is not None:
        return location_unit_id(session, item.location_id)
    unit_id = session.scalar(select(Case.unit_id).where(Case.id == item.case_id))
    return unit_id if unit_id is not None else default_unit_id(session)


def check_item(session: Session, actor: Actor, permission: Permission, item: Item) -> None:
    if actor.is_system:
        return
    check_unit(session, actor, permission, item_unit_id(session, item))


def check_location(
    session: Session, actor: Actor, permission: Permission, location_id: int
) -> None:
    if actor.is_system:
        return
    check_unit(session, actor, permission, location_unit_id(session, location_id))


def check_case(session: Session, actor: Actor, permission: Permission, case_id: int) -> None:
    if actor.is_system:
        return
    unit_id = session.scalar(select(Case.unit_id).where(Case.id == case_id))
    check_unit(session, actor, permission, unit_id if unit_id else default_unit_id(session))


def check_warehouse(
    session: Session, actor: Actor, permission: Permission, warehouse_id: int
) -> None:
    if actor.is_system:
        return
    unit_id = session.scalar(select(Warehouse.unit_id).where(Warehouse.id == warehouse_id))
    check_unit(session, actor, permission, unit_id if unit_id else default_unit_id(session))
