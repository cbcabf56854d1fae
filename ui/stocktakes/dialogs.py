"""The signers of the stocktake minutes: keeper, accountant and head; at the monthly check of
items a third party keeps, also the person entrusted with them (Circular 01/2017 Art 12.2)."""

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
    def __init__(self, keeper: str, parent: QWidget | None = None, custodian: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("stocktake.signers_title"))
        self.keeper, self.accountant, self.head = QLineEdit(keeper), QLineEdit(), QLineEdit()
        #: Asked only at a monthly keeping check; else stays empty.
        self.custodian = QLineEdit()
        form = QFormLayout()
        rows = [
            ("stocktake.keeper", self.keeper),
            ("stocktake.accountant", self.accountant),
            ("stocktake.head", self.head),
        ]
        if custodian:
            rows.append(("stocktake.custodian", self.custodian))
        for key, field in rows:
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
        return Signers(
            self.keeper.text(), self.accountant.text(), self.head.text(), self.custodian.text()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, keeper: str, custodian: bool = False) -> Signers | None:
        """The names typed, or None if cancelled (tests replace this)."""
        dialog = cls(keeper, parent, custodian)
        return dialog.signers() if dialog.exec() == QDialog.DialogCode.Accepted else None
