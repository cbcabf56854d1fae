"""Sổ theo dõi vật chứng, tài sản kê biên, tạm giữ (Mẫu số 13): items booked in a period."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Item, Warehouse
from evidence_app.domain.clock import day_start
from evidence_app.domain.labels import label
from evidence_app.domain.states import FINAL_STATES
from evidence_app.reports.params import ReportParams, next_day
from evidence_app.reports.scope import item_condition, warehouse_line
from evidence_app.reports.table import Align, Column, ReportTable

NAME = "evidence_ledger"
TITLE = ("Sổ theo dõi vật chứng, tài sản kê biên, tạm giữ", "Evidence and seized assets ledger")


def build(session: Session, params: ReportParams) -> ReportTable:
    t = params.t
    start, end = params.period()
    query = (
        select(
            Item.received_at, Item.code, Item.name, Case.name, Item.unit, Item.quantity,
            Item.estimated_value, Warehouse.code, Item.status, Item.updated_at,
        )
        .outerjoin(Case, Case.id == Item.case_id)
        .outerjoin(Warehouse, Warehouse.id == Item.warehouse_id)
        .where(
            Item.received_at >= day_start(start),
            Item.received_at < day_start(next_day(end)),
        )
        .order_by(Item.received_at, Item.id)
    )  # fmt: skip
    if params.warehouse_id is not None:
        query = query.where(Item.warehouse_id == params.warehouse_id)
    scope = item_condition(params)  # a regional office's own items (issue 21)
    if scope is not None:
        query = query.where(scope)
    rows = []
    count = value = 0
    for n, r in enumerate(session.execute(query), 1):
        closed = r.status in FINAL_STATES
        rows.append(
            (n, r.received_at, r[1], r[2], r[3] or "", r.unit, r.quantity, r.estimated_value,
             r[7] or "", label(r.status, params.lang), r.updated_at if closed else None)
        )  # fmt: skip
        count += 1
        value += r.estimated_value or 0
    return ReportTable(
        paper="A3",  # a ledger (Circular 04/2023/TT-BTP Art 30.4.a)
        name=NAME,
        title=t(*TITLE).upper(),
        form=t("Mẫu số 13", "Form 13"),
        subtitle=(
            t(
                f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}",
                f"From {start:%d/%m/%Y} to {end:%d/%m/%Y}",
            ),
            *warehouse_line(session, params),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Ngày nhập", "Received"), 1.1, Align.CENTER),
            # Wide enough for a whole code ("VC-2026-000123", 25 mm at 10 pt): a code split
            # over two lines cannot be read back or typed in (issue 20).
            Column(t("Mã vật chứng", "Code"), 1.9),
            Column(t("Tên vật chứng, tài sản", "Item"), 2.5),
            Column(t("Vụ việc", "Case"), 2.1),
            Column(t("ĐVT", "Unit"), 0.6, Align.CENTER),
            Column(t("Số lượng", "Quantity"), 0.8, Align.RIGHT),
            Column(t("Giá trị ước tính (đ)", "Estimated value (VND)"), 1.3, Align.RIGHT),
            Column(t("Kho", "Warehouse"), 0.7, Align.CENTER),
            Column(t("Tình trạng xử lý", "Status"), 1.3),
            Column(t("Ngày xuất, xử lý", "Closed on"), 1.1, Align.CENTER),
        ),
        rows=tuple(rows),
        totals=(None, t("Cộng", "Total"), count, None, None, None, None, value, None, None, None),
    )
