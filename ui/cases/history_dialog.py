"""A case's history and the officer's correction (issue 19): every outcome, payment and
change of the case, newest first, with what was voided and when; a correction (a new amount
to enforce, another officer, the latest outcome or a payment voided as a mistake) is a new
record from its day with its document, never an edit, so past periods' statistics stay as
they were (joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.outcomes import ChangeKind, NotEnforceableReason, OutcomeKind
from evidence_app.reports.working_year import statistics_period, working_year_of
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import CaseView
from evidence_app.services.facade import Services
from evidence_app.services.outcomes import ChangeDraft, ClosingView, HistoryEntry
from ui.cases.results_dialog import (
    RecordDialog,
    date_edit,
    obligation_text,
    parse_money,
    to_day,
)
from ui.common.errors import message_of
from ui.common.formats import day, money
from ui.common.view_parts import keyed_table
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr

HISTORY_COLUMNS = ("result.col_day", "result.col_what", "history.col_detail",
                   "result.col_document", "result.col_by", "history.col_status")  # fmt: skip


def entry_what(entry: HistoryEntry) -> str:
    """What the entry records, and the obligation it concerns when not the whole case, as the
    head's queue says it (issue 19)."""
    text = _entry_what(entry)
    if entry.obligation_position is not None and entry.obligation_kind is not None:
        return f"{text} — {obligation_text(entry.obligation_position, entry.obligation_kind)}"
    return text


def _entry_what(entry: HistoryEntry) -> str:
    if entry.source == "outcome":
        return label(OutcomeKind(entry.what), language())
    if entry.source == "payment":
        return tr("result.payment_line", amount=money(int(entry.detail)))
    return tr(f"history.kind.{entry.what}")


def entry_detail(entry: HistoryEntry) -> str:
    if entry.source == "change" and entry.what == ChangeKind.AMOUNT:
        old, new = entry.detail.split(" → ")
        return f"{money(int(old))} → {money(int(new))}"
    if entry.source == "payment":
        return ""
    if entry.source == "outcome" and entry.detail:  # the Art 38.1 ground, in words
        return label(NotEnforceableReason(entry.detail), language())
    return entry.detail


def entry_status(entry: HistoryEntry) -> str:
    if entry.voided_on is not None:
        return tr("history.voided", day=day(entry.voided_on))
    if entry.accepted is None:
        return tr("history.waiting")
    return tr("history.counts") if entry.accepted else tr("history.refused")


class HistoryDialog(QDialog):
    """The case's history, read only."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("history.title", case=case.name))
        self.setMinimumSize(900, 420)
        self.table = keyed_table(HISTORY_COLUMNS, stretch=2)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("history.title", case=case.name), tr("history.hint")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        try:
            self.entries = services.case_results.history(actor, case.id)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            self.entries = []
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            texts = (day(e.day), entry_what(e), entry_detail(e), e.doc_number, e.recorder_name,
                     entry_status(e))  # fmt: skip
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))


class ChangeDialog(RecordDialog):
    """A correction of the case from a day, with its document."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, actor, case, parent)
        self.kind = QComboBox()
        for kind in ChangeKind:
            if not kind.on_case_form:  # the decision date is corrected on the case form
                self.kind.addItem(tr(f"history.kind.{kind}"), kind)
        self.amount = QLineEdit()
        self.officer = QComboBox()
        self.officer.addItem(tr("history.no_officer"), None)
        try:
            users = services.users.all(actor)
        except DomainError:
            users = []
        for user in users:
            if user.active and Role.OFFICER in user.roles:
                self.officer.addItem(user.full_name, user.id)
        self.record_pick = QComboBox()
        self.effective_on = date_edit()
        self.form.addRow(tr("history.change_kind"), self.kind)
        self.form.addRow(tr("history.new_amount"), self.amount)
        self.form.addRow(tr("history.new_officer"), self.officer)
        self.form.addRow(tr("history.record"), self.record_pick)
        self.form.addRow(tr("result.effective_on"), self.effective_on)
        try:
            self.entries = services.case_results.history(actor, case.id)
        except DomainError:
            self.entries = []
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout(tr("history.change_title"), tr("history.change_hint"))

    def _kind_changed(self) -> None:
        kind = ChangeKind(self.kind.currentData())
        self.amount.setEnabled(kind is ChangeKind.AMOUNT)
        self.officer.setEnabled(kind is ChangeKind.OFFICER)
        source = {ChangeKind.VOID_OUTCOME: "outcome", ChangeKind.VOID_PAYMENT: "payment"}
        self.record_pick.clear()
        self.record_pick.setEnabled(kind in source)
        for e in self.entries:
            if e.source == source.get(kind) and e.accepted and e.voided_on is None:
                self.record_pick.addItem(f"{day(e.day)} – {entry_what(e)} ({e.doc_number})", e.ref)

    def draft(self) -> ChangeDraft:
        kind = ChangeKind(self.kind.currentData())
        value: int | None = None
        if kind is ChangeKind.AMOUNT:
            value = parse_money(self.amount.text())
        elif kind is ChangeKind.OFFICER:
            value = self.officer.currentData()
        record = self.record_pick.currentData() if self.record_pick.isEnabled() else None
        return ChangeDraft(
            kind, to_day(self.effective_on), self.paper(), value, record, self.note.text()
        )

    def record(self) -> None:
        results = self.services.case_results
        self.save(lambda: results.record_change(self.actor, self.case.id, self.draft()))


class ClosePeriodDialog(QDialog):
    """The head closes a statistics period of the working year (3, 6, 10 or 12 months,
    joint Circular 12/2021 Art 5): nothing dated inside it can be written afterwards."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(tr("history.close_title"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(working_year_of(date.today()) - 1)
        self.months = QComboBox()
        for months in (3, 6, 10, 12):
            self.months.addItem(tr("history.months", months=months), months)
        self.months.setCurrentIndex(3)
        self.error = ErrorLabel()
        self.closed: ClosingView | None = None
        form = QFormLayout()
        form.addRow(tr("history.working_year"), self.year)
        form.addRow(tr("history.period"), self.months)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("history.close_title"), tr("history.close_hint")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.close_period))

    def close_period(self) -> None:
        start, end = statistics_period(self.year.value(), int(self.months.currentData()))
        try:
            self.closed = self.services.case_results.close_period(self.actor, start, end)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.accept()
