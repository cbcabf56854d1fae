"""Importing a paper ledger: choose the file, see every row checked, import all or the valid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.services.admin import ImportResult, LedgerPreview
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import message_of, show_error
from ui.common.widgets import ErrorLabel, heading
from ui.strings import language, tr

COLUMNS = ("row", "code", "name", "category", "result")
ERROR_COLOUR = "#a61b1b"


class LedgerImportDialog(QDialog):
    """The preview table: one line per row of the file, its problem or "valid"."""

    def __init__(
        self, services: Services, actor: Actor, preview: LedgerPreview, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.preview = services, actor, preview
        self.result: ImportResult | None = None
        self.setWindowTitle(tr("import.title"))
        self.resize(900, 560)
        errors = len(preview.problems)
        summary = tr(
            "import.summary", file=preview.file_name, rows=len(preview.rows),
            valid=preview.valid_count, errors=errors,
        )  # fmt: skip
        self.table = QTableWidget(len(preview.rows), len(COLUMNS))
        self.table.setObjectName("preview")
        self.table.setHorizontalHeaderLabels([tr(f"import.col_{c}") for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, line in enumerate(preview.rows):
            problem = line.problem.error.message(language()) if line.problem else tr("import.ok")
            texts = (
                str(line.row),
                line.values.get("code", ""),
                line.values.get("name", ""),
                line.values.get("category", ""),
                problem,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.problem is not None and column == len(COLUMNS) - 1:
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                self.table.setItem(row, column, item)
        self.error = ErrorLabel()
        self.import_all = QPushButton(tr("import.all"))
        self.import_all.setObjectName("import_all")
        self.import_all.setEnabled(errors == 0)
        self.import_all.clicked.connect(lambda: self.commit(valid_only=False))
        self.import_valid = QPushButton(tr("import.valid_only", count=preview.valid_count))
        self.import_valid.setObjectName("import_valid")
        self.import_valid.setVisible(errors > 0)
        self.import_valid.setEnabled(preview.valid_count > 0)
        self.import_valid.clicked.connect(lambda: self.commit(valid_only=True))
        cancel = QPushButton(tr("button.cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_all, self.import_valid, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("import.title"), summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.summary = summary

    def commit(self, *, valid_only: bool) -> bool:
        """Import (all rows, or explicitly only the valid ones) in one transaction."""
        try:
            self.result = self.services.ledger_import.commit(
                self.actor, self.preview, valid_only=valid_only
            )
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return False
        self.accept()
        return True

    @classmethod
    def run(cls, parent: QWidget, services: Services, actor: Actor) -> ImportResult | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("import.choose"), str(Path.home()), tr("import.files")
        )
        if not path:
            return None
        dialog = cls.for_file(parent, services, actor, path)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted or not dialog.result:
            return None
        result = dialog.result
        done = tr("import.done", count=len(result.codes), skipped=result.skipped)
        status = getattr(parent.window(), "statusBar", None)
        if callable(status):
            status().showMessage(done, 10_000)
        return result

    @classmethod
    def for_file(
        cls, parent: QWidget | None, services: Services, actor: Actor, path: str
    ) -> LedgerImportDialog | None:
        try:
            preview = services.ledger_import.preview(actor, path)
        except DomainError as exc:
            show_error(parent, exc)
            return None
        return cls(services, actor, preview, parent)
