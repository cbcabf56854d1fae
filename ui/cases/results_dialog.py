"""A case's outcomes and payments: the officer records each with its document, the head who
did not record it confirms or refuses (Law 106/2025 Art 38, 46–49, 54–55; issue 19)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.outcomes import (
    ChangeKind,
    NotEnforceableReason,
    ObligationKind,
    OutcomeKind,
)
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import CaseView
from evidence_app.services.facade import Services
from evidence_app.services.outcomes import (
    OutcomeDraft,
    Paper,
    PaymentDraft,
    RecordView,
    VerificationDraft,
)
from ui.common.errors import message_of
from ui.common.formats import day, money, today_qdate
from ui.common.view_parts import keyed_table
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr


def date_edit() -> QDateEdit:
    edit = QDateEdit(today_qdate())
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def to_day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def parse_money(text: str) -> int:
    """ "15.000.000", "15,000,000 đ" or "15000000" → 15000000; empty → 0."""
    digits = "".join(c for c in text if c not in " .,đVND")
    if digits and not digits.isdigit():
        raise ValueError(tr("result.bad_money"))
    return int(digits or "0")


class RecordDialog(QDialog):
    """The document every record rests on, an error line, OK and Cancel."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case = services, actor, case
        self.setMinimumWidth(540)
        self.form = QFormLayout()
        self.doc_number, self.doc_issuer = QLineEdit(), QLineEdit()
        self.doc_date = date_edit()
        self.note = QLineEdit()
        self.error = ErrorLabel()
        self.recorded: object | None = None

    def add_obligation_choice(self) -> None:
        """When the case lists its obligations, the record may concern one of them (an
        optional choice: the whole case by default; issue 19, Law 106/2025 Art 3.8)."""
        self.obligation = QComboBox()
        self.obligation.setObjectName("obligation")
        self.obligation.addItem(tr("result.whole_case"), None)
        try:
            listed = self.services.case_results.obligations(self.actor, self.case.id)
        except DomainError:
            listed = []
        for o in listed:
            self.obligation.addItem(obligation_text(o.position, o.kind, o.amount), o.id)
        if listed:
            self.form.addRow(tr("result.obligation"), self.obligation)
        else:
            self.obligation.hide()

    def obligation_id(self) -> int | None:
        data = self.obligation.currentData()
        return int(data) if data is not None else None

    def finish_layout(self, title: str, hint: str) -> None:
        self.setWindowTitle(title)
        self.form.addRow(tr("result.doc_number"), self.doc_number)
        self.form.addRow(tr("result.doc_date"), self.doc_date)
        self.form.addRow(tr("result.doc_issuer"), self.doc_issuer)
        self.form.addRow(tr("result.note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, hint))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.record))

    def paper(self) -> Paper:
        return Paper(self.doc_number.text(), to_day(self.doc_date), self.doc_issuer.text())

    def save(self, write: Callable[[], object]) -> None:
        """A refusal stays in the dialog and writes nothing."""
        try:
            self.recorded = write()
        except ValueError as exc:
            self.error.show_message(str(exc))
            return
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.accept()

    def record(self) -> None:
        raise NotImplementedError


class OutcomeDialog(RecordDialog):
    """Enforceable, not yet enforceable (with its ground), postponed, suspended, resumed,
    terminated, completed or entrusted, from a day, with the document."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, actor, case, parent)
        self.kind = QComboBox()
        # Decree 152/2026 Art 22: an ex officio case (Law 106/2025 Art 33.2) may move to the
        # separate book, a case on request (Art 34) have its request returned; never the other.
        other = OutcomeKind.REQUEST_RETURNED if case.ex_officio else OutcomeKind.SEPARATE_BOOK
        for kind in OutcomeKind:
            if kind is not other:
                self.kind.addItem(label(kind, language()), kind)
        self.reason = QComboBox()
        for reason in NotEnforceableReason:
            self.reason.addItem(label(reason, language()), reason)
        self.effective_on = date_edit()
        # Decree 152/2026 Art 22.2: the notice returning a request goes to the procuracy too.
        self.procuracy_number, self.procuracy = QLineEdit(), QLineEdit()
        self.procuracy_on = date_edit()
        self.add_obligation_choice()
        self.form.addRow(tr("result.kind"), self.kind)
        self.form.addRow(tr("result.reason"), self.reason)
        self.form.addRow(tr("result.effective_on"), self.effective_on)
        self.form.addRow(tr("result.procuracy_number"), self.procuracy_number)
        self.form.addRow(tr("result.procuracy_on"), self.procuracy_on)
        self.form.addRow(tr("result.procuracy"), self.procuracy)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout(tr("result.outcome_title"), tr("result.outcome_hint"))

    def _kind_changed(self) -> None:
        self.reason.setEnabled(self.kind.currentData() == OutcomeKind.NOT_ENFORCEABLE)
        returned = self.kind.currentData() == OutcomeKind.REQUEST_RETURNED
        for edit in (self.procuracy_number, self.procuracy_on, self.procuracy):
            edit.setEnabled(returned)

    def draft(self) -> OutcomeDraft:
        kind = OutcomeKind(self.kind.currentData())
        reason = (
            NotEnforceableReason(self.reason.currentData())
            if kind is OutcomeKind.NOT_ENFORCEABLE
            else None
        )
        copy = None
        if kind is OutcomeKind.REQUEST_RETURNED:
            copy = Paper(
                self.procuracy_number.text(), to_day(self.procuracy_on), self.procuracy.text()
            )
        return OutcomeDraft(
            kind, to_day(self.effective_on), self.paper(), reason, self.note.text(), copy,
            obligation_id=self.obligation_id(),
        )  # fmt: skip

    def record(self) -> None:
        results = self.services.case_results
        self.save(lambda: results.record_outcome(self.actor, self.case.id, self.draft()))


class PaymentDialog(RecordDialog):
    """One payment: the amount, the costs deducted from an asset's proceeds, the day."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, actor, case, parent)
        self.amount, self.costs = QLineEdit(), QLineEdit()
        self.paid_on = date_edit()
        self.add_obligation_choice()
        self.form.addRow(tr("result.amount"), self.amount)
        self.form.addRow(tr("result.costs"), self.costs)
        self.form.addRow(tr("result.paid_on"), self.paid_on)
        self.finish_layout(tr("result.payment_title"), tr("result.payment_hint"))

    def draft(self) -> PaymentDraft:
        return PaymentDraft(
            parse_money(self.amount.text()), to_day(self.paid_on), self.paper(),
            parse_money(self.costs.text()), self.note.text(),
            obligation_id=self.obligation_id(),
        )  # fmt: skip

    def record(self) -> None:
        results = self.services.case_results
        self.save(lambda: results.record_payment(self.actor, self.case.id, self.draft()))


class VerificationDialog(RecordDialog):
    """A verification of a case not yet enforceable (Law 106/2025 Art 38.3), its record and
    whether it found new information on the liable person's means (Decree 152 Art 22)."""

    def __init__(
        self, services: Services, actor: Actor, case: CaseView, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, actor, case, parent)
        self.verified_on = date_edit()
        self.new_information = QCheckBox(tr("result.new_information"))
        self.form.addRow(tr("result.verified_on"), self.verified_on)
        self.form.addRow("", self.new_information)
        self.finish_layout(tr("result.verification_title"), tr("result.verification_hint"))

    def draft(self) -> VerificationDraft:
        return VerificationDraft(
            to_day(self.verified_on), self.paper(), self.new_information.isChecked(),
            self.note.text(),
        )  # fmt: skip

    def record(self) -> None:
        results = self.services.case_results
        self.save(lambda: results.record_verification(self.actor, self.case.id, self.draft()))


def paper_text(number: str, on: str, issuer: str) -> str:
    """ "12/QĐ-THADS, 08/12/2026 – Phòng THADS khu vực 1", leaving out what is empty (a
    correction made on the case form has no number or issuer of its own)."""
    text = ", ".join(part for part in (number, on) if part)
    return f"{text} – {issuer}" if issuer else text


COLUMNS = ("result.col_case", "result.col_what", "result.col_day", "result.col_document",
           "result.col_by")  # fmt: skip


def obligation_text(position: int, kind: ObligationKind, amount: int | None = None) -> str:
    """ "Khoản 2 – Án phí, lệ phí Tòa án (30.000.000 đ)" """
    text = tr("result.obligation_line", position=position, kind=label(kind, language()))
    return f"{text} ({money(amount)})" if amount is not None else text


def what(record: RecordView) -> str:
    text = _what(record)
    if record.obligation_position is not None and record.obligation_kind is not None:
        return f"{text} — {obligation_text(record.obligation_position, record.obligation_kind)}"
    return text


def _what(record: RecordView) -> str:
    if record.change is not None:  # a correction awaiting the head (migration 0027)
        text = tr(f"history.kind.{record.change}")
        if record.change is ChangeKind.AMOUNT:
            detail = f"{money(record.old_value or 0)} → {money(record.new_value or 0)}"
        else:
            detail = record.detail
        return f"{text}: {detail}" if detail else text
    if record.kind is None:
        return tr("result.payment_line", amount=money(record.amount - record.costs))
    text = label(record.kind, language())
    return f"{text}: {label(record.reason, language())}" if record.reason else text


class ConfirmDialog(QDialog):
    """The head's queue: every record awaiting confirmation, confirmed or refused one by one."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(tr("result.confirm_title"))
        self.setMinimumSize(760, 360)
        self.resize(1100, 460)  # room for an obligation's name beside the record (issue 19)
        # What is recorded fits its text whole; the document's issuer gives way instead.
        self.table = keyed_table(COLUMNS, stretch=3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records: list[RecordView] = []
        self.error = ErrorLabel()
        self.buttons = {k: QPushButton(tr(f"result.{k}")) for k in ("accept", "refuse")}
        self.buttons["accept"].clicked.connect(lambda: self.decide(True))
        self.buttons["refuse"].clicked.connect(lambda: self.decide(False))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons["refuse"])
        row.addWidget(self.buttons["accept"])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("result.confirm_title"), tr("result.confirm_hint")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            self.records = self.services.case_results.pending(self.actor)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            self.records = []
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            document = paper_text(r.doc_number, day(r.doc_date), r.doc_issuer)
            texts = (r.case_name, what(r), day(r.day), document, r.recorder_name)
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not self.records:
            self.error.show_message(tr("result.none_pending"))
        for button in self.buttons.values():
            button.setEnabled(bool(self.records))

    def decide(self, accept: bool) -> None:
        """Confirm or refuse the selected record; a refusal by the service stays on screen."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.show_message(tr("result.choose_record"))
            return
        record = self.records[rows[0].row()]
        try:
            self.services.case_results.confirm(self.actor, record, accept=accept)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return
        self.error.hide()
        self.reload()
