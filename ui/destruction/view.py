"""The destruction screen (tiêu hủy): councils with their 20-day deadline, the selected
council's members, supervisor and items; items listed by scanning or by filter, scanned again
at the destruction with their condition, the vote, completion and the printed minutes.

Scans come from the main window (``handle_scan``): while "Đang tiêu hủy" is ticked they
confirm items at the destruction, otherwise they put items on the selected council's list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import CouncilStatus
from evidence_app.domain.errors import DomainError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.destruction import CouncilItemView, CouncilView, MemberView
from evidence_app.services.facade import Services
from ui.common import printing
from ui.common.errors import show_error
from ui.common.formats import day, local_datetime
from ui.common.view_parts import keyed_table, section_title, selected_row_id
from ui.common.widgets import heading
from ui.destruction.dialogs import CompleteDialog, FilterDialog, SetUpDialog, TextDialog, VoteDialog
from ui.strings import language, tr

_COUNCIL_KEYS = tuple(
    f"destruction.col_{c}" for c in ("decision", "date", "due", "status", "items", "chair")
)
_MEMBER_KEYS = tuple(
    f"destruction.col_{c}" for c in ("member", "position", "agency", "role", "vote", "independence")
)
_ITEM_KEYS = ("col.code", "col.name", "col.category", "col.status", "destruction.col_seen",
              "destruction.col_condition")  # fmt: skip
_MIME = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


class DestructionView(QWidget):
    """Councils, the selected council's page, and the secretary's actions on it."""

    #: A council changed (set up, items listed or seen, voted, completed); its id.
    councilChanged = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self._councils: list[CouncilView] = []
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("destruction.filter_all"), None)
        for status in CouncilStatus:
            self.status_filter.addItem(label(status, language()), status)
        self.table = keyed_table(_COUNCIL_KEYS, stretch=2)
        self.members = keyed_table(_MEMBER_KEYS, stretch=0)
        self.items = keyed_table(_ITEM_KEYS, stretch=5)
        self.supervisor, self.contractor = QLabel(), QLabel()
        for data in (self.supervisor, self.contractor):
            data.setProperty("data", True)  # names as recorded
        self.supervisor_caption = QLabel(tr("destruction.supervisor"))
        self.contractor_caption = QLabel(tr("destruction.contractor"))
        self.progress = QLabel()
        self.message = QLabel(tr("destruction.scan_hint_list"))
        for text in (self.supervisor, self.contractor, self.message, self.progress):
            text.setWordWrap(True)
        self.new_button = QPushButton(tr("destruction.new"))
        self.filter_button = QPushButton(tr("destruction.add_filter"))
        self.withdraw_button = QPushButton(tr("destruction.withdraw"))
        self.contractor_button = QPushButton(tr("destruction.record_contractor"))
        self.vote_button = QPushButton(tr("destruction.vote"))
        self.photo_button = QPushButton(tr("destruction.photo"))
        self.complete_button = QPushButton(tr("destruction.complete"))
        self.print_button = QPushButton(tr("destruction.print"))
        self.executing = QCheckBox(tr("destruction.executing"))
        self.condition = QLineEdit()
        self.condition.setPlaceholderText(tr("destruction.condition_hint"))
        self._lay_out()
        self._connect()
        self._read_only_for_supervisors()
        self.reload()

    @property
    def may_act(self) -> bool:
        return is_allowed(self.actor.roles, Permission.MANAGE_DESTRUCTION)

    def _read_only_for_supervisors(self) -> None:
        """The inspector follows the councils, their items and minutes, and acts on none."""
        if self.may_act:
            return
        for widget in (
            self.new_button, self.filter_button, self.withdraw_button, self.contractor_button,
            self.vote_button, self.photo_button, self.complete_button, self.executing,
            self.condition,
        ):  # fmt: skip
            widget.setVisible(False)
        self.message.setText(tr("destruction.read_only"))

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (
            self.filter_button, self.withdraw_button, self.contractor_button, self.vote_button,
            self.photo_button, self.complete_button, self.print_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        run = QHBoxLayout()
        run.addWidget(self.executing)
        run.addWidget(self.condition, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("destruction.title"), tr("destruction.subtitle")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(section_title(tr("destruction.members")))
        layout.addWidget(self.members, 2)
        for caption, data in (
            (self.supervisor_caption, self.supervisor),
            (self.contractor_caption, self.contractor),
        ):
            line = QHBoxLayout()
            line.addWidget(caption)
            line.addWidget(data, 1)
            layout.addLayout(line)
        layout.addLayout(actions)
        layout.addWidget(section_title(tr("destruction.items")))
        layout.addLayout(run)
        layout.addWidget(self.items, 3)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.set_up)
        self.filter_button.clicked.connect(self.add_by_filter)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.contractor_button.clicked.connect(self.record_contractor)
        self.vote_button.clicked.connect(self.vote)
        self.photo_button.clicked.connect(self.add_photo)
        self.complete_button.clicked.connect(self.complete)
        self.print_button.clicked.connect(self.print_minutes)
        self.executing.toggled.connect(self._mode_changed)

    # Reading ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else selected_row_id(self.table)
        self._councils = self.services.destruction.list(
            self.actor, self.status_filter.currentData()
        )
        self.table.setRowCount(len(self._councils))
        today = agency_today()
        for row, c in enumerate(self._councils):
            texts = (
                c.decision_number, day(c.decision_date), _due(c, today),
                label(c.status, language()), str(len(c.items)),
                c.chair.full_name if c.chair else "",
            )  # fmt: skip
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 2 and c.is_overdue(today):
                    cell.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, cell)
        self.select_council(keep)

    def select_council(self, council_id: int | None) -> None:
        row = next((i for i, c in enumerate(self._councils) if c.id == council_id), None)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self._show_selected()

    def current_council(self) -> CouncilView | None:
        council_id = selected_row_id(self.table)
        return next((c for c in self._councils if c.id == council_id), None)

    # Actions ----------------------------------------------------------------------------

    def set_up(self) -> None:
        draft = SetUpDialog.ask(self)
        if draft is not None:
            self._act(lambda: self.services.destruction.set_up(self.actor, draft))

    def add_by_filter(self) -> None:
        c = self.current_council()
        chosen = FilterDialog.ask(self.services, self.actor, self) if c else None
        if c is not None and chosen is not None:
            case_id, category, warehouse_id = chosen
            self._act(lambda: self.services.destruction.add_by_filter(
                self.actor, c.id, case_id=case_id, category=category, warehouse_id=warehouse_id
            ))  # fmt: skip

    def withdraw_selected(self) -> None:
        c, line = self.current_council(), self._selected_item()
        if c is None or line is None:
            return
        reason = TextDialog.ask_withdraw(self)
        if reason is not None:
            self._act(lambda: self.services.destruction.withdraw(
                self.actor, c.id, line.item_id, reason))  # fmt: skip

    def record_contractor(self) -> None:
        c = self.current_council()
        answer = TextDialog.ask_contractor(self) if c else None
        if c is not None and answer is not None:
            self._act(lambda: self.services.destruction.record_contractor(
                self.actor, c.id, *answer))  # fmt: skip

    def vote(self) -> None:
        c = self.current_council()
        votes = VoteDialog.ask(c, self) if c else None
        if c is not None and votes is not None:
            self._act(lambda: self.services.destruction.record_vote(self.actor, c.id, votes))

    def add_photo(self) -> None:
        c = self.current_council()
        path = self.ask_photo_path(self) if c else ""
        if c is None or not path:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            self.message.setText(str(exc.strerror or exc))
            return
        mime = _MIME.get(Path(path).suffix.lower(), "")
        self._act(lambda: self.services.destruction.add_photo(
            self.actor, c.id, content, mime, Path(path).name))  # fmt: skip

    def complete(self) -> None:
        c = self.current_council()
        run = CompleteDialog.ask(self) if c else None
        if c is None or run is None:
            return
        if self._act(lambda: self.services.destruction.complete(self.actor, c.id, run)):
            self.executing.setChecked(False)
            self.print_minutes()

    def print_minutes(self) -> None:
        """The stored minutes through Qt's print preview (to a printer or a PDF file)."""
        c = self.current_council()
        minutes = next((d for d in (c.documents if c else ()) if d.kind.value.endswith("minutes")),
                       None)  # fmt: skip
        if minutes is None:
            return
        try:
            pdf = self.services.documents.pdf(self.actor, minutes.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        printing.print_pdf(self, pdf, f"{minutes.title} {minutes.number}")

    def handle_scan(self, code: str) -> bool:
        """List the scanned item on the selected open council, or, while destroying, confirm
        it with the condition typed; False if no open council is selected."""
        c = self.current_council()
        if c is None or c.status is not CouncilStatus.OPEN or not self.may_act:
            return False
        try:
            item = self.services.items.by_code(self.actor, code)
        except DomainError:
            return False
        d = self.services.destruction
        if self.executing.isChecked():
            done = self._act(lambda: d.record_seen(self.actor, c.id, item.code,
                                                   self.condition.text()))  # fmt: skip
            if done:
                self.message.setText(tr("destruction.seen", code=item.code))
                self.condition.clear()
        elif self._act(lambda: d.add_by_code(self.actor, c.id, item.code)):
            self.message.setText(tr("destruction.added", code=item.code))
        return True

    @classmethod
    def ask_photo_path(cls, parent: QWidget) -> str:
        """A photo file to attach; "" when cancelled. Tests replace it."""
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("destruction.photo_title"), "", tr("destruction.photo_filter")
        )
        return path

    # Internals --------------------------------------------------------------------------

    def _act(self, action: Callable[[], CouncilView]) -> bool:
        """One service call; a refusal is shown, success reloads and keeps the council."""
        try:
            result = action()
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload(select_id=result.id)
        self.councilChanged.emit(result.id)
        return True

    def _selected_item(self) -> CouncilItemView | None:
        c, rows = self.current_council(), self.items.selectionModel().selectedRows()
        return c.items[rows[0].row()] if c and rows and rows[0].row() < len(c.items) else None

    def _mode_changed(self, on: bool) -> None:
        self.message.setText(
            tr("destruction.scan_hint_run" if on else "destruction.scan_hint_list")
        )

    def _show_selected(self) -> None:
        c = self.current_council()
        _fill(self.members, [_member_texts(m) for m in (c.members if c else ())])
        _fill(self.items, [_item_texts(i) for i in (c.items if c else ())])
        for row, member in enumerate(c.members if c else ()):
            if member.flagged:
                self.members.item(row, 5).setForeground(Qt.GlobalColor.red)
        s = c.supervisor if c else None
        self.supervisor.setText(f"{s.full_name}, {s.position}, {s.agency}" if s else "")
        self.supervisor_caption.setVisible(s is not None)
        contract = f", {c.contract_reference}" if c and c.contract_reference else ""
        self.contractor.setText(
            (c.contractor + contract or tr("destruction.no_contractor"))
            if c and c.needs_contractor else ""
        )  # fmt: skip
        for part in (self.contractor, self.contractor_caption):
            part.setVisible(bool(self.contractor.text()))
        self.progress.setText(_progress(c) if c else "")
        open_ = c is not None and c.status is CouncilStatus.OPEN
        for button in (self.filter_button, self.withdraw_button, self.contractor_button,
                       self.vote_button, self.photo_button):  # fmt: skip
            button.setEnabled(open_)
        self.complete_button.setEnabled(
            open_ and bool(c and c.items and not c.unseen and c.approved)
        )
        self.print_button.setEnabled(c is not None and c.status is CouncilStatus.COMPLETED)
        self.executing.setEnabled(open_)


