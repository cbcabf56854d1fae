"""Mẫu số 17: Sổ theo dõi xử lý tài sản bán đấu giá thi hành án — one row per lot handled
in the period, from its valuation to the handover, as a ``ReportTable``."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, Case
from evidence_app.domain.labels import label
from evidence_app.reports.table import Align, Cell, Column, ReportTable
from evidence_app.services.auction_views import LotView, lot_view
from evidence_app.services.calendar import holidays

NAME = "auction_ledger"
TITLE = "SỔ THEO DÕI XỬ LÝ TÀI SẢN BÁN ĐẤU GIÁ THI HÀNH ÁN"
_R, _C = Align.RIGHT, Align.CENTER
COLUMNS = (
    Column("STT", 0.5, _C),
    Column("Vụ việc, quyết định thi hành án", 2.2),
    Column("Tài sản", 2.4),
    Column("Giá thẩm định, xác định giá (đồng)", 1.4, _R),
    Column("Ngày định giá", 1.0, _C),
    Column("Tổ chức đấu giá, hợp đồng", 2.0),
    Column("Số lần đấu giá", 0.7, _C),
    Column("Giá khởi điểm lần cuối (đồng)", 1.4, _R),
    Column("Ngày bán", 1.0, _C),
    Column("Hình thức bán, người mua", 2.0),
    Column("Giá bán (đồng)", 1.4, _R),
    Column("Đã nộp (đồng)", 1.4, _R),
    Column("Ngày giao tài sản", 1.0, _C),
    Column("Ghi chú", 1.6),
)


def auction_ledger(session: Session, start: date, end: date, today: date) -> ReportTable:
    """Lots seized by ``end`` and not handed over before ``start``, in lot order."""
    days_off = holidays(session)
    lots = session.scalars(
        select(AuctionLot)
        .where(AuctionLot.seized_on <= end)
        .where((AuctionLot.handed_over_on.is_(None)) | (AuctionLot.handed_over_on >= start))
        .order_by(AuctionLot.id)
    ).all()
    views = [lot_view(session, lot, days_off) for lot in lots]
    case_ids = sorted({v.case_id for v in views})
    query = select(Case.id, Case.decision_number).where(Case.id.in_(case_ids))
    decisions = {case_id: number for case_id, number in session.execute(query)}
    rows = tuple(_row(n, v, decisions.get(v.case_id, ""), today) for n, v in enumerate(views, 1))
    totals: tuple[Cell, ...] = (
        None, "Cộng", f"{len(views)} lô", sum(_valued(v) or 0 for v in views), None, None,
        None, None, None, None, sum(v.price or 0 for v in views),
        sum(v.paid_total for v in views), None, None,
    )  # fmt: skip
    return ReportTable(
        NAME,
        TITLE,
        COLUMNS,
        rows,
        subtitle=(f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}",),
        form="Mẫu số 17",
        totals=totals,
        footer=(
            "Thời hạn: thông báo kết quả định giá 03 ngày làm việc (Điều 60.6), người mua nộp "
            "tiền 30 ngày hoặc 60 ngày theo thỏa thuận (Điều 65.1), giao tài sản 60 ngày kể từ "
            "ngày nộp đủ tiền (Điều 67.1.c) – Nghị định 152/2026/NĐ-CP.",
        ),
    )


def _valued(v: LotView) -> int | None:
    return v.valuation.price if v.valuation else None


def _row(n: int, v: LotView, decision: str, today: date) -> tuple[Cell, ...]:
    contract = ""
    if v.organisation:
        signed = f" ngày {v.contract_on:%d/%m/%Y}" if v.contract_on else ""
        contract = f"{v.organisation}; HĐ số {v.contract_number}{signed}"
    sale = ""
    if v.sale_method is not None:
        sale = f"{label(v.sale_method, 'vi')}: {v.buyer_name}"
    note = label(v.status, "vi")
    late = [d for d in v.deadlines if d.is_overdue(today)]
    if late:
        note += f"; quá hạn {late[0].due_on:%d/%m/%Y}"
    case = v.case_name + (f" (QĐ {decision})" if decision else "")
    items = "; ".join(f"{i.code} {i.name}" for i in v.items)
    return (
        n, case, items, _valued(v), v.valuation.valued_on if v.valuation else None, contract,
        len(v.rounds) or None, v.rounds[-1].starting_price if v.rounds else None, v.sold_on,
        sale, v.price, v.paid_total or None, v.handed_over_on, note,
    )  # fmt: skip
