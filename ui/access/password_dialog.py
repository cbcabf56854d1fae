"""The logged-in user changes their own password (the current one is asked for)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import DomainError
from evidence_app.services.core.auth import Actor
from evidence_app.services.facade import Services
from ui.common.errors import message_of
from ui.common.widgets import ErrorLabel, heading
from ui.strings import tr


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(tr("password.title"))
        self.old = _password("old_password")
        self.new = _password("new_password")
        self.again = _password("new_password_again")
        form = QFormLayout()
        form.addRow(tr("password.old"), self.old)
        form.addRow(tr("password.new"), self.new)
        form.addRow(tr("password.again"), self.again)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.ok"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("password.title"), actor.full_name))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        if self.new.text() != self.again.text():
            self.error.show_message(tr("admin.passwords_differ"))
            return False
        try:
            self.services.users.change_own_password(self.actor, self.old.text(), self.new.text())
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            return False
        self.accept()
        return True
