"""What the auction screen says about a lot: its price, next deadline and timeline."""

from __future__ import annotations

from datetime import date

from evidence_app.domain.enums import RoundOutcome, SaleMethod
from evidence_app.domain.labels import label
from evidence_app.domain.messages import text
from evidence_app.services.auctions import LotView
from evidence_app.services.core.deadlines import Deadline
from ui.common.formats import day, money, number
from ui.strings import language, tr


def price_text(lot: LotView) -> str:
    """The sale price once sold, else the valued price; nothing before the valuation."""
    price = lot.price if lot.price is not None else valued(lot)
    return number(price) if price is not None else ""


def valued(lot: LotView | None) -> int | None:
    return lot.valuation.price if lot is not None and lot.valuation is not None else None


def short_deadline(deadline: Deadline | None) -> str:
    if deadline is None:
        return ""
    return tr(
        "auction.deadline_short", what=text(deadline.kind, language()), day=day(deadline.due_on)
    )


def deadline_text(deadline: Deadline | None, today: date) -> str:
    if deadline is None:
        return tr("auction.no_deadline")
    left = deadline.days_left(today)
    if left < 0:
        when = tr("auction.overdue", n=-left)
    elif left == 0:
        when = tr("auction.due_today")
    else:
        when = tr("auction.days_left", n=left)
    return (
        tr(
            "auction.next_deadline",
            what=text(deadline.kind, language()),
            day=day(deadline.due_on),
            left=when,
        )
        + f" – {deadline.article}"
    )


def timeline(lot: LotView) -> list[tuple[str, str, str]]:
    """The lot's steps so far, oldest first: (date, step, details)."""
    rows: list[tuple[date, int, str, str]] = []
    for v in lot.valuations:
        who = v.valuer or tr("auction.council")
        rows.append(
            (v.valued_on, 1, tr("auction.step_valued", n=v.seq), f"{who}: {money(v.price)}")
        )
        if v.notified_on:
            rows.append((v.notified_on, 2, tr("auction.step_notified"), ""))
    if lot.contract_on:
        rows.append(
            (
                lot.contract_on,
                3,
                tr("auction.step_contract"),
                f"{lot.contract_number} – {lot.organisation}",
            )
        )
    for r in lot.rounds:
        if r.posted_on:
            rows.append((r.posted_on, 4, tr("auction.step_posted", n=r.seq), ""))
        for n in r.notices:  # Law on Asset Auctions Art 57
            rows.append((n.published_on, 4, tr("sale.step_notice", n=r.seq), n.medium))
        detail = tr("auction.start_price", price=money(r.starting_price))
        if r.outcome is RoundOutcome.SCHEDULED and r.posted_on is None:
            detail += "; " + tr("auction.posting_by", day=day(r.latest_posting_on))
        rows.append(
            (
                r.auction_on,
                5,
                tr("auction.step_round", n=r.seq),
                f"{label(r.outcome, language())} – {detail}",
            )
        )
    rows.extend(_round_rows(lot))
    if lot.sale_announced_on and lot.announced_sale_on and lot.announced_method is not None:
        # Decree 152/2026 Art 64.2: the announcement, its ground and the time of sale it states
        ground = label(lot.announced_method, language())
        planned = tr("auction.sale_planned", day=day(lot.announced_sale_on))
        rows.append(
            (lot.sale_announced_on, 5, tr("auction.step_announced"), f"{ground} – {planned}")
        )
    if lot.sold_on and lot.sale_method is not None:
        method = label(lot.sale_method, language())
        price = money(lot.price or 0)
        buyer = tr("auction.buyer_price", buyer=lot.buyer_name, price=price)
        rows.append((lot.sold_on, 6, tr("auction.step_sold"), f"{method} – {buyer}"))
    for p in lot.payments:
        if lot.sale_method is SaleMethod.AUCTION or p.note:
            rows.append(
                (
                    p.paid_on,
                    7,
                    tr("auction.step_paid"),
                    money(p.amount) + (f" – {p.note}" if p.note else ""),
                )
            )
    if lot.handed_over_on:
        number_ = lot.handover_document.number if lot.handover_document else ""
        if lot.late_handover_ground is not None:  # Decree 152/2026 Art 67.1.c
            ground = label(lot.late_handover_ground, language())
            number_ += f" – {ground}: {lot.late_handover_reason}"
        rows.append((lot.handed_over_on, 8, tr("auction.step_handed"), number_))
    for b in lot.bank_deposits:  # Decree 152/2026 Art 65.2, 30.7
        rows.append((b.deposited_on, 8, tr("sale.step_bank"), f"{money(b.amount)} – {b.bank}"))
    return [(day(on), step, detail) for on, _order, step, detail in sorted(rows)]


def _round_rows(lot: LotView) -> list[tuple[date, int, str, str]]:
    """Reductions, the creditor's answer and taking, the lot's end (Law 106/2025 Art
    83.3–83.4; Decree 152/2026 Art 65.6)."""
    rows: list[tuple[date, int, str, str]] = []
    for r in lot.rounds:
        if r.parties_notified_on is not None:  # Decree 152/2026 Art 65.6
            rows.append((r.parties_notified_on, 6, tr("auction.step_failure_told", n=r.seq), ""))
        if r.reduction_decided_on is not None:
            price = tr("auction.start_price", price=money(r.starting_price))
            rows.append((r.reduction_decided_on, 6, tr("auction.step_reduced", n=r.seq), price))
        if r.creditor_declined_on is not None:
            rows.append((r.creditor_declined_on, 6, tr("auction.decline_title"), ""))
    steps = (  # (day, order on that day, text key)
        (lot.creditor_request_on, 6, "auction.creditor_ask_title"),
        (lot.debtor_notified_on, 7, "auction.notify_debtor"),
        (lot.creditor_notified_on, 7, "auction.notify_creditor"),
        (lot.ended_on, 9, "auction.step_ended"),
    )
    for on, order, key in steps:
        if on is not None:
            detail = label(lot.status, language()) if key == "auction.step_ended" else ""
            if key == "auction.step_ended" and lot.barred_from_transactions:
                detail += " – " + tr("auction.barred")  # Law 106/2025 Art 83.3
            rows.append((on, order, tr(key).rstrip("…"), detail))
    return rows
