"""Dialogs of the auction screen, one per step of a lot. Each has a classmethod ``ask``
that tests replace; it returns what the step's service call needs, or None."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import ItemStatus, SaleMethod, ValuationBasis, ValuationMethod
from evidence_app.domain.labels import label
from evidence_app.services.auctions import Buyer, PriorityView, ValuationDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemRow
from evidence_app.services.facade import Services
from ui.auctions.council_grid import CouncilGrid
from ui.common.case_picker import CasePicker
from ui.common.formats import day, qdate
from ui.common.widgets import ErrorLabel, heading
from ui.strings import language, tr

T = TypeVar("T")
DIRECT_METHODS = (SaleMethod.PERISHABLE, SaleMethod.LOW_VALUE, SaleMethod.GOLD_DEALER)
#: The grounds announced before a sale without auction (Decree 152/2026 Art 64.1–64.2).
ANNOUNCED_METHODS = (SaleMethod.PERISHABLE, SaleMethod.LOW_VALUE)


class StepForm(QDialog):
    """A titled form of labelled fields, an inline error line and OK / Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self._collect: Callable[[], object] = lambda: None
        self.result_value: object = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.ok"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, hint))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add(self, key: str, widget: QWidget) -> QWidget:
        self.form.addRow(tr(key), widget)
        return widget

    def date(self, key: str, initial: date | None = None) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDate(qdate(initial or agency_today()))
        self.add(key, edit)
        return edit

    def text(self, key: str, initial: str = "") -> QLineEdit:
        edit = QLineEdit(initial)
        self.add(key, edit)
        return edit

    def money(self, key: str, initial: int | None = None) -> QLineEdit:
        edit = QLineEdit(f"{initial:,}".replace(",", ".") if initial else "")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add(key, edit)
        return edit

    def run(self, collect: Callable[[], T | None]) -> T | None:
        """Show the form; OK hands back ``collect()`` unless it finds the input wrong."""
        self._collect = collect
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.result_value  # type: ignore[return-value]

    def accept(self) -> None:
        try:
            self.result_value = self._collect()
        except ValueError as exc:
            self.error.show_message(str(exc))
            return
        super().accept()


def to_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def parse_money(edit: QLineEdit) -> int:
    """ "100.000.000", "100,000,000 đ" or "100000000" → 100000000."""
    digits = "".join(c for c in edit.text() if c not in " .,đVND")
    if not digits.isdigit():
        raise ValueError(tr("auction.bad_money"))
    return int(digits)


@dataclass(frozen=True, slots=True)
class LotDraft:
    case_id: int
    item_ids: tuple[int, ...]
    name: str
    real_property: bool
    gold_bullion: bool
    seized_on: date
    #: Decree 152/2026 Art 61.3: jewellery, fine-art or raw gold (the shortened procedure).
    gold_jewellery: bool = False


