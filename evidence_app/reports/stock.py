"""Tồn kho: items held, by warehouse, category and status (one grouped query)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Item
from evidence_app.domain.labels import label
from evidence_app.domain.states import FINAL_STATES
from evidence_app.reports.params import ReportParams
from evidence_app.reports.scope import item_condition, warehouse_line, warehouse_names
from evidence_app.reports.table import Align, Column, ReportTable

NAME = "stock"
TITLE = ("Báo cáo tồn kho vật chứng, tài sản", "Stock by warehouse, category and status")


def build(session: Session, params: ReportParams) -> ReportTable:
    t = params.t
    query = (
        select(
            Item.warehouse_id, Item.category, Item.status, func.count(),
            func.coalesce(func.sum(Item.estimated_value), 0),
        )
        .where(Item.status.not_in(sorted(FINAL_STATES)))
        .group_by(Item.warehouse_id, Item.category, Item.status)
    )  # fmt: skip
    if params.warehouse_id is not None:
        query = query.where(Item.warehouse_id == params.warehouse_id)
    scope = item_condition(params)  # a regional office's own items (issue 21)
    if scope is not None:
        query = query.where(scope)
    names = warehouse_names(session)
    found = [
        (names.get(w, "") if w else t("(chưa xếp kho)", "(no warehouse)"), c, s, int(n), int(v))
        for w, c, s, n, v in session.execute(query)
    ]
    found.sort(key=lambda r: (r[0], label(r[1], params.lang), r[2]))
    rows = tuple(
        (i, w, label(c, params.lang), label(s, params.lang), n, v)
        for i, (w, c, s, n, v) in enumerate(found, 1)
    )
    day = params.day()
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            t(f"Đến ngày {day:%d/%m/%Y}", f"As of {day:%d/%m/%Y}"),
            *warehouse_line(session, params),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Kho", "Warehouse"), 2.5),
            Column(t("Chủng loại", "Category"), 2),
            Column(t("Trạng thái", "Status"), 2),
            Column(t("Số vật chứng", "Items"), 1.2, Align.RIGHT),
            Column(t("Giá trị ước tính (đ)", "Estimated value (VND)"), 1.8, Align.RIGHT),
        ),
        rows=rows,
        totals=(
            None,
            t("Cộng", "Total"),
            None,
            None,
            sum(r[3] for r in found),
            sum(r[4] for r in found),
        ),
    )
