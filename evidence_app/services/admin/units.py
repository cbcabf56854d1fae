"""Units (issue 21): the provincial agency and its regional offices (Phòng THADS khu vực,
Law 106/2025 Art 13–14); an administrator makes them, gives each its warehouses, and grants
roles in a unit (``UserService.set_roles(..., unit_id=…)``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from db.engine import Database
from db.models import Unit, UserRole, Warehouse
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import DuplicateError, NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import default_unit_id, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")


@dataclass(frozen=True, slots=True)
class UnitView:
    id: int
    code: str
    name: str
    provincial: bool
    active: bool
    warehouse_ids: tuple[int, ...]
    user_ids: tuple[int, ...]


class UnitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, actor: Actor) -> list[UnitView]:
        """The units ``actor`` sees (every unit for the provincial head, inspectors and
        administrators), the provincial one first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            visible = visible_unit_ids(session, actor)
            query = select(Unit).order_by(Unit.provincial.desc(), Unit.code)
            if visible is not None:
                query = query.where(Unit.id.in_(visible))
            units = list(session.scalars(query))
            houses = session.execute(select(Warehouse.unit_id, Warehouse.id)).all()
            people = session.execute(select(UserRole.unit_id, UserRole.user_id)).all()
            return [
                UnitView(
                    u.id,
                    u.code,
                    u.name,
                    u.provincial,
                    u.active,
                    tuple(sorted(w for unit, w in houses if unit == u.id)),
                    tuple(sorted({p for unit, p in people if unit == u.id})),
                )
                for u in units
            ]

    def roles_in(self, actor: Actor, user_id: int, unit_id: int) -> frozenset[Role]:
        """The roles ``user_id`` holds in ``unit_id``."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            return frozenset(
                session.scalars(
                    select(UserRole.role).where(
                        UserRole.user_id == user_id, UserRole.unit_id == unit_id
                    )
                )
            )

    def create(self, actor: Actor, code: str, name: str) -> UnitView:
        """A regional office (never provincial: there is one provincial unit)."""
        code = v.text_field(code, "field.code", limit=20, required=True).upper()
        if not _CODE.match(code):
            raise ValidationError("validation.value", field="field.code", value=code)
        name = v.text_field(name, "field.name", limit=200, required=True)
        with unit_of_work(self.db, "noun.unit", code) as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            default_unit_id(session)  # the provincial unit exists before any office
            if session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
                raise DuplicateError(what="noun.unit", ref=code)
            unit = Unit(code=code, name=name, provincial=False, active=True)
            session.add(unit)
            session.flush()
            return UnitView(unit.id, unit.code, unit.name, False, True, (), ())

    def assign_warehouse(self, actor: Actor, warehouse_id: int, unit_id: int) -> None:
        """The warehouse is kept by ``unit_id`` from now on (its items follow it)."""
        with unit_of_work(self.db, "noun.warehouse", str(warehouse_id)) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            authorize(session, actor, Permission.MANAGE_USERS)
            warehouse = session.get(Warehouse, warehouse_id)
            if warehouse is None:
                raise NotFoundError(what="noun.warehouse", ref=warehouse_id)
            if session.get(Unit, unit_id) is None:
                raise NotFoundError(what="noun.unit", ref=unit_id)
            warehouse.unit_id = unit_id
