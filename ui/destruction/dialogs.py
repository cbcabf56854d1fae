"""Dialogs of the destruction screen: setting a council up, adding items by filter,
withdrawing one, the contracted body, the vote and the completion. Tests replace ``ask``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import Category, DestructionMethod, Vote
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import Actor
from evidence_app.services.destruction import (
    CouncilDraft,
    CouncilView,
    Execution,
    MemberDraft,
    Supervisor,
)
from evidence_app.services.facade import Services
from ui.common.case_picker import CasePicker
from ui.common.formats import now_qdatetime, today_qdate, wall_moment
from ui.common.widgets import ErrorLabel, heading, ok_cancel
from ui.strings import language, tr

#: A filter: (case id, category, warehouse id), any of them None.
Filter = tuple[int | None, Category | None, int | None]
_MEMBER_COLUMNS = ("col_member", "col_position", "col_agency", "col_is_chair")


def _frame(dialog: QDialog, title: str, hint: str, form: QFormLayout) -> QVBoxLayout:
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading(title, hint))
    layout.addLayout(form)
    return layout


class SetUpDialog(QDialog):
    """The decision: its number and date, the members (one chair) and the supervisor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: CouncilDraft | None = None
        self.setMinimumWidth(720)
        self.number = QLineEdit()
        self.on = QDateEdit(today_qdate())
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        self.members = QTableWidget(0, len(_MEMBER_COLUMNS))
        self.members.setHorizontalHeaderLabels([tr(f"destruction.{c}") for c in _MEMBER_COLUMNS])
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        for _ in range(3):
            self.add_member()
        add, remove = (
            QPushButton(tr("destruction.add_member")),
            QPushButton(tr("destruction.remove_member")),
        )
        add.clicked.connect(lambda: self.add_member())
        remove.clicked.connect(self._remove_selected)
        self.supervisor_name, self.supervisor_agency = QLineEdit(), QLineEdit()
        self.supervisor_position = QLineEdit("Kiểm sát viên")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("destruction.decision_number"), self.number)
        form.addRow(tr("destruction.decision_date"), self.on)
        layout = _frame(self, tr("destruction.setup_title"), tr("destruction.setup_hint"), form)
        layout.addWidget(self.members)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        supervisor = QFormLayout()
        supervisor.addRow(tr("destruction.supervisor_name"), self.supervisor_name)
        supervisor.addRow(tr("destruction.supervisor_position"), self.supervisor_position)
        supervisor.addRow(tr("destruction.supervisor_agency"), self.supervisor_agency)
        layout.addLayout(supervisor)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> CouncilDraft | None:
        dialog = cls(parent)
        return dialog.draft if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_member(
        self, name: str = "", position: str = "", agency: str = "", chair: bool = False
    ) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        for col, text in enumerate((name, position, agency)):
            self.members.setItem(row, col, QTableWidgetItem(text))
        box = QTableWidgetItem()
        box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        box.setCheckState(Qt.CheckState.Checked if chair else Qt.CheckState.Unchecked)
        self.members.setItem(row, 3, box)

    def _remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.members.selectedIndexes()}, reverse=True):
            self.members.removeRow(index)

    def _members(self) -> tuple[MemberDraft, ...]:
        out = []
        for row in range(self.members.rowCount()):
            texts = [(self.members.item(row, c) or QTableWidgetItem()).text() for c in range(3)]
            if not any(t.strip() for t in texts):
                continue  # an empty row left over
            chair = self.members.item(row, 3).checkState() == Qt.CheckState.Checked
            out.append(MemberDraft(*texts, is_chair=chair))
        return tuple(out)

    def accept(self) -> None:
        if not self.number.text().strip() or not self.supervisor_name.text().strip():
            self.error.show_message(tr("destruction.needs_fields"))
            return
        on = self.on.date().toPython()
        assert isinstance(on, date)
        self.draft = CouncilDraft(
            self.number.text(),
            on,
            self._members(),
            Supervisor(
                self.supervisor_name.text(),
                self.supervisor_position.text(),
                self.supervisor_agency.text(),
            ),
        )
        super().accept()


