"""The auction screen (đấu giá, bán tài sản): lots with their status and next legal deadline;
the selected lot's timeline, items and the step it is waiting for.

Only the steps the lot's status allows and the actor's roles may take are offered; the
services check both again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Category, LotStatus, PartyRole, RoundOutcome, SaleMethod
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.auctions import BEFORE_SALE, LotView, PriorityView, minimum_next_price
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.auctions import dialogs, sale_dialogs
from ui.auctions.gold_dialog import GoldJewelleryDialog
from ui.auctions.texts import deadline_text, price_text, short_deadline, timeline, valued
from ui.common.errors import show_error
from ui.common.formats import day, money
from ui.common.printing import print_pdf
from ui.common.view_parts import keyed_table, section_title, selected_row_id
from ui.common.widgets import heading
from ui.strings import language, tr

OVERDUE = QColor("#a61b1b")
S = LotStatus
#: Step buttons in the order a lot meets them: (name, text key, permission).
STEPS = (
    ("value", "auction.value", Permission.MANAGE_AUCTIONS),
    ("gold_flag", "auction.gold_flag", Permission.MANAGE_AUCTIONS),
    ("notify", "auction.notify", Permission.MANAGE_AUCTIONS),
    ("priority", "priority.notify", Permission.MANAGE_AUCTIONS),
    ("priority_buy", "priority.buy", Permission.MANAGE_AUCTIONS),
    ("announce_sale", "auction.announce_sale", Permission.MANAGE_AUCTIONS),
    ("direct_sale", "auction.direct_sale", Permission.MANAGE_AUCTIONS),
    ("contract", "auction.contract", Permission.MANAGE_AUCTIONS),
    ("schedule", "auction.schedule", Permission.MANAGE_AUCTIONS),
    ("post", "auction.post", Permission.MANAGE_AUCTIONS),
    ("public_notice", "sale.public_notice", Permission.MANAGE_AUCTIONS),
    ("reschedule", "auction.reschedule", Permission.MANAGE_AUCTIONS),
    ("failed", "auction.failed", Permission.MANAGE_AUCTIONS),
    ("notify_failure", "auction.notify_failure", Permission.MANAGE_AUCTIONS),
    ("winner", "auction.winner", Permission.MANAGE_AUCTIONS),
    ("costs", "auction.costs", Permission.MANAGE_AUCTIONS),
    ("decline", "auction.decline", Permission.MANAGE_AUCTIONS),
    ("creditor_ask", "auction.creditor_ask", Permission.MANAGE_AUCTIONS),
    ("notify_debtor", "auction.notify_debtor", Permission.MANAGE_AUCTIONS),
    ("notify_creditor", "auction.notify_creditor", Permission.MANAGE_AUCTIONS),
    ("creditor", "auction.creditor", Permission.MANAGE_AUCTIONS),
    ("redeem", "auction.redeem", Permission.RECORD_SALE_PAYMENT),
    ("payment", "auction.payment", Permission.RECORD_SALE_PAYMENT),
    ("cancel_sale", "auction.cancel_sale", Permission.MANAGE_AUCTIONS),
    ("bank", "sale.bank", Permission.RECORD_SALE_PAYMENT),
    ("bank_movement", "sale.bank_movement", Permission.RECORD_SALE_PAYMENT),
    ("buyer_cancel", "sale.buyer_cancel", Permission.MANAGE_AUCTIONS),
    ("handover", "auction.handover", Permission.MANAGE_AUCTIONS),
    ("print", "auction.print", Permission.VIEW),
)


def offered_steps(lot: LotView, today: date | None = None) -> set[str]:
    """The steps the lot's state allows now (``today``: the agency's day)."""
    steps: set[str] = set()
    current = lot.current_round
    if lot.status in (S.AWAITING_VALUATION, S.VALUED) and lot.revaluations_left:
        steps.add("value")
    if (
        lot.valuation is not None
        and lot.valuation.notified_on is None
        and lot.status in BEFORE_SALE
    ):
        steps.add("notify")
    # Decree 152/2026 Art 61.3: a lot of precious metals, until the first posting or notice.
    early = (S.AWAITING_VALUATION, S.VALUED, S.CONTRACTED, S.ROUND_SCHEDULED)
    gold = bool(lot.items) and all(i.category is Category.PRECIOUS_METAL for i in lot.items)
    if lot.status in early and gold and not lot.gold_bullion and not lot.publicised:
        steps.add("gold_flag")
    # Decree 152/2026 Art 64.2: a perishable or low-value asset is announced, then sold;
    # gold bars and plain rings go to a dealer without a notice (Art 61.2).
    if lot.status is S.VALUED and not lot.gold_bullion and lot.sale_announced_on is None:
        steps.add("announce_sale")
    announced = lot.status is S.VALUED and lot.sale_announced_on is not None
    if announced or (lot.status in (S.AWAITING_VALUATION, S.VALUED) and lot.gold_bullion):
        steps.add("direct_sale")
    if lot.status is S.VALUED:
        steps.add("contract")
        if not lot.rounds:  # co-owners before the first sale (Law 106/2025 Art 83.1)
            steps.update(("priority", "priority_buy"))
    unanswered = (
        lot.creditor_may_take and current is not None and (current.creditor_declined_on is None)
    )
    at_floor = current is not None and current.starting_price <= lot.enforcement_costs
    if lot.status is S.CONTRACTED or (
        lot.status is S.ROUND_FAILED and not unanswered and not at_floor
    ):
        steps.add("schedule")
    if (
        lot.status is S.ROUND_FAILED and current is not None and current.parties_notified_on is None
    ):  # Decree 152/2026 Art 65.6: the parties told within 2 working days
        steps.add("notify_failure")
    # Law 106/2025 Art 83.3; Decree 152/2026 Art 65.6: the creditor answers the notice of
    # the failure, which offers him the asset.
    if unanswered and current is not None and current.parties_notified_on is not None:
        steps.update(("decline", "creditor_ask"))
    if lot.status in (S.CONTRACTED, S.ROUND_SCHEDULED, S.ROUND_FAILED):
        steps.update(("costs", "redeem"))
    if lot.status is S.CREDITOR_TAKING:
        if lot.debtor_notified_on is None:
            steps.add("notify_debtor")
        elif lot.creditor_notified_on is None:
            steps.update(("notify_creditor", "redeem"))
        else:
            steps.add("creditor")
    if lot.status is S.ROUND_SCHEDULED and current is not None:
        steps.add("public_notice")  # Law on Asset Auctions Art 57
        steps.add("post" if current.posted_on is None else "failed")
        if current.posted_on is not None:
            steps.add("winner")
        # the posting's (and the second notice's) last day passed: the round may have to be
        # moved (Law on Asset Auctions Art 35, 57); the service says whether it must
        if today is not None and today > current.latest_posting_on:
            steps.add("reschedule")
    if lot.status is S.SOLD:
        steps.add("payment")
        # Decree 152/2026 Art 65.1, 65.5: an auction buyer who paid nothing in time
        due = lot.payment_due
        late = due is not None and today is not None and today > due
        if lot.sale_method is SaleMethod.AUCTION and lot.paid_total == 0 and late:
            steps.add("cancel_sale")
    if lot.status is S.PAID:
        steps.add("handover")
        steps.update(after_payment_steps(lot, today))
    if lot.handover_document is not None:
        steps.add("print")
    if lot.bank_deposits and lot.bank_deposits[-1].balance > 0:  # Decree 152 Art 65.2, 30.7
        steps.add("bank_movement")
    return steps


def after_payment_steps(lot: LotView, today: date | None) -> set[str]:
    """An auction buyer's money not yet in a bank (Decree 152/2026 Art 65.2, 30.7); the
    handover period over, the buyer may cancel (Art 67.4)."""
    steps: set[str] = set()
    if lot.sale_method is not SaleMethod.AUCTION or lot.paid_on is None:
        return steps
    paid_on = lot.paid_on
    if not any(b.deposited_on >= paid_on for b in lot.bank_deposits):
        steps.add("bank")
    if lot.handover_due is not None and today is not None and today > lot.handover_due:
        steps.add("buyer_cancel")
    return steps


class AuctionView(QWidget):
    """Lots and the steps of the selected one."""

    #: A lot changed (created, valued, sold, paid, handed over); its id.
    lotChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        granted = permissions_of(actor.roles)
        self._lots: list[LotView] = []
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("auction.filter_all"), None)
        for status in LotStatus:
            self.status_filter.addItem(label(status, language()), status)
        self.new_button = QPushButton(tr("auction.new"))
        self.new_button.setVisible(Permission.MANAGE_AUCTIONS in granted)
        # The papers of the steps taken (Law 106/2025 Art 82-83; Decree 152/2026 Art 60, 65-66).
        self.papers_button = QPushButton(tr("auction.papers"))
        self.papers_button.setObjectName("auction_papers")
        self.papers_button.setVisible(Permission.MANAGE_AUCTIONS in granted)
        self.papers_button.setEnabled(False)
        self.table = keyed_table(
            tuple(
                f"auction.col_{c}" for c in ("lot", "name", "case", "status", "price", "deadline")
            ),
            stretch=1,
        )
        self.buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        for name, key, permission in STEPS:
            button = QPushButton(tr(key))
            button.setProperty("allowed", permission in granted)
            button.setVisible(False)
            button.clicked.connect(getattr(self, f"do_{name}"))
            self.buttons[name] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.timeline = keyed_table(
            ("auction.col_day", "auction.col_step", "auction.col_detail"),
            stretch=2,
        )
        self.items = keyed_table(("col.code", "col.name", "col.status"), stretch=1)

        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.papers_button)
        bar.addWidget(self.new_button)
        lower = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(section_title(tr("auction.timeline")))
        left.addWidget(self.timeline)
        right.addWidget(section_title(tr("auction.items")))
        right.addWidget(self.items)
        lower.addLayout(left, 3)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("auction.title"), tr("auction.subtitle")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.deadline)
        layout.addLayout(steps)
        layout.addLayout(lower, 2)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_lot)
        self.papers_button.clicked.connect(self.do_papers)
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def today(self) -> date:
        return self.services.auctions.today()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else selected_row_id(self.table)
        self._lots = self.services.auctions.list(self.actor, self.status_filter.currentData())
        self.table.setRowCount(len(self._lots))
        for row, lot in enumerate(self._lots):
            texts = (
                str(lot.id),
                lot.name,
                lot.case_name,
                label(lot.status, language()),
                price_text(lot),
                short_deadline(lot.next_deadline),
            )
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, lot.id)
                if col == 4:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                deadline = lot.next_deadline
                if col == 5 and deadline is not None and deadline.is_overdue(self.today()):
                    cell.setForeground(QBrush(OVERDUE))
                self.table.setItem(row, col, cell)
        self.select_lot(keep)

    def select_lot(self, lot_id: int | None) -> None:
        row = next((i for i, lot in enumerate(self._lots) if lot.id == lot_id), None)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self._show_selected()

    def current_lot(self) -> LotView | None:
        lot_id = selected_row_id(self.table)
        return next((lot for lot in self._lots if lot.id == lot_id), None)

    def offered(self) -> list[str]:
        """The step buttons shown now, in order (what a user can press)."""
        return [name for name, button in self.buttons.items() if not button.isHidden()]

    # -- the steps --------------------------------------------------------------------------
    def new_lot(self) -> None:
        draft = dialogs.NewLotDialog.ask(self, self.services, self.actor)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.create_lot(
                    self.actor,
                    draft.case_id,
                    draft.item_ids,
                    name=draft.name,
                    real_property=draft.real_property,
                    gold_bullion=draft.gold_bullion,
                    gold_jewellery=draft.gold_jewellery,
                    seized_on=draft.seized_on,
                )
            )

    def do_value(self) -> None:
        lot = self.current_lot()
        draft = dialogs.ValuationDialog.ask(self, self.actor) if lot else None
        if lot and draft:
            self._act(
                lambda: self.services.auctions.record_valuation(
                    self.actor, lot.id, draft, lot.version
                )
            )

    def do_gold_flag(self) -> None:
        lot = self.current_lot()
        flag = GoldJewelleryDialog.ask(self, lot.gold_jewellery) if lot else None
        if lot and flag is not None:
            self._act(
                lambda: self.services.auctions.set_gold_jewellery(
                    self.actor, lot.id, flag, lot.version
                )
            )

    def do_notify(self) -> None:
        lot = self.current_lot()
        on = (
            dialogs.DateDialog.ask(self, "auction.notify_title", "auction.notified_on")
            if lot
            else None
        )
        if lot and on:
            self._act(lambda: self.services.auctions.notify_parties(self.actor, lot.id, on))

    def do_announce_sale(self) -> None:
        """The announcement of a sale without auction (Decree 152/2026 Art 64.2)."""
        lot = self.current_lot()
        draft = dialogs.AnnounceSaleDialog.ask(self) if lot else None
        if lot and draft:
            self._act(
                lambda: self.services.auctions.announce_sale_without_auction(
                    self.actor,
                    lot.id,
                    draft.method,
                    draft.announced_on,
                    draft.sale_on,
                    lot.version,
                )
            )

    def do_direct_sale(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        methods = (
            (lot.announced_method,) if lot.announced_method is not None else dialogs.DIRECT_METHODS
        )
        draft = dialogs.DirectSaleDialog.ask(self, valued(lot), methods)
        if draft and draft.sold_on:
            sold_on = draft.sold_on
            self._act(
                lambda: self.services.auctions.sell_without_auction(
                    self.actor,
                    lot.id,
                    draft.method,
                    draft.buyer,
                    draft.price,
                    sold_on,
                    lot.version,
                )
            )

    def do_priority(self) -> None:
        """A co-owner or priority buyer notified (Law 106/2025 Art 83.1)."""
        lot = self.current_lot()
        draft = dialogs.PriorityDialog.ask(self) if lot else None
        if lot and draft:
            self._act(
                lambda: self._notified(
                    self.services.priority_buyers.notify(
                        self.actor, lot.id, draft.name, draft.notified_on, draft.address
                    ).lot_id
                )
            )

    def do_priority_buy(self) -> None:
        """A notified co-owner declares he buys, within his period (Art 83.1)."""
        lot = self.current_lot()
        if lot is None:
            return
        choice = dialogs.PriorityBuyDialog.ask(self, self._undeclared(lot.id))
        if choice is not None:
            self._act(
                lambda: self.services.priority_buyers.buy(
                    self.actor, choice.notice_id, choice.declared_on
                )
            )

    def _undeclared(self, lot_id: int) -> list[PriorityView]:
        """The co-owners notified who have not yet declared they buy."""
        found = self.services.priority_buyers.list(self.actor, lot_id)
        return [n for n in found if n.declared_on is None]

    def _notified(self, lot_id: int) -> LotView:
        return self.services.auctions.get(self.actor, lot_id)

    def do_cancel_sale(self) -> None:
        """The buyer did not pay in time: the sale cancelled, the deposit kept, the lot back
        to auction (Decree 152/2026 Art 65.1, 65.5)."""
        lot = self.current_lot()
        if lot is None:
            return
        hint = tr("auction.cancel_hint", due=day(lot.payment_due))
        draft = dialogs.CancelSaleDialog.ask(self, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.cancel_unpaid_sale(
                    self.actor, lot.id, draft.cancelled_on, draft.record, draft.deposit,
                    lot.version,
                )
            )  # fmt: skip

    def do_contract(self) -> None:
        lot = self.current_lot()
        draft = dialogs.ContractDialog.ask(self) if lot else None
        if lot and draft:
            self._act(
                lambda: self.services.auctions.sign_contract(
                    self.actor,
                    lot.id,
                    draft.organisation,
                    draft.number,
                    draft.signed_on,
                    lot.version,
                )
            )

    def do_schedule(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        # the first round, or again after a cancelled sale: at the same price, no reduction
        # (Decree 152/2026 Art 65.5, 67.4)
        resold = bool(lot.rounds) and lot.rounds[-1].outcome in (
            RoundOutcome.SALE_CANCELLED, RoundOutcome.BUYER_CANCELLED
        )  # fmt: skip
        first = not lot.rounds or resold
        previous = lot.rounds[-1].starting_price if lot.rounds else (valued(lot) or 0)
        percent = self.services.rules.value(self.actor, "auction.max_reduction_percent")
        lowest = minimum_next_price(previous, percent)
        hint = tr(
            "auction.starting_hint",
            valued=money(valued(lot) or 0),
            percent=f"{percent:g}",
            previous=money(previous),
            minimum=money(lowest),
        )
        draft = dialogs.RoundDialog.ask(self, first, previous if first else lowest, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.schedule_round(
                    self.actor,
                    lot.id,
                    draft.auction_on,
                    draft.starting_price,
                    lot.version,
                    draft.posted_on,
                    draft.decided_on,
                    shortened=draft.shortened,
                    deposit=draft.deposit,
                )
            )

    def do_post(self) -> None:
        lot = self.current_lot()
        current = lot.current_round if lot else None
        if lot is None or current is None:
            return
        hint = tr("auction.posting_by", day=day(current.latest_posting_on))
        on = dialogs.DateDialog.ask(self, "auction.post_title", "auction.posted_on", hint)
        if on is not None:
            self._act(lambda: self.services.auctions.record_posting(self.actor, lot.id, on))

    def do_failed(self) -> None:
        lot = self.current_lot()
        current = lot.current_round if lot else None
        if lot is None or current is None:
            return
        text = tr("auction.failed_confirm", day=day(current.auction_on), lot=lot.id)
        if not self.confirm(text):
            return
        # The notice of failure starts the 5 working days of the reduction (Art 83.3).
        noticed = dialogs.DateDialog.ask(self, "auction.failed", "auction.failure_noticed_on")
        if noticed is not None:
            self._act(
                lambda: self.services.auctions.record_failed_round(
                    self.actor, lot.id, lot.version, noticed
                )
            )

    def do_winner(self) -> None:
        lot = self.current_lot()
        current = lot.current_round if lot else None
        draft = dialogs.WinnerDialog.ask(self, current.starting_price) if current else None
        if lot and draft:
            self._act(
                lambda: self.services.auctions.record_winner(
                    self.actor, lot.id, draft.buyer, draft.price, draft.by_agreement, lot.version
                )
            )

    def do_creditor(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        difference = self.services.auctions.difference_due(self.actor, lot.id)
        draft = dialogs.CreditorDialog.ask(self, self._creditor(lot), difference)
        if draft and draft.sold_on:
            taken_on = draft.sold_on
            self._act(
                lambda: self.services.auctions.creditor_takes(
                    self.actor, lot.id, draft.buyer, taken_on, draft.price, lot.version
                )
            )

    def do_costs(self) -> None:
        lot = self.current_lot()
        draft = (
            dialogs.AmountDialog.ask(self, "auction.costs_title", "auction.costs_amount",
                                     lot.enforcement_costs, tr("auction.costs_hint"))
            if lot else None
        )  # fmt: skip
        if lot and draft:
            self._act(
                lambda: self.services.auctions.record_costs(
                    self.actor, lot.id, draft.amount, lot.version
                )
            )

    def _dated_step(self, title: str, field: str, call: Callable[[int, date], LotView]) -> None:
        lot = self.current_lot()
        hint = deadline_text(lot.next_deadline, self.today()) if lot else ""
        on = dialogs.DateDialog.ask(self, title, field, hint) if lot else None
        if lot and on:
            self._act(lambda: call(lot.id, on))

    def do_decline(self) -> None:
        a = self.services.auctions
        self._dated_step("auction.decline_title", "auction.declined_on",
                         lambda i, on: a.creditor_declines(self.actor, i, on))  # fmt: skip

    def do_notify_failure(self) -> None:
        a = self.services.auctions
        self._dated_step("auction.notify_failure_title", "auction.failure_told_on",
                         lambda i, on: a.notify_failure(self.actor, i, on))  # fmt: skip

    def do_creditor_ask(self) -> None:
        a = self.services.auctions
        self._dated_step("auction.creditor_ask_title", "auction.request_on",
                         lambda i, on: a.creditor_requests(self.actor, i, on))  # fmt: skip

    def do_notify_debtor(self) -> None:
        a = self.services.auctions
        self._dated_step("auction.taking_notice_title", "auction.taking_notice_on",
                         lambda i, on: a.notify_debtor_of_taking(self.actor, i, on))  # fmt: skip

    def do_notify_creditor(self) -> None:
        a = self.services.auctions
        self._dated_step("auction.taking_notice_title", "auction.taking_notice_on",
                         lambda i, on: a.notify_creditor_to_pay(self.actor, i, on))  # fmt: skip

    def do_redeem(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        due = self.services.auctions.redemption_due(self.actor, lot.id)
        draft = dialogs.AmountDialog.ask(
            self, "auction.redeem_title", "auction.redeem_amount", due,
            tr("auction.redeem_hint", due=money(due)), "auction.redeemed_on",
        )  # fmt: skip
        if draft and draft.on:
            paid_on = draft.on
            self._act(
                lambda: self.services.auctions.redeem(self.actor, lot.id, paid_on, draft.amount)
            )

    def do_payment(self) -> None:
        lot = self.current_lot()
        if lot is None or lot.price is None:
            return
        left = lot.price - lot.paid_total
        hint = tr("auction.payment_left", left=money(left), due=day(lot.payment_due))
        draft = dialogs.PaymentDialog.ask(self, left, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.record_payment(
                    self.actor, lot.id, draft.amount, draft.paid_on, draft.note
                )
            )

    def do_handover(self) -> None:
        lot = self.current_lot()
        due = lot.handover_due if lot else None
        if lot and due is not None and self.today() > due:  # Decree 152/2026 Art 67.1.c
            late = sale_dialogs.LateHandoverDialog.ask(self, tr("sale.late_hint", due=day(due)))
            if late and self._act(
                lambda: self.services.auctions.hand_over(
                    self.actor, lot.id, late.handed_over_on, lot.version,
                    late_ground=late.ground, late_reason=late.reason,
                )
            ):  # fmt: skip
                self.do_print()
            return
        hint = deadline_text(lot.next_deadline, self.today()) if lot else ""
        on = dialogs.DateDialog.ask(self, "auction.handover_title", "auction.handed_over_on", hint)
        if (
            lot
            and on
            and self._act(
                lambda: self.services.auctions.hand_over(self.actor, lot.id, on, lot.version)
            )
        ):
            self.do_print()

    def do_papers(self) -> None:
        """Choose one of the papers whose step has happened; it is issued once, then the
        same paper is printed again."""
        lot = self.current_lot()
        if lot is None:
            return
        try:
            ready = self.services.auctions.papers_ready(self.actor, lot.id)
            numbers = self.services.auctions.paper_numbers(self.actor, lot.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        if not ready:
            QMessageBox.information(self, tr("auction.papers"), tr("auction.papers_none"))
            return
        paper = dialogs.PaperDialog.ask(self, ready, numbers)
        if paper is None:
            return
        try:
            doc = self.services.auctions.issue_paper(self.actor, lot.id, paper)
            pdf = self.services.documents.pdf(self.actor, doc.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        print_pdf(self, pdf, f"{doc.title} {doc.number}")

    def do_public_notice(self) -> None:
        """A public notice of the scheduled auction (Law on Asset Auctions Art 57)."""
        lot = self.current_lot()
        current = lot.current_round if lot else None
        if lot is None or current is None:
            return
        hint = tr("sale.notice_hint", count=len(current.notices), auction=day(current.auction_on))
        draft = sale_dialogs.NoticeDialog.ask(self, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.record_public_notice(
                    self.actor, lot.id, draft.published_on, draft.medium, lot.version
                )
            )

    def do_bank(self) -> None:
        """The sale money deposited in a bank (Decree 152/2026 Art 65.2, 30.7)."""
        lot = self.current_lot()
        if lot is None or lot.paid_on is None:
            return
        due = next((d.due_on for d in lot.deadlines if d.kind == "deadline.sale_money_to_bank"),
                   None)  # fmt: skip
        hint = tr("sale.bank_hint", paid=day(lot.paid_on), due=day(due))
        draft = sale_dialogs.BankDialog.ask(self, lot.paid_total, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.deposit_in_bank(
                    self.actor, lot.id, draft.deposited_on, draft.bank, draft.amount
                )
            )

    def do_bank_movement(self) -> None:
        """Interest on, or a withdrawal from, the banked sale money (Decree 152/2026 Art
        65.2, 30.7, 67.4)."""
        lot = self.current_lot()
        if lot is None or not lot.bank_deposits:
            return
        balance = money(lot.bank_deposits[-1].balance)
        draft = sale_dialogs.BankMovementDialog.ask(
            self, tr("sale.bank_movement_hint", balance=balance)
        )
        if draft is not None:
            self._act(
                lambda: self.services.auctions.record_bank_movement(
                    self.actor, lot.id, draft.kind, draft.moved_on, draft.amount, draft.note
                )
            )

    def do_reschedule(self) -> None:
        """A new date for a round whose posting or notices are missing or late."""
        lot = self.current_lot()
        current = lot.current_round if lot else None
        if lot is None or current is None:
            return
        hint = tr("auction.reschedule_hint", auction=day(current.auction_on),
                  latest=day(lot.auction_held_by))  # fmt: skip
        draft = sale_dialogs.RescheduleDialog.ask(self, hint)
        if draft is not None:
            self._act(
                lambda: self.services.auctions.reschedule_round(
                    self.actor,
                    lot.id,
                    draft.new_auction_on,
                    draft.reason,
                    draft.decided_on,
                    lot.version,
                )
            )

    def do_buyer_cancel(self) -> None:
        """The buyer cancels: the handover period ran out (Decree 152/2026 Art 67.4)."""
        lot = self.current_lot()
        if lot is None:
            return
        draft = sale_dialogs.BuyerCancelDialog.ask(
            self, tr("sale.buyer_cancel_hint", due=day(lot.handover_due))
        )
        if draft is not None:
            self._act(
                lambda: self.services.auctions.buyer_cancels(
                    self.actor, lot.id, draft.cancelled_on, draft.request, lot.version
                )
            )

    def do_print(self) -> None:
        lot = self.current_lot()
        doc = lot.handover_document if lot else None
        if doc is None:
            return
        try:
            pdf = self.services.documents.pdf(self.actor, doc.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        print_pdf(self, pdf, f"{doc.title} {doc.number}")

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("auction.failed"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- helpers ----------------------------------------------------------------------------
    def _creditor(self, lot: LotView | None) -> str:
        if lot is None:
            return ""
        case = self.services.cases.items(self.actor, lot.case_id, limit=1).case
        found = [p.full_name for p in case.parties if p.role is PartyRole.CREDITOR]
        return found[0] if found else ""

    def _act(self, action: Callable[[], LotView]) -> bool:
        """One service call; a refusal is shown, success reloads and selects the lot."""
        try:
            result = action()
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload(select_id=result.id)
        self.lotChanged.emit(result.id)
        return True

    def _show_selected(self) -> None:
        lot = self.current_lot()
        steps = offered_steps(lot, self.today()) if lot else set()
        if lot and "priority_buy" in steps and not self._undeclared(lot.id):
            steps.discard("priority_buy")
        for name, button in self.buttons.items():
            button.setVisible(name in steps and bool(button.property("allowed")))
        self.papers_button.setEnabled(lot is not None)
        entries = timeline(lot) if lot else []
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate(entry):
                self.timeline.setItem(row, col, QTableWidgetItem(text))
        items = lot.items if lot else ()
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            for col, text in enumerate((item.code, item.name, label(item.status, language()))):
                self.items.setItem(row, col, QTableWidgetItem(text))
        deadline = lot.next_deadline if lot else None
        self.deadline.setText(deadline_text(deadline, self.today()) if lot else "")
        late = deadline is not None and deadline.is_overdue(self.today())
        self.deadline.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;" if late else "")
