"""Helpers the report builders share: local days as instants, the warehouse line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Warehouse
from evidence_app.reports.params import ReportParams


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