class FilterDialog(QDialog):
    """Case, category and warehouse: the items ordered destroyed that match are listed."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = CasePicker(
            lambda text, n: services.cases.search(actor, text, n), tr("destruction.any")
        )
        self.category, self.warehouse = QComboBox(), QComboBox()
        for combo in (self.category, self.warehouse):
            combo.addItem(tr("destruction.any"), None)
        for category in Category:
            self.category.addItem(label(category, language()), category)
        for warehouse in services.warehouses.all(actor):
            self.warehouse.addItem(warehouse.name, warehouse.id)
        form = QFormLayout()
        form.addRow(tr("destruction.filter_case"), self.case)
        form.addRow(tr("destruction.filter_category"), self.category)
        form.addRow(tr("destruction.filter_warehouse"), self.warehouse)
        layout = _frame(self, tr("destruction.filter_title"), tr("destruction.filter_hint"), form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, services: Services, actor: Actor, parent: QWidget | None = None) -> Filter | None:
        dialog = cls(services, actor, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            dialog.case.currentData(),
            dialog.category.currentData(),
            dialog.warehouse.currentData(),
        )


class TextDialog(QDialog):
    """One or two lines of text: the reason for a withdrawal, the contracted body."""

    def __init__(
        self, title: str, hint: str, labels: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.fields = [QLineEdit() for _ in labels]
        form = QFormLayout()
        for text, field in zip(labels, self.fields, strict=True):
            form.addRow(text, field)
        layout = _frame(self, title, hint, form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask_withdraw(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(tr("destruction.withdraw_title"), "", (tr("destruction.withdraw_reason"),),
                     parent)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields[0].text()

    @classmethod
    def ask_contractor(cls, parent: QWidget | None = None) -> tuple[str, str] | None:
        dialog = cls(
            tr("destruction.contractor_title"),
            tr("destruction.contractor_hint"),
            (tr("destruction.contractor_name"), tr("destruction.contract_reference")),
            parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields[0].text(), dialog.fields[1].text()


class VoteDialog(QDialog):
    """Each member's vote, for or against."""

    def __init__(self, council: CouncilView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[int, QComboBox] = {}
        form = QFormLayout()
        for member in council.members:
            combo = QComboBox()
            for vote in Vote:
                combo.addItem(label(vote, language()), vote)
            if member.vote is not None:
                combo.setCurrentIndex(list(Vote).index(member.vote))
            role = tr("destruction.chair") if member.is_chair else tr("destruction.member")
            form.addRow(f"{member.full_name} ({role})", combo)
            self.combos[member.id] = combo
        layout = _frame(self, tr("destruction.vote_title"), tr("destruction.vote_hint"), form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, council: CouncilView, parent: QWidget | None = None) -> dict[int, Vote] | None:
        dialog = cls(council, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {ref: Vote(combo.currentData()) for ref, combo in dialog.combos.items()}


class CompleteDialog(QDialog):
    """The method, the place and the start and end of the destruction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.method = QComboBox()
        for method in DestructionMethod:
            self.method.addItem(label(method, language()), method)
        self.other, self.place = QLineEdit(), QLineEdit()
        now = now_qdatetime()
        # An hour ago, but not before today began: a run on the council's own day.
        start = max(now.addSecs(-3600), QDateTime(now.date(), QTime(0, 0)))
        self.start, self.end = QDateTimeEdit(start), QDateTimeEdit(now)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.note = QPlainTextEdit()
        # Only for the head: going ahead although a member booked some items in.
        self.override = QLineEdit()
        self.override.setObjectName("override_reason")
        self.override.setPlaceholderText(tr("destruction.override_hint"))
        self.override.setToolTip(tr("destruction.override_hint"))
        form = QFormLayout()
        form.addRow(tr("destruction.method"), self.method)
        form.addRow(tr("destruction.method_other"), self.other)
        form.addRow(tr("destruction.place"), self.place)
        form.addRow(tr("destruction.started_at"), self.start)
        form.addRow(tr("destruction.ended_at"), self.end)
        form.addRow(tr("destruction.override"), self.override)
        layout = _frame(self, tr("destruction.complete_title"), "", form)
        layout.addWidget(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Execution | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.execution()

    def execution(self) -> Execution:
        return Execution(
            DestructionMethod(self.method.currentData()),
            self.place.text(),
            wall_moment(self.start.dateTime()),
            wall_moment(self.end.dateTime()),
            self.other.text(),
            self.override.text(),
        )
