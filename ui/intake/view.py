"""The handover screen: the delivering side and the case, then items typed fast, each checked
against the seizure record, put away by scanning a location, recorded in one transaction."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.codes import CodeKind
from evidence_app.domain.errors import DomainError, IntakeRefusedError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.intake import IntakeResult, LineProblem
from ui.common.errors import show_error
from ui.common.view_parts import rows_table, section_title
from ui.common.widgets import ErrorLabel, heading
from ui.intake.form import LineForm
from ui.intake.header import IntakeHeader
from ui.intake.model import IntakeLinesModel
from ui.intake.places import PlacePicker
from ui.intake.summary import IntakeSummary
from ui.strings import language, tr

#: Lines the table always shows, however tall the line form grows.
TABLE_ROWS = 5
#: The line form's own scroll area never shrinks below about three rows of fields.
FORM_MIN_HEIGHT = 110


class IntakeView(QWidget):
    """A keeper's handover screen; ``intakeCommitted`` gives the IntakeResult."""

    intakeCommitted = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.editing: int | None = None
        self._tried = False
        self.header = IntakeHeader(services, actor)
        self.model = IntakeLinesModel(self)
        self.table = rows_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setColumnWidth(0, 48)
        self.table.setColumnWidth(1, 240)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.places = PlacePicker(services, actor)
        self.places.changed.connect(self._show_target)
        self.form = LineForm(self.places)
        self.form.submitted.connect(self.add_line)
        self.problems = ErrorLabel()
        self.count = QLabel()
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.summary = IntakeSummary(services, actor)
        self.add_button = self._button("intake.add", self.add_line)
        self.copy_button = self._button("intake.copy", self.copy_previous)
        self.remove_button = self._button("intake.remove", self.remove_lines)
        self.commit_button = self._button("intake.commit", self.commit)
        self.commit_button.setDefault(True)
        self._layout()
        self._shortcuts()
        self._refresh()

    def _button(self, key: str, slot: object) -> QPushButton:
        button = QPushButton(tr(key))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(tr("intake.title"), tr("intake.subtitle")))
        column.addWidget(self.summary)
        column.addWidget(self.header)
        bottom = QWidget()
        rows = QVBoxLayout(bottom)
        rows.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(section_title(tr("intake.items")))
        title.addStretch(1)
        title.addWidget(self.count)
        rows.addLayout(title)
        rows.addWidget(self.table, 1)
        rows.addWidget(self.target)
        # The line form grew with the statements of Art 37.2.b–c: it scrolls in its own area,
        # so the lines table keeps at least TABLE_ROWS rows in view on a 1366×768 laptop.
        self.table.setMinimumHeight(_rows_high(self.table, TABLE_ROWS))
        self.form_area = _scrolling(self.form)
        self.form_area.setMinimumHeight(FORM_MIN_HEIGHT)
        rows.addWidget(self.form_area)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.copy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.commit_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_scrolling(top))
        splitter.addWidget(bottom)  # its table and its form scroll each on their own
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The header and the line form scroll on a small screen; the lines table keeps its rows
        # and the buttons and the problems never leave it.
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = [
            ("Ctrl+Return", self.add_line),
            ("Ctrl+Enter", self.add_line),
            ("Ctrl+D", self.copy_previous),
            ("Ctrl+S", self.commit),
        ]
        for sequence, slot in keys:
            QShortcut(QKeySequence(sequence), self, slot, context=context)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_lines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # lines
    def add_line(self) -> None:
        """Add the form's line (or update the line being edited) and check the handover."""
        line = self.form.line_draft()
        if self.editing is None:
            self.model.append(line)
        else:
            self.model.replace(self.editing, line)
            self.table.clearSelection()
        self.editing = None
        self.form.reset()
        self._validate()
        self.form.focus_name()

    def copy_previous(self) -> None:
        """Fill the form with the previous line (the selected one, else the last)."""
        if not self.model.rowCount():
            return
        row = self.editing if self.editing is not None else self.model.rowCount() - 1
        line = self.model.line(row)
        self.table.clearSelection()
        self.editing = None
        self.form.load(line)
        self._refresh()
        self.form.focus_name()

    def remove_lines(self) -> None:
        for row in sorted(self._selected_rows(), reverse=True):
            self.model.remove(row)
        self.editing = None
        self._validate()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self._selected_rows()
        self.editing = rows[0] if len(rows) == 1 else None
        if self.editing is not None:
            self.form.load(self.model.line(self.editing))
            self.form.mark(self.model.problems_of(self.editing))  # beside each field
        self._refresh()

    # checking and recording
    def _validate(self) -> list[LineProblem] | None:
        """The problems found, or None when the check itself could not run (told once)."""
        draft = self.header.draft(tuple(self.model.lines()))
        try:
            problems = self.services.intake.validate(self.actor, draft)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[LineProblem]) -> None:
        self.model.set_problems(problems)
        shown = problems if self._tried else [p for p in problems if p.line is not None]
        header = [p.message(language()) for p in shown if p.line is None]
        lines = [p for p in shown if p.line is not None]
        text = list(header)
        if lines:
            text.append(tr("intake.problems", count=len(lines)))
        self.problems.show_message("\n".join(text))
        self._refresh()

    def commit(self) -> None:
        """Record the handover if nothing stands against it; else show every problem."""
        self._tried = True
        problems = self._validate()
        if problems is None or problems:
            return
        draft = self.header.draft(tuple(self.model.lines()))
        try:
            result = self.services.intake.commit(self.actor, draft)
        except IntakeRefusedError as exc:
            self._show_problems(list(exc.problems))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.summary.show_result(result)
        self.reset()
        self.intakeCommitted.emit(result)

    def reset(self) -> None:
        """An empty handover (the summary of the last one stays)."""
        self.model.clear()
        self.header.reset()
        self.form.reset()
        self.editing, self._tried = None, False
        self.problems.clear_message()
        self._refresh()

    # scanning
    def handle_scan(self, code: str) -> bool:
        """A location code sets where the next (or the selected) lines go; others pass on."""
        try:
            target = self.services.scan.route(self.actor, code)
        except DomainError:
            return False
        if target.kind is not CodeKind.LOCATION:
            return False
        if not self.places.select(target.id, target.warehouse_id):
            return False
        for row in self._selected_rows():
            self.model.replace(row, replace(self.model.line(row), location_id=target.id))
        self._show_target()
        return True

    def last_result(self) -> IntakeResult | None:
        return self.summary.result

    def _show_target(self) -> None:
        self.model.location_names = dict(self.places.names)
        self.target.setText(tr("intake.target", location=self.places.current_text()))

    def _refresh(self) -> None:
        self.count.setText(tr("intake.lines_count", count=self.model.rowCount()))
        editing = self.editing is not None
        self.add_button.setText(
            tr("intake.update", line=(self.editing or 0) + 1) if editing else tr("intake.add")
        )
        self.remove_button.setEnabled(bool(self._selected_rows()))
        self.copy_button.setEnabled(self.model.rowCount() > 0)
        self.commit_button.setEnabled(self.model.rowCount() > 0)


def _rows_high(table: QTableView, rows: int) -> int:
    """The height that shows ``rows`` rows with the header and a horizontal scroll bar."""
    header = table.horizontalHeader().sizeHint().height()
    scroll = table.horizontalScrollBar().sizeHint().height()
    body = table.verticalHeader().defaultSectionSize() * rows
    return header + body + scroll + 2 * table.frameWidth()


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it the whole width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area
