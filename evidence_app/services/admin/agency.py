"""The agency's own details, asked for on first run and printed on every document."""

from __future__ import annotations

from sqlalchemy import select

from db.engine import Database
from db.models import Agency
from evidence_app.domain.enums import AdminEventKind
from evidence_app.domain.permissions import Permission
from evidence_app.services.core import validate as v
from evidence_app.services.core.admin_log import record_admin
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import AgencyView
from evidence_app.services.core.scope import name_provincial_unit
from evidence_app.services.core.uow import unit_of_work


def _view(a: Agency) -> AgencyView:
    return AgencyView(a.id, a.name, a.managing_agency, a.place_name, a.seal_text, a.address)


class AgencyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self) -> AgencyView | None:
        """The agency of this database (readable before login: the login window shows it)."""
        with unit_of_work(self.db, "noun.agency", read_only=True) as session:
            agency = session.scalars(select(Agency).order_by(Agency.id)).first()
            return _view(agency) if agency else None

    def save(
        self,
        actor: Actor,
        name: str,
        managing_agency: str,
        place_name: str,
        seal_text: str = "",
        address: str = "",
    ) -> AgencyView:
        """Create or update the agency's details."""
        values = {
            "name": v.text_field(name, "field.agency_name", limit=200, required=True),
            "managing_agency": v.text_field(
                managing_agency, "field.agency_name", limit=200, required=True
            ),
            "place_name": v.text_field(place_name, "field.place_name", limit=100, required=True),
            "seal_text": v.text_field(seal_text, "field.name", limit=200),
            "address": v.text_field(address, "field.address", limit=300),
        }
        with unit_of_work(self.db, "noun.agency") as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            agency = session.scalars(select(Agency).order_by(Agency.id)).first()
            if agency is None:
                agency = Agency(**values)
                session.add(agency)
            else:
                for key, value in values.items():
                    setattr(agency, key, value)
            name_provincial_unit(session, values["name"])
            session.flush()
            record_admin(session, AdminEventKind.AGENCY_SAVED, actor_id=actor.user_id,
                         subject=values["name"], data=values)  # fmt: skip
            return _view(agency)
