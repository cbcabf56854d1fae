"""What a new agency still has to set up before its first handover: its details, a warehouse,
locations in it, and the people who request, approve and keep (the first-start checklist)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from db.engine import Database
from db.models import Agency, Location, User, UserRole, Warehouse
from evidence_app.domain.enums import Role
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work

#: The roles a first handover and release need, besides the administrator.
NEEDED_ROLES = (Role.HEAD, Role.OFFICER, Role.KEEPER)


@dataclass(frozen=True)
class SetupChecklist:
    agency_address: bool
    warehouses: int
    locations: int
    #: Active users holding each of ``NEEDED_ROLES``.
    people: dict[Role, int]

    @property
    def missing_roles(self) -> tuple[Role, ...]:
        return tuple(role for role in NEEDED_ROLES if not self.people.get(role))

    @property
    def complete(self) -> bool:
        return (
            self.agency_address
            and self.warehouses > 0
            and self.locations > 0
            and not self.missing_roles
        )


class SetupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def checklist(self, actor: Actor) -> SetupChecklist:
        with unit_of_work(self.db, "noun.agency", read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            address = session.scalar(select(Agency.address).order_by(Agency.id).limit(1))
            warehouses = session.scalar(
                select(func.count()).select_from(Warehouse).where(Warehouse.active.is_(True))
            )
            locations = session.scalar(
                select(func.count()).select_from(Location).where(Location.active.is_(True))
            )
            rows = session.execute(
                select(UserRole.role, func.count())
                .join(User, User.id == UserRole.user_id)
                .where(User.active.is_(True), UserRole.role.in_(NEEDED_ROLES))
                .group_by(UserRole.role)
            )
            people = {Role(role): int(count) for role, count in rows}
            return SetupChecklist(bool(address), int(warehouses or 0), int(locations or 0), people)
