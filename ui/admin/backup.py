"""The backup tab: back up (checked), restore (checked first), the reminder, ledger import."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.clock import agency_now
from evidence_app.domain.errors import DomainError
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.admin.ledger_import_dialog import LedgerImportDialog
from ui.common.errors import show_error
from ui.common.formats import local_datetime
from ui.common.view_parts import section_title
from ui.strings import language, tr


def _when(moment: datetime | None) -> str:
    return local_datetime(moment) if moment else tr("backup.never_short")


class BackupTab(QWidget):
    #: The database was replaced by a backup: the window must close.
    restored = Signal()

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.last = QLabel()
        self.last.setObjectName("last_backup")
        self.reminder = QLabel()
        self.reminder.setObjectName("backup_reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #a61b1b;")
        self.days = QSpinBox()
        self.days.setObjectName("reminder_days")
        self.days.setRange(1, 365)
        save_days = QPushButton(tr("backup.save_days"))
        save_days.setObjectName("save_days")
        save_days.clicked.connect(self.save_days)
        self.backup_button = QPushButton(tr("backup.backup"))
        self.backup_button.setObjectName("backup")
        self.backup_button.clicked.connect(self.choose_and_back_up)
        self.restore_button = QPushButton(tr("backup.restore"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.choose_and_restore)
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.result.setProperty("data", True)  # holds a file path as the user chose it
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(tr("backup.section")))
        layout.addWidget(self.last)
        layout.addWidget(self.reminder)
        days = QHBoxLayout()
        days.addWidget(QLabel(tr("backup.days")))
        days.addWidget(self.days)
        days.addWidget(save_days)
        days.addStretch(1)
        layout.addLayout(days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        if is_allowed(actor.roles, Permission.RECEIVE_ITEMS):
            layout.addWidget(section_title(tr("import.section")))
            explain = QLabel(tr("import.explain"))
            explain.setWordWrap(True)
            explain.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(explain)
            open_import = QPushButton(tr("import.open"))
            open_import.setObjectName("open_import")
            open_import.clicked.connect(lambda: LedgerImportDialog.run(self, services, actor))
            row = QHBoxLayout()
            row.addWidget(open_import)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        status = self.services.backup.status()
        self.last.setText(tr("backup.last", when=_when(status.last_at)))
        self.reminder.setText(status.reminder(language()))
        self.reminder.setVisible(status.due)
        self.days.setValue(status.reminder_days)

    def save_days(self) -> bool:
        try:
            status = self.services.backup.set_reminder_days(self.actor, self.days.value())
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.result.setText(tr("backup.days_saved", days=status.reminder_days))
        return True

    def choose_and_back_up(self) -> None:
        suffix = ".db" if self.services.db.dialect == "sqlite" else ".dump"
        stamp = agency_now().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("backup.choose_target"), str(Path.home() / f"kho-vat-chung-{stamp}{suffix}"),
            tr("backup.files"),
        )  # fmt: skip
        if path:
            self.back_up(path)

    def back_up(self, path: str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.services.backup.backup(self.actor, path)
        except DomainError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        check = report.check
        self.result.setText(
            tr("backup.done", path=check.path, tables=len(check.rows), rows=check.total_rows)
        )
        self.reload()
        return True

    def choose_and_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("backup.choose_source"), str(Path.home()), tr("backup.files")
        )
        if not path:
            return
        answer = QMessageBox.question(
            self, tr("backup.restore"), tr("backup.confirm_restore", path=path)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def restore(self, path: str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.services.backup.restore(self.actor, path)
        except DomainError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.result.setText(tr("backup.restored", path=path, rows=report.check.total_rows))
        self.restored.emit()
        return True
