"""Log in with a username and password; wrong ones are told inside the dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
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
from ui.access.password_dialog import ChangePasswordDialog
from ui.common.errors import message_of
from ui.common.widgets import ErrorLabel, heading
from ui.strings import tr


class LoginDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(f"{tr('login.title')} – {tr('app.name')}")
        self.setMinimumWidth(420)
        agency = services.agency.current()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.login"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("login.username"), self.username)
        form.addRow(tr("login.password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(agency.name if agency else tr("app.name"), tr("login.subtitle")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None) -> Actor | None:
        """The logged-in actor, or None if the user gave up; tests replace this."""
        dialog = cls(services, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.actor if accepted else None

    def accept(self) -> None:
        """Log in; on failure say why and stay open for another try."""
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.show_message(tr("login.missing"))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.services.users.authenticate(username, password)
        except DomainError as exc:
            self.error.show_message(message_of(exc))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.actor.password_one_time and not self._set_own_password(self.actor, password):
            self.actor = None
            self.error.show_message(tr("password.first_needed"))
            self.password.clear()
            return
        self.error.clear_message()
        super().accept()

    def _set_own_password(self, actor: Actor, one_time: str) -> bool:
        """An administrator typed ``one_time``: the user sets their own before working."""
        dialog = ChangePasswordDialog(self.services, actor, self, current=one_time)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.actor = replace(actor, password_one_time=False)
        return True
