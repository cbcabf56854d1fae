"""Helpers the report builders share: local days as instants, the warehouse line."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Case, Warehouse
from db.unit_scope import case_in_units, item_in_units
from evidence_app.reports.params import ReportParams
from evidence_app.services.core.deadlines import Deadline
from evidence_app.services.core.scope import visible_deadlines


def item_condition(params: ReportParams) -> ColumnElement[bool] | None:
    """The report's units' items (issue 21), or None for the whole province."""
    if params.unit_ids is None:
        return None
    return item_in_units(params.unit_ids, params.provincial_unit_id)


def case_ids_condition(
    column: ColumnElement[int] | InstrumentedAttribute[int], params: ReportParams
) -> ColumnElement[bool] | None:
    """``column`` (a case id) names a case of the report's units; None: any case."""
    if params.unit_ids is None:
        return None
    return column.in_(select(Case.id).where(case_in_units(params.unit_ids)))


def deadlines_in_scope(
    session: Session, found: Iterable[Deadline], params: ReportParams
) -> list[Deadline]:
    if params.unit_ids is None:
        return list(found)
    return visible_deadlines(session, found, params.unit_ids)


def warehouse_line(session: Session, params: ReportParams) -> tuple[str, ...]:
    """ "Kho: …" when the report is for one warehouse, else nothing."""
    if params.warehouse_id is None:
        return ()
    name = session.scalar(select(Warehouse.name).where(Warehouse.id == params.warehouse_id))
    return (
        params.t(
            f"Kho: {name or params.warehouse_id}", f"Warehouse: {name or params.warehouse_id}"
        ),
    )


def warehouse_names(session: Session) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(Warehouse.id, Warehouse.name))}
