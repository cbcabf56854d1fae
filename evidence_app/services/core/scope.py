"""Units (issue 21): the provincial agency and its regional offices (Phòng THADS khu vực,
Law 106/2025 Art 13–14). Warehouses and cases belong to a unit; a role is held in a unit.

An action on a unit's item, case, warehouse or request needs a role granting it *in that
unit*; the head, inspectors and administrators of the provincial unit reach every unit
(their own roles still decide what they may do: an inspector stays read-only). Checked
inside the caller's transaction, after ``authorize``, before anything is written.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import ColumnElement, Integer, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    Case,
    DestructionItem,
    Item,
    Location,
    Unit,
    User,
    UserRole,
    Warehouse,
)
from db.unit_scope import case_in_units, item_in_units, warehouses_of
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import OtherUnitError, ValidationError
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.core.auth import Actor, cached_grants
from evidence_app.services.core.deadlines import Deadline

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
    cached = cached_grants(session, actor.user_id)
    if cached is not None:  # read by ``authorize`` in this transaction
        return list(cached.roles)
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
    mine = frozenset(unit_id for _, unit_id, _ in grants)
    # Roles in every unit see everything: no filter, so no cost (a search stays index-only).
    cached = cached_grants(session, actor.user_id)
    units = cached.unit_count if cached is not None else session.scalar(select(func.count(Unit.id)))
    if mine and len(mine) >= (units or 0):
        return None
    return mine


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


# --- Reads (issue 21: "what a user sees … is scoped to their unit in every service") ---


def provincial_unit_id(session: Session) -> int | None:
    """The provincial unit's id, without making one (for reads)."""
    return session.scalar(select(Unit.id).order_by(Unit.provincial.desc(), Unit.id).limit(1))


def office_of(session: Session, unit_ids: Collection[int] | None) -> int | None:
    """The regional office a report covering ``unit_ids`` belongs to: its one unit when that
    is an office (its header and its head sign the report); None: the provincial agency."""
    if unit_ids is None or len(unit_ids) != 1:
        return None
    (unit_id,) = unit_ids
    provincial = session.scalar(select(Unit.provincial).where(Unit.id == unit_id))
    return unit_id if provincial is False else None


