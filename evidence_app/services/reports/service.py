"""Reports for the UI and the command line: list, build on screen, export to PDF or XLSX."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Agency, Unit, UserRole, Warehouse
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.reports import registry, signers
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.scope import office_of, provincial_unit_id, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import role_holder
from evidence_app.services.reports.closing import frozen_table

FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """A registered report as the UI lists it."""

    name: str
    title_vi: str
    title_en: str
    #: The parameters it takes: "period", "warehouse", "year", "day".
    params: tuple[str, ...]

    def title(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title_vi


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def list() -> list[ReportInfo]:
        """Every registered report: read from the registry, no database needed."""
        return [
            ReportInfo(s.name, s.title_vi, s.title_en, tuple(str(p) for p in s.params))
            for s in registry.specs()
        ]

    def build(self, actor: Actor, name: str, params: ReportParams) -> ReportTable:
        """The report as a table (read only; one query per report, aggregated in SQL)."""
        spec = registry.get(name)
        with unit_of_work(self.db, "noun.report", name, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            params = params.with_defaults()
            # A regional office's report covers its units; the provincial head, inspectors
            # and administrators see the whole province (issue 21).
            visible = visible_unit_ids(session, actor)
            if visible is not None:
                params = replace(
                    params,
                    unit_ids=visible if params.unit_ids is None else visible & params.unit_ids,
                    provincial_unit_id=provincial_unit_id(session),
                )
            elif params.unit_ids is not None:
                params = replace(params, provincial_unit_id=provincial_unit_id(session))
            # A closed ledger period prints as it was closed, its signers included
            # (Circular 04/2023/TT-BTP Art 30.4.c).
            frozen = frozen_table(session, name, params)
            if frozen is not None:
                return frozen
            table = spec.build(session, params)
            office = office_of(session, params.unit_ids)
            preparer, by_role = _names(session, actor, signers.roles_needed(name), office)
        return replace(
            table,
            lang=params.lang,
            unit_id=office,
            signers=signers.signers(table.name, params.lang, preparer, by_role),
        )

    def export(self, actor: Actor, name: str, params: ReportParams, fmt: str) -> bytes:
        """The report as PDF (official header) or XLSX bytes."""
        if fmt not in FORMATS:
            raise ValidationError("report.bad_format", ext=fmt)
        table = self.build(actor, name, params)
        return self.render(table, fmt, params.today)

    def render(self, table: ReportTable, fmt: str, on: date | None = None) -> bytes:
        """A table already built, as PDF or XLSX bytes."""
        if fmt not in FORMATS:
            raise ValidationError("report.bad_format", ext=fmt)
        with unit_of_work(self.db, read_only=True) as session:
            agency = session.scalars(select(Agency).order_by(Agency.id)).first()
            office = session.get(Unit, table.unit_id) if table.unit_id is not None else None
        managing, name, place = (
            (agency.managing_agency, agency.name, agency.place_name) if agency else ("", "", "")
        )
        if office is not None and not office.provincial:
            # An office's report: the provincial agency over the office's own name (Decree
            # 30/2020 Appendix I, as its papers: ``services.documents.unit_papers``).
            managing, name = name or managing, office.name
        # The renderers load reportlab and openpyxl: imported on first use, not at start-up.
        if fmt == "xlsx":
            from evidence_app.reports.xlsx import render_xlsx

            return render_xlsx(table, name)
        from evidence_app.reports.pdf import render_pdf

        day = on or ReportParams().day()
        return render_pdf(table, managing, name, place, day)

    def warehouse_id(self, actor: Actor, code: str) -> int:
        """The id of the warehouse with ``code`` (the command line names warehouses by code)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            found = session.scalar(select(Warehouse.id).where(Warehouse.code == code.strip()))
            if found is None:
                raise NotFoundError(what="noun.warehouse", ref=code)
            return found


def _names(
    session: Session, actor: Actor, roles: tuple[Role, ...], office: int | None = None
) -> tuple[str, dict[Role, str]]:
    """The name of the user making the report ("" for the system: a line to write it by hand)
    and, for each role that signs it, who holds it: the user making it when they hold it, else
    the agency's active holder the papers name too (a head before a deputy, then the oldest
    account: ``services.documents.role_holder``), so no block is left blank (issue 20).
    An office's report is signed by who holds the role in that office (its own head)."""
    preparer = "" if actor.is_system else actor.full_name
    by_role: dict[Role, str] = {}
    held_here = _roles_in(session, actor, office)
    for role in roles:
        if role in held_here:
            by_role[role] = actor.full_name
            continue
        name = role_holder(session, role, unit_id=office)
        if name:
            by_role[role] = name
    return preparer, by_role


def _roles_in(session: Session, actor: Actor, office: int | None) -> frozenset[Role]:
    """The roles ``actor`` signs with: all of them, or those held in ``office``."""
    if actor.is_system:
        return frozenset()
    if office is None:
        return actor.roles
    held = session.scalars(
        select(UserRole.role).where(UserRole.user_id == actor.user_id, UserRole.unit_id == office)
    )
    return frozenset(held)
