"""The lines of a handover being typed, with each line's problems shown in red."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from evidence_app.domain.labels import label
from evidence_app.services.intake import IntakeLineDraft, LineProblem
from ui.common.formats import number
from ui.strings import language, tr

#: The line's IntakeLineDraft.
LineRole = Qt.ItemDataRole.UserRole + 1
#: The line's problems as text, one per line ("" when it is fine).
ProblemRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    "intake.col_no",
    "intake.col_name",
    "intake.col_category",
    "intake.col_quantity",
    "intake.col_recorded",
    "intake.col_seal",
    "intake.col_location",
    "intake.col_problem",
)
PROBLEM_COLUMN = COLUMNS.index("intake.col_problem")
_RED = QColor("#a61b1b")
_PINK = QColor("#fdecec")

_Index = QModelIndex | QPersistentModelIndex


class IntakeLinesModel(QAbstractTableModel):
    """Lines in entry order; ``location_names`` turns a location id into its code and name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[IntakeLineDraft] = []
        self._problems: dict[int, list[LineProblem]] = {}
        self.location_names: dict[int, str] = {}

    # Qt overrides
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        problems = self._problems.get(index.row() + 1, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column(), line, problems)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return self.problem_text(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(_RED)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(_PINK)
        if role == LineRole:
            return line
        if role == ProblemRole:
            return self.problem_text(index.row())
        return None

    # our API
    def lines(self) -> list[IntakeLineDraft]:
        return list(self._lines)

    def line(self, row: int) -> IntakeLineDraft:
        return self._lines[row]

    def append(self, line: IntakeLineDraft) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def replace(self, row: int, line: IntakeLineDraft) -> None:
        self._lines[row] = line
        self._changed(row)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self._problems = {}
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._lines, self._problems = [], {}
        self.endResetModel()

    def set_problems(self, problems: list[LineProblem]) -> None:
        """Show each line's problems (lines are 1-based in problems)."""
        self._problems = {}
        for problem in problems:
            if problem.line is not None:
                self._problems.setdefault(problem.line, []).append(problem)
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1)
            )

    def problems_of(self, row: int) -> list[LineProblem]:
        return list(self._problems.get(row + 1, []))

    def problem_text(self, row: int) -> str:
        return "\n".join(p.message(language()) for p in self.problems_of(row))

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _text(
        self, row: int, column: int, line: IntakeLineDraft, problems: list[LineProblem]
    ) -> str:
        item = line.item
        if column == 0:
            return str(row + 1)
        if column == 1:
            return item.name
        if column == 2:
            return label(item.category, language()) if item.category else ""
        if column == 3:
            return f"{_amount(item.quantity)} {item.unit}"
        if column == 4:
            recorded = line.recorded_quantity
            return "" if recorded is None or recorded == "" else _amount(recorded)
        if column == 5:
            return tr(f"intake.seal.{line.seal_check.value}")
        if column == 6:
            return self.location_names.get(line.location_id or 0, "")
        return "; ".join(p.message(language()).split(": ", 1)[-1] for p in problems)


def _amount(value: Decimal | int | str) -> str:
    try:
        return number(Decimal(str(value)))
    except ArithmeticError:
        return str(value)
