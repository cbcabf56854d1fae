"""Kết sổ: the periods of a ledger's working year, and closing the next one with the names of
those who sign it (Circular 04/2023/TT-BTP Art 30.4.c)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.reports.working_year import working_year_of
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.reports import SIGNED_BY, ClosingSigners, PeriodState
from ui.common.errors import show_error
from ui.common.formats import number, today_qdate
from ui.common.scan_feedback import show_status
from ui.common.widgets import heading, unit_choice
from ui.strings import language, tr

_FIELDS = ("head", "accountant", "keeper", "cashier")


class LedgerClosingDialog(QDialog):
    def __init__(
        self, services: Services, actor: Actor, ledger: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.ledger = services, actor, ledger
        self.setWindowTitle(tr("closing.title"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(working_year_of(today_qdate().toPython()) - 1)  # type: ignore[arg-type]
        # Each unit closes its own ledger (issue 21); a user reaching several units (the
        # provincial head) picks whose. The first is the provincial unit (UnitService.all).
        try:
            units = services.units.all(actor)
        except DomainError:
            units = []
        self.unit = unit_choice("closingUnit", units)
        self.unit_label = QLabel(tr("closing.unit"))
        self.periods = QTableWidget(0, 4)
        self.periods.setHorizontalHeaderLabels(
            [tr(f"closing.col_{k}") for k in ("period", "state", "rows", "by")]
        )
        self.periods.verticalHeader().setVisible(False)
        self.periods.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.periods.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.periods.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.names = {k: QLineEdit() for k in _FIELDS}
        wanted = {role for role, _ in SIGNED_BY[ledger]}
        try:
            suggested = services.ledger_closing.suggested_signers(actor)
        except DomainError:
            suggested = ClosingSigners("")
        form = QFormLayout()
        form.addRow(tr("closing.closer"), QLabel(actor.full_name))
        for key in _FIELDS:
            if key in wanted:
                self.names[key].setText(getattr(suggested, key))
                self.names[key].setMaxLength(200)
                form.addRow(tr(f"closing.{key}"), self.names[key])
        self.close_button = QPushButton(tr("closing.close"))
        self.close_button.clicked.connect(self.close_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("closing.title"), tr("closing.hint")))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("reports.year")))
        top.addWidget(self.year)
        if self.unit.count() > 1:
            top.addWidget(self.unit_label)
            top.addWidget(self.unit, 1)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.periods, 1)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.year.valueChanged.connect(self.reload)
        self.unit.currentIndexChanged.connect(self.reload)
        self.states: list[PeriodState] = []
        self.reload()
        self.resize(760, 520)

    def reload(self) -> None:
        try:
            self.states = self.services.ledger_closing.periods(
                self.actor, self.ledger, self.year.value(), self.unit_id()
            )
        except DomainError as exc:
            show_error(self, exc)
            self.states = []
        self.periods.setRowCount(len(self.states))
        lang = language()
        for r, s in enumerate(self.states):
            state = (
                tr("closing.closed_on", day=f"{s.closed_at:%d/%m/%Y}")
                if s.closed_at
                else tr("closing.open" if s.ended else "closing.running")
            )
            cells = (s.period.words(lang), state, number(s.rows) if s.rows is not None else "",
                     s.closed_by)  # fmt: skip
            for c, text in enumerate(cells):
                self.periods.setItem(r, c, QTableWidgetItem(text))
        self.periods.resizeColumnsToContents()
        first_open = next((r for r, s in enumerate(self.states) if not s.closed), 0)
        self.periods.selectRow(first_open)

    def unit_id(self) -> int | None:
        """The unit picked (None when the user reaches one unit: the service takes his)."""
        if self.unit.count() <= 1:
            return None
        data = self.unit.currentData()
        return int(data) if data is not None else None

    def close_selected(self) -> bool:
        row = self.periods.currentRow()
        if not 0 <= row < len(self.states):
            return False
        period = self.states[row].period
        signers = ClosingSigners(*(self.names[k].text() for k in _FIELDS))
        try:
            done = self.services.ledger_closing.close(
                self.actor,
                self.ledger,
                period.year,
                period.kind,
                period.number,
                signers,
                unit_id=self.unit_id(),
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        show_status(self, tr("closing.done", period=done.period.words(language())))
        self.reload()
        return True
