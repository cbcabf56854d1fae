"""The reports screen (báo cáo): any registered report on screen, exported to PDF or XLSX."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.files import write_output
from evidence_app.reports.cells import cell_text
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import Align, ReportTable
from evidence_app.reports.working_year import working_year_of
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from evidence_app.services.reports import SIGNED_BY
from ui.common.errors import show_error
from ui.common.formats import number, today_qdate
from ui.common.printing import print_pdf
from ui.common.scan_feedback import show_status
from ui.common.view_parts import rows_table
from ui.common.widgets import heading
from ui.reports.closing_dialog import LedgerClosingDialog
from ui.strings import language, tr

Index = QModelIndex | QPersistentModelIndex
_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}


class ReportModel(QAbstractTableModel):
    """A ReportTable's rows, then its totals row, as the renderers print them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> int:
        t = self.table
        return 0 if t is None else len(t.rows) + (1 if t.totals is not None else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        if t is None or not index.isValid():
            return None
        is_total = index.row() >= len(t.rows)
        row = t.totals if is_total else t.rows[index.row()]
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row[index.column()], t.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = _ALIGN[t.columns[index.column()].align]
            return align | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.table.columns[section].header
        return section + 1


class ReportsView(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        for info in services.reports.list():
            item = QListWidgetItem(info.title(language()))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        today = today_qdate()
        self.date_from = _date_edit(QDate(today.year(), today.month(), 1))
        self.date_to = _date_edit(today)
        self.day = _date_edit(today)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(working_year_of(today.toPython()))  # type: ignore[arg-type]
        self.warehouse = QComboBox()
        self.warehouse.addItem(tr("reports.all_warehouses"), None)
        try:
            for w in services.warehouses.all(actor):
                self.warehouse.addItem(f"{w.code} – {w.name}", w.id)
        except DomainError:
            pass
        self.fields: dict[str, list[QWidget]] = {}
        self.model = ReportModel(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("reportCaption")
        self.buttons = {
            k: QPushButton(tr(f"reports.{k}"))
            for k in ("show", "pdf", "xlsx", "print", "close_ledger")
        }
        self._lay_out()
        self.list.currentRowChanged.connect(self._report_chosen)
        self.buttons["show"].clicked.connect(self.show_report)
        self.buttons["pdf"].clicked.connect(lambda: self.export("pdf"))
        self.buttons["xlsx"].clicked.connect(lambda: self.export("xlsx"))
        self.buttons["print"].clicked.connect(self.print_report)
        self.buttons["close_ledger"].clicked.connect(self.close_ledger)
        self.list.setCurrentRow(0)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("reports.title"), tr("reports.subtitle")))
        top = QHBoxLayout()
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * 7 + 8)
        top.addWidget(self.list, 2)
        form = QVBoxLayout()
        for key, widgets in (
            ("period", [self._field("reports.from", self.date_from),
                        self._field("reports.to", self.date_to)]),
            ("warehouse", [self._field("reports.warehouse", self.warehouse)]),
            ("year", [self._field("reports.year", self.year)]),
            ("day", [self._field("reports.day", self.day)]),
        ):  # fmt: skip
            self.fields[key] = widgets
            for w in widgets:
                form.addWidget(w)
        form.addStretch(1)
        top.addLayout(form, 1)
        layout.addLayout(top)
        self.table = rows_table(self.model)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.buttons["show"])
        row.addWidget(self.buttons["close_ledger"])
        row.addStretch(1)
        for key in ("print", "pdf", "xlsx"):
            row.addWidget(self.buttons[key])
        layout.addLayout(row)

    def _field(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr(key))
        caption.setMinimumWidth(caption.sizeHint().width())
        line.addWidget(caption)
        line.addWidget(widget, 1)
        return box

    def _report_chosen(self, _row: int) -> None:
        info = self._info()
        wanted = set(info.params) if info else set()
        for key, widgets in self.fields.items():
            for w in widgets:
                w.setVisible(key in wanted)
        self.model.set_table(None)
        self.caption.clear()
        self._enable()

    def _info(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def params(self) -> ReportParams:
        wanted = set(self._info().params)
        return ReportParams(
            date_from=self.date_from.date().toPython() if "period" in wanted else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if "period" in wanted else None,  # type: ignore[arg-type]
            warehouse_id=self.warehouse.currentData() if "warehouse" in wanted else None,
            year=self.year.value() if "year" in wanted else None,
            today=self.day.date().toPython() if "day" in wanted else None,  # type: ignore[arg-type]
            lang=language(),
        )

    def show_report(self) -> ReportTable | None:
        info = self._info()
        if info is None:
            return None
        try:
            table = self.services.reports.build(self.actor, info.name, self.params())
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.model.set_table(table)
        self.caption.setText(
            " · ".join(
                [table.title, *table.subtitle, tr("reports.rows", count=number(len(table.rows)))]
            )
        )
        self._fit_columns(table)
        self._enable()
        return table

    def _fit_columns(self, table: ReportTable) -> None:
        """Columns as wide as their contents, never narrower than their headers."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for i, column in enumerate(table.columns):
            wanted = metrics.horizontalAdvance(column.header) + 24
            header.resizeSection(i, min(max(header.sectionSize(i), wanted), 420))

    def export(self, fmt: str) -> bool:
        table = self.model.table or self.show_report()
        if table is None:
            return False
        path = self.ask_save_path(self, f"{table.name}.{fmt}", fmt)
        if not path:
            return False
        try:
            write_output(path, self.services.reports.render(table, fmt), "report.cannot_write")
        except DomainError as exc:
            show_error(self, exc)
            return False
        show_status(self, tr("reports.saved", path=path))
        return True

    def print_report(self) -> None:
        table = self.model.table or self.show_report()
        if table is not None:
            print_pdf(self, self.services.reports.render(table, "pdf"), table.title)

    def _enable(self) -> None:
        has = self.model.table is not None
        for key in ("pdf", "xlsx", "print"):
            self.buttons[key].setEnabled(has)
        info = self._info()
        closable = info is not None and info.name in SIGNED_BY
        may = is_allowed(self.actor.roles, Permission.CLOSE_LEDGER)
        self.buttons["close_ledger"].setVisible(closable and may)

    def close_ledger(self) -> None:
        info = self._info()
        if info is None or info.name not in SIGNED_BY:
            return
        self.open_closing(LedgerClosingDialog(self.services, self.actor, info.name, self))

    @classmethod
    def open_closing(cls, dialog: QDialog) -> None:
        """Show the closing dialog (tests replace this to drive it)."""
        dialog.exec()

    @classmethod
    def ask_save_path(cls, parent: QWidget, name: str, fmt: str) -> str:
        """The file to write (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(parent, tr("reports.save_title"), name, f"*.{fmt}")
        return path


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit
