"""Dialogs of the release screen: a new request, the head's approval (hour and date) or
rejection (reason), and the second person's own login for dual control. Tests replace
``ask``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import ReleasePurpose, ReleaseRequestPurpose
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemRow
from evidence_app.services.custody import (
    REQUESTABLE,
    CheckoutTerms,
    Recipient,
    ReleaseRequestView,
    Witness,
)
from evidence_app.services.facade import Services
from ui.access import WitnessDialog
from ui.common.case_picker import CasePicker
from ui.common.formats import now_qdatetime, qdate, wall_moment
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr


@dataclass(frozen=True, slots=True)
class RequestDraft:
    """What the officer filled in: the arguments of ``release_requests.request``."""

    case_id: int
    item_ids: tuple[int, ...]
    purpose: ReleaseRequestPurpose
    recipient: Recipient
    note: str = ""
    checkout: CheckoutTerms | None = None


#: A temporary release is due back a week later unless the written request says otherwise.
DEFAULT_CHECKOUT_DAYS = 7


class NewRequestDialog(QDialog):
    """The officer picks a case, its stored items, the purpose and the recipient; for a
    temporary release (trích xuất) also the written request, why, and the due date."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.draft: RequestDraft | None = None
        self.setWindowTitle(tr("release_request.new_title"))
        self.setMinimumWidth(560)
        self.case = CasePicker(lambda text, n: services.cases.search(actor, text, n))
        self.items = QListWidget()
        self.purpose = QComboBox()
        for purpose in ReleaseRequestPurpose:
            self.purpose.addItem(label(purpose, language()), purpose)
        self.recipient, self.body, self.note = QLineEdit(), QLineEdit(), QPlainTextEdit()
        self.note.setMaximumHeight(60)
        self.reference, self.why = QLineEdit(), QComboBox()
        for why in ReleasePurpose:
            self.why.addItem(label(why, language()), why)
        self.due = QDateEdit(qdate(agency_today() + timedelta(days=DEFAULT_CHECKOUT_DAYS)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("release_request.case"), self.case)
        form.addRow(tr("release_request.items"), self.items)
        form.addRow(tr("release_request.purpose"), self.purpose)
        form.addRow(tr("release_request.recipient"), self.recipient)
        form.addRow(tr("release_request.recipient_body"), self.body)
        form.addRow(tr("release_request.reference"), self.reference)
        form.addRow(tr("release_request.why"), self.why)
        form.addRow(tr("release_request.due"), self.due)
        form.addRow(tr("release_request.note"), self.note)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("release_request.new_title")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.case.currentIndexChanged.connect(self._load_items)
        self.purpose.currentIndexChanged.connect(self._load_items)
        self.purpose.currentIndexChanged.connect(self._show_terms)
        self._load_items()
        self._show_terms()

    @classmethod
    def ask(
        cls, services: Services, actor: Actor, parent: QWidget | None = None
    ) -> RequestDraft | None:
        dialog = cls(services, actor, parent)
        return dialog.draft if dialog.exec() == QDialog.DialogCode.Accepted else None

    def is_temporary(self) -> bool:
        return self.purpose.currentData() == ReleaseRequestPurpose.TEMPORARY_RELEASE

    def _show_terms(self) -> None:
        """The written request, why and the due date belong to a temporary release only."""
        for field in (self.reference, self.why, self.due):
            self.form.setRowVisible(field, self.is_temporary())

    def terms(self) -> CheckoutTerms | None:
        if not self.is_temporary():
            return None
        due = self.due.date()
        return CheckoutTerms(
            self.reference.text(),
            ReleasePurpose(self.why.currentData()),
            date(due.year(), due.month(), due.day()),
        )

    def _load_items(self) -> None:
        self.items.clear()
        case_id = self.case.currentData()
        if case_id is None:
            return
        # Stored items; for the auction or the council also those already in a lot (sold or
        # not) or listed for destruction: they too leave only on the head's order.
        wanted = REQUESTABLE[ReleaseRequestPurpose(self.purpose.currentData())]
        for row in self.services.cases.items(self.actor, case_id).items:
            if row.status not in wanted:
                continue
            entry = QListWidgetItem(_item_text(row))
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(entry)

    def accept(self) -> None:
        ids = tuple(
            int(self.items.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        )
        if not ids or not self.recipient.text().strip():
            self.error.show_message(tr("release_request.choose_items"))
            return
        self.draft = RequestDraft(
            int(self.case.currentData()),
            ids,
            ReleaseRequestPurpose(self.purpose.currentData()),
            Recipient(self.recipient.text(), self.body.text()),
            self.note.toPlainText(),
            self.terms(),
        )
        super().accept()


class ApproveDialog(QDialog):
    """The head fixes the hour and date of the release."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("release_request.approve_title"))
        self.when = QDateTimeEdit(now_qdatetime(3600))
        self.when.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.when.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(tr("release_request.release_at"), self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(tr("release_request.approve_title"), tr("release_request.approve_hint"))
        )
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> datetime | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return wall_moment(dialog.when.dateTime())


class RejectDialog(QDialog):
    """The head gives the reason for rejecting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("release_request.reject_title"))
        self.reason = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(tr("release_request.reject_reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("release_request.reject_title")))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.toPlainText()


class SecondUserDialog(WitnessDialog[ReleaseRequestView]):
    """Dual control: a second person confirms an item leaving with their own password."""

    @classmethod
    def issue(
        cls,
        services: Services,
        act: Callable[[Witness], ReleaseRequestView],
        parent: QWidget | None = None,
    ) -> ReleaseRequestView | None:
        title, subtitle = tr("release_request.second_title"), tr("release_request.second_subtitle")
        return cls.run(services, act, title, subtitle, parent)


def _item_text(row: ItemRow) -> str:
    """ "VC-… – Xe máy (Trả lại)": the ordered disposition decides where an item may go."""
    return f"{row.code} – {row.name} ({label(row.disposition, language())})"