def _fill(target: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    target.setRowCount(len(rows))
    for row, texts in enumerate(rows):
        for col, text in enumerate(texts):
            target.setItem(row, col, QTableWidgetItem(text))


def _due(c: CouncilView, today: date) -> str:
    if c.status is CouncilStatus.COMPLETED:
        return day(c.due_on)
    left = c.days_left(today)
    if left > 0:
        return tr("destruction.due_left", date=day(c.due_on), days=left)
    if left == 0:
        return tr("destruction.due_today", date=day(c.due_on))
    return tr("destruction.due_over", date=day(c.due_on), days=-left)


def _member_texts(m: MemberView) -> tuple[str, ...]:
    role = tr("destruction.chair") if m.is_chair else tr("destruction.member")
    vote = label(m.vote, language()) if m.vote else ""
    flag = tr("destruction.flagged", codes=", ".join(m.flagged_codes)) if m.flagged else "✓"
    return (m.full_name, m.position, m.agency, role, vote, flag)


def _item_texts(i: CouncilItemView) -> tuple[str, ...]:
    category = label(i.category, language())
    if i.hazardous:
        category += f" ({tr('destruction.hazardous')})"
    seen = local_datetime(i.seen_at) if i.seen_at else ""
    return (i.code, i.name, category, label(i.status, language()), seen,
            i.condition or i.stored_condition)  # fmt: skip


def _progress(c: CouncilView) -> str:
    if c.approved is True:
        vote = tr("destruction.vote_result_for")
    elif c.approved is False:
        vote = tr("destruction.vote_result_against")
    else:
        vote = tr("destruction.vote_result_none")
    text = tr("destruction.progress", seen=len(c.items) - len(c.unseen), total=len(c.items),
              vote=vote)  # fmt: skip
    return text + (f" {tr('destruction.photos', count=c.photo_count)}." if c.photo_count else "")
