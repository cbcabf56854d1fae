"""The temporary-release screen (trích xuất): what is out (overdue in red) and its return by
scanning, with the condition and the return minutes. Items leave only on the head's order, on
the release screen (purpose "temporary release", Decree 152 Art 37.3)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.enums import ItemStatus
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.checkouts.parts import OpenReleasesModel, ReturnDialog
from ui.common.errors import show_error
from ui.common.scan_feedback import notice, show_status
from ui.common.view_parts import rows_table, section_title
from ui.common.widgets import heading
from ui.documents import DocumentList
from ui.strings import language, tr


class TemporaryReleaseView(QWidget):
    """The items out (overdue in red), a take-back button, and the last return's minutes."""

    #: Items came back; the number of items.
    checkoutsChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_model = OpenReleasesModel(self)
        self.only_overdue = QCheckBox(tr("checkout.only_overdue"))
        self.return_button = QPushButton(tr("checkout.return"))
        self.open_count = QLabel()
        self.documents = DocumentList(services, actor)
        self._lay_out()
        self.only_overdue.toggled.connect(self.open_model.set_only_overdue)
        self.only_overdue.toggled.connect(lambda _on: self._refresh())
        self.return_button.clicked.connect(self.return_selected)
        self.open_table.selectionModel().selectionChanged.connect(lambda *_: self._refresh())
        #: The items-out list is read when the screen is first shown, not at start-up: a
        #: province has thousands out and the keeper may never open this screen today.
        self._loaded = False
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(section_title(tr("checkout.open")))
        bar.addStretch(1)
        bar.addWidget(self.only_overdue)
        bar.addWidget(self.return_button)
        self.open_table = rows_table(self.open_model)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("checkout.title"), tr("checkout.subtitle")))
        layout.addLayout(bar)
        layout.addWidget(self.open_table, 3)
        layout.addWidget(self.open_count)
        layout.addWidget(self.summary)
        layout.addWidget(section_title(tr("checkout.return_papers")))
        layout.addWidget(self.documents, 1)

    # Scans -------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> bool:
        """An item out comes back; any other item is told where it stands; False otherwise."""
        try:
            found = self.services.scan.route(self.actor, code)
            if found.kind is not CodeKind.ITEM:
                return False
            item = self.services.items.get(self.actor, found.id)
        except DomainError:
            return False
        if item.status is ItemStatus.CHECKED_OUT:
            self.take_back(item.id, item.code)
        else:
            self._tell(
                tr("checkout.not_out", code=item.code, status=label(item.status, language()))
            )
        self._refresh()
        return True

    # Return ------------------------------------------------------------------------------

    def return_selected(self) -> bool:
        rows = self.open_table.selectionModel().selectedRows()
        if not rows:
            return False
        checkout = self.open_model.checkout(rows[0].row())
        return self.take_back(checkout.item_id, checkout.item_code)

    def take_back(self, item_id: int, code: str) -> bool:
        """Ask for the condition, take the item back to where it was, show the minutes."""
        check = ReturnDialog.ask(code, self)
        if check is None:
            return False
        try:
            back = self.services.checkouts.return_item(
                self.actor, item_id, check.condition, check.condition_ok
            )
            minutes = (
                [self.services.documents.get(self.actor, back.return_document_id)]
                if back.return_document_id is not None
                else []
            )
        except DomainError as exc:
            show_error(self, exc)
            return False
        number = minutes[0].number if minutes else ""
        self.summary.setText(tr("checkout.returned", code=code, number=number))
        self.documents.show_documents(minutes)
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
        out, overdue = self.open_model.counts()
        self.open_count.setText(tr("checkout.open_count", count=out, overdue=overdue))
        self.return_button.setEnabled(self.open_table.selectionModel().hasSelection())
