"""The release screen (xuất kho): requests by status, the officer's new request, the head's
approval or rejection, and the keeper's issue by scanning each item against the order.

What the actor's roles may not do is not offered; the services refuse it anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import ReleaseRequestStatus
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import BodyKeeper, ReleaseLineView, ReleaseRequestView
from evidence_app.services.facade import Services
from ui.common.body_keeper_dialog import BodyKeeperDialog, other_body
from ui.common.errors import show_error
from ui.common.formats import local_datetime
from ui.common.view_parts import keyed_table, section_title, selected_row_id
from ui.common.widgets import heading
from ui.documents import DocumentList
from ui.releases.dialogs import ApproveDialog, NewRequestDialog, RejectDialog, SecondUserDialog
from ui.strings import language, tr


class ReleaseView(QWidget):
    """Requests list, the selected request's items, and the actions the actor may take."""

    #: A request changed (created, decided, an item issued, finished); its id.
    requestChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        granted = permissions_of(actor.roles)
        self._requests: list[ReleaseRequestView] = []
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("release_request.filter_all"), None)
        for status in ReleaseRequestStatus:
            self.status_filter.addItem(label(status, language()), status)
        self.table = keyed_table(
            tuple(
                f"release_request.col_{c}"
                for c in ("number", "case", "purpose", "recipient", "status", "release_at", "items")
            ),
            stretch=1,
        )
        self.lines = keyed_table(
            (
                "col.code",
                "col.name",
                "col.status",
                "release_request.col_issued",
                "release_request.col_second",
            ),
            stretch=1,
        )
        self.new_button = QPushButton(tr("release_request.new"))
        self.approve_button = QPushButton(tr("release_request.approve"))
        self.reject_button = QPushButton(tr("release_request.reject"))
        self.finish_button = QPushButton(tr("release_request.finish"))
        self.new_button.setVisible(Permission.REQUEST_RELEASE in granted)
        for button in (self.approve_button, self.reject_button):
            button.setVisible(Permission.APPROVE_RELEASE in granted)
        self.finish_button.setVisible(Permission.ISSUE_RELEASE in granted)
        self.message = QLabel(
            tr("release_request.scan_hint") if Permission.ISSUE_RELEASE in granted else ""
        )
        self.message.setWordWrap(True)
        #: The selected request's order, slip and minutes: open, save, print, check.
        self.documents = DocumentList(services, actor)

        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        for button in (
            self.new_button,
            self.approve_button,
            self.reject_button,
            self.finish_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("release_request.title"), tr("release_request.subtitle")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(section_title(tr("release_request.lines")))
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.message)
        layout.addWidget(section_title(tr("release_request.documents")))
        layout.addWidget(self.documents, 1)

        self.status_filter.currentIndexChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_request)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.finish_button.clicked.connect(self.finish_selected)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Fetch the requests of the chosen status again, keeping the selection."""
        keep = select_id if select_id is not None else selected_row_id(self.table)
        status = self.status_filter.currentData()
        self._requests = self.services.release_requests.list(self.actor, status)
        self.table.setRowCount(len(self._requests))
        for row, r in enumerate(self._requests):
            texts = (
                str(r.id),
                r.case_name,
                label(r.purpose, language()),
                _recipient(r),
                label(r.status, language()),
                local_datetime(r.release_at) if r.release_at else "",
                str(len(r.lines)),
            )
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, col, cell)
        self.select_request(keep)

    def select_request(self, request_id: int | None) -> None:
        row = next((i for i, r in enumerate(self._requests) if r.id == request_id), None)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self._show_selected()  # also when the same row stays selected with new data

    def current_request(self) -> ReleaseRequestView | None:
        request_id = selected_row_id(self.table)
        return next((r for r in self._requests if r.id == request_id), None)

    def new_request(self) -> None:
        draft = NewRequestDialog.ask(self.services, self.actor, self)
        if draft is None:
            return
        self._act(
            lambda: self.services.release_requests.request(
                self.actor,
                draft.case_id,
                draft.item_ids,
                draft.purpose,
                draft.recipient,
                draft.note,
                draft.checkout,
            )
        )

    def approve_selected(self) -> None:
        r = self.current_request()
        if r is None:
            return
        when = ApproveDialog.ask(self)
        if when is not None:
            self._act(
                lambda: self.services.release_requests.approve(self.actor, r.id, when, r.version)
            )

    def reject_selected(self) -> None:
        r = self.current_request()
        if r is None:
            return
        reason = RejectDialog.ask(self)
        if reason is not None:
            self._act(
                lambda: self.services.release_requests.reject(self.actor, r.id, reason, r.version)
            )

    def finish_selected(self) -> None:
        r = self.current_request()
        if r is not None:
            self._act(lambda: self.services.release_requests.finish(self.actor, r.id))

    def handle_scan(self, code: str) -> bool:
        """Issue the scanned item on the selected approved request; False if not ours."""
        r = self.current_request()
        if r is None or r.status is not ReleaseRequestStatus.APPROVED:
            return False
        if Permission.ISSUE_RELEASE not in permissions_of(self.actor.roles):
            return False
        try:
            item = self.services.items.by_code(self.actor, code)
        except DomainError:
            return False
        line = r.line(item.code)
        keeper: BodyKeeper | None = None
        body = other_body(self.services, self.actor, [item.warehouse_id])
        if body and line is not None and line.issued_at is None:
            keeper = BodyKeeperDialog.ask(self, body)  # that body's keeper issues it (Art 37.3)
            if keeper is None:
                return True
        issue = self.services.release_requests.issue
        if line is not None and line.needs_second_user and line.issued_at is None:
            self.message.setText(tr("release_request.needs_second", code=item.code))
            result = SecondUserDialog.issue(
                self.services,
                lambda witness: issue(self.actor, r.id, item.id, witness, keeper),
                self,
            )
            if result is None:
                return True
            self._show_result(result)
        elif not self._act(lambda: issue(self.actor, r.id, item.id, None, keeper)):
            return True
        self.message.setText(tr("release_request.issued_one", code=item.code))
        return True

    def _act(self, action: Callable[[], ReleaseRequestView]) -> bool:
        """Run one service call; a refusal is shown, success reloads and selects it."""
        try:
            result = action()
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._show_result(result)
        return True

    def _show_result(self, result: ReleaseRequestView) -> None:
        self.reload(select_id=result.id)
        self.requestChanged.emit(result.id)

    def _show_selected(self) -> None:
        r = self.current_request()
        lines = r.lines if r else ()
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for col, text in enumerate(_line_texts(line)):
                self.lines.setItem(row, col, QTableWidgetItem(text))
        self.documents.show_documents(r.documents if r else ())
        status = r.status if r else None
        self.approve_button.setEnabled(status is ReleaseRequestStatus.REQUESTED)
        self.reject_button.setEnabled(status is ReleaseRequestStatus.REQUESTED)
        self.finish_button.setEnabled(
            status is ReleaseRequestStatus.APPROVED and all(x.issued_at for x in lines)
        )


def _recipient(r: ReleaseRequestView) -> str:
    body = f" – {r.recipient.body}" if r.recipient.body else ""
    return f"{r.recipient.name}{body}"


def _line_texts(line: ReleaseLineView) -> tuple[str, ...]:
    second = "✓" if line.second_user_id else ("…" if line.needs_second_user else "")
    issued = local_datetime(line.issued_at) if line.issued_at else ""
    return (line.code, line.name, label(line.status, language()), issued, second)
