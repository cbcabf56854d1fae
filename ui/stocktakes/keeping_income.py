"""The keeping screen's income tab (Law 106/2025 Art 40.2-3): the officer records the income a
keeper earned exploiting an asset, the related costs and what remains, paid in to enforce
the judgment, against the keeping minutes it was earned under; the keeping's incomes are
listed beside, with the head's word on each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.stocktakes import (
    IncomeDraft,
    IncomeView,
    KeeperView,
    KeepingMinutesChoice,
)
from ui.common.errors import message_of, report_connection
from ui.common.formats import day, money, today_qdate
from ui.common.view_parts import keyed_table
from ui.strings import tr

COLUMNS = (
    "income.col.paid_on",
    "income.col.minutes",
    "income.col.gross",
    "income.col.costs",
    "income.col.net",
    "income.col.receipt",
    "income.col.state",
)


def parse_amount(text: str, field: str) -> int | None:
    """ "6.000.000", "6,000,000 đ" or "6000000" → 6000000; nothing typed → None."""
    digits = "".join(c for c in text if c not in " .,đVND")
    if digits and not digits.isdigit():
        raise ValidationError("validation.value", field=field, value=text[:40])
    return int(digits) if digits else None


class IncomeForm(QWidget):
    """The chosen keeper's incomes on the left, the form recording one on the right."""

    #: Something went wrong (its message) or was done (its message), for the screen's lines.
    failed = Signal(str)
    done = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.keeper: KeeperView | None = None
        self.incomes: list[IncomeView] = []
        self.table = keyed_table(COLUMNS, 1)
        self.table.setObjectName("incomes")
        self.minutes = QComboBox()
        self.minutes.setObjectName("income_minutes")
        self.found: list[KeepingMinutesChoice] = []
        # The case credited, when the minutes left items of several cases (Law Art 40.3).
        self.case = QComboBox()
        self.case.setObjectName("income_case")
        self.case.setAccessibleName(tr("income.case"))
        self.gross, self.costs, self.receipt = QLineEdit(), QLineEdit(), QLineEdit()
        self.gross.setObjectName("income_gross")
        self.costs.setObjectName("income_costs")
        self.receipt.setObjectName("income_receipt")
        self.receipt.setMaxLength(60)
        self.net = QLabel("—")
        self.net.setObjectName("income_net")
        self.paid_on = QDateEdit(today_qdate())
        self.paid_on.setObjectName("income_paid_on")
        self.paid_on.setDisplayFormat("dd/MM/yyyy")
        self.paid_on.setCalendarPopup(True)
        self.button = QPushButton(tr("income.record"))
        self.button.setObjectName("record_income")
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("income.history")), 0, 0)
        grid.addWidget(self.table, 1, 0, 8, 1)
        rows = (
            ("income.minutes", self.minutes),
            ("income.case", self.case),
            ("income.gross", self.gross),
            ("income.costs", self.costs),
            ("income.net", self.net),
            ("income.paid_on", self.paid_on),
            ("income.receipt", self.receipt),
        )
        for row, (key, field) in enumerate(rows, 1):
            grid.addWidget(QLabel(tr(key)), row, 1)
            grid.addWidget(field, row, 2)
        grid.addWidget(self.button, len(rows) + 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.gross.textChanged.connect(self._show_net)
        self.costs.textChanged.connect(self._show_net)
        self.button.clicked.connect(self.record)
        self.minutes.currentIndexChanged.connect(self._fill_cases)

    def show_keeper(self, keeper: KeeperView | None) -> None:
        """The keeper's minutes still in force and its incomes."""
        self.keeper = keeper
        self.minutes.clear()
        try:
            found = self.services.keeping_income.minutes(self.actor, keeper.id) if keeper else []
            self.incomes = (
                self.services.keeping_income.incomes(self.actor, keeper.id) if keeper else []
            )
        except DomainError as exc:
            self._failed(exc)
            found, self.incomes = [], []
        self.found = found
        for m in found:
            case = f" – {m.case_name}" if m.case_name else ""
            text = tr("income.minutes_item", number=m.number, day=day(m.handed_on), case=case)
            # Income earned while kept is owed after the keeping ended (Art 40.3).
            ended = "" if m.held else tr("income.minutes_ended")
            self.minutes.addItem(text + ended, m.minutes_document_id)
        self._fill_cases()
        self.table.setRowCount(len(self.incomes))
        for row, i in enumerate(self.incomes):
            cells = (day(i.paid_on), i.minutes_number, money(i.gross), money(i.costs),
                     money(i.net), i.receipt_number, self._state(i))  # fmt: skip
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _fill_cases(self) -> None:
        """The chosen minutes' cases in the officer's unit; the one chosen when alone, else
        none until he picks."""
        self.case.clear()
        wanted = self.minutes.currentData()
        chosen = next((m for m in self.found if m.minutes_document_id == wanted), None)
        cases = chosen.cases if chosen is not None else ()
        if len(cases) != 1:
            self.case.addItem(tr("income.choose_case"), None)
        for c in cases:
            self.case.addItem(c.name, c.id)
        self.case.setEnabled(len(cases) > 1)

    @staticmethod
    def _state(i: IncomeView) -> str:
        if i.voided:
            return tr("income.state_voided")
        if i.accepted is None:
            return tr("income.state_pending")
        return tr("income.state_accepted" if i.accepted else "income.state_refused")

    def _show_net(self) -> None:
        """What is paid in: the income less the costs (Art 40.3), as it is typed."""
        try:
            gross = parse_amount(self.gross.text(), "field.income_gross")
            costs = parse_amount(self.costs.text(), "field.income_costs") or 0
        except ValidationError:
            self.net.setText("—")
            return
        self.net.setText(money(gross - costs) if gross is not None else "—")

    def record(self) -> None:
        if self.keeper is None:
            self.failed.emit(tr("keeping.choose_keeper"))
            return
        minutes = self.minutes.currentData()
        if minutes is None:
            self.failed.emit(tr("income.no_minutes", name=self.keeper.name))
            return
        paid_on = self.paid_on.date().toPython()
        assert isinstance(paid_on, date)
        try:
            draft = IncomeDraft(
                int(minutes),
                parse_amount(self.gross.text(), "field.income_gross"),
                parse_amount(self.costs.text(), "field.income_costs"),
                paid_on,
                self.receipt.text(),
                self.case.currentData(),
            )
            made = self.services.keeping_income.record(self.actor, self.keeper.id, draft)
        except DomainError as exc:
            self._failed(exc)
            return
        self.done.emit(tr("income.recorded", net=money(made.net), case=made.case_name,
                          number=made.minutes_number))  # fmt: skip
        for field in (self.gross, self.costs, self.receipt):
            field.clear()
        self.show_keeper(self.keeper)

    def _failed(self, exc: DomainError) -> None:
        report_connection(self, exc)
        self.failed.emit(message_of(exc))


__all__ = ["IncomeForm", "parse_amount"]
