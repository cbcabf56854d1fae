"""The obligations of a case, listed once (issue 19; Law 106/2025 Art 3.8: one decision is
one case, its money counted per obligation): an editable table of kind and amount, in the
order payments for the whole case will fill them; the service refuses a list that does not
add up to the case's amount, and the dialog shows why and writes nothing. Once listed, the
dialog shows the list with each obligation's standing and money, read only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.outcomes import ObligationKind
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import CaseView
from evidence_app.services.facade import Services
from evidence_app.services.outcomes import ObligationDraft, ObligationView
from ui.cases.results_dialog import parse_money
from ui.common.errors import message_of
from ui.common.formats import money
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr

COLUMNS = ("obligation.col_kind", "obligation.col_amount", "obligation.col_note")
SHOWN = ("obligation.col_kind", "obligation.col_amount", "obligation.col_state",
         "obligation.col_collected")  # fmt: skip


class ObligationsDialog(QDialog):
    """Type the obligations row by row; OK records them all at once, or nothing."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.setWindowTitle(tr("obligation.title"))
        self.setMinimumSize(680, 340)
        self.error = ErrorLabel()
        self.listed: list[ObligationView] = []
        try:
            self.listed = services.case_results.obligations(actor, case.id)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
        layout = QVBoxLayout(self)
        hint = tr("obligation.hint", amount=money(case.amount_to_enforce))
        layout.addWidget(heading(tr("obligation.title"), hint))
        self.buttons: dict[str, QPushButton] = {}
        if self.listed:
            self.table = self._shown()
            layout.addWidget(self.table, 1)
            layout.addWidget(self.error)
            layout.addWidget(ok_cancel(self))
            return
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(k) for k in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The kinds' names whole ("Án phí, lệ phí Tòa án"), the amounts to hundreds of billions.
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 150)
        row = QHBoxLayout()
        for key, slot in (("add_row", self.add_row), ("remove_row", self.remove_row)):
            button = QPushButton(tr(f"obligation.{key}"))
            button.setObjectName(key)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.record))
        self.add_row()

    def _shown(self) -> QTableWidget:
        table = QTableWidget(len(self.listed), len(SHOWN))
        table.setHorizontalHeaderLabels([tr(k) for k in SHOWN])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        for r, o in enumerate(self.listed):
            texts = (f"{o.position}. {label(o.kind, language())}", money(o.amount),
                     label(o.state, language()), money(o.collected))  # fmt: skip
            for column, text in enumerate(texts):
                table.setItem(r, column, QTableWidgetItem(text))
        return table

    def add_row(self) -> None:
        """A new row: the kind chosen from the list, the amount and a note typed."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        for member in ObligationKind:
            kind.addItem(label(member, language()), member)
        self.table.setCellWidget(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setItem(row, 2, QTableWidgetItem(""))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def kind_at(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QComboBox)
        return widget

    def drafts(self) -> list[ObligationDraft]:
        """The rows as typed; a row left wholly empty is skipped."""
        found = []
        for row in range(self.table.rowCount()):
            amount = self.table.item(row, 1)
            note = self.table.item(row, 2)
            typed = amount.text().strip() if amount is not None else ""
            remark = note.text().strip() if note is not None else ""
            if not typed and not remark:
                continue
            kind = ObligationKind(self.kind_at(row).currentData())
            found.append(ObligationDraft(kind, parse_money(typed), remark))
        return found

    def record(self) -> None:
        """All the rows or nothing: a refusal stays in the dialog with its reason."""
        try:
            self.listed = self.services.case_results.list_obligations(
                self.actor, self.case.id, self.drafts()
            )
        except ValueError as exc:
            self.error.show_message(str(exc))
            return
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.accept()
