"""The signers of the stocktake minutes: keeper, accountant and head."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.services.stocktakes import Signers
from ui.common.widgets import heading
from ui.strings import tr


class SignersDialog(QDialog):
    def __init__(self, keeper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("stocktake.signers_title"))
        self.keeper, self.accountant, self.head = QLineEdit(keeper), QLineEdit(), QLineEdit()
        form = QFormLayout()
        for key, field in (
            ("stocktake.keeper", self.keeper),
            ("stocktake.accountant", self.accountant),
            ("stocktake.head", self.head),
        ):
            field.setMaxLength(200)
            form.addRow(tr(key), field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("stocktake.signers_title"), tr("stocktake.signers_hint")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def signers(self) -> Signers:
        return Signers(self.keeper.text(), self.accountant.text(), self.head.text())

    @classmethod
    def ask(cls, parent: QWidget | None, keeper: str) -> Signers | None:
        """The names typed, or None if cancelled (tests replace this)."""
        dialog = cls(keeper, parent)
        return dialog.signers() if dialog.exec() == QDialog.DialogCode.Accepted else None