class NewLotDialog:
    @classmethod
    def ask(cls, parent: QWidget, services: Services, actor: Actor) -> LotDraft | None:
        form = StepForm(tr("auction.new_title"), parent)
        case = CasePicker(lambda text, n: services.cases.search(actor, text, n))
        items = QListWidget()
        form.add("auction.case", case)
        form.add("auction.lot_items", items)
        name = form.text("auction.lot_name")
        real, gold = QCheckBox(tr("auction.real_property")), QCheckBox(tr("auction.gold_bullion"))
        form.add("auction.real_property", real)
        form.add("auction.gold_bullion", gold)
        jewellery = QCheckBox(tr("auction.gold_jewellery"))
        jewellery.setObjectName("lot_gold_jewellery")
        jewellery.setToolTip(tr("auction.gold_jewellery_tip"))
        form.add("auction.gold_jewellery_row", jewellery)
        # One kind of gold per lot (Decree 152/2026 Art 61.2 or 61.3): ticking one clears the other.
        gold.toggled.connect(lambda on: on and jewellery.setChecked(False))
        jewellery.toggled.connect(lambda on: on and gold.setChecked(False))
        seized = form.date("auction.seized_on")

        def load() -> None:
            items.clear()
            if case.currentData() is None:
                return
            for row in services.cases.items(actor, case.currentData()).items:
                if row.status in (ItemStatus.IN_STORAGE, ItemStatus.AWAITING_AUCTION):
                    entry = QListWidgetItem(_item_text(row))
                    entry.setData(Qt.ItemDataRole.UserRole, row.id)
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    entry.setCheckState(Qt.CheckState.Unchecked)
                    items.addItem(entry)

        case.currentIndexChanged.connect(load)
        load()

        def collect() -> LotDraft:
            ids = tuple(
                int(items.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(items.count())
                if items.item(i).checkState() == Qt.CheckState.Checked
            )
            if not ids:
                raise ValueError(tr("auction.choose_items"))
            return LotDraft(
                case.currentData(),
                ids,
                name.text(),
                real.isChecked(),
                gold.isChecked(),
                to_date(seized),
                jewellery.isChecked(),
            )

        return form.run(collect)


class ValuationDialog:
    @classmethod
    def ask(cls, parent: QWidget, actor: Actor) -> ValuationDraft | None:
        form = StepForm(tr("auction.value_title"), parent, tr("valuation.hint"))
        method = QComboBox()
        for m in ValuationMethod:
            method.addItem(label(m, language()), m)
        form.add("auction.method", method)
        valuer = form.text("auction.valuer")
        valuer_label = form.form.labelForField(valuer)

        def name_the_valuer() -> None:
            """Who fixed the price, as the chosen method says (Law 106/2025 Art 82.1)."""
            chosen = method.currentData()
            key = "auction.valuer" if chosen is ValuationMethod.FIRM else f"auction.valuer_{chosen}"
            if isinstance(valuer_label, QLabel):
                valuer_label.setText(tr(key))

        method.currentIndexChanged.connect(lambda _i: name_the_valuer())
        chair = QLabel(actor.full_name)
        chair.setProperty("data", True)
        form.add("auction.chair", chair)
        # Decree 152/2026 Art 60.3: each member's opinion in the minutes, the chair first.
        council = CouncilGrid(actor.full_name)
        council_label = QLabel(tr("auction.council_members"))
        form.form.addRow(council_label)
        form.form.addRow(council)  # the whole width: five columns

        def show_council() -> None:
            is_council = method.currentData() == ValuationMethod.PRICE_COUNCIL
            for row in (council, council_label, chair):
                form.form.setRowVisible(row, is_council)
            form.setMinimumWidth(880 if is_council else 520)
            form.adjustSize()

        method.currentIndexChanged.connect(lambda _i: show_council())
        price = form.money("auction.price")
        on = form.date("auction.valued_on")
        # Law 106/2025 Art 82.1.b (the officer's ground), 82.2 (a re-valuation's ground).
        ground = QComboBox()
        ground.setObjectName("valuation_ground")
        ground.addItem(tr("valuation.no_ground"), "")
        for b in ValuationBasis:
            ground.addItem(label(b, language()), b.value)
        form.add("valuation.ground", ground)
        paper = form.text("valuation.paper")
        paper.setObjectName("valuation_paper")
        paper_on = form.date("valuation.paper_on")
        paper_on.setObjectName("valuation_paper_on")
        advance = form.money("valuation.advance")
        advance.setObjectName("valuation_advance")
        for widget, name in ((method, "valuation_method"), (valuer, "valuation_valuer"),
                             (price, "valuation_price"), (on, "valuation_on")):  # fmt: skip
            widget.setObjectName(name)

        show_council()

        def collect() -> ValuationDraft:
            is_council = method.currentData() == ValuationMethod.PRICE_COUNCIL
            lines = council.members() if is_council else ()
            return ValuationDraft(
                method.currentData(),
                parse_money(price),
                to_date(on),
                valuer.text(),
                actor.user_id,
                lines,
                basis=ground.currentData(),
                paper_number=paper.text().strip(),
                paper_on=to_date(paper_on) if paper.text().strip() else None,
                advance_paid=parse_money(advance) if advance.text().strip() else 0,
                opinions=council.opinions() if is_council else (),
            )

        return form.run(collect)


@dataclass(frozen=True, slots=True)
class PriorityDraft:
    name: str
    address: str
    notified_on: date


class PriorityDialog:
    """A co-owner or priority buyer notified before the first sale (Law 106/2025 Art 83.1)."""

    @classmethod
    def ask(cls, parent: QWidget) -> PriorityDraft | None:
        form = StepForm(tr("priority.title"), parent)
        name, address = form.text("priority.name"), form.text("priority.address")
        on = form.date("priority.notified_on")
        name.setObjectName("priority_name")
        address.setObjectName("priority_address")
        on.setObjectName("priority_on")
        return form.run(lambda: PriorityDraft(name.text(), address.text(), to_date(on)))


@dataclass(frozen=True, slots=True)
class PriorityBuyDraft:
    notice_id: int
    declared_on: date


class PriorityBuyDialog:
    """Which notified co-owner declares he buys, and when (Law 106/2025 Art 83.1)."""

    @classmethod
    def ask(cls, parent: QWidget, notices: Sequence[PriorityView]) -> PriorityBuyDraft | None:
        form = StepForm(tr("priority.buy_title"), parent, tr("priority.buy_hint"))
        form.setMinimumWidth(780)
        who = QComboBox()
        who.setObjectName("priority_notice")
        who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        who.setMinimumContentsLength(40)
        for n in notices:
            text = tr("priority.notice_text", name=n.name, notified=day(n.notified_on),
                      declare=day(n.declare_by), pay=day(n.pay_by))  # fmt: skip
            who.addItem(text, n.id)
        form.add("priority.who", who)
        on = form.date("priority.declared_on")
        on.setObjectName("priority_declared_on")

        def collect() -> PriorityBuyDraft:
            if who.currentData() is None:
                raise ValueError(tr("priority.none_notified"))
            return PriorityBuyDraft(int(who.currentData()), to_date(on))

        return form.run(collect)


@dataclass(frozen=True, slots=True)
class CancelDraft:
    cancelled_on: date
    record: str
    #: None: the round's own deposit (Decree 152/2026 Art 65.5).
    deposit: int | None


class CancelSaleDialog:
    """The unpaid sale cancelled on the officer's record; the deposit the agency keeps
    (Decree 152/2026 Art 65.1, 65.5)."""

    @classmethod
    def ask(cls, parent: QWidget, hint: str) -> CancelDraft | None:
        form = StepForm(tr("auction.cancel_title"), parent, hint)
        on = form.date("auction.cancelled_on")
        on.setObjectName("cancel_on")
        record = form.text("auction.cancel_record")
        record.setObjectName("cancel_record")
        deposit = form.money("auction.deposit_kept")
        deposit.setObjectName("cancel_deposit")
        return form.run(
            lambda: CancelDraft(
                to_date(on),
                record.text(),
                parse_money(deposit) if deposit.text().strip() else None,
            )
        )


class PaperDialog:
    """Which of the sale's papers to print (those whose step has happened)."""

    @classmethod
    def ask(
        cls, parent: QWidget, ready: Sequence[str], numbers: Mapping[str, str] | None = None
    ) -> str | None:
        """``numbers``: the number each paper already took with its step (issue 18)."""
        form = StepForm(tr("auction.papers"), parent, tr("auction.papers_hint"))
        which = QComboBox()
        which.setObjectName("paper_choice")
        for paper in ready:
            number = (numbers or {}).get(paper)
            name = tr(f"auction.paper_{paper}")
            shown = tr("auction.paper_numbered", name=name, number=number) if number else name
            which.addItem(shown, paper)
        form.add("auction.paper", which)
        return form.run(lambda: str(which.currentData()))


class DateDialog:
    """One date: the parties' notice, the posting, the handover."""

    @classmethod
    def ask(cls, parent: QWidget, title_key: str, field_key: str, hint: str = "") -> date | None:
        form = StepForm(tr(title_key), parent, hint)
        on = form.date(field_key)
        return form.run(lambda: to_date(on))


@dataclass(frozen=True, slots=True)
class ContractDraft:
    organisation: str
    number: str
    signed_on: date


class ContractDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> ContractDraft | None:
        form = StepForm(tr("auction.contract_title"), parent)
        org, number = form.text("auction.organisation"), form.text("auction.contract_number")
        on = form.date("auction.contract_on")
        org.setObjectName("contract_organisation")
        number.setObjectName("contract_number")
        on.setObjectName("contract_on")
        return form.run(lambda: ContractDraft(org.text(), number.text(), to_date(on)))


@dataclass(frozen=True, slots=True)
class RoundDraft:
    auction_on: date
    starting_price: int | None
    posted_on: date | None
    #: The reduction decision (Law 106/2025 Art 83.3); None: today.
    decided_on: date | None = None
    #: The bidders' deposit, 5–20 % of the starting price (Law on Asset Auctions Art 39.1).
    deposit: int | None = None
    #: The shortened procedure (Art 53): None as the law allows, False the normal one.
    shortened: bool | None = None


class RoundDialog:
    @classmethod
    def ask(cls, parent: QWidget, first: bool, suggested: int, hint: str) -> RoundDraft | None:
        form = StepForm(tr("auction.schedule_title"), parent, hint)
        on = form.date("auction.auction_on")
        on.setObjectName("round_on")
        price = form.money("auction.starting_price", suggested)
        price.setObjectName("round_price")
        price.setReadOnly(first)
        decided = None if first else form.date("auction.reduction_decided_on")
        if decided is not None:
            decided.setObjectName("round_decided")
        deposit = form.money("sale.round_deposit")
        deposit.setObjectName("round_deposit")
        procedure = QComboBox()
        procedure.setObjectName("round_procedure")
        procedure.addItem(tr("sale.procedure_by_law"), None)
        procedure.addItem(tr("sale.procedure_normal"), False)
        form.add("sale.procedure", procedure)

        def collect() -> RoundDraft:
            kept = parse_money(deposit) if deposit.text().strip() else None
            chosen = procedure.currentData()
            if first or decided is None:
                return RoundDraft(to_date(on), None, None, None, kept, chosen)
            return RoundDraft(to_date(on), parse_money(price), None, to_date(decided), kept, chosen)

        return form.run(collect)


@dataclass(frozen=True, slots=True)
class SaleDraft:
    buyer: Buyer
    price: int
    by_agreement: bool = False
    method: SaleMethod = SaleMethod.AUCTION
    sold_on: date | None = None


class WinnerDialog:
    @classmethod
    def ask(cls, parent: QWidget, starting_price: int) -> SaleDraft | None:
        form = StepForm(tr("auction.winner_title"), parent)
        buyer, address = form.text("auction.buyer"), form.text("auction.buyer_address")
        buyer.setObjectName("winner_name")
        address.setObjectName("winner_address")
        price = form.money("auction.winning_price", starting_price)
        price.setObjectName("winner_price")
        agreed = QCheckBox(tr("auction.by_agreement"))
        agreed.setObjectName("winner_by_agreement")
        form.add("auction.payment_title", agreed)
        return form.run(
            lambda: SaleDraft(
                Buyer(buyer.text(), address.text()), parse_money(price), agreed.isChecked()
            )
        )


class CreditorDialog:
    """The creditor takes the asset: who, when, and the difference he pays (Decree 152/2026
    Art 66), carried in ``SaleDraft.price``."""

    @classmethod
    def ask(cls, parent: QWidget, creditor: str, difference: int = 0) -> SaleDraft | None:
        form = StepForm(tr("auction.creditor_title"), parent)
        name = form.text("auction.creditor_name", creditor)
        address = form.text("auction.buyer_address")
        on = form.date("auction.taken_on")
        paid = form.money("auction.difference", difference)
        return form.run(
            lambda: SaleDraft(
                Buyer(name.text(), address.text()),
                parse_money(paid) if paid.text().strip() else 0,
                sold_on=to_date(on),
            )
        )


@dataclass(frozen=True, slots=True)
class AmountDraft:
    amount: int
    on: date | None = None


class AmountDialog:
    """An amount, with a date when ``date_key`` is given: the costs, the redemption."""

    @classmethod
    def ask(
        cls, parent: QWidget, title_key: str, amount_key: str, initial: int, hint: str = "",
        date_key: str = "",
    ) -> AmountDraft | None:  # fmt: skip
        form = StepForm(tr(title_key), parent, hint)
        on = form.date(date_key) if date_key else None
        amount = form.money(amount_key, initial)
        return form.run(
            lambda: AmountDraft(parse_money(amount), to_date(on) if on is not None else None)
        )


@dataclass(frozen=True, slots=True)
class AnnounceDraft:
    method: SaleMethod
    announced_on: date
    sale_on: date


class AnnounceSaleDialog:
    """The announcement of a sale without auction (Decree 152/2026 Art 64.2): the ground, the
    day posted and the time of sale it states, at least a working day later."""

    @classmethod
    def ask(cls, parent: QWidget) -> AnnounceDraft | None:
        form = StepForm(tr("auction.announce_title"), parent, tr("auction.announce_hint"))
        method = QComboBox()
        method.setObjectName("announce_method")
        for m in ANNOUNCED_METHODS:
            method.addItem(label(m, language()), m)
        form.add("auction.sale_method", method)
        announced = form.date("auction.announced_on")
        announced.setObjectName("announce_on")
        sale_on = form.date("auction.sale_on")
        sale_on.setObjectName("announce_sale_on")
        return form.run(
            lambda: AnnounceDraft(method.currentData(), to_date(announced), to_date(sale_on))
        )


class DirectSaleDialog:
    """The sale without auction, recorded in its minutes: the announced ground (Decree
    152/2026 Art 64.2), or the gold dealer (Art 61.2)."""

    @classmethod
    def ask(
        cls, parent: QWidget, valued: int | None, methods: Sequence[SaleMethod] = DIRECT_METHODS
    ) -> SaleDraft | None:
        form = StepForm(tr("auction.direct_title"), parent)
        method = QComboBox()
        method.setObjectName("direct_method")
        for m in methods:
            method.addItem(label(m, language()), m)
        form.add("auction.sale_method", method)
        buyer, address = form.text("auction.buyer"), form.text("auction.buyer_address")
        buyer.setObjectName("direct_buyer")
        address.setObjectName("direct_address")
        price = form.money("auction.sale_price", valued)
        price.setObjectName("direct_price")
        sold = form.date("auction.sold_on")
        sold.setObjectName("direct_sold_on")
        return form.run(
            lambda: SaleDraft(
                Buyer(buyer.text(), address.text()),
                parse_money(price),
                method=method.currentData(),
                sold_on=to_date(sold),
            )
        )


@dataclass(frozen=True, slots=True)
class PaymentDraft:
    amount: int
    paid_on: date
    note: str


class PaymentDialog:
    @classmethod
    def ask(cls, parent: QWidget, left: int, hint: str) -> PaymentDraft | None:
        form = StepForm(tr("auction.payment_title"), parent, hint)
        amount = form.money("auction.amount", left)
        on = form.date("auction.paid_on")
        note = form.text("auction.payment_note")
        amount.setObjectName("payment_amount")
        on.setObjectName("payment_on")
        note.setObjectName("payment_note")
        return form.run(lambda: PaymentDraft(parse_money(amount), to_date(on), note.text()))


def _item_text(row: ItemRow) -> str:
    """ "VC-… – Xe máy (Trả lại)": the ordered disposition decides where an item may go."""
    return f"{row.code} – {row.name} ({label(row.disposition, language())})"
