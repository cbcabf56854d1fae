"""Dialogs of the sale rules of issue 18: a public notice of the auction (Law on Asset
Auctions Art 57), the sale money deposited in a bank (Decree 152/2026 Art 65.2, 30.7), the
buyer's cancellation after the handover period (Art 67.4) and a late handover's ground
(Art 67.1.c). Each ``ask`` returns what the service call needs, or None."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from evidence_app.domain.enums import BankMovement, HandoverObstacle
from evidence_app.domain.labels import label
from ui.auctions.dialogs import StepForm, parse_money, to_date
from ui.strings import language, tr


@dataclass(frozen=True, slots=True)
class NoticeDraft:
    published_on: date
    medium: str


@dataclass(frozen=True, slots=True)
class BankDraft:
    deposited_on: date
    bank: str
    amount: int


@dataclass(frozen=True, slots=True)
class BuyerCancelDraft:
    cancelled_on: date
    request: str


@dataclass(frozen=True, slots=True)
class LateHandoverDraft:
    handed_over_on: date
    ground: HandoverObstacle | None
    reason: str


class NoticeDialog:
    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> NoticeDraft | None:
        form = StepForm(tr("sale.notice_title"), parent, hint)
        on = form.date("sale.notice_on")
        on.setObjectName("notice_on")
        medium = form.text("sale.notice_medium")
        medium.setObjectName("notice_medium")
        return form.run(lambda: NoticeDraft(to_date(on), medium.text()))


class BankDialog:
    @classmethod
    def ask(cls, parent: QWidget, amount: int, hint: str) -> BankDraft | None:
        form = StepForm(tr("sale.bank_title"), parent, hint)
        on = form.date("sale.bank_on")
        on.setObjectName("bank_on")
        bank = form.text("sale.bank_name")
        bank.setObjectName("bank_name")
        money = form.money("sale.bank_amount", amount)
        money.setObjectName("bank_amount")
        return form.run(lambda: BankDraft(to_date(on), bank.text(), parse_money(money)))


class BuyerCancelDialog:
    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> BuyerCancelDraft | None:
        form = StepForm(tr("sale.buyer_cancel_title"), parent, hint)
        on = form.date("sale.buyer_cancel_on")
        on.setObjectName("buyer_cancel_on")
        request = form.text("sale.buyer_cancel_request")
        request.setObjectName("buyer_cancel_request")
        return form.run(lambda: BuyerCancelDraft(to_date(on), request.text()))


class LateHandoverDialog:
    """The handover after the period: the day, the ground and the officer's account."""

    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> LateHandoverDraft | None:
        form = StepForm(tr("auction.handover_title"), parent, hint)
        on = form.date("auction.handed_over_on")
        on.setObjectName("late_on")
        ground = QComboBox()
        ground.setObjectName("late_ground")
        ground.addItem(tr("sale.late_ground_none"), None)
        for obstacle in HandoverObstacle:
            ground.addItem(label(obstacle, language()), obstacle.value)
        form.add("sale.late_ground", ground)
        reason = form.text("sale.late_reason")
        reason.setObjectName("late_reason")

        def collect() -> LateHandoverDraft:
            data = ground.currentData()
            chosen = HandoverObstacle(data) if data else None
            return LateHandoverDraft(to_date(on), chosen, reason.text())

        return form.run(collect)


@dataclass(frozen=True, slots=True)
class BankMovementDraft:
    kind: BankMovement
    moved_on: date
    amount: int
    note: str


class BankMovementDialog:
    """Interest on, or a withdrawal from, the banked sale money (Decree 152/2026 Art 65.2,
    30.7, 67.4)."""

    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> BankMovementDraft | None:
        form = StepForm(tr("sale.bank_movement_title"), parent, hint)
        kind = QComboBox()
        kind.setObjectName("bank_movement_kind")
        for movement in BankMovement:
            kind.addItem(label(movement, language()), movement.value)
        form.add("sale.bank_movement_kind", kind)
        on = form.date("sale.bank_movement_on")
        on.setObjectName("bank_movement_on")
        money = form.money("sale.bank_movement_amount")
        money.setObjectName("bank_movement_amount")
        note = form.text("sale.bank_movement_note")
        note.setObjectName("bank_movement_note")
        return form.run(
            lambda: BankMovementDraft(
                BankMovement(kind.currentData()), to_date(on), parse_money(money), note.text()
            )
        )


@dataclass(frozen=True, slots=True)
class RescheduleDraft:
    new_auction_on: date
    decided_on: date
    reason: str


class RescheduleDialog:
    """A new auction date for a round whose posting or public notices are missing or late
    (Law on Asset Auctions Art 35, 53, 57; Law 106/2025 Art 83.2.a)."""

    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> RescheduleDraft | None:
        form = StepForm(tr("auction.reschedule_title"), parent, hint)
        new_on = form.date("auction.reschedule_on")
        new_on.setObjectName("reschedule_on")
        decided = form.date("auction.reschedule_decided")
        decided.setObjectName("reschedule_decided")
        reason = form.text("auction.reschedule_reason")
        reason.setObjectName("reschedule_reason")
        return form.run(lambda: RescheduleDraft(to_date(new_on), to_date(decided), reason.text()))
