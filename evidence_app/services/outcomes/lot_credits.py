"""One auction lot, one sale counted for its case (issue 18).

A buyer who cancels after a late handover takes his money back (Decree 152/2026 Art 67.4;
Civil Code Art 427: the parties return what they received) and the lot goes to auction
again; the credit his payment made is voided (``void_lot_credit``) and the next sale makes
its own. The head's word cannot bring the first credit back: the refund is in the auction
ledger (Mẫu 17) and no refusal undoes it, so counting that credit again would count money
the agency no longer holds, and a second time once the lot is sold again (Law 106/2025 Art
54: only money collected is paid out; Decree 152/2026 Art 38: the head answers for the
statistics)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CaseChange, CaseConfirmation, CasePayment, ChangeKind, SalePayment
from db.models.case_history import voided
from evidence_app.domain.display import day, number
from evidence_app.domain.errors import ValidationError


def refuse_refusing_refunded(session: Session, change: CaseChange) -> None:
    """A void of a lot's credit whose buyer took the money back (a refund dated on or after
    the credit) can only be accepted: refused, the credit would count money returned to the
    buyer, and the lot twice once sold again (Decree 152/2026 Art 67.4). A lot's credit is
    dated from its sale's full payment (``_lot_proceeds``), and the next sale is paid after
    the refund, so a refund dated on or after the credit is that sale's. A refused credit
    never counts, so its void may be refused; a void of any other credit too."""
    if change.kind is not ChangeKind.VOID_PAYMENT or change.payment_id is None:
        return
    payment = session.get(CasePayment, change.payment_id)
    if payment is None or payment.lot_id is None:
        return
    refused = session.scalar(
        select(CaseConfirmation.id).where(
            CaseConfirmation.payment_id == payment.id, CaseConfirmation.accepted.is_(False)
        )
    )
    if refused is not None:
        return
    refund = session.scalar(
        select(SalePayment)
        .where(SalePayment.lot_id == payment.lot_id, SalePayment.amount < 0)
        .where(SalePayment.paid_on >= payment.paid_on)
        .order_by(SalePayment.paid_on, SalePayment.id)
        .limit(1)
    )
    if refund is not None:
        raise ValidationError(
            "outcome.void_of_refunded", lot=payment.lot_id, day=day(refund.paid_on),
            amount=number(payment.amount - payment.costs),
        )  # fmt: skip


def hold_behind_earlier_credit(session: Session, payment: CasePayment) -> None:
    """A lot's credit is accepted only when no earlier credit of the same lot still counts
    (accepted, its void not yet accepted): the second sale's money waits for the head to
    accept the void of the first, so the case never counts the lot twice, even for a day
    (Decree 152/2026 Art 67.4; Law 106/2025 Art 54)."""
    if payment.lot_id is None:
        return
    earlier = session.scalar(
        select(CasePayment)
        .join(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CasePayment.lot_id == payment.lot_id, CasePayment.id != payment.id)
        .where(CaseConfirmation.accepted.is_(True))
        .where(CasePayment.id.not_in(voided(CaseChange.payment_id)))
        .order_by(CasePayment.id)
        .limit(1)
    )
    if earlier is not None:
        raise ValidationError(
            "outcome.lot_void_first", lot=payment.lot_id, day=day(earlier.paid_on),
            amount=number(earlier.amount - earlier.costs),
        )  # fmt: skip
