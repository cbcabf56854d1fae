"""Mẫu số 17: Sổ theo dõi xử lý tài sản bán đấu giá thi hành án — one row per lot handled
in the period, from its valuation to the handover, as a ``ReportTable``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db.models import AuctionLot, AuctionRound, Case, Document, RoundReschedule
from evidence_app.domain import display
from evidence_app.domain.enums import BankMovement, DocumentKind, RoundOutcome
from evidence_app.domain.labels import label
from evidence_app.reports.params import ReportParams
from evidence_app.reports.scope import case_ids_condition
from evidence_app.reports.table import Align, Cell, Column, ReportTable
from evidence_app.services.admin import holidays
from evidence_app.services.auctions import LotView, RoundView, lot_view

NAME = "auction_ledger"
TITLE = (
    "Sổ theo dõi xử lý tài sản bán đấu giá thi hành án",
    "Ledger of enforcement assets sold at auction",
)
_R, _C = Align.RIGHT, Align.CENTER
#: (Vietnamese header, English header, relative width, alignment): 15 columns on A3
#: landscape: money and dates narrow (the PDF widens a column to its widest number or date,
#: which never wraps), the text columns share the rest.
_COLUMNS = (
    ("STT", "No.", 0.4, _C),
    ("Vụ việc, quyết định thi hành án", "Case, enforcement decision", 2.0, Align.LEFT),
    ("Tài sản", "Assets", 2.2, Align.LEFT),
    ("Giá thẩm định, xác định giá (đồng)", "Valuation (VND)", 1.0, _R),
    ("Ngày định giá", "Valued on", 0.9, _C),
    ("Tổ chức đấu giá, hợp đồng", "Auction organisation, contract", 1.9, Align.LEFT),
    ("Số lần đấu giá", "Rounds", 0.55, _C),
    ("Giá khởi điểm lần cuối (đồng)", "Last starting price (VND)", 1.0, _R),
    ("Ngày bán", "Sold on", 0.9, _C),
    ("Hình thức bán, người mua", "Sale method, buyer", 1.8, Align.LEFT),
    ("Giá bán (đồng)", "Price (VND)", 1.0, _R),
    ("Đã nộp (đồng)", "Paid (VND)", 1.0, _R),
    ("Ngày giao tài sản", "Handed over on", 0.9, _C),
    ("Văn bản đã ban hành (số, ngày)", "Papers issued (number, date)", 1.6, Align.LEFT),
    ("Ghi chú", "Notes", 2.4, Align.LEFT),  # every event of the sale (issue 18)
)
COLUMNS = tuple(Column(vi, width, align) for vi, _en, width, align in _COLUMNS)


def build(session: Session, params: ReportParams) -> ReportTable:
    """The registered report: the lots handled in the period asked for (default this month)."""
    start, end = params.period()
    return auction_ledger(
        session,
        start,
        end,
        params.day(),
        params.lang,
        case_ids_condition(AuctionLot.case_id, params),
    )


def auction_ledger(
    session: Session,
    start: date,
    end: date,
    today: date,
    lang: str = "vi",
    scope: ColumnElement[bool] | None = None,
) -> ReportTable:
    """Lots seized by ``end`` and not handed over before ``start``, in lot order (of the
    cases ``scope`` keeps, when given: a regional office's own lots, issue 21)."""
    en = lang == "en"
    days_off = holidays(session)
    lot_query = (
        select(AuctionLot)
        .where(AuctionLot.seized_on <= end)
        .where((AuctionLot.handed_over_on.is_(None)) | (AuctionLot.handed_over_on >= start))
        .order_by(AuctionLot.id)
    )
    if scope is not None:
        lot_query = lot_query.where(scope)
    lots = session.scalars(lot_query).all()
    views = [lot_view(session, lot, days_off) for lot in lots]
    case_ids = sorted({v.case_id for v in views})
    query = select(Case.id, Case.decision_number).where(Case.id.in_(case_ids))
    decisions = {case_id: number for case_id, number in session.execute(query)}
    papers = lot_papers(session, lots, en)
    moves = lot_reschedules(session, [lot.id for lot in lots])
    rows = tuple(
        _row(n, v, decisions.get(v.case_id, ""), today, lang, papers.get(v.id, ""),
             moves.get(v.id, {}))
        for n, v in enumerate(views, 1)
    )  # fmt: skip
    lots_text = f"{len(views)} lots" if en else f"{len(views)} lô"
    totals: tuple[Cell, ...] = (
        None, "Total" if en else "Cộng", lots_text, sum(_valued(v) or 0 for v in views), None, None,
        None, None, None, None, sum(v.price or 0 for v in views),
        sum(v.paid_total for v in views), None, None, None,
    )  # fmt: skip
    if en:
        columns = tuple(Column(e, w, a) for _v, e, w, a in _COLUMNS)
        period = f"From {start:%d/%m/%Y} to {end:%d/%m/%Y}"
        footer = (
            "Deadlines: the valuation result is notified within 3 working days (Art. 60.6), "
            "the buyer pays within 30 or 60 days as agreed (Art. 65.1), the assets are handed "
            "over within 60 days of full payment (Art. 67.1.c) – Decree 152/2026/ND-CP."
        )
    else:
        columns = COLUMNS
        period = f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
        footer = (
            "Thời hạn: thông báo kết quả định giá 03 ngày làm việc (Điều 60.6), người mua nộp "
            "tiền 30 ngày hoặc 60 ngày theo thỏa thuận (Điều 65.1), giao tài sản 60 ngày kể từ "
            "ngày nộp đủ tiền (Điều 67.1.c) – Nghị định 152/2026/NĐ-CP."
        )
    return ReportTable(
        NAME,
        TITLE[1 if en else 0].upper(),
        columns,
        rows,
        subtitle=(period,),
        form="Form 17" if en else "Mẫu số 17",
        paper="A3",  # a ledger (Circular 04/2023/TT-BTP Art 30.4.a)
        totals=totals,
        footer=(footer,),
    )


def _valued(v: LotView) -> int | None:
    return v.valuation.price if v.valuation else None


#: Each step paper's short name in the ledger, by its step (services.auctions.papers).
_PAPER_NAMES = {
    "valuation": ("TB kết quả định giá", "valuation notice"),  # Law 106/2025 Art 82
    "council": ("BB Hội đồng xác định giá", "price council minutes"),  # Decree Art 60.3
    "reduction": ("QĐ giảm giá", "price reduction decision"),  # Law Art 83.3
    "taking_debtor": ("TB người phải THA (nhận tài sản)", "notice to the debtor (taking)"),
    "taking_creditor": ("TB người được THA nộp chênh lệch", "notice to the creditor to pay"),
    "cancel": ("QĐ hủy kết quả bán đấu giá", "decision cancelling the sale"),  # Art 65.1
    "handover": ("BB giao tài sản cho người mua", "handover minutes to the buyer"),  # Art 67
    "failure": ("TB đấu giá không thành", "notice of the failed auction"),  # Decree Art 65.6
    "return_to_debtor": (  # Law Art 83.3: with the bar on transactions
        "TB giao lại tài sản cho người phải THA",
        "notice returning the asset to the debtor",
    ),
    "priority": ("TB quyền ưu tiên mua", "notice of the right to buy first"),  # Law Art 83.1
    "direct_sale": ("TB bán không qua đấu giá", "notice of the sale without auction"),  # 64.2
    "direct_sale_minutes": ("BB bán không qua đấu giá", "minutes of the sale without auction"),
}
_PAPER_KINDS = (
    DocumentKind.AUCTION_NOTICE, DocumentKind.AUCTION_DECISION, DocumentKind.COUNCIL_MINUTES,
    DocumentKind.DIRECT_SALE_MINUTES,
)  # fmt: skip


def lot_papers(session: Session, lots: Sequence[AuctionLot], en: bool) -> dict[int, str]:
    """The papers issued for each lot, in the order issued: "QĐ hủy kết quả bán đấu giá số
    3/QĐ-THADS ngày 05/01/2027" (the step papers carry their lot and step in their frozen
    content; the buyer handover minutes are the lot's ``handover_document_id``)."""
    by_id = {lot.id: lot for lot in lots}
    case_ids = {lot.case_id for lot in lots}
    handovers = {lot.handover_document_id: lot.id for lot in lots if lot.handover_document_id}
    query = (
        select(Document.id, Document.kind, Document.number, Document.issued_on, Document.content)
        .where(Document.case_id.in_(case_ids))
        .where(Document.kind.in_([str(k) for k in _PAPER_KINDS]) | Document.id.in_(handovers))
        .order_by(Document.issued_on, Document.id)
    )
    found: dict[int, list[str]] = {}
    for doc_id, kind, number, issued_on, raw in session.execute(query):
        if doc_id in handovers:
            lot_id, step = handovers[doc_id], "handover"
        else:
            content = json.loads(raw or "{}").get("content", {})
            lot_id, step = content.get("lot_id"), str(content.get("step") or "").split(":")[0]
            if kind == DocumentKind.DIRECT_SALE_MINUTES:  # the same step as its notice
                step = "direct_sale_minutes"
            if lot_id not in by_id or step not in _PAPER_NAMES:
                continue
        name = _PAPER_NAMES[step][1 if en else 0]
        found.setdefault(lot_id, []).append(
            f"{name} {number} of {issued_on:%d/%m/%Y}"
            if en
            else f"{name} số {number} ngày {issued_on:%d/%m/%Y}"
        )
    return {lot_id: "; ".join(parts) for lot_id, parts in found.items()}


#: A round moved to a new date: (old date, new date, decided on, reason), by lot and round.
Moves = dict[int, list[tuple[date, date, date, str]]]


def lot_reschedules(session: Session, lot_ids: Sequence[int]) -> dict[int, Moves]:
    """Each lot's rounds moved to a new date, in the order decided (``auction_round_reschedule``,
    Law on Asset Auctions 2016 Art 35, 53, 57; Law 106/2025 Art 83.2.a)."""
    query = (
        select(AuctionRound.lot_id, AuctionRound.seq, RoundReschedule.previous_on,
               RoundReschedule.new_on, RoundReschedule.decided_on, RoundReschedule.reason)
        .join(AuctionRound, AuctionRound.id == RoundReschedule.round_id)
        .where(AuctionRound.lot_id.in_(lot_ids))
        .order_by(RoundReschedule.decided_on, RoundReschedule.id)
    )  # fmt: skip
    found: dict[int, Moves] = {}
    for lot_id, seq, previous_on, new_on, decided_on, reason in session.execute(query):
        found.setdefault(lot_id, {}).setdefault(seq, []).append(
            (previous_on, new_on, decided_on, reason)
        )
    return found


def _row(
    n: int, v: LotView, decision: str, today: date, lang: str, papers: str, moves: Moves
) -> tuple[Cell, ...]:
    en = lang == "en"
    contract = ""
    if v.organisation:
        signed = f" ngày {v.contract_on:%d/%m/%Y}" if v.contract_on else ""
        contract = f"{v.organisation}; HĐ số {v.contract_number}{signed}"
        if en:
            signed = f" of {v.contract_on:%d/%m/%Y}" if v.contract_on else ""
            contract = f"{v.organisation}; contract {v.contract_number}{signed}"
    sale = ""
    if v.sale_method is not None:
        sale = f"{label(v.sale_method, lang)}: {v.buyer_name}"
    note = label(v.status, lang)
    cancelled = sum(r.outcome is RoundOutcome.SALE_CANCELLED for r in v.rounds)
    if cancelled:  # Decree 152 Art 65.1, 65.5: unpaid, cancelled, the deposit kept
        kept = display.number(v.forfeited_deposits, lang)
        note += (
            f"; {cancelled} sale(s) cancelled, unpaid; deposits kept {kept}"
            if en
            else f"; hủy bán {cancelled} lần do không nộp tiền; tiền đặt trước thu {kept}"
        )
    note += _round_events(v, en, moves) + _after_sale(v, en)
    late = [d for d in v.deadlines if d.is_overdue(today)]
    if late:
        note += f"; {'overdue' if en else 'quá hạn'} {late[0].due_on:%d/%m/%Y}"
    case = v.case_name + (f" ({'decision' if en else 'QĐ'} {decision})" if decision else "")
    items = "; ".join(f"{i.code} {i.name}" for i in v.items)
    return (
        n, case, items, _valued(v), v.valuation.valued_on if v.valuation else None, contract,
        len(v.rounds) or None, v.rounds[-1].starting_price if v.rounds else None, v.sold_on,
        sale, v.price, v.paid_total or None, v.handed_over_on, papers, note,
    )  # fmt: skip


def _after_sale(v: LotView, en: bool) -> str:
    """The sale money in a bank, its movements and a late handover's ground (Decree 152/2026
    Art 65.2, 30.7, 67.1.c, 67.4), in the order they happened (the handover before the payout
    it allows), then what is left in the bank; free text, so no comma is rewritten."""
    lang = "en" if en else "vi"
    events: list[tuple[date, int, str]] = []
    balances: list[str] = []
    for b in v.bank_deposits:
        amount = display.number(b.amount, lang)
        events.append((b.deposited_on, 0,
            f"{amount} in bank ({b.bank}) on {b.deposited_on:%d/%m/%Y}"
            if en
            else f"gửi {amount} đồng vào ngân hàng ({b.bank}) ngày {b.deposited_on:%d/%m/%Y}",
        ))  # fmt: skip
        for m in b.movements:
            rank = 1 if m.kind is BankMovement.INTEREST else 3
            events.append(
                (m.moved_on, rank, _bank_movement(m.kind, m.moved_on, m.amount, m.note, lang))
            )
        if b.movements:
            left = display.money(b.balance, lang)
            balances.append(f"left in bank {left}" if en else f"số dư tiền gửi {left}")
    if v.late_handover_ground is not None:
        ground = label(v.late_handover_ground, lang)
        when = v.handed_over_on or date.max
        events.append((when, 2,
            f"handed over late: {ground} – {v.late_handover_reason}"
            if en
            else f"giao chậm: {ground} – {v.late_handover_reason}",
        ))  # fmt: skip
    parts = [text for _on, _rank, text in sorted(events, key=lambda e: e[:2])] + balances
    return "".join(f"; {p}" for p in parts)


#: How a ledger clerk writes each movement of the banked sale money (Decree 152/2026 Art
#: 65.2, 30.7: the bank's interest; Art 67.4: back to the buyer who cancelled; the payout to
#: the case once the asset is handed over).
_MOVEMENTS = {
    BankMovement.INTEREST: ("lãi tiền gửi", "bank interest"),
    BankMovement.RETURNED_TO_BUYER: ("trả lại người mua", "returned to the buyer"),
    BankMovement.PAID_TO_CASE: ("rút chi trả thi hành án", "paid out to the case"),
}


def _bank_movement(kind: BankMovement, on: date, amount: int, note: str, lang: str) -> str:
    """ "lãi tiền gửi 350.000 đồng ngày 21/01/2027 (Lãi kỳ hạn 1 tháng)"."""
    en = lang == "en"
    what = _MOVEMENTS[kind][1 if en else 0]
    told = f" ({note})" if note else ""
    return f"{what} {display.money(amount, lang)} {'on' if en else 'ngày'} {on:%d/%m/%Y}{told}"


def _moved(seq: int, moves: Moves, en: bool) -> list[str]:
    """A round moved to a new date for want of its posting or notices (Law on Asset
    Auctions 2016 Art 35, 53, 57; services/auctions/reschedule.py): the old and new dates,
    the day decided and the officer's reason."""
    return [
        f"auction {seq} moved from {old:%d/%m/%Y} to {new:%d/%m/%Y} on {decided:%d/%m/%Y} "
        f"({reason})"
        if en
        else f"lần {seq} dời ngày đấu giá {old:%d/%m/%Y} sang {new:%d/%m/%Y} "
        f"(quyết định ngày {decided:%d/%m/%Y}: {reason})"
        for old, new, decided, reason in moves.get(seq, [])
    ]


def _publicity(r: RoundView, en: bool) -> list[str]:
    """A round by the shortened procedure, its deposit and public notices (Law on Asset
    Auctions Art 53, 39.1, 57)."""
    parts: list[str] = []
    if r.shortened:
        parts.append(
            f"auction {r.seq} by the shortened procedure"
            if en
            else f"lần {r.seq} đấu giá theo thủ tục rút gọn"
        )
    if r.deposit is not None:
        deposit = display.number(r.deposit, "en" if en else "vi")
        parts.append(f"deposit {deposit}" if en else f"tiền đặt trước {deposit}")
    if r.notices:
        days = (" and " if en else " và ").join(f"{n.published_on:%d/%m/%Y}" for n in r.notices)
        parts.append(f"public notices {days}" if en else f"thông báo công khai {days}")
    return parts


def _round_events(v: LotView, en: bool, moves: Moves) -> str:
    """Failed rounds and their reductions, the creditor's taking, the redemption or the
    return to the debtor (Law 106/2025 Art 83.3–83.4; Decree 152/2026 Art 65.6, 66)."""
    parts: list[str] = []
    lang = "en" if en else "vi"
    for r in v.rounds:
        parts.extend(_publicity(r, en))
        parts.extend(_moved(r.seq, moves, en))
        if r.outcome is RoundOutcome.BUYER_CANCELLED:  # Decree 152/2026 Art 67.4
            parts.append(
                f"auction {r.seq}: the buyer cancelled, late handover"
                if en
                else f"lần {r.seq}: người mua hủy hợp đồng do chậm giao tài sản"
            )
        if r.parties_notified_on is not None:  # Decree 152/2026 Art 65.6
            parts.append(
                f"parties told of failed auction {r.seq} on {r.parties_notified_on:%d/%m/%Y}"
                if en
                else f"thông báo đương sự đấu giá lần {r.seq} không thành ngày "
                f"{r.parties_notified_on:%d/%m/%Y}"
            )
        if r.reduction_decided_on is not None:
            parts.append(
                f"reduced to {display.number(r.starting_price, lang)} on "
                f"{r.reduction_decided_on:%d/%m/%Y}"
                if en
                else f"giảm giá còn {display.number(r.starting_price, lang)} ngày "
                f"{r.reduction_decided_on:%d/%m/%Y}"
            )
        if r.creditor_declined_on is not None:
            parts.append(
                f"creditor declined {r.creditor_declined_on:%d/%m/%Y}"
                if en
                else f"người được THA không nhận ngày {r.creditor_declined_on:%d/%m/%Y}"
            )
    if v.creditor_request_on is not None:
        parts.append(
            f"creditor asked {v.creditor_request_on:%d/%m/%Y}"
            if en
            else f"người được THA đề nghị nhận ngày {v.creditor_request_on:%d/%m/%Y}"
        )
    if v.debtor_notified_on is not None:
        parts.append(
            f"debtor told {v.debtor_notified_on:%d/%m/%Y}"
            if en
            else f"thông báo người phải THA ngày {v.debtor_notified_on:%d/%m/%Y}"
        )
    if v.creditor_notified_on is not None:
        parts.append(
            f"creditor told to pay {v.creditor_notified_on:%d/%m/%Y}"
            if en
            else f"thông báo người được THA nộp tiền ngày {v.creditor_notified_on:%d/%m/%Y}"
        )
    if v.ended_on is not None:
        parts.append(f"{'ended' if en else 'kết thúc'} {v.ended_on:%d/%m/%Y}")
    if v.enforcement_costs:
        costs = display.number(v.enforcement_costs, lang)
        parts.append(f"{'costs' if en else 'chi phí THA'} {costs}")
    text = "; ".join(parts)  # free text (a reason) keeps its commas
    return f"; {text}" if text else ""
