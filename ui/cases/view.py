"""Cases: search by name or number, the selected case's judgment, parties and items."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import CaseItems, ItemRow
from evidence_app.services.core.dto import CaseView as CaseDto
from evidence_app.services.facade import Services
from ui.cases.disposition_dialog import DispositionDialog, NoticeDialog
from ui.cases.history_dialog import ChangeDialog, ClosePeriodDialog, HistoryDialog
from ui.cases.obligations_dialog import ObligationsDialog
from ui.cases.results_dialog import (
    ConfirmDialog,
    OutcomeDialog,
    PaymentDialog,
    VerificationDialog,
)
from ui.common.errors import show_error
from ui.common.formats import day, money, number
from ui.common.scan_feedback import show_status
from ui.common.view_models import RowIdRole, cases_model, item_rows_model
from ui.common.view_parts import rows_table, section_title
from ui.documents import DocumentList
from ui.strings import language, tr

SEARCH_DELAY_MS = 200
CASE_LIMIT = 300
ITEM_LIMIT = 500
FIELDS = (
    "case.col_name",
    "case.judgment",
    "case.court",
    "case.decision",
    "case.amount_to_enforce",
    "case.amount_enforced",
    "result.state",
    "case.notices",
)
PARTY_COLUMNS = ("case.party_role", "case.party_name", "case.party_id", "case.party_address")


def case_fields(case: CaseDto) -> dict[str, str]:
    """The text of each field of the case, as the view shows it."""
    none = tr("panel.none")

    def dated(number: str, when: object) -> str:
        if number and when:
            return tr("case.dated", number=number, date=day(when))  # type: ignore[arg-type]
        return number or none

    return {
        "case.col_name": case.name,
        "case.judgment": dated(case.judgment_number, case.judgment_date),
        "case.court": case.court or none,
        # Ex officio or on request (Law 106/2025 Art 33.2, 34) beside the decision it names.
        "case.decision": tr(
            "case.decision_kind",
            decision=dated(case.decision_number, case.decision_date),
            kind=tr("intake.ex_officio" if case.ex_officio else "intake.on_request").lower(),
        ),
        "case.amount_to_enforce": money(case.amount_to_enforce),
        "case.amount_enforced": money(case.amount_enforced),
    }


class CaseView(QWidget):
    """Find a case, read it, and pick one of its items (``itemSelected`` gives its id)."""

    itemSelected = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.current: CaseItems | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("case.search_placeholder"))
        self.search.setAccessibleName(tr("case.search_label"))
        self.search.setClearButtonEnabled(True)
        self.hits = QLabel()
        self.cases = cases_model(self)
        self.case_table = rows_table(self.cases)
        self.case_table.setColumnWidth(0, 260)
        self.case_table.setMinimumWidth(200)
        self.case_table.selectionModel().selectionChanged.connect(self._case_selected)
        self.items = item_rows_model(self)
        self.item_table = rows_table(self.items)
        # Several items at once: a judgment orders the disposition of many.
        self.item_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.item_table.selectionModel().selectionChanged.connect(self._item_selected)
        self.record_disposition = QPushButton(tr("case.record_disposition"))
        self.record_disposition.setVisible(is_allowed(actor.roles, Permission.DECIDE_DISPOSITION))
        self.record_disposition.clicked.connect(self.ask_disposition)
        self.record_notice = QPushButton(tr("case.record_notice"))
        self.record_notice.setVisible(is_allowed(actor.roles, Permission.DECIDE_DISPOSITION))
        self.record_notice.clicked.connect(self.ask_notice)
        may_record = is_allowed(actor.roles, Permission.RECORD_CASE_RESULT)
        self.result_buttons = {
            key: QPushButton(tr(f"result.{key}"))
            for key in (
                "record_outcome",
                "record_payment",
                "confirm",
                "record_change",
                "history",
                "close_period",
                "record_verification",
                "list_obligations",
            )
        }
        # Issue 19: the case's obligations, listed once (Law 106/2025 Art 3.8).
        self.result_buttons["list_obligations"].setVisible(may_record)
        self.result_buttons["list_obligations"].clicked.connect(self.ask_obligations)
        self.result_buttons["record_verification"].setVisible(may_record)
        self.result_buttons["record_verification"].setToolTip(tr("result.record_verification_tip"))
        self.result_buttons["record_verification"].clicked.connect(self.ask_verification)
        self.result_buttons["record_change"].setVisible(may_record)
        self.result_buttons["record_change"].clicked.connect(lambda: self.ask_result(ChangeDialog))
        self.result_buttons["history"].clicked.connect(self.show_history)
        self.result_buttons["close_period"].setVisible(
            is_allowed(actor.roles, Permission.CONFIRM_CASE_RESULT)
        )
        self.result_buttons["close_period"].clicked.connect(
            lambda: ClosePeriodDialog(self.services, self.actor, self).exec()
        )
        self.result_buttons["record_outcome"].setVisible(may_record)
        self.result_buttons["record_payment"].setVisible(may_record)
        self.result_buttons["confirm"].setVisible(
            is_allowed(actor.roles, Permission.CONFIRM_CASE_RESULT)
        )
        self.result_buttons["record_outcome"].clicked.connect(
            lambda: self.ask_result(OutcomeDialog)
        )
        self.result_buttons["record_payment"].clicked.connect(
            lambda: self.ask_result(PaymentDialog)
        )
        self.result_buttons["confirm"].clicked.connect(self.ask_confirm)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.hits, self.case_table):
            column.addWidget(widget)
        self.detail = QStackedWidget()
        empty = QLabel(tr("case.empty"))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.detail.addWidget(empty)
        self.detail.addWidget(self._details_page())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.run_search()

    def _details_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            value = QLabel()
            value.setObjectName(key)
            value.setProperty("data", True)  # what was recorded, shown as typed
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(f"{tr(key)}:", value)
        layout.addLayout(form)
        # Two to a row: three side by side made the area wider than a 1093-pixel screen.
        results = QGridLayout()
        for i, button in enumerate(self.result_buttons.values()):
            results.addWidget(button, i // 2, i % 2)
        results.setColumnStretch(2, 1)
        layout.addLayout(results)
        layout.addWidget(section_title(tr("case.parties")))
        self.parties = QTableWidget(0, len(PARTY_COLUMNS))
        self.parties.setObjectName("parties")
        self.parties.setHorizontalHeaderLabels([tr(k) for k in PARTY_COLUMNS])
        self.parties.verticalHeader().hide()
        self.parties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties.horizontalHeader().setStretchLastSection(True)
        self.parties.setFixedHeight(self.fontMetrics().height() * 7)  # header and 3 parties
        layout.addWidget(self.parties)
        self.items_title = section_title(tr("case.items"))
        layout.addWidget(self.items_title)
        layout.addWidget(self.item_table, 3)
        # Under the items they act on; a row of their own keeps the pane narrow at 1093 px.
        actions = QHBoxLayout()
        actions.addWidget(self.record_disposition)
        actions.addWidget(self.record_notice)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(section_title(tr("docs.title")))
        self.documents = DocumentList(self.services, self.actor)
        layout.addWidget(self.documents, 2)
        # Heights by the stretch factors (items 3 : papers 2), not by the tables' size hints,
        # which would leave the items two rows on a 768-pixel screen.
        for table in (self.item_table, self.documents.table):
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        return page

    def run_search(self) -> None:
        """Show the cases matching the search box, newest first (all recent ones if empty)."""
        self._timer.stop()
        try:
            # One more than shown: the list says when it stops short.
            found = self.services.cases.search(self.actor, self.search.text(), CASE_LIMIT + 1)
        except DomainError as exc:
            show_error(self, exc)
            return
        capped = len(found) > CASE_LIMIT
        found = found[:CASE_LIMIT]
        self.cases.set_rows(found)
        if capped:
            self.hits.setText(tr("case.hits_capped", count=number(CASE_LIMIT)))
        else:
            self.hits.setText(tr("case.hits", count=len(found)) if found else tr("case.no_hits"))
        if self.current is not None:
            row = self.cases.row_of(self.current.case.id)
            if row is not None:
                self.case_table.selectRow(row)

    def open_case(self, case_id: int) -> None:
        """Show a case, its parties and its items; select it in the list when it is there."""
        try:
            loaded = self.services.cases.items(self.actor, case_id, ITEM_LIMIT)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.current = loaded
        for key, text in case_fields(loaded.case).items():
            self.values[key].setText(text)
        self.values["case.notices"].setText(self._notices_text(case_id))
        self.values["result.state"].setText(self._result_text(case_id))
        self._fill_parties(loaded)
        self.items.set_rows(loaded.items)
        self.documents.show_case(case_id)
        shown, total = len(loaded.items), loaded.total
        self.items_title.setText(
            tr("case.items_capped", total=total, shown=shown)
            if shown < total
            else tr("case.items_count", total=total)
        )
        self.detail.setCurrentIndex(1)
        row = self.cases.row_of(case_id)
        selected = self.case_table.selectionModel().selectedRows()
        if row is not None and [i.row() for i in selected] != [row]:
            self.case_table.selectRow(row)

    def selected_items(self) -> list[ItemRow]:
        rows = {i.row() for i in self.item_table.selectionModel().selectedRows()}
        return [self.items.row(r) for r in sorted(rows)]

    def ask_disposition(self) -> None:
        """Record what the judgment orders for the selected items, then show them again."""
        chosen = self.selected_items()
        if self.current is None or not chosen:
            QMessageBox.information(self, tr("disposition.title"), tr("case.choose_items_first"))
            return
        dialog = DispositionDialog(self.services, self.actor, self.current.case, chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_case(self.current.case.id)
            show_status(self, tr("disposition.recorded", count=len(chosen)))

    def _notices_text(self, case_id: int) -> str:
        try:
            notices = self.services.dispositions.notices(self.actor, case_id)
        except DomainError:
            notices = []
        lines = [
            tr("case.notice_line", number=n.number, date=day(n.notified_on),
               kind=label(n.kind, language()))
            for n in notices
        ]  # fmt: skip
        return "\n".join(lines) or tr("panel.none")

    def ask_notice(self) -> None:
        """Record a notice for the case shown; its deadlines follow on the dashboard."""
        if self.current is None:
            return
        dialog = NoticeDialog(self.services, self.actor, self.current.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_case(self.current.case.id)
            show_status(self, tr("notice.recorded", number=dialog.number.text().strip()))

    def _result_text(self, case_id: int) -> str:
        """Where the case stands by its confirmed record, and what awaits the head."""
        try:
            now = self.services.case_results.results(self.actor, case_id)
        except DomainError:
            return tr("panel.none")
        waiting = sum(1 for r in now.records if r.accepted is None) + now.changes_waiting
        values = {
            "state": label(now.state, language()), "collected": money(now.collected),
            "remaining": money(now.remaining),
            "pending": self._obligations_text(case_id)
            + (tr("result.pending_suffix", count=waiting) if waiting else ""),
        }  # fmt: skip
        if now.since is None:
            return tr("result.state_line_open", **values)
        return tr("result.state_line", since=day(now.since), **values)

    def _obligations_text(self, case_id: int) -> str:
        """How many obligations the case lists and where each stands, counted by standing
        ("; 2 khoản: Đã thi hành xong 1, Có điều kiện thi hành 1"); empty if none listed."""
        listed = self.services.case_results.obligations(self.actor, case_id)
        if not listed:
            return ""
        standing = Counter(label(o.state, language()) for o in listed)
        parts = ", ".join(f"{state} {count}" for state, count in standing.items())
        return tr("result.obligations_suffix", count=len(listed), standing=parts)

    def show_history(self) -> None:
        """The case's outcomes, payments and changes, newest first (issue 19)."""
        if self.current is not None:
            HistoryDialog(self.services, self.actor, self.current.case, self).exec()

    def ask_result(
        self, kind: type[OutcomeDialog] | type[PaymentDialog] | type[ChangeDialog]
    ) -> None:
        """Record an outcome or a payment for the case shown; it waits for the head."""
        if self.current is None:
            return
        dialog = kind(self.services, self.actor, self.current.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_case(self.current.case.id)
            show_status(self, tr("result.recorded"))

    def ask_obligations(self) -> None:
        """List the case's obligations (once), or see them with their standing and money."""
        if self.current is None:
            return
        dialog = ObligationsDialog(self.services, self.actor, self.current.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_case(self.current.case.id)

    def ask_verification(self) -> None:
        """A verification of Law 106/2025 Art 38.3 (Decree 152/2026 Art 22's ground)."""
        if self.current is None:
            return
        dialog = VerificationDialog(self.services, self.actor, self.current.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_case(self.current.case.id)
            show_status(self, tr("result.verified"))

    def ask_confirm(self) -> None:
        """The head's queue of records awaiting confirmation; the case is shown again after."""
        ConfirmDialog(self.services, self.actor, self).exec()
        if self.current is not None:
            self.open_case(self.current.case.id)

    def current_case_id(self) -> int | None:
        """The id of the case shown, or None before one is opened."""
        return self.current.case.id if self.current is not None else None

    def _fill_parties(self, loaded: CaseItems) -> None:
        parties = loaded.case.parties
        self.parties.setRowCount(len(parties))
        for row, party in enumerate(parties):
            texts = (label(party.role, language()), party.full_name, party.id_number, party.address)
            for column, text in enumerate(texts):
                self.parties.setItem(row, column, QTableWidgetItem(text))
        self.parties.resizeColumnsToContents()

    def _case_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            case_id = int(indexes[0].data(RowIdRole))
            if self.current is None or self.current.case.id != case_id:
                self.open_case(case_id)

    def _item_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.itemSelected.emit(int(indexes[0].data(RowIdRole)))
