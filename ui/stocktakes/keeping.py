"""The "Left with keepers" screen (Giao bảo quản): the keepers and what each holds, with the
day its monthly check falls due; a new keeper (owner, third party, commune; Law 106/2025
Art 40.1.a, c, đ), items left with one on the minutes (Decree 152/2026 Art 24.4), and the
monthly check with its minutes (Circular 01/2017/TT-BTP Art 12.2)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import CustodianKind
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import (
    Handover,
    HeldItem,
    KeeperView,
    ServiceContract,
    Signers,
)
from ui.common.errors import message_of, report_connection
from ui.common.formats import day, today_qdate
from ui.common.view_parts import keyed_table, selected_row_id
from ui.common.widgets import ErrorLabel, heading
from ui.stocktakes.keeping_income import IncomeForm
from ui.strings import language, tr

#: The keepers items are left with, in the order of Law 106/2025 Art 40.1.
KINDS = (CustodianKind.OWNER, CustodianKind.THIRD_PARTY, CustodianKind.COMMUNE)
KEEPER_COLUMNS = (
    "keeping.col.code",
    "keeping.col.kind",
    "keeping.col.name",
    "keeping.col.address",
    "keeping.col.held",
    "keeping.col.since",
    "keeping.col.checked",
    "keeping.col.due",
)
HELD_COLUMNS = ("keeping.col.seen", "keeping.col.item", "keeping.col.item_name",
                "keeping.col.since")  # fmt: skip


class KeepingView(QWidget):
    """The keepers' list above, the three forms below in tabs."""

    #: Items changed place (left with a keeper).
    itemsChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.keepers: list[KeeperView] = []
        self.held: list[HeldItem] = []
        self.table = keyed_table(KEEPER_COLUMNS, 2)
        self.table.setObjectName("keepers")
        self.message = QLabel()
        self.message.setObjectName("keepingMessage")
        self.message.setWordWrap(True)
        self.error = ErrorLabel()
        # a new keeper
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(label(kind, language()), kind)
        self.name, self.address = QLineEdit(), QLineEdit()
        # leaving items
        self.codes = QPlainTextEdit()
        self.codes.setPlaceholderText(tr("keeping.codes_hint"))
        # The officer who draws the minutes up and signs them, one of ours (Art 24.4).
        self.officer = QComboBox()
        self.officer.setObjectName("keeping_officer")
        self.officer.setAccessibleName(tr("keeping.officer"))
        self.keeper_name, self.keeper_position = QLineEdit(), QLineEdit()
        self._filled_name = ""
        self.party, self.witness = QLineEdit(), QLineEdit()
        # Who of them refused to sign, and why (Decree 152/2026 Art 24.4).
        self.refused, self.refusal_reason = QLineEdit(), QLineEdit()
        self.refusal_reason.setMaxLength(500)
        # A paid keeper's service contract: number, day signed, fee (Decree 152/2026 Art 24.3).
        self.contract_number, self.contract_fee = QLineEdit(), QLineEdit()
        self.contract_number.setMaxLength(100)
        self.contract_number.setPlaceholderText(tr("keeping.contract_number"))
        self.contract_fee.setPlaceholderText(tr("keeping.contract_fee"))
        self.contract_date = QDateEdit(today_qdate())
        self.contract_date.setDisplayFormat("dd/MM/yyyy")
        self.contract_date.setCalendarPopup(True)
        self.contract_row = QWidget()
        row = QHBoxLayout(self.contract_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.contract_number, 2), (self.contract_date, 0),
                                (self.contract_fee, 1)):  # fmt: skip
            row.addWidget(widget, stretch)
        self.contract_label = QLabel(tr("keeping.contract"))
        # the monthly check
        self.held_table = keyed_table(HELD_COLUMNS, 2)
        self.held_table.setObjectName("held")
        self.store_keeper = QLineEdit(actor.full_name)
        self.accountant, self.head, self.custodian = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.name, self.keeper_name, self.keeper_position, self.party,
                      self.witness, self.refused, self.store_keeper, self.accountant, self.head,
                      self.custodian):  # fmt: skip
            field.setMaxLength(200)
        self.address.setMaxLength(300)
        self.buttons = {key: QPushButton(tr(f"keeping.{key}")) for key in ("add", "leave", "check")}
        for key, button in self.buttons.items():
            button.setObjectName(key)
        # The income a keeper earned exploiting an asset, paid in (Law 106/2025 Art 40.3).
        self.income = IncomeForm(services, actor)
        self.income.failed.connect(self._show_error)
        self.income.done.connect(self._done)
        self.tabs = QTabWidget()
        self._lay_out()
        self.table.itemSelectionChanged.connect(self._keeper_chosen)
        self.buttons["add"].clicked.connect(self.add_keeper)
        self.buttons["leave"].clicked.connect(self.leave)
        self.buttons["check"].clicked.connect(self.check)
        self.reload()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("keeping.title"), tr("keeping.subtitle")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        roles = self.actor.roles
        # The officer who leaves items registers the keeper too (Decree 152/2026 Art 24.3).
        forms = (
            ("keeping.tab_check", self._check_form(), (Permission.STOCKTAKE,)),
            ("keeping.tab_leave", self._leave_form(), (Permission.LEAVE_WITH_KEEPER,)),
            ("keeping.tab_new", self._new_form(),
             (Permission.MANAGE_WAREHOUSES, Permission.LEAVE_WITH_KEEPER)),
            ("keeping.tab_income", self.income, (Permission.RECORD_CASE_RESULT,)),
        )  # fmt: skip
        for key, form, permissions in forms:
            index = self.tabs.addTab(form, tr(key))
            # What a role may not do is not offered (the services refuse it anyway); the
            # list of what a keeper holds is for everyone who sees the area.
            offered = any(is_allowed(roles, p) for p in permissions)
            self.tabs.setTabVisible(index, index == 0 or offered)
        self.buttons["check"].setVisible(is_allowed(roles, Permission.STOCKTAKE))
        layout.addWidget(self.tabs, 1)

    def _new_form(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.addWidget(QLabel(tr("keeping.kind")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(QLabel(tr("keeping.name")), 1, 0)
        grid.addWidget(self.name, 1, 1)
        grid.addWidget(QLabel(tr("keeping.address")), 2, 0)
        grid.addWidget(self.address, 2, 1)
        grid.addWidget(self.buttons["add"], 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        return box

    def _leave_form(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.addWidget(QLabel(tr("keeping.codes")), 0, 0)
        grid.addWidget(self.codes, 1, 0, 4, 1)
        rows = (
            ("keeping.officer", self.officer),
            ("keeping.keeper_name", self.keeper_name),
            ("keeping.keeper_position", self.keeper_position),
            ("keeping.party", self.party),
            ("keeping.witness", self.witness),
            ("keeping.refused", self.refused),
            ("keeping.refusal_reason", self.refusal_reason),
        )
        for row, (key, field) in enumerate(rows):
            grid.addWidget(QLabel(tr(key)), row, 1)
            grid.addWidget(field, row, 2)
        grid.addWidget(self.contract_label, len(rows), 1)
        grid.addWidget(self.contract_row, len(rows), 2)
        self._show_contract(None)
        grid.addWidget(self.buttons["leave"], len(rows) + 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        return box

    def _check_form(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.addWidget(QLabel(tr("keeping.held")), 0, 0)
        grid.addWidget(self.held_table, 1, 0, 5, 1)
        rows = (
            ("stocktake.keeper", self.store_keeper),
            ("stocktake.accountant", self.accountant),
            ("stocktake.head", self.head),
            ("stocktake.custodian", self.custodian),
        )
        for row, (key, field) in enumerate(rows):
            grid.addWidget(QLabel(tr(key)), row + 1, 1)
            grid.addWidget(field, row + 1, 2)
        grid.addWidget(self.buttons["check"], len(rows) + 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        return box

    # Data ------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.keeper_id()
        try:
            self.keepers = self.services.keeping.keepers(self.actor)
        except DomainError as exc:
            self._failed(exc)
            return
        self.table.setRowCount(len(self.keepers))
        for row, k in enumerate(self.keepers):
            due = day(k.check_due) if k.check_due else "—"
            cells = (k.code, label(k.kind, language()), k.name, k.address, str(k.held),
                     day(k.handed_over) if k.handed_over else "—",
                     day(k.last_check) if k.last_check else "—", due)  # fmt: skip
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, k.id)
                self.table.setItem(row, column, cell)
            if k.id == chosen:
                self.table.selectRow(row)
        self._fill_held(self._current())
        self._fill_officers(self._current())
        self.income.show_keeper(self._current())

    def keeper_id(self) -> int | None:
        return selected_row_id(self.table)

    def choose(self, keeper_id: int) -> None:
        for row, k in enumerate(self.keepers):
            if k.id == keeper_id:
                self.table.selectRow(row)

    def _keeper_chosen(self) -> None:
        keeper = self._current()
        self._fill_held(keeper)
        self._fill_officers(keeper)
        self.income.show_keeper(keeper)
        self._show_contract(keeper)
        if keeper is not None:
            # The owner signs himself; a body's representative is typed in.
            self.custodian.setText(keeper.name if keeper.kind is CustodianKind.OWNER else "")
            # A name filled in for the owner chosen before is not the next keeper's signer.
            if self.keeper_name.text() in ("", self._filled_name):
                filled = keeper.name if keeper.kind is CustodianKind.OWNER else ""
                self.keeper_name.setText(filled)
                self._filled_name = filled

    def _current(self) -> KeeperView | None:
        wanted = self.keeper_id()
        return next((k for k in self.keepers if k.id == wanted), None)

    def _show_contract(self, keeper: KeeperView | None) -> None:
        """Only a paid keeper (Law 106/2025 Art 40.1.c) keeps on a service contract."""
        paid = keeper is not None and keeper.kind is CustodianKind.THIRD_PARTY
        self.contract_label.setVisible(paid)
        self.contract_row.setVisible(paid)

    def _contract(self, keeper: KeeperView) -> ServiceContract | None:
        """The contract typed for a paid keeper; a fee that is no amount is said at once."""
        if keeper.kind is not CustodianKind.THIRD_PARTY:
            return None
        digits = "".join(c for c in self.contract_fee.text() if c not in " .,đVND")
        if digits and not digits.isdigit():
            raise ValidationError("validation.value", field="field.keeping_contract_fee",
                                  value=self.contract_fee.text()[:40])  # fmt: skip
        if not self.contract_number.text().strip() and not digits:
            return ServiceContract("", None, None)  # none typed: the service says it is needed
        signed = self.contract_date.date().toPython()
        assert isinstance(signed, date)
        return ServiceContract(self.contract_number.text(), signed,
                               int(digits) if digits else None)  # fmt: skip

    def _fill_officers(self, keeper: KeeperView | None) -> None:
        """The officers who may draw up this keeper's minutes; the user himself first chosen
        when he is one, else none until picked."""
        wanted = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(tr("keeping.choose_officer"), None)
        try:
            officers = self.services.keeping.officers(self.actor, keeper.id) if keeper else []
        except DomainError as exc:
            self._failed(exc)
            officers = []
        for officer in officers:
            self.officer.addItem(officer.name, officer.id)
        for choice in (wanted, self.actor.user_id):
            index = self.officer.findData(choice) if choice is not None else -1
            if index > 0:
                self.officer.setCurrentIndex(index)
                break

    def _fill_held(self, keeper: KeeperView | None) -> None:
        try:
            self.held = self.services.keeping.held(self.actor, keeper.id) if keeper else []
        except DomainError as exc:
            self._failed(exc)
            self.held = []
        self.held_table.setRowCount(len(self.held))
        for row, item in enumerate(self.held):
            seen = QTableWidgetItem()
            seen.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            seen.setCheckState(Qt.CheckState.Checked)
            seen.setData(Qt.ItemDataRole.UserRole, item.id)
            self.held_table.setItem(row, 0, seen)
            since = day(item.handed_over) if item.handed_over else "—"
            for column, value in enumerate((item.code, item.name, since), 1):
                self.held_table.setItem(row, column, QTableWidgetItem(value))

    # Actions ---------------------------------------------------------------------------

    def add_keeper(self) -> None:
        kind = CustodianKind(self.kind.currentData())
        try:
            made = self.services.keeping.add_keeper(
                self.actor, kind, self.name.text(), self.address.text()
            )
        except DomainError as exc:
            self._failed(exc)
            return
        self._done(tr("keeping.added", code=made.code, name=made.name))
        self.name.clear()
        self.address.clear()
        self.reload()
        self.choose(made.id)

    def leave(self) -> None:
        keeper = self._current()
        if keeper is None:
            self.error.show_message(tr("keeping.choose_keeper"))
            return
        try:
            ids = [
                self.services.items.by_code(self.actor, code).id
                for code in self.codes.toPlainText().split()
            ]
            handover = Handover(
                self.officer.currentData(),
                BodyKeeper(self.keeper_name.text(), self.keeper_position.text()),
                self.party.text(),
                self.witness.text(),
                refused=self.refused.text(),
                refusal_reason=self.refusal_reason.text(),
                contract=self._contract(keeper),
            )
            done = self.services.keeping.leave(self.actor, keeper.id, ids, handover)
        except DomainError as exc:
            self._failed(exc)
            return
        self._done(tr("keeping.left", count=done.count, name=keeper.name,
                      number=done.minutes_number))  # fmt: skip
        self.codes.clear()
        self.refused.clear()
        self.refusal_reason.clear()
        self.contract_number.clear()
        self.contract_fee.clear()
        self.reload()
        self.itemsChanged.emit(done.count)

    def check(self) -> None:
        keeper = self._current()
        if keeper is None:
            self.error.show_message(tr("keeping.choose_keeper"))
            return
        seen = [
            self.held[row].code
            for row in range(self.held_table.rowCount())
            if self.held_table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
        signers = Signers(self.store_keeper.text(), self.accountant.text(), self.head.text(),
                          self.custodian.text())  # fmt: skip
        try:
            take = self.services.keeping.check(self.actor, keeper.id, seen, signers)
        except DomainError as exc:
            self._failed(exc)
            return
        self._done(tr("keeping.checked", name=keeper.name, present=take.present_count,
                      missing=take.missing_count))  # fmt: skip
        self.reload()

    def _done(self, text: str) -> None:
        self.error.show_message("")
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        self.message.setText("")
        self.error.show_message(text)

    def _failed(self, exc: DomainError) -> None:
        report_connection(self, exc)
        self.message.setText("")
        self.error.show_message(message_of(exc))


__all__ = ["KeepingView"]
