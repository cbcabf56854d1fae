"""Tồn đọng: items held over 1 year, and over 5 years with no identifiable judgment
(Decree 152 Art 38.3), by warehouse and category."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.models import Case, Item
from evidence_app.domain import rules
from evidence_app.domain.clock import day_start
from evidence_app.domain.labels import label
from evidence_app.domain.states import FINAL_STATES
from evidence_app.reports.params import ReportParams
from evidence_app.reports.scope import item_condition, warehouse_line, warehouse_names
from evidence_app.reports.table import Align, Column, ReportTable

NAME = "ageing"
TITLE = ("Báo cáo vật chứng, tài sản tồn đọng", "Ageing of items held")


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def build(session: Session, params: ReportParams) -> ReportTable:
    t, day = params.t, params.day()
    one = day_start(_years_before(day, rules.value("ageing.long_held_years")))
    five = day_start(_years_before(day, rules.value("backlog.no_judgment_years")))
    unjudged = select(Case.id).where(Case.judgment_number == "")
    no_judgment = or_(Item.case_id.is_(None), Item.case_id.in_(unjudged))
    old = Item.received_at < five
    query = (
        select(
            Item.status, Item.warehouse_id, Item.category, func.count(),
            func.sum(case((old, 1), else_=0)),
            func.sum(case((and_(old, no_judgment), 1), else_=0)),
            func.coalesce(func.sum(Item.estimated_value), 0),
        )
        .where(Item.status.not_in(sorted(FINAL_STATES)), Item.received_at < one)
        # Grouped by status first so the covering index ix_item_report serves the scan.
        .group_by(Item.status, Item.warehouse_id, Item.category)
    )  # fmt: skip
    if params.warehouse_id is not None:
        query = query.where(Item.warehouse_id == params.warehouse_id)
    scope = item_condition(params)  # a regional office's own items (issue 21)
    if scope is not None:
        query = query.where(scope)
    names = warehouse_names(session)
    merged: dict[tuple[str, str], list[int]] = {}
    for _status, w, c, *figures in session.execute(query):
        key = (names.get(w, "") if w else "—", label(c, params.lang))
        total = merged.setdefault(key, [0, 0, 0, 0])
        for k, figure in enumerate(figures):
            total[k] += int(figure or 0)
    found = [(w, c, f[0], f[1], f[2], f[3]) for (w, c), f in sorted(merged.items())]
    rows = tuple((i, *r) for i, r in enumerate(found, 1))
    article = rules.rule("backlog.no_judgment_years").article
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(
            t(f"Đến ngày {day:%d/%m/%Y}", f"As of {day:%d/%m/%Y}"),
            *warehouse_line(session, params),
        ),
        columns=(
            Column(t("STT", "No."), 0.5, Align.CENTER),
            Column(t("Kho", "Warehouse"), 2.4),
            Column(t("Chủng loại", "Category"), 2),
            Column(t("Bảo quản trên 01 năm", "Held over 1 year"), 1.4, Align.RIGHT),
            Column(t("Trong đó trên 05 năm", "Of which over 5 years"), 1.4, Align.RIGHT),
            Column(
                t("Trên 05 năm, không xác định được bản án", "Over 5 years, no judgment"),
                1.8,
                Align.RIGHT,
            ),
            Column(t("Giá trị ước tính (đ)", "Estimated value (VND)"), 1.6, Align.RIGHT),
        ),
        rows=rows,
        totals=(None, t("Cộng", "Total"), None, *_sums(found)),
        footer=(
            t(
                f"Vật chứng trên 05 năm không xác định được bản án, quyết định được định giá "
                f"để bán hoặc tiêu hủy nếu không còn giá trị ({article}).",
                f"Items held over 5 years with no identifiable judgment are valued and sold, or "
                f"destroyed if worthless ({article}).",
            ),
        ),
    )


def _sums(found: list[tuple[str, str, int, int, int, int]]) -> list[int]:
    return [sum(int(r[k]) for r in found) for k in (2, 3, 4, 5)]