def item_scope(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The SQL condition on ``item`` of what ``actor`` sees; None: every unit's items."""
    visible = visible_unit_ids(session, actor)
    if visible is None:
        return None
    return item_in_units(visible, provincial_unit_id(session))


def case_scope(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The SQL condition on ``enforcement_case`` of what ``actor`` sees; None: all."""
    visible = visible_unit_ids(session, actor)
    return None if visible is None else case_in_units(visible)


def warehouse_scope(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The SQL condition on ``warehouse`` of what ``actor`` sees; None: all."""
    visible = visible_unit_ids(session, actor)
    return None if visible is None else warehouses_of(visible)


def check_item_visible(session: Session, actor: Actor, item: Item) -> None:
    """Refuse (OtherUnitError) an item of a unit ``actor`` does not see."""
    visible = visible_unit_ids(session, actor)
    if visible is not None and item_unit_id(session, item) not in visible:
        check_unit(session, actor, Permission.VIEW, item_unit_id(session, item))


def check_case_visible(session: Session, actor: Actor, case_id: int) -> None:
    visible = visible_unit_ids(session, actor)
    if visible is None:
        return
    unit_id = session.scalar(select(Case.unit_id).where(Case.id == case_id))
    if unit_id is not None and unit_id not in visible:
        check_unit(session, actor, Permission.VIEW, unit_id)


def check_location_visible(session: Session, actor: Actor, location_id: int) -> None:
    visible = visible_unit_ids(session, actor)
    if visible is None:
        return
    unit_id = location_unit_id(session, location_id)
    if unit_id not in visible:
        check_unit(session, actor, Permission.VIEW, unit_id)


def check_item_id_visible(session: Session, actor: Actor, item_id: int) -> None:
    """``check_item_visible`` by id (an unknown id is left to the caller's NotFoundError)."""
    visible = visible_unit_ids(session, actor)
    if visible is None:
        return
    item = session.get(Item, item_id)
    if item is not None and item_unit_id(session, item) not in visible:
        check_unit(session, actor, Permission.VIEW, item_unit_id(session, item))


def deadline_unit_ids(session: Session, deadline: Deadline) -> set[int]:
    """The units a deadline belongs to: its case's; a stocktake's warehouse's; a destruction
    council's items'; an intake's item's; else the provincial unit's."""
    if deadline.case_id is not None:
        unit_id = session.scalar(select(Case.unit_id).where(Case.id == deadline.case_id))
        return {unit_id} if unit_id is not None else set()
    if deadline.area == "stocktakes":
        unit_id = session.scalar(select(Warehouse.unit_id).where(Warehouse.id == deadline.ref_id))
        return {unit_id} if unit_id is not None else set()
    if deadline.area == "destruction":
        items = session.scalars(
            select(Item).join(DestructionItem, DestructionItem.item_id == Item.id)
            .where(DestructionItem.council_id == deadline.ref_id)
        ).all()  # fmt: skip
        if items:
            return {item_unit_id(session, item) for item in items}
    if deadline.area == "intake":
        item = session.get(Item, deadline.ref_id)
        if item is not None:
            return {item_unit_id(session, item)}
    province = provincial_unit_id(session)
    return {province} if province is not None else set()


def visible_deadlines(
    session: Session, deadlines: Iterable[Deadline], visible: Collection[int]
) -> list[Deadline]:
    """The deadlines of units in ``visible`` (issue 21: the dashboard and the deadlines
    report of a regional office show its own)."""
    found = list(deadlines)
    wanted = set(visible)
    case_ids = sorted({d.case_id for d in found if d.case_id is not None})
    case_units: dict[int, int] = {}
    # PostgreSQL: the ids as one array parameter (20,000 separate parameters cost a second
    # to render and send on 1,000,000 items); SQLite: 500 per query, within its limit.
    one_array = session.get_bind().dialect.name == "postgresql"
    step = len(case_ids) if one_array else 500
    for start in range(0, len(case_ids), step or 1):  # not one query per deadline
        chunk = case_ids[start : start + step]
        where = (
            Case.id == any_(bindparam("case_ids", chunk, type_=ARRAY(Integer)))
            if one_array
            else Case.id.in_(chunk)
        )
        case_units.update(
            session.execute(select(Case.id, Case.unit_id).where(where)).tuples().all()
        )
    return [
        d
        for d in found
        if (case_units.get(d.case_id) in wanted if d.case_id is not None
            else bool(deadline_unit_ids(session, d) & wanted))
    ]  # fmt: skip


# --- People named on a unit's papers (issue 21) ---


def belongs_to_unit(session: Session, user_id: int, unit_id: int) -> bool:
    """The user holds a role in ``unit_id`` or in the provincial agency (whose people may
    act for any of its offices, Law 106/2025 Art 32.2: the offices enforce as the provincial
    head assigns)."""
    found = session.scalar(
        select(UserRole.user_id)
        .join(Unit, Unit.id == UserRole.unit_id)
        .where(UserRole.user_id == user_id)
        .where((UserRole.unit_id == unit_id) | Unit.provincial.is_(True))
        .limit(1)
    )
    return found is not None


def check_member_of_unit(
    session: Session, user_id: int, unit_id: int, key: str, name: str | None = None
) -> None:
    """Refuse (ValidationError ``key``) a person of another office named in ``unit_id``'s
    case or council."""
    if belongs_to_unit(session, user_id, unit_id):
        return
    unit = session.get(Unit, unit_id)
    who = name or session.scalar(select(User.full_name).where(User.id == user_id)) or str(user_id)
    raise ValidationError(key, name=who, unit=unit.name if unit else str(unit_id))


def check_warehouse_visible(session: Session, actor: Actor, warehouse_id: int) -> None:
    """Refuse (OtherUnitError) a warehouse of a unit ``actor`` does not see."""
    visible = visible_unit_ids(session, actor)
    if visible is None:
        return
    unit_id = session.scalar(select(Warehouse.unit_id).where(Warehouse.id == warehouse_id))
    if unit_id is not None and unit_id not in visible:
        check_unit(session, actor, Permission.VIEW, unit_id)
