"""The temporary-release screen (trích xuất): release items on a written request by scanning,
take them back by scanning with their condition, and watch what is out and overdue."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.codes import CodeKind
from evidence_app.domain.enums import ItemStatus, ReleasePurpose, Role
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import CheckoutDraft, needs_second_user
from evidence_app.services.facade import Services
from ui.checkouts.parts import OpenReleasesModel, ReturnDialog
from ui.common.errors import show_error
from ui.common.formats import day
from ui.common.scan_feedback import notice, show_status
from ui.common.view_parts import rows_table, section_title
from ui.common.widgets import heading
from ui.moves import MoveLinesModel
from ui.releases import SecondUserDialog
from ui.strings import language, tr

DEFAULT_DAYS = 7
#: Roles that answer for an item while it is out (the officer of the case, usually).
RESPONSIBLE_ROLES = (Role.OFFICER, Role.HEAD, Role.KEEPER)


class TemporaryReleaseView(QWidget):
    """Release form and scanned list on top, the items out (overdue in red) below."""

    #: Items left or came back; the number of items.
    checkoutsChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.requester, self.body, self.reference = QLineEdit(), QLineEdit(), QLineEdit()
        self.purpose = QComboBox()
        for purpose in ReleasePurpose:
            self.purpose.addItem(label(purpose, language()), purpose)
        self.purpose_note, self.note = QLineEdit(), QLineEdit()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.responsible = QComboBox()
        self.lines = MoveLinesModel(self)
        self.count = QLabel()
        self.commit_button = QPushButton(tr("checkout.commit"))
        self.commit_button.setShortcut(QKeySequence("Ctrl+S"))
        self.clear_button = QPushButton(tr("checkout.clear"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_model = OpenReleasesModel(self)
        self.only_overdue = QCheckBox(tr("checkout.only_overdue"))
        self.return_button = QPushButton(tr("checkout.return"))
        self.open_count = QLabel()
        self._lay_out()
        self.commit_button.clicked.connect(self.commit)
        self.clear_button.clicked.connect(self.clear)
        self.only_overdue.toggled.connect(self.open_model.set_only_overdue)
        self.only_overdue.toggled.connect(lambda _on: self._refresh())
        self.return_button.clicked.connect(self.return_selected)
        self.open_table.selectionModel().selectionChanged.connect(lambda *_: self._refresh())
        self.purpose.currentIndexChanged.connect(lambda _i: self._refresh())
        self._reset_form()
        self._load_responsible()
        #: The items-out list is read when the screen is first shown, not at start-up: a
        #: province has thousands out and the keeper may never open this screen today.
        self._loaded = False
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(tr("checkout.body"), self.body)
        form.addRow(tr("checkout.requester"), self.requester)
        form.addRow(tr("checkout.reference"), self.reference)
        form.addRow(tr("checkout.purpose"), self.purpose)
        form.addRow(tr("checkout.purpose_note"), self.purpose_note)
        form.addRow(tr("checkout.due"), self.due)
        form.addRow(tr("checkout.responsible"), self.responsible)
        form.addRow(tr("checkout.note"), self.note)
        scanned = QVBoxLayout()
        scanned.addWidget(section_title(tr("checkout.scanned")))
        self.lines_table = rows_table(self.lines)
        scanned.addWidget(self.lines_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.commit_button)
        scanned.addLayout(buttons)
        top = QHBoxLayout()
        top.addLayout(form, 2)
        top.addLayout(scanned, 3)
        bar = QHBoxLayout()
        bar.addWidget(section_title(tr("checkout.open")))
        bar.addStretch(1)
        bar.addWidget(self.only_overdue)
        bar.addWidget(self.return_button)
        self.open_table = rows_table(self.open_model)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("checkout.title"), tr("checkout.subtitle")))
        layout.addLayout(top, 3)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.open_table, 2)
        layout.addWidget(self.open_count)

    def _load_responsible(self) -> None:
        self.responsible.addItem(tr("checkout.nobody"), None)
        try:
            users = self.services.users.all(self.actor)
        except DomainError:
            users = []
        for user in users:
            if user.active and any(r in RESPONSIBLE_ROLES for r in user.roles):
                self.responsible.addItem(user.full_name, user.id)
        mine = self.responsible.findData(self.actor.user_id)
        if Role.OFFICER in self.actor.roles and mine >= 0:
            self.responsible.setCurrentIndex(mine)

    def _reset_form(self) -> None:
        due = agency_today() + timedelta(days=DEFAULT_DAYS)
        self.due.setDate(QDate(due.year, due.month, due.day))

    # Scans -------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> bool:
        """An item out comes back; an item in storage joins the list; False otherwise."""
        try:
            found = self.services.scan.route(self.actor, code)
            if found.kind is not CodeKind.ITEM:
                return False
            details = self.services.items.details(self.actor, found.id)
        except DomainError:
            return False
        item = details.item
        if item.status is ItemStatus.CHECKED_OUT:
            self.take_back(item.id, item.code)
        elif item.status is not ItemStatus.IN_STORAGE:
            self._tell(
                tr("checkout.not_stored", code=item.code, status=label(item.status, language()))
            )
        elif not self.lines.add(details):
            self._tell(tr("checkout.duplicate", code=item.code))
        self._refresh()
        return True

    # Release -----------------------------------------------------------------------------

    def draft(self) -> CheckoutDraft:
        due = self.due.date()
        return CheckoutDraft(
            requester_name=self.requester.text(),
            requesting_body=self.body.text(),
            purpose=ReleasePurpose(self.purpose.currentData()),
            request_reference=self.reference.text(),
            due_on=date(due.year(), due.month(), due.day()),
            responsible_user_id=self.responsible.currentData(),
            purpose_note=self.purpose_note.text(),
            note=self.note.text(),
        )

    def commit(self) -> bool:
        """Release every listed item on the request, or none (the refusal is shown)."""
        lines = self.lines.lines()
        if not lines:
            return False
        draft = self.draft()
        second = None
        if any(needs_second_user(d.item.category) for d in lines):
            second = SecondUserDialog.ask(self.services, self)
            if second is None:
                return False
        try:
            done = self.services.checkouts.release(
                self.actor, [d.item.id for d in lines], draft, second
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.summary.setText(
            tr("checkout.done", count=len(done), body=draft.requesting_body, due=day(draft.due_on))
        )
        self.lines.clear()
        for field in (self.requester, self.body, self.reference, self.purpose_note, self.note):
            field.clear()
        self._reset_form()
        self.reload()
        self.checkoutsChanged.emit(len(done))
        return True

    def clear(self) -> None:
        self.lines.clear()
        self.summary.clear()
        self._refresh()

    # Return ------------------------------------------------------------------------------

    def return_selected(self) -> bool:
        rows = self.open_table.selectionModel().selectedRows()
        if not rows:
            return False
        checkout = self.open_model.checkout(rows[0].row())
        return self.take_back(checkout.item_id, checkout.item_code)

    def take_back(self, item_id: int, code: str) -> bool:
        """Ask for the condition and take the item back to where it was."""
        check = ReturnDialog.ask(code, self)
        if check is None:
            return False
        try:
            self.services.checkouts.return_items(
                self.actor, item_id, check.condition, check.condition_ok
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.summary.setText(tr("checkout.returned", code=code))
        self.reload()
        self.checkoutsChanged.emit(1)
        return True

    def reload(self) -> None:
        """Fetch the items out again (another workstation may have released or taken back)."""
        try:
            self.open_model.set_rows(self.services.checkouts.open_releases(self.actor))
            self._loaded = True
        except DomainError as exc:
            show_error(self, exc)
        self._refresh()

    def _tell(self, message: str) -> None:
        if not show_status(self, message):
            notice(self, message)

    def _refresh(self) -> None:
        self.count.setText(tr("checkout.count", count=self.lines.rowCount()))
        self.commit_button.setEnabled(self.lines.rowCount() > 0)
        self.clear_button.setEnabled(self.lines.rowCount() > 0)
        self.purpose_note.setEnabled(self.purpose.currentData() == ReleasePurpose.OTHER)
        out, overdue = self.open_model.counts()
        self.open_count.setText(tr("checkout.open_count", count=out, overdue=overdue))
        self.return_button.setEnabled(self.open_table.selectionModel().hasSelection())
