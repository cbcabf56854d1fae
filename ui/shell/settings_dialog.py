"""This workstation's settings: the interface language and the barcode scanner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import heading
from ui.shell.settings import Settings
from ui.strings import LANGUAGES, tr


@dataclass(frozen=True)
class Choices:
    language: str
    scanner_enabled: bool


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("settings.title"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang in LANGUAGES:
            self.language.addItem(tr(f"language.{lang}"), lang)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.scanner = QCheckBox(tr("settings.scanner"))
        self.scanner.setObjectName("scanner")
        self.scanner.setChecked(bool(settings.get("scanner/enabled")))
        form = QFormLayout()
        form.addRow(tr("settings.language"), self.language)
        form.addRow("", self.scanner)
        where = QLabel(tr("settings.file", path=settings.path))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("settings.title")))
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def choices(self) -> Choices:
        return Choices(str(self.language.currentData()), self.scanner.isChecked())

    @classmethod
    def ask(cls, settings: Settings, parent: QWidget | None) -> Choices | None:
        """The user's choices, or None if cancelled; tests replace this."""
        dialog = cls(settings, parent)
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
