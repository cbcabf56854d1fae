"""The logged-in user changes their own password (the current one is asked for); at the
first login with a password an administrator set, the user sets their own here."""

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
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
    ) -> None:
        """``current``: the one-time password just typed at login (not asked again)."""
        super().__init__(parent)
        self.setObjectName("change_password")
        self.services, self.actor = services, actor
        self.setWindowTitle(tr("password.title"))
        self.old = _password("old_password")
        self.new = _password("new_password")
        self.again = _password("new_password_again")
        form = QFormLayout()
        if current is None:
            form.addRow(tr("password.old"), self.old)
        else:
            self.old.setText(current)
            self.old.hide()
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
        if current is None:
            layout.addWidget(heading(tr("password.title"), actor.full_name))
        else:
            layout.addWidget(heading(tr("password.first_title"), tr("password.first_note")))
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
